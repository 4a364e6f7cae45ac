//! Screens as SVG images for the docs: a text grid drawn cell by cell, so that
//! double-width (Japanese) characters take two cells whatever the font, with
//! the step's target highlighted.

use std::fmt::Write as _;
use unicode_width::UnicodeWidthChar;

/// Width of one terminal cell, in SVG units.
pub const CELL_WIDTH: usize = 9;
/// Height of one line, in SVG units.
pub const LINE_HEIGHT: usize = 18;
/// Margin around the grid.
const MARGIN: usize = 8;
/// Baseline of the text within its line.
const BASELINE: usize = 14;

/// A span of cells on one line: `row`, and columns `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellRange {
    /// 0-based line.
    pub row: usize,
    /// First cell.
    pub start: usize,
    /// One past the last cell.
    pub end: usize,
}

/// The cell each character of `line` starts at, and the line's width in cells.
pub fn cells(line: &str) -> (Vec<usize>, usize) {
    let mut col = 0;
    let starts = line
        .chars()
        .map(|c| {
            let at = col;
            col += c.width().unwrap_or(0);
            at
        })
        .collect();
    (starts, col)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Draws `lines` as an SVG document titled `title`, with `highlights` boxed.
pub fn render(lines: &[String], highlights: &[CellRange], title: &str) -> String {
    let columns = lines.iter().map(|l| cells(l).1).max().unwrap_or(0).max(1);
    let (w, h) = (
        columns * CELL_WIDTH + 2 * MARGIN,
        lines.len() * LINE_HEIGHT + 2 * MARGIN,
    );
    let mut out = String::new();
    let _ = writeln!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img">"##
    );
    let _ = writeln!(out, "<title>{}</title>", escape(title));
    let _ = writeln!(
        out,
        r##"<rect width="100%" height="100%" fill="#1e1e1e"/>"##
    );
    for r in highlights {
        let _ = writeln!(
            out,
            r##"<rect class="target" x="{}" y="{}" width="{}" height="{}" fill="#264f78" stroke="#ffcc00" stroke-width="2" rx="2"/>"##,
            MARGIN + r.start * CELL_WIDTH,
            MARGIN + r.row * LINE_HEIGHT,
            r.end.saturating_sub(r.start) * CELL_WIDTH,
            LINE_HEIGHT
        );
    }
    let _ = writeln!(
        out,
        r##"<g font-family="'DejaVu Sans Mono','Noto Sans Mono CJK JP','Noto Sans CJK JP',monospace" font-size="15" fill="#d4d4d4" style="white-space:pre">"##
    );
    for (row, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let (starts, _) = cells(line);
        let xs: Vec<String> = starts
            .iter()
            .map(|c| (MARGIN + c * CELL_WIDTH).to_string())
            .collect();
        let _ = writeln!(
            out,
            r#"<text xml:space="preserve" x="{}" y="{}">{}</text>"#,
            xs.join(" "),
            MARGIN + row * LINE_HEIGHT + BASELINE,
            escape(line)
        );
    }
    out.push_str("</g>\n</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_characters_take_two_cells() {
        let (starts, width) = cells("設定 ab");
        assert_eq!(starts, [0, 2, 4, 5, 6]);
        assert_eq!(width, 7);
    }

    #[test]
    fn every_character_is_placed_at_its_cell_and_targets_are_boxed() {
        let svg = render(
            &["追加の確認 > ok".to_owned(), "<&>".to_owned()],
            &[CellRange {
                row: 0,
                start: 0,
                end: 10,
            }],
            "step 3",
        );
        assert!(svg.starts_with("<svg xmlns"));
        assert!(
            svg.contains(
                r#"<text xml:space="preserve" x="8 26 44 62 80 98 107 116 125 134" y="22">追加の確認 &gt; ok</text>"#
            ),
            "{svg}"
        );
        // Without this, browsers collapse runs of spaces and every later
        // character lands in the wrong cell.
        assert!(svg.contains("white-space:pre"));
        assert!(
            svg.contains(r#"<rect class="target" x="8" y="8" width="90" height="18""#),
            "{svg}"
        );
        assert!(svg.contains("&lt;&amp;&gt;"));
        assert!(svg.contains("<title>step 3</title>"));
    }
}
