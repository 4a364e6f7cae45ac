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
    assert_eq!(
        d.drafts[0].steps[5].actions,
        [click("app-passwords.create")]
    );
}

#[test]
fn a_step_of_several_clauses_does_each_or_is_unresolved() {
    // Before anything, the importer signs in; Create is then far away: the
    // sign-in it added is not the step.
    let d = import(
        "## New app password\n\n1. Press Create, then type a name for the app and press Next.\n2. At the top right, select the gear icon.\n",
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
    assert!(
        matches!(&step.actions[1], ScriptAction::Type { element, .. } if element == "create-app-password.name")
    );
    assert_eq!(step.actions[2], click("create-app-password.next"));
    // The value typed is said.
    assert!(step.notes.contains(&walkthrough_import::Note::Typed {
        value: walkthrough_import::NAME.into(),
        label: "Name".into()
    }));
}

#[test]
fn a_procedure_of_another_page_gets_the_verdict_even_unquoted() {
    // Another page's controls, named without quotes: most absent from the
    // modelled portal, so no draft, whatever a route could patch.
    for text in [
        "## Add an app password\n\n1. Sign in, open the account page, and select Security overview.\n2. Select Add sign-in method, pick App password from the list, and then click Add.\n3. Type a name for it, and then select Next.\n4. Copy the password shown, and then select Finish.\n5. On the Security overview page, check that it is listed.\n",
        "## Remove\n\n1. Go to the account site and sign in.\n2. In the Sign-In section, click Device Passwords.\n3. Click Revoke next to the one you no longer use.\n",
        "## アプリ パスワード\n\n1. セキュリティ ページに移動し、サインインします。\n2. [追加の方法] をタップし、[承認アプリ] を選びます。\n3. 通常のパスワードの代わりにこのパスワードを入力します。\n",
    ] {
        let d = import(text, None).unwrap();
        assert!(d.drafts.is_empty(), "{text}\n{:?}", d.drafts[0].steps);
        assert_eq!(d.elsewhere.len(), 1, "{text}");
    }
    // The modelled portal's own procedure, named without quotes, is drafted.
    let d = import("## Create\n\n1. Sign in to Office 365.\n2. Select the gear icon, then choose Office 365 settings.\n3. Choose Additional security verification.\n4. Click Update my phone numbers used for account security.\n5. Choose app passwords, then Create.\n", None).unwrap();
    assert!(d.elsewhere.is_empty(), "{:?}", d.elsewhere);
    assert_eq!(d.drafts.len(), 1);
}

#[test]
fn words_published_pages_use() {
    let d = import(
        "## Create\n\n1. Sign into Office 365.\n2. Choose Settings > Office 365.\n3. Choose Security & Privacy > Additional security verification.\n4. Choose Update my phone numbers used for account security.\n5. At the top, choose App Passwords.\n6. Choose create to get an app password.\n7. Choose copy password to clipboard. You won't need to remember it.\n8. The app password will be displayed only this once.\n",
        None,
    )
    .unwrap();
    let steps = &d.drafts[0].steps;
    // "Sign into" signs in, as the text's own step.
    assert_eq!(steps[0].status, StepStatus::Resolved);
    assert!(!steps[0]
        .notes
        .contains(&walkthrough_import::Note::SignInAdded));
    // Each part of a `>` path is a click…
    assert_eq!(
        steps[1].actions,
        [
            click("suite.settings"),
            click("settings-menu.office365-settings")
        ]
    );
    // …and a part the portal lacks leaves the step UNRESOLVED, named.
    assert!(
        matches!(&steps[2].status, StepStatus::Unresolved(Unresolved::Absent { label }) if label == "Security & Privacy"),
        "{:?}",
        steps[2].status
    );
    // An unquoted "copy password to clipboard" after Create: the left-out
    // name and Next are added and said, then the copy.
    assert!(steps[6]
        .notes
        .iter()
        .any(|n| matches!(n, walkthrough_import::Note::LeftOut { .. })));
    assert_eq!(
        steps[6].actions.last(),
        Some(&click("new-app-password.copy"))
    );
    // A sentence that only says what appears is a step to read.
    assert_eq!(steps[7].status, StepStatus::Describes);
}

#[test]
fn a_location_is_compared_with_the_control_its_clause_names() {
    // The step signs in, then names the gear at the top right: the location
    // is the gear's, never the sign-in's User ID.
    for text in [
        "## 設定\n\n1. ポータルにログインします。右上の歯車アイコンをクリックし、[Office 365 の設定] を選びます。\n2. 左側で [追加のセキュリティ確認] をクリックします。\n",
        "## Settings\n\n1. Sign in to the portal, then select the gear icon in the top right and choose **Office 365 settings**.\n2. On the left, select **Additional security verification**.\n",
    ] {
        let d = import(text, None).unwrap();
        let l = l10n();
        let report = verify(&d.drafts, Layer::Embedded, &l, &options())
            .unwrap()
            .report;
        let kinds: Vec<_> = report.findings.iter().map(|f| (f.step, f.kind.code())).collect();
        assert!(
            !kinds.iter().any(|(_, c)| *c == "location-mismatch"),
            "{text}\n{kinds:?}"
        );
    }
    // A location that is wrong for the control named is still reported.
    let d = import("## Settings\n\n1. Sign in to the portal.\n2. In the bottom left, select the gear icon, then **Office 365 settings**.\n", None).unwrap();
    let l = l10n();
    let report = verify(&d.drafts, Layer::Embedded, &l, &options())
        .unwrap()
        .report;
    assert!(report
        .findings
        .iter()
        .any(|f| f.step == Some(2) && f.kind.code() == "location-mismatch"));
}

#[test]
fn an_unquoted_name_that_differs_from_the_product_is_reported() {
    let d = import(
        "## Create\n\n1. Sign in to Office 365 and click on the gear icon.\n2. Choose Office 365 settings.\n3. Choose Security & privacy from the menu on the left, then choose Additional security verification.\n4. Click on the Update your phone numbers used for account security link.\n",
        None,
    )
    .unwrap();
    let steps = &d.drafts[0].steps;
    assert!(
        steps[2]
            .notes
            .contains(&walkthrough_import::Note::NamedAbsent {
                name: "Security & privacy".into()
            }),
        "{:?}",
        steps[2].notes
    );
    assert!(
        steps[3]
            .notes
            .contains(&walkthrough_import::Note::NamedOtherwise {
                name: "Update your phone numbers used for account security".into(),
                label: "Update my phone numbers used for account security".into(),
            }),
        "{:?}",
        steps[3].notes
    );
    // The product's own words get no such note.
    assert!(!steps[1].notes.iter().any(|n| matches!(
        n,
        walkthrough_import::Note::NamedOtherwise { .. }
            | walkthrough_import::Note::NamedAbsent { .. }
    )));
}

#[test]
fn a_heading_quoted_as_a_place_is_no_misquote() {
    let d = import(
        &[
            TO_APP_PASSWORDS_EN,
            "4. Under \"Additional security verification\", click \"Update my phone numbers used for account security\".\n",
        ]
        .concat(),
        None,
    )
    .unwrap();
    let l = l10n();
    let report = verify(&d.drafts, Layer::Embedded, &l, &options())
        .unwrap()
        .report;
    let kinds: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.step, f.kind.code()))
        .collect();
    assert!(
        !kinds.contains(&(Some(4), "quote-not-a-label")),
        "{kinds:?}"
    );
}

#[test]
fn a_wrong_location_is_quoted_in_the_texts_own_words() {
    for (text, words) in [
        ("## 場所\n\n1. Office 365 にサインインします。\n2. 画面の左下にある歯車アイコンをクリックし、[Office 365 の設定] を選びます。\n", "左下"),
        ("## Where\n\n1. Sign in to Office 365.\n2. In the bottom-right corner, select the cog, then **Office 365 settings**.\n", "bottom-right"),
    ] {
        let d = import(text, None).unwrap();
        let l = l10n();
        let report = verify(&d.drafts, Layer::Embedded, &l, &options())
            .unwrap()
            .report;
        let found: Vec<_> = report
            .findings
            .iter()
            .filter_map(|f| match &f.kind {
                walkthrough_check::Kind::LocationMismatch { words, .. } => Some(words.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(found, [vec![words.to_owned()]], "{text}");
        let shown = report.render_text(&l, &lang("en-US"), false);
        assert!(shown.contains(&format!("The text says “{words}”")), "{shown}");
    }
}

#[test]
fn a_page_named_again_is_a_repeat_not_a_tab_of_the_same_name() {
    let d = import(
        "## Create\n\n1. Sign in to Office 365.\n2. Choose the gear icon, then **Office 365 settings**.\n3. On the left, choose Additional security verification.\n4. Choose Additional security verification.\n5. Choose Update my phone numbers used for account security.\n6. At the top, choose App Passwords.\n",
        None,
    )
    .unwrap();
    let steps = &d.drafts[0].steps;
    assert_eq!(
        steps[3].status,
        StepStatus::Describes,
        "{:?}",
        steps[3].actions
    );
    assert!(steps[3].actions.is_empty());
    assert_eq!(steps[4].actions, [click("asv.update-phone-numbers")]);
    assert_eq!(steps[5].actions, [click("proofup.tab.app-passwords")]);
}

/// The drafts of an article, and their check.
fn run(text: &str) -> (Drafts, walkthrough_check::Report) {
    let drafts = import(text, None).unwrap();
    let report = verify(&drafts.drafts, Layer::Embedded, &l10n(), &options())
        .unwrap()
        .report;
    (drafts, report)
}

fn codes(report: &walkthrough_check::Report) -> Vec<(Option<usize>, &'static str)> {
    report
        .findings
        .iter()
        .map(|f| (f.step, f.kind.code()))
        .collect()
}

fn published(name: &str) -> String {
    std::fs::read_to_string(fixture(&["published/", name].concat())).unwrap()
}

/// A control named without quotes that the product does not have ("Pick
/// Privacy & security from the menu"), or names otherwise ("the Update
/// your phone numbers … link"), is a check error, not only an import note.
#[test]
fn an_unquoted_control_the_product_lacks_or_names_otherwise_fails_the_check() {
    let (d, report) = run(&published("en-menu-absent.md"));
    assert!(d.drafts[0]
        .steps
        .iter()
        .all(|s| s.status == StepStatus::Resolved));
    assert_eq!(
        codes(&report),
        [(Some(3), "name-not-a-label"), (Some(4), "name-not-a-label")]
    );
    let kinds: Vec<_> = report.findings.iter().map(|f| f.kind.clone()).collect();
    assert_eq!(
        kinds[0],
        walkthrough_check::Kind::NameNotALabel {
            words: "Privacy & security".into(),
            nearest: None
        }
    );
    assert!(matches!(&kinds[1],
        walkthrough_check::Kind::NameNotALabel { words, nearest: Some(n) }
            if words == "Update your phone numbers used for account security"
                && n.label == "Update my phone numbers used for account security"));
    assert!(report
        .findings
        .iter()
        .all(|f| f.locale.as_deref() == Some("en-US")));
    assert_eq!(report.exit_code(false), 1);
    // Shortened but recognisable ("Office 365" for "Office 365 settings")
    // and the product's own words are no finding.
    let (_, report) = run(&[
        TO_APP_PASSWORDS_EN,
        "4. Click Update my phone numbers used for account security.\n5. If you are in Mail, choose Office 365.\n",
    ]
    .concat());
    assert!(
        !codes(&report).iter().any(|c| c.1 == "name-not-a-label"),
        "{:?}",
        codes(&report)
    );
}

/// An article that takes another route to the same page (the name menu, a
/// profile page): the steps the portal does not have are UNRESOLVED and say
/// so, and the portal's own way to the next target stands in for them — it
/// is not a click the text leaves out. A closing step that only describes is
/// a step to read, with no "changes nothing".
#[test]
fn another_route_to_the_same_page_is_no_left_out_click() {
    let (d, report) = run(&published("en-other-route.md"));
    let steps = &d.drafts[0].steps;
    for n in [1, 2, 3] {
        assert!(
            matches!(steps[n].status, StepStatus::Unresolved(_)),
            "step {}: {:?}",
            n + 1,
            steps[n].status
        );
    }
    assert_eq!(
        steps[4].actions,
        [
            click("suite.settings"),
            click("settings-menu.office365-settings"),
            click("nav.additional-security-verification")
        ]
    );
    assert!(steps[4].notes.iter().any(|n| matches!(
        n,
        walkthrough_import::Note::RouteInstead { from: 2, to: 4, .. }
    )));
    assert_eq!(steps[6].status, StepStatus::Describes);
    let c = codes(&report);
    assert!(!c.contains(&(Some(5), "unmentioned-action")), "{c:?}");
    // The phone-numbers link the text does leave out is still said.
    assert!(c.contains(&(Some(6), "unmentioned-action")), "{c:?}");
    assert!(!c.contains(&(Some(7), "changes-nothing")), "{c:?}");
    assert!(c.contains(&(Some(4), "name-not-a-label")), "{c:?}");
    assert_eq!(report.exit_code(false), 1);
}

/// A step that only describes, between two steps that act, in English and
/// Japanese: drafted read-only, and its check says nothing about it (it
/// changes nothing because it asks nothing), decided by its words.
#[test]
fn a_describing_step_between_acting_steps_draws_no_finding() {
    for text in [
        [
            TO_APP_PASSWORDS_EN,
            "4. This will take you to the page with the phone numbers link.\n5. Select **Update my phone numbers used for account security**.\n",
        ]
        .concat(),
        [
            TO_APP_PASSWORDS_JA,
            "4. 電話番号を更新するリンクのあるページが表示されます。\n5. [アカウントのセキュリティに使用される電話番号を更新] をクリックします。\n",
        ]
        .concat(),
    ] {
        let (d, report) = run(&text);
        let steps = &d.drafts[0].steps;
        assert_eq!(steps[3].status, StepStatus::Describes, "{text}");
        assert!(steps[3].actions.is_empty());
        assert_eq!(steps[4].actions, [click("asv.update-phone-numbers")]);
        let c = codes(&report);
        assert!(!c.iter().any(|k| k.0 == Some(4)), "{c:?}");
    }
    // The same words with an action verb are an instruction, not a
    // description: nothing done, so it is said.
    let (d, report) = run(&[
        TO_APP_PASSWORDS_EN,
        "4. Click Refresh; this will take you to the same page.\n",
    ]
    .concat());
    assert_ne!(d.drafts[0].steps[3].status, StepStatus::Describes);
    assert!(!report.findings.is_empty());
}

/// The whole procedure, read against the portal: a step given twice, a
/// step that leaves out a form, a step that names a control two screens
/// away. Each is recognised for what it is (a repeat to read, a form the
/// text never mentions, a short route), never patched with Back and
/// re-clicks; in English and Japanese, with the drafted actions exactly.
#[test]
fn the_procedure_is_read_as_a_whole_in_both_languages() {
    let typed_name =
        |d: &Drafts, step: usize| d.drafts[0].steps[step].actions.first().cloned().unwrap();
    for (base, far, twice, copy) in [
        (
            TO_APP_PASSWORDS_EN,
            "4. Select **app passwords**.\n",
            "5. Click **Create**.\n6. Click **Create**.\n",
            "7. Click **Copy password to clipboard**.\n",
        ),
        (
            TO_APP_PASSWORDS_JA,
            "4. [アプリ パスワード] を選びます。\n",
            "5. [作成] をクリックします。\n6. [作成] をクリックします。\n",
            "7. [パスワードをクリップボードにコピー] をクリックします。\n",
        ),
    ] {
        let text = [base, far, twice, copy].concat();
        let d = import(&text, None).unwrap();
        let steps = &d.drafts[0].steps;
        // Two screens away: the phone-numbers link, then the tab, said as a route.
        assert_eq!(
            steps[3].actions,
            [
                click("asv.update-phone-numbers"),
                click("proofup.tab.app-passwords")
            ],
            "{text}"
        );
        assert!(steps[3]
            .notes
            .iter()
            .any(|n| matches!(n, walkthrough_import::Note::Route { .. })));
        assert_eq!(steps[4].actions, [click("app-passwords.create")]);
        // Given twice: a step to read that says so, no Cancel or Back.
        assert!(steps[5].actions.is_empty(), "{:?}", steps[5].actions);
        assert_eq!(steps[5].status, StepStatus::Describes);
        assert!(steps[5]
            .notes
            .iter()
            .any(|n| matches!(n, walkthrough_import::Note::Repeats { step: 5 })));
        // The name and Next the text leaves out, then the copy.
        assert_eq!(
            steps[6].actions[1..],
            [
                click("create-app-password.next"),
                click("new-app-password.copy")
            ],
            "{:?}",
            steps[6].actions
        );
        assert!(
            matches!(typed_name(&d, 6), ScriptAction::Type { element, .. } if element == "create-app-password.name")
        );
        assert!(steps[6]
            .notes
            .iter()
            .any(|n| matches!(n, walkthrough_import::Note::LeftOut { .. })));
        assert!(!actions(&d).contains(&ScriptAction::Back));
        assert!(!actions(&d).contains(&click("create-app-password.cancel")));
    }
}

/// Several controls in one step, joined by "then" or "and" to one click
/// verb ("select the gear, then Office 365 settings", "open Office 365
/// settings from the gear"): each is drafted in its own step, so no later
/// step takes them as clicks the text leaves out.
#[test]
fn controls_joined_to_one_verb_are_all_drafted_in_their_step() {
    let (d, report) = run(&published("en-joined-objects.md"));
    let steps = &d.drafts[0].steps;
    assert_eq!(
        steps[0].actions[steps[0].actions.len() - 2..],
        [
            click("suite.settings"),
            click("settings-menu.office365-settings")
        ]
    );
    assert_eq!(
        steps[1].actions,
        [
            click("nav.additional-security-verification"),
            click("asv.update-phone-numbers")
        ]
    );
    // The gear is named by its picture: no click the text leaves out.
    assert!(!steps[0]
        .notes
        .iter()
        .any(|n| matches!(n, walkthrough_import::Note::Route { .. })));
    assert_eq!(steps[2].actions, [click("proofup.tab.app-passwords")]);
    assert_eq!(
        steps[3].actions,
        [click("app-password.2.delete")],
        "the row named in [params]"
    );
    assert_eq!(steps[4].actions, [click("confirm.yes")]);
    assert!(report.findings.is_empty(), "{:?}", codes(&report));
    // "paste it … and connect": the connect is the form's own, after the paste.
    let d = import(&[TO_APP_PASSWORDS_EN, "4. Select **Update my phone numbers used for account security**.\n5. At the top, select **app passwords**.\n6. Select **Create**.\n7. Enter a name, and select **Next**.\n8. Select **Copy password to clipboard**.\n9. Paste it into your mail program and connect.\n"].concat(), None).unwrap();
    let last = &d.drafts[0].steps[8].actions;
    assert_eq!(last.last(), Some(&click("mail.connect")), "{last:?}");
    assert!(last.contains(&ScriptAction::Paste("mail.password".into())));
}

/// "Enter a name … in the Name field." then "Click on the next button.": the
/// Next is the next step's, not an addition to this one; a step that says
/// the password "will be generated" only describes.
#[test]
fn a_button_the_next_step_asks_for_is_left_to_it() {
    let (d, report) = run(&published("en-next-own-step.md"));
    let steps = &d.drafts[0].steps;
    assert_eq!(steps[4].actions.len(), 1);
    assert!(
        matches!(&steps[4].actions[0], ScriptAction::Type { element, .. } if element == "create-app-password.name")
    );
    assert_eq!(steps[5].actions, [click("create-app-password.next")]);
    assert_eq!(steps[6].status, StepStatus::Describes);
    assert_eq!(steps[7].actions, [click("new-app-password.copy")]);
    // The portal's button is Close: "OK" is not done, and said.
    assert!(matches!(steps[8].status, StepStatus::Unresolved(_)));
    assert_eq!(
        codes(&report),
        [(Some(9), "unresolved-step"), (Some(9), "name-not-a-label")]
    );
}

/// Articles about a later product in Japanese: a quoted control the portal
/// has nothing like (「マイアカウント」) after the sign-in leaves the step
/// UNRESOLVED, and a procedure whose steps that act are mostly unexplained
/// gets the verdict, however many steps only describe.
#[test]
fn japanese_articles_about_another_version_or_product_get_the_verdict() {
    for name in ["ja-my-account.md", "ja-account-security.md"] {
        let d = import(&published(name), None).unwrap();
        assert!(d.drafts.is_empty(), "{name}");
        assert_eq!(d.elsewhere.len(), 1, "{name}");
    }
    let d = import(&published("ja-account-security.md"), None).unwrap();
    // Three steps ask for something; the one that describes is not counted.
    assert_eq!(d.elsewhere[0].steps, 3);
    let d = import(
        "## マイアカウント\n\n1. ポータルにサインインし、「マイアカウント」をクリックします。\n2. 右上の歯車アイコンをクリックし、「Office 365 の設定」をクリックします。\n3. 左側の「追加のセキュリティ確認」をクリックします。\n",
        None,
    )
    .unwrap();
    assert!(
        matches!(&d.drafts[0].steps[0].status, StepStatus::Unresolved(Unresolved::Absent { label }) if label == "マイアカウント"),
        "{:?}",
        d.drafts[0].steps[0].status
    );
}

/// A quote cut short with an ellipsis ("Update phone numbers...") is the one
/// label it begins and whose words it keeps in order: drafted, and no
/// misquote; cut past recognition ("Phone numbers...") it is not.
#[test]
fn a_label_cut_short_with_an_ellipsis_is_that_label() {
    let (d, report) = run(&[
        TO_APP_PASSWORDS_EN,
        "4. Click the link to \"Update phone numbers...\"\n5. Near the top, select **app passwords**.\n",
    ]
    .concat());
    assert_eq!(
        d.drafts[0].steps[3].actions,
        [click("asv.update-phone-numbers")]
    );
    assert!(report.findings.is_empty(), "{:?}", codes(&report));
    let d = import(
        &[
            TO_APP_PASSWORDS_EN,
            "4. Click the link to \"Phone numbers...\"\n",
        ]
        .concat(),
        None,
    )
    .unwrap();
    assert!(d.drafts[0].steps[3].actions.is_empty());
}

/// A step that gives a page the portal does not have and then a control it
/// does ("Choose "Manage Security & Privacy" and click … "Update phone
/// numbers...""): UNRESOLVED for the page, and the portal's way to the
/// control is not blamed on the text as clicks it leaves out.
#[test]
fn a_step_with_its_own_route_is_unresolved_not_blamed_for_the_portals_way() {
    let (d, report) = run("## App password\n\n1. Log in to Office 365.\n2. Choose \"Manage Security & Privacy\" and click the link to \"Update phone numbers...\"\n3. Click \"App Passwords\".\n4. On the \"app passwords\" page, click the \"create\" button.\n");
    let steps = &d.drafts[0].steps;
    assert!(
        matches!(&steps[1].status, StepStatus::Unresolved(Unresolved::Absent { label }) if label == "Manage Security & Privacy")
    );
    let c = codes(&report);
    assert!(!c.iter().any(|k| k.1 == "unmentioned-action"), "{c:?}");
    assert!(c.contains(&(Some(2), "unresolved-step")), "{c:?}");
}
