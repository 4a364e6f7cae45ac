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
    /// A FIFO, a device or a folder: reading it could wait forever.
    #[error("{}: not a regular file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
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
    /// Past one of the article limits (size, step, heading, number of steps).
    #[error("{path}:{line}:1: {what}")]
    TooLarge {
        /// The file.
        path: String,
        /// The line (1 for the whole file).
        line: usize,
        /// Which limit, as an [`ArticleError`](crate::ArticleError).
        what: crate::ArticleError,
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
            crate::ArticleError::TooLarge { .. } => ImportError::TooLarge {
                path,
                line: 1,
                what: e,
            },
            crate::ArticleError::StepTooLong { line, .. }
            | crate::ArticleError::HeadingTooLong { line, .. }
            | crate::ArticleError::TooManySteps { line, .. } => ImportError::TooLarge {
                path,
                line,
                what: e,
            },
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
            ImportError::NotAFile { path } => ("import-error-not-a-file", vec![("path", p(path))]),
            ImportError::Empty { path } => ("import-error-empty", vec![("path", t(path))]),
            ImportError::TooLarge { path, line, what } => {
                let n = |v: usize| Arg::Number(v as i64);
                let (id, size, limit) = match what {
                    crate::ArticleError::StepTooLong { chars, .. } => (
                        "import-error-step-too-long",
                        *chars,
                        crate::article::MAX_STEP_CHARS,
                    ),
                    crate::ArticleError::HeadingTooLong { chars, .. } => (
                        "import-error-heading-too-long",
                        *chars,
                        crate::article::MAX_HEADING_CHARS,
                    ),
                    crate::ArticleError::TooManySteps { count, .. } => (
                        "import-error-too-many-steps",
                        *count,
                        crate::article::MAX_STEPS,
                    ),
                    crate::ArticleError::TooLarge { bytes } => (
                        "import-error-too-large",
                        *bytes,
                        crate::article::MAX_ARTICLE_BYTES,
                    ),
                    _ => (
                        "import-error-too-large",
                        0,
                        crate::article::MAX_ARTICLE_BYTES,
                    ),
                };
                (
                    id,
                    vec![
                        ("path", t(path)),
                        ("line", n(*line)),
                        ("size", n(size)),
                        ("limit", n(limit)),
                    ],
                )
            }
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
