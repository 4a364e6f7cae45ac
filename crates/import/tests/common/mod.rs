//! Shared set-up for the importer's tests.
#![allow(dead_code, missing_docs, clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use walkthrough_check::Report;
use walkthrough_i18n::Localizer;
use walkthrough_import::{choose_language, draft, Article, Drafts, ImportError};
use walkthrough_portal::{Date, HashParams, ManualClock, PortalOptions};
use walkthrough_scenario::{Library, Scenario};

pub fn options() -> PortalOptions {
    PortalOptions {
        seed: Some(7),
        clock: Arc::new(ManualClock::at_date(Date::parse("2015-11-19").unwrap())),
        hash: HashParams::TEST_ONLY_MINIMAL,
    }
}

pub fn l10n() -> Localizer {
    Localizer::embedded().unwrap()
}

pub fn lang(s: &str) -> LanguageIdentifier {
    s.parse().unwrap()
}

pub fn seed_path() -> PathBuf {
    fixture("app-passwords.ja-JP.txt")
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn shipped(id: &str) -> Scenario {
    Library::embedded().unwrap().get(id).unwrap().clone()
}

/// Reads and drafts an article's text as the command does (language from
/// `--lang` when given, else detected; en-US as the negotiated default).
pub fn import(text: &str, requested: Option<&str>) -> Result<Drafts, ImportError> {
    let l = l10n();
    let article = Article::parse(text).map_err(|e| ImportError::article("article.md", e))?;
    let (locale, _) = choose_language(&article, &l, requested, &lang("en-US"))?;
    draft(&article, "article.md", &l, &locale, &options())
}

/// The draft's scenario, as the loader reads it.
pub fn scenario(d: &walkthrough_import::Draft) -> Scenario {
    let l = l10n();
    d.scenario(&l, &lang("en-US")).unwrap()
}

/// (step, code) of each finding for one scenario.
pub fn keys(report: &Report, scenario: &str) -> BTreeSet<(Option<usize>, &'static str)> {
    report
        .findings
        .iter()
        .filter(|f| f.scenario == scenario)
        .map(|f| (f.step, f.kind.code()))
        .collect()
}

/// A fresh folder under the temp dir, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("wt-import-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
