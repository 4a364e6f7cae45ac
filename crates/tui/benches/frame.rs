//! Keystroke to finished frame through the puppet backend: the event handled,
//! the portal acting, the views rebuilt, laid out and drawn.
#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, Criterion};
use cursive::event::{Event, Key};
use std::sync::Arc;
use std::time::Duration;
use walkthrough_i18n::Localizer;
use walkthrough_portal::{HashParams, PortalOptions, SimulatedClock, ARTICLE_DATE};
use walkthrough_scenario::Library;
use walkthrough_tui::puppet::Harness;
use walkthrough_tui::{Colors, Mode, RunConfig};

fn harness(size: (usize, usize)) -> Harness {
    let library = Library::embedded().unwrap();
    let scenario = library.get("app-password-create").unwrap();
    let config = RunConfig {
        localizer: Localizer::embedded().unwrap(),
        locale: "ja-JP".parse().unwrap(),
        mode: Mode::Guided,
        options: PortalOptions {
            seed: Some(7),
            clock: Arc::new(SimulatedClock::from_date(ARTICLE_DATE)),
            hash: HashParams::TEST_ONLY_MINIMAL,
        },
        pause: Duration::ZERO,
        colors: Colors::Sixteen,
    };
    Harness::run(scenario, config, size).unwrap()
}

fn keystroke(c: &mut Criterion) {
    for size in [(100, 30), (200, 60)] {
        let name = format!("{}x{}", size.0, size.1);
        // Tab: focus moves, the frame is laid out and drawn again.
        let mut h = harness(size);
        c.bench_function(&format!("tab/{name}"), |b| b.iter(|| h.key(Key::Tab)));
        // A character typed into the sign-in field: the portal acts, the
        // session judges, every view is rebuilt in Japanese and drawn.
        let mut h = harness(size);
        let mut typed = 0;
        c.bench_function(&format!("type/{name}"), |b| {
            b.iter(|| {
                typed += 1;
                if typed % 60 == 0 {
                    h.send(Event::CtrlChar('u'));
                }
                h.send(Event::Char('a'))
            })
        });
        // F2: the whole screen in the next language.
        let mut h = harness(size);
        c.bench_function(&format!("language/{name}"), |b| b.iter(|| h.key(Key::F2)));
    }
    c.bench_function("start-to-first-frame/100x30", |b| {
        b.iter(|| harness((100, 30)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50).measurement_time(Duration::from_secs(3));
    targets = keystroke
}
criterion_main!(benches);
