//! `walkthrough run` and the start menu: the cursive front end.

use crate::args::{RunArgs, RunMode};
use crate::context::{portal_options, Context};
use crate::error::CliError;
use std::io::IsTerminal;
use std::time::Duration;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::Localizer;
use walkthrough_tui::{Mode, RunConfig, RunSummary};

/// Exit code of a run: 130 when a signal ended it, as shells expect, else 0.
fn exit_code(summary: Option<&RunSummary>) -> u8 {
    if summary.is_some_and(|s| s.interrupted) {
        130
    } else {
        0
    }
}

/// The front end draws on a terminal; without one, say so and what to use instead.
fn need_terminal(ctx: &Context) -> Result<(), CliError> {
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        return Ok(());
    }
    Err(CliError::Said(ctx.text("cli-needs-terminal", &[])))
}

/// The front end's settings: the locales move into it for the whole run.
fn config(localizer: Localizer, locale: LanguageIdentifier, seed: Option<u64>) -> RunConfig {
    let mut config = RunConfig::new(localizer, locale);
    config.options = portal_options(seed);
    config
}

/// Runs one scenario in the terminal.
pub fn run(ctx: Context, args: &RunArgs) -> Result<u8, CliError> {
    need_terminal(&ctx)?;
    let Context {
        library,
        localizer,
        locale,
    } = ctx;
    let scenario = library.get(&args.scenario)?;
    let mut config = config(localizer, locale, args.seed);
    config.mode = match args.mode {
        RunMode::Guided => Mode::Guided,
        RunMode::Demo => Mode::Demo,
    };
    config.pause = Duration::from_secs_f64(args.speed.clamp(0.0, 600.0));
    let summary = walkthrough_tui::run(scenario, config)?;
    Ok(exit_code(Some(&summary)))
}

/// The start menu: pick a scenario, a mode and a language.
pub fn menu(ctx: Context) -> Result<u8, CliError> {
    need_terminal(&ctx)?;
    let Context {
        library,
        localizer,
        locale,
    } = ctx;
    let summary = walkthrough_tui::start_menu(&library, config(localizer, locale, None))?;
    Ok(exit_code(summary.as_ref()))
}
