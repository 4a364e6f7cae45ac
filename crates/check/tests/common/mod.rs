//! Shared set-up for the checker's tests.
#![allow(dead_code, missing_docs, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use walkthrough_check::{check, Finding, Report};
use walkthrough_i18n::Localizer;
use walkthrough_portal::{Date, HashParams, ManualClock, PortalOptions};
use walkthrough_scenario::{Library, Scenario};

pub fn options() -> PortalOptions {
    PortalOptions {
        seed: Some(7),
        clock: Arc::new(ManualClock::at_date(Date::parse("2015-11-19").unwrap())),
        hash: HashParams::TEST_ONLY_MINIMAL,
    }
}

pub fn en() -> LanguageIdentifier {
    "en-US".parse().unwrap()
}

pub fn ja() -> LanguageIdentifier {
    "ja-JP".parse().unwrap()
}

pub fn scenarios() -> Vec<Scenario> {
    Library::embedded().unwrap().scenarios().to_vec()
}

pub fn run(scenarios: &[Scenario], l10n: &Localizer) -> Report {
    check(scenarios, l10n, &[en(), ja()], &options()).unwrap()
}

/// (scenario, step, locale, code) of each finding, in report order.
pub fn keys(report: &Report) -> Vec<(String, Option<usize>, Option<String>, &'static str)> {
    report
        .findings
        .iter()
        .map(|f| (f.scenario.clone(), f.step, f.locale.clone(), f.kind.code()))
        .collect()
}

pub fn find<'a>(
    report: &'a Report,
    scenario: &str,
    step: usize,
    locale: Option<&str>,
    code: &str,
) -> Vec<&'a Finding> {
    report
        .findings
        .iter()
        .filter(|f| {
            f.scenario == scenario
                && f.step == Some(step)
                && f.locale.as_deref() == locale
                && f.kind.code() == code
        })
        .collect()
}

/// A copy of the shipped locales in a fresh folder, for tests that change them.
pub fn locales_copy(name: &str) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let dir = std::env::temp_dir().join(format!("wt-check-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for entry in std::fs::read_dir(&source).unwrap() {
        let lang = entry.unwrap().path();
        let target = dir.join(lang.file_name().unwrap());
        std::fs::create_dir_all(&target).unwrap();
        for file in std::fs::read_dir(&lang).unwrap() {
            let file = file.unwrap().path();
            std::fs::copy(&file, target.join(file.file_name().unwrap())).unwrap();
        }
    }
    dir
}

/// Replaces `from` with `to` in one locale file of a copied locale folder.
pub fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}
