//! A loaded, validated scenario: what the engine runs and the checker reads.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use walkthrough_portal::{Action, Fixture, Model, Region, ScreenId, Side};

/// A procedure: the steps of one written document, and the state it starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    /// Stable id, e.g. `app-password-create`.
    pub id: String,
    /// The id of the product model it runs against (`office365-2015`;
    /// a script's `office365` is loaded as that).
    pub portal: String,
    /// Message id of its title.
    pub title: String,
    /// Message id of the one-line task (exam mode).
    pub task: String,
    /// The portal's starting state.
    pub fixture: Fixture,
    /// Values for `{placeholders}` in typed text and in the goal.
    pub params: BTreeMap<String, String>,
    /// One per numbered step of the document.
    pub steps: Vec<Step>,
    /// What must hold at the end.
    pub goal: Goal,
    /// Whether the training account's sign-in details are shown to the
    /// trainee (guide and exam task card). `sign_in_shown = false` in the
    /// file leaves them out, for an exam on signing in; default `true`.
    pub sign_in_shown: bool,
    /// Where it was loaded from (a path, or `embedded:…`).
    pub origin: String,
    /// The product model `portal` names, resolved when the file was loaded
    /// (from the embedded models or `--portals DIR`): a scenario is never
    /// built without the model it names.
    pub(crate) model: Arc<Model>,
}

impl Scenario {
    /// The product model the scenario runs against: the one its `portal`
    /// names, found among the models it was loaded with (embedded, or read
    /// with `--portals DIR`). A script naming a model that is not there is
    /// not loaded, so there is no fallback.
    pub fn model(&self) -> Arc<Model> {
        Arc::clone(&self.model)
    }

    /// The Fluent id of a step's text (`<scenario>-<step>`); its hint is the
    /// attribute `hint`.
    pub fn step_text_id(&self, step: &Step) -> String {
        format!("{}-{}", self.id, step.id)
    }

    /// The Fluent id of the exam task.
    pub fn task_id(&self) -> String {
        self.task.clone()
    }

    /// The value of a `{placeholder}`: fixture values, then `[params]`.
    pub fn variable(&self, name: &str) -> Option<String> {
        match name {
            "account" => Some(self.fixture.account.clone()),
            "password" => Some(self.fixture.password.clone()),
            "display_name" => Some(self.fixture.display_name.clone()),
            _ => self.params.get(name).cloned(),
        }
    }
}

/// Placeholders every scenario knows, besides its `[params]`.
pub const BUILTIN_VARIABLES: [&str; 4] = ["account", "password", "display_name", "code"];

/// One numbered step of the written procedure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Stable id, unique in its scenario.
    pub id: String,
    /// Where the written text says the target is.
    pub location: Option<Location>,
    /// The right actions, in order (possibly none: a step that only describes).
    pub actions: Vec<ScriptAction>,
    /// The view in front after the step.
    pub expect: Option<ScreenId>,
    /// The line of the step's `[[step]]` header in its file.
    pub line: usize,
}

impl Step {
    /// The first element the step acts on.
    pub fn target(&self) -> Option<&str> {
        self.actions.iter().find_map(ScriptAction::element)
    }
}

/// An action as a script writes it; typed text may hold placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScriptAction {
    /// `{ click = "id" }`
    Click(String),
    /// `{ type = "id", text = "…" }`
    Type {
        /// The field.
        element: String,
        /// What is typed.
        text: Template,
    },
    /// `{ clear = "id" }`
    Clear(String),
    /// `{ copy = "id" }`
    Copy(String),
    /// `{ paste = "id" }`
    Paste(String),
    /// `{ submit = "id" }`: Enter in a field.
    Submit(String),
    /// `{ back = true }`
    Back,
}

impl ScriptAction {
    /// The element acted on.
    pub fn element(&self) -> Option<&str> {
        match self {
            ScriptAction::Click(e)
            | ScriptAction::Clear(e)
            | ScriptAction::Copy(e)
            | ScriptAction::Paste(e)
            | ScriptAction::Submit(e) => Some(e),
            ScriptAction::Type { element, .. } => Some(element),
            ScriptAction::Back => None,
        }
    }

    /// Whether the action only edits a field (typing, clearing, pasting):
    /// a trainee may do these any way they like.
    pub fn is_edit(&self) -> bool {
        matches!(
            self,
            ScriptAction::Type { .. } | ScriptAction::Clear(_) | ScriptAction::Paste(_)
        )
    }

    /// The portal action, with placeholders resolved by `vars`.
    pub fn resolve(&self, vars: &dyn Fn(&str) -> Option<String>) -> Result<Action, String> {
        Ok(match self {
            ScriptAction::Click(e) => Action::Click(e.clone()),
            ScriptAction::Type { element, text } => Action::Type {
                element: element.clone(),
                text: text.resolve(vars)?,
            },
            ScriptAction::Clear(e) => Action::Clear(e.clone()),
            ScriptAction::Copy(e) => Action::Copy(e.clone()),
            ScriptAction::Paste(e) => Action::Paste(e.clone()),
            ScriptAction::Submit(e) => Action::Submit(e.clone()),
            ScriptAction::Back => Action::Back,
        })
    }
}

/// Text with `{placeholders}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Literal(String),
    Variable(String),
}

impl Template {
    /// Parses `Hello {name}`. Placeholder names are ASCII letters, digits, `_`, `-`.
    pub fn parse(s: &str) -> Result<Template, TemplateError> {
        let mut parts = Vec::new();
        let mut rest = s;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                parts.push(Part::Literal(rest[..open].to_owned()));
            }
            let after = &rest[open + 1..];
            let close = after.find('}').ok_or(TemplateError::Unclosed {
                at: s.len() - rest.len() + open,
            })?;
            let name = &after[..close];
            let valid = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            if !valid {
                return Err(TemplateError::BadName {
                    name: name.to_owned(),
                });
            }
            parts.push(Part::Variable(name.to_owned()));
            rest = &after[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(Part::Literal(rest.to_owned()));
        }
        Ok(Template { parts })
    }

    /// The placeholder names it uses.
    pub fn variables(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().filter_map(|p| match p {
            Part::Variable(v) => Some(v.as_str()),
            Part::Literal(_) => None,
        })
    }

    /// The single placeholder this template consists of, if that is all it is
    /// (`"{name}"`): a value the trainee may choose freely.
    pub fn sole_variable(&self) -> Option<&str> {
        match self.parts.as_slice() {
            [Part::Variable(v)] => Some(v),
            _ => None,
        }
    }

    /// The text with every placeholder replaced; the name of a missing one as error.
    pub fn resolve(&self, vars: &dyn Fn(&str) -> Option<String>) -> Result<String, String> {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Literal(l) => out.push_str(l),
                Part::Variable(v) => out.push_str(&vars(v).ok_or_else(|| v.clone())?),
            }
        }
        Ok(out)
    }
}

impl fmt::Display for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for part in &self.parts {
            match part {
                Part::Literal(l) => f.write_str(l)?,
                Part::Variable(v) => write!(f, "{{{v}}}")?,
            }
        }
        Ok(())
    }
}

/// A template that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// `{` without `}`.
    #[error("`{{` at byte {at} is never closed with `}}`")]
    Unclosed {
        /// Byte offset of the `{`.
        at: usize,
    },
    /// A placeholder name with other characters.
    #[error("`{{{name}}}` is not a placeholder name (letters, digits, `_`, `-`)")]
    BadName {
        /// What stood between the braces.
        name: String,
    },
}

/// Where a written step says its target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Location {
    /// Upper-left corner (右上隅's sibling).
    TopLeft,
    /// Upper-right corner (右上隅).
    TopRight,
    /// At the top (上部).
    Top,
    /// On the left (左側).
    Left,
    /// On the right (右).
    Right,
    /// At the bottom (下部).
    Bottom,
    /// In the page's main content.
    Main,
    /// In a dialog or menu.
    Dialog,
    /// On the desktop's taskbar.
    Taskbar,
}

impl Location {
    /// Every location, as scripts spell them.
    pub const ALL: [(&'static str, Location); 9] = [
        ("top-left", Location::TopLeft),
        ("top-right", Location::TopRight),
        ("top", Location::Top),
        ("left", Location::Left),
        ("right", Location::Right),
        ("bottom", Location::Bottom),
        ("main", Location::Main),
        ("dialog", Location::Dialog),
        ("taskbar", Location::Taskbar),
    ];

    /// Parses a script's `where`.
    pub fn parse(s: &str) -> Option<Location> {
        Location::ALL.iter().find(|(n, _)| *n == s).map(|(_, l)| *l)
    }

    /// How scripts spell it.
    pub fn as_str(self) -> &'static str {
        Location::ALL
            .iter()
            .find(|(_, l)| *l == self)
            .map_or("", |(n, _)| n)
    }

    /// Whether an element at `region`/`side` is at this location.
    pub fn contains(self, region: Region, side: Side) -> bool {
        match self {
            Location::TopLeft => region == Region::TopBar && side == Side::Start,
            Location::TopRight => region == Region::TopBar && side == Side::End,
            Location::Top => region == Region::TopBar,
            Location::Left => region == Region::Left,
            Location::Right => region == Region::Right,
            Location::Bottom => region == Region::Bottom,
            Location::Main => region == Region::Main,
            Location::Dialog => region == Region::Dialog,
            Location::Taskbar => region == Region::Taskbar,
        }
    }

    /// The location an element at `region`/`side` is best described by.
    pub fn of(region: Region, side: Side) -> Location {
        match (region, side) {
            (Region::TopBar, Side::Start) => Location::TopLeft,
            (Region::TopBar, Side::End) => Location::TopRight,
            (Region::Left, _) => Location::Left,
            (Region::Right, _) => Location::Right,
            (Region::Bottom, _) => Location::Bottom,
            (Region::Main, _) => Location::Main,
            (Region::Dialog, _) => Location::Dialog,
            (Region::Taskbar, _) => Location::Taskbar,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What must hold when the procedure is done.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Goal {
    /// An app password with this name exists.
    pub app_password_named: Option<Template>,
    /// No app password with this name exists.
    pub app_password_absent: Option<Template>,
    /// The mail app is connected (or, with `false`, is not).
    pub mail_connected: Option<bool>,
    /// The mail app is connected with the app password of this name.
    pub mail_connected_with: Option<Template>,
    /// The fixture's app password of this name no longer connects the mail app.
    pub mail_rejects_password_of: Option<Template>,
}
