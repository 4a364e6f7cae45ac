//! Both procedures of the article, driven through the TUI as a trainee does
//! them (typing, Tab, Enter, Ctrl+V, clicks on the marked element), with a
//! snapshot of every screen in en-US, ja-JP and the pseudo-locale.
#![allow(clippy::unwrap_used)]

mod common;

use common::{Trainee, LOCALES};
use cursive::event::{Event, Key};

const ACCOUNT: &str = "trainee@contoso.onmicrosoft.com";
const PASSWORD: &str = "Pa55word!";

/// Step 1 of both procedures: password, then the code from the phone.
fn sign_in(t: &mut Trainee) {
    t.snap("step-1");
    t.type_text(ACCOUNT);
    t.key(Key::Tab);
    t.type_text(PASSWORD);
    t.snap("step-1-filled");
    t.key(Key::Enter);
    t.snap("step-1-mfa");
    let code = t.phone_code();
    t.type_text(&code);
    t.key(Key::Enter);
    assert_eq!(t.step(), Some(1), "{}", t.screen());
}

/// Steps 2 to 5 of both procedures: gear, settings, additional security
/// verification, the link on the right, the app-passwords tab.
fn to_app_passwords(t: &mut Trainee) {
    t.snap("step-2");
    t.click_target();
    t.snap("step-2-menu");
    t.click_target();
    for n in 3..=5 {
        assert_eq!(t.step(), Some(n - 1), "{}", t.screen());
        t.snap(&format!("step-{n}"));
        t.click_target();
    }
}

fn create(locale: &str) {
    let mut t = Trainee::new("app-password-create", "create", locale);
    sign_in(&mut t);
    to_app_passwords(&mut t);
    t.snap("step-6");
    t.click_target();
    assert_eq!(t.step(), Some(6));
    t.snap("step-7");
    t.type_text("Outlook desktop");
    t.snap("step-7-named");
    t.key(Key::Enter);
    assert_eq!(t.step(), Some(7), "{}", t.screen());
    t.snap("step-8");
    t.click_target();
    t.snap("step-8-copied");
    t.click_target();
    t.snap("step-8-mail");
    t.send(Event::CtrlChar('v'));
    t.snap("step-8-pasted");
    t.key(Key::Enter);
    assert_eq!(t.step(), None, "{}", t.screen());
    t.snap("done");
    let summary = t.h.summary().unwrap();
    assert!(summary.finished && summary.goal_met, "{summary:?}");
    assert_eq!((summary.wrong_actions, summary.hints), (0, 0));
}

fn delete(locale: &str) {
    let mut t = Trainee::new("app-password-delete", "delete", locale);
    sign_in(&mut t);
    to_app_passwords(&mut t);
    t.snap("step-6");
    t.click_target();
    assert_eq!(t.step(), Some(6), "{}", t.screen());
    t.snap("step-7");
    t.key(Key::F3);
    t.snap("step-8");
    t.click_target();
    assert_eq!(t.step(), None, "{}", t.screen());
    t.snap("done");
    let summary = t.h.summary().unwrap();
    assert!(summary.finished && summary.goal_met, "{summary:?}");
}

#[test]
fn create_en_us() {
    create(LOCALES[0]);
}

#[test]
fn create_ja_jp() {
    create(LOCALES[1]);
}

#[test]
fn create_pseudo() {
    create(LOCALES[2]);
}

#[test]
fn delete_en_us() {
    delete(LOCALES[0]);
}

#[test]
fn delete_ja_jp() {
    delete(LOCALES[1]);
}

#[test]
fn delete_pseudo() {
    delete(LOCALES[2]);
}
