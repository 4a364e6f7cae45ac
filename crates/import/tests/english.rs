//! An article written in English for the same procedures (Markdown lists,
//! images between steps) imports to the same actions and the same defects.
#![allow(clippy::unwrap_used)]

mod common;
use common::*;
use walkthrough_import::{verify, Article, LanguageSource, Layer};

const SHIPPED: [&str; 2] = ["app-password-create", "app-password-delete"];

fn text() -> String {
    std::fs::read_to_string(fixture("app-passwords.en-US.md")).unwrap()
}

#[test]
fn english_is_found_by_the_labels_it_names() {
    let article = Article::parse(&text()).unwrap();
    // Even where the environment asks for Japanese.
    let (locale, how) =
        walkthrough_import::choose_language(&article, &l10n(), None, &lang("ja-JP")).unwrap();
    assert_eq!((locale, how), (lang("en-US"), LanguageSource::Labels));
}

#[test]
fn the_english_article_imports_to_the_shipped_actions() {
    let drafts = import(&text(), None).unwrap();
    let ids: Vec<&str> = drafts.drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["create-app-password", "delete-app-password"]);
    let l = l10n();
    let en = lang("en-US");
    for (draft, id) in drafts.drafts.iter().zip(SHIPPED) {
        let (mine, theirs) = (scenario(draft), shipped(id));
        assert_eq!(draft.title, l.format(&en, &theirs.title, &[]));
        assert_eq!(mine.steps.len(), 8);
        for (n, (a, b)) in mine.steps.iter().zip(&theirs.steps).enumerate() {
            assert_eq!(a.actions, b.actions, "{id} step {}", n + 1);
            assert_eq!(a.expect, b.expect, "{id} step {}", n + 1);
            assert_eq!(
                draft.steps[n].text,
                l.format(&en, &theirs.step_text_id(b), &[]),
                "{id} step {}",
                n + 1
            );
        }
        assert_eq!(mine.goal, theirs.goal);
    }
}

#[test]
fn the_check_finds_the_same_defects_in_english() {
    let l = l10n();
    let drafts = import(&text(), None).unwrap();
    let verified = verify(&drafts.drafts, Layer::Embedded, &l, &options()).unwrap();
    let shipped_report =
        walkthrough_check::check(&SHIPPED.map(shipped), &l, &[lang("en-US")], &options()).unwrap();
    for (draft, id) in drafts.drafts.iter().zip(SHIPPED) {
        assert_eq!(
            keys(&verified.report, &draft.id),
            keys(&shipped_report, id),
            "{id}"
        );
    }
    // Not two empty reports: the English article's own misplaced link.
    let delete = keys(&verified.report, "delete-app-password");
    assert!(
        delete.contains(&(Some(3), "location-mismatch")),
        "{delete:?}"
    );
}

#[test]
fn the_language_can_be_asked_for_or_tagged() {
    // ms.locale names the article's language.
    let tagged = text().replace("ms.topic=\"article\"", "ms.locale=\"en-us\"");
    let article = Article::parse(&tagged).unwrap();
    let (locale, how) =
        walkthrough_import::choose_language(&article, &l10n(), None, &lang("ja-JP")).unwrap();
    assert_eq!((locale, how), (lang("en-US"), LanguageSource::Tag));
    // Read as Japanese on purpose, nothing in it is a Japanese label.
    assert!(matches!(
        import(&text(), Some("ja")),
        Err(walkthrough_import::ImportError::NotAProcedure { .. })
    ));
}
