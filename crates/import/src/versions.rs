//! Which product model a written procedure describes, step by step, and
//! where it drifts from the others (`import --portal`, `check --portal`).
//!
//! Each procedure is followed on a portal running each model, as drafting
//! follows it ([`crate::draft_for`]); each step then *fits* a model (its
//! actions are found on the screen the step before left), fits only after
//! clicks the text never mentions (a level the model has and the text does
//! not: “Security & privacy” comes first), names controls the model does not
//! have, or is not resolved there. The model a procedure describes is the one
//! that explains the most of its steps (at least [`crate::EXPLAINED`] of them),
//! with the fewest clicks added; a procedure no model explains that much of
//! describes none (the importer's "does not describe the modelled portal").

use crate::draft::{Draft, DraftStep, Note, StepStatus, Unresolved};
#[cfg(doc)]
use crate::infer::sample_fixture;
use crate::infer::Inferrer;
use crate::reading::{self, find_labels, Vocabulary};
use crate::{portal_for, Article, ImportError, EXPLAINED};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use walkthrough_check::text::{normalize, quotes, same_label};
use walkthrough_i18n::{Arg, Localizer};
use walkthrough_portal::{Fixture, Model, PortalOptions, Role};
use walkthrough_scenario::Goal;

/// How one step reads against one model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fit {
    /// Every action the text asks for is where the text says, and nothing
    /// comes first.
    Fits,
    /// The actions are found, after clicks the text never mentions (their
    /// labels, in the article's language).
    After(Vec<String>),
    /// The actions are found, but only after input the text leaves out: a
    /// form filled and sent, or a field typed into that the text never
    /// mentions (the labels of the field and its button, in the article's
    /// language) — what `check` reports as `unmentioned-input`.
    LeftOut(Vec<String>),
    /// The text names controls the model does not have (as written).
    Absent(Vec<String>),
    /// The step cannot be followed on this model.
    Misses(Unresolved),
}

impl Fit {
    /// Whether the model explains the step (it fits, perhaps after clicks or
    /// input the text leaves out).
    pub fn explains(&self) -> bool {
        matches!(self, Fit::Fits | Fit::After(_) | Fit::LeftOut(_))
    }

    /// A short name of the kind, for JSON: `fits`, `after`, `left-out`,
    /// `absent`, `misses`.
    pub fn kind(&self) -> &'static str {
        match self {
            Fit::Fits => "fits",
            Fit::After(_) => "after",
            Fit::LeftOut(_) => "left-out",
            Fit::Absent(_) => "absent",
            Fit::Misses(_) => "misses",
        }
    }
}

/// One step, read against every model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepVersions {
    /// Its position in the procedure, from 1.
    pub number: usize,
    /// Its line in the article.
    pub line: usize,
    /// How it reads against each model, in the order of
    /// [`ProcedureVersions::models`].
    pub fits: Vec<Fit>,
}

/// One procedure, read against every model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcedureVersions {
    /// Its position in the article, from 1.
    pub number: usize,
    /// Its heading (or the article's title).
    pub title: String,
    /// The models' ids, in the order given.
    pub models: Vec<String>,
    /// Its steps.
    pub steps: Vec<StepVersions>,
    /// The models it describes (indices into `models`): the one that explains
    /// the most steps with the fewest clicks added, or several that read it
    /// alike; empty when none explains [`EXPLAINED`] of its steps.
    pub describes: Vec<usize>,
}

/// A step where a model reads otherwise than the one the procedure describes,
/// or where the described model itself does not fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// The step, from 1.
    pub step: usize,
    /// The model's index in [`ProcedureVersions::models`].
    pub model: usize,
    /// How the step reads there.
    pub fit: Fit,
    /// The clicks that come first in the described model, when this model
    /// has none.
    pub instead_of: Vec<String>,
}

impl ProcedureVersions {
    /// How many steps model `m` explains.
    pub fn explained(&self, m: usize) -> usize {
        self.steps.iter().filter(|s| s.fits[m].explains()).count()
    }

    /// Whether model `m` is the one (the only one) the procedure describes,
    /// every step fitting it.
    pub fn describes_cleanly(&self, m: usize) -> bool {
        self.describes == [m] && self.steps.iter().all(|s| s.fits[m] == Fit::Fits)
    }

    /// The steps where another model reads otherwise than the described one,
    /// and those the described one does not fit as written itself (clicks
    /// first, absent names, unresolved); in step order, then model order.
    /// Empty when the procedure describes no model.
    pub fn drift(&self) -> Vec<Drift> {
        let Some(&best) = self.describes.first() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for step in &self.steps {
            let base = &step.fits[best];
            for (m, fit) in step.fits.iter().enumerate() {
                // A model where the step fits as written, with nothing to
                // say in its place, is no drift: a line saying nothing is
                // wrong would read as a problem.
                let silent = *fit == Fit::Fits && !matches!(base, Fit::After(_));
                let differs = if m == best {
                    *base != Fit::Fits
                } else {
                    fit != base && !silent
                };
                if differs {
                    let instead_of = match (fit, base) {
                        (Fit::Fits, Fit::After(labels)) => labels.clone(),
                        _ => Vec::new(),
                    };
                    out.push(Drift {
                        step: step.number,
                        model: m,
                        fit: fit.clone(),
                        instead_of,
                    });
                }
            }
        }
        out
    }

    /// The line saying which model it describes (or that it describes none,
    /// with each model's count), in `ui`'s language.
    pub fn render_verdict(&self, l10n: &Localizer, ui: &LanguageIdentifier) -> String {
        let n = |v: usize| Arg::Number(i64::try_from(v).unwrap_or(i64::MAX));
        let counts = (0..self.models.len())
            .map(|m| {
                l10n.format(
                    ui,
                    "versions-count",
                    &[
                        ("model", Arg::Text(self.models[m].clone())),
                        ("explained", n(self.explained(m))),
                        ("steps", n(self.steps.len())),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let args = |extra: Vec<(&'static str, Arg)>| {
            let mut a = vec![
                ("n", n(self.number)),
                ("title", Arg::Text(self.title.clone())),
                ("counts", Arg::Text(counts.clone())),
            ];
            a.extend(extra);
            a
        };
        match self.describes.as_slice() {
            [] => l10n.format(ui, "versions-describes-none", &args(Vec::new())),
            described => {
                let names = described
                    .iter()
                    .map(|&m| self.models[m].as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                let id = if described.len() == 1 {
                    "versions-describes"
                } else {
                    "versions-describes-alike"
                };
                l10n.format(ui, id, &args(vec![("models", Arg::Text(names))]))
            }
        }
    }
}

impl Drift {
    /// The drift, in `ui`'s language: "step 3: in office365-2016, “Security &
    /// privacy” comes first".
    pub fn render(
        &self,
        versions: &ProcedureVersions,
        l10n: &Localizer,
        ui: &LanguageIdentifier,
    ) -> String {
        let quoted = |labels: &[String]| {
            labels
                .iter()
                .map(|l| ["“", l.as_str(), "”"].concat())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut args = vec![
            (
                "step",
                Arg::Number(i64::try_from(self.step).unwrap_or(i64::MAX)),
            ),
            ("model", Arg::Text(versions.models[self.model].clone())),
        ];
        let id = match &self.fit {
            // Fits where the described model needs clicks first: `drift`
            // gives a model that fits only then, with those clicks.
            Fit::Fits => {
                args.push(("labels", Arg::Text(quoted(&self.instead_of))));
                "versions-step-direct"
            }
            Fit::After(labels) => {
                args.push(("labels", Arg::Text(quoted(labels))));
                "versions-step-first"
            }
            Fit::LeftOut(labels) => {
                args.push(("labels", Arg::Text(quoted(labels))));
                "versions-step-left-out"
            }
            Fit::Absent(names) => {
                args.push(("labels", Arg::Text(quoted(names))));
                "versions-step-absent"
            }
            Fit::Misses(u) => {
                args.push(("reason", Arg::Text(u.render(l10n, ui))));
                "versions-step-misses"
            }
        };
        l10n.format(ui, id, &args)
    }
}

/// Reads every procedure of `article` (in `locale`) against each of
/// `models`, in order, each followed on a portal that starts from `fixture`
/// (an article: [`sample_fixture`]; a scenario: its own).
///
/// # Errors
/// [`ImportError::Draft`] when a model's portal cannot start from `fixture`.
pub fn versions(
    article: &Article,
    l10n: &Localizer,
    locale: &LanguageIdentifier,
    options: &PortalOptions,
    models: &[Arc<Model>],
    fixture: &Fixture,
) -> Result<Vec<ProcedureVersions>, ImportError> {
    let vocabulary = Vocabulary::load(l10n, locale);
    // One reader per model: each step is read by the labels of the model
    // its portal runs.
    let inferrers: Vec<Inferrer> = models
        .iter()
        .map(|model| Inferrer {
            l10n,
            locale,
            vocabulary: vocabulary.clone(),
            fixture: fixture.clone(),
            model: Arc::clone(model),
        })
        .collect();
    // The labels of the controls each model has (what a step can act on:
    // not a heading that happens to share words with one), that hold no
    // data, in the article's language.
    let known: Vec<Vec<String>> = models
        .iter()
        .map(|model| {
            model
                .specs()
                .filter(|s| {
                    s.role.is_clickable()
                        || matches!(s.role, Role::TextField | Role::PasswordDisplay)
                })
                .filter(|s| l10n.variables(locale, s.label).is_empty())
                .map(|s| l10n.format(locale, s.label, &[]))
                .collect()
        })
        .collect();
    // Every model's control labels: a step that names one of them exactly
    // (“Office 365 の設定”) names it for every model, and a model that only
    // has a label its words begin with (“Office 365”) lacks it.
    let mut every: Vec<String> = known.iter().flatten().cloned().collect();
    every.sort_unstable();
    every.dedup();
    let mut out = Vec::new();
    for (i, procedure) in article.procedures.iter().enumerate() {
        let title = procedure
            .title
            .clone()
            .or_else(|| article.property("pageTitle").map(str::to_owned))
            .unwrap_or_default();
        let mut steps: Vec<StepVersions> = procedure
            .steps
            .iter()
            .enumerate()
            .map(|(n, s)| StepVersions {
                number: n + 1,
                line: s.line,
                fits: Vec::with_capacity(models.len()),
            })
            .collect();
        for ((model, known), inferrer) in models.iter().zip(&known).zip(&inferrers) {
            let mut draft = Draft {
                id: String::new(),
                title: title.clone(),
                number: i + 1,
                line: procedure.line,
                source: String::new(),
                locale: locale.clone(),
                steps: procedure
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(n, s)| DraftStep::new(n + 1, s.text.clone(), s.line))
                    .collect(),
                fixture: fixture.clone(),
                params: Vec::new(),
                goal: Goal::default(),
                stopped_at: None,
                model: Arc::clone(model),
            };
            let mut portal = portal_for(model, fixture, options)?;
            inferrer.steps(&mut portal, &mut draft);
            for (step, drafted) in steps.iter_mut().zip(&draft.steps) {
                step.fits.push(fit(drafted, known, &every, &vocabulary));
            }
        }
        let explained: Vec<usize> = (0..models.len())
            .map(|m| steps.iter().filter(|s| s.fits[m].explains()).count())
            .collect();
        let added: Vec<usize> = (0..models.len())
            .map(|m| {
                steps
                    .iter()
                    .filter(|s| matches!(s.fits[m], Fit::After(_) | Fit::LeftOut(_)))
                    .count()
            })
            .collect();
        // Steps that name a control the model has nothing like (no label
        // near it, none it begins or ends a longer name of): a name only
        // another model has decides against this one, where a name the
        // model gives in other words (“Office 365 settings” for “Office
        // 365”) does not.
        let foreign: Vec<usize> = (0..models.len())
            .map(|m| {
                steps
                    .iter()
                    .filter(|s| match &s.fits[m] {
                        Fit::Absent(names) => names
                            .iter()
                            .any(|n| nothing_like(n, &known[m], &vocabulary)),
                        _ => false,
                    })
                    .count()
            })
            .collect();
        let enough = |m: usize| (explained[m] as f64) >= EXPLAINED * steps.len() as f64;
        let key = |m: usize| {
            (
                explained[m],
                std::cmp::Reverse(foreign[m]),
                std::cmp::Reverse(added[m]),
            )
        };
        let best = (0..models.len()).filter(|&m| enough(m)).map(key).max();
        let describes: Vec<usize> = match best {
            Some(b) => (0..models.len())
                .filter(|&m| enough(m) && key(m) == b)
                .collect(),
            None => Vec::new(),
        };
        out.push(ProcedureVersions {
            number: i + 1,
            title,
            models: models.iter().map(|m| m.id.clone()).collect(),
            steps,
            describes,
        });
    }
    Ok(out)
}

/// Whether `name` is like none of `known` (a model's control labels): not
/// near one, not the start of one, and no label begins it.
fn nothing_like(name: &str, known: &[String], vocabulary: &Vocabulary) -> bool {
    let n = normalize(name);
    !reading::near_any(name, known, &vocabulary.same)
        && !known.iter().any(|k| {
            let k = normalize(k);
            !k.is_empty() && (k.starts_with(&n) || n.starts_with(&k))
        })
}

/// How a drafted step reads: not resolved, naming what `known` (a model's
/// control labels) does not have, resolved after a route, or fitting.
/// `every` is every model's control labels: those the text has exactly are
/// names it gives, as its quotes are.
fn fit(step: &DraftStep, known: &[String], every: &[String], vocabulary: &Vocabulary) -> Fit {
    let mut absent: Vec<String> = Vec::new();
    match &step.status {
        // A name on the way the model has nothing like: the model lacks it,
        // as it lacks any other name the text gives.
        StepStatus::Unresolved(Unresolved::Absent { label }) => absent.push(label.clone()),
        StepStatus::Unresolved(u) => return Fit::Misses(u.clone()),
        _ => {}
    }
    // What the text quotes, but not a place it names (“under **My app
    // settings**”): a step's names are the controls it acts on.
    let mut quoted: Vec<String> = quotes(&step.text)
        .into_iter()
        .filter(|q| !vocabulary.is_place(&step.text, &(q.at..q.end)))
        .map(|q| q.text)
        .collect();
    for found in find_labels(&step.text, every, &vocabulary.same) {
        let named = found
            .labels
            .iter()
            .filter_map(|l| every.iter().find(|e| normalize(e) == *l))
            .max_by_key(|e| e.len());
        if let (true, None, false, Some(label)) = (
            found.exact,
            &found.quote,
            vocabulary.is_place(&step.text, &found.range),
            named,
        ) {
            if !quoted.contains(label) {
                quoted.push(label.clone());
            }
        }
    }
    let names = quoted
        .iter()
        .cloned()
        .chain(vocabulary.named_objects(&step.text));
    for name in names {
        let n = normalize(&name);
        // A quote is the whole of what it names: one that is a label with
        // more words after it (“アプリ パスワードの作成と管理” where the model
        // has “アプリ パスワード”) names something else.
        let extends = quoted.contains(&name)
            && !known.iter().any(|k| same_label(&name, k))
            && known.iter().any(|k| {
                let k = normalize(k);
                !k.is_empty() && n.len() > k.len() && n.starts_with(&k)
            });
        let missing = extends
            || (!reading::near_any(&name, known, &vocabulary.same)
                && !known.iter().any(|k| normalize(k).starts_with(&n)));
        if missing && !absent.contains(&name) {
            absent.push(name);
        }
    }
    if !absent.is_empty() {
        return Fit::Absent(absent);
    }
    // Clicks added on the way that the text does not name itself.
    let text = normalize(&step.text);
    let route: Vec<String> = step
        .notes
        .iter()
        .filter_map(|n| match n {
            Note::Route { labels } => Some(labels.clone()),
            _ => None,
        })
        .flatten()
        .filter(|label| !text.contains(&normalize(label)))
        .collect();
    if !route.is_empty() {
        return Fit::After(route);
    }
    // Input the text leaves out: a form filled and sent before the target,
    // or the only field typed into, the text never mentioning it.
    let mut left_out: Vec<String> = Vec::new();
    for note in &step.notes {
        let labels = match note {
            Note::LeftOut { labels } => labels.clone(),
            Note::Field { label } if !text.contains(&normalize(label)) => vec![label.clone()],
            _ => continue,
        };
        for label in labels {
            if !left_out.contains(&label) {
                left_out.push(label);
            }
        }
    }
    if left_out.is_empty() {
        Fit::Fits
    } else {
        Fit::LeftOut(left_out)
    }
}
