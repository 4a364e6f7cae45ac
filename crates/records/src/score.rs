//! The score of a run, out of 100: a pure function of the run's figures.
//!
//! ```text
//! score = 0                                        if the goal does not hold at the end
//!       = max(0, 100 − 5·W − 10·H − 20·S − T)      otherwise
//!
//! W = wrong actions, H = hints asked for, S = steps skipped,
//! T = time penalty: 1 point per full 10 s beyond par, at most 20,
//!     par = 20 s per step of the scenario.
//! ```

use std::time::Duration;

/// Points lost per wrong action.
pub const PER_WRONG_ACTION: u32 = 5;
/// Points lost per hint.
pub const PER_HINT: u32 = 10;
/// Points lost per skipped step.
pub const PER_SKIPPED_STEP: u32 = 20;
/// Par time per step of the scenario.
pub const PAR_PER_STEP: Duration = Duration::from_secs(20);
/// Beyond par, one point is lost per this much time.
pub const TIME_UNIT: Duration = Duration::from_secs(10);
/// The most the time penalty can take.
pub const MAX_TIME_PENALTY: u32 = 20;

/// The figures a score is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ScoreInput {
    /// Whether the scenario's goal held at the end (within the time limit).
    pub goal_met: bool,
    /// How many steps the scenario has.
    pub steps: usize,
    /// How long the run took.
    pub duration: Duration,
    /// Wrong actions.
    pub wrong_actions: u32,
    /// Hints asked for.
    pub hints: u32,
    /// Steps skipped.
    pub skipped: u32,
}

/// The time penalty: one point per full [`TIME_UNIT`] beyond par, at most
/// [`MAX_TIME_PENALTY`].
pub fn time_penalty(steps: usize, duration: Duration) -> u32 {
    let par = PAR_PER_STEP.saturating_mul(u32::try_from(steps).unwrap_or(u32::MAX));
    let over = duration.saturating_sub(par);
    let units = over.as_secs() / TIME_UNIT.as_secs().max(1);
    u32::try_from(units)
        .unwrap_or(u32::MAX)
        .min(MAX_TIME_PENALTY)
}

/// The score out of 100 (see the module's formula).
pub fn score(input: &ScoreInput) -> u8 {
    if !input.goal_met {
        return 0;
    }
    let lost = input
        .wrong_actions
        .saturating_mul(PER_WRONG_ACTION)
        .saturating_add(input.hints.saturating_mul(PER_HINT))
        .saturating_add(input.skipped.saturating_mul(PER_SKIPPED_STEP))
        .saturating_add(time_penalty(input.steps, input.duration));
    u8::try_from(100u32.saturating_sub(lost)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ScoreInput {
        ScoreInput {
            goal_met: true,
            steps: 8,
            duration: Duration::from_secs(100),
            ..ScoreInput::default()
        }
    }

    #[test]
    fn a_clean_run_within_par_scores_100() {
        assert_eq!(score(&input()), 100);
    }

    #[test]
    fn a_goal_that_does_not_hold_scores_0() {
        let i = ScoreInput {
            goal_met: false,
            ..input()
        };
        assert_eq!(score(&i), 0);
    }

    #[test]
    fn wrong_actions_hints_and_skips_cost_their_points() {
        let i = ScoreInput {
            wrong_actions: 2,
            hints: 1,
            skipped: 1,
            ..input()
        };
        assert_eq!(score(&i), 100 - 10 - 10 - 20);
    }

    #[test]
    fn time_beyond_par_costs_a_point_per_ten_seconds_up_to_twenty() {
        // Par for 8 steps is 160 s.
        assert_eq!(time_penalty(8, Duration::from_secs(160)), 0);
        assert_eq!(time_penalty(8, Duration::from_secs(169)), 0);
        assert_eq!(time_penalty(8, Duration::from_secs(170)), 1);
        assert_eq!(time_penalty(8, Duration::from_secs(255)), 9);
        assert_eq!(time_penalty(8, Duration::from_secs(10_000)), 20);
        let slow = ScoreInput {
            duration: Duration::from_secs(255),
            ..input()
        };
        assert_eq!(score(&slow), 91);
    }

    #[test]
    fn the_score_never_goes_below_zero() {
        let i = ScoreInput {
            wrong_actions: 1000,
            hints: u32::MAX,
            ..input()
        };
        assert_eq!(score(&i), 0);
    }
}
