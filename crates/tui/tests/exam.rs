//! Exam mode as a trainee meets it: only the task, no step text and no
//! marker; any way to the goal passes; hints cost points; a time limit ends
//! the run; every attempt that ends is kept for the training records.
#![allow(clippy::unwrap_used)]

mod common;

use common::{config, scenario, Trainee, LOCALES, SIZE};
use cursive::event::{Event, Key};
use std::time::Duration;
use walkthrough_tui::puppet::Harness;
use walkthrough_tui::{Mode, RunConfig, MARK_START};

/// A trainee taking the exam of `scenario_id`, the shown time fixed.
fn examinee(scenario_id: &str, procedure: &'static str, locale: &str) -> Trainee {
    examinee_with(scenario_id, procedure, locale, config(locale, Mode::Exam))
}

fn examinee_with(
    scenario_id: &str,
    procedure: &'static str,
    locale: &str,
    config: RunConfig,
) -> Trainee {
    let mut h = Harness::run(&scenario(scenario_id), config, SIZE).unwrap();
    h.fix_elapsed(Duration::from_secs(95));
    // The clock's next tick draws the time left with the fixed time.
    h.step();
    Trainee {
        h,
        procedure,
        locale: locale.to_owned(),
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

/// From home to the app-password list, by the labels alone (en-US).
fn to_app_passwords(t: &mut Trainee) {
    for label in [
        "[ Settings ]",
        "Office 365 settings",
        "Additional security verification",
        "Update my phone numbers",
        "app passwords",
    ] {
        click(t, label);
    }
}

fn create_and_connect(t: &mut Trainee, name: &str) {
    click(t, "[ Create ]");
    t.type_text(name);
    t.key(Key::Enter);
    click(t, "Copy password to clipboard");
    click(t, "[ Mail ]");
    t.h.click_on("[____");
    t.send(Event::CtrlChar('v'));
    click(t, "[ Connect ]");
}

#[test]
fn an_exam_shows_the_task_only_in_every_language() {
    for locale in LOCALES {
        let mut t = examinee("app-password-create", "exam", locale);
        let screen = t.screen();
        assert!(
            !screen.contains(MARK_START),
            "a marker in an exam:\n{screen}"
        );
        t.snap("start");
        // Signed in: still the task, never a step's text, never a marker.
        t.sign_in();
        let screen = t.screen();
        assert!(
            !screen.contains(MARK_START),
            "a marker in an exam:\n{screen}"
        );
        t.snap("home");
    }
}

#[test]
fn any_way_to_the_goal_passes_and_ends_with_a_score() {
    let mut t = examinee("app-password-create", "exam", "en-US");
    t.sign_in();
    // A wrong turn: the portal really goes there, and the exam says nothing.
    click(&mut t, "[ Help ]");
    let screen = t.screen();
    assert!(screen.contains("Help"), "the portal went there:\n{screen}");
    for guided_note in ["not this step", "way back"] {
        assert!(!screen.contains(guided_note), "{screen}");
    }
    t.key(Key::Esc);
    t.key(Key::Esc);
    to_app_passwords(&mut t);
    assert!(t.h.summary().is_none(), "ended early:\n{}", t.screen());
    create_and_connect(&mut t, "Outlook desktop");
    let summary = t.h.summary().expect("the goal holds: the exam is over");
    assert!(summary.finished && summary.goal_met, "{summary:?}");
    assert_eq!(summary.mode, Mode::Exam);
    assert!(summary.wrong_actions >= 1, "{summary:?}");
    assert_eq!(summary.hints, 0);
    assert_eq!(summary.steps, 8);
    assert_eq!(summary.step_times.len(), 8);
    let screen = t.screen();
    assert!(screen.contains("Passed: the goal holds."), "{screen}");
    // 100 − 5 per wrong action; 95 s is within par for eight steps.
    let expected = 100 - 5 * summary.wrong_actions;
    assert!(
        screen.contains(&format!("Score: {expected} / 100")),
        "{screen}"
    );
    assert_eq!(t.h.runs().len(), 1);
}

#[test]
fn the_result_screen_in_every_language() {
    for locale in ["en-US", "ja-JP"] {
        let mut t = examinee("app-password-delete", "exam", locale);
        t.sign_in();
        // The delete exam: to the list, then Delete on the row and Yes.
        let (settings, o365, asv, phones, tab, yes) = if locale == "ja-JP" {
            (
                "[ 設定 ]",
                "Office 365 の設定",
                "追加のセキュリティ確認",
                "アカウントのセキュリティ",
                "アプリ パスワード",
                "[ はい ]",
            )
        } else {
            (
                "[ Settings ]",
                "Office 365 settings",
                "Additional security verification",
                "Update my phone numbers",
                "app passwords",
                "[ Yes ]",
            )
        };
        for label in [settings, o365, asv, phones] {
            click(&mut t, label);
        }
        // The tab, not the page title: the second place the words are shown.
        let (x, y) = t.h.find(tab).unwrap();
        let row = t.screen().lines().nth(y).unwrap().to_owned();
        assert!(
            row.contains(asv) || row.contains(&asv.to_lowercase()),
            "{row}"
        );
        t.h.click_at(x + 1, y);
        t.snap("delete-list");
        // Delete on the row of the password the task names.
        let del = if locale == "ja-JP" {
            "[ 削除 ]"
        } else {
            "[ Delete ]"
        };
        let screen = t.screen();
        let rows: Vec<(usize, &str)> = screen
            .lines()
            .enumerate()
            .filter(|(_, line)| line.contains("Outlook desktop") && line.contains(del))
            .collect();
        assert_eq!(rows.len(), 1, "{screen}");
        let (y, line) = rows[0];
        t.h.click_at(unicode_col(line, del) + 1, y);
        click(&mut t, yes);
        let summary = t.h.summary().expect("deleted: the exam is over");
        assert!(summary.goal_met, "{summary:?}");
        t.snap("delete-result");
    }
}

/// The display column where `needle` starts in `line`.
fn unicode_col(line: &str, needle: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    let byte = line
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {line:?}"));
    line[..byte].width()
}

#[test]
fn a_hint_is_there_but_costs_points() {
    let mut t = examinee("app-password-create", "exam", "en-US");
    t.sign_in();
    t.key(Key::F1);
    let screen = t.screen();
    assert!(!screen.contains(MARK_START), "{screen}");
    t.snap("hint");
    to_app_passwords(&mut t);
    create_and_connect(&mut t, "Outlook desktop");
    let summary = t.h.summary().unwrap();
    assert_eq!(summary.hints, 1);
    let expected = 100 - 10 - 5 * summary.wrong_actions;
    assert!(
        t.screen().contains(&format!("Score: {expected} / 100")),
        "{}",
        t.screen()
    );
}

#[test]
fn the_time_left_is_shown_and_the_limit_ends_the_exam() {
    let mut c = config("en-US", Mode::Exam);
    c.time_limit = Some(Duration::from_secs(300));
    let mut t = examinee_with("app-password-create", "exam", "en-US", c);
    // 95 s shown as spent: 3 min 25 s left.
    assert!(t.screen().contains("Time left: 3:25"), "{}", t.screen());
    t.snap("time-left");

    let mut c = config("ja-JP", Mode::Exam);
    c.time_limit = Some(Duration::from_millis(200));
    let mut h = Harness::run(&scenario("app-password-create"), c, SIZE).unwrap();
    std::thread::sleep(Duration::from_millis(250));
    for _ in 0..20 {
        h.step();
        if h.summary().is_some() {
            break;
        }
    }
    let summary = h.summary().expect("the time limit ends the exam");
    assert!(summary.timed_out && !summary.goal_met && !summary.finished);
    assert_eq!(summary.time_limit, Some(Duration::from_millis(200)));
    // The recorded time is the limit, not a moment more.
    assert_eq!(summary.elapsed, Duration::from_millis(200));
    let screen = h.frame();
    assert!(screen.contains("時間切れです"), "{screen}");
    assert!(screen.contains("得点: 0 / 100"), "{screen}");
    // Nothing more is taken after the end.
    h.type_text("trainee@contoso.onmicrosoft.com");
    assert_eq!(h.runs().len(), 1);
    // (The task card shows the account; the field stays empty.)
    assert!(!h.frame().contains("[trainee@contoso"), "{}", h.frame());
}

/// An exam's silent script passes the steps whose views the portal shows,
/// which proves nothing of them: an attempt left before its goal holds has
/// no finished step, so no step times.
#[test]
fn an_exam_left_before_its_goal_holds_has_no_step_times() {
    let mut t = examinee("app-password-create", "exam", "en-US");
    t.sign_in();
    to_app_passwords(&mut t);
    t.key(Key::Esc);
    assert!(t.h.click_on("Start again"), "{}", t.screen());
    let runs = t.h.runs();
    assert_eq!(runs.len(), 1, "{runs:?}");
    assert!(!runs[0].goal_met, "{runs:?}");
    assert_eq!(runs[0].step_times, Vec::<Duration>::new(), "{runs:?}");
}

#[test]
fn every_attempt_that_ends_is_kept() {
    let mut t = examinee("app-password-create", "exam", "en-US");
    t.sign_in();
    // Esc → menu → start again: the first attempt is kept, abandoned.
    t.key(Key::Esc);
    assert!(t.h.click_on("Start again"), "{}", t.screen());
    let runs = t.h.runs();
    assert_eq!(runs.len(), 1, "{runs:?}");
    assert!(!runs[0].finished && !runs[0].goal_met && runs[0].mode == Mode::Exam);
    // The second attempt, quit from the menu, is kept too.
    t.key(Key::Esc);
    assert!(t.h.click_on("Quit"), "{}", t.screen());
    t.key(Key::Enter);
    let runs = t.h.runs();
    assert_eq!(runs.len(), 2, "{runs:?}");
    assert!(!runs[1].finished);
}

#[test]
fn the_start_menu_starts_an_exam() {
    let mut h =
        Harness::start_menu(&common::library(), config("en-US", Mode::Guided), SIZE).unwrap();
    assert!(h.click_on("Exam: only the task"), "{}", h.frame());
    assert!(h.click_on("<Start>"), "{}", h.frame());
    let screen = h.frame();
    assert!(screen.contains("· Exam ├"), "{screen}");
    assert!(screen.contains("Your task"), "{screen}");
    assert!(!screen.contains("Step 1 of 8"), "{screen}");
    assert!(!screen.contains(MARK_START), "{screen}");
}

/// A password the task did not ask for, then the one it names: the goal, as
/// the session judges it, does not hold (no app password may be created
/// that the procedure does not name), so the exam goes on; handed in, it is
/// not passed and names the extra one. Deleting the extra one passes.
#[test]
fn an_app_password_the_task_did_not_ask_for_keeps_the_exam_open() {
    // (The dialog wraps the line after these words.)
    let created_other = "An app password named “My Outlook” was created";
    for hand_in in [true, false] {
        let mut t = examinee("app-password-create", "exam", "en-US");
        t.sign_in();
        to_app_passwords(&mut t);
        create_and_connect(&mut t, "My Outlook");
        click(&mut t, "[ Browser ]");
        click(&mut t, "[ Close ]");
        create_and_connect(&mut t, "Outlook desktop");
        assert!(
            t.h.summary().is_none(),
            "passed with an extra app password:\n{}",
            t.screen()
        );
        if hand_in {
            t.key(Key::F4);
            let summary = t.h.summary().expect("handed in");
            assert!(summary.finished && !summary.goal_met, "{summary:?}");
            let screen = t.screen();
            assert!(!screen.contains("Passed"), "{screen}");
            assert!(screen.contains(created_other), "{screen}");
            // The named password is there: nothing says it is missing.
            assert!(!screen.contains("There is no app password"), "{screen}");
        } else {
            click(&mut t, "[ Browser ]");
            click(&mut t, "[ Close ]");
            // The list's first row is My Outlook.
            let screen = t.screen();
            let mine = screen.find("My Outlook").expect("listed");
            assert!(mine < screen.find("Outlook desktop").unwrap(), "{screen}");
            click(&mut t, "[ Delete ]");
            click(&mut t, "[ Yes ]");
            let summary = t.h.summary().expect("the goal holds: the exam is over");
            assert!(summary.finished && summary.goal_met, "{summary:?}");
            let screen = t.screen();
            assert!(screen.contains("Passed: the goal holds."), "{screen}");
            assert!(!screen.contains(created_other), "{screen}");
        }
    }
}
