//! From TOML text to a validated [`Model`], collecting every problem of the
//! file, each at its line and column with a caret under it.

use super::{
    intern, Click, Effect, ElementDef, Model, Rules, ScreenDef, ScreenKind, Shows, Slot, Source,
    When,
};
use crate::catalog::Spec;
use crate::screen::{Layout, Region, Role, ScreenId, Side, SignInStep, Window};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use thiserror::Error;
use toml::de::{DeTable, DeValue, ValueDeserializer};
use toml::Spanned;
pub use walkthrough_diagnostic::SHOWN_DIAGNOSTICS;
use walkthrough_diagnostic::{clamp, did_you_mean, render, LineIndex, Located};

const TOP_KEYS: [&str; 8] = [
    "id", "name", "start", "always", "rules", "groups", "screen", "element",
];
const ROLES: [(&str, Role); 8] = [
    ("link", Role::Link),
    ("button", Role::Button),
    ("tab", Role::Tab),
    ("menu-item", Role::MenuItem),
    ("text-field", Role::TextField),
    ("text", Role::Text),
    ("password-display", Role::PasswordDisplay),
    ("list-row", Role::ListRow),
];
const SIDES: [(&str, Side); 2] = [("start", Side::Start), ("end", Side::End)];
const KINDS: [(&str, ScreenKind); 3] = [
    ("page", ScreenKind::Page),
    ("layer", ScreenKind::Layer),
    ("window", ScreenKind::Window),
];
const LAYOUTS: [(&str, Layout); 2] = [("dialog", Layout::Dialog), ("menu", Layout::Menu)];
const WINDOWS: [(&str, Window); 2] = [("browser", Window::Browser), ("mail-app", Window::MailApp)];
const SHOWS: [(&str, Shows); 3] = [
    ("notice", Shows::Notice),
    ("new-secret", Shows::NewSecret),
    ("app-status", Shows::AppStatus),
];
const WHENS: [(&str, When); 4] = [
    ("app-passwords-allowed", When::AppPasswordsAllowed),
    ("code-sent", When::CodeSent),
    ("list-empty", When::ListEmpty),
    ("list-not-empty", When::ListNotEmpty),
];
const SOURCES: [(&str, Source); 8] = [
    ("display-name", Source::DisplayName),
    ("account", Source::Account),
    ("phone", Source::Phone),
    ("code", Source::Code),
    ("row-count", Source::RowCount),
    ("row-name", Source::RowName),
    ("row-created", Source::RowCreated),
    ("layer-row-name", Source::LayerRowName),
];
/// What each effect takes, besides `effect` itself. `code` and
/// `second-factor` of `sign-in` go together, and may both be left out (no
/// second factor is asked for).
const EFFECT_INPUTS: [(&str, &[&str]); 9] = [
    (
        "sign-in",
        &["user", "password", "code", "second-factor", "then"],
    ),
    ("verify-code", &["code", "then"]),
    ("sign-out", &["then"]),
    ("open-form", &["form", "name"]),
    ("create-secret", &["name", "shows"]),
    ("copy-secret", &[]),
    ("confirm-row", &["confirm"]),
    ("delete-row", &[]),
    ("verify-secret", &["password"]),
];

/// What is wrong at one spot of a model file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ModelProblem {
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
    /// A word that is not one of a closed set (a role, a region, an effect…).
    #[error("unknown {what} `{found}`; expected one of {expected}")]
    Unknown {
        /// What kind of word.
        what: &'static str,
        /// What was written.
        found: String,
        /// The words allowed.
        expected: String,
    },
    /// A name that refers to nothing the model defines.
    #[error("`{found}` is not {what} of this model")]
    Undefined {
        /// What it should name ("an element", "a screen").
        what: &'static str,
        /// What was written.
        found: String,
    },
    /// Something defined twice.
    #[error("`{0}` is defined twice")]
    Duplicate(String),
    /// An element or screen used where its kind does not fit.
    #[error("`{found}` cannot be used here: {expected}")]
    Misused {
        /// What was written.
        found: String,
        /// What is needed here.
        expected: String,
    },
    /// An effect without an input it needs, or with one it does not take.
    #[error("effect `{effect}`: {detail}")]
    EffectInput {
        /// The effect.
        effect: String,
        /// What is wrong.
        detail: String,
    },
    /// A rule outside what the service could have.
    #[error("rule `{rule}` must be between {min} and {max}")]
    Rule {
        /// The rule.
        rule: &'static str,
        /// The smallest allowed.
        min: i64,
        /// The largest allowed.
        max: i64,
    },
    /// A byte sequence that is not UTF-8.
    #[error("invalid UTF-8: model files are UTF-8 text")]
    Encoding,
}

/// One problem at one place of a model file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelDiagnostic {
    /// Byte range in the file.
    pub span: Range<usize>,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub problem: ModelProblem,
    /// A suggestion ("did you mean `settings`?").
    pub help: Option<String>,
}

/// Every problem of one model file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{} problem(s) in the product model {origin}", .diagnostics.len())]
pub struct InvalidModel {
    /// The file's name as shown (a path or `embedded:…`).
    pub origin: String,
    /// Its text.
    pub text: String,
    /// Its problems, in file order.
    pub diagnostics: Vec<ModelDiagnostic>,
}

impl InvalidModel {
    fn push(
        &mut self,
        lines: &LineIndex,
        span: Range<usize>,
        problem: ModelProblem,
        help: Option<String>,
    ) {
        let span = clamp(span, &self.text);
        let (line, column) = lines.line_column(&self.text, span.start);
        self.diagnostics.push(ModelDiagnostic {
            span,
            line,
            column,
            problem,
            help,
        });
    }

    /// Renders the first [`SHOWN_DIAGNOSTICS`] diagnostics like rustc does:
    /// `origin:line:column`, the lines of the span, a caret under the spot,
    /// and the help (colours when `styled`), then how many more there are.
    /// Control characters are shown as visible symbols. The cost grows with
    /// the diagnostics shown, not with the file.
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
            &LineIndex::new(&self.text),
            self.diagnostics.len(),
            problems,
            styled,
        )
    }
}

/// Parses model bytes: text that is not UTF-8 is an error at its first bad byte.
pub(crate) fn parse_bytes(origin: &str, bytes: &[u8]) -> Result<Model, Box<InvalidModel>> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(origin, text),
        Err(e) => {
            let text = String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned();
            let mut file = InvalidModel {
                origin: origin.to_owned(),
                diagnostics: Vec::new(),
                text,
            };
            let at = file.text.len();
            let lines = LineIndex::new(&file.text);
            file.push(&lines, at..at, ModelProblem::Encoding, None);
            Err(Box::new(file))
        }
    }
}

pub(crate) fn parse(origin: &str, text: &str) -> Result<Model, Box<InvalidModel>> {
    let mut file = InvalidModel {
        origin: origin.to_owned(),
        text: text.to_owned(),
        diagnostics: Vec::new(),
    };
    let lines = LineIndex::new(text);
    let model = Loader {
        file: &mut file,
        lines,
    }
    .load(text);
    match model {
        Some(m) if file.diagnostics.is_empty() => Ok(m),
        _ => {
            file.diagnostics.sort_by_key(|d| d.span.start);
            Err(Box::new(file))
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRules {
    max_rows: Spanned<i64>,
    max_name_chars: Spanned<i64>,
    lockout_tries: Spanned<i64>,
    lockout_minutes: Spanned<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScreen {
    id: Spanned<String>,
    kind: Option<Spanned<String>>,
    window: Option<Spanned<String>>,
    layout: Option<Spanned<String>>,
    title: Spanned<String>,
    elements: Vec<Spanned<String>>,
    #[serde(default)]
    selected: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawElement {
    id: Spanned<String>,
    role: Spanned<String>,
    region: Spanned<String>,
    side: Option<Spanned<String>>,
    label: Spanned<String>,
    #[serde(default)]
    args: BTreeMap<Spanned<String>, Spanned<String>>,
    when: Option<Spanned<String>>,
    shows: Option<Spanned<String>>,
    #[serde(default)]
    masked: bool,
    submit: Option<Spanned<String>>,
    click: Option<Spanned<BTreeMap<Spanned<String>, Spanned<ClickValue>>>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ClickValue {
    Word(String),
    Flag(bool),
    Other(serde::de::IgnoredAny),
}

struct Loader<'f> {
    file: &'f mut InvalidModel,
    /// Where each line of the text starts.
    lines: LineIndex,
}

impl Loader<'_> {
    fn error(&mut self, span: Range<usize>, problem: ModelProblem) {
        self.file.push(&self.lines, span, problem, None);
    }

    fn part<T: for<'de> Deserialize<'de>>(&mut self, value: Spanned<DeValue<'_>>) -> Option<T> {
        let whole = value.span();
        match T::deserialize(ValueDeserializer::from(value)) {
            Ok(v) => Some(v),
            Err(e) => {
                let span = e.span().unwrap_or(whole);
                self.error(span, ModelProblem::Shape(e.message().to_owned()));
                None
            }
        }
    }

    /// One word of a closed set, or an error with a "did you mean".
    fn word<T: Copy>(
        &mut self,
        what: &'static str,
        word: &Spanned<String>,
        set: &[(&str, T)],
    ) -> Option<T> {
        if let Some((_, v)) = set.iter().find(|(w, _)| w == word.get_ref()) {
            return Some(*v);
        }
        let names = set.iter().map(|(w, _)| *w);
        let help = did_you_mean(word.get_ref(), names.clone());
        self.file.push(
            &self.lines,
            word.span(),
            ModelProblem::Unknown {
                what,
                found: word.get_ref().clone(),
                expected: list(names),
            },
            help,
        );
        None
    }

    fn load(mut self, text: &str) -> Option<Model> {
        let (doc, syntax) = DeTable::parse_recoverable(text);
        if !syntax.is_empty() {
            for e in syntax {
                let span = e.span().unwrap_or(0..0);
                self.error(span, ModelProblem::Syntax(e.message().trim().to_owned()));
            }
            return None;
        }
        let mut id: Option<Spanned<String>> = None;
        let mut name: Option<Spanned<String>> = None;
        let mut start: Option<Spanned<String>> = None;
        let mut always: Vec<Spanned<String>> = Vec::new();
        let mut rules = None;
        let mut groups: BTreeMap<Spanned<String>, Vec<Spanned<String>>> = BTreeMap::new();
        let mut screens: Vec<RawScreen> = Vec::new();
        let mut elements: Vec<RawElement> = Vec::new();
        for (key, value) in doc.into_inner() {
            let key_span = key.span();
            match key.get_ref().as_ref() {
                "id" => id = self.part(value),
                "name" => name = self.part(value),
                "start" => start = self.part(value),
                "always" => always = self.part(value).unwrap_or_default(),
                "rules" => rules = self.part::<RawRules>(value),
                "groups" => groups = self.part(value).unwrap_or_default(),
                "screen" => screens = self.items(value),
                "element" => elements = self.items(value),
                other => {
                    let help = did_you_mean(other, TOP_KEYS);
                    self.file.push(
                        &self.lines,
                        key_span,
                        ModelProblem::Unknown {
                            what: "key",
                            found: other.to_owned(),
                            expected: list(TOP_KEYS),
                        },
                        help,
                    );
                }
            }
        }
        let end = text.len()..text.len();
        let missing = |key, expected| ModelProblem::Missing { key, expected };
        match &id {
            None => self.error(0..0, missing("id", "the model's id, e.g. `office365-2015`")),
            // An id names a folder (`--portals DIR/<id>/`) and a scenario's
            // `portal = "…"`: one spelling, as screen ids have.
            Some(i) if !is_screen_id(i.get_ref()) => self.error(
                i.span(),
                ModelProblem::Misused {
                    found: i.get_ref().clone(),
                    expected: "a model id is lowercase ASCII letters, digits and hyphens, \
                               starting with a letter"
                        .to_owned(),
                },
            ),
            Some(_) => {}
        }
        if start.is_none() {
            self.error(
                0..0,
                missing("start", "the id of the page a portal opens on"),
            );
        }
        let rules = match rules {
            Some(r) => self.rules(r),
            None => {
                self.error(end.clone(), missing("rules", "a [rules] table"));
                None
            }
        };
        if screens.is_empty() {
            self.error(end.clone(), missing("screen", "at least one [[screen]]"));
        }

        // Elements first: screens and clicks refer to them.
        let mut by_id: HashMap<&'static str, usize> = HashMap::new();
        let mut defs: Vec<ElementDef> = Vec::with_capacity(elements.len());
        for raw in &elements {
            let id = intern(raw.id.get_ref());
            if by_id.insert(id, defs.len()).is_some() {
                self.error(raw.id.span(), ModelProblem::Duplicate(id.to_owned()));
            }
            let role = self.word("role", &raw.role, &ROLES);
            let region = self.word("region", &raw.region, &REGIONS);
            let side = match &raw.side {
                Some(s) => self.word("side", s, &SIDES),
                None => Some(Side::Start),
            };
            let mut args: Vec<(&Spanned<String>, &Spanned<String>)> = raw.args.iter().collect();
            args.sort_by_key(|(k, _)| k.span().start);
            let args = args
                .into_iter()
                .filter_map(|(name, source)| {
                    let source = self.word("argument source", source, &SOURCES)?;
                    Some((intern(name.get_ref()), source))
                })
                .collect();
            let when = raw
                .when
                .as_ref()
                .and_then(|w| self.word("condition", w, &WHENS));
            let shows = raw
                .shows
                .as_ref()
                .and_then(|s| self.word("display", s, &SHOWS));
            if let (Some(role), Some(region), Some(side)) = (role, region, side) {
                defs.push(ElementDef {
                    spec: Spec {
                        id,
                        role,
                        region,
                        side,
                        label: intern(raw.label.get_ref()),
                    },
                    args,
                    when,
                    shows,
                    masked: raw.masked,
                    submit: None,
                    click: Click::Nothing,
                });
            } else {
                // Keep the indices of the others right.
                defs.push(ElementDef {
                    spec: Spec {
                        id,
                        role: Role::Text,
                        region: Region::Main,
                        side: Side::Start,
                        label: intern(raw.label.get_ref()),
                    },
                    args,
                    when,
                    shows,
                    masked: false,
                    submit: None,
                    click: Click::Nothing,
                });
            }
        }
        let element_ids: Vec<&'static str> = defs.iter().map(|d| d.spec.id).collect();

        // Screens: ids, kinds and windows, before the clicks that go to them.
        let mut kinds: BTreeMap<ScreenId, ScreenKind> = BTreeMap::new();
        let mut parsed_ids: Vec<Option<ScreenId>> = Vec::with_capacity(screens.len());
        for raw in &screens {
            let sid = self.screen_id(&raw.id, None);
            let kind = match &raw.kind {
                Some(k) => self.word("screen kind", k, &KINDS),
                None => Some(ScreenKind::Page),
            };
            if let (Some(sid), Some(kind)) = (sid, kind) {
                if kinds.insert(sid, kind).is_some() {
                    self.error(
                        raw.id.span(),
                        ModelProblem::Duplicate(sid.as_str().to_owned()),
                    );
                }
                if let Some(layout) = &raw.layout {
                    if kind == ScreenKind::Layer {
                        self.word("layout", layout, &LAYOUTS);
                    } else {
                        self.error(
                            layout.span(),
                            ModelProblem::Misused {
                                found: layout.get_ref().clone(),
                                expected: "only a screen of `kind = \"layer\"` has a `layout`"
                                    .to_owned(),
                            },
                        );
                    }
                }
            }
            parsed_ids.push(sid);
        }
        let resolve_groups = &groups;
        let element_index = |id: &str| -> Option<usize> { by_id.get(id).copied() };

        // Clicks and submits.
        for (i, raw) in elements.iter().enumerate() {
            if let Some(submit) = &raw.submit {
                match element_index(submit.get_ref()) {
                    Some(b) if defs[b].spec.role.is_clickable() => defs[i].submit = Some(b),
                    Some(_) => self.error(
                        submit.span(),
                        ModelProblem::Misused {
                            found: submit.get_ref().clone(),
                            expected: "`submit` names a button".to_owned(),
                        },
                    ),
                    None => self.undefined("an element", submit, element_ids.iter().copied()),
                }
                if defs[i].spec.role != Role::TextField {
                    self.error(
                        raw.id.span(),
                        ModelProblem::Misused {
                            found: raw.id.get_ref().clone(),
                            expected: "only a text field has `submit`".to_owned(),
                        },
                    );
                }
            }
            if let Some(click) = &raw.click {
                if let Some(c) = self.click(click, &kinds, &by_id, &element_ids, &defs) {
                    defs[i].click = c;
                }
            }
        }

        // Screen contents.
        let mut defs_screens = Vec::with_capacity(screens.len());
        for (raw, sid) in screens.iter().zip(parsed_ids) {
            let kind = raw
                .kind
                .as_ref()
                .and_then(|k| KINDS.iter().find(|(w, _)| w == k.get_ref()).map(|p| p.1))
                .unwrap_or(ScreenKind::Page);
            let window = match &raw.window {
                Some(w) => self.word("window", w, &WINDOWS).unwrap_or(Window::Browser),
                None if kind == ScreenKind::Window => Window::MailApp,
                None => Window::Browser,
            };
            let mut flat: Vec<usize> = Vec::new();
            // An element is on a screen once: listed twice (directly or
            // through a group) it would be drawn and matched twice.
            let once = |this: &mut Self, flat: &mut Vec<usize>, e: usize, at: &Spanned<String>| {
                if flat.contains(&e) {
                    this.error(
                        at.span(),
                        ModelProblem::Misused {
                            found: defs[e].spec.id.to_owned(),
                            // i18n-exempt: a diagnostic for model authors, in English like cargo's
                            expected: format!(
                                "an element once per screen; `{}` lists it already",
                                raw.id.get_ref()
                            ),
                        },
                    );
                } else {
                    flat.push(e);
                }
            };
            for entry in &raw.elements {
                if let Some((_, members)) = resolve_groups
                    .iter()
                    .find(|(k, _)| k.get_ref() == entry.get_ref())
                {
                    for m in members {
                        match element_index(m.get_ref()) {
                            Some(e) => once(&mut self, &mut flat, e, entry),
                            None => self.undefined("an element", m, element_ids.iter().copied()),
                        }
                    }
                    continue;
                }
                match element_index(entry.get_ref()) {
                    Some(e) => once(&mut self, &mut flat, e, entry),
                    None => self.undefined(
                        "an element or group",
                        entry,
                        element_ids
                            .iter()
                            .copied()
                            .chain(resolve_groups.keys().map(|k| k.get_ref().as_str())),
                    ),
                }
            }
            let mut slots = Vec::new();
            let mut row_elements = Vec::new();
            let mut k = 0;
            while k < flat.len() {
                if defs[flat[k]].spec.id.contains("{n}") {
                    let first = row_elements.len();
                    while k < flat.len() && defs[flat[k]].spec.id.contains("{n}") {
                        row_elements.push(flat[k]);
                        k += 1;
                    }
                    slots.push(Slot::Rows(first, row_elements.len()));
                } else {
                    slots.push(Slot::One(flat[k]));
                    k += 1;
                }
            }
            let mut selected = Vec::new();
            for s in &raw.selected {
                match element_index(s.get_ref()) {
                    Some(e) if flat.contains(&e) => selected.push(e),
                    Some(_) => self.error(
                        s.span(),
                        ModelProblem::Misused {
                            found: s.get_ref().clone(),
                            expected: "`selected` names an element of this screen".to_owned(),
                        },
                    ),
                    None => self.undefined("an element", s, element_ids.iter().copied()),
                }
            }
            let layout = raw
                .layout
                .as_ref()
                .and_then(|l| LAYOUTS.iter().find(|(w, _)| w == l.get_ref()).map(|p| p.1))
                .unwrap_or(Layout::Dialog);
            // The part the screen plays in signing in: the effect its button runs.
            let sign_in = flat.iter().find_map(|&e| match defs[e].click {
                Click::Effect(Effect::SignIn { .. }) => Some(SignInStep::Password {
                    submit: defs[e].spec.id,
                }),
                Click::Effect(Effect::VerifyCode { .. }) => Some(SignInStep::SecondFactor {
                    submit: defs[e].spec.id,
                }),
                _ => None,
            });
            if let Some(id) = sid {
                defs_screens.push(ScreenDef {
                    id,
                    kind,
                    layout,
                    sign_in,
                    window,
                    title: intern(raw.title.get_ref()),
                    slots,
                    row_elements,
                    selected,
                });
            }
        }
        let mut always_idx = Vec::new();
        for a in &always {
            match element_index(a.get_ref()) {
                Some(e) => always_idx.push(e),
                None => self.undefined("an element", a, element_ids.iter().copied()),
            }
        }
        let start = start.and_then(|s| {
            let sid = self.screen_id(&s, Some(&kinds))?;
            if kinds.get(&sid) != Some(&ScreenKind::Page) {
                self.error(
                    s.span(),
                    ModelProblem::Misused {
                        found: s.get_ref().clone(),
                        expected: "a portal starts on a page".to_owned(),
                    },
                );
            }
            Some(sid)
        });
        let by_screen = defs_screens.iter().map(|s| s.id).collect();
        let patterns = (0..defs.len())
            .filter(|&i| defs[i].spec.id.contains("{n}"))
            .collect();
        Some(Model {
            patterns,
            id: id?.into_inner(),
            name: name.map(|n| intern(n.get_ref())),
            start: start?,
            always: always_idx,
            rules: rules?,
            elements: defs,
            screens: defs_screens,
            by_screen,
            by_id,
        })
    }

    fn items<T: for<'de> Deserialize<'de>>(&mut self, value: Spanned<DeValue<'_>>) -> Vec<T> {
        let span = value.span();
        match value.into_inner() {
            DeValue::Array(items) => items.into_iter().filter_map(|v| self.part(v)).collect(),
            _ => {
                let problem = ModelProblem::Shape("expected an array of tables".to_owned());
                self.error(span, problem);
                Vec::new()
            }
        }
    }

    fn rules(&mut self, raw: RawRules) -> Option<Rules> {
        let mut check = |rule: &'static str, v: &Spanned<i64>, min: i64, max: i64| {
            let value = *v.get_ref();
            if (min..=max).contains(&value) {
                Some(value)
            } else {
                self.error(v.span(), ModelProblem::Rule { rule, min, max });
                None
            }
        };
        let max_rows = check("max-rows", &raw.max_rows, 1, 1000);
        let max_name = check("max-name-chars", &raw.max_name_chars, 1, 1000);
        let tries = check("lockout-tries", &raw.lockout_tries, 1, 1000);
        let minutes = check("lockout-minutes", &raw.lockout_minutes, 1, 24 * 60);
        Some(Rules {
            max_rows: usize::try_from(max_rows?).ok()?,
            max_name_chars: usize::try_from(max_name?).ok()?,
            lockout_tries: u32::try_from(tries?).ok()?,
            lockout_seconds: minutes? * 60,
        })
    }

    /// A screen id: where a screen is defined (`defined` is `None`), a
    /// well-formed id (lowercase ASCII letters, digits and hyphens, starting
    /// with a letter); where one is named, one the model defines.
    fn screen_id(
        &mut self,
        word: &Spanned<String>,
        defined: Option<&BTreeMap<ScreenId, ScreenKind>>,
    ) -> Option<ScreenId> {
        let text = word.get_ref();
        match defined {
            None if is_screen_id(text) => Some(ScreenId::intern(text)),
            None => {
                self.error(
                    word.span(),
                    ModelProblem::Misused {
                        found: text.clone(),
                        expected: "a screen id is lowercase ASCII letters, digits and hyphens, \
                                   starting with a letter"
                            .to_owned(),
                    },
                );
                None
            }
            Some(d) => match d.keys().find(|s| s.as_str() == text.as_str()) {
                Some(&s) => Some(s),
                None => {
                    self.undefined("a screen", word, d.keys().map(|s| s.as_str()));
                    None
                }
            },
        }
    }

    fn undefined<'a>(
        &mut self,
        what: &'static str,
        word: &Spanned<String>,
        candidates: impl IntoIterator<Item = &'a str>,
    ) {
        let help = did_you_mean(word.get_ref(), candidates);
        self.file.push(
            &self.lines,
            word.span(),
            ModelProblem::Undefined {
                what,
                found: word.get_ref().clone(),
            },
            help,
        );
    }

    fn click(
        &mut self,
        click: &Spanned<BTreeMap<Spanned<String>, Spanned<ClickValue>>>,
        kinds: &BTreeMap<ScreenId, ScreenKind>,
        by_id: &HashMap<&'static str, usize>,
        element_ids: &[&'static str],
        defs: &[ElementDef],
    ) -> Option<Click> {
        let table = click.get_ref();
        let get = |key: &str| table.iter().find(|(k, _)| k.get_ref() == key);
        let word = |key: &str| -> Option<Spanned<String>> {
            let (_, v) = get(key)?;
            match v.get_ref() {
                ClickValue::Word(w) => Some(Spanned::new(v.span(), w.clone())),
                ClickValue::Flag(_) | ClickValue::Other(_) => None,
            }
        };
        let verbs: Vec<&Spanned<String>> = table
            .keys()
            .filter(|k| ["go", "close", "window", "effect"].contains(&k.get_ref().as_str()))
            .collect();
        if verbs.len() != 1 {
            self.error(
                click.span(),
                ModelProblem::Shape(
                    "a click needs exactly one of `go`, `close`, `window`, `effect`".to_owned(),
                ),
            );
            return None;
        }
        let verb = verbs[0].get_ref().as_str();
        let mut shaped = true;
        for (k, v) in table {
            let key = k.get_ref().as_str();
            let fits = match v.get_ref() {
                ClickValue::Word(_) => key != "close",
                ClickValue::Flag(_) => key == "close",
                ClickValue::Other(_) => false,
            };
            if !fits {
                shaped = false;
                let expected = if key == "close" {
                    "`close = true`"
                } else {
                    "a name in quotes"
                };
                self.error(
                    v.span(),
                    ModelProblem::Misused {
                        found: key.to_owned(),
                        expected: expected.to_owned(),
                    },
                );
            }
        }
        let inputs: &[&str] = match verb {
            "effect" => {
                let name = word("effect")?;
                let names = EFFECT_INPUTS.iter().map(|(n, _)| *n);
                match EFFECT_INPUTS.iter().find(|(n, _)| *n == name.get_ref()) {
                    Some((_, inputs)) => inputs,
                    None => {
                        let help = did_you_mean(name.get_ref(), names.clone());
                        self.file.push(
                            &self.lines,
                            name.span(),
                            ModelProblem::Unknown {
                                what: "effect",
                                found: name.get_ref().clone(),
                                expected: list(names),
                            },
                            help,
                        );
                        return None;
                    }
                }
            }
            _ => &[],
        };
        let effect_name = word("effect").map(Spanned::into_inner).unwrap_or_default();
        for (k, _) in table.iter() {
            let key = k.get_ref().as_str();
            if key != verb && !inputs.contains(&key) {
                let detail = if inputs.is_empty() {
                    // i18n-exempt: a diagnostic for model authors, in English like cargo's
                    format!("`{key}` is not an input here")
                } else {
                    // i18n-exempt: a diagnostic for model authors, in English like cargo's
                    format!(
                        "`{key}` is not an input; it takes {}",
                        list(inputs.iter().copied())
                    )
                };
                let help = did_you_mean(key, inputs.iter().copied());
                let problem = if verb == "effect" {
                    ModelProblem::EffectInput {
                        effect: effect_name.clone(),
                        detail,
                    }
                } else {
                    ModelProblem::Shape(detail)
                };
                self.file.push(&self.lines, k.span(), problem, help);
            }
        }
        let mut ok = true;
        let optional = |input: &str| {
            effect_name == "sign-in"
                && ["code", "second-factor"].contains(&input)
                && get("code").is_none()
                && get("second-factor").is_none()
        };
        for input in inputs {
            if get(input).is_none() && !optional(input) {
                ok = false;
                self.error(
                    click.span(),
                    ModelProblem::EffectInput {
                        effect: effect_name.clone(),
                        // i18n-exempt: a diagnostic for model authors, in English like cargo's
                        detail: format!("needs `{input}`"),
                    },
                );
            }
        }
        // Inputs that name a field, a page or a layer.
        let field = |this: &mut Self, key: &str, masked: bool| -> Option<usize> {
            let w = word(key)?;
            match by_id.get(w.get_ref().as_str()) {
                Some(&e) if defs[e].spec.role == Role::TextField && defs[e].masked == masked => {
                    Some(e)
                }
                Some(_) => {
                    let expected = if masked {
                        "a masked text field"
                    } else {
                        "a text field that is not masked"
                    };
                    this.error(
                        w.span(),
                        ModelProblem::Misused {
                            found: w.get_ref().clone(),
                            // i18n-exempt: a diagnostic for model authors, in English like cargo's
                            expected: format!("`{key}` names {expected}"),
                        },
                    );
                    None
                }
                None => {
                    this.undefined("an element", &w, element_ids.iter().copied());
                    None
                }
            }
        };
        let screen = |this: &mut Self, key: &str, kind: ScreenKind| -> Option<ScreenId> {
            let w = word(key)?;
            let id = this.screen_id(&w, Some(kinds))?;
            if kinds.get(&id) != Some(&kind) {
                let expected = match kind {
                    ScreenKind::Page => "a page",
                    ScreenKind::Layer => "a layer",
                    ScreenKind::Window => "a window",
                };
                this.error(
                    w.span(),
                    ModelProblem::Misused {
                        found: w.get_ref().clone(),
                        // i18n-exempt: a diagnostic for model authors, in English like cargo's
                        expected: format!("`{key}` names {expected}"),
                    },
                );
                return None;
            }
            Some(id)
        };
        if !(ok && shaped) {
            // Still check the inputs that are there, to report every problem.
            for k in table.keys() {
                let _ = match k.get_ref().as_str() {
                    key @ ("user" | "code" | "name") => field(self, key, false).map(|_| ()),
                    key @ "password" => field(self, key, true).map(|_| ()),
                    key @ ("then" | "second-factor") => {
                        screen(self, key, ScreenKind::Page).map(|_| ())
                    }
                    key @ ("form" | "shows" | "confirm") => {
                        screen(self, key, ScreenKind::Layer).map(|_| ())
                    }
                    _ => None,
                };
            }
            return None;
        }
        Some(match verb {
            "go" => {
                let w = word("go")?;
                let id = self.screen_id(&w, Some(kinds))?;
                if kinds.get(&id) == Some(&ScreenKind::Window) {
                    self.error(
                        w.span(),
                        ModelProblem::Misused {
                            found: w.get_ref().clone(),
                            expected: "a window is brought to the front with `window`".to_owned(),
                        },
                    );
                    return None;
                }
                Click::Go(id)
            }
            "close" => {
                let (_, v) = get("close")?;
                if !matches!(v.get_ref(), ClickValue::Flag(true)) {
                    let problem =
                        ModelProblem::Shape("`close` is written `close = true`".to_owned());
                    self.error(v.span(), problem);
                    return None;
                }
                Click::Close
            }
            "window" => {
                let w = word("window")?;
                Click::Window(self.word("window", &w, &WINDOWS)?)
            }
            _ => Click::Effect(match effect_name.as_str() {
                "sign-in" => Effect::SignIn {
                    user: field(self, "user", false)?,
                    password: field(self, "password", true)?,
                    second_factor: match get("code") {
                        Some(_) => Some((
                            field(self, "code", false)?,
                            screen(self, "second-factor", ScreenKind::Page)?,
                        )),
                        None => None,
                    },
                    then: screen(self, "then", ScreenKind::Page)?,
                },
                "verify-code" => Effect::VerifyCode {
                    code: field(self, "code", false)?,
                    then: screen(self, "then", ScreenKind::Page)?,
                },
                "sign-out" => Effect::SignOut {
                    then: screen(self, "then", ScreenKind::Page)?,
                },
                "open-form" => Effect::OpenForm {
                    form: screen(self, "form", ScreenKind::Layer)?,
                    name: field(self, "name", false)?,
                },
                "create-secret" => Effect::CreateSecret {
                    name: field(self, "name", false)?,
                    shows: screen(self, "shows", ScreenKind::Layer)?,
                },
                "copy-secret" => Effect::CopySecret,
                "confirm-row" => Effect::ConfirmRow {
                    confirm: screen(self, "confirm", ScreenKind::Layer)?,
                },
                "delete-row" => Effect::DeleteRow,
                _ => Effect::VerifySecret {
                    password: field(self, "password", true)?,
                },
            }),
        })
    }
}

const REGIONS: [(&str, Region); 7] = [
    ("top-bar", Region::TopBar),
    ("left", Region::Left),
    ("main", Region::Main),
    ("right", Region::Right),
    ("bottom", Region::Bottom),
    ("dialog", Region::Dialog),
    ("taskbar", Region::Taskbar),
];

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        // i18n-exempt: a diagnostic for model authors, in English like cargo's
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether `s` is a well-formed screen or model id
/// (`additional-security-verification`, `office365-2016`).
fn is_screen_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
