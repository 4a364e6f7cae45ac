//! The cursive front end of walkthrough: what trainees and onboarded users see.
//!
//! It draws a portal [`Screen`] — the browser window with its top bar, left,
//! main and right columns and footer, dialogs and menus layered over it, the
//! desktop's taskbar — beside or below a guide panel ("Step n of N", the
//! step's words, a note, the keys), marks the element to act on with a style
//! and `▶ ◀`, and turns keys and clicks into portal actions through a
//! scenario [`Session`](walkthrough_scenario::Session).
//!
//! Entry points for the command line: [`run`] (guided, exam or demo mode),
//! [`start_menu`] (no arguments) and [`render_text`] (`walkthrough play`:
//! exactly what the TUI draws, as text). [`puppet::Harness`] drives the same
//! TUI headless, for tests and benchmarks.
//!
//! Not here: no portal rules (`walkthrough-portal`), no step matching
//! (`walkthrough-scenario`), and no words — every visible word is a Fluent
//! message (`locales/*/tui.ftl` for the TUI's own).

mod app;
mod element;
mod guide;
mod input;
mod menu;
pub mod puppet;
mod render;
mod style;
mod terminal;
mod text;

pub use guide::{GuideText, Keys, Mode, Note, NoteKind, MIN_SIZE};
pub use style::{Colors, MARK_END, MARK_START};
#[cfg(unix)]
pub use terminal::ending_signals;
pub use terminal::say_meanwhile;
pub use terminal::signalled;
pub use terminal::unless_signalled;

use std::sync::Arc;
use std::time::{Duration, SystemTime};
use thiserror::Error;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::Localizer;
use walkthrough_portal::{PortalOptions, Screen};
use walkthrough_scenario::{Library, Scenario, SessionError};

/// How to run the TUI.
pub struct RunConfig {
    /// The messages, every language; shared, so the caller can still speak
    /// once the TUI is done.
    pub localizer: Arc<Localizer>,
    /// The language to start in (F2 and the menu change it).
    pub locale: LanguageIdentifier,
    /// Guided or demo (the start menu lets the trainee change it).
    pub mode: Mode,
    /// Randomness, time and hashing cost of the simulated portal.
    pub options: PortalOptions,
    /// Demo mode: how long each screen stays before the next action;
    /// zero runs straight through.
    pub pause: Duration,
    /// Colours, or none (`Colors::from_env()` honours `NO_COLOR`).
    pub colors: Colors,
    /// Exam mode: the run ends (failed) when this much time has passed.
    pub time_limit: Option<Duration>,
    /// Demo mode: how long the last frame stays before the demo ends by
    /// itself; `None` (the default) keeps it until a key (Enter, Space, →).
    pub demo_end: Option<Duration>,
}

/// Called the moment each run ends (finished, timed out, started again,
/// left, or cut short by a signal or a vanished terminal), before its result
/// dialog and before the terminal is restored: the place to write its
/// training record, so nothing that happens later can lose it. See
/// [`run_with`] and [`start_menu_with`].
///
/// What it gives back, if anything, is a warning for the trainee, already in
/// the run's language (`RunSummary::locale`): the result dialog shows it
/// first, marked as an error (say, that the record could not be written and
/// where it is kept instead).
pub type RunSink = Box<dyn FnMut(&RunSummary) -> Option<String>>;

/// Writes the record of a run the trainee never ended, from the signal
/// watchdog's thread: the current run as it stood after its last action
/// (`RunSummary::interrupted` set, `finished` false unless every step was
/// done), when a signal came and the event loop did not quit within its
/// bound (a terminal that takes no output holds it in a write). Set with
/// [`keep_abandoned_with`]; without one, such a run keeps no record.
pub type AbandonSink = std::sync::Arc<dyn Fn(&RunSummary) + Send + Sync>;

/// Sets the [`AbandonSink`] of every later run in this process (replacing
/// any set before).
pub fn keep_abandoned_with(sink: AbandonSink) {
    terminal::set_abandon_sink(sink);
}

impl RunConfig {
    /// Guided mode, default portal options, a 1.5 s demo pause, colours from the environment.
    pub fn new(localizer: Arc<Localizer>, locale: LanguageIdentifier) -> RunConfig {
        RunConfig {
            localizer,
            locale,
            mode: Mode::Guided,
            options: PortalOptions::default(),
            pause: Duration::from_millis(1500),
            colors: Colors::from_env(),
            time_limit: None,
            demo_end: None,
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunSummary {
    /// The scenario's id.
    pub scenario: String,
    /// The mode it ran in.
    pub mode: Mode,
    /// Whether every step was done (false when the trainee quit before).
    pub finished: bool,
    /// Whether SIGINT, SIGTERM or SIGHUP ended the run.
    pub interrupted: bool,
    /// Whether the scenario's goal held at the end and no app password was
    /// deleted or created that the procedure did not ask for.
    pub goal_met: bool,
    /// Time from the (last) start.
    pub elapsed: Duration,
    /// Actions that were not the step's.
    pub wrong_actions: u32,
    /// Hints asked for.
    pub hints: u32,
    /// Steps skipped from the menu.
    pub skipped: u32,
    /// The language at the end.
    pub locale: LanguageIdentifier,
    /// Exam: the time limit ended the run.
    pub timed_out: bool,
    /// How many steps the scenario has.
    pub steps: usize,
    /// The time each finished step took, in order. An exam whose goal does
    /// not hold has none: its steps are judged only by the goal.
    pub step_times: Vec<Duration>,
    /// Exam: the time limit, if there was one.
    pub time_limit: Option<Duration>,
    /// When the run ended.
    pub ended: SystemTime,
}

/// What stops the TUI.
#[derive(Debug, Error)]
pub enum TuiError {
    /// The terminal could not be opened or written.
    #[error("terminal: {0}")]
    Terminal(#[from] std::io::Error),
    /// The scenario could not be started or performed.
    #[error(transparent)]
    Session(#[from] SessionError),
    /// A bug: the TUI panicked (the terminal was restored first).
    #[error("the terminal interface panicked: {0}")]
    Panic(String),
    /// The start menu has no scenario to offer.
    #[error("no scenario to run")]
    NoScenario,
    /// A signal (or the terminal going away) ended the start menu before
    /// any run; the terminal is restored. Exit 130, as after a run.
    #[error("interrupted")]
    Interrupted,
}

/// Runs `scenario` in the terminal, in the configured mode, until the trainee
/// quits, or (demo mode) until the last step is done and the pause is over.
/// Returns every attempt that ended (finished, timed out, started again or
/// quit), in order; the last is how the run ended.
pub fn run(scenario: &Scenario, config: RunConfig) -> Result<Vec<RunSummary>, TuiError> {
    run_with(scenario, config, None)
}

/// [`run`], telling `on_run_end` of each run the moment it ends.
pub fn run_with(
    scenario: &Scenario,
    config: RunConfig,
    on_run_end: Option<RunSink>,
) -> Result<Vec<RunSummary>, TuiError> {
    let mut app = app::App::new(config, Vec::new());
    app.on_run_end = on_run_end;
    let mode = app.mode;
    app.start(scenario, mode)?;
    let (app, _) = terminal::run(app)?;
    if app.runs.is_empty() {
        return Err(TuiError::NoScenario);
    }
    Ok(app.runs)
}

/// Opens the start menu in the terminal (scenario, mode, language) and runs
/// what is chosen; the completion screen can go back to the menu. Returns
/// every run that ended, in order (none if the trainee quit from the menu);
/// [`TuiError::Interrupted`] when a signal ended it before any run.
pub fn start_menu(library: &Library, config: RunConfig) -> Result<Vec<RunSummary>, TuiError> {
    start_menu_with(library, config, None)
}

/// [`start_menu`], telling `on_run_end` of each run the moment it ends.
pub fn start_menu_with(
    library: &Library,
    config: RunConfig,
    on_run_end: Option<RunSink>,
) -> Result<Vec<RunSummary>, TuiError> {
    if library.scenarios().is_empty() {
        return Err(TuiError::NoScenario);
    }
    let mut app = app::App::new(config, library.scenarios().to_vec());
    app.on_run_end = on_run_end;
    let (app, interrupted) = terminal::run(app)?;
    if interrupted && app.runs.is_empty() {
        return Err(TuiError::Interrupted);
    }
    Ok(app.runs)
}

/// Exactly what the TUI draws for `screen`, as text: `width` × `height` cells,
/// one line per row, trailing spaces trimmed, a double-width character taking
/// two columns. `target` is marked `▶ … ◀`; `guide` (if any) stands below or
/// beside the portal as in the TUI. For `walkthrough play`, screen readers
/// and docs reviews.
pub fn render_text(
    screen: &Screen,
    guide: Option<&GuideText>,
    localizer: &Localizer,
    locale: &LanguageIdentifier,
    target: Option<&str>,
    width: usize,
    height: usize,
) -> String {
    puppet::render(screen, guide, localizer, locale, target, (width, height))
}
