//! From TOML text to a validated [`Scenario`], collecting every problem.

use crate::diagnostic::{did_you_mean, InvalidFile, LoadError, Problem};
use crate::library::Models;
use crate::model::{Goal, Location, Scenario, ScriptAction, Step, Template, BUILTIN_VARIABLES};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use toml::de::{DeTable, DeValue, ValueDeserializer};
use toml::Spanned;
use walkthrough_portal::{Fixture, Model};

const TOP_KEYS: [&str; 9] = [
    "id",
    "portal",
    "title",
    "task",
    "fixture",
    "params",
    "step",
    "goal",
    "sign_in_shown",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    #[serde(rename = "where")]
    location: Option<Spanned<String>>,
    #[serde(rename = "do", default)]
    actions: Vec<Spanned<RawAction>>,
    expect: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAction {
    click: Option<Spanned<String>>,
    #[serde(rename = "type")]
    type_: Option<Spanned<String>>,
    clear: Option<Spanned<String>>,
    copy: Option<Spanned<String>>,
    paste: Option<Spanned<String>>,
    submit: Option<Spanned<String>>,
    back: Option<Spanned<bool>>,
    text: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGoal {
    app_password_named: Option<Spanned<String>>,
    app_password_absent: Option<Spanned<String>>,
    mail_connected: Option<bool>,
    mail_connected_with: Option<Spanned<String>>,
    mail_rejects_password_of: Option<Spanned<String>>,
}

/// Parses and validates one scenario file read as bytes: text that is not
/// UTF-8 is an [`Problem::Encoding`] error at the first bad byte's line and
/// column. `origin` names the file in messages.
pub fn parse_bytes(origin: &str, bytes: &[u8]) -> Result<Scenario, LoadError> {
    parse_bytes_with(origin, bytes, &Models::embedded())
}

/// As [`parse_bytes`], with the models of [`parse_with`].
///
/// # Errors
/// As [`parse_with`], and a byte that is not UTF-8.
pub fn parse_bytes_with(
    origin: &str,
    bytes: &[u8],
    models: &Models,
) -> Result<Scenario, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_with(origin, text, models),
        Err(e) => {
            let at = e.valid_up_to();
            let text = String::from_utf8_lossy(bytes);
            let mut file = InvalidFile::new(origin, &text);
            // The text before the bad byte is unchanged, so `at` is its offset
            // in the lossy text too, where U+FFFD (3 bytes) stands for it.
            file.push(at..at + 3, Problem::Encoding, None);
            Err(LoadError::Invalid(Box::new(file)))
        }
    }
}

/// The dotted keys of `text` with more parts than the TOML parser accepts
/// (it nests a table per part), in file order, as byte ranges.
fn deep_dotted_keys(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    use toml_parser::lexer::TokenKind;
    /// toml's limit: a key of this many dots or more is refused.
    const LIMIT: usize = 80;
    let (mut start, mut end, mut dots) = (None, 0, 0);
    let mut tokens = toml_parser::Source::new(text).lex();
    std::iter::from_fn(move || {
        for token in tokens.by_ref() {
            let span = token.span();
            match token.kind() {
                TokenKind::Atom | TokenKind::BasicString | TokenKind::LiteralString => {
                    start.get_or_insert(span.start());
                    end = span.end();
                }
                TokenKind::Dot => dots += 1,
                TokenKind::Whitespace => {}
                _ => {
                    let found = (dots >= LIMIT).then(|| start.unwrap_or(0)..end);
                    (start, dots) = (None, 0);
                    if found.is_some() {
                        return found;
                    }
                }
            }
        }
        let found = (dots >= LIMIT).then(|| start.unwrap_or(0)..end);
        (start, dots) = (None, 0);
        found
    })
}

/// Parses and validates one scenario file against the embedded product
/// models. `origin` names it in messages.
pub fn parse(origin: &str, text: &str) -> Result<Scenario, LoadError> {
    parse_with(origin, text, &Models::embedded())
}

/// Parses and validates one scenario file; its `portal` must name one of
/// `models` (the embedded ones, and those of `--portals DIR`), which the
/// scenario then carries. `origin` names the file in messages.
///
/// # Errors
/// Every problem of the file at once ([`LoadError::Invalid`]); a `portal`
/// that names no model of `models` is one of them, at the value's line and
/// column, with the nearest id as a "did you mean".
pub fn parse_with(origin: &str, text: &str, models: &Models) -> Result<Scenario, LoadError> {
    let mut file = InvalidFile::new(origin, text);
    let scenario = Loader {
        file: &mut file,
        models,
        model: None,
    }
    .load(text);
    match scenario {
        Some(s) if file.diagnostics.is_empty() => Ok(s),
        _ => {
            file.diagnostics.sort_by_key(|d| d.span.start);
            Err(LoadError::Invalid(Box::new(file)))
        }
    }
}

struct Loader<'f> {
    file: &'f mut InvalidFile,
    /// The models a script may name.
    models: &'f Models,
    /// The product model the file names, once found: step targets are
    /// checked against its elements (not at all when it names none).
    model: Option<std::sync::Arc<Model>>,
}

impl Loader<'_> {
    fn error(&mut self, span: Range<usize>, problem: Problem) {
        self.file.push(span, problem, None);
    }

    fn error_help(&mut self, span: Range<usize>, problem: Problem, help: Option<String>) {
        self.file.push(span, problem, help);
    }

    /// Deserializes a part of the document, recording its error.
    fn part<T: for<'de> Deserialize<'de>>(&mut self, value: Spanned<DeValue<'_>>) -> Option<T> {
        let whole = value.span();
        match T::deserialize(ValueDeserializer::from(value)) {
            Ok(v) => Some(v),
            Err(e) => {
                let span = e.span().unwrap_or(whole);
                self.error(span, Problem::Shape(e.message().to_owned()));
                None
            }
        }
    }

    fn string(&mut self, value: Spanned<DeValue<'_>>) -> Option<Spanned<String>> {
        self.part::<Spanned<String>>(value)
    }

    fn load(mut self, text: &str) -> Option<Scenario> {
        let (doc, syntax) = DeTable::parse_recoverable(text);
        if !syntax.is_empty() {
            let mut deep_keys = deep_dotted_keys(text);
            for e in syntax {
                let message = e.message().trim().to_owned();
                match e.span() {
                    Some(span) => self.error(span, Problem::Syntax(message)),
                    // The parser gives no place for a key of too many parts.
                    None if message == "recursion limit" => {
                        let span = deep_keys.next().unwrap_or(0..0);
                        self.error(span, Problem::TooDeep(message));
                    }
                    None => self.error(0..0, Problem::Syntax(message)),
                }
            }
            return None;
        }
        // The model first: the steps' targets are its elements.
        let named = doc.get_ref().iter().find_map(|(k, v)| match v.get_ref() {
            DeValue::String(p) if k.get_ref().as_ref() == "portal" => Some(p.to_string()),
            _ => None,
        });
        self.model = named.as_deref().and_then(|p| self.models.get(model_id(p)));
        let (mut id, mut portal, mut title, mut task) = (None, None, None, None);
        let (mut fixture, mut params, mut steps, mut goal) = (None, None, None, None);
        let mut fixture_span = 0..0;
        let mut goal_raw = None;
        let mut sign_in_shown = None;
        for (key, value) in doc.into_inner() {
            let key_span = key.span();
            match key.get_ref().as_ref() {
                "id" => id = self.string(value),
                "portal" => portal = self.string(value),
                "title" => title = self.string(value),
                "task" => task = self.string(value),
                "fixture" => {
                    fixture_span = value.span();
                    fixture = self.part::<Fixture>(value);
                }
                "params" => params = self.part::<BTreeMap<String, String>>(value),
                "step" => steps = Some(self.steps(value)),
                "goal" => goal_raw = self.part::<Spanned<RawGoal>>(value),
                "sign_in_shown" => sign_in_shown = self.part::<bool>(value),
                other => {
                    let help = did_you_mean(other, TOP_KEYS);
                    self.error_help(
                        key_span,
                        Problem::UnknownKey {
                            key: other.to_owned(),
                            expected: list(TOP_KEYS),
                        },
                        help,
                    );
                }
            }
        }
        let id = match id {
            Some(id) => {
                if !is_message_id_part(id.get_ref()) {
                    self.error(id.span(), Problem::BadId(id.get_ref().clone()));
                }
                id.into_inner()
            }
            None => {
                self.error(
                    0..0,
                    Problem::Missing {
                        key: "id",
                        expected: "the scenario's id, e.g. `app-password-create`",
                    },
                );
                String::new()
            }
        };
        match &portal {
            Some(p) if self.models.get(model_id(p.get_ref())).is_some() => {}
            Some(p) => {
                let ids = self.models.ids();
                self.error_help(
                    p.span(),
                    Problem::UnknownPortal {
                        portal: p.get_ref().clone(),
                        expected: list(ids.iter().copied()),
                    },
                    did_you_mean(p.get_ref(), ids.iter().copied().chain(["office365"])),
                );
            }
            None => self.error(
                0..0,
                Problem::Missing {
                    key: "portal",
                    expected: "the product model simulated: `office365-2015`",
                },
            ),
        }
        let fixture = fixture.unwrap_or_default();
        let rules = self.model.as_ref().map(|m| m.rules);
        if let Some(Err(e)) = rules.map(|rules| fixture.validate_with(&rules)) {
            self.error(fixture_span, Problem::Fixture(e));
        }
        let params = params.unwrap_or_default();
        let mut known: Vec<&str> = BUILTIN_VARIABLES.to_vec();
        known.extend(params.keys().map(String::as_str));
        let known_list = list(known.iter().copied());

        let raw_steps = match steps {
            Some(steps) => steps,
            None => {
                self.error(0..0, Problem::NoSteps);
                Vec::new()
            }
        };
        let mut seen = BTreeSet::new();
        let mut out_steps = Vec::with_capacity(raw_steps.len());
        for raw in raw_steps {
            let line = self.file.line_column(raw.span().start).0;
            let raw = raw.into_inner();
            let step_id = raw.id.get_ref().clone();
            if !is_message_id_part(&step_id) {
                self.error(raw.id.span(), Problem::BadId(step_id.clone()));
            } else if !seen.insert(step_id.clone()) {
                self.error(raw.id.span(), Problem::DuplicateStep(step_id.clone()));
            }
            let location = raw
                .location
                .and_then(|l| match Location::parse(l.get_ref()) {
                    Some(loc) => Some(loc),
                    None => {
                        let names = Location::ALL.map(|(n, _)| n);
                        self.error_help(
                            l.span(),
                            Problem::UnknownLocation {
                                step: step_id.clone(),
                                location: l.get_ref().clone(),
                                expected: list(names),
                            },
                            did_you_mean(l.get_ref(), names),
                        );
                        None
                    }
                });
            // Without its model (an unknown `portal`, reported already) a
            // step's screen cannot be checked.
            let model = self.model.clone();
            let expect = raw.expect.and_then(|e| {
                let screens = &model.as_ref()?.screens;
                match screens.iter().find(|s| s.id == e.get_ref().as_str()) {
                    Some(s) => Some(s.id),
                    None => {
                        let help = did_you_mean(e.get_ref(), screens.iter().map(|s| s.id.as_str()));
                        self.error_help(
                            e.span(),
                            Problem::UnknownScreen {
                                step: step_id.clone(),
                                screen: e.get_ref().clone(),
                            },
                            help,
                        );
                        None
                    }
                }
            });
            let mut actions = Vec::with_capacity(raw.actions.len());
            for action in raw.actions {
                if let Some(a) = self.action(&step_id, action, &known, &known_list) {
                    actions.push(a);
                }
            }
            out_steps.push(Step {
                id: step_id,
                location,
                actions,
                expect,
                line,
            });
        }
        if let Some(g) = goal_raw {
            goal = Some(self.goal(g.into_inner(), &fixture, &params, &known, &known_list));
        }
        let title = title.map_or_else(|| format!("{id}-title"), Spanned::into_inner);
        let task = task.map_or_else(|| format!("{id}-task"), Spanned::into_inner);
        let model = self.model.clone()?;
        Some(Scenario {
            model,
            portal: portal
                .map(|p| model_id(p.get_ref()).to_owned())
                .unwrap_or_default(),
            title,
            task,
            fixture,
            params,
            steps: out_steps,
            goal: goal.unwrap_or_default(),
            sign_in_shown: sign_in_shown.unwrap_or(true),
            origin: self.file.origin.clone(),
            id,
        })
    }

    /// Each `[[step]]` on its own, so one broken step does not hide the others.
    fn steps(&mut self, value: Spanned<DeValue<'_>>) -> Vec<Spanned<RawStep>> {
        let span = value.span();
        match value.into_inner() {
            DeValue::Array(items) => {
                if items.is_empty() {
                    self.error(span, Problem::NoSteps);
                }
                items
                    .into_iter()
                    .filter_map(|item| self.part(item))
                    .collect()
            }
            _ => {
                self.error(
                    span,
                    Problem::Shape(
                        "`step` must be a list of tables: write each step as [[step]]".to_owned(),
                    ),
                );
                Vec::new()
            }
        }
    }

    fn action(
        &mut self,
        step: &str,
        raw: Spanned<RawAction>,
        known: &[&str],
        known_list: &str,
    ) -> Option<ScriptAction> {
        let span = raw.span();
        let raw = raw.into_inner();
        let verbs: Vec<(&str, &Spanned<String>)> = [
            ("click", &raw.click),
            ("type", &raw.type_),
            ("clear", &raw.clear),
            ("copy", &raw.copy),
            ("paste", &raw.paste),
            ("submit", &raw.submit),
        ]
        .into_iter()
        .filter_map(|(v, e)| e.as_ref().map(|e| (v, e)))
        .collect();
        let back = raw.back.as_ref().is_some_and(|b| *b.get_ref());
        let count = verbs.len() + usize::from(raw.back.is_some());
        if count != 1 {
            let found = if count == 0 {
                "none".to_owned()
            } else {
                let mut names: Vec<&str> = verbs.iter().map(|(v, _)| *v).collect();
                if raw.back.is_some() {
                    names.push("back");
                }
                list(names)
            };
            self.error(
                span,
                Problem::ActionVerb {
                    step: step.to_owned(),
                    found,
                },
            );
            return None;
        }
        if raw.back.is_some() {
            if raw.text.is_some() {
                self.error(
                    span,
                    Problem::ActionText {
                        step: step.to_owned(),
                        detail: "`text` goes only with `type`",
                    },
                );
            }
            return back.then_some(ScriptAction::Back);
        }
        let (verb, element) = verbs[0];
        let id = element.get_ref().clone();
        let unknown = self.model.as_ref().filter(|m| m.element(&id).is_none());
        if let Some(model) = unknown {
            let help = did_you_mean(&id, model.specs().map(|s| s.id));
            self.error_help(
                element.span(),
                Problem::UnknownElement {
                    step: step.to_owned(),
                    element: id.clone(),
                },
                help,
            );
        }
        if verb != "type" && raw.text.is_some() {
            self.error(
                span.clone(),
                Problem::ActionText {
                    step: step.to_owned(),
                    detail: "`text` goes only with `type`",
                },
            );
        }
        Some(match verb {
            "click" => ScriptAction::Click(id),
            "clear" => ScriptAction::Clear(id),
            "copy" => ScriptAction::Copy(id),
            "paste" => ScriptAction::Paste(id),
            "submit" => ScriptAction::Submit(id),
            _ => {
                let Some(text) = raw.text else {
                    self.error(
                        span,
                        Problem::ActionText {
                            step: step.to_owned(),
                            detail: "`type` needs `text`, the text to type",
                        },
                    );
                    return None;
                };
                let template = self.template(&text, known, known_list)?;
                ScriptAction::Type {
                    element: id,
                    text: template,
                }
            }
        })
    }

    fn template(
        &mut self,
        text: &Spanned<String>,
        known: &[&str],
        known_list: &str,
    ) -> Option<Template> {
        match Template::parse(text.get_ref()) {
            Ok(t) => {
                for v in t.variables() {
                    if !known.contains(&v) {
                        self.error_help(
                            text.span(),
                            Problem::UnknownPlaceholder {
                                name: v.to_owned(),
                                known: known_list.to_owned(),
                            },
                            did_you_mean(v, known.iter().copied()),
                        );
                    }
                }
                Some(t)
            }
            Err(e) => {
                self.error(text.span(), Problem::Template(e));
                None
            }
        }
    }

    fn goal(
        &mut self,
        raw: RawGoal,
        fixture: &Fixture,
        params: &BTreeMap<String, String>,
        known: &[&str],
        known_list: &str,
    ) -> Goal {
        let mut t = |s: &Option<Spanned<String>>| {
            s.as_ref().and_then(|s| self.template(s, known, known_list))
        };
        let goal = Goal {
            app_password_named: t(&raw.app_password_named),
            app_password_absent: t(&raw.app_password_absent),
            mail_connected: raw.mail_connected,
            mail_connected_with: t(&raw.mail_connected_with),
            mail_rejects_password_of: t(&raw.mail_rejects_password_of),
        };
        if let (Some(template), Some(spanned)) = (
            &goal.mail_rejects_password_of,
            &raw.mail_rejects_password_of,
        ) {
            let name = template
                .resolve(&|v| params.get(v).cloned())
                .unwrap_or_default();
            let known_plain = fixture
                .app_passwords
                .iter()
                .any(|a| a.name == name && a.password.is_some());
            if !known_plain {
                self.error(spanned.span(), Problem::GoalPassword(name));
            }
        }
        goal
    }
}

/// Whether `s` can be part of a Fluent message id.
/// The product model a scenario's `portal` names (`office365` is the 2015 one).
fn model_id(portal: &str) -> &str {
    match portal {
        "office365" => walkthrough_portal::model::DEFAULT_MODEL,
        other => other,
    }
}

fn is_message_id_part(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
