//! No user-visible words are built in code outside this crate: the format
//! strings of `format!`, the `print!` and `write!` families and `format_args!`
//! in `crates/*` (their sources, not their tests, benches or examples) may
//! hold placeholders, punctuation, markup and identifiers, not words.
//!
//! A call that must keep words (a diagnostic for script authors, in English
//! like cargo's) says why with a comment `i18n-exempt: <reason>` on the line
//! before the call, or on any line of it.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

const MACROS: [&str; 8] = [
    "format",
    "format_args",
    "print",
    "println",
    "eprint",
    "eprintln",
    "write",
    "writeln",
];

/// A token of Rust source, comments dropped.
#[derive(Debug, PartialEq)]
enum Token {
    Ident(String),
    /// A string literal's text between its quotes; escapes kept when not raw.
    Str {
        text: String,
        raw: bool,
    },
    Punct(char),
}

/// Tokens with their 1-based line. Good enough for scanning: char literals,
/// lifetimes, (raw) (byte) strings and nested block comments are understood.
fn tokens(src: &str) -> Vec<(usize, Token)> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        let start_line = line;
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
        } else if c == '"' || ((c == 'r' || c == 'b') && matches!(at(i + 1), '"' | '#' | 'r')) {
            // "…", b"…", r"…", r#"…"#, br#"…"#
            let mut j = i;
            if chars[j] == 'b' {
                j += 1;
            }
            let raw = chars[j] == 'r';
            if raw {
                j += 1;
            }
            let hashes = (j..chars.len()).take_while(|&k| chars[k] == '#').count();
            j += hashes;
            if at(j) != '"' {
                // An identifier that starts with r or b.
                let end = (i..chars.len())
                    .find(|&k| !(chars[k].is_alphanumeric() || chars[k] == '_'))
                    .unwrap_or(chars.len());
                out.push((start_line, Token::Ident(chars[i..end].iter().collect())));
                i = end;
                continue;
            }
            j += 1;
            let begin = j;
            loop {
                if j >= chars.len() {
                    break;
                }
                if !raw && chars[j] == '\\' {
                    line += usize::from(at(j + 1) == '\n');
                    j += 2;
                    continue;
                }
                if chars[j] == '"' && (j + 1..=j + hashes).all(|k| at(k) == '#') {
                    break;
                }
                line += usize::from(chars[j] == '\n');
                j += 1;
            }
            let text = chars[begin..j.min(chars.len())].iter().collect();
            out.push((start_line, Token::Str { text, raw }));
            i = j + 1 + hashes;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{1F600}') or a lifetime ('a).
            if at(i + 1) == '\\' {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_alphabetic() || c == '_' {
            let end = (i..chars.len())
                .find(|&k| !(chars[k].is_alphanumeric() || chars[k] == '_'))
                .unwrap_or(chars.len());
            out.push((start_line, Token::Ident(chars[i..end].iter().collect())));
            i = end;
        } else {
            out.push((start_line, Token::Punct(c)));
            i += 1;
        }
    }
    out
}

/// One macro call whose format string holds words: (line of the call, line
/// of the string, the string).
type Hit = (usize, usize, String);

/// The calls in `src`, outside `#[cfg(test)]` items, whose format strings hold words.
fn scan(src: &str) -> Vec<Hit> {
    let toks = tokens(src);
    let punct = |i: usize, c: char| matches!(toks.get(i), Some((_, Token::Punct(p))) if *p == c);
    let ident = |i: usize, s: &str| matches!(toks.get(i), Some((_, Token::Ident(x))) if x == s);
    let mut hits = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // #[cfg(test)] <item>: skip to the end of its block, or its `;`.
        let cfg_test = [
            punct(i, '#'),
            punct(i + 1, '['),
            ident(i + 2, "cfg"),
            punct(i + 3, '('),
            ident(i + 4, "test"),
            punct(i + 5, ')'),
            punct(i + 6, ']'),
        ];
        if cfg_test.iter().all(|b| *b) {
            i += 7;
            let mut depth = 0;
            while i < toks.len() {
                match toks[i].1 {
                    Token::Punct('{') => depth += 1,
                    Token::Punct('}') => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Token::Punct(';') if depth == 0 => break,
                    _ => {}
                }
                i += 1;
            }
            i += 1;
            continue;
        }
        if let Some((line, Token::Ident(name))) = toks.get(i) {
            if MACROS.contains(&name.as_str())
                && punct(i + 1, '!')
                && (punct(i + 2, '(') || punct(i + 2, '[') || punct(i + 2, '{'))
            {
                // The first string literal inside the call is the format string.
                let mut depth = 0;
                for (lit_line, tok) in &toks[i + 2..] {
                    match tok {
                        Token::Punct('(' | '[' | '{') => depth += 1,
                        Token::Punct(')' | ']' | '}') => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        Token::Str { text, raw } => {
                            if has_words(text, *raw) {
                                hits.push((*line, *lit_line, text.clone()));
                            }
                            break;
                        }
                        _ => {}
                    }
                }
            }
        }
        i += 1;
    }
    hits
}

/// Where a placeholder was.
const HOLE: char = '\u{1}';

/// Whether a format string reads as words to a person once its placeholders
/// (`{…}`), escapes and markup tags (`<…>`) are removed: any kana or CJK
/// character, or a token with a run of 3+ letters that is not an identifier
/// (`nav.me`, `{id}-title`, `embedded:{path}`, `cargo:rerun-if-changed=…`).
fn has_words(lit: &str, raw: bool) -> bool {
    let chars: Vec<char> = lit.chars().collect();
    let mut plain = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied().unwrap_or('\0');
        if (c == '{' && next == '{') || (c == '}' && next == '}') {
            plain.push(c);
            i += 2;
        } else if c == '{' {
            // A placeholder: part of an identifier if it touches one.
            i += chars[i..]
                .iter()
                .position(|&d| d == '}')
                .unwrap_or(chars.len() - i)
                + 1;
            plain.push(HOLE);
        } else if c == '\\' && !raw {
            // \n, \t, \", \\, \u{…}: none of them a letter of a word.
            i += if next == 'u' {
                chars[i..].iter().position(|&d| d == '}').unwrap_or(1) + 1
            } else {
                2
            };
            plain.push(' ');
        } else if c == '<' && (next.is_ascii_alphabetic() || matches!(next, '/' | '!' | '?')) {
            i += chars[i..]
                .iter()
                .position(|&d| d == '>')
                .unwrap_or(chars.len() - i)
                + 1;
            plain.push(' ');
        } else {
            plain.push(c);
            i += 1;
        }
    }
    let cjk = |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ff01}'..='\u{ff5e}');
    if plain.chars().any(cjk) {
        return true;
    }
    plain.split_whitespace().any(|token| {
        let core =
            token.trim_matches(|c: char| !(c.is_alphanumeric() || "._/-".contains(c) || c == HOLE));
        let identifier = core.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || "._/-:=#%+*".contains(c) || c == HOLE
        }) && core.contains(['.', '_', '/', '-', ':', HOLE]);
        let mut run = 0;
        let long_run = core.chars().any(|c| {
            run = if c.is_alphabetic() { run + 1 } else { 0 };
            run >= 3
        });
        long_run && !identifier
    })
}

/// The Rust sources of a crate: everything but its tests, benches and examples.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy();
        if path.is_dir() {
            if !["tests", "benches", "examples", "target"].contains(&name.as_ref()) {
                sources(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_user_visible_words_are_formatted_outside_i18n() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for krate in std::fs::read_dir(&crates).unwrap() {
        let krate = krate.unwrap().path();
        if krate.is_dir() && !krate.ends_with("i18n") {
            sources(&krate, &mut files);
        }
    }
    assert!(files.len() > 10, "found only {} files", files.len());
    let mut offenders = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let marked: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.contains("i18n-exempt:"))
            .map(|(n, _)| n + 1)
            .collect();
        for (call, lit, literal) in scan(&text) {
            if !marked
                .iter()
                .any(|m| (call.saturating_sub(1)..=lit).contains(m))
            {
                offenders.push(format!("{}:{call}: {literal:?}", file.display()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "words formatted outside i18n (use a message, or mark the line `// i18n-exempt: <reason>`):\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_scan_sees_words_but_not_placeholders_identifiers_or_markup() {
    for words in [
        "did you mean `{c}`?",
        "Settings",
        "error: {e}",
        "{n} app passwords",
        "設定を選択",
        "<text>Sign in</text>",
        "\\nStep {n}",
        "{{literal}} braces",
    ] {
        assert!(has_words(words, false), "{words}");
    }
    for none in [
        "{}:{}:{}",
        "{name} › {other}",
        "[{}]",
        "start.language.{i}",
        "{id}-title",
        "{id}.hint",
        "<title>{}</title>",
        r##"<rect class="target" x="{}" width="100%" fill="#264f78"/>"##,
        "cargo:rerun-if-changed=../../locales",
        "embedded:{path}",
        "\\n{}",
        "  {:>width$}",
        "{n}px",
        "",
    ] {
        assert!(!has_words(none, false), "{none}");
    }
}

#[test]
fn the_scan_reads_calls_across_lines_and_skips_comments_and_tests() {
    let src = r##"
fn a(out: &mut String) {
    let x = format!(
        "Welcome, {name}",
        name = 1
    );
    // format!("a comment, not code")
    /* println!("a /* nested */ comment") */
    let c = '"'; let l: &'static str = "ok";
    writeln!(out, r#"Raw "words" here"#);
    let id = format!("{}-title", x);
    println!["Brackets too"];
}
#[cfg(test)]
mod tests {
    fn t() { println!("Test output is fine"); }
}
fn b() { eprintln!("After the tests"); }
"##;
    let hits: Vec<(usize, usize)> = scan(src).iter().map(|(c, l, _)| (*c, *l)).collect();
    assert_eq!(hits, [(3, 4), (10, 10), (12, 12), (18, 18)]);
}
