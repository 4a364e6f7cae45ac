//! The walkthrough's own screens: the start menu, the Esc menu, the language
//! list, the quit question and the completion screen.

use crate::app::{self, with_app, App, FRAME};
use crate::guide::{Frame, Mode, NoteKind};
use crate::render::Bar;
use cursive::event::{Event, Key};
use cursive::utils::markup::StyledString;
use cursive::view::{Nameable, Resizable};
use cursive::views::{
    Button, Dialog, DummyView, LinearLayout, OnEventView, PaddedView, Panel, RadioGroup,
    SelectView, StackView, TextView,
};
use cursive::Cursive;
use unic_langid::LanguageIdentifier;

/// The start menu: pick a scenario, a mode, a language (each a set of radio
/// buttons, so the choice shows as `(X)` without colour too).
pub(crate) fn start_menu(siv: &mut Cursive) {
    show_start_menu(siv, false);
}

/// The start menu again (in a new language), the focus on the language.
pub(crate) fn start_menu_at_language(siv: &mut Cursive) {
    show_start_menu(siv, true);
}

fn show_start_menu(siv: &mut Cursive, on_language: bool) {
    let Some((view, too_small, lang)) = with_app(siv, |app| {
        app.close_run();
        app.run = None;
        let lang = app.languages().iter().position(|l| *l == app.locale);
        (build_start(app), app.too_small(), lang)
    }) else {
        return;
    };
    while siv.screen().len() > 1 {
        siv.pop_layer();
    }
    siv.call_on_name(FRAME, |f: &mut Frame| {
        *f = Frame::new(Box::new(view), None, too_small);
    });
    let _ = siv.focus_name(FRAME);
    if on_language {
        let _ = siv.focus_name(&format!("start.language.{}", lang.unwrap_or(0)));
    }
}

fn build_start(app: &App) -> StackView {
    let texts = app.texts();
    let styles = app.styles();
    let heading = |id: &str| TextView::new(StyledString::styled(texts.get(id), styles.heading));
    let mut body = LinearLayout::vertical()
        .child(TextView::new(texts.get("tui-start-intro")))
        .child(DummyView.fixed_height(1))
        .child(heading("tui-start-scenario"));
    let mut scenarios = RadioGroup::new().on_change(|s, i: &usize| {
        let i = *i;
        with_app(s, |app| app.chosen = i);
    });
    for (i, s) in app.scenarios.iter().enumerate() {
        let b = scenarios.button(i, texts.get(&s.title));
        let b = if i == app.chosen { b.selected() } else { b };
        body.add_child(b.with_name(format!("start.scenario.{i}")));
    }
    body.add_child(DummyView.fixed_height(1));
    body.add_child(heading("tui-start-mode"));
    let mut modes = RadioGroup::new().on_change(|s, m: &Mode| {
        let m = *m;
        with_app(s, |app| app.mode = m);
    });
    for m in Mode::ALL {
        let id = match m {
            Mode::Guided => "tui-mode-guided",
            Mode::Exam => "tui-mode-exam",
            Mode::Demo => "tui-mode-demo",
        };
        let b = modes.button(m, texts.get(id));
        body.add_child(if m == app.mode { b.selected() } else { b });
    }
    body.add_child(DummyView.fixed_height(1));
    body.add_child(heading("tui-start-language"));
    let mut langs = RadioGroup::new().on_change(|s, l: &LanguageIdentifier| {
        app::set_language(s, l.clone());
    });
    for (i, l) in app.languages().iter().enumerate() {
        let b = langs.button(l.clone(), app.language_name(l));
        let b = if *l == app.locale { b.selected() } else { b };
        body.add_child(b.with_name(format!("start.language.{i}")));
    }
    body.add_child(DummyView.fixed_height(1));
    let buttons = LinearLayout::horizontal()
        .child(Button::new(texts.get("tui-start-begin"), begin))
        .child(DummyView.fixed_width(2))
        .child(Button::new(texts.get("tui-start-quit"), ask_quit));
    body.add_child(Bar::new([DummyView], [buttons]));
    let mut stack = StackView::new();
    stack.add_layer(
        Panel::new(PaddedView::lrtb(1, 1, 0, 0, body))
            .title(texts.get("tui-start-title"))
            .min_width(60),
    );
    stack
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
        Some(Ok(())) => app::redraw(siv),
        Some(Err(e)) => {
            with_app(siv, |app| app.error = Some(e));
            siv.quit();
        }
        None => {}
    }
}

/// A dialog of ours over the frame; Esc closes it.
fn overlay(siv: &mut Cursive, dialog: Dialog) {
    siv.add_layer(
        OnEventView::new(dialog).on_event(Event::Key(Key::Esc), |s| {
            s.pop_layer();
        }),
    );
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

/// Esc: restart, skip the step, change the language, quit.
pub(crate) fn open_menu(siv: &mut Cursive) {
    let Some(items) = with_app(siv, |app| {
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
    let (title, items) = items;
    let mut select = SelectView::new();
    for (label, item) in items {
        select.add_item(label, item);
    }
    select.set_on_submit(|s, item: &MenuItem| {
        s.pop_layer();
        match item {
            MenuItem::Continue => {}
            MenuItem::Restart => app::restart(s),
            MenuItem::Skip => app::skip_step(s),
            MenuItem::HandIn => app::hand_in(s),
            MenuItem::Language => languages(s),
            MenuItem::Quit => app::quit(s),
        }
    });
    overlay(siv, Dialog::around(select.min_width(30)).title(title));
}

/// The language list.
fn languages(siv: &mut Cursive) {
    let Some((title, langs, at)) = with_app(siv, |app| {
        let all = app.languages();
        let at = all.iter().position(|l| *l == app.locale).unwrap_or(0);
        let texts = app.texts();
        let named: Vec<(String, LanguageIdentifier)> = all
            .into_iter()
            .map(|l| {
                let name = app.language_name(&l);
                let label = if l == app.locale {
                    texts.args(
                        "tui-language-current",
                        &[("language", walkthrough_i18n::Arg::Text(name))],
                    )
                } else {
                    name
                };
                (label, l)
            })
            .collect();
        (app.texts().get("tui-language-title"), named, at)
    }) else {
        return;
    };
    let mut select = SelectView::new();
    for (label, lang) in langs {
        select.add_item(label, lang);
    }
    select.set_selection(at);
    select.set_on_submit(|s, lang: &LanguageIdentifier| {
        s.pop_layer();
        app::set_language(s, lang.clone());
    });
    overlay(siv, Dialog::around(select.min_width(30)).title(title));
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
    let dialog = Dialog::text(question)
        .title(title)
        .button(yes, app::quit)
        .button(no, |s| {
            s.pop_layer();
        });
    overlay(siv, dialog);
}

/// The completion screen: time, wrong actions, hints.
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
        let mut buttons = vec![(t.get("tui-done-again"), Done::Again)];
        if !app.scenarios.is_empty() {
            buttons.push((t.get("tui-done-menu"), Done::Menu));
        }
        buttons.push((t.get("tui-done-quit"), Done::Quit));
        let exam = app.run.as_ref().is_some_and(|r| r.mode == Mode::Exam);
        // No praise unless the goal holds.
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
    let mut body = LinearLayout::vertical();
    for line in lines {
        body.add_child(TextView::new(line));
    }
    let mut dialog = Dialog::around(body).title(title);
    for (label, choice) in buttons {
        dialog.add_button(label, move |s| {
            s.pop_layer();
            match choice {
                Done::Again => app::restart(s),
                Done::Menu => start_menu(s),
                Done::Quit => app::quit(s),
            }
        });
    }
    siv.add_layer(dialog.max_width(72));
}

#[derive(Debug, Clone, Copy)]
enum Done {
    Again,
    Menu,
    Quit,
}
