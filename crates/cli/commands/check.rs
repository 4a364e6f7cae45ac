//! `walkthrough check`: the written steps against the portal, per locale.

use crate::args::{CheckArgs, Deny, Format};
use crate::context::{locales, portal_options, stdout_color, Context};
use crate::error::CliError;
use std::io::Write;
use std::path::Path;
use walkthrough_scenario::Library;

/// Checks the scenarios (the given paths, or the loaded library) in the
/// requested locale, or all; prints the report; returns the exit code. With
/// `--format json`, input that cannot be checked still prints one JSON
/// document (with `error`) before the error goes to standard error (exit 2).
pub fn run(
    ctx: &Context,
    args: &CheckArgs,
    lang: Option<&str>,
    locales_dir: Option<&Path>,
    out: &mut impl Write,
) -> Result<u8, CliError> {
    let result = checked(ctx, args, lang, locales_dir, out);
    if let (Err(e), Format::Json) = (&result, args.format) {
        writeln!(
            out,
            "{}",
            walkthrough_check::Report::error_json(&e.to_string())
        )?;
    }
    result
}

fn checked(
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
        // Step texts kept beside the scenarios: DIR/<lang>/*.ftl, once per folder.
        let mut folders: Vec<&Path> = Vec::new();
        for path in &args.paths {
            let folder = if path.is_dir() {
                path.as_path()
            } else {
                match path.parent() {
                    Some(p) if p.as_os_str().is_empty() => Path::new("."),
                    Some(p) => p,
                    None => continue,
                }
            };
            if !folders.contains(&folder) {
                folders.push(folder);
            }
        }
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
            let color = stdout_color();
            write!(out, "{}", report.render_text(localizer, &ctx.locale, color))?;
        }
    }
    Ok(report.exit_code(args.deny == Some(Deny::Warnings)))
}
