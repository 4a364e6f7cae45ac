//! Sending statements to an xAPI Learning Record Store: `POST <endpoint>/statements`
//! with `X-Experience-API-Version: 1.0.3` and, when the environment gives
//! them, Basic credentials (`WALKTHROUGH_LRS_USER`, `WALKTHROUGH_LRS_PASSWORD`).
//!
//! A statement counts as stored only when the LRS answers the POST itself
//! with `200 OK` or `204 No Content`, or says `409 Conflict` (it has a
//! statement with that id already: an earlier send arrived). A redirect is
//! never turned into a GET: `307` and `308` are followed by POSTing the same
//! body with the same credentials again, only to the same scheme, host and
//! port, at most [`MAX_REDIRECTS`] times; any other `3xx` (and a `307`/`308`
//! elsewhere) is a failure naming its `Location`. Credentials inside the URL
//! (`http://user:pw@host/`) are refused, and no error ever shows them.

use crate::statement::{Statement, XAPI_VERSION};
use base64ct::{Base64, Encoding};
use std::time::Duration;
use thiserror::Error;
use ureq::http::Uri;

/// The environment variable holding the LRS user (key).
pub const ENV_USER: &str = "WALKTHROUGH_LRS_USER";
/// The environment variable holding the LRS password (secret).
pub const ENV_PASSWORD: &str = "WALKTHROUGH_LRS_PASSWORD";
/// The environment variable holding how long one send may take, in whole
/// seconds (1 or more); [`TIMEOUT`] when unset or empty.
pub const ENV_TIMEOUT: &str = "WALKTHROUGH_LRS_TIMEOUT";
/// How long one send may take, connecting included, unless [`ENV_TIMEOUT`]
/// says otherwise.
pub const TIMEOUT: Duration = Duration::from_secs(15);
/// How many `307`/`308` redirects one send follows.
pub const MAX_REDIRECTS: usize = 3;

/// What went wrong talking to the LRS. Never shows the credentials: every
/// URL in it has passed through [`redact`].
#[derive(Debug, Error)]
pub enum LrsError {
    /// Not an absolute http(s) URL with a host.
    #[error("not an http:// or https:// URL: {0}")]
    BadUrl(String),
    /// A user name or password inside the URL (they belong in
    /// `WALKTHROUGH_LRS_USER` and `WALKTHROUGH_LRS_PASSWORD`).
    #[error("credentials in the URL: {0}")]
    CredentialsInUrl(String),
    /// A query (`?…`) or fragment (`#…`): an xAPI endpoint has neither,
    /// statements go to `<endpoint>/statements`.
    #[error("a query or fragment in the URL: {0}")]
    QueryInUrl(String),
    /// `WALKTHROUGH_LRS_TIMEOUT` is not a whole number of seconds from 1.
    #[error("{ENV_TIMEOUT} is not a whole number of seconds: {0}")]
    BadTimeout(String),
    /// The LRS could not be reached (no route, refused, timed out, TLS).
    #[error("cannot reach {url}: {reason}")]
    Unreachable {
        /// Where.
        url: String,
        /// Why, as the network library says it (English).
        reason: String,
    },
    /// The LRS answered the POST with a redirect that is not followed.
    #[error("{url} answered {status}, pointing to {}", location.as_deref().unwrap_or("nowhere"))]
    Redirected {
        /// Where.
        url: String,
        /// The HTTP status (`301`, `302`, `303`, or a `307`/`308` to another host).
        status: u16,
        /// Its `Location` header, redacted; `None` when it has none.
        location: Option<String>,
    },
    /// The LRS refused the credentials (`401`, `403`).
    #[error("{url} refused the credentials ({status})")]
    Unauthorized {
        /// Where.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// The LRS answered with another status.
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

/// What the LRS did with a statement that was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    /// It stored it (`200`, `204`).
    Stored,
    /// It had it already (`409 Conflict`: a statement with this id).
    AlreadyStored,
}

/// `url` with any user name and password between `://` and `@` replaced by
/// `***`: `http://***@lrs.example/xapi`. Text that is not a URL comes back as
/// it is, but still without anything before an `@` of its authority.
pub fn redact(url: &str) -> String {
    let Some(start) = url.find("://").map(|i| i + 3) else {
        return url.to_owned();
    };
    let rest = &url[start..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{}***{}", &url[..start], &rest[at..]),
        None => url.to_owned(),
    }
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

/// Checks that `endpoint` is an xAPI endpoint this client can post to; the
/// error carries it redacted.
fn parse_endpoint(endpoint: &str) -> Result<Uri, LrsError> {
    let shown = || redact(endpoint);
    let uri: Uri = endpoint.parse().map_err(|_| LrsError::BadUrl(shown()))?;
    if uri.authority().is_some_and(|a| a.as_str().contains('@')) {
        return Err(LrsError::CredentialsInUrl(shown()));
    }
    let web = matches!(uri.scheme_str(), Some("http" | "https"));
    if !web || uri.host().is_none_or(str::is_empty) {
        return Err(LrsError::BadUrl(shown()));
    }
    if uri.query().is_some() || endpoint.contains('#') {
        return Err(LrsError::QueryInUrl(shown()));
    }
    Ok(uri)
}

impl Lrs {
    /// The LRS whose xAPI endpoint is `endpoint` (statements go to
    /// `<endpoint>/statements`), with Basic credentials if given, each send
    /// taking at most [`TIMEOUT`].
    ///
    /// Errors: [`LrsError::BadUrl`], [`LrsError::CredentialsInUrl`],
    /// [`LrsError::QueryInUrl`].
    pub fn new(endpoint: &str, credentials: Option<(&str, &str)>) -> Result<Lrs, LrsError> {
        Lrs::with_timeout(endpoint, credentials, TIMEOUT)
    }

    /// Like [`Lrs::new`], each send taking at most `timeout`.
    pub fn with_timeout(
        endpoint: &str,
        credentials: Option<(&str, &str)>,
        timeout: Duration,
    ) -> Result<Lrs, LrsError> {
        let endpoint = endpoint.trim();
        parse_endpoint(endpoint)?;
        let statements = format!("{}/statements", endpoint.trim_end_matches('/'));
        let authorization = credentials.map(|(user, password)| {
            format!(
                // i18n-exempt: the HTTP Basic authorization scheme, not words
                "Basic {}",
                Base64::encode_string(format!("{user}:{password}").as_bytes())
            )
        });
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .http_status_as_error(false)
            // Redirects are handled in `send`: never as a GET.
            .max_redirects(0)
            .build()
            .new_agent();
        Ok(Lrs {
            statements,
            authorization,
            agent,
        })
    }

    /// Like [`Lrs::new`], the credentials from `WALKTHROUGH_LRS_USER` and
    /// `WALKTHROUGH_LRS_PASSWORD` (none when the user is unset or empty) and
    /// the timeout from `WALKTHROUGH_LRS_TIMEOUT` (seconds; unset or empty:
    /// [`TIMEOUT`]).
    pub fn from_env(endpoint: &str) -> Result<Lrs, LrsError> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let timeout = match var(ENV_TIMEOUT) {
            None => TIMEOUT,
            Some(text) => match text.trim().parse::<u64>() {
                Ok(secs) if secs > 0 => Duration::from_secs(secs),
                _ => return Err(LrsError::BadTimeout(text)),
            },
        };
        let user = var(ENV_USER);
        let password = var(ENV_PASSWORD).unwrap_or_default();
        Lrs::with_timeout(
            endpoint,
            user.as_deref().map(|u| (u, password.as_str())),
            timeout,
        )
    }

    /// Where statements are posted.
    pub fn statements_url(&self) -> &str {
        &self.statements
    }

    /// Sends one statement (see the module's rules on statuses and redirects).
    pub fn send(&self, statement: &Statement) -> Result<Sent, LrsError> {
        let body = serde_json::to_string(statement)?;
        let mut target = self.statements.clone();
        let mut hops = 0;
        loop {
            let mut request = self
                .agent
                .post(&target)
                .header("X-Experience-API-Version", XAPI_VERSION)
                .header("Content-Type", "application/json");
            if let Some(auth) = &self.authorization {
                request = request.header("Authorization", auth);
            }
            let response = request.send(&body).map_err(|e| LrsError::Unreachable {
                url: redact(&target),
                reason: redact(&e.to_string()),
            })?;
            let status = response.status().as_u16();
            let url = redact(&target);
            match status {
                200 | 204 => return Ok(Sent::Stored),
                409 => return Ok(Sent::AlreadyStored),
                401 | 403 => return Err(LrsError::Unauthorized { url, status }),
                300..=399 => {
                    let location = response
                        .headers()
                        .get("location")
                        .and_then(|l| l.to_str().ok())
                        .map(str::to_owned);
                    let next = location
                        .as_deref()
                        .filter(|_| matches!(status, 307 | 308) && hops < MAX_REDIRECTS)
                        .and_then(|l| same_origin(&target, l));
                    match next {
                        Some(next) => {
                            hops += 1;
                            target = next;
                        }
                        None => {
                            return Err(LrsError::Redirected {
                                url,
                                status,
                                location: location.as_deref().map(redact),
                            })
                        }
                    }
                }
                _ => return Err(LrsError::Rejected { url, status }),
            }
        }
    }
}

/// `location` resolved against `from`, when it stays on the same scheme,
/// host and port and carries no credentials; `None` otherwise.
fn same_origin(from: &str, location: &str) -> Option<String> {
    let from: Uri = from.parse().ok()?;
    let origin = format!("{}://{}", from.scheme_str()?, from.authority()?.as_str());
    let absolute = if location.starts_with('/') && !location.starts_with("//") {
        format!("{origin}{location}")
    } else {
        location.to_owned()
    };
    let to: Uri = absolute.parse().ok()?;
    let port = |u: &Uri| {
        u.port_u16().or(match u.scheme_str() {
            Some("https") => Some(443),
            Some("http") => Some(80),
            _ => None,
        })
    };
    let same = to.scheme_str() == from.scheme_str()
        && to.host().map(str::to_ascii_lowercase) == from.host().map(str::to_ascii_lowercase)
        && port(&to) == port(&from)
        && !to.authority().is_some_and(|a| a.as_str().contains('@'));
    same.then_some(absolute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_cut_out_of_anything_shown() {
        assert_eq!(
            redact("http://user:pw@lrs.example/xapi"),
            "http://***@lrs.example/xapi"
        );
        assert_eq!(redact("https://a@b@host"), "https://***@host");
        assert_eq!(
            redact("http://host/x@y"),
            "http://host/x@y",
            "an @ in the path is not a credential"
        );
        assert_eq!(redact("not a url"), "not a url");
    }

    #[test]
    fn redirects_are_followed_only_on_the_same_origin() {
        let from = "http://127.0.0.1:8100/xapi/statements";
        assert_eq!(
            same_origin(from, "/other/statements").as_deref(),
            Some("http://127.0.0.1:8100/other/statements")
        );
        assert_eq!(
            same_origin(from, "http://127.0.0.1:8100/x").as_deref(),
            Some("http://127.0.0.1:8100/x")
        );
        for elsewhere in [
            "http://127.0.0.1:8101/x",
            "https://127.0.0.1:8100/x",
            "http://evil.example/x",
            "//evil.example/x",
            "http://u:p@127.0.0.1:8100/x",
        ] {
            assert_eq!(same_origin(from, elsewhere), None, "{elsewhere}");
        }
        assert_eq!(
            same_origin("https://lrs.example/xapi", "https://lrs.example:443/y").as_deref(),
            Some("https://lrs.example:443/y")
        );
    }
}
