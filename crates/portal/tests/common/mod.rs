//! Helpers shared by the portal's tests.
#![allow(dead_code, missing_docs, clippy::unwrap_used)]

use std::sync::Arc;
use walkthrough_portal::*;

pub const PASSWORD: &str = "Pa55word!";
pub const KNOWN: &str = "qwertyuiopasdfgh";

pub fn options(seed: u64) -> (PortalOptions, ManualClock) {
    let clock = ManualClock::at_date(Date::parse("2015-11-19").unwrap());
    let options = PortalOptions {
        seed: Some(seed),
        clock: Arc::new(clock.clone()),
        hash: HashParams::TEST_ONLY_MINIMAL,
    };
    (options, clock)
}

pub fn portal(fixture: Fixture) -> (Portal, ManualClock) {
    let (options, clock) = options(42);
    (Portal::new(fixture, options).unwrap(), clock)
}

pub fn with_app_passwords(names: &[&str]) -> Fixture {
    Fixture {
        app_passwords: names
            .iter()
            .enumerate()
            .map(|(i, n)| AppPasswordFixture {
                name: (*n).to_owned(),
                created: Date::parse("2015-10-01").unwrap(),
                password: (i == 0).then(|| KNOWN.to_owned()),
            })
            .collect(),
        ..Fixture::default()
    }
}

pub fn click(p: &mut Portal, id: &str) -> Outcome {
    p.act(Action::Click(id.into()))
        .unwrap_or_else(|e| panic!("click {id}: {e}"))
}

pub fn type_into(p: &mut Portal, id: &str, text: &str) -> Outcome {
    p.act(Action::Type {
        element: id.into(),
        text: text.into(),
    })
    .unwrap_or_else(|e| panic!("type into {id}: {e}"))
}

/// The code the simulated phone shows.
pub fn phone_code(p: &Portal) -> String {
    let screen = p.screen();
    let message = screen.element("phone.message").expect("phone shows a code");
    match &message.label.args[0].1 {
        Arg::Text(code) => code.clone(),
        other => panic!("unexpected {other:?}"),
    }
}

/// Signs in with password and verification code; ends on home.
pub fn sign_in(p: &mut Portal) {
    let account = p.account().to_owned();
    type_into(p, "sign-in.user", &account);
    type_into(p, "sign-in.password", PASSWORD);
    assert_eq!(
        click(p, "sign-in.submit"),
        Outcome::Screen(ScreenId::new("mfa"))
    );
    let code = phone_code(p);
    type_into(p, "mfa.code", &code);
    assert_eq!(
        click(p, "mfa.verify"),
        Outcome::Screen(ScreenId::new("home"))
    );
}

/// From home to the app-password list, the way the article means.
pub fn open_app_passwords(p: &mut Portal) {
    for (id, to) in [
        ("suite.settings", ScreenId::new("settings-menu")),
        (
            "settings-menu.office365-settings",
            ScreenId::new("settings"),
        ),
        (
            "nav.additional-security-verification",
            ScreenId::new("additional-security-verification"),
        ),
        ("asv.update-phone-numbers", ScreenId::new("proofup")),
        ("proofup.tab.app-passwords", ScreenId::new("app-passwords")),
    ] {
        assert_eq!(click(p, id), Outcome::Screen(to), "click {id}");
    }
}

/// Creates an app password named `name` from the list; returns its plaintext.
pub fn create(p: &mut Portal, name: &str) -> String {
    assert_eq!(
        click(p, "app-passwords.create"),
        Outcome::Screen(ScreenId::new("create-app-password"))
    );
    type_into(p, "create-app-password.name", name);
    assert_eq!(
        click(p, "create-app-password.next"),
        Outcome::Screen(ScreenId::new("new-app-password"))
    );
    let screen = p.screen();
    let value = screen.element("new-app-password.value").unwrap();
    let Some(Value::Secret(pw)) = &value.value else {
        panic!("no password shown")
    };
    let pw = pw.clone();
    click(p, "new-app-password.close");
    pw
}
