//! Sending statements to an xAPI Learning Record Store: `POST <endpoint>/statements`
//! with `X-Experience-API-Version: 1.0.3` and, when the environment gives
//! them, Basic credentials (`WALKTHROUGH_LRS_USER`, `WALKTHROUGH_LRS_PASSWORD`).
//!
//! What counts as stored follows xAPI 1.0.3 (Data Interface §2.1.2 "POST
//! Statements"): the LRS answers `200 OK` with a JSON array of the ids it
//! stored, and a statement is stored only when its id is in that array
//! ([`Receipt::Stored`]). A `204 No Content` is taken as accepted
//! ([`Receipt::Accepted`]): the answer the specification gives for `PUT`,
//! which some LRSs give for `POST` too. Any other answer is a failure: a `200`
//! whose body is not such an array (a proxy's sign-in page) is
//! [`LrsError::NotStored`], naming its content type and first bytes; a `409
//! Conflict` is [`LrsError::Conflict`] (the LRS holds a *different* statement
//! with this id: a matching re-send gets `200`/`204`).
//!
//! A redirect is never turned into a GET: `307` and `308` are followed by
//! POSTing the same body with the same credentials again, only to the same
//! scheme, host and port, at most [`MAX_REDIRECTS`] times; any other `3xx`
//! (and a `307`/`308` elsewhere) is a failure naming its `Location`, resolved
//! against the request's URL. Credentials inside the URL
//! (`http://user:pw@host/`) are refused, and no error ever shows them, nor a
//! query string: every URL shown has passed through [`redact`].
//!
//! [`Lrs::send`] only talks to the LRS. To keep a statement safe while it is
//! sent, use [`Store::deliver`](crate::Store::deliver): it lists it as pending
//! first and takes it off only once the LRS has stored it.

use crate::statement::{Statement, XAPI_VERSION};
use base64ct::{Base64, Encoding};
use std::io::Read;
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
        /// Its `Location` header resolved against `url` (RFC 3986 §5.2),
        /// redacted; `None` when it has none.
        location: Option<String>,
    },
    /// The LRS went on redirecting after [`MAX_REDIRECTS`] `307`/`308`s were
    /// followed.
    #[error("{url} redirected {hops} times, last to {location}")]
    TooManyRedirects {
        /// The statements URL first posted to.
        url: String,
        /// How many redirects were followed.
        hops: usize,
        /// Where the last one pointed, resolved and redacted.
        location: String,
    },
    /// The LRS refused the credentials (`401`, `403`).
    #[error("{url} refused the credentials ({status})")]
    Unauthorized {
        /// Where.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// `409 Conflict`: the LRS holds another statement with this id that
    /// does not match the one sent (xAPI 1.0.3 Data Interface §2.1.2).
    #[error("{url} holds a different statement with this id (409)")]
    Conflict {
        /// Where.
        url: String,
    },
    /// A success status whose answer does not say the statement was stored:
    /// not a JSON array holding its id (xAPI 1.0.3 Data Interface §2.1.2).
    #[error("{url} answered {status} ({}) without the statement's id: {start}", content_type.as_deref().unwrap_or("no content type"))]
    NotStored {
        /// Where.
        url: String,
        /// The HTTP status.
        status: u16,
        /// Its `Content-Type`, control characters escaped; `None` when it has none.
        content_type: Option<String>,
        /// The first [`SHOWN_BYTES`] bytes of the answer as text, control
        /// characters escaped (`\u{1b}`), `…` when there was more.
        start: String,
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

impl LrsError {
    /// The URL (redacted) whose answer this is, when a request was answered
    /// or tried: the statements URL, or where a `307`/`308` led. `None` for
    /// errors before any request, and for [`LrsError::TooManyRedirects`].
    pub fn url(&self) -> Option<&str> {
        match self {
            LrsError::Unreachable { url, .. }
            | LrsError::Redirected { url, .. }
            | LrsError::Unauthorized { url, .. }
            | LrsError::Conflict { url }
            | LrsError::NotStored { url, .. }
            | LrsError::Rejected { url, .. } => Some(url),
            _ => None,
        }
    }
}

/// How many bytes of an answer that is not an LRS's [`LrsError::NotStored`] shows.
pub const SHOWN_BYTES: usize = 80;
/// How much of an answer is read at most, in bytes.
const READ_LIMIT: u64 = 1 << 20;

/// How the LRS took a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Receipt {
    /// `200 OK` with a JSON array holding the statement's id: stored.
    Stored,
    /// `204 No Content`: accepted (as xAPI 1.0.3 answers a `PUT`).
    Accepted,
}

/// A statement the LRS took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// How.
    pub receipt: Receipt,
    /// The statements URL that took it, redacted: [`Lrs::statements_url`],
    /// or where a `307`/`308` led.
    pub url: String,
}

/// `text` with every URL in it (`scheme://…`, up to white space or a quote)
/// shown without what may be secret: a user name and password before an `@`
/// of its authority become `***`, and so do a query and a fragment:
/// `http://***@lrs.example/xapi?***`. Everything else is left as it is.
/// Every URL this program prints passes through here.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        let (before, after) = rest.split_at(i + 3);
        out.push_str(before);
        let end = after
            .find(|c: char| c.is_whitespace() || "\"'<>`".contains(c))
            .unwrap_or(after.len());
        let (url, tail) = after.split_at(end);
        let authority_end = url.find(['/', '?', '#']).unwrap_or(url.len());
        let (authority, path) = url.split_at(authority_end);
        match authority.rfind('@') {
            Some(at) => {
                out.push_str("***");
                out.push_str(&authority[at..]);
            }
            None => out.push_str(authority),
        }
        match path.find(['?', '#']) {
            Some(q) => {
                out.push_str(&path[..=q]);
                out.push_str("***");
            }
            None => out.push_str(path),
        }
        rest = tail;
    }
    out.push_str(rest);
    out
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

    /// Sends one statement (see the module's rules on statuses and
    /// redirects). Touches no store: see [`Store::deliver`](crate::Store::deliver).
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
            let mut response = request.send(&body).map_err(|e| LrsError::Unreachable {
                url: redact(&target),
                reason: redact(&e.to_string()),
            })?;
            let status = response.status().as_u16();
            let url = redact(&target);
            match status {
                204 => {
                    return Ok(Sent {
                        receipt: Receipt::Accepted,
                        url,
                    })
                }
                200..=299 => {
                    let content_type = response
                        .headers()
                        .get("content-type")
                        .map(|v| escape(&String::from_utf8_lossy(v.as_bytes())));
                    let mut answer = Vec::new();
                    let read = response
                        .body_mut()
                        .as_reader()
                        .take(READ_LIMIT)
                        .read_to_end(&mut answer);
                    if status == 200 && read.is_ok() && holds_id(&answer, statement.id) {
                        return Ok(Sent {
                            receipt: Receipt::Stored,
                            url,
                        });
                    }
                    return Err(LrsError::NotStored {
                        url,
                        status,
                        content_type,
                        start: first_bytes(&answer),
                    });
                }
                409 => return Err(LrsError::Conflict { url }),
                401 | 403 => return Err(LrsError::Unauthorized { url, status }),
                300..=399 => {
                    let location = response
                        .headers()
                        .get("location")
                        .map(|l| resolve(&target, &String::from_utf8_lossy(l.as_bytes())));
                    let next = location
                        .as_deref()
                        .filter(|_| matches!(status, 307 | 308))
                        .and_then(|l| same_origin(&target, l));
                    match next {
                        Some(next) if hops < MAX_REDIRECTS => {
                            hops += 1;
                            target = next;
                        }
                        Some(next) => {
                            return Err(LrsError::TooManyRedirects {
                                url: redact(&self.statements),
                                hops,
                                location: redact(&next),
                            })
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

/// Whether `answer` is a JSON array of strings holding `id` (xAPI 1.0.3:
/// `POST /statements` answers `200` with the ids stored).
fn holds_id(answer: &[u8], id: uuid::Uuid) -> bool {
    let Ok(ids) = serde_json::from_slice::<Vec<String>>(answer) else {
        return false;
    };
    ids.iter()
        .any(|s| uuid::Uuid::parse_str(s.trim()).is_ok_and(|got| got == id))
}

/// Control characters as escapes (`\u{1b}`, `\r`), so text from the network
/// cannot drive a terminal.
fn escape(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The first [`SHOWN_BYTES`] bytes of `answer` as escaped text, `…` after
/// when there was more; URLs in it redacted.
fn first_bytes(answer: &[u8]) -> String {
    let shown = &answer[..answer.len().min(SHOWN_BYTES)];
    let mut text = redact(&escape(&String::from_utf8_lossy(shown)));
    if answer.len() > SHOWN_BYTES {
        text.push('…');
    }
    text
}

/// `reference` resolved against the absolute URL `base` (RFC 3986 §5.2):
/// `/x`, `x`, `../x`, `?q`, `//host/x` and absolute URLs.
pub fn resolve(base: &str, reference: &str) -> String {
    let reference = reference.trim();
    let has_scheme = reference.split_once(':').is_some_and(|(scheme, _)| {
        let mut chars = scheme.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if has_scheme {
        return reference.to_owned();
    }
    let Some(scheme_end) = base.find("://") else {
        return reference.to_owned();
    };
    let scheme = &base[..scheme_end];
    if let Some(rest) = reference.strip_prefix("//") {
        return format!("{scheme}://{rest}");
    }
    let after = &base[scheme_end + 3..];
    let authority_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let origin = &base[..scheme_end + 3 + authority_end];
    let base_rest = &after[authority_end..];
    let base_rest = &base_rest[..base_rest.find('#').unwrap_or(base_rest.len())];
    let base_path = &base_rest[..base_rest.find('?').unwrap_or(base_rest.len())];
    if reference.is_empty() {
        return format!("{origin}{base_rest}");
    }
    if reference.starts_with('#') {
        return format!("{origin}{base_rest}{reference}");
    }
    if reference.starts_with('?') {
        return format!("{origin}{base_path}{reference}");
    }
    let split = reference.find(['?', '#']).unwrap_or(reference.len());
    let (path, suffix) = reference.split_at(split);
    let merged = if path.starts_with('/') {
        path.to_owned()
    } else {
        let dir = base_path.rfind('/').map_or("/", |i| &base_path[..=i]);
        format!("{dir}{path}")
    };
    format!("{origin}{}{suffix}", remove_dot_segments(&merged))
}

/// RFC 3986 §5.2.4, for a path starting with `/`.
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let last = segments.len().saturating_sub(1);
    let mut trailing = false;
    for (i, segment) in segments.iter().enumerate() {
        match *segment {
            "." => trailing = i == last,
            ".." => {
                out.pop();
                trailing = i == last;
            }
            s => {
                out.push(s);
                trailing = false;
            }
        }
    }
    let mut text = format!("/{}", out.join("/"));
    if trailing && !text.ends_with('/') {
        text.push('/');
    }
    text
}

/// `location` (absolute, see [`resolve`]) when it stays on the same scheme,
/// host and port as `from` and carries no credentials; `None` otherwise.
fn same_origin(from: &str, location: &str) -> Option<String> {
    let from: Uri = from.parse().ok()?;
    let to: Uri = location.parse().ok()?;
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
    same.then(|| location.to_owned())
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
        assert_eq!(
            redact("http://lrs.example/xapi?token=abc#k=v"),
            "http://lrs.example/xapi?***"
        );
        assert_eq!(redact("http://h/#access_token=abc"), "http://h/#***");
        assert_eq!(
            redact("cannot reach http://u:pw@h/x?token=t1 now, nor https://h2/?k=t2"),
            "cannot reach http://***@h/x?*** now, nor https://h2/?***"
        );
    }

    #[test]
    fn a_location_is_resolved_against_the_request_url() {
        let base = "http://127.0.0.1:8100/xapi/statements?x=1";
        for (reference, want) in [
            ("/other", "http://127.0.0.1:8100/other"),
            ("statements/", "http://127.0.0.1:8100/xapi/statements/"),
            ("../lrs/statements", "http://127.0.0.1:8100/lrs/statements"),
            ("./a/./b/../c", "http://127.0.0.1:8100/xapi/a/c"),
            ("?y=2", "http://127.0.0.1:8100/xapi/statements?y=2"),
            ("//elsewhere.example/x", "http://elsewhere.example/x"),
            ("https://lrs.example/xapi", "https://lrs.example/xapi"),
            ("..", "http://127.0.0.1:8100/"),
        ] {
            assert_eq!(resolve(base, reference), want, "{reference}");
        }
    }

    #[test]
    fn redirects_are_followed_only_on_the_same_origin() {
        let from = "http://127.0.0.1:8100/xapi/statements";
        let same_origin = |from: &str, to: &str| same_origin(from, &resolve(from, to));
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
