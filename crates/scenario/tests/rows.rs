//! A per-row element in a script is the row the script names (the fixture's
//! app password in that row), whatever the list looks like now: the marker,
//! the way back, the step's own action and Skip all keep to it.
#![allow(clippy::unwrap_used)]

mod common;

use common::{click, library, options, phone_code, type_into};
use walkthrough_portal::Action;
use walkthrough_scenario::{Session, Verdict};

fn delete_session() -> Session {
    let scenario = library().get("app-password-delete").unwrap().clone();
    let mut s = Session::new(&scenario, options()).unwrap();
    type_into(&mut s, "sign-in.user", "trainee@contoso.onmicrosoft.com");
    type_into(&mut s, "sign-in.password", "Pa55word!");
    click(&mut s, "sign-in.submit");
    let code = phone_code(&s);
    type_into(&mut s, "mfa.code", &code);
    click(&mut s, "mfa.verify");
    for id in [
        "suite.settings",
        "settings-menu.office365-settings",
        "nav.additional-security-verification",
        "asv.update-phone-numbers",
        "proofup.tab.app-passwords",
    ] {
        click(&mut s, id);
    }
    assert_eq!(s.step_index(), Some(5));
    s
}

#[test]
fn the_target_follows_the_named_row_when_the_rows_move() {
    let mut s = delete_session();
    assert_eq!(s.target().as_deref(), Some("app-password.2.delete"));
    // iPhone mail (row 1) deleted by mistake: Outlook desktop is row 1 now.
    assert_eq!(click(&mut s, "app-password.1.delete"), Verdict::Wrong);
    assert_eq!(click(&mut s, "confirm.yes"), Verdict::Wrong);
    assert_eq!(s.target().as_deref(), Some("app-password.1.delete"));
    assert_eq!(click(&mut s, "app-password.1.delete"), Verdict::StepDone);
}

#[test]
fn the_way_back_after_no_opens_the_named_rows_confirmation() {
    let mut s = delete_session();
    click(&mut s, "app-password.2.delete");
    s.acknowledge();
    assert_eq!(s.step_index(), Some(7));
    assert_eq!(click(&mut s, "confirm.no"), Verdict::Wrong);
    assert_eq!(
        s.way_back(),
        Some(&Action::Click("app-password.2.delete".into()))
    );
    // Another row's confirmation is not the way back, and its Yes is wrong.
    assert_eq!(click(&mut s, "app-password.1.delete"), Verdict::Wrong);
    assert!(s.wandered_off());
    assert_eq!(s.target(), None);
    // The way out is the confirmation's own No, not the browser's Back.
    assert_eq!(s.way_back(), Some(&Action::Click("confirm.no".into())));
    assert_eq!(click(&mut s, "confirm.yes"), Verdict::Wrong);
    assert_eq!(s.step_index(), Some(7));
}

#[test]
fn skip_deletes_the_named_row_only() {
    let mut s = delete_session();
    click(&mut s, "app-password.1.delete");
    click(&mut s, "confirm.yes");
    s.skip_step().unwrap();
    s.acknowledge();
    s.skip_step().unwrap();
    assert_eq!(s.step_index(), None);
    let names: Vec<String> = s
        .portal()
        .app_passwords()
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(names, ["Lync"]);
    // The named row is gone, but so is iPhone mail, which the trainee
    // deleted: the goal (which keeps the others) does not hold.
    assert!(!s.goal_met());
    assert!(s.goal().checks.contains(&(
        walkthrough_scenario::GoalCheck::OtherAppPasswordKept("iPhone mail".into()),
        false
    )));
}
