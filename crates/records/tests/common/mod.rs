//! A run record for tests, and the xAPI 1.0.3 rules the statements must keep.
#![allow(dead_code, clippy::unwrap_used)]

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
        verb_display: Some(
            match (mode, ending) {
                (_, Ending::Abandoned) => "中断",
                (RunMode::Guided, _) => "完了",
                (RunMode::Exam, Ending::Finished) => "合格",
                (RunMode::Exam, Ending::TimedOut) => "不合格",
            }
            .to_owned(),
        ),
        home_page: "https://localhost/walkthrough/host-1".to_owned(),
        registration: uuid::Uuid::from_u128(0x5eed_0000_0000_4000_8000_0000_0000_0001),
    }
}

pub use walkthrough_records::rules::*;
