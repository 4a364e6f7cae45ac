//! End-to-end tests of the `walkthrough` binary: what a person at a shell sees.
#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};

fn walkthrough(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_walkthrough"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn version_and_help_exit_zero() {
    let out = walkthrough(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("walkthrough {}", env!("CARGO_PKG_VERSION"))
    );
    let out = walkthrough(&["--help"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: walkthrough"));
}

#[test]
fn an_unknown_flag_is_bad_input_exit_two() {
    let out = walkthrough(&["--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--no-such-flag"));
}
