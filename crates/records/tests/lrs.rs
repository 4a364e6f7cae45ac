//! Sending to a Learning Record Store: a small server on 127.0.0.1 stands in
//! for it and checks what arrives.
#![allow(clippy::unwrap_used)]

mod common;

use common::{assert_valid_xapi, record};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;
use std::thread;
use walkthrough_records::{Ending, Lrs, LrsError, RunMode};

/// What the stand-in LRS received.
#[derive(Debug)]
struct Received {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Serves `requests` requests, answering each with `status`; returns the
/// endpoint and what arrived.
fn stand_in_lrs(status: u16, requests: usize) -> (String, mpsc::Receiver<Received>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let mut stream = stream.unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let mut parts = line.split_whitespace();
            let method = parts.next().unwrap_or_default().to_owned();
            let path = parts.next().unwrap_or_default().to_owned();
            let mut headers = Vec::new();
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).unwrap();
                let h = h.trim_end();
                if h.is_empty() {
                    break;
                }
                if let Some((k, v)) = h.split_once(':') {
                    headers.push((k.trim().to_owned(), v.trim().to_owned()));
                }
            }
            let len: usize = headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
                .map_or(0, |(_, v)| v.parse().unwrap());
            let mut body = vec![0; len];
            reader.read_exact(&mut body).unwrap();
            let reply = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: 2\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[]"
            );
            stream.write_all(reply.as_bytes()).unwrap();
            let _ = tx.send(Received {
                method,
                path,
                headers,
                body: String::from_utf8(body).unwrap(),
            });
        }
    });
    (format!("http://{addr}/xapi/"), rx)
}

#[test]
fn a_statement_is_posted_with_the_xapi_headers_and_basic_auth() {
    let (endpoint, rx) = stand_in_lrs(200, 1);
    let lrs = Lrs::new(&endpoint, Some(("trainer", "s3cret"))).unwrap();
    assert!(lrs.statements_url().ends_with("/xapi/statements"));
    let statement = record("aiko", RunMode::Exam, Ending::Finished).statement();
    lrs.send(&statement).unwrap();
    let got = rx.recv().unwrap();
    assert_eq!(got.method, "POST");
    assert_eq!(got.path, "/xapi/statements");
    assert_eq!(got.header("X-Experience-API-Version"), Some("1.0.3"));
    assert_eq!(got.header("Content-Type"), Some("application/json"));
    // base64("trainer:s3cret")
    assert_eq!(
        got.header("Authorization"),
        Some("Basic dHJhaW5lcjpzM2NyZXQ=")
    );
    let body: serde_json::Value = serde_json::from_str(&got.body).unwrap();
    assert_valid_xapi(&body);
    assert_eq!(body["id"], statement.id.to_string());
}

#[test]
fn without_credentials_no_authorization_is_sent() {
    let (endpoint, rx) = stand_in_lrs(204, 1);
    let lrs = Lrs::new(endpoint.trim_end_matches('/'), None).unwrap();
    lrs.send(&record("aiko", RunMode::Guided, Ending::Finished).statement())
        .unwrap();
    let got = rx.recv().unwrap();
    assert_eq!(got.path, "/xapi/statements");
    assert_eq!(got.header("Authorization"), None);
}

#[test]
fn an_error_status_is_a_rejection_and_409_means_already_there() {
    let (endpoint, _rx) = stand_in_lrs(401, 1);
    let lrs = Lrs::new(&endpoint, Some(("trainer", "wrong"))).unwrap();
    let err = lrs
        .send(&record("aiko", RunMode::Guided, Ending::Finished).statement())
        .unwrap_err();
    assert!(
        matches!(err, LrsError::Rejected { status: 401, .. }),
        "{err}"
    );
    assert!(!err.to_string().contains("wrong"));
    let (endpoint, _rx) = stand_in_lrs(409, 1);
    let lrs = Lrs::new(&endpoint, None).unwrap();
    lrs.send(&record("aiko", RunMode::Guided, Ending::Finished).statement())
        .unwrap();
}

#[test]
fn an_unreachable_lrs_is_an_error_not_a_panic() {
    // A port that was free a moment ago: nothing listens there.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let lrs = Lrs::new(&format!("http://127.0.0.1:{port}/xapi"), None).unwrap();
    let err = lrs
        .send(&record("aiko", RunMode::Guided, Ending::Finished).statement())
        .unwrap_err();
    assert!(matches!(err, LrsError::Unreachable { .. }), "{err}");
}

#[test]
fn bad_urls_are_refused_before_anything_is_sent() {
    for bad in [
        "",
        "lrs.example.com",
        "ftp://lrs.example.com/",
        "http://",
        "http://x/?q=1",
        "not a url",
    ] {
        assert!(
            matches!(Lrs::new(bad, None), Err(LrsError::BadUrl(_))),
            "{bad}"
        );
    }
    assert!(Lrs::new("https://lrs.example.com/xapi", None).is_ok());
}
