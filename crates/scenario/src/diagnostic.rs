//! Load errors a person can act on: file, line, column, the line itself with a
//! caret under the spot, what was expected, and a "did you mean".

use annotate_snippets::{Level, Renderer, Snippet};
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;
use thiserror::Error;
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
    /// A portal other than the ones this program simulates.
    #[error("unknown portal `{0}`; expected `office365`")]
    UnknownPortal(String),
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
}

impl InvalidFile {
    pub(crate) fn new(origin: &str, text: &str) -> Self {
        InvalidFile {
            origin: origin.to_owned(),
            text: text.to_owned(),
            diagnostics: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, span: Range<usize>, problem: Problem, help: Option<String>) {
        let span = clamp(span, &self.text);
        let (line, column) = line_column(&self.text, span.start);
        self.diagnostics.push(Diagnostic {
            span,
            line,
            column,
            problem,
            help,
        });
    }

    /// Renders every diagnostic like rustc and cargo do (colours when `styled`).
    pub fn render(&self, styled: bool) -> String {
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = String::new();
        for d in &self.diagnostics {
            let title = d.problem.to_string();
            // The renderer appends `:line:column` to the origin itself.
            let mut message = Level::Error.title(&title).snippet(
                Snippet::source(&self.text)
                    .origin(&self.origin)
                    .fold(true)
                    .annotation(Level::Error.span(d.span.clone())),
            );
            if let Some(help) = &d.help {
                message = message.footer(Level::Help.title(help));
            }
            out.push_str(&renderer.render(message).to_string());
            out.push_str("\n\n");
        }
        out.truncate(out.trim_end().len());
        out
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

/// The nearest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// "did you mean `x`?" for the nearest candidate.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    // i18n-exempt: a diagnostic for script authors, in English like cargo's
    nearest(word, candidates).map(|c| format!("did you mean `{c}`?"))
}

fn clamp(span: Range<usize>, text: &str) -> Range<usize> {
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}
