//! Broken scripts, one per kind of error: each names the file, line and column,
//! says what was expected, and suggests the nearest valid id.
#![allow(clippy::unwrap_used)]

use walkthrough_scenario::*;

const VALID: &str = r#"id = "mini"
portal = "office365"

[params]
name = "Outlook"

[[step]]
id = "open-settings"
where = "top-right"
do = [{ click = "suite.settings" }]
expect = "settings-menu"

[[step]]
id = "name"
do = [{ type = "create-app-password.name", text = "{name}" }]

[goal]
app_password_named = "{name}"
"#;

/// Loads `VALID` with `from` replaced by `to`; returns the diagnostics.
fn broken(from: &str, to: &str) -> Vec<Diagnostic> {
    assert!(VALID.contains(from), "{from}");
    let text = VALID.replacen(from, to, 1);
    match parse("mini.toml", &text) {
        Err(LoadError::Invalid(file)) => {
            assert_eq!(file.origin, "mini.toml");
            file.diagnostics
        }
        other => panic!("expected an invalid file, got {other:?}"),
    }
}

/// Every diagnostic, as `line:col message [help]`, joined by ` | `.
fn one(from: &str, to: &str) -> String {
    let shown: Vec<String> = broken(from, to)
        .iter()
        .map(|d| match &d.help {
            Some(h) => format!("{}:{} {} [{}]", d.line, d.column, d.problem, h),
            None => format!("{}:{} {}", d.line, d.column, d.problem),
        })
        .collect();
    shown.join(" | ")
}

#[test]
fn the_valid_script_loads() {
    let s = parse("mini.toml", VALID).unwrap();
    assert_eq!(s.steps.len(), 2);
    assert_eq!(s.steps[0].line, 7);
    assert_eq!(s.title, "mini-title");
}

#[test]
fn each_kind_of_error_names_its_place() {
    let table: &[(&str, &str, &str)] = &[
        // TOML syntax.
        ("expect = \"settings-menu\"", "expect = \"settings-menu", "11:24 TOML syntax: invalid basic string, expected `\"`"),
        // Unknown element, with a suggestion.
        ("suite.settings", "suite.setings", "10:17 step `open-settings`: unknown element `suite.setings` [did you mean `suite.settings`?]"),
        // Unknown screen.
        ("\"settings-menu\"", "\"setings-menu\"", "11:10 step `open-settings`: unknown screen `setings-menu` [did you mean `settings-menu`?]"),
        // Unknown action verb (a field serde does not know).
        ("{ click = \"suite.settings\" }", "{ klick = \"suite.settings\" }", "10:9 unknown field `klick`, expected one of `click`, `type`, `clear`, `copy`, `paste`, `submit`, `back`, `text`"),
        // Two verbs in one action.
        ("{ click = \"suite.settings\" }", "{ click = \"suite.settings\", copy = \"x.y\" }", "10:7 step `open-settings`: an action needs exactly one of `click`, `type`, `clear`, `copy`, `paste`, `submit`, `back`; found `click`, `copy`"),
        // `type` without text.
        (", text = \"{name}\" }", " }", "15:7 step `name`: `type` needs `text`, the text to type"),
        // Unknown placeholder.
        ("text = \"{name}\"", "text = \"{nmae}\"", "15:51 unknown placeholder `{nmae}`; define it under [params] or use one of `account`, `password`, `display_name`, `code`, `name` [did you mean `name`?]"),
        // Unknown location.
        ("where = \"top-right\"", "where = \"upper-right\"", "9:9 step `open-settings`: unknown location `upper-right`; expected one of `top-left`, `top-right`, `top`, `left`, `right`, `bottom`, `main`, `dialog`, `taskbar`"),
        // Unknown top-level key.
        ("portal = \"office365\"", "portal = \"office365\"\nfixtures = {}", "3:1 unknown key `fixtures`; expected one of `id`, `portal`, `title`, `task`, `fixture`, `params`, `step`, `goal`, `sign_in_shown` [did you mean `fixture`?]"),
        // Unknown fixture field.
        ("[params]", "[fixture]\nmfa_on = true\n\n[params]", "5:1 unknown field `mfa_on`, expected one of `account`, `display_name`, `password`, `mfa`, `app_passwords_allowed`, `phone`, `app_passwords`"),
        // A fixture against the service's rules.
        ("[params]", "[fixture]\naccount = \"\"\n\n[params]", "4:1 fixture: the fixture's `account` is empty"),
        // Wrong value type.
        ("[params]", "[fixture]\nmfa = \"yes\"\n\n[params]", "5:7 invalid type: string \"yes\", expected a boolean"),
        // Bad date in a fixture.
        ("[params]", "[fixture]\napp_passwords = [{ name = \"a\", created = \"2015-02-30\" }]\n\n[params]", "5:42 expected a date as YYYY-MM-DD, found `2015-02-30`"),
        // Duplicate step id.
        ("id = \"name\"", "id = \"open-settings\"", "14:6 step id `open-settings` is used twice; step ids name Fluent messages and must be unique"),
        // A step id that cannot be a Fluent id.
        ("id = \"name\"", "id = \"Name It\"", "14:6 `Name It` cannot name a step: use lowercase letters, digits and `-`"),
        // Unknown portal.
        ("portal = \"office365\"", "portal = \"office356\"", "2:10 unknown portal `office356`; expected one of `office365-2015`, `office365-2016` (`office365` names `office365-2015` too; a model of your own is read with `--portals DIR`) [did you mean `office365`?]"),
        // Missing id.
        ("id = \"mini\"\n", "", "1:1 missing `id`: the scenario's id, e.g. `app-password-create`"),
        // Unknown goal key.
        ("app_password_named", "app_password_nmed", "18:1 unknown field `app_password_nmed`, expected one of `app_password_named`, `app_password_absent`, `mail_connected`, `mail_connected_with`, `mail_rejects_password_of`"),
        // A goal that needs a known plaintext.
        ("app_password_named = \"{name}\"", "mail_rejects_password_of = \"{name}\"", "18:28 goal: the fixture has no app password named `Outlook` with a `password`"),
    ];
    let mut failures = Vec::new();
    for (from, to, want) in table {
        let got = one(from, to);
        if got != *want {
            failures.push(format!("{from:?} -> {to:?}\n   want {want}\n   got  {got}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_error_of_a_file_is_reported_at_once() {
    let text = VALID
        .replacen("suite.settings", "suite.setings", 1)
        .replacen("\"settings-menu\"", "\"nowhere\"", 1)
        .replacen("{name}\" }", "{nope}\" }", 1);
    let Err(LoadError::Invalid(file)) = parse("mini.toml", &text) else {
        panic!("expected errors")
    };
    let lines: Vec<usize> = file.diagnostics.iter().map(|d| d.line).collect();
    assert_eq!(lines, [10, 11, 15]);
}

#[test]
fn the_rendering_shows_file_line_column_the_line_and_a_caret() {
    let text = VALID.replacen("suite.settings", "suite.setings", 1);
    let err = parse("scenarios/mini.toml", &text).unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.contains("error: step `open-settings`: unknown element `suite.setings`"),
        "{shown}"
    );
    assert!(shown.contains("--> scenarios/mini.toml:10:17\n"), "{shown}");
    assert!(
        shown.contains(r#"do = [{ click = "suite.setings" }]"#),
        "{shown}"
    );
    assert!(shown.contains("^^^^^^^^^^^^^^^"), "{shown}");
    assert!(
        shown.contains("help: did you mean `suite.settings`?"),
        "{shown}"
    );
}

#[test]
fn japanese_text_counts_columns_in_characters() {
    let text = VALID.replacen("name = \"Outlook\"", "name = \"メール\"\nbad = ", 1);
    let d = broken("name = \"Outlook\"", "name = \"メール\"\nbad = ");
    assert!(!d.is_empty());
    assert!(parse("x.toml", &text).is_err());
    let d = broken("name = \"Outlook\"", "name = \"メール\" x");
    assert_eq!((d[0].line, d[0].column), (5, 14), "{:?}", d[0]);
}

#[test]
fn a_folder_reports_every_bad_file_and_duplicate_ids() {
    let dir = std::env::temp_dir().join(format!("wt-scen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.toml"), VALID).unwrap();
    std::fs::write(dir.join("b.toml"), VALID).unwrap();
    std::fs::write(dir.join("c.toml"), "id = ").unwrap();
    let err = Library::from_dir(&dir).unwrap_err();
    let LoadError::Many(errors) = &err else {
        panic!("{err}")
    };
    assert_eq!(errors.len(), 2);
    let shown = err.to_string();
    assert!(
        shown.contains("scenario id `mini` is defined twice"),
        "{shown}"
    );
    assert!(shown.contains("c.toml:1:"), "{shown}");
    std::fs::remove_dir_all(&dir).unwrap();
    let missing = Library::from_dir(&dir).unwrap_err();
    assert!(missing.to_string().starts_with("cannot read"), "{missing}");
}

#[test]
fn sign_in_shown_is_read_and_defaults_to_true() {
    assert!(parse("mini.toml", VALID).unwrap().sign_in_shown);
    let hidden = VALID.replacen(
        "portal = \"office365\"\n",
        "portal = \"office365\"\nsign_in_shown = false\n",
        1,
    );
    assert!(!parse("mini.toml", &hidden).unwrap().sign_in_shown);
    // Not a boolean: the file, line and column, and what was expected.
    let shown = one(
        "portal = \"office365\"\n",
        "portal = \"office365\"\nsign_in_shown = \"no\"\n",
    );
    assert!(shown.starts_with("3:17 "), "{shown}");
    assert!(shown.contains("bool"), "{shown}");
}
