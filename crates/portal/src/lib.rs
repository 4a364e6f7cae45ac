//! A mock of the 2015 Office 365 portal, for an account with multi-factor
//! authentication: a pure state machine that describes each screen as data.
//!
//! [`Portal::screen`] returns a [`Screen`]: regions and elements with stable ids,
//! roles and labels given as Fluent message ids. [`Portal::act`] takes an
//! [`Action`] and says what happened. App passwords follow the real service's
//! rules: 16 lowercase letters from a CSPRNG, shown once, stored only as
//! argon2id PHC strings.
//!
//! This crate holds no display text, draws nothing and reads no files: the
//! i18n, scenario, TUI and checker crates build on its description.

pub mod action;
pub mod catalog;
pub mod clock;
pub mod fixture;
pub mod model;
mod portal;
pub mod screen;
pub mod secret;

pub use action::{Action, Outcome, PortalError, Refusal};
pub use clock::{Clock, ManualClock, SimulatedClock, SystemClock, Timestamp};
pub use fixture::{AppPasswordFixture, Fixture, FixtureError};
pub use model::{InvalidModel, Model, ModelProblem, Rules};
pub use portal::{AppPasswordInfo, MailStatus, Portal, PortalOptions};
pub use screen::{
    Arg, Date, Element, Layout, MessageRef, Region, Role, Screen, ScreenId, Side, SignInStep,
    Value, Window,
};
pub use secret::{HashParams, Secret};

/// The most app passwords one user may have.
pub const MAX_APP_PASSWORDS: usize = 40;
/// The longest app-password name, in characters.
pub const MAX_NAME_CHARS: usize = 64;
/// The day the simulated world starts on: the source article's date.
pub const ARTICLE_DATE: Date = Date {
    year: 2015,
    month: 11,
    day: 19,
};
/// Wrong sign-ins in a row that lock the account.
pub const LOCKOUT_THRESHOLD: u32 = 10;
/// How long a locked account stays locked, in seconds.
pub const LOCKOUT_SECONDS: i64 = 30 * 60;

/// Every Fluent message id the portal can ask for: screen titles, element
/// labels and the messages of refusals and statuses.
pub fn message_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = catalog::ALL.iter().map(|s| s.label).collect();
    for (id, _, _) in model::EMBEDDED {
        if let Some(m) = model::Model::embedded(id) {
            ids.extend(m.message_ids());
        }
    }
    ids.extend(Refusal::SAMPLES.iter().map(|r| r.message().id));
    ids.extend(portal::EXTRA_MESSAGES);
    ids.sort_unstable();
    ids.dedup();
    ids
}
