//! The shipped scenarios against their locales: no errors, and the warnings are
//! exactly the source article's real defects — one test each.
#![allow(clippy::unwrap_used)]

mod common;
use common::*;
use walkthrough_check::{Kind, Named, Severity};
use walkthrough_i18n::Localizer;

fn report() -> walkthrough_check::Report {
    run(&scenarios(), &Localizer::embedded().unwrap())
}

const CREATE: &str = "app-password-create";
const DELETE: &str = "app-password-delete";

#[test]
fn the_shipped_scenarios_have_no_errors() {
    let r = report();
    let errors: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(r.exit_code(false), 0);
    assert_eq!(r.exit_code(true), 1);
}

#[test]
fn the_warnings_are_exactly_the_articles_defects() {
    let r = report();
    let both = |s: &str, n: usize, code: &'static str| {
        vec![
            (s.to_owned(), Some(n), Some("en-US".to_owned()), code),
            (s.to_owned(), Some(n), Some("ja-JP".to_owned()), code),
        ]
    };
    let mut want = Vec::new();
    want.extend(both(CREATE, 2, "unmentioned-action"));
    want.extend(both(CREATE, 5, "stray-characters"));
    want.push((DELETE.to_owned(), Some(3), None, "location-mismatch"));
    want.extend(both(DELETE, 3, "quote-not-a-label"));
    want.extend(both(DELETE, 3, "names-later-target"));
    want.extend(both(DELETE, 3, "stray-characters"));
    want.extend(both(DELETE, 5, "stray-characters"));
    // Step 7 only describes the pop-up: a step to read, no finding.
    // The machine-translated article quotes the Next button as 「次」; the
    // product says 「次へ」.
    want.push((
        CREATE.to_owned(),
        Some(7),
        Some("ja-JP".to_owned()),
        "quote-not-a-label",
    ));
    let mut got = keys(&r);
    got.sort();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn create_step_2_never_mentions_office_365_settings() {
    let r = report();
    for (locale, label) in [
        ("ja-JP", "Office 365 の設定"),
        ("en-US", "Office 365 settings"),
    ] {
        let f = find(&r, CREATE, 2, Some(locale), "unmentioned-action");
        assert_eq!(f.len(), 1, "{locale}");
        assert_eq!(
            f[0].kind,
            Kind::UnmentionedAction {
                target: Named {
                    element: "settings-menu.office365-settings".into(),
                    label: label.into()
                },
                first: false
            }
        );
    }
}

#[test]
fn delete_step_3_quotes_the_link_the_other_way() {
    let r = report();
    let f = find(&r, DELETE, 3, Some("ja-JP"), "quote-not-a-label");
    assert_eq!(
        f[0].kind,
        Kind::QuoteNotALabel {
            quote: "アカウントのセキュリティを使用して電話番号を更新".into(),
            nearest: Some(Named {
                element: "asv.update-phone-numbers".into(),
                label: "アカウントのセキュリティに使用される電話番号を更新".into()
            })
        }
    );
    let f = find(&r, DELETE, 3, Some("en-US"), "quote-not-a-label");
    assert!(
        matches!(&f[0].kind, Kind::QuoteNotALabel { quote, .. } if quote == "Update my phone numbers using account security")
    );
    // Step 4 of both procedures quotes the portal's own label: no finding.
    assert!(find(&r, DELETE, 4, Some("ja-JP"), "quote-not-a-label").is_empty());
    assert!(find(&r, CREATE, 4, Some("ja-JP"), "quote-not-a-label").is_empty());
}

#[test]
fn delete_step_3_says_bottom_for_a_navigation_on_the_left() {
    let r = report();
    let f = find(&r, DELETE, 3, None, "location-mismatch");
    assert_eq!(
        f[0].kind,
        Kind::LocationMismatch {
            claimed: "bottom".into(),
            words: vec!["At the bottom".into(), "下部".into()],
            actual: "left".into(),
            element: "nav.additional-security-verification".into()
        }
    );
    // Create step 3 says "left" for the same element: no finding.
    assert!(find(&r, CREATE, 3, None, "location-mismatch").is_empty());
}

#[test]
fn delete_step_3_gives_the_instruction_of_step_4_too() {
    let r = report();
    for locale in ["ja-JP", "en-US"] {
        let f = find(&r, DELETE, 3, Some(locale), "names-later-target");
        assert!(
            matches!(&f[0].kind, Kind::NamesLaterTarget { later_step: 4, target, .. } if target.element == "asv.update-phone-numbers"),
            "{locale}: {f:?}"
        );
    }
}

#[test]
fn delete_step_3_ends_with_a_stray_3() {
    let r = report();
    for locale in ["ja-JP", "en-US"] {
        let f = find(&r, DELETE, 3, Some(locale), "stray-characters");
        assert_eq!(
            f[0].kind,
            Kind::StrayCharacters {
                snippet: ".3".into()
            },
            "{locale}"
        );
    }
}

#[test]
fn both_step_5s_leave_a_bracket_open() {
    let r = report();
    for scenario in [CREATE, DELETE] {
        for locale in ["ja-JP", "en-US"] {
            let f = find(&r, scenario, 5, Some(locale), "stray-characters");
            assert_eq!(
                f[0].kind,
                Kind::StrayCharacters {
                    snippet: "[".into()
                },
                "{scenario} {locale}"
            );
        }
    }
}

#[test]
fn delete_step_7_only_describes_the_pop_up_and_is_a_step_to_read() {
    // "A pop-up appears asking you to confirm the deletion.": a step that
    // describes is fine as it is; it changes nothing because it asks nothing.
    let r = report();
    assert!(find(&r, DELETE, 7, None, "changes-nothing").is_empty());
    assert!(r
        .findings
        .iter()
        .all(|f| !(f.scenario == DELETE && f.step == Some(7))));
}

#[test]
fn the_seeds_next_is_not_the_products() {
    let r = report();
    let f = find(&r, CREATE, 7, Some("ja-JP"), "quote-not-a-label");
    assert_eq!(f.len(), 1);
    assert!(
        matches!(&f[0].kind, Kind::QuoteNotALabel { quote, nearest: Some(n) }
            if quote == "次" && n.label == "次へ"),
        "{f:#?}"
    );
}

#[test]
fn the_text_report_groups_by_scenario_and_step() {
    let l10n = Localizer::embedded().unwrap();
    let r = run(&scenarios(), &l10n);
    let text = r.render_text(&l10n, &en(), false);
    assert!(
        text.starts_with(
            "app-password-create — To create an app password in the Office 365 portal\n"
        ),
        "{text}"
    );
    assert!(text.contains("  Step 3 (additional-security-verification)\n    warning [location-mismatch] The text says “At the bottom / 下部”, but “Additional security verification” is at “left”.\n      fix: Say “left” instead of “At the bottom / 下部”.\n"), "{text}");
    assert!(text.trim_end().ends_with("0 errors, 14 warnings"), "{text}");
    assert!(!text.contains('\u{1b}'), "no colour unless asked");
    assert!(r.render_text(&l10n, &en(), true).contains('\u{1b}'));
    let ja_text = r.render_text(&l10n, &ja(), false);
    assert!(ja_text.contains("エラー 0 件、警告 14 件"), "{ja_text}");
}

#[test]
fn the_json_report_follows_its_schema() {
    let l10n = Localizer::embedded().unwrap();
    let r = run(&scenarios(), &l10n);
    let doc: serde_json::Value = serde_json::from_str(&r.to_json(&l10n, &en())).unwrap();
    assert_eq!(doc["schema"], "walkthrough-check/1");
    assert_eq!(doc["locales"], serde_json::json!(["en-US", "ja-JP"]));
    assert_eq!(
        doc["summary"],
        serde_json::json!({"errors": 0, "warnings": 14})
    );
    let f = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "location-mismatch")
        .unwrap();
    assert_eq!(f["scenario"], DELETE);
    assert_eq!(f["step"], 3);
    assert_eq!(f["step_id"], "additional-security-verification");
    assert_eq!(f["locale"], serde_json::Value::Null);
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["claimed"], "bottom");
    assert!(f["message"].as_str().unwrap().contains("bottom"));
    assert!(f["fix"].as_str().unwrap().starts_with("Say"));
}

#[test]
fn the_pseudo_locale_has_the_same_findings_as_english() {
    let l10n = Localizer::embedded().unwrap();
    let xa: unic_langid::LanguageIdentifier = "en-XA".parse().unwrap();
    let codes = |locale: &unic_langid::LanguageIdentifier| {
        let r = walkthrough_check::check(
            &scenarios(),
            &l10n,
            std::slice::from_ref(locale),
            &options(),
        )
        .unwrap();
        let mut k: Vec<(String, Option<usize>, &'static str)> = r
            .findings
            .iter()
            .map(|f| (f.scenario.clone(), f.step, f.kind.code()))
            .collect();
        k.sort();
        k
    };
    assert_eq!(codes(&xa), codes(&en()));
}

#[test]
fn the_2016_scenarios_are_clean_in_every_locale() {
    let r = report();
    for id in ["app-password-create-2016", "app-password-delete-2016"] {
        let found: Vec<_> = r.findings.iter().filter(|f| f.scenario == id).collect();
        assert!(found.is_empty(), "{id}: {found:#?}");
    }
}
