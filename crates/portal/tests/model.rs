//! Product models: the embedded 2015 model is the catalogue, its rules are the
//! service's; loading reports every problem with its place; the example model
//! of `docs/portal-format.md` loads and runs.
#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::*;
use std::sync::Arc;
use walkthrough_portal::model::{ScreenKind, EMBEDDED};
use walkthrough_portal::*;

const DOCS: &str = include_str!("../../../docs/portal-format.md");

/// The first ```toml block of the format's documentation.
fn docs_example() -> &'static str {
    let start = DOCS.find("```toml\n").expect("a toml block") + "```toml\n".len();
    let len = DOCS[start..].find("```").expect("its end");
    &DOCS[start..start + len]
}

fn problems(text: &str) -> Box<InvalidModel> {
    match Model::parse("trainer.toml", text) {
        Ok(_) => panic!("loaded a bad model"),
        Err(e) => e,
    }
}

#[test]
fn the_embedded_model_is_the_catalogue_in_order() {
    let model = Model::office365_2015();
    let specs: Vec<catalog::Spec> = model.specs().copied().collect();
    assert_eq!(specs, catalog::ALL);
    for screen in &model.screens {
        assert_eq!(screen.title, format!("portal-title-{}", screen.id));
    }
    let layers: Vec<&str> = (model.screens.iter())
        .filter(|s| s.kind == ScreenKind::Layer)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        layers,
        [
            "settings-menu",
            "create-app-password",
            "new-app-password",
            "delete-confirmation"
        ]
    );
    assert_eq!(model.screens.len(), 15);
    for field in [
        "sign-in.user",
        "sign-in.password",
        "mfa.code",
        "create-app-password.name",
    ] {
        assert_eq!(
            action::default_button(field),
            model.default_button(field),
            "{field}"
        );
    }
    assert_eq!(
        action::default_button("mail.password"),
        Some("mail.connect")
    );
    assert_eq!(action::default_button("sign-in.heading"), None);
}

#[test]
fn the_embedded_rules_are_the_services() {
    let rules = Model::office365_2015().rules;
    assert_eq!(rules.max_rows, MAX_APP_PASSWORDS);
    assert_eq!(rules.max_name_chars, MAX_NAME_CHARS);
    assert_eq!(rules.lockout_tries, LOCKOUT_THRESHOLD);
    assert_eq!(rules.lockout_seconds, LOCKOUT_SECONDS);
    for (id, origin, text) in EMBEDDED {
        let model = Model::parse(origin, text).unwrap_or_else(|e| panic!("{}", e.render(false)));
        assert_eq!(model.id, id);
        assert_eq!(Model::embedded(id).as_deref(), Some(&model));
    }
}

#[test]
fn missing_messages_names_the_element_and_its_label() {
    let model = Model::office365_2015();
    assert!(model.missing_messages(|_| true).is_empty());
    let missing = model.missing_messages(|id| id != "portal-suite-settings");
    assert_eq!(
        missing,
        [(
            "suite.settings".to_owned(),
            "portal-suite-settings".to_owned()
        )]
    );
}

#[test]
fn every_problem_of_a_file_is_reported_at_its_place() {
    let text = r#"id = "broken"
start = "sign-in"
colour = "blue"

[rules]
max-rows = 0
max-name-chars = 64
lockout-tries = 10
lockout-minutes = 30

[[screen]]
id = "sign-in"
title = "portal-title-sign-in"
elements = ["sign-in.sumbit", "sign-in.user"]

[[screen]]
id = "Settings menu"
title = "portal-title-settings-menu"
elements = []

[[element]]
id = "sign-in.user"
role = "text-feild"
region = "main"
label = "portal-sign-in-user"

[[element]]
id = "sign-in.submit"
role = "button"
region = "main"
label = "portal-sign-in-submit"
click = { effect = "sign-on", user = "sign-in.user" }

[[element]]
id = "sign-in.other"
role = "link"
region = "main"
label = "portal-sign-in-cant-access"
click = { effect = "sign-in", user = "sign-in.user", then = "hom" }

[[element]]
id = "sign-in.other"
role = "link"
region = "main"
label = "portal-sign-in-cant-access"
click = { go = "setings" }
"#;
    let e = problems(text);
    let at = |line: usize| -> Vec<String> {
        e.diagnostics
            .iter()
            .filter(|d| d.line == line)
            .map(|d| d.problem.to_string())
            .collect()
    };
    let rendered = e.render(false);
    assert!(at(3)[0].contains("unknown key `colour`"), "{rendered}");
    assert_eq!(at(6), ["rule `max-rows` must be between 1 and 1000"]);
    assert_eq!(
        at(14),
        ["`sign-in.sumbit` is not an element or group of this model"]
    );
    assert!(
        rendered.contains("did you mean `sign-in.submit`?"),
        "{rendered}"
    );
    assert!(
        at(17)[0].contains("`Settings menu` cannot be used here: a screen id is lowercase"),
        "{rendered}"
    );
    assert!(
        at(23)[0].contains("unknown role `text-feild`"),
        "{rendered}"
    );
    assert!(
        rendered.contains("did you mean `text-field`?"),
        "{rendered}"
    );
    assert!(at(32)[0].contains("unknown effect `sign-on`"), "{rendered}");
    let line38 = at(39).join("\n");
    assert!(
        line38.contains("effect `sign-in`: needs `password`"),
        "{rendered}"
    );
    assert!(
        line38.contains("`hom` is not a screen of this model"),
        "{rendered}"
    );
    assert!(
        at(42)[0].contains("`sign-in.other` is defined twice"),
        "{rendered}"
    );
    assert!(
        at(46)[0].contains("`setings` is not a screen of this model"),
        "{rendered}"
    );
    // Each problem is shown as file:line:column with the line and a caret.
    assert!(rendered.contains("trainer.toml:14:"), "{rendered}");
    assert!(rendered.contains("--> trainer.toml:23:8"), "{rendered}");
    assert!(rendered.contains("^^^^^^^^^^^^"), "{rendered}");
    // Sorted by place, all of them at once.
    let lines: Vec<usize> = e.diagnostics.iter().map(|d| d.line).collect();
    let mut sorted = lines.clone();
    sorted.sort_unstable();
    assert_eq!(lines, sorted);
    assert!(e.diagnostics.len() >= 9, "{rendered}");
}

#[test]
fn syntax_errors_and_bad_bytes_are_located() {
    let e = problems("id = \"x\"\nstart = \n");
    assert_eq!(e.diagnostics[0].line, 2, "{}", e.render(false));
    assert!(e.render(false).contains("TOML syntax"));
    let e = Model::parse_bytes("bytes.toml", b"id = \"x\"\nstart = \"\xff\"\n").unwrap_err();
    assert_eq!((e.diagnostics[0].line, e.diagnostics[0].column), (2, 10));
    // Control characters of a file are shown, never sent to the terminal.
    let e = problems("id = \"x\"\n\u{1b}[2J = 1\n");
    let rendered = e.render(false);
    assert!(!rendered.contains('\u{1b}'), "{rendered}");
    // So are the characters that reorder a line (a right-to-left override
    // could make a key read as another) and C1 controls, as in scenarios:
    // one shared escape for every file the program shows.
    let e = problems("id = \"x\"\n\"a\u{202e}b\u{9b}\" = 1\n");
    let rendered = e.render(false);
    assert!(
        !rendered.contains('\u{202e}') && !rendered.contains('\u{9b}'),
        "{rendered}"
    );
    assert!(rendered.contains("\\u{202e}"), "{rendered}");
}

#[test]
fn a_missing_input_and_a_field_of_the_wrong_kind_are_refused() {
    let base = docs_example();
    let text = base.replace(
        "click = { effect = \"create-secret\", name = \"create-app-password.name\", shows = \"new-app-password\" }",
        "click = { effect = \"create-secret\", name = \"create-app-password.next\", shows = \"app-passwords\", colour = 1 }",
    );
    assert_ne!(text, base);
    let e = problems(&text);
    let all: Vec<String> = e
        .diagnostics
        .iter()
        .map(|d| d.problem.to_string())
        .collect();
    let joined = all.join("\n");
    assert!(
        joined.contains("effect `create-secret`: `colour` is not an input"),
        "{joined}"
    );
    assert!(joined.contains("`name` names a text field"), "{joined}");
}

fn example_portal() -> Portal {
    let model = Model::parse("docs/portal-format.md", docs_example())
        .unwrap_or_else(|e| panic!("{}", e.render(false)));
    let (options, _) = options(7);
    Portal::with_model(Arc::new(model), Fixture::default(), options).unwrap()
}

#[test]
fn the_docs_example_runs_create_copy_and_its_rules() {
    let mut p = example_portal();
    let screen = p.screen();
    assert_eq!(screen.id, ScreenId::new("app-passwords"));
    assert_eq!(p.model().id, "app-passwords-only");
    let ids: Vec<&str> = screen.elements.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "app-passwords.heading",
            "app-passwords.create",
            "app-passwords.empty"
        ]
    );

    // A name over the model's 20 characters is refused with its rule.
    assert_eq!(
        click(&mut p, "app-passwords.create"),
        Outcome::Screen(ScreenId::new("create-app-password"))
    );
    type_into(
        &mut p,
        "create-app-password.name",
        "a name that is far too long",
    );
    let submit = p
        .act(Action::Submit("create-app-password.name".into()))
        .unwrap();
    assert_eq!(submit, Outcome::Refused(Refusal::NameTooLong { max: 20 }));
    assert!(p.screen().element("dialog.error").is_some());

    for (n, name) in ["Outlook", "Phone", "Tablet"].iter().enumerate() {
        if n > 0 {
            click(&mut p, "app-passwords.create");
        }
        p.act(Action::Clear("create-app-password.name".into()))
            .unwrap();
        type_into(&mut p, "create-app-password.name", name);
        let shown = click(&mut p, "create-app-password.next");
        assert_eq!(shown, Outcome::Screen(ScreenId::new("new-app-password")));
        let screen = p.screen();
        let value = screen.element("new-app-password.value").unwrap();
        assert!(matches!(&value.value, Some(Value::Secret(s)) if s.len() == 16));
        click(&mut p, "new-app-password.copy");
        assert_eq!(p.clipboard_len(), Some(16));
        click(&mut p, "new-app-password.close");
    }
    let screen = p.screen();
    assert!(screen.element("app-password.3").is_some());
    assert!(screen.element("app-passwords.empty").is_none());
    assert!(p.stored_hashes().all(|h| h.starts_with("$argon2id$")));
    // The model allows three.
    let full = click(&mut p, "app-passwords.create");
    assert_eq!(
        full,
        Outcome::Refused(Refusal::TooManyAppPasswords { max: 3 })
    );
    let names: Vec<String> = p.app_passwords().into_iter().map(|a| a.name).collect();
    assert_eq!(names, ["Outlook", "Phone", "Tablet"]);
}

#[test]
fn a_fixture_over_the_models_rules_is_refused() {
    let model = Model::parse("docs", docs_example()).unwrap();
    let (options, _) = options(1);
    let fixture = with_app_passwords(&["a", "b", "c", "d"]);
    let refused = Portal::with_model(Arc::new(model), fixture, options);
    assert!(matches!(
        refused,
        Err(FixtureError::TooManyAppPasswords { count: 4, max: 3 })
    ));
}

#[test]
fn sign_in_without_a_second_factor_goes_straight_on() {
    let text = docs_example().replace("start = \"app-passwords\"", "start = \"sign-in\"")
        + r#"
[[screen]]
id = "sign-in"
title = "portal-title-sign-in"
elements = ["sign-in.user", "sign-in.password", "sign-in.submit"]

[[element]]
id = "sign-in.user"
role = "text-field"
region = "main"
label = "portal-sign-in-user"
submit = "sign-in.submit"

[[element]]
id = "sign-in.password"
role = "text-field"
region = "main"
label = "portal-sign-in-password"
masked = true
submit = "sign-in.submit"

[[element]]
id = "sign-in.submit"
role = "button"
region = "main"
label = "portal-sign-in-submit"
click = { effect = "sign-in", user = "sign-in.user", password = "sign-in.password", then = "app-passwords" }
"#;
    let model =
        Model::parse("trainer.toml", &text).unwrap_or_else(|e| panic!("{}", e.render(false)));
    let (options, _) = options(3);
    // The fixture's account has multi-factor authentication; the product asks no code.
    let mut p = Portal::with_model(Arc::new(model), Fixture::default(), options).unwrap();
    assert_eq!(p.screen().id, ScreenId::new("sign-in"));
    let account = p.account().to_owned();
    type_into(&mut p, "sign-in.user", &account);
    assert!(p.screen().element("sign-in.password").unwrap().focused);
    type_into(&mut p, "sign-in.password", PASSWORD);
    let done = p.act(Action::Submit("sign-in.password".into())).unwrap();
    assert_eq!(done, Outcome::Screen(ScreenId::new("app-passwords")));
}

mod mutations {
    use super::*;
    use proptest::prelude::*;

    /// The embedded model with `len` bytes at `at` replaced by `with`.
    fn mutated(at: usize, len: usize, with: &str) -> String {
        let text = EMBEDDED[0].2;
        let mut at = at % text.len();
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mut end = (at + len).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        format!("{}{}{}", &text[..at], with, &text[end..])
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// An edited model loads, or is refused with located problems; it
        /// never panics, and a model that loads runs without panicking.
        #[test]
        fn an_edited_model_is_loaded_or_refused_with_its_places(
            at in any::<usize>(),
            len in 0usize..40,
            with in "[a-z\"=\\[\\]{}., \n#-]{0,12}",
        ) {
            let text = mutated(at, len, &with);
            match Model::parse("edited.toml", &text) {
                Ok(model) => {
                    let (options, _) = options(5);
                    let mut p = Portal::with_model(Arc::new(model), Fixture::default(), options)
                        .unwrap();
                    for _ in 0..6 {
                        let screen = p.screen();
                        let Some(e) = screen.elements.iter().find(|e| e.enabled && e.role.is_clickable()) else {
                            break;
                        };
                        let _ = p.act(Action::Click(e.id.clone()));
                    }
                }
                Err(e) => {
                    prop_assert!(!e.diagnostics.is_empty());
                    let lines = text.lines().count().max(1) + 1;
                    for d in &e.diagnostics {
                        prop_assert!(d.line >= 1 && d.line <= lines, "{:?}", d);
                    }
                    prop_assert!(e.render(false).contains("edited.toml:"));
                }
            }
        }
    }
}

#[test]
fn past_fifty_problems_the_rest_are_counted() {
    let mut text = String::from("id = \"many\"\nstart = \"sign-in\"\n");
    for i in 0..60 {
        text.push_str(&format!(
            "[[element]]\nid = \"e{i}\"\nrole = \"butt\"\nregion = \"main\"\nlabel = \"x\"\n"
        ));
    }
    let e = problems(&text);
    let rendered = e.render(false);
    assert!(e.diagnostics.len() >= 60);
    let more = e.diagnostics.len() - 50;
    assert!(
        rendered.ends_with(&format!(
            "error: {more} more problems in trainer.toml, not shown; fix these first"
        )),
        "{rendered}"
    );
    let shown_roles = e.diagnostics[..50]
        .iter()
        .filter(|d| d.problem.to_string().contains("unknown role `butt`"))
        .count();
    assert!(shown_roles >= 45);
    assert_eq!(rendered.matches("unknown role `butt`").count(), shown_roles);
    assert!(rendered.contains("trainer.toml:240:8"), "{rendered}");
}

/// The ids of a model's screens with the property `f` picks, in file order.
fn screens_where(model: &Model, f: impl Fn(&model::ScreenDef) -> bool) -> Vec<&str> {
    (model.screens.iter())
        .filter(|s| f(s))
        .map(|s| s.id.as_str())
        .collect()
}

#[test]
fn the_models_declare_their_menu_and_their_sign_in_forms() {
    for model in [Model::office365_2015(), Model::office365_2016()] {
        let menus = screens_where(&model, |s| {
            s.kind == ScreenKind::Layer && s.layout == Layout::Menu
        });
        assert_eq!(menus, ["settings-menu"], "{}", model.id);
        let password = screens_where(&model, |s| {
            s.sign_in
                == Some(SignInStep::Password {
                    submit: "sign-in.submit",
                })
        });
        assert_eq!(password, ["sign-in"], "{}", model.id);
        let code = screens_where(&model, |s| {
            s.sign_in
                == Some(SignInStep::SecondFactor {
                    submit: "mfa.verify",
                })
        });
        assert_eq!(code, ["mfa"], "{}", model.id);
        let windows = screens_where(&model, |s| s.window != Window::Browser);
        assert_eq!(windows, ["mail-app"], "{}", model.id);
    }
}

#[test]
fn the_screen_says_when_a_menu_or_a_sign_in_form_is_in_front() {
    let (mut p, _) = portal(Fixture::default());
    let s = p.screen();
    assert_eq!(s.sign_in.map(SignInStep::submit), Some("sign-in.submit"));
    assert!(!s.has_dialog());
    sign_in(&mut p);
    assert_eq!(p.screen().sign_in, None);
    click(&mut p, "suite.settings");
    let s = p.screen();
    assert!(s.has_dialog() && s.has_menu(), "{s:?}");
    click(&mut p, "settings-menu.office365-settings");
    open_app_passwords(&mut p);
    click(&mut p, "app-passwords.create");
    let s = p.screen();
    assert!(s.has_dialog() && !s.has_menu(), "{s:?}");
}

#[test]
fn the_2016_portal_puts_security_and_privacy_before_the_app_passwords() {
    let (options, _) = options(7);
    let model = Model::office365_2016();
    assert_eq!(model.id, "office365-2016");
    let mut p = Portal::with_model(model, Fixture::default(), options).unwrap();
    sign_in(&mut p);
    let path = [
        ("suite.settings", "settings-menu"),
        ("settings-menu.office365", "settings"),
        ("nav.security-privacy", "security-privacy"),
        ("security.asv", "additional-security-verification"),
        ("security.app-passwords", "app-passwords"),
    ];
    for (control, screen) in path {
        assert_eq!(
            click(&mut p, control),
            Outcome::Screen(ScreenId::new(screen)),
            "{control}"
        );
    }
    // The 2015 way is not there: no Additional security verification entry
    // in the navigation, no Office 365 settings entry in the gear's menu.
    p.act(Action::Back).unwrap();
    let s = p.screen();
    assert_eq!(s.title.id, "portal-title-security-privacy");
    assert!(s.element("nav.additional-security-verification").is_none());
    assert!(s.element("asv.update-phone-numbers").is_some());
    click(&mut p, "suite.settings");
    assert!(p
        .screen()
        .element("settings-menu.office365-settings")
        .is_none());
}

#[test]
fn a_screen_id_is_checked_where_it_is_defined_and_where_it_is_named() {
    let text = EMBEDDED[0]
        .2
        .replace(
            "id = \"settings-menu\"\nkind = \"layer\"",
            "id = \"Settings_menu\"\nkind = \"layer\"",
        )
        .replace(
            "id = \"home\"\ntitle",
            "id = \"home\"\nlayout = \"menu\"\ntitle",
        );
    let e = problems(&text);
    let rendered = e.render(false);
    assert!(
        rendered.contains("`Settings_menu` cannot be used here: a screen id is lowercase"),
        "{rendered}"
    );
    assert!(
        rendered.contains("only a screen of `kind = \"layer\"` has a `layout`"),
        "{rendered}"
    );
    // The gear still names the screen by its old id: undefined, with a suggestion.
    assert!(
        rendered.contains("`settings-menu` is not a screen of this model"),
        "{rendered}"
    );
}

#[test]
fn a_model_id_is_one_spelling_and_an_element_is_on_a_screen_once() {
    let example = docs_example();
    let text = example
        .replace("id = \"app-passwords-only\"", "id = \"App-Passwords-Only\"")
        .replace(
            "\"app-passwords.create\", \"app-passwords.empty\"",
            "\"app-passwords.create\", \"app-passwords.empty\", \"app-passwords.create\"",
        );
    assert_ne!(text, example, "the example changed; update the edits");
    let e = problems(&text);
    let rendered = e.render(false);
    assert!(
        rendered.contains("trainer.toml:1:6")
            && rendered
                .contains("`App-Passwords-Only` cannot be used here: a model id is lowercase"),
        "{rendered}"
    );
    assert!(
        rendered.contains(
            "`app-passwords.create` cannot be used here: an element once per screen; `app-passwords` lists it already"
        ),
        "{rendered}"
    );
    assert_eq!(e.diagnostics.len(), 2, "{rendered}");
}
