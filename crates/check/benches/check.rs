//! The checker's cost grows linearly with the number of scenarios: 50, 100 and
//! 200 generated copies of the shipped ones, both locales, argon2 at its minimum.
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

criterion_group!(benches, scaling);
criterion_main!(benches);
