//! The engine on the shipped scripts: auto-run, and a trainee who makes mistakes.
#![allow(clippy::unwrap_used)]

mod common;

use common::{click, library, options, phone_code, type_into};
use walkthrough_portal::*;
use walkthrough_scenario::*;

#[test]
fn the_shipped_scripts_name_their_model_and_steps() {
    let lib = library();
    let shipped: Vec<(&str, &str, usize)> = (lib.scenarios().iter())
        .map(|s| (s.id.as_str(), s.portal.as_str(), s.steps.len()))
        .collect();
    assert_eq!(
        shipped,
        [
            ("app-password-create", "office365-2015", 8),
            ("app-password-delete", "office365-2015", 8),
            ("app-password-create-2016", "office365-2016", 8),
            ("app-password-delete-2016", "office365-2016", 7),
        ]
    );
}

/// The screens each step of an auto-run ended on.
fn screens_of(t: &Transcript) -> Vec<&str> {
    t.steps.iter().map(|s| s.after.id.as_str()).collect()
}

#[test]
fn the_2016_scripts_auto_run_to_their_goals_through_security_and_privacy() {
    let lib = library();
    let create = auto_run(lib.get("app-password-create-2016").unwrap(), options()).unwrap();
    assert!(create.succeeded(), "{:?} {:?}", create.failure, create.goal);
    assert!(create.steps.iter().all(|s| s.screen_as_expected()));
    assert_eq!(
        screens_of(&create),
        [
            "home",
            "settings",
            "security-privacy",
            "additional-security-verification",
            "app-passwords",
            "create-app-password",
            "new-app-password",
            "mail-app",
        ]
    );
    assert_eq!(
        create.goal.checks,
        vec![
            (GoalCheck::AppPasswordNamed("Outlook desktop".into()), true),
            (GoalCheck::MailConnected(true), true),
            (GoalCheck::MailConnectedWith("Outlook desktop".into()), true),
            (GoalCheck::NoOtherAppPasswordCreated(vec![]), true),
        ]
    );
    let delete = auto_run(lib.get("app-password-delete-2016").unwrap(), options()).unwrap();
    assert!(delete.succeeded(), "{:?} {:?}", delete.failure, delete.goal);
    assert!(delete.steps.iter().all(|s| s.screen_as_expected()));
    assert_eq!(
        delete.goal.checks,
        vec![
            (GoalCheck::AppPasswordAbsent("Outlook desktop".into()), true),
            (
                GoalCheck::MailRejectsPasswordOf("Outlook desktop".into()),
                true
            ),
            (GoalCheck::OtherAppPasswordKept("iPhone mail".into()), true),
            (GoalCheck::OtherAppPasswordKept("Lync".into()), true),
            (GoalCheck::NoOtherAppPasswordCreated(vec![]), true),
        ]
    );
}

#[test]
fn a_step_expects_a_screen_of_its_own_model() {
    let text = include_str!("../../../scenarios/app-password-create-2016.toml");
    assert!(parse("mine.toml", text).is_ok());
    // The 2016 page is not a screen of the 2015 model, and the 2015 model's
    // proofup tab is reached another way but is still a screen of 2016.
    let in_2015 = text.replace("portal = \"office365-2016\"", "portal = \"office365-2015\"");
    let shown = parse("mine.toml", &in_2015).unwrap_err().to_string();
    assert!(shown.contains("security-privacy"), "{shown}");
    let typo = text.replace(
        "expect = \"security-privacy\"",
        "expect = \"security-privasy\"",
    );
    let shown = parse("mine.toml", &typo).unwrap_err().to_string();
    assert!(
        shown.contains("did you mean `security-privacy`?"),
        "{shown}"
    );
    assert!(shown.contains("mine.toml:"), "{shown}");
}

#[test]
fn create_auto_runs_to_its_goal() {
    let lib = library();
    let t = auto_run(lib.get("app-password-create").unwrap(), options()).unwrap();
    assert!(t.failure.is_none(), "{:?}", t.failure);
    for step in &t.steps {
        assert!(
            step.screen_as_expected(),
            "step {} ended on {}",
            step.step_id,
            step.after.id
        );
    }
    assert_eq!(
        t.goal.checks,
        vec![
            (GoalCheck::AppPasswordNamed("Outlook desktop".into()), true),
            (GoalCheck::MailConnected(true), true),
            (GoalCheck::MailConnectedWith("Outlook desktop".into()), true),
            // Implied: no app password created that the goal does not name.
            (GoalCheck::NoOtherAppPasswordCreated(vec![]), true),
        ]
    );
    assert!(t.succeeded());
    // Step 2 clicks "Office 365 settings" although its text never says so.
    assert_eq!(
        t.steps[1].actions,
        [
            Action::Click("suite.settings".into()),
            Action::Click("settings-menu.office365-settings".into())
        ]
    );
}

#[test]
fn delete_auto_runs_to_its_goal() {
    let lib = library();
    let t = auto_run(lib.get("app-password-delete").unwrap(), options()).unwrap();
    assert!(t.succeeded(), "{:?} {:?}", t.failure, t.goal);
    assert_eq!(
        t.goal.checks,
        vec![
            (GoalCheck::AppPasswordAbsent("Outlook desktop".into()), true),
            (
                GoalCheck::MailRejectsPasswordOf("Outlook desktop".into()),
                true
            ),
            // Implied: the fixture's other app passwords stay.
            (GoalCheck::OtherAppPasswordKept("iPhone mail".into()), true),
            (GoalCheck::OtherAppPasswordKept("Lync".into()), true),
            (GoalCheck::NoOtherAppPasswordCreated(vec![]), true),
        ]
    );
    // Step 7 only describes the pop-up: nothing done, nothing changed.
    assert!(t.steps[6].actions.is_empty());
    assert_eq!(t.steps[6].before, t.steps[6].after);
}

#[test]
fn a_goal_that_does_not_hold_is_reported() {
    let lib = library();
    let mut s = lib.get("app-password-delete").unwrap().clone();
    s.steps.pop(); // never click Yes
    let t = auto_run(&s, options()).unwrap();
    assert!(!t.goal.met());
    assert!(!t.succeeded());
}

#[test]
fn a_script_whose_target_is_not_on_screen_stops_with_the_step_and_action() {
    let lib = library();
    let mut s = lib.get("app-password-create").unwrap().clone();
    s.steps.swap(2, 3);
    let t = auto_run(&s, options()).unwrap();
    let f = t.failure.unwrap();
    assert_eq!(
        (f.step, f.step_id.as_str(), f.action),
        (2, "update-phone-numbers", 0)
    );
    assert_eq!(
        f.error,
        RunError::Portal(PortalError::NotOnScreen {
            element: "asv.update-phone-numbers".into(),
            screen: ScreenId::new("settings")
        })
    );
}

fn sign_in(s: &mut Session) {
    assert_eq!(s.target().as_deref(), Some("sign-in.user"));
    type_into(s, "sign-in.user", "trainee@contoso.onmicrosoft.com");
    assert_eq!(s.target().as_deref(), Some("sign-in.password"));
    type_into(s, "sign-in.password", "Pa55word!");
    assert_eq!(s.target().as_deref(), Some("sign-in.submit"));
    // Enter in the password field is the same as clicking Sign in.
    assert_eq!(
        s.act(Action::Submit("sign-in.password".into()))
            .unwrap()
            .verdict,
        Verdict::Expected
    );
    let code = phone_code(s);
    assert_eq!(s.target().as_deref(), Some("mfa.code"));
    type_into(s, "mfa.code", &code);
    assert_eq!(click(s, "mfa.verify"), Verdict::StepDone);
}

#[test]
fn a_trainee_who_errs_wanders_off_and_comes_back_still_finishes_with_mistakes_counted() {
    let lib = library();
    let mut s = Session::new(lib.get("app-password-create").unwrap(), options()).unwrap();
    assert_eq!(s.step_count(), 8);
    // A wrong password first: the right click, refused by the portal.
    type_into(&mut s, "sign-in.user", "trainee@contoso.onmicrosoft.com");
    type_into(&mut s, "sign-in.password", "guess");
    assert_eq!(click(&mut s, "sign-in.submit"), Verdict::Refused);
    s.act(Action::Clear("sign-in.user".into())).unwrap();
    sign_in(&mut s);
    assert_eq!(s.step_index(), Some(1));
    assert_eq!(s.target().as_deref(), Some("suite.settings"));
    // A wrong click that does nothing still counts.
    assert_eq!(click(&mut s, "suite.help"), Verdict::Wrong);
    assert!(!s.wandered_off());
    click(&mut s, "suite.settings");
    assert_eq!(
        s.target().as_deref(),
        Some("settings-menu.office365-settings")
    );
    assert_eq!(
        click(&mut s, "settings-menu.office365-settings"),
        Verdict::StepDone
    );
    // Wander off: the Password section instead of Additional security verification.
    // The navigation stays on screen, so this is a wrong click but not lost.
    assert_eq!(click(&mut s, "nav.password"), Verdict::Wrong);
    assert!(!s.wandered_off());
    assert_eq!(
        click(&mut s, "nav.additional-security-verification"),
        Verdict::StepDone
    );
    // Now really lost: back home through the menu, where the link is gone.
    click(&mut s, "suite.settings");
    assert!(s.wandered_off());
    assert_eq!(s.target(), None);
    assert_eq!(s.way_back(), Some(&Action::Back));
    assert_eq!(s.act(Action::Back).unwrap().verdict, Verdict::Recovering);
    assert!(!s.wandered_off());
    assert_eq!(s.target().as_deref(), Some("asv.update-phone-numbers"));
    assert_eq!(s.stats().wrong_actions, 4);
    click(&mut s, "asv.update-phone-numbers");
    click(&mut s, "proofup.tab.app-passwords");
    click(&mut s, "app-passwords.create");
    // Next with no name: refused; then a name of the trainee's own choosing.
    assert_eq!(click(&mut s, "create-app-password.next"), Verdict::Refused);
    type_into(&mut s, "create-app-password.name", "My Outlook");
    assert_eq!(click(&mut s, "create-app-password.next"), Verdict::StepDone);
    assert_eq!(
        s.chosen().get("name").map(String::as_str),
        Some("My Outlook")
    );
    // Copy via the password display itself is the same as the Copy button.
    assert_eq!(
        s.act(Action::Copy("new-app-password.value".into()))
            .unwrap()
            .verdict,
        Verdict::Expected
    );
    click(&mut s, "taskbar.mail");
    assert_eq!(s.target().as_deref(), Some("mail.password"));
    assert_eq!(
        s.act(Action::Paste("mail.password".into()))
            .unwrap()
            .verdict,
        Verdict::Neutral
    );
    assert_eq!(click(&mut s, "mail.connect"), Verdict::Finished);
    assert!(s.is_finished());
    // The goal's name is the script's parameter, not the one typed: the
    // procedure is finished, but its promise does not hold.
    assert!(!s.goal_met(), "{:?}", s.goal());
    assert!(s.goal().checks.contains(&(
        GoalCheck::AppPasswordNamed("Outlook desktop".to_owned()),
        false
    )));
    let stats = s.stats();
    assert_eq!(stats.wrong_actions, 5);
    assert_eq!(stats.step_times.len(), 8);
}

#[test]
fn the_way_back_from_the_mail_app_is_the_taskbar() {
    let lib = library();
    let mut s = Session::new(lib.get("app-password-create").unwrap(), options()).unwrap();
    sign_in(&mut s);
    assert_eq!(click(&mut s, "taskbar.mail"), Verdict::Wrong);
    assert!(s.wandered_off());
    assert_eq!(s.way_back(), Some(&Action::Click("taskbar.browser".into())));
}

#[test]
fn a_read_only_step_waits_for_acknowledgement_and_skip_does_the_step() {
    let lib = library();
    let mut s = Session::new(lib.get("app-password-delete").unwrap(), options()).unwrap();
    for _ in 0..5 {
        s.skip_step().unwrap();
    }
    assert_eq!(s.step_index(), Some(5));
    assert_eq!(s.target().as_deref(), Some("app-password.2.delete"));
    // The wrong row deletes nothing yet, but it is a mistake and opens the dialog.
    assert_eq!(click(&mut s, "app-password.1.delete"), Verdict::Wrong);
    assert!(s.wandered_off());
    // The way out is the confirmation's own No (Back would do as well).
    assert_eq!(s.way_back(), Some(&Action::Click("confirm.no".into())));
    assert_eq!(click(&mut s, "confirm.no"), Verdict::Recovering);
    assert_eq!(click(&mut s, "app-password.2.delete"), Verdict::StepDone);
    assert!(s.needs_acknowledge());
    assert_eq!(s.target().as_deref(), None);
    assert_eq!(s.acknowledge(), Some(Verdict::StepDone));
    assert_eq!(click(&mut s, "confirm.yes"), Verdict::Finished);
    assert!(s.goal_met());
    assert_eq!(s.stats().skipped, 5);
    assert_eq!(s.stats().wrong_actions, 1);
}

#[test]
fn demo_mode_performs_every_action_and_restart_starts_over() {
    let lib = library();
    let mut s = Session::new(lib.get("app-password-create").unwrap(), options()).unwrap();
    let mut actions = 0;
    while let Some(f) = s.demo_next().unwrap() {
        assert_ne!(f.verdict, Verdict::Wrong);
        actions += 1;
    }
    assert_eq!(actions, 5 + 2 + 1 + 1 + 1 + 1 + 2 + 4);
    assert!(s.is_finished() && s.goal_met());
    s.use_hint();
    s.restart().unwrap();
    assert_eq!(s.step_index(), Some(0));
    assert_eq!(s.stats().hints, 0);
    assert_eq!(s.screen().id, ScreenId::new("sign-in"));
}

#[test]
fn unknown_scenarios_suggest_the_nearest() {
    let lib = library();
    let err = lib.get("app-pasword-create").unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown scenario `app-pasword-create` (did you mean `app-password-create`?); available: app-password-create, app-password-delete, app-password-create-2016, app-password-delete-2016"
    );
}

#[test]
fn a_step_that_ends_on_another_screen_than_expected_is_recorded() {
    let lib = library();
    let mut scenario = lib.get("app-password-create").unwrap().clone();
    scenario.steps[1].expect = Some(ScreenId::new("home"));
    let mut s = Session::new(&scenario, options()).unwrap();
    s.skip_step().unwrap();
    s.skip_step().unwrap();
    assert_eq!(
        s.stats().unexpected_screens,
        [(1, ScreenId::new("home"), ScreenId::new("settings"))]
    );
    let right = Session::new(lib.get("app-password-create").unwrap(), options()).unwrap();
    assert!(right.stats().unexpected_screens.is_empty());
}

#[test]
fn the_right_action_done_again_with_nothing_changed_is_no_mistake() {
    let lib = library();
    for id in ["app-password-create", "app-password-create-2016"] {
        let mut s = Session::new(lib.get(id).unwrap(), options()).unwrap();
        // Guided up to the new password, as the script goes.
        while s.target().as_deref() != Some("new-app-password.copy") {
            s.demo_next().unwrap().expect("the script reaches Copy");
        }
        assert_eq!(
            click(&mut s, "new-app-password.copy"),
            Verdict::Expected,
            "{id}"
        );
        // Copy pressed again (Enter on the button that still has the focus):
        // the same password on the clipboard, the same screen.
        assert_eq!(
            click(&mut s, "new-app-password.copy"),
            Verdict::Neutral,
            "{id}"
        );
        assert_eq!(s.stats().wrong_actions, 0, "{id}");
        // Any other control than the step's is still a mistake.
        assert_eq!(
            click(&mut s, "new-app-password.close"),
            Verdict::Wrong,
            "{id}"
        );
        assert_eq!(s.stats().wrong_actions, 1, "{id}");
    }
}
