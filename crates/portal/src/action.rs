//! What a person can do to the portal, what happens, and what is refused.

use crate::screen::{MessageRef, ScreenId};
use serde::Serialize;
use thiserror::Error;

/// One thing a person does.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Click (or press Enter on) an element.
    Click(String),
    /// Type text at the end of a field.
    Type {
        /// The field.
        element: String,
        /// What is typed.
        text: String,
    },
    /// Empty a field.
    Clear(String),
    /// Copy an element's content to the simulation's clipboard.
    Copy(String),
    /// Paste the clipboard at the end of a field.
    Paste(String),
    /// Press Enter in a field: submits its form.
    Submit(String),
    /// Browser back, or Escape on a dialog or menu.
    Back,
}

impl Action {
    /// The element this action names, if any.
    pub fn element(&self) -> Option<&str> {
        match self {
            Action::Click(e) | Action::Clear(e) | Action::Copy(e) | Action::Paste(e) => Some(e),
            Action::Submit(e) => Some(e),
            Action::Type { element, .. } => Some(element),
            Action::Back => None,
        }
    }

    /// The action's verb as used in scenario files (`click`, `type`, …).
    pub fn verb(&self) -> &'static str {
        match self {
            Action::Click(_) => "click",
            Action::Type { .. } => "type",
            Action::Clear(_) => "clear",
            Action::Copy(_) => "copy",
            Action::Paste(_) => "paste",
            Action::Submit(_) => "submit",
            Action::Back => "back",
        }
    }
}

/// The button that Enter in a field presses, in the 2015 model
/// ([`crate::Model::default_button`] for any model).
pub fn default_button(field: &str) -> Option<&'static str> {
    crate::model::Model::office365_2015().default_button(field)
}

impl Action {
    /// The plain click this action amounts to, so that two ways of doing the
    /// same thing compare equal: Enter in a field presses its form's button,
    /// and copying the new password is its Copy button.
    pub fn normalized(&self) -> Action {
        match self {
            Action::Submit(field) => match default_button(field) {
                Some(button) => Action::Click(button.to_owned()),
                None => self.clone(),
            },
            Action::Copy(e) if e == "new-app-password.value" => {
                Action::Click("new-app-password.copy".to_owned())
            }
            other => other.clone(),
        }
    }
}

/// What an accepted action did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Another view is now in front.
    Screen(ScreenId),
    /// The same view, with something changed (a field's text, the clipboard).
    Updated,
    /// The portal refused, and shows why.
    Refused(Refusal),
    /// Nothing happened (a link to a product outside this simulation).
    Nothing,
}

/// A refusal the portal shows on screen, as the real service would.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Refusal {
    /// No user name was given.
    UserRequired,
    /// The user name or password is wrong.
    WrongPassword,
    /// Too many wrong sign-ins: locked for this many more minutes.
    Locked {
        /// Minutes until sign-in is possible again (rounded up).
        minutes: u32,
    },
    /// The verification code is wrong.
    WrongCode,
    /// An app password needs a name.
    NameRequired,
    /// An app password's name is too long.
    NameTooLong {
        /// The longest name allowed, in characters.
        max: usize,
    },
    /// The account already has the most app passwords allowed.
    TooManyAppPasswords {
        /// The most allowed.
        max: usize,
    },
    /// The mail app's server did not accept the password.
    MailRejected,
}

impl Refusal {
    /// Every refusal's message id with placeholder arguments, for coverage tests.
    pub const SAMPLES: [Refusal; 8] = [
        Refusal::UserRequired,
        Refusal::WrongPassword,
        Refusal::Locked { minutes: 30 },
        Refusal::WrongCode,
        Refusal::NameRequired,
        Refusal::NameTooLong { max: 64 },
        Refusal::TooManyAppPasswords { max: 40 },
        Refusal::MailRejected,
    ];

    /// The message that explains the refusal, with its arguments.
    pub fn message(&self) -> MessageRef {
        use crate::screen::Arg;
        match *self {
            Refusal::UserRequired => MessageRef::new("portal-error-user-required"),
            Refusal::WrongPassword => MessageRef::new("portal-error-wrong-password"),
            Refusal::Locked { minutes } => MessageRef::new("portal-error-locked")
                .arg("minutes", Arg::Number(i64::from(minutes))),
            Refusal::WrongCode => MessageRef::new("portal-error-wrong-code"),
            Refusal::NameRequired => MessageRef::new("portal-error-name-required"),
            Refusal::NameTooLong { max } => {
                MessageRef::new("portal-error-name-too-long").arg("max", Arg::Number(max as i64))
            }
            Refusal::TooManyAppPasswords { max } => {
                MessageRef::new("portal-error-too-many-app-passwords")
                    .arg("max", Arg::Number(max as i64))
            }
            Refusal::MailRejected => MessageRef::new("portal-mail-status-rejected"),
        }
    }
}

/// An action the portal cannot take at all: a mistake in the caller, not in the
/// person's use of the product.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PortalError {
    /// The element is not on the current screen.
    #[error("element `{element}` is not on the screen `{screen}`")]
    NotOnScreen {
        /// The element asked for.
        element: String,
        /// The screen in front.
        screen: ScreenId,
    },
    /// The element is behind an open dialog or menu.
    #[error("element `{element}` is behind the open `{dialog}`")]
    Blocked {
        /// The element asked for.
        element: String,
        /// The dialog in front.
        dialog: ScreenId,
    },
    /// The hashing library failed (only with parameters it cannot use).
    #[error("password hashing failed: {0}")]
    Hashing(String),
    /// The action does not apply to this kind of element (typing into a button).
    #[error("cannot {verb} `{element}`: it is a {role}")]
    WrongRole {
        /// The action's verb.
        verb: &'static str,
        /// The element.
        element: String,
        /// Its role.
        role: &'static str,
    },
}
