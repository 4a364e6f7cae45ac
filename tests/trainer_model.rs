//! A trainer's own product model, from `docs/examples/`, run with the built
//! binary and no line of Rust: `--portals DIR` and `--scenarios DIR`, in
//! demo (`play`), `check`, and guided and exam runs in a pseudo-terminal.
#![allow(clippy::unwrap_used)]

mod common;
#[cfg(unix)]
mod pty;

use common::{stderr, stdout, TempDir};
use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_walkthrough");
const PORTALS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/portals");
const SCENARIOS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/scenarios");
const SCENARIO: &str = "app-passwords-only-create";

fn walkthrough(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap()
}

/// `args` after `--portals` and `--scenarios` naming the example folders.
fn example(args: &[&str]) -> Output {
    let mut all = vec!["--portals", PORTALS, "--scenarios", SCENARIOS];
    all.extend_from_slice(args);
    walkthrough(&all)
}

/// Copies a folder tree (the example, to plant a defect in).
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn the_docs_block_is_the_example_folder_s_model_word_for_word() {
    let docs = include_str!("../docs/portal-format.md");
    let start = docs.find("```toml\n").unwrap() + "```toml\n".len();
    let len = docs[start..].find("```").unwrap();
    let file = include_str!("../docs/examples/portals/app-passwords-only/model.toml");
    assert_eq!(&docs[start..start + len], file);
}

#[test]
fn the_example_is_listed_with_its_model_and_among_the_portals() {
    let out = example(&["--lang", "en-US", "list"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "app-passwords-only-create  app-passwords-only  Create an app password (a trainer's own product)\n"
    );
    let out = example(&["portals"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let listed = stdout(&out);
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(lines.len(), 3, "{listed}");
    assert!(lines[0].starts_with("office365-2015 "), "{listed}");
    assert!(lines[1].starts_with("office365-2016 "), "{listed}");
    assert!(lines[2].starts_with("app-passwords-only "), "{listed}");
    assert!(
        lines[2].ends_with("app-passwords-only/model.toml"),
        "{listed}"
    );
}

#[test]
fn the_demo_reaches_the_goal_in_both_languages() {
    for (lang, goal) in [("en-US", "Goal reached."), ("ja-JP", "")] {
        let out = example(&["--lang", lang, "play", SCENARIO, "--seed", "3", "--plain"]);
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", stderr(&out));
        let text = stdout(&out);
        if !goal.is_empty() {
            assert!(text.contains(goal), "{text}");
            assert!(
                text.contains("Step 3 of 3: Select Copy password to clipboard, then Close."),
                "{text}"
            );
            assert!(text.contains("- type “Tablet” into “Name”"), "{text}");
        } else {
            assert!(text.contains("アプリ パスワードの名前を入力し"), "{text}");
        }
        // Drawn too, as the TUI draws it.
        let out = example(&["--lang", lang, "play", SCENARIO, "--seed", "3"]);
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", stderr(&out));
    }
}

#[test]
fn check_is_clean_and_finds_a_planted_defect() {
    let out = example(&["check", "--lang", "all", "--deny", "warnings"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("0 errors, 0 warnings"),
        "{}",
        stdout(&out)
    );

    // A step text that quotes a button the product does not call so.
    let dir = TempDir::new("trainer-model-defect");
    copy_tree(Path::new(SCENARIOS), &dir.0.join("scenarios"));
    let ftl = dir.0.join("scenarios/en-US/app-passwords-only-create.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let planted = text.replace("and select **Next**.", "and select **Continue**.");
    assert_ne!(planted, text);
    std::fs::write(&ftl, planted).unwrap();
    let scenarios = dir.0.join("scenarios");
    let out = walkthrough(&[
        "--portals",
        PORTALS,
        "--scenarios",
        scenarios.to_str().unwrap(),
        "check",
        "--lang",
        "en-US",
        "--deny",
        "warnings",
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let report = stdout(&out);
    assert!(
        report.contains(
            "  Step 2 (name)\n    warning [quote-not-a-label] en-US: The text quotes “Continue”"
        ),
        "{report}"
    );
    assert!(report.contains("0 errors, 1 warning"), "{report}");
}

#[test]
fn without_its_model_the_scenario_is_bad_input_at_its_portal_value() {
    let out = walkthrough(&["--scenarios", SCENARIOS, "list"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let script = include_str!("../docs/examples/scenarios/app-passwords-only-create.toml");
    let line = script
        .lines()
        .position(|l| l.starts_with("portal = "))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!("app-passwords-only-create.toml:{line}:10")),
        "{err}"
    );
    assert!(
        err.contains("unknown portal `app-passwords-only`; expected one of `office365-2015`"),
        "{err}"
    );
}

#[test]
fn a_models_labels_come_from_its_folder_and_a_missing_one_is_located() {
    let dir = TempDir::new("trainer-model-labels");
    copy_tree(Path::new(PORTALS), &dir.0.join("portals"));
    let model = dir.0.join("portals/app-passwords-only/model.toml");
    let text = std::fs::read_to_string(&model).unwrap().replace(
        "label = \"portal-app-passwords-heading\"",
        "label = \"trainer-heading\"",
    );
    std::fs::write(&model, &text).unwrap();
    let portals = dir.0.join("portals");
    let args = [
        "--portals",
        portals.to_str().unwrap(),
        "--scenarios",
        SCENARIOS,
        "--lang",
        "en-US",
        "play",
        SCENARIO,
        "--seed",
        "3",
    ];
    // No locale has the new label: exit 2, at its line and column.
    let out = walkthrough(&args);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let at = text
        .lines()
        .position(|l| l.contains("trainer-heading"))
        .unwrap()
        + 1;
    let err = stderr(&out);
    assert!(
        err.contains(&format!("app-passwords-only/model.toml:{at}:10: `app-passwords.heading` names the message `trainer-heading`, which en-US does not have")),
        "{err}"
    );
    // Labels beside the model, one file per language, are read.
    for (lang, label) in [
        ("en-US", "Our app passwords"),
        ("ja-JP", "当社のアプリ パスワード"),
    ] {
        let folder = dir.0.join("portals/app-passwords-only").join(lang);
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(
            folder.join("labels.ftl"),
            format!("trainer-heading = {label}\n"),
        )
        .unwrap();
    }
    let out = walkthrough(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Our app passwords"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_broken_model_from_disk_is_bad_input_with_every_problem_located() {
    let dir = TempDir::new("trainer-model-broken");
    copy_tree(Path::new(PORTALS), &dir.0.join("portals"));
    let model = dir.0.join("portals/app-passwords-only/model.toml");
    let text = std::fs::read_to_string(&model)
        .unwrap()
        .replace("role = \"button\"", "role = \"buton\"");
    std::fs::write(&model, &text).unwrap();
    let portals = dir.0.join("portals");
    let out = walkthrough(&[
        "--portals",
        portals.to_str().unwrap(),
        "--scenarios",
        SCENARIOS,
        "list",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    let buttons: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == "role = \"buton\"")
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(buttons.len(), 4);
    for line in buttons {
        assert!(
            err.contains(&format!("app-passwords-only/model.toml:{line}:8")),
            "{err}"
        );
    }
    assert!(err.contains("did you mean `button`?"), "{err}");
}

#[cfg(unix)]
mod in_a_terminal {
    use super::{BIN, PORTALS, SCENARIO, SCENARIOS};
    use crate::pty::Pty;

    fn run(mode: &str) -> Pty {
        let args = [
            "--portals",
            PORTALS,
            "--scenarios",
            SCENARIOS,
            "run",
            SCENARIO,
            "--mode",
            mode,
            "--lang",
            "en-US",
            "--seed",
            "7",
            "--no-record",
        ];
        Pty::spawn(BIN, &args, &[], (120, 50))
    }

    #[test]
    fn a_guided_run_finishes_with_the_keys_the_guide_shows() {
        let mut pty = run("guided");
        pty.wait_for("Step 1 of 3", 0).unwrap();
        // The focus starts on the marked Create.
        let at = pty.len();
        pty.send(b"\r");
        pty.wait_for("Step 2 of 3", at).unwrap();
        let at = pty.len();
        pty.send(b"Tablet\r");
        pty.wait_for("Step 3 of 3", at).unwrap();
        // Copy (the marked button has the focus), then Tab to Close.
        pty.settle(std::time::Duration::from_millis(200), crate::pty::PATIENCE);
        pty.send(b"\r");
        pty.settle(std::time::Duration::from_millis(200), crate::pty::PATIENCE);
        let at = pty.len();
        pty.send(b"\t\r");
        pty.wait_for("Well done", at).unwrap();
        pty.send(b"\r");
        assert_eq!(pty.wait_exit().unwrap(), 0, "{}", pty.tail());
    }

    #[test]
    fn an_exam_finishes_when_its_goal_holds() {
        let mut pty = run("exam");
        pty.wait_for("Tablet", 0).unwrap();
        pty.settle(std::time::Duration::from_millis(300), crate::pty::PATIENCE);
        // The focus starts on the page's first control, Create.
        let at = pty.len();
        pty.send(b"\r");
        pty.wait_for("Name", at).unwrap();
        pty.settle(std::time::Duration::from_millis(200), crate::pty::PATIENCE);
        let at = pty.len();
        pty.send(b"Tablet\r");
        pty.wait_for("Passed: the goal holds.", at).unwrap();
        pty.wait_for("Score: 100 / 100", at).unwrap();
        pty.wait_for("Wrong actions: 0", at).unwrap();
        // The result's focus is on Quit.
        pty.send(b"\r");
        assert_eq!(pty.wait_exit().unwrap(), 0, "{}", pty.tail());
    }
}
