//! `walkthrough`: a terminal simulator that teaches and checks documented UI
//! procedures. This is the command line; each subcommand lives in its own
//! module, and errors map to exit codes in one place (`exit`).

use clap::Parser;
use std::process::ExitCode;

/// Rehearse, examine and check the documented procedures of a mock Office 365
/// portal: create and delete an app password.
#[derive(Debug, Parser)]
#[command(name = "walkthrough", version, about, long_about = None)]
struct Cli {}

fn main() -> ExitCode {
    match Cli::try_parse() {
        Ok(_cli) => ExitCode::SUCCESS,
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr.
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            ExitCode::from(code)
        }
    }
}
