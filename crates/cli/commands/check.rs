//! `walkthrough check`: the written steps against the portal, per locale.

use crate::args::{CheckArgs, Deny, Format};
use crate::context::{simulation_options, stdout_color, Context};
use crate::error::CliError;
use std::io::Write;
use std::path::{Path, PathBuf};
use walkthrough_portal::PortalOptions;
use walkthrough_scenario::{escape_controls, escape_controls_keeping_colour};

/// The folders whose step texts (`DIR/<lang>/*.ftl`) go with the scenarios
/// `paths` names: each folder given, or the folder of each file, once.
pub fn folders(paths: &[PathBuf]) -> Vec<&Path> {
    let mut folders: Vec<&Path> = Vec::new();
    for path in paths {
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
    folders
}

/// The languages to check scenarios from `paths` in, when none is asked
/// for: those of the step-text folders beside them (`DIR/<lang>/`), so that
/// drafts written in one language are checked in that language, as
/// `walkthrough import` checks them; every language in `all` when no folder
/// has any (or no paths are given). The flag says the choice came from the
/// folders.
fn texts_beside(
    paths: &[PathBuf],
    all: Vec<unic_langid::LanguageIdentifier>,
) -> (Vec<unic_langid::LanguageIdentifier>, bool) {
    if paths.is_empty() {
        return (all, false);
    }
    let dirs = folders(paths);
    let has_texts = |dir: &Path| {
        std::fs::read_dir(dir).is_ok_and(|entries| {
            entries
                .flatten()
                .any(|e| e.path().extension().is_some_and(|x| x == "ftl"))
        })
    };
    let present: Vec<_> = all
        .iter()
        .filter(|l| dirs.iter().any(|d| has_texts(&d.join(l.to_string()))))
        .cloned()
        .collect();
    if present.is_empty() || present.len() == all.len() {
        (all, false)
    } else {
        (present, true)
    }
}

/// The portal `check` runs each scenario against: a simulation, so argon2
/// at its minimal cost.
pub(crate) fn portal_options() -> PortalOptions {
    simulation_options(None)
}

/// Checks the scenarios (the given paths, or the loaded library) in the
/// requested locale, or all; prints the report; returns the exit code. With
/// `--format json`, input that cannot be checked still prints one JSON
/// document (with `error`) before the error goes to standard error (exit 2).
pub fn run(
    ctx: &Context,
    args: &CheckArgs,
    lang: Option<&str>,
    out: &mut impl Write,
) -> Result<u8, CliError> {
    let result = checked(ctx, args, lang, out);
    if let (Err(e), Format::Json) = (&result, args.format) {
        writeln!(
            out,
            "{}",
            walkthrough_check::Report::error_json(&e.to_string())
        )?;
    }
    result
}

/// [`run`] but for the JSON document an error still gets.
fn checked(
    ctx: &Context,
    args: &CheckArgs,
    lang: Option<&str>,
    out: &mut impl Write,
) -> Result<u8, CliError> {
    let from_paths;
    let library = if args.paths.is_empty() {
        &ctx.library
    } else {
        from_paths = ctx.library_of(&args.paths)?;
        &from_paths
    };
    // The context's locales already carry the step texts beside `args.paths`
    // (see `folders`): they are loaded once.
    let localizer = &ctx.localizer;
    let (locales, from_folders) = match lang {
        None | Some("all") => texts_beside(&args.paths, localizer.real()),
        Some(_) => (vec![ctx.locale.clone()], false),
    };
    if let Some(portal) = &args.portal {
        let (models, chosen) = super::versions::models(ctx, portal)?;
        let mut readings = Vec::new();
        for scenario in library.scenarios() {
            for locale in &locales {
                let article = super::versions::as_article(ctx, scenario, locale);
                let read = super::versions::read(
                    &article,
                    ctx,
                    locale,
                    &portal_options(),
                    &models,
                    &scenario.fixture,
                )?;
                readings.push((format!("{} ({locale})", scenario.id), read));
            }
        }
        return super::versions::report(ctx, &readings, chosen, args.format, out);
    }
    let report =
        walkthrough_check::check(library.scenarios(), localizer, &locales, &portal_options())?;
    match args.format {
        Format::Json => writeln!(out, "{}", report.to_json(localizer, &ctx.locale))?,
        Format::Text => {
            if from_folders {
                let names: Vec<String> = locales.iter().map(ToString::to_string).collect();
                let line = localizer.format(
                    &ctx.locale,
                    "check-locales-from-folders",
                    &[("locales", walkthrough_i18n::Arg::Text(names.join(", ")))],
                );
                writeln!(out, "{}", escape_controls(&line))?;
            }
            // Step texts and ids come from files: their control characters
            // are shown as symbols; only the report's own colours stay.
            let color = stdout_color();
            let text = report.render_text(localizer, &ctx.locale, color);
            let shown = if color {
                escape_controls_keeping_colour(&text)
            } else {
                escape_controls(&text)
            };
            write!(out, "{shown}")?;
        }
    }
    Ok(report.exit_code(args.deny == Some(Deny::Warnings)))
}
