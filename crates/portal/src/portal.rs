//! The state machine: it runs a product [`Model`]. The model says what is on
//! each screen and where a click leads; the effects (sign-in, secrets, rows,
//! the outside app) are implemented here, with the model's rules.

use crate::action::{Action, Outcome, PortalError, Refusal};
use crate::clock::{Clock, SystemClock, Timestamp};
use crate::fixture::{Fixture, FixtureError};
use crate::model::{Click, Effect, ElementDef, Model, ScreenKind, Shows, Slot, Source, When};
use crate::screen::{Arg, Date, Element, MessageRef, Role, Screen, ScreenId, Value, Window};
use crate::secret::{self, HashParams, Secret, StoredSecret};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha20Rng;
use std::fmt;
use std::sync::Arc;

/// Messages the portal shows that are not element labels or refusals.
pub(crate) const EXTRA_MESSAGES: [&str; 1] = ["portal-mail-status-connected"];

/// How a portal is built: randomness, time and hashing cost.
#[derive(Debug, Clone)]
pub struct PortalOptions {
    /// A seed makes every generated password and code the same on every run;
    /// `None` draws from the operating system's generator.
    pub seed: Option<u64>,
    /// Where the time comes from.
    pub clock: Arc<dyn Clock>,
    /// argon2id cost parameters.
    pub hash: HashParams,
}

impl Default for PortalOptions {
    fn default() -> Self {
        PortalOptions {
            seed: None,
            clock: Arc::new(SystemClock),
            hash: HashParams::default(),
        }
    }
}

/// What the portal tells about a stored app password (never its secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppPasswordInfo {
    /// An id that stays with the app password for its whole life.
    pub id: u64,
    /// Its name.
    pub name: String,
    /// Its creation date.
    pub created: Date,
}

/// Whether the desktop mail app is connected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailStatus {
    /// Not tried yet, or disconnected since.
    Idle,
    /// Connected with an app password.
    Connected,
    /// The last try was refused.
    Rejected,
}

/// The layer open over the page: which one, and what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Layer {
    id: ScreenId,
    /// The row it is about (the one shown or to delete).
    row: Option<u64>,
    /// The secret it shows once.
    secret: Option<Secret>,
}

impl Layer {
    fn plain(id: ScreenId) -> Self {
        Layer {
            id,
            row: None,
            secret: None,
        }
    }
}

#[derive(Clone)]
struct StoredAppPassword {
    info: AppPasswordInfo,
    phc: StoredSecret,
}

/// The text of one field: plain, or a secret when the field is masked.
#[derive(Debug, Clone)]
enum FieldText {
    Plain(String),
    Secret(Secret),
}

impl FieldText {
    fn push_str(&mut self, s: &str) {
        match self {
            FieldText::Plain(t) => t.push_str(s),
            FieldText::Secret(t) => t.push_str(s),
        }
    }

    fn clear(&mut self) {
        match self {
            FieldText::Plain(t) => t.clear(),
            FieldText::Secret(t) => t.clear(),
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            FieldText::Plain(t) => t.is_empty(),
            FieldText::Secret(t) => t.is_empty(),
        }
    }

    fn expose(&self) -> &str {
        match self {
            FieldText::Plain(t) => t,
            FieldText::Secret(t) => t.expose(),
        }
    }

    fn take(&mut self) -> Secret {
        let taken = Secret::new(self.expose());
        self.clear();
        taken
    }
}

/// A product model running for one trainee: the portal, the simulated phone
/// and the desktop mail app.
#[derive(Clone)]
pub struct Portal {
    model: Arc<Model>,
    fixture: Fixture,
    account_phc: StoredSecret,
    app_passwords: Vec<StoredAppPassword>,
    next_id: u64,
    rng: ChaCha20Rng,
    clock: Arc<dyn Clock>,
    hash: HashParams,
    window: Window,
    page: ScreenId,
    history: Vec<ScreenId>,
    dialog: Option<Layer>,
    /// One entry per element of the model; `Some` for text fields.
    fields: Vec<Option<FieldText>>,
    notice: Option<(ScreenId, Refusal)>,
    failed_sign_ins: u32,
    locked_until: Option<Timestamp>,
    mfa_code: Option<String>,
    clipboard: Option<Secret>,
    mail: MailStatus,
    mail_connected_with: Option<u64>,
}

impl fmt::Debug for Portal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Portal")
            .field("model", &self.model.id)
            .field("window", &self.window)
            .field("page", &self.page)
            .field("dialog", &self.dialog.as_ref().map(|d| d.id))
            .field("app_passwords", &self.app_passwords().len())
            .field("mail", &self.mail)
            .finish_non_exhaustive()
    }
}

impl Portal {
    /// A portal of the 2015 Office 365 model ([`Model::office365_2015`]) in
    /// the state the fixture describes, at the sign-in page.
    ///
    /// The fixture's secrets (the account password and its app passwords)
    /// are not hashed here: each is hashed when first needed (the sign-in,
    /// the mail app, [`Portal::stored_hashes`]), and, when the parameters
    /// make hashing costly ([`HashParams::is_costly`]), on a worker thread
    /// from now on, so a front end can draw its first screen meanwhile.
    /// Their salts are drawn here, so a seeded portal is the same either way.
    pub fn new(fixture: Fixture, options: PortalOptions) -> Result<Portal, FixtureError> {
        Portal::with_model(Model::office365_2015(), fixture, options)
    }

    /// A portal that runs `model`, in the state the fixture describes, at the
    /// model's start page. See [`Portal::new`] for when secrets are hashed.
    ///
    /// # Errors
    /// The fixture breaks one of the service's rules ([`FixtureError`]), or
    /// the hashing parameters cannot be used.
    pub fn with_model(
        model: Arc<Model>,
        fixture: Fixture,
        options: PortalOptions,
    ) -> Result<Portal, FixtureError> {
        fixture.validate_with(&model.rules)?;
        let hash = options.hash.validate().map_err(FixtureError::HashParams)?;
        let mut rng = match options.seed {
            Some(seed) => ChaCha20Rng::seed_from_u64(seed),
            None => ChaCha20Rng::from_os_rng(),
        };
        let account_phc =
            StoredSecret::deferred(hash, &mut rng, Secret::new(fixture.password.clone()));
        let mut app_passwords = Vec::with_capacity(fixture.app_passwords.len());
        for (i, ap) in fixture.app_passwords.iter().enumerate() {
            let plain = match &ap.password {
                Some(p) => Secret::new(p.clone()),
                None => secret::generate_app_password(&mut rng),
            };
            let phc = StoredSecret::deferred(hash, &mut rng, plain);
            app_passwords.push(StoredAppPassword {
                info: AppPasswordInfo {
                    id: i as u64 + 1,
                    name: ap.name.clone(),
                    created: ap.created,
                },
                phc,
            });
        }
        if hash.is_costly() {
            StoredSecret::prepare_in_background(
                std::iter::once(&account_phc)
                    .chain(app_passwords.iter().map(|a| &a.phc))
                    .cloned()
                    .collect(),
            );
        }
        let fixture = Fixture {
            password: String::new(),
            app_passwords: Vec::new(),
            ..fixture
        };
        let fields = empty_fields(&model);
        Ok(Portal {
            next_id: app_passwords.len() as u64 + 1,
            page: model.start,
            model,
            fixture,
            account_phc,
            app_passwords,
            rng,
            clock: options.clock,
            hash,
            window: Window::Browser,
            history: Vec::new(),
            dialog: None,
            fields,
            notice: None,
            failed_sign_ins: 0,
            locked_until: None,
            mfa_code: None,
            clipboard: None,
            mail: MailStatus::Idle,
            mail_connected_with: None,
        })
    }

    /// The model this portal runs.
    pub fn model(&self) -> &Arc<Model> {
        &self.model
    }

    /// The app passwords the account has now, oldest first.
    pub fn app_passwords(&self) -> Vec<AppPasswordInfo> {
        self.app_passwords.iter().map(|a| a.info.clone()).collect()
    }

    /// Every stored secret (account password and app passwords) as it is kept:
    /// argon2id PHC strings.
    pub fn stored_hashes(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.account_phc.phc())
            .chain(self.app_passwords.iter().map(|a| a.phc.phc()))
    }

    /// Whether the mail app would connect with `password` (argon2 work).
    pub fn mail_would_connect(&self, password: &str) -> bool {
        self.app_password_matching(password).is_some()
            || (!self.fixture.mfa && self.account_phc.verify(password))
    }

    /// The name of the app password the mail app is connected with, if any.
    pub fn mail_connected_as(&self) -> Option<&str> {
        let id = self.mail_connected_with?;
        self.app_passwords
            .iter()
            .find(|a| a.info.id == id)
            .map(|a| a.info.name.as_str())
    }

    /// The mail app's connection state.
    pub fn mail_status(&self) -> MailStatus {
        self.mail
    }

    /// How many characters the simulation's clipboard holds (never its text).
    pub fn clipboard_len(&self) -> Option<usize> {
        self.clipboard.as_ref().map(Secret::len)
    }

    /// Whether the account is locked out now.
    pub fn is_locked(&self) -> bool {
        self.locked_until.is_some_and(|t| self.clock.now() < t)
    }

    /// The fixture's account name.
    pub fn account(&self) -> &str {
        &self.fixture.account
    }

    /// The view in front.
    pub fn screen_id(&self) -> ScreenId {
        match (self.window, &self.dialog) {
            (Window::Browser, Some(d)) => d.id,
            (Window::Browser, None) => self.page,
            (window, _) => self.window_screen(window).unwrap_or(self.page),
        }
    }

    /// The screen of a window other than the browser.
    fn window_screen(&self, window: Window) -> Option<ScreenId> {
        self.model
            .screens
            .iter()
            .find(|s| s.kind == ScreenKind::Window && s.window == window)
            .map(|s| s.id)
    }

    fn app_password_matching(&self, password: &str) -> Option<u64> {
        if !secret::is_app_password_shaped(password) {
            return None;
        }
        self.app_passwords
            .iter()
            .find(|a| a.phc.verify(password))
            .map(|a| a.info.id)
    }

    fn row_name(&self, id: Option<u64>) -> String {
        id.and_then(|id| self.app_passwords.iter().find(|a| a.info.id == id))
            .map(|a| a.info.name.clone())
            .unwrap_or_default()
    }

    // ---------------------------------------------------------------- screen

    /// What is on screen now.
    pub fn screen(&self) -> Screen {
        let id = self.screen_id();
        let mut elements = Vec::with_capacity(32);
        let (page_id, dialog_title) = match self.window {
            Window::Browser => {
                self.view_elements(self.page, &mut elements);
                let dialog_title = self.dialog.as_ref().map(|dialog| {
                    for e in &mut elements {
                        e.enabled = false;
                        e.focused = false;
                    }
                    self.view_elements(dialog.id, &mut elements);
                    MessageRef::new(self.title(dialog.id))
                });
                (self.page, dialog_title)
            }
            _ => {
                self.view_elements(id, &mut elements);
                (id, None)
            }
        };
        for &i in &self.model.always {
            let def = &self.model.elements[i];
            let mut e = self.element(i, None, None, id);
            e.selected = matches!(def.click, Click::Window(w) if w == self.window);
            elements.push(e);
        }
        let front = self.model.screen(id);
        Screen {
            id,
            page: page_id,
            window: self.window,
            layer: front
                .filter(|s| s.kind == ScreenKind::Layer)
                .map(|s| s.layout),
            sign_in: front.and_then(|s| s.sign_in),
            title: MessageRef::new(self.title(page_id)),
            dialog_title,
            elements,
        }
    }

    fn title(&self, id: ScreenId) -> &'static str {
        self.model.screen(id).map_or("", |s| s.title)
    }

    /// The Fluent message id of the title of the view in front (the
    /// dialog's or menu's when one is open).
    pub fn screen_title(&self) -> &'static str {
        self.title(self.screen_id())
    }

    /// The elements of one view (a page, a layer or a window), in order.
    fn view_elements(&self, view: ScreenId, out: &mut Vec<Element>) {
        let Some(def) = self.model.screen(view) else {
            return;
        };
        // The text fields drawn: position in `out`, element index.
        let mut fields: Vec<(usize, usize)> = Vec::new();
        for slot in &def.slots {
            match *slot {
                Slot::One(i) => {
                    let el = &self.model.elements[i];
                    if self.shown(el, view) {
                        let mut e = self.element(i, None, None, view);
                        e.selected = def.selected.contains(&i);
                        if e.role == Role::TextField {
                            fields.push((out.len(), i));
                        }
                        out.push(e);
                    }
                }
                Slot::Rows(from, to) => {
                    for (r, row) in self.app_passwords.iter().enumerate() {
                        for &i in &def.row_elements[from..to] {
                            let id = self.model.elements[i].spec.nth(r + 1);
                            out.push(self.element(i, Some(id), Some(&row.info), view));
                        }
                    }
                }
            }
        }
        // The caret is in the first empty field, else in the last field.
        let drawn = &fields[..];
        let empty = drawn
            .iter()
            .find(|&&(_, i)| self.fields[i].as_ref().is_some_and(FieldText::is_empty));
        if let Some(&(k, _)) = empty.or(drawn.last()) {
            out[k].focused = true;
        }
    }

    fn shown(&self, el: &ElementDef, view: ScreenId) -> bool {
        let when = match el.when {
            None => true,
            Some(When::AppPasswordsAllowed) => self.fixture.app_passwords_allowed,
            Some(When::CodeSent) => self.mfa_code.is_some(),
            Some(When::ListEmpty) => self.app_passwords.is_empty(),
            Some(When::ListNotEmpty) => !self.app_passwords.is_empty(),
        };
        when && match el.shows {
            None | Some(Shows::NewSecret) => true,
            Some(Shows::Notice) => matches!(self.notice, Some((on, _)) if on == view),
            Some(Shows::AppStatus) => self.mail != MailStatus::Idle,
        }
    }

    /// Element `index` of the model as drawn now; `id` is a row's own id.
    fn element(
        &self,
        index: usize,
        id: Option<String>,
        row: Option<&AppPasswordInfo>,
        view: ScreenId,
    ) -> Element {
        let el = &self.model.elements[index];
        let spec = &el.spec;
        let mut label = MessageRef::new(spec.label);
        for &(name, source) in &el.args {
            let value = match source {
                Source::DisplayName => Arg::Text(self.fixture.display_name.clone()),
                Source::Account => Arg::Text(self.fixture.account.clone()),
                Source::Phone => Arg::Text(self.fixture.phone.clone()),
                Source::Code => Arg::Text(self.mfa_code.clone().unwrap_or_default()),
                Source::RowCount => Arg::Number(self.app_passwords.len() as i64),
                Source::RowName => Arg::Text(row.map(|r| r.name.clone()).unwrap_or_default()),
                Source::RowCreated => Arg::Date(row.map_or(crate::ARTICLE_DATE, |r| r.created)),
                Source::LayerRowName => {
                    Arg::Text(self.row_name(self.dialog.as_ref().and_then(|d| d.row)))
                }
            };
            label = label.arg(name, value);
        }
        let mut value = None;
        match el.shows {
            Some(Shows::Notice) => {
                if let Some((on, refusal)) = self.notice {
                    if on == view {
                        label = refusal.message();
                    }
                }
            }
            Some(Shows::NewSecret) => {
                value = self
                    .dialog
                    .as_ref()
                    .and_then(|d| d.secret.as_ref())
                    .map(|s| Value::Secret(s.expose().to_owned()));
            }
            Some(Shows::AppStatus) if self.mail == MailStatus::Rejected => {
                label = Refusal::MailRejected.message();
            }
            Some(Shows::AppStatus) | None => {}
        }
        if spec.role == Role::TextField {
            if let Some(text) = &self.fields[index] {
                value = Some(match text {
                    FieldText::Plain(t) => Value::Text(t.clone()),
                    FieldText::Secret(s) => Value::Masked(s.len()),
                });
            }
        }
        Element {
            id: id.unwrap_or_else(|| spec.id.to_owned()),
            role: spec.role,
            region: spec.region,
            side: spec.side,
            label,
            enabled: true,
            focused: false,
            selected: false,
            value,
        }
    }

    // ----------------------------------------------------------------- act

    /// Does one action, as the real portal would.
    pub fn act(&mut self, action: Action) -> Result<Outcome, PortalError> {
        let before = self.screen_id();
        let target = match action.element() {
            Some(id) => Some(self.target(id)?),
            None => None,
        };
        let outcome = match (&action, target) {
            (Action::Back, _) => self.back(),
            (Action::Click(id), Some(role)) => {
                if role.is_clickable() {
                    self.click(id)?
                } else {
                    Outcome::Nothing
                }
            }
            (Action::Type { element, text }, Some(Role::TextField)) => {
                self.field_mut(element, |f| f.push_str(text))
            }
            (Action::Clear(element), Some(Role::TextField)) => {
                self.field_mut(element, FieldText::clear)
            }
            (Action::Paste(element), Some(Role::TextField)) => match self.clipboard.clone() {
                Some(clip) => self.field_mut(element, |f| f.push_str(clip.expose())),
                None => Outcome::Nothing,
            },
            (Action::Copy(element), Some(role @ (Role::TextField | Role::PasswordDisplay))) => {
                self.copy(element, role)
            }
            (Action::Submit(element), Some(Role::TextField)) => {
                match self.model.default_button(element) {
                    Some(button) => self.click(button)?,
                    None => Outcome::Nothing,
                }
            }
            (action, Some(role)) => {
                return Err(PortalError::WrongRole {
                    verb: action.verb(),
                    element: action.element().unwrap_or_default().to_owned(),
                    role: role.as_str(),
                })
            }
            (_, None) => Outcome::Nothing,
        };
        if !matches!(outcome, Outcome::Refused(_) | Outcome::Nothing) {
            self.notice = None;
        }
        Ok(match outcome {
            Outcome::Updated if self.screen_id() != before => Outcome::Screen(self.screen_id()),
            Outcome::Screen(_) => Outcome::Screen(self.screen_id()),
            other => other,
        })
    }

    /// The role of `id` if it can be acted on now.
    fn target(&self, id: &str) -> Result<Role, PortalError> {
        let screen = self.screen();
        match screen.element(id) {
            None => Err(PortalError::NotOnScreen {
                element: id.to_owned(),
                screen: screen.id,
            }),
            Some(e) if !e.enabled => Err(PortalError::Blocked {
                element: id.to_owned(),
                dialog: screen.id,
            }),
            Some(e) => Ok(e.role),
        }
    }

    fn field(&mut self, index: usize) -> Option<&mut FieldText> {
        self.fields.get_mut(index).and_then(Option::as_mut)
    }

    fn field_mut(&mut self, id: &str, edit: impl FnOnce(&mut FieldText)) -> Outcome {
        let Some(index) = self.model.element_index(id) else {
            return Outcome::Nothing;
        };
        match self.field(index) {
            Some(text) => {
                edit(text);
                Outcome::Updated
            }
            None => Outcome::Nothing,
        }
    }

    fn copy(&mut self, id: &str, role: Role) -> Outcome {
        let copied = match role {
            Role::PasswordDisplay => self.dialog.as_ref().and_then(|d| d.secret.clone()),
            // Browsers do not copy out of masked fields.
            _ => match self
                .model
                .element_index(id)
                .and_then(|i| self.fields[i].as_ref())
            {
                Some(FieldText::Plain(t)) => Some(Secret::new(t.clone())),
                _ => None,
            },
        };
        match copied {
            Some(text) if !text.is_empty() => {
                self.clipboard = Some(text);
                Outcome::Updated
            }
            _ => Outcome::Nothing,
        }
    }

    fn navigate(&mut self, page: ScreenId) -> Outcome {
        if self.page == page && self.dialog.is_none() {
            return Outcome::Nothing;
        }
        self.dialog = None;
        if self.page != page {
            self.history.push(self.page);
            self.page = page;
        }
        Outcome::Screen(page)
    }

    fn open(&mut self, layer: Layer) -> Outcome {
        let id = layer.id;
        self.dialog = Some(layer);
        Outcome::Screen(id)
    }

    fn close_dialog(&mut self) -> Outcome {
        self.dialog = None;
        Outcome::Screen(self.page)
    }

    fn refuse(&mut self, refusal: Refusal) -> Outcome {
        self.notice = Some((self.screen_id(), refusal));
        Outcome::Refused(refusal)
    }

    fn back(&mut self) -> Outcome {
        if self.window != Window::Browser {
            return Outcome::Nothing;
        }
        if self.dialog.is_some() {
            return self.close_dialog();
        }
        match self.history.pop() {
            Some(page) => {
                self.page = page;
                Outcome::Screen(page)
            }
            None => Outcome::Nothing,
        }
    }

    fn click(&mut self, id: &str) -> Result<Outcome, PortalError> {
        let Some(index) = self.model.element_index(id) else {
            return Ok(Outcome::Nothing);
        };
        let click = self.model.elements[index].click.clone();
        Ok(match click {
            Click::Nothing => Outcome::Nothing,
            Click::Window(window) => {
                if self.window == window {
                    Outcome::Nothing
                } else {
                    self.window = window;
                    Outcome::Screen(self.screen_id())
                }
            }
            Click::Go(to) => match self.model.screen(to).map(|s| s.kind) {
                Some(ScreenKind::Layer) => self.open(Layer::plain(to)),
                _ => self.navigate(to),
            },
            Click::Close => self.close_dialog(),
            Click::Effect(effect) => self.effect(effect, id)?,
        })
    }

    fn effect(&mut self, effect: Effect, clicked: &str) -> Result<Outcome, PortalError> {
        let rules = self.model.rules;
        Ok(match effect {
            Effect::SignIn {
                user,
                password,
                second_factor,
                then,
            } => self.sign_in(user, password, second_factor, then),
            Effect::VerifyCode { code, then } => {
                let entered = self.field(code).map(FieldText::take).unwrap_or_default();
                if self.mfa_code.as_deref() == Some(entered.expose().trim()) {
                    self.signed_in(then)
                } else {
                    self.refuse(Refusal::WrongCode)
                }
            }
            Effect::SignOut { then } => {
                self.history.clear();
                self.dialog = None;
                self.fields = empty_fields(&self.model);
                self.page = then;
                Outcome::Screen(then)
            }
            Effect::OpenForm { form, name } => {
                if self.app_passwords.len() >= rules.max_rows {
                    self.refuse(Refusal::TooManyAppPasswords {
                        max: rules.max_rows,
                    })
                } else {
                    if let Some(f) = self.field(name) {
                        f.clear();
                    }
                    self.open(Layer::plain(form))
                }
            }
            Effect::CreateSecret { name, shows } => self.create(name, shows)?,
            Effect::CopySecret => self.copy(clicked, Role::PasswordDisplay),
            Effect::ConfirmRow { confirm } => {
                let row = self.model.element(clicked).and_then(|e| {
                    let (pre, post) = e.spec.id.split_once("{n}")?;
                    let n: usize = clicked
                        .strip_prefix(pre)?
                        .strip_suffix(post)?
                        .parse()
                        .ok()?;
                    n.checked_sub(1)
                });
                match row.and_then(|i| self.app_passwords.get(i)) {
                    Some(ap) => {
                        let row = Some(ap.info.id);
                        self.open(Layer {
                            id: confirm,
                            row,
                            secret: None,
                        })
                    }
                    None => Outcome::Nothing,
                }
            }
            Effect::DeleteRow => {
                if let Some(id) = self.dialog.as_ref().and_then(|d| d.row) {
                    self.app_passwords.retain(|a| a.info.id != id);
                    if self.mail_connected_with == Some(id) {
                        self.mail_connected_with = None;
                        self.mail = MailStatus::Idle;
                    }
                }
                self.close_dialog()
            }
            Effect::VerifySecret { password } => {
                let entered = self
                    .field(password)
                    .map(FieldText::take)
                    .unwrap_or_default();
                match self.app_password_matching(entered.expose()) {
                    Some(id) => {
                        self.mail = MailStatus::Connected;
                        self.mail_connected_with = Some(id);
                        Outcome::Updated
                    }
                    None if !self.fixture.mfa && self.account_phc.verify(entered.expose()) => {
                        self.mail = MailStatus::Connected;
                        self.mail_connected_with = None;
                        Outcome::Updated
                    }
                    None => {
                        self.mail = MailStatus::Rejected;
                        self.mail_connected_with = None;
                        Outcome::Refused(Refusal::MailRejected)
                    }
                }
            }
        })
    }

    fn sign_in(
        &mut self,
        user: usize,
        password: usize,
        second_factor: Option<(usize, ScreenId)>,
        then: ScreenId,
    ) -> Outcome {
        let rules = self.model.rules;
        let now = self.clock.now();
        if let Some(until) = self.locked_until {
            if now < until {
                let minutes = u32::try_from((until.0 - now.0 + 59) / 60).unwrap_or(u32::MAX);
                if let Some(f) = self.field(password) {
                    f.clear();
                }
                return self.refuse(Refusal::Locked { minutes });
            }
            self.locked_until = None;
            self.failed_sign_ins = 0;
        }
        let user_text = self
            .fields
            .get(user)
            .and_then(Option::as_ref)
            .map(|f| f.expose().trim().to_owned())
            .unwrap_or_default();
        if user_text.is_empty() {
            return self.refuse(Refusal::UserRequired);
        }
        let user_ok = user_text.eq_ignore_ascii_case(&self.fixture.account);
        let entered = self
            .field(password)
            .map(FieldText::take)
            .unwrap_or_default();
        let password_ok = self.account_phc.verify(entered.expose());
        if !(user_ok && password_ok) {
            self.failed_sign_ins += 1;
            if self.failed_sign_ins >= rules.lockout_tries {
                self.locked_until = Some(Timestamp(now.0 + rules.lockout_seconds));
                let minutes = u32::try_from(rules.lockout_seconds / 60).unwrap_or(u32::MAX);
                return self.refuse(Refusal::Locked { minutes });
            }
            return self.refuse(Refusal::WrongPassword);
        }
        self.failed_sign_ins = 0;
        if let (true, Some((code, second_factor))) = (self.fixture.mfa, second_factor) {
            self.mfa_code = Some(format!("{:06}", self.rng.random_range(0..1_000_000u32)));
            if let Some(f) = self.field(code) {
                f.clear();
            }
            self.page = second_factor;
            Outcome::Screen(second_factor)
        } else {
            self.signed_in(then)
        }
    }

    fn signed_in(&mut self, then: ScreenId) -> Outcome {
        self.mfa_code = None;
        self.history.clear();
        self.page = then;
        Outcome::Screen(then)
    }

    fn create(&mut self, name_field: usize, shows: ScreenId) -> Result<Outcome, PortalError> {
        let rules = self.model.rules;
        let name = self
            .fields
            .get(name_field)
            .and_then(Option::as_ref)
            .map(|f| f.expose().trim().to_owned())
            .unwrap_or_default();
        if name.is_empty() {
            return Ok(self.refuse(Refusal::NameRequired));
        }
        if name.chars().count() > rules.max_name_chars {
            return Ok(self.refuse(Refusal::NameTooLong {
                max: rules.max_name_chars,
            }));
        }
        if self.app_passwords.len() >= rules.max_rows {
            return Ok(self.refuse(Refusal::TooManyAppPasswords {
                max: rules.max_rows,
            }));
        }
        let password = secret::generate_app_password(&mut self.rng);
        // Hashed now: the plaintext must be gone once its one display closes.
        let phc = StoredSecret::hashed(self.hash, &mut self.rng, password.expose())
            .map_err(PortalError::Hashing)?;
        let id = self.next_id;
        let info = AppPasswordInfo {
            id,
            name,
            created: self.clock.now().date(),
        };
        self.next_id += 1;
        self.app_passwords.push(StoredAppPassword { info, phc });
        if let Some(f) = self.field(name_field) {
            f.clear();
        }
        Ok(self.open(Layer {
            id: shows,
            row: Some(id),
            secret: Some(password),
        }))
    }
}

/// One empty text per text field of the model (a secret when masked).
fn empty_fields(model: &Model) -> Vec<Option<FieldText>> {
    model
        .elements
        .iter()
        .map(|e| {
            (e.spec.role == Role::TextField).then(|| {
                if e.masked {
                    FieldText::Secret(Secret::default())
                } else {
                    FieldText::Plain(String::new())
                }
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use crate::fixture::AppPasswordFixture;
    use crate::secret::operations_on_this_thread;

    fn fixture() -> Fixture {
        let created = Date {
            year: 2015,
            month: 11,
            day: 1,
        };
        Fixture {
            app_passwords: ["Outlook desktop", "iPhone", "Tablet"]
                .iter()
                .map(|name| AppPasswordFixture {
                    name: (*name).to_owned(),
                    created,
                    password: None,
                })
                .collect(),
            ..Fixture::default()
        }
    }

    fn options() -> PortalOptions {
        PortalOptions {
            seed: Some(1),
            clock: Arc::new(ManualClock::at_date(crate::ARTICLE_DATE)),
            hash: HashParams::TEST_ONLY_MINIMAL,
        }
    }

    #[test]
    fn no_secret_is_hashed_before_the_first_screen_and_each_once_when_needed() {
        let before = operations_on_this_thread();
        let mut portal = Portal::new(fixture(), options()).expect("portal");
        let _first_frame = portal.screen();
        assert_eq!(operations_on_this_thread(), before);

        let account = portal.fixture.account.clone();
        for (element, text) in [
            ("sign-in.user", account.as_str()),
            ("sign-in.password", "Pa55word!"),
        ] {
            let typed = Action::Type {
                element: element.to_owned(),
                text: text.to_owned(),
            };
            assert_eq!(portal.act(typed), Ok(Outcome::Updated));
        }
        assert_eq!(operations_on_this_thread(), before);
        let submit = Action::Click("sign-in.submit".to_owned());
        assert_eq!(
            portal.act(submit),
            Ok(Outcome::Screen(ScreenId::new("mfa")))
        );
        // The account password's hash, then its verification: nothing else.
        assert_eq!(operations_on_this_thread(), before + 2);

        let hashes: Vec<String> = portal.stored_hashes().map(str::to_owned).collect();
        assert_eq!(hashes.len(), 4);
        assert!(hashes
            .iter()
            .all(|h| h.starts_with("$argon2id$v=19$m=8,t=1,p=1$")));
        assert_eq!(operations_on_this_thread(), before + 5);
    }

    #[test]
    fn at_production_cost_the_hashing_is_left_to_a_worker_thread() {
        let before = operations_on_this_thread();
        let options = PortalOptions {
            hash: HashParams::default(),
            ..options()
        };
        let portal = Portal::new(fixture(), options).expect("portal");
        let _first_frame = portal.screen();
        assert_eq!(operations_on_this_thread(), before);
        // Whoever needs a hash first gets it: done by the worker, or waited for.
        let hashes: Vec<&str> = portal.stored_hashes().collect();
        assert_eq!(hashes.len(), 4);
        assert!(hashes
            .iter()
            .all(|h| h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$")));
        assert!(operations_on_this_thread() - before <= 4);
    }

    #[test]
    fn deferred_hashing_gives_the_same_portal_for_a_seed() {
        let a = Portal::new(fixture(), options()).expect("portal");
        let b = Portal::new(fixture(), options()).expect("portal");
        let _ = b.stored_hashes().count();
        let b_copy = b.clone();
        let a_hashes: Vec<&str> = a.stored_hashes().collect();
        let b_hashes: Vec<&str> = b_copy.stored_hashes().collect();
        assert_eq!(a_hashes, b_hashes);
    }
}
