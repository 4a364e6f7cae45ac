//! `check --portal` and `import --portal`: which product model a procedure
//! describes, step by step, and where it drifts from the others, with the
//! two embedded models (office365-2015, and office365-2016 where *Security &
//! privacy* comes before *Additional security verification* and the gear's
//! pane lists *Office 365* under *My app settings*); and `import --portal ID`
//! drafting against one of them.
#![allow(clippy::unwrap_used)]

mod common;

use common::{stderr, stdout, TempDir};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_walkthrough");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn walkthrough(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap()
}

fn fixture(path: &str) -> String {
    format!("{ROOT}/{path}")
}

#[test]
fn each_shipped_procedure_describes_its_own_version_and_drifts_in_the_other_in_english() {
    let out = walkthrough(&["--lang", "en-US", "check", "--portal", "all"]);
    // Clean: each describes its own model with every step fitting it. The
    // 2015 create procedure's step 8 ("paste it into your app") opens Mail
    // as part of the paste the text asks for, as `import` and `check` say.
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let expected = [
        "app-password-create (en-US)",
        "  Procedure 1 (To create an app password in the Office 365 portal) describes office365-2015 (office365-2015: 8 of 8 steps, office365-2016: 8 of 8 steps)",
        "    step 3: in office365-2016, “Security & privacy” comes first",
        "app-password-delete (en-US)",
        "  Procedure 1 (To delete an app password in the Office 365 portal) describes office365-2015 (office365-2015: 8 of 8 steps, office365-2016: 7 of 8 steps)",
        // The gear's pane of 2016 has “Office 365”, not “Office 365 settings”.
        "    step 2: in office365-2016, there is nothing called “Office 365 settings”",
        "    step 3: in office365-2016, “Security & privacy” comes first",
        "app-password-create-2016 (en-US)",
        "  Procedure 1 (Create an app password) describes office365-2016 (office365-2015: 6 of 8 steps, office365-2016: 8 of 8 steps)",
        "    step 3: in office365-2015, there is nothing called “Security & privacy”",
        "    step 5: in office365-2015, there is nothing called “Create and manage app passwords”",
        "app-password-delete-2016 (en-US)",
        "  Procedure 1 (Delete an app password) describes office365-2016 (office365-2015: 5 of 7 steps, office365-2016: 7 of 7 steps)",
        "    step 3: in office365-2015, there is nothing called “Security & privacy”",
        "    step 5: in office365-2015, there is nothing called “Create and manage app passwords”",
        "",
    ]
    .join("\n");
    assert_eq!(stdout(&out), expected);
}

#[test]
fn each_shipped_procedure_describes_its_own_version_and_drifts_in_the_other_in_japanese() {
    let out = walkthrough(&["--lang", "ja-JP", "check", "--portal", "all"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let expected = [
        "app-password-create (ja-JP)",
        "  手順 1 (Office 365 ポータルでアプリ パスワードを作成するには) が説明しているのは office365-2015 です (office365-2015: 8 ステップ中 8, office365-2016: 8 ステップ中 8)",
        "    ステップ 3: office365-2016 では、先に “セキュリティとプライバシー” があります",
        "app-password-delete (ja-JP)",
        "  手順 1 (Office 365 ポータルでアプリ パスワードを削除するには) が説明しているのは office365-2015 です (office365-2015: 8 ステップ中 8, office365-2016: 8 ステップ中 7)",
        "    ステップ 2: office365-2016 には “Office 365 の設定” というものはありません",
        "    ステップ 3: office365-2016 では、先に “セキュリティとプライバシー” があります",
        "app-password-create-2016 (ja-JP)",
        "  手順 1 (アプリ パスワードを作成する) が説明しているのは office365-2016 です (office365-2015: 8 ステップ中 6, office365-2016: 8 ステップ中 8)",
        "    ステップ 3: office365-2015 には “セキュリティとプライバシー” というものはありません",
        "    ステップ 5: office365-2015 には “アプリ パスワードの作成と管理” というものはありません",
        "app-password-delete-2016 (ja-JP)",
        "  手順 1 (アプリ パスワードを削除する) が説明しているのは office365-2016 です (office365-2015: 7 ステップ中 5, office365-2016: 7 ステップ中 7)",
        "    ステップ 3: office365-2015 には “セキュリティとプライバシー” というものはありません",
        "    ステップ 5: office365-2015 には “アプリ パスワードの作成と管理” というものはありません",
        "",
    ]
    .join("\n");
    assert_eq!(stdout(&out), expected);
}

#[test]
fn naming_one_version_says_whether_each_procedure_describes_it_cleanly() {
    // The 2016 procedures describe office365-2016 with every step fitting.
    let only = |id: &str| {
        walkthrough(&[
            "--lang", "en-US", "check", "--portal", id, "--format", "json",
        ])
    };
    let doc: serde_json::Value = serde_json::from_slice(&only("office365-2016").stdout).unwrap();
    assert_eq!(doc["portal"], "office365-2016");
    let clean = |doc: &serde_json::Value, source: &str| {
        doc["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["source"] == source)
            .map(|s| s["procedures"][0]["clean"].clone())
            .unwrap()
    };
    assert_eq!(clean(&doc, "app-password-create-2016 (en-US)"), true);
    assert_eq!(clean(&doc, "app-password-delete-2016 (en-US)"), true);
    assert_eq!(clean(&doc, "app-password-delete (en-US)"), false);
    let doc: serde_json::Value = serde_json::from_slice(&only("office365-2015").stdout).unwrap();
    assert_eq!(clean(&doc, "app-password-delete (en-US)"), true);
    assert_eq!(clean(&doc, "app-password-delete-2016 (en-US)"), false);
}

/// An article written as help pages of 2016–2018 were, in English (two
/// procedures) and in Japanese.
const ARTICLE_2016_EN: &str = "tests/fixtures/versions/2016-en-app-passwords.md";
const ARTICLE_2016_JA: &str = "tests/fixtures/versions/2016-ja-app-passwords.md";

#[test]
fn an_english_2016_help_article_describes_office365_2016() {
    let path = fixture(ARTICLE_2016_EN);
    let out = walkthrough(&["--lang", "en-US", "import", &path, "--portal", "all"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        [
            format!("{path} (en-US)"),
            "  Procedure 1 (Create an app password) describes office365-2016 (office365-2015: 6 of 8 steps, office365-2016: 8 of 8 steps)".to_owned(),
            "    step 3: in office365-2015, there is nothing called “Security & privacy”".to_owned(),
            "    step 5: in office365-2015, there is nothing called “Create and manage app passwords”".to_owned(),
            "  Procedure 2 (Delete an app password) describes office365-2016 (office365-2015: 4 of 6 steps, office365-2016: 6 of 6 steps)".to_owned(),
            "    step 3: in office365-2015, there is nothing called “Security & privacy”".to_owned(),
            "    step 4: in office365-2015, there is nothing called “Create and manage app passwords”".to_owned(),
            String::new(),
        ]
        .join("\n")
    );
    // JSON: each step's fit per model, and the drift.
    let json = walkthrough(&[
        "--lang", "en-US", "import", &path, "--portal", "all", "--format", "json",
    ]);
    assert_eq!(json.status.code(), Some(0), "{}", stderr(&json));
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(doc["schema"], "walkthrough-versions/1");
    assert_eq!(doc["portal"], "all");
    assert_eq!(doc["clean"], true);
    let p = &doc["sources"][0]["procedures"][0];
    assert_eq!(p["describes"], serde_json::json!(["office365-2016"]));
    assert_eq!(p["explained"]["office365-2015"], 6);
    assert_eq!(p["steps"][2]["fits"]["office365-2015"], "absent");
    assert_eq!(p["steps"][2]["fits"]["office365-2016"], "fits");
    assert_eq!(p["drift"][0]["step"], 3);
    assert_eq!(p["drift"][0]["model"], "office365-2015");
}

#[test]
fn a_japanese_2016_help_article_describes_office365_2016() {
    let path = fixture(ARTICLE_2016_JA);
    let out = walkthrough(&["--lang", "ja-JP", "import", &path, "--portal", "all"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        [
            format!("{path} (ja-JP)"),
            "  手順 1 (アプリ パスワードを作成するには) が説明しているのは office365-2016 です (office365-2015: 8 ステップ中 6, office365-2016: 8 ステップ中 8)".to_owned(),
            "    ステップ 3: office365-2015 には “セキュリティとプライバシー” というものはありません".to_owned(),
            "    ステップ 5: office365-2015 には “アプリ パスワードの作成と管理” というものはありません".to_owned(),
            String::new(),
        ]
        .join("\n")
    );
}

/// The model each practice article and the seed describe, read from
/// `import --portal all --format json`.
fn describes(path: &str) -> (Vec<Vec<String>>, Option<i32>) {
    let out = walkthrough(&["import", path, "--portal", "all", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let procedures = doc["sources"][0]["procedures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p["describes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m.as_str().unwrap().to_owned())
                .collect()
        })
        .collect();
    (procedures, out.status.code())
}

#[test]
fn the_practice_articles_and_the_seed_describe_the_2015_portal_and_the_other_product_neither() {
    let corpus = "crates/import/tests/fixtures/corpus";
    let y2015 = || vec!["office365-2015".to_owned()];
    for name in [
        "01-en-phrasing.md",
        "02-en-descriptions.md",
        "03-ja-phrasing.md",
        "04-ja-descriptions.md",
        "05-en-locations.md",
        "06-ja-locations.md",
        "07-en-quotes.md",
        "08-ja-quotes.md",
        "09-en-structure.md",
        "10-en-skipped.md",
        "12-en-ordinary-words.md",
    ] {
        let (found, _) = describes(&fixture(&format!("{corpus}/{name}")));
        assert_eq!(found, vec![y2015()], "{name}");
    }
    // The seed: both procedures, 2015.
    let (found, _) = describes(&fixture(
        "crates/import/tests/fixtures/app-passwords.ja-JP.txt",
    ));
    assert_eq!(found, vec![y2015(), y2015()]);
    // Another product: none, exit 1.
    let (found, code) = describes(&fixture(&format!("{corpus}/11-en-other-product.md")));
    assert_eq!(found, vec![Vec::<String>::new()]);
    assert_eq!(code, Some(1));
}

#[test]
fn an_article_about_neither_gets_the_verdict_and_an_unknown_model_is_bad_input() {
    let other = fixture("crates/import/tests/fixtures/corpus/11-en-other-product.md");
    let out = walkthrough(&["--lang", "en-US", "import", &other, "--portal", "all"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!("{other} (en-US)\n  Procedure 1 (Turn on two-step sign-in for your Fabrikam account) does not describe any of the models (office365-2015: 0 of 4 steps, office365-2016: 0 of 4 steps)\n")
    );
    let out = walkthrough(&["--lang", "en-US", "check", "--portal", "office365-2017"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    assert_eq!(
        stderr(&out),
        "There is no product model “office365-2017” (did you mean “office365-2016”?). Models: office365-2015, office365-2016\n"
    );
    // The same for the importer, which writes nothing.
    let dir = TempDir::new("versions-unknown");
    let out = walkthrough(&[
        "--lang",
        "en-US",
        "import",
        &fixture(ARTICLE_2016_EN),
        "--portal",
        "office365-2017",
        "--out",
        dir.path(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_dir(&dir.0).unwrap().count(), 0);
}

#[test]
fn drafting_against_office365_2016_writes_2016_scripts_that_check_clean() {
    for (article, lang, ids, none) in [
        (
            ARTICLE_2016_EN,
            "en-US",
            &["create-app-password", "delete-app-password"][..],
            "\n0 errors, 0 warnings\n",
        ),
        (
            ARTICLE_2016_JA,
            "ja-JP",
            &["app-passwords-create"][..],
            "\nエラー 0 件、警告 0 件\n",
        ),
    ] {
        let dir = TempDir::new(&format!("versions-draft-{lang}"));
        let out = walkthrough(&[
            "--lang",
            lang,
            "import",
            &fixture(article),
            "--portal",
            "office365-2016",
            "--out",
            dir.path(),
        ]);
        let text = stdout(&out);
        assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
        assert!(!text.contains("UNRESOLVED:"), "{text}");
        // The importer's check of the drafts: no findings at all.
        assert!(text.contains(none), "{text}");
        for id in ids {
            let script = std::fs::read_to_string(dir.0.join(format!("{id}.toml"))).unwrap();
            assert!(
                script.contains("\nportal = \"office365-2016\"\n"),
                "{script}"
            );
            // The 2016 route: Security & privacy, then the link to the list.
            assert!(
                script.contains("{ click = \"nav.security-privacy\" }"),
                "{script}"
            );
            assert!(
                script.contains("{ click = \"security.app-passwords\" }"),
                "{script}"
            );
            assert!(dir.0.join(lang).join(format!("{id}.ftl")).exists());
        }
    }

    // The same article drafted against 2015: the 2016 names are not there,
    // so the steps that give them stay UNRESOLVED and the import fails.
    let dir = TempDir::new("versions-draft-2015");
    let out = walkthrough(&[
        "--lang",
        "en-US",
        "import",
        &fixture(ARTICLE_2016_EN),
        "--portal",
        "office365-2015",
        "--out",
        dir.path(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
}

#[test]
fn the_trainers_example_describes_its_own_model_cleanly() {
    let out = walkthrough(&[
        "--portals",
        &fixture("docs/examples/portals"),
        "--scenarios",
        &fixture("docs/examples/scenarios"),
        "--lang",
        "en-US",
        "check",
        "--portal",
        "app-passwords-only",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("describes app-passwords-only (office365-2015: 0 of 3 steps, office365-2016: 0 of 3 steps, app-passwords-only: 3 of 3 steps)"),
        "{text}"
    );
    assert!(
        text.contains("    step 1: in office365-2016, “Create” cannot be reached from the screen “Office 365”\n"),
        "{text}"
    );
}

/// A step that names a control only one model has (*Security & privacy*,
/// 2016's left navigation) decides for that model, where the other's name
/// is only given in other words (“Office 365 settings” for 2016's “Office
/// 365”); no drift line is ever printed with an empty label list.
#[test]
fn a_control_only_one_model_has_decides_between_models_that_explain_alike() {
    let dir = TempDir::new("versions-only-one");
    for (name, text) in [
        (
            "en.md",
            "# Create an app password\n\n1. Sign in to your Office 365 account and click the gear icon.\n2. Choose Office 365 settings.\n3. Choose Security & privacy from the menu on the left, then choose Additional security verification.\n",
        ),
        (
            "ja.md",
            "# アプリ パスワードの作成\n\n1. Office 365 にサインインし、歯車アイコンを選びます。\n2. [Office 365 の設定] を選びます。\n3. 左側のメニューで [セキュリティとプライバシー]、[追加のセキュリティ確認] の順に選びます。\n",
        ),
    ] {
        let path = dir.0.join(name);
        std::fs::write(&path, text).unwrap();
        let path = path.to_str().unwrap();
        let (found, _) = describes(path);
        assert_eq!(found, vec![vec!["office365-2016".to_owned()]], "{name}");
        let out = walkthrough(&["import", path, "--portal", "all"]);
        let shown = stdout(&out);
        // Each model explains two of the three steps: the tie is decided.
        assert!(shown.contains("2 of 3 steps, office365-2016: 2 of 3"), "{shown}");
        assert!(!shown.contains("( is not there)"), "{shown}");
        assert!(!shown.contains("“” "), "{shown}");
    }
}

/// Writes `text` as `name` in a new directory and returns both.
fn article(name: &str, text: &str) -> (TempDir, String) {
    let dir = TempDir::new(&["versions-", name].concat());
    let path = format!("{}/{name}", dir.path());
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn a_step_that_leaves_out_naming_the_app_password_does_not_fit_as_written() {
    // Our own words: the 2016 route, copying straight after Create, with
    // the name and Next never mentioned.
    let (_dir, path) = article(
        "left-out.md",
        "# Make an app password\n\n\
         1. Sign in to Office 365.\n\
         2. Choose Settings > Office 365.\n\
         3. Choose Security & privacy > Additional security verification.\n\
         4. Choose Update my phone numbers used for account security.\n\
         5. At the top of the page, choose app passwords.\n\
         6. Choose create.\n\
         7. Choose copy password to clipboard.\n\
         8. Open your mail app and paste the password.\n",
    );
    let out = walkthrough(&["--lang", "en-US", "import", &path, "--portal", "all"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("    step 7: in office365-2016, the step needs “Name”, “Next” filled in or sent first, which the text never mentions\n"),
        "{text}"
    );
    let json = walkthrough(&[
        "--lang", "en-US", "import", &path, "--portal", "all", "--format", "json",
    ]);
    assert_eq!(json.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(doc["clean"], false);
    let p = &doc["sources"][0]["procedures"][0];
    assert_eq!(p["describes"], serde_json::json!(["office365-2016"]));
    assert_eq!(p["steps"][6]["fits"]["office365-2016"], "left-out");
}

#[test]
fn a_japanese_step_that_leaves_out_naming_the_app_password_does_not_fit_as_written() {
    let (_dir, path) = article(
        "left-out-ja.md",
        "---\nms.locale: ja-JP\n---\n# アプリ パスワードを作る\n\n\
         1. Office 365 にサインインします。\n\
         2. [設定]、[Office 365] の順に選びます。\n\
         3. [セキュリティとプライバシー]、[追加のセキュリティ確認] の順に選びます。\n\
         4. [アカウントのセキュリティに使用する電話番号を更新する] を選びます。\n\
         5. ページの上部で、[アプリ パスワード] を選びます。\n\
         6. [作成] を選びます。\n\
         7. [パスワードをクリップボードにコピー] を選びます。\n\
         8. メール アプリを開き、パスワードを貼り付けます。\n",
    );
    let out = walkthrough(&["--lang", "ja-JP", "import", &path, "--portal", "all"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("    ステップ 7: office365-2016 では、先に “名前”, “次へ” の入力や送信が必要ですが、本文には書かれていません\n"),
        "{text}"
    );
}

#[test]
fn a_model_where_a_step_fits_as_written_gets_no_drift_line() {
    // Step 2 names the 2015 label; the 2016 route decides the verdict. The
    // 2015 reading of step 2 is fine and is not printed as drift.
    let (_dir, path) = article(
        "no-news.md",
        "# Make an app password\n\n\
         1. Sign in to Office 365.\n\
         2. Choose Office 365 settings.\n\
         3. Choose Security & privacy, then Additional security verification.\n\
         4. Choose Update my phone numbers used for account security.\n\
         5. At the top of the page, choose app passwords.\n\
         6. Choose create.\n\
         7. Type a name, then choose next.\n\
         8. Choose copy password to clipboard.\n",
    );
    let out = walkthrough(&["--lang", "en-US", "import", &path, "--portal", "all"]);
    let text = stdout(&out);
    assert!(text.contains("describes office365-2016"), "{text}");
    assert!(!text.contains("fits as written"), "{text}");
    assert!(
        text.contains("step 2: in office365-2016, there is nothing called “Office 365 settings”"),
        "{text}"
    );
}
