//! The portal's starting state, built from data (a scenario's `[fixture]`).

use crate::model::Rules;
use crate::screen::Date;
use crate::secret::is_app_password_shaped;
use serde::{Deserialize, Deserializer};
use thiserror::Error;

/// The account and its state when a procedure begins.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Fixture {
    /// The sign-in name.
    pub account: String,
    /// The name the suite bar shows.
    pub display_name: String,
    /// The account's password (training data, not a real secret).
    pub password: String,
    /// Whether multi-factor authentication is on.
    pub mfa: bool,
    /// Whether the administrator allows app passwords (when not, the tab is absent).
    pub app_passwords_allowed: bool,
    /// The phone the verification code goes to.
    pub phone: String,
    /// App passwords the account already has, oldest first.
    pub app_passwords: Vec<AppPasswordFixture>,
}

impl Default for Fixture {
    fn default() -> Self {
        Fixture {
            account: "trainee@contoso.onmicrosoft.com".into(),
            display_name: "Trainee".into(),
            password: "Pa55word!".into(),
            mfa: true,
            app_passwords_allowed: true,
            phone: "+81 90-1234-5678".into(),
            app_passwords: Vec::new(),
        }
    }
}

/// An app password that exists when the procedure begins.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppPasswordFixture {
    /// Its name.
    pub name: String,
    /// When it was created, `YYYY-MM-DD`.
    #[serde(deserialize_with = "date_from_str")]
    pub created: Date,
    /// Its plaintext, when a procedure needs to know it (to show that it stops
    /// working once deleted); otherwise a random one is drawn.
    #[serde(default)]
    pub password: Option<String>,
}

fn date_from_str<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    let s = String::deserialize(d)?;
    Date::parse(&s).ok_or_else(|| {
        // i18n-exempt: a diagnostic for script authors, in English like cargo's
        serde::de::Error::custom(format!("expected a date as YYYY-MM-DD, found `{s}`"))
    })
}

/// A fixture the portal cannot start from.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FixtureError {
    /// The account name is empty.
    #[error("the fixture's `account` is empty")]
    NoAccount,
    /// The password is empty.
    #[error("the fixture's `password` is empty")]
    NoPassword,
    /// More app passwords than the service allows.
    #[error("the fixture has {count} app passwords; the service allows at most {max}")]
    TooManyAppPasswords {
        /// How many the fixture has.
        count: usize,
        /// The most allowed.
        max: usize,
    },
    /// An app password without a name, or with one too long.
    #[error("app password {index} of the fixture: its name must be 1 to {max} characters")]
    BadName {
        /// 1-based position in `app_passwords`.
        index: usize,
        /// The longest name allowed.
        max: usize,
    },
    /// A given plaintext that is not 16 lowercase letters.
    #[error("app password {index} of the fixture: `password` must be 16 lowercase letters")]
    BadAppPassword {
        /// 1-based position in `app_passwords`.
        index: usize,
    },
    /// The hash parameters are not ones argon2 accepts.
    #[error("argon2 parameters refused: {0}")]
    HashParams(String),
}

impl Fixture {
    /// Checks the fixture against the service's rules as they were in 2015
    /// ([`crate::MAX_APP_PASSWORDS`], [`crate::MAX_NAME_CHARS`]).
    pub fn validate(&self) -> Result<(), FixtureError> {
        self.validate_with(&crate::model::Model::office365_2015().rules)
    }

    /// Checks the fixture against a product model's rules.
    ///
    /// # Errors
    /// The first rule the fixture breaks.
    pub fn validate_with(&self, rules: &Rules) -> Result<(), FixtureError> {
        if self.account.trim().is_empty() {
            return Err(FixtureError::NoAccount);
        }
        if self.password.is_empty() {
            return Err(FixtureError::NoPassword);
        }
        if self.app_passwords.len() > rules.max_rows {
            return Err(FixtureError::TooManyAppPasswords {
                count: self.app_passwords.len(),
                max: rules.max_rows,
            });
        }
        for (i, ap) in self.app_passwords.iter().enumerate() {
            let index = i + 1;
            if ap.name.trim().is_empty() || ap.name.chars().count() > rules.max_name_chars {
                return Err(FixtureError::BadName {
                    index,
                    max: rules.max_name_chars,
                });
            }
            if ap
                .password
                .as_deref()
                .is_some_and(|p| !is_app_password_shaped(p))
            {
                return Err(FixtureError::BadAppPassword { index });
            }
        }
        Ok(())
    }
}
