//! `walkthrough list`: scenario ids and their titles in the negotiated language.

use crate::context::Context;
use crate::error::CliError;
use std::io::Write;
use walkthrough_i18n::{pad, width};
use walkthrough_scenario::escape_controls;

/// Prints one line per scenario: its id, padded, then its title, control
/// characters shown as symbols.
pub fn run(ctx: &Context, out: &mut impl Write) -> Result<(), CliError> {
    let scenarios = ctx.library.scenarios();
    let ids: Vec<_> = scenarios.iter().map(|s| escape_controls(&s.id)).collect();
    let column = ids.iter().map(|id| width(id)).max().unwrap_or(0) + 2;
    for (s, id) in scenarios.iter().zip(&ids) {
        let title = ctx.text(&s.title, &[]);
        writeln!(out, "{}{}", pad(id, column), escape_controls(&title))?;
    }
    Ok(())
}
