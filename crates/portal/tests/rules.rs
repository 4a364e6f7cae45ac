//! The portal's rules, one test each, through its public API.
#![allow(clippy::unwrap_used)]

mod common;
use common::*;
use walkthrough_portal::*;

#[test]
fn starts_at_sign_in_with_the_user_field_focused() {
    let (p, _) = portal(Fixture::default());
    let s = p.screen();
    assert_eq!(s.id, ScreenId::new("sign-in"));
    assert_eq!(s.window, Window::Browser);
    assert!(s.element("sign-in.user").unwrap().focused);
    assert!(s.element("suite.settings").is_none());
}

#[test]
fn sign_in_needs_password_then_the_code_from_the_phone() {
    let (mut p, _) = portal(Fixture::default());
    sign_in(&mut p);
    let s = p.screen();
    assert_eq!(s.id, ScreenId::new("home"));
    let gear = s.element("suite.settings").unwrap();
    assert_eq!((gear.region, gear.side), (Region::TopBar, Side::End));
}

#[test]
fn sign_in_without_mfa_goes_straight_home() {
    let (mut p, _) = portal(Fixture {
        mfa: false,
        ..Fixture::default()
    });
    type_into(&mut p, "sign-in.user", "TRAINEE@contoso.onmicrosoft.com");
    type_into(&mut p, "sign-in.password", PASSWORD);
    assert_eq!(
        click(&mut p, "sign-in.submit"),
        Outcome::Screen(ScreenId::new("home"))
    );
}

#[test]
fn a_wrong_password_is_refused_on_screen_and_the_field_cleared() {
    let (mut p, _) = portal(Fixture::default());
    type_into(&mut p, "sign-in.user", "trainee@contoso.onmicrosoft.com");
    type_into(&mut p, "sign-in.password", "nope");
    assert_eq!(
        click(&mut p, "sign-in.submit"),
        Outcome::Refused(Refusal::WrongPassword)
    );
    let s = p.screen();
    assert_eq!(
        s.element("page.error").unwrap().label.id,
        "portal-error-wrong-password"
    );
    assert_eq!(
        s.element("sign-in.password").unwrap().value,
        Some(Value::Masked(0))
    );
    assert_eq!(
        click(&mut p, "sign-in.submit"),
        Outcome::Refused(Refusal::WrongPassword)
    );
}

#[test]
fn an_empty_user_name_is_refused() {
    let (mut p, _) = portal(Fixture::default());
    assert_eq!(
        click(&mut p, "sign-in.submit"),
        Outcome::Refused(Refusal::UserRequired)
    );
}

#[test]
fn a_wrong_code_is_refused() {
    let (mut p, _) = portal(Fixture::default());
    type_into(&mut p, "sign-in.user", "trainee@contoso.onmicrosoft.com");
    type_into(&mut p, "sign-in.password", PASSWORD);
    click(&mut p, "sign-in.submit");
    let wrong = if phone_code(&p) == "000000" {
        "111111"
    } else {
        "000000"
    };
    type_into(&mut p, "mfa.code", wrong);
    assert_eq!(
        click(&mut p, "mfa.verify"),
        Outcome::Refused(Refusal::WrongCode)
    );
    assert_eq!(p.screen().id, ScreenId::new("mfa"));
}

#[test]
fn ten_wrong_sign_ins_lock_the_account_until_time_passes() {
    let (mut p, clock) = portal(Fixture::default());
    for i in 1..=10 {
        type_into(&mut p, "sign-in.user", "trainee@contoso.onmicrosoft.com");
        type_into(&mut p, "sign-in.password", "wrong");
        let outcome = click(&mut p, "sign-in.submit");
        p.act(Action::Clear("sign-in.user".into())).unwrap();
        if i < 10 {
            assert_eq!(outcome, Outcome::Refused(Refusal::WrongPassword), "try {i}");
        } else {
            assert_eq!(outcome, Outcome::Refused(Refusal::Locked { minutes: 30 }));
        }
    }
    assert!(p.is_locked());
    // Even the right password is refused while locked.
    type_into(&mut p, "sign-in.user", "trainee@contoso.onmicrosoft.com");
    type_into(&mut p, "sign-in.password", PASSWORD);
    clock.advance(10 * 60);
    assert_eq!(
        click(&mut p, "sign-in.submit"),
        Outcome::Refused(Refusal::Locked { minutes: 20 })
    );
    clock.advance(20 * 60);
    assert!(!p.is_locked());
    type_into(&mut p, "sign-in.password", PASSWORD);
    assert_eq!(
        click(&mut p, "sign-in.submit"),
        Outcome::Screen(ScreenId::new("mfa"))
    );
}

#[test]
fn the_settings_gear_opens_a_menu_over_the_page_that_blocks_it() {
    let (mut p, _) = portal(Fixture::default());
    sign_in(&mut p);
    click(&mut p, "suite.settings");
    let s = p.screen();
    assert_eq!(
        (s.id, s.page),
        (ScreenId::new("settings-menu"), ScreenId::new("home"))
    );
    assert!(s.dialog_title.is_some());
    let item = s.element("settings-menu.office365-settings").unwrap();
    assert_eq!((item.role, item.region), (Role::MenuItem, Region::Dialog));
    assert_eq!(
        p.act(Action::Click("home.tile.mail".into())),
        Err(PortalError::Blocked {
            element: "home.tile.mail".into(),
            dialog: ScreenId::new("settings-menu")
        })
    );
    assert_eq!(
        p.act(Action::Back).unwrap(),
        Outcome::Screen(ScreenId::new("home"))
    );
}

#[test]
fn the_article_path_reaches_the_app_password_list_with_everything_where_it_says() {
    let (mut p, _) = portal(Fixture::default());
    sign_in(&mut p);
    click(&mut p, "suite.settings");
    click(&mut p, "settings-menu.office365-settings");
    let s = p.screen();
    let nav = s.element("nav.additional-security-verification").unwrap();
    assert_eq!(nav.region, Region::Left);
    assert!(s.element("nav.me").unwrap().selected);
    click(&mut p, "nav.additional-security-verification");
    let s = p.screen();
    assert!(
        s.element("nav.additional-security-verification")
            .unwrap()
            .selected
    );
    assert_eq!(
        s.element("asv.update-phone-numbers").unwrap().region,
        Region::Right
    );
    click(&mut p, "asv.update-phone-numbers");
    let s = p.screen();
    let tab = s.element("proofup.tab.app-passwords").unwrap();
    assert_eq!((tab.role, tab.region), (Role::Tab, Region::TopBar));
    click(&mut p, "proofup.tab.app-passwords");
    let s = p.screen();
    assert_eq!(s.id, ScreenId::new("app-passwords"));
    assert!(s.element("app-passwords.empty").is_some());
    assert!(s.element("app-passwords.create").is_some());
}

#[test]
fn without_admin_permission_the_app_passwords_tab_is_absent() {
    let (mut p, _) = portal(Fixture {
        app_passwords_allowed: false,
        ..Fixture::default()
    });
    sign_in(&mut p);
    click(&mut p, "suite.settings");
    click(&mut p, "settings-menu.office365-settings");
    click(&mut p, "nav.additional-security-verification");
    click(&mut p, "asv.update-phone-numbers");
    let s = p.screen();
    assert!(s
        .element("proofup.tab.additional-security-verification")
        .is_some());
    assert!(s.element("proofup.tab.app-passwords").is_none());
    assert!(matches!(
        p.act(Action::Click("proofup.tab.app-passwords".into())),
        Err(PortalError::NotOnScreen { .. })
    ));
}

#[test]
fn a_new_app_password_is_sixteen_letters_shown_once_and_stored_as_argon2id() {
    let (mut p, _) = portal(Fixture::default());
    sign_in(&mut p);
    open_app_passwords(&mut p);
    let pw = create(&mut p, "Outlook");
    assert_eq!(pw.len(), 16);
    assert!(pw.bytes().all(|b| b.is_ascii_lowercase()));
    // Shown once: after Close it is nowhere on screen or in the store.
    let s = p.screen();
    assert_eq!(s.id, ScreenId::new("app-passwords"));
    assert!(!format!("{s:?}").contains(&pw));
    for phc in p.stored_hashes() {
        assert!(phc.starts_with("$argon2id$"), "{phc}");
        assert!(!phc.contains(&pw));
    }
    let list = p.app_passwords();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].name, "Outlook");
    assert_eq!(list[0].created.to_string(), "2015-11-19");
    let row = s.element("app-password.1").unwrap();
    assert_eq!(row.label.args[0], ("name", Arg::Text("Outlook".into())));
    assert!(s.element("app-password.1.delete").is_some());
    assert!(p.mail_would_connect(&pw));
}

#[test]
fn a_seed_gives_the_same_passwords_every_run() {
    let run = |seed| {
        let (options, _) = options(seed);
        let mut p = Portal::new(Fixture::default(), options).unwrap();
        sign_in(&mut p);
        open_app_passwords(&mut p);
        (create(&mut p, "a"), create(&mut p, "b"))
    };
    assert_eq!(run(7), run(7));
    assert_ne!(run(7), run(8));
}

#[test]
fn unseeded_portals_draw_different_passwords() {
    let make = || {
        let (mut options, _) = options(0);
        options.seed = None;
        let mut p = Portal::new(Fixture::default(), options).unwrap();
        sign_in(&mut p);
        open_app_passwords(&mut p);
        create(&mut p, "x")
    };
    assert_ne!(make(), make());
}

#[test]
fn a_name_is_required_and_length_limited() {
    let (mut p, _) = portal(Fixture::default());
    sign_in(&mut p);
    open_app_passwords(&mut p);
    click(&mut p, "app-passwords.create");
    type_into(&mut p, "create-app-password.name", "   ");
    assert_eq!(
        click(&mut p, "create-app-password.next"),
        Outcome::Refused(Refusal::NameRequired)
    );
    assert_eq!(
        p.screen().element("dialog.error").unwrap().label.id,
        "portal-error-name-required"
    );
    p.act(Action::Clear("create-app-password.name".into()))
        .unwrap();
    type_into(
        &mut p,
        "create-app-password.name",
        &"x".repeat(MAX_NAME_CHARS + 1),
    );
    assert_eq!(
        click(&mut p, "create-app-password.next"),
        Outcome::Refused(Refusal::NameTooLong {
            max: MAX_NAME_CHARS
        })
    );
    p.act(Action::Clear("create-app-password.name".into()))
        .unwrap();
    type_into(
        &mut p,
        "create-app-password.name",
        &"あ".repeat(MAX_NAME_CHARS),
    );
    assert_eq!(
        click(&mut p, "create-app-password.next"),
        Outcome::Screen(ScreenId::new("new-app-password"))
    );
    assert_eq!(p.app_passwords()[0].name.chars().count(), MAX_NAME_CHARS);
}

#[test]
fn at_most_forty_app_passwords() {
    let names: Vec<String> = (1..=MAX_APP_PASSWORDS)
        .map(|i| format!("app {i}"))
        .collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let (mut p, _) = portal(with_app_passwords(&refs));
    sign_in(&mut p);
    open_app_passwords(&mut p);
    assert_eq!(
        click(&mut p, "app-passwords.create"),
        Outcome::Refused(Refusal::TooManyAppPasswords { max: 40 })
    );
    assert_eq!(p.app_passwords().len(), 40);
    let too_many: Vec<String> = (0..=MAX_APP_PASSWORDS).map(|i| i.to_string()).collect();
    let refs: Vec<&str> = too_many.iter().map(String::as_str).collect();
    let (options, _) = options(1);
    assert_eq!(
        Portal::new(with_app_passwords(&refs), options).unwrap_err(),
        FixtureError::TooManyAppPasswords { count: 41, max: 40 }
    );
}

#[test]
fn deleting_asks_first_and_the_deleted_password_stops_connecting() {
    let (mut p, _) = portal(with_app_passwords(&["Outlook desktop", "iPhone"]));
    assert!(p.mail_would_connect(KNOWN));
    sign_in(&mut p);
    // Connect the mail app first, as the user had.
    click(&mut p, "taskbar.mail");
    type_into(&mut p, "mail.password", KNOWN);
    assert_eq!(click(&mut p, "mail.connect"), Outcome::Updated);
    assert_eq!(p.mail_status(), MailStatus::Connected);
    click(&mut p, "taskbar.browser");
    open_app_passwords(&mut p);
    assert_eq!(
        click(&mut p, "app-password.1.delete"),
        Outcome::Screen(ScreenId::new("delete-confirmation"))
    );
    let q = p.screen();
    assert_eq!(
        q.element("confirm.question").unwrap().label.args,
        vec![("name", Arg::Text("Outlook desktop".into()))]
    );
    // No keeps it.
    click(&mut p, "confirm.no");
    assert_eq!(p.app_passwords().len(), 2);
    click(&mut p, "app-password.1.delete");
    assert_eq!(
        click(&mut p, "confirm.yes"),
        Outcome::Screen(ScreenId::new("app-passwords"))
    );
    let names: Vec<String> = p.app_passwords().into_iter().map(|a| a.name).collect();
    assert_eq!(names, ["iPhone"]);
    assert!(!p.mail_would_connect(KNOWN));
    assert_eq!(p.mail_status(), MailStatus::Idle);
    click(&mut p, "taskbar.mail");
    type_into(&mut p, "mail.password", KNOWN);
    assert_eq!(
        click(&mut p, "mail.connect"),
        Outcome::Refused(Refusal::MailRejected)
    );
}

#[test]
fn copy_and_paste_carry_the_new_password_into_the_mail_app() {
    let (mut p, _) = portal(Fixture::default());
    sign_in(&mut p);
    open_app_passwords(&mut p);
    click(&mut p, "app-passwords.create");
    type_into(&mut p, "create-app-password.name", "Outlook");
    click(&mut p, "create-app-password.next");
    assert_eq!(p.clipboard_len(), None);
    assert_eq!(click(&mut p, "new-app-password.copy"), Outcome::Updated);
    assert_eq!(p.clipboard_len(), Some(16));
    assert_eq!(
        click(&mut p, "taskbar.mail"),
        Outcome::Screen(ScreenId::new("mail-app"))
    );
    assert_eq!(
        p.act(Action::Paste("mail.password".into())).unwrap(),
        Outcome::Updated
    );
    let s = p.screen();
    assert_eq!(
        s.element("mail.password").unwrap().value,
        Some(Value::Masked(16))
    );
    assert_eq!(
        p.act(Action::Submit("mail.password".into())).unwrap(),
        Outcome::Updated
    );
    assert_eq!(p.mail_status(), MailStatus::Connected);
    assert_eq!(
        p.screen().element("mail.status").unwrap().label.id,
        "portal-mail-status-connected"
    );
    // The browser kept its dialog while the mail app was in front.
    assert_eq!(
        click(&mut p, "taskbar.browser"),
        Outcome::Screen(ScreenId::new("new-app-password"))
    );
}

#[test]
fn the_account_password_does_not_connect_the_mail_app_when_mfa_is_on() {
    let (mut p, _) = portal(Fixture::default());
    click(&mut p, "taskbar.mail");
    type_into(&mut p, "mail.password", PASSWORD);
    assert_eq!(
        click(&mut p, "mail.connect"),
        Outcome::Refused(Refusal::MailRejected)
    );
    let (mut p, _) = portal(Fixture {
        mfa: false,
        ..Fixture::default()
    });
    click(&mut p, "taskbar.mail");
    type_into(&mut p, "mail.password", PASSWORD);
    assert_eq!(click(&mut p, "mail.connect"), Outcome::Updated);
}

#[test]
fn elements_not_on_screen_and_wrong_roles_are_typed_errors() {
    let (mut p, _) = portal(Fixture::default());
    assert_eq!(
        p.act(Action::Click("suite.settings".into())),
        Err(PortalError::NotOnScreen {
            element: "suite.settings".into(),
            screen: ScreenId::new("sign-in")
        })
    );
    let err = p
        .act(Action::Type {
            element: "sign-in.submit".into(),
            text: "x".into(),
        })
        .unwrap_err();
    assert_eq!(
        err,
        PortalError::WrongRole {
            verb: "type",
            element: "sign-in.submit".into(),
            role: "button"
        }
    );
    assert_eq!(
        err.to_string(),
        "cannot type `sign-in.submit`: it is a button"
    );
}

#[test]
fn back_walks_the_history_and_closes_dialogs() {
    let (mut p, _) = portal(Fixture::default());
    sign_in(&mut p);
    assert_eq!(p.act(Action::Back).unwrap(), Outcome::Nothing);
    open_app_passwords(&mut p);
    click(&mut p, "app-passwords.create");
    assert_eq!(
        p.act(Action::Back).unwrap(),
        Outcome::Screen(ScreenId::new("app-passwords"))
    );
    for to in [
        ScreenId::new("proofup"),
        ScreenId::new("additional-security-verification"),
        ScreenId::new("settings"),
        ScreenId::new("home"),
    ] {
        assert_eq!(p.act(Action::Back).unwrap(), Outcome::Screen(to));
    }
}

#[test]
fn fixtures_are_checked() {
    let bad_name = Fixture {
        app_passwords: vec![AppPasswordFixture {
            name: String::new(),
            created: Date::parse("2015-01-01").unwrap(),
            password: None,
        }],
        ..Fixture::default()
    };
    assert_eq!(
        bad_name.validate(),
        Err(FixtureError::BadName { index: 1, max: 64 })
    );
    let bad_pw = with_app_passwords(&["a"]);
    let bad_pw = Fixture {
        app_passwords: vec![AppPasswordFixture {
            password: Some("SHORT".into()),
            ..bad_pw.app_passwords[0].clone()
        }],
        ..bad_pw
    };
    assert_eq!(
        bad_pw.validate(),
        Err(FixtureError::BadAppPassword { index: 1 })
    );
    let no_account = Fixture {
        account: " ".into(),
        ..Fixture::default()
    };
    assert_eq!(no_account.validate(), Err(FixtureError::NoAccount));
}

#[test]
fn no_display_text_only_message_ids() {
    // Every label on every screen of a full run is a message id from the catalogue.
    let ids = message_ids();
    let (mut p, _) = portal(with_app_passwords(&["Outlook desktop"]));
    let check = |p: &Portal| {
        let s = p.screen();
        assert!(ids.contains(&s.title.id));
        for e in &s.elements {
            assert!(ids.contains(&e.label.id), "{} -> {}", e.id, e.label.id);
            assert!(catalog::find(&e.id).is_some(), "{} not in catalogue", e.id);
        }
    };
    check(&p);
    sign_in(&mut p);
    check(&p);
    open_app_passwords(&mut p);
    check(&p);
    click(&mut p, "app-passwords.create");
    check(&p);
    type_into(&mut p, "create-app-password.name", "x");
    click(&mut p, "create-app-password.next");
    check(&p);
    click(&mut p, "new-app-password.close");
    click(&mut p, "app-password.1.delete");
    check(&p);
    click(&mut p, "taskbar.mail");
    check(&p);
}

#[test]
fn catalogue_patterns_match_only_their_rows() {
    let spec = catalog::find("app-password.12.delete").unwrap();
    assert_eq!(spec.id, "app-password.{n}.delete");
    assert!(catalog::find("app-password.0.delete").is_none());
    assert!(catalog::find("app-password.x.delete").is_none());
    assert_eq!(
        catalog::find("app-password.3").unwrap().id,
        "app-password.{n}"
    );
    let mut ids: Vec<&str> = catalog::ids().collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "catalogue ids are unique");
}
