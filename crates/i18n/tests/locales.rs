//! The shipped locales: parity, coverage, negotiation, the pseudo-locale,
//! fallback, plurals, and errors in broken files.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::{Arg, I18nError, Localizer, Note};

fn l10n() -> Localizer {
    Localizer::embedded().unwrap()
}

fn lang(s: &str) -> LanguageIdentifier {
    s.parse().unwrap()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_embedded_locales_are_en_us_ja_jp_and_the_pseudo_locale() {
    let l = l10n();
    let ids: Vec<String> = l.available().iter().map(ToString::to_string).collect();
    assert_eq!(ids, ["en-US", "ja-JP", "en-XA"]);
    assert_eq!(l.real(), [lang("en-US"), lang("ja-JP")]);
}

#[test]
fn every_message_and_attribute_exists_in_both_languages() {
    let l = l10n();
    let (en, ja) = (lang("en-US"), lang("ja-JP"));
    let en_ids = l.message_ids(&en);
    let ja_ids = l.message_ids(&ja);
    let only_en: Vec<_> = en_ids.iter().filter(|i| !ja_ids.contains(i)).collect();
    let only_ja: Vec<_> = ja_ids.iter().filter(|i| !en_ids.contains(i)).collect();
    assert!(
        only_en.is_empty() && only_ja.is_empty(),
        "only en-US: {only_en:?}; only ja-JP: {only_ja:?}"
    );
    for id in &en_ids {
        assert_eq!(
            l.attributes(&en, id),
            l.attributes(&ja, id),
            "attributes of {id}"
        );
    }
}

#[test]
fn every_label_the_portal_can_show_has_a_message_in_every_locale() {
    let l = l10n();
    for locale in l.available() {
        for id in walkthrough_portal::message_ids() {
            assert!(l.has_message(locale, id), "{locale} lacks {id}");
        }
    }
}

#[test]
fn every_step_and_hint_of_every_shipped_scenario_has_a_message_in_every_locale() {
    let l = l10n();
    let mut checked = 0;
    for entry in std::fs::read_dir(repo().join("scenarios")).unwrap() {
        let path = entry.unwrap().path();
        let doc: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        let id = doc["id"].as_str().unwrap();
        for locale in l.available() {
            for key in ["title", "task"] {
                let message = doc
                    .get(key)
                    .and_then(|v| v.as_str())
                    .map_or(format!("{id}-{key}"), str::to_owned);
                assert!(l.has_message(locale, &message), "{locale} lacks {message}");
            }
            for step in doc["step"].as_array().unwrap() {
                let message = format!("{id}-{}", step["id"].as_str().unwrap());
                assert!(l.has_message(locale, &message), "{locale} lacks {message}");
                assert!(
                    l.has_attr(locale, &message, "hint"),
                    "{locale} lacks {message}.hint"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 2 * 8 * 3);
}

#[test]
fn the_ja_step_texts_are_the_articles_words_as_written() {
    let l = l10n();
    let article = std::fs::read_to_string(repo().join("../shared/seed/000_434dcd2d221c9c11.txt"));
    let ja = lang("ja-JP");
    for id in l.message_ids(&ja).iter().filter(|i| {
        i.starts_with("app-password-") && !i.ends_with("-title") && !i.ends_with("-task")
    }) {
        let text = l.format(&ja, id, &[]);
        if let Ok(article) = &article {
            assert!(
                article.contains(&format!("<li>{text}</li>")),
                "{id}: {text:?} is not a step of the article"
            );
        }
    }
    assert_eq!(
        l.format(&ja, "app-password-delete-additional-security-verification", &[]),
        "下部で、[追加のセキュリティ確認] をクリックし、選択 **アカウントのセキュリティを使用して電話番号を更新**.3"
    );
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
        (Some("en-GB"), &[], "en-US", false),
        (Some("fr-FR"), &[], "en-US", true),
        (Some("C"), &[], "en-US", false),
        (Some("POSIX"), &[], "en-US", false),
        (Some("en-XA"), &[], "en-XA", false),
        (None, &[], "en-US", false),
        (None, &[("LANG", "ja_JP.UTF-8")], "ja-JP", false),
        (None, &[("LANG", "")], "en-US", false),
        (None, &[("LANG", "C.UTF-8")], "en-US", false),
        (None, &[("LANG", "%%garbage%%")], "en-US", false),
        (
            None,
            &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "ja_JP.UTF-8")],
            "ja-JP",
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
            &[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")],
            "en-US",
            false,
        ),
        (Some("en"), &[("LANG", "ja_JP.UTF-8")], "en-US", false),
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
    for garbage in ["", "%%", "x y", "12-34-56"] {
        assert!(matches!(
            l.negotiate(Some(garbage), &|_| None),
            Err(I18nError::BadLanguage(_)) | Ok(_)
        ));
    }
    assert!(
        matches!(l.negotiate(Some("x y"), &|_| None), Err(I18nError::BadLanguage(s)) if s == "x y")
    );
    let fr = l.negotiate(Some("fr-FR"), &|_| None).unwrap();
    assert_eq!(
        fr.note,
        Some(Note::Unsupported {
            requested: "fr-FR".into()
        })
    );
    assert_eq!(
        l.note(&fr.locale, fr.note.as_ref().unwrap()),
        "fr-FR is not available; using en-US."
    );
}

#[test]
fn the_pseudo_locale_is_longer_bracketed_and_different_for_every_message() {
    let l = l10n();
    let (en, xa) = (lang("en-US"), lang("en-XA"));
    let args = [
        ("name", Arg::Text("Outlook".into())),
        ("count", Arg::Number(2)),
        (
            "created",
            Arg::Date {
                year: 2015,
                month: 11,
                day: 19,
            },
        ),
    ];
    for id in l.message_ids(&en) {
        let plain = l.format(&en, &id, &args);
        let pseudo = l.format(&xa, &id, &args);
        assert!(
            pseudo.starts_with('[') && pseudo.ends_with(']'),
            "{id}: {pseudo}"
        );
        assert_ne!(plain, pseudo, "{id}");
        assert!(
            pseudo.chars().count() > plain.chars().count(),
            "{id}: {plain} / {pseudo}"
        );
    }
    assert_eq!(
        l.format(&xa, "portal-suite-user", &args),
        "[Outlook]",
        "arguments are not transformed"
    );
}

#[test]
fn missing_messages_fall_back_to_en_us_then_show_their_id() {
    let dir = std::env::temp_dir().join(format!("wt-i18n-fallback-{}", std::process::id()));
    for (lang, text) in [
        ("en-US", "hello = Hello\nonly-en = Only English\n"),
        ("ja-JP", "hello = こんにちは\n"),
    ] {
        std::fs::create_dir_all(dir.join(lang)).unwrap();
        std::fs::write(dir.join(lang).join("x.ftl"), text).unwrap();
    }
    let l = Localizer::from_dir(&dir).unwrap();
    let ja = lang("ja-JP");
    assert_eq!(l.format(&ja, "hello", &[]), "こんにちは");
    assert_eq!(l.format(&ja, "only-en", &[]), "Only English");
    assert!(!l.has_message(&ja, "only-en"));
    assert!(l.missing().is_empty());
    assert_eq!(l.format(&ja, "nowhere", &[]), "[nowhere]");
    assert_eq!(l.missing(), [(ja, "nowhere".to_owned())]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn plurals_and_dates_follow_the_language() {
    let l = l10n();
    let (en, ja) = (lang("en-US"), lang("ja-JP"));
    let count = |n| [("count", Arg::Number(n))];
    assert_eq!(
        l.format(&en, "portal-app-passwords-count", &count(1)),
        "1 app password"
    );
    assert_eq!(
        l.format(&en, "portal-app-passwords-count", &count(2)),
        "2 app passwords"
    );
    assert_eq!(
        l.format(&ja, "portal-app-passwords-count", &count(2)),
        "アプリ パスワード 2 個"
    );
    let row = [
        ("name", Arg::Text("Lync".into())),
        (
            "created",
            Arg::Date {
                year: 2015,
                month: 11,
                day: 2,
            },
        ),
    ];
    assert_eq!(
        l.format(&en, "portal-app-password-row", &row),
        "Lync — created 11/2/2015"
    );
    assert_eq!(
        l.format(&ja, "portal-app-password-row", &row),
        "Lync — 作成日 2015/11/02"
    );
}

#[test]
fn broken_ftl_files_name_file_line_and_message_all_at_once() {
    let dir = std::env::temp_dir().join(format!("wt-i18n-broken-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("en-US")).unwrap();
    std::fs::write(
        dir.join("en-US/a.ftl"),
        "good = fine\nbad = { $x ->\n    [one] x\n}\nalso-good = ok\nworse = {\n",
    )
    .unwrap();
    let err = Localizer::from_dir(&dir).unwrap_err();
    let I18nError::Syntax(errors) = &err else {
        panic!("{err}")
    };
    assert_eq!(errors.len(), 2, "{err}");
    assert_eq!(
        (errors[0].line, errors[0].near.as_deref()),
        (4, Some("bad")),
        "{err}"
    );
    assert_eq!(errors[1].near.as_deref(), Some("worse"), "{err}");
    assert!(err.to_string().contains("a.ftl:4:"), "{err}");
    // A message defined twice.
    std::fs::write(dir.join("en-US/a.ftl"), "x = 1\n").unwrap();
    std::fs::write(dir.join("en-US/b.ftl"), "x = 2\n").unwrap();
    let err = Localizer::from_dir(&dir).unwrap_err().to_string();
    assert!(
        err.contains("b.ftl: message `x` is defined twice in en-US"),
        "{err}"
    );
    // No en-US at all.
    std::fs::remove_dir_all(dir.join("en-US")).unwrap();
    std::fs::create_dir_all(dir.join("ja-JP")).unwrap();
    let err = Localizer::from_dir(&dir).unwrap_err().to_string();
    assert!(err.starts_with("no en-US locale"), "{err}");
    // A folder that is not a language.
    std::fs::create_dir_all(dir.join("not a language")).unwrap();
    let err = Localizer::from_dir(&dir).unwrap_err().to_string();
    assert!(
        err.contains("`not a language` is not a language tag"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
    let err = Localizer::from_dir(&dir).unwrap_err().to_string();
    assert!(err.starts_with("cannot read"), "{err}");
}

#[test]
fn the_localizer_can_be_shared_across_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Localizer>();
}
