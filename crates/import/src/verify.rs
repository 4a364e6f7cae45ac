//! The docs checker on the drafts: their step texts layered over the shipped
//! locale files (or those of `--locales DIR`).

use crate::error::ImportError;
use crate::Draft;
use unic_langid::LanguageIdentifier;
use walkthrough_check::{check_with_sources, Report};
use walkthrough_i18n::{Layer, Localizer};
use walkthrough_portal::PortalOptions;
use walkthrough_scenario::Scenario;

/// What the checker found, and the locales it read (to render the report:
/// they hold the drafts' titles).
#[derive(Debug)]
pub struct Verified {
    /// The findings, in the article's language.
    pub report: Report,
    /// The base locales with the drafts' texts.
    pub localizer: Localizer,
}

/// Checks the drafts against the portal in their language. `base` is the
/// locale files the drafts' texts go over (`Layer::Embedded`, or
/// `Layer::Dir` for `--locales DIR`); a draft's texts replace a base file of
/// the same name (`<lang>/<id>.ftl`).
pub fn verify(
    drafts: &[Draft],
    base: Layer<'_>,
    l10n: &Localizer,
    options: &PortalOptions,
) -> Result<Verified, ImportError> {
    let mut files: Vec<(String, String, String)> = Vec::new();
    let mut scenarios = Vec::new();
    let mut sources: Vec<(String, String)> = Vec::new();
    let mut locales: Vec<LanguageIdentifier> = Vec::new();
    let fallback = l10n.fallback_locale();
    for d in drafts {
        let name = [d.id.as_str(), ".ftl"].concat();
        files.push((d.locale.to_string(), name.clone(), d.ftl(l10n)));
        if d.locale != *fallback {
            // The title, so that the report names the draft in any language.
            files.push((fallback.to_string(), name, d.title_ftl()));
        }
        scenarios.push(d.scenario(l10n, l10n.fallback_locale())?);
        sources.push((d.id.clone(), d.toml(l10n, l10n.fallback_locale())));
        if !locales.contains(&d.locale) {
            locales.push(d.locale.clone());
        }
    }
    let localizer = Localizer::layered(&[base, Layer::Files(&files)])?;
    let source = |s: &Scenario| {
        sources
            .iter()
            .find(|(id, _)| *id == s.id)
            .map(|(_, text)| text.clone())
    };
    let report = check_with_sources(&scenarios, &source, &localizer, &locales, options)
        .map_err(|e| ImportError::Draft(e.to_string()))?;
    Ok(Verified { report, localizer })
}
