//! The source article imports as the shipped scripts: two procedures of eight
//! steps, the same actions, the same texts, and the same defects found.
#![allow(clippy::unwrap_used)]

mod common;
use common::*;
use walkthrough_check::check;
use walkthrough_import::{verify, Drafts, Layer, Note, StepStatus};
use walkthrough_scenario::Location;

const SHIPPED: [&str; 2] = ["app-password-create", "app-password-delete"];

fn seed() -> Drafts {
    let text = std::fs::read_to_string(seed_path()).unwrap();
    import(&text, None).unwrap()
}

#[test]
fn the_seed_is_read_as_japanese_from_its_script() {
    let text = std::fs::read_to_string(seed_path()).unwrap();
    let article = walkthrough_import::Article::parse(&text).unwrap();
    assert_eq!(
        article.property("pageTitle"),
        Some(
            "Azure Multi-Factor Authentication のアプリ パスワードを Office 365 ポータルで作成する"
        )
    );
    let (locale, how) =
        walkthrough_import::choose_language(&article, &l10n(), None, &lang("en-US")).unwrap();
    assert_eq!(
        (locale, how),
        (lang("ja-JP"), walkthrough_import::LanguageSource::Script)
    );
}

#[test]
fn two_procedures_of_eight_steps_with_the_shipped_scripts_actions() {
    let drafts = seed();
    assert!(drafts.skipped.is_empty() && drafts.empty_steps.is_empty());
    assert_eq!(drafts.drafts.len(), 2);
    for (draft, id) in drafts.drafts.iter().zip(SHIPPED) {
        let (mine, theirs) = (scenario(draft), shipped(id));
        assert_eq!(mine.steps.len(), 8, "{id}");
        assert_eq!(draft.resolved(), 8, "{id}");
        for (n, (a, b)) in mine.steps.iter().zip(&theirs.steps).enumerate() {
            assert_eq!(a.actions, b.actions, "{id} step {}", n + 1);
            assert_eq!(a.expect, b.expect, "{id} step {}", n + 1);
            // `where` comes from the text's location words; the shipped
            // scripts also say `dialog` where the text says nothing.
            match a.location {
                Some(l) => assert_eq!(Some(l), b.location, "{id} step {}", n + 1),
                None => assert!(matches!(b.location, None | Some(Location::Dialog))),
            }
        }
        assert_eq!(mine.fixture, theirs.fixture, "{id}");
        assert_eq!(mine.params, theirs.params, "{id}");
        assert_eq!(mine.goal, theirs.goal, "{id}");
    }
}

#[test]
fn the_step_texts_and_titles_are_the_articles_words_as_written() {
    let l = l10n();
    let ja = lang("ja-JP");
    for (draft, id) in seed().drafts.iter().zip(SHIPPED) {
        let theirs = shipped(id);
        assert_eq!(draft.title, l.format(&ja, &theirs.title, &[]));
        for (mine, step) in draft.steps.iter().zip(&theirs.steps) {
            assert_eq!(mine.text, l.format(&ja, &theirs.step_text_id(step), &[]));
        }
    }
}

#[test]
fn readable_ids_from_the_heading_and_the_elements() {
    let drafts = seed();
    let ids: Vec<(&str, Vec<&str>)> = drafts
        .drafts
        .iter()
        .map(|d| {
            (
                d.id.as_str(),
                d.steps.iter().map(|s| s.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        ids,
        [
            (
                "app-passwords-create",
                vec![
                    "sign-in",
                    "settings",
                    "additional-security-verification",
                    "update-phone-numbers",
                    "app-passwords",
                    "create",
                    "name",
                    "copy"
                ]
            ),
            (
                "app-passwords-delete",
                vec![
                    "sign-in",
                    "settings",
                    "additional-security-verification",
                    "update-phone-numbers",
                    "app-passwords",
                    "delete",
                    "delete-confirmation",
                    "yes"
                ]
            )
        ]
    );
}

#[test]
fn what_the_text_does_not_say_is_noted() {
    let drafts = seed();
    let (create, delete) = (&drafts.drafts[0], &drafts.drafts[1]);
    // Create step 2 gets "Office 365 settings" because step 3 needs it.
    assert!(matches!(
        create.steps[1].notes.as_slice(),
        [Note::ForNext { labels, next: 3 }] if labels == &["Office 365 の設定"]
    ));
    // Delete step 3: the wrong location, the misquote, and step 4's link left to it.
    let notes = &delete.steps[2].notes;
    assert!(notes.contains(&Note::Location {
        claimed: Location::Bottom,
        words: "下部".into(),
        actual: Location::Left,
        label: "追加のセキュリティ確認".into()
    }));
    assert!(notes.contains(&Note::NearQuote {
        quote: "アカウントのセキュリティを使用して電話番号を更新".into(),
        label: "アカウントのセキュリティに使用される電話番号を更新".into()
    }));
    assert!(notes
        .iter()
        .any(|n| matches!(n, Note::LeftToNext { next: 4, .. })));
    assert_eq!(delete.steps[6].status, StepStatus::Describes);
}

#[test]
fn the_check_of_the_drafts_finds_the_articles_defects() {
    let l = l10n();
    let drafts = seed();
    let verified = verify(&drafts.drafts, Layer::Embedded, &l, &options()).unwrap();
    assert_eq!(
        verified.report.errors(),
        0,
        "{:#?}",
        verified.report.findings
    );
    let shipped_report = check(
        SHIPPED.map(shipped).as_ref(),
        &l,
        &[lang("ja-JP")],
        &options(),
    )
    .unwrap();
    for (draft, id) in drafts.drafts.iter().zip(SHIPPED) {
        assert_eq!(
            keys(&verified.report, &draft.id),
            keys(&shipped_report, id),
            "{id}"
        );
    }
    let want = |s: usize, code: &'static str| (Some(s), code);
    let create = keys(&verified.report, "app-passwords-create");
    assert!(create.contains(&want(2, "unmentioned-action")));
    let delete = keys(&verified.report, "app-passwords-delete");
    for code in [
        "location-mismatch",
        "quote-not-a-label",
        "names-later-target",
        "stray-characters",
    ] {
        assert!(delete.contains(&want(3, code)), "{code}");
    }
    let stray: Vec<_> = verified
        .report
        .findings
        .iter()
        .filter(|f| f.step == Some(3) && f.kind.code() == "stray-characters")
        .map(|f| f.kind.clone())
        .collect();
    assert_eq!(
        stray,
        [walkthrough_check::Kind::StrayCharacters {
            snippet: ".3".into()
        }]
    );
    // The drafts' texts load with the shipped locales, word for word.
    let ja = lang("ja-JP");
    for d in &drafts.drafts {
        for s in &d.steps {
            let id = [d.id.as_str(), "-", &s.id].concat();
            assert_eq!(verified.localizer.format(&ja, &id, &[]), s.text);
            assert!(verified.localizer.has_attr(&ja, &id, "hint"));
        }
    }
}

#[test]
fn the_written_files_are_a_scenario_folder_and_a_locale_folder() {
    let l = l10n();
    let dir = TempDir::new("seed-files");
    let drafts = seed();
    let written =
        walkthrough_import::write(&drafts.drafts, &dir.0, &l, &lang("en-US"), false).unwrap();
    let names: Vec<String> = written
        .iter()
        .map(|p| p.strip_prefix(&dir.0).unwrap().display().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "app-passwords-create.toml",
            "ja-JP/app-passwords-create.ftl",
            "app-passwords-delete.toml",
            "ja-JP/app-passwords-delete.ftl"
        ]
    );
    let library = walkthrough_scenario::Library::from_dir(&dir.0).unwrap();
    let ids: Vec<&str> = library.scenarios().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["app-passwords-create", "app-passwords-delete"]);
    // A second import does not overwrite them, unless forced.
    let again = walkthrough_import::write(&drafts.drafts, &dir.0, &l, &lang("en-US"), false);
    assert!(matches!(
        again,
        Err(walkthrough_import::ImportError::Exists { .. })
    ));
    let forced =
        walkthrough_import::write(&drafts.drafts, &dir.0, &l, &lang("en-US"), true).unwrap();
    assert_eq!(forced, written);
}
