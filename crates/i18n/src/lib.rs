//! Every word a person reads in walkthrough comes from here: Fluent bundles per
//! locale (`locales/<lang>/*.ftl`, embedded or read from a folder), language
//! negotiation from `--lang` and the environment, message-by-message fallback
//! to en-US, a pseudo-locale (`en-XA`) that proves nothing is hard-coded, and
//! width-aware helpers for double-width (East Asian) text.
//!
//! It stands alone: it knows nothing of the portal, the scenarios or the
//! terminal.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use include_dir::{include_dir, Dir};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use thiserror::Error;
use unic_langid::LanguageIdentifier;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// The locale every message falls back to.
pub const FALLBACK: &str = "en-US";
/// The pseudo-locale built from en-US.
pub const PSEUDO: &str = "en-XA";

/// A value passed to a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text (a name, an account).
    Text(String),
    /// A number (selects plural forms).
    Number(i64),
    /// A date, formatted per locale.
    Date {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u8,
        /// Day, 1–31.
        day: u8,
    },
}

/// Locale files that cannot be used, or a language that cannot be understood.
#[derive(Debug, Error)]
pub enum I18nError {
    /// A folder or file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// FTL syntax errors; every one of the file is listed.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Syntax(Vec<SyntaxError>),
    /// A message defined twice in one locale.
    #[error("{file}: message `{id}` is defined twice in {locale}")]
    Duplicate {
        /// The file with the second definition.
        file: String,
        /// The locale.
        locale: String,
        /// The message id.
        id: String,
    },
    /// A locale folder whose name is not a language tag.
    #[error("{}: `{name}` is not a language tag (expected a folder such as en-US or ja-JP)", path.display())]
    BadFolder {
        /// The folder.
        path: PathBuf,
        /// Its name.
        name: String,
    },
    /// No en-US locale, which every message falls back to.
    #[error("no {FALLBACK} locale in {0}: every message falls back to it")]
    NoFallback(String),
    /// `--lang` is not a language tag.
    #[error("`{0}` is not a language tag; expected something like en-US or ja-JP")]
    BadLanguage(String),
}

/// One FTL syntax error.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{file}:{line}:{column}: {message}{}", near.as_ref().map(|n| format!(" (in message `{n}`)")).unwrap_or_default())]
pub struct SyntaxError {
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What the parser expected.
    pub message: String,
    /// The message the error is in, when known.
    pub near: Option<String>,
}

/// The outcome of negotiation: the locale to use, and a note for the person
/// when it is not the one they asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiated {
    /// The locale to use.
    pub locale: LanguageIdentifier,
    /// Set when the requested language is not available.
    pub note: Option<Note>,
}

/// Something to tell the person about the language chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The requested language is not available; another is used.
    Unsupported {
        /// What was asked for.
        requested: String,
    },
}

struct Locale {
    id: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
    /// Message ids and their attributes.
    index: BTreeMap<String, BTreeSet<String>>,
    pseudo: bool,
}

/// The loaded locales.
pub struct Localizer {
    locales: Vec<Locale>,
    ids: Vec<LanguageIdentifier>,
    missing: Mutex<BTreeSet<(String, String)>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.ids)
            .finish_non_exhaustive()
    }
}

/// A locale's files: (name shown in errors, text).
type Files = Vec<(String, String)>;

impl Localizer {
    /// The locales embedded in the binary.
    pub fn embedded() -> Result<Localizer, I18nError> {
        let mut sets = Vec::new();
        for dir in EMBEDDED.dirs() {
            let name = dir.path().to_string_lossy().into_owned();
            let mut files: Files = dir
                .files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .map(|f| {
                    (
                        format!("embedded:locales/{}", f.path().display()),
                        f.contents_utf8().unwrap_or_default().to_owned(),
                    )
                })
                .collect();
            files.sort();
            sets.push((PathBuf::from("embedded:locales").join(&name), name, files));
        }
        Localizer::build(sets, "embedded:locales")
    }

    /// Every `<lang>/*.ftl` under `dir` (`--locales DIR`).
    pub fn from_dir(dir: &Path) -> Result<Localizer, I18nError> {
        let read = |p: &Path| {
            std::fs::read_dir(p).map_err(|source| I18nError::Read {
                path: p.to_path_buf(),
                source,
            })
        };
        let mut sets = Vec::new();
        let mut folders: Vec<PathBuf> = read(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        folders.sort();
        for folder in folders {
            let name = folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut paths: Vec<PathBuf> = read(&folder)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect();
            paths.sort();
            let mut files = Vec::new();
            for path in paths {
                let text = std::fs::read_to_string(&path).map_err(|source| I18nError::Read {
                    path: path.clone(),
                    source,
                })?;
                files.push((path.display().to_string(), text));
            }
            sets.push((folder, name, files));
        }
        Localizer::build(sets, &dir.display().to_string())
    }

    fn build(sets: Vec<(PathBuf, String, Files)>, origin: &str) -> Result<Localizer, I18nError> {
        let mut locales = Vec::new();
        let mut syntax = Vec::new();
        let mut fallback_files = None;
        for (path, name, files) in sets {
            let id: LanguageIdentifier = name.parse().map_err(|_| I18nError::BadFolder {
                path,
                name: name.clone(),
            })?;
            if id == FALLBACK {
                fallback_files = Some(files.clone());
            }
            match Locale::load(id, &files, false) {
                Ok(locale) => locales.push(locale),
                Err(I18nError::Syntax(errors)) => syntax.extend(errors),
                Err(other) => return Err(other),
            }
        }
        if !syntax.is_empty() {
            return Err(I18nError::Syntax(syntax));
        }
        let files = fallback_files.ok_or_else(|| I18nError::NoFallback(origin.to_owned()))?;
        let pseudo: LanguageIdentifier = PSEUDO
            .parse()
            .map_err(|_| I18nError::BadLanguage(PSEUDO.to_owned()))?;
        locales.push(Locale::load(pseudo, &files, true)?);
        let ids = locales.iter().map(|l| l.id.clone()).collect();
        Ok(Localizer {
            locales,
            ids,
            missing: Mutex::new(BTreeSet::new()),
        })
    }

    /// Every locale, the pseudo-locale last.
    pub fn available(&self) -> &[LanguageIdentifier] {
        &self.ids
    }

    /// The locales with real translations (not the pseudo-locale).
    pub fn real(&self) -> Vec<LanguageIdentifier> {
        self.locales
            .iter()
            .filter(|l| !l.pseudo)
            .map(|l| l.id.clone())
            .collect()
    }

    fn fallback(&self) -> LanguageIdentifier {
        self.ids
            .iter()
            .find(|l| l.to_string() == FALLBACK)
            .cloned()
            .unwrap_or_default()
    }

    /// Chooses the language: `requested` (`--lang`) first, then the first set
    /// of `LC_ALL`, `LC_MESSAGES`, `LANG` (read through `env`), else en-US.
    /// A malformed `--lang` is an error; an unavailable language gives en-US
    /// (or the nearest) with a note.
    pub fn negotiate(
        &self,
        requested: Option<&str>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Negotiated, I18nError> {
        let (wanted, from_flag) = match requested {
            Some(r) => (Some(r.to_owned()), true),
            None => (
                ["LC_ALL", "LC_MESSAGES", "LANG"]
                    .iter()
                    .find_map(|k| env(k).filter(|v| !v.is_empty())),
                false,
            ),
        };
        let Some(wanted) = wanted else {
            return Ok(Negotiated {
                locale: self.fallback(),
                note: None,
            });
        };
        let Some(tag) = posix_to_tag(&wanted) else {
            // C and POSIX mean "no preference".
            return Ok(Negotiated {
                locale: self.fallback(),
                note: None,
            });
        };
        let parsed: LanguageIdentifier = match tag.parse() {
            Ok(l) => l,
            Err(_) if from_flag => return Err(I18nError::BadLanguage(wanted)),
            Err(_) => {
                return Ok(Negotiated {
                    locale: self.fallback(),
                    note: None,
                })
            }
        };
        let fallback = self.fallback();
        let chosen =
            negotiate_languages(&[&parsed], &self.ids, None, NegotiationStrategy::Filtering);
        match chosen.first() {
            Some(l) => Ok(Negotiated {
                locale: (*l).clone(),
                note: None,
            }),
            None => Ok(Negotiated {
                locale: fallback,
                note: Some(Note::Unsupported { requested: wanted }),
            }),
        }
    }

    /// The note, in `locale`.
    pub fn note(&self, locale: &LanguageIdentifier, note: &Note) -> String {
        match note {
            Note::Unsupported { requested } => self.format(
                locale,
                "i18n-language-unavailable",
                &[
                    ("requested", Arg::Text(requested.clone())),
                    ("using", Arg::Text(locale.to_string())),
                ],
            ),
        }
    }

    fn locale(&self, id: &LanguageIdentifier) -> Option<&Locale> {
        self.locales.iter().find(|l| &l.id == id)
    }

    fn chain(&self, locale: &LanguageIdentifier) -> impl Iterator<Item = &Locale> {
        let fallback = self.locale(&self.fallback());
        self.locale(locale)
            .into_iter()
            .chain(fallback.filter(|f| &f.id != locale))
    }

    /// The message `id` in `locale`, falling back to en-US; a message missing
    /// everywhere shows as `[id]` and is recorded (see [`Localizer::missing`]).
    pub fn format(&self, locale: &LanguageIdentifier, id: &str, args: &[(&str, Arg)]) -> String {
        self.resolve(locale, id, None, args).unwrap_or_else(|| {
            self.record(locale, id);
            format!("[{id}]")
        })
    }

    /// The attribute `attr` of message `id` (a step's `.hint`), with fallback.
    pub fn format_attr(
        &self,
        locale: &LanguageIdentifier,
        id: &str,
        attr: &str,
        args: &[(&str, Arg)],
    ) -> Option<String> {
        self.resolve(locale, id, Some(attr), args)
    }

    fn resolve(
        &self,
        locale: &LanguageIdentifier,
        id: &str,
        attr: Option<&str>,
        args: &[(&str, Arg)],
    ) -> Option<String> {
        for l in self.chain(locale) {
            let Some(message) = l.bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                None => message.value(),
                Some(a) => message.get_attribute(a).map(|a| a.value()),
            };
            let Some(pattern) = pattern else { continue };
            let fluent_args = to_fluent_args(&l.id, args);
            let mut errors = Vec::new();
            let text = l
                .bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
            return Some(if l.pseudo { format!("[{text}]") } else { text });
        }
        None
    }

    fn record(&self, locale: &LanguageIdentifier, id: &str) {
        if let Ok(mut missing) = self.missing.lock() {
            missing.insert((locale.to_string(), id.to_owned()));
        }
    }

    /// Whether `locale` itself has the message (no fallback).
    pub fn has_message(&self, locale: &LanguageIdentifier, id: &str) -> bool {
        self.locale(locale)
            .is_some_and(|l| l.index.contains_key(id))
    }

    /// Whether `locale` itself has the attribute (no fallback).
    pub fn has_attr(&self, locale: &LanguageIdentifier, id: &str, attr: &str) -> bool {
        self.locale(locale)
            .and_then(|l| l.index.get(id))
            .is_some_and(|a| a.contains(attr))
    }

    /// Every message id of `locale`, sorted.
    pub fn message_ids(&self, locale: &LanguageIdentifier) -> Vec<String> {
        self.locale(locale)
            .map(|l| l.index.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The attributes of a message in `locale`.
    pub fn attributes(&self, locale: &LanguageIdentifier, id: &str) -> Vec<String> {
        self.locale(locale)
            .and_then(|l| l.index.get(id))
            .map(|a| a.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Messages asked for that no locale has: (locale, id).
    pub fn missing(&self) -> Vec<(LanguageIdentifier, String)> {
        self.missing
            .lock()
            .map(|m| {
                m.iter()
                    .filter_map(|(l, id)| Some((l.parse().ok()?, id.clone())))
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Locale {
    fn load(
        id: LanguageIdentifier,
        files: &[(String, String)],
        pseudo: bool,
    ) -> Result<Locale, I18nError> {
        let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
        bundle.set_use_isolating(false);
        if pseudo {
            bundle.set_transform(Some(pseudo_transform));
        }
        let mut index: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut syntax = Vec::new();
        for (file, text) in files {
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((_, errors)) => {
                    syntax.extend(errors.iter().map(|e| syntax_error(file, text, e)));
                    continue;
                }
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let attrs = m.attributes.iter().map(|a| a.id.name.to_owned()).collect();
                    if index.insert(m.id.name.to_owned(), attrs).is_some() {
                        return Err(I18nError::Duplicate {
                            file: file.clone(),
                            locale: id.to_string(),
                            id: m.id.name.to_owned(),
                        });
                    }
                }
            }
            if let Err(errors) = bundle.add_resource(resource) {
                let id_of = |e: &fluent_bundle::FluentError| match e {
                    fluent_bundle::FluentError::Overriding { id, .. } => id.clone(),
                    other => other.to_string(),
                };
                if let Some(e) = errors.first() {
                    return Err(I18nError::Duplicate {
                        file: file.clone(),
                        locale: id.to_string(),
                        id: id_of(e),
                    });
                }
            }
        }
        if !syntax.is_empty() {
            return Err(I18nError::Syntax(syntax));
        }
        Ok(Locale {
            id,
            bundle,
            index,
            pseudo,
        })
    }
}

fn pseudo_transform(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, false, true)
}

fn syntax_error(file: &str, text: &str, e: &fluent_syntax::parser::ParserError) -> SyntaxError {
    let at = e.pos.start.min(text.len());
    let before = text.get(..at).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    // The message the error is in: the last line before it that starts an entry.
    let near = before
        .lines()
        .rev()
        .find(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()) && l.contains('='))
        .and_then(|l| l.split('=').next())
        .map(|id| id.trim().to_owned());
    SyntaxError {
        file: file.to_owned(),
        line,
        column,
        message: e.kind.to_string(),
        near,
    }
}

/// `ja_JP.UTF-8` → `ja-JP`; `C`, `POSIX` and empty → `None`.
fn posix_to_tag(value: &str) -> Option<String> {
    let base = value.split(['.', '@']).next().unwrap_or_default().trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

fn to_fluent_args<'a>(locale: &LanguageIdentifier, args: &'a [(&'a str, Arg)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        let value: FluentValue<'a> = match v {
            Arg::Text(t) => FluentValue::from(t.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Date { year, month, day } => {
                FluentValue::from(format_date(locale, *year, *month, *day))
            }
        };
        out.set(*k, value);
    }
    out
}

#[cfg(feature = "portal")]
impl Localizer {
    /// A portal message (a label, a title, a refusal) in `locale`.
    pub fn portal(
        &self,
        locale: &LanguageIdentifier,
        message: &walkthrough_portal::MessageRef,
    ) -> String {
        use walkthrough_portal::Arg as P;
        let args: Vec<(&str, Arg)> = message
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    P::Text(t) => Arg::Text(t.clone()),
                    P::Number(n) => Arg::Number(*n),
                    P::Date(d) => Arg::Date {
                        year: d.year,
                        month: d.month,
                        day: d.day,
                    },
                };
                (*k, v)
            })
            .collect();
        self.format(locale, message.id, &args)
    }
}

/// A date as people write it in `locale`: 11/19/2015 (en), 2015/11/19 (ja).
pub fn format_date(locale: &LanguageIdentifier, year: i32, month: u8, day: u8) -> String {
    match locale.language.as_str() {
        "ja" | "zh" | "ko" => format!("{year}/{month:02}/{day:02}"),
        _ => format!("{month}/{day}/{year}"),
    }
}

/// Display width in terminal cells (East Asian wide characters count two).
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` padded with spaces to `width` cells.
pub fn pad(s: &str, width: usize) -> String {
    let w = self::width(s);
    if w >= width {
        return s.to_owned();
    }
    format!("{s}{}", " ".repeat(width - w))
}

/// `s` cut to at most `width` cells, never splitting a wide character; a cut
/// ends with `…`.
pub fn truncate(s: &str, width: usize) -> String {
    if self::width(s) <= width {
        return s.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_values_become_tags() {
        assert_eq!(posix_to_tag("ja_JP.UTF-8").as_deref(), Some("ja-JP"));
        assert_eq!(posix_to_tag("de_DE@euro").as_deref(), Some("de-DE"));
        assert_eq!(posix_to_tag("C"), None);
        assert_eq!(posix_to_tag("POSIX"), None);
        assert_eq!(posix_to_tag("C.UTF-8"), None);
        assert_eq!(posix_to_tag(""), None);
    }

    #[test]
    fn width_pad_and_truncate_count_cells() {
        assert_eq!(width("設定"), 4);
        assert_eq!(width("Settings"), 8);
        assert_eq!(pad("設定", 6), "設定  ");
        assert_eq!(width(&pad("アプリ", 10)), 10);
        assert_eq!(truncate("アプリ パスワード", 8), "アプリ …");
        assert_eq!(truncate("アプリパスワード", 8), "アプリ…");
        assert_eq!(
            width(&truncate("アプリパスワード", 8)),
            7,
            "never half a wide character"
        );
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }

    #[test]
    fn dates_follow_the_locale() {
        let en: LanguageIdentifier = "en-US".parse().unwrap_or_default();
        let ja: LanguageIdentifier = "ja-JP".parse().unwrap_or_default();
        assert_eq!(format_date(&en, 2015, 11, 9), "11/9/2015");
        assert_eq!(format_date(&ja, 2015, 11, 9), "2015/11/09");
    }
}
