//! The engine performing a script by itself: a transcript of every step, and
//! whether the goal holds at the end.

use crate::model::{Goal, Scenario, ScriptAction};
use std::collections::BTreeMap;
use thiserror::Error;
use walkthrough_portal::{
    Action, Arg, Element, FixtureError, MailStatus, Outcome, Portal, PortalError, PortalOptions,
    Refusal, Screen, ScreenId,
};

/// One step as it was performed.
#[derive(Debug, Clone)]
pub struct StepRecord {
    /// 0-based position in the scenario.
    pub index: usize,
    /// The step's id.
    pub step_id: String,
    /// The screen when the step began.
    pub before: Screen,
    /// The actions done, placeholders resolved.
    pub actions: Vec<Action>,
    /// What each did.
    pub outcomes: Vec<Outcome>,
    /// For each action tried, the screen at that moment and the element acted
    /// on (`None` for Back, or for an element that was not there).
    pub targets: Vec<Target>,
    /// The screen when it ended.
    pub after: Screen,
    /// The view the script expected after it.
    pub expected: Option<ScreenId>,
}

impl StepRecord {
    /// Whether the view after the step is the one the script expects.
    pub fn screen_as_expected(&self) -> bool {
        self.expected.is_none_or(|e| e == self.after.id)
    }
}

/// The screen an action was done on, and its element.
#[derive(Debug, Clone)]
pub struct Target {
    /// The screen just before the action.
    pub screen: Screen,
    /// The element acted on, as it was then.
    pub element: Option<Element>,
}

/// Why a scripted action could not be done.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RunError {
    /// The portal could not take the action (element absent, blocked, wrong role).
    #[error(transparent)]
    Portal(#[from] PortalError),
    /// The portal refused it, as it would a person.
    #[error("the portal refused: {}", .0.message().id)]
    Refused(Refusal),
    /// A placeholder without a value.
    #[error("placeholder `{{{0}}}` has no value here")]
    Placeholder(String),
    /// The fixture cannot start a portal.
    #[error(transparent)]
    Fixture(#[from] FixtureError),
}

/// Where an auto-run stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunFailure {
    /// 0-based step.
    pub step: usize,
    /// Its id.
    pub step_id: String,
    /// 0-based action within the step.
    pub action: usize,
    /// What went wrong.
    pub error: RunError,
}

/// One condition of the goal, with its values resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoalCheck {
    /// An app password with this name exists.
    AppPasswordNamed(String),
    /// No app password with this name exists.
    AppPasswordAbsent(String),
    /// The mail app is (or is not) connected.
    MailConnected(bool),
    /// The mail app is connected with the app password of this name.
    MailConnectedWith(String),
    /// The fixture's app password of this name no longer connects.
    MailRejectsPasswordOf(String),
    /// The fixture's app password of this name, which the goal does not
    /// name, is still there: a procedure changes only what it says. Added to
    /// every goal that has a condition, one per such app password.
    OtherAppPasswordKept(String),
    /// No app password was created that the goal does not name: a
    /// procedure creates only what it says. Added to every goal that has a
    /// condition; holds the names of the app passwords created that the
    /// goal does not name, in the portal's order (empty when it holds).
    NoOtherAppPasswordCreated(Vec<String>),
}

/// Each goal condition and whether it holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoalReport {
    /// The conditions, in the order the format lists them.
    pub checks: Vec<(GoalCheck, bool)>,
}

impl GoalReport {
    /// Whether every condition holds.
    pub fn met(&self) -> bool {
        self.checks.iter().all(|(_, ok)| *ok)
    }
}

/// Everything an auto-run did.
#[derive(Debug, Clone)]
pub struct Transcript {
    /// The scenario's id.
    pub scenario: String,
    /// The steps performed (up to a failure, if any).
    pub steps: Vec<StepRecord>,
    /// Where it stopped early.
    pub failure: Option<RunFailure>,
    /// The goal at the end.
    pub goal: GoalReport,
    /// The portal as the run left it.
    pub portal: Portal,
}

impl Transcript {
    /// Whether every step ran, every screen was as expected and the goal holds.
    pub fn succeeded(&self) -> bool {
        self.failure.is_none()
            && self.steps.iter().all(StepRecord::screen_as_expected)
            && self.goal.met()
    }
}

/// The value of `{name}` on the current screen, else from the scenario and
/// the values a trainee chose.
pub(crate) fn variable(
    scenario: &Scenario,
    bound: &BTreeMap<String, String>,
    screen: &Screen,
    name: &str,
) -> Option<String> {
    if name == "code" {
        return screen.element("phone.message").and_then(|e| {
            e.label.args.iter().find_map(|(k, v)| match (k, v) {
                (&"code", Arg::Text(code)) => Some(code.clone()),
                _ => None,
            })
        });
    }
    bound.get(name).cloned().or_else(|| scenario.variable(name))
}

/// Resolves a scripted action against the current screen.
pub(crate) fn resolve(
    scenario: &Scenario,
    bound: &BTreeMap<String, String>,
    portal: &Portal,
    action: &ScriptAction,
) -> Result<Action, RunError> {
    let screen = portal.screen();
    action
        .resolve(&|v| variable(scenario, bound, &screen, v))
        .map_err(RunError::Placeholder)
}

/// Evaluates the goal against the portal (argon2 work for
/// `mail_rejects_password_of`).
pub(crate) fn evaluate(
    goal: &Goal,
    scenario: &Scenario,
    bound: &BTreeMap<String, String>,
    portal: &Portal,
) -> GoalReport {
    let screen = portal.screen();
    let text = |t: &crate::model::Template| {
        t.resolve(&|v| variable(scenario, bound, &screen, v))
            .unwrap_or_default()
    };
    let names: Vec<String> = portal.app_passwords().into_iter().map(|a| a.name).collect();
    let mut checks = Vec::new();
    if let Some(t) = &goal.app_password_named {
        let name = text(t);
        let ok = names.contains(&name);
        checks.push((GoalCheck::AppPasswordNamed(name), ok));
    }
    if let Some(t) = &goal.app_password_absent {
        let name = text(t);
        let ok = !names.contains(&name);
        checks.push((GoalCheck::AppPasswordAbsent(name), ok));
    }
    if let Some(want) = goal.mail_connected {
        let ok = (portal.mail_status() == MailStatus::Connected) == want;
        checks.push((GoalCheck::MailConnected(want), ok));
    }
    if let Some(t) = &goal.mail_connected_with {
        let name = text(t);
        let ok = portal.mail_connected_as() == Some(name.as_str());
        checks.push((GoalCheck::MailConnectedWith(name), ok));
    }
    if let Some(t) = &goal.mail_rejects_password_of {
        let name = text(t);
        let plain = scenario
            .fixture
            .app_passwords
            .iter()
            .find(|a| a.name == name)
            .and_then(|a| a.password.as_deref());
        let ok = plain.is_some_and(|p| !portal.mail_would_connect(p));
        checks.push((GoalCheck::MailRejectsPasswordOf(name), ok));
    }
    if !checks.is_empty() {
        // Deleting another app password than the one asked for is no way to
        // reach the goal (an exam would otherwise pass it).
        let named: Vec<String> = checks
            .iter()
            .filter_map(|(c, _)| match c {
                GoalCheck::AppPasswordNamed(n)
                | GoalCheck::AppPasswordAbsent(n)
                | GoalCheck::MailConnectedWith(n)
                | GoalCheck::MailRejectsPasswordOf(n) => Some(n.clone()),
                _ => None,
            })
            .collect();
        for kept in &scenario.fixture.app_passwords {
            if !named.contains(&kept.name) {
                let ok = names.contains(&kept.name);
                checks.push((GoalCheck::OtherAppPasswordKept(kept.name.clone()), ok));
            }
        }
        // Nor is creating one the procedure does not ask for.
        let created: Vec<String> = names
            .iter()
            .filter(|n| !named.contains(n))
            .filter(|n| !scenario.fixture.app_passwords.iter().any(|a| &a.name == *n))
            .cloned()
            .collect();
        let ok = created.is_empty();
        checks.push((GoalCheck::NoOtherAppPasswordCreated(created), ok));
    }
    GoalReport { checks }
}

/// Performs the whole script exactly as written and records every step.
/// Stops at the first action the portal cannot take or refuses.
pub fn auto_run(scenario: &Scenario, options: PortalOptions) -> Result<Transcript, RunError> {
    let mut portal = Portal::with_model(scenario.model(), scenario.fixture.clone(), options)?;
    let bound = BTreeMap::new();
    let mut steps = Vec::with_capacity(scenario.steps.len());
    let mut failure = None;
    for (index, step) in scenario.steps.iter().enumerate() {
        let before = portal.screen();
        let mut actions = Vec::with_capacity(step.actions.len());
        let mut outcomes = Vec::with_capacity(step.actions.len());
        let mut targets = Vec::with_capacity(step.actions.len());
        for (i, scripted) in step.actions.iter().enumerate() {
            let result = resolve(scenario, &bound, &portal, scripted).and_then(|action| {
                let screen = portal.screen();
                let element = action.element().and_then(|id| screen.element(id).cloned());
                targets.push(Target { screen, element });
                let outcome = portal.act(action.clone())?;
                actions.push(action);
                match outcome {
                    Outcome::Refused(r) => Err(RunError::Refused(r)),
                    o => Ok(o),
                }
            });
            match result {
                Ok(outcome) => outcomes.push(outcome),
                Err(error) => {
                    failure = Some(RunFailure {
                        step: index,
                        step_id: step.id.clone(),
                        action: i,
                        error,
                    });
                    break;
                }
            }
        }
        steps.push(StepRecord {
            index,
            step_id: step.id.clone(),
            before,
            actions,
            outcomes,
            targets,
            after: portal.screen(),
            expected: step.expect,
        });
        if failure.is_some() {
            break;
        }
    }
    let goal = evaluate(&scenario.goal, scenario, &bound, &portal);
    Ok(Transcript {
        scenario: scenario.id.clone(),
        steps,
        failure,
        goal,
        portal,
    })
}
