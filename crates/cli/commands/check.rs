//! `walkthrough check`: the written steps against the portal, per locale.

use crate::args::{CheckArgs, Deny, Format};
use crate::context::{portal_options, Context};
use crate::error::CliError;
use std::io::{IsTerminal, Write};
use walkthrough_scenario::Library;

/// Checks the scenarios (the given paths, or the loaded library) in the
/// requested locale, or all; prints the report; returns the exit code.
pub fn run(
    ctx: &Context,
    args: &CheckArgs,
    lang: Option<&str>,
    out: &mut impl Write,
) -> Result<u8, CliError> {
    let from_paths;
    let library = if args.paths.is_empty() {
        &ctx.library
    } else {
        from_paths = Library::from_paths(&args.paths)?;
        &from_paths
    };
    let locales = match lang {
        None | Some("all") => ctx.localizer.real(),
        Some(_) => vec![ctx.locale.clone()],
    };
    let report = walkthrough_check::check(
        library.scenarios(),
        &ctx.localizer,
        &locales,
        &portal_options(None),
    )?;
    match args.format {
        Format::Json => writeln!(out, "{}", report.to_json(&ctx.localizer, &ctx.locale))?,
        Format::Text => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            write!(
                out,
                "{}",
                report.render_text(&ctx.localizer, &ctx.locale, color)
            )?;
        }
    }
    Ok(report.exit_code(args.deny == Some(Deny::Warnings)))
}
