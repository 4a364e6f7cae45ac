//! The shipped locales: parity, coverage, the article's words, negotiation,
//! the pseudo-locale, fallback, plurals, and errors in broken files.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::{Arg, FtlErrorKind, I18nError, Localizer, Note};

fn l10n() -> Localizer {
    Localizer::embedded().unwrap()
}

fn lang(s: &str) -> LanguageIdentifier {
    s.parse().unwrap()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A fresh folder under the temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("wt-i18n-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, path: &str, text: &str) -> &TempDir {
        let path = self.0.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The two procedures of the article and their steps, as the issue lists them.
const STEPS: [(&str, [&str; 8]); 2] = [
    (
        "app-password-create",
        [
            "sign-in",
            "open-settings",
            "additional-security-verification",
            "update-phone-numbers",
            "app-passwords-tab",
            "create",
            "name",
            "copy-paste",
        ],
    ),
    (
        "app-password-delete",
        [
            "sign-in",
            "open-settings",
            "additional-security-verification",
            "update-phone-numbers",
            "app-passwords-tab",
            "delete",
            "confirmation",
            "yes",
        ],
    ),
];

#[test]
fn the_embedded_locales_are_en_us_ja_jp_and_the_pseudo_locale() {
    let l = l10n();
    let ids: Vec<String> = l.available().iter().map(ToString::to_string).collect();
    assert!(
        ids.contains(&"en-US".to_owned()) && ids.contains(&"ja-JP".to_owned()),
        "{ids:?}"
    );
    assert_eq!(
        ids.last().map(String::as_str),
        Some("en-XA"),
        "the pseudo-locale comes last"
    );
    assert_eq!(l.real().len(), ids.len() - 1);
    assert!(!l.real().contains(&lang("en-XA")));
    assert!(l.is_pseudo(&lang("en-XA")));
    assert!(!l.is_pseudo(&lang("ja-JP")));
    assert_eq!(l.fallback_locale(), &lang("en-US"));
    // The pseudo-locale has exactly en-US's messages.
    assert_eq!(l.message_ids(&lang("en-XA")), l.message_ids(&lang("en-US")));
}

/// Every real locale against en-US: the same messages, attributes and variables.
#[test]
fn every_message_attribute_and_variable_exists_in_every_language() {
    let l = l10n();
    let en = lang("en-US");
    let en_ids = l.message_ids(&en);
    assert!(en_ids.len() > 150, "{} messages", en_ids.len());
    for other in l.real().iter().filter(|o| **o != en) {
        let ids = l.message_ids(other);
        let only_en: Vec<_> = en_ids.iter().filter(|i| !ids.contains(i)).collect();
        let only_other: Vec<_> = ids.iter().filter(|i| !en_ids.contains(i)).collect();
        assert!(
            only_en.is_empty() && only_other.is_empty(),
            "only en-US: {only_en:?}; only {other}: {only_other:?}"
        );
        for id in &en_ids {
            assert_eq!(
                l.attributes(&en, id),
                l.attributes(other, id),
                "{other}: attributes of {id}"
            );
            assert_eq!(
                l.variables(&en, id),
                l.variables(other, id),
                "{other}: variables of {id}"
            );
        }
    }
}

#[test]
fn every_label_the_portal_can_show_has_a_message_with_its_arguments_in_every_locale() {
    // The arguments the portal passes (the portal crate's `MessageRef`s).
    let with_args: &[(&str, &[&str])] = &[
        ("portal-suite-user", &["name"]),
        ("portal-home-heading", &["name"]),
        ("portal-me-name", &["name"]),
        ("portal-me-account", &["account"]),
        ("portal-phone-message", &["code"]),
        ("portal-proofup-user", &["account"]),
        ("portal-proofup-phone", &["phone"]),
        ("portal-app-passwords-count", &["count"]),
        ("portal-app-password-row", &["created", "name"]),
        ("portal-new-app-password-name", &["name"]),
        ("portal-confirm-question", &["name"]),
        ("portal-mail-account", &["account"]),
        ("portal-error-locked", &["minutes"]),
        ("portal-error-name-too-long", &["max"]),
        ("portal-error-too-many-app-passwords", &["max"]),
    ];
    let l = l10n();
    let ids = walkthrough_portal::message_ids();
    assert!(ids.len() > 80, "{} portal messages", ids.len());
    for locale in l.available() {
        for id in &ids {
            assert!(l.has_message(locale, id), "{locale} lacks {id}");
            let want: Vec<&str> = with_args
                .iter()
                .find(|(m, _)| m == id)
                .map_or(&[][..], |(_, a)| a)
                .to_vec();
            assert_eq!(l.variables(locale, id), want, "{locale}: {id}");
        }
    }
    for (id, _) in with_args {
        assert!(ids.contains(id), "the portal no longer shows {id}");
    }
}

#[test]
fn every_step_and_hint_of_every_scenario_has_a_message_in_every_locale() {
    // The steps the issue names, and every shipped scenario file's steps.
    let mut wanted: BTreeSet<(String, String)> = STEPS
        .iter()
        .flat_map(|(s, steps)| {
            steps
                .iter()
                .map(move |step| (s.to_string(), step.to_string()))
        })
        .collect();
    let mut scenarios: BTreeSet<String> = STEPS.iter().map(|(s, _)| s.to_string()).collect();
    for entry in std::fs::read_dir(repo().join("scenarios"))
        .into_iter()
        .flatten()
    {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let doc: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        let id = doc["id"].as_str().unwrap().to_owned();
        for step in doc["step"].as_array().unwrap() {
            wanted.insert((id.clone(), step["id"].as_str().unwrap().to_owned()));
        }
        scenarios.insert(id);
    }
    assert!(wanted.len() >= 16);
    let l = l10n();
    for locale in l.available() {
        for s in &scenarios {
            assert!(
                l.has_message(locale, &format!("{s}-title")),
                "{locale}: {s}-title"
            );
            let task = format!("{s}-task");
            assert!(l.has_message(locale, &task), "{locale}: {task}");
            assert_eq!(l.variables(locale, &task), ["name"], "{locale}: {task}");
        }
        for (s, step) in &wanted {
            let message = format!("{s}-{step}");
            assert!(l.has_message(locale, &message), "{locale} lacks {message}");
            assert!(
                l.has_attr(locale, &message, "hint"),
                "{locale} lacks {message}.hint"
            );
        }
    }
}

#[test]
fn the_ja_step_texts_are_the_articles_words_as_written() {
    let l = l10n();
    let ja = lang("ja-JP");
    let article = std::fs::read_to_string(
        repo().join("crates/import/tests/fixtures/app-passwords.ja-JP.txt"),
    )
    .expect("the source article is kept beside the import tests");
    for (s, steps) in STEPS {
        for step in steps {
            let text = l.format(&ja, &format!("{s}-{step}"), &[]);
            assert!(
                article.contains(&format!("<li>{text}</li>")),
                "{s}-{step}: {text:?} is not a step of the article"
            );
        }
    }
    // The oddities stay, even without the article at hand.
    for (id, text) in [
        ("app-password-create-app-passwords-tab", "プルーフ アップ ページの上部にある、[アプリ パスワードを選択します"),
        ("app-password-create-name", "アプリ パスワードの名前を入力し、クリックして **次**"),
        ("app-password-delete-additional-security-verification", "下部で、[追加のセキュリティ確認] をクリックし、選択 **アカウントのセキュリティを使用して電話番号を更新**.3"),
        ("app-password-delete-yes", "クリックして **はい**します。"),
        ("app-password-create-title", "Office 365 ポータルでアプリ パスワードを作成するには"),
        ("app-password-delete-title", "Office 365 ポータルでアプリ パスワードを削除するには"),
    ] {
        assert_eq!(l.format(&ja, id, &[]), text, "{id}");
    }
}

#[test]
fn the_en_step_texts_render_the_japanese_defects_included() {
    let l = l10n();
    let en = lang("en-US");
    let texts = [
        ("app-password-create-title", "To create an app password in the Office 365 portal"),
        ("app-password-create-sign-in", "Sign in to the Office 365 portal"),
        ("app-password-create-open-settings", "Select the settings widget in the upper-right corner."),
        ("app-password-create-additional-security-verification", "On the left, select Additional security verification"),
        ("app-password-create-update-phone-numbers", "Select, on the right, **Update my phone numbers used for account security**"),
        ("app-password-create-app-passwords-tab", "At the top of the proofup page, select [app passwords"),
        ("app-password-create-create", "Click **Create**"),
        ("app-password-create-name", "Enter a name for the app password, and click **Next**"),
        ("app-password-create-copy-paste", "Copy the app password to the clipboard and paste it into your app."),
        ("app-password-delete-title", "To delete an app password in the Office 365 portal"),
        ("app-password-delete-sign-in", "Sign in to the Office 365 portal"),
        ("app-password-delete-open-settings", "In the upper-right corner, select the widget, and select Office 365 settings"),
        ("app-password-delete-additional-security-verification", "At the bottom, click [Additional security verification] and select **Update my phone numbers using account security**.3"),
        ("app-password-delete-update-phone-numbers", "Select, on the right, **Update my phone numbers used for account security**"),
        ("app-password-delete-app-passwords-tab", "At the top of the proofup page, select [app passwords"),
        ("app-password-delete-delete", "Next to the app password to delete, select as follows: **Delete**."),
        ("app-password-delete-confirmation", "A pop-up appears asking you to confirm the deletion."),
        ("app-password-delete-yes", "Click **Yes**."),
    ];
    for (id, text) in texts {
        assert_eq!(l.format(&en, id, &[]), text, "{id}");
    }
    let name = [("name", Arg::Text("Outlook".into()))];
    assert_eq!(
        l.format(&en, "app-password-create-task", &name),
        "Create an app password named “Outlook” and connect the mail app with it"
    );
    assert_eq!(
        l.format(&en, "app-password-delete-task", &name),
        "Delete the app password named “Outlook”"
    );
}

#[test]
fn the_portal_labels_take_the_articles_terms() {
    let l = l10n();
    let (en, ja) = (lang("en-US"), lang("ja-JP"));
    for (id, english, japanese) in [
        ("portal-suite-settings", "Settings", "設定"),
        (
            "portal-settings-menu-office365-settings",
            "Office 365 settings",
            "Office 365 の設定",
        ),
        (
            "portal-nav-additional-security-verification",
            "Additional security verification",
            "追加のセキュリティ確認",
        ),
        (
            "portal-asv-update-phone-numbers",
            "Update my phone numbers used for account security",
            "アカウントのセキュリティに使用される電話番号を更新",
        ),
        (
            "portal-proofup-tab-additional-security-verification",
            "additional security verification",
            "追加のセキュリティ確認",
        ),
        (
            "portal-proofup-tab-app-passwords",
            "app passwords",
            "アプリ パスワード",
        ),
        ("portal-app-passwords-create", "Create", "作成"),
        // The product's term, not the machine-translated article's 「次」.
        ("portal-create-app-password-next", "Next", "次へ"),
        ("portal-create-app-password-cancel", "Cancel", "キャンセル"),
        ("portal-app-password-delete", "Delete", "削除"),
        (
            "portal-new-app-password-copy",
            "Copy password to clipboard",
            "パスワードをクリップボードにコピー",
        ),
        ("portal-new-app-password-close", "Close", "閉じる"),
        ("portal-confirm-yes", "Yes", "はい"),
        ("portal-confirm-no", "No", "いいえ"),
        ("portal-mail-connect", "Connect", "接続"),
        ("portal-nav-me", "Me", "自分"),
    ] {
        assert_eq!(l.format(&en, id, &[]), english, "{id}");
        assert_eq!(l.format(&ja, id, &[]), japanese, "{id}");
    }
    // The article's other spelling of the link is a defect, never a label.
    for id in l
        .message_ids(&ja)
        .iter()
        .filter(|i| i.starts_with("portal-"))
    {
        assert!(
            !l.format(&ja, id, &[])
                .contains("アカウントのセキュリティを使用して"),
            "{id}"
        );
    }
}

#[test]
fn negotiation_table() {
    let l = l10n();
    /// `--lang`, the environment, the locale chosen, whether a note is shown.
    type Case<'a> = (Option<&'a str>, &'a [(&'a str, &'a str)], &'a str, bool);
    let cases: &[Case] = &[
        (Some("ja"), &[], "ja-JP", false),
        (Some("ja-JP"), &[], "ja-JP", false),
        (Some("ja_JP.UTF-8"), &[], "ja-JP", false),
        (Some("en"), &[], "en-US", false),
        (Some("en-US"), &[], "en-US", false),
        (Some("en-GB"), &[], "en-US", false),
        (Some("fr-FR"), &[], "en-US", true),
        (Some("garbage"), &[], "en-US", true),
        (Some("C"), &[], "en-US", false),
        (Some("POSIX"), &[], "en-US", false),
        (Some(""), &[], "en-US", false),
        (Some("en-XA"), &[], "en-XA", false),
        // --lang wins over the environment.
        (Some("en"), &[("LC_ALL", "ja_JP.UTF-8")], "en-US", false),
        (Some("ja"), &[("LANG", "en_US.UTF-8")], "ja-JP", false),
        // The environment alone.
        (None, &[], "en-US", false),
        (None, &[("LANG", "ja_JP.UTF-8")], "ja-JP", false),
        (None, &[("LANG", "ja")], "ja-JP", false),
        (None, &[("LANG", "en_GB.UTF-8")], "en-US", false),
        (None, &[("LANG", "fr_FR.UTF-8")], "en-US", true),
        (None, &[("LANG", "")], "en-US", false),
        (None, &[("LANG", "C")], "en-US", false),
        (None, &[("LANG", "POSIX")], "en-US", false),
        (None, &[("LANG", "C.UTF-8")], "en-US", false),
        (None, &[("LANG", "%%garbage%%")], "en-US", false),
        // LC_ALL, then LC_MESSAGES, then LANG; empty ones do not count.
        (
            None,
            &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "ja_JP.UTF-8")],
            "ja-JP",
            false,
        ),
        (
            None,
            &[("LC_MESSAGES", "en_US.UTF-8"), ("LANG", "ja_JP.UTF-8")],
            "en-US",
            false,
        ),
        (
            None,
            &[
                ("LC_ALL", "en_US.UTF-8"),
                ("LC_MESSAGES", "ja_JP.UTF-8"),
                ("LANG", "ja_JP"),
            ],
            "en-US",
            false,
        ),
        (
            None,
            &[
                ("LC_ALL", "ja_JP.UTF-8"),
                ("LC_MESSAGES", "en_US.UTF-8"),
                ("LANG", "en_US"),
            ],
            "ja-JP",
            false,
        ),
        (
            None,
            &[("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "ja_JP.UTF-8")],
            "ja-JP",
            false,
        ),
        (
            None,
            &[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")],
            "en-US",
            false,
        ),
        (
            None,
            &[("LC_ALL", "%%"), ("LANG", "ja_JP.UTF-8")],
            "en-US",
            false,
        ),
    ];
    for (flag, env, want, noted) in cases {
        let lookup = |k: &str| {
            env.iter()
                .find(|(e, _)| *e == k)
                .map(|(_, v)| (*v).to_owned())
        };
        let got = l.negotiate(*flag, &lookup).unwrap();
        assert_eq!(got.locale.to_string(), *want, "{flag:?} {env:?}");
        assert_eq!(got.note.is_some(), *noted, "{flag:?} {env:?}");
    }
    // A malformed --lang is an error, whatever the environment says.
    for garbage in ["%%", "x y", "12-34-56", "ja_JP_", "-", "日本語"] {
        let got = l.negotiate(Some(garbage), &|_| Some("ja_JP.UTF-8".into()));
        assert!(
            matches!(&got, Err(I18nError::BadLanguage(s)) if s == garbage),
            "{garbage}: {got:?}"
        );
    }
    let fr = l.negotiate(Some("fr-FR"), &|_| None).unwrap();
    assert_eq!(
        fr.note,
        Some(Note::Unsupported {
            requested: "fr-FR".into(),
            using: lang("en-US"),
        })
    );
    assert_eq!(
        l.note(&fr.locale, fr.note.as_ref().unwrap()),
        "fr-FR is not available; using en-US."
    );
    assert_eq!(
        l.note(&lang("ja-JP"), fr.note.as_ref().unwrap()),
        "fr-FR は使用できません。en-US を使います。"
    );
}

#[test]
fn a_malformed_language_is_explained_in_the_persons_language() {
    let l = l10n();
    let err = l.negotiate(Some("x y"), &|_| None).unwrap_err();
    assert_eq!(l.describe(&lang("en-US"), &err), err.to_string());
    assert_eq!(
        l.describe(&lang("ja-JP"), &err),
        "`x y` は言語タグではありません。en-US や ja-JP のように指定してください。"
    );
    let pseudo = l.describe(&lang("en-XA"), &err);
    assert!(
        pseudo.starts_with('[') && pseudo.contains("x y"),
        "{pseudo}"
    );
}

#[test]
fn the_pseudo_locale_is_accented_longer_and_bracketed_for_every_message_and_attribute() {
    let l = l10n();
    let (en, xa) = (lang("en-US"), lang("en-XA"));
    // Every variable gets a number: every letter of the output is the message's own.
    let args_of = |id: &str| -> Vec<(String, Arg)> {
        l.variables(&en, id)
            .into_iter()
            .map(|v| (v, Arg::Number(2)))
            .collect()
    };
    let (mut plain_total, mut pseudo_total) = (0, 0);
    for id in l.message_ids(&en) {
        let owned = args_of(&id);
        let args: Vec<(&str, Arg)> = owned.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let mut texts = vec![(l.format(&en, &id, &args), l.format(&xa, &id, &args))];
        for attr in l.attributes(&en, &id) {
            texts.push((
                l.format_attr(&en, &id, &attr, &args).unwrap(),
                l.format_attr(&xa, &id, &attr, &args).unwrap(),
            ));
        }
        for (plain, pseudo) in texts {
            assert!(
                pseudo.starts_with('[') && pseudo.ends_with(']'),
                "{id}: {pseudo}"
            );
            assert_ne!(plain, pseudo, "{id}");
            assert!(
                pseudo.chars().count() > plain.chars().count(),
                "{id}: {pseudo}"
            );
            assert!(
                !pseudo.chars().any(|c| c.is_ascii_alphabetic()),
                "{id}: {pseudo} has letters that are not accented"
            );
            plain_total += plain.chars().count();
            pseudo_total += pseudo.chars().count() - 2;
        }
    }
    assert!(
        pseudo_total * 100 >= plain_total * 135,
        "only {pseudo_total} / {plain_total} characters"
    );
    // Arguments pass through untouched; only the message's own text changes.
    let outlook = [("name", Arg::Text("Outlook".into()))];
    assert_eq!(l.format(&xa, "portal-suite-user", &outlook), "[Outlook]");
    let xa_settings = l.format(&xa, "portal-suite-settings", &[]);
    assert_eq!(xa_settings, "[Šééţţîîñĝš~~]");
    assert!(walkthrough_i18n::width(&xa_settings) > walkthrough_i18n::width("Settings"));
}

#[test]
fn missing_messages_fall_back_to_en_us_then_show_their_id() {
    let dir = TempDir::new("fallback");
    dir.write(
        "en-US/x.ftl",
        "hello = Hello\nonly-en = Only English\n    .hint = English hint\n",
    )
    .write("ja-JP/x.ftl", "hello = こんにちは\n");
    let l = Localizer::from_dir(&dir.0).unwrap();
    let ja = lang("ja-JP");
    assert_eq!(l.format(&ja, "hello", &[]), "こんにちは");
    assert_eq!(l.format(&ja, "only-en", &[]), "Only English");
    assert_eq!(
        l.format_attr(&ja, "only-en", "hint", &[]).as_deref(),
        Some("English hint")
    );
    assert!(!l.has_message(&ja, "only-en"));
    assert!(!l.has_attr(&ja, "only-en", "hint"));
    assert!(l.has_attr(&lang("en-US"), "only-en", "hint"));
    // A language that is not loaded at all gets en-US.
    assert_eq!(l.format(&lang("de-DE"), "hello", &[]), "Hello");
    assert!(l.missing().is_empty());
    assert_eq!(l.format(&ja, "nowhere", &[]), "[nowhere]");
    assert_eq!(l.format(&lang("en-XA"), "nowhere", &[]), "[nowhere]");
    assert_eq!(l.format_attr(&ja, "hello", "hint", &[]), None);
    assert_eq!(
        l.missing(),
        [
            (lang("en-XA"), "nowhere".to_owned()),
            (ja, "nowhere".to_owned())
        ]
    );
}

#[test]
fn plurals_and_dates_follow_the_language() {
    let l = l10n();
    let (en, ja) = (lang("en-US"), lang("ja-JP"));
    let count = |n| [("count", Arg::Number(n))];
    let cases = [
        (&en, 1, "1 app password"),
        (&en, 2, "2 app passwords"),
        (&en, 0, "0 app passwords"),
        (&ja, 1, "アプリ パスワード 1 個"),
        (&ja, 2, "アプリ パスワード 2 個"),
    ];
    for (locale, n, want) in cases {
        assert_eq!(
            l.format(locale, "portal-app-passwords-count", &count(n)),
            want
        );
    }
    let minutes = |n| [("minutes", Arg::Number(n))];
    assert_eq!(
        l.format(&en, "portal-error-locked", &minutes(1)),
        "Your account is temporarily locked. Try again in 1 minute."
    );
    assert_eq!(
        l.format(&en, "portal-error-locked", &minutes(30)),
        "Your account is temporarily locked. Try again in 30 minutes."
    );
    let row = [
        ("name", Arg::Text("Lync".into())),
        (
            "created",
            Arg::Date {
                year: 2015,
                month: 11,
                day: 19,
            },
        ),
    ];
    assert_eq!(
        l.format(&en, "portal-app-password-row", &row),
        "Lync — created 11/19/2015"
    );
    assert_eq!(
        l.format(&ja, "portal-app-password-row", &row),
        "Lync — 作成日 2015/11/19"
    );
}

#[test]
fn broken_ftl_files_name_file_line_and_message_all_at_once() {
    let dir = TempDir::new("broken");
    dir.write(
        "en-US/a.ftl",
        "good = fine\nbad = { $x ->\n    [one] x\n}\nalso-good = ok\n# about worse\nworse = {\n",
    )
    .write("en-US/b.ftl", "ok = fine\n\nñ-not-an-id = x\n")
    .write("ja-JP/a.ftl", "良い = 壊れている\n");
    let err = Localizer::from_dir(&dir.0).unwrap_err();
    let I18nError::Ftl(errors) = &err else {
        panic!("{err}")
    };
    let found: Vec<_> = errors
        .iter()
        .map(|e| {
            let file = Path::new(&e.file)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let lang = Path::new(&e.file)
                .parent()
                .unwrap()
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (format!("{lang}/{file}"), e.line, e.kind, e.id.as_deref())
        })
        .collect();
    assert_eq!(
        found,
        [
            ("en-US/a.ftl".into(), 4, FtlErrorKind::Syntax, Some("bad")),
            ("en-US/a.ftl".into(), 8, FtlErrorKind::Syntax, Some("worse")),
            ("en-US/b.ftl".into(), 3, FtlErrorKind::Syntax, None),
            ("ja-JP/a.ftl".into(), 1, FtlErrorKind::Syntax, None),
        ],
        "{err}"
    );
    let text = err.to_string();
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(
        text.contains("a.ftl:4:1: The select expression must have a default variant (in `bad`)"),
        "{text}"
    );
    assert!(text.contains("b.ftl:3:1: "), "{text}");
    assert!(errors.iter().all(|e| e.column >= 1));
}

#[test]
fn duplicates_and_unknown_references_are_errors_with_their_lines() {
    let dir = TempDir::new("refs");
    dir.write("en-US/a.ftl", "x = 1\n-brand = Office\n")
        .write(
            "en-US/b.ftl",
            "# comment\nx = 2\n-brand = Other\ny = { z }\nw = { -nobrand } { x.hint } { NUMBER($n) } { DATETIME($d) }\n",
        );
    let err = Localizer::from_dir(&dir.0).unwrap_err();
    let I18nError::Ftl(errors) = &err else {
        panic!("{err}")
    };
    let found: Vec<_> = errors
        .iter()
        .map(|e| (e.file.ends_with("b.ftl"), e.line, e.kind, e.id.as_deref()))
        .collect();
    use FtlErrorKind::{Duplicate, UnknownReference};
    assert_eq!(
        found,
        [
            (true, 2, Duplicate, Some("x")),
            (true, 3, Duplicate, Some("-brand")),
            (true, 4, UnknownReference, Some("y")),
            (true, 5, UnknownReference, Some("w")),
            (true, 5, UnknownReference, Some("w")),
            (true, 5, UnknownReference, Some("w")),
        ],
        "{err}"
    );
    let text = err.to_string();
    assert!(
        text.contains("b.ftl:2:1: `x` is defined again; its first definition is at"),
        "{text}"
    );
    assert!(text.contains("a.ftl:1"), "{text}");
    assert!(
        text.contains("`y` refers to the message `z`, which en-US does not define"),
        "{text}"
    );
    assert!(text.contains("the term `-nobrand`"), "{text}");
    assert!(text.contains("the attribute `x.hint`"), "{text}");
    assert!(text.contains("the function `DATETIME`"), "{text}");
}

#[test]
fn folders_that_cannot_be_locales_are_errors() {
    let dir = TempDir::new("folders");
    // No en-US at all.
    dir.write("ja-JP/a.ftl", "x = エックス\n");
    let err = Localizer::from_dir(&dir.0).unwrap_err().to_string();
    assert!(err.starts_with("no en-US locale in"), "{err}");
    // Hidden folders are skipped; a byte-order mark is not an error.
    dir.write("en-US/a.ftl", "\u{feff}x = X\n")
        .write(".git/a.ftl", "not ftl {");
    let l = Localizer::from_dir(&dir.0).unwrap();
    assert_eq!(l.format(&lang("en-US"), "x", &[]), "X");
    // The pseudo-locale's name is taken.
    dir.write("en-XA/a.ftl", "x = X\n");
    let err = Localizer::from_dir(&dir.0).unwrap_err().to_string();
    assert!(err.contains("the language en-XA is already taken"), "{err}");
    std::fs::remove_dir_all(dir.0.join("en-XA")).unwrap();
    // A folder that is not a language.
    dir.write("not a language/a.ftl", "x = X\n");
    let err = Localizer::from_dir(&dir.0).unwrap_err().to_string();
    assert!(
        err.contains("`not a language` is not a language tag"),
        "{err}"
    );
    // A folder that is not there.
    let err = Localizer::from_dir(&dir.0.join("nowhere"))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("cannot read"), "{err}");
}

#[test]
fn the_shipped_locales_load_from_disk_as_they_do_embedded() {
    let disk = Localizer::from_dir(&repo().join("locales")).unwrap();
    let embedded = l10n();
    assert_eq!(disk.available(), embedded.available());
    for locale in embedded.available() {
        assert_eq!(disk.message_ids(locale), embedded.message_ids(locale));
    }
}

#[test]
fn the_localizer_can_be_shared_across_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Localizer>();
    let l = std::sync::Arc::new(l10n());
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let l = l.clone();
            std::thread::spawn(move || l.format(&lang("ja-JP"), "portal-confirm-yes", &[]))
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), "はい");
    }
}

#[test]
fn layers_replace_files_of_the_same_name_and_add_the_rest() {
    use walkthrough_i18n::Layer;
    let base = TempDir::new("layer-base");
    base.write("en-US/a.ftl", "hello = Hello\nkept = Kept\n")
        .write("en-US/b.ftl", "replaced = Old\n")
        .write("ja-JP/a.ftl", "hello = こんにちは\n");
    let beside = TempDir::new("layer-beside");
    beside
        .write("en-US/b.ftl", "replaced = New\n")
        .write("fr-FR/c.ftl", "hello = Bonjour\n")
        // Not locales: a folder of other files, and one not named as a language.
        .write("images/x.png", "")
        .write("drafts/old.ftl", "broken = {\n");
    let files = [(
        "ja-JP".to_owned(),
        "d.ftl".to_owned(),
        "extra = 追加\n".to_owned(),
    )];
    let l = Localizer::layered(&[
        Layer::Dir(&base.0),
        Layer::Beside(&beside.0),
        Layer::Files(&files),
    ])
    .unwrap();
    let (en, ja, fr) = (lang("en-US"), lang("ja-JP"), lang("fr-FR"));
    assert_eq!(l.real(), [en.clone(), fr.clone(), ja.clone()]);
    assert_eq!(l.format(&en, "kept", &[]), "Kept");
    assert_eq!(l.format(&en, "replaced", &[]), "New");
    assert_eq!(l.format(&fr, "hello", &[]), "Bonjour");
    assert_eq!(l.format(&ja, "hello", &[]), "こんにちは");
    assert_eq!(l.format(&ja, "extra", &[]), "追加");
    // The pseudo-locale is built from the layered en-US.
    assert_eq!(l.format(&lang("en-XA"), "replaced", &[]), "[Ñééŵ~]");
    // A layer that cannot be read is an error naming it.
    let gone = base.0.join("nowhere");
    let err = Localizer::layered(&[Layer::Embedded, Layer::Beside(&gone)]).unwrap_err();
    assert!(err.to_string().contains("nowhere"), "{err}");
    // Errors in a layered file name that file.
    let bad = [(
        "en-US".to_owned(),
        "bad.ftl".to_owned(),
        "x = {\n".to_owned(),
    )];
    let err = Localizer::layered(&[Layer::Embedded, Layer::Files(&bad)]).unwrap_err();
    assert!(
        err.to_string().starts_with("en-US/bad.ftl:2:1: Expected"),
        "{err}"
    );
}

#[test]
fn the_pseudo_locale_is_built_from_en_us_only_when_asked_for() {
    let l10n = Localizer::embedded().unwrap();
    let en = lang("en-US");
    let id = l10n.message_ids(&en).into_iter().next().unwrap();
    let english = l10n.format(&en, &id, &[]);
    assert!(!l10n.pseudo_is_built());
    assert!(l10n.available().contains(&lang("en-XA")));
    let pseudo = l10n.format(&lang("en-XA"), &id, &[]);
    assert!(l10n.pseudo_is_built());
    assert!(pseudo.starts_with('[') && pseudo.ends_with(']'), "{pseudo}");
    assert_ne!(pseudo, format!("[{english}]"), "accented: {pseudo}");
    assert_eq!(l10n.message_ids(&lang("en-XA")), l10n.message_ids(&en));
}

#[test]
fn layering_over_loaded_locales_is_layering_over_their_files() {
    use walkthrough_i18n::Layer;
    let loaded = Localizer::embedded().unwrap();
    let files = vec![
        (
            "en-US".to_owned(),
            "app-password-create.ftl".to_owned(),
            "app-password-create = Replaced title\n".to_owned(),
        ),
        (
            "ja-JP".to_owned(),
            "extra.ftl".to_owned(),
            "extra-message = 追加\n".to_owned(),
        ),
    ];
    let over_loaded = Localizer::layered(&[Layer::Loaded(&loaded), Layer::Files(&files)]).unwrap();
    let over_files = Localizer::layered(&[Layer::Embedded, Layer::Files(&files)]).unwrap();
    for locale in ["en-US", "ja-JP", "en-XA"].map(lang) {
        let ids = over_files.message_ids(&locale);
        assert_eq!(over_loaded.message_ids(&locale), ids);
        for id in &ids {
            assert_eq!(
                over_loaded.format(&locale, id, &[]),
                over_files.format(&locale, id, &[]),
                "{locale} {id}"
            );
        }
    }
    assert_eq!(
        over_loaded.format(&lang("en-US"), "app-password-create", &[]),
        "Replaced title"
    );
    assert_eq!(
        over_loaded.format(&lang("ja-JP"), "extra-message", &[]),
        "追加"
    );
    // New files are still checked.
    let bad = vec![(
        "en-US".to_owned(),
        "bad.ftl".to_owned(),
        "x = { -nope }\n".to_owned(),
    )];
    assert!(matches!(
        Localizer::layered(&[Layer::Loaded(&loaded), Layer::Files(&bad)]),
        Err(I18nError::Ftl(_))
    ));
}
