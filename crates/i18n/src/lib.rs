//! Every word a person reads in walkthrough comes from here: Fluent bundles per
//! locale (`locales/<lang>/*.ftl`, embedded or read from a folder), language
//! negotiation from `--lang` and the environment, message-by-message fallback
//! to en-US, a pseudo-locale (`en-XA`) that proves nothing is hard-coded, and
//! width-aware helpers for double-width (East Asian) text.
//!
//! It stands alone: it knows nothing of the scenarios or the terminal, and of
//! the portal only behind the optional `portal` feature (one convenience,
//! `Localizer::portal`). [`Localizer`] is `Send + Sync`.

mod error;
mod load;
mod negotiate;
mod pseudo;
mod text;

pub use error::{FtlError, FtlErrorKind, I18nError};
pub use load::{Layer, MAX_FTL_NESTING};
pub use negotiate::{Negotiated, Note, ENV_VARS};
pub use text::{format_date, pad, truncate, width};

use fluent_bundle::{FluentArgs, FluentValue};
use load::{Folder, Locale};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Mutex, OnceLock};
use unic_langid::LanguageIdentifier;

/// The locale every message falls back to.
pub const FALLBACK: &str = "en-US";
/// The pseudo-locale, built from en-US at load time.
pub const PSEUDO: &str = "en-XA";

/// A value passed to a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text (a name, an account).
    Text(String),
    /// A number (selects plural forms).
    Number(i64),
    /// A date, formatted per locale (see [`format_date`]).
    Date {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u8,
        /// Day, 1–31.
        day: u8,
    },
}

/// The loaded locales: one Fluent bundle per locale, the pseudo-locale last.
///
/// Each file is parsed once. The pseudo-locale is built from en-US's parsed
/// files the first time it is asked for, so a program that never shows it
/// never pays for it.
pub struct Localizer {
    /// The real locales, in folder order.
    locales: Vec<Locale>,
    /// The pseudo-locale, once asked for.
    pseudo: OnceLock<Locale>,
    /// Every locale's id: the real ones, then the pseudo-locale.
    ids: Vec<LanguageIdentifier>,
    /// Index of en-US in `locales`.
    fallback: usize,
    missing: Mutex<BTreeSet<(String, String)>>,
    /// Where the files came from (for errors of a localizer layered over this one).
    origin: String,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.ids)
            .finish_non_exhaustive()
    }
}

impl Localizer {
    /// The locales embedded in the binary (the `locales/` folder at build time).
    pub fn embedded() -> Result<Localizer, I18nError> {
        Localizer::build(load::embedded()?, "embedded:locales")
    }

    /// Every `<lang>/*.ftl` under `dir` (`--locales DIR`); folders whose names
    /// start with `.` are skipped.
    pub fn from_dir(dir: &Path) -> Result<Localizer, I18nError> {
        Localizer::build(load::from_dir(dir)?, &dir.display().to_string())
    }

    /// Locale files in layers, the first at the bottom: a later layer's
    /// `<lang>/<name>.ftl` replaces an earlier file of the same language and
    /// name, its other files are added, and a new language folder adds a
    /// locale. Used for a scenario folder carrying its own step texts beside
    /// the embedded (or `--locales`) files, and for drafts being checked.
    pub fn layered(layers: &[Layer<'_>]) -> Result<Localizer, I18nError> {
        let mut folders: Vec<Folder> = Vec::new();
        let mut origin = Vec::new();
        for layer in layers {
            origin.push(layer.origin());
            for folder in layer.folders()? {
                match folders.iter_mut().find(|f| f.name == folder.name) {
                    Some(base) => base.overlay(folder.files),
                    None => folders.push(folder),
                }
            }
        }
        folders.sort_by(|a, b| a.name.cmp(&b.name));
        Localizer::build(folders, &origin.join(" + "))
    }

    fn build(folders: Vec<Folder>, origin: &str) -> Result<Localizer, I18nError> {
        let pseudo: LanguageIdentifier = PSEUDO
            .parse()
            .map_err(|_| I18nError::BadLanguage(PSEUDO.to_owned()))?;
        let mut ids: Vec<LanguageIdentifier> = Vec::new();
        for folder in &folders {
            let id: LanguageIdentifier = folder.name.parse().map_err(|_| I18nError::BadFolder {
                path: folder.path.clone(),
                name: folder.name.clone(),
            })?;
            if id == pseudo || ids.contains(&id) {
                return Err(I18nError::FolderClash {
                    path: folder.path.clone(),
                    language: id.to_string(),
                });
            }
            ids.push(id);
        }
        let fallback = ids
            .iter()
            .position(|l| *l == FALLBACK)
            .ok_or_else(|| I18nError::NoFallback(origin.to_owned()))?;
        let mut errors = Vec::new();
        let locales: Vec<Locale> = ids
            .iter()
            .zip(&folders)
            .map(|(id, f)| Locale::load(id.clone(), &f.files, false, &mut errors))
            .collect();
        if !errors.is_empty() {
            return Err(I18nError::Ftl(errors));
        }
        ids.push(pseudo);
        Ok(Localizer {
            locales,
            pseudo: OnceLock::new(),
            origin: origin.to_owned(),
            ids,
            fallback,
            missing: Mutex::new(BTreeSet::new()),
        })
    }

    /// Every locale: the real ones in folder order, then the pseudo-locale.
    pub fn available(&self) -> &[LanguageIdentifier] {
        &self.ids
    }

    fn real_locales(&self) -> impl Iterator<Item = &Locale> {
        self.locales.iter()
    }

    fn origin(&self) -> &str {
        &self.origin
    }

    /// The locales with real translations (every one but the pseudo-locale).
    pub fn real(&self) -> Vec<LanguageIdentifier> {
        self.locales.iter().map(|l| l.id.clone()).collect()
    }

    /// Whether `locale` is the pseudo-locale.
    pub fn is_pseudo(&self, locale: &LanguageIdentifier) -> bool {
        self.ids.last() == Some(locale)
    }

    /// Whether the pseudo-locale has been built (it is, the first time it is
    /// asked for).
    pub fn pseudo_is_built(&self) -> bool {
        self.pseudo.get().is_some()
    }

    /// en-US, which every message falls back to.
    pub fn fallback_locale(&self) -> &LanguageIdentifier {
        &self.ids[self.fallback]
    }

    /// Chooses the language: `requested` (`--lang`) first, then the first
    /// non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG` (read through `env`), else
    /// en-US. POSIX values work (`ja_JP.UTF-8` is ja-JP; `C`, `POSIX` and empty
    /// mean en-US). A malformed `--lang` is an error, a malformed environment
    /// value is ignored; an unavailable language gives the nearest available
    /// one, or en-US with a [`Note`] to show on one line.
    pub fn negotiate(
        &self,
        requested: Option<&str>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Negotiated, I18nError> {
        negotiate::negotiate(&self.ids, self.fallback_locale(), requested, env)
    }

    /// The note, on one line, in `locale` (normally the negotiated one).
    pub fn note(&self, locale: &LanguageIdentifier, note: &Note) -> String {
        match note {
            Note::Unsupported { requested, using } => self.format(
                locale,
                "i18n-language-unavailable",
                &[
                    ("requested", Arg::Text(requested.clone())),
                    ("using", Arg::Text(using.to_string())),
                ],
            ),
        }
    }

    /// The error for a person, in `locale`: a malformed `--lang` is localized
    /// (negotiate from the environment alone to pick `locale`); errors in
    /// locale files stay in English, for translators, like cargo's.
    pub fn describe(&self, locale: &LanguageIdentifier, error: &I18nError) -> String {
        match error {
            I18nError::BadLanguage(requested) => self.format(
                locale,
                "i18n-bad-language",
                &[("requested", Arg::Text(requested.clone()))],
            ),
            other => other.to_string(),
        }
    }

    fn locale(&self, id: &LanguageIdentifier) -> Option<&Locale> {
        if self.is_pseudo(id) {
            let fallback = &self.locales[self.fallback];
            return Some(self.pseudo.get_or_init(|| fallback.pseudo(id.clone())));
        }
        self.locales.iter().find(|l| &l.id == id)
    }

    /// `locale`, then en-US.
    fn chain(&self, locale: &LanguageIdentifier) -> impl Iterator<Item = &Locale> {
        let fallback = &self.locales[self.fallback];
        self.locale(locale)
            .into_iter()
            .chain((&fallback.id != locale).then_some(fallback))
    }

    /// The message `id` in `locale`, falling back to en-US; a message missing
    /// everywhere shows as `[id]` and is recorded (see [`Localizer::missing`]).
    /// In the pseudo-locale the whole text is bracketed.
    pub fn format(&self, locale: &LanguageIdentifier, id: &str, args: &[(&str, Arg)]) -> String {
        self.resolve(locale, id, None, args).unwrap_or_else(|| {
            self.record(locale, id);
            format!("[{id}]")
        })
    }

    /// The attribute `attr` of message `id` (a step's `.hint`), falling back
    /// to en-US; `None` when no locale has it.
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
        self.chain(locale).find_map(|l| {
            let message = l.bundle.get_message(id)?;
            let pattern = match attr {
                None => message.value()?,
                Some(a) => message.get_attribute(a)?.value(),
            };
            let args = fluent_args(&l.id, args);
            // Resolver errors (a missing argument) still give a readable text,
            // with the argument's name in braces, as Fluent renders it.
            let mut errors = Vec::new();
            let text = l.bundle.format_pattern(pattern, Some(&args), &mut errors);
            Some(if l.pseudo {
                format!("[{text}]")
            } else {
                text.into_owned()
            })
        })
    }

    fn record(&self, locale: &LanguageIdentifier, id: &str) {
        if let Ok(mut missing) = self.missing.lock() {
            missing.insert((locale.to_string(), id.to_owned()));
        }
    }

    /// Whether `locale` itself has the message (no fallback).
    pub fn has_message(&self, locale: &LanguageIdentifier, id: &str) -> bool {
        self.locale(locale)
            .is_some_and(|l| l.messages.contains_key(id))
    }

    /// Whether `locale` itself has the attribute (no fallback).
    pub fn has_attr(&self, locale: &LanguageIdentifier, id: &str, attr: &str) -> bool {
        self.locale(locale)
            .and_then(|l| l.messages.get(id))
            .is_some_and(|m| m.attrs.contains(attr))
    }

    /// Every message id of `locale`, sorted.
    pub fn message_ids(&self, locale: &LanguageIdentifier) -> Vec<String> {
        self.locale(locale)
            .map(|l| l.messages.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The attributes of a message in `locale`, sorted.
    pub fn attributes(&self, locale: &LanguageIdentifier, id: &str) -> Vec<String> {
        self.locale(locale)
            .and_then(|l| l.messages.get(id))
            .map(|m| m.attrs.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// The variables (`$name` without the `$`) a message uses in `locale`, in
    /// its value and attributes, sorted.
    pub fn variables(&self, locale: &LanguageIdentifier, id: &str) -> Vec<String> {
        self.locale(locale)
            .and_then(|l| l.messages.get(id))
            .map(|m| m.vars.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Messages asked for that no locale has: (locale asked for, id), sorted.
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

fn fluent_args<'a>(locale: &LanguageIdentifier, args: &'a [(&'a str, Arg)]) -> FluentArgs<'a> {
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
