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

/// Clicks the first place `text` is shown, or fails with the screen.
fn click(t: &mut Trainee, text: &str) {
    assert!(
        t.h.click_on(text),
        "{text:?} is not on screen:\n{}",
        t.screen()
    );
}

#[test]
fn an_exam_on_the_2016_portal_passes_by_the_other_link_too() {
    let config = common::config("en-US", walkthrough_tui::Mode::Exam);
    let scenario = common::scenario("app-password-create-2016");
    let h = walkthrough_tui::puppet::Harness::run(&scenario, config, common::SIZE).unwrap();
    let mut t = Trainee {
        h,
        procedure: "exam-2016",
        locale: "en-US".to_owned(),
    };
    t.sign_in();
    click(&mut t, "[ Settings ]");
    // "Office 365" is also the brand and the window's title: the pane's entry
    // is the line under "My app settings".
    let (x, y) = t.h.find("My app settings").unwrap();
    t.h.click_at(x, y + 1);
    // Not the step's link: the proofup page's tab, as in 2015.
    for label in [
        "Security & privacy",
        "Additional security verification",
        "Update my phone numbers",
        "app passwords",
        "[ Create ]",
    ] {
        click(&mut t, label);
    }
    t.type_text("Outlook desktop");
    t.key(Key::Enter);
    click(&mut t, "Copy password to clipboard");
    click(&mut t, "[ Mail ]");
    t.h.click_on("[____");
    t.send(Event::CtrlChar('v'));
    click(&mut t, "[ Connect ]");
    let summary = t.h.summary().expect("the goal holds: the exam is over");
    assert!(summary.finished && summary.goal_met, "{summary:?}");
    assert_eq!(summary.mode, walkthrough_tui::Mode::Exam);
}

#[test]
fn the_2016_demos_run_by_themselves_to_their_goals() {
    for id in ["app-password-create-2016", "app-password-delete-2016"] {
        let s = common::scenario(id);
        let config = common::config("ja-JP", walkthrough_tui::Mode::Demo);
        let mut h = walkthrough_tui::puppet::Harness::run(&s, config, common::SIZE).unwrap();
        for _ in 0..500 {
            if !h.is_running() {
                break;
            }
            h.step();
        }
        assert!(h.is_running(), "{id}: the demo ended by itself");
        h.key(Key::Enter);
        let summary = h.summary().unwrap();
        assert!(summary.finished && summary.goal_met, "{id}: {summary:?}");
    }
}
