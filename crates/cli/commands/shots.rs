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
            written.extend(write_shot(&dir, &name, &text, &plain_title(&title))?);
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

/// The cells between each `▶` and the next `◀`: the target. A label that
/// wraps gets a box on each of its lines (at most [`WRAP_LINES`]), from the
/// `▶`'s column to the end of its words, then up to the `◀`.
fn highlights(lines: &[String]) -> Vec<CellRange> {
    let mut out = Vec::new();
    // The column the open target starts at, and how many lines it has taken.
    let mut open: Option<(usize, usize)> = None;
    for (row, line) in lines.iter().enumerate() {
        let (starts, _) = cells(line);
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut from = open.map(|(col, _)| col);
        for (i, (byte, _)) in chars.iter().enumerate() {
            if line[*byte..].starts_with(MARK_START) {
                from = Some(starts[i]);
                open = Some((starts[i], 0));
            } else if line[*byte..].starts_with(MARK_END) {
                if let Some(start) = from.take() {
                    out.push(CellRange {
                        row,
                        start: start.min(starts[i]),
                        end: starts[i] + 1,
                    });
                }
                open = None;
            }
        }
        if let (Some(start), Some((col, taken))) = (from, open) {
            // Still open at the end of the line: the label wraps.
            if taken >= WRAP_LINES {
                open = None;
                continue;
            }
            if let Some(end) = words_end(line, &starts, start) {
                out.push(CellRange { row, start, end });
            }
            open = Some((col, taken + 1));
        }
    }
    out
}

/// The most lines a wrapped target's box goes on over.
const WRAP_LINES: usize = 2;

/// One past the last cell of the words that begin at cell `from`: up to two
/// spaces in a row or a frame character.
fn words_end(line: &str, starts: &[usize], from: usize) -> Option<usize> {
    let chars: Vec<char> = line.chars().collect();
    let first = starts.iter().position(|&c| c >= from)?;
    let mut end = None;
    let mut i = first;
    while i < chars.len() {
        let c = chars[i];
        let frame = ('\u{2500}'..='\u{257f}').contains(&c);
        let gap = c == ' ' && chars.get(i + 1).is_none_or(|n| *n == ' ');
        if frame || gap {
            break;
        }
        if c != ' ' {
            let next = starts.get(i + 1).copied().unwrap_or(starts[i] + 1);
            end = Some(next.max(starts[i] + 1));
        }
        i += 1;
    }
    end
}

/// A step's text as an image's title: without Markdown's `**`.
fn plain_title(text: &str) -> String {
    text.replace("**", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_on_one_line_or_wrapped_onto_two_is_boxed() {
        let lines = vec![
            "│ ▶[ Update my phone ◀ │".to_owned(),
            "│ ▶Update my phone    │".to_owned(),
            "│  numbers◀  other    │".to_owned(),
        ];
        let h = highlights(&lines);
        assert_eq!(
            h,
            [
                CellRange {
                    row: 0,
                    start: 2,
                    end: 22
                },
                CellRange {
                    row: 1,
                    start: 2,
                    end: 18
                },
                CellRange {
                    row: 2,
                    start: 2,
                    end: 11
                },
            ]
        );
        assert!(
            highlights(&[
                "▶ never closed".to_owned(),
                String::new(),
                String::new(),
                String::new()
            ])
            .len()
                <= WRAP_LINES
        );
    }

    #[test]
    fn a_title_has_no_markdown() {
        assert_eq!(plain_title("Click **Create**"), "Click Create");
    }
}
