//! Random fixtures, random action sequences: the portal's invariants hold after
//! every action.
#![allow(clippy::unwrap_used)]

mod common;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many app passwords the walks created and deleted, to show they get there.
static CREATED: AtomicUsize = AtomicUsize::new(0);
static DELETED: AtomicUsize = AtomicUsize::new(0);
use walkthrough_portal::*;

/// One step of a random walk: pick an element on screen by position, or go back.
#[derive(Debug, Clone)]
enum Step {
    Click(usize),
    Type(usize, String),
    Clear(usize),
    Copy(usize),
    Paste(usize),
    Submit(usize),
    Back,
    /// Do the right thing on sign-in pages so walks get past them.
    SignInProperly,
    /// Take the article's next click from wherever the walk is, so walks reach
    /// the create and delete dialogs often.
    Guided,
    /// Let time pass (lockouts expire).
    Wait(i64),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => any::<usize>().prop_map(Step::Click),
        2 => (any::<usize>(), "[a-zA-Zあ ]{0,8}").prop_map(|(i, t)| Step::Type(i, t)),
        1 => any::<usize>().prop_map(Step::Clear),
        1 => any::<usize>().prop_map(Step::Copy),
        1 => any::<usize>().prop_map(Step::Paste),
        1 => any::<usize>().prop_map(Step::Submit),
        1 => Just(Step::Back),
        2 => Just(Step::SignInProperly),
        4 => Just(Step::Guided),
        1 => (0i64..4000).prop_map(Step::Wait),
    ]
}

fn fixture() -> impl Strategy<Value = Fixture> {
    (
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec(("[a-z]{1,10}", prop::option::of("[a-z]{16}")), 0..6),
    )
        .prop_map(|(mfa, allowed, aps)| Fixture {
            mfa,
            app_passwords_allowed: allowed,
            app_passwords: aps
                .into_iter()
                .map(|(name, password)| AppPasswordFixture {
                    name,
                    created: Date::parse("2015-06-01").unwrap(),
                    password,
                })
                .collect(),
            ..Fixture::default()
        })
}

fn to_action(p: &Portal, step: &Step) -> Option<Action> {
    let s = p.screen();
    let pick = |i: usize| s.elements[i % s.elements.len()].id.clone();
    Some(match step {
        Step::Click(i) => Action::Click(pick(*i)),
        Step::Type(i, t) => Action::Type {
            element: pick(*i),
            text: t.clone(),
        },
        Step::Clear(i) => Action::Clear(pick(*i)),
        Step::Copy(i) => Action::Copy(pick(*i)),
        Step::Paste(i) => Action::Paste(pick(*i)),
        Step::Submit(i) => Action::Submit(pick(*i)),
        Step::Back => Action::Back,
        Step::SignInProperly | Step::Guided | Step::Wait(_) => return None,
    })
}

/// The article's next move from wherever the walk stands.
fn guided(p: &mut Portal) {
    let next = match p.screen().id.as_str() {
        "sign-in" | "mfa" => return sign_in_properly(p),
        "home" => "suite.settings",
        "settings-menu" => "settings-menu.office365-settings",
        "settings" => "nav.additional-security-verification",
        "additional-security-verification" => "asv.update-phone-numbers",
        "proofup" => "proofup.tab.app-passwords",
        "app-passwords" => "app-passwords.create",
        "create-app-password" => {
            let _ = p.act(Action::Type {
                element: "create-app-password.name".into(),
                text: "guided".into(),
            });
            "create-app-password.next"
        }
        "new-app-password" => "new-app-password.copy",
        "delete-confirmation" => "confirm.yes",
        _ => return,
    };
    let _ = p.act(Action::Click(next.into()));
}

fn sign_in_properly(p: &mut Portal) {
    let s = p.screen();
    let account = p.account().to_owned();
    match s.id.as_str() {
        "sign-in" => {
            let _ = p.act(Action::Clear("sign-in.user".into()));
            let _ = p.act(Action::Type {
                element: "sign-in.user".into(),
                text: account,
            });
            let _ = p.act(Action::Type {
                element: "sign-in.password".into(),
                text: common::PASSWORD.into(),
            });
            let _ = p.act(Action::Click("sign-in.submit".into()));
        }
        "mfa" => {
            let code = common::phone_code(p);
            let _ = p.act(Action::Clear("mfa.code".into()));
            let _ = p.act(Action::Type {
                element: "mfa.code".into(),
                text: code,
            });
            let _ = p.act(Action::Click("mfa.verify".into()));
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_after_every_action(
        fixture in fixture(),
        steps in prop::collection::vec(step(), 1..120),
        seed in any::<u64>(),
    ) {
        let (mut options, clock) = common::options(seed);
        options.seed = Some(seed);
        let known: BTreeMap<u64, String> = fixture
            .app_passwords
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.password.clone().map(|p| (i as u64 + 1, p)))
            .collect();
        let mut p = Portal::new(fixture, options).unwrap();
        // Every plaintext we have seen, by the id of the app password it belongs to.
        let mut seen = known;
        for step in &steps {
            let before: BTreeSet<u64> = p.app_passwords().iter().map(|a| a.id).collect();
            match (step, to_action(&p, step)) {
                (Step::SignInProperly, _) => sign_in_properly(&mut p),
                (Step::Guided, _) => guided(&mut p),
                (Step::Wait(s), _) => clock.advance(*s),
                (_, Some(action)) => {
                    // Accepted or refused with a typed error: never a panic.
                    let _ = p.act(action);
                }
                (_, None) => {}
            }
            let after = p.app_passwords();
            prop_assert!(after.len() <= MAX_APP_PASSWORDS);
            for phc in p.stored_hashes() {
                prop_assert!(phc.starts_with("$argon2id$v=19$"), "stored {}", phc);
            }
            let screen = p.screen();
            if let Some(Value::Secret(pw)) = screen
                .element("new-app-password.value")
                .and_then(|e| e.value.clone())
            {
                let fresh: Vec<u64> = after.iter().map(|a| a.id).filter(|id| !before.contains(id)).collect();
                if let [id] = fresh[..] {
                    seen.insert(id, pw);
                }
            }
            let ids: BTreeSet<u64> = after.iter().map(|a| a.id).collect();
            for (id, pw) in &seen {
                prop_assert!(!p.stored_hashes().any(|h| h.contains(pw.as_str())));
                prop_assert_eq!(
                    p.mail_would_connect(pw),
                    ids.contains(id),
                    "app password {} authenticates iff it exists", id
                );
            }
            // Every element listed can be acted on, or is refused with a typed error.
            for e in &screen.elements {
                let mut probe = p.clone();
                match probe.act(Action::Click(e.id.clone())) {
                    Ok(_) => prop_assert!(e.enabled, "{} is disabled yet accepted a click", e.id),
                    Err(PortalError::Blocked { .. }) => prop_assert!(!e.enabled),
                    Err(other) => prop_assert!(false, "click {} on {}: {}", e.id, screen.id, other),
                }
            }
        }
    }
}

#[test]
fn walks_reach_creation_and_deletion() {
    // Its own deterministic runner, so the counters are this test's and the
    // count does not depend on the run.
    use proptest::test_runner::{RngAlgorithm, TestRng, TestRunner};
    let config = ProptestConfig {
        cases: 64,
        ..ProptestConfig::default()
    };
    let rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
    let mut runner = TestRunner::new_with_rng(config, rng);
    CREATED.store(0, Ordering::Relaxed);
    DELETED.store(0, Ordering::Relaxed);
    let strategy = prop::collection::vec(step(), 60..120);
    runner
        .run(&strategy, |steps| {
            let (options, _) = common::options(9);
            let mut p = Portal::new(common::with_app_passwords(&["a", "b"]), options).unwrap();
            for step in &steps {
                let before = p.app_passwords().len();
                match (step, to_action(&p, step)) {
                    (Step::SignInProperly, _) => sign_in_properly(&mut p),
                    (Step::Guided, _) => guided(&mut p),
                    (_, Some(action)) => {
                        let _ = p.act(action);
                    }
                    _ => {}
                }
                let after = p.app_passwords().len();
                if after > before {
                    CREATED.fetch_add(1, Ordering::Relaxed);
                }
                if after < before {
                    DELETED.fetch_add(1, Ordering::Relaxed);
                }
            }
            Ok(())
        })
        .unwrap();
    let (created, deleted) = (
        CREATED.load(Ordering::Relaxed),
        DELETED.load(Ordering::Relaxed),
    );
    assert!(
        created > 0 && deleted > 0,
        "walks created {created} and deleted {deleted}"
    );
}
