//! Checks written procedure steps against the mock portal, in every language,
//! for documentation teams: where the text and the product disagree, step by
//! step and locale by locale, with the fix each finding suggests.
//!
//! One auto-run per scenario serves every locale (the argon2 work is done
//! once); the text of each step is then read in each locale. This crate never
//! touches the terminal; `report` renders findings as text or JSON.

mod finding;
mod report;
mod rules;
pub mod svg;
pub mod text;

pub use finding::{Finding, Kind, Named, Severity};
pub use report::Report;
pub use rules::UNRESOLVED_MARKER;

use unic_langid::LanguageIdentifier;
use walkthrough_i18n::Localizer;
use walkthrough_portal::PortalOptions;
use walkthrough_scenario::{auto_run, RunError, Scenario};

/// Checks every scenario in every locale given. A scenario's file (its
/// `origin`) is read again for the `# UNRESOLVED:` markers `walkthrough
/// import` writes; each marked step is an error.
pub fn check(
    scenarios: &[Scenario],
    l10n: &Localizer,
    locales: &[LanguageIdentifier],
    options: &PortalOptions,
) -> Result<Report, RunError> {
    let read = |s: &Scenario| std::fs::read_to_string(&s.origin).ok();
    check_with_sources(scenarios, &read, l10n, locales, options)
}

/// [`check`], with each scenario's TOML source given by `source` (`None`:
/// no markers to look for), for scripts that are not (yet) files.
pub fn check_with_sources(
    scenarios: &[Scenario],
    source: &dyn Fn(&Scenario) -> Option<String>,
    l10n: &Localizer,
    locales: &[LanguageIdentifier],
    options: &PortalOptions,
) -> Result<Report, RunError> {
    let mut findings = Vec::new();
    for scenario in scenarios {
        let transcript = auto_run(scenario, options.clone())?;
        let text = source(scenario);
        findings.extend(rules::check_scenario(
            scenario,
            &transcript,
            text.as_deref(),
            l10n,
            locales,
        ));
    }
    findings.sort_by(|a, b| {
        (
            a.scenario.as_str(),
            a.step.unwrap_or(0),
            a.severity,
            a.locale.as_deref(),
        )
            .cmp(&(
                b.scenario.as_str(),
                b.step.unwrap_or(0),
                b.severity,
                b.locale.as_deref(),
            ))
    });
    Ok(Report {
        locales: locales.to_vec(),
        scenarios: scenarios
            .iter()
            .map(|s| (s.id.clone(), s.title.clone()))
            .collect(),
        findings,
        models: scenarios
            .iter()
            .map(|s| (s.id.clone(), s.model()))
            .collect(),
    })
}
