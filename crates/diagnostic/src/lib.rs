//! Locating and showing problems in text files, shared by the loaders of
//! scenarios (`walkthrough-scenario`) and product models
//! (`walkthrough-portal`): line and column lookups by binary search, spans
//! kept on character boundaries, "did you mean", and control characters made
//! visible so that a file's text cannot drive the terminal it is shown in.
//!
//! It renders nothing itself and holds no words a trainee reads: the
//! diagnostics it helps build are for authors of files, in English like
//! cargo's.

use std::borrow::Cow;
use std::ops::Range;

/// Where each line of a text starts, for line and column lookups by binary
/// search instead of a scan from the start of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
    /// For each character of more than one byte: its offset, and how many
    /// bytes past one each such character up to it takes, added up. A column
    /// is then a difference of offsets less a difference of these sums, so a
    /// long line is not counted again for each problem on it.
    wide: Vec<(usize, usize)>,
}

impl LineIndex {
    /// Indexes `text`: O(text), once.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut extra = 0;
        let wide = text
            .char_indices()
            .filter(|(_, c)| !c.is_ascii())
            .map(|(i, c)| {
                extra += c.len_utf8() - 1;
                (i, extra)
            })
            .collect();
        LineIndex { starts, wide }
    }

    /// The extra bytes of the multi-byte characters before `offset`.
    fn extra_before(&self, offset: usize) -> usize {
        match self.wide.partition_point(|&(i, _)| i < offset) {
            0 => 0,
            k => self.wide[k - 1].1,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let chars = offset - start - (self.extra_before(offset) - self.extra_before(start));
        (line, chars + 1)
    }

    /// Byte offset where the 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line.clamp(1, self.starts.len()) - 1]
    }

    /// Byte offset just past the 1-based `line`, its newline included.
    pub fn line_end(&self, text: &str, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(text.len())
    }
}

/// `text` with every control character that could drive a terminal made
/// visible: C0 controls (but tab, line feed, and a carriage return before a
/// line feed) become their Unicode control pictures (ESC is `␛`, BEL `␇`),
/// DEL becomes `␡`, and C1 controls and the bidirectional embedding, override
/// and isolate characters become `\u{…}`. Text without them is borrowed as is.
///
/// Everything the program prints to a terminal that comes from a file, a
/// flag or a record passes through this function (ECMA-48 names the control
/// functions; Unicode TR #9 the bidirectional ones).
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// [`escape_controls`], but SGR sequences (`ESC [` digits and `;` `m`:
/// colours, bold, dim) are kept, for text the program has coloured itself.
/// An SGR sequence changes how text looks, never the cursor, the screen or
/// the window title.
pub fn escape_controls_keeping_colour(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

fn must_escape(c: char, next: Option<char>) -> bool {
    match c {
        '\t' | '\n' => false,
        '\r' => next != Some('\n'),
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => true,
        c => c.is_control(),
    }
}

/// The length of the SGR sequence at the start of `rest`, if there is one.
fn sgr_len(rest: &str) -> Option<usize> {
    let body = rest.strip_prefix("\u{1b}[")?;
    let params = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (body.as_bytes().get(params) == Some(&b'm')).then_some(2 + params + 1)
}

fn escape(text: &str, keep_colour: bool) -> Cow<'_, str> {
    let mut chars = text.char_indices().peekable();
    let mut out: Option<String> = None;
    let mut skip_to = 0;
    while let Some((i, c)) = chars.next() {
        if i < skip_to {
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        if !must_escape(c, next) {
            if let Some(o) = out.as_mut() {
                o.push(c);
            }
            continue;
        }
        if keep_colour && c == '\u{1b}' {
            if let Some(len) = sgr_len(&text[i..]) {
                skip_to = i + len;
                if let Some(o) = out.as_mut() {
                    o.push_str(&text[i..skip_to]);
                }
                continue;
            }
        }
        let o = out.get_or_insert_with(|| text[..i].to_owned());
        match u32::from(c) {
            code @ 0..=0x1f => o.extend(char::from_u32(0x2400 + code)),
            0x7f => o.push('\u{2421}'),
            _ => o.extend(c.escape_unicode()),
        }
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// The nearest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// "did you mean `x`?" for the nearest candidate.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    // i18n-exempt: a diagnostic for script authors, in English like cargo's
    nearest(word, candidates).map(|c| format!("did you mean `{c}`?"))
}

/// `span` inside `text` and on character boundaries (a parser's span may
/// point past the end, or into a character).
pub fn clamp(span: Range<usize>, text: &str) -> Range<usize> {
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// How many problems of one file [`render`] shows; the rest are counted in a
/// last line (the first ones are usually the cause).
pub const SHOWN_DIAGNOSTICS: usize = 50;

/// One problem of a file, as [`render`] shows it.
#[derive(Debug, Clone)]
pub struct Located<'a> {
    /// Byte range in the file's text, on character boundaries ([`clamp`]).
    pub span: Range<usize>,
    /// 1-based line of `span.start`.
    pub line: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it, if known.
    pub help: Option<&'a str>,
}

/// Renders the first [`SHOWN_DIAGNOSTICS`] of `problems` like rustc and cargo
/// do (`origin:line:column`, the lines of the span, a caret, the help;
/// colours when `styled`), then how many more of `total` there are.
///
/// Each snippet holds only the lines of its span, so the cost grows with the
/// problems shown, not with the file. Control characters of the file, its
/// name and the messages are shown as visible symbols ([`escape_controls`]),
/// so a file cannot drive the terminal.
pub fn render<'a>(
    origin: &str,
    text: &str,
    lines: &LineIndex,
    total: usize,
    problems: impl IntoIterator<Item = Located<'a>>,
    styled: bool,
) -> String {
    use annotate_snippets::{Level, Renderer, Snippet};
    use std::fmt::Write as _;
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let origin = escape_controls(origin);
    let mut out = String::new();
    for d in problems.into_iter().take(SHOWN_DIAGNOSTICS) {
        let title = escape_controls(&d.message).into_owned();
        let help = d.help.map(escape_controls);
        let first = d.line;
        let last = lines.line_column(text, d.span.end).0.max(first);
        let window = lines.line_start(first)..lines.line_end(text, last);
        let source = &text[window.clone()];
        let escaped = escape_controls(source);
        // Offsets into the escaped window, which may be longer than the raw one.
        let at = |offset: usize| {
            let within = offset.clamp(window.start, window.end) - window.start;
            let (before, after) = source.split_at(within);
            // A carriage return cut from its line feed is kept as it is in the whole.
            match before.strip_suffix('\r') {
                Some(kept) if after.starts_with('\n') => escape_controls(kept).len() + 1,
                _ => escape_controls(before).len(),
            }
        };
        let span = at(d.span.start)..at(d.span.end);
        // The renderer appends `:line:column` to the origin itself.
        let mut message = Level::Error.title(&title).snippet(
            Snippet::source(&escaped)
                .line_start(first)
                .origin(&origin)
                .fold(true)
                .annotation(Level::Error.span(span)),
        );
        if let Some(help) = &help {
            message = message.footer(Level::Help.title(help));
        }
        let _ = write!(out, "{}\n\n", renderer.render(message));
    }
    let more = total.saturating_sub(SHOWN_DIAGNOSTICS);
    if more > 0 {
        // i18n-exempt: a diagnostic for file authors, in English like cargo's
        let _ = write!(
            out,
            "error: {more} more problems in {origin}, not shown; fix these first"
        );
    }
    out.truncate(out.trim_end().len());
    out
}
