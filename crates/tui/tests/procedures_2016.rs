//! Both procedures on the Office 365 portal of late 2016, driven through the
//! TUI as a trainee does them, with a snapshot of each screen the 2015 portal
//! did not have (the settings pane, Security & privacy, its section opened in
//! place) in en-US, ja-JP and the pseudo-locale.
#![allow(clippy::unwrap_used)]

mod common;

use common::{Trainee, LOCALES};
use cursive::event::{Event, Key};

/// Signs in, then follows the marker through the gear, the settings pane,
/// Security & privacy, its Additional security verification section and
/// the Create and manage app passwords link.
fn to_app_passwords(t: &mut Trainee, snap: bool) {
    t.sign_in();
    assert_eq!(t.step(), Some(1), "{}", t.screen());
    t.click_target();
    if snap {
        t.snap("step-2-menu");
    }
    t.click_target();
    for n in 3..=5 {
        assert_eq!(t.step(), Some(n - 1), "{}", t.screen());
        if snap {
            t.snap(&format!("step-{n}"));
        }
        t.click_target();
    }
    assert_eq!(t.step(), Some(5), "{}", t.screen());
}

fn create(locale: &str) {
    let mut t = Trainee::new("app-password-create-2016", "create-2016", locale);
    to_app_passwords(&mut t, true);
    t.click_target();
    assert_eq!(t.step(), Some(6), "{}", t.screen());
    t.type_text("Outlook desktop");
    t.key(Key::Enter);
    assert_eq!(t.step(), Some(7), "{}", t.screen());
    t.click_target();
    t.click_target();
    t.send(Event::CtrlChar('v'));
    t.key(Key::Enter);
    assert_eq!(t.step(), None, "{}", t.screen());
    let summary = t.h.summary().unwrap();
    assert!(summary.finished && summary.goal_met, "{summary:?}");
    assert_eq!((summary.wrong_actions, summary.hints), (0, 0));
}

fn delete(locale: &str) {
    let mut t = Trainee::new("app-password-delete-2016", "delete-2016", locale);
    to_app_passwords(&mut t, false);
    t.click_target();
    assert_eq!(t.step(), Some(6), "{}", t.screen());
    t.click_target();
    assert_eq!(t.step(), None, "{}", t.screen());
    let summary = t.h.summary().unwrap();
    assert!(summary.finished && summary.goal_met, "{summary:?}");
    assert_eq!((summary.wrong_actions, summary.hints), (0, 0));
}

#[test]
fn create_2016_in_every_locale() {
    for locale in LOCALES {
        create(locale);
    }
}

#[test]
fn delete_2016_in_every_locale() {
    for locale in LOCALES {
        delete(locale);
    }
}
