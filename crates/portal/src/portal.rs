//! The state machine: what is on screen, and what each action does to it.

use crate::action::{default_button, Action, Outcome, PortalError, Refusal};
use crate::catalog::{self as c, Spec};
use crate::clock::{Clock, SystemClock, Timestamp};
use crate::fixture::{name_is_valid, Fixture, FixtureError};
use crate::screen::{Arg, Date, Element, MessageRef, Role, Screen, ScreenId, Value, Window};
use crate::secret::{self, HashParams, Secret, StoredSecret};
use crate::{LOCKOUT_SECONDS, LOCKOUT_THRESHOLD, MAX_APP_PASSWORDS, MAX_NAME_CHARS};
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Me,
    Password,
    ContactPreferences,
    AdditionalSecurityVerification,
    Software,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Page {
    SignIn,
    Mfa,
    Home,
    Settings(Section),
    Proofup { app_passwords: bool },
}

impl Page {
    fn id(self) -> ScreenId {
        match self {
            Page::SignIn => ScreenId::SignIn,
            Page::Mfa => ScreenId::Mfa,
            Page::Home => ScreenId::Home,
            Page::Settings(Section::Me) => ScreenId::Settings,
            Page::Settings(Section::Password) => ScreenId::SettingsPassword,
            Page::Settings(Section::ContactPreferences) => ScreenId::SettingsContactPreferences,
            Page::Settings(Section::Software) => ScreenId::SettingsSoftware,
            Page::Settings(Section::AdditionalSecurityVerification) => {
                ScreenId::AdditionalSecurityVerification
            }
            Page::Proofup {
                app_passwords: false,
            } => ScreenId::Proofup,
            Page::Proofup {
                app_passwords: true,
            } => ScreenId::AppPasswords,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Dialog {
    SettingsMenu,
    Create,
    NewPassword { name: String, password: Secret },
    ConfirmDelete { id: u64 },
}

impl Dialog {
    fn id(&self) -> ScreenId {
        match self {
            Dialog::SettingsMenu => ScreenId::SettingsMenu,
            Dialog::Create => ScreenId::CreateAppPassword,
            Dialog::NewPassword { .. } => ScreenId::NewAppPassword,
            Dialog::ConfirmDelete { .. } => ScreenId::DeleteConfirmation,
        }
    }
}

#[derive(Clone)]
struct StoredAppPassword {
    info: AppPasswordInfo,
    phc: StoredSecret,
}

#[derive(Debug, Clone, Default)]
struct Fields {
    user: String,
    password: Secret,
    code: String,
    name: String,
    mail_password: Secret,
}

/// The mock Office 365 portal, the simulated phone and the desktop mail app.
#[derive(Clone)]
pub struct Portal {
    fixture: Fixture,
    account_phc: StoredSecret,
    app_passwords: Vec<StoredAppPassword>,
    next_id: u64,
    rng: ChaCha20Rng,
    clock: Arc<dyn Clock>,
    hash: HashParams,
    window: Window,
    page: Page,
    history: Vec<Page>,
    dialog: Option<Dialog>,
    fields: Fields,
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
            .field("window", &self.window)
            .field("page", &self.page)
            .field("dialog", &self.dialog.as_ref().map(Dialog::id))
            .field("app_passwords", &self.app_passwords().len())
            .field("mail", &self.mail)
            .finish_non_exhaustive()
    }
}

impl Portal {
    /// A portal in the state the fixture describes, at the sign-in page.
    ///
    /// The fixture's secrets (the account password and its app passwords)
    /// are not hashed here: each is hashed when first needed (the sign-in,
    /// the mail app, [`Portal::stored_hashes`]), and, when the parameters
    /// make hashing costly ([`HashParams::is_costly`]), on a worker thread
    /// from now on, so a front end can draw its first screen meanwhile.
    /// Their salts are drawn here, so a seeded portal is the same either way.
    pub fn new(fixture: Fixture, options: PortalOptions) -> Result<Portal, FixtureError> {
        fixture.validate()?;
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
        Ok(Portal {
            next_id: app_passwords.len() as u64 + 1,
            fixture,
            account_phc,
            app_passwords,
            rng,
            clock: options.clock,
            hash,
            window: Window::Browser,
            page: Page::SignIn,
            history: Vec::new(),
            dialog: None,
            fields: Fields::default(),
            notice: None,
            failed_sign_ins: 0,
            locked_until: None,
            mfa_code: None,
            clipboard: None,
            mail: MailStatus::Idle,
            mail_connected_with: None,
        })
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
            (Window::MailApp, _) => ScreenId::MailApp,
            (Window::Browser, Some(d)) => d.id(),
            (Window::Browser, None) => self.page.id(),
        }
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

    // ---------------------------------------------------------------- screen

    /// What is on screen now.
    pub fn screen(&self) -> Screen {
        let id = self.screen_id();
        let mut elements = Vec::with_capacity(32);
        let (page_id, title, dialog_title) = match self.window {
            Window::MailApp => {
                self.mail_elements(&mut elements);
                (ScreenId::MailApp, ScreenId::MailApp.title_id(), None)
            }
            Window::Browser => {
                self.page_elements(&mut elements);
                if let Some(dialog) = &self.dialog {
                    for e in &mut elements {
                        e.enabled = false;
                        e.focused = false;
                    }
                    self.dialog_elements(dialog, &mut elements);
                }
                let page = self.page.id();
                let dialog_title = self
                    .dialog
                    .as_ref()
                    .map(|d| MessageRef::new(d.id().title_id()));
                (page, page.title_id(), dialog_title)
            }
        };
        for spec in [c::TASKBAR_BROWSER, c::TASKBAR_MAIL] {
            let mut e = el(spec);
            e.selected = (spec == c::TASKBAR_MAIL) == (self.window == Window::MailApp);
            elements.push(e);
        }
        Screen {
            id,
            page: page_id,
            window: self.window,
            title: MessageRef::new(title),
            dialog_title,
            elements,
        }
    }

    fn notice_element(&self, on: ScreenId, spec: Spec, out: &mut Vec<Element>) {
        if let Some((screen, refusal)) = self.notice {
            if screen == on {
                let mut e = el(spec);
                e.label = refusal.message();
                out.push(e);
            }
        }
    }

    fn suite_bar(&self, out: &mut Vec<Element>) {
        out.push(el(c::SUITE_APP_LAUNCHER));
        out.push(el(c::BRAND));
        out.extend([c::SUITE_NOTIFICATIONS, c::SUITE_SETTINGS, c::SUITE_HELP].map(el));
        out.push(with_label(
            c::SUITE_USER,
            MessageRef::new(c::SUITE_USER.label)
                .arg("name", Arg::Text(self.fixture.display_name.clone())),
        ));
    }

    fn footer(out: &mut Vec<Element>) {
        out.extend([c::FOOTER_COPYRIGHT, c::FOOTER_PRIVACY, c::FOOTER_LEGAL].map(el));
    }

    fn page_elements(&self, out: &mut Vec<Element>) {
        let here = self.page.id();
        match self.page {
            Page::SignIn => {
                out.push(el(c::BRAND));
                out.push(el(c::SIGN_IN_HEADING));
                self.notice_element(here, c::PAGE_ERROR, out);
                let user_empty = self.fields.user.is_empty();
                out.push(field(
                    c::SIGN_IN_USER,
                    Value::Text(self.fields.user.clone()),
                    user_empty,
                ));
                out.push(field(
                    c::SIGN_IN_PASSWORD,
                    Value::Masked(self.fields.password.len()),
                    !user_empty,
                ));
                out.extend([c::SIGN_IN_KEEP, c::SIGN_IN_SUBMIT, c::SIGN_IN_CANT_ACCESS].map(el));
            }
            Page::Mfa => {
                out.push(el(c::BRAND));
                out.push(el(c::MFA_HEADING));
                self.notice_element(here, c::PAGE_ERROR, out);
                out.push(field(
                    c::MFA_CODE,
                    Value::Text(self.fields.code.clone()),
                    true,
                ));
                out.extend([c::MFA_VERIFY, c::MFA_OTHER].map(el));
                out.push(el(c::PHONE_TITLE));
                if let Some(code) = &self.mfa_code {
                    out.push(with_label(
                        c::PHONE_MESSAGE,
                        MessageRef::new(c::PHONE_MESSAGE.label)
                            .arg("code", Arg::Text(code.clone())),
                    ));
                }
            }
            Page::Home => {
                self.suite_bar(out);
                out.push(with_label(
                    c::HOME_HEADING,
                    MessageRef::new(c::HOME_HEADING.label)
                        .arg("name", Arg::Text(self.fixture.display_name.clone())),
                ));
                out.extend(
                    [
                        c::HOME_MAIL,
                        c::HOME_CALENDAR,
                        c::HOME_PEOPLE,
                        c::HOME_ONEDRIVE,
                        c::HOME_INSTALL,
                    ]
                    .map(el),
                );
            }
            Page::Settings(section) => {
                self.suite_bar(out);
                let nav = [
                    (c::NAV_ME, Section::Me),
                    (c::NAV_PASSWORD, Section::Password),
                    (c::NAV_CONTACT, Section::ContactPreferences),
                    (c::NAV_ASV, Section::AdditionalSecurityVerification),
                    (c::NAV_SOFTWARE, Section::Software),
                ];
                for (spec, s) in nav {
                    let mut e = el(spec);
                    e.selected = s == section;
                    out.push(e);
                }
                out.push(el(c::SETTINGS_HEADING));
                match section {
                    Section::Me => {
                        out.push(with_label(
                            c::ME_NAME,
                            MessageRef::new(c::ME_NAME.label)
                                .arg("name", Arg::Text(self.fixture.display_name.clone())),
                        ));
                        out.push(with_label(
                            c::ME_ACCOUNT,
                            MessageRef::new(c::ME_ACCOUNT.label)
                                .arg("account", Arg::Text(self.fixture.account.clone())),
                        ));
                    }
                    Section::Password => {
                        out.extend([c::PASSWORD_INTRO, c::PASSWORD_CHANGE].map(el))
                    }
                    Section::ContactPreferences => out.push(el(c::CONTACT_INTRO)),
                    Section::Software => {
                        out.extend([c::SOFTWARE_INTRO, c::SOFTWARE_INSTALL].map(el))
                    }
                    Section::AdditionalSecurityVerification => {
                        out.extend([c::ASV_HEADING, c::ASV_INTRO, c::ASV_UPDATE_PHONE].map(el));
                    }
                }
            }
            Page::Proofup { app_passwords } => {
                out.push(el(c::BRAND));
                let mut tab = el(c::PROOFUP_TAB_ASV);
                tab.selected = !app_passwords;
                out.push(tab);
                if self.fixture.app_passwords_allowed {
                    let mut tab = el(c::PROOFUP_TAB_APP_PASSWORDS);
                    tab.selected = app_passwords;
                    out.push(tab);
                }
                out.push(with_label(
                    c::PROOFUP_USER,
                    MessageRef::new(c::PROOFUP_USER.label)
                        .arg("account", Arg::Text(self.fixture.account.clone())),
                ));
                out.push(el(c::PROOFUP_SIGN_OUT));
                if app_passwords {
                    self.app_password_list(out);
                } else {
                    out.extend([c::PROOFUP_HEADING, c::PROOFUP_INTRO, c::PROOFUP_OPTION].map(el));
                    out.push(with_label(
                        c::PROOFUP_PHONE,
                        MessageRef::new(c::PROOFUP_PHONE.label)
                            .arg("phone", Arg::Text(self.fixture.phone.clone())),
                    ));
                    out.extend([c::PROOFUP_SAVE, c::PROOFUP_CANCEL].map(el));
                }
            }
        }
        Self::footer(out);
    }

    fn app_password_list(&self, out: &mut Vec<Element>) {
        out.extend([c::APP_PASSWORDS_HEADING, c::APP_PASSWORDS_INTRO].map(el));
        self.notice_element(ScreenId::AppPasswords, c::PAGE_ERROR, out);
        out.push(el(c::APP_PASSWORDS_CREATE));
        if self.app_passwords.is_empty() {
            out.push(el(c::APP_PASSWORDS_EMPTY));
            return;
        }
        out.push(with_label(
            c::APP_PASSWORDS_COUNT,
            MessageRef::new(c::APP_PASSWORDS_COUNT.label)
                .arg("count", Arg::Number(self.app_passwords.len() as i64)),
        ));
        for (i, ap) in self.app_passwords.iter().enumerate() {
            let n = i + 1;
            let mut row = with_label(
                c::APP_PASSWORD_ROW,
                MessageRef::new(c::APP_PASSWORD_ROW.label)
                    .arg("name", Arg::Text(ap.info.name.clone()))
                    .arg("created", Arg::Date(ap.info.created)),
            );
            row.id = c::APP_PASSWORD_ROW.nth(n);
            out.push(row);
            let mut delete = with_label(
                c::APP_PASSWORD_DELETE,
                MessageRef::new(c::APP_PASSWORD_DELETE.label)
                    .arg("name", Arg::Text(ap.info.name.clone())),
            );
            delete.id = c::APP_PASSWORD_DELETE.nth(n);
            out.push(delete);
        }
    }

    fn dialog_elements(&self, dialog: &Dialog, out: &mut Vec<Element>) {
        let here = dialog.id();
        match dialog {
            Dialog::SettingsMenu => out.extend(
                [
                    c::MENU_REFRESH,
                    c::MENU_THEME,
                    c::MENU_START_PAGE,
                    c::MENU_O365_SETTINGS,
                ]
                .map(el),
            ),
            Dialog::Create => {
                out.push(el(c::CREATE_HEADING));
                self.notice_element(here, c::DIALOG_ERROR, out);
                out.push(field(
                    c::CREATE_NAME,
                    Value::Text(self.fields.name.clone()),
                    true,
                ));
                out.extend([c::CREATE_NEXT, c::CREATE_CANCEL].map(el));
            }
            Dialog::NewPassword { name, password } => {
                out.push(el(c::NEW_HEADING));
                out.push(with_label(
                    c::NEW_NAME,
                    MessageRef::new(c::NEW_NAME.label).arg("name", Arg::Text(name.clone())),
                ));
                let mut value = el(c::NEW_VALUE);
                value.value = Some(Value::Secret(password.expose().to_owned()));
                out.push(value);
                out.extend([c::NEW_COPY, c::NEW_ONCE, c::NEW_CLOSE].map(el));
            }
            Dialog::ConfirmDelete { id } => {
                let name = self
                    .app_passwords
                    .iter()
                    .find(|a| a.info.id == *id)
                    .map(|a| a.info.name.clone())
                    .unwrap_or_default();
                out.push(with_label(
                    c::CONFIRM_QUESTION,
                    MessageRef::new(c::CONFIRM_QUESTION.label).arg("name", Arg::Text(name)),
                ));
                out.extend([c::CONFIRM_YES, c::CONFIRM_NO].map(el));
            }
        }
    }

    fn mail_elements(&self, out: &mut Vec<Element>) {
        out.push(el(c::MAIL_HEADING));
        out.push(with_label(
            c::MAIL_ACCOUNT,
            MessageRef::new(c::MAIL_ACCOUNT.label)
                .arg("account", Arg::Text(self.fixture.account.clone())),
        ));
        out.push(field(
            c::MAIL_PASSWORD,
            Value::Masked(self.fields.mail_password.len()),
            true,
        ));
        out.push(el(c::MAIL_CONNECT));
        let status = match self.mail {
            MailStatus::Idle => None,
            MailStatus::Connected => Some(MessageRef::new("portal-mail-status-connected")),
            MailStatus::Rejected => Some(Refusal::MailRejected.message()),
        };
        if let Some(label) = status {
            out.push(with_label(c::MAIL_STATUS, label));
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
                self.field_mut(element, |f| f.clear())
            }
            (Action::Paste(element), Some(Role::TextField)) => match self.clipboard.clone() {
                Some(clip) => self.field_mut(element, |f| f.push_str(clip.expose())),
                None => Outcome::Nothing,
            },
            (Action::Copy(element), Some(role @ (Role::TextField | Role::PasswordDisplay))) => {
                self.copy(element, role)
            }
            (Action::Submit(element), Some(Role::TextField)) => match default_button(element) {
                Some(button) => self.click(button)?,
                None => Outcome::Nothing,
            },
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

    fn field_mut(&mut self, id: &str, edit: impl FnOnce(&mut FieldText<'_>)) -> Outcome {
        let mut text = match id {
            "sign-in.user" => FieldText::Plain(&mut self.fields.user),
            "sign-in.password" => FieldText::Secret(&mut self.fields.password),
            "mfa.code" => FieldText::Plain(&mut self.fields.code),
            "create-app-password.name" => FieldText::Plain(&mut self.fields.name),
            "mail.password" => FieldText::Secret(&mut self.fields.mail_password),
            _ => return Outcome::Nothing,
        };
        edit(&mut text);
        Outcome::Updated
    }

    fn copy(&mut self, id: &str, role: Role) -> Outcome {
        let copied = match (&self.dialog, role) {
            (Some(Dialog::NewPassword { password, .. }), Role::PasswordDisplay) => {
                Some(password.clone())
            }
            // Browsers do not copy out of masked fields.
            (_, Role::TextField) => match id {
                "sign-in.user" => Some(Secret::new(self.fields.user.clone())),
                "mfa.code" => Some(Secret::new(self.fields.code.clone())),
                "create-app-password.name" => Some(Secret::new(self.fields.name.clone())),
                _ => None,
            },
            _ => None,
        };
        match copied {
            Some(text) if !text.is_empty() => {
                self.clipboard = Some(text);
                Outcome::Updated
            }
            _ => Outcome::Nothing,
        }
    }

    fn navigate(&mut self, page: Page) -> Outcome {
        if self.page == page && self.dialog.is_none() {
            return Outcome::Nothing;
        }
        self.dialog = None;
        if self.page != page {
            self.history.push(self.page);
            self.page = page;
        }
        Outcome::Screen(page.id())
    }

    fn open(&mut self, dialog: Dialog) -> Outcome {
        let id = dialog.id();
        self.dialog = Some(dialog);
        Outcome::Screen(id)
    }

    fn close_dialog(&mut self) -> Outcome {
        self.dialog = None;
        Outcome::Screen(self.page.id())
    }

    fn refuse(&mut self, refusal: Refusal) -> Outcome {
        self.notice = Some((self.screen_id(), refusal));
        Outcome::Refused(refusal)
    }

    fn back(&mut self) -> Outcome {
        if self.window == Window::MailApp {
            return Outcome::Nothing;
        }
        if self.dialog.is_some() {
            return self.close_dialog();
        }
        match self.history.pop() {
            Some(page) => {
                self.page = page;
                Outcome::Screen(page.id())
            }
            None => Outcome::Nothing,
        }
    }

    fn click(&mut self, id: &str) -> Result<Outcome, PortalError> {
        Ok(match id {
            "taskbar.browser" | "taskbar.mail" => {
                let window = if id == "taskbar.mail" {
                    Window::MailApp
                } else {
                    Window::Browser
                };
                if self.window == window {
                    Outcome::Nothing
                } else {
                    self.window = window;
                    Outcome::Screen(self.screen_id())
                }
            }
            "sign-in.submit" => self.sign_in()?,
            "mfa.verify" => self.verify_code(),
            "suite.settings" => self.open(Dialog::SettingsMenu),
            "settings-menu.office365-settings" => self.navigate(Page::Settings(Section::Me)),
            "settings-menu.refresh" | "settings-menu.change-theme" | "settings-menu.start-page" => {
                self.close_dialog()
            }
            "nav.me" => self.navigate(Page::Settings(Section::Me)),
            "nav.password" => self.navigate(Page::Settings(Section::Password)),
            "nav.contact-preferences" => self.navigate(Page::Settings(Section::ContactPreferences)),
            "nav.software" => self.navigate(Page::Settings(Section::Software)),
            "nav.additional-security-verification" => {
                self.navigate(Page::Settings(Section::AdditionalSecurityVerification))
            }
            "asv.update-phone-numbers" | "proofup.tab.additional-security-verification" => self
                .navigate(Page::Proofup {
                    app_passwords: false,
                }),
            "proofup.tab.app-passwords" => self.navigate(Page::Proofup {
                app_passwords: true,
            }),
            "proofup.sign-out" => self.sign_out(),
            "app-passwords.create" => {
                if self.app_passwords.len() >= MAX_APP_PASSWORDS {
                    self.refuse(Refusal::TooManyAppPasswords {
                        max: MAX_APP_PASSWORDS,
                    })
                } else {
                    self.fields.name.clear();
                    self.open(Dialog::Create)
                }
            }
            "create-app-password.next" => self.create()?,
            "create-app-password.cancel" | "new-app-password.close" | "confirm.no" => {
                self.close_dialog()
            }
            "new-app-password.copy" => self.copy(c::NEW_VALUE.id, Role::PasswordDisplay),
            "confirm.yes" => self.delete(),
            "mail.connect" => self.connect_mail(),
            _ => match row_index(id, &c::APP_PASSWORD_DELETE) {
                Some(i) => match self.app_passwords.get(i) {
                    Some(ap) => {
                        let id = ap.info.id;
                        self.open(Dialog::ConfirmDelete { id })
                    }
                    None => Outcome::Nothing,
                },
                // Links to products outside this simulation.
                None => Outcome::Nothing,
            },
        })
    }

    fn sign_in(&mut self) -> Result<Outcome, PortalError> {
        let now = self.clock.now();
        if let Some(until) = self.locked_until {
            if now < until {
                let minutes = u32::try_from((until.0 - now.0 + 59) / 60).unwrap_or(u32::MAX);
                self.fields.password.clear();
                return Ok(self.refuse(Refusal::Locked { minutes }));
            }
            self.locked_until = None;
            self.failed_sign_ins = 0;
        }
        if self.fields.user.trim().is_empty() {
            return Ok(self.refuse(Refusal::UserRequired));
        }
        let user_ok = self
            .fields
            .user
            .trim()
            .eq_ignore_ascii_case(&self.fixture.account);
        let password_ok = self.account_phc.verify(self.fields.password.expose());
        self.fields.password.clear();
        if !(user_ok && password_ok) {
            self.failed_sign_ins += 1;
            if self.failed_sign_ins >= LOCKOUT_THRESHOLD {
                self.locked_until = Some(Timestamp(now.0 + LOCKOUT_SECONDS));
                let minutes = u32::try_from(LOCKOUT_SECONDS / 60).unwrap_or(u32::MAX);
                return Ok(self.refuse(Refusal::Locked { minutes }));
            }
            return Ok(self.refuse(Refusal::WrongPassword));
        }
        self.failed_sign_ins = 0;
        if self.fixture.mfa {
            self.mfa_code = Some(format!("{:06}", self.rng.random_range(0..1_000_000u32)));
            self.fields.code.clear();
            self.page = Page::Mfa;
            Ok(Outcome::Screen(ScreenId::Mfa))
        } else {
            Ok(self.signed_in())
        }
    }

    fn verify_code(&mut self) -> Outcome {
        let entered = std::mem::take(&mut self.fields.code);
        if self.mfa_code.as_deref() == Some(entered.trim()) {
            self.signed_in()
        } else {
            self.refuse(Refusal::WrongCode)
        }
    }

    fn signed_in(&mut self) -> Outcome {
        self.mfa_code = None;
        self.history.clear();
        self.page = Page::Home;
        Outcome::Screen(ScreenId::Home)
    }

    fn sign_out(&mut self) -> Outcome {
        self.history.clear();
        self.dialog = None;
        self.fields = Fields::default();
        self.page = Page::SignIn;
        Outcome::Screen(ScreenId::SignIn)
    }

    fn create(&mut self) -> Result<Outcome, PortalError> {
        let name = self.fields.name.trim().to_owned();
        if name.is_empty() {
            return Ok(self.refuse(Refusal::NameRequired));
        }
        if !name_is_valid(&name) {
            return Ok(self.refuse(Refusal::NameTooLong {
                max: MAX_NAME_CHARS,
            }));
        }
        if self.app_passwords.len() >= MAX_APP_PASSWORDS {
            return Ok(self.refuse(Refusal::TooManyAppPasswords {
                max: MAX_APP_PASSWORDS,
            }));
        }
        let password = secret::generate_app_password(&mut self.rng);
        // Hashed now: the plaintext must be gone once its one display closes.
        let phc = StoredSecret::hashed(self.hash, &mut self.rng, password.expose())
            .map_err(PortalError::Hashing)?;
        let info = AppPasswordInfo {
            id: self.next_id,
            name: name.clone(),
            created: self.clock.now().date(),
        };
        self.next_id += 1;
        self.app_passwords.push(StoredAppPassword { info, phc });
        self.fields.name.clear();
        Ok(self.open(Dialog::NewPassword { name, password }))
    }

    fn delete(&mut self) -> Outcome {
        if let Some(Dialog::ConfirmDelete { id }) = self.dialog {
            self.app_passwords.retain(|a| a.info.id != id);
            if self.mail_connected_with == Some(id) {
                self.mail_connected_with = None;
                self.mail = MailStatus::Idle;
            }
        }
        self.close_dialog()
    }

    fn connect_mail(&mut self) -> Outcome {
        let entered = std::mem::take(&mut self.fields.mail_password);
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
}

enum FieldText<'a> {
    Plain(&'a mut String),
    Secret(&'a mut Secret),
}

impl FieldText<'_> {
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
}

/// The 0-based row of a `{n}` element id.
fn row_index(id: &str, spec: &Spec) -> Option<usize> {
    let (pre, post) = spec.id.split_once("{n}")?;
    let n: usize = id.strip_prefix(pre)?.strip_suffix(post)?.parse().ok()?;
    n.checked_sub(1)
}

fn el(spec: Spec) -> Element {
    Element {
        id: spec.id.to_owned(),
        role: spec.role,
        region: spec.region,
        side: spec.side,
        label: MessageRef::new(spec.label),
        enabled: true,
        focused: false,
        selected: false,
        value: None,
    }
}

fn with_label(spec: Spec, label: MessageRef) -> Element {
    Element { label, ..el(spec) }
}

fn field(spec: Spec, value: Value, focused: bool) -> Element {
    Element {
        value: Some(value),
        focused,
        ..el(spec)
    }
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

        portal.fields.user = portal.fixture.account.clone();
        portal.fields.password = Secret::new("Pa55word!");
        assert_eq!(portal.sign_in(), Ok(Outcome::Screen(ScreenId::Mfa)));
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
