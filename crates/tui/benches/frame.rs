//! Keystroke to finished frame: the event handled, the portal acting, the
//! views rebuilt, laid out, drawn and flushed to the backend. Measured
//! through cursive's puppet backend (which also copies every frame for
//! reading) and through a backend that discards the cells (the TUI's own
//! cost), at 100×30 and 200×60, in Japanese. Also the click that ends a
//! delete exam, where the goal holds only if the mail app refuses the deleted
//! password: argon2 at its default parameters, through to the result dialog.
#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use cursive::event::{Event, Key};
use std::sync::Arc;
use std::time::Duration;
use walkthrough_i18n::Localizer;
use walkthrough_portal::{HashParams, ManualClock, PortalOptions, ARTICLE_DATE};
use walkthrough_scenario::Library;
use walkthrough_tui::puppet::{Harness, Output};
use walkthrough_tui::{Colors, Mode, RunConfig};

fn harness(size: (usize, usize), output: Output) -> Harness {
    let library = Library::embedded().unwrap();
    let scenario = library.get("app-password-create").unwrap();
    let config = RunConfig {
        localizer: std::sync::Arc::new(Localizer::embedded().unwrap()),
        locale: "ja-JP".parse().unwrap(),
        mode: Mode::Guided,
        options: PortalOptions {
            seed: Some(7),
            clock: Arc::new(ManualClock::at_date(ARTICLE_DATE)),
            hash: HashParams::TEST_ONLY_MINIMAL,
        },
        pause: Duration::ZERO,
        colors: Colors::Sixteen,
        time_limit: None,
        demo_end: None,
    };
    Harness::run_with_output(scenario, config, size, output).unwrap()
}

fn keystroke(c: &mut Criterion) {
    for (output, out) in [(Output::Puppet, "puppet"), (Output::Discard, "discard")] {
        for size in [(100, 30), (200, 60)] {
            let name = format!("{out}/{}x{}", size.0, size.1);
            // Tab: the focus moves; the frame is laid out and drawn again.
            let mut h = harness(size, output);
            c.bench_function(&format!("tab/{name}"), |b| b.iter(|| h.key(Key::Tab)));
            // A character typed into the sign-in field: the portal acts, the
            // session judges, every view is rebuilt in Japanese and drawn.
            let mut h = harness(size, output);
            let mut typed = 0;
            c.bench_function(&format!("type/{name}"), |b| {
                b.iter(|| {
                    typed += 1;
                    if typed % 50 == 0 {
                        h.send(Event::CtrlChar('u'));
                    }
                    h.send(Event::Char('a'))
                })
            });
            // F2: the whole screen in the next language.
            let mut h = harness(size, output);
            c.bench_function(&format!("language/{name}"), |b| b.iter(|| h.key(Key::F2)));
        }
    }
    c.bench_function("start-to-first-frame/puppet/100x30", |b| {
        b.iter(|| harness((100, 30), Output::Puppet))
    });
}

/// A delete exam in en-US, argon2 at its default parameters, at the
/// confirmation of the deletion.
fn delete_exam_at_confirmation() -> Harness {
    let library = Library::embedded().unwrap();
    let scenario = library.get("app-password-delete").unwrap();
    let mut config = RunConfig::new(
        Arc::new(Localizer::embedded().unwrap()),
        "en-US".parse().unwrap(),
    );
    config.mode = Mode::Exam;
    config.options = PortalOptions {
        seed: Some(7),
        clock: Arc::new(ManualClock::at_date(ARTICLE_DATE)),
        hash: HashParams::default(),
    };
    config.colors = Colors::Sixteen;
    let mut h = Harness::run_with_output(scenario, config, (100, 30), Output::Puppet).unwrap();
    h.type_text("trainee@contoso.onmicrosoft.com");
    h.key(Key::Tab);
    h.type_text("Pa55word!");
    h.key(Key::Enter);
    let frame = h.frame();
    let code: String = frame
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap()
        .to_owned();
    h.type_text(&code);
    h.key(Key::Enter);
    for label in [
        "[ Settings ]",
        "Office 365 settings",
        "Additional security verification",
        "Update my phone numbers",
        "app passwords",
    ] {
        assert!(h.click_on(label), "{label}:\n{}", h.frame());
    }
    let frame = h.frame();
    let (y, line) = frame
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Outlook desktop") && l.contains("[ Delete ]"))
        .unwrap();
    let x = line[..line.find("[ Delete ]").unwrap()].chars().count();
    h.click_at(x + 1, y);
    h
}

fn exam_end(c: &mut Criterion) {
    let mut group = c.benchmark_group("exam");
    group.sample_size(10);
    group.bench_function("delete-exam-last-click/argon2-default", |b| {
        b.iter_batched(
            delete_exam_at_confirmation,
            |mut h| {
                assert!(h.click_on("[ Yes ]"));
                assert!(h.summary().is_some_and(|s| s.goal_met));
                h
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(Duration::from_secs(2));
    targets = keystroke, exam_end
}
criterion_main!(benches);
