//! End-to-end tests of `walkthrough import`: the seed article becomes a
//! folder of drafts that the other commands load; bad input exits 2.
#![allow(clippy::unwrap_used)]

mod common;
use common::{stderr, stdout, TempDir};
use std::path::Path;
use std::process::{Command, Output};

fn walkthrough(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_walkthrough"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap()
}

fn seed() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/import/tests/fixtures/app-passwords.ja-JP.txt")
        .display()
        .to_string()
}

#[test]
fn the_seed_becomes_drafts_that_list_and_check_load() {
    let dir = TempDir::new("import-seed");
    let out = walkthrough(&["import", &seed(), "--out", dir.path()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    assert!(
        text.contains("Article language: ja-JP (from the article's script)"),
        "{text}"
    );
    assert!(text.contains(
        "Procedure 1: Office 365 ポータルでアプリ パスワードを作成するには → app-passwords-create"
    ));
    assert!(text.contains("8 steps, 8 resolved"));
    for file in [
        "app-passwords-create.toml",
        "app-passwords-delete.toml",
        "ja-JP/app-passwords-create.ftl",
        "ja-JP/app-passwords-delete.ftl",
    ] {
        assert!(dir.0.join(file).is_file(), "{file}");
        assert!(
            text.contains(&format!("wrote {}", dir.0.join(file).display())),
            "{text}"
        );
    }
    // The check's findings: the article's defects, no errors.
    assert!(text.contains("[location-mismatch]"), "{text}");
    assert!(text.contains("“.3”"), "{text}");
    // The product's Next is 「次へ」: the article's 「次」 is one of them.
    assert!(text.contains("The text quotes “次”"), "{text}");
    // Delete step 7 only describes the pop-up: a step to read, no warning.
    assert!(text.contains("0 errors, 8 warnings"), "{text}");
    // The drafts load as a scenario folder.
    let out = walkthrough(&["--scenarios", dir.path(), "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed: Vec<String> = stdout(&out)
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect();
    assert_eq!(listed, ["app-passwords-create", "app-passwords-delete"]);
    // Their step texts come with them: the folder is a whole scenario set.
    let out = walkthrough(&["--lang", "ja-JP", "--scenarios", dir.path(), "list"]);
    assert!(
        stdout(&out).contains("Office 365 ポータルでアプリ パスワードを削除するには"),
        "{}",
        stdout(&out)
    );
    let out = walkthrough(&[
        "--lang",
        "ja-JP",
        "--scenarios",
        dir.path(),
        "play",
        "app-passwords-delete",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("[アプリ パスワードを選択します"),
        "{}",
        stdout(&out)
    );
    assert!(
        !stdout(&out).contains("[app-passwords-delete-"),
        "{}",
        stdout(&out)
    );
    // And `check DIR` reads them too: the same findings as the import's.
    let out = walkthrough(&["--lang", "ja-JP", "check", dir.path()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("エラー 0 件、警告 8 件"),
        "{}",
        stdout(&out)
    );
    // Plain `check DIR` checks the drafts in the language they have, as the
    // import did, says so, and agrees with it.
    let out = walkthrough(&["check", dir.path()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(!text.contains("missing-message"), "{text}");
    assert!(text.contains("Checked in ja-JP"), "{text}");
    assert!(text.contains("0 errors, 8 warnings"), "{text}");
    // A second import refuses to overwrite them.
    let out = walkthrough(&["import", &seed(), "--out", dir.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("exists already"), "{}", stderr(&out));
    let out = walkthrough(&["import", &seed(), "--out", dir.path(), "--force"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn bad_articles_exit_two_with_one_clear_line() {
    let dir = TempDir::new("import-bad");
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    };
    let cases = [
        (write("empty.md", b""), "is empty."),
        (
            write("image.png", &[0x89, b'P', b'N', b'G', 0, 0]),
            "is not a text article",
        ),
        (
            write("notes.md", b"# Notes\n\nNo steps here.\n"),
            "has no numbered steps",
        ),
        (
            write("tea.md", b"## Tea\n\n1. Boil water.\n2. Pour.\n"),
            "not a procedure walkthrough can simulate",
        ),
        (
            dir.0.join("missing.md").display().to_string(),
            "cannot read",
        ),
    ];
    let many: String = (1..=201)
        .map(|n| format!("{n}. Select **Create**.\n"))
        .collect();
    let long_step = format!(
        "## A\n\n1. Sign in.\n2. Select {}**Create**.\n",
        "word ".repeat(500)
    );
    let cases = cases.into_iter().chain([
        (
            write(
                "huge.md",
                &vec![b'a'; walkthrough_import::MAX_ARTICLE_BYTES + 1],
            ),
            "huge.md:1:1: the article is 1048577 bytes",
        ),
        (
            write("many.md", format!("## A\n\n{many}").as_bytes()),
            "many.md:203:1: the article has 201 numbered steps",
        ),
        (
            write("long-step.md", long_step.as_bytes()),
            "long-step.md:4:1: this step is 2518 characters long",
        ),
        (
            write(
                "long-heading.md",
                format!("## {}\n\n1. Sign in.\n", "x".repeat(501)).as_bytes(),
            ),
            "long-heading.md:1:1: this heading is 501 characters long",
        ),
        (dir.path().to_owned(), "is not a regular file"),
        (
            write(
                "de.md",
                "## App-Kennwort erstellen\n\n1. Melden Sie sich beim Portal an.\n2. Wählen Sie oben rechts **Einstellungen** und dann **Office 365-Einstellungen**.\n".as_bytes(),
            ),
            "no portal labels in de",
        ),
        (
            write(
                "fr.md",
                "## Créer un mot de passe\n\n1. Connectez-vous au portail.\n2. Cliquez sur la roue dentée, puis sélectionnez **Paramètres** dans votre compte.\n".as_bytes(),
            ),
            "no portal labels in fr",
        ),
    ]);
    for (path, says) in cases {
        let path = &path;
        let says = &says;
        let out = walkthrough(&["import", path, "--out", dir.path()]);
        assert_eq!(out.status.code(), Some(2), "{path}");
        assert!(stderr(&out).contains(says), "{path}: {}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{path}");
    }
    #[cfg(unix)]
    {
        // A FIFO would keep the read waiting forever: refused at once.
        let fifo = dir.0.join("pipe.md");
        let made = Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let out = walkthrough(&["import", fifo.to_str().unwrap(), "--out", dir.path()]);
            assert_eq!(out.status.code(), Some(2));
            assert!(
                stderr(&out).contains("not a regular file"),
                "{}",
                stderr(&out)
            );
        }
    }
    let out = walkthrough(&["import", &seed(), "--lang", "fr-FR", "--out", dir.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no portal labels in fr-FR"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_article_about_another_product_exits_one_and_writes_nothing() {
    let dir = TempDir::new("import-elsewhere");
    let article = dir.0.join("article.md");
    std::fs::write(
        &article,
        "## Turn on two-step verification\n\n1. Sign in to your Contoso ID.\n2. Select **Security**, then **2-Step Verification**.\n3. Select **Get started** and follow the steps.\n",
    )
    .unwrap();
    let out_dir = dir.0.join("drafts");
    let out = walkthrough(&[
        "import",
        article.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("does not describe the modelled portal"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("“2-Step Verification”"),
        "{}",
        stdout(&out)
    );
    assert!(!out_dir.exists(), "no draft is written");
}

#[test]
fn check_fails_a_draft_with_an_unresolved_step() {
    let dir = TempDir::new("import-check-unresolved");
    let article = dir.0.join("article.md");
    std::fs::write(
        &article,
        "## Open the settings\n\n1. Sign in to the Office 365 portal\n2. Have a coffee.\n3. Select the settings widget in the upper-right corner.\n",
    )
    .unwrap();
    let drafts = dir.0.join("drafts");
    let out = walkthrough(&[
        "import",
        article.to_str().unwrap(),
        "--out",
        drafts.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    for format in ["text", "json"] {
        let out = walkthrough(&[
            "check",
            drafts.to_str().unwrap(),
            "--lang",
            "en-US",
            "--format",
            format,
        ]);
        assert_eq!(out.status.code(), Some(1), "{format}: {}", stdout(&out));
        assert!(stdout(&out).contains("unresolved-step"), "{}", stdout(&out));
    }
}

#[test]
fn an_unresolved_step_is_written_marked_and_exits_one() {
    let dir = TempDir::new("import-unresolved");
    let article = dir.0.join("article.md");
    std::fs::write(
        &article,
        "## Open the settings\n\n1. Sign in to the Office 365 portal\n2. Have a coffee.\n3. Select the settings widget in the upper-right corner.\n",
    )
    .unwrap();
    let out = walkthrough(&["import", article.to_str().unwrap(), "--out", dir.path()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("step 2: UNRESOLVED:"),
        "{}",
        stdout(&out)
    );
    let toml = std::fs::read_to_string(dir.0.join("settings.toml")).unwrap();
    assert!(toml.contains("# UNRESOLVED:"), "{toml}");
    // Still a scenario: the marked step is left for a person to finish.
    let out = walkthrough(&["--scenarios", dir.path(), "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("settings "), "{}", stdout(&out));
}

#[test]
fn check_json_on_bad_input_is_still_one_json_document() {
    let dir = TempDir::new("check-json-bad");
    std::fs::write(dir.0.join("x.toml"), "id = \"x\"\nportal = 3\n").unwrap();
    let out = walkthrough(&["check", dir.path(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(doc["schema"], "walkthrough-check/1");
    assert_eq!(doc["error"]["exit_code"], 2);
    assert!(doc["error"]["message"]
        .as_str()
        .unwrap()
        .contains("x.toml:2:10"));
    assert!(stderr(&out).contains("x.toml:2:10"), "{}", stderr(&out));
}

#[test]
fn a_delete_the_text_leaves_unconfirmed_is_no_goal_reached() {
    let dir = TempDir::new("import-unconfirmed");
    let article = dir.0.join("delete.md");
    std::fs::write(
        &article,
        "## Remove an app password\n\n1. Sign in to the Office 365 portal.\n2. In the top right, select the gear icon, then **Office 365 settings**.\n3. On the left, select **Additional security verification**.\n4. Under \"Additional security verification\", click \"Update my phone numbers used for account security\".\n5. At the top, select **app passwords**.\n6. If the one you no longer use is in the \"Name\" list, click \"Delete\" next to it. That is all.\n",
    )
    .unwrap();
    let out = walkthrough(&["import", article.to_str().unwrap(), "--out", dir.path()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("needs “Yes”, which the text never says"),
        "{text}"
    );
    // Nothing typed, nothing created on the way.
    let toml = std::fs::read_dir(&dir.0)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "toml"))
        .unwrap();
    let script = std::fs::read_to_string(toml).unwrap();
    assert!(!script.contains("app-passwords.create"), "{script}");
    assert!(
        !script.contains("type = \"create-app-password.name\""),
        "{script}"
    );
    let out = walkthrough(&["--scenarios", dir.path(), "play", script_id(&script)]);
    let shown = stdout(&out);
    assert!(shown.contains("Goal NOT reached"), "{shown}");
    assert_eq!(out.status.code(), Some(1), "{shown}");
    let out = walkthrough(&["check", dir.path()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
}

fn script_id(script: &str) -> &str {
    script
        .lines()
        .find_map(|l| l.strip_prefix("id = \""))
        .and_then(|l| l.strip_suffix('"'))
        .unwrap()
}

/// A draft whose procedure only opens a page has no `[goal]`: `play` says
/// nothing shows it worked, and exits 1, in each language.
#[test]
fn play_of_a_draft_without_a_goal_says_so_and_exits_one() {
    for (lang, text, said) in [
        (
            "en-US",
            "## Open the settings\n\n1. Sign in to the Office 365 portal.\n2. Select the gear, then **Office 365 settings**.\n",
            "No goal",
        ),
        (
            "ja-JP",
            "## 設定を開く\n\n1. Office 365 にサインインします。\n2. 歯車を選び、「Office 365 の設定」を選びます。\n",
            "目標がありません",
        ),
    ] {
        let dir = TempDir::new(&["no-goal-", lang].concat());
        let article = dir.0.join("open.md");
        std::fs::write(&article, text).unwrap();
        let out = walkthrough(&["import", article.to_str().unwrap(), "--out", dir.path()]);
        assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
        let toml = std::fs::read_dir(&dir.0)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "toml"))
            .unwrap();
        let script = std::fs::read_to_string(toml).unwrap();
        assert!(!script.contains("[goal]"), "{script}");
        let out = walkthrough(&[
            "--lang",
            lang,
            "--scenarios",
            dir.path(),
            "play",
            script_id(&script),
            "--plain",
        ]);
        let shown = stdout(&out);
        assert!(shown.contains(said), "{shown}");
        assert!(!shown.contains("Goal reached") && !shown.contains("目標を達成しました"), "{shown}");
        assert_eq!(out.status.code(), Some(1), "{shown}");
    }
}

/// `import --deny warnings` fails on the drafts' check warnings, as `check
/// --deny warnings` does; without it, warnings leave the exit code 0.
#[test]
fn import_deny_warnings_makes_the_checks_warnings_fail() {
    let dir = TempDir::new("import-deny");
    let article = dir.0.join("right.md");
    std::fs::write(
        &article,
        "## Open the list\n\n1. Sign in to the Office 365 portal.\n2. Select the gear, then **Office 365 settings**.\n3. On the right, select **Additional security verification**.\n",
    )
    .unwrap();
    let article = article.to_str().unwrap();
    let out = walkthrough(&["import", article, "--out", dir.path()]);
    assert!(
        stdout(&out).contains("[location-mismatch]"),
        "{}",
        stdout(&out)
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = walkthrough(&[
        "import",
        article,
        "--out",
        dir.path(),
        "--force",
        "--deny",
        "warnings",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
}

#[test]
fn drafts_in_one_language_are_played_in_it_without_lang() {
    let dir = TempDir::new("play-ja-drafts");
    let article = dir.0.join("a.md");
    std::fs::write(
        &article,
        "## アプリ パスワードを作成する\n\n1. Office 365 にサインインします。\n2. 右上の歯車アイコンを選び、[Office 365 の設定] を選びます。\n",
    )
    .unwrap();
    let out_dir = dir.0.join("drafts");
    let out = walkthrough(&[
        "import",
        article.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert!(out_dir.join("ja-JP").is_dir(), "{}", stderr(&out));
    let id = std::fs::read_dir(&out_dir)
        .unwrap()
        .filter_map(Result::ok)
        .find_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".toml").map(str::to_owned)
        })
        .unwrap();
    let play = |lang: Option<&str>| {
        let mut args = vec!["--scenarios", out_dir.to_str().unwrap()];
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        args.extend(["play", id.as_str(), "--plain"]);
        Command::new(env!("CARGO_BIN_EXE_walkthrough"))
            .args(&args)
            .env("NO_COLOR", "1")
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .unwrap()
    };
    let out = play(None);
    assert!(stdout(&out).contains("ステップ 1/"), "{}", stdout(&out));
    assert!(!stdout(&out).contains("[app-"), "{}", stdout(&out));
    assert!(stderr(&out).contains("ja-JP"), "{}", stderr(&out));
    // Asked for, the language asked is kept (the texts then show as ids).
    let out = play(Some("en-US"));
    assert!(stdout(&out).contains("Step 1 of"), "{}", stdout(&out));
}

#[test]
fn a_button_written_in_capitals_is_named_whole() {
    // Our own words: another vendor's switch, its text in capitals.
    let dir = TempDir::new("import-capitals");
    let path = format!("{}/capitals.md", dir.path());
    std::fs::write(
        &path,
        "# Switch on sign-in codes\n\n\
         1. Sign in to your mail account.\n\
         2. Click to SWITCH ON.\n\
         3. Enter your password > Next\n\
         4. Press GET GOING at the bottom.\n",
    )
    .unwrap();
    let out = walkthrough(&[
        "--lang",
        "en-US",
        "import",
        &path,
        "--out",
        &format!("{}/out", dir.path()),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("“SWITCH ON”"), "{text}");
    assert!(text.contains("“GET GOING”"), "{text}");
    assert!(!text.contains("“SWITCH”"), "{text}");
}

#[test]
fn a_step_given_twice_is_read_as_a_repeat_not_unresolved() {
    // Our own words: the tab of app passwords asked for twice in a row.
    let dir = TempDir::new("import-repeat");
    let path = format!("{}/repeat.md", dir.path());
    std::fs::write(
        &path,
        "# Make an app password\n\n\
         1. Sign in to the Office 365 portal.\n\
         2. Select the gear, then Office 365 settings.\n\
         3. On the left, select Additional security verification.\n\
         4. Select Update my phone numbers used for account security.\n\
         5. Near the top, select app passwords.\n\
         6. Near the top, select app passwords.\n\
         7. Click Create.\n\
         8. Type a name for it and click Next.\n\
         9. Click Copy password to clipboard, then Close.\n",
    )
    .unwrap();
    let out_dir = format!("{}/out", dir.path());
    let out = walkthrough(&["--lang", "en-US", "import", &path, "--out", &out_dir]);
    let text = stdout(&out);
    assert!(
        text.contains("step 6: gives step 5's instruction again, which is done already"),
        "{text}{}",
        stderr(&out)
    );
    assert!(!text.contains(": UNRESOLVED"), "{text}");
    assert!(text.contains("9 steps, 9 resolved"), "{text}");
}
