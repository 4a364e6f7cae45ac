//! Procedures as TOML step scripts: loading with precise errors, validation
//! against the portal, and the engine that runs them — step by step for a
//! trainee ([`Session`]) or by itself ([`auto_run`]) for demos and the docs
//! checker.
//!
//! This crate never touches the terminal and holds no display text: step texts
//! and hints live in Fluent (`<scenario>-<step>`, attribute `hint`). The format
//! is documented in `docs/scenario-format.md`.

mod diagnostic;
mod library;
mod load;
mod model;
mod run;
mod session;

pub use diagnostic::{
    escape_controls, escape_controls_keeping_colour, line_column, nearest, Diagnostic, InvalidFile,
    LoadError, Problem, SHOWN_DIAGNOSTICS,
};
pub use library::{non_regular, FileKind, Library, Models, MAX_SCENARIO_BYTES, MODEL_FILE};
pub use load::{parse, parse_bytes, parse_bytes_with, parse_with};
pub use model::{
    Goal, Location, Scenario, ScriptAction, Step, Template, TemplateError, BUILTIN_VARIABLES,
};
pub use run::{
    auto_run, GoalCheck, GoalReport, RunError, RunFailure, StepRecord, Target, Transcript,
};
pub use session::{only_moves, route_to, Feedback, Session, SessionError, Stats, Verdict};
