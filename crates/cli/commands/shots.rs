//! `walkthrough shots`: each step's screen, target highlighted, as SVG and text.

use crate::args::ShotsArgs;
use crate::context::{simulation_options, Context};
use crate::error::CliError;
use std::io::Write;
use std::path::{Path, PathBuf};
use walkthrough_check::svg::{cells, render, CellRange};
use walkthrough_portal::PortalOptions;
use walkthrough_scenario::auto_run;
use walkthrough_tui::{MARK_END, MARK_START};

/// Terminal size the shots are drawn at, as in the TUI's snapshots.
const SIZE: (usize, usize) = (100, 30);

/// The portal `shots` runs the scenario against: a simulation, so argon2
/// at its minimal cost.
pub(crate) fn portal_options(seed: u64) -> PortalOptions {
    simulation_options(Some(seed))
}

/// Writes `<out>/[<lang>/]<scenario>-step-<n>.svg` and `.txt` for every step.
pub fn run(
    ctx: &Context,
    args: &ShotsArgs,
    lang: Option<&str>,
    out: &mut impl Write,
) -> Result<u8, CliError> {
    let scenario = ctx.library.get(&args.scenario)?;
    let transcript = auto_run(scenario, portal_options(args.seed))?;
    let (locales, per_folder) = match lang {
        Some("all") => (ctx.localizer.real(), true),
        _ => (vec![ctx.locale.clone()], false),
    };
    let mut written = Vec::new();
    for locale in &locales {
        let dir = if per_folder {
            args.out.join(locale.to_string())
        } else {
            args.out.clone()
        };
        std::fs::create_dir_all(&dir).map_err(|source| CliError::Write {
            path: dir.clone(),
            source,
        })?;
        for record in &transcript.steps {
            let target = record
                .targets
                .iter()
                .find_map(|t| t.element.as_ref())
                .map(|e| e.id.as_str());
            let text = walkthrough_tui::render_text(
                &record.before,
                None,
                &ctx.localizer,
                locale,
                target,
                SIZE.0,
                SIZE.1,
            );
            let name = format!("{}-step-{}", scenario.id, record.index + 1);
            let title = ctx.localizer.format(
                locale,
                &scenario.step_text_id(&scenario.steps[record.index]),
                &[],
            );
            written.extend(write_shot(&dir, &name, &text, &title)?);
        }
    }
    // Listed once all are written, so a closed pipe cannot cut the work short.
    for path in written {
        writeln!(out, "{}", path.display())?;
    }
    Ok(0)
}

fn write_shot(dir: &Path, name: &str, text: &str, title: &str) -> Result<Vec<PathBuf>, CliError> {
    let lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let svg = render(&lines, &highlights(&lines), title);
    let mut written = Vec::new();
    for (ext, body) in [("svg", svg.as_str()), ("txt", text)] {
        let path = dir.join(format!("{name}.{ext}"));
        std::fs::write(&path, body).map_err(|source| CliError::Write {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

/// The cells between each `▶` and the next `◀` on a line: the target.
fn highlights(lines: &[String]) -> Vec<CellRange> {
    let mut out = Vec::new();
    for (row, line) in lines.iter().enumerate() {
        let (starts, _) = cells(line);
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut open = None;
        for (i, (byte, _)) in chars.iter().enumerate() {
            if line[*byte..].starts_with(MARK_START) {
                open = Some(starts[i]);
            } else if line[*byte..].starts_with(MARK_END) {
                if let Some(start) = open.take() {
                    out.push(CellRange {
                        row,
                        start,
                        end: starts[i] + 1,
                    });
                }
            }
        }
    }
    out
}
