//! Drafts step scripts from written procedure articles, for documentation
//! teams who start from the article rather than from TOML.
//!
//! [`Article`] reads the article with a Markdown parser: front matter
//! (`<properties …/>`, `<tags …/>`), the headings that start procedures, and
//! their numbered steps, as Markdown lists or HTML `<ol><li>` (closed or not).
//! [`draft`] then follows the mock portal step by step from the screen the
//! previous step left, matching the labels each step names and its location
//! words against the elements on screen (or a short route away), in the
//! article's language. A step it cannot resolve is marked, never guessed.
//! [`write`] puts each draft's step script and step texts in a folder, and
//! [`verify`] runs the docs checker on them.
//!
//! It never touches the terminal, and holds no display text: what it says
//! comes from Fluent (`locales/<lang>/import.ftl`), as do the words it reads
//! articles by (`import-words-*`).

mod article;
mod draft;
mod error;
mod infer;
mod language;
mod reading;
mod verify;
mod versions;

pub use article::{
    Article, ArticleError, Procedure, WrittenStep, MAX_ARTICLE_BYTES, MAX_HEADING_CHARS, MAX_STEPS,
    MAX_STEP_CHARS,
};
pub use draft::{Draft, DraftStep, Note, StepStatus, Unresolved};
pub use error::ImportError;
pub use infer::{sample_fixture, MAX_ROUTE, NAME};
pub use language::{choose_language, choose_language_among, LanguageSource};
pub use verify::{verify, Verified};
pub use versions::{versions, Drift, Fit, ProcedureVersions, StepVersions};
pub use walkthrough_i18n::Layer;

use draft::DraftStep as Step;
use infer::Inferrer;
use reading::{find_labels, Vocabulary};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use walkthrough_check::text::{abbreviates, normalize};
use walkthrough_i18n::Localizer;
use walkthrough_portal::catalog::Spec;
use walkthrough_portal::model::{Click, Effect};
use walkthrough_portal::{Fixture, Model, Portal, PortalOptions};
use walkthrough_scenario::{auto_run, Goal, Scenario, ScriptAction, Template};

/// The drafts of one article, and what was left out.
#[derive(Debug, Clone)]
pub struct Drafts {
    /// One per procedure that names something in the portal.
    pub drafts: Vec<Draft>,
    /// Procedures that name nothing in the portal: (position from 1, title).
    pub skipped: Vec<(usize, String)>,
    /// Numbered items with no text (their lines).
    pub empty_steps: Vec<usize>,
    /// Procedures that do not describe the modelled portal: no draft.
    pub elsewhere: Vec<Elsewhere>,
}

/// A procedure the portal explains too little of to be about it (an article
/// about another product): fewer than [`EXPLAINED`] of its steps, or at
/// least that share of the names it quotes (two or more) not in the portal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Elsewhere {
    /// Position in the article, from 1.
    pub number: usize,
    /// Its heading.
    pub title: String,
    /// Steps that ask for something and that the portal explains (resolved,
    /// every control they name one the portal has).
    pub explained: usize,
    /// Its steps that ask for something (those that only describe left out).
    pub steps: usize,
    /// What its steps quote that the portal has no label for (nor one near it).
    pub not_found: Vec<String>,
}

/// The share of a procedure's steps the portal must explain for a draft: below
/// it, the procedure is about something else.
pub const EXPLAINED: f64 = 0.5;

/// Drafts a scenario for each procedure of `article`, read in `locale`,
/// against the 2015 portal. `source` names the article in the drafts'
/// comments and in errors.
pub fn draft(
    article: &Article,
    source: &str,
    l10n: &Localizer,
    locale: &LanguageIdentifier,
    options: &PortalOptions,
) -> Result<Drafts, ImportError> {
    draft_for(
        &Model::office365_2015(),
        article,
        source,
        l10n,
        locale,
        options,
    )
}

/// The portal a procedure is followed on: `model`, from `fixture`.
pub(crate) fn portal_for(
    model: &Arc<Model>,
    fixture: &Fixture,
    options: &PortalOptions,
) -> Result<Portal, ImportError> {
    Portal::with_model(Arc::clone(model), fixture.clone(), options.clone())
        .map_err(|e| ImportError::Draft(e.to_string()))
}

/// As [`draft`], against the product model `model`: each procedure is
/// followed on a portal that runs it.
pub fn draft_for(
    model: &Arc<Model>,
    article: &Article,
    source: &str,
    l10n: &Localizer,
    locale: &LanguageIdentifier,
    options: &PortalOptions,
) -> Result<Drafts, ImportError> {
    let inferrer = Inferrer {
        l10n,
        locale,
        vocabulary: Vocabulary::load(l10n, locale),
        fixture: sample_fixture(),
        model: Arc::clone(model),
    };
    let mut drafts: Vec<Draft> = Vec::new();
    let mut skipped = Vec::new();
    let mut elsewhere = Vec::new();
    let mut ids = BTreeSet::new();
    let mut carried: Option<Carried> = None;
    let known: Vec<String> = model
        .specs()
        .filter(|s| l10n.variables(locale, s.label).is_empty())
        .map(|s| l10n.format(locale, s.label, &[]))
        .collect();
    for (i, procedure) in article.procedures.iter().enumerate() {
        let title = procedure
            .title
            .clone()
            .or_else(|| article.property("pageTitle").map(str::to_owned))
            .unwrap_or_else(|| file_stem(source));
        let mut draft = Draft {
            id: String::new(),
            title: title.clone(),
            number: i + 1,
            line: procedure.line,
            source: file_name(source),
            locale: locale.clone(),
            steps: procedure
                .steps
                .iter()
                .enumerate()
                .map(|(n, s)| Step::new(n + 1, s.text.clone(), s.line))
                .collect(),
            fixture: sample_fixture(),
            params: Vec::new(),
            goal: Goal::default(),
            stopped_at: None,
            model: Arc::clone(model),
        };
        let mut portal = portal_for(model, &sample_fixture(), options)?;
        let blank = draft.clone();
        let cost = inferrer.steps(&mut portal, &mut draft);
        // A procedure whose first step the portal cannot follow from the
        // start may carry on from the procedure before ("Name it" after
        // "Open the Create dialog"): planned from where that one ends too,
        // and taken when that explains more. Its draft is that procedure's
        // steps, then its own, the first of them saying so: it runs alone,
        // and each action stands under the words that ask for it.
        let first_unresolved = draft
            .steps
            .iter()
            .find(|s| s.status != StepStatus::Describes)
            .is_some_and(|s| matches!(s.status, StepStatus::Unresolved(_)));
        if let (true, Some(before)) = (first_unresolved, carried.as_ref()) {
            let mut carried_draft = blank;
            let shift = before.steps.len();
            for step in &mut carried_draft.steps {
                step.number += shift;
            }
            let mut carried_portal = before.portal.clone();
            if inferrer.steps(&mut carried_portal, &mut carried_draft) < cost {
                if let Some(first) = carried_draft.steps.first_mut() {
                    first.notes.insert(
                        0,
                        draft::Note::CarriesOn {
                            procedure: before.number,
                            title: before.title.clone(),
                            steps: shift,
                        },
                    );
                }
                let own = std::mem::take(&mut carried_draft.steps);
                carried_draft.steps = before.steps.iter().cloned().chain(own).collect();
                draft = carried_draft;
                portal = carried_portal;
            }
        }
        if draft.steps.iter().all(|s| s.actions.is_empty()) {
            skipped.push((i + 1, title));
            // Only the procedure right before is carried on from.
            carried = None;
            continue;
        }
        // A step is explained when it is resolved (or only describes) and
        // every control it names is one the portal has.
        let names_of = |text: &str| -> Vec<String> {
            walkthrough_check::text::quotes(text)
                .into_iter()
                .map(|q| q.text)
                .chain(inferrer.vocabulary.named_objects(text))
                .collect()
        };
        let absent = |name: &str| {
            let n = normalize(name);
            !reading::near_any(name, &known, &inferrer.vocabulary.same)
                && !known
                    .iter()
                    .any(|k| normalize(k).starts_with(&n) || abbreviates(name, k))
        };
        // Only steps that ask for something count: a step that describes
        // explains nothing about the portal ("A new password is shown" is
        // as true of any product).
        let acting: Vec<_> = draft
            .steps
            .iter()
            .filter(|s| s.status != StepStatus::Describes || !s.actions.is_empty())
            .collect();
        let explained = acting
            .iter()
            .filter(|s| !matches!(s.status, StepStatus::Unresolved(_)))
            .filter(|s| !names_of(&s.text).iter().any(|n| absent(n)))
            .count();
        // The names the steps give: quoted, or (unquoted) the object of an
        // action verb.
        let named: Vec<String> = draft.steps.iter().flat_map(|s| names_of(&s.text)).collect();
        let not_found: Vec<String> = named
            .iter()
            .cloned()
            .fold(Vec::new(), |mut v, q| {
                if !v.contains(&q) {
                    v.push(q);
                }
                v
            })
            .into_iter()
            .filter(|q| absent(q))
            .collect();
        let quoted = named
            .iter()
            .map(|q| normalize(q))
            .collect::<BTreeSet<String>>()
            .len();
        // Few steps explained, or most of what the steps quote missing from
        // the portal (steps a route could still make work).
        let few = (explained as f64) < EXPLAINED * acting.len() as f64;
        let unknown = not_found.len() >= 2 && (not_found.len() as f64) >= EXPLAINED * quoted as f64;
        if few || unknown {
            elsewhere.push(Elsewhere {
                number: i + 1,
                title,
                explained,
                steps: acting.len(),
                not_found,
            });
            carried = None;
            continue;
        }
        name_steps(&mut draft);
        // An id whose messages (`<id>-<step>`) are not those of a shipped
        // scenario: `app-password` + `delete-confirmation` would redefine
        // `app-password-delete` + `confirmation`.
        // The controls the procedure acts on, as the model's specs.
        let acted: Vec<&str> = draft
            .steps
            .iter()
            .flat_map(|s| &s.actions)
            .filter_map(ScriptAction::element)
            .filter_map(|id| model.element(id).map(|e| e.spec.id))
            .collect();
        let base = procedure_id(model, &title, &acted, l10n, locale, i + 1);
        let mut n = 1;
        draft.id = loop {
            let id = unique(&mut ids, base.clone());
            let taken = |m: &str| {
                let m = [id.as_str(), "-", m].concat();
                l10n.has_message(locale, &m) || l10n.has_message(l10n.fallback_locale(), &m)
            };
            if !(taken("title") || taken("task") || draft.steps.iter().any(|s| taken(&s.id))) {
                break id;
            }
            n += 1;
            ids.insert([base.as_str(), "-", &n.to_string()].concat());
        };
        carried = Some(Carried {
            portal,
            steps: draft.steps.clone(),
            number: i + 1,
            title: draft.title.clone(),
        });
        settle(&mut draft, l10n, options)?;
        drafts.push(draft);
    }
    if drafts.is_empty() && elsewhere.is_empty() {
        return Err(ImportError::NotAProcedure {
            path: source.to_owned(),
            lang: locale.to_string(),
        });
    }
    Ok(Drafts {
        drafts,
        skipped,
        empty_steps: article.empty_steps.clone(),
        elsewhere,
    })
}

/// Where a drafted procedure ends, for one that carries on from it.
struct Carried {
    /// The portal after its steps.
    portal: Portal,
    /// Its draft's steps (with those of a procedure it carries on from).
    steps: Vec<Step>,
    /// Its position in the article, from 1.
    number: usize,
    /// Its heading.
    title: String,
}

/// Readable step ids: the element each step acts on (`create`,
/// `additional-security-verification`), `sign-in`, or the step's number.
fn name_steps(draft: &mut Draft) {
    let mut ids = BTreeSet::new();
    for step in &mut draft.steps {
        let base = match (&step.status, &step.id_hint) {
            (StepStatus::Describes, _) => step.expect.map_or_else(
                || ["step-", &step.number.to_string()].concat(),
                |s| s.as_str().to_owned(),
            ),
            (_, Some(id)) => element_word(id),
            (_, None) => ["step-", &step.number.to_string()].concat(),
        };
        step.id = unique(&mut ids, base);
    }
}

/// The last word-part of an element id: `nav.additional-security-verification`
/// → `additional-security-verification`, `app-password.2.delete` → `delete`.
fn element_word(id: &str) -> String {
    id.rsplit('.')
        .find(|p| !p.is_empty() && !p.bytes().all(|b| b.is_ascii_digit()))
        .map_or_else(|| slug(id), slug)
}

/// `base`, or `base-2`, `base-3` … when taken.
fn unique(taken: &mut BTreeSet<String>, base: String) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while !taken.insert(id.clone()) {
        id = [base.as_str(), "-", &n.to_string()].concat();
        n += 1;
    }
    id
}

/// Lowercase ASCII letters and digits joined by `-`.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A scenario id from a heading: the portal labels it names (of buttons,
/// those the procedure clicks: `acted`, the model's spec ids), in en-US words
/// (`アプリ パスワード … 作成` → `app-passwords-create`; a heading's “削除”
/// for a procedure that only creates is no `delete`); else its Latin words;
/// else the last control the procedure acts on (`create`); else
/// `procedure-<n>`. The labels are `model`'s.
fn procedure_id(
    model: &Model,
    title: &str,
    acted: &[&str],
    l10n: &Localizer,
    locale: &LanguageIdentifier,
    n: usize,
) -> String {
    let specs: Vec<&Spec> = model
        .specs()
        .filter(|s| s.role.is_clickable() || s.role == walkthrough_portal::Role::PasswordDisplay)
        .filter(|s| l10n.variables(locale, s.label).is_empty())
        .collect();
    let labels: Vec<String> = specs
        .iter()
        .map(|s| l10n.format(locale, s.label, &[]))
        .collect();
    let english = l10n.fallback_locale();
    let mut words: Vec<String> = Vec::new();
    for found in find_labels(title, &labels, &[]) {
        let spec = found
            .labels
            .first()
            .and_then(|l| labels.iter().position(|x| normalize(x) == *l))
            .map(|i| specs[i]);
        // A button the procedure never clicks (Delete, 削除) names what it
        // does not do; a tab, link or display (“app passwords”) names what
        // it is about.
        if let Some(spec) =
            spec.filter(|s| acted.contains(&s.id) || s.role != walkthrough_portal::Role::Button)
        {
            let word = slug(&l10n.format(english, spec.label, &[]));
            if !word.is_empty() && !words.contains(&word) {
                words.push(word);
            }
        }
    }
    if words.is_empty() {
        const SKIP: [&str; 12] = [
            "to", "the", "a", "an", "in", "on", "of", "for", "and", "how", "your", "with",
        ];
        words = slug(title)
            .split('-')
            .filter(|w| !w.is_empty() && !SKIP.contains(w))
            .take(5)
            .map(str::to_owned)
            .collect();
    }
    if words.is_empty() {
        if let Some(spec) = acted
            .iter()
            .rev()
            .filter(|id| !id.starts_with("sign-in.") && !id.starts_with("mfa."))
            .find_map(|id| model.element(id))
        {
            words.push(element_word(spec.spec.id));
        }
    }
    let id = words.join("-");
    if id.is_empty() {
        ["procedure-", &n.to_string()].concat()
    } else {
        id
    }
}

/// The draft's fixture, params and goal: the app passwords only when a step
/// acts on one; the goal from the draft's own run.
fn settle(draft: &mut Draft, l10n: &Localizer, options: &PortalOptions) -> Result<(), ImportError> {
    // The model's per-row controls, and those among them that delete a row
    // (at once, or after a confirmation).
    let model = Arc::clone(&draft.model);
    let row_element = |id: &str| model.element(id).is_some_and(|e| e.spec.id.contains("{n}"));
    let deletes_row = |id: &str| {
        model.element(id).is_some_and(|e| {
            e.spec.id.contains("{n}")
                && matches!(
                    e.click,
                    Click::Effect(Effect::ConfirmRow { .. } | Effect::DeleteRow)
                )
        })
    };
    let touches_rows = draft
        .steps
        .iter()
        .flat_map(|s| &s.actions)
        .any(|a| a.element().is_some_and(row_element));
    if !touches_rows {
        draft.fixture.app_passwords.clear();
    }
    let types_name = draft.steps.iter().flat_map(|s| &s.actions).any(
        |a| matches!(a, ScriptAction::Type { text, .. } if text.variables().any(|v| v == "name")),
    );
    if types_name || touches_rows {
        draft.params = vec![("name".to_owned(), NAME.to_owned())];
    }
    let ui = l10n.fallback_locale().clone();
    let scenario = draft.scenario(l10n, &ui)?;
    let run =
        auto_run(&scenario, options.clone()).map_err(|e| ImportError::Draft(e.to_string()))?;
    if let Some(failure) = &run.failure {
        draft.stopped_at = Some(failure.step + 1);
        return Ok(());
    }
    let name = || Template::parse("{name}").ok();
    let had = draft.fixture.app_passwords.iter().any(|a| a.name == NAME);
    let has = run.portal.app_passwords().iter().any(|a| a.name == NAME);
    let mut goal = Goal::default();
    if !draft.params.is_empty() {
        if has && !had {
            goal.app_password_named = name();
        }
        if run.portal.mail_connected_as() == Some(NAME) {
            goal.mail_connected = Some(true);
            goal.mail_connected_with = name();
        }
        if had && !has {
            goal.app_password_absent = name();
            goal.mail_rejects_password_of = name();
        }
    }
    // A delete the portal still asks about: the goal is the row gone, which
    // the run does not reach.
    let deletes = draft
        .steps
        .iter()
        .flat_map(|s| &s.actions)
        .any(|a| a.element().is_some_and(deletes_row));
    let mut unfinished = None;
    if had && has && deletes {
        goal.app_password_absent = name();
        goal.mail_rejects_password_of = name();
        let screen = run.portal.screen();
        let ui = &draft.locale;
        // The layer in front asks: its text, and the button that deletes.
        let yes = screen.elements.iter().find(|e| {
            model
                .element(&e.id)
                .is_some_and(|d| d.click == Click::Effect(Effect::DeleteRow))
        });
        let question = screen.elements.iter().find(|e| {
            e.role == walkthrough_portal::Role::Text && yes.is_some_and(|y| y.region == e.region)
        });
        if let (Some(question), Some(yes)) = (question, yes) {
            unfinished = Some(draft::Unresolved::Unconfirmed {
                question: l10n.portal(ui, &question.label),
                answer: l10n.portal(ui, &yes.label),
            });
        }
    }
    // A draft that sets out to change something (types, pastes, starts a
    // delete) and leaves no change a goal can state.
    let sets_out = draft
        .steps
        .iter()
        .flat_map(|s| &s.actions)
        .any(|a| match a {
            ScriptAction::Type { element, .. } | ScriptAction::Paste(element) => {
                !element.starts_with("sign-in.") && !element.starts_with("mfa.")
            }
            ScriptAction::Click(e) => deletes_row(e),
            _ => false,
        });
    if sets_out && goal == Goal::default() {
        unfinished.get_or_insert(draft::Unresolved::NoGoal);
    }
    if let (Some(problem), Some(last)) = (unfinished, draft.steps.last_mut()) {
        if !matches!(last.status, StepStatus::Unresolved(_)) {
            last.status = StepStatus::Unresolved(problem);
        }
    }
    draft.goal = goal;
    Ok(())
}

impl Draft {
    /// The draft as the scenario loader reads it: proof that it is a valid
    /// step script.
    pub fn scenario(
        &self,
        l10n: &Localizer,
        ui: &LanguageIdentifier,
    ) -> Result<Scenario, ImportError> {
        let models = walkthrough_scenario::Models::embedded_and(Arc::clone(&self.model));
        walkthrough_scenario::parse_with(&self.toml_path(), &self.toml(l10n, ui), &models)
            .map_err(|e| ImportError::Draft(e.to_string()))
    }
}

/// Writes each draft's `<id>.toml` and `<lang>/<id>.ftl` into `dir` (created
/// if missing). Refuses to overwrite a file unless `force`.
pub fn write(
    drafts: &[Draft],
    dir: &Path,
    l10n: &Localizer,
    ui: &LanguageIdentifier,
    force: bool,
) -> Result<Vec<PathBuf>, ImportError> {
    let mut files = Vec::new();
    for d in drafts {
        files.push((dir.join(d.toml_path()), d.toml(l10n, ui)));
        files.push((dir.join(d.ftl_path()), d.ftl(l10n)));
    }
    if !force {
        if let Some((path, _)) = files.iter().find(|(p, _)| p.exists()) {
            return Err(ImportError::Exists { path: path.clone() });
        }
    }
    let mut written = Vec::new();
    for (path, text) in files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| ImportError::Write {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        std::fs::write(&path, text).map_err(|source| ImportError::Write {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

fn file_name(source: &str) -> String {
    Path::new(source)
        .file_name()
        .map_or_else(|| source.to_owned(), |n| n.to_string_lossy().into_owned())
}

fn file_stem(source: &str) -> String {
    Path::new(source)
        .file_stem()
        .map_or_else(|| source.to_owned(), |n| n.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_slugs_made_unique() {
        assert_eq!(element_word("app-password.2.delete"), "delete");
        assert_eq!(
            element_word("nav.additional-security-verification"),
            "additional-security-verification"
        );
        let mut taken = BTreeSet::new();
        assert_eq!(unique(&mut taken, "a".into()), "a");
        assert_eq!(unique(&mut taken, "a".into()), "a-2");
        assert_eq!(
            slug("To Create: an App password!"),
            "to-create-an-app-password"
        );
    }
}
