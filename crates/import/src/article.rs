//! Reading a procedure article with a Markdown parser: its front matter, the
//! headings that start each procedure, and the numbered steps, written as
//! Markdown lists or as HTML `<ol><li>` (closed or not), without the images
//! between them.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::collections::BTreeMap;
use std::ops::Range;

/// An article as written: its front-matter properties and its procedures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Attributes of the `<properties …/>` and `<tags …/>` blocks
    /// (`pageTitle`, `ms.locale`, …).
    pub properties: BTreeMap<String, String>,
    /// Every run of numbered steps, with the heading above it.
    pub procedures: Vec<Procedure>,
    /// Numbered items with no text, left out of the steps (1-based lines).
    pub empty_steps: Vec<usize>,
}

/// One procedure: a heading and the numbered steps under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Procedure {
    /// The heading's text as written; `None` for steps before any heading.
    pub title: Option<String>,
    /// 1-based line of the heading (or of the first step).
    pub line: usize,
    /// The steps, in order.
    pub steps: Vec<WrittenStep>,
}

/// One numbered step as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenStep {
    /// The step's text: the article's words, white space collapsed, images left out.
    pub text: String,
    /// 1-based line where the step begins.
    pub line: usize,
}

/// Why a file is not an article with steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ArticleError {
    /// NUL bytes, or not UTF-8.
    #[error("binary data, or text that is not UTF-8")]
    Binary,
    /// Nothing but white space.
    #[error("the file is empty")]
    Empty,
    /// No numbered list anywhere.
    #[error("no numbered steps")]
    NoSteps,
    /// Larger than [`MAX_ARTICLE_BYTES`].
    #[error("{bytes} bytes, over the limit")]
    TooLarge {
        /// The article's size.
        bytes: usize,
    },
    /// A step longer than [`MAX_STEP_CHARS`].
    #[error("line {line}: a step of {chars} characters, over the limit")]
    StepTooLong {
        /// Where it begins (1-based).
        line: usize,
        /// How long it is.
        chars: usize,
    },
    /// A heading longer than [`MAX_HEADING_CHARS`].
    #[error("line {line}: a heading of {chars} characters, over the limit")]
    HeadingTooLong {
        /// Its line (1-based).
        line: usize,
        /// How long it is.
        chars: usize,
    },
    /// More than [`MAX_STEPS`] numbered steps.
    #[error("line {line}: step {count}, over the limit")]
    TooManySteps {
        /// The line of the first step past the limit.
        line: usize,
        /// How many steps the article has.
        count: usize,
    },
}

/// The largest article `import` reads: 1 MiB. Published procedure articles
/// are a few kilobytes; past this, the file is refused before it is parsed.
pub const MAX_ARTICLE_BYTES: usize = 1 << 20;
/// The longest step: 2,000 characters (a published step is a sentence or
/// three).
pub const MAX_STEP_CHARS: usize = 2_000;
/// The longest heading: 500 characters.
pub const MAX_HEADING_CHARS: usize = 500;
/// The most numbered steps in one article: 200.
pub const MAX_STEPS: usize = 200;

impl Article {
    /// Reads an article from the bytes of a file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Article, ArticleError> {
        if bytes.len() > MAX_ARTICLE_BYTES {
            return Err(ArticleError::TooLarge { bytes: bytes.len() });
        }
        if bytes.contains(&0) {
            return Err(ArticleError::Binary);
        }
        let text = std::str::from_utf8(bytes).map_err(|_| ArticleError::Binary)?;
        Article::parse(text)
    }

    /// Reads an article from its text. Errors: binary or empty text, no
    /// numbered steps, or an article past the limits ([`MAX_ARTICLE_BYTES`],
    /// [`MAX_STEP_CHARS`], [`MAX_HEADING_CHARS`], [`MAX_STEPS`]), which keep
    /// drafting within a second or two.
    pub fn parse(text: &str) -> Result<Article, ArticleError> {
        if text.len() > MAX_ARTICLE_BYTES {
            return Err(ArticleError::TooLarge { bytes: text.len() });
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(ArticleError::Empty);
        }
        if text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        {
            return Err(ArticleError::Binary);
        }
        let mut reader = Reader::new(text);
        reader.read();
        let mut article = reader.finish();
        article.procedures.retain(|p| !p.steps.is_empty());
        let mut count = 0;
        for p in &article.procedures {
            let chars = p.title.as_deref().map_or(0, |t| t.chars().count());
            if chars > MAX_HEADING_CHARS {
                return Err(ArticleError::HeadingTooLong {
                    line: p.line,
                    chars,
                });
            }
            for step in &p.steps {
                count += 1;
                if count > MAX_STEPS {
                    let total = article.procedures.iter().map(|p| p.steps.len()).sum();
                    return Err(ArticleError::TooManySteps {
                        line: step.line,
                        count: total,
                    });
                }
                let chars = step.text.chars().count();
                if chars > MAX_STEP_CHARS {
                    return Err(ArticleError::StepTooLong {
                        line: step.line,
                        chars,
                    });
                }
            }
        }
        if article.procedures.is_empty() {
            return Err(ArticleError::NoSteps);
        }
        Ok(article)
    }

    /// A property of the front matter (`pageTitle`, `ms.locale`), if set and not empty.
    pub fn property(&self, name: &str) -> Option<&str> {
        self.properties
            .get(name)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }
}

/// A step being collected.
struct OpenStep {
    text: String,
    line: usize,
}

/// The walk over the parser's events.
struct Reader<'a> {
    src: &'a str,
    line_starts: Vec<usize>,
    properties: BTreeMap<String, String>,
    procedures: Vec<Procedure>,
    empty_steps: Vec<usize>,
    /// The current heading (title, line), for the next procedure.
    heading: Option<(String, usize)>,
    /// Whether the current procedure still takes steps (a list is open, or
    /// continued by a Markdown list numbered on from it).
    in_list: bool,
    /// HTML lists: depth of `<ol>` and `<ul>`, and the `<li>` being read.
    ol_depth: usize,
    ul_depth: usize,
    open: Option<OpenStep>,
}

impl<'a> Reader<'a> {
    fn new(src: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(src.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Reader {
            src,
            line_starts,
            properties: BTreeMap::new(),
            procedures: Vec::new(),
            empty_steps: Vec::new(),
            heading: None,
            in_list: false,
            ol_depth: 0,
            ul_depth: 0,
            open: None,
        }
    }

    fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    fn read(&mut self) {
        let events: Vec<(Event<'a>, Range<usize>)> =
            Parser::new(self.src).into_offset_iter().collect();
        let mut i = 0;
        while i < events.len() {
            let (event, range) = &events[i];
            match event {
                Event::Start(Tag::Heading { .. }) => {
                    self.close_html_list();
                    let end = skip(&events, i);
                    let title = clean(&inline_text(self.src, &events[i + 1..end]));
                    self.heading = Some((title, self.line(range.start)));
                    self.in_list = false;
                    i = end;
                }
                Event::Start(Tag::List(Some(start))) => {
                    let end = skip(&events, i);
                    self.markdown_list(*start, &events[i + 1..end]);
                    i = end;
                }
                Event::Start(Tag::Paragraph) => {
                    let end = skip(&events, i);
                    let inner = &events[i + 1..end];
                    self.front_matter(inner);
                    self.items_after_image(range.clone());
                    // The text of an `<li>` whose tag stood alone on its lines.
                    if self.open.as_ref().is_some_and(|o| o.text.trim().is_empty()) {
                        let text = inline_text(self.src, inner);
                        if !text.trim().is_empty() {
                            if let Some(open) = &mut self.open {
                                open.text = text;
                            }
                            self.close_step();
                        }
                    }
                    i = end;
                }
                Event::Start(Tag::HtmlBlock) => {
                    let end = skip(&events, i);
                    for (e, r) in &events[i + 1..end] {
                        if let Event::Html(html) = e {
                            self.html(html, r.start);
                            self.front_matter_html(html);
                        }
                    }
                    // An `<li>` ends with its block, unless it has no text yet.
                    if self
                        .open
                        .as_ref()
                        .is_some_and(|o| !o.text.trim().is_empty())
                    {
                        self.close_step();
                    }
                    i = end;
                }
                Event::Start(_) => i = skip(&events, i),
                _ => i += 1,
            }
        }
        self.close_html_list();
    }

    /// The procedure new steps go into: the last one, if its list goes on;
    /// else a new one under the current heading.
    fn procedure(&mut self, line: usize, continues: bool) -> &mut Procedure {
        let heading = self.heading.as_ref().map(|(t, _)| t.as_str());
        let reuse = self
            .procedures
            .last()
            .filter(|p| p.title.as_deref() == heading)
            .is_some_and(|p| (continues && self.in_list) || p.steps.is_empty());
        if !reuse {
            let (title, line) = match &self.heading {
                Some((t, l)) => (Some(t.clone()), *l),
                None => (None, line),
            };
            self.procedures.push(Procedure {
                title,
                line,
                steps: Vec::new(),
            });
        }
        self.in_list = true;
        let last = self.procedures.len() - 1;
        &mut self.procedures[last]
    }

    fn push_step(&mut self, text: String, line: usize) {
        let text = clean(&text);
        if text.is_empty() {
            self.empty_steps.push(line);
            return;
        }
        self.procedure(line, true)
            .steps
            .push(WrittenStep { text, line });
    }

    /// A Markdown ordered list at the top level: one step per item.
    fn markdown_list(&mut self, start: u64, events: &[(Event<'a>, Range<usize>)]) {
        let first_line = events.first().map_or(0, |(_, r)| self.line(r.start));
        // A list numbered from 1 starts a procedure; one numbered on continues it.
        self.procedure(first_line, start > 1);
        let mut i = 0;
        while i < events.len() {
            if let (Event::Start(Tag::Item), range) = &events[i] {
                let end = skip(events, i);
                let text = inline_text(self.src, &events[i + 1..end]);
                let line = self.line(range.start);
                self.push_step(text, line);
                i = end + 1;
            } else {
                i += 1;
            }
        }
    }

    /// HTML list tags in a block of raw HTML; text inside an `<li>` of the
    /// outermost `<ol>` is its step.
    fn html(&mut self, html: &str, base: usize) {
        let mut rest = 0;
        while rest < html.len() {
            let Some(lt) = html[rest..].find('<').map(|p| rest + p) else {
                self.append(&html[rest..]);
                break;
            };
            self.append(&html[rest..lt]);
            let Some(gt) = html[lt..].find('>').map(|p| lt + p + 1) else {
                self.append(&html[lt..]);
                break;
            };
            let tag = &html[lt..gt];
            match tag_name(tag).as_deref() {
                Some("ol") => {
                    if self.ol_depth == 0 {
                        self.close_step();
                        let line = self.line(base + lt);
                        // `<ol start="3">` numbers on from the list before it.
                        let start = attributes(tag.get(3..).unwrap_or(""))
                            .into_iter()
                            .find(|(k, _)| k.eq_ignore_ascii_case("start"))
                            .and_then(|(_, v)| v.trim().parse::<u64>().ok())
                            .unwrap_or(1);
                        self.procedure(line, start > 1);
                    }
                    self.ol_depth += 1;
                }
                Some("/ol") => {
                    if self.ol_depth == 1 {
                        self.close_step();
                    }
                    self.ol_depth = self.ol_depth.saturating_sub(1);
                }
                Some("ul") => self.ul_depth += 1,
                Some("/ul") => self.ul_depth = self.ul_depth.saturating_sub(1),
                // An `<li>` outside any list is taken as a step too.
                Some("li") if self.ol_depth <= 1 && self.ul_depth == 0 => {
                    self.close_step();
                    self.open = Some(OpenStep {
                        text: String::new(),
                        line: self.line(base + lt),
                    });
                }
                Some("/li") if self.ol_depth <= 1 && self.ul_depth == 0 => self.close_step(),
                _ => self.append(tag),
            }
            rest = gt;
        }
    }

    /// Numbered items straight after an image line, with no blank line
    /// between: Markdown reads them as the image's paragraph (a list
    /// numbered from 2 on cannot interrupt one), the writer meant steps.
    fn items_after_image(&mut self, range: Range<usize>) {
        let src = self.src;
        let mut at = range.start;
        let mut after_image = false;
        let mut items: Vec<(String, usize)> = Vec::new();
        for line in src[range].split_inclusive('\n') {
            let trimmed = line.trim();
            if let Some(text) = numbered_item(trimmed).filter(|_| after_image) {
                items.push((text.to_owned(), self.line(at)));
            } else if let Some(last) = items.last_mut() {
                last.0.push(' ');
                last.0.push_str(trimmed);
            } else {
                after_image =
                    trimmed.starts_with("![") || strip_prefix_ci(trimmed, "<img").is_some();
            }
            at += line.len();
        }
        if let Some((_, line)) = items.first() {
            self.close_step();
            self.procedure(*line, true);
        }
        for (text, line) in items {
            self.push_step(text, line);
        }
    }

    fn append(&mut self, s: &str) {
        if self.ul_depth > 0 || self.ol_depth > 1 {
            return;
        }
        if let Some(open) = &mut self.open {
            open.text.push_str(s);
        }
    }

    fn close_step(&mut self) {
        if let Some(open) = self.open.take() {
            self.push_step(open.text, open.line);
        }
    }

    /// A heading or the end of the text ends an HTML list left open.
    fn close_html_list(&mut self) {
        self.close_step();
        self.ol_depth = 0;
        self.ul_depth = 0;
    }

    fn front_matter(&mut self, events: &[(Event<'a>, Range<usize>)]) {
        for (e, _) in events {
            if let Event::InlineHtml(html) | Event::Html(html) = e {
                self.front_matter_html(html);
            }
        }
    }

    /// The attributes of `<properties …/>` and `<tags …/>`.
    fn front_matter_html(&mut self, html: &str) {
        let trimmed = html.trim_start();
        for name in ["<properties", "<tags"] {
            if let Some(rest) = strip_prefix_ci(trimmed, name) {
                if rest.starts_with(|c: char| c.is_whitespace() || c == '/' || c == '>') {
                    self.properties.extend(attributes(rest));
                }
            }
        }
    }

    fn finish(self) -> Article {
        Article {
            properties: self.properties,
            procedures: self.procedures,
            empty_steps: self.empty_steps,
        }
    }
}

/// The index of the `End` matching the `Start` at `i`.
fn skip(events: &[(Event<'_>, Range<usize>)], i: usize) -> usize {
    let mut depth = 0usize;
    for (j, (e, _)) in events.iter().enumerate().skip(i) {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return j;
                }
            }
            _ => {}
        }
    }
    events.len().saturating_sub(1).max(i)
}

/// The source text of inline content, as written: marks kept, images,
/// nested lists and blocks left out, a link shown as `[its text]`.
fn inline_text(src: &str, events: &[(Event<'_>, Range<usize>)]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        match event {
            Event::Text(_) | Event::Code(_) | Event::InlineHtml(_) | Event::Html(_) => {
                out.push_str(&src[range.clone()]);
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => out.push(' '),
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough) => {
                let end = skip(events, i);
                // The marks are part of the text: `**Create**` stays as written.
                if has_image(&events[i..=end]) {
                    out.push_str(&inline_text(src, &events[i + 1..end]));
                } else {
                    out.push_str(&src[range.clone()]);
                }
                i = end;
            }
            Event::Start(Tag::Link { .. }) => {
                let end = skip(events, i);
                out.push('[');
                out.push_str(inline_text(src, &events[i + 1..end]).trim());
                out.push(']');
                i = end;
            }
            Event::Start(_) => i = skip(events, i),
            _ => {}
        }
        i += 1;
    }
    out
}

fn has_image(events: &[(Event<'_>, Range<usize>)]) -> bool {
    events
        .iter()
        .any(|(e, _)| matches!(e, Event::Start(Tag::Image { .. })))
}

fn strip_prefix_ci<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `ol`, `/li`, … for a tag such as `<OL start="1">`; `None` for a comment
/// or a declaration.
fn tag_name(tag: &str) -> Option<String> {
    let inner = tag.strip_prefix('<')?;
    let (slash, inner) = match inner.strip_prefix('/') {
        Some(rest) => ("/", rest),
        None => ("", inner),
    };
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    (!name.is_empty()).then(|| format!("{slash}{name}"))
}

/// The text of a line written as a numbered item from 2 on (`5. At the top…`).
fn numbered_item(line: &str) -> Option<&str> {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 9 {
        return None;
    }
    let n: u64 = line[..digits].parse().ok()?;
    let rest = line[digits..].strip_prefix(['.', ')'])?;
    (n >= 2 && rest.starts_with([' ', '\t'])).then(|| rest.trim())
}

/// `name="value"` pairs of a tag, after its name.
fn attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() || rest.starts_with('>') || rest.starts_with("/>") {
            break;
        }
        let name_len = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
            .unwrap_or(rest.len());
        if name_len == 0 {
            rest = &rest[1..];
            continue;
        }
        let name = rest[..name_len].to_owned();
        rest = rest[name_len..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let close = body.find(q).unwrap_or(body.len());
                    value = body[..close].to_owned();
                    rest = body.get(close + 1..).unwrap_or("");
                }
                _ => {
                    let end = after
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(after.len());
                    value = after[..end].to_owned();
                    rest = &after[end..];
                }
            }
        }
        out.push((name, decode_entities(&value)));
    }
    out
}

/// A step's text as a person reads it: `<b>`/`<strong>` as `**`, other tags
/// dropped, character references decoded, white space collapsed.
pub(crate) fn clean(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let is_tag = after[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match (is_tag, after.find('>')) {
            (true, Some(gt)) => {
                match tag_name(&after[..=gt]).as_deref() {
                    Some("b" | "/b" | "strong" | "/strong") => out.push_str("**"),
                    Some("br") => out.push(' '),
                    _ => {}
                }
                rest = &after[gt + 1..];
            }
            _ => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    decode_entities(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The common named character references and numeric ones.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let decoded = after.find(';').filter(|&semi| semi <= 10).and_then(|semi| {
            let name = &after[1..semi];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => name.strip_prefix('#').and_then(|n| {
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => n.parse().ok(),
                    };
                    code.and_then(char::from_u32)
                }),
            }?;
            Some((c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(text: &str) -> Vec<(Option<String>, Vec<String>)> {
        Article::parse(text)
            .map(|a| {
                a.procedures
                    .into_iter()
                    .map(|p| (p.title, p.steps.into_iter().map(|s| s.text).collect()))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn numbering_goes_on_across_an_ol_start_and_items_glued_to_an_image() {
        let text = "## Do it\n\n<ol>\n<li>Sign in</li>\n<li>Click **Settings**</li>\n</ol>\n\n![a](a.png)\n<ol start=\"3\">\n<li>Click **Create**</li>\n</ol>\n\nThen:\n\n![b](b.png)\n4. Type a name\n   and press **Next**.\n5) Click **Close**.\n";
        assert_eq!(
            steps(text),
            [(
                Some("Do it".into()),
                vec![
                    "Sign in".into(),
                    "Click **Settings**".into(),
                    "Click **Create**".into(),
                    "Type a name and press **Next**.".into(),
                    "Click **Close**.".into(),
                ]
            )]
        );
        // A paragraph that merely holds a number is no step.
        assert_eq!(
            steps("## A\n\n1. Sign in\n\nWindows\n10. is fine\n").len(),
            1
        );
    }

    #[test]
    fn markdown_lists_continue_across_images_and_restart_at_1() {
        let text = "# Do it\n\n1. Sign in\n2. Click **Create**\n\n   ![x](a.png)\n\n![y](b.png)\n\n3. Click [Next](#n)\n\nWords between.\n\n1. Again\n";
        assert_eq!(
            steps(text),
            [
                (
                    Some("Do it".into()),
                    vec![
                        "Sign in".into(),
                        "Click **Create**".into(),
                        "Click [Next]".into()
                    ]
                ),
                (Some("Do it".into()), vec!["Again".into()]),
            ]
        );
    }

    #[test]
    fn html_lists_closed_or_not() {
        let text = "## A\n\n<ol>\n<li>One</li>\n<li>Two <b>Yes</b>\n<li>Three &amp; four\n\n![x](y)\n\n<li>Five</li>\n\n## B\n\n<OL><LI>Six</LI></OL>\n";
        assert_eq!(
            steps(text),
            [
                (
                    Some("A".into()),
                    vec![
                        "One".into(),
                        "Two **Yes**".into(),
                        "Three & four".into(),
                        "Five".into()
                    ]
                ),
                (Some("B".into()), vec!["Six".into()]),
            ]
        );
    }

    #[test]
    fn an_li_alone_on_its_line_takes_the_paragraph_after_it() {
        let text = "<ol>\n<li>\n\nSelect **Create**\n\n</li>\n</ol>\n";
        assert_eq!(steps(text), [(None, vec!["Select **Create**".into()])]);
    }

    #[test]
    fn front_matter_attributes() {
        let a = Article::parse(
            "<properties\n pageTitle=\"T &amp; U\"\n editor=\"x\"/>\n\n<tags ms.locale=\"ja-jp\"/>\n\n1. Go\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.property("pageTitle"), Some("T & U"));
        assert_eq!(a.property("ms.locale"), Some("ja-jp"));
        assert_eq!(a.property("editor"), Some("x"));
    }

    #[test]
    fn bad_articles() {
        assert_eq!(Article::parse(" \n\n"), Err(ArticleError::Empty));
        assert_eq!(
            Article::parse("# Title\n\nJust words.\n\n- a bullet\n"),
            Err(ArticleError::NoSteps)
        );
        assert_eq!(
            Article::from_bytes(&[0x89, b'P', b'N', b'G', 0, 1]),
            Err(ArticleError::Binary)
        );
        assert_eq!(
            Article::from_bytes(&[0xff, 0xfe, b'a']),
            Err(ArticleError::Binary)
        );
    }

    #[test]
    fn empty_items_are_left_out_and_remembered() {
        let a = Article::parse("1. One\n2.\n3. Three\n").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.procedures[0].steps.len(), 2);
        assert_eq!(a.empty_steps, [2]);
    }
}
