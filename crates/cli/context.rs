//! What every command needs: the scenarios, the locales, and the language.

use crate::args::Global;
use crate::error::CliError;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::{Arg, Layer, Localizer, Note};
use walkthrough_portal::{HashParams, PortalOptions, SimulatedClock, ARTICLE_DATE};
use walkthrough_scenario::{escape_controls, Library, LoadError, Models};

/// The loaded scenarios and locales, and the negotiated language.
pub struct Context {
    /// The product models: the embedded ones, and those of `--portals`.
    pub models: Models,
    /// The scenarios (embedded, or from `--scenarios`).
    pub library: Library,
    /// The locales (embedded, or from `--locales`), with the step texts kept
    /// beside the scenarios of `--scenarios`.
    pub localizer: Localizer,
    /// The language everything is shown in.
    pub locale: LanguageIdentifier,
}

impl Context {
    /// Loads scenarios and locales and negotiates the language (from the
    /// environment alone when `lang_is_not_a_language`); prints the one-line
    /// note when the asked-for language is not available. The step texts kept
    /// in `beside` (folders of scenarios a command names, as `check DIR`)
    /// are layered over the locales in the same one load.
    pub fn load(
        global: &Global,
        lang_is_not_a_language: bool,
        beside: &[&Path],
    ) -> Result<Context, CliError> {
        for (flag, dir) in [
            ("--portals", &global.portals),
            ("--locales", &global.locales),
            ("--scenarios", &global.scenarios),
        ] {
            if let Some(dir) = dir.as_deref() {
                CliError::refuse_missing(global, flag, dir)?;
            }
        }
        let models = match &global.portals {
            Some(dir) => Models::from_dir(dir)?,
            None => Models::embedded(),
        };
        // The models' labels first, then the step texts beside scenarios.
        let mut folders: Vec<&Path> = models.label_folders();
        folders.extend(global.scenarios.as_deref());
        folders.extend(beside);
        let localizer = locales(global.locales.as_deref(), &folders)?;
        crate::commands::portals::labels_of(&localizer, &models)?;
        let requested = global.lang.as_deref().filter(|_| !lang_is_not_a_language);
        let env = |k: &str| std::env::var(k).ok();
        let negotiated = match localizer.negotiate(requested, &env) {
            Ok(n) => n,
            Err(e) => {
                // Say it in the language the environment asks for.
                let locale = localizer
                    .negotiate(None, &env)
                    .map(|n| n.locale)
                    .unwrap_or_default();
                return Err(CliError::Said(localizer.describe(&locale, &e)));
            }
        };
        if let Some(note) = &negotiated.note {
            // Named as typed: `x-private`, not the `und` negotiated for it.
            let typed = global.lang.as_ref().filter(|_| !lang_is_not_a_language);
            let note = match (note, typed) {
                (Note::Unsupported { using, .. }, Some(lang)) => Note::Unsupported {
                    requested: lang.typed().to_owned(),
                    using: using.clone(),
                },
                _ => note.clone(),
            };
            let _ = writeln!(
                std::io::stderr(),
                "{}",
                localizer.note(&negotiated.locale, &note)
            );
        }
        if let Some(dir) = global.locales.as_deref() {
            if let Some(note) = missing_from(dir, &localizer, &negotiated.locale) {
                let _ = writeln!(std::io::stderr(), "{}", escape_controls(&note));
            }
        }
        let library = match &global.scenarios {
            Some(dir) => Library::from_paths_with(std::slice::from_ref(dir), &models)?,
            None => Library::embedded()?,
        };
        Ok(Context {
            models,
            library,
            localizer,
            locale: negotiated.locale,
        })
    }

    /// The scenario files and folders `paths` names, read with this
    /// context's product models.
    pub fn library_of(&self, paths: &[std::path::PathBuf]) -> Result<Library, LoadError> {
        Library::from_paths_with(paths, &self.models)
    }

    /// A message in the negotiated language.
    pub fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.localizer.format(&self.locale, id, args)
    }

    /// The messages in the negotiated language, borrowed.
    pub fn words(&self) -> Words<'_> {
        Words {
            localizer: &self.localizer,
            locale: &self.locale,
        }
    }
}

/// Messages in one language, for code that has no whole [`Context`].
#[derive(Clone, Copy)]
pub struct Words<'a> {
    /// The locales.
    pub localizer: &'a Localizer,
    /// The language.
    pub locale: &'a LanguageIdentifier,
}

impl Words<'_> {
    /// A message in this language.
    pub fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.localizer.format(self.locale, id, args)
    }
}

/// The embedded locales or `--locales DIR`, then the `<lang>/*.ftl` of each
/// scenario folder on top.
pub fn locales(dir: Option<&Path>, beside: &[&Path]) -> Result<Localizer, CliError> {
    let mut layers = vec![dir.map_or(Layer::Embedded, Layer::Dir)];
    layers.extend(beside.iter().map(|p| Layer::Beside(p)));
    Ok(Localizer::layered(&layers)?)
}

/// A note when the fallback language of a `--locales DIR` lacks messages
/// the program ships (an empty or half-copied `en-US` folder): those show as
/// `[message-id]`, so the trainer is told how many, with one example, in the
/// shipped words (the folder may not have the note's own message).
fn missing_from(
    dir: &Path,
    localizer: &Localizer,
    shown_in: &LanguageIdentifier,
) -> Option<String> {
    let shipped = Localizer::embedded().ok()?;
    let fallback = shipped.fallback_locale().clone();
    let have: std::collections::HashSet<String> = localizer
        .message_ids(localizer.fallback_locale())
        .into_iter()
        .collect();
    let total = shipped.message_ids(&fallback);
    let missing: Vec<&String> = total.iter().filter(|id| !have.contains(*id)).collect();
    let example = missing.first()?;
    Some(shipped.format(
        shown_in,
        "cli-note-locales-missing",
        &[
            ("folder", Arg::Text(dir.display().to_string())),
            (
                "language",
                Arg::Text(localizer.fallback_locale().to_string()),
            ),
            (
                "count",
                Arg::Number(i64::try_from(missing.len()).unwrap_or(i64::MAX)),
            ),
            (
                "total",
                Arg::Number(i64::try_from(total.len()).unwrap_or(i64::MAX)),
            ),
            ("example", Arg::Text((*example).clone())),
        ],
    ))
}

/// Whether what goes to stdout may be coloured: a terminal, and no `NO_COLOR`
/// (set to the empty string, it counts as unset, as no-color.org says).
pub fn stdout_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Portal options for a trainee's own run (`run`, the start menu): the
/// simulated world starts on the article's date, and secrets are hashed at
/// the production argon2 cost (m=19 MiB, t=2, p=1), as the real service does.
pub fn portal_options(seed: Option<u64>) -> PortalOptions {
    PortalOptions {
        seed,
        clock: Arc::new(SimulatedClock::from_date(ARTICLE_DATE)),
        hash: HashParams::default(),
    }
}

/// Portal options for work that is simulation only (`check`, `import`,
/// `shots`, `play`): as [`portal_options`], but argon2 at its minimal cost
/// ([`HashParams::MINIMAL`]). No finding, draft or screen depends on the cost.
pub fn simulation_options(seed: Option<u64>) -> PortalOptions {
    PortalOptions {
        hash: HashParams::MINIMAL,
        ..portal_options(seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::{check, import, play, shots};

    #[test]
    fn simulations_hash_at_the_minimal_cost_and_a_trainee_s_runs_at_production_cost() {
        let minimal = HashParams::MINIMAL;
        assert_eq!(check::portal_options().hash, minimal);
        assert_eq!(import::portal_options().hash, minimal);
        assert_eq!(play::portal_options(1).hash, minimal);
        assert_eq!(shots::portal_options(1).hash, minimal);
        // `run` and the start menu build theirs with `portal_options`.
        assert_eq!(portal_options(Some(1)).hash, HashParams::default());
        assert_eq!(
            (minimal.m_cost_kib, minimal.t_cost, minimal.p_cost),
            (8, 1, 1)
        );
    }

    #[test]
    fn the_hashes_check_makes_carry_the_minimal_parameters() {
        let library = Library::embedded().expect("embedded scenarios");
        for scenario in library.scenarios() {
            let portal =
                walkthrough_portal::Portal::new(scenario.fixture.clone(), check::portal_options())
                    .expect("portal");
            for phc in portal.stored_hashes() {
                assert!(phc.starts_with("$argon2id$v=19$m=8,t=1,p=1$"), "{phc}");
            }
        }
    }
}
