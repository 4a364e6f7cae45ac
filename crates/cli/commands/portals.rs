//! `walkthrough portals`: the product models, embedded and from folders, with
//! every problem of a model file reported at its line and column.

use crate::context::Context;
use crate::error::CliError;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use walkthrough_i18n::{pad, width, Localizer};
use walkthrough_portal::model::EMBEDDED;
use walkthrough_portal::Model;
use walkthrough_scenario::{escape_controls, non_regular, Models, MODEL_FILE};

/// Prints one line per model: its id, padded, then where it comes from (the
/// embedded ones first, then those of `--portals DIR`, then each model of
/// `paths` in name order). A path is a model file, a model's folder
/// (`<id>/model.toml`, its labels in `<id>/<lang>/*.ftl`, as `--portals`
/// reads it), or a folder of those or of `*.toml` files. Any model that does
/// not load, names a label or title that a loaded locale lacks, or repeats
/// an id, and any path holding no model, makes the whole command a bad input
/// (exit 2), every problem of every file shown. A file already loaded with
/// `--portals` is listed once.
pub fn run(ctx: &Context, paths: &[PathBuf], out: &mut impl Write) -> Result<(), CliError> {
    let mut rows: Vec<(String, String)> = EMBEDDED
        .iter()
        .map(|(id, origin, _)| ((*id).to_owned(), (*origin).to_owned()))
        .collect();
    // The models of `--portals DIR`, loaded and checked with the context.
    let mut loaded: Vec<PathBuf> = Vec::new();
    rows.extend(ctx.models.iter().filter_map(|(model, folder)| {
        let file = folder?.join(MODEL_FILE);
        loaded.extend(file.canonicalize().ok());
        Some((model.id.clone(), file.display().to_string()))
    }));
    let mut problems = Vec::new();
    let styled = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for file in model_files(paths, &mut problems) {
        if file.canonicalize().is_ok_and(|f| loaded.contains(&f)) {
            continue;
        }
        let origin = file.display().to_string();
        if non_regular(&file).is_some() {
            // i18n-exempt: a diagnostic for model authors, in English like cargo's
            problems.push(format!("error: {origin}: not a regular file"));
            continue;
        }
        match std::fs::read(&file) {
            Ok(bytes) => match Model::parse_bytes(&origin, &bytes) {
                Ok(model) => {
                    let text = String::from_utf8_lossy(&bytes);
                    problems.extend(missing_labels(&ctx.localizer, &model, &origin, &text));
                    if let Some(folder) = model_folder_name(&file).filter(|f| *f != model.id) {
                        // i18n-exempt: a diagnostic for model authors, in English like cargo's
                        problems.push(format!(
                            "error: {origin}: the model's id `{}` and its folder's name `{folder}` must be the same (`--portals DIR` reads `DIR/<id>/model.toml`)",
                            model.id
                        ));
                    }
                    rows.push((model.id.clone(), origin));
                }
                Err(e) => problems.push(e.render(styled)),
            },
            // i18n-exempt: a diagnostic for model authors, in English like cargo's
            Err(e) => problems.push(format!("error: cannot read {origin}: {e}")),
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (id, origin) in &rows {
        if !seen.insert(id.as_str()) {
            // i18n-exempt: a diagnostic for model authors, in English like cargo's
            problems.push(format!(
                "error: {origin}: a model with the id `{id}` is already loaded (an embedded model, or another file)"
            ));
        }
    }
    if !problems.is_empty() {
        return Err(CliError::Said(problems.join("\n\n")));
    }
    let ids: Vec<_> = rows.iter().map(|(id, _)| escape_controls(id)).collect();
    let column = ids.iter().map(|id| width(id)).max().unwrap_or(0) + 2;
    for (id, (_, origin)) in ids.iter().zip(&rows) {
        writeln!(out, "{}{}", pad(id, column), escape_controls(origin))?;
    }
    Ok(())
}

/// The folder name a `model.toml` file stands for (`DIR/<id>/model.toml`);
/// `None` for a model file of another name.
fn model_folder_name(file: &Path) -> Option<String> {
    if file.file_name()? != MODEL_FILE {
        return None;
    }
    let folder = file.canonicalize().ok()?;
    Some(folder.parent()?.file_name()?.to_string_lossy().into_owned())
}

/// The model folders among `paths` and in them (a folder holding
/// `model.toml`, or a model file named `model.toml`): their `<lang>/*.ftl`
/// hold the models' labels, read with the locales before the models are
/// checked.
pub fn folders(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            if path.join(MODEL_FILE).is_file() {
                out.push(path.clone());
            } else if let Ok(entries) = std::fs::read_dir(path) {
                let mut inner: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.join(MODEL_FILE).is_file())
                    .collect();
                inner.sort();
                out.extend(inner);
            }
        } else if path.file_name().is_some_and(|n| n == MODEL_FILE) {
            out.extend(path.parent().map(Path::to_path_buf));
        }
    }
    out
}

/// The model files `paths` name: a file as given; for a folder, its
/// `model.toml` if it is a model's folder, else its `*.toml` files and its
/// sub-folders' `model.toml`, in name order. A folder with none of them is a
/// problem: a check that finds nothing must not pass.
fn model_files(paths: &[PathBuf], problems: &mut Vec<String>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let own = path.join(MODEL_FILE);
        if own.is_file() {
            files.push(own);
            continue;
        }
        match std::fs::read_dir(path) {
            Ok(entries) => {
                let mut found: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter_map(|p| {
                        if p.is_dir() {
                            let hidden = p
                                .file_name()
                                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                            let file = p.join(MODEL_FILE);
                            (!hidden && file.is_file()).then_some(file)
                        } else {
                            p.extension().is_some_and(|e| e == "toml").then_some(p)
                        }
                    })
                    .collect();
                if found.is_empty() {
                    // i18n-exempt: a diagnostic for model authors, in English like cargo's
                    problems.push(format!(
                        "error: {}: no model here (expected a model.toml, *.toml files, or folders holding a model.toml)",
                        path.display()
                    ));
                }
                found.sort();
                files.extend(found);
            }
            Err(e) => problems.push(read_error(path, &e)),
        }
    }
    files
}

/// The models read from disk (`--portals DIR`) each have a message for every
/// label and title in every loaded locale.
///
/// # Errors
/// [`CliError::Said`] with each missing one at its line and column (exit 2).
pub fn labels_of(localizer: &Localizer, models: &Models) -> Result<(), CliError> {
    let mut problems = Vec::new();
    for (model, folder) in models.iter() {
        let Some(folder) = folder else { continue };
        let file = folder.join(MODEL_FILE);
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let origin = file.display().to_string();
        problems.extend(missing_labels(localizer, model, &origin, &text));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(CliError::Said(problems.join("\n")))
    }
}

/// Each label or title of `model` that a loaded locale has no message for,
/// at the first place the file names it.
fn missing_labels(localizer: &Localizer, model: &Model, origin: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for locale in localizer.available() {
        let missing = model.missing_messages(|id| localizer.has_message(locale, id));
        for (owner, label) in missing {
            let at = text.find(&format!("\"{label}\"")).map_or(0, |i| i + 1);
            let line = text[..at].matches('\n').count() + 1;
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let column = text[start..at].chars().count() + 1;
            // i18n-exempt: a diagnostic for model authors, in English like cargo's
            out.push(format!("error: {origin}:{line}:{column}: `{owner}` names the message `{label}`, which {locale} does not have"));
        }
    }
    out
}

fn read_error(path: &Path, e: &std::io::Error) -> String {
    // i18n-exempt: a diagnostic for model authors, in English like cargo's
    format!("error: cannot read {}: {e}", path.display())
}
