//! `walkthrough`: a terminal simulator that teaches and checks documented UI
//! procedures. This is the command line: arguments in `args`, one module per
//! subcommand in `commands`, and errors mapped to exit codes in one place
//! (`error`).

mod args;
mod commands;
mod context;
mod error;

use args::{Cli, Command};
use clap::Parser;
use context::Context;
use error::CliError;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout (exit 0); usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "{e}");
            ExitCode::from(e.exit_code())
        }
    }
}

fn run(cli: &Cli) -> Result<(), CliError> {
    let ctx = Context::load(&cli.global)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match &cli.command {
        Some(Command::List) | None => commands::list::run(&ctx, &mut out),
        Some(Command::Play(args)) => commands::play::run(&ctx, args, &mut out),
    }
}
