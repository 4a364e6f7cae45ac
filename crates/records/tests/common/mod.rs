//! A run record for tests, and the xAPI 1.0.3 rules the statements must keep.
#![allow(dead_code, clippy::unwrap_used)]

use serde_json::Value;
use std::time::Duration;
use walkthrough_records::{Ending, RunMode, RunRecord};

pub fn record(trainee: &str, mode: RunMode, ending: Ending) -> RunRecord {
    RunRecord {
        trainee: trainee.to_owned(),
        scenario: "app-password-create".to_owned(),
        title: "Office 365 ポータルでアプリ パスワードを作成するには".to_owned(),
        title_en: Some("To create an app password in the Office 365 portal".to_owned()),
        language: "ja-JP".to_owned(),
        mode,
        ending,
        goal_met: ending == Ending::Finished,
        steps: 8,
        duration: Duration::from_millis(83_456),
        step_times: vec![Duration::from_millis(10_250); 8],
        wrong_actions: 2,
        hints: 1,
        skipped: 0,
        seed: Some(7),
        time_limit: (mode == RunMode::Exam).then(|| Duration::from_secs(300)),
        timestamp: "2026-11-25T10:00:00Z".parse().unwrap(),
    }
}

/// `scheme:rest`, scheme per RFC 3987, no spaces.
pub fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !s.chars().any(char::is_whitespace)
}

/// An ISO 8601 duration as xAPI writes it: `P[nD][T[nH][nM][n[.n]S]]`.
pub fn is_iso_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('P') else {
        return false;
    };
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    let ok = |part: &str, units: &str| {
        let mut number = String::new();
        let mut order = units.chars();
        for c in part.chars() {
            if c.is_ascii_digit() || (c == '.' && !number.is_empty()) {
                number.push(c);
            } else if number.is_empty() || !order.any(|u| u == c) {
                return false;
            } else {
                number.clear();
            }
        }
        number.is_empty()
    };
    (!date.is_empty() || !time.is_empty())
        && ok(date, "D")
        && ok(time, "HMS")
        && !(rest.contains('T') && time.is_empty())
}

/// The ADL verbs this program may use.
pub const VERBS: [&str; 4] = [
    "http://adlnet.gov/expapi/verbs/completed",
    "http://adlnet.gov/expapi/verbs/passed",
    "http://adlnet.gov/expapi/verbs/failed",
    "http://adlnet.gov/expapi/verbs/attempted",
];

/// Panics with the rule a statement (as JSON) breaks.
pub fn assert_valid_xapi(v: &Value) {
    let obj = v.as_object().expect("a statement is an object");
    // Required properties.
    for key in ["id", "actor", "verb", "object"] {
        assert!(obj.contains_key(key), "missing {key}: {v}");
    }
    // id: a UUID, lowercase hyphenated, version 4.
    let id = v["id"].as_str().unwrap();
    let uuid = uuid::Uuid::parse_str(id).expect("id is a UUID");
    assert_eq!(uuid.get_version_num(), 4);
    assert_eq!(id, uuid.hyphenated().to_string());
    // actor: an Agent with exactly one inverse functional identifier.
    let actor = &v["actor"];
    assert_eq!(actor["objectType"], "Agent");
    let ifis = ["mbox", "mbox_sha1sum", "openid", "account"]
        .iter()
        .filter(|k| actor.get(**k).is_some())
        .count();
    assert_eq!(ifis, 1, "exactly one IFI: {actor}");
    let account = &actor["account"];
    assert!(account["name"].as_str().is_some_and(|n| !n.is_empty()));
    let home = account["homePage"].as_str().unwrap();
    assert!(
        home.starts_with("http://") || home.starts_with("https://"),
        "homePage is an IRL"
    );
    // verb: an ADL IRI and a language map.
    let verb = v["verb"]["id"].as_str().unwrap();
    assert!(VERBS.contains(&verb), "{verb}");
    assert_language_map(&v["verb"]["display"]);
    // object: an Activity with an IRI and a language map name.
    assert_eq!(v["object"]["objectType"], "Activity");
    assert!(is_iri(v["object"]["id"].as_str().unwrap()));
    assert_language_map(&v["object"]["definition"]["name"]);
    assert!(is_iri(v["object"]["definition"]["type"].as_str().unwrap()));
    // result.
    let result = &v["result"];
    let score = &result["score"];
    let (scaled, raw, min, max) = (
        score["scaled"].as_f64().unwrap(),
        score["raw"].as_f64().unwrap(),
        score["min"].as_f64().unwrap(),
        score["max"].as_f64().unwrap(),
    );
    assert!((-1.0..=1.0).contains(&scaled));
    assert!(min <= raw && raw <= max && min < max);
    assert!(result["success"].is_boolean() && result["completion"].is_boolean());
    assert!(
        is_iso_duration(result["duration"].as_str().unwrap()),
        "{}",
        result["duration"]
    );
    for key in result["extensions"].as_object().unwrap().keys() {
        assert!(is_iri(key), "{key}");
    }
    // context: language is a tag, extensions keyed by IRIs.
    let context = &v["context"];
    let lang = context["language"].as_str().unwrap();
    assert!(lang.parse::<unic_like::Tag>().is_ok(), "{lang}");
    for key in context["extensions"].as_object().unwrap().keys() {
        assert!(is_iri(key), "{key}");
    }
    // timestamp: RFC 3339 with a time zone.
    let ts = v["timestamp"].as_str().unwrap();
    assert!(ts.parse::<jiff::Timestamp>().is_ok(), "{ts}");
    assert!(v["version"].as_str().unwrap().starts_with("1.0."));
    // Never a secret.
    let text = v.to_string();
    for secret in ["Pa55word!", "password\"", "qzmvtxkbrhwpnlsd"] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
}

fn assert_language_map(v: &Value) {
    let map = v.as_object().expect("a language map");
    assert!(!map.is_empty());
    for (tag, text) in map {
        assert!(tag.parse::<unic_like::Tag>().is_ok(), "{tag}");
        assert!(text.is_string());
    }
}

/// A small RFC 5646 shape check: letters, then letter/digit subtags.
mod unic_like {
    pub struct Tag;
    impl std::str::FromStr for Tag {
        type Err = ();
        fn from_str(s: &str) -> Result<Tag, ()> {
            let mut parts = s.split('-');
            let first = parts.next().ok_or(())?;
            let lang_ok =
                (2..=8).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic());
            let rest_ok = parts.all(|p| {
                (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())
            });
            (lang_ok && rest_ok).then_some(Tag).ok_or(())
        }
    }
}
