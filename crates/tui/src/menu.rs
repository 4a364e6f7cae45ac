//! The walkthrough's own screens, as views built from what the app hands
//! over: the start menu, a list to choose from (the Esc menu, the language
//! list), a yes/no question and the completion dialog. They hold no state
//! and know nothing of the app: each choice goes to a callback the app
//! gives.

use crate::guide::Mode;
use crate::render::Bar;
use crate::style::Styles;
use cursive::event::{Event, Key};
use cursive::utils::markup::StyledString;
use cursive::view::{Nameable, Resizable};
use cursive::views::{
    Button, Dialog, DummyView, LinearLayout, OnEventView, PaddedView, Panel, RadioGroup,
    SelectView, StackView, TextView,
};
use cursive::{Cursive, View};
use unic_langid::LanguageIdentifier;

/// Everything the start menu shows, in the reader's language.
pub(crate) struct StartMenu {
    pub title: String,
    pub intro: String,
    pub scenario_heading: String,
    /// The procedures' titles, each with the line that names its product
    /// model (drawn above the first procedure of each model), and the one chosen.
    pub scenarios: Vec<(String, String)>,
    pub chosen: usize,
    pub mode_heading: String,
    /// Each mode with its description, and the one chosen.
    pub modes: Vec<(Mode, String)>,
    pub mode: Mode,
    pub language_heading: String,
    /// Each language offered with its name in itself, and the current one.
    pub languages: Vec<(LanguageIdentifier, String)>,
    pub language: Option<usize>,
    pub begin: String,
    pub quit: String,
    pub styles: Styles,
}

/// Where the start menu's choices go.
pub(crate) struct StartActions {
    pub scenario: fn(&mut Cursive, usize),
    pub mode: fn(&mut Cursive, Mode),
    pub language: fn(&mut Cursive, LanguageIdentifier),
    pub begin: fn(&mut Cursive),
    pub quit: fn(&mut Cursive),
}

/// The name of the start menu's radio button for language `i`.
pub(crate) fn language_button(i: usize) -> String {
    format!("start.language.{i}")
}

/// The start menu: pick a scenario, a mode, a language (each a set of radio
/// buttons, so the choice shows as `(X)` without colour too).
pub(crate) fn start_view(menu: StartMenu, on: StartActions) -> StackView {
    let styles = menu.styles;
    let heading = |text: String| TextView::new(StyledString::styled(text, styles.heading));
    let mut body = LinearLayout::vertical()
        .child(TextView::new(menu.intro))
        .child(DummyView.fixed_height(1))
        .child(heading(menu.scenario_heading));
    let on_scenario = on.scenario;
    let mut scenarios = RadioGroup::new().on_change(move |s, i: &usize| on_scenario(s, *i));
    let mut model_shown: Option<String> = None;
    for (i, (title, model)) in menu.scenarios.into_iter().enumerate() {
        if model_shown.as_ref() != Some(&model) {
            // Under the radio buttons' labels: "(X) " is four columns.
            body.add_child(PaddedView::lrtb(4, 0, 0, 0, TextView::new(model.clone())));
            model_shown = Some(model);
        }
        let b = scenarios.button(i, title);
        let b = if i == menu.chosen { b.selected() } else { b };
        body.add_child(b.with_name(format!("start.scenario.{i}")));
    }
    body.add_child(DummyView.fixed_height(1));
    body.add_child(heading(menu.mode_heading));
    let on_mode = on.mode;
    let mut modes = RadioGroup::new().on_change(move |s, m: &Mode| on_mode(s, *m));
    for (m, label) in menu.modes {
        let b = modes.button(m, label);
        body.add_child(if m == menu.mode { b.selected() } else { b });
    }
    body.add_child(DummyView.fixed_height(1));
    body.add_child(heading(menu.language_heading));
    let on_language = on.language;
    let mut langs =
        RadioGroup::new().on_change(move |s, l: &LanguageIdentifier| on_language(s, l.clone()));
    for (i, (lang, name)) in menu.languages.into_iter().enumerate() {
        let b = langs.button(lang, name);
        let b = if Some(i) == menu.language {
            b.selected()
        } else {
            b
        };
        body.add_child(b.with_name(language_button(i)));
    }
    body.add_child(DummyView.fixed_height(1));
    let buttons = LinearLayout::horizontal()
        .child(Button::new(menu.begin, on.begin))
        .child(DummyView.fixed_width(2))
        .child(Button::new(menu.quit, on.quit));
    body.add_child(Bar::new([DummyView], [buttons]));
    let mut stack = StackView::new();
    stack.add_layer(
        Panel::new(PaddedView::lrtb(1, 1, 0, 0, body))
            .title(menu.title)
            .min_width(60),
    );
    stack
}

/// A dialog of ours over the frame; Esc closes it.
pub(crate) fn overlay(dialog: Dialog) -> impl View {
    OnEventView::new(dialog).on_event(Event::Key(Key::Esc), |s| {
        s.pop_layer();
    })
}

/// A titled list to choose one entry from (the Esc menu, the language
/// list), `selected` highlighted first; Enter closes it and hands the
/// choice to `on`, Esc closes it.
pub(crate) fn choice_list<T: Clone + Send + Sync + 'static>(
    title: String,
    items: Vec<(String, T)>,
    selected: usize,
    on: fn(&mut Cursive, T),
) -> impl View {
    let mut select = SelectView::new();
    for (label, item) in items {
        select.add_item(label, item);
    }
    select.set_selection(selected);
    select.set_on_submit(move |s, item: &T| {
        s.pop_layer();
        on(s, item.clone());
    });
    overlay(Dialog::around(select.min_width(30)).title(title))
}

/// A question with Yes and No; No (or Esc) closes it.
pub(crate) fn question(
    title: String,
    question: String,
    yes: String,
    no: String,
    on_yes: fn(&mut Cursive),
) -> impl View {
    let mut dialog = Dialog::text(question)
        .title(title)
        .button(yes, on_yes)
        .button(no, |s| {
            s.pop_layer();
        });
    // It starts on its safe answer: Enter by reflex changes nothing.
    dialog.set_focus(cursive::views::DialogFocus::Button(1));
    overlay(dialog)
}

/// The completion dialog: its lines, then a button per choice, button
/// `focus` focused first; a button closes the dialog and hands its choice
/// to `on`.
pub(crate) fn completion<T: Copy + Send + Sync + 'static>(
    title: String,
    lines: Vec<StyledString>,
    buttons: Vec<(String, T)>,
    focus: usize,
    on: fn(&mut Cursive, T),
) -> impl View {
    let mut body = LinearLayout::vertical();
    for line in lines {
        body.add_child(TextView::new(line));
    }
    let mut dialog = Dialog::around(body).title(title);
    for (label, choice) in buttons {
        dialog.add_button(label, move |s| {
            s.pop_layer();
            on(s, choice);
        });
    }
    dialog.set_focus(cursive::views::DialogFocus::Button(focus));
    dialog.max_width(72)
}
