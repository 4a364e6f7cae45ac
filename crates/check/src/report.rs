//! Findings for people and for CI: text grouped by scenario and step, or JSON
//! with a stable schema (docs/check-json.md).

use crate::finding::{Finding, Kind, Severity};
use anstyle::{AnsiColor, Style};
use serde::Serialize;
use std::collections::BTreeMap;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::{Arg, Localizer};
use walkthrough_portal::Model;

/// The JSON schema's name and version.
pub const SCHEMA: &str = "walkthrough-check/1";

/// Everything a check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The locales whose texts were read.
    pub locales: Vec<LanguageIdentifier>,
    /// The scenarios checked: id and title message id.
    pub scenarios: Vec<(String, String)>,
    /// The findings, by scenario, step, severity and locale.
    pub findings: Vec<Finding>,
    /// The product model each scenario (by id) runs against: a finding names
    /// an element by id, and its label is that model's.
    pub models: BTreeMap<String, Arc<Model>>,
}

impl Report {
    /// The model the finding's scenario runs against.
    fn model_of(&self, f: &Finding) -> Option<&Model> {
        self.models.get(&f.scenario).map(|m| &**m)
    }

    /// How many findings are errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// How many findings are warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// 1 when there are errors (or warnings, with `deny_warnings`), else 0.
    pub fn exit_code(&self, deny_warnings: bool) -> u8 {
        u8::from(self.errors() > 0 || (deny_warnings && self.warnings() > 0))
    }

    /// Text grouped by scenario and step, in `ui`'s language; coloured when `color`.
    pub fn render_text(&self, l10n: &Localizer, ui: &LanguageIdentifier, color: bool) -> String {
        let paint = |style: Style, s: &str| {
            if color {
                format!("{style}{s}{style:#}")
            } else {
                s.to_owned()
            }
        };
        let bold = Style::new().bold();
        let dim = Style::new().dimmed();
        let mut out = String::new();
        // The findings of each scenario, in report order: one pass over them
        // all (linear in scenarios + findings, not their product).
        let mut by_scenario: HashMap<&str, Vec<&Finding>> = HashMap::new();
        for f in &self.findings {
            by_scenario.entry(f.scenario.as_str()).or_default().push(f);
        }
        for (id, title) in &self.scenarios {
            let _ = writeln!(out, "{} — {}", paint(bold, id), l10n.format(ui, title, &[]));
            let mine: &[&Finding] = by_scenario.get(id.as_str()).map_or(&[], Vec::as_slice);
            if mine.is_empty() {
                let _ = writeln!(out, "  {}", l10n.format(ui, "check-no-findings", &[]));
            }
            let mut current = None;
            for &f in mine {
                if current != Some(f.step) {
                    current = Some(f.step);
                    let heading = match (f.step, &f.step_id) {
                        (Some(n), Some(step_id)) => l10n.format(
                            ui,
                            "check-step-heading",
                            &[
                                ("n", Arg::Number(n as i64)),
                                ("id", Arg::Text(step_id.clone())),
                            ],
                        ),
                        _ => l10n.format(ui, "check-scenario-heading", &[]),
                    };
                    let _ = writeln!(out, "  {}", paint(bold, &heading));
                }
                let (severity, style) = match f.severity {
                    Severity::Error => (
                        "check-error",
                        Style::new().bold().fg_color(Some(AnsiColor::Red.into())),
                    ),
                    Severity::Warning => (
                        "check-warning",
                        Style::new().bold().fg_color(Some(AnsiColor::Yellow.into())),
                    ),
                };
                let locale = f
                    .locale
                    .as_ref()
                    .map_or_else(String::new, |l| format!("{l}: "));
                let _ = writeln!(
                    out,
                    "    {} {} {}{}",
                    paint(style, &l10n.format(ui, severity, &[])),
                    paint(dim, &format!("[{}]", f.kind.code())),
                    locale,
                    explain(l10n, ui, self.model_of(f), f)
                );
                let _ = writeln!(
                    out,
                    "      {}",
                    l10n.format(
                        ui,
                        "check-fix",
                        &[("fix", Arg::Text(fix(l10n, ui, self.model_of(f), f)))]
                    )
                );
            }
            out.push('\n');
        }
        let summary = l10n.format(
            ui,
            "check-summary",
            &[
                ("errors", Arg::Number(self.errors() as i64)),
                ("warnings", Arg::Number(self.warnings() as i64)),
            ],
        );
        let _ = writeln!(out, "{}", paint(bold, &summary));
        out
    }

    /// The one JSON document of a check that could not run (bad input,
    /// exit 2): the schema, no findings, and `error` with the message a
    /// person reads on standard error.
    pub fn error_json(message: &str) -> String {
        serde_json::json!({
            "schema": "walkthrough-check/1",
            "locales": [],
            "scenarios": [],
            "findings": [],
            "summary": { "errors": 0, "warnings": 0 },
            "error": { "message": message, "exit_code": 2 },
        })
        .to_string()
    }

    /// The JSON document (schema `walkthrough-check/1`), explanations in `ui`'s language.
    pub fn to_json(&self, l10n: &Localizer, ui: &LanguageIdentifier) -> String {
        #[derive(Serialize)]
        struct Doc<'a> {
            schema: &'static str,
            locales: Vec<String>,
            scenarios: Vec<Scenario<'a>>,
            findings: Vec<JsonFinding<'a>>,
            summary: Summary,
        }
        #[derive(Serialize)]
        struct Scenario<'a> {
            id: &'a str,
            title: String,
        }
        #[derive(Serialize)]
        struct JsonFinding<'a> {
            #[serde(flatten)]
            finding: &'a Finding,
            message: String,
            fix: String,
        }
        #[derive(Serialize)]
        struct Summary {
            errors: usize,
            warnings: usize,
        }
        let doc = Doc {
            schema: SCHEMA,
            locales: self.locales.iter().map(ToString::to_string).collect(),
            scenarios: self
                .scenarios
                .iter()
                .map(|(id, title)| Scenario {
                    id,
                    title: l10n.format(ui, title, &[]),
                })
                .collect(),
            findings: self
                .findings
                .iter()
                .map(|f| JsonFinding {
                    finding: f,
                    message: explain(l10n, ui, self.model_of(f), f),
                    fix: fix(l10n, ui, self.model_of(f), f),
                })
                .collect(),
            summary: Summary {
                errors: self.errors(),
                warnings: self.warnings(),
            },
        };
        serde_json::to_string_pretty(&doc).unwrap_or_default()
    }
}

/// The label of an element of `model` (the one the finding's scenario runs)
/// in `ui`'s language, for elements a finding names only by id; the id when
/// the model has no such element.
fn element_label(
    l10n: &Localizer,
    ui: &LanguageIdentifier,
    model: Option<&Model>,
    id: &str,
) -> String {
    model
        .and_then(|m| m.element(id))
        .map_or_else(|| id.to_owned(), |e| l10n.format(ui, e.spec.label, &[]))
}

fn text(s: &str) -> Arg {
    Arg::Text(s.to_owned())
}

/// The `nearest` label and its `element` a misquote or misnaming is told
/// with (`none` and `-` when nothing is near enough).
fn nearest_args(nearest: &Option<crate::Named>) -> Vec<(&'static str, Arg)> {
    vec![
        (
            "nearest",
            text(nearest.as_ref().map_or("none", |n| n.label.as_str())),
        ),
        (
            "element",
            text(nearest.as_ref().map_or("-", |n| n.element.as_str())),
        ),
    ]
}

/// The message arguments of a finding.
fn args(
    l10n: &Localizer,
    ui: &LanguageIdentifier,
    model: Option<&Model>,
    f: &Finding,
) -> Vec<(&'static str, Arg)> {
    match &f.kind {
        Kind::TargetNotOnScreen {
            element,
            screen,
            first_click,
        } => vec![
            ("element", text(element)),
            ("label", text(&element_label(l10n, ui, model, element))),
            ("screen", text(screen)),
            (
                "click",
                text(
                    &first_click
                        .as_ref()
                        .map_or_else(|| "none".to_owned(), |c| element_label(l10n, ui, model, c)),
                ),
            ),
        ],
        Kind::ScriptRefused { refusal } => vec![("refusal", text(&l10n.format(ui, refusal, &[])))],
        Kind::AmbiguousTarget { target, other } => vec![
            ("label", text(&target.label)),
            ("element", text(&target.element)),
            ("other", text(other)),
        ],
        Kind::UnexpectedScreen { expected, actual } => {
            vec![("expected", text(expected)), ("actual", text(actual))]
        }
        Kind::GoalNotMet { condition } => vec![("condition", text(condition))],
        Kind::MissingMessage { id } => vec![
            ("id", text(id)),
            ("locale", text(f.locale.as_deref().unwrap_or_default())),
        ],
        Kind::QuoteNotALabel { quote, nearest } => {
            [vec![("quote", text(quote))], nearest_args(nearest)].concat()
        }
        Kind::NameNotALabel { words, nearest } => {
            [vec![("words", text(words))], nearest_args(nearest)].concat()
        }
        Kind::UnmentionedAction { target, first } => {
            vec![
                ("label", text(&target.label)),
                ("element", text(&target.element)),
                ("first", text(if *first { "yes" } else { "no" })),
            ]
        }
        Kind::UnmentionedInput { field, submit } => vec![
            ("field", text(&field.label)),
            (
                "submit",
                text(submit.as_ref().map_or("none", |s| s.label.as_str())),
            ),
        ],
        Kind::LocationMismatch {
            claimed,
            words,
            actual,
            element,
        } => vec![
            (
                "claimed",
                // The texts' own words where they are known.
                text(&if words.is_empty() {
                    l10n.format(ui, &format!("location-{claimed}"), &[])
                } else {
                    words.join(" / ")
                }),
            ),
            (
                "actual",
                text(&l10n.format(ui, &format!("location-{actual}"), &[])),
            ),
            ("element", text(element)),
            ("label", text(&element_label(l10n, ui, model, element))),
        ],
        Kind::NamesLaterTarget {
            quote,
            later_step,
            target,
        } => vec![
            ("quote", text(quote)),
            ("later", Arg::Number(*later_step as i64)),
            ("label", text(&target.label)),
        ],
        Kind::ChangesNothing => Vec::new(),
        Kind::RepeatsStep { repeated_step } => {
            vec![("step", Arg::Number(*repeated_step as i64))]
        }
        Kind::UnresolvedStep { reason } => vec![("reason", text(reason))],
        Kind::StrayCharacters { snippet } => vec![("snippet", text(snippet))],
        Kind::LocalesDisagree {
            other_locale,
            quotes,
            other_quotes,
        } => vec![
            ("other", text(other_locale)),
            ("quotes", text(&join(l10n, ui, model, quotes))),
            ("other_quotes", text(&join(l10n, ui, model, other_quotes))),
        ],
    }
}

fn join(
    l10n: &Localizer,
    ui: &LanguageIdentifier,
    model: Option<&Model>,
    ids: &[String],
) -> String {
    if ids.is_empty() {
        return "-".to_owned();
    }
    ids.iter()
        .map(|id| element_label(l10n, ui, model, id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The one-line explanation of a finding, naming elements by the labels of
/// `model` (the one its scenario runs against).
pub fn explain(
    l10n: &Localizer,
    ui: &LanguageIdentifier,
    model: Option<&Model>,
    f: &Finding,
) -> String {
    l10n.format(
        ui,
        &format!("check-{}", f.kind.code()),
        &args(l10n, ui, model, f),
    )
}

/// The fix a finding suggests, naming elements by the labels of `model`.
pub fn fix(
    l10n: &Localizer,
    ui: &LanguageIdentifier,
    model: Option<&Model>,
    f: &Finding,
) -> String {
    l10n.format(
        ui,
        &format!("check-{}-fix", f.kind.code()),
        &args(l10n, ui, model, f),
    )
}
