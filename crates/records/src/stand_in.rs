//! A stand-in Learning Record Store for tests (feature `stand-in-lrs`): a
//! small HTTP server on 127.0.0.1 that answers every request with one status
//! and hands over what it received, so a test can check method, path,
//! headers and body.

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

/// A running stand-in LRS.
#[derive(Debug)]
pub struct StandInLrs {
    /// Its xAPI endpoint, `http://127.0.0.1:<port>/xapi` (no trailing slash).
    pub endpoint: String,
    received: mpsc::Receiver<Request>,
}

impl StandInLrs {
    /// Serves `requests` requests on a free port, answering each with `status`.
    pub fn serve(status: u16, requests: usize) -> std::io::Result<StandInLrs> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let endpoint = format!("http://{}/xapi", listener.local_addr()?);
        let (tx, received) = mpsc::channel();
        std::thread::spawn(move || {
            for stream in listener.incoming().take(requests) {
                let Ok(request) = stream.and_then(|s| answer(s, status)) else {
                    continue;
                };
                if tx.send(request).is_err() {
                    return;
                }
            }
        });
        Ok(StandInLrs { endpoint, received })
    }

    /// The next request received, waiting at most 10 s.
    pub fn next(&self) -> Option<Request> {
        self.received.recv_timeout(Duration::from_secs(10)).ok()
    }

    /// The next `n` requests received (fewer if they do not come within 10 s each).
    pub fn take(&self, n: usize) -> Vec<Request> {
        std::iter::from_fn(|| self.next()).take(n).collect()
    }
}

/// Reads one request from `stream` and answers it with `status`.
fn answer(stream: TcpStream, status: u16) -> std::io::Result<Request> {
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
    // i18n-exempt: an HTTP status line and headers, not words
    let reply = format!(
        "HTTP/1.1 {status} X\r\nContent-Length: 2\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[]"
    );
    reader.get_mut().write_all(reply.as_bytes())?;
    Ok(Request {
        method,
        path,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}
