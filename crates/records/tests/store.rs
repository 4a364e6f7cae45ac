//! The JSON Lines store: concurrent appends lose nothing, a bad line costs
//! nothing but itself, and the pending list.
#![allow(clippy::unwrap_used)]

mod common;

use common::{assert_valid_xapi, record};
use std::collections::BTreeSet;
use std::io::Write;
use std::process::Command;
use walkthrough_records::{Ending, RunMode, Store};

/// Set in the child processes of the concurrency test: the file to append to.
const CHILD_FILE: &str = "WALKTHROUGH_RECORDS_TEST_CHILD_FILE";
/// The child's trainee name.
const CHILD_NAME: &str = "WALKTHROUGH_RECORDS_TEST_CHILD_NAME";
const PROCESSES: usize = 6;
const PER_PROCESS: usize = 25;

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "walkthrough-records-{name}-{}-{}",
        std::process::id(),
        uuid::Uuid::new_v4()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Not a test on its own: the body of each child process of
/// `several_processes_appending_at_once_lose_nothing`.
#[test]
fn child_appends() {
    let (Ok(path), Ok(name)) = (std::env::var(CHILD_FILE), std::env::var(CHILD_NAME)) else {
        return;
    };
    let store = Store::new(path);
    for i in 0..PER_PROCESS {
        let mut r = record(&name, RunMode::Exam, Ending::Finished);
        r.wrong_actions = u32::try_from(i).unwrap();
        store.append(&r.statement()).unwrap();
    }
}

#[test]
fn several_processes_appending_at_once_lose_nothing() {
    let dir = temp_dir("concurrent");
    let path = dir.join("nested").join("records.jsonl");
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..PROCESSES)
        .map(|p| {
            Command::new(&exe)
                .args(["child_appends", "--exact", "--test-threads=1", "--quiet"])
                .env(CHILD_FILE, &path)
                .env(CHILD_NAME, format!("trainee-{p}"))
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let loaded = Store::new(&path).read().unwrap();
    assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    assert_eq!(loaded.statements.len(), PROCESSES * PER_PROCESS);
    let ids: BTreeSet<_> = loaded.statements.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), PROCESSES * PER_PROCESS);
    for p in 0..PROCESSES {
        let name = format!("trainee-{p}");
        let mine: Vec<u32> = loaded
            .statements
            .iter()
            .filter(|s| s.trainee() == name)
            .map(|s| {
                s.result.as_ref().unwrap().extensions["urn:walkthrough:xapi:wrong-actions"]
                    .as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .unwrap()
            })
            .collect();
        // Each process's statements, all there, in the order it wrote them.
        let want: Vec<u32> = (0..u32::try_from(PER_PROCESS).unwrap()).collect();
        assert_eq!(mine, want, "{name}");
    }
    // Every line is one whole statement.
    let text = std::fs::read_to_string(&path).unwrap();
    for line in text.lines() {
        assert_valid_xapi(&serde_json::from_str(line).unwrap());
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_truncated_last_line_is_skipped_with_a_warning_and_the_next_write_is_fine() {
    let dir = temp_dir("truncated");
    let store = Store::new(dir.join("records.jsonl"));
    let first = record("aiko", RunMode::Guided, Ending::Finished).statement();
    store.append(&first).unwrap();
    // A write cut short: half a statement, no newline.
    let half = record("ben", RunMode::Exam, Ending::Finished)
        .statement()
        .to_line()
        .unwrap();
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(store.path())
        .unwrap();
    file.write_all(&half.as_bytes()[..half.len() / 2]).unwrap();
    drop(file);
    let loaded = store.read().unwrap();
    assert_eq!(loaded.statements, vec![first.clone()]);
    assert_eq!(loaded.skipped.len(), 1);
    assert_eq!(loaded.skipped[0].line, 2);
    // The next write starts on a line of its own.
    let next = record("chika", RunMode::Exam, Ending::Abandoned).statement();
    store.append(&next).unwrap();
    let loaded = store.read().unwrap();
    assert_eq!(loaded.statements, vec![first, next]);
    assert_eq!(loaded.skipped.len(), 1);
    assert_eq!(loaded.skipped[0].line, 2);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn corrupt_lines_anywhere_cost_only_themselves() {
    let dir = temp_dir("corrupt");
    let store = Store::new(dir.join("records.jsonl"));
    let a = record("aiko", RunMode::Guided, Ending::Finished).statement();
    let b = record("ben", RunMode::Exam, Ending::TimedOut).statement();
    let text = format!(
        "{}\nnot json\n\n{{\"id\":\"x\"}}\n\u{FFFD}\u{0}\n{}\n",
        a.to_line().unwrap(),
        b.to_line().unwrap()
    );
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(&[0xff, 0xfe, b'\n']); // not UTF-8
    std::fs::write(store.path(), bytes).unwrap();
    let loaded = store.read().unwrap();
    assert_eq!(loaded.statements, vec![a, b]);
    let lines: Vec<usize> = loaded.skipped.iter().map(|s| s.line).collect();
    assert_eq!(lines, vec![2, 4, 5, 7]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_missing_file_has_no_records_and_an_unreadable_one_is_an_error() {
    let dir = temp_dir("missing");
    let loaded = Store::new(dir.join("none.jsonl")).read().unwrap();
    assert!(loaded.statements.is_empty() && loaded.skipped.is_empty());
    // A folder is not a records file.
    assert!(Store::new(&dir).read().is_err());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn pending_ids_are_noted_and_cleared() {
    let dir = temp_dir("pending");
    let store = Store::new(dir.join("records.jsonl"));
    assert!(store.pending().unwrap().is_empty());
    let ids: Vec<_> = (0..3).map(|_| uuid::Uuid::new_v4()).collect();
    for id in &ids {
        store.mark_pending(*id).unwrap();
    }
    store.mark_pending(ids[0]).unwrap();
    assert_eq!(store.pending().unwrap(), ids);
    store.clear_pending(&ids[..2]).unwrap();
    assert_eq!(store.pending().unwrap(), vec![ids[2]]);
    store.clear_pending(&ids).unwrap();
    assert!(store.pending().unwrap().is_empty());
    std::fs::remove_dir_all(dir).unwrap();
}
