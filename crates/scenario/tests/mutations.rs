//! Mutated shipped scripts never panic the loader (or the engine when they still
//! load), and every error points inside the file.
#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use std::sync::Arc;
use walkthrough_portal::{Date, HashParams, ManualClock, PortalOptions};
use walkthrough_scenario::*;

const SCRIPTS: [&str; 2] = [
    include_str!("../../../scenarios/app-password-create.toml"),
    include_str!("../../../scenarios/app-password-delete.toml"),
];

#[derive(Debug, Clone)]
enum Mutation {
    Drop(usize),
    Swap(usize, usize),
    Duplicate(usize),
    /// Replace a quoted value or a token on a line.
    Replace(usize, String),
    /// Cut the file at a byte.
    Truncate(usize),
    /// Insert junk at a character.
    Insert(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let junk = prop_oneof![
        Just("\"".to_owned()),
        Just("[".to_owned()),
        Just("{".to_owned()),
        Just("= ".to_owned()),
        Just("[[step]]\n".to_owned()),
        Just("メール".to_owned()),
        "[a-z.{}\\[\\]=\" ]{1,12}",
    ];
    prop_oneof![
        any::<usize>().prop_map(Mutation::Drop),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        any::<usize>().prop_map(Mutation::Duplicate),
        (any::<usize>(), "[a-z0-9.{}\\-]{0,20}").prop_map(|(l, v)| Mutation::Replace(l, v)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), junk).prop_map(|(at, s)| Mutation::Insert(at, s)),
    ]
}

fn apply(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let n = lines.len();
    // A file cut down to nothing has no line or character to change.
    if n == 0 || text.is_empty() {
        return text.to_owned();
    }
    match m {
        Mutation::Drop(i) => {
            lines.remove(i % n);
        }
        Mutation::Swap(a, b) => lines.swap(a % n, b % n),
        Mutation::Duplicate(i) => {
            let l = lines[i % n].clone();
            lines.insert(i % n, l);
        }
        Mutation::Replace(i, v) => {
            let line = &mut lines[i % n];
            *line = match (line.find('"'), line.rfind('"')) {
                (Some(a), Some(b)) if a < b => format!("{}\"{v}\"{}", &line[..a], &line[b + 1..]),
                _ => format!("{line}{v}"),
            };
        }
        Mutation::Truncate(at) => {
            let chars: Vec<char> = text.chars().collect();
            return chars[..at % chars.len()].iter().collect();
        }
        Mutation::Insert(at, s) => {
            let chars: Vec<char> = text.chars().collect();
            let at = at % chars.len();
            let mut out: String = chars[..at].iter().collect();
            out.push_str(s);
            out.extend(&chars[at..]);
            return out;
        }
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn mutated_scripts_never_panic(which in 0..2usize, ms in prop::collection::vec(mutation(), 1..4)) {
        let mut text = SCRIPTS[which].to_owned();
        for m in &ms {
            text = apply(&text, m);
        }
        match parse("mutated.toml", &text) {
            Ok(scenario) => {
                let options = PortalOptions {
                    seed: Some(1),
                    clock: Arc::new(ManualClock::at_date(Date::parse("2015-11-19").unwrap())),
                    hash: HashParams::TEST_ONLY_MINIMAL,
                };
                // Still loads: the engine may fail the run, but never panics.
                let _ = auto_run(&scenario, options);
            }
            Err(LoadError::Invalid(file)) => {
                prop_assert!(!file.diagnostics.is_empty());
                let lines = text.lines().count().max(1);
                for d in &file.diagnostics {
                    prop_assert!(d.line >= 1 && d.line <= lines + 1, "{:?}", d);
                    prop_assert!(d.span.end <= text.len());
                }
                prop_assert!(!file.render(false).is_empty());
            }
            Err(other) => prop_assert!(false, "unexpected {other}"),
        }
    }
}
