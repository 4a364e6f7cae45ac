//! The TUI without a terminal, through cursive's puppet backend: injected key
//! and mouse events in, frames out as text. Tests, benchmarks and
//! [`render_text`](crate::render_text) use it.

use crate::app::{self, App};
use crate::element::Input;
use crate::guide::{guide_view, Frame, GuideText};
use crate::render::{self, Ctx};
use crate::style::{Colors, Styles};
use crate::text::Texts;
use crate::{RunConfig, RunSummary, TuiError};
use cursive::backends::puppet::observed::ObservedScreen;
use cursive::backends::puppet::Backend as Puppet;
use cursive::event::{Event, Key, MouseButton, MouseEvent};
use cursive::style::{ColorPair, Effect};
use cursive::{backend, Cursive, CursiveRunner, Vec2};
use std::sync::{Arc, Mutex};
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::Localizer;
use walkthrough_portal::Screen;
use walkthrough_scenario::{Library, Scenario};

/// The text of a frame: one line per row, a wide character once (it covers
/// two columns), trailing spaces trimmed.
pub fn frame_text(frame: &ObservedScreen) -> String {
    let size = frame.size();
    let mut out = String::with_capacity(size.x * size.y);
    for y in 0..size.y {
        let mut line = String::with_capacity(size.x);
        for x in 0..size.x {
            match &frame[Vec2::new(x, y)] {
                Some(cell) if cell.letter.is_continuation() => {}
                Some(cell) => line.push_str(cell.letter.as_option().map_or(" ", |s| s.as_str())),
                None => line.push(' '),
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Where a [`Harness`] sends its frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Output {
    /// cursive's puppet backend, which keeps each frame for reading.
    #[default]
    Puppet,
    /// Nowhere: a backend that takes every cell and keeps none, to measure
    /// the TUI's own cost without the puppet's copying of frames.
    Discard,
}

/// A backend that drops what it is given.
struct Discard(Vec2);

impl backend::Backend for Discard {
    fn poll_event(&mut self) -> Option<Event> {
        None
    }
    fn set_title(&mut self, _: String) {}
    fn refresh(&mut self) {}
    fn has_colors(&self) -> bool {
        true
    }
    fn screen_size(&self) -> Vec2 {
        self.0
    }
    fn move_to(&self, _: Vec2) {}
    fn print(&self, _: &str) {}
    fn clear(&self, _: cursive::style::Color) {}
    fn set_color(&self, colors: ColorPair) -> ColorPair {
        colors
    }
    fn set_effect(&self, _: Effect) {}
    fn unset_effect(&self, _: Effect) {}
}

/// A puppet backend whose reported size can shrink (to show the too-small
/// note) and grow back, up to the size it was made with.
struct Resizable {
    inner: Box<Puppet>,
    size: Arc<Mutex<Vec2>>,
}

impl backend::Backend for Resizable {
    fn poll_event(&mut self) -> Option<Event> {
        self.inner.poll_event()
    }
    fn set_title(&mut self, title: String) {
        self.inner.set_title(title);
    }
    fn refresh(&mut self) {
        self.inner.refresh();
    }
    fn has_colors(&self) -> bool {
        true
    }
    fn screen_size(&self) -> Vec2 {
        self.size.lock().map_or(Vec2::new(1, 1), |s| *s)
    }
    fn move_to(&self, pos: Vec2) {
        self.inner.move_to(pos);
    }
    fn print(&self, text: &str) {
        self.inner.print(text);
    }
    fn clear(&self, color: cursive::style::Color) {
        self.inner.clear(color);
    }
    fn set_color(&self, colors: ColorPair) -> ColorPair {
        self.inner.set_color(colors)
    }
    fn set_effect(&self, effect: Effect) {
        self.inner.set_effect(effect);
    }
    fn unset_effect(&self, effect: Effect) {
        self.inner.unset_effect(effect);
    }
    fn name(&self) -> &str {
        "puppet"
    }
}

/// The TUI running headless: send it what a person would, read the screen.
pub struct Harness {
    runner: CursiveRunner<Cursive>,
    input: crossbeam_channel::Sender<Option<Event>>,
    frames: crossbeam_channel::Receiver<ObservedScreen>,
    size: Arc<Mutex<Vec2>>,
    max: Vec2,
    last: Option<ObservedScreen>,
    output: Output,
}

impl Harness {
    /// `scenario` running in `config.mode`, at `size` (columns, rows).
    pub fn run(
        scenario: &Scenario,
        config: RunConfig,
        size: (usize, usize),
    ) -> Result<Harness, TuiError> {
        let mut app = App::new(config, Vec::new());
        let mode = app.mode;
        app.start(scenario, mode)?;
        Ok(Harness::with_app(app, size))
    }

    /// Like [`Harness::run`], with the frames going to `output`. With
    /// [`Output::Discard`] there is nothing to read: for benchmarks.
    pub fn run_with_output(
        scenario: &Scenario,
        config: RunConfig,
        size: (usize, usize),
        output: Output,
    ) -> Result<Harness, TuiError> {
        let mut harness = Harness::run(scenario, config, size)?;
        if output == Output::Discard {
            let siv = harness.runner.into_inner();
            harness.runner = siv.into_runner(Box::new(Discard(Vec2::from(size))));
            harness.output = Output::Discard;
        }
        Ok(harness)
    }

    /// The start menu offering `library`, at `size`.
    pub fn start_menu(
        library: &Library,
        config: RunConfig,
        size: (usize, usize),
    ) -> Result<Harness, TuiError> {
        if library.scenarios().is_empty() {
            return Err(TuiError::NoScenario);
        }
        Ok(Harness::with_app(
            App::new(config, library.scenarios().to_vec()),
            size,
        ))
    }

    fn with_app(app: App, size: (usize, usize)) -> Harness {
        let max = Vec2::from(size);
        let puppet = Puppet::init(Some(max));
        let input = puppet.input();
        let frames = puppet.stream();
        let size = Arc::new(Mutex::new(max));
        let backend = Box::new(Resizable {
            inner: puppet,
            size: Arc::clone(&size),
        });
        let mut siv = Cursive::new();
        app::install(&mut siv, app);
        let mut harness = Harness {
            runner: siv.into_runner(backend),
            input,
            frames,
            size,
            max,
            last: None,
            output: Output::Puppet,
        };
        harness.frame();
        harness
    }

    /// Delivers one event as the terminal would, and draws the next frame.
    pub fn send(&mut self, event: Event) {
        match self.output {
            Output::Puppet => {
                let _ = self.input.send(Some(event));
            }
            Output::Discard => self.runner.on_event(event),
        }
        self.step();
    }

    /// Handles pending events and demo timing, then draws a frame.
    pub fn step(&mut self) {
        self.runner.process_events();
        app::tick(&mut self.runner);
        self.runner.refresh();
        // Keep only the newest frame, so the puppet's channel never grows.
        self.last_frame();
    }

    /// A key.
    pub fn key(&mut self, key: Key) {
        self.send(Event::Key(key));
    }

    /// Types `text`, one character at a time.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.send(Event::Char(c));
        }
    }

    /// A left click (press and release) at a cell.
    pub fn click_at(&mut self, x: usize, y: usize) {
        for event in [
            MouseEvent::Press(MouseButton::Left),
            MouseEvent::Release(MouseButton::Left),
        ] {
            self.send(Event::Mouse {
                offset: Vec2::zero(),
                position: Vec2::new(x, y),
                event,
            });
        }
    }

    /// Clicks the first place `text` is drawn (a cell inside it); false if
    /// it is not on screen.
    pub fn click_on(&mut self, text: &str) -> bool {
        match self.find(text) {
            Some((x, y)) => {
                self.click_at(x + 1, y);
                true
            }
            None => false,
        }
    }

    /// The cell (column, row) where `text` first starts on screen.
    pub fn find(&mut self, text: &str) -> Option<(usize, usize)> {
        use unicode_width::UnicodeWidthStr;
        let frame = frame_text(self.last_frame()?);
        frame
            .lines()
            .enumerate()
            .find_map(|(y, line)| line.find(text).map(|at| (line[..at].width(), y)))
    }

    /// Changes the size the terminal reports (at most the size it was made
    /// with) and draws, as after a window resize.
    pub fn resize(&mut self, columns: usize, rows: usize) {
        let size = Vec2::new(columns.min(self.max.x), rows.min(self.max.y));
        if let Ok(mut s) = self.size.lock() {
            *s = size;
        }
        self.send(Event::WindowResize);
    }

    fn last_frame(&mut self) -> Option<&ObservedScreen> {
        if let Some(f) = self.frames.try_iter().last() {
            self.last = Some(f);
        }
        self.last.as_ref()
    }

    /// The last frame with every cell's style, for checks of colour and effects.
    pub fn observed(&mut self) -> Option<&ObservedScreen> {
        self.runner.refresh();
        self.last_frame()
    }

    /// The screen now, as text (the reported size, not more).
    pub fn frame(&mut self) -> String {
        self.runner.refresh();
        let size = self.size.lock().map_or(self.max, |s| *s);
        let Some(frame) = self.last_frame() else {
            return String::new();
        };
        frame_text(frame)
            .lines()
            .take(size.y)
            .map(|l| format!("{}\n", crop(l, size.x)))
            .collect()
    }

    /// Whether the TUI is still running (not quit).
    pub fn is_running(&self) -> bool {
        self.runner.is_running()
    }

    /// The figures of the run, once it is finished or quit.
    pub fn summary(&mut self) -> Option<RunSummary> {
        self.runner
            .with_user_data(|app: &mut App| app.summary.clone())
            .flatten()
    }

    /// Every attempt that ended so far (finished, timed out, restarted, quit),
    /// in order: what `run` and `start_menu` return.
    pub fn runs(&mut self) -> Vec<RunSummary> {
        self.runner
            .with_user_data(|app: &mut App| app.runs.clone())
            .unwrap_or_default()
    }

    /// The current 0-based step, `None` when finished or in the start menu.
    pub fn step_index(&mut self) -> Option<usize> {
        self.runner
            .with_user_data(|app: &mut App| app.run.as_ref()?.session.step_index())
            .flatten()
    }

    /// Shows (and reports) this time on the completion screen instead of the
    /// measured one, so that snapshots repeat.
    pub fn fix_elapsed(&mut self, elapsed: std::time::Duration) {
        self.runner
            .with_user_data(|app: &mut App| app.fixed_elapsed = Some(elapsed));
    }

    /// The id of the element that has the focus, as far as the TUI knows.
    pub fn focused(&mut self) -> Option<String> {
        self.runner
            .with_user_data(|app: &mut App| app.run.as_ref()?.focus.clone())
            .flatten()
    }

    /// The language now.
    pub fn locale(&mut self) -> Option<LanguageIdentifier> {
        self.runner
            .with_user_data(|app: &mut App| app.locale.clone())
    }
}

/// The first `width` cells of a line.
fn crop(line: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut used = 0;
    line.chars()
        .take_while(|c| {
            used += c.width().unwrap_or(0);
            used <= width
        })
        .collect::<String>()
        .trim_end()
        .to_owned()
}

fn ignore(_: &mut Cursive, _: Input) {}

/// One frame of `screen` (and the guide) as text; see [`crate::render_text`].
pub(crate) fn render(
    screen: &Screen,
    guide: Option<&GuideText>,
    localizer: &Localizer,
    locale: &LanguageIdentifier,
    target: Option<&str>,
    size: (usize, usize),
) -> String {
    let texts = Texts { localizer, locale };
    let styles = Styles::new(Colors::Monochrome);
    let ctx = Ctx {
        texts,
        target,
        styles,
        handler: ignore,
    };
    let portal = render::portal(screen, ctx);
    let guide = guide.map(|g| Box::new(guide_view(g, texts, styles)) as Box<dyn cursive::View>);
    let too_small = texts.args(
        "tui-too-small",
        &[
            ("min-width", crate::text::number(crate::MIN_SIZE.x)),
            ("min-height", crate::text::number(crate::MIN_SIZE.y)),
        ],
    );
    let mut siv = Cursive::new();
    siv.set_theme(crate::style::theme(Colors::Monochrome));
    siv.screen_mut()
        .add_transparent_layer(Frame::new(Box::new(portal), guide, too_small));
    let size = Vec2::from(size);
    let puppet = Puppet::init(Some(size));
    let frames = puppet.stream();
    let mut runner = siv.into_runner(puppet);
    runner.refresh();
    frames
        .try_iter()
        .last()
        .map(|f| frame_text(&f))
        .unwrap_or_default()
}
