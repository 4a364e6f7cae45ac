//! `walkthrough`: a terminal simulator that teaches and checks documented UI
//! procedures. This is the command line: arguments in `args`, one module per
//! subcommand in `commands`, and errors mapped to exit codes in one place
//! (`error`).

mod args;
mod commands;
mod context;
mod error;
mod escape;

use args::{Cli, Command, Misplaced};
use context::Context;
use error::CliError;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use walkthrough_scenario::{escape_controls, escape_controls_keeping_colour};

fn main() -> ExitCode {
    let (cli, misplaced) = match args::parse() {
        Ok(parsed) => parsed,
        Err(e) if e.use_stderr() => {
            // Usage errors to stderr (exit 2); they quote what was typed.
            let stderr = std::io::stderr();
            let shown = if stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none() {
                escape_controls_keeping_colour(&e.render().ansi().to_string()).into_owned()
            } else {
                escape_controls(&e.render().to_string()).into_owned()
            };
            let _ = write!(stderr.lock(), "{shown}");
            return ExitCode::from(2);
        }
        Err(e) => {
            // Help and version go to stdout (exit 0).
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
    };
    match run(&cli, misplaced.as_ref()) {
        Ok(code) => ExitCode::from(code),
        Err(CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let shown = match shown_in(cli.global.lang.as_deref()) {
                Some((localizer, locale)) => e.shown(context::Words {
                    localizer: &localizer,
                    locale: &locale,
                }),
                None => e.to_string(),
            };
            let _ = writeln!(std::io::stderr(), "{}", escape_controls(&shown));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Runs the command; the exit code (0 ok, 1 findings).
fn run(cli: &Cli, misplaced: Option<&Misplaced>) -> Result<u8, CliError> {
    // `check --lang all` names every locale, not a language to show things in.
    let is_check = matches!(cli.command, Some(Command::Check(_) | Command::Shots(_)));
    // `check PATH…` reads the step texts beside its scenarios, in the same load.
    // `portals PATH…` reads a model folder's labels as `--portals` does.
    let model_folders = match &cli.command {
        Some(Command::Portals { paths }) => commands::portals::folders(paths),
        _ => Vec::new(),
    };
    let mut beside: Vec<&Path> = match &cli.command {
        Some(Command::Check(args)) => commands::check::folders(&args.paths),
        _ => Vec::new(),
    };
    beside.extend(model_folders.iter().map(PathBuf::as_path));
    let ctx = Context::load(
        &cli.global,
        is_check && cli.global.lang.as_deref() == Some("all"),
        &beside,
    )?;
    if let Some(m) = misplaced {
        return Err(CliError::misplaced(&ctx, m));
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match &cli.command {
        None => commands::run::menu(ctx, &cli.training),
        Some(Command::List) => commands::list::run(&ctx, &mut out).map(|()| 0),
        Some(Command::Portals { paths }) => {
            commands::portals::run(&ctx, paths, &mut out).map(|()| 0)
        }
        Some(Command::Run(args)) => commands::run::run(ctx, args),
        Some(Command::Records(args)) => {
            commands::records::run(&ctx, args, &mut out, &mut std::io::stderr().lock())
        }
        Some(Command::Shots(args)) => {
            commands::shots::run(&ctx, args, cli.global.lang.as_deref(), &mut out)
        }
        Some(Command::Play(args)) => {
            // Drafts in one language are played in it, unless --lang asks.
            let ctx = match cli.global.lang {
                Some(_) => ctx,
                None => commands::play::in_the_texts_language(ctx, &args.scenario),
            };
            commands::play::run(&ctx, args, &mut out)
        }
        Some(Command::Check(args)) => {
            commands::check::run(&ctx, args, cli.global.lang.as_deref(), &mut out)
        }
        Some(Command::Import(args)) => {
            commands::import::run(&ctx, args, cli.global.lang.as_deref(), &mut out)
        }
    }
}

/// The embedded messages and the language an error is said in (`--lang`,
/// else the environment's), for errors found before the context was made.
fn shown_in(
    lang: Option<&str>,
) -> Option<(walkthrough_i18n::Localizer, unic_langid::LanguageIdentifier)> {
    let localizer = walkthrough_i18n::Localizer::embedded().ok()?;
    let env = |k: &str| std::env::var(k).ok();
    let locale = localizer
        .negotiate(lang.filter(|l| *l != "all"), &env)
        .or_else(|_| localizer.negotiate(None, &env))
        .ok()?
        .locale;
    Some((localizer, locale))
}
