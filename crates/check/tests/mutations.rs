//! Mutated scenarios and locale files, each asserting the finding it must give.
#![allow(clippy::unwrap_used)]

mod common;
use common::*;
use walkthrough_check::{Kind, Severity};
use walkthrough_i18n::Localizer;
use walkthrough_scenario::{Location, Scenario, ScriptAction};

fn create() -> Scenario {
    scenarios()
        .into_iter()
        .find(|s| s.id == "app-password-create")
        .unwrap()
}

fn errors(r: &walkthrough_check::Report) -> Vec<(Option<usize>, Option<String>, &'static str)> {
    r.findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| (f.step, f.locale.clone(), f.kind.code()))
        .collect()
}

#[test]
fn swapped_steps_name_the_missing_target_and_the_click_that_brings_it() {
    let mut s = create();
    s.steps.swap(2, 3);
    let r = run(&[s], &Localizer::embedded().unwrap());
    assert_eq!(errors(&r), [(Some(3), None, "target-not-on-screen")]);
    assert_eq!(
        r.findings
            .iter()
            .find(|f| f.severity == Severity::Error)
            .unwrap()
            .kind,
        Kind::TargetNotOnScreen {
            element: "asv.update-phone-numbers".into(),
            screen: "settings".into(),
            first_click: Some("nav.additional-security-verification".into())
        }
    );
    assert_eq!(r.exit_code(false), 1);
}

#[test]
fn a_renamed_target_gives_an_unexpected_screen_then_a_missing_target() {
    let mut s = create();
    s.steps[2].actions = vec![ScriptAction::Click("nav.password".into())];
    let r = run(&[s], &Localizer::embedded().unwrap());
    assert_eq!(
        errors(&r),
        [
            (Some(3), None, "unexpected-screen"),
            (Some(4), None, "target-not-on-screen")
        ]
    );
}

#[test]
fn a_label_changed_in_one_locale_is_a_bad_quote_there_and_a_disagreement() {
    let dir = locales_copy("label");
    edit(
        &dir,
        "ja-JP/portal.ftl",
        "アカウントのセキュリティに使用される電話番号を更新",
        "電話番号の更新",
    );
    let l10n = Localizer::from_dir(&dir).unwrap();
    let r = run(&[create()], &l10n);
    assert_eq!(
        find(
            &r,
            "app-password-create",
            4,
            Some("ja-JP"),
            "quote-not-a-label"
        )
        .len(),
        1
    );
    assert!(find(
        &r,
        "app-password-create",
        4,
        Some("en-US"),
        "quote-not-a-label"
    )
    .is_empty());
    assert_eq!(
        find(
            &r,
            "app-password-create",
            4,
            Some("ja-JP"),
            "locales-disagree"
        )
        .len(),
        1
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_deleted_message_is_an_error_in_that_locale() {
    let dir = locales_copy("message");
    let path = dir.join("ja-JP/app-password-create.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .scan(false, |skipping, line| {
            if line.starts_with("app-password-create-name ")
                || line.starts_with("app-password-create-name=")
            {
                *skipping = true;
                return Some(None);
            }
            if *skipping && (line.starts_with(' ') || line.is_empty()) {
                return Some(None);
            }
            *skipping = false;
            Some(Some(line))
        })
        .flatten()
        .collect();
    std::fs::write(&path, kept.join("\n")).unwrap();
    let r = run(&[create()], &Localizer::from_dir(&dir).unwrap());
    assert_eq!(
        errors(&r),
        [(Some(7), Some("ja-JP".into()), "missing-message")]
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_changed_location_is_a_location_mismatch() {
    let mut s = create();
    s.steps[2].location = Some(Location::Right);
    let r = run(&[s], &Localizer::embedded().unwrap());
    let f = find(&r, "app-password-create", 3, None, "location-mismatch");
    assert_eq!(
        f[0].kind,
        Kind::LocationMismatch {
            claimed: "right".into(),
            words: vec![],
            actual: "left".into(),
            element: "nav.additional-security-verification".into()
        }
    );
}

#[test]
fn a_duplicated_step_finds_its_target_gone() {
    let mut s = create();
    let mut again = s.steps[5].clone();
    again.id = "create-again".into();
    s.steps.insert(6, again);
    let r = run(&[s], &Localizer::embedded().unwrap());
    // Its target is behind the dialog the first one opened, and it has no text.
    assert_eq!(
        errors(&r),
        [
            (Some(7), None, "target-not-on-screen"),
            (Some(7), Some("en-US".into()), "missing-message"),
            (Some(7), Some("ja-JP".into()), "missing-message")
        ]
    );
}

#[test]
fn a_label_shared_by_two_controls_is_ambiguous() {
    let dir = locales_copy("ambiguous");
    // The gear and Help carry the same label in en-US.
    edit(
        &dir,
        "en-US/portal.ftl",
        "portal-suite-help = Help",
        "portal-suite-help = Settings",
    );
    let r = run(&[create()], &Localizer::from_dir(&dir).unwrap());
    let f = find(
        &r,
        "app-password-create",
        2,
        Some("en-US"),
        "ambiguous-target",
    );
    assert_eq!(f.len(), 1, "{:#?}", r.findings);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_goal_that_does_not_hold_is_an_error() {
    let mut s = create();
    s.steps.truncate(7);
    let r = run(&[s], &Localizer::embedded().unwrap());
    assert!(
        errors(&r).contains(&(None, None, "goal-not-met")),
        "{:?}",
        errors(&r)
    );
}

#[test]
fn a_goal_that_does_not_name_the_app_password_the_script_creates_is_an_error() {
    // The goal only asks for the mail app to be connected: the app password
    // the script creates is one the procedure does not name.
    let mut s = create();
    s.goal.app_password_named = None;
    s.goal.mail_connected_with = None;
    let r = run(&[s], &Localizer::embedded().unwrap());
    let conditions: Vec<&str> = r
        .findings
        .iter()
        .filter_map(|f| match &f.kind {
            Kind::GoalNotMet { condition } => Some(condition.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        conditions,
        [r#"(implied) no other app password created = ["Outlook desktop"]"#]
    );
}

#[test]
fn a_later_label_inside_the_steps_own_label_is_not_named_but_one_beside_it_is() {
    let create_2016 = || {
        let lib = walkthrough_scenario::Library::embedded().unwrap();
        lib.get("app-password-create-2016").unwrap().clone()
    };
    // As shipped, "Create and manage app passwords" holds step 6's "Create".
    let r = run(&[create_2016()], &Localizer::embedded().unwrap());
    let at_5 = find(
        &r,
        "app-password-create-2016",
        5,
        Some("en-US"),
        "names-later-target",
    );
    assert!(at_5.is_empty(), "{:#?}", r.findings);
    // Said again outside the link's label, it is step 6's instruction given twice.
    let dir = locales_copy("later-inside-own");
    edit(
        &dir,
        "en-US/app-password-create-2016.ftl",
        "select **Create and manage app passwords**.",
        "select **Create and manage app passwords**, then Create.",
    );
    let r = run(&[create_2016()], &Localizer::from_dir(&dir).unwrap());
    let at_5 = find(
        &r,
        "app-password-create-2016",
        5,
        Some("en-US"),
        "names-later-target",
    );
    assert_eq!(at_5.len(), 1, "{:#?}", r.findings);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_finding_of_a_2016_procedure_names_its_elements_by_the_2016_labels() {
    let mut s = scenarios()
        .into_iter()
        .find(|s| s.id == "app-password-create-2016")
        .unwrap();
    // Security & privacy and Additional security verification swapped: the
    // link is not on the settings page, Security & privacy brings it.
    s.steps.swap(2, 3);
    let l10n = Localizer::embedded().unwrap();
    let r = run(&[s], &l10n);
    let f = r
        .findings
        .iter()
        .find(|f| f.kind.code() == "target-not-on-screen")
        .unwrap();
    assert_eq!(
        f.kind,
        Kind::TargetNotOnScreen {
            element: "security.asv".into(),
            screen: "settings".into(),
            first_click: Some("nav.security-privacy".into())
        }
    );
    // The text names them as the 2016 portal labels them, in each language
    // (not by id, as a label missing from the 2015 catalogue would be).
    let text = r.render_text(&l10n, &en(), false);
    assert!(
        text.contains("acts on “Additional security verification” (security.asv)"),
        "{text}"
    );
    assert!(text.contains("Click “Security & privacy” first"), "{text}");
    let text = r.render_text(&l10n, &ja(), false);
    assert!(
        text.contains("先に「セキュリティとプライバシー」をクリック"),
        "{text}"
    );
}

#[test]
fn a_later_label_inside_a_misquote_of_the_steps_own_label_is_not_named() {
    let create_2016 = || {
        let lib = walkthrough_scenario::Library::embedded().unwrap();
        lib.get("app-password-create-2016").unwrap().clone()
    };
    // The link's label given singular, quoted and unquoted: "Create" inside
    // it is not step 6's instruction, and a misquote stays a misquote.
    for (name, written) in [
        (
            "later-in-misquote",
            "select “Create and manage app password”.",
        ),
        (
            "later-in-near-miss",
            "select Create and manage app password.",
        ),
    ] {
        let dir = locales_copy(name);
        edit(
            &dir,
            "en-US/app-password-create-2016.ftl",
            "select **Create and manage app passwords**.",
            written,
        );
        let r = run(&[create_2016()], &Localizer::from_dir(&dir).unwrap());
        let at_5 = find(
            &r,
            "app-password-create-2016",
            5,
            Some("en-US"),
            "names-later-target",
        );
        assert!(at_5.is_empty(), "{written}: {:#?}", r.findings);
        std::fs::remove_dir_all(dir).unwrap();
    }
    // The misquote itself is still reported.
    let dir = locales_copy("later-in-misquote-reported");
    edit(
        &dir,
        "en-US/app-password-create-2016.ftl",
        "select **Create and manage app passwords**.",
        "select “Create and manage app password”.",
    );
    let r = run(&[create_2016()], &Localizer::from_dir(&dir).unwrap());
    let quote = find(
        &r,
        "app-password-create-2016",
        5,
        Some("en-US"),
        "quote-not-a-label",
    );
    assert_eq!(quote.len(), 1, "{:#?}", r.findings);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_control_named_by_its_pages_heading_is_not_a_label() {
    let create_2016 = || {
        let lib = walkthrough_scenario::Library::embedded().unwrap();
        lib.get("app-password-create-2016").unwrap().clone()
    };
    // The 2016 gear pane lists “Office 365”; “Office 365 settings” is the
    // heading of the page it opens, not a control.
    let dir = locales_copy("named-by-heading");
    edit(
        &dir,
        "en-US/app-password-create-2016.ftl",
        "then **Office 365** under My app settings.",
        "then choose Office 365 settings.",
    );
    let r = run(&[create_2016()], &Localizer::from_dir(&dir).unwrap());
    let at_2 = find(
        &r,
        "app-password-create-2016",
        2,
        Some("en-US"),
        "name-not-a-label",
    );
    assert!(
        matches!(&at_2[..], [f] if matches!(&f.kind, Kind::NameNotALabel { words, nearest: Some(n) } if words == "Office 365 settings" && n.label == "Office 365")),
        "{:#?}",
        r.findings
    );
    std::fs::remove_dir_all(dir).unwrap();
    // A label followed by a word of the sentence is still the label: “the
    // Settings gear” names Settings.
    let dir = locales_copy("label-and-a-word");
    edit(
        &dir,
        "en-US/app-password-create-2016.ftl",
        "select the gear (Settings), then",
        "select the Settings gear, then",
    );
    let r = run(&[create_2016()], &Localizer::from_dir(&dir).unwrap());
    let at_2 = find(
        &r,
        "app-password-create-2016",
        2,
        Some("en-US"),
        "name-not-a-label",
    );
    assert!(at_2.is_empty(), "{:#?}", r.findings);
    std::fs::remove_dir_all(dir).unwrap();
}
