//! One portal element as a cursive view: drawn by its role, focusable when a
//! person could act on it, and turning keys and clicks into portal actions.

use crate::style::{Styles, BULLET, MARK_END, MARK_START, SELECTED};
use cursive::direction::Direction;
use cursive::event::{Event, EventResult, Key, MouseButton, MouseEvent};
use cursive::style::{PaletteStyle, Style, StyleType};
use cursive::utils::lines::simple::make_lines;
use cursive::view::{CannotFocus, View};
use cursive::{Cursive, Printer, Vec2};
use unicode_width::UnicodeWidthStr;
use walkthrough_portal::{Action, Element, Role, Value};

/// What a person did to an element, for the controller to carry out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Input {
    /// A portal action.
    Act(Action),
    /// Backspace in a field: the portal only knows typing and clearing.
    Backspace(String),
    /// The element got the focus.
    Focus(String),
    /// Tab (`false`) or Shift+Tab (`true`): the focus to the next (previous)
    /// control on screen, the taskbar's included.
    Cycle(bool),
}

/// Where inputs go: the controller in the running TUI, nowhere in a text rendering.
pub(crate) type Handler = fn(&mut Cursive, Input);

/// Widest a text field's box is drawn.
const FIELD_WIDTH: usize = 40;

/// How an element of role `Text` is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tone {
    Plain,
    Heading,
    Notice,
    Quiet,
}

/// A portal element, localized.
pub(crate) struct ElementView {
    id: String,
    role: Role,
    tone: Tone,
    label: String,
    value: Option<Value>,
    enabled: bool,
    selected: bool,
    target: bool,
    styles: Styles,
    handler: Handler,
    /// The label's lines at the last layout width.
    lines: Vec<String>,
    /// The width of a field's or display's box, inside its brackets.
    inner: usize,
    /// Kept to one line, cut short with `…` (in a bar).
    one_line: bool,
    /// Sizes measured so far, by the constraint's width.
    measured: Vec<(usize, Vec2)>,
    size: Vec2,
}

impl ElementView {
    /// `label` is the element's label in the reader's language.
    pub fn new(
        element: &Element,
        label: String,
        target: bool,
        styles: Styles,
        handler: Handler,
    ) -> Self {
        let id = element.id.as_str();
        let tone = if id.ends_with(".heading") {
            Tone::Heading
        } else if id.ends_with(".error") || id == "mail.status" {
            Tone::Notice
        } else if id.ends_with(".intro") || id.ends_with(".once") || id.starts_with("footer.") {
            Tone::Quiet
        } else {
            Tone::Plain
        };
        ElementView {
            id: element.id.clone(),
            role: element.role,
            tone,
            label,
            value: element.value.clone(),
            enabled: element.enabled,
            selected: element.selected,
            target,
            styles,
            handler,
            lines: Vec::new(),
            inner: 0,
            one_line: false,
            measured: Vec::new(),
            size: Vec2::zero(),
        }
    }

    /// Keeps the label to one line, cut short with `…` when it does not fit.
    pub fn one_line(mut self) -> Self {
        self.one_line = true;
        self
    }

    fn interactive(&self) -> bool {
        self.enabled
            && (self.role.is_clickable()
                || matches!(self.role, Role::TextField | Role::PasswordDisplay))
    }

    /// The second line of a field or password display: what it holds.
    fn value_text(&self) -> Option<String> {
        match &self.value {
            Some(Value::Text(t)) => Some(t.clone()),
            Some(Value::Masked(n)) => Some(BULLET.repeat(*n)),
            Some(Value::Secret(s)) => Some(s.clone()),
            None => None,
        }
    }

    fn label_style(&self) -> Style {
        let s = &self.styles;
        match (self.role, self.tone) {
            _ if !self.enabled => s.quiet,
            (Role::Link, _) => s.link,
            (Role::Tab | Role::MenuItem, _) if self.selected => s.selected,
            (Role::Button, _) if self.selected => s.selected,
            (_, Tone::Heading) => s.heading,
            (_, Tone::Notice) => s.error,
            (_, Tone::Quiet) => s.quiet,
            _ => Style::none(),
        }
    }

    fn input(&self, input: Input) -> EventResult {
        let handler = self.handler;
        EventResult::with_cb(move |s| handler(s, input.clone()))
    }

    fn act(&self, action: Action) -> EventResult {
        self.input(Input::Act(action))
    }

    /// The width of a field's box inside its brackets, given the room.
    fn box_inner(&self, room: usize) -> usize {
        let want = match self.role {
            Role::TextField => FIELD_WIDTH,
            _ => self.value_text().map_or(0, |v| v.width()) + 2,
        };
        (want + 2).min(room).saturating_sub(2)
    }

    /// The size the element needs in `width` cells (the gutters for `▶ ◀`
    /// included), without laying out its text.
    fn measure(&self, width: usize) -> Vec2 {
        let room = width.saturating_sub(2).max(1);
        match self.role {
            Role::TextField | Role::PasswordDisplay => {
                let w = (self.box_inner(room) + 2).max(self.label.width()).min(room);
                Vec2::new(w + 2, 2)
            }
            Role::Button => Vec2::new((self.label.width() + 4).min(room) + 2, 1),
            _ if self.one_line => Vec2::new(self.label.width().min(room) + 2, 1),
            _ => {
                let rows = make_lines(&self.label, room);
                let w = rows.iter().map(|r| r.width).max().unwrap_or(0);
                Vec2::new(w + 2, rows.len().max(1))
            }
        }
    }

    /// Lays the text out for `width` cells.
    fn shape(&mut self, width: usize) {
        let room = width.saturating_sub(2).max(1);
        self.inner = self.box_inner(room);
        self.lines = match self.role {
            Role::TextField | Role::PasswordDisplay => vec![head(&self.label, room)],
            Role::Button => vec![ellipsis(&format!("[ {} ]", self.label), room)],
            _ if self.one_line => vec![ellipsis(&self.label, room)],
            _ => make_lines(&self.label, room)
                .into_iter()
                .map(|r| self.label[r.start..r.end].trim_end().to_owned())
                .collect(),
        };
    }
}

/// `text` cut to `width` cells, keeping its end (what was typed last).
fn tail(text: &str, width: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let w = UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]) as &str);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.into_iter().rev().collect()
}

/// `text` in `width` cells: whole if it fits, else cut with `…` at the end.
fn ellipsis(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut cut = head(text, width.saturating_sub(1));
    cut.push('…');
    cut
}

/// `text` cut to `width` cells, keeping its start.
fn head(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]) as &str);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

impl View for ElementView {
    fn draw(&self, printer: &Printer) {
        let focused = printer.focused && self.interactive();
        let label_style = self.label_style();
        let focus_style = StyleType::from(PaletteStyle::Highlight);
        // `▶` before the first line of the element, `◀` after its last.
        let mark = |p: &Printer, first: usize, last: usize, end_col: usize| {
            if self.target {
                p.with_style(self.styles.target, |p| {
                    p.print((0, first), MARK_START);
                    p.print((end_col, last), MARK_END);
                });
            }
        };
        match self.role {
            Role::TextField | Role::PasswordDisplay => {
                let text = self.lines.first().cloned().unwrap_or_default();
                printer.with_style(label_style, |p| p.print((1, 0), &text));
                let inner = self.inner;
                let value = self.value_text().unwrap_or_default();
                let shown = if self.role == Role::TextField {
                    tail(&value, inner)
                } else {
                    head(&value, inner)
                };
                let pad = inner.saturating_sub(shown.width());
                let boxed = if self.role == Role::TextField {
                    format!("[{shown}{}]", "_".repeat(pad))
                } else {
                    format!(" {shown}{} ", " ".repeat(pad))
                };
                let style = if focused {
                    focus_style
                } else if self.role == Role::PasswordDisplay {
                    self.styles.heading.into()
                } else if self.target {
                    self.styles.target.into()
                } else {
                    Style::none().into()
                };
                printer.with_style(style, |p| p.print((1, 1), &boxed));
                mark(printer, 1, 1, boxed.width() + 1);
            }
            _ => {
                let style = if focused {
                    focus_style
                } else if self.target {
                    self.styles.target.into()
                } else {
                    label_style.into()
                };
                if self.selected && !self.target && self.role == Role::Link {
                    printer.with_style(self.styles.selected, |p| p.print((0, 0), SELECTED));
                }
                let last = self.lines.len().saturating_sub(1);
                for (row, line) in self.lines.iter().enumerate() {
                    printer.with_style(style, |p| p.print((1, row), line));
                    if row == last {
                        mark(printer, 0, row, line.width() + 1);
                    }
                }
            }
        }
    }

    fn required_size(&mut self, constraint: Vec2) -> Vec2 {
        if let Some((_, size)) = self.measured.iter().find(|(w, _)| *w == constraint.x) {
            return *size;
        }
        let size = self.measure(constraint.x);
        self.measured.push((constraint.x, size));
        size
    }

    fn needs_relayout(&self) -> bool {
        self.size == Vec2::zero()
    }

    fn layout(&mut self, size: Vec2) {
        if size.x != self.size.x || self.lines.is_empty() {
            self.shape(size.x);
        }
        self.size = size;
    }

    fn take_focus(&mut self, _: Direction) -> Result<EventResult, CannotFocus> {
        if self.interactive() {
            Ok(self.input(Input::Focus(self.id.clone())))
        } else {
            Err(CannotFocus)
        }
    }

    fn on_event(&mut self, event: Event) -> EventResult {
        if !self.interactive() {
            return EventResult::Ignored;
        }
        let id = self.id.clone();
        let field = self.role == Role::TextField;
        match event {
            Event::Key(Key::Enter) if field => self.act(Action::Submit(id)),
            Event::Key(Key::Enter) | Event::Char(' ') if self.role.is_clickable() => {
                self.act(Action::Click(id))
            }
            Event::Char(c) if field => self.act(Action::Type {
                element: id,
                text: c.to_string(),
            }),
            Event::Key(Key::Backspace) if field => self.input(Input::Backspace(id)),
            Event::CtrlChar('u') if field => self.act(Action::Clear(id)),
            Event::CtrlChar('c') if field || self.role == Role::PasswordDisplay => {
                self.act(Action::Copy(id))
            }
            Event::CtrlChar('v') if field => self.act(Action::Paste(id)),
            Event::Mouse {
                offset,
                position,
                event,
            } if position.fits_in_rect(offset, self.size) => match event {
                MouseEvent::Release(MouseButton::Left) if self.role.is_clickable() => {
                    self.act(Action::Click(id))
                }
                MouseEvent::Press(_) | MouseEvent::Release(_) => EventResult::consumed(),
                _ => EventResult::Ignored,
            },
            _ => EventResult::Ignored,
        }
    }
}
