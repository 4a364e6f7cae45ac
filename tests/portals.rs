//! `walkthrough portals`: the product models, and a trainer's model files
//! checked with every problem at its line and column.
#![allow(clippy::unwrap_used)]

mod common;

use common::{stderr, stdout, TempDir};
use std::process::{Command, Output};

fn walkthrough(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_walkthrough"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// The complete example model of the format's documentation.
fn docs_example() -> String {
    let docs = include_str!("../docs/portal-format.md");
    let start = docs.find("```toml\n").unwrap() + "```toml\n".len();
    let len = docs[start..].find("```").unwrap();
    docs[start..start + len].to_owned()
}

#[test]
fn the_embedded_models_are_listed() {
    let out = walkthrough(&["portals"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "office365-2015  embedded:models/office365-2015/model.toml\n\
         office365-2016  embedded:models/office365-2016/model.toml\n"
    );
}

#[test]
fn a_trainers_models_are_checked_and_listed() {
    let dir = TempDir::new("portals-ok");
    std::fs::write(dir.0.join("mine.toml"), docs_example()).unwrap();
    std::fs::write(dir.0.join("notes.txt"), "not a model").unwrap();
    let out = walkthrough(&["portals", dir.path()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let listed = stdout(&out);
    assert!(
        listed.starts_with("office365-2015      embedded:"),
        "{listed}"
    );
    assert!(listed.contains("app-passwords-only  "), "{listed}");
    assert!(listed.trim_end().ends_with("mine.toml"), "{listed}");
}

#[test]
fn a_broken_model_is_bad_input_with_every_problem_located() {
    let dir = TempDir::new("portals-bad");
    let broken = docs_example()
        .replace("role = \"button\"", "role = \"buton\"")
        .replace("kind = \"layer\"", "kind = \"dialog\"");
    std::fs::write(dir.0.join("broken.toml"), &broken).unwrap();
    let out = walkthrough(&["portals", dir.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    let line = |needle: &str| broken.lines().position(|l| l == needle).unwrap() + 1;
    let role = line("role = \"buton\"");
    assert!(err.contains(&format!("broken.toml:{role}:8")), "{err}");
    assert!(err.contains("did you mean `button`?"), "{err}");
    let kind = line("kind = \"dialog\"");
    assert!(err.contains(&format!("broken.toml:{kind}:8")), "{err}");
    assert!(err.contains("unknown screen kind `dialog`"), "{err}");
    // A label no shipped locale has is found, at its place.
    let unlabelled = TempDir::new("portals-label");
    let text = docs_example().replace(
        "label = \"portal-app-passwords-heading\"",
        "label = \"trainer-heading\"",
    );
    std::fs::write(unlabelled.0.join("mine.toml"), &text).unwrap();
    let out = walkthrough(&["portals", unlabelled.path()]);
    assert_eq!(out.status.code(), Some(2));
    let at = text
        .lines()
        .position(|l| l.contains("trainer-heading"))
        .unwrap()
        + 1;
    let err = stderr(&out);
    assert!(
        err.contains(&format!("mine.toml:{at}:10: `app-passwords.heading` names the message `trainer-heading`, which ja-JP does not have")),
        "{err}"
    );
    // A model that is the same as one already loaded is refused too.
    let again = TempDir::new("portals-twice");
    let twice = docs_example().replace("id = \"app-passwords-only\"", "id = \"office365-2015\"");
    std::fs::write(again.0.join("twice.toml"), twice).unwrap();
    let out = walkthrough(&["portals", again.path()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`office365-2015` is already loaded"),
        "{}",
        stderr(&out)
    );
}

/// A trainer's model in its folder, as `--portals DIR` holds it: `<id>/model.toml`
/// with a heading of its own, whose label is in `<id>/<lang>/trainer.ftl`.
fn model_folder(dir: &std::path::Path, folder: &str, id: &str) -> std::path::PathBuf {
    let at = dir.join(folder);
    let model = docs_example()
        .replace("id = \"app-passwords-only\"", &format!("id = \"{id}\""))
        .replace(
            "label = \"portal-app-passwords-heading\"",
            "label = \"trainer-heading\"",
        );
    std::fs::create_dir_all(at.join("en-US")).unwrap();
    std::fs::create_dir_all(at.join("ja-JP")).unwrap();
    std::fs::write(at.join("model.toml"), model).unwrap();
    std::fs::write(
        at.join("en-US/trainer.ftl"),
        "trainer-heading = Kiosk passwords\n",
    )
    .unwrap();
    std::fs::write(
        at.join("ja-JP/trainer.ftl"),
        "trainer-heading = キオスクのパスワード\n",
    )
    .unwrap();
    at
}

#[test]
fn a_model_folder_is_checked_with_the_labels_beside_it_as_portals_reads_it() {
    let dir = TempDir::new("portals-folders");
    let kiosk = model_folder(&dir.0, "kiosk", "kiosk");
    let listed = |out: &Output| {
        stdout(out)
            .lines()
            .map(|l| l.split_whitespace().next().unwrap_or("").to_owned())
            .collect::<Vec<_>>()
    };
    let path = |p: &std::path::Path| p.to_str().unwrap().to_owned();
    // The model's folder, its model.toml, and the folder of model folders.
    for arg in [path(&kiosk), path(&kiosk.join("model.toml")), path(&dir.0)] {
        let out = walkthrough(&["portals", &arg]);
        assert_eq!(out.status.code(), Some(0), "{arg}: {}", stderr(&out));
        assert_eq!(
            listed(&out),
            ["office365-2015", "office365-2016", "kiosk"],
            "{arg}"
        );
    }
    // Loaded with --portals and named again: listed once, not a clash.
    let out = walkthrough(&["--portals", &path(&dir.0), "portals", &path(&kiosk)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(listed(&out), ["office365-2015", "office365-2016", "kiosk"]);
}

#[test]
fn a_folder_of_models_with_a_broken_one_or_none_is_bad_input() {
    let dir = TempDir::new("portals-broken-folder");
    model_folder(&dir.0, "kiosk", "kiosk");
    let broken = model_folder(&dir.0, "broken", "broken");
    let text = std::fs::read_to_string(broken.join("model.toml")).unwrap();
    std::fs::write(
        broken.join("model.toml"),
        text.replacen("role = \"text\"", "role = \"txet\"", 1),
    )
    .unwrap();
    let out = walkthrough(&["portals", dir.0.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("unknown role `txet`"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("broken/model.toml:"),
        "{}",
        stderr(&out)
    );
    // A model whose id is not its folder's name, as --portals refuses it.
    let other = model_folder(&dir.0, "other", "kiosk-2");
    let out = walkthrough(&["portals", other.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(
        stderr(&out)
            .contains("the model's id `kiosk-2` and its folder's name `other` must be the same"),
        "{}",
        stderr(&out)
    );
    // A folder with no model at all is not a check that passed.
    let empty = dir.0.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = walkthrough(&["portals", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("no model here"), "{}", stderr(&out));
}
