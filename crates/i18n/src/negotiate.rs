//! Choosing the language from `--lang` and the POSIX locale variables.

use crate::error::I18nError;
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// The environment variables read, in order of precedence.
pub const ENV_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// The outcome of negotiation: the locale to use, and a note for the person
/// when it is not the one they asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiated {
    /// The locale to use.
    pub locale: LanguageIdentifier,
    /// Set when the requested language is not available.
    pub note: Option<Note>,
}

/// Something to tell the person about the language chosen
/// (see [`crate::Localizer::note`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The requested language is not available; another is used.
    Unsupported {
        /// What was asked for, as given.
        requested: String,
        /// The language used instead.
        using: LanguageIdentifier,
    },
}

pub(crate) fn negotiate(
    available: &[LanguageIdentifier],
    fallback: &LanguageIdentifier,
    requested: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Negotiated, I18nError> {
    let plain = |locale: &LanguageIdentifier| Negotiated {
        locale: locale.clone(),
        note: None,
    };
    let (wanted, from_flag) = match requested {
        Some(r) => (r.to_owned(), true),
        None => match ENV_VARS
            .iter()
            .find_map(|k| env(k).filter(|v| !v.is_empty()))
        {
            Some(v) => (v, false),
            None => return Ok(plain(fallback)),
        },
    };
    // C and POSIX (and empty) mean "no preference".
    let Some(tag) = posix_to_tag(&wanted) else {
        return Ok(plain(fallback));
    };
    let parsed: LanguageIdentifier = match tag.parse() {
        Ok(l) => l,
        Err(_) if from_flag => return Err(I18nError::BadLanguage(wanted)),
        Err(_) => return Ok(plain(fallback)),
    };
    let chosen = negotiate_languages(&[&parsed], available, None, NegotiationStrategy::Filtering);
    Ok(match chosen.first() {
        Some(l) => plain(l),
        None => Negotiated {
            locale: fallback.clone(),
            note: Some(Note::Unsupported {
                requested: wanted,
                using: fallback.clone(),
            }),
        },
    })
}

/// `ja_JP.UTF-8` → `ja-JP`; `C`, `POSIX` (with any codeset) and empty → `None`.
fn posix_to_tag(value: &str) -> Option<String> {
    let base = value.split(['.', '@']).next().unwrap_or_default().trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::posix_to_tag;

    #[test]
    fn posix_values_become_tags() {
        assert_eq!(posix_to_tag("ja_JP.UTF-8").as_deref(), Some("ja-JP"));
        assert_eq!(posix_to_tag("ja_JP.eucJP").as_deref(), Some("ja-JP"));
        assert_eq!(posix_to_tag("de_DE@euro").as_deref(), Some("de-DE"));
        assert_eq!(posix_to_tag("C"), None);
        assert_eq!(posix_to_tag("POSIX"), None);
        assert_eq!(posix_to_tag("C.UTF-8"), None);
        assert_eq!(posix_to_tag(""), None);
    }
}
