//! The command line, as clap reads it.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Rehearse, examine and check the documented procedures of a mock Office 365
/// portal: create and delete an app password for an account with multi-factor
/// authentication.
///
/// With no command, opens the start menu: pick a scenario, a mode and a language.
#[derive(Debug, Parser)]
#[command(name = "walkthrough", version, about, long_about, max_term_width = 100)]
pub struct Cli {
    /// What to do; the start menu when omitted.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options every command takes.
    #[command(flatten)]
    pub global: Global,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Language of everything shown (en-US, ja-JP, en-XA pseudo-locale). Default:
    /// LC_ALL, LC_MESSAGES or LANG, else en-US.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Read scenario files (*.toml) from DIR instead of the embedded ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
    /// Read locale files (DIR/<lang>/*.ftl) from DIR instead of the embedded ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub locales: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the scenarios: ids and titles.
    List,
    /// Run a scenario in the terminal: guided (you operate the portal, the guide
    /// shows each step) or demo (it runs by itself).
    Run(RunArgs),
    /// Print every step of a scenario as the engine performs it, as plain text.
    Play(PlayArgs),
    /// Verify the written steps against the portal, in every language: name each
    /// step that is wrong, ambiguous, incomplete or mistranslated.
    ///
    /// Exit code 0 when there are no errors (and, with `--deny warnings`, no
    /// warnings); 1 when there are; 2 when a file cannot be read. `--lang`
    /// chooses the language whose texts are checked (default: all).
    Check(CheckArgs),
    /// Write each step's screen, its target highlighted, as SVG and as text: the
    /// screenshots for a localized article. `--lang` chooses the language (all:
    /// one folder per language).
    Shots(ShotsArgs),
    /// Draft a scenario from a written procedure article (Markdown, or HTML
    /// lists in Markdown): for each procedure, a step script and its step
    /// texts, then check them against the portal.
    ///
    /// The article's language is `--lang`, else its `ms.locale`, else its
    /// script or the portal labels it names. Exit code 0 when every step was
    /// resolved and the check finds no errors; 1 when a draft has UNRESOLVED
    /// steps or the check finds errors; 2 when the article cannot be read.
    Import(ImportArgs),
}

/// `walkthrough import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The article: Markdown with numbered steps under headings.
    pub article: PathBuf,
    /// Folder to write the drafts into (created if missing): <id>.toml and
    /// <lang>/<id>.ftl for each procedure.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
    /// Overwrite draft files that exist already.
    #[arg(long)]
    pub force: bool,
}

/// `walkthrough run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// The scenario's id (see `walkthrough list`).
    pub scenario: String,
    /// guided: you do each step; demo: the steps run by themselves.
    #[arg(long, value_enum, default_value_t = RunMode::Guided)]
    pub mode: RunMode,
    /// Seed for generated passwords and codes, for repeatable runs.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Demo mode: seconds each screen stays before the next action (0: straight through).
    #[arg(long, value_name = "SECONDS", default_value_t = 1.5)]
    pub speed: f64,
}

/// Modes of `run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RunMode {
    /// You operate the portal; the guide shows each step.
    Guided,
    /// The steps run by themselves, pausing on every screen.
    Demo,
}

/// `walkthrough shots`.
#[derive(Debug, Args)]
pub struct ShotsArgs {
    /// The scenario's id (see `walkthrough list`).
    pub scenario: String,
    /// Folder to write into (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Seed for the generated password shown in the shots (fixed by default, so
    /// the images do not change from run to run).
    #[arg(long, value_name = "N", default_value_t = 2015)]
    pub seed: u64,
}

/// `walkthrough check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Scenario files or folders of them (default: the embedded scenarios).
    pub paths: Vec<PathBuf>,
    /// Output: text for people, json for CI (schema in docs/check-json.md).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Treat warnings as errors for the exit code.
    #[arg(long, value_enum, value_name = "WHAT")]
    pub deny: Option<Deny>,
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Grouped by scenario and step, coloured on a terminal.
    Text,
    /// One JSON document.
    Json,
}

/// What `--deny` can make fatal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Warnings.
    Warnings,
}

/// `walkthrough play`.
#[derive(Debug, Args)]
pub struct PlayArgs {
    /// The scenario's id (see `walkthrough list`).
    pub scenario: String,
    /// Seed for generated passwords and codes (fixed by default, so the output
    /// is the same on every run and nothing random reaches a log).
    #[arg(long, value_name = "N", default_value_t = 2015)]
    pub seed: u64,
}
