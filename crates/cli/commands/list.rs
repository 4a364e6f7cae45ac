//! `walkthrough list`: scenario ids and their titles in the negotiated language.

use crate::context::Context;
use crate::error::CliError;
use std::io::Write;
use walkthrough_i18n::{pad, width};

/// Prints one line per scenario: its id, padded, then its title.
pub fn run(ctx: &Context, out: &mut impl Write) -> Result<(), CliError> {
    let scenarios = ctx.library.scenarios();
    let column = scenarios.iter().map(|s| width(&s.id)).max().unwrap_or(0) + 2;
    for s in scenarios {
        writeln!(out, "{}{}", pad(&s.id, column), ctx.text(&s.title, &[]))?;
    }
    Ok(())
}
