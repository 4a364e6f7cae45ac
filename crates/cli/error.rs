//! Every way a command can fail, and the exit code each one means. The one
//! place where errors become exit codes.

use thiserror::Error;

/// A command that could not do its job.
#[derive(Debug, Error)]
pub enum CliError {
    /// Scenario files could not be loaded, or the scenario is unknown.
    #[error("{0}")]
    Scenario(#[from] walkthrough_scenario::LoadError),
    /// Locale files could not be loaded, or the language is malformed.
    #[error("{0}")]
    Locale(#[from] walkthrough_i18n::I18nError),
    /// A scenario cannot start (its fixture breaks the portal's rules).
    #[error("{0}")]
    Run(#[from] walkthrough_scenario::RunError),
    /// Bad input, already put in the person's language (a malformed `--lang`,
    /// no terminal for the front end).
    #[error("{0}")]
    Said(String),
    /// The terminal interface could not run.
    #[error("{0}")]
    Tui(#[from] walkthrough_tui::TuiError),
    /// A file could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// An article that cannot be imported, told in the person's language.
    #[error("{message}")]
    Import {
        /// What went wrong.
        error: walkthrough_import::ImportError,
        /// It, in the negotiated language.
        message: String,
    },
    /// `--time-limit` without `--mode exam`.
    #[error("{message}")]
    TimeLimitNeedsExam {
        /// The seconds given.
        limit: u64,
        /// It, in the negotiated language.
        message: String,
    },
    /// `--record-to` or `--sync` is not the address of a Learning Record Store.
    #[error("{message}")]
    BadLrsUrl {
        /// Why.
        error: walkthrough_records::LrsError,
        /// It, in the negotiated language.
        message: String,
    },
    /// No records file was named and the user has no data folder.
    #[error("{message}")]
    NoDataDir {
        /// It, in the negotiated language.
        message: String,
    },
    /// The records file cannot be written (found before the run starts).
    #[error("{message}")]
    RecordsUnwritable {
        /// Why.
        error: std::io::Error,
        /// It, in the negotiated language.
        message: String,
    },
    /// The records file cannot be read.
    #[error("{message}")]
    RecordsUnreadable {
        /// Why.
        error: walkthrough_records::StoreError,
        /// It, in the negotiated language.
        message: String,
    },
    /// A start-menu training option before a subcommand.
    #[error("{message}")]
    Misplaced {
        /// Which option, before which subcommand.
        misplaced: crate::args::Misplaced,
        /// It, in the negotiated language.
        message: String,
    },
    /// A file named on the command line is a FIFO, a device, a socket or a
    /// folder: reading it could wait forever.
    #[error("{message}")]
    NotAFile {
        /// The path.
        path: std::path::PathBuf,
        /// What it is.
        kind: walkthrough_scenario::FileKind,
        /// It, in the negotiated language.
        message: String,
    },
    /// A folder named with `--scenarios`, `--locales` or `--portals` does
    /// not exist.
    #[error("{message}")]
    MissingFolder {
        /// The flag.
        flag: &'static str,
        /// The path.
        path: std::path::PathBuf,
        /// It, in the negotiated language.
        message: String,
    },
    /// Writing the output failed (a closed pipe is not an error).
    #[error("{0}")]
    Output(#[from] std::io::Error),
}

impl CliError {
    /// The error for a start-menu option given before a subcommand.
    pub fn misplaced(
        ctx: &crate::context::Context,
        misplaced: &crate::args::Misplaced,
    ) -> CliError {
        use walkthrough_i18n::Arg;
        let args = [
            ("flag", Arg::Text(misplaced.flag.to_owned())),
            ("command", Arg::Text(misplaced.command.clone())),
        ];
        let id = if misplaced.takes_it {
            "cli-option-after-command"
        } else {
            "cli-option-not-for-command"
        };
        CliError::Misplaced {
            message: ctx.text(id, &args),
            misplaced: misplaced.clone(),
        }
    }

    /// Refuses `path` when it exists and is a FIFO, a device or a socket,
    /// before anything opens it; the check is
    /// [`walkthrough_scenario::non_regular`], shared with scenario loading. A
    /// folder passes: opening it fails at once, and the command says so in
    /// its own words. Said as a file that cannot be read.
    pub fn refuse_non_regular(
        words: crate::context::Words<'_>,
        path: &std::path::Path,
    ) -> Result<(), CliError> {
        CliError::refuse_special(words, path, "cli-not-a-file")
    }

    /// As [`CliError::refuse_non_regular`], for a records file the run is
    /// to write: said as one that training records cannot be written to.
    pub fn refuse_non_regular_to_write(
        words: crate::context::Words<'_>,
        path: &std::path::Path,
    ) -> Result<(), CliError> {
        CliError::refuse_special(words, path, "cli-records-special-file")
    }

    /// Refuses `path` when it is a FIFO, a device or a socket, with the
    /// Fluent message `id` (`$path`, `$kind`).
    fn refuse_special(
        words: crate::context::Words<'_>,
        path: &std::path::Path,
        id: &str,
    ) -> Result<(), CliError> {
        use walkthrough_i18n::Arg;
        use walkthrough_scenario::FileKind;
        let Some(kind) = walkthrough_scenario::non_regular(path) else {
            return Ok(());
        };
        if kind == FileKind::Directory {
            return Ok(());
        }
        let selector = match kind {
            FileKind::Directory => "directory",
            FileKind::Fifo => "fifo",
            FileKind::Socket => "socket",
            FileKind::BlockDevice | FileKind::CharDevice => "device",
            FileKind::Other => "other",
        };
        let args = [
            ("path", Arg::Text(path.display().to_string())),
            ("kind", Arg::Text(selector.to_owned())),
        ];
        Err(CliError::NotAFile {
            message: words.text(id, &args),
            path: path.to_path_buf(),
            kind,
        })
    }

    /// Refuses a folder given with `flag` (`--scenarios`, `--locales`,
    /// `--portals`) that does not exist, before anything is loaded: said in
    /// the embedded locales, in the language `--lang` or the environment
    /// asks for, since the locales themselves may be what is missing.
    pub fn refuse_missing(
        global: &crate::args::Global,
        flag: &'static str,
        path: &std::path::Path,
    ) -> Result<(), CliError> {
        use walkthrough_i18n::Arg;
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            _ => return Ok(()),
        }
        let localizer = crate::context::locales(None, &[])?;
        let env = |k: &str| std::env::var(k).ok();
        let locale = localizer
            .negotiate(global.lang.as_deref(), &env)
            .or_else(|_| localizer.negotiate(None, &env))
            .map(|n| n.locale)
            .unwrap_or_default();
        let args = [
            ("path", Arg::Text(path.display().to_string())),
            ("flag", Arg::Text(flag.to_owned())),
        ];
        Err(CliError::MissingFolder {
            flag,
            path: path.to_path_buf(),
            message: localizer.format(&locale, "cli-folder-missing", &args),
        })
    }

    /// The error as printed: one whose cause is an operating-system error
    /// (a path that cannot be read or written, the terminal, the output)
    /// gives its sentence in the person's language (`words`), then what the
    /// system reported on a line of its own, marked as in
    /// [`with_detail`](crate::commands::records::with_detail); any other as
    /// it describes itself.
    pub fn shown(&self, words: crate::context::Words<'_>) -> String {
        use crate::commands::records::with_detail;
        use walkthrough_i18n::Arg;
        let path = |p: &std::path::Path| [("path", Arg::Text(p.display().to_string()))];
        let (sentence, detail) = match self {
            CliError::Scenario(walkthrough_scenario::LoadError::Read { path: p, source }) => {
                (words.text("cli-cannot-read-path", &path(p)), source)
            }
            CliError::Locale(walkthrough_i18n::I18nError::Read { path: p, source }) => {
                (words.text("cli-cannot-read-path", &path(p)), source)
            }
            CliError::Write { path: p, source } => {
                (words.text("cli-cannot-write-path", &path(p)), source)
            }
            CliError::Tui(walkthrough_tui::TuiError::Terminal(source)) => {
                (words.text("cli-terminal-failed", &[]), source)
            }
            CliError::Output(source) => (words.text("cli-output-failed", &[]), source),
            other => return other.to_string(),
        };
        with_detail(words, sentence, Some(&detail.to_string()))
    }

    /// The exit code: 2 for bad input; 1 is reserved for findings.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Scenario(_)
            | CliError::Locale(_)
            | CliError::Run(_)
            | CliError::Said(_)
            | CliError::Tui(_)
            | CliError::Write { .. }
            | CliError::Import { .. }
            | CliError::TimeLimitNeedsExam { .. }
            | CliError::BadLrsUrl { .. }
            | CliError::NoDataDir { .. }
            | CliError::RecordsUnreadable { .. }
            | CliError::RecordsUnwritable { .. }
            | CliError::Misplaced { .. }
            | CliError::NotAFile { .. }
            | CliError::MissingFolder { .. }
            | CliError::Output(_) => 2,
        }
    }
}
