//! Loading and validating the shipped scripts, auto-running them with the
//! argon2 work made negligible (minimal parameters), and what one click costs
//! in an exam, where the goal is judged after every click. Also loading at
//! scale (20,000 steps, 20,000 unknown keys, 10,000 errors rendered), which
//! must grow linearly with the file.
#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use std::hint::black_box;
use std::sync::Arc;
use walkthrough_portal::{Action, Arg, Date, HashParams, ManualClock, PortalOptions};
use walkthrough_scenario::{auto_run, parse, Library, Session};

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

/// A script of `n` steps, each clicking `element`.
fn script(n: usize, element: &str) -> String {
    let mut text = String::from("id = \"big\"\nportal = \"office365\"\n\n");
    for i in 0..n {
        text.push_str(&format!(
            "[[step]]\nid = \"s{i}\"\ndo = [{{ click = \"{element}\" }}]\n\n"
        ));
    }
    text
}

fn load_at_scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("load at scale");
    group.sample_size(10);
    let steps = script(20_000, "suite.settings");
    group.bench_function("20,000 steps", |b| {
        b.iter(|| black_box(parse("big.toml", &steps).unwrap()))
    });
    let mut keys = String::from("id = \"big\"\nportal = \"office365\"\n");
    for i in 0..20_000 {
        keys.push_str(&format!("k{i} = 1\n"));
    }
    keys.push_str("[[step]]\nid = \"a\"\ndo = [{ click = \"suite.settings\" }]\n");
    group.bench_function("20,000 unknown keys, rendered", |b| {
        b.iter(|| black_box(parse("keys.toml", &keys).unwrap_err().to_string()))
    });
    let errors = script(10_000, "nope");
    group.bench_function("10,000 errors, rendered", |b| {
        b.iter(|| black_box(parse("errors.toml", &errors).unwrap_err().to_string()))
    });
    let mut long =
        String::from("id = \"big\"\nportal = \"office365\"\n[[step]]\nid = \"a\"\ndo = [");
    long.push_str(&"{ click = \"nöpe\" }, ".repeat(10_000));
    long.push_str("]\n");
    group.bench_function("10,000 errors on one line, rendered", |b| {
        b.iter(|| black_box(parse("long.toml", &long).unwrap_err().to_string()))
    });
    group.finish();
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

fn click(s: &mut Session, id: &str) {
    s.act(Action::Click(id.into())).unwrap();
}

fn type_into(s: &mut Session, id: &str, text: &str) {
    s.act(Action::Type {
        element: id.into(),
        text: text.into(),
    })
    .unwrap();
}

/// An exam of `id`, signed in and on the app-password list.
fn exam_at_list(id: &str, hash: HashParams) -> Session {
    let lib = Library::embedded().unwrap();
    let options = PortalOptions {
        seed: Some(1),
        clock: Arc::new(ManualClock::at_date(Date::parse("2015-11-19").unwrap())),
        hash,
    };
    let mut s = Session::exam(lib.get(id).unwrap(), options).unwrap();
    type_into(&mut s, "sign-in.user", "trainee@contoso.onmicrosoft.com");
    type_into(&mut s, "sign-in.password", "Pa55word!");
    click(&mut s, "sign-in.submit");
    let code = match &s.screen().element("phone.message").unwrap().label.args[0].1 {
        Arg::Text(c) => c.clone(),
        _ => unreachable!(),
    };
    type_into(&mut s, "mfa.code", &code);
    click(&mut s, "mfa.verify");
    for id in [
        "suite.settings",
        "settings-menu.office365-settings",
        "nav.additional-security-verification",
        "asv.update-phone-numbers",
        "proofup.tab.app-passwords",
    ] {
        click(&mut s, id);
    }
    s
}

fn exam(c: &mut Criterion) {
    // A click that does not reach the goal: the cheap conditions decide.
    c.bench_function("exam click, goal not met", |b| {
        b.iter_batched(
            || exam_at_list("app-password-create", HashParams::TEST_ONLY_MINIMAL),
            |mut s| {
                click(&mut s, "app-passwords.create");
                s
            },
            BatchSize::SmallInput,
        )
    });
    // The click that deletes: the goal holds only if the mail app refuses the
    // deleted password, an argon2 verification (default parameters) per
    // password still stored.
    let mut group = c.benchmark_group("exam");
    group.sample_size(10);
    group.bench_function("exam final click, argon2 default", |b| {
        b.iter_batched(
            || {
                let mut s = exam_at_list("app-password-delete", HashParams::default());
                click(&mut s, "app-password.2.delete");
                s
            },
            |mut s| {
                click(&mut s, "confirm.yes");
                assert!(s.is_finished());
                s
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, load, load_at_scale, run, exam);
criterion_main!(benches);
