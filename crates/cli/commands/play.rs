//! `walkthrough play`: every step as the engine performs it, as plain text —
//! for screen-reader users, docs reviews and CI logs.

use crate::args::PlayArgs;
use crate::context::{simulation_options, Context};
use crate::error::CliError;
use std::io::Write;
use walkthrough_i18n::Arg as FArg;
use walkthrough_portal::{Action, Element, PortalOptions, Screen, Value};
use walkthrough_scenario::{auto_run, StepRecord};
use walkthrough_tui::{GuideText, Keys, Mode};

/// The size `play` draws screens at, as the TUI's snapshots.
const SIZE: (usize, usize) = (100, 30);

/// The portal `play` runs the scenario against: a simulation, so argon2 at
/// its minimal cost.
pub(crate) fn portal_options(seed: u64) -> PortalOptions {
    simulation_options(Some(seed))
}

/// The context to play `scenario` in when no `--lang` is given: as it is
/// when the negotiated language has the scenario's step texts; else the first
/// language that has them (drafts written in Japanese only are played in
/// Japanese, not as `[message-id]`s), said in one line on stderr.
pub fn in_the_texts_language(mut ctx: Context, scenario: &str) -> Context {
    let Ok(s) = ctx.library.get(scenario) else {
        return ctx;
    };
    let title = s.title.clone();
    if ctx.localizer.has_message(&ctx.locale, &title) {
        return ctx;
    }
    let Some(other) = ctx
        .localizer
        .real()
        .into_iter()
        .find(|l| ctx.localizer.has_message(l, &title))
    else {
        return ctx;
    };
    let note = ctx.localizer.format(
        &other,
        "cli-play-in-texts-language",
        &[("lang", FArg::Text(other.to_string()))],
    );
    let _ = writeln!(
        std::io::stderr(),
        "{}",
        walkthrough_scenario::escape_controls(&note)
    );
    ctx.locale = other;
    ctx
}

/// Runs the scenario by itself and prints each step: the screen exactly as the
/// TUI draws it (target marked ▶ ◀, guide below), the actions done, and the view
/// the step ends on.
///
/// Returns the exit code: 0 when every step ran and the script's `[goal]`
/// holds at the end; 1 when a step stopped the run, the goal does not hold,
/// or the script has no goal (nothing then says the procedure worked).
pub fn run(ctx: &Context, args: &PlayArgs, out: &mut impl Write) -> Result<u8, CliError> {
    // Step texts and labels come from files: control characters shown as symbols.
    let out = &mut crate::escape::Escaped(out);
    let scenario = ctx.library.get(&args.scenario)?;
    let transcript = auto_run(scenario, portal_options(args.seed))?;
    writeln!(out, "{}", ctx.text(&scenario.title, &[]))?;
    let total = scenario.steps.len() as i64;
    for record in &transcript.steps {
        let step = &scenario.steps[record.index];
        // The heading first, as plain text (the document's `**bold**` is for the TUI).
        let text = plain_text(&ctx.text(&scenario.step_text_id(step), &[]));
        let heading = ctx.text(
            "cli-play-step",
            &[
                ("n", FArg::Number(record.index as i64 + 1)),
                ("total", FArg::Number(total)),
                ("text", FArg::Text(text)),
            ],
        );
        writeln!(out, "\n{heading}")?;
        if args.plain {
            let on = title(ctx, &record.before);
            writeln!(
                out,
                "  {}",
                ctx.text("cli-play-on", &[("screen", FArg::Text(on))])
            )?;
        } else {
            let mut guide = GuideText::for_step(
                scenario,
                record.index,
                Mode::Demo,
                &ctx.localizer,
                &ctx.locale,
            );
            guide.keys = Keys::None;
            // A transcript for logs: the sign-in details stay on the trainee's screen.
            guide.sign_in = None;
            let target = record
                .targets
                .iter()
                .find_map(|t| t.element.as_ref())
                .map(|e| e.id.as_str());
            let screen = walkthrough_tui::render_text(
                &record.before,
                Some(&guide),
                &ctx.localizer,
                &ctx.locale,
                target,
                SIZE.0,
                SIZE.1,
            );
            writeln!(out, "{screen}")?;
        }
        print_actions(ctx, record, out)?;
        let view = title(ctx, &record.after);
        let id = if record.screen_as_expected() {
            "cli-play-now-on"
        } else {
            "cli-play-unexpected-screen"
        };
        let expected = record
            .expected
            .map_or_else(String::new, |e| e.as_str().to_owned());
        writeln!(
            out,
            "  {}",
            ctx.text(
                id,
                &[
                    ("screen", FArg::Text(view)),
                    ("expected", FArg::Text(expected))
                ]
            )
        )?;
    }
    if let Some(failure) = &transcript.failure {
        writeln!(
            out,
            "\n{}",
            ctx.text(
                "cli-play-stopped",
                &[
                    ("n", FArg::Number(failure.step as i64 + 1)),
                    ("error", FArg::Text(failure.error.to_string())),
                ]
            )
        )?;
    }
    if let Some(last) = transcript.steps.last().filter(|_| !args.plain) {
        let end = walkthrough_tui::render_text(
            &last.after,
            None,
            &ctx.localizer,
            &ctx.locale,
            None,
            SIZE.0,
            SIZE.1,
        );
        writeln!(out, "\n{end}")?;
    }
    let goal = if transcript.goal.checks.is_empty() {
        "cli-play-goal-missing"
    } else if transcript.goal.met() && transcript.failure.is_none() {
        "cli-play-goal-met"
    } else {
        "cli-play-goal-not-met"
    };
    writeln!(out, "\n{}", ctx.text(goal, &[]))?;
    Ok(if goal == "cli-play-goal-met" { 0 } else { 1 })
}

fn print_actions(ctx: &Context, record: &StepRecord, out: &mut impl Write) -> Result<(), CliError> {
    if record.actions.is_empty() {
        writeln!(out, "  {}", ctx.text("cli-play-no-action", &[]))?;
    }
    for (action, target) in record.actions.iter().zip(&record.targets) {
        let target = target.element.as_ref();
        let label = target.map_or_else(String::new, |e| label(ctx, e));
        let line = match action {
            Action::Click(_) => ctx.text("cli-action-click", &[("label", FArg::Text(label))]),
            Action::Type { text, .. } => {
                let masked = matches!(
                    target.and_then(|e| e.value.as_ref()),
                    Some(Value::Masked(_))
                );
                let shown = if masked {
                    "•".repeat(text.chars().count())
                } else {
                    text.clone()
                };
                ctx.text(
                    "cli-action-type",
                    &[("label", FArg::Text(label)), ("text", FArg::Text(shown))],
                )
            }
            Action::Clear(_) => ctx.text("cli-action-clear", &[("label", FArg::Text(label))]),
            Action::Copy(_) => ctx.text("cli-action-copy", &[("label", FArg::Text(label))]),
            Action::Paste(_) => ctx.text("cli-action-paste", &[("label", FArg::Text(label))]),
            Action::Submit(_) => ctx.text("cli-action-submit", &[("label", FArg::Text(label))]),
            Action::Back => ctx.text("cli-action-back", &[]),
        };
        let line = match target.and_then(row_name) {
            Some(row) => ctx.text(
                "cli-action-in-row",
                &[("action", FArg::Text(line)), ("row", FArg::Text(row))],
            ),
            None => line,
        };
        writeln!(out, "  - {line}")?;
    }
    Ok(())
}

fn label(ctx: &Context, e: &Element) -> String {
    ctx.localizer.portal(&ctx.locale, &e.label)
}

fn title(ctx: &Context, screen: &Screen) -> String {
    match &screen.dialog_title {
        Some(d) => format!(
            "{} › {}",
            ctx.localizer.portal(&ctx.locale, &screen.title),
            ctx.localizer.portal(&ctx.locale, d)
        ),
        None => ctx.localizer.portal(&ctx.locale, &screen.title),
    }
}

/// The app password a per-row element belongs to (its `name` argument), for
/// an element whose id names a row (`app-password.2.delete`).
fn row_name(e: &Element) -> Option<String> {
    if !e.id.split('.').any(|part| part.parse::<usize>().is_ok()) {
        return None;
    }
    e.label.args.iter().find_map(|(k, v)| match (k, v) {
        (&"name", walkthrough_portal::Arg::Text(t)) => Some(t.clone()),
        _ => None,
    })
}

/// A step text without the document's `**bold**` markers.
fn plain_text(text: &str) -> String {
    text.replace("**", "")
}
