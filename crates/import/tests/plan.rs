//! The procedure is planned as a whole: each step's readings are edges of a
//! search over the portal's states, and the draft is the path that explains
//! the most of the text with the fewest actions no text asks for. Each case
//! here is one the step-by-step walk got wrong, in English and Japanese,
//! with the drafted actions exactly and the notes' kinds.
#![allow(clippy::unwrap_used)]

mod common;
use common::*;
use walkthrough_import::{verify, Drafts, Layer, Note, StepStatus};
use walkthrough_scenario::ScriptAction;

fn typed_into(action: &ScriptAction) -> Option<&str> {
    match action {
        ScriptAction::Type { element, .. } => Some(element),
        _ => None,
    }
}

/// The clicks and the typing of step `n` (from 1) of procedure `p` (from 1),
/// typing written as `type:<field>`.
fn done(d: &Drafts, p: usize, n: usize) -> Vec<String> {
    d.drafts[p - 1].steps[n - 1]
        .actions
        .iter()
        .map(|a| match (a, typed_into(a)) {
            (_, Some(field)) => ["type:", field].concat(),
            (ScriptAction::Click(id), _) => id.clone(),
            (other, _) => format!("{other:?}"),
        })
        .collect()
}

fn has_note(d: &Drafts, p: usize, n: usize, kind: impl Fn(&Note) -> bool) -> bool {
    d.drafts[p - 1].steps[n - 1].notes.iter().any(kind)
}

const TO_LIST_EN: &str = "1. Sign in to the Office 365 portal.\n2. In the top right, select the gear icon, then **Office 365 settings**.\n3. Select **Additional security verification**.\n4. Select **app passwords**.\n";

const TO_LIST_JA: &str = "1. Office 365 にサインインします。\n2. 右上の歯車アイコンを選び、[Office 365 の設定] を選びます。\n3. [追加のセキュリティ確認] をクリックします。\n4. [アプリ パスワード] を選びます。\n";

const SIGN_IN: [&str; 5] = [
    "type:sign-in.user",
    "type:sign-in.password",
    "sign-in.submit",
    "type:mfa.code",
    "mfa.verify",
];

/// The route to the list, as the plan drafts `TO_LIST_*`.
fn to_list() -> Vec<&'static str> {
    [
        &SIGN_IN[..],
        &[
            "suite.settings",
            "settings-menu.office365-settings",
            "nav.additional-security-verification",
            "asv.update-phone-numbers",
            "proofup.tab.app-passwords",
        ],
    ]
    .concat()
}

/// "Click Create, or Cancel to stop": the walk clicked both, and the steps
/// after (name, Next, copy) were patched with a route back to Create, a
/// refused Next and a form left out. The plan leaves Cancel undone, says so,
/// and every step after follows as written.
#[test]
fn an_aside_that_would_strand_the_steps_after_is_left_undone() {
    for (list, rest, cancel) in [
        (
            TO_LIST_EN,
            "5. Click **Create**, or **Cancel** to stop.\n6. Type a name, and click **Next**.\n7. Click **Copy password to clipboard**.\n",
            "Cancel",
        ),
        (
            TO_LIST_JA,
            "5. [作成] をクリックします。やめるときは [キャンセル] をクリックします。\n6. 名前を入力し、[次へ] をクリックします。\n7. [パスワードをクリップボードにコピー] をクリックします。\n",
            "キャンセル",
        ),
    ] {
        let text = ["## Create\n\n", list, rest].concat();
        let d = import(&text, None).unwrap();
        assert_eq!(done(&d, 1, 5), ["app-passwords.create"], "{text}");
        assert!(has_note(&d, 1, 5, |n| matches!(n, Note::LeftUndone { label } if label == cancel)));
        assert_eq!(
            done(&d, 1, 6),
            ["type:create-app-password.name", "create-app-password.next"]
        );
        assert_eq!(done(&d, 1, 7), ["new-app-password.copy"]);
        for step in &d.drafts[0].steps {
            assert_eq!(step.status, StepStatus::Resolved, "step {}", step.number);
            assert!(!step.notes.iter().any(|n| matches!(n, Note::LeftOut { .. } | Note::Route { .. } if step.number > 4)));
        }
        // The draft's own run reaches the new app password.
        assert!(d.drafts[0].stopped_at.is_none());
        assert!(d.drafts[0].goal.app_password_named.is_some());
    }
}

/// A control is left undone only when the steps after need it so: as the
/// last step, "Click Create, or Cancel" does both, as written.
#[test]
fn nothing_is_left_undone_when_the_steps_after_do_not_need_it() {
    for (list, last) in [
        (TO_LIST_EN, "5. Click **Create**, or **Cancel** to stop.\n"),
        (
            TO_LIST_JA,
            "5. [作成] をクリックします。やめるときは [キャンセル] をクリックします。\n",
        ),
    ] {
        let text = ["## Create\n\n", list, last].concat();
        let d = import(&text, None).unwrap();
        assert_eq!(
            done(&d, 1, 5),
            ["app-passwords.create", "create-app-password.cancel"],
            "{text}"
        );
        assert!(!has_note(&d, 1, 5, |n| matches!(
            n,
            Note::LeftUndone { .. }
        )));
    }
}

/// "Click Sign in and select …" when the procedure has signed in already:
/// the walk left the step UNRESOLVED ("Sign in cannot be reached from
/// Office 365 settings"). The plan reads the sign-in as the screen already
/// reached, and does the rest.
#[test]
fn a_sign_in_named_when_signed_in_is_the_screen_already_reached() {
    for (text, sign_in) in [
        (
            "## Open\n\n1. Sign in to the Office 365 portal.\n2. In the top right, select the gear icon, then **Office 365 settings**.\n3. Click **Sign in** and select **Additional security verification**.\n",
            "Sign in",
        ),
        (
            "## 開く\n\n1. Office 365 にサインインします。\n2. 右上の歯車アイコンを選び、[Office 365 の設定] を選びます。\n3. [サインイン] をクリックし、[追加のセキュリティ確認] をクリックします。\n",
            "サインイン",
        ),
    ] {
        let d = import(text, None).unwrap();
        assert_eq!(done(&d, 1, 1), SIGN_IN, "{text}");
        assert_eq!(done(&d, 1, 3), ["nav.additional-security-verification"]);
        assert_eq!(d.drafts[0].steps[2].status, StepStatus::Resolved);
        assert!(has_note(&d, 1, 3, |n| matches!(n, Note::AlreadyThere { label } if label == sign_in)));
    }
}

/// Before the sign-in, a step that names it signs in as ever: "already
/// there" is a reading only for a portal past it.
#[test]
fn a_sign_in_named_before_signing_in_signs_in() {
    for text in [
        "## Open\n\n1. Click **Sign in** and select **Office 365 settings** from the gear.\n",
        "## 開く\n\n1. [サインイン] をクリックし、歯車から [Office 365 の設定] を選びます。\n",
    ] {
        let d = import(text, None).unwrap();
        let drafted = done(&d, 1, 1);
        assert_eq!(drafted[..5], SIGN_IN, "{text}");
        assert!(!has_note(&d, 1, 1, |n| matches!(
            n,
            Note::AlreadyThere { .. }
        )));
    }
}

/// A second procedure that carries on from the first ("Name it", after
/// "Open the Create dialog"): the walk started it from the sign-in and left
/// its first step UNRESOLVED, so the whole procedure was called one about
/// something else. The plan follows it from where the first one ends; its
/// draft is the first one's steps, then its own, the first of them saying
/// so, and runs alone. `check` finds nothing in it that it does not find in
/// the first procedure: no action is blamed on words that do not ask for it.
#[test]
fn a_procedure_that_carries_on_from_the_one_before_is_planned_from_its_end() {
    for (list, first, second) in [
        (
            TO_LIST_EN,
            "## Open the Create dialog\n\n",
            "5. Click **Create**.\n\n## Name it\n\nCarry on from the steps above.\n\n1. Type a name, and click **Next**.\n2. Click **Copy password to clipboard**.\n",
        ),
        (
            TO_LIST_JA,
            "## 作成ダイアログを開く\n\n",
            "5. [作成] をクリックします。\n\n## 名前を付ける\n\n上の手順の続きです。\n\n1. 名前を入力し、[次へ] をクリックします。\n2. [パスワードをクリップボードにコピー] をクリックします。\n",
        ),
    ] {
        let text = [first, list, second].concat();
        let d = import(&text, None).unwrap();
        assert!(d.elsewhere.is_empty(), "{text}");
        assert_eq!(d.drafts.len(), 2);
        let (one, two) = (&d.drafts[0], &d.drafts[1]);
        assert_eq!(two.steps.len(), 7);
        for n in 1..=5 {
            assert_eq!(done(&d, 2, n), done(&d, 1, n), "step {n}");
            assert_eq!(two.steps[n - 1].text, one.steps[n - 1].text);
        }
        let mut route = to_list();
        route.push("app-passwords.create");
        assert_eq!((1..=5).flat_map(|n| done(&d, 1, n)).collect::<Vec<_>>(), route);
        assert_eq!(
            done(&d, 2, 6),
            ["type:create-app-password.name", "create-app-password.next"]
        );
        assert!(has_note(&d, 2, 6, |n| matches!(
            n,
            Note::CarriesOn {
                procedure: 1,
                steps: 5,
                ..
            }
        )));
        assert!(!has_note(&d, 2, 6, |n| matches!(n, Note::SignInAdded)));
        assert_eq!(done(&d, 2, 7), ["new-app-password.copy"]);
        assert!(two.steps.iter().all(|s| s.status == StepStatus::Resolved));
        // Its own run, from the sign-in, reaches the new app password.
        assert!(two.stopped_at.is_none());
        assert!(two.goal.app_password_named.is_some());
        let report = verify(&d.drafts, Layer::Embedded, &l10n(), &options())
            .unwrap()
            .report;
        assert_eq!(report.errors(), 0, "{text}");
        assert_eq!(keys(&report, &two.id), keys(&report, &one.id), "{text}");
    }
}

/// A second procedure that starts on its own (it signs in) is planned from
/// the start, as before: nothing carried on.
#[test]
fn a_procedure_that_starts_on_its_own_carries_nothing_on() {
    for (list, first, second) in [
        (
            TO_LIST_EN,
            "## Open the Create dialog\n\n5. Click **Create**.\n\n## Delete\n\n",
            "5. Click **Delete** next to it, and **Yes**.\n",
        ),
        (
            TO_LIST_JA,
            "## 作成ダイアログを開く\n\n5. [作成] をクリックします。\n\n## 削除\n\n",
            "5. 横の [削除] をクリックし、[はい] をクリックします。\n",
        ),
    ] {
        let text = ["## Open\n\n", list, first, list, second].concat();
        let d = import(&text, None).unwrap();
        let last = d.drafts.last().unwrap();
        assert_eq!(
            last.steps[0].actions.iter().filter_map(typed_into).next(),
            Some("sign-in.user"),
            "{text}"
        );
        assert!(!last
            .steps
            .iter()
            .flat_map(|s| &s.notes)
            .any(|n| matches!(n, Note::CarriesOn { .. })));
    }
}

/// A control the portal lacks, or cannot reach from the step (the
/// verification's Verify, once signed in), is never left undone or taken as
/// done to make its step pass: the step stays UNRESOLVED, whatever the
/// steps after.
#[test]
fn a_control_the_portal_lacks_is_never_left_undone() {
    for (list, rest) in [
        (
            TO_LIST_EN,
            "5. Click **Create**, then **Export to CSV**.\n6. Type a name, and click **Next**.\n",
        ),
        (
            TO_LIST_EN,
            "5. Click **Create**, then **Verify**.\n6. Type a name, and click **Next**.\n",
        ),
        (
            TO_LIST_JA,
            "5. [作成] をクリックし、[確認] をクリックします。\n6. 名前を入力し、[次へ] をクリックします。\n",
        ),
        (
            TO_LIST_JA,
            "5. [作成] をクリックし、[CSV にエクスポート] をクリックします。\n6. 名前を入力し、[次へ] をクリックします。\n",
        ),
    ] {
        let text = ["## Create\n\n", list, rest].concat();
        let d = import(&text, None).unwrap();
        let step = &d.drafts[0].steps[4];
        assert!(
            matches!(step.status, StepStatus::Unresolved(_)),
            "{text}\n{:?}",
            step
        );
        assert!(!step
            .notes
            .iter()
            .any(|n| matches!(n, Note::LeftUndone { .. } | Note::AlreadyThere { .. })));
    }
}

/// Only the procedure right before is carried on from: after one about
/// something else, "Name it" is not followed on from the first.
#[test]
fn only_the_procedure_right_before_is_carried_on_from() {
    for (list, first, other, second) in [
        (
            TO_LIST_EN,
            "## Open the Create dialog\n\n",
            "5. Click **Create**.\n\n## Another product\n\n1. Open **My Account** in the other portal.\n2. Select **Security info**, then **Add sign-in method**.\n\n",
            "## Name it\n\n1. Type a name, and click **Next**.\n2. Click **Copy password to clipboard**.\n",
        ),
        (
            TO_LIST_JA,
            "## 作成ダイアログを開く\n\n",
            "5. [作成] をクリックします。\n\n## 別の製品\n\n1. 別のポータルで [マイ アカウント] を開きます。\n2. [セキュリティ情報] を選び、[サインイン方法の追加] を選びます。\n\n",
            "## 名前を付ける\n\n1. 名前を入力し、[次へ] をクリックします。\n2. [パスワードをクリップボードにコピー] をクリックします。\n",
        ),
    ] {
        let text = [first, list, other, second].concat();
        let d = import(&text, None).unwrap();
        assert!(
            !d.drafts
                .iter()
                .flat_map(|p| &p.steps)
                .flat_map(|s| &s.notes)
                .any(|n| matches!(n, Note::CarriesOn { .. })),
            "{text}"
        );
        assert!(d.elsewhere.iter().any(|e| e.number == 2), "{text}");
    }
}

/// "Click Create, then Yes": Yes is on a row's delete confirmation, and which
/// row is the text's to say. No route chooses a row for it (the walk drafted
/// Create, Back, the first row's Delete, Yes: a password the text never
/// names, deleted): the Yes is not drafted, and the draft deletes nothing.
#[test]
fn no_route_chooses_a_row_to_delete() {
    for (list, last) in [
        (TO_LIST_EN, "5. Click **Create**, then **Yes**.\n"),
        (
            TO_LIST_JA,
            "5. [作成] をクリックし、[はい] をクリックします。\n",
        ),
    ] {
        let text = ["## Create\n\n", list, last].concat();
        let d = import(&text, None).unwrap();
        let step = &d.drafts[0].steps[4];
        let actions = done(&d, 1, 5);
        assert!(
            !actions
                .iter()
                .any(|a| a.ends_with(".delete") || a == "confirm.yes"),
            "{text}: {actions:?}"
        );
        assert!(
            matches!(step.status, StepStatus::Unresolved(_))
                || has_note(
                    &d,
                    1,
                    5,
                    |n| matches!(n, Note::LeftUndone { label } if label == "Yes" || label == "はい")
                ),
            "{text}: {:?} {:?}",
            step.status,
            step.notes
        );
    }
}
