//! `walkthrough list`: scenario ids, the product model each runs against (its
//! id and its name), and their titles in the negotiated language.

use crate::context::Context;
use crate::error::CliError;
use std::io::Write;
use walkthrough_i18n::{pad, width};
use walkthrough_scenario::escape_controls;

/// Prints one line per scenario: its id, its product model's id and name
/// (the product and version, in the negotiated language; blank for a model
/// without a `name`), each padded, then
/// its title, control characters shown as symbols.
pub fn run(ctx: &Context, out: &mut impl Write) -> Result<(), CliError> {
    let scenarios = ctx.library.scenarios();
    let ids: Vec<_> = scenarios.iter().map(|s| escape_controls(&s.id)).collect();
    let column = ids.iter().map(|id| width(id)).max().unwrap_or(0) + 2;
    let models: Vec<_> = scenarios
        .iter()
        .map(|s| escape_controls(&s.portal))
        .collect();
    let model_column = models.iter().map(|m| width(m)).max().unwrap_or(0) + 2;
    let names: Vec<_> = scenarios
        .iter()
        .map(|s| {
            let model = s.model();
            let name = model.name.map_or_else(String::new, |n| ctx.text(n, &[]));
            escape_controls(&name).into_owned()
        })
        .collect();
    // A model without a `name` has none to show; no column when none has.
    let name_column = match names.iter().map(|m| width(m)).max().unwrap_or(0) {
        0 => 0,
        w => w + 2,
    };
    for (((s, id), model), name) in scenarios.iter().zip(&ids).zip(&models).zip(&names) {
        let title = ctx.text(&s.title, &[]);
        writeln!(
            out,
            "{}{}{}{}",
            pad(id, column),
            pad(model, model_column),
            pad(name, name_column),
            escape_controls(&title)
        )?;
    }
    Ok(())
}
