//! Which language an article is written in: `--lang`, else its `ms.locale`,
//! else its script, else the language of the portal labels it names, else
//! the negotiated one. Only languages with portal labels can be read.

use crate::error::ImportError;
use crate::reading::find_labels;
use crate::Article;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::Localizer;
use walkthrough_portal::Model;

/// How the article's language was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguageSource {
    /// Asked for with `--lang`.
    Flag,
    /// The article's `ms.locale`.
    Tag,
    /// The article's script (kana for Japanese, …).
    Script,
    /// The article's script, which names another language than `--lang`:
    /// an article in kana is Japanese whatever language the messages are
    /// shown in, so `--lang` names only the language of the messages.
    ScriptNotFlag,
    /// The language whose portal labels its steps name.
    Labels,
    /// None of these: the negotiated language.
    Default,
}

impl LanguageSource {
    /// The stable name (`flag`, `tag`, `script`, `script-not-flag`, `labels`,
    /// `default`).
    pub fn as_str(self) -> &'static str {
        match self {
            LanguageSource::Flag => "flag",
            LanguageSource::Tag => "tag",
            LanguageSource::Script => "script",
            LanguageSource::ScriptNotFlag => "script-not-flag",
            LanguageSource::Labels => "labels",
            LanguageSource::Default => "default",
        }
    }
}

/// The article's language among the localizer's real locales: `requested`
/// (`--lang`) first, then the article's `ms.locale`, its script, the labels
/// it names, else `negotiated`. A language asked for or found that has no
/// portal labels is an error. The labels are those of the embedded product
/// models ([`choose_language_among`] for others).
///
/// # Errors
/// [`ImportError::UnknownLanguage`] for a language without portal labels.
pub fn choose_language(
    article: &Article,
    l10n: &Localizer,
    requested: Option<&str>,
    negotiated: &LanguageIdentifier,
) -> Result<(LanguageIdentifier, LanguageSource), ImportError> {
    let models: Vec<Arc<Model>> = walkthrough_portal::model::EMBEDDED
        .iter()
        .filter_map(|(id, _, _)| Model::embedded(id))
        .collect();
    choose_language_among(article, l10n, requested, negotiated, &models)
}

/// As [`choose_language`], with the labels of `models` (each model read by
/// its own: a trainer's model, or every one `--portal all` reads against).
///
/// # Errors
/// As [`choose_language`].
pub fn choose_language_among(
    article: &Article,
    l10n: &Localizer,
    requested: Option<&str>,
    negotiated: &LanguageIdentifier,
    models: &[Arc<Model>],
) -> Result<(LanguageIdentifier, LanguageSource), ImportError> {
    let real = l10n.real();
    let unknown = |lang: &str| ImportError::UnknownLanguage {
        lang: lang.to_owned(),
        available: real.iter().map(ToString::to_string).collect(),
    };
    let find = |tag: &str| -> Result<LanguageIdentifier, ImportError> {
        let asked: LanguageIdentifier = tag.parse().map_err(|_| unknown(tag))?;
        real.iter()
            .find(|l| **l == asked)
            .or_else(|| real.iter().find(|l| l.language == asked.language))
            .cloned()
            .ok_or_else(|| unknown(tag))
    };
    let texts: Vec<&str> = article
        .procedures
        .iter()
        .flat_map(|p| {
            p.title
                .iter()
                .map(String::as_str)
                .chain(p.steps.iter().map(|s| s.text.as_str()))
        })
        .collect();
    if let Some(tag) = requested {
        let asked = find(tag)?;
        // A script that names a language of its own (kana, hangul, …) is the
        // article's, whatever language the messages are asked in.
        let written = script_language(&texts.concat()).and_then(|l| find(l).ok());
        return Ok(match written {
            Some(w) if w.language != asked.language => (w, LanguageSource::ScriptNotFlag),
            _ => (asked, LanguageSource::Flag),
        });
    }
    if let Some(tag) = article.property("ms.locale") {
        return Ok((find(tag)?, LanguageSource::Tag));
    }
    if let Some(lang) = script_language(&texts.concat()) {
        return Ok((find(lang)?, LanguageSource::Script));
    }
    // Latin letters: the words that hold sentences together tell German or
    // French from English.
    if let Some(lang) = latin_language(&texts.join(" ")) {
        return Ok((find(lang)?, LanguageSource::Script));
    }
    let mut best: Option<(usize, &LanguageIdentifier)> = None;
    let mut tie = false;
    for locale in &real {
        let mut labels: Vec<String> = models
            .iter()
            .flat_map(|m| m.specs())
            .filter(|s| l10n.variables(locale, s.label).is_empty())
            .map(|s| l10n.format(locale, s.label, &[]))
            .collect();
        labels.sort_unstable();
        labels.dedup();
        let named = texts
            .iter()
            .filter(|t| {
                find_labels(t, &labels, &[])
                    .iter()
                    .any(|f| f.exact && !f.labels.is_empty())
            })
            .count();
        match best {
            Some((n, _)) if named == n => tie = true,
            Some((n, _)) if named < n => {}
            _ => {
                best = Some((named, locale));
                tie = false;
            }
        }
    }
    match best {
        Some((n, locale)) if n > 0 && !tie => Ok((locale.clone(), LanguageSource::Labels)),
        _ => Ok((negotiated.clone(), LanguageSource::Default)),
    }
}

/// The language a text's letters say, when they are not Latin: kana mean
/// Japanese, hangul Korean, Chinese characters alone Chinese, and so on.
fn script_language(text: &str) -> Option<&'static str> {
    let (mut letters, mut kana, mut han) = (0usize, 0usize, 0usize);
    let mut others: Vec<(&'static str, usize)> = Vec::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        let lang = match c {
            '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}' => {
                kana += 1;
                continue;
            }
            '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' => {
                han += 1;
                continue;
            }
            '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' => "ko",
            '\u{0400}'..='\u{04ff}' => "ru",
            '\u{0370}'..='\u{03ff}' => "el",
            '\u{0600}'..='\u{06ff}' => "ar",
            '\u{0590}'..='\u{05ff}' => "he",
            '\u{0e00}'..='\u{0e7f}' => "th",
            '\u{0900}'..='\u{097f}' => "hi",
            _ => continue,
        };
        match others.iter_mut().find(|(l, _)| *l == lang) {
            Some((_, n)) => *n += 1,
            None => others.push((lang, 1)),
        }
    }
    let enough = |n: usize| n * 5 >= letters && n > 0;
    if enough(kana + han) {
        return Some(if kana > 0 { "ja" } else { "zh" });
    }
    others
        .into_iter()
        .filter(|(_, n)| enough(*n))
        .max_by_key(|(_, n)| *n)
        .map(|(l, _)| l)
}

/// Short words that hold sentences together in languages written in Latin
/// letters (articles, conjunctions, pronouns, the verbs of a procedure).
const FUNCTION_WORDS: [(&str, &[&str]); 7] = [
    (
        "en",
        &[
            "the", "and", "to", "your", "on", "then", "select", "click", "of", "you",
        ],
    ),
    (
        "de",
        &[
            "und", "der", "die", "das", "sie", "auf", "mit", "für", "wählen", "klicken", "dann",
            "den", "ihr", "ihre",
        ],
    ),
    (
        "fr",
        &[
            "le",
            "la",
            "les",
            "et",
            "vous",
            "sur",
            "puis",
            "dans",
            "des",
            "une",
            "cliquez",
            "sélectionnez",
            "votre",
        ],
    ),
    (
        "es",
        &[
            "el",
            "los",
            "las",
            "y",
            "seleccione",
            "haga",
            "clic",
            "su",
            "para",
            "luego",
            "en",
        ],
    ),
    (
        "it",
        &[
            "il",
            "gli",
            "e",
            "selezionare",
            "fare",
            "quindi",
            "per",
            "di",
            "del",
            "nella",
        ],
    ),
    (
        "pt",
        &[
            "os",
            "em",
            "selecione",
            "clique",
            "sua",
            "depois",
            "na",
            "no",
        ],
    ),
    (
        "nl",
        &[
            "het",
            "en",
            "op",
            "klik",
            "selecteer",
            "uw",
            "een",
            "van",
            "naar",
            "dan",
        ],
    ),
];

/// The language of a text in Latin letters other than English, when its
/// function words say so clearly (at least four, and more than twice the
/// English ones).
fn latin_language(text: &str) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let count = |list: &[&str]| words.iter().filter(|w| list.contains(&w.as_str())).count();
    let english = count(FUNCTION_WORDS[0].1);
    FUNCTION_WORDS[1..]
        .iter()
        .map(|(lang, list)| (*lang, count(list)))
        .filter(|(_, n)| *n >= 4 && *n > english * 2)
        .max_by_key(|(_, n)| *n)
        .map(|(lang, _)| lang)
}

#[cfg(test)]
mod tests {
    use super::{latin_language, script_language};

    #[test]
    fn latin_languages_by_their_small_words() {
        assert_eq!(
            latin_language("Melden Sie sich an. Wählen Sie oben rechts das Zahnrad und dann die Einstellungen."),
            Some("de")
        );
        assert_eq!(
            latin_language("Connectez-vous. Cliquez sur la roue dentée, puis sélectionnez les paramètres de votre compte."),
            Some("fr")
        );
        assert_eq!(
            latin_language("Sign in to the portal. In the top right, select the gear, and then Office 365 settings."),
            None
        );
        assert_eq!(latin_language("Select **Create**. Select **Next**."), None);
    }

    #[test]
    fn scripts() {
        assert_eq!(
            script_language("Office 365 ポータルにサインイン"),
            Some("ja")
        );
        assert_eq!(script_language("登录 Office 365 门户"), Some("zh"));
        assert_eq!(script_language("Office 365 포털에 로그인"), Some("ko"));
        assert_eq!(script_language("Sign in to the Office 365 portal"), None);
    }
}
