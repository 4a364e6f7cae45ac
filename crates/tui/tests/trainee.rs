//! A trainee's detours: a wrong turn and the way back, a language switch
//! mid-step, the hint, the Esc menu, quitting, refusals, a small terminal,
//! the start menu and demo mode. Snapshots where a person would look.
#![allow(clippy::unwrap_used)]

mod common;

use common::{config, library, scenario, Trainee, SIZE};
use cursive::event::{Event, Key};
use walkthrough_tui::puppet::Harness;
use walkthrough_tui::{render_text, GuideText, Mode};

/// Signs in and walks to the start of step `n` (1-based, at most 6) of the
/// create procedure by following the marker.
fn create_at_step(locale: &str, n: usize) -> Trainee {
    let mut t = Trainee::new("app-password-create", "create", locale);
    t.sign_in();
    while t.step().is_some_and(|s| s + 1 < n) {
        t.click_target();
    }
    assert_eq!(t.step(), Some(n - 1), "{}", t.screen());
    t
}

#[test]
fn a_wrong_turn_shows_what_happened_and_the_way_back() {
    for locale in ["en-US", "ja-JP"] {
        let mut t = create_at_step(locale, 4);
        // Step 4 wants the link on the right; the trainee opens "Password" instead.
        t.tab_to("nav.password");
        t.key(Key::Enter);
        t.snap("wrong-turn");
        // The guide shows the way back: the browser's Back.
        t.send(Event::Alt(Key::Left));
        t.snap("way-back");
        assert_eq!(t.step(), Some(3));
        t.click_target();
        assert_eq!(t.step(), Some(4), "{}", t.screen());
        let summary_wrong = t.h.summary();
        assert!(summary_wrong.is_none());
    }
}

#[test]
fn the_language_switches_mid_step_and_keeps_what_was_typed() {
    let mut t = create_at_step("en-US", 6);
    t.click_target();
    t.type_text("Outlook");
    t.key(Key::F2);
    t.locale = "ja-JP".into();
    assert_eq!(t.h.locale().unwrap().to_string(), "ja-JP");
    t.snap("step-7-switched");
    // F2 cycles the real languages: from ja-JP back to en-US, never to the
    // translators' pseudo-locale.
    t.key(Key::F2);
    assert_eq!(t.h.locale().unwrap().to_string(), "en-US");
    t.type_text(" desktop");
    t.key(Key::Enter);
    assert_eq!(t.step(), Some(7), "{}", t.screen());
}

#[test]
fn f1_shows_the_hint_and_counts_it() {
    for locale in ["en-US", "ja-JP"] {
        let mut t = create_at_step(locale, 3);
        t.key(Key::F1);
        t.snap("step-3-hint");
    }
}

/// A held F1 repeats: the hint already shown is not a new hint. A hint is
/// counted once per step, and the next step's hint counts again.
#[test]
fn a_held_f1_counts_one_hint_per_step() {
    let mut t = create_at_step("en-US", 3);
    let step = t.step().unwrap();
    for _ in 0..300 {
        t.key(Key::F1);
    }
    // Skip this step (the Esc menu's third entry).
    t.key(Key::Esc);
    t.key(Key::Down);
    t.key(Key::Down);
    t.key(Key::Enter);
    assert_eq!(t.step(), Some(step + 1), "{}", t.screen());
    t.key(Key::F1);
    t.key(Key::F1);
    t.send(Event::Char('q'));
    t.key(Key::Left);
    t.key(Key::Enter);
    assert!(!t.h.is_running());
    assert_eq!(t.h.summary().unwrap().hints, 2);
}

#[test]
fn esc_opens_the_menu_and_changes_the_language() {
    let mut t = create_at_step("en-US", 3);
    t.key(Key::Esc);
    t.snap("menu");
    // Continue, Start again, Skip this step, Change language, Quit.
    for _ in 0..3 {
        t.key(Key::Down);
    }
    t.key(Key::Enter);
    t.snap("language-list");
    t.key(Key::Down);
    t.key(Key::Enter);
    t.locale = "ja-JP".into();
    t.snap("step-3-from-menu");
    // Esc closes the menu again without doing anything.
    t.key(Key::Esc);
    t.snap("menu");
    t.key(Key::Esc);
    t.snap("step-3-from-menu");
}

#[test]
fn the_menu_skips_a_step_and_starts_again() {
    let mut t = create_at_step("en-US", 3);
    t.key(Key::Esc);
    t.key(Key::Down);
    t.key(Key::Down);
    t.key(Key::Enter);
    assert_eq!(t.step(), Some(3), "{}", t.screen());
    t.snap("step-4-skipped");
    t.key(Key::Esc);
    t.key(Key::Down);
    t.key(Key::Enter);
    assert_eq!(t.step(), Some(0), "{}", t.screen());
    t.snap("restarted");
}

#[test]
fn q_asks_before_quitting() {
    let mut t = create_at_step("en-US", 2);
    let step = t.step();
    t.send(Event::Char('q'));
    t.snap("quit-question");
    // It starts on "No": Enter by reflex keeps going.
    t.key(Key::Enter);
    assert!(t.h.is_running());
    assert_eq!(t.step(), step, "{}", t.screen());
    assert!(!t.screen().contains("Quit the walkthrough?"));
    // "Yes" is chosen on purpose.
    t.send(Event::Char('q'));
    t.key(Key::Left);
    t.key(Key::Enter);
    assert!(!t.h.is_running());
    let summary = t.h.summary().unwrap();
    assert!(!summary.finished);
    // Answering the question is no mistake in the portal.
    assert_eq!(summary.wrong_actions, 0, "{summary:?}");
}

#[test]
fn typing_q_in_a_field_types_it() {
    let mut t = Trainee::new("app-password-create", "create", "en-US");
    t.type_text("q");
    assert!(t.h.is_running());
    assert!(t.screen().contains("[q___"), "{}", t.screen());
    t.key(Key::Backspace);
    assert!(!t.screen().contains("[q___"), "{}", t.screen());
}

#[test]
fn refusals_are_shown_as_the_portal_shows_them() {
    for locale in ["en-US", "ja-JP", "en-XA"] {
        let mut t = Trainee::new("app-password-create", "create", locale);
        t.type_text("trainee@contoso.onmicrosoft.com");
        t.key(Key::Tab);
        t.type_text("wrong");
        t.key(Key::Enter);
        t.snap("wrong-password");
    }
    for locale in ["en-US", "ja-JP"] {
        let mut t = create_at_step(locale, 6);
        t.click_target();
        t.key(Key::Enter);
        t.snap("name-required");
    }
}

#[test]
fn masked_fields_show_bullets_only() {
    let mut t = Trainee::new("app-password-create", "create", "en-US");
    t.type_text("trainee@contoso.onmicrosoft.com");
    t.key(Key::Tab);
    t.type_text("Pa55word!");
    let screen = t.screen();
    // The guide gives the training password once; the field shows bullets.
    assert_eq!(screen.matches("Pa55word!").count(), 1, "{screen}");
    let field = screen.lines().find(|l| l.contains("•••••••••_"));
    assert!(field.is_some_and(|l| !l.contains("Pa55word!")), "{screen}");
}

#[test]
fn a_small_terminal_gets_a_note_and_recovers() {
    for locale in ["en-US", "ja-JP"] {
        let mut t = Trainee::new("app-password-create", "create", locale);
        let before = t.screen();
        t.h.resize(60, 20);
        t.snap("too-small");
        t.h.resize(SIZE.0, SIZE.1);
        assert_eq!(t.screen(), before);
    }
}

/// Below the least size the note says q quits: q asks, as everywhere, the
/// question is on the small screen, and it starts on its safe answer.
#[test]
fn q_in_a_small_terminal_asks_on_screen_and_starts_on_no() {
    let mut t = Trainee::new("app-password-create", "create", "en-US");
    t.h.resize(60, 20);
    assert!(t.screen().contains("q quits"), "{}", t.screen());
    t.send(Event::Char('q'));
    t.snap("too-small-quit-question");
    t.key(Key::Enter);
    assert!(t.h.is_running(), "{}", t.screen());
    t.send(Event::Char('q'));
    t.key(Key::Left);
    t.key(Key::Enter);
    assert!(!t.h.is_running());
}

#[test]
fn a_wide_terminal_puts_the_guide_beside_the_portal() {
    let mut t = Trainee::sized("app-password-delete", "delete", "ja-JP", (200, 60));
    t.snap("step-1-wide");
}

#[test]
fn the_start_menu_picks_scenario_mode_and_language() {
    for locale in ["en-US", "ja-JP", "en-XA"] {
        let mut h = Harness::start_menu(&library(), config(locale, Mode::Guided), SIZE).unwrap();
        common::assert_screen(&format!("start-menu__{locale}"), &h.frame());
    }
    let mut h = Harness::start_menu(&library(), config("en-US", Mode::Guided), SIZE).unwrap();
    // Procedure: the second one; mode: Demo (after the two 2016 procedures, Guided and Exam);
    // language: 日本語, which draws the menu again in Japanese. Down moves, Enter chooses; the
    // lines naming each procedure's product are passed over.
    for key in [
        Key::Down,
        Key::Enter,
        Key::Down,
        Key::Down,
        Key::Down,
        Key::Down,
        Key::Down,
        Key::Enter,
    ] {
        h.key(key);
    }
    for key in [Key::Down, Key::Down, Key::Enter] {
        h.key(key);
    }
    common::assert_screen("start-menu__chosen__ja-JP", &h.frame());
    // Down past the last language to Start.
    h.key(Key::Down);
    h.key(Key::Down);
    h.key(Key::Enter);
    // The demo runs straight through (pause 0) and comes back to the menu.
    for _ in 0..200 {
        if h.summary().is_some() && h.step_index().is_none() {
            break;
        }
        h.step();
    }
    let summary = h.summary().unwrap();
    assert_eq!(summary.scenario, "app-password-delete");
    assert_eq!(summary.mode, Mode::Demo);
    assert!(summary.goal_met);
    assert!(h.is_running());
}

#[test]
fn demo_mode_runs_by_itself_and_ends_when_the_goal_holds() {
    for locale in ["en-US", "ja-JP", "en-XA"] {
        let s = scenario("app-password-create");
        let mut h = Harness::run(&s, config(locale, Mode::Demo), SIZE).unwrap();
        common::assert_screen(&format!("demo__start__{locale}"), &h.frame());
        let mut snapped = false;
        for _ in 0..500 {
            if !h.is_running() {
                break;
            }
            h.step();
            if h.step_index() == Some(7) && !snapped {
                common::assert_screen(&format!("demo__step-8__{locale}"), &h.frame());
                snapped = true;
            }
        }
        // The last frame stays until a key.
        assert!(h.is_running(), "the demo ended by itself");
        h.key(cursive::event::Key::Enter);
        assert!(!h.is_running(), "the demo did not end:\n{}", h.frame());
        let summary = h.summary().unwrap();
        assert!(summary.finished && summary.goal_met, "{summary:?}");
    }
}

#[test]
fn render_text_is_what_the_tui_draws() {
    let s = scenario("app-password-delete");
    let localizer = common::localizer();
    for locale in ["en-US", "ja-JP"] {
        let lang = common::lang(locale);
        let mut t = Trainee::new("app-password-delete", "delete", locale);
        let session = walkthrough_scenario::Session::new(&s, common::options()).unwrap();
        let guide = GuideText::for_step(&s, 0, Mode::Guided, &localizer, &lang);
        let text = render_text(
            &session.screen(),
            Some(&guide),
            &localizer,
            &lang,
            session.target().as_deref(),
            SIZE.0,
            SIZE.1,
        );
        assert_eq!(text, t.screen());
    }
}

#[test]
fn mouse_clicks_focus_fields_and_press_buttons() {
    let mut t = create_at_step("en-US", 2);
    // A click beside the open menu closes it, as in the browser.
    t.click_target();
    assert!(t.screen().contains(walkthrough_tui::MARK_START));
    t.h.click_at(5, 20);
    t.snap("menu-dismissed");
}

#[test]
fn japanese_lines_up_at_double_width() {
    use unicode_width::UnicodeWidthStr;
    let mut t = create_at_step("ja-JP", 3);
    for line in t.screen().lines() {
        assert!(line.width() <= SIZE.0, "too wide: {line}");
    }
    // Every border line ends in the last column, however many wide characters precede it.
    let closing: Vec<usize> = t
        .screen()
        .lines()
        .filter(|l| l.ends_with('│'))
        .map(|l| l.width())
        .collect();
    assert!(!closing.is_empty());
    assert!(
        closing.iter().all(|w| *w == SIZE.0),
        "{closing:?}\n{}",
        t.screen()
    );
}

#[test]
fn the_target_is_marked_with_and_without_colour() {
    use cursive::style::{BaseColor, Color, Effect};
    use walkthrough_tui::Colors;
    for colors in [Colors::Sixteen, Colors::Monochrome] {
        let mut cfg = config("en-US", Mode::Guided);
        cfg.colors = colors;
        let mut h = Harness::run(&scenario("app-password-create"), cfg, SIZE).unwrap();
        let (x, y) = h.find(walkthrough_tui::MARK_START).unwrap();
        let observed = h.observed().unwrap();
        let cell = observed[cursive::Vec2::new(x, y)].as_ref().unwrap();
        assert!(cell.style.effects.contains(Effect::Bold));
        let colours: Vec<Color> = (0..SIZE.1)
            .flat_map(|y| (0..SIZE.0).map(move |x| (x, y)))
            .filter_map(|(x, y)| observed[cursive::Vec2::new(x, y)].as_ref())
            .flat_map(|c| [c.style.colors.front, c.style.colors.back])
            .collect();
        match colors {
            // Only the 16 base colours, and the marker is a highlighter pen.
            Colors::Sixteen => {
                assert!(colours.iter().all(|c| matches!(
                    c,
                    Color::Dark(_) | Color::Light(_) | Color::TerminalDefault
                )));
                assert_eq!(cell.style.colors.back, Color::Light(BaseColor::Yellow));
            }
            // NO_COLOR: the terminal's own colours everywhere; bold and underline mark the target.
            Colors::Monochrome => {
                assert!(
                    colours.iter().all(|c| *c == Color::TerminalDefault),
                    "{colours:?}"
                );
                assert!(cell.style.effects.contains(Effect::Underline));
            }
        }
    }
}

#[test]
fn esc_or_q_at_the_start_menu_asks_to_quit_and_enter_stays() {
    for event in [Event::Key(Key::Esc), Event::Char('q')] {
        let mut h = Harness::start_menu(&library(), config("en-US", Mode::Guided), SIZE).unwrap();
        h.send(event.clone());
        assert!(
            h.frame().contains("Quit the walkthrough?"),
            "{event:?}\n{}",
            h.frame()
        );
        // It starts on No: Enter by reflex keeps the menu.
        h.key(Key::Enter);
        assert!(h.is_running(), "{event:?}");
        assert!(
            !h.frame().contains("Quit the walkthrough?"),
            "{}",
            h.frame()
        );
        h.send(event.clone());
        h.key(Key::Left);
        h.key(Key::Enter);
        assert!(!h.is_running(), "{event:?}");
    }
}
