//! docs/scenario-format.md stays true: its complete example loads and runs to its
//! goal, and its error sample is what the loader prints.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use walkthrough_portal::{Date, HashParams, ManualClock, PortalOptions};
use walkthrough_scenario::{auto_run, parse};

const DOC: &str = include_str!("../../../docs/scenario-format.md");

/// The fenced block of `lang` after `heading`.
fn block(heading: &str, lang: &str) -> String {
    let after = &DOC[DOC.find(heading).unwrap()..];
    let start = after.find(&format!("```{lang}\n")).unwrap() + lang.len() + 4;
    let len = after[start..].find("```").unwrap();
    after[start..start + len].to_owned()
}

#[test]
fn the_complete_example_loads_and_reaches_its_goal() {
    let scenario = parse("example.toml", &block("## A complete example", "toml")).unwrap();
    assert_eq!(scenario.steps.len(), 8);
    let options = PortalOptions {
        seed: Some(1),
        clock: Arc::new(ManualClock::at_date(Date::parse("2015-11-19").unwrap())),
        hash: HashParams::TEST_ONLY_MINIMAL,
    };
    let transcript = auto_run(&scenario, options).unwrap();
    assert!(transcript.succeeded(), "{:?}", transcript.failure);
}

#[test]
fn the_error_sample_is_what_the_loader_prints() {
    // The sample is the complete example with one typo.
    let text =
        block("## A complete example", "toml").replacen("suite.settings", "suite.setings", 1);
    let shown = parse("scenarios/mine.toml", &text).unwrap_err().to_string();
    assert_eq!(shown.trim_end(), block("## Errors", "text").trim_end());
}
