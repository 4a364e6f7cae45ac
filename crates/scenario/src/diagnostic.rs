//! Load errors a person can act on: file, line, column, the line itself with a
//! caret under the spot, what was expected, and a "did you mean".

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;
use thiserror::Error;
use walkthrough_diagnostic::{clamp, render, LineIndex, Located};
pub use walkthrough_diagnostic::{
    did_you_mean, escape_controls, escape_controls_keeping_colour, line_column, nearest,
    SHOWN_DIAGNOSTICS,
};
use walkthrough_portal::FixtureError;

/// What is wrong at one spot of a scenario file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Problem {
    /// The file is not valid TOML.
    #[error("TOML syntax: {0}")]
    Syntax(String),
    /// A value has the wrong shape (type, missing or unknown field).
    #[error("{0}")]
    Shape(String),
    /// A required key is missing.
    #[error("missing `{key}`: {expected}")]
    Missing {
        /// The key.
        key: &'static str,
        /// What it should hold.
        expected: &'static str,
    },
    /// A key the format does not have.
    #[error("unknown key `{key}`; expected one of {expected}")]
    UnknownKey {
        /// The key.
        key: String,
        /// The keys allowed here.
        expected: String,
    },
    /// A `portal` that names no product model loaded: neither an embedded
    /// one nor one of `--portals DIR`.
    #[error("unknown portal `{portal}`; expected one of {expected} (`office365` names `office365-2015` too; a model of your own is read with `--portals DIR`)")]
    UnknownPortal {
        /// What was written.
        portal: String,
        /// The ids of the models loaded.
        expected: String,
    },
    /// An element id the portal never shows.
    #[error("step `{step}`: unknown element `{element}`")]
    UnknownElement {
        /// The step.
        step: String,
        /// The id written.
        element: String,
    },
    /// A screen id the portal does not have.
    #[error("step `{step}`: unknown screen `{screen}`")]
    UnknownScreen {
        /// The step.
        step: String,
        /// The id written.
        screen: String,
    },
    /// A `where` that is not a known location.
    #[error("step `{step}`: unknown location `{location}`; expected one of {expected}")]
    UnknownLocation {
        /// The step.
        step: String,
        /// What was written.
        location: String,
        /// The locations allowed.
        expected: String,
    },
    /// An action table without exactly one verb.
    #[error("step `{step}`: an action needs exactly one of `click`, `type`, `clear`, `copy`, `paste`, `submit`, `back`; found {found}")]
    ActionVerb {
        /// The step.
        step: String,
        /// What was found.
        found: String,
    },
    /// `text` where it does not belong, or missing where it does.
    #[error("step `{step}`: {detail}")]
    ActionText {
        /// The step.
        step: String,
        /// What is wrong.
        detail: &'static str,
    },
    /// A placeholder nobody defines, or a malformed one.
    #[error("unknown placeholder `{{{name}}}`; define it under [params] or use one of {known}")]
    UnknownPlaceholder {
        /// The placeholder.
        name: String,
        /// The placeholders available.
        known: String,
    },
    /// A template that does not parse.
    #[error("{0}")]
    Template(#[from] crate::model::TemplateError),
    /// Two steps with one id.
    #[error("step id `{0}` is used twice; step ids name Fluent messages and must be unique")]
    DuplicateStep(String),
    /// A step id that cannot be part of a Fluent message id.
    #[error("`{0}` cannot name a step: use lowercase letters, digits and `-`")]
    BadId(String),
    /// The fixture breaks a rule of the service.
    #[error("fixture: {0}")]
    Fixture(FixtureError),
    /// The goal names a fixture app password that has no known plaintext.
    #[error("goal: the fixture has no app password named `{0}` with a `password`")]
    GoalPassword(String),
    /// No steps at all.
    #[error("a scenario needs at least one [[step]]")]
    NoSteps,
    /// A byte sequence that is not UTF-8.
    #[error("invalid UTF-8: scenario files are UTF-8 text")]
    Encoding,
    /// A dotted key or a nesting deeper than the TOML parser allows.
    #[error("TOML syntax: {0}; a dotted key may have at most 80 parts")]
    TooDeep(String),
}

/// One problem at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte range in the file.
    pub span: Range<usize>,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub problem: Problem,
    /// A suggestion ("did you mean `suite.settings`?").
    pub help: Option<String>,
}

/// Every problem of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidFile {
    /// The file's name as shown (a path or `embedded:…`).
    pub origin: String,
    /// Its text.
    pub text: String,
    /// Its problems, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// Where each line of `text` starts.
    lines: LineIndex,
}

impl InvalidFile {
    pub(crate) fn new(origin: &str, text: &str) -> Self {
        InvalidFile {
            origin: origin.to_owned(),
            text: text.to_owned(),
            diagnostics: Vec::new(),
            lines: LineIndex::new(text),
        }
    }

    /// 1-based line and column (in characters) of a byte offset of the text,
    /// in O(log lines + line length).
    pub(crate) fn line_column(&self, offset: usize) -> (usize, usize) {
        self.lines.line_column(&self.text, offset)
    }

    pub(crate) fn push(&mut self, span: Range<usize>, problem: Problem, help: Option<String>) {
        let span = clamp(span, &self.text);
        let (line, column) = self.line_column(span.start);
        self.diagnostics.push(Diagnostic {
            span,
            line,
            column,
            problem,
            help,
        });
    }

    /// Renders the first [`SHOWN_DIAGNOSTICS`] diagnostics like rustc and
    /// cargo do (colours when `styled`), then how many more there are.
    ///
    /// Each snippet holds only the lines of its span, so the cost grows with
    /// the diagnostics shown, not with the file. Control characters of the
    /// file, its name and the messages are shown as visible symbols
    /// ([`escape_controls`]), so a file cannot drive the terminal.
    pub fn render(&self, styled: bool) -> String {
        let problems = self.diagnostics.iter().map(|d| Located {
            span: d.span.clone(),
            line: d.line,
            message: d.problem.to_string(),
            help: d.help.as_deref(),
        });
        render(
            &self.origin,
            &self.text,
            &self.lines,
            self.diagnostics.len(),
            problems,
            styled,
        )
    }
}

impl fmt::Display for InvalidFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// Why scenarios could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    /// A file or folder could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A path that names a FIFO, a device, a socket or a folder where a
    /// scenario file was expected: reading it could wait forever.
    #[error("cannot read {}: it is a {kind}, not a regular file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is.
        kind: crate::library::FileKind,
    },
    /// A file has problems; all of them are listed.
    #[error("{0}")]
    Invalid(Box<InvalidFile>),
    /// Several files have problems.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n\n"))]
    Many(Vec<LoadError>),
    /// No scenario by that id.
    // i18n-exempt: a diagnostic for script authors, in English like cargo's
    #[error("unknown scenario `{id}`{}; available: {}", suggestion.as_ref().map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default(), known.join(", "))]
    UnknownScenario {
        /// The id asked for.
        id: String,
        /// The nearest known id.
        suggestion: Option<String>,
        /// Every known id.
        known: Vec<String>,
    },
    /// A product model file has problems; all of them are listed.
    #[error("{}", .0.render(false))]
    Model(Box<walkthrough_portal::model::InvalidModel>),
    /// A folder of `--portals DIR` without its `model.toml`.
    // i18n-exempt: a diagnostic for model authors, in English like cargo's
    #[error("no model.toml in {}: each folder of --portals DIR is one product model, <model-id>/model.toml", .0.display())]
    NoModelFile(PathBuf),
    /// A `--portals DIR` with no model folder in it.
    // i18n-exempt: a diagnostic for model authors, in English like cargo's
    #[error("no product model in {}: expected folders <model-id>/model.toml", .0.display())]
    NoModels(PathBuf),
    /// A scenario or model file larger than
    /// [`MAX_SCENARIO_BYTES`](crate::MAX_SCENARIO_BYTES): refused unread.
    // i18n-exempt: a diagnostic for script authors, in English like cargo's
    #[error("{}:1:1: the file is larger than {} bytes, the most a scenario or model file may hold", path.display(), limit)]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// A folder without scenario files.
    #[error("no scenario files (*.toml) in {}", .0.display())]
    Empty(PathBuf),
    /// Two files define the same id.
    #[error("scenario id `{id}` is defined twice: in {first} and in {second}")]
    DuplicateId {
        /// The id.
        id: String,
        /// Where it was first defined.
        first: String,
        /// Where again.
        second: String,
    },
}
