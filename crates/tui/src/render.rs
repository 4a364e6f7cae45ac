//! A portal [`Screen`] as cursive views: a pure function from data to views,
//! one function per region. The browser (or mail app) window holds the top
//! bar, the left, main and right columns and the footer; the taskbar sits
//! under it; a dialog or menu is a layer over the page.

use crate::element::{ElementView, Handler, Input};
use crate::style::Styles;
use crate::text::Texts;
use cursive::event::{Event, EventResult, Key, MouseButton, MouseEvent};
use cursive::view::{Nameable, Resizable, View, ViewWrapper};
use cursive::views::{DummyView, Layer, LinearLayout, NamedView, Panel, ScrollView, StackView};
use cursive::{wrap_impl, Printer, Vec2};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use unicode_width::UnicodeWidthStr;
use walkthrough_portal::{Action, Element, Region, Role, Screen, Side};

/// What every element needs to draw itself.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    /// The reader's language.
    pub texts: Texts<'a>,
    /// The element to mark with `▶ ◀`.
    pub target: Option<&'a str>,
    /// Colours or none.
    pub styles: Styles,
    /// Where inputs go.
    pub handler: Handler,
}

/// The name of the page's scrolled main content.
const MAIN_SCROLL: &str = "portal-main-scroll";
/// Lines one notch of the mouse wheel scrolls.
const WHEEL_LINES: usize = 3;

/// Widest the left navigation column is drawn.
const LEFT_MAX: usize = 34;
/// Width of the right column.
const RIGHT_WIDTH: usize = 28;
/// Narrowest a dialog is drawn.
const DIALOG_MIN: usize = 56;

/// The whole portal: its window, with any dialog or menu layered over it, and
/// the desktop's taskbar under it (usable while a dialog is open, as on the
/// real desktop). Tab goes round all of it.
pub(crate) fn portal(screen: &Screen, ctx: Ctx) -> impl View {
    let mut stack = StackView::new();
    // Transparent: the frame under it has cleared the screen already.
    stack.add_transparent_layer(window(screen, ctx).full_screen());
    if screen.has_menu() {
        stack.add_transparent_layer(menu_layer(screen, ctx));
    } else if screen.has_dialog() {
        stack.add_layer(dialog_layer(screen, ctx));
    }
    TabRing {
        view: LinearLayout::vertical()
            .child(stack.full_height())
            .child(taskbar(screen, ctx)),
        handler: ctx.handler,
    }
}

/// The order Tab visits the controls on `screen`: the window's regions top
/// to bottom (top bar, left, main, right, footer) or, with a dialog or menu
/// open, the dialog's controls; then the desktop's taskbar. Only controls a
/// person can use (enabled buttons, links, tabs, fields, password displays).
pub(crate) fn tab_order(screen: &Screen) -> Vec<String> {
    let regions: &[Region] = if screen.has_dialog() {
        &[Region::Dialog, Region::Taskbar]
    } else {
        &[
            Region::TopBar,
            Region::Left,
            Region::Main,
            Region::Right,
            Region::Bottom,
            Region::Taskbar,
        ]
    };
    let usable = |e: &&Element| {
        e.enabled
            && (e.role.is_clickable() || matches!(e.role, Role::TextField | Role::PasswordDisplay))
    };
    regions
        .iter()
        .flat_map(|r| {
            let mut all: Vec<&Element> = screen.region(*r).filter(usable).collect();
            // A bar shows its start-side controls before its end-side ones.
            if matches!(r, Region::TopBar | Region::Bottom | Region::Taskbar) {
                all.sort_by_key(|e| (e.role == Role::Tab, e.side == Side::End));
            }
            all
        })
        .map(|e| e.id.clone())
        .collect()
}

/// Takes Tab and Shift+Tab for the whole portal, so they go round every
/// control on screen in [`tab_order`], the taskbar's included, also while a
/// dialog is open.
struct TabRing<V> {
    view: V,
    handler: Handler,
}

impl<V: View> ViewWrapper for TabRing<V> {
    wrap_impl!(self.view: V);

    fn wrap_on_event(&mut self, event: Event) -> EventResult {
        let back = match event {
            Event::Key(Key::Tab) => false,
            Event::Shift(Key::Tab) => true,
            // The wheel scrolls the page's content, wherever the focus is.
            Event::Mouse {
                event: wheel @ (MouseEvent::WheelUp | MouseEvent::WheelDown),
                ..
            } => {
                let down = wheel == MouseEvent::WheelDown;
                return EventResult::with_cb(move |s| {
                    s.call_on_name(MAIN_SCROLL, |v: &mut ScrollView<LinearLayout>| {
                        let y = v.content_viewport().top();
                        let y = if down {
                            y + WHEEL_LINES
                        } else {
                            y.saturating_sub(WHEEL_LINES)
                        };
                        v.set_offset((0, y));
                    });
                });
            }
            _ => return self.view.on_event(event),
        };
        let handler = self.handler;
        EventResult::with_cb(move |s| handler(s, Input::Cycle(back)))
    }
}

/// The browser or mail-app window.
fn window(screen: &Screen, ctx: Ctx) -> Panel<LinearLayout> {
    let mut inner = LinearLayout::vertical();
    if let Some(top) = top_bar(screen, ctx) {
        inner.add_child(top);
    }
    inner.add_child(body(screen, ctx).full_height());
    if let Some(footer) = bottom(screen, ctx) {
        inner.add_child(Rule::horizontal(ctx.styles));
        inner.add_child(footer);
    }
    Panel::new(inner).title(ctx.texts.message(&screen.title))
}

/// The suite bar, page header or tab strip across the top.
fn top_bar(screen: &Screen, ctx: Ctx) -> Option<LinearLayout> {
    let (tabs, banner): (Vec<&Element>, Vec<&Element>) = screen
        .region(Region::TopBar)
        .partition(|e| e.role == Role::Tab);
    if tabs.is_empty() && banner.is_empty() {
        return None;
    }
    let mut top = LinearLayout::vertical();
    if !banner.is_empty() {
        top.add_child(bar(&banner, ctx));
    }
    if tabs.is_empty() {
        top.add_child(Rule::horizontal(ctx.styles));
        return Some(top);
    }
    // The tab strip hangs under the banner; the rule under it is heavy
    // beneath the selected tab.
    let mut x = 0;
    let mut span = None;
    for tab in &tabs {
        let w = ctx.texts.message(&tab.label).width();
        if tab.selected {
            span = Some((x + 1, w));
        }
        x += w + 2;
    }
    top.add_child(bar(&tabs, ctx));
    top.add_child(Rule {
        vertical: false,
        heavy: span,
        styles: ctx.styles,
    });
    Some(top)
}

/// Left, main and right columns side by side.
fn body(screen: &Screen, ctx: Ctx) -> LinearLayout {
    let mut body = LinearLayout::horizontal();
    if let Some((col, width)) = left(screen, ctx) {
        body.add_child(col.fixed_width(width));
        body.add_child(Rule::vertical(ctx.styles));
    }
    body.add_child(main(screen, ctx).with_name(MAIN_SCROLL).full_width());
    if let Some(col) = right(screen, ctx) {
        body.add_child(Rule::vertical(ctx.styles));
        body.add_child(col.fixed_width(RIGHT_WIDTH));
    }
    body
}

/// The left navigation, and the width its longest entry needs.
fn left(screen: &Screen, ctx: Ctx) -> Option<(LinearLayout, usize)> {
    let elements: Vec<&Element> = screen.region(Region::Left).collect();
    let width = elements
        .iter()
        .map(|e| ctx.texts.message(&e.label).width() + 2)
        .max()?
        .min(LEFT_MAX);
    Some((column(&elements, ctx), width))
}

/// The page's main content, scrolled when it does not fit.
fn main(screen: &Screen, ctx: Ctx) -> ScrollView<LinearLayout> {
    let elements: Vec<&Element> = screen.region(Region::Main).collect();
    ScrollView::new(column(&elements, ctx)).scroll_x(false)
}

/// The right column (links beside the content, the simulated phone).
fn right(screen: &Screen, ctx: Ctx) -> Option<LinearLayout> {
    let elements: Vec<&Element> = screen.region(Region::Right).collect();
    (!elements.is_empty()).then(|| column(&elements, ctx))
}

/// The page footer.
fn bottom(screen: &Screen, ctx: Ctx) -> Option<Bar> {
    region_bar(screen, Region::Bottom, ctx)
}

/// The simulated desktop's taskbar.
fn taskbar(screen: &Screen, ctx: Ctx) -> Bar {
    region_bar(screen, Region::Taskbar, ctx).unwrap_or_else(|| Bar::new([DummyView], [DummyView]))
}

/// A centred dialog with its title.
fn dialog_layer(screen: &Screen, ctx: Ctx) -> impl View {
    let elements: Vec<&Element> = screen.region(Region::Dialog).collect();
    let mut panel = Panel::new(column(&elements, ctx));
    if let Some(title) = &screen.dialog_title {
        panel.set_title(ctx.texts.message(title));
    }
    panel.min_width(DIALOG_MIN)
}

/// The settings gear's menu, dropped down at the top right; a click beside it
/// closes it, as in the browser.
fn menu_layer(screen: &Screen, ctx: Ctx) -> impl View {
    let elements: Vec<&Element> = screen.region(Region::Dialog).collect();
    let mut panel = Panel::new(column(&elements, ctx));
    if let Some(title) = &screen.dialog_title {
        panel.set_title(ctx.texts.message(title));
    }
    let row = LinearLayout::horizontal()
        .child(DummyView.full_width())
        .child(Layer::new(panel))
        .child(DummyView.fixed_width(2));
    Dismiss {
        view: LinearLayout::vertical()
            .child(DummyView.fixed_height(2))
            .child(row)
            .child(DummyView.full_height()),
        handler: ctx.handler,
    }
}

/// One element, named by its id so focus can be put back on it.
fn element(e: &Element, ctx: Ctx) -> NamedView<ElementView> {
    let label = ctx.texts.message(&e.label);
    let target = ctx.target == Some(e.id.as_str());
    ElementView::new(e, label, target, ctx.styles, ctx.handler).with_name(e.id.clone())
}

/// A horizontal region: start elements on the left, end elements on the
/// right, each on one line (cut short with `…` when the line is too narrow).
fn bar(elements: &[&Element], ctx: Ctx) -> Bar {
    let one_line = |e: &&Element| {
        let label = ctx.texts.message(&e.label);
        let target = ctx.target == Some(e.id.as_str());
        ElementView::new(e, label, target, ctx.styles, ctx.handler)
            .one_line()
            .with_name(e.id.clone())
    };
    Bar::new(
        elements
            .iter()
            .filter(|e| e.side == Side::Start)
            .map(one_line),
        elements
            .iter()
            .filter(|e| e.side == Side::End)
            .map(one_line),
    )
}

/// A horizontal region of the screen, if it has elements.
fn region_bar(screen: &Screen, region: Region, ctx: Ctx) -> Option<Bar> {
    let elements: Vec<&Element> = screen.region(region).collect();
    (!elements.is_empty()).then(|| bar(&elements, ctx))
}

/// A vertical region, one element a line, except: a run of end-side elements
/// shares a right-aligned line (or the line of the list row before it), and a
/// run of start-side buttons shares a line. A heading is followed by a blank line.
fn column(elements: &[&Element], ctx: Ctx) -> LinearLayout {
    let mut col = LinearLayout::vertical();
    let mut i = 0;
    while i < elements.len() {
        let e = elements[i];
        let run = |from: usize, pred: &dyn Fn(&Element) -> bool| {
            from + elements[from..].iter().take_while(|x| pred(x)).count()
        };
        let is_end = |x: &Element| x.side == Side::End;
        if e.role == Role::ListRow || e.side == Side::End {
            let first = usize::from(e.role == Role::ListRow);
            let end = run(i + first, &is_end);
            let start = elements[i..i + first].iter().map(|x| element(x, ctx));
            let ends = elements[i + first..end].iter().map(|x| element(x, ctx));
            col.add_child(Bar::new(start, ends));
            i = end;
        } else if e.role == Role::Button {
            let end = run(i, &|x| x.role == Role::Button && x.side == Side::Start);
            let mut row = LinearLayout::horizontal();
            for x in &elements[i..end] {
                row.add_child(element(x, ctx));
            }
            col.add_child(row);
            i = end;
        } else {
            col.add_child(element(e, ctx));
            if e.id.ends_with(".heading") && i + 1 < elements.len() {
                col.add_child(DummyView.fixed_height(1));
            }
            i += 1;
        }
    }
    col
}

/// A thin line between regions; under a tab strip, heavy beneath the
/// selected tab.
pub(crate) struct Rule {
    vertical: bool,
    /// Where the line is heavy: first column and width.
    heavy: Option<(usize, usize)>,
    styles: Styles,
}

impl Rule {
    /// A line across.
    pub fn horizontal(styles: Styles) -> Rule {
        Rule {
            vertical: false,
            heavy: None,
            styles,
        }
    }

    /// A line down.
    pub fn vertical(styles: Styles) -> Rule {
        Rule {
            vertical: true,
            heavy: None,
            styles,
        }
    }
}

impl View for Rule {
    fn draw(&self, printer: &Printer) {
        printer.with_style(self.styles.quiet, |p| {
            if self.vertical {
                p.print_vline((0, 0), p.size.y, "│");
            } else {
                p.print_hline((0, 0), p.size.x, "─");
            }
        });
        if let Some((x, w)) = self.heavy {
            printer.with_style(self.styles.selected, |p| p.print_hline((x, 0), w, "━"));
        }
    }

    fn required_size(&mut self, _: Vec2) -> Vec2 {
        Vec2::new(1, 1)
    }
}

/// A row with its first views at the left end and the others at the right
/// end: the gap between them takes whatever width is left.
pub(crate) struct Bar {
    row: LinearLayout,
    gap: Arc<AtomicUsize>,
}

impl Bar {
    /// `start` packed left, `end` packed right.
    pub fn new<A: View, B: View>(
        start: impl IntoIterator<Item = A>,
        end: impl IntoIterator<Item = B>,
    ) -> Bar {
        let gap = Arc::new(AtomicUsize::new(0));
        let mut row = LinearLayout::horizontal();
        for v in start {
            row.add_child(v);
        }
        row.add_child(Gap(Arc::clone(&gap)));
        for v in end {
            row.add_child(v);
        }
        Bar { row, gap }
    }
}

impl ViewWrapper for Bar {
    wrap_impl!(self.row: LinearLayout);

    fn wrap_required_size(&mut self, req: Vec2) -> Vec2 {
        self.gap.store(0, Ordering::Relaxed);
        self.row.required_size(req)
    }

    fn wrap_layout(&mut self, size: Vec2) {
        self.gap.store(0, Ordering::Relaxed);
        let natural = self.row.required_size(size);
        self.gap
            .store(size.x.saturating_sub(natural.x), Ordering::Relaxed);
        self.row.required_size(size);
        self.row.layout(size);
    }
}

/// The empty width in a [`Bar`].
struct Gap(Arc<AtomicUsize>);

impl View for Gap {
    fn draw(&self, _: &Printer) {}

    fn required_size(&mut self, _: Vec2) -> Vec2 {
        Vec2::new(self.0.load(Ordering::Relaxed), 1)
    }
}

/// Closes a menu when a click lands beside it.
struct Dismiss<V> {
    view: V,
    handler: Handler,
}

impl<V: View> ViewWrapper for Dismiss<V> {
    wrap_impl!(self.view: V);

    fn wrap_on_event(&mut self, event: Event) -> EventResult {
        let pressed = matches!(
            event,
            Event::Mouse {
                event: MouseEvent::Press(MouseButton::Left),
                ..
            }
        );
        match self.view.on_event(event) {
            EventResult::Ignored if pressed => {
                let handler = self.handler;
                EventResult::with_cb(move |s| handler(s, Input::Act(Action::Back)))
            }
            other => other,
        }
    }
}
