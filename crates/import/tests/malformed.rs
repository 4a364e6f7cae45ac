//! Articles that are not what the importer hopes for: each gets a clear
//! error, or a draft that marks what it could not resolve.
#![allow(clippy::unwrap_used)]

mod common;
use common::*;
use walkthrough_import::{
    Article, ArticleError, ImportError, LanguageSource, Note, StepStatus, Unresolved,
};
use walkthrough_scenario::ScriptAction;

fn click(id: &str) -> ScriptAction {
    ScriptAction::Click(id.into())
}

#[test]
fn an_empty_file_is_an_error() {
    assert_eq!(Article::parse(""), Err(ArticleError::Empty));
    assert_eq!(Article::from_bytes(b"  \n\t\n"), Err(ArticleError::Empty));
    assert!(matches!(import("", None), Err(ImportError::Empty { .. })));
}

#[test]
fn binary_data_is_an_error() {
    let png = [
        0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n', 0, 0, 0, 13,
    ];
    assert_eq!(Article::from_bytes(&png), Err(ArticleError::Binary));
    // Shift_JIS is not UTF-8.
    assert_eq!(
        Article::from_bytes(&[0x83, 0x54, 0x83, 0x43]),
        Err(ArticleError::Binary)
    );
    assert_eq!(Article::parse("1. a\u{7}b"), Err(ArticleError::Binary));
}

#[test]
fn an_article_without_numbered_steps_is_an_error() {
    let text = "# Office 365\n\nSome words about app passwords.\n\n- Sign in\n- Select **Create**\n\n<ul><li>Select the gear</li></ul>\n";
    assert_eq!(Article::parse(text), Err(ArticleError::NoSteps));
    assert!(matches!(
        import(text, None),
        Err(ImportError::NoSteps { .. })
    ));
}

#[test]
fn steps_that_name_nothing_in_the_portal_are_not_a_procedure() {
    let text = "## To make tea\n\n1. Boil water.\n2. Wait three minutes.\n3. Pour.\n";
    assert!(matches!(
        import(text, None),
        Err(ImportError::NotAProcedure { .. })
    ));
}

#[test]
fn a_step_with_no_label_is_marked_unresolved_and_the_rest_goes_on() {
    let text = "## Create\n\n1. Sign in to the Office 365 portal\n2. Take a deep breath.\n3. Select the settings widget in the upper-right corner.\n";
    let drafts = import(text, None).unwrap();
    let d = &drafts.drafts[0];
    assert_eq!(d.resolved(), 2);
    assert!(matches!(
        &d.steps[1].status,
        StepStatus::Unresolved(Unresolved::NothingNamed { screen }) if screen == "Office 365"
    ));
    assert!(d.steps[1].actions.is_empty());
    assert_eq!(d.steps[1].id, "step-2");
    assert_eq!(d.steps[2].actions, [click("suite.settings")]);
    let l = l10n();
    let toml = d.toml(&l, &lang("en-US"));
    assert!(
        toml.contains("# 2. Take a deep breath.\n# UNRESOLVED: the text names nothing on or near the screen “Office 365”\n[[step]]\nid = \"step-2\"\ndo = []\n"),
        "{toml}"
    );
    // Still a valid scenario a person can finish by hand.
    assert_eq!(scenario(d).steps.len(), 3);
}

#[test]
fn unclosed_html_lists_and_items_are_read_to_the_next_item_or_heading() {
    let text = "## Delete\n\n<ol>\n<li>Sign in to the Office 365 portal\n<li>In the upper-right corner, select the widget, and select Office 365 settings\n\n![x](y.png)\n\n<li>On the left, click <b>Additional security verification</b>\n\n## Next heading\n\nWords.\n";
    let drafts = import(text, None).unwrap();
    let d = &drafts.drafts[0];
    let texts: Vec<&str> = d.steps.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Sign in to the Office 365 portal",
            "In the upper-right corner, select the widget, and select Office 365 settings",
            "On the left, click **Additional security verification**"
        ]
    );
    assert_eq!(d.resolved(), 3);
    assert_eq!(
        d.steps[2].actions,
        [click("nav.additional-security-verification")]
    );
}

#[test]
fn empty_items_are_left_out_and_reported() {
    let text = "## Create\n\n1. Sign in to the Office 365 portal\n2.\n3. Select the settings widget in the upper-right corner.\n\n<ol><li></li></ol>\n";
    let drafts = import(text, None).unwrap();
    assert_eq!(drafts.empty_steps, [4, 7]);
    assert_eq!(drafts.drafts[0].steps.len(), 2);
}

#[test]
fn a_label_two_controls_carry_is_ambiguous_unless_the_location_says_which() {
    let text = "## Mail\n\n1. Sign in to the Office 365 portal\n2. Select **Mail**.\n";
    let d = &import(text, None).unwrap().drafts[0];
    assert!(matches!(
        &d.steps[1].status,
        StepStatus::Unresolved(Unresolved::Ambiguous { label, elements })
            if label == "Mail" && elements == &["home.tile.mail", "taskbar.mail"]
    ));
    let text =
        "## Mail\n\n1. Sign in to the Office 365 portal\n2. On the taskbar, select **Mail**.\n";
    let d = &import(text, None).unwrap().drafts[0];
    assert_eq!(d.steps[1].actions, [click("taskbar.mail")]);
    assert_eq!(d.steps[1].status, StepStatus::Resolved);
}

#[test]
fn a_quoted_label_out_of_reach_is_unresolved() {
    let text = "## Create\n\n1. Sign in to the Office 365 portal\n2. Click **Create**\n";
    let d = &import(text, None).unwrap().drafts[0];
    assert!(matches!(
        &d.steps[1].status,
        StepStatus::Unresolved(Unresolved::Unreachable { label, .. }) if label == "Create"
    ));
}

#[test]
fn a_sign_in_the_text_leaves_out_is_added_and_noted() {
    let text = "## Settings\n\n1. Select the settings widget in the upper-right corner.\n";
    let d = &import(text, None).unwrap().drafts[0];
    assert_eq!(d.steps[0].notes[0], Note::SignInAdded);
    assert_eq!(d.steps[0].actions.len(), 6);
    assert_eq!(d.steps[0].actions[5], click("suite.settings"));
}

#[test]
fn a_language_without_portal_labels_is_an_error() {
    let korean = "## 앱 암호\n\n1. Office 365 포털에 로그인\n";
    assert!(matches!(
        import(korean, None),
        Err(ImportError::UnknownLanguage { lang, .. }) if lang == "ko"
    ));
    let tagged = "<tags ms.locale=\"fr-fr\"/>\n\n1. Sign in to the Office 365 portal\n";
    assert!(matches!(
        import(tagged, None),
        Err(ImportError::UnknownLanguage { lang, .. }) if lang == "fr-fr"
    ));
    let plain = "1. Sign in to the Office 365 portal\n";
    assert!(matches!(
        import(plain, Some("fr-FR")),
        Err(ImportError::UnknownLanguage { lang, available }) if lang == "fr-FR" && available.contains(&"ja-JP".to_owned())
    ));
    // A language with labels is taken in any form.
    let article = Article::parse(plain).unwrap();
    let (locale, how) =
        walkthrough_import::choose_language(&article, &l10n(), Some("en"), &lang("ja-JP")).unwrap();
    assert_eq!((locale, how), (lang("en-US"), LanguageSource::Flag));
}

#[test]
fn errors_are_told_in_the_persons_language() {
    let l = l10n();
    let e = import("", None).unwrap_err();
    assert_eq!(e.render(&l, &lang("en-US")), "article.md is empty.");
    assert_eq!(e.render(&l, &lang("ja-JP")), "article.md は空です。");
}

#[test]
fn step_texts_with_fluent_syntax_load_word_for_word() {
    let text = "## Braces\n\n1. [Sign in] to the Office 365 portal {now}\n2. *Select* the settings widget in the upper-right corner. }{\n3. .On the left, select Additional security verification\n";
    let drafts = import(text, None).unwrap();
    let l = l10n();
    let verified = walkthrough_import::verify(
        &drafts.drafts,
        walkthrough_import::Layer::Embedded,
        &l,
        &options(),
    )
    .unwrap();
    let d = &drafts.drafts[0];
    assert_eq!(d.resolved(), 3);
    for s in &d.steps {
        let id = [d.id.as_str(), "-", &s.id].concat();
        assert_eq!(verified.localizer.format(&lang("en-US"), &id, &[]), s.text);
    }
}

/// A small deterministic generator, for articles no one would write.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

#[test]
fn no_article_makes_it_panic() {
    let seed = std::fs::read_to_string(seed_path()).unwrap();
    // Every cut of the seed article, on character boundaries.
    let cuts: Vec<usize> = seed.char_indices().map(|(i, _)| i).step_by(97).collect();
    for cut in cuts {
        let _ = import(&seed[..cut], None);
    }
    // Random mixtures of the pieces articles are made of.
    const PIECES: [&str; 24] = [
        "<ol>",
        "</ol>",
        "<li>",
        "</li>",
        "<ul>",
        "\n",
        "\n\n",
        "## ",
        "1. ",
        "3. ",
        "**",
        "[",
        "]",
        "「",
        "」",
        "&amp;",
        "&#x41;",
        "&#99999999;",
        "<b>",
        "右上隅の設定",
        "Create",
        "Sign in",
        "![x](y)",
        "<properties a=\"b",
    ];
    let mut rng = Lcg(2015);
    for _ in 0..120 {
        let text: String = (0..rng.next(40))
            .map(|_| PIECES[rng.next(PIECES.len())])
            .collect();
        let _ = import(&text, None);
        let _ = import(&text, Some("ja-JP"));
    }
}

#[test]
fn a_script_of_its_own_decides_the_article_language_over_lang() {
    // `--lang en-US` asks for English messages; the kana say the article is Japanese.
    let article =
        Article::parse("1. Office 365 にサインインします。\n2. [次へ] をクリックします。\n")
            .unwrap();
    let (locale, how) =
        walkthrough_import::choose_language(&article, &l10n(), Some("en-US"), &lang("en-US"))
            .unwrap();
    assert_eq!(
        (locale, how),
        (lang("ja-JP"), LanguageSource::ScriptNotFlag)
    );
    // A Latin-script article is read in the language --lang names.
    let article = Article::parse("1. Sign in to the Office 365 portal\n").unwrap();
    let (locale, how) =
        walkthrough_import::choose_language(&article, &l10n(), Some("ja-JP"), &lang("ja-JP"))
            .unwrap();
    assert_eq!((locale, how), (lang("ja-JP"), LanguageSource::Flag));
}
