//! The controller: the state behind the views (in cursive's user data), what
//! each key and click does, and the rebuilding of the views after it.

use crate::element::Input;
use crate::guide::{
    guide_view, sign_in_line, step_args, Frame, GuideText, Keys, Mode, Note, NoteKind, MIN_SIZE,
};
use crate::menu::{self, StartActions, StartMenu};
use crate::render::{self, Ctx};
use crate::style::{self, Colors, Styles};
use crate::text::{number, Texts};
use crate::{RunConfig, RunSummary, TuiError};
use cursive::event::{Event, Key};
use cursive::utils::markup::StyledString;
use cursive::view::Nameable;
use cursive::Cursive;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::{Arg, Localizer};
use walkthrough_portal::{
    Action, Outcome, PortalOptions, Region, Role, Screen, ScreenId, SignInStep,
};
use walkthrough_scenario::{
    Feedback, GoalCheck, RunError, Scenario, Session, SessionError, Verdict,
};

/// The name of the base layer.
pub(crate) const FRAME: &str = "frame";

/// Everything the TUI knows, kept in cursive's user data.
pub(crate) struct App {
    pub localizer: Arc<Localizer>,
    pub locale: LanguageIdentifier,
    pub colors: Colors,
    pub mode: Mode,
    pub options: PortalOptions,
    pub pause: Duration,
    /// Demo: how long the last frame stays (`None`: until a key).
    pub demo_end: Option<Duration>,
    /// The scenarios the start menu offers (empty when run directly).
    pub scenarios: Vec<Scenario>,
    /// The start menu's choice of scenario.
    pub chosen: usize,
    pub run: Option<Run>,
    /// The figures of the last run that ended.
    pub summary: Option<RunSummary>,
    /// Every run that ended (finished, timed out, restarted or quit), in order.
    pub runs: Vec<RunSummary>,
    /// Exam: the time limit.
    pub time_limit: Option<Duration>,
    pub error: Option<TuiError>,
    /// Shown instead of the measured time, for repeatable snapshots.
    pub fixed_elapsed: Option<Duration>,
    /// Told of each run the moment it ends (see `crate::RunSink`).
    pub on_run_end: Option<crate::RunSink>,
    /// What `on_run_end` said of the last run's record, for its result dialog.
    pub record_warning: Option<String>,
}

/// One scenario being run.
pub(crate) struct Run {
    pub session: Session,
    pub mode: Mode,
    pub note: Option<Note>,
    /// The element that has the focus, to put it back after a rebuild.
    pub focus: Option<String>,
    /// The view drawn last.
    pub shown: Option<ScreenId>,
    pub demo_next: Instant,
    pub demo_paused: bool,
    /// The element marked at the last redraw, and whether it was a way back.
    pub marked: Option<String>,
    pub marked_off: bool,
    /// When the last step was done.
    pub finished_at: Option<Instant>,
    /// Whether this attempt is in `App::runs` already.
    pub recorded: bool,
    /// Exam: the time limit ran out.
    pub timed_out: bool,
    /// Exam: the trainee handed it in before the goal held.
    pub handed_in: bool,
    /// Exam: the whole seconds left when the guide was drawn last.
    pub shown_left: Option<u64>,
    /// The step whose hint was counted last: a hint is counted once per
    /// step, however often it is asked for (a held F1 repeats).
    pub hinted: Option<usize>,
}

impl App {
    pub fn new(config: RunConfig, scenarios: Vec<Scenario>) -> App {
        App {
            localizer: config.localizer,
            locale: config.locale,
            colors: config.colors,
            mode: config.mode,
            options: config.options,
            pause: config.pause,
            demo_end: config.demo_end,
            scenarios,
            chosen: 0,
            run: None,
            summary: None,
            runs: Vec::new(),
            time_limit: config.time_limit,
            error: None,
            fixed_elapsed: None,
            on_run_end: None,
            record_warning: None,
        }
    }

    pub fn texts(&self) -> Texts<'_> {
        Texts {
            localizer: &self.localizer,
            locale: &self.locale,
        }
    }

    pub fn styles(&self) -> Styles {
        Styles::new(self.colors)
    }

    /// The languages offered (F2, the start menu, the language list), in a
    /// stable order: the real ones. The pseudo-locale (`en-XA`, for
    /// translators) is offered only when the run started in it (`--lang en-XA`).
    pub fn languages(&self) -> Vec<LanguageIdentifier> {
        self.localizer
            .available()
            .iter()
            .filter(|l| !self.localizer.is_pseudo(l) || **l == self.locale)
            .cloned()
            .collect()
    }

    /// The name of `lang` in itself.
    pub fn language_name(&self, lang: &LanguageIdentifier) -> String {
        self.localizer.format(lang, "tui-language-name", &[])
    }

    /// Starts `scenario` in `mode`.
    pub fn start(&mut self, scenario: &Scenario, mode: Mode) -> Result<(), TuiError> {
        self.close_run();
        let session = if mode == Mode::Exam {
            Session::exam(scenario, self.options.clone())?
        } else {
            Session::new(scenario, self.options.clone())?
        };
        self.mode = mode;
        self.summary = None;
        self.run = Some(Run {
            session,
            mode,
            note: (mode == Mode::Demo).then(|| self.note(NoteKind::Info, "tui-note-demo-running")),
            focus: None,
            shown: None,
            demo_next: Instant::now() + self.pause,
            demo_paused: false,
            marked: None,
            marked_off: false,
            finished_at: None,
            recorded: false,
            timed_out: false,
            handed_in: false,
            shown_left: None,
            hinted: None,
        });
        Ok(())
    }

    /// Keeps the figures of the current attempt if they are not kept yet (it
    /// is being left: restarted, replaced, quit).
    pub fn close_run(&mut self) {
        if self.run.as_ref().is_some_and(|r| !r.recorded) {
            self.record();
        }
    }

    /// Exam: the time limit, if there is one.
    fn exam_limit(&self, run: &Run) -> Option<Duration> {
        self.time_limit.filter(|_| run.mode == Mode::Exam)
    }

    /// How long the run took: the fixed time of a snapshot, else the measured
    /// one; a run its time limit ended took the limit, not a moment more.
    fn elapsed(&self, run: &Run) -> Duration {
        let elapsed = self.fixed_elapsed.unwrap_or_else(|| run.session.elapsed());
        match self.exam_limit(run) {
            Some(limit) if run.timed_out => elapsed.min(limit),
            _ => elapsed,
        }
    }

    /// Exam: the time left now.
    fn time_left(&self, run: &Run) -> Option<Duration> {
        Some(self.exam_limit(run)?.saturating_sub(self.elapsed(run)))
    }

    fn note(&self, kind: NoteKind, id: &str) -> Note {
        Note {
            kind,
            text: self.texts().get(id),
        }
    }

    /// The figures of the current run so far, as [`App::record`] keeps them;
    /// `held` is whether its goal holds.
    fn current_summary(&self, held: bool) -> Option<RunSummary> {
        let run = self.run.as_ref()?;
        let (elapsed, time_limit) = (self.elapsed(run), self.exam_limit(run));
        let stats = run.session.stats();
        // An exam's steps are judged only by its goal: the silent script
        // passes a step whenever the portal shows a view that step (or a
        // later one) ends on, which proves nothing of the steps between.
        // Until the goal holds, no step of an exam counts as finished.
        let step_times = if run.mode == Mode::Exam && !held {
            Vec::new()
        } else {
            stats.step_times
        };
        Some(RunSummary {
            scenario: run.session.scenario().id.clone(),
            mode: run.mode,
            finished: run.session.is_finished() || run.handed_in,
            interrupted: false,
            goal_met: held,
            elapsed,
            wrong_actions: stats.wrong_actions,
            hints: stats.hints,
            skipped: stats.skipped,
            locale: self.locale.clone(),
            timed_out: run.timed_out,
            steps: run.session.step_count(),
            step_times,
            time_limit,
            ended: SystemTime::now(),
        })
    }

    /// Keeps the current run, as it stands, where the signal watchdog finds
    /// it ([`crate::terminal::abandoned`]): a run not yet recorded is
    /// written from there should a signal come while the event loop cannot
    /// quit. Called after each pass of the loop.
    pub(crate) fn keep_abandoned(&self) {
        // Called after every pass of the loop, so it never judges the goal
        // itself (argon2 verifications, tens of milliseconds): the last
        // judgement since the portal changed, else not held — a run still in
        // progress, as a run that reaches its goal is recorded at once.
        let summary = self
            .run
            .as_ref()
            .filter(|run| !run.recorded && run.mode != Mode::Demo)
            .and_then(|run| self.current_summary(run.session.goal_met_if_judged().unwrap_or(false)))
            .map(|mut s| {
                s.interrupted = true;
                s
            });
        if let Some(mut slot) = crate::terminal::try_abandoned() {
            *slot = summary;
        }
    }

    /// Records the figures of the run so far.
    pub fn record(&mut self) {
        let Some(run) = &self.run else { return };
        let Some(summary) = self.current_summary(self.goal_held(run)) else {
            return;
        };
        if let Some(run) = &mut self.run {
            if !run.recorded {
                // Taken from the watchdog's reach while it is written: the
                // record is written once, here or there.
                let mut slot = crate::terminal::abandoned();
                *slot = None;
                if let Some(sink) = self.on_run_end.as_mut() {
                    self.record_warning = sink(&summary);
                }
                drop(slot);
                self.runs.push(summary.clone());
                run.recorded = true;
            }
            self.summary = Some(summary);
        }
    }

    /// The score of the current run (see `walkthrough_records::score`).
    fn score(&self, run: &Run) -> u8 {
        let stats = run.session.stats();
        walkthrough_records::score(&walkthrough_records::ScoreInput {
            goal_met: self.goal_held(run) && !run.timed_out,
            steps: run.session.step_count(),
            duration: self.elapsed(run),
            wrong_actions: stats.wrong_actions,
            hints: stats.hints,
            skipped: stats.skipped,
        })
    }

    /// The element to mark, and a line saying how to get back when wandered off.
    fn target_and_way_back(&self, run: &Run) -> (Option<String>, Option<String>) {
        let session = &run.session;
        // An exam shows neither the target nor the way.
        if run.mode == Mode::Exam {
            return (None, None);
        }
        if let Some(target) = session.target() {
            return (Some(target), None);
        }
        if !session.wandered_off() {
            return (None, None);
        }
        let texts = self.texts();
        match session.way_back() {
            Some(Action::Click(id)) if session.screen().sign_in.is_some() => {
                // Signed out: the first empty field, else Sign in (Verify).
                let screen = session.screen();
                let fields = ["sign-in.user", "sign-in.password", "mfa.code"];
                let empty = fields.into_iter().find(|f| {
                    screen.element(f).is_some_and(|e| match &e.value {
                        Some(walkthrough_portal::Value::Text(t)) => t.is_empty(),
                        Some(walkthrough_portal::Value::Masked(n)) => *n == 0,
                        _ => false,
                    })
                });
                let mark = empty.map_or_else(|| id.clone(), str::to_owned);
                let line = if session.scenario().sign_in_shown {
                    "tui-note-way-back-sign-in"
                } else {
                    "tui-note-way-back-sign-in-unshown"
                };
                (Some(mark), Some(texts.get(line)))
            }
            Some(Action::Click(id))
                if id == "app-passwords.create" || id == "create-app-password.next" =>
            {
                // The one-time password is gone: create another. In the create
                // dialog, the name field first while it is empty.
                let screen = session.screen();
                let name = "create-app-password.name";
                let empty = screen.element(name).is_some_and(|e| {
                    matches!(&e.value, Some(walkthrough_portal::Value::Text(t)) if t.is_empty())
                });
                let mark = if empty { name.to_owned() } else { id.clone() };
                (
                    Some(mark),
                    Some(texts.get("tui-note-way-back-create-again")),
                )
            }
            Some(Action::Click(id)) => {
                let screen = session.screen();
                let label = screen
                    .element(id)
                    .map(|e| texts.message(&e.label))
                    .unwrap_or_default();
                let line = texts.args("tui-note-way-back-click", &[("label", Arg::Text(label))]);
                (Some(id.clone()), Some(line))
            }
            Some(Action::Back) => (None, Some(texts.get("tui-note-way-back-back"))),
            _ if session.unreachable() => (None, Some(texts.get("tui-note-unreachable"))),
            _ => (None, None),
        }
    }

    /// The guide panel's contents now.
    fn guide(&self, run: &Run) -> (GuideText, Option<String>) {
        let session = &run.session;
        let scenario = session.scenario();
        let index = session.step_index().unwrap_or(scenario.steps.len());
        let mut guide =
            GuideText::for_step(scenario, index, run.mode, &self.localizer, &self.locale);
        let (target, way_back) = self.target_and_way_back(run);
        // Signed out (or never signed in): the details are needed again.
        if scenario.sign_in_shown
            && guide.sign_in.is_none()
            && matches!(session.screen().sign_in, Some(SignInStep::Password { .. }))
        {
            guide.sign_in = Some(sign_in_line(scenario, self.texts()));
        }
        guide.note = run.note.clone();
        if let Some(line) = way_back {
            let texts = self.texts();
            guide.note = Some(Note {
                kind: NoteKind::Wrong,
                text: match &run.note {
                    Some(n) if n.kind == NoteKind::Wrong => texts.args(
                        "tui-note-wrong-with-way-back",
                        &[
                            ("wrong", Arg::Text(n.text.clone())),
                            ("way-back", Arg::Text(line)),
                        ],
                    ),
                    _ => line,
                },
            });
        }
        guide.time_left = self.time_left(run);
        guide.keys = match run.mode {
            Mode::Demo if run.finished_at.is_some() => Keys::DemoOver,
            Mode::Demo => Keys::Demo,
            Mode::Exam if session.is_finished() || run.timed_out || run.handed_in => Keys::Done,
            Mode::Exam => Keys::Exam,
            Mode::Guided if session.is_finished() => Keys::Done,
            Mode::Guided if session.needs_acknowledge() => {
                if !guide
                    .note
                    .as_ref()
                    .is_some_and(|n| matches!(n.kind, NoteKind::Hint | NoteKind::Wrong))
                {
                    guide.note = Some(self.note(NoteKind::Info, "tui-note-read"));
                }
                Keys::Read
            }
            Mode::Guided => Keys::Guided,
        };
        (guide, target)
    }

    /// The base layer for the current run.
    fn frame(&self, handler: crate::element::Handler) -> Option<Frame> {
        let run = self.run.as_ref()?;
        let (guide, target) = self.guide(run);
        let screen = run.session.screen();
        let ctx = Ctx {
            texts: self.texts(),
            target: target.as_deref(),
            styles: self.styles(),
            handler,
        };
        let portal = render::portal(&screen, ctx);
        let guide = guide_view(&guide, self.texts(), self.styles());
        Some(
            Frame::new(Box::new(portal), Some(Box::new(guide)), self.too_small())
                .watched(run.mode == Mode::Demo),
        )
    }

    /// The too-small note.
    pub fn too_small(&self) -> String {
        self.texts().args(
            "tui-too-small",
            &[
                ("min-width", number(MIN_SIZE.x)),
                ("min-height", number(MIN_SIZE.y)),
            ],
        )
    }

    /// What is wrong with the portal's end state, in the portal's own terms:
    /// one line per goal condition that does not hold, as the session
    /// evaluates the goal (its implied conditions included: the fixture's
    /// other app passwords kept, none created that the goal does not name).
    /// Empty when the goal holds.
    pub fn goal_problems(&self, run: &Run) -> Vec<String> {
        let session = &run.session;
        let report = session.goal();
        let texts = self.texts();
        let quoted = |id: &str, key: &'static str, name: &str| {
            texts.args(id, &[(key, Arg::Text(name.to_owned()))])
        };
        let portal = session.portal();
        let now: Vec<String> = portal.app_passwords().into_iter().map(|a| a.name).collect();
        let before: Vec<&str> = session
            .scenario()
            .fixture
            .app_passwords
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        let mut lines = Vec::new();
        let mut named = Vec::new();
        for (check, _) in &report.checks {
            if let GoalCheck::AppPasswordNamed(name)
            | GoalCheck::AppPasswordAbsent(name)
            | GoalCheck::MailRejectsPasswordOf(name)
            | GoalCheck::OtherAppPasswordKept(name) = check
            {
                named.push(name.clone());
            }
        }
        for (check, ok) in &report.checks {
            if *ok {
                continue;
            }
            lines.push(match check {
                GoalCheck::AppPasswordNamed(name) => {
                    let created = now.iter().find(|n| !before.contains(&n.as_str()));
                    match created {
                        Some(other) => {
                            named.push(other.clone());
                            texts.args(
                                "tui-goal-missing-named-other",
                                &[
                                    ("name", Arg::Text(name.clone())),
                                    ("other", Arg::Text(other.clone())),
                                ],
                            )
                        }
                        None => quoted("tui-goal-missing", "name", name),
                    }
                }
                GoalCheck::AppPasswordAbsent(name) => quoted("tui-goal-still-there", "name", name),
                GoalCheck::MailConnected(true) => texts.get("tui-goal-mail-not-connected"),
                GoalCheck::MailConnected(false) => texts.get("tui-goal-mail-connected"),
                GoalCheck::MailConnectedWith(name) => match portal.mail_connected_as() {
                    Some(other) => texts.args(
                        "tui-goal-mail-connected-with-other",
                        &[
                            ("name", Arg::Text(name.clone())),
                            ("other", Arg::Text(other.to_owned())),
                        ],
                    ),
                    None => quoted("tui-goal-mail-not-connected-with", "name", name),
                },
                GoalCheck::MailRejectsPasswordOf(name) => {
                    quoted("tui-goal-mail-accepts", "name", name)
                }
                GoalCheck::OtherAppPasswordKept(name) => {
                    quoted("tui-goal-deleted-other", "name", name)
                }
                GoalCheck::NoOtherAppPasswordCreated(created) => {
                    // One line each; one already said (created instead of
                    // the named one) is not said again.
                    lines.extend(
                        created
                            .iter()
                            .filter(|n| !named.contains(n))
                            .map(|n| quoted("tui-goal-created-other", "name", n)),
                    );
                    continue;
                }
            });
        }
        lines
    }

    /// The figures for the completion screen: the verdict, what is wrong
    /// when the goal does not hold, the score that is recorded, time,
    /// wrong actions and hints.
    pub fn done_lines(&self) -> Vec<(NoteKind, String)> {
        let Some(run) = &self.run else {
            return Vec::new();
        };
        let texts = self.texts();
        let stats = run.session.stats();
        let secs = self.elapsed(run).as_secs();
        let title = texts.get(&run.session.scenario().title);
        let count = |id: &str, n: u32| texts.num(id, "count", n as usize);
        let score = (
            NoteKind::Info,
            texts.args(
                "tui-exam-score",
                &[("score", number(usize::from(self.score(run))))],
            ),
        );
        let figures = [
            (
                NoteKind::Info,
                texts.args(
                    "tui-done-time",
                    &[
                        ("minutes", number((secs / 60) as usize)),
                        ("seconds", number((secs % 60) as usize)),
                    ],
                ),
            ),
            (NoteKind::Info, count("tui-done-wrong", stats.wrong_actions)),
            (NoteKind::Info, count("tui-done-hints", stats.hints)),
        ];
        let problems = self.goal_problems(run).into_iter().map(|line| {
            (
                NoteKind::Wrong,
                texts.args("tui-goal-problem", &[("problem", Arg::Text(line))]),
            )
        });
        let mut lines = Vec::new();
        if run.mode == Mode::Exam {
            let verdict = if run.timed_out {
                (NoteKind::Wrong, texts.get("tui-exam-time-up"))
            } else if self.goal_held(run) {
                (NoteKind::Good, texts.get("tui-exam-passed"))
            } else {
                (NoteKind::Wrong, texts.get("tui-exam-failed"))
            };
            lines.extend([
                (
                    NoteKind::Info,
                    texts.args("tui-exam-summary", &[("scenario", Arg::Text(title))]),
                ),
                verdict,
            ]);
            lines.extend(problems);
            lines.push(score);
            lines.extend(figures);
            return lines;
        }
        lines.push((
            NoteKind::Info,
            texts.args("tui-done-summary", &[("scenario", Arg::Text(title))]),
        ));
        lines.push(if run.session.goal_met() {
            (NoteKind::Good, texts.get("tui-done-goal-met"))
        } else {
            (NoteKind::Wrong, texts.get("tui-done-goal-not-met"))
        });
        lines.extend(problems);
        lines.push(score);
        lines.extend(figures);
        if stats.skipped > 0 {
            lines.push((NoteKind::Info, count("tui-done-skipped", stats.skipped)));
        }
        lines
    }

    /// Whether the run's goal holds (and, in an exam, in time) and nothing
    /// else was changed: the only case the completion screen may praise.
    pub fn succeeded(&self) -> bool {
        self.run
            .as_ref()
            .is_some_and(|r| self.goal_held(r) && !r.timed_out)
    }

    /// Whether the procedure's promise holds: the scenario's goal as the
    /// session evaluates it, its implied conditions included (no app
    /// password deleted or created that the procedure did not ask for).
    /// This is what the run records as its goal (and so its verb and score).
    pub fn goal_held(&self, run: &Run) -> bool {
        run.session.goal_met()
    }
}

/// Runs `f` on the app state.
pub(crate) fn with_app<R>(siv: &mut Cursive, f: impl FnOnce(&mut App) -> R) -> Option<R> {
    siv.with_user_data(f)
}

/// Sets up a cursive root: theme, keys, and the first screen.
pub(crate) fn install(siv: &mut Cursive, app: App) {
    siv.set_theme(style::theme(app.colors));
    let menu_first = app.run.is_none();
    siv.set_user_data(app);
    // Ctrl-C copies in the simulated portal; quitting is `q` or the menu.
    // A Ctrl-C no control takes says so in the guide, and how to quit.
    siv.clear_global_callbacks(Event::CtrlChar('c'));
    siv.add_global_callback(Event::CtrlChar('c'), |s| guarded(s, ctrl_c_note));
    // Ctrl-Z suspends, as in a shell (raw mode makes it a key).
    siv.add_global_callback(Event::CtrlChar('z'), |_| crate::terminal::suspend());
    siv.add_global_callback(Event::Key(Key::F1), |s| guarded(s, hint));
    siv.add_global_callback(Event::Key(Key::F2), |s| guarded(s, next_language));
    siv.add_global_callback(Event::Key(Key::F3), |s| guarded(s, acknowledge));
    siv.add_global_callback(Event::Key(Key::F4), |s| guarded(s, hand_in));
    siv.add_global_callback(Event::Key(Key::Esc), |s| guarded(s, open_menu));
    siv.add_global_callback('q', |s| guarded(s, ask_quit));
    siv.add_global_callback(Event::Alt(Key::Left), |s| {
        guarded(s, |s| act(s, Action::Back))
    });
    siv.add_global_callback(Event::Key(Key::Backspace), |s| {
        guarded(s, |s| act(s, Action::Back))
    });
    siv.add_global_callback(' ', |s| guarded(s, toggle_pause));
    siv.add_global_callback(Event::Key(Key::Right), |s| guarded(s, demo_step_now));
    siv.add_global_callback(Event::Key(Key::Enter), |s| guarded(s, close_demo));
    siv.add_global_callback(Event::WindowResize, |s| s.clear());
    // Transparent: the frame clears the screen itself, faster than a layer's fill.
    siv.screen_mut().add_transparent_layer(
        Frame::new(Box::new(cursive::views::DummyView), None, String::new()).with_name(FRAME),
    );
    if menu_first {
        start_menu(siv);
    } else {
        redraw(siv);
    }
}

/// Runs a global key only when no menu or dialog of ours is open over the
/// frame (they handle their own keys).
fn guarded(siv: &mut Cursive, f: impl FnOnce(&mut Cursive)) {
    if siv.screen().len() <= 1 {
        f(siv);
    }
}

/// Rebuilds the frame from the state, and puts the focus back.
pub(crate) fn redraw(siv: &mut Cursive) {
    let built = with_app(siv, |app| {
        let frame = app.frame(on_input)?;
        let run = app.run.as_mut()?;
        let screen = run.session.screen();
        let same_view = run.shown == Some(screen.id);
        run.shown = Some(screen.id);
        let keep = run
            .focus
            .clone()
            .filter(|id| same_view && screen.element(id).is_some_and(|e| e.enabled));
        // A new view, or a marker that moved while the trainee was off the
        // path (a way back on the same page, or back on it): the focus (and
        // the scrolling with it) goes to the marked element, so it is on
        // screen; else to what the portal focuses.
        let (marked, way_back) = app.target_and_way_back(app.run.as_ref()?);
        let run = app.run.as_mut()?;
        let off = way_back.is_some();
        // Filling a marked field moves the marker on (to the next field):
        // the focus stays where the trainee types.
        let filling = run.marked.as_ref().is_some_and(|id| {
            screen
                .element(id)
                .is_some_and(|e| e.enabled && e.role == Role::TextField)
        });
        let moved = marked != run.marked && (off || run.marked_off) && !filling;
        run.marked.clone_from(&marked);
        run.marked_off = off;
        let target = (!same_view || moved).then_some(marked).flatten();
        let keep = keep.filter(|_| !moved || target.is_none());
        // A confirmation focuses its safe answer, so Enter by reflex keeps
        // things as they are (the marker still shows the step's answer).
        let safe = (!same_view)
            .then(|| screen.element(SAFE_ANSWER))
            .flatten()
            .filter(|e| e.enabled)
            .map(|e| e.id.clone());
        let focus = keep.or(safe).or(target).or_else(|| first_focus(&screen));

        run.focus = focus.clone();
        Some((frame, focus))
    })
    .flatten();
    let Some((frame, focus)) = built else {
        return;
    };
    siv.call_on_name(FRAME, |f: &mut Frame| *f = frame);
    let _ = siv.focus_name(FRAME);
    if let Some(id) = focus {
        let _ = siv.focus_name(&id);
    }
}

/// The confirmation dialog's safe answer (No).
const SAFE_ANSWER: &str = "confirm.no";

/// Where the focus goes on a new view with no target: what the portal
/// focuses when it is the page's main content (or its dialog), else the
/// first control of the main content (or, when it has none, of the right
/// then the left column), so Tab starts there and not on the top bar.
fn first_focus(screen: &Screen) -> Option<String> {
    let usable = |e: &&walkthrough_portal::Element| {
        e.enabled
            && (e.role.is_clickable() || matches!(e.role, Role::TextField | Role::PasswordDisplay))
    };
    let content = |r: Region| matches!(r, Region::Main | Region::Dialog);
    let portal = screen.elements.iter().find(|e| e.focused && e.enabled);
    // A page whose main content has no control (home, the settings page)
    // starts on its right or left column, still not on the top bar.
    let regions: &[Region] = if screen.has_dialog() {
        &[Region::Dialog]
    } else {
        &[Region::Main, Region::Right, Region::Left]
    };
    portal
        .filter(|e| content(e.region))
        .or_else(|| regions.iter().find_map(|r| screen.region(*r).find(usable)))
        .or(portal)
        .map(|e| e.id.clone())
}

/// Where element inputs arrive.
pub(crate) fn on_input(siv: &mut Cursive, input: Input) {
    match input {
        Input::Focus(id) => {
            with_app(siv, |app| {
                if let Some(run) = app.run.as_mut() {
                    run.focus = Some(id);
                }
            });
        }
        Input::Act(action) => {
            if let Some(id) = action.element() {
                let id = id.to_owned();
                with_app(siv, |app| {
                    if let Some(run) = app.run.as_mut() {
                        run.focus = Some(id);
                    }
                });
            }
            act(siv, action);
        }
        Input::Cycle(back) => {
            let next = with_app(siv, |app| {
                let run = app.run.as_ref()?;
                let order = render::tab_order(&run.session.screen());
                let at = run
                    .focus
                    .as_ref()
                    .and_then(|f| order.iter().position(|id| id == f));
                let n = order.len();
                let i = match (at, back) {
                    _ if n == 0 => return None,
                    (None, false) => 0,
                    (None, true) => n - 1,
                    (Some(i), false) => (i + 1) % n,
                    (Some(i), true) => (i + n - 1) % n,
                };
                order.get(i).cloned()
            })
            .flatten();
            if let Some(id) = next {
                let _ = siv.focus_name(&id);
                with_app(siv, |app| {
                    if let Some(run) = app.run.as_mut() {
                        run.focus = Some(id);
                    }
                });
            }
        }
        Input::Backspace(id) => {
            let value = with_app(siv, |app| {
                let run = app.run.as_ref()?;
                run.session.screen().element(&id)?.value.clone()
            })
            .flatten();
            act(siv, Action::Clear(id.clone()));
            if let Some(walkthrough_portal::Value::Text(mut text)) = value {
                text.pop();
                if !text.is_empty() {
                    act(siv, Action::Type { element: id, text });
                }
            }
        }
    }
}

/// The trainee's action: the portal does it, the guide says what it means.
pub(crate) fn act(siv: &mut Cursive, action: Action) {
    let finished = with_app(siv, |app| app.act(action)).flatten();
    redraw(siv);
    if finished == Some(true) {
        with_app(siv, App::record);
        completion(siv);
    }
}

impl App {
    /// Does a trainee's action in guided mode; whether it finished the
    /// procedure (`None` when there was nothing to do).
    fn act(&mut self, action: Action) -> Option<bool> {
        let run = self.run.as_mut()?;
        if run.mode == Mode::Demo || run.session.is_finished() || run.timed_out || run.handed_in {
            return None;
        }
        let exam = run.mode == Mode::Exam;
        // A step that is only read is done once the trainee acts again.
        run.session.acknowledge();
        let before = run.session.screen().id;
        // The views offer only what is on screen; anything else changes nothing.
        let feedback = run.session.act(action).ok()?;
        // Typing keeps the note (a hint stays while the trainee follows it).
        // An exam says nothing about the trainee's actions.
        let keep = exam
            || (feedback.verdict == Verdict::Neutral
                && !matches!(feedback.outcome, Outcome::Screen(_) | Outcome::Refused(_)));
        if exam && matches!(feedback.outcome, Outcome::Screen(_)) {
            // An exam's note (a hint, a word on Ctrl+C) is about the screen
            // it was given on: it goes when the screen changes.
            self.run.as_mut()?.note = None;
        } else if !keep {
            let note = describe(self, &feedback, before);
            self.run.as_mut()?.note = note;
        }
        Some(feedback.verdict == Verdict::Finished)
    }
}

/// The note an action's feedback calls for.
fn describe(app: &App, feedback: &Feedback, before: ScreenId) -> Option<Note> {
    let texts = app.texts();
    let run = app.run.as_ref()?;
    let note = |kind, text| Some(Note { kind, text });
    match (&feedback.verdict, &feedback.outcome) {
        (Verdict::StepDone, _) => note(NoteKind::Good, texts.get("tui-note-step-done")),
        (Verdict::Refused, Outcome::Refused(r)) => note(
            NoteKind::Wrong,
            texts.args(
                "tui-note-refused",
                &[("message", Arg::Text(texts.message(&r.message())))],
            ),
        ),
        (Verdict::Wrong, _) => {
            let screen = run.session.screen();
            let text = if screen.id != before {
                let title = screen.dialog_title.as_ref().unwrap_or(&screen.title);
                texts.args(
                    "tui-note-wrong",
                    &[("screen", Arg::Text(texts.message(title)))],
                )
            } else {
                texts.get("tui-note-wrong-here")
            };
            note(NoteKind::Wrong, text)
        }
        (Verdict::Recovering, _) if !run.session.wandered_off() => {
            note(NoteKind::Good, texts.get("tui-note-back-on-track"))
        }
        (Verdict::Recovering, _) => None,
        (_, Outcome::Refused(r)) => note(
            NoteKind::Wrong,
            texts.args(
                "tui-note-refused",
                &[("message", Arg::Text(texts.message(&r.message())))],
            ),
        ),
        _ => None,
    }
}

/// Ctrl-C where nothing is copied: the guide says that it copies, and how
/// to quit.
fn ctrl_c_note(siv: &mut Cursive) {
    with_app(siv, |app| {
        let note = app.note(NoteKind::Info, "tui-note-ctrl-c");
        if let Some(run) = app.run.as_mut() {
            run.note = Some(note);
        }
    });
    redraw(siv);
}

/// F1: the step's hint.
fn hint(siv: &mut Cursive) {
    with_app(siv, |app| {
        let texts = app.texts();
        let run = app.run.as_ref()?;
        let session = &run.session;
        let step = session.step()?;
        let scenario = session.scenario();
        // Wandered off: the next action from where the trainee is, which is
        // the way back, not the step's own hint.
        let (_, way_back) = app.target_and_way_back(run);
        let hint = match way_back {
            Some(line) if session.wandered_off() => Some(line),
            _ => texts.attr(&scenario.step_text_id(step), "hint", &step_args(scenario)),
        };
        let text = match hint {
            Some(h) => texts.args("tui-note-hint", &[("hint", Arg::Text(h))]),
            None => texts.get("tui-note-no-hint"),
        };
        let run = app.run.as_mut()?;
        let step = run.session.step_index();
        if run.mode != Mode::Demo && run.hinted != step {
            run.session.use_hint();
            run.hinted = step;
        }
        run.note = Some(Note {
            kind: NoteKind::Hint,
            text,
        });
        Some(())
    });
    redraw(siv);
}

/// F2: the next language; everything is drawn again in it.
pub(crate) fn next_language(siv: &mut Cursive) {
    let langs = with_app(siv, |app| app.languages()).unwrap_or_default();
    let next = with_app(siv, |app| {
        let at = langs
            .iter()
            .position(|l| *l == app.locale)
            .map_or(0, |i| i + 1);
        langs.get(at % langs.len().max(1)).cloned()
    })
    .flatten();
    if let Some(lang) = next {
        set_language(siv, lang);
    }
}

/// Switches the language mid-step.
pub(crate) fn set_language(siv: &mut Cursive, lang: LanguageIdentifier) {
    let in_menu = with_app(siv, |app| {
        app.locale = lang;
        let name = app.language_name(&app.locale.clone());
        let text = app
            .texts()
            .args("tui-note-language", &[("language", Arg::Text(name))]);
        if let Some(run) = app.run.as_mut() {
            run.note = Some(Note {
                kind: NoteKind::Info,
                text,
            });
        }
        app.run.is_none()
    });
    if in_menu == Some(true) {
        start_menu_at_language(siv);
    } else {
        redraw(siv);
    }
}

/// Exam, F4 or the Esc menu: hand the exam in as it stands; the result
/// names each goal condition that does not hold.
pub(crate) fn hand_in(siv: &mut Cursive) {
    let handed = with_app(siv, |app| {
        let run = app.run.as_mut()?;
        if run.mode != Mode::Exam || run.session.is_finished() || run.timed_out || run.handed_in {
            return None;
        }
        run.handed_in = true;
        Some(())
    })
    .flatten();
    if handed.is_some() {
        with_app(siv, App::record);
        redraw(siv);
        completion(siv);
    }
}

/// F3: a step that is only read is done.
fn acknowledge(siv: &mut Cursive) {
    let finished = with_app(siv, |app| {
        let run = app.run.as_mut()?;
        if run.mode != Mode::Guided {
            return None;
        }
        let verdict = run.session.acknowledge()?;
        run.note = None;
        Some(verdict == Verdict::Finished)
    })
    .flatten();
    redraw(siv);
    if finished == Some(true) {
        with_app(siv, App::record);
        completion(siv);
    }
}

/// Space in demo mode: pause or go on.
fn toggle_pause(siv: &mut Cursive) {
    if demo_over(siv) {
        demo_action(siv);
        return;
    }
    with_app(siv, |app| {
        let pause = app.pause;
        let paused_note = app.note(NoteKind::Info, "tui-note-demo-paused");
        let running_note = app.note(NoteKind::Info, "tui-note-demo-running");
        if let Some(run) = app.run.as_mut().filter(|r| r.mode == Mode::Demo) {
            run.demo_paused = !run.demo_paused;
            run.demo_next = Instant::now() + pause;
            run.note = Some(if run.demo_paused {
                paused_note
            } else {
                running_note
            });
        }
    });
    redraw(siv);
}

/// Whether a demo's last frame is showing (a key closes it).
fn demo_over(siv: &mut Cursive) -> bool {
    with_app(siv, |app| {
        app.run
            .as_ref()
            .is_some_and(|r| r.mode == Mode::Demo && r.finished_at.is_some())
    })
    .unwrap_or(false)
}

/// Enter on a demo's last frame closes it.
fn close_demo(siv: &mut Cursive) {
    if demo_over(siv) {
        demo_action(siv);
    }
}

/// → in demo mode: the next action now.
fn demo_step_now(siv: &mut Cursive) {
    let demo = with_app(siv, |app| {
        app.run.as_mut().filter(|r| r.mode == Mode::Demo).map(|r| {
            r.demo_next = Instant::now();
        })
    })
    .flatten();
    if demo.is_some() {
        demo_action(siv);
    }
}

/// Exam: ends the run when its time limit is over, and redraws when the
/// time left changes. Whether anything changed.
fn exam_tick(siv: &mut Cursive) -> bool {
    let state = with_app(siv, |app| {
        let run = app.run.as_ref()?;
        let limit = app.exam_limit(run)?;
        if run.timed_out || run.handed_in || run.session.is_finished() {
            return None;
        }
        // The clock decides (a test's fixed time, if any, stands for it).
        let over = app.fixed_elapsed.unwrap_or_else(|| run.session.elapsed()) >= limit;
        let left = app.time_left(run)?.as_secs();
        let run = app.run.as_mut()?;
        if over {
            run.timed_out = true;
            return Some(true);
        }
        (run.shown_left != Some(left)).then(|| {
            run.shown_left = Some(left);
            false
        })
    })
    .flatten();
    match state {
        Some(true) => {
            while siv.screen().len() > 1 {
                siv.pop_layer();
            }
            with_app(siv, App::record);
            redraw(siv);
            completion(siv);
            true
        }
        Some(false) => {
            redraw(siv);
            true
        }
        None => false,
    }
}

/// Advances a demo when its pause is over, or an exam's clock. Returns
/// whether anything changed.
pub(crate) fn tick(siv: &mut Cursive) -> bool {
    if exam_tick(siv) {
        return true;
    }
    let due = with_app(siv, |app| {
        let end = app.demo_end;
        let run = app.run.as_ref()?;
        if run.mode != Mode::Demo {
            return None;
        }
        let now = Instant::now();
        match run.finished_at {
            // The last frame stays until a key, unless told how long.
            Some(at) => Some(end.is_some_and(|end| now >= at + end)),
            None => Some(!run.demo_paused && now >= run.demo_next),
        }
    })
    .flatten();
    if due != Some(true) || siv.screen().len() > 1 {
        return false;
    }
    demo_action(siv);
    true
}

/// Performs the demo's next action, or ends the demo once finished.
fn demo_action(siv: &mut Cursive) {
    let state = with_app(siv, |app| {
        let pause = app.pause;
        let finished_note = app.note(NoteKind::Good, "tui-note-demo-finished");
        let unfinished_note = app.note(NoteKind::Wrong, "tui-note-demo-finished-not-met");
        let run = app.run.as_mut()?;
        if run.finished_at.is_some() {
            return Some(DemoState::End);
        }
        match run.session.demo_next() {
            Ok(Some(_)) if !run.session.is_finished() => {
                run.demo_next = Instant::now() + pause;
                Some(DemoState::Going)
            }
            Ok(_) => {
                run.finished_at = Some(Instant::now());
                run.note = Some(if run.session.goal_met() {
                    finished_note
                } else {
                    unfinished_note
                });
                Some(DemoState::Finished)
            }
            Err(e) => Some(DemoState::Failed(e.into())),
        }
    })
    .flatten();
    match state {
        Some(DemoState::Going) => redraw(siv),
        Some(DemoState::Finished) => {
            with_app(siv, App::record);
            redraw(siv);
        }
        Some(DemoState::End) => {
            let back_to_menu = with_app(siv, |app| !app.scenarios.is_empty()).unwrap_or(false);
            if back_to_menu {
                start_menu(siv);
            } else {
                siv.quit();
            }
        }
        Some(DemoState::Failed(e)) => {
            with_app(siv, |app| app.error = Some(e));
            siv.quit();
        }
        None => {}
    }
}

enum DemoState {
    Going,
    Finished,
    End,
    Failed(TuiError),
}

/// Esc menu: start the current scenario again.
pub(crate) fn restart(siv: &mut Cursive) {
    let error = with_app(siv, |app| {
        let note = app.note(NoteKind::Info, "tui-note-restarted");
        let pause = app.pause;
        // The attempt being left is kept (abandoned, unless it had ended).
        app.close_run();
        app.summary = None;
        let run = app.run.as_mut()?;
        if let Err(e) = run.session.restart() {
            return Some(TuiError::from(e));
        }
        run.recorded = false;
        run.timed_out = false;
        run.handed_in = false;
        run.shown_left = None;
        run.hinted = None;
        run.note = Some(note);
        run.shown = None;
        run.focus = None;
        run.finished_at = None;
        run.demo_next = Instant::now() + pause;
        None
    })
    .flatten();
    if let Some(e) = error {
        with_app(siv, |app| app.error = Some(e));
        siv.quit();
        return;
    }
    redraw(siv);
}

/// Esc menu: the walkthrough does the rest of this step; when it cannot,
/// the guide says why and what to do, and nothing changes.
pub(crate) fn skip_step(siv: &mut Cursive) {
    let finished = with_app(siv, |app| {
        let done = app.note(NoteKind::Info, "tui-note-skipped");
        let run = app.run.as_ref()?;
        let mut session = run.session.clone();
        let result = session.skip_step();
        let note = match &result {
            Ok(()) => done,
            Err(e) => app.cannot_skip(e),
        };
        let run = app.run.as_mut()?;
        if result.is_ok() {
            run.session = session;
        }
        run.note = Some(note);
        Some(result.is_ok() && run.session.is_finished())
    })
    .flatten();
    redraw(siv);
    if finished == Some(true) {
        with_app(siv, App::record);
        completion(siv);
    }
}

impl App {
    /// The guide's note when Skip cannot do a step: the portal's own words
    /// for why (the account is locked, …), and what to do.
    fn cannot_skip(&self, error: &SessionError) -> Note {
        let texts = self.texts();
        let text = match error {
            SessionError::Script {
                error: RunError::Refused(refusal),
                ..
            } => texts.args(
                "tui-note-skip-refused",
                &[("message", Arg::Text(texts.message(&refusal.message())))],
            ),
            _ => texts.get("tui-note-skip-impossible"),
        };
        Note {
            kind: NoteKind::Wrong,
            text,
        }
    }
}

/// Quits, keeping the figures of the run.
pub(crate) fn quit(siv: &mut Cursive) {
    with_app(siv, App::close_run);
    siv.quit();
}

// ------------------------------------------------- the walkthrough's own screens

/// The start menu: pick a scenario, a mode, a language.
pub(crate) fn start_menu(siv: &mut Cursive) {
    show_start_menu(siv, false);
}

/// The start menu again (in a new language), the focus on the language.
pub(crate) fn start_menu_at_language(siv: &mut Cursive) {
    show_start_menu(siv, true);
}

fn show_start_menu(siv: &mut Cursive, on_language: bool) {
    let Some((menu, too_small)) = with_app(siv, |app| {
        app.close_run();
        app.run = None;
        (app.start_menu_view(), app.too_small())
    }) else {
        return;
    };
    let language = menu.language;
    let view = menu::start_view(
        menu,
        StartActions {
            scenario: |s, i| {
                with_app(s, |app| app.chosen = i);
            },
            mode: |s, m| {
                with_app(s, |app| app.mode = m);
            },
            language: set_language,
            begin,
            quit: ask_quit,
        },
    );
    while siv.screen().len() > 1 {
        siv.pop_layer();
    }
    siv.call_on_name(FRAME, |f: &mut Frame| {
        *f = Frame::new(Box::new(view), None, too_small);
    });
    let _ = siv.focus_name(FRAME);
    if on_language {
        let _ = siv.focus_name(&menu::language_button(language.unwrap_or(0)));
    }
}

impl App {
    /// What the start menu shows now.
    fn start_menu_view(&self) -> StartMenu {
        let texts = self.texts();
        let languages: Vec<(LanguageIdentifier, String)> = self
            .languages()
            .into_iter()
            .map(|l| {
                let name = self.language_name(&l);
                (l, name)
            })
            .collect();
        StartMenu {
            title: texts.get("tui-start-title"),
            intro: texts.get("tui-start-intro"),
            scenario_heading: texts.get("tui-start-scenario"),
            scenarios: (self.scenarios.iter())
                .map(|s| {
                    let model = s.model();
                    let name = model
                        .name
                        .map_or_else(|| model.id.clone(), |n| texts.get(n));
                    let line =
                        texts.args("tui-start-scenario-model", &[("model", Arg::Text(name))]);
                    (texts.get(&s.title), line)
                })
                .collect(),
            chosen: self.chosen,
            mode_heading: texts.get("tui-start-mode"),
            modes: Mode::ALL
                .into_iter()
                .map(|m| {
                    let id = match m {
                        Mode::Guided => "tui-mode-guided",
                        Mode::Exam => "tui-mode-exam",
                        Mode::Demo => "tui-mode-demo",
                    };
                    (m, texts.get(id))
                })
                .collect(),
            mode: self.mode,
            language_heading: texts.get("tui-start-language"),
            language: languages.iter().position(|(l, _)| *l == self.locale),
            languages,
            begin: texts.get("tui-start-begin"),
            quit: texts.get("tui-start-quit"),
            styles: self.styles(),
        }
    }
}

/// The start menu's Start button.
fn begin(siv: &mut Cursive) {
    let started = with_app(siv, |app| {
        let scenario = app.scenarios.get(app.chosen)?.clone();
        let mode = app.mode;
        Some(app.start(&scenario, mode))
    })
    .flatten();
    match started {
        Some(Ok(())) => redraw(siv),
        Some(Err(e)) => {
            with_app(siv, |app| app.error = Some(e));
            siv.quit();
        }
        None => {}
    }
}

/// What the Esc menu offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MenuItem {
    Continue,
    Restart,
    Skip,
    HandIn,
    Language,
    Quit,
}

/// Esc: restart, skip the step (guided), hand in (exam), change the
/// language, quit. Without a run (the start menu), the quit question.
pub(crate) fn open_menu(siv: &mut Cursive) {
    // An open drop-down of the portal's closes first, as in the browser.
    let drop_down = with_app(siv, |app| {
        app.run
            .as_ref()
            .is_some_and(|r| r.mode != Mode::Demo && r.session.screen().has_menu())
    });
    if drop_down == Some(true) {
        act(siv, Action::Back);
        return;
    }
    let Some((title, items)) = with_app(siv, |app| {
        let texts = app.texts();
        let run = app.run.as_ref()?;
        let mut items = vec![
            (texts.get("tui-menu-continue"), MenuItem::Continue),
            (texts.get("tui-menu-restart"), MenuItem::Restart),
        ];
        if run.mode == Mode::Guided && !run.session.is_finished() {
            items.push((texts.get("tui-menu-skip"), MenuItem::Skip));
        }
        if run.mode == Mode::Exam && !run.session.is_finished() && !run.timed_out && !run.handed_in
        {
            items.push((texts.get("tui-menu-hand-in"), MenuItem::HandIn));
        }
        items.push((texts.get("tui-menu-language"), MenuItem::Language));
        items.push((texts.get("tui-menu-quit"), MenuItem::Quit));
        Some((texts.get("tui-menu-title"), items))
    })
    .flatten() else {
        ask_quit(siv);
        return;
    };
    siv.add_layer(menu::choice_list(title, items, 0, |s, item| match item {
        MenuItem::Continue => {}
        MenuItem::Restart => restart(s),
        MenuItem::Skip => skip_step(s),
        MenuItem::HandIn => hand_in(s),
        MenuItem::Language => languages(s),
        MenuItem::Quit => quit(s),
    }));
}

/// The language list, the current language marked and selected.
fn languages(siv: &mut Cursive) {
    let Some((title, named, at)) = with_app(siv, |app| {
        let texts = app.texts();
        let all = app.languages();
        let at = all.iter().position(|l| *l == app.locale).unwrap_or(0);
        let named: Vec<(String, LanguageIdentifier)> = all
            .into_iter()
            .map(|l| {
                let name = app.language_name(&l);
                let label = if l == app.locale {
                    texts.args("tui-language-current", &[("language", Arg::Text(name))])
                } else {
                    name
                };
                (label, l)
            })
            .collect();
        (texts.get("tui-language-title"), named, at)
    }) else {
        return;
    };
    siv.add_layer(menu::choice_list(title, named, at, set_language));
}

/// q: asks before quitting.
pub(crate) fn ask_quit(siv: &mut Cursive) {
    let Some((title, question, yes, no)) = with_app(siv, |app| {
        let t = app.texts();
        (
            t.get("tui-quit-title"),
            t.get("tui-quit-question"),
            t.get("tui-yes"),
            t.get("tui-no"),
        )
    }) else {
        return;
    };
    siv.add_layer(menu::question(title, question, yes, no, quit));
}

/// The completion dialog's buttons.
#[derive(Debug, Clone, Copy)]
enum Done {
    Again,
    Menu,
    Quit,
}

/// The completion dialog: the verdict, what is wrong, the score, time,
/// wrong actions and hints.
pub(crate) fn completion(siv: &mut Cursive) {
    let Some((title, lines, buttons)) = with_app(siv, |app| {
        let t = app.texts();
        let styles = app.styles();
        let lines: Vec<StyledString> = app
            .done_lines()
            .into_iter()
            .map(|(kind, text)| match kind {
                NoteKind::Good => StyledString::styled(text, styles.good),
                NoteKind::Wrong => StyledString::styled(text, styles.error),
                _ => StyledString::plain(text),
            })
            .collect();
        // A record that could not be written is said first.
        let lines: Vec<StyledString> = app
            .record_warning
            .iter()
            .map(|w| StyledString::styled(w.clone(), styles.error))
            .chain(lines)
            .collect();
        let mut buttons = vec![(t.get("tui-done-again"), Done::Again)];
        if !app.scenarios.is_empty() {
            buttons.push((t.get("tui-done-menu"), Done::Menu));
        }
        buttons.push((t.get("tui-done-quit"), Done::Quit));
        let exam = app.run.as_ref().is_some_and(|r| r.mode == Mode::Exam);
        // No praise unless the goal holds and nothing else was changed.
        let title = t.get(if exam {
            "tui-exam-result-title"
        } else if app.succeeded() {
            "tui-done-title"
        } else if app.run.as_ref().is_some_and(|r| r.session.goal_met()) {
            "tui-done-title-side-effects"
        } else {
            "tui-done-title-not-met"
        });
        (title, lines, buttons)
    }) else {
        return;
    };
    // Enter by reflex must not wipe the run: the focus starts on Back to
    // the menu (or Quit), never on Start again.
    let focus = if buttons.len() == 3 {
        1
    } else {
        buttons.len() - 1
    };
    // Near the top, over the portal's window, rather than centred on the
    // whole terminal, where a tall result crosses the window's border.
    let at = cursive::XY::new(
        cursive::view::Offset::Center,
        cursive::view::Offset::Absolute(1),
    );
    siv.screen_mut().add_layer_at(
        at,
        menu::completion(title, lines, buttons, focus, |s, choice| match choice {
            Done::Again => restart(s),
            Done::Menu => start_menu(s),
            Done::Quit => quit(s),
        }),
    );
}
