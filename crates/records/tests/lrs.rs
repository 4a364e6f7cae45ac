//! Sending to a Learning Record Store: a small server on 127.0.0.1 stands in
//! for it and checks what arrives.
#![allow(clippy::unwrap_used)]

mod common;

use common::{assert_valid_xapi, record};
use std::net::TcpListener;
use walkthrough_records::stand_in::StandInLrs;
use walkthrough_records::{Ending, Lrs, LrsError, RunMode};

#[test]
fn a_statement_is_posted_with_the_xapi_headers_and_basic_auth() {
    let server = StandInLrs::serve(200, 1).unwrap();
    // A trailing slash is not doubled.
    let lrs = Lrs::new(
        &format!("{}/", server.endpoint),
        Some(("trainer", "s3cret")),
    )
    .unwrap();
    assert!(lrs.statements_url().ends_with("/xapi/statements"));
    let statement = record("aiko", RunMode::Exam, Ending::Finished).statement();
    lrs.send(&statement).unwrap();
    let got = server.next().unwrap();
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
    let server = StandInLrs::serve(204, 1).unwrap();
    let lrs = Lrs::new(&server.endpoint, None).unwrap();
    lrs.send(&record("aiko", RunMode::Guided, Ending::Finished).statement())
        .unwrap();
    let got = server.next().unwrap();
    assert_eq!(got.path, "/xapi/statements");
    assert_eq!(got.header("Authorization"), None);
}

#[test]
fn an_error_status_is_a_rejection_and_409_means_already_there() {
    let server = StandInLrs::serve(401, 1).unwrap();
    let lrs = Lrs::new(&server.endpoint, Some(("trainer", "wrong"))).unwrap();
    let err = lrs
        .send(&record("aiko", RunMode::Guided, Ending::Finished).statement())
        .unwrap_err();
    assert!(
        matches!(err, LrsError::Rejected { status: 401, .. }),
        "{err}"
    );
    assert!(!err.to_string().contains("wrong"));
    let server = StandInLrs::serve(409, 1).unwrap();
    let lrs = Lrs::new(&server.endpoint, None).unwrap();
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
