//! `walkthrough check`: the written steps against the portal, per locale.

use crate::args::{CheckArgs, Deny, Format};
use crate::context::{locales, portal_options, Context};
use crate::error::CliError;
use std::io::{IsTerminal, Write};
use std::path::Path;
use walkthrough_scenario::Library;

/// Checks the scenarios (the given paths, or the loaded library) in the
/// requested locale, or all; prints the report; returns the exit code.
pub fn run(
    ctx: &Context,
    args: &CheckArgs,
    lang: Option<&str>,
    locales_dir: Option<&Path>,
    out: &mut impl Write,
) -> Result<u8, CliError> {
    let (from_paths, beside);
    let (library, localizer) = if args.paths.is_empty() {
        (&ctx.library, &ctx.localizer)
    } else {
        from_paths = Library::from_paths(&args.paths)?;
        // Step texts kept beside the scenarios: DIR/<lang>/*.ftl.
        let folders: Vec<&Path> = args
            .paths
            .iter()
            .filter_map(|p| {
                if p.is_dir() {
                    Some(p.as_path())
                } else {
                    p.parent()
                }
            })
            .map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            })
            .collect();
        beside = locales(locales_dir, &folders)?;
        (&from_paths, &beside)
    };
    let locales = match lang {
        None | Some("all") => localizer.real(),
        Some(_) => vec![ctx.locale.clone()],
    };
    let report = walkthrough_check::check(
        library.scenarios(),
        localizer,
        &locales,
        &portal_options(None),
    )?;
    match args.format {
        Format::Json => writeln!(out, "{}", report.to_json(localizer, &ctx.locale))?,
        Format::Text => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            write!(out, "{}", report.render_text(localizer, &ctx.locale, color))?;
        }
    }
    Ok(report.exit_code(args.deny == Some(Deny::Warnings)))
}
