//! Failures found on published help pages, each reduced to a few lines in
//! other words: a quoted place is no action, a delete left unconfirmed is
//! not a goal reached, several clauses are all drafted, words articles use.
#![allow(clippy::unwrap_used)]

mod common;
use common::*;
use walkthrough_import::{verify, Drafts, Layer, StepStatus, Unresolved};
use walkthrough_scenario::ScriptAction;

fn click(id: &str) -> ScriptAction {
    ScriptAction::Click(id.into())
}

fn actions(d: &Drafts) -> Vec<ScriptAction> {
    d.drafts[0]
        .steps
        .iter()
        .flat_map(|s| s.actions.clone())
        .collect()
}

const TO_APP_PASSWORDS_EN: &str = "## Remove an app password\n\n1. Sign in to the Office 365 portal.\n2. In the top right, select the gear icon, then **Office 365 settings**.\n3. On the left, select **Additional security verification**.\n";

const TO_APP_PASSWORDS_JA: &str = "## アプリ パスワードを消す\n\n1. Office 365 にサインインします。\n2. 右上の歯車アイコンを選び、[Office 365 の設定] を選びます。\n3. 左側で [追加のセキュリティ確認] をクリックします。\n";

#[test]
fn a_quoted_place_or_condition_is_no_action_and_a_delete_left_unconfirmed_is_marked() {
    for text in [
        [
            TO_APP_PASSWORDS_EN,
            "4. Below \"Additional security verification\", click \"Update my phone numbers used for account security\".\n5. Near the top, select **app passwords**.\n6. When the app you no longer use is in the \"Name\" column, click \"Delete\" beside it. That is all.\n",
        ]
        .concat(),
        [
            TO_APP_PASSWORDS_JA,
            "4. 「追加のセキュリティ確認」の下にある「アカウントのセキュリティに使用される電話番号を更新」をクリックします。\n5. 上部の [アプリ パスワード] をクリックします。\n6. 一覧に、もう使わない「名前」があれば、名前の横の「削除」をクリックします。以上です。\n",
        ]
        .concat(),
    ] {
        let d = import(&text, None).unwrap();
        let draft = &d.drafts[0];
        // No Create, no name typed, no Back: the route the text gives, then the row's Delete.
        let done = actions(&d);
        assert!(
            !done.iter().any(|a| matches!(a, ScriptAction::Type { element, .. } if !element.starts_with("sign-in") && !element.starts_with("mfa"))),
            "{text}\n{done:?}"
        );
        assert!(!done.contains(&click("app-passwords.create")), "{done:?}");
        assert!(!done.contains(&ScriptAction::Back), "{done:?}");
        assert_eq!(draft.steps[3].actions, [click("asv.update-phone-numbers")]);
        assert_eq!(draft.steps[5].actions, [click("app-password.2.delete")]);
        // The portal's confirmation the text leaves out: the goal is the row
        // gone, which the draft does not reach, and the last step says why.
        assert!(draft.goal.app_password_absent.is_some());
        assert!(
            matches!(&draft.steps[5].status, StepStatus::Unresolved(Unresolved::Unconfirmed { answer, .. }) if answer == "Yes" || answer == "はい"),
            "{:?}",
            draft.steps[5].status
        );
        let l = l10n();
        let report = verify(&d.drafts, Layer::Embedded, &l, &options())
            .unwrap()
            .report;
        assert!(report.errors() > 0, "check passes an unfinished delete");
    }
}

#[test]
fn a_field_is_typed_into_only_when_the_text_asks_to_type() {
    let text = [
        TO_APP_PASSWORDS_EN,
        "4. On the right, select **Update my phone numbers used for account security**.\n5. At the top, select **app passwords**.\n6. Select **Create**. Later, the **Name** column lists it.\n",
    ]
    .concat();
    let d = import(&text, None).unwrap();
    assert_eq!(d.drafts[0].steps[5].actions, [click("app-passwords.create")]);
}

#[test]
fn a_step_of_several_clauses_does_each_or_is_unresolved() {
    // From the start screen, Create is far away: signing in is not the step.
    let d = import(
        "## New app password\n\n1. Press Create, then type a name for the app and press Next.\n",
        None,
    )
    .unwrap();
    let step = &d.drafts[0].steps[0];
    assert!(
        matches!(&step.status, StepStatus::Unresolved(Unresolved::Unreachable { label, .. }) if label == "Create"),
        "{:?}",
        step.status
    );
    // Where it can, it does every clause: Create, the name, Next.
    let d = import(
        "## New app password\n\n1. Sign in to the Office 365 portal.\n2. In the top right, select the gear icon, then **Office 365 settings**.\n3. On the left, select **Additional security verification**.\n4. On the right, select **Update my phone numbers used for account security**.\n5. At the top, select **app passwords**.\n6. Press Create, then type a name for the app and press Next.\n",
        None,
    )
    .unwrap();
    let step = &d.drafts[0].steps[5];
    assert_eq!(step.status, StepStatus::Resolved);
    assert_eq!(step.actions[0], click("app-passwords.create"));
    assert!(matches!(&step.actions[1], ScriptAction::Type { element, .. } if element == "create-app-password.name"));
    assert_eq!(step.actions[2], click("create-app-password.next"));
}
