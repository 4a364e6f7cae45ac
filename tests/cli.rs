//! End-to-end tests of the `walkthrough` binary: what a person at a shell sees.
#![allow(clippy::unwrap_used)]

mod common;

use common::{stderr, stdout};
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
    assert!(stderr(&out).contains("--no-such-flag"));
}

#[test]
fn list_shows_ids_and_titles_in_the_negotiated_language() {
    let out = walkthrough(&["list", "--lang", "en-US"]);
    assert!(out.status.success());
    assert_eq!(
        stdout(&out),
        "app-password-create       office365-2015  Office 365 (2015)  To create an app password in the Office 365 portal\n\
         app-password-delete       office365-2015  Office 365 (2015)  To delete an app password in the Office 365 portal\n\
         app-password-create-2016  office365-2016  Office 365 (2016)  Create an app password\n\
         app-password-delete-2016  office365-2016  Office 365 (2016)  Delete an app password\n"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_walkthrough"))
        .arg("list")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "ja_JP.UTF-8")
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("Office 365 ポータルでアプリ パスワードを作成するには"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out)
            .contains("office365-2016  Office 365 (2016 年版)  アプリ パスワードを作成する"),
        "{}",
        stdout(&out)
    );
}

/// A well-formed tag whose language is not available — a private-use tag,
/// a grandfathered one, one with extensions — is the one-line note naming
/// the tag as typed, and en-US, exit 0; one whose language is available,
/// extensions and private use after it, is that language with no note.
#[test]
fn an_unavailable_language_is_named_as_typed() {
    let table: [(&str, Option<&str>); 8] = [
        ("x-private", None),
        ("i-klingon", None),
        ("art-lojban", None),
        ("zh-min-nan", None),
        ("fr-FR-u-ca-gregory", None),
        ("de-CH-x-phonebk", None),
        ("ja-JP-u-ca-japanese", Some("ステップ 1/8")),
        ("en-US-x-twain", Some("Step 1 of 8")),
    ];
    for (tag, available) in table {
        let out = walkthrough(&["play", "app-password-delete", "--plain", "--lang", tag]);
        assert_eq!(out.status.code(), Some(0), "{tag}: {}", stderr(&out));
        match available {
            None => assert_eq!(
                stderr(&out),
                format!("{tag} is not available; using en-US.\n"),
                "{tag}"
            ),
            Some(word) => {
                assert_eq!(stderr(&out), "", "{tag}");
                assert!(stdout(&out).contains(word), "{tag}: {}", stdout(&out));
            }
        }
        assert!(!stderr(&out).contains("und"), "{tag}");
    }
}

#[test]
fn an_unavailable_language_is_a_note_and_a_malformed_one_exit_two() {
    let out = walkthrough(&["list", "--lang", "fr-FR"]);
    assert!(out.status.success());
    assert_eq!(stderr(&out), "fr-FR is not available; using en-US.\n");
    let out = walkthrough(&["list", "--lang", "x y"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`x y` is not a language tag"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn play_prints_every_step_with_its_actions_and_hides_typed_passwords() {
    let out = walkthrough(&[
        "play",
        "app-password-create",
        "--seed",
        "3",
        "--lang",
        "en-US",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Step 1 of 8: Sign in to the Office 365 portal"),
        "{text}"
    );
    assert!(text.contains("type “•••••••••” into “Password”"), "{text}");
    assert!(
        !text.contains("Pa55word!"),
        "the account password never shows"
    );
    // The heading, then its screen, then the actions and where they lead.
    let heading = text
        .find("Step 2 of 8: Select the settings widget in the upper-right corner.\n")
        .expect("the step's heading");
    let marked = text.find("▶[ Settings ]◀").expect("the step's screen");
    let actions = text
        .find("  - click “Settings”\n  - click “Office 365 settings”\n  → Office 365 settings\n")
        .expect("the step's actions");
    assert!(heading < marked && marked < actions, "{text}");
    assert!(!text.contains("**"), "raw markup in a heading: {text}");
    assert!(text.trim_end().ends_with("Goal reached."), "{text}");
    // Each step's screen as the TUI draws it, its target marked.
    assert!(text.contains("▶[ Settings ]◀"), "{text}");
    assert!(text.contains("│ Step 2 of 8"), "{text}");
    assert!(
        text.contains("│ Connected. Your mail is syncing."),
        "the end screen: {text}"
    );
    // The same seed, the same output.
    let again = walkthrough(&[
        "play",
        "app-password-create",
        "--seed",
        "3",
        "--lang",
        "en-US",
    ]);
    assert_eq!(stdout(&again), text);
    // Without a seed, a fixed default: nothing random in the output.
    let default = || {
        stdout(&walkthrough(&[
            "play",
            "app-password-create",
            "--lang",
            "en-US",
        ]))
    };
    let first = default();
    assert!(first.contains("Step 8 of 8"));
    assert_eq!(first, default());
}

#[test]
fn play_plain_has_no_boxes_and_names_the_row_it_acts_on() {
    let out = walkthrough(&["play", "app-password-delete", "--plain", "--lang", "en-US"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // No box drawing and no padding lines a screen reader would read out.
    assert!(
        !text.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c)),
        "{text}"
    );
    assert!(!text.contains("**"), "{text}");
    assert!(text.contains("Step 6 of 8: Next to the app password to delete, select as follows: Delete.\n  On: App passwords\n  - click “Delete” in the row “Outlook desktop”\n"), "{text}");
    assert!(
        text.lines().count() < 80,
        "{} lines:\n{text}",
        text.lines().count()
    );
    assert!(text.trim_end().ends_with("Goal reached."), "{text}");
    assert!(!text.contains("Pa55word!"), "{text}");
    let ja = stdout(&walkthrough(&[
        "play",
        "app-password-delete",
        "--plain",
        "--lang",
        "ja-JP",
    ]));
    assert!(ja.contains("「Outlook desktop」の行で"), "{ja}");
}

#[test]
fn an_unknown_scenario_suggests_the_nearest_and_exits_two() {
    let out = walkthrough(&["play", "app-password-delet"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("did you mean `app-password-delete`?"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_broken_scenario_folder_reports_file_line_and_column() {
    let dir = std::env::temp_dir().join(format!("wt-cli-broken-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("x.toml"), "id = \"x\"\nportal = \"office365\"\n[[step]]\nid = \"a\"\ndo = [{ click = \"suite.setings\" }]\n").unwrap();
    let out = walkthrough(&["--scenarios", dir.to_str().unwrap(), "list"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("x.toml:5:17"), "{err}");
    assert!(err.contains("did you mean `suite.settings`?"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn check_reports_the_articles_defects_and_sets_the_exit_code() {
    let out = walkthrough(&["check", "--lang", "en-US"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("warning [location-mismatch]"), "{text}");
    // Delete step 7 only describes the pop-up: a step to read, no warning.
    assert!(text.trim_end().ends_with("0 errors, 7 warnings"), "{text}");
    let out = walkthrough(&["check", "--deny", "warnings"]);
    assert_eq!(out.status.code(), Some(1));
    let out = walkthrough(&["check", "--format", "json", "--lang", "all"]);
    let doc = stdout(&out);
    assert!(doc.contains("\"schema\": \"walkthrough-check/1\""), "{doc}");
    assert!(doc.contains("\"warnings\": 14"), "{doc}");
}

#[test]
fn check_of_a_mistaken_script_exits_one() {
    let dir = std::env::temp_dir().join(format!("wt-cli-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let create = include_str!("../scenarios/app-password-create.toml");
    // Steps 3 and 4 swapped: the link is not on screen yet.
    let swapped = create.replacen(
        "do = [{ click = \"nav.additional-security-verification\" }]",
        "do = [{ click = \"asv.update-phone-numbers\" }]",
        1,
    );
    std::fs::write(dir.join("create.toml"), swapped).unwrap();
    let out = walkthrough(&[
        "check",
        dir.join("create.toml").to_str().unwrap(),
        "--lang",
        "en-US",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("error [target-not-on-screen]"),
        "{}",
        stdout(&out)
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn run_without_a_terminal_says_what_to_use_instead() {
    let out = walkthrough(&["run", "app-password-create", "--lang", "en-US"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("use: walkthrough play SCENARIO"),
        "{}",
        stderr(&out)
    );
    let out = walkthrough(&["--lang", "en-US"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "no arguments opens the menu, which needs a terminal"
    );
}

#[test]
fn shots_writes_every_step_as_svg_and_text_with_the_target_boxed() {
    let dir = std::env::temp_dir().join(format!("wt-cli-shots-{}", std::process::id()));
    let out = walkthrough(&[
        "shots",
        "app-password-delete",
        "--lang",
        "ja-JP",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 16);
    let text = std::fs::read_to_string(dir.join("app-password-delete-step-3.txt")).unwrap();
    assert!(text.contains("│▶追加のセキュリティ確認◀│"), "{text}");
    let svg = std::fs::read_to_string(dir.join("app-password-delete-step-3.svg")).unwrap();
    // The box starts at the ▶ (column 1) and spans 24 cells: ▶, eleven
    // double-width characters, ◀.
    let row = text.lines().position(|l| l.contains('▶')).unwrap();
    let rect = format!(
        r#"<rect class="target" x="17" y="{}" width="216""#,
        8 + row * 18
    );
    assert!(svg.contains(&rect), "{rect} in {svg}");
    assert!(
        svg.contains("<title>下部で、[追加のセキュリティ確認]"),
        "{svg}"
    );
    // The same seed, the same images.
    let again = walkthrough(&[
        "shots",
        "app-password-delete",
        "--lang",
        "ja-JP",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(again.status.success());
    assert_eq!(
        std::fs::read_to_string(dir.join("app-password-delete-step-3.svg")).unwrap(),
        svg
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_malformed_language_is_explained_in_the_language_of_the_environment() {
    let out = Command::new(env!("CARGO_BIN_EXE_walkthrough"))
        .args(["--lang", "x y", "list"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "ja_JP.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`x y` は言語タグではありません"),
        "{}",
        stderr(&out)
    );
}

/// Runs the binary with `args`, stdin closed; a run still going after a
/// minute is killed and reported as a hang (a FIFO opened for reading waits
/// for a writer forever).
fn walkthrough_or_hang(args: &[&str]) -> Output {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_walkthrough"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    for _ in 0..600 {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    child.kill().unwrap();
    panic!("walkthrough {args:?} hung");
}

fn mkfifo(path: &std::path::Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

#[test]
fn each_bad_file_is_refused_with_its_place_and_exit_two() {
    let dir = common::TempDir::new("bad-files");
    let at = |name: &str| dir.0.join(name).to_str().unwrap().to_owned();
    mkfifo(&dir.0.join("fifo.toml"));
    mkfifo(&dir.0.join("article.md"));
    mkfifo(&dir.0.join("records.jsonl"));
    std::fs::create_dir(dir.0.join("folder.toml")).unwrap();
    std::fs::write(at("utf8.toml"), b"id = \"x\"\nportal = \"off\xffice\"\n").unwrap();
    let dotted: Vec<String> = (0..85).map(|i| format!("a{i}")).collect();
    std::fs::write(
        at("dotted.toml"),
        format!("id = \"x\"\n\n{} = 1\n", dotted.join(".")),
    )
    .unwrap();
    let fifos = dir.0.join("fifos");
    std::fs::create_dir(&fifos).unwrap();
    mkfifo(&fifos.join("a.toml"));

    let table: Vec<(Vec<String>, String)> = vec![
        (
            vec!["check".into(), at("fifo.toml")],
            format!(
                "cannot read {}: it is a FIFO, not a regular file",
                at("fifo.toml")
            ),
        ),
        (
            vec![
                "--scenarios".into(),
                fifos.to_str().unwrap().into(),
                "list".into(),
            ],
            "a.toml: it is a FIFO, not a regular file".into(),
        ),
        (
            vec!["check".into(), dir.path().into()],
            "folder.toml: it is a directory, not a regular file".into(),
        ),
        (
            vec!["check".into(), at("utf8.toml")],
            format!(
                "error: invalid UTF-8: scenario files are UTF-8 text\n --> {}:2:14\n",
                at("utf8.toml")
            ),
        ),
        (
            vec!["check".into(), at("dotted.toml")],
            format!(
                "a dotted key may have at most 80 parts\n --> {}:3:1\n",
                at("dotted.toml")
            ),
        ),
        (
            vec![
                "import".into(),
                at("article.md"),
                "--out".into(),
                dir.path().into(),
            ],
            format!(
                "Cannot read {}: it is a FIFO (named pipe), not a regular file.",
                at("article.md")
            ),
        ),
        (
            vec![
                "records".into(),
                "--records-file".into(),
                at("records.jsonl"),
            ],
            format!(
                "Cannot read {}: it is a FIFO (named pipe), not a regular file.",
                at("records.jsonl")
            ),
        ),
        (
            vec![
                "run".into(),
                "app-password-create".into(),
                "--records-file".into(),
                at("records.jsonl"),
            ],
            // `run` writes the records file: said as one it cannot write.
            format!(
                "Cannot write training records to {}: it is a FIFO (named pipe), not a regular file.",
                at("records.jsonl")
            ),
        ),
    ];
    let mut failures = Vec::new();
    for (args, want) in &table {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = walkthrough_or_hang(&args);
        let err = stderr(&out);
        if out.status.code() != Some(2) || !err.contains(want.as_str()) {
            failures.push(format!(
                "{args:?}: exit {:?}, want `{want}` in\n{err}",
                out.status.code()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn a_script_with_ten_thousand_errors_shows_the_first_fifty_and_counts_the_rest() {
    let dir = common::TempDir::new("many-errors");
    let mut text = String::from("id = \"big\"\nportal = \"office365\"\n\n");
    for i in 0..10_000 {
        text.push_str(&format!(
            "[[step]]\nid = \"s{i}\"\ndo = [{{ click = \"nope\" }}]\n\n"
        ));
    }
    let path = dir.0.join("big.toml");
    std::fs::write(&path, text).unwrap();
    let out = walkthrough_or_hang(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.matches("error: step `").count(), 50, "{err}");
    assert!(
        err.trim_end().ends_with(&format!(
            "error: 9950 more problems in {}, not shown; fix these first",
            path.display()
        )),
        "{err}"
    );
}

#[test]
fn control_characters_from_files_and_flags_never_reach_the_terminal() {
    let dir = common::TempDir::new("escapes");
    let script = |element: &str| {
        format!(
            "id = \"evil\"\nportal = \"office365\"\ntitle = \"evil-title\"\n\n[[step]]\nid = \"a\"\ndo = [{{ click = \"{element}\" }}]\n"
        )
    };
    std::fs::write(dir.0.join("evil.toml"), script("suite.settings")).unwrap();
    std::fs::create_dir(dir.0.join("en-US")).unwrap();
    std::fs::write(
        dir.0.join("en-US").join("evil.ftl"),
        "evil-title = Evil{ \"\\u001B]0;owned\\u0007\" }title{ \"\\u001B[2J\" }\n\
         evil-task = Task\n\
         evil-a = Select{ \"\\u001B[2J\" } the gear\n    .hint = Hint\n",
    )
    .unwrap();
    let clean = |out: &Output| {
        let all = format!("{}{}", stdout(out), stderr(out));
        assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{all:?}");
        all
    };
    let out = walkthrough(&["--scenarios", dir.path(), "list", "--lang", "en-US"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        clean(&out).contains("evil  office365-2015  Office 365 (2015)  Evil␛]0;owned␇title␛[2J\n")
    );
    let out = walkthrough(&["check", dir.path(), "--lang", "en-US"]);
    assert!(
        clean(&out).contains("Evil␛]0;owned␇title␛[2J"),
        "{}",
        stdout(&out)
    );

    std::fs::write(dir.0.join("evil.toml"), script("\\u001b]0;owned\\u0007")).unwrap();
    let out = walkthrough(&["check", dir.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(clean(&out).contains("unknown element `␛]0;owned␇`"));

    let out = walkthrough(&["list", "--lang", "\u{1b}]0;owned\u{7}"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(clean(&out).contains("`␛]0;owned␇` is not a language tag"));

    let records = dir.0.join("records.jsonl");
    let store = walkthrough_records::Store::new(&records);
    let statement = walkthrough_records::RunRecord {
        trainee: "Mallory\u{1b}]0;owned\u{7}\u{1b}[2J".to_owned(),
        scenario: "app-password-create".to_owned(),
        titles: [("en-US".to_owned(), "title".to_owned())].into(),
        language: "en-US".to_owned(),
        mode: walkthrough_records::RunMode::Guided,
        ending: walkthrough_records::Ending::Finished,
        goal_met: true,
        steps: 1,
        duration: std::time::Duration::from_secs(30),
        step_times: vec![std::time::Duration::from_secs(30)],
        wrong_actions: 0,
        hints: 0,
        skipped: 0,
        seed: None,
        time_limit: None,
        timestamp: "2026-11-25T10:00:00Z".parse().unwrap(),
        verb_words: Default::default(),
        home_page: "https://localhost/walkthrough".to_owned(),
        registration: walkthrough_records::Uuid::from_u128(2),
    }
    .statement_with_id(walkthrough_records::Uuid::from_u128(1));
    store.append(&statement).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_walkthrough"))
        .args(["records", "--lang", "en-US", "--records-file"])
        .arg(&records)
        .env("TZ", "UTC")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = clean(&out);
    assert!(
        shown.contains("Mallory␛]0;owned␇␛[2J  app-password-create"),
        "{shown}"
    );
}

#[test]
fn lang_takes_bcp47_tags_with_extensions_and_refuses_what_is_not_a_language() {
    let japanese = "Office 365 ポータルでアプリ パスワードを作成するには";
    for lang in [
        "ja-JP-u-ca-japanese",
        "ja-JP",
        "ja_JP.UTF-8",
        "ja-x-private",
    ] {
        let out = walkthrough(&["list", "--lang", lang]);
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", stderr(&out));
        assert!(stdout(&out).contains(japanese), "{lang}: {}", stdout(&out));
    }
    for lang in ["../../etc", ".", "@euro", "ja_JP.", "en--US"] {
        let out = walkthrough(&["list", "--lang", lang]);
        assert_eq!(out.status.code(), Some(2), "{lang}: {}", stdout(&out));
        assert!(
            stderr(&out).contains(&format!("`{lang}` is not a language tag")),
            "{lang}: {}",
            stderr(&out)
        );
    }
    let out = walkthrough(&["check", "--lang", "all", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_records_file_that_is_a_device_or_fifo_is_said_to_be_unwritable_not_unreadable() {
    let dir = common::TempDir::new("cli-records-special");
    let fifo = dir.0.join("records.fifo");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    for path in ["/dev/null", fifo.to_str().unwrap()] {
        for lead in [&["run", "app-password-create"][..], &[]] {
            let mut args = lead.to_vec();
            args.extend(["--lang", "en-US", "--records-file", path]);
            let out = walkthrough(&args);
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let err = stderr(&out);
            assert!(
                err.contains(&format!("Cannot write training records to {path}")),
                "{args:?}: {err}"
            );
            assert!(err.contains("not a regular file"), "{err}");
            assert!(!err.contains("Cannot read"), "{err}");
        }
    }
}

#[test]
fn a_folder_flag_naming_nothing_says_the_folder_does_not_exist() {
    let dir = common::TempDir::new("cli-missing-folder");
    let missing = dir.0.join("no-such-folder");
    let missing = missing.to_str().unwrap();
    for flag in ["--scenarios", "--locales", "--portals"] {
        for (lang, said) in [
            (
                "en-US",
                format!("The folder {missing} given with {flag} does not exist."),
            ),
            (
                "ja-JP",
                format!("{flag} で指定したフォルダー {missing} は存在しません。"),
            ),
        ] {
            let out = walkthrough(&["list", "--lang", lang, flag, missing]);
            assert_eq!(out.status.code(), Some(2), "{flag}");
            assert_eq!(stderr(&out).trim(), said, "{flag} {lang}");
        }
    }
    // An empty folder that exists is still said to have no scenarios.
    let out = walkthrough(&["list", "--scenarios", dir.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no scenario files"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_scenario_file_past_the_size_limit_is_refused_unread_with_its_place() {
    let dir = common::TempDir::new("cli-huge-scenario");
    let file = dir.0.join("huge.toml");
    let limit = walkthrough_scenario::MAX_SCENARIO_BYTES;
    let mut text = String::from("id = \"huge\"\nportal = \"office365\"\n");
    while (text.len() as u64) <= limit {
        text.push_str("# padding padding padding padding padding padding padding\n");
    }
    std::fs::write(&file, &text).unwrap();
    let out = walkthrough(&["list", "--scenarios", dir.path()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}:1:1: the file is larger than {limit} bytes",
            file.display()
        )),
        "{err}"
    );
    // At the limit, it is read (and found to have no steps, a different
    // error with its own place).
    text.truncate(usize::try_from(limit).unwrap());
    let cut = text.rfind('\n').unwrap() + 1;
    text.truncate(cut);
    std::fs::write(&file, &text).unwrap();
    let out = walkthrough(&["list", "--scenarios", dir.path()]);
    assert!(!stderr(&out).contains("larger than"), "{}", stderr(&out));
}

#[test]
fn a_locales_folder_missing_shipped_messages_is_said_not_passed_over() {
    let dir = common::TempDir::new("locales-empty");
    std::fs::create_dir_all(dir.0.join("en-US")).unwrap();
    std::fs::write(dir.0.join("en-US/app.ftl"), "cli-play-goal-met = Done.\n").unwrap();
    let out = walkthrough(&["--locales", dir.0.to_str().unwrap(), "list"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stderr(&out);
    assert!(
        said.contains("has no message for") && said.contains("they show as [message-id]"),
        "{said}"
    );
    // The shipped folder itself, copied whole: nothing to say.
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let out = walkthrough(&["--locales", shipped, "list"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("has no message for"),
        "{}",
        stderr(&out)
    );
}
