//! Drafting one procedure costs time in proportion to its steps: articles of
//! 25, 50 and 100 numbered steps (the route to the app passwords, then create,
//! name and Next, copy, close, over and over), read, followed through the
//! portal and settled with the draft's own run, argon2 at its minimum.
#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::sync::Arc;
use walkthrough_i18n::Localizer;
use walkthrough_import::{draft, Article};
use walkthrough_portal::{Date, HashParams, ManualClock, PortalOptions};

/// An article of `n` steps.
fn article(n: usize) -> String {
    let mut steps: Vec<String> = [
        "Sign in to the Office 365 portal.",
        "In the top right, select the gear icon, then **Office 365 settings**.",
        "On the left, select **Additional security verification**.",
        "Select **Update my phone numbers used for account security**.",
        "At the top, select **app passwords**.",
    ]
    .map(str::to_owned)
    .to_vec();
    let cycle = [
        "Click **Create**.",
        "Type a name and click **Next**.",
        "Click **Copy password to clipboard**.",
        "Click **Close**.",
    ];
    let mut i = 0;
    while steps.len() < n {
        steps.push(cycle[i % cycle.len()].to_owned());
        i += 1;
    }
    let mut text = String::from("## Many app passwords\n\n");
    for (k, s) in steps.iter().enumerate() {
        text.push_str(&format!("{}. {s}\n", k + 1));
    }
    text
}

fn drafting(c: &mut Criterion) {
    let l10n = Localizer::embedded().unwrap();
    let en: unic_langid::LanguageIdentifier = "en-US".parse().unwrap();
    let options = PortalOptions {
        seed: Some(1),
        clock: Arc::new(ManualClock::at_date(Date::parse("2015-11-19").unwrap())),
        hash: HashParams::TEST_ONLY_MINIMAL,
    };
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    for n in [25usize, 50, 100] {
        let parsed = Article::parse(&article(n)).unwrap();
        let drafts = draft(&parsed, "bench.md", &l10n, &en, &options).unwrap();
        assert_eq!(drafts.drafts.len(), 1);
        assert_eq!(drafts.drafts[0].steps.len(), n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("steps", n), &parsed, |b, a| {
            b.iter(|| black_box(draft(a, "bench.md", &l10n, &en, &options).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, drafting);
criterion_main!(benches);
