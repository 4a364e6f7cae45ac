//! Loading and validating the shipped scripts, and auto-running them with the
//! argon2 work made negligible (minimal parameters).
#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::sync::Arc;
use walkthrough_portal::{Date, HashParams, ManualClock, PortalOptions};
use walkthrough_scenario::{auto_run, parse, Library};

const CREATE: &str = include_str!("../../../scenarios/app-password-create.toml");
const DELETE: &str = include_str!("../../../scenarios/app-password-delete.toml");

fn load(c: &mut Criterion) {
    c.bench_function("load+validate both scripts", |b| {
        b.iter(|| {
            black_box(parse("create.toml", CREATE).unwrap());
            black_box(parse("delete.toml", DELETE).unwrap());
        })
    });
}

fn run(c: &mut Criterion) {
    let lib = Library::embedded().unwrap();
    let clock = Arc::new(ManualClock::at_date(Date::parse("2015-11-19").unwrap()));
    for s in lib.scenarios() {
        c.bench_function(&format!("auto-run {} (argon2 minimal)", s.id), |b| {
            b.iter(|| {
                let options = PortalOptions {
                    seed: Some(1),
                    clock: clock.clone(),
                    hash: HashParams::TEST_ONLY_MINIMAL,
                };
                black_box(auto_run(s, options).unwrap())
            })
        });
    }
}

criterion_group!(benches, load, run);
criterion_main!(benches);
