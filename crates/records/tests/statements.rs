//! Statements follow the xAPI 1.0.3 rules.
#![allow(clippy::unwrap_used)]

mod common;

use common::{assert_one_definition_per_activity, assert_valid_xapi, is_iso_duration, record};
use serde_json::Value;
use walkthrough_records::{Ending, RunMode, RunRecord, Statement, VerbKind};

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
        if ending == Ending::Abandoned {
            // An abandoned attempt was not judged: no success, no score.
            assert!(v["result"].get("success").is_none(), "{mode:?}");
            assert!(v["result"].get("score").is_none(), "{mode:?}");
        } else {
            assert_eq!(v["result"]["success"], success, "{mode:?} {ending:?}");
            assert!(
                v["result"]["score"]["raw"].is_number(),
                "{mode:?} {ending:?}"
            );
        }
        assert_eq!(v["result"]["completion"], completion, "{mode:?} {ending:?}");
    }
    // An exam ended without its goal fails.
    let mut r = record("aiko", RunMode::Exam, Ending::Finished);
    r.goal_met = false;
    assert_eq!(r.verb(), VerbKind::Failed);
    assert_eq!(r.score(), 0);
    // A guided run finished without its goal is no completion with success:
    // it failed, finished (completion true) but not a success.
    let mut r = record("aiko", RunMode::Guided, Ending::Finished);
    r.goal_met = false;
    assert_eq!(r.verb(), VerbKind::Failed);
    let v = json(&r.statement());
    assert_eq!(v["verb"]["id"], VerbKind::Failed.id());
    assert_eq!(v["result"]["success"], false);
    assert_eq!(v["result"]["completion"], true);
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
    assert_eq!(v["timestamp"], "2026-11-25T10:00:00.000Z");
    assert_eq!(v["verb"]["display"]["en-US"], "passed");
    assert_eq!(v["verb"]["display"]["ja-JP"], "合格");
    assert_eq!(
        v["actor"]["account"]["homePage"],
        "https://localhost/walkthrough/host-1"
    );
    assert_eq!(
        v["context"]["registration"],
        "5eed0000-0000-4000-8000-000000000001"
    );
    assert!(v.get("version").is_none());
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

/// Every statement shape: each mode and ending, the goal met or not, each
/// language the run may be in (en-US, ja-JP, the en-XA pseudo-locale, whose
/// title and words a careless caller might add), with and without skipped
/// steps, seed and time limit.
fn every_shape() -> Vec<RunRecord> {
    let mut all = Vec::new();
    for mode in [RunMode::Guided, RunMode::Exam] {
        for ending in [Ending::Finished, Ending::TimedOut, Ending::Abandoned] {
            for goal_met in [true, false] {
                for language in ["en-US", "ja-JP", "en-XA"] {
                    for skipped in [0, 3] {
                        let mut r = record("aiko", mode, ending);
                        r.goal_met = goal_met;
                        r.language = language.to_owned();
                        r.verb_words = common::ja_verb_words(&r);
                        if language == "en-XA" {
                            r.titles
                                .insert("en-XA".to_owned(), "[Ţő ċŕēąţē]".to_owned());
                            r.verb_words
                                .insert("en-XA".to_owned(), "[ċőṁƥľēţēđ]".to_owned());
                        }
                        r.skipped = skipped;
                        if skipped > 0 {
                            r.seed = None;
                            r.step_times.truncate(2);
                        }
                        all.push(r);
                    }
                }
            }
        }
    }
    all
}

#[test]
fn every_statement_shape_keeps_the_xapi_rules_validators_skip_too() {
    let shapes = every_shape();
    assert_eq!(shapes.len(), 72);
    let statements: Vec<Value> = shapes.iter().map(|r| json(&r.statement())).collect();
    let mut verbs = std::collections::BTreeSet::new();
    for (v, r) in statements.iter().zip(&shapes) {
        assert_valid_xapi(v);
        verbs.insert(v["verb"]["id"].as_str().unwrap().to_owned());
        // Every shipped language has its word for the verb, en-US ADL's;
        // the pseudo-locale none, and the run's language is written without
        // its private-use region.
        let display = v["verb"]["display"].as_object().unwrap();
        assert_eq!(display["en-US"], r.verb().word());
        assert_eq!(display["ja-JP"], r.verb_words["ja-JP"].as_str());
        assert_eq!(display.len(), 2, "{display:?}");
        assert_eq!(
            v["object"]["definition"]["name"].as_object().unwrap().len(),
            2
        );
        let want = if r.language == "en-XA" {
            "en"
        } else {
            r.language.as_str()
        };
        assert_eq!(v["context"]["language"], want);
        assert!(!v.to_string().contains("en-XA"), "{v}");
        assert_eq!(
            v["context"]["extensions"]["urn:walkthrough:xapi:mode"],
            r.mode.as_str()
        );
    }
    // All four verbs occur, and guided runs and exams of one scenario are
    // one activity with one definition.
    assert_eq!(verbs.len(), 4, "{verbs:?}");
    assert_one_definition_per_activity(&statements);
}

#[test]
fn the_rules_catch_what_validators_let_through() {
    let good = json(&record("aiko", RunMode::Exam, Ending::Finished).statement());
    let breaks = |change: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        change(&mut v);
        std::panic::catch_unwind(|| assert_valid_xapi(&v)).is_err()
    };
    assert!(breaks(&|v| v["version"] = Value::from("1.0.3")));
    assert!(breaks(
        &|v| v["timestamp"] = Value::from("2026-11-25T10:00:00.62Z")
    ));
    assert!(breaks(
        &|v| v["timestamp"] = Value::from("2026-11-25T10:00:00Z")
    ));
    assert!(breaks(&|v| {
        v["verb"]["display"] = serde_json::json!({"en-US": "passed"});
    }));
    assert!(breaks(&|v| v["context"]
        .as_object_mut()
        .unwrap()
        .remove("registration")
        .map(drop)
        .unwrap_or(())));
    let mut assessment = good.clone();
    assessment["object"]["definition"]["type"] =
        Value::from("http://adlnet.gov/expapi/activities/assessment");
    let two = [good.clone(), assessment];
    assert!(std::panic::catch_unwind(|| assert_one_definition_per_activity(&two)).is_err());
    // A name map in fewer languages is another definition, as is a verb
    // display in fewer languages.
    let mut english_only = good.clone();
    english_only["object"]["definition"]["name"]
        .as_object_mut()
        .unwrap()
        .remove("ja-JP");
    let two = [good.clone(), english_only];
    assert!(std::panic::catch_unwind(|| assert_one_definition_per_activity(&two)).is_err());
    let mut english_verb = good.clone();
    english_verb["verb"]["display"] = serde_json::json!({"en-US": "passed"});
    let two = [good.clone(), english_verb];
    assert!(std::panic::catch_unwind(|| assert_one_definition_per_activity(&two)).is_err());
    assert!(breaks(&|v| v["context"]["language"] = Value::from("en-XA")));
    assert!(breaks(&|v| {
        v["object"]["definition"]["name"]["en-XA"] = Value::from("[x]");
    }));
    let abandoned = json(&record("aiko", RunMode::Guided, Ending::Abandoned).statement());
    let mut scored = abandoned.clone();
    scored["result"]["score"] = good["result"]["score"].clone();
    assert!(std::panic::catch_unwind(|| assert_valid_xapi(&scored)).is_err());
}

#[test]
fn timestamps_have_three_decimals_always() {
    use walkthrough_records::xapi_timestamp;
    let at = |s: &str| xapi_timestamp(s.parse().unwrap());
    assert_eq!(at("2026-11-25T10:00:53.62Z"), "2026-11-25T10:00:53.620Z");
    assert_eq!(at("2026-11-25T10:00:00Z"), "2026-11-25T10:00:00.000Z");
    assert_eq!(
        at("2026-11-25T19:00:00.123456789+09:00"),
        "2026-11-25T10:00:00.123Z"
    );
}

#[test]
fn the_default_home_page_is_local_to_this_machine() {
    use walkthrough_records::{is_home_page, local_home_page};
    assert_eq!(local_home_page(None), "https://localhost/walkthrough");
    assert_eq!(local_home_page(Some("  ")), "https://localhost/walkthrough");
    assert_eq!(
        local_home_page(Some("Lab-PC.07")),
        "https://localhost/walkthrough/lab-pc.07"
    );
    assert_eq!(
        local_home_page(Some("a b/c?d")),
        "https://localhost/walkthrough/a_b_c_d"
    );
    for name in [None, Some("Lab-PC.07"), Some("教室 1"), Some("..")] {
        assert!(is_home_page(&local_home_page(name)), "{name:?}");
    }
    assert!(is_home_page("https://sso.example.org/"));
    for bad in [
        "",
        "sso.example.org",
        "ftp://x/",
        "https://u:p@sso.example.org/",
        "https://",
    ] {
        assert!(!is_home_page(bad), "{bad}");
    }
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
