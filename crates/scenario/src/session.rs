//! A trainee's run through a scenario: the portal reacts to every action as the
//! real one would; the session knows the current step, counts mistakes, notices
//! when the trainee has wandered off and knows the way back.
//!
//! An exam session ([`Session::exam`]) judges the goal, not the clicks: it
//! ends as soon as the scenario's goal holds, whatever way the trainee took.
//! It still follows the script silently, for the time each step took and the
//! mistakes: an action that is not the script's but reaches the view a later
//! step expects (another way to the same place) is not a mistake, and the
//! silent script catches up with it.

use crate::model::{Scenario, ScriptAction, Step};
use crate::run::{evaluate, resolve, GoalCheck, GoalReport, RunError};
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::time::{Duration, Instant};
use thiserror::Error;
use walkthrough_portal::model::{Click, Effect};
use walkthrough_portal::{
    Action, FixtureError, Outcome, Portal, PortalError, PortalOptions, Role, Screen, ScreenId,
    Value, Window,
};

/// How the session judged an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The action the step expects next; the step goes on.
    Expected,
    /// The step's last action: the next step begins.
    StepDone,
    /// The procedure's last action.
    Finished,
    /// Not what the step expects: the portal did it anyway, and it counts as a mistake.
    Wrong,
    /// The right action, refused by the portal (a wrong password, an empty name): a mistake.
    Refused,
    /// A move back towards the step after wandering off: not counted.
    Recovering,
    /// Editing a field, focusing, or acting after the end: neither right nor wrong.
    Neutral,
}

/// What an action did and how the session judged it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    /// What the portal did.
    pub outcome: Outcome,
    /// How it counts.
    pub verdict: Verdict,
}

/// A trainee's figures so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    /// Actions that were not what the step expected.
    pub wrong_actions: u32,
    /// Hints asked for.
    pub hints: u32,
    /// Steps skipped.
    pub skipped: u32,
    /// Time since the start (or restart).
    pub elapsed: Duration,
    /// Time each finished step took.
    pub step_times: Vec<Duration>,
    /// Steps that ended on another view than the script expects: (0-based
    /// step, expected, actual). Empty when the script is right.
    pub unexpected_screens: Vec<(usize, ScreenId, ScreenId)>,
}

/// A session that cannot go on.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SessionError {
    /// The fixture cannot start a portal.
    #[error(transparent)]
    Fixture(#[from] FixtureError),
    /// The script itself could not be performed at step `step`.
    #[error("step {} (`{step_id}`): {error}", step + 1)]
    Script {
        /// 0-based step.
        step: usize,
        /// Its id.
        step_id: String,
        /// What went wrong.
        error: RunError,
    },
}

/// The one-time password dialog's controls' id prefix.
const ONE_TIME_DIALOG: &str = "new-app-password.";
/// The app-password page's Create button.
const CREATE: &str = "app-passwords.create";
/// The create dialog's Next, which creates the app password.
const CREATE_NEXT: &str = "create-app-password.next";

/// Whether a click on `id` only moves: it opens a view (a page, a layer, an
/// empty form) or closes one, or brings a window forward, and changes nothing a
/// person would lose or cannot take back. Never a sign-in or verification, a
/// form sent, a row chosen for deletion or deleted, a secret copied or checked,
/// a sign-out, nor closing the layer that shows a secret once. Read from the
/// model the portal runs, so a trainer's model is routed by the same rule.
pub fn only_moves(portal: &Portal, id: &str) -> bool {
    let model = portal.model();
    let Some(def) = model.element(id) else {
        return false;
    };
    match &def.click {
        Click::Go(_) | Click::Window(_) | Click::Effect(Effect::OpenForm { .. }) => true,
        Click::Close => {
            let here = portal.screen_id();
            !model.elements.iter().any(|e| {
                matches!(e.click, Click::Effect(Effect::CreateSecret { shows, .. }) if shows == here)
            })
        }
        Click::Nothing | Click::Effect(_) => false,
    }
}
/// How many portal states the search for a route may visit.
const SEARCH_LIMIT: usize = 256;

/// The shortest sequence of clicks (and Back) that puts `element` on screen,
/// enabled, from the portal's current state; empty when it already is. Never
/// signs in, sends a form, chooses a row, deletes or signs out on the way:
/// only clicks that [`only_moves`] allows. (A confirmation's Yes is out of
/// reach unless its row's is open: which row is the text's to say.)
pub fn route_to(portal: &Portal, element: &str) -> Option<Vec<Action>> {
    search(
        portal,
        |s: &Screen| s.element(element).is_some_and(|e| e.enabled),
        only_moves,
    )
}

/// The shortest sequence of clicks (and Back) from the portal's current
/// state to a screen for which `usable` holds; empty when it already does.
/// The same moves as [`route_to`], and a row's Delete too (opening its
/// confirmation, deleting nothing): `usable` is what names the row, as the
/// way back to the named row's confirmation does.
pub fn route_where(portal: &Portal, usable: impl Fn(&Screen) -> bool) -> Option<Vec<Action>> {
    search(portal, usable, |p, id| {
        only_moves(p, id)
            || p.model()
                .element(id)
                .is_some_and(|d| matches!(d.click, Click::Effect(Effect::ConfirmRow { .. })))
    })
}

fn search(
    portal: &Portal,
    usable: impl Fn(&Screen) -> bool,
    may_click: impl Fn(&Portal, &str) -> bool,
) -> Option<Vec<Action>> {
    let start = portal.screen();
    if usable(&start) {
        return Some(Vec::new());
    }
    let key = |s: &Screen| (s.id, s.page, s.window == Window::MailApp);
    let mut seen = BTreeSet::from([key(&start)]);
    let mut queue = VecDeque::from([(portal.clone(), Vec::<Action>::new())]);
    let mut visited = 0;
    while let Some((portal, path)) = queue.pop_front() {
        visited += 1;
        if visited > SEARCH_LIMIT {
            return None;
        }
        let screen = portal.screen();
        let moves = std::iter::once(Action::Back).chain(
            screen
                .elements
                .iter()
                .filter(|e| e.enabled && e.role.is_clickable())
                .filter(|e| may_click(&portal, &e.id))
                .map(|e| Action::Click(e.id.clone())),
        );
        for action in moves {
            let mut next = portal.clone();
            if !matches!(next.act(action.clone()), Ok(Outcome::Screen(_))) {
                continue;
            }
            let after = next.screen();
            let mut path = path.clone();
            path.push(action);
            if usable(&after) {
                return Some(path);
            }
            if seen.insert(key(&after)) {
                queue.push_back((next, path));
            }
        }
    }
    None
}

/// One trainee's run of one scenario.
#[derive(Debug, Clone)]
pub struct Session {
    scenario: Scenario,
    options: PortalOptions,
    portal: Portal,
    step: usize,
    pos: usize,
    bound: BTreeMap<String, String>,
    wrong: u32,
    hints: u32,
    skipped: u32,
    started: Instant,
    step_started: Instant,
    step_times: Vec<Duration>,
    unexpected_screens: Vec<(usize, ScreenId, ScreenId)>,
    way_back: Option<Action>,
    /// The last action judged right: done again with nothing changed (Copy
    /// pressed twice), it is neither right nor wrong.
    last_right: Option<Action>,
    /// Judge the goal, not the clicks.
    exam: bool,
    /// Exam: the goal held after an action.
    goal_reached: bool,
    /// The goal as it stands, once evaluated: argon2 verifications can make
    /// it cost tens of milliseconds. Emptied whenever the portal changes.
    goal_now: OnceCell<GoalReport>,
}

impl Session {
    /// Starts the scenario from its fixture.
    pub fn new(scenario: &Scenario, options: PortalOptions) -> Result<Session, SessionError> {
        let portal =
            Portal::with_model(scenario.model(), scenario.fixture.clone(), options.clone())?;
        let now = Instant::now();
        Ok(Session {
            scenario: scenario.clone(),
            options,
            portal,
            step: 0,
            pos: 0,
            bound: BTreeMap::new(),
            wrong: 0,
            hints: 0,
            skipped: 0,
            started: now,
            step_started: now,
            step_times: Vec::new(),
            unexpected_screens: Vec::new(),
            way_back: None,
            last_right: None,
            exam: false,
            goal_reached: false,
            goal_now: OnceCell::new(),
        })
    }

    /// Starts the scenario as an exam: it ends when the goal holds, by any
    /// valid path, and the names the trainee types are not taken as the
    /// scenario's values (the task names them).
    pub fn exam(scenario: &Scenario, options: PortalOptions) -> Result<Session, SessionError> {
        let mut session = Session::new(scenario, options)?;
        session.exam = true;
        Ok(session)
    }

    /// Whether this is an exam.
    pub fn is_exam(&self) -> bool {
        self.exam
    }

    /// Whether the silent script has reached its end.
    fn script_done(&self) -> bool {
        self.step >= self.scenario.steps.len()
    }

    /// The scenario being run.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// What is on screen.
    pub fn screen(&self) -> Screen {
        self.portal.screen()
    }

    /// The portal, for questions the screen does not answer.
    pub fn portal(&self) -> &Portal {
        &self.portal
    }

    /// The 0-based current step; `None` once finished.
    pub fn step_index(&self) -> Option<usize> {
        (self.step < self.scenario.steps.len()).then_some(self.step)
    }

    /// The current step.
    pub fn step(&self) -> Option<&Step> {
        self.scenario.steps.get(self.step)
    }

    /// How many steps the scenario has.
    pub fn step_count(&self) -> usize {
        self.scenario.steps.len()
    }

    /// Whether the run is over: every step done, or (exam) the goal holds.
    pub fn is_finished(&self) -> bool {
        if self.exam {
            self.goal_reached
        } else {
            self.script_done()
        }
    }

    /// Values the trainee chose for placeholders (the name they typed).
    pub fn chosen(&self) -> &BTreeMap<String, String> {
        &self.bound
    }

    /// The goal, evaluated now. Its `{placeholders}` are the script's
    /// `[params]` in every mode, never what the trainee typed: a name typed
    /// as `Outlook` does not meet a goal on `Outlook desktop`.
    pub fn goal(&self) -> GoalReport {
        self.goal_now
            .get_or_init(|| {
                evaluate(
                    &self.scenario.goal,
                    &self.scenario,
                    &BTreeMap::new(),
                    &self.portal,
                )
            })
            .clone()
    }

    /// The portal does `action`; the goal must be evaluated again.
    fn portal_act(&mut self, action: Action) -> Result<Outcome, PortalError> {
        self.goal_now = OnceCell::new();
        self.portal.act(action)
    }

    /// Whether the goal held when it was last judged since the portal last
    /// changed; `None` when it has not been judged since (judging may cost
    /// argon2 verifications, tens of milliseconds: this never judges).
    pub fn goal_met_if_judged(&self) -> Option<bool> {
        self.goal_now.get().map(GoalReport::met)
    }

    /// Whether the goal holds now.
    pub fn goal_met(&self) -> bool {
        self.goal().met()
    }

    /// The figures so far.
    pub fn stats(&self) -> Stats {
        Stats {
            wrong_actions: self.wrong,
            hints: self.hints,
            skipped: self.skipped,
            elapsed: self.elapsed(),
            step_times: self.step_times.clone(),
            unexpected_screens: self.unexpected_screens.clone(),
        }
    }

    /// The time since the run started (cheaper than [`Session::stats`]).
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Records that the trainee asked for the hint.
    pub fn use_hint(&mut self) {
        self.hints += 1;
    }

    /// The index of the next action that is not a field edit, from `pos`.
    fn next_significant(&self) -> Option<usize> {
        let step = self.step()?;
        (self.pos..step.actions.len()).find(|&i| !step.actions[i].is_edit())
    }

    /// The name of the fixture's app password in row `row` (1-based): the
    /// script is written against the fixture, so its row numbers name the
    /// fixture's rows, whatever the list looks like now.
    fn fixture_row_name(&self, row: usize) -> Option<String> {
        let index = row.checked_sub(1)?;
        self.scenario
            .fixture
            .app_passwords
            .get(index)
            .map(|a| a.name.clone())
    }

    /// The app password the script last acted on by row, before action
    /// `index` of the current step: what a dialog it opened is about.
    fn last_row_name(&self, index: usize) -> Option<String> {
        let before = self.scenario.steps[..self.step.min(self.scenario.steps.len())]
            .iter()
            .flat_map(|s| s.actions.iter())
            .chain(
                self.step()
                    .into_iter()
                    .flat_map(|s| s.actions.iter().take(index)),
            );
        before
            .filter_map(|a| row_shape(a.element()?))
            .next_back()
            .and_then(|(_, row)| self.fixture_row_name(row))
    }

    /// The element action `index` of the current step is for.
    fn want(&self, index: usize) -> Option<Want> {
        let id = self.step()?.actions.get(index)?.element()?.to_owned();
        let row = row_shape(&id).and_then(|(_, n)| self.fixture_row_name(n));
        let subject = if row.is_none() {
            self.last_row_name(index)
        } else {
            None
        };
        Some(Want { id, row, subject })
    }

    /// Action `index` of the current step as it applies to the screen now:
    /// placeholders resolved, and a per-row element moved to the row the
    /// script means. `None` when it is for a row or a dialog that is not on
    /// screen (another row's would be the wrong one).
    fn scripted(&self, index: usize) -> Option<Action> {
        let action = self.step()?.actions.get(index)?;
        let resolved = resolve(&self.scenario, &self.bound, &self.portal, action).ok()?;
        let Some(want) = self.want(index) else {
            return Some(resolved);
        };
        if want.row.is_none() && want.subject.is_none() {
            return Some(resolved);
        }
        let id = want.find(&self.portal.screen())?;
        Some(on_element(resolved, id))
    }

    /// Whether the current step is only something to read (no action left to do).
    pub fn needs_acknowledge(&self) -> bool {
        !self.script_done() && !self.is_finished() && self.next_significant().is_none()
    }

    /// The element to highlight now: the empty field to fill or the control to
    /// use next. `None` when wandered off, finished, or the next move is Back.
    pub fn target(&self) -> Option<String> {
        let step = self.step()?;
        let screen = self.portal.screen();
        let usable = |id: &str| screen.element(id).is_some_and(|e| e.enabled);
        for (i, action) in step.actions.iter().enumerate().skip(self.pos) {
            if action.is_edit() {
                let id = action.element()?;
                let empty = screen
                    .element(id)
                    .and_then(|e| e.value.as_ref())
                    .is_some_and(|v| match v {
                        Value::Text(t) => t.is_empty(),
                        Value::Masked(n) => *n == 0,
                        Value::Secret(_) => false,
                    });
                if usable(id) && empty {
                    return Some(id.to_owned());
                }
                continue;
            }
            let element = match self.scripted(i)?.normalized() {
                Action::Click(e) | Action::Copy(e) | Action::Submit(e) => e,
                _ => return None,
            };
            let found = self.want(i).and_then(|w| w.find(&screen));
            return (usable(&element) && found.is_some_and(|f| f == element)).then_some(element);
        }
        None
    }

    /// Whether the next expected control is not on screen (or is behind a dialog).
    pub fn wandered_off(&self) -> bool {
        let Some(i) = self.next_significant() else {
            return false;
        };
        if matches!(
            self.step().and_then(|s| s.actions.get(i)),
            Some(ScriptAction::Back)
        ) {
            return false;
        }
        match self.want(i) {
            Some(want) => want.find(&self.portal.screen()).is_none(),
            None => false,
        }
    }

    /// When wandered off: the first move of the shortest way back to where the
    /// step's control is on screen.
    pub fn way_back(&self) -> Option<&Action> {
        self.way_back.as_ref()
    }

    fn find_way_back(&self) -> Option<Action> {
        let i = self.next_significant()?;
        let want = self.want(i)?;
        match route_where(&self.portal, |s| want.find(s).is_some()) {
            Some(route) => {
                let first = route.into_iter().next();
                // A confirmation's own No beats the browser's Back when it
                // leads there as well: it is what a person would press.
                if first == Some(Action::Back) {
                    let no = Action::Click(SAFE_ANSWER.to_owned());
                    let (mut by_no, mut by_back) = (self.portal.clone(), self.portal.clone());
                    if by_no.act(no.clone()).is_ok()
                        && by_back.act(Action::Back).is_ok()
                        && by_no.screen() == by_back.screen()
                    {
                        return Some(no);
                    }
                }
                first
            }
            // Signed out: the way back begins with signing in again.
            None => match self.portal.screen().sign_in {
                Some(step) => Some(Action::Click(step.submit().to_owned())),
                None => self.create_again(i),
            },
        }
    }

    /// The way back when the step's control was in the one-time password
    /// dialog and that dialog is closed: the password cannot be shown again,
    /// so the way back is to create another one (Create, then Next in its
    /// dialog). `None` for any other control.
    fn create_again(&self, i: usize) -> Option<Action> {
        let element = self.scripted(i)?.element()?.to_owned();
        if !element.starts_with(ONE_TIME_DIALOG) {
            return None;
        }
        let screen = self.portal.screen();
        if screen.element(CREATE_NEXT).is_some_and(|e| e.enabled) {
            return Some(Action::Click(CREATE_NEXT.to_owned()));
        }
        let route = route_to(&self.portal, CREATE)?;
        Some(
            route
                .into_iter()
                .next()
                .unwrap_or_else(|| Action::Click(CREATE.to_owned())),
        )
    }

    /// The trainee's action: the portal does it, and the session judges it.
    pub fn act(&mut self, action: Action) -> Result<Feedback, PortalError> {
        let feedback = if self.exam {
            self.judge_exam(action)?
        } else {
            self.judge_and_act(action)?
        };
        self.way_back = if self.wandered_off() {
            self.find_way_back()
        } else {
            None
        };
        Ok(feedback)
    }

    /// Exam: the action is done and judged against the silent script; then
    /// the goal decides whether the run is over.
    fn judge_exam(&mut self, action: Action) -> Result<Feedback, PortalError> {
        if self.goal_reached {
            let outcome = self.portal_act(action)?;
            return Ok(Feedback {
                outcome,
                verdict: Verdict::Neutral,
            });
        }
        let edit = matches!(
            action,
            Action::Type { .. } | Action::Clear(_) | Action::Paste(_)
        );
        // A step that is only read is done once the trainee acts again.
        self.acknowledge();
        let kept_before = self.others_kept();
        let mut feedback = self.judge_and_act(action)?;
        if feedback.verdict == Verdict::Wrong && self.catch_up() {
            self.wrong -= 1;
            feedback.verdict = Verdict::StepDone;
        }
        // Deleting an app password the task does not name is a wrong action,
        // whatever screen it leads to.
        if self.others_kept() < kept_before && feedback.verdict != Verdict::Wrong {
            self.wrong += 1;
            feedback.verdict = Verdict::Wrong;
        }
        if feedback.verdict == Verdict::Finished {
            feedback.verdict = Verdict::StepDone;
        }
        // Typing changes neither app passwords nor the mail app.
        if !edit && self.exam_goal_met() {
            self.goal_reached = true;
            if !self.script_done() {
                let now = Instant::now();
                self.step_times.push(now - self.step_started);
                self.step_started = now;
            }
            feedback.verdict = Verdict::Finished;
        }
        Ok(feedback)
    }

    /// Exam: when the portal now shows the view that the current or a later
    /// step ends on, the silent script jumps past that step. Whether it did.
    fn catch_up(&mut self) -> bool {
        let here = self.portal.screen_id();
        let Some(reached) = (self.step..self.scenario.steps.len())
            .rev()
            .find(|&k| self.scenario.steps[k].expect == Some(here))
        else {
            return false;
        };
        let now = Instant::now();
        self.step_times.push(now - self.step_started);
        for _ in self.step..reached {
            self.step_times.push(Duration::ZERO);
        }
        self.step_started = now;
        self.step = reached + 1;
        self.pos = 0;
        true
    }

    /// How many of the fixture's app passwords that the goal does not name
    /// are still there (the goal's implied condition; no argon2 work).
    fn others_kept(&self) -> usize {
        let goal = crate::model::Goal {
            mail_rejects_password_of: None,
            ..self.scenario.goal.clone()
        };
        evaluate(&goal, &self.scenario, &BTreeMap::new(), &self.portal)
            .checks
            .iter()
            .filter(|(c, ok)| *ok && matches!(c, GoalCheck::OtherAppPasswordKept(_)))
            .count()
    }

    /// The goal, the cheap conditions first: the mail app's refusal of an old
    /// password costs a hash verification per stored password.
    fn exam_goal_met(&self) -> bool {
        let goal = &self.scenario.goal;
        let cheap = crate::model::Goal {
            mail_rejects_password_of: None,
            ..goal.clone()
        };
        evaluate(&cheap, &self.scenario, &BTreeMap::new(), &self.portal).met()
            && (goal.mail_rejects_password_of.is_none() || self.goal_met())
    }

    fn judge_and_act(&mut self, action: Action) -> Result<Feedback, PortalError> {
        let neutral = |outcome| Feedback {
            outcome,
            verdict: Verdict::Neutral,
        };
        if self.script_done()
            || matches!(
                action,
                Action::Type { .. } | Action::Clear(_) | Action::Paste(_)
            )
        {
            return self.portal_act(action).map(neutral);
        }
        let expected = self.next_significant();
        let matches = expected
            .and_then(|j| self.scripted(j))
            .is_some_and(|a| a.normalized() == action.normalized());
        if let (true, Some(j)) = (matches, expected) {
            let chosen = self.values_typed_before(j);
            self.last_right = Some(action.clone());
            let outcome = self.portal_act(action)?;
            if let Outcome::Refused(_) = outcome {
                self.wrong += 1;
                return Ok(Feedback {
                    outcome,
                    verdict: Verdict::Refused,
                });
            }
            if !self.exam {
                self.bound.extend(chosen);
            }
            self.pos = j + 1;
            let verdict = if self.next_significant().is_none() {
                self.finish_step()
            } else {
                Verdict::Expected
            };
            return Ok(Feedback { outcome, verdict });
        }
        let screen = self.portal.screen();
        let passive = action
            .element()
            .and_then(|id| screen.element(id))
            .is_some_and(|e| !e.role.is_clickable() && e.role != Role::PasswordDisplay);
        let was_off = self.wandered_off();
        let suggested = self
            .way_back
            .as_ref()
            .is_some_and(|w| w.normalized() == action.normalized());
        // Deleting, sending a form or signing out is never a way back, even
        // when the step's control is on screen after it.
        let costly = action
            .element()
            .is_some_and(|id| !only_moves(&self.portal, id));
        let back = action == Action::Back;
        // The right action of a moment ago, done again: a mistake only if it
        // changes what is on screen.
        let before = self
            .last_right
            .as_ref()
            .is_some_and(|a| a.normalized() == action.normalized())
            .then(|| self.portal.screen());
        let outcome = self.portal_act(action)?;
        let repeated = matches!(outcome, Outcome::Updated | Outcome::Nothing)
            && before.is_some_and(|b| b == self.portal.screen());
        // Back (or a click beside an open menu) to the view the step starts
        // on is never a mistake.
        let start = self
            .step
            .checked_sub(1)
            .and_then(|k| self.scenario.steps.get(k))
            .and_then(|s| s.expect);
        let to_start = back && start == Some(self.portal.screen_id());
        // Any move that brings a lost trainee back counts as recovering, not
        // only the one the guide suggested.
        let verdict = if was_off && (suggested || (!costly && !self.wandered_off())) {
            Verdict::Recovering
        } else if to_start || passive || repeated {
            Verdict::Neutral
        } else {
            self.wrong += 1;
            Verdict::Wrong
        };
        Ok(Feedback { outcome, verdict })
    }

    /// Values the trainee typed for `{placeholder}` fields the step fills
    /// before action `j`, read off the screen before the form is sent.
    fn values_typed_before(&self, j: usize) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let (Some(step), screen) = (self.step(), self.portal.screen()) else {
            return out;
        };
        for action in &step.actions[self.pos..j] {
            if let ScriptAction::Type { element, text } = action {
                let var = text
                    .sole_variable()
                    .filter(|v| self.scenario.params.contains_key(*v));
                let typed = screen.element(element).and_then(|e| match &e.value {
                    Some(Value::Text(t)) if !t.trim().is_empty() => Some(t.trim().to_owned()),
                    _ => None,
                });
                if let (Some(var), Some(typed)) = (var, typed) {
                    out.insert(var.to_owned(), typed);
                }
            }
        }
        out
    }

    fn finish_step(&mut self) -> Verdict {
        if let Some(expected) = self.expected_screen() {
            let actual = self.portal.screen_id();
            if actual != expected {
                self.unexpected_screens.push((self.step, expected, actual));
            }
        }
        let now = Instant::now();
        self.step_times.push(now - self.step_started);
        self.step_started = now;
        self.step += 1;
        self.pos = 0;
        if self.script_done() {
            Verdict::Finished
        } else {
            Verdict::StepDone
        }
    }

    /// Completes a step that has nothing left to do but read.
    pub fn acknowledge(&mut self) -> Option<Verdict> {
        self.needs_acknowledge().then(|| self.finish_step())
    }

    /// Performs the next scripted action itself (demo mode), or completes a
    /// step that is only to be read. `None` once finished.
    pub fn demo_next(&mut self) -> Result<Option<Feedback>, SessionError> {
        if self.script_done() {
            return Ok(None);
        }
        let step = self.step;
        let Some(scripted) = self.scenario.steps[step].actions.get(self.pos).cloned() else {
            let verdict = self.finish_step();
            return Ok(Some(Feedback {
                outcome: Outcome::Nothing,
                verdict,
            }));
        };
        let script_error = |error| SessionError::Script {
            step,
            step_id: self.scenario.steps[step].id.clone(),
            error,
        };
        let mut action =
            resolve(&self.scenario, &self.bound, &self.portal, &scripted).map_err(script_error)?;
        if let Some(want) = self.want(self.pos) {
            if want.row.is_some() || want.subject.is_some() {
                let screen = self.portal.screen();
                let id = want.find(&screen).ok_or_else(|| {
                    script_error(RunError::Portal(PortalError::NotOnScreen {
                        element: want.id.clone(),
                        screen: screen.id,
                    }))
                })?;
                action = on_element(action, id);
            }
        }
        let outcome = self
            .portal
            .act(action)
            .map_err(|e| script_error(RunError::Portal(e)))?;
        if let Outcome::Refused(r) = outcome {
            return Err(script_error(RunError::Refused(r)));
        }
        self.pos += 1;
        let verdict = if self.pos >= self.scenario.steps[step].actions.len() {
            self.finish_step()
        } else {
            Verdict::Expected
        };
        Ok(Some(Feedback { outcome, verdict }))
    }

    /// Does the rest of the current step itself, so the trainee can go on.
    ///
    /// # Errors
    /// [`SessionError::Script`] when the portal cannot be brought to the
    /// step's end from here (the account is locked, the step's control is
    /// not in this portal, …); the session is then exactly as it was.
    pub fn skip_step(&mut self) -> Result<(), SessionError> {
        let mut trial = self.clone();
        trial.skip_in_place()?;
        *self = trial;
        Ok(())
    }

    fn skip_in_place(&mut self) -> Result<(), SessionError> {
        let Some(step) = self.step_index() else {
            return Ok(());
        };
        if self.wandered_off() {
            // Back to where the script can continue: replay from the start.
            self.replay_to(step, 0)?;
        }
        while self.step_index() == Some(step) {
            self.demo_next()?;
        }
        self.skipped += 1;
        self.way_back = None;
        Ok(())
    }

    /// Whether the step's next control is neither on screen nor reachable
    /// from here without signing in, sending a form, deleting or signing
    /// out (for instance: the administrator does not allow app passwords,
    /// so their tab is absent).
    pub fn unreachable(&self) -> bool {
        self.wandered_off() && self.way_back.is_none()
    }

    /// Starts again from the fixture; the figures start again too.
    pub fn restart(&mut self) -> Result<(), SessionError> {
        let exam = self.exam;
        *self = Session::new(&self.scenario, self.options.clone())?;
        self.exam = exam;
        Ok(())
    }

    /// Rebuilds the portal by performing the script up to `step`/`pos`; the
    /// trainee's figures are kept as they were.
    fn replay_to(&mut self, step: usize, pos: usize) -> Result<(), SessionError> {
        self.portal = Portal::with_model(
            self.scenario.model(),
            self.scenario.fixture.clone(),
            self.options.clone(),
        )?;
        self.goal_now = OnceCell::new();
        let (wrong, hints, skipped, started) = (self.wrong, self.hints, self.skipped, self.started);
        let times = std::mem::take(&mut self.step_times);
        let unexpected = std::mem::take(&mut self.unexpected_screens);
        self.step = 0;
        self.pos = 0;
        while self.step < step || (self.step == step && self.pos < pos) {
            if self.demo_next()?.is_none() {
                break;
            }
        }
        (self.wrong, self.hints, self.skipped, self.started) = (wrong, hints, skipped, started);
        self.step_times = times;
        self.unexpected_screens = unexpected;
        Ok(())
    }

    /// The view the current step expects after it.
    pub fn expected_screen(&self) -> Option<ScreenId> {
        self.step().and_then(|s| s.expect)
    }
}

/// A confirmation's safe answer, the way back out of a confirmation the
/// step does not want.
const SAFE_ANSWER: &str = "confirm.no";

/// The shape of a per-row element id with its row number taken out
/// (`app-password.2.delete` → `app-password.{n}.delete`, 2), or `None` for
/// an element that is not one row's.
fn row_shape(id: &str) -> Option<(String, usize)> {
    let mut row = None;
    let shape: Vec<&str> = id
        .split('.')
        .map(|part| match part.parse::<usize>() {
            Ok(n) if row.is_none() => {
                row = Some(n);
                "{n}"
            }
            _ => part,
        })
        .collect();
    Some((shape.join("."), row?))
}

/// The text of an element's `name` argument (the app password a row, its
/// Delete, or a confirmation is about).
fn name_arg(element: &walkthrough_portal::Element) -> Option<&str> {
    element.label.args.iter().find_map(|(k, v)| match (k, v) {
        (&"name", walkthrough_portal::Arg::Text(t)) => Some(t.as_str()),
        _ => None,
    })
}

/// What an open dialog is about: the `name` of its text (the app password
/// a delete confirmation asks about); `None` for no dialog or a dialog
/// about nothing in particular.
fn dialog_subject(screen: &Screen) -> Option<&str> {
    screen
        .elements
        .iter()
        .filter(|e| e.region == walkthrough_portal::Region::Dialog && !e.role.is_clickable())
        .find_map(name_arg)
}

/// The same action on another element.
fn on_element(action: Action, id: String) -> Action {
    match action {
        Action::Click(_) => Action::Click(id),
        Action::Clear(_) => Action::Clear(id),
        Action::Copy(_) => Action::Copy(id),
        Action::Paste(_) => Action::Paste(id),
        Action::Submit(_) => Action::Submit(id),
        Action::Type { text, .. } => Action::Type { element: id, text },
        Action::Back => Action::Back,
    }
}

/// An element a scripted action is for, as the script names it: its id,
/// and (for one row of a list, or a dialog about one row) the name of the
/// app password it must be about.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Want {
    /// The id as the script writes it.
    id: String,
    /// A per-row id: the name of the row the script means.
    row: Option<String>,
    /// An element of a dialog about one row: the name it must be about.
    subject: Option<String>,
}

impl Want {
    /// The concrete id of the wanted element on `screen`, enabled and about
    /// the right app password; `None` when it is not there.
    fn find(&self, screen: &Screen) -> Option<String> {
        if let Some(name) = &self.row {
            let (shape, _) = row_shape(&self.id)?;
            return screen
                .elements
                .iter()
                .find(|e| {
                    e.enabled
                        && row_shape(&e.id).is_some_and(|(s, _)| s == shape)
                        && name_arg(e) == Some(name.as_str())
                })
                .map(|e| e.id.clone());
        }
        let element = screen.element(&self.id).filter(|e| e.enabled)?;
        if let Some(name) = &self.subject {
            if element.region == walkthrough_portal::Region::Dialog
                && dialog_subject(screen).is_some_and(|s| s != name)
            {
                return None;
            }
        }
        Some(element.id.clone())
    }
}
