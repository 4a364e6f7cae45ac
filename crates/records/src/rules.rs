//! The xAPI 1.0.3 rules statements must keep, as test assertions (feature
//! `xapi-rules`): what validators check (required properties, one inverse
//! functional identifier, IRIs, language maps, ISO 8601 durations, score
//! ranges) and what they skip (no `version`, `verb.display` in the run's
//! language, fixed-millisecond timestamps, one definition per activity id,
//! one display per verb, no pseudo-locale, no score for an abandoned run).
//! Each function panics naming the rule a statement breaks.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use crate::statement::is_private_use;
use serde_json::Value;

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
    // result: an abandoned attempt (attempted) was not judged, so it has
    // neither score nor success; every other has both.
    let result = &v["result"];
    if verb.ends_with("/attempted") {
        assert!(
            result.get("score").is_none(),
            "no score when abandoned: {v}"
        );
        assert!(
            result.get("success").is_none(),
            "no success when abandoned: {v}"
        );
    } else {
        let score = &result["score"];
        let (scaled, raw, min, max) = (
            score["scaled"].as_f64().unwrap(),
            score["raw"].as_f64().unwrap(),
            score["min"].as_f64().unwrap(),
            score["max"].as_f64().unwrap(),
        );
        assert!((-1.0..=1.0).contains(&scaled));
        assert!(min <= raw && raw <= max && min < max);
        assert!(result["success"].is_boolean());
    }
    assert!(result["completion"].is_boolean());
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
    // registration: a UUID.
    let registration = context["registration"].as_str().expect("a registration");
    assert!(
        uuid::Uuid::parse_str(registration).is_ok(),
        "{registration}"
    );
    // timestamp: RFC 3339 in UTC with exactly three decimals, so the same
    // instant is always the same text.
    let ts = v["timestamp"].as_str().unwrap();
    assert!(ts.parse::<jiff::Timestamp>().is_ok(), "{ts}");
    assert!(is_millisecond_timestamp(ts), "fixed milliseconds: {ts}");
    // version: 1.0.3 §2.4.10, an LRP SHOULD NOT set it (and if it does,
    // it MUST be 1.0.0): never set.
    assert!(obj.get("version").is_none(), "no version: {v}");
    // Language maps: in every shipped real language, never in a private-use
    // one (the pseudo-locale en-XA); the run's language has no private-use
    // region either.
    assert!(!is_private_use(lang), "context.language {lang}");
    for map in [&v["verb"]["display"], &v["object"]["definition"]["name"]] {
        let map = map.as_object().unwrap();
        for tag in SHIPPED {
            assert!(map.contains_key(tag), "{tag} in {map:?}");
        }
        for tag in map.keys() {
            assert!(!is_private_use(tag), "{tag} in {map:?}");
        }
    }
    // Never a secret.
    let text = v.to_string();
    for secret in ["Pa55word!", "password\"", "qzmvtxkbrhwpnlsd"] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ`.
pub fn is_millisecond_timestamp(ts: &str) -> bool {
    let b = ts.as_bytes();
    let digits = |r: std::ops::Range<usize>| r.into_iter().all(|i| b[i].is_ascii_digit());
    b.len() == 24
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && b[19] == b'.'
        && digits(20..23)
        && b[23] == b'Z'
}

/// The languages the program ships with real translations: every language
/// map holds each of them.
pub const SHIPPED: [&str; 2] = ["en-US", "ja-JP"];

/// Panics unless every activity id in `statements` has one definition (the
/// same type and the same name map, in the same languages) and every verb
/// id one display map, whatever the language of each run.
pub fn assert_one_definition_per_activity(statements: &[Value]) {
    use std::collections::BTreeMap;
    let mut definitions: BTreeMap<String, Value> = BTreeMap::new();
    let mut displays: BTreeMap<String, Value> = BTreeMap::new();
    for v in statements {
        let id = v["object"]["id"].as_str().unwrap().to_owned();
        let def = &v["object"]["definition"];
        let first = definitions.entry(id.clone()).or_insert_with(|| def.clone());
        assert_eq!(first, def, "{id}: two definitions");
        let verb = v["verb"]["id"].as_str().unwrap().to_owned();
        let display = &v["verb"]["display"];
        let first = displays
            .entry(verb.clone())
            .or_insert_with(|| display.clone());
        assert_eq!(first, display, "{verb}: two displays");
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
