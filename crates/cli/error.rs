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
            | CliError::Output(_) => 2,
        }
    }
}
