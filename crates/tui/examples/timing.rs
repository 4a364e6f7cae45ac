#![allow(missing_docs, clippy::unwrap_used)]
use cursive::event::Key;
use std::time::{Duration, Instant};
use walkthrough_i18n::Localizer;
use walkthrough_portal::{HashParams, PortalOptions};
use walkthrough_scenario::Library;
use walkthrough_tui::puppet::Harness;
use walkthrough_tui::{Colors, Mode, RunConfig};
fn main() {
    let library = Library::embedded().unwrap();
    let scenario = library.get("app-password-create").unwrap();
    let mk = || {
        let config = RunConfig {
            localizer: Localizer::embedded().unwrap(),
            locale: "ja-JP".parse().unwrap(),
            mode: Mode::Guided,
            options: PortalOptions {
                seed: Some(7),
                hash: HashParams::TEST_ONLY_MINIMAL,
                ..PortalOptions::default()
            },
            pause: Duration::ZERO,
            colors: Colors::Sixteen,
        };
        Harness::run(scenario, config, (100, 30)).unwrap()
    };
    let mut h = mk();
    let n = 500;
    let t = Instant::now();
    for _ in 0..n {
        h.step();
    }
    println!("step/refresh only {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        h.key(Key::Tab);
    }
    println!("tab {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        h.key(Key::F2);
    }
    println!("f2 {:?}", t.elapsed() / n);
}
#[allow(dead_code)]
fn puppet_only() {
    use cursive::backends::puppet::Backend;
    let mut siv = cursive::Cursive::new();
    siv.add_fullscreen_layer(cursive::views::DummyView);
    let b = Backend::init(Some((100, 30).into()));
    let rx = b.stream();
    let mut r = siv.into_runner(b);
    let n = 500;
    let t = Instant::now();
    for _ in 0..n {
        r.refresh();
        let _ = rx.try_iter().last();
    }
    println!("puppet empty refresh {:?}", t.elapsed() / n);
    let mut siv = cursive::Cursive::new();
    siv.add_fullscreen_layer(cursive::views::TextView::new("x".repeat(3000)));
    let mut r = siv.into_runner(cursive::backend::Dummy::init());
    let t = Instant::now();
    for _ in 0..n {
        r.refresh();
    }
    println!("dummy textview refresh {:?}", t.elapsed() / n);
}
