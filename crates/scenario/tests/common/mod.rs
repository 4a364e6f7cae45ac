//! What the engine's tests share: a fixed seed and clock, the shipped
//! scripts, and a trainee's hands on a session.
#![allow(dead_code, clippy::unwrap_used)]

use std::sync::Arc;
use walkthrough_portal::*;
use walkthrough_scenario::*;

pub fn options() -> PortalOptions {
    PortalOptions {
        seed: Some(2015),
        clock: Arc::new(ManualClock::at_date(Date::parse("2015-11-19").unwrap())),
        hash: HashParams::TEST_ONLY_MINIMAL,
    }
}

pub fn library() -> Library {
    Library::embedded().unwrap()
}

pub fn click(s: &mut Session, id: &str) -> Verdict {
    s.act(Action::Click(id.into())).unwrap().verdict
}

pub fn type_into(s: &mut Session, id: &str, text: &str) -> Verdict {
    s.act(Action::Type {
        element: id.into(),
        text: text.into(),
    })
    .unwrap()
    .verdict
}

/// The verification code the simulated phone shows.
pub fn phone_code(s: &Session) -> String {
    match &s.screen().element("phone.message").unwrap().label.args[0].1 {
        Arg::Text(c) => c.clone(),
        other => panic!("the phone shows no code: {other:?}"),
    }
}
