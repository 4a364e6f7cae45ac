//! Planning each procedure's actions on the portal. A step is read from the
//! screen the steps before it left: the labels the text names (in the
//! article's language) and its location words are matched against the
//! elements on the screen, or a short route away. The procedure as a whole
//! is a beam search over those readings ([`Inferrer::steps`]): the draft is
//! the path that leaves the fewest steps unresolved with the fewest actions
//! no text asks for.

use crate::draft::{Draft, DraftStep, Note, StepStatus, Unresolved};
use crate::reading::QUOTE_SIMILARITY;
use crate::reading::{find_labels, names, overlaps, Found, Reading, Vocabulary};
use std::rc::Rc;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use walkthrough_check::text::{normalize, same_label, similarity_in};
use walkthrough_i18n::Localizer;
use walkthrough_portal::{
    catalog::Spec, Action, AppPasswordFixture, Arg, Date, Fixture, Model, Outcome, Portal, Region,
    Role, Screen, Side, SignInStep,
};
use walkthrough_scenario::{route_to, Location, ScriptAction, Template};

/// The name a draft types, and the app password its fixture lets it delete.
pub const NAME: &str = "Outlook desktop";
/// The longest route (clicks the text does not mention) a step may take.
pub const MAX_ROUTE: usize = 3;

/// The state drafts start from: the shipped account, with three app
/// passwords (the middle one named [`NAME`], with a known plaintext, so that
/// a goal can show it stops working once deleted).
pub fn sample_fixture() -> Fixture {
    let date = |year, month, day| Date { year, month, day };
    Fixture {
        app_passwords: vec![
            AppPasswordFixture {
                name: "iPhone mail".into(),
                created: date(2015, 9, 14),
                password: None,
            },
            AppPasswordFixture {
                name: NAME.into(),
                created: date(2015, 10, 1),
                password: Some("qzmvtxkbrhwpnlsd".into()),
            },
            AppPasswordFixture {
                name: "Lync".into(),
                created: date(2015, 11, 2),
                password: None,
            },
        ],
        ..Fixture::default()
    }
}

/// An element a label may name, as the portal stands.
#[derive(Debug, Clone)]
struct Candidate {
    id: String,
    spec: Spec,
    label: String,
    /// On screen and enabled: no route needed.
    usable: bool,
    /// The current tab, navigation entry or window.
    selected: bool,
    region: Region,
    side: Side,
}

impl Candidate {
    fn role(&self) -> Role {
        self.spec.role
    }
}

/// Whether a step may act on elements of this role.
fn actionable(role: Role) -> bool {
    role.is_clickable() || matches!(role, Role::TextField | Role::PasswordDisplay)
}

/// Whether the portal stands at the sign-in form.
fn at_sign_in(portal: &Portal) -> bool {
    matches!(portal.screen().sign_in, Some(SignInStep::Password { .. }))
}

/// Whether the portal stands at the sign-in's verification (the code).
fn at_verification(portal: &Portal) -> bool {
    matches!(
        portal.screen().sign_in,
        Some(SignInStep::SecondFactor { .. })
    )
}

/// Whether the portal stands at the sign-in or its verification.
fn signing_in(portal: &Portal) -> bool {
    at_sign_in(portal) || at_verification(portal)
}

/// The sign-in form's elements: what a step may name as a screen already
/// reached once signed in (not the verification's, which asks for a code).
const SIGN_IN_FORM: &str = "sign-in.";

/// How many partial plans the search keeps at each step.
pub const BEAM: usize = 4;
/// For how many steps in a row a path may cost more than the best one and
/// still be followed: how far ahead another reading of a step may pay off.
pub const LOOKAHEAD: usize = 3;
/// What a step left unresolved costs a plan: more than any additions.
const UNRESOLVED_COST: usize = 100;

/// One way to read a step: an edge of the search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Way {
    /// What the text asks, acted out from the screen reached (with the
    /// bounded additions the step's own reading makes: a route, a form's
    /// submit, a form left out, the sign-in).
    AsAsked,
    /// What the text names of the sign-in is the screen already reached
    /// ("Sign in … and open …" when signed in); the rest as asked.
    AlreadyThere,
    /// The n-th control the text names (from 0) left undone, the rest as
    /// asked: a choice or an aside ("…, or Cancel to stop") that the steps
    /// after show was not taken.
    Leave(usize),
}

/// The most controls of one step the search tries leaving undone.
const MAX_LEFT: usize = 3;
/// What leaving a named control undone costs a plan: more than any bounded
/// additions of one step, less than a step left unresolved.
const LEFT_UNDONE_COST: usize = 20;

/// A partial path of the search: the portal after the steps drafted so far,
/// every step (those not reached yet as read), and what the path costs.
#[derive(Clone)]
struct Plan {
    portal: Portal,
    /// Shared between plans until one of them changes a step.
    steps: Vec<Rc<DraftStep>>,
    cost: usize,
    /// For how many steps in a row it has cost more than the best path.
    behind: usize,
}

/// What tells two portals apart for the plan: the screen in front (with
/// what its fields hold), the clipboard, the app passwords and the mail app.
type StateKey = (Screen, Option<usize>, Vec<String>, Option<String>);

fn state_key(portal: &Portal) -> StateKey {
    (
        portal.screen(),
        portal.clipboard_len(),
        portal.app_passwords().into_iter().map(|a| a.name).collect(),
        portal.mail_connected_as().map(str::to_owned),
    )
}

/// What a drafted step costs a plan: [`UNRESOLVED_COST`] when unresolved;
/// 2 for each click the text does not mention (a route, the sign-in, a form
/// left out), [`LEFT_UNDONE_COST`] for a named control left undone, 1 for
/// each bounded addition the text implies (a form's submit, the only field,
/// a near quote) and for a step read as a repeat or as done already; 4 for
/// each Back and for each click on what `previous` clicked.
fn step_cost(step: &DraftStep, previous: Option<&DraftStep>) -> usize {
    let mut cost = match step.status {
        StepStatus::Unresolved(_) => UNRESOLVED_COST,
        _ => 0,
    };
    for note in &step.notes {
        cost += match note {
            Note::Route { labels }
            | Note::RouteInstead { labels, .. }
            | Note::ForNext { labels, .. }
            | Note::LeftOut { labels } => 2 * labels.len(),
            Note::SignInAdded => 2,
            Note::LeftUndone { .. } => LEFT_UNDONE_COST,
            // The clicks that opened the field cost as a route does.
            Note::Paste { opened, .. } => 1 + 2 * opened.len(),
            Note::Submit { .. }
            | Note::Field { .. }
            | Note::NearQuote { .. }
            | Note::Repeats { .. }
            | Note::AlreadyThere { .. } => 1,
            _ => 0,
        };
    }
    for action in &step.actions {
        let again = action.element().is_some_and(|id| {
            previous.is_some_and(|p| p.actions.iter().any(|a| a.element() == Some(id)))
        });
        if matches!(action, ScriptAction::Back)
            || (again && matches!(action, ScriptAction::Click(_)))
        {
            cost += 4;
        }
    }
    cost
}

/// The sign-in and verification elements, which the sign-in is scripted for.
fn is_sign_in(id: &str) -> bool {
    id.starts_with("sign-in.") || id.starts_with("mfa.")
}

/// Follows one procedure through the portal.
pub(crate) struct Inferrer<'a> {
    pub l10n: &'a Localizer,
    pub locale: &'a LanguageIdentifier,
    pub vocabulary: Vocabulary,
    pub fixture: Fixture,
    /// The product model the portal runs: its elements' ids, roles, places
    /// and labels are the ones a step can name.
    pub model: Arc<Model>,
}

/// What acting on a step left to say.
#[derive(Default)]
struct StepWork {
    actions: Vec<ScriptAction>,
    notes: Vec<Note>,
    problem: Option<Unresolved>,
    /// The first element the text names that the step acts on.
    first: Option<String>,
    signed_in: bool,
    refused: bool,
    /// The step gives the step before's instruction again (its number).
    repeats: Option<usize>,
    /// Each control acted on for words of the text: where the words stand.
    acted: Vec<(std::ops::Range<usize>, String)>,
}

impl Inferrer<'_> {
    /// A label in the article's language.
    fn label_of(&self, screen: &Screen, id: &str) -> String {
        screen
            .element(id)
            .map(|e| self.l10n.portal(self.locale, &e.label))
            .or_else(|| {
                self.model
                    .element(id)
                    .map(|e| self.l10n.format(self.locale, e.spec.label, &[]))
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// The title of the screen in front, in the article's language.
    fn screen_title(&self, portal: &Portal) -> String {
        self.l10n.format(self.locale, portal.screen_title(), &[])
    }

    /// Every element a step could name: those on screen, and every other
    /// element of the model whose label does not depend on data.
    fn candidates(&self, portal: &Portal) -> Vec<Candidate> {
        let screen = portal.screen();
        let mut out: Vec<Candidate> = Vec::new();
        for e in &screen.elements {
            let Some(spec) = self.model.element(&e.id).map(|d| d.spec) else {
                continue;
            };
            if actionable(e.role) {
                out.push(Candidate {
                    id: e.id.clone(),
                    spec,
                    label: self.l10n.portal(self.locale, &e.label),
                    usable: e.enabled,
                    selected: e.selected,
                    region: e.region,
                    side: e.side,
                });
            }
        }
        let row = row_of(portal, NAME);
        for &spec in self.model.specs() {
            if !actionable(spec.role)
                || !self.l10n.variables(self.locale, spec.label).is_empty()
                || out.iter().any(|c| c.spec.id == spec.id)
            {
                continue;
            }
            let id = if spec.id.contains("{n}") {
                match row {
                    Some(n) => spec.nth(n),
                    None => continue,
                }
            } else {
                spec.id.to_owned()
            };
            out.push(Candidate {
                id,
                spec,
                label: self.l10n.format(self.locale, spec.label, &[]),
                usable: false,
                selected: false,
                region: spec.region,
                side: spec.side,
            });
        }
        // Icons named by their picture (the gear, 歯車): the control they are.
        let mut icons = Vec::new();
        for c in &out {
            let id = ["import-icon-", &c.spec.id.replace('.', "-")].concat();
            if !self.l10n.has_message(self.locale, &id) {
                continue;
            }
            for word in self.l10n.format(self.locale, &id, &[]).split('|') {
                let word = word.trim();
                if !word.is_empty() {
                    icons.push(Candidate {
                        label: word.to_owned(),
                        ..c.clone()
                    });
                }
            }
        }
        out.extend(icons);
        out
    }

    /// The steps of one procedure, planned as a whole on `portal`: a beam
    /// search over (step, portal state) whose edges are each step's readings
    /// ([`Way`]), scored by [`step_cost`] (a step left unresolved most, then
    /// each action no words of the text explain, a Back or a re-click more).
    /// The draft is the cheapest whole path; ties go to the reading tried
    /// first (the step as asked), so the result is deterministic. At most
    /// [`BEAM`] partial paths are kept at each step, none a whole unresolved
    /// step worse than the best: linear in the steps.
    ///
    /// Returns the chosen path's cost.
    pub(crate) fn steps(&self, portal: &mut Portal, draft: &mut Draft) -> usize {
        let texts: Vec<String> = draft.steps.iter().map(|s| s.text.clone()).collect();
        let mut beam = vec![Plan {
            portal: portal.clone(),
            steps: std::mem::take(&mut draft.steps)
                .into_iter()
                .map(Rc::new)
                .collect(),
            cost: 0,
            behind: 0,
        }];
        let sign_in_labels: Vec<String> = self
            .model
            .specs()
            .filter(|s| s.id.starts_with(SIGN_IN_FORM) && s.role.is_clickable())
            .map(|s| self.l10n.format(self.locale, s.label, &[]))
            .collect();
        for (i, text) in texts.iter().enumerate() {
            let next = texts.get(i + 1).map(String::as_str);
            let mut grown: Vec<Plan> = Vec::with_capacity(beam.len() * 2);
            for plan in beam {
                let mut asked = plan.clone();
                let Some(mentions) = self.extend(&mut asked, i, next, Way::AsAsked) else {
                    continue;
                };
                // Another reading is worth a place in the beam only when it
                // drafts the step otherwise.
                let drafted = |p: &Plan| {
                    p.steps
                        .get(i)
                        .map(|s| (s.actions.clone(), s.status.clone()))
                };
                let asked_drafted = drafted(&asked);
                grown.push(asked);
                let mut others = Vec::new();
                if self.names_sign_in_past(&plan.portal, text, &sign_in_labels) {
                    others.push(Way::AlreadyThere);
                }
                // Leaving a control undone is a choice among controls the
                // step can act on, never a way around one it cannot.
                let resolved = asked_drafted
                    .as_ref()
                    .is_some_and(|(_, status)| !matches!(status, StepStatus::Unresolved(_)));
                if mentions >= 2 && resolved {
                    others.extend((0..mentions.min(MAX_LEFT)).map(Way::Leave));
                }
                for way in others {
                    let mut p = plan.clone();
                    if self.extend(&mut p, i, next, way).is_some() && drafted(&p) != asked_drafted {
                        grown.push(p);
                    }
                }
            }
            // A stable sort: among equal costs, the order the readings were
            // tried in (the step as asked first).
            grown.sort_by_key(|p| p.cost);
            // A path a whole unresolved step worse than the best is not
            // followed further: the bound that keeps the beam narrow.
            // Nor one that has stayed worse than the best for more than
            // [`LOOKAHEAD`] steps: another reading pays off when the steps
            // right after it follow, or not at all.
            if let Some(best) = grown.first().map(|p| p.cost) {
                for p in &mut grown {
                    p.behind = if p.cost > best { p.behind + 1 } else { 0 };
                }
                grown.retain(|p| p.cost < best + UNRESOLVED_COST && p.behind <= LOOKAHEAD);
            }
            let grown_len = grown.len();
            // Of the paths that leave the portal alike, the cheapest: what
            // follows depends on the portal, not on how it got there.
            let mut seen: Vec<StateKey> = Vec::with_capacity(BEAM);
            grown.retain(|p| {
                if grown_len == 1 {
                    return true;
                }
                if seen.len() == BEAM {
                    return false;
                }
                let key = state_key(&p.portal);
                let new = !seen.contains(&key);
                if new {
                    seen.push(key);
                }
                new
            });
            beam = grown;
        }
        match beam.into_iter().next() {
            Some(best) => {
                *portal = best.portal;
                draft.steps = best
                    .steps
                    .into_iter()
                    .map(|s| Rc::try_unwrap(s).unwrap_or_else(|s| (*s).clone()))
                    .collect();
                best.cost
            }
            None => 0,
        }
    }

    /// Drafts step `i` of `plan` read the `way` given: the number of
    /// controls the text names that the step may act on, or `None` when that
    /// way does not apply to the step.
    fn extend(&self, plan: &mut Plan, i: usize, next: Option<&str>, way: Way) -> Option<usize> {
        // The step before may take clicks this step needs: its cost again.
        let cost_of_previous = |steps: &[Rc<DraftStep>]| match steps {
            [.., two, one] => step_cost(one, Some(two)),
            [one] => step_cost(one, None),
            [] => 0,
        };
        let before_cost = cost_of_previous(&plan.steps[..i.min(plan.steps.len())]);
        let (before, rest) = plan.steps.split_at_mut(i);
        let step = Rc::make_mut(rest.first_mut()?);
        let mentions = self.step(
            &mut plan.portal,
            before.last_mut().map(Rc::make_mut),
            step,
            next,
            way,
        )?;
        // The steps right before could not be followed: they give their
        // own route (a menu the portal does not have), and the portal's
        // way to this step's target stands in for it, not a click the
        // text leaves out.
        let unfollowed = before
            .iter()
            .rev()
            .take_while(|s| matches!(s.status, StepStatus::Unresolved(_)) && s.actions.is_empty())
            .count();
        if unfollowed > 0 {
            let (from, to) = (step.number - unfollowed, step.number - 1);
            for note in &mut step.notes {
                if let Note::Route { labels } = note {
                    *note = Note::RouteInstead {
                        labels: std::mem::take(labels),
                        from,
                        to,
                    };
                }
            }
        }
        let after_cost = cost_of_previous(before);
        plan.cost = (plan.cost + after_cost + step_cost(step, before.last().map(|s| &**s)))
            .saturating_sub(before_cost);
        Some(mentions)
    }

    /// Whether `text` names a control of the sign-in form (one of `labels`)
    /// while the portal is past it (signed in): a step that may be read as
    /// the screen already reached.
    fn names_sign_in_past(&self, portal: &Portal, text: &str, labels: &[String]) -> bool {
        !signing_in(portal) && !find_labels(text, labels, &self.vocabulary.same).is_empty()
    }

    /// Drafts one step read the `way` given: the number of controls the
    /// text names that it may act on, or `None` when that way does not apply.
    fn step(
        &self,
        portal: &mut Portal,
        mut previous: Option<&mut DraftStep>,
        step: &mut DraftStep,
        next: Option<&str>,
        way: Way,
    ) -> Option<usize> {
        // A menu path (`Settings > Office 365`) names each of its parts.
        let (text, path) = self.vocabulary.quote_paths(&step.text);
        let reading = self.vocabulary.read(&text);
        step.location = reading.location;
        if reading.describes {
            step.status = StepStatus::Describes;
            step.expect = Some(portal.screen_id());
            step.notes.push(Note::Describes);
            return (way == Way::AsAsked).then_some(0);
        }
        let mut work = StepWork::default();
        let candidates = self.candidates(portal);
        let labels: Vec<String> = candidates.iter().map(|c| c.label.clone()).collect();
        // Each label once (its first mention as a control): a step that names
        // a control again asks for nothing more.
        let objects = |found: Vec<Found>| -> Vec<Found> {
            let mut seen: Vec<(Vec<String>, bool)> = Vec::new();
            let ranges: Vec<_> = found.iter().map(|f| f.range.clone()).collect();
            let acted_on = self.vocabulary.objects_of_lists(&text, &ranges);
            found
                .into_iter()
                .zip(acted_on)
                .filter(|(f, object)| f.quote.is_some() || *object)
                .map(|(f, _)| f)
                // A label that says where (`under "…"`, `「…」の横の`) or
                // on what condition (`「…」がありましたら`) is no action.
                .filter(|f| !self.vocabulary.is_place(&text, &f.range))
                .filter(|f| {
                    let key = (f.labels.clone(), f.quote.is_some());
                    let new = f.labels.is_empty() || !seen.contains(&key);
                    if new {
                        seen.push(key);
                    }
                    new
                })
                .collect()
        };
        let mut found = objects(find_labels(&text, &labels, &self.vocabulary.same));
        if way == Way::AlreadyThere {
            // What the text names of the sign-in is the screen already
            // reached: the portal is past it.
            let sign_in: Vec<String> = candidates
                .iter()
                .filter(|c| c.id.starts_with(SIGN_IN_FORM))
                .map(|c| normalize(&c.label))
                .collect();
            let (past, rest): (Vec<Found>, Vec<Found>) = found
                .into_iter()
                .partition(|f| f.labels.iter().any(|l| sign_in.contains(l)));
            let label = past.first().map(|f| {
                f.quote
                    .clone()
                    .or_else(|| text.get(f.range.clone()).map(str::to_owned))
                    .unwrap_or_default()
            })?;
            work.notes.push(Note::AlreadyThere { label });
            found = rest;
        }
        if signing_in(portal) && (reading.signs_in || found.iter().any(|f| !f.labels.is_empty())) {
            // The words that name the sign-in's own elements.
            let consumed: Vec<_> = found
                .iter()
                .filter(|f| {
                    candidates
                        .iter()
                        .any(|c| is_sign_in(&c.id) && f.labels.contains(&normalize(&c.label)))
                })
                .map(|f| f.range.clone())
                .collect();
            self.sign_in(portal, &mut work);
            if consumed.is_empty() && !reading.signs_in {
                work.notes.push(Note::SignInAdded);
            }
            // What the text names besides the sign-in, from the screen after it.
            let labels: Vec<String> = self
                .candidates(portal)
                .into_iter()
                .map(|c| c.label)
                .collect();
            found = objects(find_labels(&text, &labels, &self.vocabulary.same))
                .into_iter()
                .filter(|f| !consumed.iter().any(|r| overlaps(r, &f.range)))
                .collect();
        }
        // A part of a menu path the portal has nothing like: the step cannot
        // be followed, and says which part.
        if let Some(part) = found
            .iter()
            .find(|f| f.labels.is_empty() && path.iter().any(|r| overlaps(r, &f.range)))
            .and_then(|f| f.quote.clone())
        {
            work.problem
                .get_or_insert(Unresolved::Absent { label: part });
        }
        // A control the text quotes as the object of a verb ("click
        // 「マイアカウント」") that the portal has nothing like: the step is
        // not done, whatever else it did (a sign-in before it).
        // An item of a list the verb acts on is its object too
        // (「[A]、[B] の順に選びます」).
        let ranges: Vec<_> = found.iter().map(|f| f.range.clone()).collect();
        let acted_on = self.vocabulary.objects_of_lists(&text, &ranges);
        if !reading.types {
            if let Some(part) = found
                .iter()
                .zip(&acted_on)
                .find(|(f, object)| f.labels.is_empty() && f.quote.is_some() && **object)
                .and_then(|(f, _)| f.quote.clone())
            {
                work.problem
                    .get_or_insert(Unresolved::Absent { label: part });
            }
        }
        // The controls the text names without quotes: each in the product's
        // words, or reported.
        let all_labels: Vec<String> = candidates.iter().map(|c| c.label.clone()).collect();
        // The labels the text has whole: a name cut short by a filler
        // (`Copy password` of `Copy password to clipboard`) is their start.
        let whole: Vec<String> = find_labels(&text, &all_labels, &self.vocabulary.same)
            .into_iter()
            .filter(|f| f.exact)
            .flat_map(|f| f.labels)
            .collect();
        for name in self.vocabulary.named_objects(&text) {
            if all_labels.iter().any(|l| same_label(&name, l)) {
                continue;
            }
            let n = normalize(&name);
            if whole.iter().any(|l| l.starts_with(&n)) {
                continue;
            }
            let nearest = all_labels
                .iter()
                .map(|l| (similarity_in(&name, l, &self.vocabulary.same), l))
                .filter(|(s, _)| *s >= QUOTE_SIMILARITY)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, l)| l.clone());
            match nearest {
                Some(label) => work.notes.push(Note::NamedOtherwise { name, label }),
                None if !all_labels.iter().any(|l| normalize(l).starts_with(&n)) => {
                    work.notes.push(Note::NamedAbsent { name })
                }
                None => {}
            }
        }
        let mentions = found.iter().filter(|f| !f.labels.is_empty()).count();
        if let Way::Leave(k) = way {
            // One control the text names left undone ("…, or Cancel to
            // stop"): the steps after follow only without it.
            let j = found
                .iter()
                .enumerate()
                .filter(|(_, f)| !f.labels.is_empty())
                .nth(k)
                .map(|(j, _)| j)?;
            let f = found.remove(j);
            let label = f
                .quote
                .clone()
                .or_else(|| text.get(f.range.clone()).map(str::to_owned))
                .unwrap_or_default();
            work.notes.push(Note::LeftUndone { label });
        }
        let quote_resolves = found
            .iter()
            .any(|f| f.quote.is_some() && !f.labels.is_empty());
        if reading.types && !work.refused {
            self.assume_field(portal, &found, &reading, &mut work);
        }
        for f in &found {
            if work.refused {
                break;
            }
            self.mention(
                portal,
                &mut previous,
                f,
                &reading,
                quote_resolves,
                next,
                step.number,
                &mut work,
            );
        }
        if reading.pastes
            && !work.refused
            && !work
                .actions
                .iter()
                .any(|a| matches!(a, ScriptAction::Paste(_)))
        {
            self.paste_anywhere(portal, &mut work);
        }
        if !work.refused {
            self.send_form(portal, next, &mut work);
        }
        // The location the text claims, against the control its own clause
        // names (`open Mail on the taskbar`), or the first one after it
        // (`On the left, select …`); else the first control the text names
        // (not one the importer added, such as the sign-in's fields).
        let clause_start = reading
            .location_words
            .as_deref()
            .and_then(|w| text.find(w))
            .map(|at| {
                text[..at]
                    .rfind([',', ';', '.', '、', '。', '，'])
                    .map_or(0, |i| i + 1)
            });
        let in_clause = clause_start.and_then(|from| {
            work.acted
                .iter()
                .filter(|(r, _)| r.end > from)
                .min_by_key(|(r, _)| r.start)
                .map(|(_, id)| id.as_str())
        });
        let first = in_clause.or(work.first.as_deref()).or_else(|| {
            (!work.signed_in)
                .then(|| work.actions.iter().find_map(ScriptAction::element))
                .flatten()
        });
        if let (Some(claimed), Some(spec)) = (
            reading.location,
            first.and_then(|id| self.model.element(id)).map(|e| e.spec),
        ) {
            if !claimed.contains(spec.region, spec.side) {
                let label = self.l10n.format(self.locale, spec.label, &[]);
                work.notes.push(Note::Location {
                    claimed,
                    words: reading.location_words.clone().unwrap_or_default(),
                    actual: Location::of(spec.region, spec.side),
                    label,
                });
            }
        }
        step.id_hint = if work.signed_in {
            Some("sign-in".to_owned())
        } else {
            work.first.clone()
        };
        step.actions = work.actions;
        // A click on the way that the text does name, by its label or its
        // picture ("open Office 365 settings from the gear"), is no addition.
        let in_text: Vec<String> = find_labels(&text, &labels, &self.vocabulary.same)
            .into_iter()
            .filter(|f| !self.vocabulary.is_place(&text, &f.range))
            .flat_map(|f| f.labels)
            .collect();
        let screen = portal.screen();
        let named: Vec<String> = candidates
            .iter()
            .filter(|c| in_text.contains(&normalize(&c.label)))
            .map(|c| normalize(&self.label_of(&screen, &c.id)))
            .collect();
        for note in &mut work.notes {
            if let Note::Route { labels } = note {
                labels.retain(|l| !named.contains(&normalize(l)));
            }
        }
        work.notes
            .retain(|n| !matches!(n, Note::Route { labels } if labels.is_empty()));
        step.notes.extend(work.notes);
        step.expect = Some(portal.screen_id());
        if let (Some(n), true) = (work.repeats, step.actions.is_empty()) {
            step.status = StepStatus::Describes;
            step.notes.push(Note::Repeats { step: n });
            return Some(mentions);
        }
        step.status = match (work.problem, step.actions.is_empty()) {
            (Some(p), _) => StepStatus::Unresolved(p),
            (None, true) => StepStatus::Unresolved(Unresolved::NothingNamed {
                screen: self.screen_title(portal),
            }),
            (None, false) => StepStatus::Resolved,
        };
        if matches!(step.status, StepStatus::Unresolved(_)) && step.actions.is_empty() {
            step.expect = None;
        }
        Some(mentions)
    }

    /// The sign-in, as the shipped scripts do it: account and password, then
    /// the code the phone shows.
    fn sign_in(&self, portal: &mut Portal, work: &mut StepWork) {
        if at_sign_in(portal) {
            for action in [
                typed("sign-in.user", "{account}"),
                typed("sign-in.password", "{password}"),
                ScriptAction::Click("sign-in.submit".into()),
            ] {
                if !self.perform(portal, action, work) {
                    return;
                }
            }
        }
        if at_verification(portal) {
            for action in [
                typed("mfa.code", "{code}"),
                ScriptAction::Click("mfa.verify".into()),
            ] {
                if !self.perform(portal, action, work) {
                    return;
                }
            }
        }
        work.signed_in = true;
    }

    /// Types into the one field on screen when the text asks to type but names
    /// no field.
    fn assume_field(
        &self,
        portal: &mut Portal,
        found: &[Found],
        reading: &Reading,
        work: &mut StepWork,
    ) {
        let candidates = self.candidates(portal);
        let names_field = found.iter().any(|f| {
            candidates.iter().any(|c| {
                c.usable && c.role() == Role::TextField && f.labels.contains(&normalize(&c.label))
            })
        });
        let fields: Vec<&Candidate> = candidates
            .iter()
            .filter(|c| c.usable && c.role() == Role::TextField)
            .collect();
        if names_field || fields.len() != 1 || reading.pastes {
            return;
        }
        let field = fields[0];
        work.notes.push(Note::Field {
            label: field.label.clone(),
        });
        let action = self.fill(&field.id, false);
        self.perform(portal, action, work);
    }

    /// Acts on what one label of the text names.
    #[allow(clippy::too_many_arguments)]
    fn mention(
        &self,
        portal: &mut Portal,
        previous: &mut Option<&mut DraftStep>,
        f: &Found,
        reading: &Reading,
        quote_resolves: bool,
        next: Option<&str>,
        number: usize,
        work: &mut StepWork,
    ) {
        let all: Vec<Candidate> = self
            .candidates(portal)
            .into_iter()
            .filter(|c| f.labels.contains(&normalize(&c.label)))
            .filter(|c| match c.role() {
                // A field is typed into only when the text asks to type.
                Role::TextField => reading.types || reading.pastes,
                Role::PasswordDisplay => reading.copies,
                r => r.is_clickable(),
            })
            .collect();
        if all.is_empty() {
            // A label of text: nothing to do.
            return;
        }
        // The current tab: nothing to do. When the step before opened it
        // (its navigation entry is the current one), the instruction is given
        // again, not a call for another control of the same name a route
        // away (the proof-up page's tab).
        if let Some(current) = all.iter().find(|c| c.selected) {
            if work.actions.is_empty()
                && previous.as_ref().is_some_and(|p| {
                    p.actions
                        .iter()
                        .any(|a| a.element() == Some(current.id.as_str()))
                })
            {
                work.repeats = Some(number - 1);
            }
            return;
        }
        let quoted = f.quote.is_some();
        let shown = f.quote.clone().unwrap_or_else(|| all[0].label.clone());
        // Each candidate with what it takes: (usable now, at the location, route).
        let mut ranked: Vec<(Candidate, bool, Vec<Action>)> = Vec::new();
        // A route is only worth searching for when nothing usable competes
        // and the mention counts.
        let search = !all.iter().any(|c| c.usable && !c.selected) && (quoted || !quote_resolves);
        for c in all.into_iter().filter(|c| !c.selected) {
            let at = reading
                .location
                .is_some_and(|l| l.contains(c.region, c.side));
            if c.usable {
                ranked.push((c, at, Vec::new()));
            } else if let Some(route) = search
                .then(|| route_to(portal, &c.id))
                .flatten()
                .filter(|r| r.len() <= MAX_ROUTE)
            {
                ranked.push((c, at, route));
            }
        }
        if ranked.is_empty()
            && (quoted || !quote_resolves)
            && self.form_first(portal, f, reading, work)
        {
            // The form the text left out is filled and sent: the target again.
            return self.mention(
                portal,
                previous,
                f,
                reading,
                quote_resolves,
                next,
                number,
                work,
            );
        }
        if ranked.is_empty() {
            // A control the text asks to act on, quoted or the object of a
            // verb, that cannot be reached: the step is not done, whatever
            // else it did.
            if quoted || !quote_resolves {
                work.problem.get_or_insert(Unresolved::Unreachable {
                    label: shown,
                    screen: self.screen_title(portal),
                });
            }
            return;
        }
        let key = |(c, at, route): &(Candidate, bool, Vec<Action>)| (!c.usable, !*at, route.len());
        let best_key = ranked.iter().map(key).min().unwrap_or((true, true, 0));
        if best_key.0 && !quoted && quote_resolves {
            // An unquoted word that is also a label elsewhere, while the
            // step's quotes say what it is about.
            return;
        }
        let best: Vec<&(Candidate, bool, Vec<Action>)> =
            ranked.iter().filter(|r| key(r) == best_key).collect();
        let first_kind = best[0].0.spec.id;
        if best.iter().any(|(c, _, _)| c.spec.id != first_kind) {
            let mut elements: Vec<String> = best.iter().map(|(c, _, _)| c.id.clone()).collect();
            elements.dedup();
            // Never silently left out: a control the text asks for that
            // names several is a question for the author.
            work.problem.get_or_insert(Unresolved::Ambiguous {
                label: shown,
                elements,
            });
            return;
        }
        // Rows of the app-password list: the one the draft's [params] name.
        let row = row_of(portal, NAME).map(|n| first_kind.replace("{n}", &n.to_string()));
        let chosen = best
            .iter()
            .find(|(c, _, _)| first_kind.contains("{n}") && Some(&c.id) == row.as_ref())
            .unwrap_or(&best[0]);
        let (c, route) = (&chosen.0, chosen.2.clone());
        if work
            .actions
            .iter()
            .any(|a| a.element() == Some(c.id.as_str()))
        {
            return;
        }
        if work.first.is_some() && next.is_some_and(|n| names(n, &c.label)) {
            work.notes.push(Note::LeftToNext {
                label: c.label.clone(),
                next: number + 1,
            });
            if !f.exact && quoted {
                work.notes.push(Note::NearQuote {
                    quote: shown,
                    label: c.label.clone(),
                });
            }
            return;
        }
        // The step before did this already, and going back to do it again is
        // what a route would take: the instruction is given twice.
        if !c.usable
            && work.actions.is_empty()
            && previous
                .as_ref()
                .is_some_and(|p| p.actions.iter().any(|a| a.element() == Some(c.id.as_str())))
        {
            work.repeats = Some(number - 1);
            return;
        }
        if !route.is_empty() && !self.route(portal, previous, &route, number, work) {
            // The way to a control the text asks for is refused: the step
            // is not done, and says so.
            work.problem.get_or_insert(Unresolved::Unreachable {
                label: shown,
                screen: self.screen_title(portal),
            });
            return;
        }
        if !f.exact && quoted {
            work.notes.push(Note::NearQuote {
                quote: shown,
                label: c.label.clone(),
            });
        }
        if c.spec.id.contains("{n}") {
            work.notes.push(Note::Row { name: NAME.into() });
        }
        // "Type a name … and click Next" after steps the portal could not
        // follow, whose route the portal's own stands in for: the typing
        // goes into the field whose form the button sends.
        let stand_in = !route.is_empty()
            && previous.as_ref().is_some_and(|p| {
                matches!(p.status, StepStatus::Unresolved(_)) && p.actions.is_empty()
            });
        if stand_in
            && reading.types
            && c.role().is_clickable()
            && !work
                .actions
                .iter()
                .any(|a| matches!(a, ScriptAction::Type { .. } | ScriptAction::Paste(_)))
        {
            let screen = portal.screen();
            let field = screen.elements.iter().find(|e| {
                e.enabled
                    && e.role == Role::TextField
                    && !is_sign_in(&e.id)
                    && self.model.default_button(&e.id) == Some(c.id.as_str())
            });
            if let Some(field) = field {
                let (id, label) = (field.id.clone(), self.label_of(&screen, &field.id));
                work.notes.push(Note::Field { label });
                let fill = self.fill(&id, reading.pastes);
                if !self.perform(portal, fill, work) {
                    return;
                }
            }
        }
        let action = match c.role() {
            Role::TextField => self.fill(&c.id, reading.pastes),
            Role::PasswordDisplay => ScriptAction::Copy(c.id.clone()),
            _ => ScriptAction::Click(c.id.clone()),
        };
        if work.first.is_none() {
            work.first = Some(c.id.clone());
        }
        work.acted.push((f.range.clone(), c.id.clone()));
        self.perform(portal, action, work);
    }

    /// When the screen holds a form the text leaves out (the create dialog's
    /// name and Next before "Copy password to clipboard"): fills its one field
    /// and sends it, if that brings what `f` names within a short route.
    /// Bounded: one form, its field and its default button, noted as left out.
    fn form_first(
        &self,
        portal: &mut Portal,
        f: &Found,
        reading: &Reading,
        work: &mut StepWork,
    ) -> bool {
        if work.notes.iter().any(|n| matches!(n, Note::LeftOut { .. })) {
            return false;
        }
        let screen = portal.screen();
        let mut fields = screen
            .elements
            .iter()
            .filter(|e| e.enabled && e.role == Role::TextField && !is_sign_in(&e.id));
        let (Some(field), None) = (fields.next(), fields.next()) else {
            return false;
        };
        let Some(button) = self.model.default_button(&field.id) else {
            return false;
        };
        let steps = [
            self.fill(&field.id, reading.pastes),
            ScriptAction::Click(button.into()),
        ];
        let mut trial = portal.clone();
        let mut scratch = StepWork::default();
        if !steps
            .iter()
            .all(|a| self.perform(&mut trial, a.clone(), &mut scratch))
        {
            return false;
        }
        let reachable = self.candidates(&trial).into_iter().any(|c| {
            f.labels.contains(&normalize(&c.label))
                && (c.usable || route_to(&trial, &c.id).is_some_and(|r| r.len() <= MAX_ROUTE))
        });
        if !reachable {
            return false;
        }
        let labels = vec![
            self.label_of(&screen, &field.id),
            self.label_of(&screen, button),
        ];
        for action in steps {
            if !self.perform(portal, action, work) {
                return false;
            }
        }
        work.notes.push(Note::LeftOut { labels });
        true
    }

    /// Takes a route to a target: the clicks made on a menu or dialog the
    /// previous step opened complete that step; the rest start this one.
    fn route(
        &self,
        portal: &mut Portal,
        previous: &mut Option<&mut DraftStep>,
        route: &[Action],
        number: usize,
        work: &mut StepWork,
    ) -> bool {
        let mut to_previous = Vec::new();
        let mut here = Vec::new();
        for action in route {
            let screen = portal.screen();
            let label = match action.element() {
                Some(id) => self.label_of(&screen, id),
                None => self.l10n.format(self.locale, "import-back", &[]),
            };
            let script = match action {
                Action::Click(id) => ScriptAction::Click(id.clone()),
                _ => ScriptAction::Back,
            };
            let onto_previous = work.actions.is_empty()
                && here.is_empty()
                && screen.has_dialog()
                && previous
                    .as_ref()
                    .is_some_and(|p| !p.actions.is_empty() && p.expect == Some(screen.id));
            if !matches!(portal.act(action.clone()), Ok(Outcome::Screen(_))) {
                return false;
            }
            if onto_previous {
                if let Some(p) = previous.as_deref_mut() {
                    p.actions.push(script);
                    p.expect = Some(portal.screen_id());
                }
                to_previous.push(label);
            } else {
                work.actions.push(script);
                here.push(label);
            }
        }
        if let (false, Some(p)) = (to_previous.is_empty(), previous.as_deref_mut()) {
            p.notes.push(Note::ForNext {
                labels: to_previous,
                next: number,
            });
        }
        if !here.is_empty() {
            work.notes.push(Note::Route { labels: here });
        }
        true
    }

    /// Pastes into the field nearest to the screen, when the text asks to
    /// paste but names no field.
    fn paste_anywhere(&self, portal: &mut Portal, work: &mut StepWork) {
        let mut options: Vec<(usize, String, Vec<Action>)> = Vec::new();
        for spec in self.model.specs().filter(|s| s.role == Role::TextField) {
            if is_sign_in(spec.id) {
                continue;
            }
            if let Some(route) = route_to(portal, spec.id).filter(|r| r.len() <= MAX_ROUTE) {
                options.push((route.len(), spec.id.to_owned(), route));
            }
        }
        options.sort_by_key(|o| o.0);
        match options.as_slice() {
            [(n, id, route), rest @ ..] if rest.first().is_none_or(|r| r.0 > *n) => {
                let (id, route) = (id.clone(), route.clone());
                // The clicks that open the field are part of this one
                // addition (“paste it into your app”), said with it: not a
                // route the text leaves out, here or in `--portal`.
                let mut opened = Vec::new();
                if !route.is_empty() {
                    let mut none = None;
                    let before = work.notes.len();
                    if !self.route(portal, &mut none, &route, 0, work) {
                        return;
                    }
                    for note in work.notes.drain(before..) {
                        if let Note::Route { labels } = note {
                            opened.extend(labels);
                        }
                    }
                }
                let label = self.label_of(&portal.screen(), &id);
                if self.perform(portal, ScriptAction::Paste(id), work) {
                    work.notes.push(Note::Paste { label, opened });
                }
            }
            _ => {
                work.problem.get_or_insert(Unresolved::Paste);
            }
        }
    }

    /// After filling a field, sends its form (its default button) unless the
    /// step already did, or the next step says to ("Enter a name." then
    /// "Click Next."): the procedure as a whole gives that click its own step.
    fn send_form(&self, portal: &mut Portal, next: Option<&str>, work: &mut StepWork) {
        let Some(field) = work.actions.last().and_then(|a| match a {
            ScriptAction::Type { element, .. } | ScriptAction::Paste(element) => {
                Some(element.clone())
            }
            _ => None,
        }) else {
            return;
        };
        let Some(button) = self.model.default_button(&field) else {
            return;
        };
        let screen = portal.screen();
        let label = self.label_of(&screen, button);
        let asked_next = next.is_some_and(|n| {
            find_labels(n, std::slice::from_ref(&label), &self.vocabulary.same)
                .iter()
                .any(|f| f.quote.is_some() || self.vocabulary.is_object(n, &f.range))
        });
        if asked_next {
            return;
        }
        if screen.element(button).is_some_and(|e| e.enabled) {
            work.notes.push(Note::Submit {
                label: self.label_of(&screen, button),
            });
            self.perform(portal, ScriptAction::Click(button.into()), work);
        }
    }

    /// Typing into a field: the value the shipped scripts type there.
    fn fill(&self, field: &str, paste: bool) -> ScriptAction {
        if paste {
            return ScriptAction::Paste(field.into());
        }
        let value = match field {
            "sign-in.user" => "{account}",
            "sign-in.password" => "{password}",
            "mfa.code" => "{code}",
            "mail.password" => return ScriptAction::Paste(field.into()),
            _ => "{name}",
        };
        typed(field, value)
    }

    /// Does one action on the portal and records it; false (and the step
    /// unresolved) when the portal refuses or cannot.
    fn perform(&self, portal: &mut Portal, action: ScriptAction, work: &mut StepWork) -> bool {
        // A paste with nothing copied would type nothing: the text pastes
        // before it copies ("Your password will come up. Paste it …").
        if matches!(action, ScriptAction::Paste(_)) && portal.clipboard_len().is_none_or(|n| n == 0)
        {
            work.refused = true;
            work.problem.get_or_insert(Unresolved::NothingCopied);
            return false;
        }
        let screen = portal.screen();
        let label = action
            .element()
            .map(|id| self.label_of(&screen, id))
            .unwrap_or_default();
        let fixture = &self.fixture;
        let vars = |v: &str| -> Option<String> {
            match v {
                "account" => Some(fixture.account.clone()),
                "password" => Some(fixture.password.clone()),
                "display_name" => Some(fixture.display_name.clone()),
                "name" => Some(NAME.to_owned()),
                "code" => screen.element("phone.message").and_then(|e| {
                    e.label.args.iter().find_map(|(k, v)| match (k, v) {
                        (&"code", Arg::Text(code)) => Some(code.clone()),
                        _ => None,
                    })
                }),
                _ => None,
            }
        };
        let result = action
            .resolve(&vars)
            .map_err(|_| None)
            .and_then(|a| portal.act(a).map_err(Some));
        match result {
            Ok(Outcome::Refused(r)) => {
                work.refused = true;
                work.problem.get_or_insert(Unresolved::Refused {
                    label,
                    refusal: self.l10n.portal(self.locale, &r.message()),
                });
                false
            }
            Ok(_) => {
                // Every value the draft types for the text is said.
                if let ScriptAction::Type { text, .. } = &action {
                    if text.variables().any(|v| v == "name") {
                        work.notes.push(Note::Typed {
                            value: NAME.to_owned(),
                            label: label.clone(),
                        });
                    }
                }
                work.actions.push(action);
                true
            }
            Err(_) => {
                work.refused = true;
                let screen = self.screen_title(portal);
                work.problem
                    .get_or_insert(Unresolved::Unreachable { label, screen });
                false
            }
        }
    }
}

/// `{ type = field, text = value }`, for one of the placeholders above.
fn typed(field: &str, value: &'static str) -> ScriptAction {
    ScriptAction::Type {
        element: field.into(),
        text: Template::parse(value).expect("the importer's own placeholders parse"),
    }
}

/// The 1-based row of the app password named `name`.
fn row_of(portal: &Portal, name: &str) -> Option<usize> {
    portal
        .app_passwords()
        .iter()
        .position(|a| a.name == name)
        .map(|i| i + 1)
}
