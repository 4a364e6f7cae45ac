//! `check --portal` and `import --portal`: which product model a procedure
//! describes, step by step, and where it drifts from the others. The second
//! model is made here from the 2015 one: a *Security & privacy* level between
//! the settings page and *Additional security verification*.
#![allow(clippy::unwrap_used)]

mod common;

use common::{stderr, stdout, TempDir};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_walkthrough");
const MODEL_2015: &str = include_str!("../crates/portal/models/office365-2015/model.toml");

/// `text` with `from` replaced by `to`, which must be there.
fn replaced(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from}");
    text.replacen(from, to, 1)
}

/// A folder of models holding `office365-levels`: the 2015 model where the
/// settings navigation has *Security & privacy* instead of *Additional
/// security verification*, and the page it opens has that link. `test`
/// keeps the folders of tests running at once apart.
fn levels(test: &str) -> TempDir {
    let dir = TempDir::new(&format!("versions-levels-{test}"));
    let folder = dir.0.join("office365-levels");
    let mut text = replaced(
        MODEL_2015,
        "id = \"office365-2015\"",
        "id = \"office365-levels\"",
    );
    text = replaced(
        &text,
        "settings-nav = [\"nav.me\", \"nav.password\", \"nav.contact-preferences\", \"nav.additional-security-verification\", \"nav.software\"]",
        "settings-nav = [\"nav.me\", \"nav.password\", \"nav.security-privacy\", \"nav.software\"]",
    );
    text = replaced(
        &text,
        "elements = [\"suite-bar\", \"settings-nav\", \"settings.heading\", \"contact.intro\", \"footer\"]",
        "elements = [\"suite-bar\", \"settings-nav\", \"settings.heading\", \"contact.intro\", \"nav.additional-security-verification\", \"footer\"]",
    );
    text = text
        .replace(
            "selected = [\"nav.contact-preferences\"]",
            "selected = [\"nav.security-privacy\"]",
        )
        .replace(
            "selected = [\"nav.additional-security-verification\"]",
            "selected = [\"nav.security-privacy\"]",
        );
    text = replaced(
        &text,
        "[[element]]\nid = \"nav.software\"",
        "[[element]]\nid = \"nav.security-privacy\"\nrole = \"link\"\nregion = \"left\"\nlabel = \"levels-nav-security-privacy\"\nclick = { go = \"settings-contact-preferences\" }\n\n[[element]]\nid = \"nav.software\"",
    );
    for (lang, label) in [
        ("en-US", "Security & privacy"),
        ("ja-JP", "セキュリティとプライバシー"),
    ] {
        std::fs::create_dir_all(folder.join(lang)).unwrap();
        std::fs::write(
            folder.join(lang).join("labels.ftl"),
            format!("levels-nav-security-privacy = {label}\n"),
        )
        .unwrap();
    }
    std::fs::write(folder.join("model.toml"), text).unwrap();
    dir
}

fn walkthrough(models: &TempDir, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(["--portals", models.path()])
        .args(args)
        .env("NO_COLOR", "1")
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap()
}

const CREATE_2015: &str = "Procedure 1 (To create an app password in the Office 365 portal) describes office365-2015 (office365-2015: 8 of 8 steps, office365-levels: 8 of 8 steps)";
const DELETE_2015: &str = "Procedure 1 (To delete an app password in the Office 365 portal) describes office365-2015 (office365-2015: 8 of 8 steps, office365-levels: 8 of 8 steps)";

#[test]
fn the_shipped_procedures_describe_2015_and_drift_where_the_level_comes_first() {
    let models = levels("shipped");
    let out = walkthrough(&models, &["--lang", "en-US", "check", "--portal", "all"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let expected = [
        "app-password-create (en-US)".to_owned(),
        format!("  {CREATE_2015}"),
        "    step 3: in office365-levels, “Security & privacy” comes first".to_owned(),
        // The written step 8 never says to open the mail app: a finding.
        "    step 8: in office365-2015, “Mail” comes first".to_owned(),
        "app-password-delete (en-US)".to_owned(),
        format!("  {DELETE_2015}"),
        "    step 3: in office365-levels, “Security & privacy” comes first".to_owned(),
        String::new(),
    ]
    .join("\n");
    assert_eq!(stdout(&out), expected);

    // In Japanese, with the model's own label from its folder.
    let out = walkthrough(&models, &["--lang", "ja-JP", "check", "--portal", "all"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("app-password-delete (ja-JP)\n  手順 1 (Office 365 ポータルでアプリ パスワードを削除するには) が説明しているのは office365-2015 です (office365-2015: 8 ステップ中 8, office365-levels: 8 ステップ中 8)\n    ステップ 3: office365-levels では、先に “セキュリティとプライバシー” があります\n"),
        "{text}"
    );
}

#[test]
fn an_article_that_names_the_level_describes_the_other_model() {
    let models = levels("article");
    let dir = TempDir::new("versions-article");
    let article = dir.0.join("levels.md");
    std::fs::write(
        &article,
        "# Create an app password\n\n\
         1. Sign in to the Office 365 portal.\n\
         2. Select the **Settings** gear at the top right, then **Office 365 settings**.\n\
         3. On the left, select **Security & privacy**, then **Additional security verification**.\n\
         4. Select **Update my phone numbers used for account security**.\n\
         5. At the top of the page, select **app passwords**.\n\
         6. Select **Create**.\n",
    )
    .unwrap();
    let path = article.to_str().unwrap();
    let all = walkthrough(
        &models,
        &["--lang", "en-US", "import", path, "--portal", "all"],
    );
    assert_eq!(all.status.code(), Some(0), "{}", stderr(&all));
    assert_eq!(
        stdout(&all),
        format!(
            "{path} (en-US)\n  Procedure 1 (Create an app password) describes office365-levels (office365-2015: 5 of 6 steps, office365-levels: 6 of 6 steps)\n    step 3: in office365-2015, there is nothing called “Security & privacy”\n"
        )
    );
    // Named: it describes that model cleanly (0), not the other (1).
    let args = |id: &'static str| ["--lang", "en-US", "import", path, "--portal", id];
    assert_eq!(
        walkthrough(&models, &args("office365-levels"))
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        walkthrough(&models, &args("office365-2015")).status.code(),
        Some(1)
    );
    // No draft is written.
    assert_eq!(std::fs::read_dir(&dir.0).unwrap().count(), 1);

    // JSON: each step's fit per model, and the drift.
    let json = walkthrough(
        &models,
        &[
            "--lang", "en-US", "import", path, "--portal", "all", "--format", "json",
        ],
    );
    assert_eq!(json.status.code(), Some(0), "{}", stderr(&json));
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(doc["schema"], "walkthrough-versions/1");
    assert_eq!(doc["portal"], "all");
    assert_eq!(doc["clean"], true);
    let p = &doc["sources"][0]["procedures"][0];
    assert_eq!(p["describes"], serde_json::json!(["office365-levels"]));
    assert_eq!(p["explained"]["office365-2015"], 5);
    assert_eq!(p["steps"][2]["fits"]["office365-2015"], "absent");
    assert_eq!(p["steps"][2]["fits"]["office365-levels"], "fits");
    assert_eq!(p["drift"][0]["step"], 3);
    assert_eq!(p["drift"][0]["model"], "office365-2015");
    assert_eq!(
        p["drift"][0]["message"],
        "step 3: in office365-2015, there is nothing called “Security & privacy”"
    );
}

#[test]
fn an_article_about_neither_gets_the_verdict_and_an_unknown_model_is_bad_input() {
    let models = levels("neither");
    let other = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/import/tests/fixtures/corpus/11-en-other-product.md"
    );
    let out = walkthrough(
        &models,
        &["--lang", "en-US", "import", other, "--portal", "all"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("  Procedure 1 (Turn on two-step sign-in for your Fabrikam account) does not describe any of the models (office365-2015: 0 of 4 steps, office365-levels: 0 of 4 steps)\n"),
        "{}",
        stdout(&out)
    );
    let out = walkthrough(
        &models,
        &["--lang", "en-US", "check", "--portal", "office365-level"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    assert_eq!(
        stderr(&out),
        "There is no product model “office365-level” (did you mean “office365-levels”?). Models: office365-2015, office365-levels\n"
    );
}

#[test]
fn the_trainers_example_describes_its_own_model_cleanly() {
    let out = Command::new(BIN)
        .args([
            "--portals",
            concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/portals"),
            "--scenarios",
            concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/scenarios"),
            "--lang",
            "en-US",
            "check",
            "--portal",
            "app-passwords-only",
        ])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("describes app-passwords-only (office365-2015: 0 of 3 steps, app-passwords-only: 3 of 3 steps)"),
        "{text}"
    );
    assert!(
        text.contains("    step 1: in office365-2015, “Create” cannot be reached from the screen “Office 365”\n"),
        "{text}"
    );
}
