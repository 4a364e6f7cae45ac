//! Every control a step asks to act on is drafted, or the step is
//! UNRESOLVED: labels that run into each other (“X, then Y”), items of a
//! list the verb acts on (「[A]、[B] の順に」), labels in any quote pair, a
//! form the route opened, and never a place (“your Office 365 account”)
//! read as a click. In English and Japanese, against the model each case is
//! about.
#![allow(clippy::unwrap_used)]

mod common;
use common::*;
use walkthrough_import::{draft_for, verify, Article, Drafts, Layer, Note, StepStatus};
use walkthrough_portal::Model;
use walkthrough_scenario::ScriptAction;

const TO_CREATE_EN: &str = "1. Sign in to the Office 365 portal.\n2. Select the gear, then Office 365 settings.\n3. On the left, select Additional security verification.\n4. Select Update my phone numbers used for account security.\n5. At the top, select app passwords.\n6. Click Create.\n";

const TO_CREATE_JA: &str = "1. Office 365 にサインインします。\n2. 歯車を選び、「Office 365 の設定」を選びます。\n3. 左側の「追加のセキュリティ確認」を選びます。\n4. 「アカウントのセキュリティに使用される電話番号を更新」を選びます。\n5. 上部の「アプリ パスワード」を選びます。\n6. 「作成」をクリックします。\n";

fn import_for(model: &str, text: &str, lang: &str) -> Drafts {
    let l = l10n();
    let model = match model {
        "office365-2016" => Model::office365_2016(),
        _ => Model::office365_2015(),
    };
    let article = Article::parse(text).unwrap();
    draft_for(
        &model,
        &article,
        "article.md",
        &l,
        &common::lang(lang),
        &options(),
    )
    .unwrap()
}

/// Clicks, typing (as `type:<field>`) and copies of step `n` (from 1).
fn done(d: &Drafts, n: usize) -> Vec<String> {
    d.drafts[0].steps[n - 1]
        .actions
        .iter()
        .map(|a| match a {
            ScriptAction::Click(id) => id.clone(),
            ScriptAction::Type { element, .. } => ["type:", element].concat(),
            other => format!("{other:?}"),
        })
        .collect()
}

fn status(d: &Drafts, n: usize) -> &StepStatus {
    &d.drafts[0].steps[n - 1].status
}

#[test]
fn labels_joined_by_then_are_each_acted_on_even_when_the_first_begins_with_a_verb() {
    for (start, last, lang) in [
        (
            TO_CREATE_EN,
            "7. Enter a name and click Next.\n8. Click Copy password to clipboard, then Close.\n",
            "en-US",
        ),
        (
            TO_CREATE_JA,
            "7. 名前を入力し、「次へ」をクリックします。\n8. [パスワードをクリップボードにコピー]、[閉じる] の順に選びます。\n",
            "ja-JP",
        ),
    ] {
        let d = import_for("office365-2015", &[start, last].concat(), lang);
        assert_eq!(
            done(&d, 8),
            ["new-app-password.copy", "new-app-password.close"],
            "{lang}"
        );
        assert_eq!(status(&d, 8), &StepStatus::Resolved, "{lang}");
    }
}

#[test]
fn a_quoted_control_the_model_lacks_in_a_list_the_verb_acts_on_is_unresolved() {
    for (text, lang) in [
        (
            "1. Sign in to the Office 365 portal.\n2. Select “Settings”, then “Office 365 settings”.\n3. Select “Security & privacy”, then “Additional security verification”.\n",
            "en-US",
        ),
        (
            "1. Office 365 にサインインします。\n2. [設定]、[Office 365 の設定] の順に選びます。\n3. [セキュリティとプライバシー]、[追加のセキュリティ確認] の順に選びます。\n",
            "ja-JP",
        ),
        (
            "1. Office 365 にサインインします。\n2. 「設定」、「Office 365 の設定」の順に選びます。\n3. 「セキュリティとプライバシー」、「追加のセキュリティ確認」を選びます。\n",
            "ja-JP",
        ),
    ] {
        let d = import_for("office365-2015", text, lang);
        assert!(
            matches!(status(&d, 3), StepStatus::Unresolved(_)),
            "{lang}: {:?} {:?}",
            status(&d, 3),
            done(&d, 3)
        );
        assert!(matches!(status(&d, 2), StepStatus::Resolved), "{lang}");
    }
}

#[test]
fn a_label_in_single_quotes_against_kana_is_clicked() {
    for (step, lang) in [
        ("7. 名前を入力し、‘次へ’をクリックします。\n", "ja-JP"),
        ("7. 名前を入力し、'次へ'をクリックします。\n", "ja-JP"),
        ("7. Enter a name and click ‘Next’.\n", "en-US"),
    ] {
        let start = if lang == "ja-JP" {
            TO_CREATE_JA
        } else {
            TO_CREATE_EN
        };
        let d = import_for("office365-2015", &[start, step].concat(), lang);
        assert_eq!(
            done(&d, 7),
            ["type:create-app-password.name", "create-app-password.next"],
            "{lang} {step}"
        );
    }
}

/// The steps before give a route the portal does not have; the portal's own
/// way opens the form, and the typing the text asks for goes into it.
#[test]
fn typing_the_text_asks_for_goes_into_the_form_a_route_opened() {
    for (text, lang) in [
        (
            "1. Sign in to the Office 365 portal.\n2. Select the gear, then Office 365 settings.\n3. Select Additional security verification.\n4. Click **Generate**.\n5. Type a name for the app password and click **Next**.\n6. Click **Copy password to clipboard**.\n",
            "en-US",
        ),
        (
            "1. Office 365 にサインインします。\n2. 歯車を選び、「Office 365 の設定」を選びます。\n3. 「追加のセキュリティ確認」を選びます。\n4. 「生成」をクリックします。\n5. アプリ パスワードの名前を入力し、「次へ」をクリックします。\n6. 「パスワードをクリップボードにコピー」を選択します。\n",
            "ja-JP",
        ),
    ] {
        let d = import_for("office365-2015", text, lang);
        let step5 = done(&d, 5);
        assert!(
            step5.ends_with(&[
                "type:create-app-password.name".to_owned(),
                "create-app-password.next".to_owned()
            ]),
            "{lang}: {step5:?}"
        );
        assert_eq!(status(&d, 5), &StepStatus::Resolved, "{lang}");
        assert_eq!(done(&d, 6), ["new-app-password.copy"], "{lang}");
    }
}

/// "your Office 365 account" is where one signs in, not the pane's
/// “Office 365”: that click is the next step's.
#[test]
fn a_product_name_in_a_place_phrase_is_no_click() {
    for (text, lang) in [
        (
            "1. Sign in to your Office 365 account and click the gear icon.\n2. Choose Office 365.\n",
            "en-US",
        ),
        (
            "1. Log in to your Office 365 account, then select the gear.\n2. Choose Office 365.\n",
            "en-US",
        ),
        (
            "1. Office 365 アカウントにサインインし、歯車アイコンを選びます。\n2. [Office 365] を選びます。\n",
            "ja-JP",
        ),
    ] {
        let d = import_for("office365-2016", text, lang);
        assert_eq!(
            done(&d, 1).last().map(String::as_str),
            Some("suite.settings"),
            "{text}"
        );
        assert_eq!(done(&d, 2), ["settings-menu.office365"], "{text}");
    }
}

/// A control the product lacks is never replaced by another one: the words
/// that say what a click is for (“to open your settings”) are no click on
/// Settings.
#[test]
fn a_click_on_what_the_product_lacks_is_unresolved_not_another_control() {
    for (text, lang) in [
        (
            "1. Sign in to Office 365.\n2. Click your profile picture, then click View account to open your settings.\n",
            "en-US",
        ),
        (
            "1. Office 365 にサインインします。\n2. プロフィール画像をクリックし、[アカウントを表示] をクリックして設定を開きます。\n",
            "ja-JP",
        ),
    ] {
        for model in ["office365-2015", "office365-2016"] {
            let d = import_for(model, text, lang);
            assert!(
                matches!(status(&d, 2), StepStatus::Unresolved(_)),
                "{lang} {model}: {:?}",
                done(&d, 2)
            );
            assert!(
                !done(&d, 2).iter().any(|a| a == "suite.settings"),
                "{lang} {model}: {:?}",
                done(&d, 2)
            );
        }
    }
}

/// A location is compared with the control its own clause names: “open
/// Mail on the taskbar” says where Mail is, not where the copy before it is.
#[test]
fn a_location_is_compared_with_the_control_of_its_own_clause() {
    for (last, lang) in [
        (
            "7. Enter a name and click Next.\n8. Select **Copy password to clipboard**, open **Mail** on the taskbar, paste the password and select **Connect**.\n",
            "en-US",
        ),
        (
            "7. 名前を入力し、「次へ」をクリックします。\n8. [パスワードをクリップボードにコピー] を選び、タスク バーの [メール] を開いて、パスワードを貼り付け、[接続] を選びます。\n",
            "ja-JP",
        ),
    ] {
        let start = if lang == "ja-JP" { TO_CREATE_JA } else { TO_CREATE_EN };
        let d = import_for("office365-2015", &[start, last].concat(), lang);
        assert!(
            done(&d, 8).iter().any(|a| a == "taskbar.mail"),
            "{lang}: {:?}",
            done(&d, 8)
        );
        assert!(
            !d.drafts[0].steps[7]
                .notes
                .iter()
                .any(|n| matches!(n, Note::Location { .. })),
            "{lang}: {:?}",
            d.drafts[0].steps[7].notes
        );
        let report = verify(&d.drafts, Layer::Embedded, &l10n(), &options())
            .unwrap()
            .report;
        assert!(
            !report
                .findings
                .iter()
                .any(|f| f.kind.code() == "location-mismatch"),
            "{lang}: {:?}",
            report.findings
        );
    }
    // A location that is wrong for the control of its clause still is.
    let d = import_for(
        "office365-2015",
        &[TO_CREATE_EN, "7. Enter a name and click Next.\n8. On the taskbar, select **Copy password to clipboard**.\n"].concat(),
        "en-US",
    );
    assert!(d.drafts[0].steps[7]
        .notes
        .iter()
        .any(|n| matches!(n, Note::Location { .. })));
}

/// A heading that names a control the procedure never clicks (“削除”,
/// “Delete” in a create-only procedure) does not give the draft its id.
#[test]
fn the_draft_id_names_what_the_procedure_does() {
    for (title, steps, lang, want) in [
        (
            "# Create and delete an app password\n\n",
            TO_CREATE_EN,
            "en-US",
            "create-app-password",
        ),
        (
            "# 「アプリケーション パスワード」の追加と削除方法\n\n",
            TO_CREATE_JA,
            "ja-JP",
            "create",
        ),
    ] {
        let copy = if lang == "en-US" {
            "7. Enter a name and click Next.\n8. Click [Copy password to clipboard] and paste it into your app.\n"
        } else {
            ""
        };
        let d = import_for("office365-2015", &[title, steps, copy].concat(), lang);
        assert_eq!(d.drafts[0].id, want, "{lang}");
        assert!(!d.drafts[0].id.contains("delete"), "{lang}");
    }
}

/// “Paste it into your app”: the clicks that open the field are part of the
/// paste the importer adds, said with it, and the same fact everywhere: no
/// route the text leaves out in the notes, in `check` or in `--portal`.
#[test]
fn the_clicks_that_open_a_paste_field_are_one_fact_everywhere() {
    for (last, lang, mail) in [
        (
            "7. Enter a name and click Next.\n8. Click [Copy password to clipboard] and paste it into your app.\n",
            "en-US",
            "Mail",
        ),
        (
            "7. 名前を入力し、「次へ」をクリックします。\n8. [パスワードをクリップボードにコピー] をクリックし、アプリに貼り付けます。\n",
            "ja-JP",
            "メール",
        ),
    ] {
        let start = if lang == "ja-JP" { TO_CREATE_JA } else { TO_CREATE_EN };
        let text = [start, last].concat();
        let d = import_for("office365-2015", &text, lang);
        let notes = &d.drafts[0].steps[7].notes;
        assert!(
            notes
                .iter()
                .any(|n| matches!(n, Note::Paste { opened, .. } if opened == &[mail.to_owned()])),
            "{lang}: {notes:?}"
        );
        assert!(
            !notes.iter().any(|n| matches!(n, Note::Route { .. })),
            "{lang}: {notes:?}"
        );
        let report = verify(&d.drafts, Layer::Embedded, &l10n(), &options())
            .unwrap()
            .report;
        assert!(
            !report.findings.iter().any(|f| f.step == Some(8)),
            "{lang}: {:?}",
            report.findings
        );
        let read = walkthrough_import::versions(
            &Article::parse(&text).unwrap(),
            &l10n(),
            &common::lang(lang),
            &options(),
            &[Model::office365_2015()],
            &walkthrough_import::sample_fixture(),
        )
        .unwrap();
        assert_eq!(
            read[0].steps[7].fits[0],
            walkthrough_import::Fit::Fits,
            "{lang}"
        );
    }
}

/// A step given twice, quoting the exact label: the check says it repeats
/// the step before, not that the quote is no label or that it changes
/// nothing.
#[test]
fn a_step_given_twice_with_the_exact_label_repeats_the_step_before() {
    for (text, lang) in [
        (
            "1. Sign in to the Office 365 portal.\n2. Select the gear, then **Office 365 settings**.\n3. On the left, select **Additional security verification**.\n4. Select **Update my phone numbers used for account security**.\n5. Select **Update my phone numbers used for account security**.\n6. At the top, select **app passwords**.\n",
            "en-US",
        ),
        (
            "1. Office 365 にサインインします。\n2. 歯車を選び、「Office 365 の設定」を選びます。\n3. 左側の【追加のセキュリティ確認】を選択します。\n4. 右側の《アカウントのセキュリティに使用される電話番号を更新》を選択します。\n5. 右側の《アカウントのセキュリティに使用される電話番号を更新》を選択します。\n6. ページの上部で、［アプリ パスワード］を選択します。\n",
            "ja-JP",
        ),
    ] {
        let d = import_for("office365-2015", text, lang);
        let report = verify(&d.drafts, Layer::Embedded, &l10n(), &options())
            .unwrap()
            .report;
        let step5: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.step == Some(5))
            .map(|f| f.kind.code())
            .collect();
        assert_eq!(step5, ["repeats-step"], "{lang}: {:?}", report.findings);
        assert!(matches!(
            report.findings.iter().find(|f| f.step == Some(5)).map(|f| &f.kind),
            Some(walkthrough_check::Kind::RepeatsStep { repeated_step: 4 })
        ));
    }
}

/// “Select the gear, then Mail” where the open menu and the taskbar both
/// have a Mail: the step is UNRESOLVED as ambiguous, never drafted with the
/// gear alone.
#[test]
fn a_named_control_that_could_be_two_is_unresolved_not_dropped() {
    for (text, lang) in [
        (
            "1. Sign in to the Office 365 portal.\n2. Select the gear, then Mail.\n",
            "en-US",
        ),
        (
            "1. Office 365 にサインインします。\n2. 歯車を選び、次に「メール」を選びます。\n",
            "ja-JP",
        ),
    ] {
        let d = import_for("office365-2016", text, lang);
        assert!(
            matches!(
                status(&d, 2),
                StepStatus::Unresolved(walkthrough_import::Unresolved::Ambiguous { .. })
            ),
            "{lang}: {:?} {:?}",
            status(&d, 2),
            done(&d, 2)
        );
    }
}
