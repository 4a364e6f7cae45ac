//! A newcomer with only the screen: the sign-in details are shown, the way
//! back always leads to the script's own row, the end dialog never praises a
//! goal that does not hold, and Skip never ends the program.
#![allow(clippy::unwrap_used)]

mod common;

use common::{config, scenario, Trainee, SIZE};
use cursive::event::{Event, Key};
use std::time::Duration;
use walkthrough_records::{Ending, RunMode, RunRecord, VerbKind};
use walkthrough_tui::puppet::Harness;
use walkthrough_tui::{Mode, MARK_END, MARK_START};

/// The text after `label` on the line that shows it, up to the next ` ·`
/// or ` ・` or the line's end.
fn value_after(screen: &str, label: &str) -> Option<String> {
    let line = screen.lines().find(|l| l.contains(label))?;
    let rest = &line[line.find(label)? + label.len()..];
    let end = [" ·", " ・", "│"]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .unwrap_or(rest.len());
    Some(rest[..end].trim().to_owned())
}

/// Signs in with what the screen says, the way a newcomer would.
fn sign_in_from_screen(t: &mut Trainee, account_label: &str, password_label: &str) {
    let screen = t.screen();
    let account = value_after(&screen, account_label)
        .unwrap_or_else(|| panic!("no {account_label:?} on screen:\n{screen}"));
    let password = value_after(&screen, password_label)
        .unwrap_or_else(|| panic!("no {password_label:?} on screen:\n{screen}"));
    t.type_text(&account);
    t.key(Key::Tab);
    t.type_text(&password);
    t.key(Key::Enter);
    let code = t.phone_code();
    t.type_text(&code);
    t.key(Key::Enter);
}

#[test]
fn the_sign_in_step_shows_the_training_account_in_every_language() {
    for (locale, account, password) in [
        ("en-US", "Training account:", "Password:"),
        ("ja-JP", "トレーニング用アカウント:", "パスワード:"),
    ] {
        let mut t = Trainee::new("app-password-create", "create", locale);
        sign_in_from_screen(&mut t, account, password);
        assert_eq!(
            t.step(),
            Some(1),
            "signed in from the screen:\n{}",
            t.screen()
        );
        // Past the sign-in, the details are no longer in the way.
        assert!(!t.screen().contains("Pa55word!"), "{}", t.screen());
    }
}

#[test]
fn the_exam_task_card_shows_the_training_account() {
    let mut h = Harness::run(
        &scenario("app-password-delete"),
        config("en-US", Mode::Exam),
        SIZE,
    )
    .unwrap();
    let screen = h.frame();
    assert!(
        screen.contains("trainee@contoso.onmicrosoft.com") && screen.contains("Pa55word!"),
        "{screen}"
    );
}

/// Guided delete, signed in and on the app-password list.
fn delete_on_list(locale: &str) -> Trainee {
    let mut t = Trainee::new("app-password-delete", "delete", locale);
    t.sign_in();
    while t.step().is_some_and(|s| s < 5) {
        t.click_target();
    }
    assert_eq!(t.step(), Some(5), "{}", t.screen());
    t
}

/// The line the marker is on.
fn marked_line(t: &mut Trainee) -> String {
    let screen = t.screen();
    screen
        .lines()
        .find(|l| l.contains(MARK_START))
        .unwrap_or_else(|| panic!("no marker:\n{screen}"))
        .to_owned()
}

#[test]
fn after_no_the_way_back_leads_to_the_named_row_not_another() {
    let mut t = delete_on_list("en-US");
    // The Outlook desktop row's Delete, Enter, F3, Tab, Enter (No).
    t.tab_to("app-password.2.delete");
    t.key(Key::Enter);
    t.key(Key::F3);
    t.tab_to("confirm.no");
    t.key(Key::Enter);
    let line = marked_line(&mut t);
    assert!(
        line.contains("Outlook desktop") && !line.contains("iPhone"),
        "the way back marks another row: {line}\n{}",
        t.screen()
    );
    // Following the marker reaches the confirmation about Outlook desktop.
    t.click_target();
    let screen = t.screen();
    assert!(screen.contains("Back on track"), "{screen}");
    t.click_target();
    assert_eq!(t.step(), None, "{}", t.screen());
    let summary = t.h.summary().unwrap();
    assert!(summary.goal_met, "{summary:?}\n{}", t.screen());
    // Enter by reflex on the end dialog does not start again.
    t.key(Key::Enter);
    assert_ne!(t.step(), Some(0), "Enter started the run again");
}

#[test]
fn a_wrong_confirmation_is_never_back_on_track_and_never_praised() {
    let mut t = delete_on_list("en-US");
    t.h.fix_elapsed(Duration::from_secs(60));
    t.tab_to("app-password.2.delete");
    t.key(Key::Enter);
    t.key(Key::F3);
    t.tab_to("confirm.no");
    t.key(Key::Enter);
    // The trainee opens the iPhone mail row's confirmation instead.
    t.tab_to("app-password.1.delete");
    t.key(Key::Enter);
    let screen = t.screen();
    assert!(!screen.contains("Back on track"), "{screen}");
    // What is marked there is the way out, No; never Yes.
    let marked: Vec<&str> = screen
        .lines()
        .filter_map(|l| {
            let from = l.find(MARK_START)?;
            let rest = &l[from..];
            Some(rest.find(MARK_END).map_or(rest, |to| &rest[..to]))
        })
        .collect();
    assert!(
        marked.iter().all(|m| !m.contains("Yes")),
        "Yes is marked on the wrong confirmation:\n{screen}"
    );
    assert!(
        marked.iter().any(|m| m.contains("No")),
        "the way out, No, is not marked:\n{screen}"
    );
    // Yes deletes iPhone mail: a wrong action, and the step is not done.
    t.tab_to("confirm.yes");
    t.key(Key::Enter);
    assert_eq!(t.step(), Some(7), "{}", t.screen());
    let line = marked_line(&mut t);
    assert!(line.contains("Outlook desktop"), "{line}\n{}", t.screen());
}

/// Clicks the first place `text` is shown, or fails with the screen.
fn click(t: &mut Trainee, text: &str) {
    assert!(
        t.h.click_on(text),
        "{text:?} is not on screen:\n{}",
        t.screen()
    );
}

/// The languages' words for the wrong-name exam: the Mail button, and what
/// the result says about the name and the mail app.
const WRONG_NAME: [(&str, &str, &str, &str); 2] = [
    (
        "en-US",
        "[ Mail ]",
        "no app password named “Outlook desktop”; the one created",
        "The mail app is connected with “Outlook”, not with",
    ),
    (
        "ja-JP",
        "[ メール ]",
        "「Outlook desktop」という名前のアプリ",
        "「Outlook desktop」ではなく「Outlook」",
    ),
];

/// An exam of the create procedure, done with the name `Outlook` and the
/// mail app connected with it: the goal does not hold, the exam goes on.
fn wrong_name_exam(locale: &str, mail: &str, time_limit: Option<Duration>) -> Trainee {
    let mut c = config(locale, Mode::Exam);
    c.time_limit = time_limit;
    let mut h = Harness::run(&scenario("app-password-create"), c, SIZE).unwrap();
    h.fix_elapsed(Duration::from_secs(95));
    let mut t = Trainee {
        h,
        procedure: "exam",
        locale: locale.to_owned(),
    };
    let task = t.screen();
    assert!(
        task.contains("“Outlook desktop”") || task.contains("「Outlook desktop」"),
        "the task does not quote the name:\n{task}"
    );
    t.sign_in();
    // The way there, by the element ids the trainee tabs to.
    for id in [
        "suite.settings",
        "settings-menu.office365-settings",
        "nav.additional-security-verification",
        "asv.update-phone-numbers",
        "proofup.tab.app-passwords",
        "app-passwords.create",
    ] {
        t.tab_to(id);
        t.key(Key::Enter);
    }
    t.type_text("Outlook");
    t.key(Key::Enter);
    t.tab_to("new-app-password.copy");
    t.key(Key::Enter);
    click(&mut t, mail);
    t.tab_to("mail.password");
    t.send(Event::CtrlChar('v'));
    t.tab_to("mail.connect");
    t.key(Key::Enter);
    // The goal does not hold: the exam goes on.
    assert!(t.h.summary().is_none(), "{}", t.screen());
    t
}

#[test]
fn a_handed_in_exam_names_each_failed_condition() {
    for (locale, mail, name_line, mail_line) in WRONG_NAME {
        let mut t = wrong_name_exam(locale, mail, None);
        t.key(Key::F4);
        let screen = t.screen();
        assert!(screen.contains(name_line), "{screen}");
        assert!(screen.contains(mail_line), "{screen}");
        let summary = t.h.summary().unwrap();
        assert!(summary.finished && !summary.goal_met, "{summary:?}");
        // The result stays inside the portal's window: its bottom border is whole.
        let lines: Vec<&str> = screen.lines().collect();
        let taskbar = lines.iter().position(|l| l.contains(mail)).unwrap();
        let border = lines[taskbar - 1];
        assert!(
            border.starts_with('└') && border.chars().filter(|c| *c == '┘').count() == 1,
            "the result crosses the window's border:\n{screen}"
        );
        t.snap("handed-in-wrong-name");
    }
}

#[test]
fn time_up_names_each_failed_condition() {
    for (locale, mail, name_line, mail_line) in WRONG_NAME {
        let mut t = wrong_name_exam(locale, mail, Some(Duration::from_secs(300)));
        t.h.fix_elapsed(Duration::from_secs(301));
        t.h.step();
        let summary = t.h.summary().expect("the time limit ends the exam");
        assert!(summary.timed_out && !summary.goal_met, "{summary:?}");
        let screen = t.screen();
        assert!(
            screen.contains("Time is up") || screen.contains("時間切れ"),
            "{screen}"
        );
        assert!(screen.contains(name_line), "{screen}");
        assert!(screen.contains(mail_line), "{screen}");
    }
}

#[test]
fn an_exam_note_goes_when_the_screen_changes() {
    let mut h = Harness::run(
        &scenario("app-password-create"),
        config("en-US", Mode::Exam),
        SIZE,
    )
    .unwrap();
    h.fix_elapsed(Duration::from_secs(95));
    let mut t = Trainee {
        h,
        procedure: "exam",
        locale: "en-US".into(),
    };
    t.sign_in();
    t.key(Key::F1);
    let hint = t.screen();
    assert!(hint.contains("Hint:"), "{hint}");
    t.tab_to("suite.settings");
    t.key(Key::Enter);
    t.tab_to("settings-menu.office365-settings");
    t.key(Key::Enter);
    let screen = t.screen();
    assert!(!screen.contains("Hint:"), "a stale note:\n{screen}");
}

#[test]
fn deleting_the_wrong_app_password_ends_without_praise() {
    let mut t = delete_on_list("en-US");
    t.h.fix_elapsed(Duration::from_secs(60));
    // The iPhone mail row, confirmed; then the marker to the end.
    t.tab_to("app-password.1.delete");
    t.key(Key::Enter);
    t.tab_to("confirm.yes");
    t.key(Key::Enter);
    // Follow the marker to the end: Outlook desktop is deleted too.
    for _ in 0..10 {
        if t.step().is_none() {
            break;
        }
        if t.h.find(MARK_START).is_some() {
            t.click_target();
        } else {
            t.key(Key::F3);
        }
    }
    let summary = t.h.summary().unwrap();
    assert!(summary.finished);
    let screen = t.screen();
    assert!(!screen.contains("Well done"), "{screen}");
    assert!(
        screen.contains("“iPhone mail” was deleted"),
        "the end dialog does not say what is wrong:\n{screen}"
    );
    assert!(
        !screen.contains("“Outlook desktop” was deleted"),
        "{screen}"
    );
    assert!(screen.contains("Score: "), "{screen}");
    assert!(summary.wrong_actions >= 1, "{summary:?}");
    // The goal keeps the other app passwords: it does not hold, score 0.
    assert!(!summary.goal_met, "{summary:?}");
    t.snap("done-wrong-row");
    // Its training record says so: failed, no success, the score the dialog shows.
    let record = record_of(&summary);
    assert_eq!(record.verb(), VerbKind::Failed, "{summary:?}");
    let line = record.statement().to_line().unwrap();
    assert!(line.contains("\"success\":false"), "{line}");
    assert!(
        screen.contains(&format!("Score: {}", record.score())),
        "{screen}"
    );
}

/// The training record of a guided or exam run, as the program keeps it.
fn record_of(summary: &walkthrough_tui::RunSummary) -> RunRecord {
    RunRecord {
        trainee: "aiko".into(),
        scenario: summary.scenario.clone(),
        titles: [("en-US".to_owned(), summary.scenario.clone())].into(),
        language: summary.locale.to_string(),
        mode: match summary.mode {
            Mode::Exam => RunMode::Exam,
            _ => RunMode::Guided,
        },
        ending: if summary.timed_out {
            Ending::TimedOut
        } else if summary.finished {
            Ending::Finished
        } else {
            Ending::Abandoned
        },
        goal_met: summary.goal_met,
        steps: summary.steps,
        duration: summary.elapsed,
        step_times: summary.step_times.clone(),
        wrong_actions: summary.wrong_actions,
        hints: summary.hints,
        skipped: summary.skipped,
        seed: None,
        time_limit: summary.time_limit,
        timestamp: jiff::Timestamp::UNIX_EPOCH,
        verb_words: Default::default(),
        home_page: "https://localhost/walkthrough/test".into(),
        registration: uuid::Uuid::nil(),
    }
}

/// Esc → Skip this step (the third entry of the guided menu).
fn skip(t: &mut Trainee) {
    t.key(Key::Esc);
    t.key(Key::Down);
    t.key(Key::Down);
    t.key(Key::Enter);
}

#[test]
fn skip_on_a_locked_account_says_why_and_keeps_going() {
    for (locale, cannot) in [
        ("en-US", "cannot do this step for you"),
        ("ja-JP", "この手順を代わりに実行できません"),
    ] {
        let mut t = Trainee::new("app-password-create", "create", locale);
        t.type_text("trainee@contoso.onmicrosoft.com");
        t.key(Key::Tab);
        for _ in 0..10 {
            t.send(Event::CtrlChar('u'));
            t.type_text("wrong");
            t.key(Key::Enter);
        }
        skip(&mut t);
        assert!(t.h.is_running(), "Skip ended the program");
        let screen = t.screen();
        assert!(screen.contains(cannot), "{screen}");
        assert!(!screen.contains("portal-error-locked"), "{screen}");
        assert_eq!(t.step(), Some(0));
        t.snap("skip-locked");
        // Start again (the second entry) begins with a fresh account.
        t.key(Key::Esc);
        t.key(Key::Down);
        t.key(Key::Enter);
        t.sign_in();
        assert_eq!(t.step(), Some(1), "{}", t.screen());
    }
}

#[test]
fn a_step_whose_control_is_absent_says_so_and_skip_keeps_going() {
    let mut s = scenario("app-password-create");
    s.fixture.app_passwords_allowed = false;
    let h = Harness::run(&s, config("en-US", Mode::Guided), SIZE).unwrap();
    let mut t = Trainee {
        h,
        procedure: "create",
        locale: "en-US".to_owned(),
    };
    t.sign_in();
    while t.step().is_some_and(|n| n < 4) {
        t.click_target();
    }
    assert_eq!(t.step(), Some(4), "{}", t.screen());
    let screen = t.screen();
    assert!(
        !screen.contains(MARK_START),
        "a marker on nothing:\n{screen}"
    );
    assert!(screen.contains("not on any page you can reach"), "{screen}");
    skip(&mut t);
    assert!(t.h.is_running(), "Skip ended the program");
    let screen = t.screen();
    assert!(screen.contains("cannot do this step for you"), "{screen}");
    assert_eq!(t.step(), Some(4));
}

#[test]
fn f2_and_the_menus_offer_the_real_languages_and_mark_the_current_one() {
    let mut t = Trainee::new("app-password-create", "create", "ja-JP");
    t.key(Key::F2);
    assert_eq!(t.h.locale().unwrap().to_string(), "en-US");
    t.key(Key::F2);
    assert_eq!(t.h.locale().unwrap().to_string(), "ja-JP");
    // Esc → Change language (after Continue, Start again, Skip this step).
    t.key(Key::Esc);
    for _ in 0..3 {
        t.key(Key::Down);
    }
    t.key(Key::Enter);
    let screen = t.screen();
    assert!(screen.contains("日本語 (現在の言語)"), "{screen}");
    assert!(screen.contains("English (US)"), "{screen}");
    assert!(!screen.contains("Éñĝ"), "{screen}");
    assert_eq!(screen.matches("English").count(), 1, "{screen}");
    // The start menu offers the same two.
    let mut h =
        Harness::start_menu(&common::library(), config("en-US", Mode::Guided), SIZE).unwrap();
    let menu = h.frame();
    assert_eq!(menu.matches("English").count(), 1, "{menu}");
    // --lang en-XA keeps the pseudo-locale for translators.
    let mut x = Trainee::new("app-password-create", "create", "en-XA");
    x.key(Key::F2);
    assert_eq!(x.h.locale().unwrap().to_string(), "en-US");
}

#[test]
fn demo_mode_owns_space_and_right() {
    let mut cfg = config("en-US", Mode::Demo);
    // A long pause: only the keys move the demo on.
    cfg.pause = Duration::from_secs(3600);
    let mut h = Harness::run(&scenario("app-password-create"), cfg, SIZE).unwrap();
    assert_eq!(h.step_index(), Some(0));
    // → performs the next action, whatever control has the focus: the five
    // actions of the sign-in step, then the next step begins.
    for _ in 0..5 {
        h.key(Key::Right);
    }
    assert_eq!(h.step_index(), Some(1), "{}", h.frame());
    h.send(Event::Char(' '));
    assert!(h.frame().contains("Paused"), "{}", h.frame());
    h.send(Event::Char(' '));
    assert!(!h.frame().contains("Paused"), "{}", h.frame());
}

#[test]
fn after_signing_out_the_way_back_is_to_sign_in_again() {
    let mut t = Trainee::new("app-password-create", "create", "en-US");
    t.sign_in();
    while t.step().is_some_and(|s| s < 4) {
        t.click_target();
    }
    assert_eq!(t.step(), Some(4), "{}", t.screen());
    t.tab_to("proofup.sign-out");
    t.key(Key::Enter);
    let screen = t.screen();
    assert!(screen.contains("sign in again"), "{screen}");
    assert!(screen.contains("Password: Pa55word!"), "{screen}");
    assert!(
        screen.contains(MARK_START),
        "no marker after signing out:\n{screen}"
    );
    // Signing in again, then following the marker, gets back to the step.
    sign_in_from_screen(&mut t, "Training account:", "Password:");
    for _ in 0..10 {
        if t.step() != Some(4) || t.h.find(MARK_START).is_none() {
            break;
        }
        let before = t.screen();
        t.click_target();
        if t.step() == Some(5) || t.screen() == before {
            break;
        }
    }
    assert_eq!(t.step(), Some(5), "{}", t.screen());
    // Signing out was the one mistake; signing in again was none.
    t.h.fix_elapsed(Duration::from_secs(1));
    let wrong = {
        t.key(Key::Esc);
        t.key(Key::Down);
        t.key(Key::Down);
        t.key(Key::Down);
        t.key(Key::Down);
        t.key(Key::Enter);
        t.key(Key::Enter);
        t.h.summary().unwrap().wrong_actions
    };
    assert_eq!(wrong, 1);
}

/// The delete scenario with five app passwords, Outlook desktop last.
fn five_rows() -> walkthrough_scenario::Scenario {
    let mut s = scenario("app-password-delete");
    // Outlook desktop last of five rows.
    let outlook = s.fixture.app_passwords.remove(1);
    for name in ["Android mail", "Thunderbird"] {
        let mut extra = s.fixture.app_passwords[0].clone();
        extra.name = name.to_owned();
        s.fixture.app_passwords.push(extra);
    }
    s.fixture.app_passwords.push(outlook);
    s
}

/// A mouse wheel notch at the middle of the portal.
fn wheel(t: &mut Trainee, event: cursive::event::MouseEvent) {
    t.send(Event::Mouse {
        offset: cursive::Vec2::zero(),
        position: cursive::Vec2::new(40, 10),
        event,
    });
}

#[test]
fn the_mouse_wheel_scrolls_the_portal() {
    use cursive::event::MouseEvent;
    let h = Harness::run(&five_rows(), config("en-XA", Mode::Guided), (80, 24)).unwrap();
    let mut t = Trainee {
        h,
        procedure: "delete",
        locale: "en-XA".to_owned(),
    };
    t.sign_in();
    while t.step().is_some_and(|s| s < 5) {
        t.click_target();
    }
    let at_target = t.screen();
    assert!(at_target.contains(MARK_START), "{at_target}");
    for _ in 0..5 {
        wheel(&mut t, MouseEvent::WheelUp);
    }
    let up = t.screen();
    assert_ne!(up, at_target, "the wheel did not scroll");
    assert!(!up.contains(MARK_START), "{up}");
    for _ in 0..10 {
        wheel(&mut t, MouseEvent::WheelDown);
    }
    assert!(t.screen().contains(MARK_START), "{}", t.screen());
}

#[test]
fn the_marked_target_is_on_screen_at_80_by_24() {
    let s = five_rows();
    for locale in ["en-US", "en-XA"] {
        let h = Harness::run(&s, config(locale, Mode::Guided), (80, 24)).unwrap();
        let mut t = Trainee {
            h,
            procedure: "delete",
            locale: locale.to_owned(),
        };
        t.sign_in();
        for _ in 0..10 {
            if t.step() == Some(5) {
                break;
            }
            t.click_target();
        }
        assert_eq!(t.step(), Some(5), "{}", t.screen());
        let screen = t.screen();
        assert!(
            screen.contains(MARK_START),
            "the target is below the fold:\n{screen}"
        );
        t.click_target();
        assert_eq!(t.step(), Some(6), "{}", t.screen());
    }
}

#[test]
fn esc_closes_an_open_menu_first_and_closing_it_is_no_mistake() {
    let mut t = Trainee::new("app-password-create", "create", "en-US");
    t.sign_in();
    assert_eq!(t.step(), Some(1));
    // The gear opens its menu (the step's first action); Esc closes it, as in
    // the browser, instead of opening the walkthrough's menu.
    t.click_target();
    assert!(t.screen().contains("Office 365 settings"), "{}", t.screen());
    t.key(Key::Esc);
    let screen = t.screen();
    assert!(
        !screen.contains("Continue"),
        "the app menu opened:\n{screen}"
    );
    assert!(!screen.contains("Office 365 settings"), "{screen}");
    assert!(!screen.contains("That is not this step"), "{screen}");
    // A click beside the open menu closes it too, and is no mistake either.
    t.click_target();
    t.h.click_at(5, 20);
    assert!(
        !t.screen().contains("That is not this step"),
        "{}",
        t.screen()
    );
    // On by the marker; the menu closed twice cost nothing.
    t.click_target();
    t.click_target();
    assert_eq!(t.step(), Some(2), "{}", t.screen());
    t.send(Event::Char('q'));
    t.key(Key::Left);
    t.key(Key::Enter);
    let summary = t.h.summary().unwrap();
    assert_eq!(summary.wrong_actions, 0, "{summary:?}");
}

/// Guided create, up to step 8 with the password copied.
fn create_at_step_8(locale: &str) -> Trainee {
    let mut t = Trainee::new("app-password-create", "create", locale);
    t.sign_in();
    while t.step().is_some_and(|s| s < 6) {
        t.click_target();
    }
    t.type_text("Outlook desktop");
    t.key(Key::Enter);
    assert_eq!(t.step(), Some(7), "{}", t.screen());
    t.click_target();
    t
}

#[test]
fn tab_and_shift_tab_reach_the_taskbar_mail_and_enter_opens_it() {
    for back in [false, true] {
        let mut t = create_at_step_8("en-US");
        let key = if back {
            Event::Shift(Key::Tab)
        } else {
            Event::Key(Key::Tab)
        };
        let mut seen = Vec::new();
        for _ in 0..12 {
            if t.h.focused().as_deref() == Some("taskbar.mail") {
                break;
            }
            seen.push(t.h.focused());
            t.send(key.clone());
        }
        assert_eq!(
            t.h.focused().as_deref(),
            Some("taskbar.mail"),
            "{key:?} went round {seen:?}\n{}",
            t.screen()
        );
        t.key(Key::Enter);
        t.send(Event::CtrlChar('v'));
        t.key(Key::Enter);
        assert_eq!(t.step(), None, "{}", t.screen());
        assert!(t.h.summary().unwrap().goal_met);
    }
}

#[test]
fn tab_goes_round_every_control_of_a_page_and_the_taskbar() {
    let mut t = delete_on_list("en-US");
    let mut seen = Vec::new();
    for _ in 0..40 {
        t.key(Key::Tab);
        let f = t.h.focused().unwrap();
        if seen.contains(&f) {
            break;
        }
        seen.push(f);
    }
    for id in [
        "proofup.sign-out",
        "app-password.1.delete",
        "app-password.2.delete",
        "taskbar.browser",
        "taskbar.mail",
    ] {
        assert!(
            seen.iter().any(|s| s == id),
            "Tab never reached {id}: {seen:?}"
        );
    }
    // The key line says how.
    assert!(t.screen().contains("Shift+Tab"), "{}", t.screen());
}

#[test]
fn a_confirmation_focuses_no() {
    let mut t = delete_on_list("en-US");
    t.click_target();
    assert!(t.screen().contains("[ No ]"), "{}", t.screen());
    assert_eq!(t.h.focused().as_deref(), Some("confirm.no"));
    // Enter by reflex keeps the app password.
    t.key(Key::Enter);
    assert!(t.screen().contains("Outlook desktop"), "{}", t.screen());
    assert_eq!(t.h.summary(), None);
}

#[test]
fn the_exam_first_focus_is_the_main_content_not_sign_out() {
    let mut h = Harness::run(
        &scenario("app-password-create"),
        config("en-US", Mode::Exam),
        SIZE,
    )
    .unwrap();
    h.type_text("trainee@contoso.onmicrosoft.com");
    h.key(Key::Tab);
    h.type_text("Pa55word!");
    h.key(Key::Enter);
    let mut t = Trainee {
        h,
        procedure: "exam",
        locale: "en-US".into(),
    };
    let code = t.phone_code();
    t.type_text(&code);
    t.key(Key::Enter);
    let focused = t.h.focused().unwrap_or_default();
    assert!(
        !focused.contains("sign-out") && !focused.starts_with("suite") && !focused.is_empty(),
        "first focus {focused:?}:\n{}",
        t.screen()
    );
    // Pages whose main content has no control start in a column, never on
    // the top bar: Office 365 settings, then Additional security verification.
    for id in [
        "suite.settings",
        "settings-menu.office365-settings",
        "nav.additional-security-verification",
    ] {
        t.tab_to(id);
        t.key(Key::Enter);
        let focused = t.h.focused().unwrap_or_default();
        assert!(
            !focused.starts_with("suite") && !focused.is_empty(),
            "after {id}, first focus {focused:?}:\n{}",
            t.screen()
        );
    }
}

#[test]
fn ctrl_c_says_in_the_guide_that_it_copies_and_how_to_quit() {
    let mut t = delete_on_list("en-US");
    t.send(Event::CtrlChar('c'));
    assert!(t.h.is_running());
    let screen = t.screen();
    assert!(
        screen.contains("Ctrl+C copies") && screen.contains("To quit"),
        "{screen}"
    );
}

#[test]
fn key_lines_break_between_entries_never_inside_one() {
    let localizer = common::localizer();
    for locale in ["en-US", "ja-JP"] {
        for (mode, id) in [
            (Mode::Exam, "tui-keys-exam"),
            (Mode::Guided, "tui-keys-guided"),
        ] {
            for size in [SIZE, (80, 24)] {
                let mut h =
                    Harness::run(&scenario("app-password-create"), config(locale, mode), size)
                        .unwrap();
                let screen = h.frame().replace('\u{a0}', " ");
                let line = localizer.format(&common::lang(locale), id, &[]);
                for entry in line.split(" · ") {
                    let entry = entry.replace('\u{a0}', " ");
                    assert!(
                        screen.contains(&entry),
                        "{locale} {size:?}: the key {entry:?} is broken:\n{screen}"
                    );
                }
            }
        }
    }
}

#[test]
fn closing_the_one_time_password_unread_leads_to_creating_another() {
    let mut t = Trainee::new("app-password-create", "create", "en-US");
    t.sign_in();
    while t.step().is_some_and(|s| s < 6) {
        t.click_target();
    }
    t.type_text("Outlook desktop");
    t.key(Key::Enter);
    assert_eq!(t.step(), Some(7), "{}", t.screen());
    // Close the one-time password dialog without copying.
    t.tab_to("new-app-password.close");
    t.key(Key::Enter);
    let screen = t.screen();
    assert!(!screen.contains("Your app password"), "{screen}");
    // A marker, and F1 says what to do from here, not the step's own hint.
    let line = marked_line(&mut t);
    assert!(line.contains("Create"), "{line}\n{screen}");
    t.key(Key::F1);
    let screen = t.screen();
    assert!(screen.contains("create another one"), "{screen}");
    // Following the marker: Create, the name, Next, then the step goes on.
    t.click_target();
    assert!(marked_line(&mut t).contains("[____"), "{}", t.screen());
    t.type_text("Outlook desktop");
    t.click_target();
    assert!(t.screen().contains("Your app password"), "{}", t.screen());
    t.click_target();
    t.click_target();
    t.send(Event::CtrlChar('v'));
    t.key(Key::Enter);
    assert_eq!(t.step(), None, "{}", t.screen());
    let summary = t.h.summary().unwrap();
    assert!(
        summary.finished && summary.goal_met,
        "{summary:?}\n{}",
        t.screen()
    );
}

#[test]
fn the_demo_last_frame_stays_until_a_key_or_the_given_time() {
    let run_to_end = |end: Option<Duration>| {
        let mut cfg = config("en-US", Mode::Demo);
        cfg.demo_end = end;
        let mut h = Harness::run(&scenario("app-password-create"), cfg, SIZE).unwrap();
        for _ in 0..400 {
            if !h.is_running() || h.frame().contains("Finished") {
                break;
            }
            h.step();
        }
        h
    };
    let mut h = run_to_end(None);
    for _ in 0..50 {
        h.step();
    }
    assert!(h.is_running(), "the demo ended by itself");
    let frame = h.frame();
    assert!(frame.contains("Finished: the goal holds"), "{frame}");
    // The key line says what is possible now, and nothing more.
    assert!(frame.contains("Enter close"), "{frame}");
    assert!(!frame.contains("Space pause"), "{frame}");
    h.key(Key::Enter);
    assert!(!h.is_running(), "{}", h.frame());

    let mut h = run_to_end(Some(Duration::ZERO));
    for _ in 0..50 {
        if !h.is_running() {
            break;
        }
        h.step();
    }
    assert!(
        !h.is_running(),
        "told how long, the demo ends:\n{}",
        h.frame()
    );
}

#[test]
fn a_scenario_may_leave_its_sign_in_details_out() {
    let mut s = scenario("app-password-create");
    s.sign_in_shown = false;
    for mode in [Mode::Guided, Mode::Exam] {
        let mut h = Harness::run(&s, config("en-US", mode), SIZE).unwrap();
        let screen = h.frame();
        assert!(
            !screen.contains("Pa55word!") && !screen.contains("Training account"),
            "{mode:?}:\n{screen}"
        );
    }
}

#[test]
fn in_guided_create_another_name_than_the_scripts_does_not_pass() {
    let mut t = Trainee::new("app-password-create", "create", "en-US");
    t.sign_in();
    while t.step().is_some_and(|s| s < 6) {
        t.click_target();
    }
    t.type_text("Outlook");
    t.key(Key::Enter);
    t.click_target();
    t.click_target();
    t.send(Event::CtrlChar('v'));
    t.key(Key::Enter);
    assert_eq!(t.step(), None, "{}", t.screen());
    let summary = t.h.summary().unwrap();
    assert!(!summary.goal_met, "{summary:?}");
    let screen = t.screen();
    assert!(!screen.contains("Well done"), "{screen}");
    assert!(
        screen.contains("no app password named “Outlook desktop”"),
        "{screen}"
    );
}
