//! The command line, as clap reads it.

use clap::builder::NonEmptyStringValueParser;
use clap::parser::ValueSource;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Rehearse, examine and check the documented procedures of a mock Office 365
/// portal: create and delete an app password for an account with multi-factor
/// authentication.
///
/// With no command, opens the start menu: pick a scenario, a mode and a language.
/// Guided runs and exams leave a training record (see `walkthrough records`).
#[derive(Debug, Parser)]
#[command(name = "walkthrough", version, about, long_about, max_term_width = 100)]
pub struct Cli {
    /// What to do; the start menu when omitted.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options every command takes.
    #[command(flatten)]
    pub global: Global,
    /// Training records of the runs started from the start menu (before a
    /// subcommand they are refused: `run` takes them after its name).
    #[command(flatten)]
    pub training: TrainingArgs,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Language of everything shown (en-US, ja-JP, en-XA pseudo-locale), a
    /// BCP 47 language tag. Default: LC_ALL, LC_MESSAGES or LANG, else en-US.
    #[arg(long, global = true, value_name = "LANG", value_parser = language)]
    pub lang: Option<Lang>,
    /// Read scenario files (*.toml) from DIR instead of the embedded ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
    /// Read locale files (DIR/<lang>/*.ftl) from DIR instead of the embedded ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Also read product models from DIR, one folder per model:
    /// DIR/<model-id>/model.toml, its labels in DIR/<model-id>/<lang>/*.ftl
    /// (docs/portal-format.md). Scenarios name them with portal = "<model-id>";
    /// an embedded model's id cannot be reused.
    #[arg(long, global = true, value_name = "DIR")]
    pub portals: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the scenarios: ids, product models and titles.
    List,
    /// List the product models (docs/portal-format.md): the embedded ones, and
    /// those of the files or folders given, each checked; any problem of a
    /// model file is shown at its line and column, and the exit code is 2.
    Portals {
        /// Model files, model folders (<id>/model.toml with <id>/<lang>/*.ftl
        /// labels, as --portals reads them), or folders of either.
        paths: Vec<PathBuf>,
    },
    /// Run a scenario in the terminal: guided (you operate the portal, the guide
    /// shows each step), exam (only the task is shown; a score at the end) or
    /// demo (it runs by itself).
    ///
    /// Each guided run and exam that ends (finished, timed out, started again
    /// or quit) is kept as a training record, an xAPI statement, in the
    /// records file, and sent to a Learning Record Store with `--record-to`.
    /// Exit code 0; 1 when a record could not be saved to the records file
    /// (it is kept in a fallback file, named) or sent to the LRS; 130 when a
    /// signal ended the run or stopped the sending, also with a record not
    /// saved (130 goes before 1); 2 for bad input (an
    /// unknown scenario, `--time-limit` without `--mode exam`, a bad
    /// `--record-to` or `--home-page`, no terminal, no place for the records
    /// file). An environment variable set to the empty string counts as unset.
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
    /// The article's language is `--lang` (unless its script names another,
    /// as kana name Japanese), else its `ms.locale`, else its script or the
    /// portal labels it names. Exit code 0 when every step was
    /// resolved and the check finds no errors; 1 when a draft has UNRESOLVED
    /// steps or the check finds errors (or, with `--deny warnings`,
    /// warnings); 2 when the article cannot be read.
    Import(ImportArgs),
    /// List the training records kept by guided runs and exams: who ran which
    /// procedure, in which mode and language, the result (completed, passed,
    /// failed, attempted), the score out of 100 (- for a run left early, which
    /// has none), the time taken and when.
    ///
    /// `--sync URL` instead sends the pending records (listed before each send,
    /// kept until the LRS names them as stored) to a Learning Record Store.
    /// Lines of the records file that are not records are skipped with a
    /// warning naming the file and line; a statement id on several lines is
    /// listed once, with a warning. Exit code 0 ok (also when the default
    /// records file has no records yet); 1 when `--sync` could not send every
    /// record (they stay pending: no answer, a refusal, a 409 conflict, or an
    /// answer that is not an LRS's); 2 when the records file named does not
    /// exist or cannot be read, or the URL is not an http(s) endpoint (or holds
    /// a user name, password, query or fragment). In CSV, a cell starting with
    /// =, +, -, @, a tab or a carriage return gets a ' in front, so a
    /// spreadsheet does not run it as a formula.
    Records(RecordsArgs),
}

/// The ids of [`TrainingArgs`], with their flags.
pub const TRAINING_FLAGS: [(&str, &str); 6] = [
    ("trainee", "--trainee"),
    ("home_page", "--home-page"),
    ("time_limit", "--time-limit"),
    ("record_to", "--record-to"),
    ("records_file", "--records-file"),
    ("no_record", "--no-record"),
];

/// A start-menu training option given before a subcommand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misplaced {
    /// The flag, as typed (`--trainee`).
    pub flag: &'static str,
    /// The subcommand's name.
    pub command: String,
    /// Whether the subcommand takes the flag after its name.
    pub takes_it: bool,
}

/// Reads the command line, and notes a start-menu training option given
/// before a subcommand (`run` takes its own after its name): that is bad
/// input, said once the language is known.
pub fn parse() -> Result<(Cli, Option<Misplaced>), clap::Error> {
    let mut command = without_empty_env(Cli::command(), &|name| std::env::var_os(name));
    let matches = command.try_get_matches_from_mut(std::env::args_os())?;
    let misplaced = matches.subcommand_name().and_then(|name| {
        let (id, flag) = TRAINING_FLAGS
            .iter()
            .find(|(id, _)| matches.value_source(id) == Some(ValueSource::CommandLine))?;
        let takes_it = command
            .find_subcommand(name)
            .is_some_and(|sub| sub.get_arguments().any(|a| a.get_id() == id));
        Some(Misplaced {
            flag,
            command: name.to_owned(),
            takes_it,
        })
    });
    Ok((Cli::from_arg_matches(&matches)?, misplaced))
}

/// `command` with every option whose environment variable is set but empty
/// reading it no more: an empty variable means unset (`WALKTHROUGH_RECORDS=`
/// is no records file named, not an empty path). `var` reads the environment.
pub fn without_empty_env(
    command: clap::Command,
    var: &dyn Fn(&std::ffi::OsStr) -> Option<std::ffi::OsString>,
) -> clap::Command {
    command
        .mut_args(|arg| {
            let empty = arg
                .get_env()
                .is_some_and(|name| var(name).is_some_and(|v| v.is_empty()));
            if empty {
                arg.env(None)
            } else {
                arg
            }
        })
        .mut_subcommands(|sub| without_empty_env(sub, var))
}

/// Training records: who is trained, the exam's time limit, where records go.
#[derive(Debug, Args)]
pub struct TrainingArgs {
    /// The trainee's name in the training records (not only spaces). Default:
    /// the name you are logged in as.
    #[arg(long, value_name = "NAME", value_parser = NonEmptyStringValueParser::new())]
    pub trainee: Option<String>,
    /// The system the trainee's name belongs to, as the homePage of the xAPI
    /// account in each record (an http(s) address, e.g. your organisation's
    /// sign-in page). Default: https://localhost/walkthrough/<this machine's
    /// name>, an account local to this machine.
    #[arg(long, value_name = "URL", env = "WALKTHROUGH_HOME_PAGE")]
    pub home_page: Option<String>,
    /// Exam mode: the exam ends, failed, when this many seconds have passed.
    /// From the start menu it applies to the exams chosen there.
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub time_limit: Option<u64>,
    /// Also send each training record to this xAPI Learning Record Store
    /// endpoint (statements go to URL/statements; credentials from
    /// WALKTHROUGH_LRS_USER and WALKTHROUGH_LRS_PASSWORD, never in the URL).
    /// A record that cannot be sent stays pending in the records file for
    /// `walkthrough records --sync URL`.
    #[arg(long, value_name = "URL")]
    pub record_to: Option<String>,
    /// The records file (JSON Lines of xAPI statements). Default:
    /// records.jsonl in your data folder (~/.local/share/walkthrough on Linux).
    #[arg(long, value_name = "PATH", env = "WALKTHROUGH_RECORDS")]
    pub records_file: Option<PathBuf>,
    /// Keep no training record of these runs, and send none.
    #[arg(long, conflicts_with = "record_to")]
    pub no_record: bool,
}

/// `walkthrough records`.
#[derive(Debug, Args)]
pub struct RecordsArgs {
    /// Only the records of this trainee (exact name).
    #[arg(long, value_name = "NAME")]
    pub trainee: Option<String>,
    /// Only the records of this scenario (its id, see `walkthrough list`).
    #[arg(long, value_name = "ID")]
    pub scenario: Option<String>,
    /// Output: text, a table for people; csv, one row per record with the
    /// columns trainee, scenario, mode, language, result, score,
    /// duration_seconds, timestamp (RFC 3339, UTC), statement_id,
    /// wrong_actions, hints and step_seconds (each finished step's seconds,
    /// separated by ;).
    #[arg(long, value_enum, default_value_t = RecordsFormat::Text)]
    pub format: RecordsFormat,
    /// Instead of listing, send every pending record (one that could not be
    /// sent when it was made) to this xAPI Learning Record Store endpoint
    /// (credentials from WALKTHROUGH_LRS_USER and WALKTHROUGH_LRS_PASSWORD,
    /// never in the URL; WALKTHROUGH_LRS_TIMEOUT: seconds to wait, default 15).
    #[arg(long, value_name = "URL", conflicts_with_all = ["trainee", "scenario", "format"])]
    pub sync: Option<String>,
    /// The records file (JSON Lines of xAPI statements). Default:
    /// records.jsonl in your data folder (~/.local/share/walkthrough on Linux).
    #[arg(long, value_name = "PATH", env = "WALKTHROUGH_RECORDS")]
    pub records_file: Option<PathBuf>,
}

/// Output formats of `records`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RecordsFormat {
    /// A table for people, in the negotiated language.
    Text,
    /// Comma-separated values with a header row of stable English keys.
    Csv,
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
    /// ID: draft against that product model (default office365-2015); the
    /// scripts name it (portal = "ID"). all: instead of drafting, say which
    /// model each procedure describes, step by step, and where it drifts
    /// from the others; exit code 0 when each describes exactly one model
    /// with every step fitting it, 1 otherwise.
    #[arg(long, value_name = "ID|all")]
    pub portal: Option<String>,
    /// Output of --portal all: text for people, json for CI.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Treat the drafts' check warnings as errors for the exit code, as
    /// `check --deny warnings`.
    #[arg(long, value_enum, value_name = "WHAT")]
    pub deny: Option<Deny>,
}

/// `walkthrough run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// The scenario's id (see `walkthrough list`).
    pub scenario: String,
    /// guided: you do each step; exam: only the task, a score at the end;
    /// demo: the steps run by themselves.
    #[arg(long, value_enum, default_value_t = RunMode::Guided)]
    pub mode: RunMode,
    /// Seed for generated passwords and codes, for repeatable runs.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Demo mode: seconds each screen stays before the next action (0: straight through).
    #[arg(long, value_name = "SECONDS", default_value_t = 1.5, value_parser = seconds, allow_hyphen_values = true)]
    pub speed: f64,
    /// Training records of the run.
    #[command(flatten)]
    pub training: TrainingArgs,
}

/// Modes of `run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RunMode {
    /// You operate the portal; the guide shows each step.
    Guided,
    /// Only the task is shown; any way to the goal passes; a score at the end.
    Exam,
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
    /// Instead of the checks, say which product model (ID, or all of them)
    /// each scenario's step texts describe, in each language, step by step,
    /// and where they drift from the others. Exit code 0 when each describes
    /// that model (with all: exactly one) with every step fitting it; 1
    /// otherwise.
    #[arg(long, value_name = "ID|all")]
    pub portal: Option<String>,
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
    /// Plain text for screen readers and CI logs: no screens and no box
    /// drawing; each step's heading, the page it starts on, the actions with
    /// the row and field they touch, and the page it ends on.
    #[arg(long)]
    pub plain: bool,
}

/// A well-formed `--lang` value. Derefs to what is negotiated (see
/// [`language`]: `ja-JP` for `ja-JP-u-ca-japanese`, `und` for `x-private`);
/// [`Lang::typed`] is what the person typed, for anything said about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lang {
    typed: String,
    negotiated: String,
}

impl Lang {
    /// The value as typed.
    pub fn typed(&self) -> &str {
        &self.typed
    }
}

impl std::ops::Deref for Lang {
    type Target = str;

    fn deref(&self) -> &str {
        &self.negotiated
    }
}

/// Reads `--lang`: `all`, a well-formed BCP 47 language tag (RFC 5646, so
/// extensions and private use are allowed: `ja-JP-u-ca-japanese`), or a POSIX
/// locale name (`ja_JP.UTF-8`, `C`). Gives the value as typed and what is
/// negotiated: the tag's
/// language, script, region and variants (`ja-JP`), extensions dropped; `und`
/// for a tag without a language (`x-private`, grandfathered tags); a POSIX
/// name as given. Anything else (`.`, `@euro`, `../../etc`, `x y`) is an
/// error, said in the language of the environment: a usage error, exit 2.
fn language(value: &str) -> Result<Lang, String> {
    let negotiated = if value == "all" {
        Some(value.to_owned())
    } else {
        language_to_negotiate(value)
    };
    let lang = |negotiated| Lang {
        typed: value.to_owned(),
        negotiated,
    };
    negotiated.map(lang).ok_or_else(|| {
        use walkthrough_i18n::{I18nError, Localizer};
        let Ok(localizer) = Localizer::embedded() else {
            return value.to_owned();
        };
        let env = |k: &str| std::env::var(k).ok();
        let locale = localizer
            .negotiate(None, &env)
            .map(|n| n.locale)
            .unwrap_or_default();
        let shown = walkthrough_scenario::escape_controls(value).into_owned();
        localizer.describe(&locale, &I18nError::BadLanguage(shown))
    })
}

/// The language part of a well-formed `--lang` value (see [`language`]).
fn language_to_negotiate(value: &str) -> Option<String> {
    if value.contains(['_', '.', '@']) || value == "C" || value == "POSIX" {
        // POSIX: language[_territory][.codeset][@modifier]
        let mut parts = value.splitn(2, ['.', '@']);
        let base = parts.next().unwrap_or_default();
        let rest_ok = parts.next().is_none_or(|rest| {
            !rest.is_empty()
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.@".contains(&b))
        });
        let base_ok = base == "C"
            || base == "POSIX"
            || (base.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                && language_to_negotiate(&base.replace('_', "-")).is_some());
        return (rest_ok && base_ok).then(|| value.to_owned());
    }
    let tag = language_tags::LanguageTag::parse(value).ok()?;
    let language = tag.primary_language();
    if !(2..=8).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Some("und".to_owned());
    }
    let mut out = language.to_owned();
    for part in [tag.script(), tag.region(), tag.variant()]
        .into_iter()
        .flatten()
    {
        out.push('-');
        out.push_str(part);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::language_to_negotiate;

    #[test]
    fn well_formed_tags_and_posix_names_are_read_and_others_refused() {
        let table: &[(&str, Option<&str>)] = &[
            ("en-US", Some("en-US")),
            ("ja-JP", Some("ja-JP")),
            ("ja", Some("ja")),
            ("ja-JP-u-ca-japanese", Some("ja-JP")),
            ("en-Latn-US-x-private", Some("en-Latn-US")),
            ("de-CH-1996", Some("de-CH-1996")),
            ("x-private", Some("und")),
            ("ja_JP.UTF-8", Some("ja_JP.UTF-8")),
            ("de_DE@euro", Some("de_DE@euro")),
            ("C", Some("C")),
            ("C.UTF-8", Some("C.UTF-8")),
            ("../../etc", None),
            (".", None),
            ("@euro", None),
            ("ja_JP.", None),
            ("x y", None),
            ("", None),
            ("en-", None),
            ("en--US", None),
            ("ja-JP-u", None),
            ("toolonglanguage", None),
            ("en_US/../x", None),
        ];
        for (value, want) in table {
            assert_eq!(language_to_negotiate(value).as_deref(), *want, "{value:?}");
        }
    }
}
/// A number of seconds: finite and not negative (`NaN`, `inf` and `-1` are
/// invalid values, exit 2, in clap's words like the help and every other
/// parse error).
fn seconds(text: &str) -> Result<f64, NotSeconds> {
    match text.trim().parse::<f64>() {
        Ok(s) if s.is_finite() && s >= 0.0 => Ok(s),
        _ => Err(NotSeconds),
    }
}

/// A value that is not a number of seconds.
#[derive(Debug, thiserror::Error)]
#[error("expected a number of seconds, 0 or more")]
pub struct NotSeconds;
