//! `screen()` and `act()` on every screen (argon2 excluded), and argon2 hash
//! and verify at the default parameters (building a portal defers its hashes),
//! and loading each embedded product model; the 2016 model's own screens too.
#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use std::hint::black_box;
use std::sync::Arc;
use walkthrough_portal::*;

const KNOWN: &str = "qwertyuiopasdfgh";

fn portal(params: HashParams) -> Portal {
    portal_of(Model::office365_2015(), params)
}

fn portal_of(model: Arc<Model>, params: HashParams) -> Portal {
    let fixture = Fixture {
        app_passwords: (1..=5)
            .map(|i| AppPasswordFixture {
                name: format!("app {i}"),
                created: Date::parse("2015-10-01").unwrap(),
                password: (i == 1).then(|| KNOWN.to_owned()),
            })
            .collect(),
        ..Fixture::default()
    };
    let options = PortalOptions {
        seed: Some(1),
        clock: Arc::new(ManualClock::at_date(Date::parse("2015-11-19").unwrap())),
        hash: params,
    };
    Portal::with_model(model, fixture, options).unwrap()
}

fn click(p: &mut Portal, id: &str) {
    p.act(Action::Click(id.into())).unwrap();
}

/// A portal standing on every screen, each with an action that does no argon2 work.
fn every_screen() -> Vec<(ScreenId, Portal, Action)> {
    let mut p = portal(HashParams::TEST_ONLY_MINIMAL);
    let mut out = Vec::new();
    let typing = |e: &str| Action::Type {
        element: e.into(),
        text: "x".into(),
    };
    out.push((ScreenId::new("sign-in"), p.clone(), typing("sign-in.user")));
    let account = p.account().to_owned();
    p.act(Action::Type {
        element: "sign-in.user".into(),
        text: account,
    })
    .unwrap();
    p.act(Action::Type {
        element: "sign-in.password".into(),
        text: "Pa55word!".into(),
    })
    .unwrap();
    click(&mut p, "sign-in.submit");
    out.push((ScreenId::new("mfa"), p.clone(), typing("mfa.code")));
    let code = match &p.screen().element("phone.message").unwrap().label.args[0].1 {
        Arg::Text(c) => c.clone(),
        _ => unreachable!(),
    };
    p.act(Action::Type {
        element: "mfa.code".into(),
        text: code,
    })
    .unwrap();
    click(&mut p, "mfa.verify");
    let path = [
        ("suite.settings", "suite.settings"),
        (
            "settings-menu.office365-settings",
            "settings-menu.office365-settings",
        ),
        ("nav.additional-security-verification", "nav.password"),
        ("asv.update-phone-numbers", "asv.update-phone-numbers"),
        ("proofup.tab.app-passwords", "proofup.tab.app-passwords"),
        ("app-passwords.create", "app-password.3.delete"),
    ];
    for (next, probe) in path {
        out.push((p.screen().id, p.clone(), Action::Click(probe.into())));
        click(&mut p, next);
    }
    out.push((
        ScreenId::new("create-app-password"),
        p.clone(),
        typing("create-app-password.name"),
    ));
    p.act(typing("create-app-password.name")).unwrap();
    click(&mut p, "create-app-password.next");
    out.push((
        ScreenId::new("new-app-password"),
        p.clone(),
        Action::Click("new-app-password.copy".into()),
    ));
    click(&mut p, "new-app-password.close");
    click(&mut p, "app-password.1.delete");
    out.push((
        ScreenId::new("delete-confirmation"),
        p.clone(),
        Action::Click("confirm.no".into()),
    ));
    click(&mut p, "confirm.no");
    click(&mut p, "taskbar.mail");
    out.push((
        ScreenId::new("mail-app"),
        p.clone(),
        typing("mail.password"),
    ));
    out
}

/// The 2016 portal on the screens the 2015 one does not have, each with the
/// click that leads on.
fn screens_2016() -> Vec<(ScreenId, Portal, Action)> {
    let mut p = portal_of(Model::office365_2016(), HashParams::TEST_ONLY_MINIMAL);
    let account = p.account().to_owned();
    for (e, t) in [
        ("sign-in.user", account.as_str()),
        ("sign-in.password", "Pa55word!"),
    ] {
        p.act(Action::Type {
            element: e.into(),
            text: t.into(),
        })
        .unwrap();
    }
    click(&mut p, "sign-in.submit");
    let code = match &p.screen().element("phone.message").unwrap().label.args[0].1 {
        Arg::Text(c) => c.clone(),
        _ => unreachable!(),
    };
    p.act(Action::Type {
        element: "mfa.code".into(),
        text: code,
    })
    .unwrap();
    for id in ["mfa.verify", "suite.settings", "settings-menu.office365"] {
        click(&mut p, id);
    }
    click(&mut p, "nav.security-privacy");
    let mut out = vec![(
        ScreenId::new("security-privacy"),
        p.clone(),
        Action::Click("security.asv".into()),
    )];
    click(&mut p, "security.asv");
    out.push((
        ScreenId::new("additional-security-verification"),
        p.clone(),
        Action::Click("security.app-passwords".into()),
    ));
    out
}

fn screens(c: &mut Criterion) {
    let mut group = c.benchmark_group("screen-2016");
    for (id, p, _) in screens_2016() {
        group.bench_function(id.as_str(), |b| b.iter(|| black_box(p.screen())));
    }
    group.finish();
    let mut group = c.benchmark_group("act-2016");
    for (id, p, action) in screens_2016() {
        group.bench_function(id.as_str(), |b| {
            b.iter_batched_ref(
                || p.clone(),
                |p| black_box(p.act(action.clone()).unwrap()),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
    let mut group = c.benchmark_group("screen");
    for (id, p, _) in every_screen() {
        group.bench_function(id.as_str(), |b| b.iter(|| black_box(p.screen())));
    }
    group.finish();
    let mut group = c.benchmark_group("act");
    for (id, p, action) in every_screen() {
        group.bench_function(id.as_str(), |b| {
            b.iter_batched_ref(
                || p.clone(),
                |p| black_box(p.act(action.clone()).unwrap()),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

fn argon2(c: &mut Criterion) {
    let p = portal(HashParams::default());
    let mut group = c.benchmark_group("argon2-default-params");
    group.sample_size(20);
    group.bench_function("verify", |b| {
        b.iter(|| black_box(p.mail_would_connect(KNOWN)))
    });
    // Building a portal hashes nothing; its 6 secrets are hashed on a worker
    // thread, or by whoever needs them first.
    group.bench_function("new-portal", |b| {
        b.iter(|| black_box(portal(HashParams::default())))
    });
    group.bench_function("new-portal-then-its-6-hashes", |b| {
        b.iter(|| black_box(portal(HashParams::default()).stored_hashes().count()))
    });
    group.finish();
}

/// Loading each embedded product model from its TOML text: parsing,
/// validation and resolving every reference (must stay under 1 ms).
fn model(c: &mut Criterion) {
    for (id, origin, text) in model::EMBEDDED {
        c.bench_function(&format!("model/load-{id}"), |b| {
            b.iter(|| black_box(Model::parse(origin, black_box(text)).unwrap()))
        });
    }
    let (_, _, text) = model::EMBEDDED[0];
    // The TOML parser alone on the same text, for scale.
    c.bench_function("model/toml-parse-only", |b| {
        b.iter(|| black_box(toml::de::DeTable::parse_recoverable(black_box(text))))
    });
}

criterion_group!(benches, screens, argon2, model);
criterion_main!(benches);
