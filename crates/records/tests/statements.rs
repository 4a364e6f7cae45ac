//! Statements follow the xAPI 1.0.3 rules.
#![allow(clippy::unwrap_used)]

mod common;

use common::{assert_valid_xapi, is_iso_duration, record};
use serde_json::Value;
use walkthrough_records::{Ending, RunMode, Statement, VerbKind};

fn json(s: &Statement) -> Value {
    serde_json::from_str(&s.to_line().unwrap()).unwrap()
}

#[test]
fn every_ending_in_every_mode_gives_a_valid_statement() {
    for mode in [RunMode::Guided, RunMode::Exam] {
        for ending in [Ending::Finished, Ending::TimedOut, Ending::Abandoned] {
            let s = record("aiko", mode, ending).statement();
            assert_valid_xapi(&json(&s));
        }
    }
}

#[test]
fn verbs_success_and_completion_follow_how_the_run_ended() {
    let cases = [
        (
            RunMode::Guided,
            Ending::Finished,
            VerbKind::Completed,
            true,
            true,
        ),
        (
            RunMode::Exam,
            Ending::Finished,
            VerbKind::Passed,
            true,
            true,
        ),
        (
            RunMode::Exam,
            Ending::TimedOut,
            VerbKind::Failed,
            false,
            false,
        ),
        (
            RunMode::Exam,
            Ending::Abandoned,
            VerbKind::Attempted,
            false,
            false,
        ),
        (
            RunMode::Guided,
            Ending::Abandoned,
            VerbKind::Attempted,
            false,
            false,
        ),
    ];
    for (mode, ending, verb, success, completion) in cases {
        let r = record("aiko", mode, ending);
        assert_eq!(r.verb(), verb, "{mode:?} {ending:?}");
        let v = json(&r.statement());
        assert_eq!(v["verb"]["id"], verb.id());
        assert_eq!(v["result"]["success"], success, "{mode:?} {ending:?}");
        assert_eq!(v["result"]["completion"], completion, "{mode:?} {ending:?}");
    }
    // An exam ended without its goal fails.
    let mut r = record("aiko", RunMode::Exam, Ending::Finished);
    r.goal_met = false;
    assert_eq!(r.verb(), VerbKind::Failed);
    assert_eq!(r.score(), 0);
}

#[test]
fn the_statement_carries_the_run() {
    let id = uuid::Uuid::new_v4();
    let s = record("aiko", RunMode::Exam, Ending::Finished).statement_with_id(id);
    let v = json(&s);
    assert_eq!(v["id"], id.to_string());
    assert_eq!(v["actor"]["name"], "aiko");
    assert_eq!(v["actor"]["account"]["name"], "aiko");
    assert_eq!(
        v["object"]["id"],
        "urn:walkthrough:scenario:app-password-create"
    );
    assert_eq!(
        v["object"]["definition"]["name"]["ja-JP"],
        "Office 365 ポータルでアプリ パスワードを作成するには"
    );
    assert_eq!(
        v["object"]["definition"]["name"]["en-US"],
        "To create an app password in the Office 365 portal"
    );
    // 100 − 2 wrong × 5 − 1 hint × 10 (83 s is within the 160 s par).
    assert_eq!(v["result"]["score"]["raw"], 80.0);
    assert_eq!(v["result"]["score"]["scaled"], 0.8);
    assert_eq!(v["result"]["duration"], "PT1M23.45S");
    let ext = &v["result"]["extensions"];
    assert_eq!(ext["urn:walkthrough:xapi:wrong-actions"], 2);
    assert_eq!(ext["urn:walkthrough:xapi:hints"], 1);
    let steps = ext["urn:walkthrough:xapi:step-durations"]
        .as_array()
        .unwrap();
    assert_eq!(steps.len(), 8);
    assert!(steps.iter().all(|d| is_iso_duration(d.as_str().unwrap())));
    let ctx = &v["context"];
    assert_eq!(ctx["language"], "ja-JP");
    assert_eq!(ctx["extensions"]["urn:walkthrough:xapi:mode"], "exam");
    assert_eq!(ctx["extensions"]["urn:walkthrough:xapi:seed"], 7);
    assert_eq!(ctx["extensions"]["urn:walkthrough:xapi:time-limit"], "PT5M");
    assert_eq!(v["timestamp"], "2026-11-25T10:00:00Z");
    // It reads back as it was written, and says what the table shows.
    let back: Statement = serde_json::from_value(v).unwrap();
    assert_eq!(back, s);
    assert_eq!(back.trainee(), "aiko");
    assert_eq!(back.scenario(), "app-password-create");
    assert_eq!(back.mode(), "exam");
    assert_eq!(back.language(), "ja-JP");
    assert_eq!(back.score(), Some(80.0));
    assert_eq!(back.duration().map(|d| d.as_millis()), Some(83_450));
    assert_eq!(back.verb_word(), "passed");
}

#[test]
fn statement_ids_are_new_each_time() {
    let r = record("aiko", RunMode::Guided, Ending::Finished);
    assert_ne!(r.statement().id, r.statement().id);
}

#[test]
fn the_validator_itself_refuses_what_xapi_refuses() {
    assert!(!is_iso_duration("83.45"));
    assert!(!is_iso_duration("PT"));
    assert!(!is_iso_duration("P1H"));
    assert!(is_iso_duration("PT1M23.45S"));
    assert!(!common::is_iri("app-password-create"));
    assert!(!common::is_iri("urn:with space"));
    assert!(common::is_iri("urn:walkthrough:scenario:x"));
    let mut v = json(&record("aiko", RunMode::Guided, Ending::Finished).statement());
    v["verb"]["id"] = Value::from("http://example.com/verbs/did");
    assert!(std::panic::catch_unwind(|| assert_valid_xapi(&v)).is_err());
}
