//! A run record for tests, and the xAPI 1.0.3 rules the statements must keep.
#![allow(dead_code, clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::time::Duration;

/// The scenario's title in en-US and ja-JP.
pub fn titles() -> BTreeMap<String, String> {
    BTreeMap::from([
        (
            "en-US".to_owned(),
            "To create an app password in the Office 365 portal".to_owned(),
        ),
        (
            "ja-JP".to_owned(),
            "Office 365 ポータルでアプリ パスワードを作成するには".to_owned(),
        ),
    ])
}
use walkthrough_records::{Ending, RunMode, RunRecord, VerbKind};

/// The verb's word in ja-JP, as the program's locales give it.
pub fn ja_verb_words(r: &RunRecord) -> BTreeMap<String, String> {
    let word = match r.verb() {
        VerbKind::Completed => "完了",
        VerbKind::Passed => "合格",
        VerbKind::Failed => "不合格",
        VerbKind::Attempted => "中断",
    };
    BTreeMap::from([("ja-JP".to_owned(), word.to_owned())])
}

pub fn record(trainee: &str, mode: RunMode, ending: Ending) -> RunRecord {
    let mut r = RunRecord {
        trainee: trainee.to_owned(),
        scenario: "app-password-create".to_owned(),
        titles: titles(),
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
        verb_words: BTreeMap::new(),
        home_page: "https://localhost/walkthrough/host-1".to_owned(),
        registration: uuid::Uuid::from_u128(0x5eed_0000_0000_4000_8000_0000_0000_0001),
    };
    r.verb_words = ja_verb_words(&r);
    r
}

pub use walkthrough_records::rules::*;
