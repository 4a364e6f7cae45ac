//! Locale files that must be refused before Fluent's parser sees them: nesting
//! deep enough to overflow its stack, bytes that are not UTF-8, and files that
//! are not regular files (reading a FIFO would wait forever). Each is an error
//! naming the file, and the line and column where there is one.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use walkthrough_i18n::{FtlErrorKind, I18nError, Layer, Localizer, MAX_FTL_NESTING};

/// A fresh folder under the temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("wt-i18n-bad-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("en-US")).unwrap();
        TempDir(dir)
    }

    fn write(&self, path: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The one refused-file error of loading `bytes` as `ja-JP/bad.ftl` beside
/// the embedded locales (as `check DIR` does): (file, line, column, message).
fn refused(name: &str, bytes: &[u8]) -> (String, usize, usize, String) {
    let dir = TempDir::new(name);
    let path = dir.write("ja-JP/bad.ftl", bytes);
    match Localizer::layered(&[Layer::Embedded, Layer::Beside(&dir.0)]) {
        Err(I18nError::Ftl(errors)) => {
            assert_eq!(errors.len(), 1, "{errors:?}");
            let e = &errors[0];
            assert_eq!(e.kind, FtlErrorKind::Refused, "{e}");
            assert_eq!(e.file, path.display().to_string());
            (e.file.clone(), e.line, e.column, e.message.clone())
        }
        other => panic!("{name}: expected a refused file, got {other:?}"),
    }
}

#[test]
fn nesting_deeper_than_the_limit_is_refused_at_its_place() {
    let deep = |prefix: &str, open: &str, n: usize| {
        let mut text = prefix.to_owned();
        text.push_str(&open.repeat(n));
        text.into_bytes()
    };
    // (name, text, line, column of the first `{`/`(` past the limit)
    let cases: [(&str, Vec<u8>, usize, usize); 5] = [
        ("braces", deep("a=", "{", 10_400), 1, 3 + MAX_FTL_NESTING),
        (
            "braces-after-good-lines",
            deep("ok = fine\n# a { comment\nb = ", "{", 100),
            3,
            5 + MAX_FTL_NESTING,
        ),
        (
            "braces-on-lines",
            deep("a =\n", "{\n", 200),
            2 + MAX_FTL_NESTING,
            1,
        ),
        (
            "calls",
            deep("a = { F", "(G", 5_000),
            1,
            8 + 2 * (MAX_FTL_NESTING - 1),
        ),
        (
            "million",
            deep("a=", "{", 1_000_000),
            1,
            3 + MAX_FTL_NESTING,
        ),
    ];
    for (name, text, line, column) in cases {
        let (_, l, c, message) = refused(name, &text);
        assert_eq!((l, c), (line, column), "{name}");
        assert!(message.contains("nested more than 64 deep"), "{message}");
    }
}

#[test]
fn nesting_within_the_limit_and_braces_in_literals_still_load() {
    let dir = TempDir::new("fine");
    let nested = format!(
        "a = {}$x{}\nb = {}\nc = {{ \"(((\" }}\n",
        "{ ".repeat(MAX_FTL_NESTING),
        " }".repeat(MAX_FTL_NESTING),
        "{\"{\"}".repeat(50),
    );
    dir.write("ja-JP/fine.ftl", nested.as_bytes());
    let l10n = Localizer::layered(&[Layer::Embedded, Layer::Beside(&dir.0)]).unwrap();
    let ja = "ja-JP".parse().unwrap();
    assert_eq!(
        l10n.format(&ja, "a", &[("x", walkthrough_i18n::Arg::Number(7))]),
        "7"
    );
    assert_eq!(l10n.format(&ja, "b", &[]), "{".repeat(50));
    assert_eq!(l10n.format(&ja, "c", &[]), "(((");
}

#[test]
fn bytes_that_are_not_utf8_are_named_with_their_line_and_column() {
    let cases: [(&str, &[u8], usize, usize, &str); 3] = [
        ("second-line", b"a = b\nc = d\xffe\n", 2, 6, "0xff"),
        ("first-byte", b"\xc0a = b\n", 1, 1, "0xc0"),
        ("after-japanese", "a = 日本\n".as_bytes(), 0, 0, ""),
    ];
    for (name, bytes, line, column, byte) in cases {
        if byte.is_empty() {
            // Valid UTF-8 as a control: it loads.
            let dir = TempDir::new(name);
            dir.write("ja-JP/ok.ftl", bytes);
            assert!(Localizer::layered(&[Layer::Embedded, Layer::Beside(&dir.0)]).is_ok());
            continue;
        }
        let (_, l, c, message) = refused(name, bytes);
        assert_eq!((l, c), (line, column), "{name}");
        assert!(
            message.contains(byte) && message.contains("UTF-8"),
            "{message}"
        );
    }
    // Columns count characters: the bad byte after two Japanese characters.
    let (_, l, c, _) = refused("japanese-then-bad", b"a = \xe6\x97\xa5\xe6\x9c\xac\xff\n");
    assert_eq!((l, c), (1, 7));
}

#[test]
fn a_folder_named_like_a_locale_file_is_refused_not_read() {
    let dir = TempDir::new("folder");
    std::fs::create_dir_all(dir.0.join("en-US/portal.ftl")).unwrap();
    match Localizer::from_dir(&dir.0) {
        Err(e @ I18nError::NotAFile { .. }) => {
            assert!(e.to_string().contains("portal.ftl"), "{e}");
            assert!(e.to_string().contains("not a regular file"), "{e}");
        }
        other => panic!("expected NotAFile, got {other:?}"),
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_locale_file_is_refused_without_waiting() {
    let dir = TempDir::new("fifo");
    let fifo = dir.0.join("ja-JP/pipe.ftl");
    std::fs::create_dir_all(fifo.parent().unwrap()).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Opening a FIFO for reading with no writer blocks: a hang here is the bug.
    match Localizer::layered(&[Layer::Embedded, Layer::Beside(Path::new(&dir.0))]) {
        Err(I18nError::NotAFile { path }) => assert_eq!(path, fifo),
        other => panic!("expected NotAFile, got {other:?}"),
    }
}
