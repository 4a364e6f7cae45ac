//! What the TUI's tests share: the embedded scenarios and locales, a fixed
//! seed and clock, and a trainee at the keyboard of a headless TUI.
#![allow(dead_code, missing_docs, clippy::unwrap_used)]

use cursive::event::{Event, Key};
use std::sync::Arc;
use std::time::Duration;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::Localizer;
use walkthrough_portal::{HashParams, ManualClock, PortalOptions, ARTICLE_DATE};
use walkthrough_scenario::{Library, Scenario};
use walkthrough_tui::puppet::Harness;
use walkthrough_tui::{Colors, Mode, RunConfig};

pub const SIZE: (usize, usize) = (100, 30);
pub const LOCALES: [&str; 3] = ["en-US", "ja-JP", "en-XA"];

pub fn lang(s: &str) -> LanguageIdentifier {
    s.parse().unwrap()
}

pub fn localizer() -> Localizer {
    Localizer::embedded().unwrap()
}

pub fn library() -> Library {
    Library::embedded().unwrap()
}

pub fn scenario(id: &str) -> Scenario {
    library().get(id).unwrap().clone()
}

pub fn options() -> PortalOptions {
    PortalOptions {
        seed: Some(7),
        clock: Arc::new(ManualClock::at_date(ARTICLE_DATE)),
        hash: HashParams::TEST_ONLY_MINIMAL,
    }
}

pub fn config(locale: &str, mode: Mode) -> RunConfig {
    RunConfig {
        localizer: Arc::new(localizer()),
        locale: lang(locale),
        mode,
        options: options(),
        pause: Duration::ZERO,
        colors: Colors::Monochrome,
        time_limit: None,
        demo_end: None,
    }
}

/// A snapshot named `name` in `tests/snapshots`: the screen as a person sees it.
pub fn assert_screen(name: &str, frame: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name.to_owned(), frame));
}

/// A trainee at a headless TUI, taking snapshots named
/// `<procedure>__<label>__<locale>`.
pub struct Trainee {
    pub h: Harness,
    pub procedure: &'static str,
    pub locale: String,
}

impl Trainee {
    pub fn new(scenario_id: &str, procedure: &'static str, locale: &str) -> Trainee {
        Trainee::sized(scenario_id, procedure, locale, SIZE)
    }

    pub fn sized(
        scenario_id: &str,
        procedure: &'static str,
        locale: &str,
        size: (usize, usize),
    ) -> Trainee {
        let mut h =
            Harness::run(&scenario(scenario_id), config(locale, Mode::Guided), size).unwrap();
        h.fix_elapsed(Duration::from_secs(754));
        Trainee {
            h,
            procedure,
            locale: locale.to_owned(),
        }
    }

    pub fn screen(&mut self) -> String {
        self.h.frame()
    }

    /// Snapshot of the screen now.
    pub fn snap(&mut self, label: &str) {
        let name = format!("{}__{}__{}", self.procedure, label, self.locale);
        let frame = self.screen();
        assert_screen(&name, &frame);
    }

    /// Clicks the element marked ▶ ◀, as a trainee who follows the marker.
    pub fn click_target(&mut self) {
        let (x, y) = self
            .h
            .find(walkthrough_tui::MARK_START)
            .unwrap_or_else(|| panic!("no target marked:\n{}", self.screen()));
        self.h.click_at(x + 2, y);
    }

    pub fn key(&mut self, key: Key) {
        self.h.key(key);
    }

    pub fn send(&mut self, event: Event) {
        self.h.send(event);
    }

    pub fn type_text(&mut self, text: &str) {
        self.h.type_text(text);
    }

    /// Tab until the focus is on `id`.
    pub fn tab_to(&mut self, id: &str) {
        for _ in 0..40 {
            if self.h.focused().as_deref() == Some(id) {
                return;
            }
            self.h.key(Key::Tab);
        }
        panic!("Tab never reached {id}:\n{}", self.screen());
    }

    /// Signs in by keyboard: account, Tab, password, Enter, then the code the
    /// phone shows, Enter.
    pub fn sign_in(&mut self) {
        self.type_text("trainee@contoso.onmicrosoft.com");
        self.key(Key::Tab);
        self.type_text("Pa55word!");
        self.key(Key::Enter);
        let code = self.phone_code();
        self.type_text(&code);
        self.key(Key::Enter);
    }

    /// The verification code the simulated phone shows (six digits on screen).
    pub fn phone_code(&mut self) -> String {
        let screen = self.screen();
        let chars: Vec<char> = screen.chars().collect();
        for i in 0..chars.len().saturating_sub(6) {
            let six = &chars[i..i + 6];
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 6);
            if six.iter().all(char::is_ascii_digit)
                && !before.is_some_and(|c| c.is_ascii_digit())
                && !after.is_some_and(char::is_ascii_digit)
            {
                return six.iter().collect();
            }
        }
        panic!("no code on the phone:\n{screen}");
    }

    pub fn step(&mut self) -> Option<usize> {
        self.h.step_index()
    }
}
