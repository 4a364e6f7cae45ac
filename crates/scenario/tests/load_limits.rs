//! Input that once crashed, hung or took seconds to load: each bad file is
//! refused with its place (file, line, column); large scripts load whole;
//! nothing from a file reaches the terminal as a control sequence. How long
//! loading takes is measured in `benches/scenario.rs`, not here.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use walkthrough_scenario::*;

const HEAD: &str = "id = \"big\"\nportal = \"office365\"\n\n";

/// `n` steps, each clicking `element`.
fn script(n: usize, element: &str) -> String {
    let mut text = HEAD.to_owned();
    for i in 0..n {
        text.push_str(&format!(
            "[[step]]\nid = \"s{i}\"\ndo = [{{ click = \"{element}\" }}]\n\n"
        ));
    }
    text
}

fn invalid(result: Result<Scenario, LoadError>) -> Box<InvalidFile> {
    match result {
        Err(LoadError::Invalid(file)) => file,
        other => panic!("expected an invalid file, got {other:?}"),
    }
}

/// A fresh, empty folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wt-limits-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// What a bad file is, its bytes, where the first problem is, and what it says.
type BadFile<'a> = (&'a str, Vec<u8>, (usize, usize), &'a str);

#[test]
fn each_bad_file_names_its_line_and_column() {
    let dotted: Vec<String> = (0..85).map(|i| format!("a{i}")).collect();
    let table: &[BadFile] = &[
        (
            "one byte of invalid UTF-8",
            b"id = \"x\"\nportal = \"off\xffice\"\n".to_vec(),
            (2, 14),
            "invalid UTF-8: scenario files are UTF-8 text",
        ),
        (
            "invalid UTF-8 after Japanese text",
            ["id = \"x\"\n# 日本語 ".as_bytes(), b"\xc3\n"].concat(),
            (2, 7),
            "invalid UTF-8: scenario files are UTF-8 text",
        ),
        (
            "an 85-part dotted key",
            format!("id = \"x\"\n\n  {} = 1\n", dotted.join(".")).into_bytes(),
            (3, 3),
            "TOML syntax: recursion limit; a dotted key may have at most 80 parts",
        ),
        (
            "an 85-part dotted table header",
            format!("id = \"x\"\n[{}]\n", dotted.join(".")).into_bytes(),
            (2, 2),
            "TOML syntax: recursion limit; a dotted key may have at most 80 parts",
        ),
        (
            "an ESC byte in a string",
            b"id = \"x\x1b[2J\"\n".to_vec(),
            (1, 8),
            "TOML syntax: invalid basic string",
        ),
    ];
    let mut failures = Vec::new();
    for (what, bytes, place, problem) in table {
        let file = invalid(parse_bytes("bad.toml", bytes));
        let d = &file.diagnostics[0];
        let got = ((d.line, d.column), d.problem.to_string());
        if got.0 != *place || !got.1.starts_with(problem) {
            failures.push(format!("{what}: want {place:?} {problem}, got {got:?}"));
        }
        let shown = file.render(false);
        let at = format!("--> bad.toml:{}:{}\n", place.0, place.1);
        if !shown.contains(&at) {
            failures.push(format!("{what}: no `{at}` in\n{shown}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_dotted_key_within_the_limit_is_not_an_error_of_depth() {
    let parts: Vec<String> = (0..20).map(|i| format!("a{i}")).collect();
    let text = format!("{HEAD}{} = 1\n", parts.join("."));
    let file = invalid(parse("x.toml", &text));
    assert!(
        file.diagnostics
            .iter()
            .all(|d| !matches!(d.problem, Problem::TooDeep(_))),
        "{:?}",
        file.diagnostics
    );
}

#[test]
fn twenty_thousand_steps_load_with_their_lines() {
    let s = parse("big.toml", &script(20_000, "suite.settings")).unwrap();
    assert_eq!(s.steps.len(), 20_000);
    // Each step takes four lines after the three of the head.
    for (i, step) in s.steps.iter().enumerate().step_by(997) {
        assert_eq!(step.line, 4 + 4 * i, "{}", step.id);
    }
    assert_eq!(s.steps[19_999].line, 4 + 4 * 19_999);
}

#[test]
fn ten_thousand_errors_are_all_kept_and_the_first_ones_shown() {
    let file = invalid(parse("big.toml", &script(10_000, "nope")));
    assert_eq!(file.diagnostics.len(), 10_000);
    let last = &file.diagnostics[9_999];
    assert_eq!((last.line, last.column), (4 + 4 * 9_999 + 2, 17));
    let shown = file.render(false);
    assert_eq!(
        shown.matches("error: step `").count(),
        SHOWN_DIAGNOSTICS,
        "{shown}"
    );
    let more = 10_000 - SHOWN_DIAGNOSTICS;
    assert!(
        shown.ends_with(&format!(
            "error: {more} more problems in big.toml, not shown; fix these first"
        )),
        "{}",
        &shown[shown.len() - 200..]
    );
    // The last one shown is the 50th, at its own line.
    let line = 4 + 4 * (SHOWN_DIAGNOSTICS - 1) + 2;
    assert!(
        shown.contains(&format!("--> big.toml:{line}:17\n")),
        "{shown}"
    );
    assert!(shown.contains(&format!("{line} | do = [{{ click = \"nope\" }}]")));
}

#[test]
fn ten_thousand_errors_on_one_long_line_are_each_located_in_characters() {
    let action = "{ click = \"nöpe\" }, ";
    let mut text = format!("{HEAD}[[step]]\nid = \"a\"\ndo = [");
    let prefix = text.len() - text.rfind('\n').unwrap() - 1;
    text.push_str(&action.repeat(10_000));
    text.push_str("]\n");
    let file = invalid(parse("long.toml", &text));
    assert_eq!(file.diagnostics.len(), 10_000);
    let per = action.chars().count();
    for (i, d) in file.diagnostics.iter().enumerate().step_by(999) {
        assert_eq!((d.line, d.column), (6, prefix + i * per + 11), "{i}");
    }
}

#[test]
fn twenty_thousand_unknown_keys_are_each_located() {
    let mut text = HEAD.to_owned();
    for i in 0..20_000 {
        text.push_str(&format!("k{i} = 1\n"));
    }
    text.push_str("[[step]]\nid = \"a\"\ndo = [{ click = \"suite.settings\" }]\n");
    let file = invalid(parse("keys.toml", &text));
    assert_eq!(file.diagnostics.len(), 20_000);
    for (i, d) in file.diagnostics.iter().enumerate().step_by(1_999) {
        assert_eq!((d.line, d.column), (4 + i, 1));
        assert_eq!(
            d.problem,
            Problem::UnknownKey {
                key: format!("k{i}"),
                expected: "`id`, `portal`, `title`, `task`, `fixture`, `params`, `step`, `goal`, `sign_in_shown`"
                    .to_owned()
            }
        );
    }
}

#[test]
fn control_characters_are_made_visible_and_clean_text_is_borrowed() {
    let table: &[(&str, &str)] = &[
        (
            "plain text, 日本語\tand\nlines\r\n",
            "plain text, 日本語\tand\nlines\r\n",
        ),
        ("\u{1b}]0;owned\u{7}", "␛]0;owned␇"),
        ("\u{1b}[2J\u{1b}[H", "␛[2J␛[H"),
        ("a\rb", "a␍b"),
        ("nul\u{0} del\u{7f}", "nul␀ del␡"),
        ("csi\u{9b}2J", "csi\\u{9b}2J"),
        ("\u{202e}evil\u{2066}", "\\u{202e}evil\\u{2066}"),
    ];
    for (raw, shown) in table {
        assert_eq!(escape_controls(raw), *shown, "{raw:?}");
        assert!(!escape_controls(shown)
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r'));
    }
    assert!(matches!(
        escape_controls("Trainee 研修生"),
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn colour_is_kept_only_where_asked_and_only_colour() {
    let text = "\u{1b}[1;31merror\u{1b}[0m \u{1b}[2J \u{1b}]0;t\u{7} \u{1b}[m";
    assert_eq!(
        escape_controls_keeping_colour(text),
        "\u{1b}[1;31merror\u{1b}[0m ␛[2J ␛]0;t␇ \u{1b}[m"
    );
    assert_eq!(escape_controls(text), "␛[1;31merror␛[0m ␛[2J ␛]0;t␇ ␛[m");
}

#[test]
fn a_rendered_error_carries_no_control_character_and_its_caret_stays_aligned() {
    // An escape in a TOML string reaches the message as a real ESC.
    let text = format!("{HEAD}[[step]]\nid = \"a\"\ndo = [{{ click = \"\\u001b]0;x\\u0007\" }}]\n");
    let shown = invalid(parse("e\u{1b}[2J.toml", &text)).render(false);
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
        "{shown:?}"
    );
    assert!(
        shown.contains("unknown element `␛]0;x␇`") && shown.contains("--> e␛[2J.toml:6:"),
        "{shown}"
    );
    // A raw ESC in the file: the line is shown escaped, the caret under the spot.
    let shown = invalid(parse_bytes("raw.toml", b"id = 1\x1b[2J\n")).render(false);
    assert!(!shown.contains('\u{1b}'), "{shown:?}");
    let lines: Vec<&str> = shown.lines().collect();
    let mut checked = 0;
    for (i, line) in lines.iter().enumerate() {
        let Some(column) = line.strip_prefix(" --> raw.toml:1:") else {
            continue;
        };
        let column: usize = column.parse().unwrap();
        let (source, caret) = (lines[i + 2], lines[i + 3]);
        let code = source.chars().position(|c| c == 'i').unwrap();
        let under = caret.chars().position(|c| c == '^').unwrap();
        assert_eq!(under, code + column - 1, "{shown}");
        checked += 1;
    }
    assert!(checked >= 2, "{shown}");
}

#[test]
fn files_that_are_not_regular_are_refused_without_being_opened() {
    let dir = folder("fifo");
    mkfifo(&dir.join("a.toml"));
    let err = Library::from_dir(&dir).unwrap_err();
    assert!(
        matches!(
            &err,
            LoadError::NotAFile {
                kind: FileKind::Fifo,
                ..
            }
        ),
        "{err}"
    );
    assert!(
        err.to_string()
            .ends_with("a.toml: it is a FIFO, not a regular file"),
        "{err}"
    );
    assert_eq!(non_regular(&dir.join("a.toml")), Some(FileKind::Fifo));
    assert_eq!(non_regular(&dir), Some(FileKind::Directory));
    assert_eq!(
        non_regular(Path::new("/dev/null")),
        Some(FileKind::CharDevice)
    );
    assert_eq!(non_regular(&dir.join("missing.toml")), None);
    std::fs::write(dir.join("b.toml"), "id = 1").unwrap();
    assert_eq!(non_regular(&dir.join("b.toml")), None);

    let dir = folder("subdir");
    std::fs::create_dir(dir.join("x.toml")).unwrap();
    let err = Library::from_dir(&dir).unwrap_err();
    assert!(
        matches!(
            &err,
            LoadError::NotAFile {
                kind: FileKind::Directory,
                ..
            }
        ),
        "{err}"
    );
    let err = Library::from_paths(&[PathBuf::from("/dev/zero")]).unwrap_err();
    assert!(
        matches!(
            &err,
            LoadError::NotAFile {
                kind: FileKind::CharDevice,
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn a_file_with_invalid_utf8_on_disk_is_located() {
    let dir = folder("utf8");
    std::fs::write(dir.join("a.toml"), b"id = \"x\"\nportal = \"off\xffice\"\n").unwrap();
    let err = Library::from_dir(&dir).unwrap_err();
    let shown = err.to_string();
    assert!(shown.contains("invalid UTF-8"), "{shown}");
    assert!(shown.contains("a.toml:2:14\n"), "{shown}");
}

#[test]
fn problems_at_the_very_start_and_end_of_a_file_render() {
    for text in [
        "",
        "\n",
        "id = \"x\"",
        "id = \"x\"\n[[step]]\nid = \"a\"\ndo = [{ click = \"nope\" }]",
    ] {
        let file = invalid(parse("edge.toml", text));
        let shown = file.render(false);
        assert!(shown.contains("--> edge.toml:"), "{text:?}: {shown}");
    }
}
