//! A stand-in Learning Record Store for tests (feature `stand-in-lrs`): a
//! small HTTP server on 127.0.0.1 that answers each request as it is told
//! (a status, a redirect with its `Location`, a body of its own, or never)
//! and hands over what it received, so a test can check method, path,
//! headers and body. A `200` answers as xAPI 1.0.3 says an LRS does: a JSON
//! array of the ids of the statements posted.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::time::Duration;

/// One HTTP request as the stand-in saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// `POST`, …
    pub method: String,
    /// The request target: `/xapi/statements`.
    pub path: String,
    /// Every header, as sent.
    pub headers: Vec<(String, String)>,
    /// The body, as text.
    pub body: String,
}

impl Request {
    /// The first header of this name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// How the stand-in answers one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// This status: a `200` with the JSON array of the posted statements'
    /// ids, a `204` with no body, any other with `[]`.
    Status(u16),
    /// This status, `Content-Type` and body, as they are.
    Body(u16, String, String),
    /// This status (`301`, `302`, `307`, `308`, …) with this `Location`.
    Redirect(u16, String),
    /// Reads the request and never answers (the connection stays open until
    /// the stand-in is dropped).
    Never,
}

/// A running stand-in LRS.
#[derive(Debug)]
pub struct StandInLrs {
    /// Its xAPI endpoint, `http://127.0.0.1:<port>/xapi` (no trailing slash).
    pub endpoint: String,
    received: mpsc::Receiver<Request>,
    // Connections answered with `Reply::Never`, held open while it lives.
    _held: std::sync::Arc<std::sync::Mutex<Vec<TcpStream>>>,
}

impl StandInLrs {
    /// Serves `requests` requests on a free port, answering each with `status`.
    pub fn serve(status: u16, requests: usize) -> std::io::Result<StandInLrs> {
        StandInLrs::script(vec![Reply::Status(status); requests])
    }

    /// Serves one request per reply, answering them in order.
    pub fn script(replies: Vec<Reply>) -> std::io::Result<StandInLrs> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let endpoint = format!("http://{}/xapi", listener.local_addr()?);
        let (tx, received) = mpsc::channel();
        let held = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let keep = std::sync::Arc::clone(&held);
        std::thread::spawn(move || {
            let mut replies = replies.into_iter();
            for stream in listener.incoming() {
                let Some(reply) = replies.next() else { return };
                let Ok(stream) = stream else { continue };
                // The request is handed over before the answer goes out, so a
                // client that has its answer finds its request received.
                let Ok(Some(stream)) = answer(stream, &reply, &tx) else {
                    continue;
                };
                if let Ok(mut held) = keep.lock() {
                    held.push(stream);
                }
            }
        });
        Ok(StandInLrs {
            endpoint,
            received,
            _held: held,
        })
    }

    /// The next request received, waiting at most 10 s.
    pub fn next(&self) -> Option<Request> {
        self.received.recv_timeout(Duration::from_secs(10)).ok()
    }

    /// The requests received and not yet taken, without waiting: once a
    /// client has had its answer, its request is among them.
    pub fn received(&self) -> Vec<Request> {
        self.received.try_iter().collect()
    }

    /// The next `n` requests received (fewer if they do not come within 10 s each).
    pub fn take(&self, n: usize) -> Vec<Request> {
        std::iter::from_fn(|| self.next()).take(n).collect()
    }
}

/// Reads one request from `stream`, hands it to `received`, and answers it
/// as `reply` says; the stream comes back when it is to be held open
/// unanswered.
fn answer(
    stream: TcpStream,
    reply: &Reply,
    received: &mpsc::Sender<Request>,
) -> std::io::Result<Option<TcpStream>> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let path = parts.next().unwrap_or_default().to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h)?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_owned(), v.trim().to_owned()));
        }
    }
    let length = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let request_body = String::from_utf8_lossy(&body).into_owned();
    let request = Request {
        method,
        path,
        headers,
        body: request_body.clone(),
    };
    // A test that has gone no longer listens: the answer still goes out.
    let _ = received.send(request);
    let json = || "application/json".to_owned();
    let (status, location, content_type, body) = match reply {
        Reply::Never => return Ok(Some(reader.into_inner())),
        Reply::Status(200) => (200, String::new(), json(), ids_of(&request_body)),
        // A 204 has no body.
        Reply::Status(204) => (204, String::new(), json(), String::new()),
        Reply::Status(status) => (*status, String::new(), json(), "[]".to_owned()),
        Reply::Body(status, content_type, body) => {
            (*status, String::new(), content_type.clone(), body.clone())
        }
        Reply::Redirect(status, to) => {
            // i18n-exempt: an HTTP header, not words
            let location = format!("Location: {to}\r\n");
            (*status, location, json(), "[]".to_owned())
        }
    };
    // i18n-exempt: an HTTP status line and headers, not words
    let reply = format!(
        "HTTP/1.1 {status} X\r\n{location}Content-Length: {}\r\nContent-Type: {content_type}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    reader.get_mut().write_all(reply.as_bytes())?;
    Ok(None)
}

/// The JSON array of the ids of the statement (or statements) in `body`.
fn ids_of(body: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let all = match value {
        serde_json::Value::Array(all) => all,
        one => vec![one],
    };
    let ids: Vec<serde_json::Value> = all
        .into_iter()
        .filter_map(|s| s.get("id").cloned())
        .collect();
    serde_json::Value::Array(ids).to_string()
}
