//! Why an article cannot be imported. Each error is told to a person in
//! their language by [`ImportError::render`]; the `Display` text is for logs.

use std::path::PathBuf;
use thiserror::Error;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::{Arg, Localizer};

/// An article that cannot be imported, or drafts that cannot be written.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The file cannot be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Binary data, or text that is not UTF-8.
    #[error("{path}: not a text article")]
    Binary {
        /// The file.
        path: String,
    },
    /// Nothing but white space.
    #[error("{path}: empty")]
    Empty {
        /// The file.
        path: String,
    },
    /// No numbered list anywhere.
    #[error("{path}: no numbered steps")]
    NoSteps {
        /// The file.
        path: String,
    },
    /// Numbered steps, none of which names anything in the portal.
    #[error("{path}: not a procedure of the portal ({lang})")]
    NotAProcedure {
        /// The file.
        path: String,
        /// The language it was read in.
        lang: String,
    },
    /// A language with no portal labels.
    #[error("no portal labels in {lang}")]
    UnknownLanguage {
        /// The language asked for, or found in the article.
        lang: String,
        /// The languages there are.
        available: Vec<String>,
    },
    /// A draft would overwrite a file.
    #[error("{} exists", path.display())]
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// A file or folder cannot be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The drafts' locale files do not load with the shipped ones.
    #[error(transparent)]
    Locales(#[from] walkthrough_i18n::I18nError),
    /// A draft that is not a valid scenario, or cannot start a portal: a bug.
    #[error("draft: {0}")]
    Draft(String),
}

impl ImportError {
    /// Attaches the file's name to an [`ArticleError`](crate::ArticleError).
    pub fn article(path: &str, e: crate::ArticleError) -> ImportError {
        let path = path.to_owned();
        match e {
            crate::ArticleError::Binary => ImportError::Binary { path },
            crate::ArticleError::Empty => ImportError::Empty { path },
            crate::ArticleError::NoSteps => ImportError::NoSteps { path },
        }
    }

    /// The error for a person, in `ui`'s language.
    pub fn render(&self, l10n: &Localizer, ui: &LanguageIdentifier) -> String {
        let t = |s: &str| Arg::Text(s.to_owned());
        let p = |p: &PathBuf| Arg::Text(p.display().to_string());
        let (id, args): (&str, Vec<(&str, Arg)>) = match self {
            ImportError::Read { path, source } => (
                "import-error-read",
                vec![("path", p(path)), ("error", t(&source.to_string()))],
            ),
            ImportError::Binary { path } => ("import-error-binary", vec![("path", t(path))]),
            ImportError::Empty { path } => ("import-error-empty", vec![("path", t(path))]),
            ImportError::NoSteps { path } => ("import-error-no-steps", vec![("path", t(path))]),
            ImportError::NotAProcedure { path, lang } => (
                "import-error-not-a-procedure",
                vec![("path", t(path)), ("lang", t(lang))],
            ),
            ImportError::UnknownLanguage { lang, available } => (
                "import-error-unknown-language",
                vec![("lang", t(lang)), ("available", t(&available.join(", ")))],
            ),
            ImportError::Exists { path } => ("import-error-exists", vec![("path", p(path))]),
            ImportError::Write { path, source } => (
                "import-error-write",
                vec![("path", p(path)), ("error", t(&source.to_string()))],
            ),
            ImportError::Locales(e) => return l10n.describe(ui, e),
            ImportError::Draft(e) => ("import-error-draft", vec![("error", t(e))]),
        };
        l10n.format(ui, id, &args)
    }
}
