//! The screen description: plain data that a UI, the scenario engine and the
//! docs checker all read. No display text: every label is a Fluent message id.

use serde::Serialize;
use std::fmt;

/// Which window of the simulated desktop is in front.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Window {
    /// The web browser showing the Office 365 portal.
    Browser,
    /// The desktop mail app that needs an app password.
    MailApp,
}

/// A view a person can be looking at: a page, or a dialog or menu over a page,
/// or another window. Its id is data: the product model names its screens
/// (`id = "settings"`) and the model loader checks every reference to one.
///
/// A `ScreenId` is `Copy` and cheap to compare: it holds the id as a
/// `&'static str` (ids read from a model file are interned for the life of
/// the program, so loading a model again takes no more memory).
#[derive(Debug, Clone, Copy, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ScreenId(&'static str);

impl PartialEq for ScreenId {
    /// Equal text; ids of one model are interned, so usually the same pointer.
    fn eq(&self, other: &ScreenId) -> bool {
        std::ptr::eq(self.0, other.0) || self.0 == other.0
    }
}

impl std::hash::Hash for ScreenId {
    /// The text's hash, as equality compares the text.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl ScreenId {
    /// A screen id written in the program (a test's, a fixed one).
    pub const fn new(id: &'static str) -> ScreenId {
        ScreenId(id)
    }

    /// A screen id read from data, interned: equal text gives the same id.
    pub fn intern(id: &str) -> ScreenId {
        ScreenId(crate::model::intern(id))
    }

    /// The stable id used in model and scenario files (`expect = "settings"`).
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl PartialEq<str> for ScreenId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for ScreenId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// How a layer is drawn over its page: declared by the model
/// (`layout = "menu"` on a screen of `kind = "layer"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// A dialog: framed, centred near the top of the window, the page dimmed.
    Dialog,
    /// A drop-down menu: drawn under the control that opened it, closed by
    /// Esc as in the browser.
    Menu,
}

/// The part a screen plays in signing in, derived by the model loader from
/// the effect its button runs (`sign-in` or `verify-code`): the UI and the
/// checker treat these forms as the aside every procedure starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignInStep {
    /// The form that checks the user name and password: `submit` is the id
    /// of its button (the one with the `sign-in` effect).
    Password {
        /// The button's element id.
        submit: &'static str,
    },
    /// The form that checks the second factor's code: `submit` is the id of
    /// its button (the one with the `verify-code` effect).
    SecondFactor {
        /// The button's element id.
        submit: &'static str,
    },
}

impl SignInStep {
    /// The id of the button that submits this form.
    pub fn submit(self) -> &'static str {
        match self {
            SignInStep::Password { submit } | SignInStep::SecondFactor { submit } => submit,
        }
    }
}

impl fmt::Display for ScreenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where on the screen an element sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    /// The bar across the top of the page (suite bar, page header, tabs).
    TopBar,
    /// The left column (navigation).
    Left,
    /// The main content.
    Main,
    /// The right column.
    Right,
    /// The page footer.
    Bottom,
    /// A dialog or menu layered over the page.
    Dialog,
    /// The simulated desktop's taskbar, outside the browser window.
    Taskbar,
}

impl Region {
    /// Every region, in drawing order.
    pub const ALL: [Region; 7] = [
        Region::TopBar,
        Region::Left,
        Region::Main,
        Region::Right,
        Region::Bottom,
        Region::Dialog,
        Region::Taskbar,
    ];

    /// The stable id (`top-bar`, `left`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Region::TopBar => "top-bar",
            Region::Left => "left",
            Region::Main => "main",
            Region::Right => "right",
            Region::Bottom => "bottom",
            Region::Dialog => "dialog",
            Region::Taskbar => "taskbar",
        }
    }
}

/// Which end of a horizontal region an element is drawn at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// The left end (in a left-to-right layout), or simply in flow.
    Start,
    /// The right end, e.g. the suite bar's settings gear.
    End,
}

/// What kind of control an element is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A hyperlink.
    Link,
    /// A push button (including icon buttons such as the gear).
    Button,
    /// A tab of a tab strip.
    Tab,
    /// An entry of a menu.
    MenuItem,
    /// A one-line text input (possibly masked).
    TextField,
    /// Static text: headings, explanations, notices.
    Text,
    /// A generated secret shown once, selectable for copying.
    PasswordDisplay,
    /// A row of a list (an app password with its date).
    ListRow,
}

impl Role {
    /// The stable id (`link`, `button`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Link => "link",
            Role::Button => "button",
            Role::Tab => "tab",
            Role::MenuItem => "menu-item",
            Role::TextField => "text-field",
            Role::Text => "text",
            Role::PasswordDisplay => "password-display",
            Role::ListRow => "list-row",
        }
    }

    /// Whether a click on this role does something by itself.
    pub fn is_clickable(self) -> bool {
        matches!(self, Role::Link | Role::Button | Role::Tab | Role::MenuItem)
    }
}

/// A calendar date, formatted per locale by the i18n layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    /// Year, e.g. 2015.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of month, 1–31.
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A value passed to a Fluent message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Arg {
    /// Text from the data (a name, an account).
    Text(String),
    /// A number (selects plural forms).
    Number(i64),
    /// A date.
    Date(Date),
}

/// A reference to a localized message: its id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MessageRef {
    /// The Fluent message id.
    pub id: &'static str,
    /// Named arguments, in a stable order.
    pub args: Vec<(&'static str, Arg)>,
}

impl MessageRef {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        MessageRef {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }
}

/// What a field or display currently holds. Text the person typed is data,
/// not a message; masked fields only reveal their length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Value {
    /// Plain text (a user name, an app password's name).
    Text(String),
    /// A masked field: only the number of characters is shown.
    Masked(usize),
    /// A secret the product shows in full, once (the new app password).
    Secret(String),
}

/// One element of a screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Element {
    /// Stable id, e.g. `suite.settings` or `app-password.2.delete`.
    pub id: String,
    /// The kind of control.
    pub role: Role,
    /// Where it is.
    pub region: Region,
    /// Which end of its region.
    pub side: Side,
    /// Its label as a message.
    pub label: MessageRef,
    /// Whether it can be acted on now (false under a modal dialog).
    pub enabled: bool,
    /// Whether the page puts the caret here.
    pub focused: bool,
    /// Whether it is the current tab, navigation entry or window.
    pub selected: bool,
    /// A field's or display's content.
    pub value: Option<Value>,
}

/// A complete description of what is on screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Screen {
    /// The view in front: the dialog if one is open, else the page.
    pub id: ScreenId,
    /// The page under any dialog.
    pub page: ScreenId,
    /// Which window is in front.
    pub window: Window,
    /// How the open layer is drawn, when a layer (dialog or menu) is open.
    pub layer: Option<Layout>,
    /// The part the view in front plays in signing in, if any.
    pub sign_in: Option<SignInStep>,
    /// The title of the window in front.
    pub title: MessageRef,
    /// The dialog's title, when a dialog is open.
    pub dialog_title: Option<MessageRef>,
    /// Every element, in drawing order (by region, then in flow).
    pub elements: Vec<Element>,
}

impl Screen {
    /// The element with this id, if it is on screen.
    pub fn element(&self, id: &str) -> Option<&Element> {
        self.elements.iter().find(|e| e.id == id)
    }

    /// The elements of one region, in drawing order.
    pub fn region(&self, region: Region) -> impl Iterator<Item = &Element> {
        self.elements.iter().filter(move |e| e.region == region)
    }

    /// Whether a dialog or menu is open over the page.
    pub fn has_dialog(&self) -> bool {
        self.layer.is_some()
    }

    /// Whether the layer open over the page is a drop-down menu.
    pub fn has_menu(&self) -> bool {
        self.layer == Some(Layout::Menu)
    }
}
