//! A product model: a portal's screens, elements, navigation, forms and list
//! as data, read from TOML (the format is `docs/portal-format.md`).
//!
//! The model says what is on each screen and what a click does; what a click
//! *means* when the rules are real (signing in with a second factor and a
//! lockout, generating a secret and storing only its argon2id PHC string,
//! deleting a row, checking a secret in an outside app) is one of the
//! [`Effect`]s, a closed set implemented in Rust whose rules are the model's
//! [`Rules`]. [`crate::Portal`] runs any model; [`Model::office365_2015`] is the
//! one the program ships with, embedded in the binary.

mod load;

pub use load::{InvalidModel, ModelDiagnostic, ModelProblem, SHOWN_DIAGNOSTICS};

use crate::catalog::Spec;
use crate::screen::{Layout, ScreenId, SignInStep, Window};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, LazyLock, Mutex};

/// The embedded models: the id, the file name shown in messages, the text.
pub const EMBEDDED: [(&str, &str, &str); 2] = [
    (
        "office365-2015",
        "embedded:models/office365-2015/model.toml",
        include_str!("../models/office365-2015/model.toml"),
    ),
    (
        "office365-2016",
        "embedded:models/office365-2016/model.toml",
        include_str!("../models/office365-2016/model.toml"),
    ),
];

/// The id of the model a portal runs when none is named.
pub const DEFAULT_MODEL: &str = "office365-2015";

/// The parameters of the effects: the service's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// The most rows (app passwords) the list may hold.
    pub max_rows: usize,
    /// The longest row name, in characters (Unicode scalar values).
    pub max_name_chars: usize,
    /// Wrong sign-ins in a row that lock the account.
    pub lockout_tries: u32,
    /// How long a locked account stays locked, in seconds.
    pub lockout_seconds: i64,
}

/// What an element shows instead of its fixed label, from the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shows {
    /// The refusal shown on the screen it was made on (hidden when none).
    Notice,
    /// The secret just generated, in full (its one showing).
    NewSecret,
    /// The outside app's status: hidden until it has tried a secret.
    AppStatus,
}

/// When an element is on screen at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// The fixture allows app passwords.
    AppPasswordsAllowed,
    /// A second-factor code has been sent and not yet used.
    CodeSent,
    /// The list has no rows.
    ListEmpty,
    /// The list has rows.
    ListNotEmpty,
}

/// Where a label argument's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The account holder's display name (text).
    DisplayName,
    /// The account's sign-in name (text).
    Account,
    /// The account's phone number (text).
    Phone,
    /// The second-factor code sent to the phone (text).
    Code,
    /// How many rows the list has (number).
    RowCount,
    /// The row's name (text), for per-row elements.
    RowName,
    /// The row's creation date (date), for per-row elements.
    RowCreated,
    /// The name of the row the open layer is about (text).
    LayerRowName,
}

/// An effect: a click whose rules are implemented in Rust, with the model's
/// elements and screens as its inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Checks the user name and password (lockout after
    /// [`Rules::lockout_tries`] wrong tries, for [`Rules::lockout_seconds`] on
    /// the injected clock), then, when the account has multi-factor
    /// authentication and the model a second factor, sends a six-digit code
    /// to the phone and shows the page that asks for it; else shows `then`.
    SignIn {
        /// The user-name field.
        user: usize,
        /// The password field (masked).
        password: usize,
        /// The code field (emptied when a code is sent) and the page that
        /// asks for the code, if the product has a second factor.
        second_factor: Option<(usize, ScreenId)>,
        /// The page a signed-in person lands on.
        then: ScreenId,
    },
    /// Checks the code typed in `code` against the one sent.
    VerifyCode {
        /// The code field.
        code: usize,
        /// The page a signed-in person lands on.
        then: ScreenId,
    },
    /// Signs out: every field is emptied, history forgotten.
    SignOut {
        /// The page shown after.
        then: ScreenId,
    },
    /// Opens a form for a new row, refused when the list is full.
    OpenForm {
        /// The layer with the form.
        form: ScreenId,
        /// The name field, emptied first.
        name: usize,
    },
    /// Generates a secret with the CSPRNG, stores a row with its argon2id
    /// PHC string and shows the secret once in `shows`.
    CreateSecret {
        /// The name field.
        name: usize,
        /// The layer that shows the secret once.
        shows: ScreenId,
    },
    /// Copies the secret being shown to the clipboard.
    CopySecret,
    /// Opens the confirmation layer for the clicked row.
    ConfirmRow {
        /// The confirmation layer.
        confirm: ScreenId,
    },
    /// Deletes the row the open layer is about, and closes it.
    DeleteRow,
    /// The outside app checks the secret typed in `password` against the
    /// stored ones (and the account password without multi-factor).
    VerifySecret {
        /// The password field (masked).
        password: usize,
    },
}

/// What a click on an element does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Click {
    /// Nothing (a link to a product outside the simulation).
    Nothing,
    /// Opens a screen: a page is navigated to (and remembered for Back), a
    /// layer is opened over the page.
    Go(ScreenId),
    /// Closes the open layer.
    Close,
    /// Brings a window to the front.
    Window(Window),
    /// An effect.
    Effect(Effect),
}

/// One element of a model: its place in the catalogue and its behaviour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementDef {
    /// Id, role, region, side and label.
    pub spec: Spec,
    /// Label arguments and where their values come from.
    pub args: Vec<(&'static str, Source)>,
    /// When it is on screen; always when `None`.
    pub when: Option<When>,
    /// What it shows from the state, if anything.
    pub shows: Option<Shows>,
    /// For a text field: whether it is masked (its text is a secret).
    pub masked: bool,
    /// For a text field: the button Enter presses.
    pub submit: Option<usize>,
    /// What a click does.
    pub click: Click,
}

/// What kind of view a screen is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenKind {
    /// A browser page.
    Page,
    /// A dialog or menu over the page.
    Layer,
    /// A window of its own (the desktop mail app).
    Window,
}

/// One entry of a screen's element list, resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// One element (index into [`Model::elements`]).
    One(usize),
    /// The list: these `{n}` elements, once per row, in row order.
    Rows(usize, usize),
}

/// One screen of a model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenDef {
    /// Its id.
    pub id: ScreenId,
    /// Page, layer or window.
    pub kind: ScreenKind,
    /// For a layer: drawn as a dialog or as a drop-down menu.
    pub layout: Layout,
    /// The part it plays in signing in: derived from the effect of the
    /// button on it (`sign-in` or `verify-code`).
    pub sign_in: Option<SignInStep>,
    /// The window it is shown in.
    pub window: Window,
    /// The Fluent message id of its title.
    pub title: &'static str,
    /// What it shows, in drawing order.
    pub slots: Vec<Slot>,
    /// The `{n}` element indices of the list, flattened (`slots` point here).
    pub row_elements: Vec<usize>,
    /// Elements shown as current (a tab, a navigation entry).
    pub selected: Vec<usize>,
}

/// A product model, loaded and validated: built only by [`Model::parse`],
/// whose checks make every index in it valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    /// Its id, e.g. `office365-2015`.
    pub id: String,
    /// The Fluent message id of its name as a person reads it (the product
    /// and its version, e.g. "Office 365, November 2015"); the id stands in
    /// when there is none.
    pub name: Option<&'static str>,
    /// The page a portal opens on.
    pub start: ScreenId,
    /// Elements drawn after everything else on every screen.
    pub always: Vec<usize>,
    /// The service's rules.
    pub rules: Rules,
    /// Every element, in catalogue order.
    pub elements: Vec<ElementDef>,
    /// Every screen.
    pub screens: Vec<ScreenDef>,
    /// The screens' ids, in the order of `screens` (a short list: a scan
    /// beats hashing the id).
    by_screen: Vec<ScreenId>,
    /// Index into `elements` by plain id.
    by_id: HashMap<&'static str, usize>,
    /// The indices of the `{n}` elements.
    patterns: Vec<usize>,
}

impl Model {
    /// The 2015 Office 365 portal, embedded in the program (loaded once).
    pub fn office365_2015() -> Arc<Model> {
        static MODEL: LazyLock<Arc<Model>> = LazyLock::new(|| embedded_model(0));
        Arc::clone(&MODEL)
    }

    /// The Office 365 portal of late 2016, embedded in the program (loaded
    /// once): *Security & privacy* between Office 365 settings and
    /// Additional security verification, and a *Create and manage app
    /// passwords* link to the app-password list.
    pub fn office365_2016() -> Arc<Model> {
        static MODEL: LazyLock<Arc<Model>> = LazyLock::new(|| embedded_model(1));
        Arc::clone(&MODEL)
    }

    /// The embedded model with this id, if there is one.
    pub fn embedded(id: &str) -> Option<Arc<Model>> {
        match id {
            "office365-2015" => Some(Model::office365_2015()),
            "office365-2016" => Some(Model::office365_2016()),
            _ => None,
        }
    }

    /// Parses and validates a model file. `origin` names it in messages.
    ///
    /// # Errors
    /// Every problem of the file at once, each with its line and column
    /// ([`InvalidModel`]).
    pub fn parse(origin: &str, text: &str) -> Result<Model, Box<InvalidModel>> {
        load::parse(origin, text)
    }

    /// Parses and validates a model file read as bytes: text that is not
    /// UTF-8 is an error at the first bad byte's line and column.
    ///
    /// # Errors
    /// As [`Model::parse`].
    pub fn parse_bytes(origin: &str, bytes: &[u8]) -> Result<Model, Box<InvalidModel>> {
        load::parse_bytes(origin, bytes)
    }

    /// The screen with this id, if the model has it.
    pub fn screen(&self, id: ScreenId) -> Option<&ScreenDef> {
        let i = self.by_screen.iter().position(|&s| s == id)?;
        self.screens.get(i)
    }

    /// The index of the element with this id or `{n}` instance, if any.
    pub fn element_index(&self, id: &str) -> Option<usize> {
        if let Some(&i) = self.by_id.get(id) {
            return Some(i);
        }
        self.patterns
            .iter()
            .copied()
            .find(|&i| self.elements[i].spec.matches(id))
    }

    /// The element with this id or `{n}` instance, if any.
    pub fn element(&self, id: &str) -> Option<&ElementDef> {
        self.element_index(id).map(|i| &self.elements[i])
    }

    /// Every element's id, role, place and label, in catalogue order.
    pub fn specs(&self) -> impl Iterator<Item = &Spec> {
        self.elements.iter().map(|e| &e.spec)
    }

    /// The button Enter in `field` presses, if it is a field of a form.
    pub fn default_button(&self, field: &str) -> Option<&'static str> {
        let submit = self.element(field)?.submit?;
        Some(self.elements[submit].spec.id)
    }

    /// Every Fluent message id the model names: titles and labels.
    pub fn message_ids(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = self.screens.iter().map(|s| s.title).collect();
        ids.extend(self.name);
        ids.extend(self.elements.iter().map(|e| e.spec.label));
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Every message id the model names that `has_message` says is missing,
    /// with the id of the element or screen that names it: the check that
    /// every label has a message in a locale.
    pub fn missing_messages(&self, has_message: impl Fn(&str) -> bool) -> Vec<(String, String)> {
        let screens = self.screens.iter().map(|s| (s.id.as_str(), s.title));
        let elements = self.elements.iter().map(|e| (e.spec.id, e.spec.label));
        let name = self.name.map(|n| ("name", n));
        screens
            .chain(elements)
            .chain(name)
            .filter(|(_, label)| !has_message(label))
            .map(|(owner, label)| (owner.to_owned(), label.to_owned()))
            .collect()
    }
}

/// Parses the embedded model at `index` of [`EMBEDDED`].
fn embedded_model(index: usize) -> Arc<Model> {
    let (_, origin, text) = EMBEDDED[index];
    match Model::parse(origin, text) {
        Ok(model) => Arc::new(model),
        // Every embedded model is loaded by this crate's tests.
        Err(e) => panic!("the embedded model is invalid:\n{}", e.render(false)),
    }
}

/// One `&'static str` per distinct text: model strings are kept for the life
/// of the program (labels and ids are `&'static` in [`crate::Screen`]), and a
/// model loaded again takes no more memory.
pub(crate) fn intern(text: &str) -> &'static str {
    static TABLE: LazyLock<Mutex<HashSet<&'static str>>> =
        LazyLock::new(|| Mutex::new(HashSet::new()));
    let mut table = match TABLE.lock() {
        Ok(t) => t,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(&s) = table.get(text) {
        return s;
    }
    let s: &'static str = Box::leak(text.to_owned().into_boxed_str());
    table.insert(s);
    s
}
