//! Articles written the way published help articles are (other verbs, quote
//! marks, location words, describing sentences, left-out steps, another
//! product), one per kind in `fixtures/corpus/`, and short ones of the same
//! kinds in other words: each drafts what its kind must, never silently wrong.
#![allow(clippy::unwrap_used)]

mod common;
use common::*;
use walkthrough_check::{Kind, Report};
use walkthrough_import::{verify, Drafts, Layer, Note, StepStatus};
use walkthrough_scenario::ScriptAction;

fn corpus(name: &str) -> String {
    std::fs::read_to_string(fixture(&["corpus/", name].concat())).unwrap()
}

/// The drafts of an article, and their check.
fn run(text: &str) -> (Drafts, Report) {
    let drafts = import(text, None).unwrap();
    let l = l10n();
    let report = verify(&drafts.drafts, Layer::Embedded, &l, &options())
        .unwrap()
        .report;
    (drafts, report)
}

fn codes(report: &Report) -> Vec<(Option<usize>, &'static str)> {
    report
        .findings
        .iter()
        .map(|f| (f.step, f.kind.code()))
        .collect()
}

fn flat(steps: impl IntoIterator<Item = Vec<ScriptAction>>) -> Vec<ScriptAction> {
    steps.into_iter().flatten().collect()
}

fn click(id: &str) -> ScriptAction {
    ScriptAction::Click(id.into())
}

fn shipped_actions(id: &str) -> Vec<ScriptAction> {
    flat(shipped(id).steps.into_iter().map(|s| s.actions))
}

fn all_resolved(d: &Drafts) {
    for draft in &d.drafts {
        let open: Vec<_> = draft.unresolved().map(|(s, _)| s.number).collect();
        assert!(open.is_empty(), "unresolved steps {open:?}");
    }
}

#[test]
fn other_verbs_and_an_icon_draft_the_shipped_create_actions_with_no_finding() {
    for text in [
        corpus("01-en-phrasing.md"),
        corpus("03-ja-phrasing.md"),
        // The same kind, in other words.
        "## Set up an app password\n\n1. Log on to Office 365.\n2. Hit the cog icon at the top right, then choose **Office 365 settings**.\n3. In the left navigation, pick **Additional security verification**.\n4. On the right-hand side, select **Update my phone numbers used for account security**.\n5. Near the top, switch to the **app passwords** tab.\n6. Tap **Create**.\n7. Give it a name, and press **Next**.\n8. Click **Copy password to clipboard**.\n9. Open your mail program, paste the password and connect.\n".to_owned(),
        "## アプリ パスワードを作る\n\n1. Office 365 にログオンします。\n2. 右上の歯車のアイコンを選び、[Office 365 の設定] を選びます。\n3. 左側で [追加のセキュリティ確認] をクリックします。\n4. 右側の [アカウントのセキュリティに使用される電話番号を更新] をクリックします。\n5. 上部の [アプリ パスワード] をクリックします。\n6. [作成] を選択します。\n7. 名前を入力して [次へ] をクリックします。\n8. [パスワードをクリップボードにコピー] をクリックします。\n9. 作成したパスワードをメール アプリに貼り付けて接続します。\n".to_owned(),
    ] {
        let (d, report) = run(&text);
        all_resolved(&d);
        assert_eq!(d.drafts.len(), 1);
        let draft = &d.drafts[0];
        assert_eq!(
            flat(draft.steps.iter().map(|s| s.actions.clone())),
            shipped_actions("app-password-create"),
            "{text}"
        );
        // The sign-in is the text's own: nothing added, no location compared with it.
        assert!(!draft.steps[0].notes.contains(&Note::SignInAdded));
        assert!(report.findings.is_empty(), "{text}\n{:#?}", codes(&report));
    }
}

#[test]
fn describing_steps_are_read_only_and_ordinary_words_are_not_controls() {
    let (d, report) = run(&corpus("02-en-descriptions.md"));
    all_resolved(&d);
    let steps = &d.drafts[0].steps;
    for n in [5, 8] {
        assert_eq!(steps[n - 1].status, StepStatus::Describes, "step {n}");
        assert!(steps[n - 1].actions.is_empty(), "step {n}");
    }
    assert_eq!(steps[6].actions, [click("app-password.2.delete")]);
    assert_eq!(steps[8].actions, [click("confirm.yes")]);
    assert!(d.drafts[0].goal.app_password_absent.is_some());
    assert_eq!(report.errors(), 0, "{:#?}", codes(&report));
    assert!(!codes(&report).contains(&(Some(2), "location-mismatch")));

    let (d, report) = run(&corpus("04-ja-descriptions.md"));
    all_resolved(&d);
    let steps = &d.drafts[0].steps;
    assert_eq!(steps[5].status, StepStatus::Describes);
    assert_eq!(steps[6].actions, [click("confirm.yes")]);
    // Step 5 needs the tab the text never selects.
    assert!(
        steps[4]
            .notes
            .iter()
            .any(|n| matches!(n, Note::Route { labels } if labels == &["アプリ パスワード"])),
        "{:?}",
        steps[4].notes
    );
    assert_eq!(report.errors(), 0);
    // …and the check says so: the text quotes [削除]; アプリ パスワード there is
    // ordinary words.
    assert!(report.findings.iter().any(|f| f.step == Some(5)
        && matches!(&f.kind, Kind::UnmentionedAction { target, first: true } if target.label == "アプリ パスワード")));

    // The same kinds in other words.
    let (d, _) = run("## Delete\n\n1. Sign in to the Office 365 portal.\n2. In the top right, select **Settings**, then **Office 365 settings**.\n3. On the left, select **Additional security verification**.\n4. On the right, select **Update my phone numbers used for account security**.\n5. This will take you to the verification page.\n6. At the top, select **app passwords**.\n7. Select **Delete** next to the app password you want to delete.\n8. You will get a pop-up asking you to confirm.\n9. Select **Yes** to delete it.\n");
    all_resolved(&d);
    let steps = &d.drafts[0].steps;
    assert_eq!(steps[4].status, StepStatus::Describes);
    assert_eq!(steps[7].status, StepStatus::Describes);
    assert_eq!(steps[6].actions, [click("app-password.2.delete")]);
    assert_eq!(steps[8].actions, [click("confirm.yes")]);
}

#[test]
fn location_words_are_read_longest_first_and_compared_with_the_named_control() {
    for (text, words) in [
        (corpus("05-en-locations.md"), ["lower-right", "top-left"]),
        (corpus("06-ja-locations.md"), ["左下", "右下"]),
    ] {
        let (d, report) = run(&text);
        all_resolved(&d);
        let mismatches: Vec<_> = codes(&report)
            .into_iter()
            .filter(|(_, c)| *c == "location-mismatch")
            .collect();
        assert_eq!(
            mismatches,
            [
                (Some(2), "location-mismatch"),
                (Some(4), "location-mismatch")
            ]
        );
        let steps = &d.drafts[0].steps;
        // The cog / 歯車 is the settings gear.
        assert_eq!(steps[1].actions[0], click("suite.settings"));
        for (n, w) in [(2, words[0]), (4, words[1])] {
            assert!(
                steps[n - 1]
                    .notes
                    .iter()
                    .any(|note| matches!(note, Note::Location { words, .. } if words == w)),
                "step {n}: {:?}",
                steps[n - 1].notes
            );
        }
    }
    // "at the top right" is top right, not top.
    let (_, report) = run("## Settings\n\n1. Sign in to Office 365.\n2. Select the gear at the top right, then **Office 365 settings**.\n");
    assert!(report.findings.is_empty(), "{:#?}", codes(&report));
}

#[test]
fn a_left_out_form_is_added_and_reported_as_left_out() {
    let (d, report) = run(&corpus("10-en-skipped.md"));
    all_resolved(&d);
    let step = &d.drafts[0].steps[6];
    assert!(step
        .notes
        .iter()
        .any(|n| matches!(n, Note::LeftOut { labels } if labels == &["Name", "Next"])));
    let at7: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.step == Some(7))
        .map(|f| f.kind.code())
        .collect();
    assert_eq!(at7, ["unmentioned-input"]);
    assert!(matches!(
        &report.findings.iter().find(|f| f.step == Some(7)).unwrap().kind,
        Kind::UnmentionedInput { field, submit: Some(s) } if field.label == "Name" && s.label == "Next"
    ));
}

#[test]
fn an_article_about_another_product_says_so_and_drafts_nothing() {
    for (text, names) in [
        (
            corpus("11-en-other-product.md"),
            vec!["Profile", "Security", "Two-step sign-in", "Set up authenticator"],
        ),
        (
            "## Create an app-specific password\n\n1. Sign in to your Apple ID account page.\n2. In the **Sign-In and Security** section, select **App-Specific Passwords**.\n3. Select **Generate an app-specific password**.\n4. Enter a label and click **Create**.\n".to_owned(),
            vec!["Sign-In and Security", "App-Specific Passwords"],
        ),
    ] {
        let d = import(&text, None).unwrap();
        assert!(d.drafts.is_empty(), "{text}");
        assert_eq!(d.elsewhere.len(), 1);
        for name in names {
            assert!(
                d.elsewhere[0].not_found.iter().any(|n| n == name),
                "{name}: {:?}",
                d.elsewhere[0].not_found
            );
        }
    }
}

#[test]
fn advice_and_cross_references_are_not_clicks() {
    let (d, report) = run(&corpus("12-en-ordinary-words.md"));
    let steps = &d.drafts[0].steps;
    assert_eq!(
        steps[5].actions,
        [click("app-password.2.delete"), click("confirm.yes")]
    );
    for n in [7, 8] {
        assert!(steps[n - 1].actions.is_empty(), "step {n}");
        assert!(matches!(steps[n - 1].status, StepStatus::Unresolved(_)));
    }
    // Unresolved steps fail the check.
    assert!(report.errors() >= 2);
    assert!(report
        .findings
        .iter()
        .any(|f| f.step == Some(7) && f.kind.code() == "unresolved-step"));
}

/// (step, quote, fix) of each quote-not-a-label.
fn misquotes(report: &Report) -> Vec<(usize, String, Option<String>)> {
    report
        .findings
        .iter()
        .filter_map(|f| match &f.kind {
            Kind::QuoteNotALabel { quote, nearest } => Some((
                f.step.unwrap_or(0),
                quote.clone(),
                nearest.as_ref().map(|n| n.label.clone()),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn every_quote_style_is_read_and_a_misquote_gets_the_products_label() {
    let some = |s: &str| Some(s.to_owned());
    let (d, report) = run(&corpus("07-en-quotes.md"));
    all_resolved(&d);
    assert_eq!(
        misquotes(&report),
        [
            (2, "Office 365 options".into(), some("Office 365 settings")),
            (
                3,
                "Extra security verification".into(),
                some("Additional security verification")
            ),
            (6, "New".into(), some("Create")),
        ]
    );
    assert_eq!(report.findings.len(), 3, "{:#?}", codes(&report));

    let (d, report) = run(&corpus("08-ja-quotes.md"));
    all_resolved(&d);
    assert_eq!(
        misquotes(&report),
        [
            (
                3,
                "追加のセキュリティ検証".into(),
                some("追加のセキュリティ確認")
            ),
            (
                5,
                "アプリケーション パスワード".into(),
                some("アプリ パスワード")
            ),
            (6, "新規作成".into(), some("作成")),
        ]
    );
    assert_eq!(report.findings.len(), 3, "{:#?}", codes(&report));

    // The same kinds in other words: Markdown inside quotes is not part of
    // the label, and an apostrophe is no quote.
    let (d, report) = run("## Create\n\n1. Sign in to Office 365.\n2. In the top right, select 「**Settings**」, then “[Office 365 settings]”.\n3. On the left, you'll select 'Additional security verification'.\n4. On the right, select ‘Update my phone numbers used for account security’.\n5. At the top, select `app passwords`.\n6. Select «Add».\n");
    all_resolved(&d);
    assert_eq!(misquotes(&report), [(6, "Add".into(), some("Create"))]);
}

#[test]
fn a_list_broken_by_images_is_one_procedure_numbered_as_written() {
    let (d, report) = run(&corpus("09-en-structure.md"));
    all_resolved(&d);
    assert_eq!(d.drafts.len(), 1);
    let numbers: Vec<usize> = d.drafts[0].steps.iter().map(|s| s.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
    let shipped = shipped_actions("app-password-create");
    let drafted = flat(d.drafts[0].steps.iter().map(|s| s.actions.clone()));
    assert_eq!(drafted, shipped[..drafted.len()]);
    assert!(report.findings.is_empty(), "{:#?}", codes(&report));
}

#[test]
fn a_click_the_importer_adds_is_never_blamed_on_the_text() {
    let head = "## Create\n\n1. Sign in to the Office 365 portal.\n2. In the top right, select **Settings**, then **Office 365 settings**.\n3. On the left, select **Additional security verification**.\n4. On the right, select **Update my phone numbers used for account security**.\n5. At the top, select **app passwords**.\n6. Select **Create**.\n7. Enter a name, and select **Next**.\n8. Select **Copy password to clipboard**";
    for last in [
        ", then **Close**.\n9. On the taskbar, open your mail program, paste the password and connect.\n",
        ".\n9. Paste the password where your desktop app asks for it, then connect.\n",
    ] {
        let (d, report) = run(&[head, last].concat());
        all_resolved(&d);
        assert!(
            !codes(&report).iter().any(|(_, c)| *c == "ambiguous-target"),
            "{last}: {:#?}",
            codes(&report)
        );
        assert!(d.drafts[0].goal.mail_connected_with.is_some(), "{last}");
    }
}

#[test]
fn a_location_that_tells_two_same_labels_apart_is_no_ambiguity() {
    // Home shows the Mail tile and the taskbar's Mail: "on the taskbar" says which.
    let (d, report) =
        run("## Mail\n\n1. Sign in to the Office 365 portal.\n2. On the taskbar, open **Mail**.\n");
    all_resolved(&d);
    assert_eq!(d.drafts[0].steps[1].actions, [click("taskbar.mail")]);
    assert!(
        !codes(&report).iter().any(|(_, c)| *c == "ambiguous-target"),
        "{:#?}",
        codes(&report)
    );
    // Without it, the text's own "Mail" is ambiguous, and says so.
    let d = import(
        "## Mail\n\n1. Sign in to the Office 365 portal.\n2. Open **Mail**.\n",
        None,
    )
    .unwrap();
    assert!(d.drafts[0].steps[1].actions.is_empty());
}

fn published(name: &str) -> String {
    std::fs::read_to_string(fixture(&["published/", name].concat())).unwrap()
}

/// Articles written, in our own words, the way published help pages about
/// app passwords are (a university's page with unquoted controls, pages
/// about the newer My Account and the personal account, a Japanese page).
#[test]
fn articles_in_the_style_of_published_help_pages() {
    let (d, report) = run(&published("en-unquoted-controls.md"));
    all_resolved(&d);
    let steps = &d.drafts[0].steps;
    // "click on the Settings gear icon": the gear, not Office 365 settings.
    assert_eq!(steps[0].actions.last(), Some(&click("suite.settings")));
    assert_eq!(
        steps[1].actions,
        [click("settings-menu.office365-settings")]
    );
    // "Click on the Update your phone numbers used for account security
    // link": the product says "Update my phone numbers …". Unquoted, it is
    // still a control the text names, so a check error (exit 1), in the
    // draft's language, with the product's label as the fix.
    assert_eq!(codes(&report), [(Some(4), "name-not-a-label")]);
    let f = &report.findings[0];
    assert_eq!(f.locale.as_deref(), Some("en-US"));
    match &f.kind {
        Kind::NameNotALabel {
            words,
            nearest: Some(n),
        } => {
            assert_eq!(words, "Update your phone numbers used for account security");
            assert_eq!(n.label, "Update my phone numbers used for account security");
            assert_eq!(n.element, "asv.update-phone-numbers");
        }
        k => panic!("{k:?}"),
    }
    assert_eq!(report.exit_code(false), 1);

    for name in ["en-my-account.md", "en-personal-account.md"] {
        let d = import(&published(name), None).unwrap();
        assert!(d.drafts.is_empty(), "{name}");
        assert_eq!(d.elsewhere.len(), 1, "{name}");
    }

    let (d, report) = run(&published("ja-delete.md"));
    all_resolved(&d);
    assert_eq!(
        flat(d.drafts[0].steps.iter().map(|s| s.actions.clone())),
        shipped_actions("app-password-delete")
    );
    assert!(report.findings.is_empty(), "{:#?}", codes(&report));
}

#[test]
fn a_step_given_twice_is_read_once_not_redone_with_back() {
    let (d, _) = run("## Create\n\n1. Sign in to the Office 365 portal.\n2. In the top right, select **Settings**, then **Office 365 settings**.\n3. On the left, select **Additional security verification**.\n4. On the right, select **Update my phone numbers used for account security**.\n5. On the right, select **Update my phone numbers used for account security**.\n6. At the top, select **app passwords**.\n");
    all_resolved(&d);
    let steps = &d.drafts[0].steps;
    assert!(steps[4].actions.is_empty());
    assert_eq!(steps[4].status, StepStatus::Describes);
    assert!(steps[4].notes.contains(&Note::Repeats { step: 4 }));
    assert_eq!(steps[5].actions, [click("proofup.tab.app-passwords")]);
    let all = flat(steps.iter().map(|s| s.actions.clone()));
    assert!(!all.contains(&ScriptAction::Back), "{all:?}");
}

#[test]
fn a_paste_before_anything_is_copied_is_unresolved_not_an_empty_paste() {
    let d = import("## Create\n\n1. Sign in to the Office 365 portal.\n2. In the top right, select **Settings**, then **Office 365 settings**.\n3. On the left, select **Additional security verification**.\n4. On the right, select **Update my phone numbers used for account security**.\n5. At the top, select **app passwords**.\n6. Select **Create**.\n7. Enter a name, and select **Next**.\n8. Your password will come up. Paste it into your mail program and connect.\n", None).unwrap();
    let step = &d.drafts[0].steps[7];
    assert_eq!(
        step.status,
        StepStatus::Unresolved(walkthrough_import::Unresolved::NothingCopied)
    );
    assert!(!step
        .actions
        .iter()
        .any(|a| matches!(a, ScriptAction::Paste(_))));
    assert!(!step.notes.iter().any(|n| matches!(n, Note::Paste { .. })));
}
