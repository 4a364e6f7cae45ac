//! xAPI 1.0.3 statements: the types (serde), and the statement made from a
//! finished, failed or abandoned run.

use crate::score::{score, ScoreInput};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::time::Duration;
use uuid::Uuid;

/// The xAPI version statements are written for. It travels in the
/// `X-Experience-API-Version` header only: xAPI 1.0.3 §2.4.10 says a Learning
/// Record Provider SHOULD NOT set a statement's `version` (and if it does, it
/// MUST be `1.0.0`), so statements leave it out.
pub const XAPI_VERSION: &str = "1.0.3";
/// The prefix of a scenario's activity IRI: `urn:walkthrough:scenario:<id>`.
pub const ACTIVITY_PREFIX: &str = "urn:walkthrough:scenario:";
/// The prefix of this program's extension IRIs.
pub const EXTENSION_PREFIX: &str = "urn:walkthrough:xapi:";
/// The `homePage` of a trainee's account when no machine name is known: a
/// page on this machine (`localhost`), so the account is plainly a local one.
/// See [`local_home_page`].
pub const LOCAL_HOME_PAGE: &str = "https://localhost/walkthrough";
/// The platform named in each statement's context.
pub const PLATFORM: &str = "walkthrough";
/// The ADL activity type of a scenario, in every mode. One activity id has one
/// definition: guided runs and exams of a scenario are the same activity (a
/// simulation of the portal), told apart by the mode extension of the context
/// ([`EXT_MODE`]).
pub const ACTIVITY_TYPE: &str = "http://adlnet.gov/expapi/activities/simulation";

/// Extension: the mode (`guided`, `exam`).
pub const EXT_MODE: &str = "urn:walkthrough:xapi:mode";
/// Extension: the seed of a repeatable run.
pub const EXT_SEED: &str = "urn:walkthrough:xapi:seed";
/// Extension: the exam's time limit, ISO 8601.
pub const EXT_TIME_LIMIT: &str = "urn:walkthrough:xapi:time-limit";
/// Extension: wrong actions.
pub const EXT_WRONG_ACTIONS: &str = "urn:walkthrough:xapi:wrong-actions";
/// Extension: hints asked for.
pub const EXT_HINTS: &str = "urn:walkthrough:xapi:hints";
/// Extension: steps skipped.
pub const EXT_SKIPPED: &str = "urn:walkthrough:xapi:skipped";
/// Extension: the time each finished step took, ISO 8601 durations.
pub const EXT_STEP_DURATIONS: &str = "urn:walkthrough:xapi:step-durations";
/// Extension: whether the time limit ended the run.
pub const EXT_TIMED_OUT: &str = "urn:walkthrough:xapi:timed-out";

/// An ADL verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbKind {
    /// A guided run done to its end.
    Completed,
    /// An exam whose goal held.
    Passed,
    /// An exam that ended without its goal (time limit, or the goal does not hold).
    Failed,
    /// A run left before its end.
    Attempted,
}

impl VerbKind {
    /// The verb's IRI in the ADL vocabulary.
    pub fn id(self) -> &'static str {
        match self {
            VerbKind::Completed => "http://adlnet.gov/expapi/verbs/completed",
            VerbKind::Passed => "http://adlnet.gov/expapi/verbs/passed",
            VerbKind::Failed => "http://adlnet.gov/expapi/verbs/failed",
            VerbKind::Attempted => "http://adlnet.gov/expapi/verbs/attempted",
        }
    }

    /// The verb's English display word.
    pub fn word(self) -> &'static str {
        match self {
            VerbKind::Completed => "completed",
            VerbKind::Passed => "passed",
            VerbKind::Failed => "failed",
            VerbKind::Attempted => "attempted",
        }
    }
}

/// A run's mode, as far as records are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunMode {
    /// The guide showed each step.
    Guided,
    /// Only the task was shown.
    Exam,
}

impl RunMode {
    /// `guided` or `exam`.
    pub fn as_str(self) -> &'static str {
        match self {
            RunMode::Guided => "guided",
            RunMode::Exam => "exam",
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Done to its end (guided: every step; exam: the goal held, or the
    /// trainee ended it).
    Finished,
    /// The exam's time limit ran out.
    TimedOut,
    /// Left before the end.
    Abandoned,
}

/// Everything a statement says about one run. Holds no secrets: no account
/// password, no app password.
#[derive(Debug, Clone, PartialEq)]
pub struct RunRecord {
    /// Who ran it.
    pub trainee: String,
    /// The scenario's id.
    pub scenario: String,
    /// The scenario's title in every language the program ships (BCP 47
    /// tag → title): the activity's `definition.name`, the same for every
    /// run of the scenario whatever its language, so one activity has one
    /// definition. A private-use tag ([`is_private_use`], the pseudo-locale
    /// `en-XA`) is left out.
    pub titles: BTreeMap<String, String>,
    /// The run's language (BCP 47). A private-use region is written without
    /// it (`en-XA` as `en`, see [`record_language`]).
    pub language: String,
    /// Guided or exam.
    pub mode: RunMode,
    /// How it ended.
    pub ending: Ending,
    /// Whether the scenario's goal held at the end.
    pub goal_met: bool,
    /// How many steps the scenario has.
    pub steps: usize,
    /// How long it took.
    pub duration: Duration,
    /// The time each finished step took.
    pub step_times: Vec<Duration>,
    /// Wrong actions.
    pub wrong_actions: u32,
    /// Hints asked for.
    pub hints: u32,
    /// Steps skipped.
    pub skipped: u32,
    /// The seed of a repeatable run.
    pub seed: Option<u64>,
    /// The exam's time limit.
    pub time_limit: Option<Duration>,
    /// When it ended.
    pub timestamp: jiff::Timestamp,
    /// The verb's word in each language the program ships besides en-US
    /// (BCP 47 tag → word, `ja-JP` → `完了`), shown beside ADL's English word
    /// in `verb.display`: the same display for every statement with that
    /// verb, whatever the run's language. Private-use tags are left out.
    pub verb_words: BTreeMap<String, String>,
    /// The `homePage` of the trainee's account: the system whose login name
    /// [`trainee`](RunRecord::trainee) is (an http(s) URL, see [`local_home_page`]).
    pub home_page: String,
    /// The attempt sequence this run belongs to (`context.registration`): one
    /// per program invocation, so a start-menu session, or one `run` and its
    /// restarts, share it.
    pub registration: Uuid,
}

/// The default `homePage` of a trainee's account: `https://localhost/walkthrough`,
/// with `/<host>` added when the machine's name is known (letters, digits, `-`
/// and `.` kept, anything else as `_`). It says the account is local to one
/// machine: the same login name on two machines is two learners. An
/// organisation sharing one LRS names its own page instead (`--home-page`).
pub fn local_home_page(host: Option<&str>) -> String {
    let host: String = host
        .unwrap_or_default()
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if host.is_empty() || host.chars().all(|c| c == '.') {
        LOCAL_HOME_PAGE.to_owned()
    } else {
        format!("{LOCAL_HOME_PAGE}/{host}")
    }
}

/// Whether `url` can be an account's `homePage`: an absolute http(s) URL with
/// a host, no user name or password in it, no spaces.
pub fn is_home_page(url: &str) -> bool {
    home_page(url).is_some()
}

/// `url` as an account's `homePage`, normalised as RFC 3986 §6.2.2.1 says
/// (scheme and host are case-insensitive): both in lowercase, the rest as
/// given, so `HTTPS://SSO.Example.org/Walk` and `https://sso.example.org/Walk`
/// are one system. `None` when it cannot be one (see [`is_home_page`]).
pub fn home_page(url: &str) -> Option<String> {
    let url = url.trim();
    let uri = url.parse::<ureq::http::Uri>().ok()?;
    let scheme = uri.scheme_str()?.to_ascii_lowercase();
    let web = matches!(scheme.as_str(), "http" | "https");
    let authority = uri.authority()?.as_str();
    if !web || uri.host().is_none_or(str::is_empty) || authority.contains('@') {
        return None;
    }
    let rest = &url[url.find("://")? + 3 + authority.len()..];
    Some(format!(
        "{scheme}://{}{rest}",
        authority.to_ascii_lowercase()
    ))
}

/// Whether the BCP 47 `tag` has a private-use region (ISO 3166-1
/// user-assigned codes `AA`, `QM`–`QZ`, `XA`–`XZ`, `ZZ`), as pseudo-locales
/// do (`en-XA`): such a tag names no language anyone reads, so it never goes
/// into a record's language maps.
pub fn is_private_use(tag: &str) -> bool {
    tag.split(['-', '_']).skip(1).any(|sub| {
        let b = sub.as_bytes();
        b.len() == 2
            && b.iter().all(u8::is_ascii_alphabetic)
            && match sub.to_ascii_uppercase().as_bytes() {
                [b'A', b'A'] | [b'Z', b'Z'] => true,
                [b'Q', c] => (b'M'..=b'Z').contains(c),
                [b'X', _] => true,
                _ => false,
            }
    })
}

/// The run's language as a record says it: `tag`, without a private-use
/// region ([`is_private_use`]: `en-XA` is `en`).
pub fn record_language(tag: &str) -> String {
    if !is_private_use(tag) {
        return tag.to_owned();
    }
    tag.split(['-', '_'])
        .filter(|sub| !is_private_use(&format!("x-{sub}")))
        .collect::<Vec<_>>()
        .join("-")
}

/// A timestamp as statements carry it: RFC 3339 in UTC with exactly three
/// decimals, `2026-11-25T10:00:00.000Z` (finer parts are cut, not rounded).
pub fn xapi_timestamp(ts: jiff::Timestamp) -> String {
    jiff::fmt::temporal::DateTimePrinter::new()
        .precision(Some(3))
        .timestamp_to_string(&ts)
}

impl RunRecord {
    /// The verb: *completed* (guided, finished with the goal holding),
    /// *passed* (exam, finished with the goal holding), *failed* (either mode
    /// finished without the goal, or timed out), *attempted* (left early).
    /// Only *completed* and *passed* carry `result.success: true`.
    pub fn verb(&self) -> VerbKind {
        match (self.ending, self.mode) {
            (Ending::Abandoned, _) => VerbKind::Attempted,
            (Ending::TimedOut, _) => VerbKind::Failed,
            (Ending::Finished, RunMode::Guided) if self.goal_met => VerbKind::Completed,
            (Ending::Finished, RunMode::Guided) => VerbKind::Failed,
            (Ending::Finished, RunMode::Exam) if self.goal_met => VerbKind::Passed,
            (Ending::Finished, RunMode::Exam) => VerbKind::Failed,
        }
    }

    /// The score out of 100 (see [`crate::score`]).
    pub fn score(&self) -> u8 {
        score(&ScoreInput {
            goal_met: self.goal_met && self.ending == Ending::Finished,
            steps: self.steps,
            duration: self.duration,
            wrong_actions: self.wrong_actions,
            hints: self.hints,
            skipped: self.skipped,
        })
    }

    /// The statement, with a new random id.
    pub fn statement(&self) -> Statement {
        self.statement_with_id(Uuid::new_v4())
    }

    /// The statement, with the given id.
    pub fn statement_with_id(&self, id: Uuid) -> Statement {
        let verb = self.verb();
        let name: BTreeMap<String, String> = self
            .titles
            .iter()
            .filter(|(tag, _)| !is_private_use(tag))
            .map(|(tag, title)| (tag.clone(), title.clone()))
            .collect();
        let score = self.score();
        // An abandoned attempt was not judged: it has no score and no success.
        let judged = self.ending != Ending::Abandoned;
        let mut result_ext = BTreeMap::from([
            (
                EXT_WRONG_ACTIONS.to_owned(),
                Value::from(self.wrong_actions),
            ),
            (EXT_HINTS.to_owned(), Value::from(self.hints)),
            (EXT_SKIPPED.to_owned(), Value::from(self.skipped)),
            (
                EXT_STEP_DURATIONS.to_owned(),
                Value::from(
                    self.step_times
                        .iter()
                        .map(|d| iso_duration(*d))
                        .collect::<Vec<_>>(),
                ),
            ),
        ]);
        if self.mode == RunMode::Exam {
            result_ext.insert(
                EXT_TIMED_OUT.to_owned(),
                Value::from(self.ending == Ending::TimedOut),
            );
        }
        let mut context_ext =
            BTreeMap::from([(EXT_MODE.to_owned(), Value::from(self.mode.as_str()))]);
        if let Some(seed) = self.seed {
            context_ext.insert(EXT_SEED.to_owned(), Value::from(seed));
        }
        if let Some(limit) = self.time_limit {
            context_ext.insert(EXT_TIME_LIMIT.to_owned(), Value::from(iso_duration(limit)));
        }
        Statement {
            id,
            actor: Agent {
                object_type: "Agent".to_owned(),
                name: Some(self.trainee.clone()),
                account: Some(Account {
                    home_page: self.home_page.clone(),
                    name: self.trainee.clone(),
                }),
            },
            verb: Verb {
                id: verb.id().to_owned(),
                display: self.verb_display(verb),
            },
            object: Activity {
                object_type: "Activity".to_owned(),
                id: format!("{ACTIVITY_PREFIX}{}", self.scenario),
                definition: Some(ActivityDefinition {
                    name,
                    kind: Some(ACTIVITY_TYPE.to_owned()),
                }),
            },
            result: Some(StatementResult {
                score: judged.then(|| Score {
                    scaled: f64::from(score) / 100.0,
                    raw: f64::from(score),
                    min: 0.0,
                    max: 100.0,
                }),
                success: judged.then_some(
                    matches!(verb, VerbKind::Passed | VerbKind::Completed) && self.goal_met,
                ),
                completion: Some(self.ending == Ending::Finished),
                duration: Some(iso_duration(self.duration)),
                extensions: result_ext,
            }),
            context: Some(Context {
                registration: Some(self.registration),
                platform: Some(PLATFORM.to_owned()),
                language: Some(record_language(&self.language)),
                extensions: context_ext,
            }),
            timestamp: xapi_timestamp(self.timestamp),
            version: None,
        }
    }

    /// `verb.display`: ADL's English word, and the word of each other
    /// language the program ships (never one of a private-use tag).
    fn verb_display(&self, verb: VerbKind) -> BTreeMap<String, String> {
        let mut display = BTreeMap::from([("en-US".to_owned(), verb.word().to_owned())]);
        for (tag, word) in &self.verb_words {
            if !word.is_empty() && !is_private_use(tag) {
                display.entry(tag.clone()).or_insert_with(|| word.clone());
            }
        }
        display
    }
}

/// An xAPI statement (the parts this program writes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// A UUID v4.
    pub id: Uuid,
    /// Who.
    pub actor: Agent,
    /// Did what.
    pub verb: Verb,
    /// To what.
    pub object: Activity,
    /// How it went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<StatementResult>,
    /// In what setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Context>,
    /// When, RFC 3339 / ISO 8601.
    pub timestamp: String,
    /// The xAPI version: never written (see [`XAPI_VERSION`]); read when a
    /// statement from elsewhere has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// The actor: an agent identified by an account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agent {
    /// Always `Agent`.
    #[serde(rename = "objectType")]
    pub object_type: String,
    /// The trainee's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The inverse functional identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Account>,
}

/// An account on a system.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    /// The system's home page (an IRL).
    #[serde(rename = "homePage")]
    pub home_page: String,
    /// The account's name there.
    pub name: String,
}

/// A verb: an IRI and its display words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verb {
    /// The IRI.
    pub id: String,
    /// Language tag → word.
    #[serde(default)]
    pub display: BTreeMap<String, String>,
}

/// The object: a scenario as an activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    /// Always `Activity`.
    #[serde(rename = "objectType", default = "activity")]
    pub object_type: String,
    /// The IRI.
    pub id: String,
    /// Name and type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<ActivityDefinition>,
}

fn activity() -> String {
    "Activity".to_owned()
}

/// An activity's name and type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityDefinition {
    /// Language tag → title.
    #[serde(default)]
    pub name: BTreeMap<String, String>,
    /// The activity type's IRI.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// The result of a statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementResult {
    /// The score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    /// Whether it was a success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Whether it was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion: Option<bool>,
    /// ISO 8601 duration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// IRI → value.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extensions: BTreeMap<String, Value>,
}

/// A score: scaled in −1…1, raw between min and max.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// raw / max.
    pub scaled: f64,
    /// Points.
    pub raw: f64,
    /// The lowest possible.
    pub min: f64,
    /// The highest possible.
    pub max: f64,
}

/// The context of a statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Context {
    /// The attempt sequence (see [`RunRecord::registration`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration: Option<Uuid>,
    /// The program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// The run's language (RFC 5646).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// IRI → value (mode, seed, time limit).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extensions: BTreeMap<String, Value>,
}

impl Statement {
    /// The trainee's name (the account's, else the agent's).
    pub fn trainee(&self) -> &str {
        self.actor
            .account
            .as_ref()
            .map(|a| a.name.as_str())
            .or(self.actor.name.as_deref())
            .unwrap_or("")
    }

    /// The scenario's id (the activity IRI without its prefix).
    pub fn scenario(&self) -> &str {
        self.object
            .id
            .strip_prefix(ACTIVITY_PREFIX)
            .unwrap_or(&self.object.id)
    }

    /// The mode recorded in the context (`guided`, `exam`).
    pub fn mode(&self) -> &str {
        self.context
            .as_ref()
            .and_then(|c| c.extensions.get(EXT_MODE))
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// The run's language.
    pub fn language(&self) -> &str {
        self.context
            .as_ref()
            .and_then(|c| c.language.as_deref())
            .unwrap_or("")
    }

    /// The raw score.
    pub fn score(&self) -> Option<f64> {
        self.result.as_ref()?.score.as_ref().map(|s| s.raw)
    }

    /// The recorded duration.
    pub fn duration(&self) -> Option<Duration> {
        parse_iso_duration(self.result.as_ref()?.duration.as_deref()?)
    }

    /// A whole-number result extension (`EXT_WRONG_ACTIONS`, `EXT_HINTS`, …).
    pub fn count(&self, extension: &str) -> Option<u64> {
        self.result.as_ref()?.extensions.get(extension)?.as_u64()
    }

    /// The time each finished step took, as recorded (empty when not).
    pub fn step_durations(&self) -> Vec<Duration> {
        self.result
            .as_ref()
            .and_then(|r| r.extensions.get(EXT_STEP_DURATIONS))
            .and_then(Value::as_array)
            .map(|all| {
                all.iter()
                    .filter_map(Value::as_str)
                    .filter_map(parse_iso_duration)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The verb's English word (the last part of its IRI).
    pub fn verb_word(&self) -> &str {
        self.verb.id.rsplit('/').next().unwrap_or(&self.verb.id)
    }

    /// The statement as one line of JSON, without the newline.
    pub fn to_line(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }
}

/// `d` as an ISO 8601 duration to the hundredth of a second, as xAPI asks:
/// `PT1H2M3.45S`, `PT4.5S`, `PT0S`.
pub fn iso_duration(d: Duration) -> String {
    let centis = d.as_millis() / 10;
    let (hours, rest) = (centis / 360_000, centis % 360_000);
    let (minutes, rest) = (rest / 6_000, rest % 6_000);
    let (secs, frac) = (rest / 100, rest % 100);
    let mut out = String::from("PT");
    if hours > 0 {
        out.push_str(&format!("{hours}H"));
    }
    if minutes > 0 {
        out.push_str(&format!("{minutes}M"));
    }
    match frac {
        0 if secs == 0 && (hours > 0 || minutes > 0) => {}
        0 => out.push_str(&format!("{secs}S")),
        f if f % 10 == 0 => out.push_str(&format!("{secs}.{}S", f / 10)),
        f => out.push_str(&format!("{secs}.{f:02}S")),
    }
    out
}

/// Reads an ISO 8601 duration of the time part (`PT…H…M…S`, and days `P…D`);
/// `None` when it is not one.
pub fn parse_iso_duration(s: &str) -> Option<Duration> {
    let rest = s.strip_prefix('P')?;
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    if date.is_empty() && time.is_none_or(str::is_empty) {
        return None;
    }
    let mut total = 0.0f64;
    let mut take = |part: &str, units: &[(char, f64)]| -> Option<()> {
        let mut number = String::new();
        let mut allowed = units.iter();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
                continue;
            }
            let (_, factor) = allowed.by_ref().find(|(u, _)| *u == c)?;
            total += number.parse::<f64>().ok()? * factor;
            number.clear();
        }
        number.is_empty().then_some(())
    };
    take(date, &[('D', 86_400.0)])?;
    if let Some(time) = time {
        take(time, &[('H', 3_600.0), ('M', 60.0), ('S', 1.0)])?;
    }
    if !total.is_finite() || !(0.0..=1e12).contains(&total) {
        return None;
    }
    // Whole milliseconds: 83.45 s is 83 450 ms, not 83 449.999….
    Some(Duration::from_millis((total * 1000.0).round() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_home_page_has_its_scheme_and_host_in_lowercase() {
        assert_eq!(
            home_page(" HTTPS://SSO.Example.ORG:8443/Walk?Q=A ").as_deref(),
            Some("https://sso.example.org:8443/Walk?Q=A")
        );
        assert_eq!(home_page("http://Host").as_deref(), Some("http://host"));
        for bad in [
            "ftp://host/",
            "https://u:p@host/",
            "https:///x",
            "not a url",
            "",
        ] {
            assert_eq!(home_page(bad), None, "{bad}");
        }
    }

    #[test]
    fn private_use_regions_never_go_into_a_record() {
        for tag in ["en-XA", "ar-XB", "en-ZZ", "de-QM", "en-AA", "en_XA"] {
            assert!(is_private_use(tag), "{tag}");
        }
        for tag in ["en-US", "ja-JP", "ja", "zh-Hant-TW", "x-klingon", "en-XAA"] {
            assert!(!is_private_use(tag), "{tag}");
        }
        assert_eq!(record_language("en-XA"), "en");
        assert_eq!(record_language("ja-JP"), "ja-JP");
    }

    #[test]
    fn durations_are_iso_8601_to_the_hundredth() {
        assert_eq!(iso_duration(Duration::ZERO), "PT0S");
        assert_eq!(iso_duration(Duration::from_millis(4_500)), "PT4.5S");
        assert_eq!(iso_duration(Duration::from_millis(83_456)), "PT1M23.45S");
        assert_eq!(iso_duration(Duration::from_secs(3_723)), "PT1H2M3S");
        assert_eq!(iso_duration(Duration::from_secs(300)), "PT5M");
        for d in ["PT0S", "PT4.5S", "PT1M23.45S", "PT1H2M3S", "P1DT1S"] {
            assert!(parse_iso_duration(d).is_some(), "{d}");
        }
        assert_eq!(
            parse_iso_duration("PT1M23.45S"),
            Some(Duration::from_millis(83_450))
        );
        for bad in ["", "P", "PT", "T1S", "PT1X", "PT1S2", "1S", "PTS1"] {
            assert_eq!(parse_iso_duration(bad), None, "{bad}");
        }
    }
}
