//! Errors: locale files that cannot be used, and languages that cannot be understood.

use crate::{FALLBACK, PSEUDO};
use std::path::PathBuf;
use thiserror::Error;

/// Locale files that cannot be used, or a language that cannot be understood.
///
/// The texts are in English, like cargo's diagnostics: they are for
/// translators and script authors, and a broken locale cannot translate its
/// own errors. [`crate::Localizer::describe`] localizes the one a person meets
/// at the command line, [`I18nError::BadLanguage`].
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
    /// Errors in FTL files: every one of every file, in file order.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Ftl(Vec<FtlError>),
    /// A locale folder whose name is not a language tag.
    #[error("{}: `{name}` is not a language tag (expected a folder such as en-US or ja-JP)", path.display())]
    BadFolder {
        /// The folder.
        path: PathBuf,
        /// Its name.
        name: String,
    },
    /// A locale folder whose language another folder, or the pseudo-locale, already is.
    #[error("{}: the language {language} is already taken (by another folder, or by the pseudo-locale {PSEUDO})", path.display())]
    FolderClash {
        /// The folder.
        path: PathBuf,
        /// Its language.
        language: String,
    },
    /// A locale file that is not a regular file (a FIFO, a device, a folder
    /// named `*.ftl`): refused rather than read, since reading could wait forever.
    #[error("{}: not a regular file; a locale file must be a plain FTL text file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// No en-US locale, which every message falls back to.
    #[error("no {FALLBACK} locale in {0}: every message falls back to it")]
    NoFallback(String),
    /// `--lang` is not a language tag.
    #[error("`{0}` is not a language tag; expected something like en-US or ja-JP")]
    BadLanguage(String),
}

/// What is wrong at one place of an FTL file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FtlErrorKind {
    /// The parser could not read it.
    Syntax,
    /// A message or term defined a second time in the same locale.
    Duplicate,
    /// A reference to a message, attribute, term or function that does not exist.
    UnknownReference,
    /// Refused before parsing: not UTF-8, or nested deeper than
    /// [`crate::MAX_FTL_NESTING`] (which would overflow the parser's stack).
    Refused,
}

/// One error in an FTL file, with its place.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct FtlError {
    /// The file (a path, or `embedded:locales/<lang>/<file>`).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What kind of error.
    pub kind: FtlErrorKind,
    /// The message (or `-term`) the error is in, when known.
    pub id: Option<String>,
    /// What is wrong, naming the message when known.
    pub message: String,
}
