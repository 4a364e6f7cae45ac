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

/// `i` wrapped onto `0..n`, or `None` when there is nothing to index (a
/// mutation may empty the script, and the next one then has no line or
/// character to act on).
fn wrap(i: usize, n: usize) -> Option<usize> {
    i.checked_rem(n)
}

fn apply(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let n = lines.len();
    match m {
        Mutation::Drop(i) => {
            if let Some(i) = wrap(*i, n) {
                lines.remove(i);
            }
        }
        Mutation::Swap(a, b) => {
            if let (Some(a), Some(b)) = (wrap(*a, n), wrap(*b, n)) {
                lines.swap(a, b);
            }
        }
        Mutation::Duplicate(i) => {
            if let Some(i) = wrap(*i, n) {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
        }
        Mutation::Replace(i, v) => match wrap(*i, n) {
            Some(i) => {
                let line = &mut lines[i];
                *line = match (line.find('"'), line.rfind('"')) {
                    (Some(a), Some(b)) if a < b => {
                        format!("{}\"{v}\"{}", &line[..a], &line[b + 1..])
                    }
                    _ => format!("{line}{v}"),
                };
            }
            None => lines.push(v.clone()),
        },
        Mutation::Truncate(at) => {
            let chars: Vec<char> = text.chars().collect();
            let at = wrap(*at, chars.len()).unwrap_or(0);
            return chars[..at].iter().collect();
        }
        Mutation::Insert(at, s) => {
            let chars: Vec<char> = text.chars().collect();
            let at = wrap(*at, chars.len()).unwrap_or(0);
            let mut out: String = chars[..at].iter().collect();
            out.push_str(s);
            out.extend(&chars[at..]);
            return out;
        }
    }
    lines.join("\n")
}

/// Every mutation applies to an empty script (what an earlier one may leave)
/// and to a one-line one, without panicking.
#[test]
fn every_mutation_applies_to_an_emptied_script() {
    let all = [
        Mutation::Drop(7),
        Mutation::Swap(3, 9),
        Mutation::Duplicate(5),
        Mutation::Replace(2, "x".to_owned()),
        Mutation::Truncate(4),
        Mutation::Insert(6, "[".to_owned()),
    ];
    let expected_on_empty = ["", "", "", "x", "", "["];
    for (m, expected) in all.iter().zip(expected_on_empty) {
        assert_eq!(apply("", m), expected, "{m:?}");
        let _ = apply("id = \"a\"", m);
    }
    // Dropping the only line empties the script; the next mutation still applies.
    let emptied = apply("id = \"a\"", &Mutation::Drop(0));
    assert_eq!(emptied, "");
    assert_eq!(apply(&emptied, &Mutation::Duplicate(1)), "");
}

proptest! {
    // No regressions file: a failure is printed with its case, and the
    // helpers above are total, so the test passes every run.
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

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
