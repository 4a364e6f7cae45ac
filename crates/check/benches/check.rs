//! The checker's cost grows linearly with the number of scenarios (50, 100 and
//! 200 generated copies of the shipped ones) and with the length of one
//! procedure (1,000, 2,000 and 4,000 steps), both locales, argon2 at its minimum.
#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::sync::Arc;
use walkthrough_check::check;
use walkthrough_i18n::Localizer;
use walkthrough_portal::{Date, HashParams, ManualClock, PortalOptions};
use walkthrough_scenario::Library;

fn scaling(c: &mut Criterion) {
    let l10n = Localizer::embedded().unwrap();
    let locales = l10n.real();
    let shipped = Library::embedded().unwrap().scenarios().to_vec();
    let options = PortalOptions {
        seed: Some(1),
        clock: Arc::new(ManualClock::at_date(Date::parse("2015-11-19").unwrap())),
        hash: HashParams::TEST_ONLY_MINIMAL,
    };
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    for n in [50usize, 100, 200] {
        let scenarios: Vec<_> = shipped.iter().cycle().take(n).cloned().collect();
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("scenarios", n), &scenarios, |b, s| {
            b.iter(|| black_box(check(s, &l10n, &locales, &options).unwrap()))
        });
    }
    group.finish();
}

/// One procedure: sign in, then `n - 1` steps back and forth between the
/// settings page and Additional security verification (the way a 20,000-step
/// procedure once took minutes: each step compared with every later one).
fn long_procedure(n: usize) -> walkthrough_scenario::Scenario {
    let mut text = String::from(
        r#"id = "long"
portal = "office365"
title = "long-title"
task = "long-task"

[fixture]
account = "trainee@contoso.onmicrosoft.com"
display_name = "Trainee"
password = "Pa55word!"
mfa = true
app_passwords_allowed = true

[[step]]
id = "s0"
do = [
  { type = "sign-in.user", text = "{account}" },
  { type = "sign-in.password", text = "{password}" },
  { click = "sign-in.submit" },
  { type = "mfa.code", text = "{code}" },
  { click = "mfa.verify" },
]
expect = "home"

[[step]]
id = "s1"
do = [{ click = "suite.settings" }, { click = "settings-menu.office365-settings" }]
expect = "settings"
"#,
    );
    for i in 2..n {
        let (clicks, expect) = if i % 2 == 0 {
            (
                r#"{ click = "nav.additional-security-verification" }"#,
                "additional-security-verification",
            )
        } else {
            (
                r#"{ click = "suite.settings" }, { click = "settings-menu.office365-settings" }"#,
                "settings",
            )
        };
        text.push_str(&format!(
            "\n[[step]]\nid = \"s{i}\"\ndo = [{clicks}]\nexpect = \"{expect}\"\n"
        ));
    }
    match walkthrough_scenario::parse("long.toml", &text) {
        Ok(scenario) => scenario,
        Err(e) => panic!("{}", e.to_string().lines().next().unwrap_or_default()),
    }
}

fn procedure_length(c: &mut Criterion) {
    let l10n = Localizer::embedded().unwrap();
    let locales = l10n.real();
    let options = PortalOptions {
        seed: Some(1),
        clock: Arc::new(ManualClock::at_date(Date::parse("2015-11-19").unwrap())),
        hash: HashParams::TEST_ONLY_MINIMAL,
    };
    let mut group = c.benchmark_group("check one procedure");
    group.sample_size(10);
    for n in [1_000usize, 2_000, 4_000] {
        let scenarios = vec![long_procedure(n)];
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("steps", n), &scenarios, |b, s| {
            b.iter(|| black_box(check(s, &l10n, &locales, &options).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, scaling, procedure_length);
criterion_main!(benches);
