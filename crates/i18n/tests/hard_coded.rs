//! No user-visible words are built in code outside this crate: `format!`,
//! `print!`-family and `write!`-family string literals in other crates may hold
//! placeholders and punctuation, not words. A line that must keep words (an
//! error for script authors, in the style of cargo's) says why with
//! `i18n-exempt: <reason>` on the same or the previous line.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

const MACROS: [&str; 7] = [
    "format!(",
    "println!(",
    "eprintln!(",
    "print!(",
    "eprint!(",
    "write!(",
    "writeln!(",
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The first string literal after `at`, if the macro's line has one.
fn literal(line: &str, at: usize) -> Option<&str> {
    let rest = &line[at..];
    let start = rest.find('"')? + 1;
    let len = rest[start..].find('"')?;
    Some(&rest[start..start + len])
}

/// Whether a literal, placeholders removed, reads as words to a person: any CJK
/// text, or a word of 3+ letters in a literal with spaces (ids and keys such as
/// `start.language.{i}` or `{id}-title` have none).
fn has_words(lit: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in lit.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let cjk = plain
        .chars()
        .any(|c| ('\u{3040}'..='\u{9fff}').contains(&c));
    let words = plain
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic));
    cjk || (words && plain.contains(' '))
}

#[test]
fn no_user_visible_words_are_formatted_outside_i18n() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for krate in std::fs::read_dir(&root).unwrap() {
        let krate = krate.unwrap().path();
        if krate.ends_with("i18n") {
            continue;
        }
        for dir in ["src", ""] {
            let src = krate.join(dir);
            if dir.is_empty() {
                // crates/cli keeps its sources at the top.
                for f in std::fs::read_dir(&krate)
                    .unwrap()
                    .filter_map(|e| e.ok().map(|e| e.path()))
                {
                    if f.extension().is_some_and(|e| e == "rs") {
                        files.push(f);
                    }
                }
                if krate.join("commands").is_dir() {
                    sources(&krate.join("commands"), &mut files);
                }
            } else if src.is_dir() {
                sources(&src, &mut files);
            }
        }
    }
    assert!(files.len() > 10, "found only {} files", files.len());
    let mut offenders = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let tests_start = lines
            .iter()
            .position(|l| l.trim() == "#[cfg(test)]")
            .unwrap_or(lines.len());
        for (n, line) in lines.iter().enumerate().take(tests_start) {
            let exempt =
                line.contains("i18n-exempt:") || n > 0 && lines[n - 1].contains("i18n-exempt:");
            if exempt || line.trim_start().starts_with("//") {
                continue;
            }
            for m in MACROS {
                if let Some(at) = line.find(m) {
                    if literal(line, at).is_some_and(has_words) {
                        offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "words formatted outside i18n:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_scan_sees_words_but_not_placeholders() {
    assert!(has_words("did you mean `{c}`?"));
    assert!(!has_words("{}:{}:{}"));
    assert!(!has_words("{name} › {other}"));
    assert!(!has_words("[{}]"));
    assert!(!has_words("start.language.{i}"));
    assert!(!has_words("<title>{}</title>"));
    assert!(has_words("設定を選択"));
}
