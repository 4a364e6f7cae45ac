//! Locale files beside a scenario folder given to `check` that must be
//! refused, not parsed: each is exit 2 with the file, line and column, and
//! nothing is printed as a report.
#![allow(clippy::unwrap_used)]

mod common;

use common::{stderr, stdout, TempDir};
use std::process::{Command, Output};

fn check(dir: &TempDir) -> Output {
    Command::new(env!("CARGO_BIN_EXE_walkthrough"))
        .args(["check", dir.path(), "--lang", "en-US"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// A folder with the shipped create script and `ja-JP/bad.ftl` holding `bad`.
fn folder(name: &str, bad: &[u8]) -> TempDir {
    let dir = TempDir::new(name);
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scenarios/app-password-create.toml"
        ),
        dir.0.join("app-password-create.toml"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.0.join("ja-JP")).unwrap();
    std::fs::write(dir.0.join("ja-JP/bad.ftl"), bad).unwrap();
    dir
}

#[test]
fn bad_locale_files_beside_checked_scenarios_are_exit_two_with_their_place() {
    let mut deep = b"a=".to_vec();
    deep.extend(std::iter::repeat_n(b'{', 10_400));
    let cases: [(&str, Vec<u8>, &str, &str); 2] = [
        ("deep", deep, "bad.ftl:1:67:", "nested more than 64 deep"),
        (
            "utf8",
            b"a = b\nc = d\xffe\n".to_vec(),
            "bad.ftl:2:6:",
            "not UTF-8",
        ),
    ];
    for (name, bytes, place, why) in cases {
        let dir = folder(name, &bytes);
        let out = check(&dir);
        assert_eq!(out.status.code(), Some(2), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains(place), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains(why), "{name}: {}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{name}: {}", stdout(&out));
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_beside_checked_scenarios_is_exit_two_not_a_hang() {
    let dir = folder("fifo", b"a = b\n");
    let fifo = dir.0.join("ja-JP/pipe.ftl");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let out = check(&dir);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("pipe.ftl"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );
}
