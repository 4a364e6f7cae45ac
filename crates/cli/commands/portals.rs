//! `walkthrough portals`: the product models, embedded and from folders, with
//! every problem of a model file reported at its line and column.

use crate::error::CliError;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use walkthrough_i18n::{pad, width};
use walkthrough_portal::model::EMBEDDED;
use walkthrough_portal::Model;
use walkthrough_scenario::{escape_controls, non_regular};

/// Prints one line per model: its id, padded, then where it comes from (the
/// embedded ones first, then each `*.toml` of `dirs`, or each file given, in
/// name order). Any model that does not load makes the whole command a bad
/// input (exit 2), every problem of every file shown.
pub fn run(dirs: &[PathBuf], out: &mut impl Write) -> Result<(), CliError> {
    let mut rows: Vec<(String, String)> = EMBEDDED
        .iter()
        .map(|(id, origin, _)| ((*id).to_owned(), (*origin).to_owned()))
        .collect();
    let mut problems = Vec::new();
    let styled = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for file in model_files(dirs, &mut problems) {
        let origin = file.display().to_string();
        if non_regular(&file).is_some() {
            // i18n-exempt: a diagnostic for model authors, in English like cargo's
            problems.push(format!("error: {origin}: not a regular file"));
            continue;
        }
        match std::fs::read(&file) {
            Ok(bytes) => match Model::parse_bytes(&origin, &bytes) {
                Ok(model) => rows.push((model.id.clone(), origin)),
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
                "error: {origin}: a model with the id `{id}` is already loaded"
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

/// The files named, and the `*.toml` files of the folders named, in name order.
fn model_files(paths: &[PathBuf], problems: &mut Vec<String>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        match std::fs::read_dir(path) {
            Ok(entries) => {
                let mut found: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                    .collect();
                found.sort();
                files.extend(found);
            }
            Err(e) => problems.push(read_error(path, &e)),
        }
    }
    files
}

fn read_error(path: &Path, e: &std::io::Error) -> String {
    // i18n-exempt: a diagnostic for model authors, in English like cargo's
    format!("error: cannot read {}: {e}", path.display())
}
