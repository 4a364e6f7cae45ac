//! Exam sessions: the goal decides, not the clicks.
#![allow(clippy::unwrap_used)]

mod common;

use common::{click, library, options, phone_code, type_into};
use walkthrough_portal::*;
use walkthrough_scenario::*;

fn exam(id: &str) -> Session {
    Session::exam(library().get(id).unwrap(), options()).unwrap()
}

fn sign_in(s: &mut Session) {
    type_into(s, "sign-in.password", "Pa55word!");
    type_into(s, "sign-in.user", "trainee@contoso.onmicrosoft.com");
    s.act(Action::Submit("sign-in.password".into())).unwrap();
    let code = phone_code(s);
    type_into(s, "mfa.code", &code);
    click(s, "mfa.verify");
}

/// From home to the app-password list, as the article says.
fn to_app_passwords(s: &mut Session) {
    for id in [
        "suite.settings",
        "settings-menu.office365-settings",
        "nav.additional-security-verification",
        "asv.update-phone-numbers",
        "proofup.tab.app-passwords",
    ] {
        click(s, id);
    }
}

fn create_and_connect(s: &mut Session, name: &str) -> Verdict {
    click(s, "app-passwords.create");
    type_into(s, "create-app-password.name", name);
    s.act(Action::Submit("create-app-password.name".into()))
        .unwrap();
    click(s, "new-app-password.copy");
    click(s, "taskbar.mail");
    s.act(Action::Paste("mail.password".into())).unwrap();
    click(s, "mail.connect")
}

#[test]
fn an_exam_ends_when_the_goal_holds() {
    let mut s = exam("app-password-create");
    assert!(s.is_exam());
    sign_in(&mut s);
    to_app_passwords(&mut s);
    assert!(!s.is_finished());
    assert_eq!(
        create_and_connect(&mut s, "Outlook desktop"),
        Verdict::Finished
    );
    assert!(s.is_finished());
    assert!(s.goal_met());
    let stats = s.stats();
    assert_eq!(stats.wrong_actions, 0);
    assert_eq!(stats.step_times.len(), 8);
    // After the end, nothing counts.
    assert_eq!(click(&mut s, "taskbar.browser"), Verdict::Neutral);
    assert_eq!(s.stats().wrong_actions, 0);
}

#[test]
fn the_task_names_the_password_and_another_name_does_not_pass() {
    let mut s = exam("app-password-create");
    sign_in(&mut s);
    to_app_passwords(&mut s);
    // The script's steps are all done, but the goal does not hold.
    assert_ne!(create_and_connect(&mut s, "My Outlook"), Verdict::Finished);
    assert!(!s.is_finished());
    assert!(!s.goal_met());
    // Back to the browser, a second password, named as the task says: the
    // goal's own conditions hold, but "My Outlook" is an app password the
    // procedure never asked for, so the goal does not, and the exam goes on.
    click(&mut s, "taskbar.browser");
    click(&mut s, "new-app-password.close");
    assert_ne!(
        create_and_connect(&mut s, "Outlook desktop"),
        Verdict::Finished
    );
    assert!(!s.is_finished());
    assert!(!s.goal_met());
    let names: Vec<String> = s
        .portal()
        .app_passwords()
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(names, ["My Outlook", "Outlook desktop"]);
    let checks = s.goal().checks;
    assert!(checks.contains(&(
        GoalCheck::NoOtherAppPasswordCreated(vec!["My Outlook".into()]),
        false
    )));
    assert!(checks
        .iter()
        .filter(|(c, _)| !matches!(c, GoalCheck::NoOtherAppPasswordCreated(_)))
        .all(|(_, ok)| *ok));
    // Deleting the extra one leaves the portal as the procedure promises:
    // the goal holds and the exam ends, passed.
    click(&mut s, "taskbar.browser");
    click(&mut s, "new-app-password.close");
    click(&mut s, "app-password.1.delete");
    assert_eq!(click(&mut s, "confirm.yes"), Verdict::Finished);
    assert!(s.is_finished() && s.goal_met());
}

#[test]
fn refusals_and_wrong_turns_count_as_mistakes_and_hints_are_counted() {
    let mut s = exam("app-password-create");
    type_into(&mut s, "sign-in.user", "trainee@contoso.onmicrosoft.com");
    type_into(&mut s, "sign-in.password", "guess");
    assert_eq!(click(&mut s, "sign-in.submit"), Verdict::Refused);
    s.act(Action::Clear("sign-in.user".into())).unwrap();
    s.act(Action::Clear("sign-in.password".into())).unwrap();
    sign_in(&mut s);
    assert_eq!(click(&mut s, "suite.help"), Verdict::Wrong);
    s.use_hint();
    to_app_passwords(&mut s);
    assert_eq!(
        create_and_connect(&mut s, "Outlook desktop"),
        Verdict::Finished
    );
    let stats = s.stats();
    assert_eq!((stats.wrong_actions, stats.hints), (2, 1));
}

#[test]
fn another_way_to_a_later_step_s_view_is_not_a_mistake() {
    // A script that takes a detour through the Password section; the trainee
    // goes straight to Additional security verification.
    let text = include_str!("../../../scenarios/app-password-create.toml").replace(
        "# 3. ",
        "[[step]]\nid = \"password\"\ndo = [{ click = \"nav.password\" }]\nexpect = \"settings-password\"\n\n# 3. ",
    );
    let scenario = parse("detour.toml", &text).unwrap();
    assert_eq!(scenario.steps.len(), 9);
    let mut s = Session::exam(&scenario, options()).unwrap();
    sign_in(&mut s);
    click(&mut s, "suite.settings");
    click(&mut s, "settings-menu.office365-settings");
    assert_eq!(s.step_index(), Some(2));
    assert_eq!(
        click(&mut s, "nav.additional-security-verification"),
        Verdict::StepDone
    );
    assert_eq!(s.step_index(), Some(4));
    assert_eq!(s.stats().wrong_actions, 0);
    // Two steps were done by that one click: the skipped one took no time.
    assert_eq!(s.stats().step_times.len(), 4);
    assert_eq!(s.stats().step_times[3], std::time::Duration::ZERO);
    click(&mut s, "asv.update-phone-numbers");
    click(&mut s, "proofup.tab.app-passwords");
    assert_eq!(
        create_and_connect(&mut s, "Outlook desktop"),
        Verdict::Finished
    );
    assert_eq!(s.stats().wrong_actions, 0);
}

#[test]
fn the_delete_exam_ends_at_the_deletion_without_the_read_only_step() {
    let mut s = exam("app-password-delete");
    sign_in(&mut s);
    to_app_passwords(&mut s);
    assert_eq!(click(&mut s, "app-password.2.delete"), Verdict::StepDone);
    assert!(!s.is_finished());
    assert_eq!(click(&mut s, "confirm.yes"), Verdict::Finished);
    assert!(s.is_finished() && s.goal_met());
}

#[test]
fn deleting_another_app_password_too_does_not_pass_the_delete_exam() {
    let mut s = exam("app-password-delete");
    sign_in(&mut s);
    to_app_passwords(&mut s);
    // iPhone mail (row 1) first, which the task does not ask for.
    click(&mut s, "app-password.1.delete");
    assert_eq!(click(&mut s, "confirm.yes"), Verdict::Wrong);
    assert!(!s.is_finished());
    assert_eq!(s.stats().wrong_actions, 1);
    // Then Outlook desktop, now in row 1: what the task names is gone, but
    // so is iPhone mail, so the goal does not hold and the exam goes on.
    click(&mut s, "app-password.1.delete");
    click(&mut s, "confirm.yes");
    assert!(!s.is_finished());
    assert!(!s.goal_met());
    let report = s.goal();
    assert!(report
        .checks
        .contains(&(GoalCheck::AppPasswordAbsent("Outlook desktop".into()), true)));
    assert!(report
        .checks
        .contains(&(GoalCheck::OtherAppPasswordKept("iPhone mail".into()), false)));
    assert!(report
        .checks
        .contains(&(GoalCheck::OtherAppPasswordKept("Lync".into()), true)));
}

#[test]
fn restarting_an_exam_keeps_it_an_exam() {
    let mut s = exam("app-password-create");
    s.restart().unwrap();
    assert!(s.is_exam());
    // A guided session of the same scenario is not one.
    let g = Session::new(library().get("app-password-create").unwrap(), options()).unwrap();
    assert!(!g.is_exam());
}
