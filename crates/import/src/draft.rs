//! A draft scenario: the steps as inferred, with what the importer did and
//! could not do, written out as a step script (TOML) and its step texts (FTL).

use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::{Arg, Localizer};
use walkthrough_portal::{Fixture, Model, ScreenId};
use walkthrough_scenario::{Goal, Location, ScriptAction, Template};

/// One procedure of the article, drafted.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The scenario id (readable, from the labels the heading names).
    pub id: String,
    /// The heading, as written: the scenario's title.
    pub title: String,
    /// The procedure's position in the article, from 1.
    pub number: usize,
    /// The line of its heading (or first step) in the article.
    pub line: usize,
    /// The article's file name, for the drafts' comments.
    pub source: String,
    /// The article's language: the step texts' locale.
    pub locale: LanguageIdentifier,
    /// One per numbered step.
    pub steps: Vec<DraftStep>,
    /// The portal's starting state.
    pub fixture: Fixture,
    /// `[params]`: the name typed, or of the app password acted on.
    pub params: Vec<(String, String)>,
    /// What the portal showed at the end of the draft's own run.
    pub goal: Goal,
    /// The step (from 1) the draft's own run stopped at, if it did.
    pub stopped_at: Option<usize>,
    /// The product model the steps were followed on: the script's `portal`.
    pub model: Arc<Model>,
}

/// One numbered step, drafted.
#[derive(Debug, Clone)]
pub struct DraftStep {
    /// Its position, from 1.
    pub number: usize,
    /// Its id (readable, from the element it acts on).
    pub id: String,
    /// The article's words.
    pub text: String,
    /// Its line in the article.
    pub line: usize,
    /// Where the text says the target is.
    pub location: Option<Location>,
    /// The actions inferred.
    pub actions: Vec<ScriptAction>,
    /// The view in front after them.
    pub expect: Option<ScreenId>,
    /// Whether it was resolved.
    pub status: StepStatus,
    /// What the importer did that the text does not say.
    pub notes: Vec<Note>,
    /// The element id the step's id is made from.
    pub(crate) id_hint: Option<String>,
}

impl DraftStep {
    pub(crate) fn new(number: usize, text: String, line: usize) -> DraftStep {
        DraftStep {
            number,
            id: String::new(),
            text,
            line,
            location: None,
            actions: Vec::new(),
            expect: None,
            status: StepStatus::Resolved,
            notes: Vec::new(),
            id_hint: None,
        }
    }
}

/// Whether a step's actions could be inferred.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepStatus {
    /// Every action the text asks for was found.
    Resolved,
    /// The text only says what appears: nothing to do.
    Describes,
    /// Not (completely): the draft marks it `# UNRESOLVED`.
    Unresolved(Unresolved),
}

/// Why a step could not be resolved. Labels are in the article's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// The text names nothing on the screen or a short route away.
    NothingNamed {
        /// The screen's title.
        screen: String,
    },
    /// A label that more than one control carries.
    Ambiguous {
        /// The label.
        label: String,
        /// The elements it could be.
        elements: Vec<String>,
    },
    /// A label quoted that is not on the screen, nor a short route away.
    Unreachable {
        /// The label.
        label: String,
        /// The screen's title.
        screen: String,
    },
    /// The portal refuses the action.
    Refused {
        /// The target's label.
        label: String,
        /// What the portal says.
        refusal: String,
    },
    /// The text asks to paste, and no one field is nearest.
    Paste,
    /// The text asks to paste before anything was copied.
    NothingCopied,
    /// The procedure ends on a confirmation the text never answers (a delete
    /// the portal asks about): its goal is not reached.
    Unconfirmed {
        /// What the portal asks.
        question: String,
        /// The answer that confirms.
        answer: String,
    },
    /// The draft's run changes nothing a goal can state: the procedure's end
    /// cannot be checked.
    NoGoal,
    /// A part of a menu path (`Security & Privacy > …`) the portal has
    /// nothing like.
    Absent {
        /// The part, as the text gives it.
        label: String,
    },
}

/// Something the importer did that the text does not say, or noticed.
/// Labels are in the article's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// Signed in although the text does not say so.
    SignInAdded,
    /// Clicks the portal needs before the target, which the text never mentions.
    Route {
        /// Their labels.
        labels: Vec<String>,
    },
    /// Clicks on the portal's way to the target, standing in for the steps
    /// before, which give another route the importer could not follow.
    RouteInstead {
        /// Their labels.
        labels: Vec<String>,
        /// The first of those steps (1-based).
        from: usize,
        /// The last of them.
        to: usize,
    },
    /// Clicks added to this step because the next one needs them.
    ForNext {
        /// Their labels.
        labels: Vec<String>,
        /// The step that needs them, from 1.
        next: usize,
    },
    /// The form's button, clicked to send what was filled in.
    Submit {
        /// Its label.
        label: String,
    },
    /// The only field on screen, typed into.
    Field {
        /// Its label.
        label: String,
    },
    /// The field pasted into, the text naming none.
    Paste {
        /// Its label.
        label: String,
        /// The clicks that opened it (the mail app on the taskbar), in the
        /// article's language; empty when it was on screen.
        opened: Vec<String>,
    },
    /// A value typed into a field: the name the draft's `[params]` give.
    Typed {
        /// What is typed.
        value: String,
        /// The field's label.
        label: String,
    },
    /// A control the text names without quotes, in words other than the
    /// product's label.
    NamedOtherwise {
        /// The text's words.
        name: String,
        /// The product's label.
        label: String,
    },
    /// A control the text names without quotes that the portal does not have.
    NamedAbsent {
        /// The text's words.
        name: String,
    },
    /// A misquoted label, read as the nearest one.
    NearQuote {
        /// What the text quotes.
        quote: String,
        /// The label it is read as.
        label: String,
    },
    /// The text's location word and the target's place disagree.
    Location {
        /// What the text says.
        claimed: Location,
        /// The text's own words for it.
        words: String,
        /// Where the target is.
        actual: Location,
        /// The target's label.
        label: String,
    },
    /// A label the next step names too, left to it.
    LeftToNext {
        /// The label.
        label: String,
        /// The next step, from 1.
        next: usize,
    },
    /// A row of the app-password list: the one named in `[params]`.
    Row {
        /// The app password's name.
        name: String,
    },
    /// The step only says what appears.
    Describes,
    /// The step gives an earlier step's instruction again: read-only.
    Repeats {
        /// The earlier step, from 1.
        step: usize,
    },
    /// What the step names is a screen the portal is past already ("Sign in
    /// …" when signed in): nothing done for it.
    AlreadyThere {
        /// What the text names, as it gives it.
        label: String,
    },
    /// A control the text names, left undone: the steps after follow only
    /// without it (a choice, or an aside such as "or Cancel to stop").
    LeftUndone {
        /// What the text names, as it gives it.
        label: String,
    },
    /// The procedure carries on from an earlier one: that one's steps come
    /// first in the draft (before this, the procedure's own first step), so
    /// that the draft runs alone.
    CarriesOn {
        /// The earlier procedure's position in the article, from 1.
        procedure: usize,
        /// Its heading.
        title: String,
        /// How many of its steps (with those it carries on from) come first.
        steps: usize,
    },
    /// A form the text leaves out, filled and sent before the target.
    LeftOut {
        /// The field and the button.
        labels: Vec<String>,
    },
}

fn quoted_list(labels: &[String]) -> String {
    labels
        .iter()
        .map(|l| ["“", l.as_str(), "”"].concat())
        .collect::<Vec<_>>()
        .join(", ")
}

fn text(s: &str) -> Arg {
    Arg::Text(s.to_owned())
}

fn location_name(l10n: &Localizer, ui: &LanguageIdentifier, l: Location) -> String {
    l10n.format(ui, &["location-", l.as_str()].concat(), &[])
}

impl Note {
    /// The note in `ui`'s language.
    pub fn render(&self, l10n: &Localizer, ui: &LanguageIdentifier) -> String {
        let f = |id: &str, args: &[(&str, Arg)]| l10n.format(ui, id, args);
        match self {
            Note::SignInAdded => f("import-note-sign-in-added", &[]),
            Note::Route { labels } => f(
                "import-note-route",
                &[("labels", Arg::Text(quoted_list(labels)))],
            ),
            Note::RouteInstead { labels, from, to } if from == to => f(
                "import-note-route-instead-one",
                &[
                    ("labels", Arg::Text(quoted_list(labels))),
                    ("step", Arg::Number(*from as i64)),
                ],
            ),
            Note::RouteInstead { labels, from, to } => f(
                "import-note-route-instead",
                &[
                    ("labels", Arg::Text(quoted_list(labels))),
                    ("from", Arg::Number(*from as i64)),
                    ("to", Arg::Number(*to as i64)),
                ],
            ),
            Note::ForNext { labels, next } => f(
                "import-note-for-next",
                &[
                    ("labels", Arg::Text(quoted_list(labels))),
                    ("next", Arg::Number(*next as i64)),
                ],
            ),
            Note::Submit { label } => f("import-note-submit", &[("label", text(label))]),
            Note::Field { label } => f("import-note-field", &[("label", text(label))]),
            Note::Paste { label, opened } if opened.is_empty() => {
                f("import-note-paste", &[("label", text(label))])
            }
            Note::Paste { label, opened } => f(
                "import-note-paste-opened",
                &[
                    ("label", text(label)),
                    ("labels", Arg::Text(quoted_list(opened))),
                ],
            ),
            Note::NearQuote { quote, label } => f(
                "import-note-near-quote",
                &[("quote", text(quote)), ("label", text(label))],
            ),
            Note::Location {
                claimed: _,
                words,
                actual,
                label,
            } => f(
                "import-note-location",
                &[
                    ("claimed", text(words)),
                    ("actual", Arg::Text(location_name(l10n, ui, *actual))),
                    ("label", text(label)),
                ],
            ),
            Note::LeftToNext { label, next } => f(
                "import-note-left-to-next",
                &[("label", text(label)), ("next", Arg::Number(*next as i64))],
            ),
            Note::Row { name } => f("import-note-row", &[("name", text(name))]),
            Note::Describes => f("import-note-describes", &[]),
            Note::Repeats { step } => f(
                "import-note-repeats",
                &[("step", Arg::Number(*step as i64))],
            ),
            Note::NamedOtherwise { name, label } => f(
                "import-note-named-otherwise",
                &[("name", text(name)), ("label", text(label))],
            ),
            Note::Typed { value, label } => f(
                "import-note-typed",
                &[("value", text(value)), ("label", text(label))],
            ),
            Note::NamedAbsent { name } => f("import-note-named-absent", &[("name", text(name))]),
            Note::CarriesOn {
                procedure,
                title,
                steps,
            } => f(
                "import-note-carries-on",
                &[
                    ("procedure", Arg::Number(*procedure as i64)),
                    ("title", text(title)),
                    ("steps", Arg::Number(*steps as i64)),
                ],
            ),
            Note::LeftUndone { label } => f("import-note-left-undone", &[("label", text(label))]),
            Note::AlreadyThere { label } => {
                f("import-note-already-there", &[("label", text(label))])
            }
            Note::LeftOut { labels } => f(
                "import-note-left-out",
                &[("labels", Arg::Text(quoted_list(labels)))],
            ),
        }
    }
}

impl Unresolved {
    /// The reason in `ui`'s language.
    pub fn render(&self, l10n: &Localizer, ui: &LanguageIdentifier) -> String {
        let f = |id: &str, args: &[(&str, Arg)]| l10n.format(ui, id, args);
        match self {
            Unresolved::NothingNamed { screen } => {
                f("import-unresolved-nothing", &[("screen", text(screen))])
            }
            Unresolved::Ambiguous { label, elements } => f(
                "import-unresolved-ambiguous",
                &[
                    ("label", text(label)),
                    ("elements", Arg::Text(elements.join(", "))),
                ],
            ),
            Unresolved::Unreachable { label, screen } => f(
                "import-unresolved-unreachable",
                &[("label", text(label)), ("screen", text(screen))],
            ),
            Unresolved::Refused { label, refusal } => f(
                "import-unresolved-refused",
                &[("label", text(label)), ("refusal", text(refusal))],
            ),
            Unresolved::Paste => f("import-unresolved-paste", &[]),
            Unresolved::NothingCopied => f("import-unresolved-nothing-copied", &[]),
            Unresolved::Unconfirmed { question, answer } => f(
                "import-unresolved-unconfirmed",
                &[("question", text(question)), ("answer", text(answer))],
            ),
            Unresolved::NoGoal => f("import-unresolved-no-goal", &[]),
            Unresolved::Absent { label } => {
                f("import-unresolved-absent", &[("label", text(label))])
            }
        }
    }
}

impl Draft {
    /// How many steps were resolved (or only describe what appears).
    pub fn resolved(&self) -> usize {
        self.steps
            .iter()
            .filter(|s| !matches!(s.status, StepStatus::Unresolved(_)))
            .count()
    }

    /// The steps marked UNRESOLVED.
    pub fn unresolved(&self) -> impl Iterator<Item = (&DraftStep, &Unresolved)> {
        self.steps.iter().filter_map(|s| match &s.status {
            StepStatus::Unresolved(u) => Some((s, u)),
            _ => None,
        })
    }

    /// The step texts' file, relative to the output folder: `<lang>/<id>.ftl`.
    pub fn ftl_path(&self) -> String {
        [self.locale.to_string().as_str(), "/", &self.id, ".ftl"].concat()
    }

    /// The scenario file's name: `<id>.toml`.
    pub fn toml_path(&self) -> String {
        [self.id.as_str(), ".toml"].concat()
    }

    /// The step script, with comments in `ui`'s language: what each step's
    /// text says, what the importer did, and `# UNRESOLVED:` where it could not.
    pub fn toml(&self, l10n: &Localizer, ui: &LanguageIdentifier) -> String {
        let mut out = String::new();
        let f = |id: &str, args: &[(&str, Arg)]| l10n.format(ui, id, args);
        comment(
            &mut out,
            &f(
                "import-toml-header",
                &[
                    ("file", text(&self.source)),
                    ("n", Arg::Number(self.number as i64)),
                    ("title", text(&self.title)),
                ],
            ),
        );
        comment(&mut out, &f("import-toml-review", &[]));
        comment(
            &mut out,
            &f("import-toml-texts", &[("path", Arg::Text(self.ftl_path()))]),
        );
        pair(&mut out, "id", &toml_str(&self.id));
        pair(&mut out, "portal", &toml_str(&self.model.id));
        out.push_str("\n[fixture]\n");
        let fx = &self.fixture;
        pair(&mut out, "account", &toml_str(&fx.account));
        pair(&mut out, "display_name", &toml_str(&fx.display_name));
        pair(&mut out, "password", &toml_str(&fx.password));
        pair(&mut out, "mfa", &fx.mfa.to_string());
        pair(
            &mut out,
            "app_passwords_allowed",
            &fx.app_passwords_allowed.to_string(),
        );
        if fx.app_passwords.is_empty() {
            pair(&mut out, "app_passwords", "[]");
        } else {
            out.push_str("app_passwords = [\n");
            for ap in &fx.app_passwords {
                let mut fields = vec![
                    ["name = ", &toml_str(&ap.name)].concat(),
                    ["created = ", &toml_str(&ap.created.to_string())].concat(),
                ];
                if let Some(p) = &ap.password {
                    fields.push(["password = ", &toml_str(p)].concat());
                }
                out.push_str(&["  { ", &fields.join(", "), " },\n"].concat());
            }
            out.push_str("]\n");
        }
        if !self.params.is_empty() {
            out.push_str("\n[params]\n");
            for (k, v) in &self.params {
                pair(&mut out, k, &toml_str(v));
            }
        }
        for step in &self.steps {
            out.push('\n');
            comment(
                &mut out,
                &[step.number.to_string().as_str(), ". ", &step.text].concat(),
            );
            for note in &step.notes {
                comment(&mut out, &note.render(l10n, ui));
            }
            if let StepStatus::Unresolved(u) = &step.status {
                // i18n-exempt: a fixed marker that tools and people search for
                let marker = format!("UNRESOLVED: {}", u.render(l10n, ui));
                comment(&mut out, &marker);
            }
            out.push_str("[[step]]\n");
            pair(&mut out, "id", &toml_str(&step.id));
            if let Some(l) = step.location.filter(|_| !step.actions.is_empty()) {
                pair(&mut out, "where", &toml_str(l.as_str()));
            }
            match step.actions.as_slice() {
                [] => pair(&mut out, "do", "[]"),
                [one] => pair(&mut out, "do", &["[", &action(one), "]"].concat()),
                many => {
                    out.push_str("do = [\n");
                    for a in many {
                        out.push_str(&["  ", &action(a), ",\n"].concat());
                    }
                    out.push_str("]\n");
                }
            }
            if let Some(e) = step.expect {
                pair(&mut out, "expect", &toml_str(e.as_str()));
            }
        }
        let goal = goal_lines(&self.goal);
        out.push('\n');
        match (self.stopped_at, goal.is_empty()) {
            (Some(n), _) => comment(
                &mut out,
                &f("import-toml-no-goal", &[("n", Arg::Number(n as i64))]),
            ),
            (None, false) => {
                let unreached = self.steps.iter().any(|s| {
                    matches!(
                        s.status,
                        StepStatus::Unresolved(Unresolved::Unconfirmed { .. })
                    )
                });
                let id = if unreached {
                    "import-toml-goal-unreached"
                } else {
                    "import-toml-goal"
                };
                comment(&mut out, &f(id, &[]));
                out.push_str("[goal]\n");
                for (k, v) in goal {
                    pair(&mut out, k, &v);
                }
            }
            (None, true) => {}
        }
        out
    }

    /// The title message alone.
    pub(crate) fn title_ftl(&self) -> String {
        [
            self.id.as_str(),
            "-title = ",
            &ftl_escape(&self.title),
            "\n",
        ]
        .concat()
    }

    /// The step texts in the article's language: title, task, and each
    /// step's text as written with a `.hint` for the author to write.
    pub fn ftl(&self, l10n: &Localizer) -> String {
        let lang = &self.locale;
        let mut out = String::new();
        let f = |id: &str, args: &[(&str, Arg)]| l10n.format(lang, id, args);
        for line in [
            f("import-ftl-header", &[("file", text(&self.source))]),
            f("import-ftl-hints", &[]),
        ] {
            out.push_str(&["## ", &one_line(&line), "\n"].concat());
        }
        out.push('\n');
        let message = |out: &mut String, id: &str, value: &str| {
            out.push_str(&[id, " = ", &ftl_escape(value), "\n"].concat());
        };
        out.push_str(&self.title_ftl());
        out.push_str(&["# ", &one_line(&f("import-ftl-task", &[])), "\n"].concat());
        message(&mut out, &[self.id.as_str(), "-task"].concat(), &self.title);
        out.push('\n');
        let hint = ftl_escape(&f("import-hint-placeholder", &[]));
        for step in &self.steps {
            message(
                &mut out,
                &[self.id.as_str(), "-", &step.id].concat(),
                &step.text,
            );
            out.push_str(&["    .hint = ", &hint, "\n"].concat());
        }
        out
    }
}

/// `key = value` on a line.
fn pair(out: &mut String, key: &str, value: &str) {
    out.push_str(&[key, " = ", value, "\n"].concat());
}

/// A TOML comment line.
fn comment(out: &mut String, s: &str) {
    out.push_str(&["# ", &one_line(s), "\n"].concat());
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A TOML basic string.
pub(crate) fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// An action as an inline table.
fn action(a: &ScriptAction) -> String {
    let (verb, id) = match a {
        ScriptAction::Click(e) => ("click", e),
        ScriptAction::Clear(e) => ("clear", e),
        ScriptAction::Copy(e) => ("copy", e),
        ScriptAction::Paste(e) => ("paste", e),
        ScriptAction::Submit(e) => ("submit", e),
        ScriptAction::Type { element, text } => {
            return [
                "{ type = ",
                &toml_str(element),
                ", text = ",
                &toml_str(&text.to_string()),
                " }",
            ]
            .concat();
        }
        ScriptAction::Back => return "{ back = true }".to_owned(),
    };
    ["{ ", verb, " = ", &toml_str(id), " }"].concat()
}

/// The goal's keys and TOML values, in the format's order.
fn goal_lines(goal: &Goal) -> Vec<(&'static str, String)> {
    let template = |v: &Option<Template>| v.as_ref().map(|v| toml_str(&v.to_string()));
    [
        ("app_password_named", template(&goal.app_password_named)),
        ("app_password_absent", template(&goal.app_password_absent)),
        ("mail_connected", goal.mail_connected.map(|b| b.to_string())),
        ("mail_connected_with", template(&goal.mail_connected_with)),
        (
            "mail_rejects_password_of",
            template(&goal.mail_rejects_password_of),
        ),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((k, v?)))
    .collect()
}

/// A Fluent text value on one line: braces become string literals.
fn ftl_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in one_line(s).chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn braces_are_escaped_for_fluent() {
        assert_eq!(
            ftl_escape("Type {name}\n now"),
            "Type {\"{\"}name{\"}\"} now"
        );
        for s in ["a \"b\"", "it's", "{name}", "a\\b"] {
            let doc: toml::Table = ["x = ", &toml_str(s)].concat().parse().unwrap_or_default();
            assert_eq!(doc.get("x").and_then(|v| v.as_str()), Some(s));
        }
    }
}
