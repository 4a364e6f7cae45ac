//! Sending statements to an xAPI Learning Record Store: `POST <endpoint>/statements`
//! with `X-Experience-API-Version: 1.0.3` and, when the environment gives
//! them, Basic credentials (`WALKTHROUGH_LRS_USER`, `WALKTHROUGH_LRS_PASSWORD`).

use crate::statement::{Statement, XAPI_VERSION};
use base64ct::{Base64, Encoding};
use std::time::Duration;
use thiserror::Error;

/// The environment variable holding the LRS user (key).
pub const ENV_USER: &str = "WALKTHROUGH_LRS_USER";
/// The environment variable holding the LRS password (secret).
pub const ENV_PASSWORD: &str = "WALKTHROUGH_LRS_PASSWORD";
/// How long one send may take, connecting included.
pub const TIMEOUT: Duration = Duration::from_secs(15);

/// What went wrong talking to the LRS. Never shows the credentials.
#[derive(Debug, Error)]
pub enum LrsError {
    /// Not an http(s) URL.
    #[error("not an http:// or https:// URL: {0}")]
    BadUrl(String),
    /// The LRS could not be reached (no route, refused, timed out, TLS).
    #[error("cannot reach {url}: {reason}")]
    Unreachable {
        /// Where.
        url: String,
        /// Why.
        reason: String,
    },
    /// The LRS answered with an error status.
    #[error("{url} answered {status}")]
    Rejected {
        /// Where.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// The statement could not be turned into JSON.
    #[error("cannot write a statement as JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// A Learning Record Store's statements resource.
pub struct Lrs {
    statements: String,
    authorization: Option<String>,
    agent: ureq::Agent,
}

impl std::fmt::Debug for Lrs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lrs")
            .field("statements", &self.statements)
            .field("authorization", &self.authorization.as_ref().map(|_| "…"))
            .finish()
    }
}

impl Lrs {
    /// The LRS whose xAPI endpoint is `endpoint` (statements go to
    /// `<endpoint>/statements`), with Basic credentials if given.
    pub fn new(endpoint: &str, credentials: Option<(&str, &str)>) -> Result<Lrs, LrsError> {
        let endpoint = endpoint.trim();
        let uri: ureq::http::Uri = endpoint
            .parse()
            .map_err(|_| LrsError::BadUrl(endpoint.to_owned()))?;
        let web = matches!(uri.scheme_str(), Some("http" | "https"));
        if !web || uri.host().is_none_or(str::is_empty) || uri.query().is_some() {
            return Err(LrsError::BadUrl(endpoint.to_owned()));
        }
        let statements = format!("{}/statements", endpoint.trim_end_matches('/'));
        let authorization = credentials.map(|(user, password)| {
            format!(
                // i18n-exempt: the HTTP Basic authorization scheme, not words
                "Basic {}",
                Base64::encode_string(format!("{user}:{password}").as_bytes())
            )
        });
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(TIMEOUT))
            .http_status_as_error(false)
            .build()
            .new_agent();
        Ok(Lrs {
            statements,
            authorization,
            agent,
        })
    }

    /// Like [`Lrs::new`], the credentials from `WALKTHROUGH_LRS_USER` and
    /// `WALKTHROUGH_LRS_PASSWORD` (none when the user is unset).
    pub fn from_env(endpoint: &str) -> Result<Lrs, LrsError> {
        let user = std::env::var(ENV_USER).ok().filter(|u| !u.is_empty());
        let password = std::env::var(ENV_PASSWORD).unwrap_or_default();
        Lrs::new(endpoint, user.as_deref().map(|u| (u, password.as_str())))
    }

    /// Where statements are posted.
    pub fn statements_url(&self) -> &str {
        &self.statements
    }

    /// Sends one statement. A `409 Conflict` means the LRS has a statement
    /// with this id already (an earlier send arrived): that counts as sent.
    pub fn send(&self, statement: &Statement) -> Result<(), LrsError> {
        let body = serde_json::to_string(statement)?;
        let mut request = self
            .agent
            .post(&self.statements)
            .header("X-Experience-API-Version", XAPI_VERSION)
            .header("Content-Type", "application/json");
        if let Some(auth) = &self.authorization {
            request = request.header("Authorization", auth);
        }
        let response = request.send(&body).map_err(|e| LrsError::Unreachable {
            url: self.statements.clone(),
            reason: e.to_string(),
        })?;
        let status = response.status().as_u16();
        if (200..300).contains(&status) || status == 409 {
            Ok(())
        } else {
            Err(LrsError::Rejected {
                url: self.statements.clone(),
                status,
            })
        }
    }
}
