//! The guide panel ("Step n of N", the step's words, a note, the keys) and the
//! frame that puts it beside or below the portal, or says the terminal is too
//! small.

use crate::style::Styles;
use crate::text::{emphasis, number, Texts};
use cursive::direction::Direction;
use cursive::event::{AnyCb, Event, EventResult, MouseEvent};
use cursive::style::Style;
use cursive::utils::markup::StyledString;
use cursive::view::{CannotFocus, Selector, View, ViewNotFound};
use cursive::views::{LinearLayout, PaddedView, Panel, TextView};
use cursive::{Printer, Rect, Vec2};
use std::time::Duration;
use unic_langid::LanguageIdentifier;
use unicode_width::UnicodeWidthStr;
use walkthrough_i18n::{Arg, Localizer};
use walkthrough_scenario::Scenario;

/// How the walkthrough runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The trainee operates the portal; the guide shows each step.
    #[default]
    Guided,
    /// Only the task is shown; any way to the goal passes, and the run ends
    /// with a score.
    Exam,
    /// The walkthrough performs each step by itself.
    Demo,
}

impl Mode {
    /// Every mode, in menu order.
    pub const ALL: [Mode; 3] = [Mode::Guided, Mode::Exam, Mode::Demo];

    /// The stable id (`guided`, `exam`, `demo`), as the command line spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Guided => "guided",
            Mode::Exam => "exam",
            Mode::Demo => "demo",
        }
    }

    /// Parses `guided`, `exam` or `demo`.
    pub fn parse(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// What kind of note the guide shows under the step's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// Neutral information.
    Info,
    /// The step's hint.
    Hint,
    /// A wrong turn, a refusal.
    Wrong,
    /// Good news: a step done, back on track, finished.
    Good,
}

/// A line under the step's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// How it is set.
    pub kind: NoteKind,
    /// Its words, in the reader's language.
    pub text: String,
}

/// Which keys the guide's last line lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keys {
    /// Operating the portal.
    #[default]
    Guided,
    /// A step that is only read: F3 goes on.
    Read,
    /// Watching a demo.
    Demo,
    /// A demo's last frame: a key closes it.
    DemoOver,
    /// Taking an exam.
    Exam,
    /// Every step done.
    Done,
    /// No keys line (a text rendering for reading, not operating).
    None,
}

impl Keys {
    fn message_id(self) -> Option<&'static str> {
        match self {
            Keys::Guided => Some("tui-keys-guided"),
            Keys::Read => Some("tui-keys-read"),
            Keys::Demo => Some("tui-keys-demo"),
            Keys::DemoOver => Some("tui-keys-demo-over"),
            Keys::Exam => Some("tui-keys-exam"),
            Keys::Done => Some("tui-keys-done"),
            Keys::None => None,
        }
    }
}

/// What the guide panel shows, already in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideText {
    /// The scenario's title.
    pub title: String,
    /// The mode, shown beside the title.
    pub mode: Mode,
    /// The current step, 1-based, and how many there are; `None` once finished.
    pub step: Option<usize>,
    /// How many steps the scenario has.
    pub steps: usize,
    /// The step's text as the document words it (`**bold**` is drawn bold).
    pub text: String,
    /// A line under it: the hint, a wrong turn and the way back, …
    pub note: Option<Note>,
    /// Which keys the last line lists.
    pub keys: Keys,
    /// Exam with a time limit: the time left.
    pub time_left: Option<Duration>,
    /// The training account's sign-in details, ready to read ("Training
    /// account: … · password: …"), where the trainee needs them: the
    /// sign-in step, the sign-in page, and an exam's task card. A training
    /// account's details are not a secret; they never reach records.
    pub sign_in: Option<String>,
}

impl GuideText {
    /// The guide for step `index` (0-based) of `scenario`, in `locale`; the
    /// step text's placeholders get the scenario's values (`{ $account }`, …).
    /// In an exam, the text is the scenario's task instead, whatever the step.
    pub fn for_step(
        scenario: &Scenario,
        index: usize,
        mode: Mode,
        localizer: &Localizer,
        locale: &LanguageIdentifier,
    ) -> GuideText {
        let texts = Texts { localizer, locale };
        let signs_in = scenario.steps.get(index).is_some_and(|step| {
            step.actions
                .iter()
                .any(|a| a.element().is_some_and(|e| e.starts_with("sign-in.")))
        });
        let sign_in = (scenario.sign_in_shown && (mode == Mode::Exam || signs_in))
            .then(|| sign_in_line(scenario, texts));
        let text = if mode == Mode::Exam {
            texts.args(&scenario.task_id(), &step_args(scenario))
        } else {
            scenario
                .steps
                .get(index)
                .map(|step| texts.args(&scenario.step_text_id(step), &step_args(scenario)))
                .unwrap_or_default()
        };
        GuideText {
            title: texts.get(&scenario.title),
            mode,
            // An exam goes on until its goal holds, whatever the steps.
            step: if mode == Mode::Exam {
                Some(index.min(scenario.steps.len().saturating_sub(1)) + 1)
            } else {
                (index < scenario.steps.len()).then_some(index + 1)
            },
            steps: scenario.steps.len(),
            text,
            note: None,
            keys: match mode {
                Mode::Guided => Keys::Guided,
                Mode::Exam => Keys::Exam,
                Mode::Demo => Keys::Demo,
            },
            time_left: None,
            sign_in,
        }
    }
}

/// The line giving the fixture's training account and password
/// (`tui-sign-in-details`).
pub(crate) fn sign_in_line(scenario: &Scenario, texts: Texts) -> String {
    texts.args(
        "tui-sign-in-details",
        &[
            (
                "account",
                Arg::Text(scenario.variable("account").unwrap_or_default()),
            ),
            (
                "password",
                Arg::Text(scenario.variable("password").unwrap_or_default()),
            ),
        ],
    )
}

/// The values a step text may use: the fixture's, then the scenario's `[params]`.
pub(crate) fn step_args(scenario: &Scenario) -> Vec<(&str, Arg)> {
    let mut args: Vec<(&str, Arg)> = ["account", "password", "display_name"]
        .into_iter()
        .filter_map(|k| scenario.variable(k).map(|v| (k, Arg::Text(v))))
        .collect();
    args.extend(
        scenario
            .params
            .iter()
            .map(|(k, v)| (k.as_str(), Arg::Text(v.clone()))),
    );
    args
}

/// The guide panel.
pub(crate) fn guide_view(
    guide: &GuideText,
    texts: Texts,
    styles: Styles,
) -> Panel<PaddedView<LinearLayout>> {
    let badge = texts.get(match guide.mode {
        Mode::Guided => "tui-mode-guided-badge",
        Mode::Exam => "tui-mode-exam-badge",
        Mode::Demo => "tui-mode-demo-badge",
    });
    let progress = match guide.step {
        // An exam shows the task, never the steps.
        Some(_) if guide.mode == Mode::Exam => texts.get("tui-exam-task"),
        Some(n) => texts.args(
            "tui-step-of",
            &[("n", number(n)), ("count", number(guide.steps))],
        ),
        None => texts.num("tui-all-done", "count", guide.steps),
    };
    let mut col = LinearLayout::vertical().child(TextView::new(StyledString::styled(
        progress,
        styles.heading,
    )));
    if guide.step.is_some() {
        col.add_child(TextView::new(emphasis(&guide.text)));
    }
    if let Some(line) = &guide.sign_in {
        col.add_child(TextView::new(StyledString::styled(
            line.clone(),
            styles.heading,
        )));
    }
    if let Some(left) = guide.time_left {
        let secs = left.as_secs();
        col.add_child(TextView::new(StyledString::styled(
            texts.args(
                "tui-exam-time-left",
                &[
                    ("minutes", number((secs / 60) as usize)),
                    ("seconds", Arg::Text(format!("{:02}", secs % 60))),
                ],
            ),
            styles.heading,
        )));
    }
    if let Some(note) = &guide.note {
        let style = match note.kind {
            NoteKind::Info => Style::none(),
            NoteKind::Hint => styles.heading,
            NoteKind::Wrong => styles.error,
            NoteKind::Good => styles.good,
        };
        col.add_child(TextView::new(StyledString::styled(
            note.text.clone(),
            style,
        )));
    }
    if let Some(id) = guide.keys.message_id() {
        col.add_child(KeyLine::new(&texts.get(id), styles.quiet));
    }
    let title = texts.args(
        "tui-guide-title",
        &[
            ("title", Arg::Text(guide.title.clone())),
            ("mode", Arg::Text(badge)),
        ],
    );
    Panel::new(PaddedView::lrtb(1, 1, 0, 0, col)).title(title)
}

/// The key line: its entries (`F1 hint`) are separated by ` · ` and the
/// line wraps between entries only, never inside one (in any script: a
/// Japanese entry is not broken between its characters either).
struct KeyLine {
    entries: Vec<String>,
    style: Style,
    lines: Vec<String>,
}

impl KeyLine {
    /// The separator between entries.
    const SEP: &'static str = " · ";

    fn new(text: &str, style: Style) -> KeyLine {
        KeyLine {
            entries: text
                .split(Self::SEP)
                .map(|e| e.trim().replace('\u{a0}', " "))
                .filter(|e| !e.is_empty())
                .collect(),
            style,
            lines: Vec::new(),
        }
    }

    /// The entries packed into lines at most `width` columns wide (an entry
    /// wider than that has a line of its own).
    fn shape(&self, width: usize) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for entry in &self.entries {
            if line.is_empty() {
                line.clone_from(entry);
            } else if line.width() + Self::SEP.width() + entry.width() <= width {
                line.push_str(Self::SEP);
                line.push_str(entry);
            } else {
                lines.push(std::mem::replace(&mut line, entry.clone()));
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}

impl View for KeyLine {
    fn draw(&self, printer: &Printer) {
        printer.with_style(self.style, |p| {
            for (y, line) in self.lines.iter().enumerate() {
                p.print((0, y), line);
            }
        });
    }

    fn required_size(&mut self, constraint: Vec2) -> Vec2 {
        let lines = self.shape(constraint.x);
        let width = lines.iter().map(|l| l.width()).max().unwrap_or(0);
        Vec2::new(width, lines.len())
    }

    fn layout(&mut self, size: Vec2) {
        self.lines = self.shape(size.x);
    }
}

/// The smallest terminal the layout works in.
pub const MIN_SIZE: Vec2 = Vec2 { x: 80, y: 24 };
/// From this width on, the guide stands beside the portal instead of below it.
const BESIDE_FROM: usize = 150;
/// The guide's width when it stands beside the portal.
const BESIDE_WIDTH: usize = 48;

/// The portal and the guide, beside or below each other by the terminal's
/// width; below [`MIN_SIZE`], a note saying so instead (it recovers when the
/// terminal grows).
pub(crate) struct Frame {
    portal: Box<dyn View>,
    guide: Option<Box<dyn View>>,
    too_small: TextView,
    too_small_top: usize,
    portal_rect: Rect,
    guide_rect: Rect,
    small: bool,
    /// Demo mode: the portal is only watched, so every key and click goes to
    /// the walkthrough's own keys (Space, →, Esc, …), never to a control.
    watched: bool,
}

impl Frame {
    /// A frame; `too_small` is the note's text.
    pub fn new(portal: Box<dyn View>, guide: Option<Box<dyn View>>, too_small: String) -> Frame {
        Frame {
            portal,
            guide,
            too_small: TextView::new(too_small).center(),
            too_small_top: 0,
            portal_rect: Rect::from_size((0, 0), (1, 1)),
            guide_rect: Rect::from_size((0, 0), (0, 0)),
            small: false,
            watched: false,
        }
    }

    /// The same frame, only watched (demo mode): the portal takes no input.
    pub fn watched(mut self, watched: bool) -> Frame {
        self.watched = watched;
        self
    }
}

impl View for Frame {
    fn draw(&self, printer: &Printer) {
        // The frame is the bottom layer and covers the screen: start clean.
        printer.clear();
        if self.small {
            self.too_small
                .draw(&printer.offset((0, self.too_small_top)));
            return;
        }
        self.portal
            .draw(&printer.windowed(self.portal_rect).focused(printer.focused));
        if let Some(guide) = &self.guide {
            guide.draw(&printer.windowed(self.guide_rect).focused(false));
        }
    }

    fn layout(&mut self, size: Vec2) {
        self.small = size.x < MIN_SIZE.x || size.y < MIN_SIZE.y;
        if self.small {
            let h = self.too_small.required_size(size).y.min(size.y);
            self.too_small_top = (size.y - h) / 2;
            self.too_small.layout(Vec2::new(size.x, h));
            return;
        }
        let Some(guide) = self.guide.as_mut() else {
            self.portal_rect = Rect::from_size((0, 0), size);
            self.portal.layout(size);
            return;
        };
        if size.x >= BESIDE_FROM {
            let gw = BESIDE_WIDTH;
            self.portal_rect = Rect::from_size((0, 0), (size.x - gw, size.y));
            self.guide_rect = Rect::from_size((size.x - gw, 0), (gw, size.y));
        } else {
            let gh = guide.required_size(size).y.min(size.y / 2);
            self.portal_rect = Rect::from_size((0, 0), (size.x, size.y - gh));
            self.guide_rect = Rect::from_size((0, size.y - gh), (size.x, gh));
        }
        self.portal.layout(self.portal_rect.size());
        guide.layout(self.guide_rect.size());
    }

    fn required_size(&mut self, constraint: Vec2) -> Vec2 {
        constraint
    }

    fn on_event(&mut self, event: Event) -> EventResult {
        let wheel = matches!(
            event,
            Event::Mouse {
                event: MouseEvent::WheelUp | MouseEvent::WheelDown,
                ..
            }
        );
        // A watched demo takes no input but the wheel, which only scrolls.
        if self.small || (self.watched && !wheel) {
            return EventResult::Ignored;
        }
        match event {
            Event::Mouse {
                position, offset, ..
            } if !position.fits_in_rect(
                offset + self.portal_rect.top_left(),
                self.portal_rect.size(),
            ) =>
            {
                EventResult::Ignored
            }
            event => self
                .portal
                .on_event(event.relativized(self.portal_rect.top_left())),
        }
    }

    fn take_focus(&mut self, source: Direction) -> Result<EventResult, CannotFocus> {
        self.portal.take_focus(source)
    }

    fn call_on_any(&mut self, selector: &Selector, callback: AnyCb) {
        self.portal.call_on_any(selector, callback);
        if let Some(guide) = self.guide.as_mut() {
            guide.call_on_any(selector, callback);
        }
    }

    fn focus_view(&mut self, selector: &Selector) -> Result<EventResult, ViewNotFound> {
        self.portal.focus_view(selector)
    }
}
