//! Faults injected into the real binary running in a pseudo-terminal: every
//! signal, the terminal closed mid-run and after the end dialog, kill -9
//! after the end dialog, bracketed paste, a 100 KB paste, 2,000 held keys.
//! Each checks the exit code, that the terminal modes are put back, and that
//! the run's training record is in the file. Screens are waited for with
//! generous time limits; nothing here measures time.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

mod common;
mod pty;

use common::TempDir;
use nix::sys::signal::Signal;
use pty::Pty;
use std::path::{Path, PathBuf};
use walkthrough_records::statement::EXT_HINTS;
use walkthrough_records::{Statement, Store};

const BIN: &str = env!("CARGO_BIN_EXE_walkthrough");

/// The first screen of the create scenario, guided, with the guide drawn.
const FIRST_STEP: &str = "Step 1 of 8";

/// A guided run of the create scenario writing to `records`.
fn guided(records: &Path, extra: &[&str]) -> Pty {
    let mut args = vec![
        "run",
        "app-password-create",
        "--lang",
        "en-US",
        "--seed",
        "7",
        "--trainee",
        "aiko",
        "--records-file",
        records.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let pty = Pty::spawn(BIN, &args, &[], (120, 50));
    pty.wait_for(FIRST_STEP, 0).unwrap();
    pty
}

fn records_in(dir: &TempDir) -> PathBuf {
    dir.0.join("records.jsonl")
}

fn statements(path: &Path) -> Vec<Statement> {
    let loaded = Store::new(path).read().unwrap();
    assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    loaded.statements
}

fn verbs(path: &Path) -> Vec<String> {
    statements(path)
        .iter()
        .map(|s| s.verb_word().to_owned())
        .collect()
}

/// After the program ended by itself: the terminal is cooked again and every
/// mode it switched on is off.
fn assert_restored(pty: &Pty) {
    assert!(pty.cooked(), "the terminal is left raw:\n{}", pty.tail());
    assert_eq!(pty.modes_left_on(), Vec::<&str>::new(), "{}", pty.tail());
}

/// Skips every step from the Esc menu (Esc, down to "Skip this step",
/// Enter) until the end dialog shows.
fn finish_by_skipping(pty: &mut Pty) {
    for step in 1..=8 {
        let at = pty.len();
        pty.send(b"\x1b");
        pty.wait_for("Skip this step", at).unwrap();
        pty.send(b"\x1b[B\x1b[B\r");
        if step < 8 {
            pty.wait_for(&format!("Step {} of 8", step + 1), at)
                .unwrap();
        }
    }
    pty.wait_for("Well done", 0).unwrap();
}

/// Opens the Esc menu; `limit` is how long the keys before may take.
fn open_menu(pty: &mut Pty, limit: std::time::Duration) {
    let at = pty.len();
    pty.send(b"\x1b");
    pty.wait_for_within("Skip this step", at, limit).unwrap();
}

/// From the open Esc menu: down to Quit, Enter.
fn quit_from_menu(pty: &mut Pty) {
    pty.send(b"\x1b[B\x1b[B\x1b[B\x1b[B\r");
}

#[test]
fn every_ending_signal_keeps_the_record_and_restores_the_terminal() {
    // Every signal whose default action ends the process and that can be
    // caught without coming from a fault in the program itself.
    let signals = [
        Signal::SIGINT,
        Signal::SIGTERM,
        Signal::SIGHUP,
        Signal::SIGQUIT,
        Signal::SIGUSR1,
        Signal::SIGALRM,
        Signal::SIGUSR2,
        Signal::SIGVTALRM,
        Signal::SIGPROF,
        Signal::SIGXCPU,
        Signal::SIGXFSZ,
        Signal::SIGPWR,
        Signal::SIGSTKFLT,
        Signal::SIGIO,
        Signal::SIGABRT,
    ];
    for signal in signals {
        let dir = TempDir::new(&format!("pty-signal-{signal}"));
        let records = records_in(&dir);
        let mut pty = guided(&records, &[]);
        pty.signal(signal);
        assert_eq!(pty.wait_exit().unwrap(), 130, "{signal}: {}", pty.tail());
        assert_restored(&pty);
        assert_eq!(verbs(&records), ["attempted"], "{signal}");
    }
}

#[test]
fn a_finished_run_is_in_the_file_while_its_end_dialog_shows_and_kill_9_keeps_it() {
    let dir = TempDir::new("pty-kill-9");
    let records = records_in(&dir);
    let mut pty = guided(&records, &[]);
    finish_by_skipping(&mut pty);
    // Written before the dialog was drawn: no waiting for it here.
    assert_eq!(verbs(&records), ["completed"]);
    pty.signal(Signal::SIGKILL);
    assert_eq!(pty.wait_exit().unwrap(), 128 + 9);
    assert_eq!(verbs(&records), ["completed"]);
}

#[test]
fn closing_the_terminal_after_the_end_dialog_keeps_the_finished_run_once() {
    let dir = TempDir::new("pty-close-done");
    let records = records_in(&dir);
    let mut pty = guided(&records, &[]);
    finish_by_skipping(&mut pty);
    pty.close();
    assert_eq!(pty.wait_exit().unwrap(), 130);
    assert_eq!(verbs(&records), ["completed"]);
}

#[test]
fn closing_the_terminal_mid_run_keeps_an_abandoned_record() {
    let dir = TempDir::new("pty-close-mid");
    let records = records_in(&dir);
    let mut pty = guided(&records, &[]);
    pty.close();
    assert_eq!(pty.wait_exit().unwrap(), 130);
    assert_eq!(verbs(&records), ["attempted"]);
}

/// A terminal that takes no output (a stalled SSH session, output stopped):
/// the program is resized until its main thread sleeps in a write to the
/// terminal, then signalled. It must still end by itself, the terminal not
/// read meanwhile, with 128 + the signal's number, the terminal modes set
/// back, and the run's record (as attempted) in the file.
#[test]
fn a_signal_while_the_terminal_takes_no_output_keeps_the_record_and_ends() {
    for signal in [
        Signal::SIGINT,
        Signal::SIGHUP,
        Signal::SIGTERM,
        Signal::SIGUSR1,
    ] {
        let dir = TempDir::new(&format!("pty-stalled-{signal}"));
        let records = records_in(&dir);
        let mut pty = guided(&records, &[]);
        // One action, so the record is of a run under way.
        let at = pty.len();
        pty.send(b"\t");
        pty.settle(std::time::Duration::from_millis(300), pty::PATIENCE);
        assert!(pty.len() > at, "{signal}: the Tab was not drawn");
        pty.stall(true);
        let mut resizes = 0;
        while !pty.blocked_writing() {
            resizes += 1;
            assert!(
                resizes < 2000,
                "{signal}: never blocked writing to the terminal"
            );
            pty.resize(80 + resizes % 7, 24 + resizes % 5);
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        pty.signal(signal);
        let code = pty.wait_exit().unwrap();
        assert_eq!(code, 128 + signal as u32, "{signal}");
        assert!(pty.cooked(), "{signal}: the terminal is left raw");
        assert_eq!(verbs(&records), ["attempted"], "{signal}");
    }
}

/// Whether process `pid` is stopped (`T` in `/proc/PID/stat`).
fn stopped(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| {
            let after = stat.rfind(')')?;
            stat[after + 1..]
                .split_whitespace()
                .next()
                .map(|s| s == "T")
        })
        .unwrap_or(false)
}

/// Waits (within the tests' patience) until `pid` is stopped or not.
fn wait_stopped(pid: i32, want: bool) {
    let deadline = std::time::Instant::now() + pty::PATIENCE;
    while stopped(pid) != want {
        assert!(
            std::time::Instant::now() < deadline,
            "never {}",
            if want { "stopped" } else { "went on" }
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// SIGTSTP (as `kill -TSTP`) and the Ctrl-Z key stop the program with the
/// terminal put back (cooked, the alternate screen and mouse left); on
/// SIGCONT (the shell's `fg`) it is raw again, back on the alternate screen,
/// drawn whole, and takes keys as before.
#[test]
fn a_stop_puts_the_terminal_back_and_going_on_takes_it_again() {
    for how in ["kill -TSTP", "Ctrl-Z"] {
        let dir = TempDir::new("pty-job-control");
        let records = records_in(&dir);
        let mut pty = guided(&records, &[]);
        match how {
            "kill -TSTP" => pty.signal(Signal::SIGTSTP),
            _ => pty.send(b"\x1a"),
        }
        wait_stopped(pty.pid(), true);
        pty.settle(std::time::Duration::from_millis(200), pty::PATIENCE);
        assert!(
            pty.cooked(),
            "{how}: the terminal is left raw while stopped"
        );
        assert_eq!(pty.modes_left_on(), Vec::<&str>::new(), "{how}");
        let at = pty.len();
        pty.signal(Signal::SIGCONT);
        wait_stopped(pty.pid(), false);
        let (back, _) = pty.wait_for("\x1b[?1049h", at).unwrap();
        pty.wait_for(FIRST_STEP, back)
            .unwrap_or_else(|e| panic!("{how}: not drawn again: {e}"));
        assert!(!pty.cooked(), "{how}: not raw again after going on");
        let on = pty.modes_left_on();
        for mode in ["alternate screen", "mouse capture", "bracketed paste"] {
            assert!(on.contains(&mode), "{how}: {mode} not on again: {on:?}");
        }
        // Keys are taken as before: Esc opens the menu, not `^[`.
        open_menu(&mut pty, pty::PATIENCE);
        pty.signal(Signal::SIGTERM);
        assert_eq!(pty.wait_exit().unwrap(), 130, "{how}");
        assert_restored(&pty);
        assert_eq!(verbs(&records), ["attempted"], "{how}");
    }
}

#[test]
fn an_incomplete_escape_sequence_then_sigint_keeps_the_record() {
    for bytes in [&b"\x1bO"[..], &b"\x1b[\t"[..]] {
        let dir = TempDir::new(&format!("pty-escape-{}", bytes.len()));
        let records = records_in(&dir);
        let mut pty = guided(&records, &[]);
        pty.send(bytes);
        pty.signal(Signal::SIGINT);
        assert_eq!(pty.wait_exit().unwrap(), 130, "{bytes:?}: {}", pty.tail());
        assert_restored(&pty);
        assert_eq!(verbs(&records), ["attempted"], "{bytes:?}");
    }
}

/// Each kind of escape sequence cut short, then (after a pause longer than
/// the silence that ends it) keys that act: F1 shows the step's hint, Esc
/// opens the menu, the menu's Quit ends the run.
#[test]
fn an_incomplete_escape_sequence_holds_no_key_after_it() {
    let kinds: [(&str, &[u8]); 8] = [
        ("paste start without its end", b"\x1b[200~"),
        (
            "paste start and text without its end",
            b"\x1b[200~pasted@half",
        ),
        ("SGR mouse report cut short", b"\x1b[<0;5"),
        ("X10 mouse report cut short", b"\x1b[M "),
        ("OSC without its terminator", b"\x1b]0;x"),
        ("DCS without its terminator", b"\x1bP"),
        ("CSI cut short", b"\x1b[1;"),
        ("SS3 cut short", b"\x1bO"),
    ];
    for (name, bytes) in kinds {
        let dir = TempDir::new(&format!("pty-incomplete-{}", name.replace(' ', "-")));
        let records = records_in(&dir);
        let mut pty = guided(&records, &[]);
        let start = pty.len();
        pty.send(bytes);
        // Longer than the 50 ms of silence that ends an incomplete sequence,
        // on any machine: the keys below come after it.
        std::thread::sleep(std::time::Duration::from_millis(400));
        let at = pty.len();
        pty.send(b"\x1bOP");
        pty.wait_for("Hint", at)
            .unwrap_or_else(|e| panic!("{name}: F1 after it: {e}"));
        open_menu(&mut pty, pty::PATIENCE);
        quit_from_menu(&mut pty);
        assert_eq!(pty.wait_exit().unwrap(), 0, "{name}: {}", pty.tail());
        assert_restored(&pty);
        let all = statements(&records);
        assert_eq!(all.len(), 1, "{name}");
        assert_eq!(all[0].verb_word(), "attempted", "{name}");
        assert_eq!(all[0].count(EXT_HINTS), Some(1), "{name}");
        // A paste whose end never came ends at the silence, into the
        // focused field; nothing else is typed anywhere.
        let typed = pty.text_from(start);
        assert_eq!(
            typed.contains("pasted@half"),
            bytes.ends_with(b"half"),
            "{name}"
        );
        assert!(!typed.contains("0;x"), "{name}");
    }
}

/// A resize is taken when it comes, with no key after it: too small, the
/// note asking for a bigger window; big enough again, the step.
#[test]
fn a_resize_redraws_without_a_key() {
    let dir = TempDir::new("pty-resize");
    let records = records_in(&dir);
    let mut pty = guided(&records, &[]);
    let at = pty.len();
    pty.resize(60, 20);
    pty.wait_for("too small", at).unwrap();
    let at = pty.len();
    pty.resize(120, 50);
    pty.wait_for(FIRST_STEP, at).unwrap();
    open_menu(&mut pty, pty::PATIENCE);
    quit_from_menu(&mut pty);
    assert_eq!(pty.wait_exit().unwrap(), 0, "{}", pty.tail());
    assert_restored(&pty);
    assert_eq!(verbs(&records), ["attempted"]);
}

/// The real-time signals end a run as SIGTERM does: the record kept, the
/// terminal put back, exit 130.
#[test]
fn a_real_time_signal_keeps_the_record_and_restores_the_terminal() {
    for signal in [nix::libc::SIGRTMIN(), nix::libc::SIGRTMAX()] {
        let dir = TempDir::new(&format!("pty-signal-rt-{signal}"));
        let records = records_in(&dir);
        let mut pty = guided(&records, &[]);
        let status = std::process::Command::new("kill")
            .args(["-s", &signal.to_string(), &pty.pid().to_string()])
            .status()
            .unwrap();
        assert!(status.success(), "kill -s {signal}");
        assert_eq!(pty.wait_exit().unwrap(), 130, "{signal}: {}", pty.tail());
        assert_restored(&pty);
        assert_eq!(verbs(&records), ["attempted"], "{signal}");
    }
}

#[test]
fn a_bracketed_paste_goes_into_the_focused_field_and_keys_go_on() {
    let dir = TempDir::new("pty-paste");
    let records = records_in(&dir);
    let mut pty = guided(&records, &[]);
    let text = pty.text();
    assert!(
        text.contains("\x1b[?2004h"),
        "bracketed paste is switched on"
    );
    let at = pty.len();
    pty.send(b"\x1b[200~pasted@contoso\x1b[201~");
    pty.wait_for("pasted@contoso", at).unwrap();
    // Escape sequences inside a paste are dropped whole, not typed less
    // their ESC; an 8-bit CSI key types nothing.
    let at = pty.len();
    pty.send(b"\x1b[200~.x\x1b[31my\x1b]0;t\x07z\x1b[201~\x9b31~");
    pty.wait_for("pasted@contoso.xyz", at).unwrap();
    pty.settle(std::time::Duration::from_millis(300), pty::PATIENCE);
    assert!(!pty.text_from(at).contains("xyz31~"), "{}", pty.tail());
    // Later keys still arrive: F1 shows the step's hint.
    let at = pty.len();
    pty.send(b"\x1bOP");
    pty.wait_for("Hint", at).unwrap();
    // Over the menu, a paste is ignored: nothing is typed anywhere.
    open_menu(&mut pty, pty::PATIENCE);
    let at = pty.len();
    pty.send(b"\x1b[200~ignored@contoso\x1b[201~");
    quit_from_menu(&mut pty);
    assert_eq!(pty.wait_exit().unwrap(), 0, "{}", pty.tail());
    assert!(!pty.text_from(at).contains("ignored@contoso"));
    assert_restored(&pty);
    let all = statements(&records);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].verb_word(), "attempted");
    assert_eq!(all[0].count(EXT_HINTS), Some(1));
}

#[test]
fn a_100_kb_paste_does_not_freeze_input() {
    let dir = TempDir::new("pty-paste-100k");
    let records = records_in(&dir);
    let mut pty = guided(&records, &[]);
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend(std::iter::repeat_n(b'x', 100 * 1024 - 5));
    paste.extend_from_slice(b"tail!");
    paste.extend_from_slice(b"\x1b[201~");
    let at = pty.len();
    pty.send_chunked(&paste, 4096);
    pty.wait_for("tail!", at).unwrap();
    let at = pty.len();
    pty.send(b"\x1bOP");
    pty.wait_for("Hint", at).unwrap();
    pty.signal(Signal::SIGTERM);
    assert_eq!(pty.wait_exit().unwrap(), 130);
    assert_restored(&pty);
    let all = statements(&records);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].count(EXT_HINTS), Some(1));
}

#[test]
fn two_thousand_held_keys_are_each_taken() {
    let dir = TempDir::new("pty-held");
    let records = records_in(&dir);
    let mut pty = guided(&records, &[]);
    // F1 held down: each press is read (the menu below comes only after
    // all of them), and is one hint: the hint already shown is not asked
    // for again. A terminal sends each key's bytes in one write.
    let held = b"\x1bOP".repeat(2000);
    pty.send_chunked(&held, 63);
    // Then the menu: it comes only after all of them.
    open_menu(&mut pty, pty::PATIENCE);
    quit_from_menu(&mut pty);
    assert_eq!(pty.wait_exit().unwrap(), 0, "{}", pty.tail());
    assert_restored(&pty);
    let all = statements(&records);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].count(EXT_HINTS), Some(1));
}

#[test]
fn a_records_file_that_cannot_be_written_is_refused_before_the_run() {
    let dir = TempDir::new("pty-unwritable");
    // A folder where the file should be.
    let pty_args = ["run", "app-password-create", "--records-file", dir.path()];
    let mut pty = Pty::spawn(BIN, &pty_args, &[], (120, 50));
    assert_eq!(pty.wait_exit().unwrap(), 2);
    let text = pty.text();
    assert!(text.contains("Cannot write training records to"), "{text}");
    assert!(
        !text.contains("\x1b[?1049h"),
        "the run did not start: {text:?}"
    );
}

#[test]
fn a_speed_that_is_not_a_number_of_seconds_is_bad_input() {
    for speed in ["NaN", "inf", "-inf", "-1", "1e400", "fast", "-fast"] {
        // Joined with `=` and as the next argument: a value that starts
        // with `-` is still taken for the value, and said to be one.
        for args in [
            vec![format!("--speed={speed}")],
            vec!["--speed".to_owned(), speed.to_owned()],
        ] {
            let out = std::process::Command::new(BIN)
                .args(["run", "app-password-create", "--mode", "demo"])
                .args(&args)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains("--speed"), "{args:?}: {err}");
            assert!(
                err.contains("expected a number of seconds"),
                "{args:?}: {err}"
            );
        }
    }
}

#[test]
fn a_terminal_that_goes_away_without_sighup_is_noticed_and_the_run_kept() {
    // SIGHUP blocked (the mask survives exec): only the terminal itself can
    // say it is gone.
    let dir = TempDir::new("pty-no-sighup");
    let records = records_in(&dir);
    let block =
        "use POSIX; sigprocmask(SIG_BLOCK, POSIX::SigSet->new(SIGHUP)) or die; exec @ARGV or die";
    let args = [
        "-e",
        block,
        BIN,
        "run",
        "app-password-create",
        "--trainee",
        "aiko",
        "--records-file",
        records.to_str().unwrap(),
    ];
    let mut pty = Pty::spawn("perl", &args, &[], (120, 50));
    pty.wait_for(FIRST_STEP, 0).unwrap();
    pty.close();
    assert_eq!(pty.wait_exit().unwrap(), 130);
    assert_eq!(verbs(&records), ["attempted"]);
}

#[test]
fn runs_from_the_start_menu_are_each_in_the_file_as_they_end() {
    let dir = TempDir::new("pty-menu");
    let records = records_in(&dir);
    let args = [
        "--lang",
        "en-US",
        "--trainee",
        "aiko",
        "--records-file",
        records.to_str().unwrap(),
    ];
    let mut pty = Pty::spawn(BIN, &args, &[], (120, 50));
    pty.wait_for("Start", 0).unwrap();
    pty.wait_for("Quit", 0).unwrap();
    // The first procedure, guided, English: Tab past the choices (the four
    // procedures, three modes, two languages) to Start.
    let at = pty.len();
    pty.send(&b"\t".repeat(9));
    pty.send(b"\r");
    pty.wait_for(FIRST_STEP, at).unwrap();
    finish_by_skipping(&mut pty);
    assert_eq!(verbs(&records), ["completed"]);
    // The next trainee's run, from the menu again, cut short by kill -9:
    // the finished one stays.
    // The end dialog's focus starts on "Back to the menu".
    let at = pty.len();
    pty.send(b"\r");
    pty.wait_for("Procedure", at).unwrap();
    pty.signal(Signal::SIGKILL);
    assert_eq!(pty.wait_exit().unwrap(), 128 + 9);
    assert_eq!(verbs(&records), ["completed"]);
}

/// Finishes a guided run by skipping every step; the end dialog shows.
fn finished_run(records: &Path, lang: &str) -> Pty {
    let args = [
        "run",
        "app-password-create",
        "--lang",
        lang,
        "--seed",
        "7",
        "--trainee",
        "aiko",
        "--records-file",
        records.to_str().unwrap(),
    ];
    Pty::spawn(BIN, &args, &[], (120, 50))
}

#[test]
fn a_record_the_file_cannot_take_is_said_in_the_result_dialog_kept_beside_it_and_exit_1() {
    // The records file as the run starts is fine (it does not exist yet);
    // before the run ends it becomes a folder, a FIFO, or a full disk.
    type Fault = fn(&Path);
    let faults: [(&str, Fault, &str); 3] = [
        (
            "folder",
            |p| std::fs::create_dir(p).unwrap(),
            "it is not a regular file",
        ),
        (
            "fifo",
            |p| {
                nix::unistd::mkfifo(p, nix::sys::stat::Mode::S_IRWXU).unwrap();
            },
            "it is not a regular file",
        ),
        (
            "full",
            |p| std::os::unix::fs::symlink("/dev/full", p).unwrap(),
            "the disk is full",
        ),
    ];
    for (name, fault, why) in faults {
        let dir = TempDir::new(&format!("pty-unsaved-{name}"));
        let records = records_in(&dir);
        let mut pty = finished_run(&records, "en-US");
        pty.wait_for(FIRST_STEP, 0).unwrap();
        fault(&records);
        finish_by_skipping(&mut pty);
        pty.wait_for("NOT saved", 0).unwrap();
        pty.wait_for(why, 0).unwrap();
        // The end dialog's focus is on Quit.
        pty.send(b"\r");
        assert_eq!(pty.wait_exit().unwrap(), 1, "{name}: {}", pty.tail());
        assert_restored(&pty);
        let fallback = dir.0.join("records.jsonl.unsaved.jsonl");
        assert_eq!(verbs(&fallback), ["completed"], "{name}");
        let text = pty.text();
        assert!(
            text.contains("unsaved.jsonl instead"),
            "{name}: said after the run too"
        );
    }
}

#[test]
fn a_record_not_saved_is_said_in_the_trainees_language() {
    let dir = TempDir::new("pty-unsaved-ja");
    let records = records_in(&dir);
    let mut pty = finished_run(&records, "ja-JP");
    pty.wait_for("手順 1 / 8", 0).unwrap();
    std::fs::create_dir(&records).unwrap();
    for _ in 1..=8 {
        let at = pty.len();
        pty.send(b"\x1b");
        pty.wait_for("この手順をスキップ", at).unwrap();
        pty.send(b"\x1b[B\x1b[B\r");
    }
    // The sentence wraps in the dialog: its first words, then the reason.
    pty.wait_for("学習記録は", 0).unwrap();
    pty.wait_for("通常のファイルではありません", 0).unwrap();
    pty.send(b"\r");
    assert_eq!(pty.wait_exit().unwrap(), 1, "{}", pty.tail());
    let fallback = dir.0.join("records.jsonl.unsaved.jsonl");
    assert_eq!(verbs(&fallback), ["completed"]);
}

#[test]
fn ctrl_c_while_sending_to_an_lrs_that_never_answers_stops_at_once_and_keeps_it_pending() {
    use walkthrough_records::stand_in::{Reply, StandInLrs};
    let dir = TempDir::new("pty-lrs-never");
    let records = records_in(&dir);
    let lrs = StandInLrs::script(vec![Reply::Never]).unwrap();
    let args = [
        "run",
        "app-password-create",
        "--lang",
        "en-US",
        "--trainee",
        "aiko",
        "--records-file",
        records.to_str().unwrap(),
        "--record-to",
        &lrs.endpoint,
    ];
    // Longer than the test waits for an exit: only Ctrl-C can end it in time.
    let env = [("WALKTHROUGH_LRS_TIMEOUT", "3600")];
    let mut pty = Pty::spawn(BIN, &args, &env, (120, 50));
    pty.wait_for(FIRST_STEP, 0).unwrap();
    open_menu(&mut pty, pty::PATIENCE);
    quit_from_menu(&mut pty);
    pty.wait_for("Sending the training record to", 0).unwrap();
    assert_eq!(lrs.next().unwrap().method, "POST");
    // The terminal is cooked again: Ctrl-C is SIGINT.
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit().unwrap(), 130, "{}", pty.tail());
    assert_restored(&pty);
    let text = pty.text();
    assert!(text.contains("stays pending"), "{text}");
    assert!(text.contains("walkthrough records --sync"), "{text}");
    let all = statements(&records);
    assert_eq!(all.len(), 1);
    assert_eq!(Store::new(&records).pending().unwrap(), [all[0].id]);
}

#[test]
fn a_failed_send_after_a_run_exits_1() {
    use walkthrough_records::stand_in::StandInLrs;
    let dir = TempDir::new("pty-lrs-500");
    let records = records_in(&dir);
    let lrs = StandInLrs::serve(500, 1).unwrap();
    let args = [
        "run",
        "app-password-create",
        "--lang",
        "en-US",
        "--trainee",
        "aiko",
        "--records-file",
        records.to_str().unwrap(),
        "--record-to",
        &lrs.endpoint,
    ];
    let mut pty = Pty::spawn(BIN, &args, &[], (120, 50));
    pty.wait_for(FIRST_STEP, 0).unwrap();
    open_menu(&mut pty, pty::PATIENCE);
    quit_from_menu(&mut pty);
    assert_eq!(pty.wait_exit().unwrap(), 1, "{}", pty.tail());
    assert!(pty.text().contains("Could not send"), "{}", pty.tail());
    assert_eq!(statements(&records).len(), 1);
}

#[test]
fn a_signal_at_the_start_menu_exits_130_as_in_a_run() {
    for signal in [Signal::SIGINT, Signal::SIGTERM] {
        let dir = TempDir::new(&format!("pty-menu-signal-{signal}"));
        let records = records_in(&dir);
        let args = [
            "--lang",
            "en-US",
            "--trainee",
            "aiko",
            "--records-file",
            records.to_str().unwrap(),
        ];
        let mut pty = Pty::spawn(BIN, &args, &[], (120, 50));
        pty.wait_for("Quit", 0).unwrap();
        pty.signal(signal);
        assert_eq!(pty.wait_exit().unwrap(), 130, "{signal}: {}", pty.tail());
        assert_restored(&pty);
        assert!(!records.exists(), "no run, no record");
    }
}

#[test]
fn an_os_error_the_cli_prints_has_its_sentence_then_the_system_message_on_its_own_line() {
    let dir = TempDir::new("os-error");
    let file = dir.0.join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let out = std::process::Command::new(BIN)
        .args(["--lang", "en-US", "--scenarios"])
        .arg(&file)
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert_eq!(lines[0], format!("Cannot read {}.", file.display()));
    assert!(lines[1].starts_with("  system message: "), "{err}");
    assert!(lines[1].contains("os error"), "{err}");
}

#[test]
fn function_keys_past_f12_other_dialects_and_over_long_strings_neither_crash_nor_type() {
    let dir = TempDir::new("pty-keys");
    let records = records_in(&dir);
    let mut pty = guided(&records, &[]);
    let at = pty.len();
    // F13–F20 as the VT220, the Linux console and rxvt send them
    // (Shift+F3…F10), with modifiers, and xterm's F13–F63 forms.
    for keys in [
        &b"\x1b[25~\x1b[26~\x1b[28~\x1b[34~"[..],
        b"\x1b[25;5~\x1b[26;2~\x1b[26$\x1b[26^\x1b[26@",
        b"\x1b[1;2P\x1b[1;6S\x1b[24;8~\x1b[99~",
    ] {
        pty.send(keys);
    }
    // An OSC over its bound with BEL, a CSI with 200 parameter bytes, an
    // OSC over its bound with no end at all (the silence ends it).
    let mut osc = b"\x1b]52;c;".to_vec();
    osc.extend(std::iter::repeat_n(b'Z', 6000));
    osc.push(0x07);
    pty.send_chunked(&osc, 1000);
    let mut csi = b"\x1b[".to_vec();
    csi.extend(std::iter::repeat_n(b'1', 200));
    csi.push(b'~');
    pty.send(&csi);
    let mut open = b"\x1b]52;c;".to_vec();
    open.extend(std::iter::repeat_n(b'Y', 6000));
    pty.send_chunked(&open, 1000);
    std::thread::sleep(std::time::Duration::from_millis(300));
    pty.send(b"\x1b[200~after@contoso\x1b[201~");
    pty.wait_for("after@contoso", at).unwrap();
    // The Linux console's F1: the hint, not a letter in the field.
    let at_hint = pty.len();
    pty.send(b"\x1b[[A");
    pty.wait_for("Hint", at_hint).unwrap();
    let shown = pty.text_from(at);
    for typed in ["ZZZZ", "YYYY", "1111", "after@contosoA"] {
        assert!(!shown.contains(typed), "{typed} was typed:\n{}", pty.tail());
    }
    pty.signal(Signal::SIGTERM);
    assert_eq!(pty.wait_exit().unwrap(), 130, "{}", pty.tail());
    assert_restored(&pty);
    let all = statements(&records);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].count(EXT_HINTS), Some(1));
}

/// Holds an exclusive lock (`flock(2)`) on `path` from another process
/// until dropped; one process, so killing it frees the lock.
struct HeldLock(std::process::Child);

impl HeldLock {
    fn on(path: &Path) -> HeldLock {
        let hold = r#"use Fcntl ":flock"; open(F, ">>", $ARGV[0]) or die; flock(F, LOCK_EX) or die; sleep 60"#;
        let mut child = std::process::Command::new("perl")
            .args(["-e", hold, path.to_str().unwrap()])
            .spawn()
            .unwrap();
        // Until the lock is taken the file may not even exist.
        let start = std::time::Instant::now();
        loop {
            // `flock -n` fails (exit 1) while another holds the lock.
            let free = std::process::Command::new("flock")
                .args(["-n", path.to_str().unwrap(), "true"])
                .status()
                .unwrap();
            if !free.success() {
                return HeldLock(child);
            }
            assert!(start.elapsed() < pty::PATIENCE, "the lock was never taken");
            assert!(child.try_wait().unwrap().is_none(), "the lock holder ended");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

impl Drop for HeldLock {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_records_file_locked_by_another_process_is_waited_for_within_a_bound_then_the_record_is_kept_beside_it(
) {
    let dir = TempDir::new("pty-locked");
    let records = records_in(&dir);
    let lock = HeldLock::on(&records);
    let mut pty = finished_run(&records, "en-US");
    pty.wait_for(FIRST_STEP, 0).unwrap();
    let at = pty.len();
    finish_by_skipping(&mut pty);
    // The wait is said on screen, then the result dialog is drawn over it.
    let (waiting, _) = pty
        .wait_for("another program has the records file locked", at)
        .unwrap();
    let (not_saved, _) = pty.wait_for("NOT saved", at).unwrap();
    assert!(waiting < not_saved, "said while waiting, before the result");
    pty.wait_for("another program kept it locked", 0).unwrap();
    pty.send(b"\r");
    assert_eq!(pty.wait_exit().unwrap(), 1, "{}", pty.tail());
    assert_restored(&pty);
    drop(lock);
    assert_eq!(verbs(&records), Vec::<String>::new());
    let fallback = dir.0.join("records.jsonl.unsaved.jsonl");
    assert_eq!(verbs(&fallback), ["completed"]);
    assert!(pty.text().contains("unsaved.jsonl instead"));
}

#[test]
fn a_signal_while_the_record_waits_for_a_locked_file_keeps_it_beside_it_and_says_where() {
    for signal in [Signal::SIGTERM, Signal::SIGHUP, Signal::SIGINT] {
        let dir = TempDir::new("pty-locked-signal");
        let records = records_in(&dir);
        let lock = HeldLock::on(&records);
        let mut pty = finished_run(&records, "en-US");
        pty.wait_for(FIRST_STEP, 0).unwrap();
        finish_by_skipping(&mut pty);
        // The last step's Enter is in; the record is waiting for the lock
        // (nothing is drawn meanwhile): signalled well inside the 5 s wait,
        // well after the key was read.
        std::thread::sleep(std::time::Duration::from_secs(2));
        pty.signal(signal);
        assert_eq!(pty.wait_exit().unwrap(), 130, "{signal}: {}", pty.tail());
        assert_restored(&pty);
        drop(lock);
        let fallback = dir.0.join("records.jsonl.unsaved.jsonl");
        assert_eq!(verbs(&fallback), ["completed"], "{signal}");
        assert_eq!(verbs(&records), Vec::<String>::new(), "{signal}");
        let text = pty.text();
        assert!(
            text.contains("unsaved.jsonl instead"),
            "{signal}: stderr says where: {}",
            pty.tail()
        );
    }
}
