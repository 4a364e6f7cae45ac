//! Training records of walkthrough runs, a trainer can collect.
//!
//! Each finished, failed or abandoned run becomes an xAPI 1.0.3 statement
//! ([`RunRecord::statement`]): who (the trainee), did what (an ADL verb:
//! completed, passed, failed, attempted), to what (the scenario as an
//! activity IRI, `urn:walkthrough:scenario:<id>`, with its title), how
//! ([`score`](score::score) out of 100, success, completion, ISO 8601
//! duration) and in what setting (mode, language, seed, and the attempt
//! sequence as `context.registration`).
//!
//! Statements are kept in a JSON Lines [`Store`] (safe for several processes
//! appending at once) and can be sent to a Learning Record Store
//! ([`Store::deliver`]): each is listed in `<file>.pending` before it is sent
//! and taken off only once the LRS has stored it, so one that could not be
//! sent, for whatever reason, waits there for a sync (see [`store`]).
//!
//! Not here: no terminal, no printing, no words for people (errors and
//! skipped lines are values; the command line says them), and never a
//! secret — a [`RunRecord`] has no field for a password.

pub mod lrs;
#[cfg(feature = "xapi-rules")]
pub mod rules;
pub mod score;
#[cfg(feature = "stand-in-lrs")]
pub mod stand_in;
pub mod statement;
pub mod store;

pub use lrs::{redact, Lrs, LrsError, Receipt, Sent};
pub use score::{score, ScoreInput};
pub use statement::{
    home_page, is_home_page, is_private_use, iso_duration, local_home_page, parse_iso_duration,
    record_language, xapi_timestamp, Ending, RunMode, RunRecord, Statement, VerbKind,
};
pub use store::{send_unkept, Delivery, Loaded, Repeated, Skipped, Store, StoreError};
pub use uuid::Uuid;
