//! Sending to a Learning Record Store: a small server on 127.0.0.1 stands in
//! for it and checks what arrives.
#![allow(clippy::unwrap_used)]

mod common;

use common::{assert_valid_xapi, record};
use std::net::TcpListener;
use std::time::Duration;
use walkthrough_records::stand_in::{Reply, StandInLrs};
use walkthrough_records::{Ending, Lrs, LrsError, Receipt, RunMode, Sent, Store};

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
fn an_error_status_is_a_rejection_and_409_is_a_conflict() {
    let server = StandInLrs::serve(401, 1).unwrap();
    let lrs = Lrs::new(&server.endpoint, Some(("trainer", "wrong"))).unwrap();
    let err = lrs
        .send(&record("aiko", RunMode::Guided, Ending::Finished).statement())
        .unwrap_err();
    assert!(
        matches!(err, LrsError::Unauthorized { status: 401, .. }),
        "{err}"
    );
    assert!(!err.to_string().contains("wrong"));
    let server = StandInLrs::serve(409, 1).unwrap();
    let lrs = Lrs::new(&server.endpoint, None).unwrap();
    let err = lrs
        .send(&record("aiko", RunMode::Guided, Ending::Finished).statement())
        .unwrap_err();
    assert!(matches!(err, LrsError::Conflict { .. }), "{err}");
}

fn receipt(sent: Result<Sent, LrsError>) -> Result<Receipt, LrsError> {
    sent.map(|s| s.receipt)
}

/// What one send gets from an LRS that answers with `reply`.
fn send_to(reply: Reply) -> (Result<Sent, LrsError>, StandInLrs) {
    let server = StandInLrs::script(vec![reply]).unwrap();
    let lrs = Lrs::with_timeout(
        &server.endpoint,
        Some(("trainer", "s3cret")),
        Duration::from_secs(2),
    )
    .unwrap();
    let sent = lrs.send(&record("aiko", RunMode::Exam, Ending::Finished).statement());
    (sent, server)
}

#[test]
fn only_200_naming_the_id_and_204_to_the_post_itself_count_and_409_is_a_conflict() {
    for (status, want) in [(200, Receipt::Stored), (204, Receipt::Accepted)] {
        let (sent, server) = send_to(Reply::Status(status));
        assert_eq!(receipt(sent).unwrap(), want, "{status}");
        assert_eq!(server.next().unwrap().method, "POST");
    }
    let (sent, _) = send_to(Reply::Status(409));
    assert!(matches!(sent, Err(LrsError::Conflict { .. })), "{sent:?}");
    for status in [400, 404, 500, 503] {
        let (sent, _) = send_to(Reply::Status(status));
        assert!(
            matches!(sent, Err(LrsError::Rejected { status: s, .. }) if s == status),
            "{status}: {sent:?}"
        );
    }
    for status in [401, 403] {
        let (sent, _) = send_to(Reply::Status(status));
        assert!(
            matches!(sent, Err(LrsError::Unauthorized { status: s, .. }) if s == status),
            "{status}: {sent:?}"
        );
    }
}

#[test]
fn a_301_302_or_303_is_never_followed_as_a_get_and_names_its_location() {
    for status in [301, 302, 303] {
        let server = StandInLrs::script(vec![
            Reply::Redirect(status, "/xapi/statements/".to_owned()),
            // Were it followed, this would take it and call it a success.
            Reply::Status(200),
        ])
        .unwrap();
        let lrs = Lrs::with_timeout(&server.endpoint, None, Duration::from_secs(2)).unwrap();
        let sent = lrs.send(&record("aiko", RunMode::Exam, Ending::Finished).statement());
        match sent {
            Err(LrsError::Redirected {
                status: s,
                location,
                ..
            }) => {
                assert_eq!(s, status);
                // Resolved against the request's URL.
                assert_eq!(location, Some(format!("{}/statements/", server.endpoint)));
            }
            other => panic!("{status}: {other:?}"),
        }
        assert_eq!(
            server.received().len(),
            1,
            "{status}: one request, no GET after it"
        );
    }
}

#[test]
fn a_307_or_308_is_posted_again_to_the_same_host_with_body_and_credentials() {
    for status in [307, 308] {
        let server = StandInLrs::script(vec![
            Reply::Redirect(status, "/xapi/statements/".to_owned()),
            Reply::Status(200),
        ])
        .unwrap();
        let lrs = Lrs::with_timeout(
            &server.endpoint,
            Some(("trainer", "s3cret")),
            Duration::from_secs(2),
        )
        .unwrap();
        let statement = record("aiko", RunMode::Exam, Ending::Finished).statement();
        let sent = lrs.send(&statement).unwrap();
        assert_eq!(sent.receipt, Receipt::Stored, "{status}");
        // Where it was stored: where the redirect led.
        assert_eq!(sent.url, format!("{}/statements/", server.endpoint));
        let [first, second] = <[_; 2]>::try_from(server.take(2)).unwrap();
        assert_eq!(second.method, "POST");
        assert_eq!(second.path, "/xapi/statements/");
        assert_eq!(second.body, first.body);
        assert_eq!(
            second.header("Authorization"),
            first.header("Authorization")
        );
        assert!(second.header("Authorization").is_some());
    }
    // To another host: not followed, the credentials stay here.
    let (sent, server) = send_to(Reply::Redirect(307, "http://lrs.example/xapi".to_owned()));
    assert!(
        matches!(&sent, Err(LrsError::Redirected { status: 307, location: Some(l), .. }) if l == "http://lrs.example/xapi"),
        "{sent:?}"
    );
    assert_eq!(server.received().len(), 1);
    // A loop ends.
    let loops = StandInLrs::script(vec![
        Reply::Redirect(307, "/xapi/statements".to_owned());
        10
    ])
    .unwrap();
    let lrs = Lrs::with_timeout(&loops.endpoint, None, Duration::from_secs(2)).unwrap();
    let sent = lrs.send(&record("aiko", RunMode::Exam, Ending::Finished).statement());
    assert!(
        matches!(&sent, Err(LrsError::TooManyRedirects { hops: 3, location, .. })
            if *location == format!("{}/statements", loops.endpoint)),
        "{sent:?}"
    );
    // The first POST and MAX_REDIRECTS more.
    assert_eq!(
        loops.received().len(),
        1 + walkthrough_records::lrs::MAX_REDIRECTS
    );
}

#[test]
fn an_lrs_that_never_answers_is_unreachable_after_the_timeout() {
    let (sent, _server) = send_to(Reply::Never);
    assert!(
        matches!(sent, Err(LrsError::Unreachable { .. })),
        "{sent:?}"
    );
}

#[test]
fn credentials_in_the_url_are_refused_and_never_shown() {
    for url in [
        "http://trainer:s3cret@127.0.0.1:9/xapi",
        "https://s3cret@lrs.example/xapi",
    ] {
        let err = Lrs::new(url, None).unwrap_err();
        assert!(matches!(err, LrsError::CredentialsInUrl(_)), "{url}: {err}");
        assert!(!err.to_string().contains("s3cret"), "{err}");
        assert!(!format!("{err:?}").contains("s3cret"), "{err:?}");
    }
    // Not even when the rest of it is broken.
    let err = Lrs::new("http://trainer:s3cret@", None).unwrap_err();
    assert!(!err.to_string().contains("s3cret"), "{err}");
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
        "not a url",
    ] {
        assert!(
            matches!(Lrs::new(bad, None), Err(LrsError::BadUrl(_))),
            "{bad}"
        );
    }
    for query in ["http://x/xapi?q=1", "http://x/xapi#top"] {
        assert!(
            matches!(Lrs::new(query, None), Err(LrsError::QueryInUrl(_))),
            "{query}"
        );
    }
    assert!(Lrs::new("https://lrs.example.com/xapi", None).is_ok());
}

#[test]
fn a_success_status_without_the_statement_id_is_not_stored() {
    let statement = record("aiko", RunMode::Exam, Ending::Finished).statement();
    let other = uuid::Uuid::new_v4();
    let page = "<!DOCTYPE html>\r\n<html><title>Sign in</title>\u{1b}]0;x\u{7}".to_owned()
        + &"x".repeat(200);
    for (reply, content_type, start) in [
        (
            Reply::Body(200, "text/html; charset=utf-8".into(), page.clone()),
            Some("text/html; charset=utf-8"),
            "<!DOCTYPE html>\\r\\n<html><title>Sign in</title>\\u{1b}]0;x\\u{7}xxxxxxxxxxxxxxxxxxxxxxxxxxxxx…",
        ),
        (
            Reply::Body(200, "application/json".into(), format!("[\"{other}\"]")),
            Some("application/json"),
            "",
        ),
        (
            Reply::Body(200, "application/json".into(), "{}".into()),
            Some("application/json"),
            "{}",
        ),
        (
            Reply::Body(201, "application/json".into(), format!("[\"{}\"]", statement.id)),
            Some("application/json"),
            "",
        ),
    ] {
        let server = StandInLrs::script(vec![reply.clone()]).unwrap();
        let lrs = Lrs::with_timeout(&server.endpoint, None, Duration::from_secs(2)).unwrap();
        match lrs.send(&statement) {
            Err(LrsError::NotStored {
                content_type: got_type,
                start: got_start,
                ..
            }) => {
                assert_eq!(got_type.as_deref(), content_type, "{reply:?}");
                if !start.is_empty() {
                    assert_eq!(got_start, start, "{reply:?}");
                }
                assert!(!got_start.chars().any(char::is_control), "{got_start}");
            }
            other => panic!("{reply:?}: {other:?}"),
        }
    }
    // The id in the array, as an LRS answers: stored.
    let server = StandInLrs::script(vec![Reply::Body(
        200,
        "application/json".into(),
        format!("[\"{other}\", \"{}\"]", statement.id),
    )])
    .unwrap();
    let lrs = Lrs::with_timeout(&server.endpoint, None, Duration::from_secs(2)).unwrap();
    assert_eq!(lrs.send(&statement).unwrap().receipt, Receipt::Stored);
}

#[test]
fn a_statement_is_listed_as_pending_before_it_is_sent_and_stays_while_no_answer_comes() {
    let dir = std::env::temp_dir().join(format!("walkthrough-ahead-{}", uuid::Uuid::new_v4()));
    let store = Store::new(dir.join("records.jsonl"));
    let statement = record("aiko", RunMode::Exam, Ending::Finished).statement();
    store.append(&statement).unwrap();
    assert!(store.pending().unwrap().is_empty());
    let server = StandInLrs::script(vec![Reply::Never]).unwrap();
    let lrs = Lrs::with_timeout(&server.endpoint, None, Duration::from_secs(3)).unwrap();
    std::thread::scope(|scope| {
        let sending = scope.spawn(|| store.deliver(&lrs, &[&statement]));
        // The LRS has the request and has not answered: a process killed now
        // finds the statement pending.
        let request = server.next().unwrap();
        assert_eq!(request.method, "POST");
        assert_eq!(store.pending().unwrap(), [statement.id]);
        let delivery = sending.join().unwrap();
        assert!(matches!(delivery.error, Some(LrsError::Unreachable { .. })));
        assert_eq!(delivery.unsent, [statement.id]);
        assert!(delivery.sent.is_empty());
    });
    assert_eq!(store.pending().unwrap(), [statement.id]);
    // Once the LRS stores it, it leaves the list; a proxy's page does not.
    let page =
        StandInLrs::script(vec![Reply::Body(200, "text/html".into(), "<html>".into())]).unwrap();
    let lrs = Lrs::new(&page.endpoint, None).unwrap();
    let delivery = store.deliver(&lrs, &[&statement]);
    assert!(matches!(delivery.error, Some(LrsError::NotStored { .. })));
    assert_eq!(store.pending().unwrap(), [statement.id]);
    let good = StandInLrs::serve(200, 1).unwrap();
    let lrs = Lrs::new(&good.endpoint, None).unwrap();
    let delivery = store.deliver(&lrs, &[&statement]);
    assert_eq!(delivery.sent, [statement.id]);
    assert_eq!(delivery.url, Some(format!("{}/statements", good.endpoint)));
    assert!(store.pending().unwrap().is_empty());
    let _ = std::fs::remove_dir_all(dir);
}
