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
    /// Writing the output failed (a closed pipe is not an error).
    #[error("{0}")]
    Output(#[from] std::io::Error),
}

impl CliError {
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
            | CliError::Output(_) => 2,
        }
    }
}
