//! `walkthrough run` and the start menu: the cursive front end, then the
//! training records of the guided runs and exams that ended.

use crate::args::{RunArgs, RunMode, TrainingArgs};
use crate::commands::records::{
    lrs, lrs_error, no_data_dir, resolve_store, sent_to, store_error, with_detail,
};
use crate::context::{portal_options, Context, Words};
use crate::error::CliError;
use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::{Arg, Localizer};
use walkthrough_records::{
    home_page, local_home_page, redact, send_unkept, store::LOCK_WAIT, Delivery, Ending, Lrs,
    RunRecord, Statement, Store, StoreError, Uuid,
};
use walkthrough_scenario::Library;
use walkthrough_tui::{Mode, RunConfig, RunSink, RunSummary};

/// The exit code after a signal ended a run (or the start menu), as shells
/// expect of SIGINT, whichever ending signal it was.
const INTERRUPTED: u8 = 130;

/// Exit code of the runs: 130 when a signal (or the terminal going away)
/// ended the last, else 1 when a record could not be saved to the records
/// file or sent to the LRS, else 0. A signal goes first, also over a record
/// not saved: a script stops on 130 as on Ctrl-C anywhere, and the record
/// not saved is kept in a fallback file and named on stderr either way.
fn exit_code(summary: Option<&RunSummary>, kept_all: bool) -> u8 {
    if summary.is_some_and(|s| s.interrupted) {
        INTERRUPTED
    } else if !kept_all {
        1
    } else {
        0
    }
}

/// The front end draws on a terminal; without one, say so and what to use instead.
fn need_terminal(ctx: &Context) -> Result<(), CliError> {
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        return Ok(());
    }
    Err(CliError::Said(ctx.text("cli-needs-terminal", &[])))
}

/// The front end's settings: it shares the locales for the whole run.
fn config(
    localizer: Arc<Localizer>,
    locale: LanguageIdentifier,
    seed: Option<u64>,
    time_limit: Option<u64>,
) -> RunConfig {
    let mut config = RunConfig::new(localizer, locale);
    config.options = portal_options(seed);
    config.time_limit = time_limit.map(Duration::from_secs);
    config
}

/// What becomes of the runs' training records.
pub struct Recording {
    /// Who ran them.
    pub trainee: String,
    /// The seed given with `--seed`.
    pub seed: Option<u64>,
    /// The records file, or why there is none.
    pub store: Result<Store, StoreError>,
    /// The Learning Record Store to send them to, and its endpoint as given.
    pub lrs: Option<(Lrs, String)>,
    /// The `homePage` of the trainee's account (`--home-page`, else this
    /// machine's, see [`local_home_page`]).
    pub home_page: String,
    /// The attempt sequence of every run of this invocation (xAPI
    /// `context.registration`): a start-menu session, or one `run` with its
    /// restarts, share one.
    pub registration: Uuid,
}

impl Recording {
    /// The recording `args` ask for (none with `--no-record`); a bad
    /// `--record-to` is bad input, found before anything runs.
    pub fn from_args(
        words: Words<'_>,
        args: &TrainingArgs,
        seed: Option<u64>,
    ) -> Result<Option<Recording>, CliError> {
        if args.no_record {
            return Ok(None);
        }
        let lrs = match &args.record_to {
            Some(url) => Some((lrs(words, url)?, url.trim().to_owned())),
            None => None,
        };
        let home_page = match args.home_page.as_deref().map(str::trim) {
            Some(url) => home_page(url).ok_or_else(|| {
                CliError::Said(words.text("cli-bad-home-page", &[("url", Arg::Text(redact(url)))]))
            })?,
            None => local_home_page(whoami::fallible::hostname().ok().as_deref()),
        };
        if let Some(path) = &args.records_file {
            CliError::refuse_non_regular_to_write(words, path)?;
        }
        if args.trainee.as_deref().is_some_and(|t| t.trim().is_empty()) {
            return Err(CliError::Said(words.text("cli-trainee-blank", &[])));
        }
        Ok(Some(Recording {
            trainee: args.trainee.clone().unwrap_or_else(os_user),
            seed,
            store: resolve_store(args.records_file.as_deref()),
            lrs,
            home_page,
            registration: Uuid::new_v4(),
        }))
    }
}

/// The name the person is logged in as, else `trainee`.
fn os_user() -> String {
    whoami::fallible::username()
        .ok()
        .or_else(|| {
            ["USER", "USERNAME", "LOGNAME"]
                .iter()
                .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        })
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "trainee".to_owned())
}

/// What [`keep_records`] did.
#[derive(Debug, Default)]
pub struct Kept {
    /// The statements made, in the order of the runs.
    pub statements: Vec<Statement>,
    /// How many were written to the records file.
    pub stored: usize,
    /// How many were sent to the LRS.
    pub sent: usize,
    /// How many were noted as pending (in the file, not sent).
    pub pending: usize,
}

/// The training record of a run, for `recording`'s trainee, seed, home page
/// and registration: `None` for a demo, which records nothing.
pub fn record(
    summary: &RunSummary,
    recording: &Recording,
    library: &Library,
    localizer: &Localizer,
) -> Option<RunRecord> {
    let mode = match summary.mode {
        Mode::Guided => walkthrough_records::RunMode::Guided,
        Mode::Exam => walkthrough_records::RunMode::Exam,
        Mode::Demo => return None,
    };
    let title_in = |locale: &LanguageIdentifier| match library.get(&summary.scenario) {
        Ok(scenario) => localizer.format(locale, &scenario.title, &[]),
        Err(_) => summary.scenario.clone(),
    };
    // Every real language the program ships, whatever the run's: one
    // activity, one definition.
    let real = localizer.real();
    let titles = real.iter().map(|l| (l.to_string(), title_in(l))).collect();
    let ending = if summary.timed_out {
        Ending::TimedOut
    } else if summary.finished {
        Ending::Finished
    } else {
        Ending::Abandoned
    };
    let mut record = RunRecord {
        trainee: recording.trainee.clone(),
        scenario: summary.scenario.clone(),
        titles,
        language: summary.locale.to_string(),
        mode,
        ending,
        goal_met: summary.goal_met,
        steps: summary.steps,
        duration: summary.elapsed,
        step_times: summary.step_times.clone(),
        wrong_actions: summary.wrong_actions,
        hints: summary.hints,
        skipped: summary.skipped,
        seed: recording.seed,
        time_limit: summary.time_limit,
        timestamp: timestamp(summary.ended),
        verb_words: Default::default(),
        home_page: recording.home_page.clone(),
        registration: recording.registration,
    };
    // The verb in every real language but en-US (ADL's word): the words the
    // records table shows.
    let id = format!("cli-records-result-{}", record.verb().word());
    record.verb_words = real
        .iter()
        .filter(|l| l.to_string() != "en-US")
        .map(|l| (l.to_string(), localizer.format(l, &id, &[])))
        .collect();
    Some(record)
}

/// When a run ended, to the millisecond (as LRSs keep it).
fn timestamp(ended: std::time::SystemTime) -> jiff::Timestamp {
    let ts = jiff::Timestamp::try_from(ended).unwrap_or_else(|_| jiff::Timestamp::now());
    ts.round(jiff::Unit::Millisecond).unwrap_or(ts)
}

/// A run's statement and what became of it when the run ended.
#[derive(Debug)]
pub struct Made {
    /// The statement.
    pub statement: Statement,
    /// Whether it was appended to the records file.
    pub stored: bool,
    /// Whether it was noted as pending (an LRS is to be sent to).
    pub pending: bool,
    /// Why it could not be stored or noted, if so.
    pub error: Option<StoreError>,
    /// Where it was kept instead when the records file did not take it
    /// (see [`keep_elsewhere`]); `None` when it was stored, or could be
    /// kept nowhere.
    pub kept_in: Option<PathBuf>,
}

/// How long a record waits for a locked records file before the wait is
/// said on screen.
const SAY_WAITING_AFTER: Duration = Duration::from_millis(300);

/// Writes the training record of one run the moment it ends: appends its
/// statement to the records file and, when an LRS is to be sent to, notes it
/// as pending at once, so a process killed before sending leaves it for
/// `walkthrough records --sync`. A statement the records file does not take
/// (a full disk, the file replaced by a folder or a FIFO) is kept in a
/// fallback file instead ([`keep_elsewhere`]), as is one whose file another
/// process held locked for [`LOCK_WAIT`] or until a signal came. `None` for
/// a demo, which records nothing.
pub fn store_run(
    summary: &RunSummary,
    recording: &Recording,
    library: &Library,
    localizer: &Localizer,
) -> Option<Made> {
    let statement = record(summary, recording, library, localizer)?.statement();
    let mut made = Made {
        statement,
        stored: false,
        pending: false,
        error: None,
        kept_in: None,
    };
    match &recording.store {
        Ok(store) => {
            // Not waited on without bound (another program may hold the
            // file locked), nor at all once a signal came: it is kept in a
            // fallback file instead.
            // Past a moment, the wait is said on screen.
            let asked = std::time::Instant::now();
            let said = std::cell::Cell::new(false);
            let give_up = || {
                if !said.get() && asked.elapsed() >= SAY_WAITING_AFTER {
                    said.set(true);
                    let text = localizer.format(&summary.locale, "cli-record-waiting", &[]);
                    walkthrough_tui::say_meanwhile(&text);
                }
                walkthrough_tui::signalled()
            };
            match store.append_within(&made.statement, LOCK_WAIT, &give_up) {
                Ok(()) => made.stored = true,
                Err(e) => made.error = Some(e),
            }
            if made.stored && recording.lrs.is_some() {
                match store.mark_pending(made.statement.id) {
                    Ok(()) => made.pending = true,
                    Err(e) => made.error = Some(e),
                }
            }
            if !made.stored {
                made.kept_in = keep_elsewhere(&made.statement, Some(store.path()));
            }
        }
        Err(_) => made.kept_in = keep_elsewhere(&made.statement, None),
    }
    Some(made)
}

/// The places a statement goes when the records file does not take it, in
/// order: beside the records file (`<its name>.unsaved.jsonl`), the data
/// folder (`records.unsaved.jsonl`), the temporary folder
/// (`walkthrough-unsaved-<statement id>.jsonl`). Each is a records file of
/// its own (JSON Lines, one xAPI statement a line): `walkthrough records
/// --records-file` reads it, and its lines can be appended to the real one.
pub fn fallback_places(records: Option<&Path>, id: Uuid) -> Vec<PathBuf> {
    let mut places = Vec::new();
    if let Some(path) = records {
        let name = path.file_name().map_or_else(
            || "records.jsonl".into(),
            |n| n.to_string_lossy().into_owned(),
        );
        let beside = path.with_file_name(format!("{name}.unsaved.jsonl"));
        places.push(beside);
    }
    if let Ok(store) = Store::default_location() {
        if let Some(dir) = store.path().parent() {
            places.push(dir.join("records.unsaved.jsonl"));
        }
    }
    places.push(std::env::temp_dir().join(format!("walkthrough-unsaved-{id}.jsonl")));
    places.dedup();
    places
}

/// Appends `statement` to the first of [`fallback_places`] that takes it;
/// where it went, or `None` when none did.
fn keep_elsewhere(statement: &Statement, records: Option<&Path>) -> Option<PathBuf> {
    fallback_places(records, statement.id)
        .into_iter()
        .filter(|place| Some(place.as_path()) != records)
        .find(|place| {
            Store::new(place)
                .append_within(statement, LOCK_WAIT, &walkthrough_tui::signalled)
                .is_ok()
        })
}

/// Why the records file did not take a statement, in the person's words:
/// a full disk, not a regular file, no permission, else the system's own
/// message.
fn why_not_saved(words: Words<'_>, error: &StoreError) -> String {
    if let StoreError::Locked { .. } = error {
        return words.text("cli-record-why-locked", &[]);
    }
    let StoreError::Io { path, source } = error else {
        return words.text("cli-record-why-other", &[]);
    };
    use std::io::ErrorKind;
    let id = match source.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
            "cli-record-why-full"
        }
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => "cli-record-why-denied",
        _ if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) => "cli-record-why-not-a-file",
        _ => "cli-record-why-other",
    };
    words.text(id, &[])
}

/// What the result dialog says of a record the records file did not take:
/// that it is NOT saved, why, and where it is kept instead (or that it
/// could be kept nowhere). `None` when it was saved.
pub fn not_saved_warning(made: &Made, recording: &Recording, words: Words<'_>) -> Option<String> {
    if made.stored {
        return None;
    }
    let t = |s: String| Arg::Text(s);
    let (path, why) = match (&recording.store, &made.error) {
        (Ok(store), Some(e)) => (store.path().display().to_string(), why_not_saved(words, e)),
        (Ok(store), None) => (
            store.path().display().to_string(),
            words.text("cli-record-why-other", &[]),
        ),
        (Err(_), _) => (String::new(), words.text("cli-no-data-dir", &[])),
    };
    let mut args = vec![("path", t(path)), ("reason", t(why))];
    let id = match &made.kept_in {
        Some(place) => {
            args.push(("fallback", t(place.display().to_string())));
            "cli-record-kept-elsewhere"
        }
        None => "cli-record-kept-nowhere",
    };
    Some(words.text(id, &args))
}

#[cfg(test)]
/// Keeps the training record of every guided run and exam in `summaries`:
/// appends each to the records file and, with an LRS, sends it; one that
/// cannot be sent is noted as pending. Says what happened, once, on `err`.
/// The error is only for a records file that has no place (no data folder).
pub fn keep_records(
    summaries: &[RunSummary],
    recording: &Recording,
    library: &Library,
    words: Words<'_>,
    err: &mut impl Write,
) -> Result<Kept, CliError> {
    let made: Vec<Made> = summaries
        .iter()
        .filter_map(|s| store_run(s, recording, library, words.localizer))
        .collect();
    report(made, recording, words, err)
}

/// After the runs, their records already written by [`store_run`]: says
/// where they went (once, on `err`), sends them to the LRS if there is one
/// (taking each one sent off the pending list) and gives the tally. The
/// error is only for a records file that has no place (no data folder).
pub fn report(
    made: Vec<Made>,
    recording: &Recording,
    words: Words<'_>,
    err: &mut impl Write,
) -> Result<Kept, CliError> {
    let mut kept = Kept::default();
    if made.is_empty() {
        return Ok(kept);
    }
    let t = |s: &str| Arg::Text(s.to_owned());
    let n = |n: usize| Arg::Number(i64::try_from(n).unwrap_or(i64::MAX));
    if let Ok(store) = &recording.store {
        let path = store.path().display().to_string();
        kept.stored = made.iter().filter(|m| m.stored).count();
        if kept.stored > 0 {
            let said = words.text(
                "cli-record-saved",
                &[("count", n(kept.stored)), ("path", t(&path))],
            );
            let _ = writeln!(err, "{said}");
        }
        for m in made.iter().filter(|m| m.stored) {
            // Stored, but not noted as pending.
            let Some(e) = &m.error else { continue };
            let path = match e {
                StoreError::Io { path, .. } => path.display().to_string(),
                _ => path.clone(),
            };
            let said = words.text("cli-record-not-saved", &[("path", t(&path))]);
            let _ = writeln!(err, "{}", with_detail(words, said, Some(&store_error(e))));
        }
    }
    for m in &made {
        if let Some(said) = not_saved_warning(m, recording, words) {
            let detail = m.error.as_ref().map(store_error);
            let _ = writeln!(err, "{}", with_detail(words, said, detail.as_deref()));
        }
    }
    if let Some((lrs, endpoint)) = &recording.lrs {
        send(&made, recording, lrs, endpoint, words, err, &mut kept);
    }
    kept.statements = made.into_iter().map(|m| m.statement).collect();
    match &recording.store {
        Err(StoreError::NoDataDir) => Err(no_data_dir(words)),
        _ => Ok(kept),
    }
}

/// Sends the statements: those in the records file through
/// [`Store::deliver`] (pending before they are sent, off the list once the
/// LRS has them), the others as they are. After the first failure the rest
/// are not tried (each would wait as long).
fn send(
    made: &[Made],
    recording: &Recording,
    lrs: &Lrs,
    endpoint: &str,
    words: Words<'_>,
    err: &mut impl Write,
    kept: &mut Kept,
) {
    let t = |s: &str| Arg::Text(s.to_owned());
    let n = |n: usize| Arg::Number(i64::try_from(n).unwrap_or(i64::MAX));
    let (in_file, elsewhere): (Vec<&Made>, Vec<&Made>) = made.iter().partition(|m| m.stored);
    let in_file: Vec<&Statement> = in_file.into_iter().map(|m| &m.statement).collect();
    let elsewhere: Vec<&Statement> = elsewhere.into_iter().map(|m| &m.statement).collect();
    let said = words.text(
        "cli-record-sending",
        &[
            ("count", n(made.len())),
            ("url", t(&redact(lrs.statements_url()))),
        ],
    );
    let _ = writeln!(err, "{said}");
    let _ = err.flush();
    // Ctrl-C (or any ending signal) stops the send at once: every record
    // is on the pending list already (written when its run ended).
    let stopped = |_| {
        let said = match &recording.store {
            Ok(store) => {
                let path = store.path().display().to_string();
                words.text(
                    "cli-record-send-stopped",
                    &[
                        ("count", n(made.len())),
                        ("path", t(&path)),
                        ("command", t(&sync_command(endpoint, &path))),
                    ],
                )
            }
            Err(_) => words.text(
                "cli-record-send-stopped-unkept",
                &[("count", n(made.len()))],
            ),
        };
        let _ = writeln!(std::io::stderr(), "{said}");
        std::process::exit(i32::from(INTERRUPTED));
    };
    let mut delivery = match &recording.store {
        Ok(store) if !in_file.is_empty() => {
            walkthrough_tui::unless_signalled(|| store.deliver(lrs, &in_file), stopped)
        }
        _ => Delivery::default(),
    };
    if !elsewhere.is_empty() {
        let rest = if delivery.error.is_some() {
            Delivery {
                unsent: elsewhere.iter().map(|s| s.id).collect(),
                unlisted: elsewhere.iter().map(|s| s.id).collect(),
                ..Delivery::default()
            }
        } else {
            walkthrough_tui::unless_signalled(|| send_unkept(lrs, &elsewhere), stopped)
        };
        delivery.sent.extend(rest.sent);
        delivery.url = rest.url.or(delivery.url);
        delivery.unsent.extend(rest.unsent);
        delivery.unlisted.extend(rest.unlisted);
        delivery.error = delivery.error.or(rest.error);
    }
    if let (Ok(store), Some(e)) = (&recording.store, &delivery.list_error) {
        let path = store.pending_path().display().to_string();
        let said = words.text("cli-record-not-saved", &[("path", t(&path))]);
        let _ = writeln!(err, "{}", with_detail(words, said, Some(&store_error(e))));
    }
    let lost = delivery
        .unsent
        .iter()
        .filter(|id| delivery.unlisted.contains(id))
        .count();
    kept.sent = delivery.sent.len();
    kept.pending = delivery.unsent.len() - lost;
    if kept.sent > 0 {
        let said = sent_to(words, kept.sent, lrs, delivery.url.as_deref());
        let _ = writeln!(err, "{said}");
    }
    let url = t(&redact(lrs.statements_url()));
    let Some(error) = delivery.error else { return };
    let unsent = delivery.unsent.len();
    let (reason, detail) = lrs_error(words, lrs, &error);
    let said = match &recording.store {
        Ok(store) if lost == 0 => {
            let path = store.path().display().to_string();
            words.text(
                "cli-record-send-failed",
                &[
                    ("count", n(unsent)),
                    ("url", url),
                    ("error", t(&reason)),
                    ("path", t(&path)),
                    ("command", t(&sync_command(endpoint, &path))),
                ],
            )
        }
        _ => words.text(
            "cli-record-lost",
            &[("count", n(unsent)), ("url", url), ("error", t(&reason))],
        ),
    };
    let _ = writeln!(err, "{}", with_detail(words, said, detail.as_deref()));
}

/// The command that sends what is pending in the records file at `path` to
/// `endpoint`, as it can be pasted into a POSIX shell: the records file is
/// always named, so it works whatever the environment then says.
fn sync_command(endpoint: &str, path: &str) -> String {
    // i18n-exempt: a command line, not words
    format!(
        "walkthrough records --sync {} --records-file {}",
        shell_word(&redact(endpoint)),
        shell_word(path)
    )
}

/// `word` quoted for a POSIX shell when it needs it: `'it'\''s'`.
fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// `--time-limit` is for exams only.
fn check_time_limit(ctx: &Context, args: &RunArgs) -> Result<(), CliError> {
    match args.training.time_limit {
        Some(limit) if args.mode != RunMode::Exam => Err(CliError::TimeLimitNeedsExam {
            limit,
            message: ctx.text(
                "cli-time-limit-needs-exam",
                &[("limit", Arg::Text(limit.to_string()))],
            ),
        }),
        _ => Ok(()),
    }
}

/// The statements written so far, as runs ended.
type Written = Rc<RefCell<Vec<Made>>>;

/// What writes each run's record the moment it ends, and where the
/// statements written are kept for saying so afterwards.
fn record_as_runs_end(
    recording: Option<&Arc<Recording>>,
    library: &Arc<Library>,
    localizer: &Arc<Localizer>,
) -> (Option<RunSink>, Written) {
    let written: Written = Rc::default();
    let Some(recording) = recording else {
        return (None, written);
    };
    {
        // A run the loop cannot end (a terminal that takes no output, then a
        // signal) is written by the signal watchdog, from its own thread.
        let (recording, library, localizer) = (
            Arc::clone(recording),
            Arc::clone(library),
            Arc::clone(localizer),
        );
        walkthrough_tui::keep_abandoned_with(Arc::new(move |summary: &RunSummary| {
            let _ = store_run(summary, &recording, &library, &localizer);
        }));
    }
    let (recording, library, localizer) = (
        Arc::clone(recording),
        Arc::clone(library),
        Arc::clone(localizer),
    );
    let into = Rc::clone(&written);
    let sink: RunSink = Box::new(move |summary: &RunSummary| {
        let made = store_run(summary, &recording, &library, &localizer)?;
        let words = Words {
            localizer: &localizer,
            locale: &summary.locale,
        };
        let warning = not_saved_warning(&made, &recording, words);
        into.borrow_mut().push(made);
        warning
    });
    (Some(sink), written)
}

/// After the front end: says where the records went (on stderr, the
/// terminal restored), sends them, and gives the exit code of the last run.
fn finish(
    summaries: &[RunSummary],
    written: Written,
    recording: Option<&Arc<Recording>>,
    localizer: &Localizer,
    locale: &LanguageIdentifier,
) -> Result<u8, CliError> {
    let mut kept_all = true;
    if let Some(recording) = recording {
        let words = Words { localizer, locale };
        let stderr = std::io::stderr();
        let made = std::mem::take(&mut *written.borrow_mut());
        let count = made.len();
        let kept = report(made, recording, words, &mut stderr.lock())?;
        kept_all = kept.stored == count && (recording.lrs.is_none() || kept.sent == count);
    }
    Ok(exit_code(summaries.last(), kept_all))
}

/// A records file named with `--records-file` (or the default one) that
/// cannot be written is bad input, found before the trainee's work: it must
/// be a regular file that opens for appending, or not exist yet in a folder
/// where it can be made.
fn check_writable(words: Words<'_>, recording: &Recording) -> Result<(), CliError> {
    let Ok(store) = &recording.store else {
        // No data folder: said as soon as there is a record to keep.
        return Ok(());
    };
    let path = store.path();
    let failed = |error: std::io::Error| CliError::RecordsUnwritable {
        message: with_detail(
            words,
            words.text(
                "cli-records-unwritable",
                &[("path", Arg::Text(path.display().to_string()))],
            ),
            Some(&error.to_string()),
        ),
        error,
    };
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => std::fs::OpenOptions::new()
            .append(true)
            .open(path)
            .map(drop)
            .map_err(failed),
        Ok(_) => Err(failed(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            words.text("cli-records-not-a-file", &[]),
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => std::path::PathBuf::from("."),
            };
            std::fs::create_dir_all(&dir).map_err(failed)?;
            let probe = dir.join(format!(
                ".{}.{}.probe",
                path.file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or("records"),
                std::process::id()
            ));
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&probe)
                .map_err(failed)?;
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        Err(e) => Err(failed(e)),
    }
}

/// The recording `training` asks for, checked before anything runs (the
/// records file too when the runs may keep records).
fn recording(
    ctx: &Context,
    training: &TrainingArgs,
    seed: Option<u64>,
    records: bool,
) -> Result<Option<Arc<Recording>>, CliError> {
    let recording = Recording::from_args(ctx.words(), training, seed)?;
    if let (Some(recording), true) = (&recording, records) {
        check_writable(ctx.words(), recording)?;
    }
    Ok(recording.map(Arc::new))
}

/// Runs one scenario in the terminal.
pub fn run(ctx: Context, args: &RunArgs) -> Result<u8, CliError> {
    check_time_limit(&ctx, args)?;
    let recording = recording(&ctx, &args.training, args.seed, args.mode != RunMode::Demo)?;
    need_terminal(&ctx)?;
    let Context {
        library,
        localizer,
        locale,
        ..
    } = ctx;
    let library = Arc::new(library);
    let scenario = library.get(&args.scenario)?;
    let localizer = Arc::new(localizer);
    let mut config = config(
        Arc::clone(&localizer),
        locale.clone(),
        args.seed,
        args.training.time_limit,
    );
    config.mode = match args.mode {
        RunMode::Guided => Mode::Guided,
        RunMode::Exam => Mode::Exam,
        RunMode::Demo => Mode::Demo,
    };
    config.pause = Duration::from_secs_f64(args.speed.clamp(0.0, 600.0));
    let (sink, written) = record_as_runs_end(recording.as_ref(), &library, &localizer);
    let summaries = walkthrough_tui::run_with(scenario, config, sink)?;
    finish(&summaries, written, recording.as_ref(), &localizer, &locale)
}

/// The start menu: pick a scenario, a mode and a language.
pub fn menu(ctx: Context, training: &TrainingArgs) -> Result<u8, CliError> {
    let recording = recording(&ctx, training, None, true)?;
    need_terminal(&ctx)?;
    let Context {
        library,
        localizer,
        locale,
        ..
    } = ctx;
    let library = Arc::new(library);
    let localizer = Arc::new(localizer);
    let config = config(
        Arc::clone(&localizer),
        locale.clone(),
        None,
        training.time_limit,
    );
    let (sink, written) = record_as_runs_end(recording.as_ref(), &library, &localizer);
    let summaries = match walkthrough_tui::start_menu_with(&library, config, sink) {
        Err(walkthrough_tui::TuiError::Interrupted) => return Ok(INTERRUPTED),
        other => other?,
    };
    finish(&summaries, written, recording.as_ref(), &localizer, &locale)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use std::path::PathBuf;
    use std::time::SystemTime;
    use walkthrough_records::VerbKind;

    fn summary(mode: Mode, finished: bool, timed_out: bool, goal_met: bool) -> RunSummary {
        RunSummary {
            scenario: "app-password-create".to_owned(),
            mode,
            finished,
            interrupted: false,
            goal_met,
            elapsed: Duration::from_millis(83_450),
            wrong_actions: 2,
            hints: 1,
            skipped: 0,
            locale: unic_langid::langid!("ja-JP"),
            timed_out,
            steps: 8,
            step_times: vec![Duration::from_secs(10); 8],
            time_limit: (mode == Mode::Exam).then(|| Duration::from_secs(300)),
            ended: SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_000_000),
        }
    }

    /// What a script watching the exit code sees: 130 for a signal
    /// whatever became of the records, 1 for a record not kept, else 0.
    #[test]
    fn a_signal_goes_before_a_record_not_kept_in_the_exit_code() {
        let run = |interrupted| RunSummary {
            interrupted,
            ..summary(Mode::Guided, !interrupted, false, !interrupted)
        };
        let table = [
            (None, true, 0),
            (None, false, 1),
            (Some(run(false)), true, 0),
            (Some(run(false)), false, 1),
            (Some(run(true)), true, INTERRUPTED),
            (Some(run(true)), false, INTERRUPTED),
        ];
        for (last, kept_all, code) in table {
            assert_eq!(
                exit_code(last.as_ref(), kept_all),
                code,
                "{:?} kept all: {kept_all}",
                last.map(|s| s.interrupted)
            );
        }
    }

    fn temp_file(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "walkthrough-cli-run-{name}-{}-{}",
            std::process::id(),
            walkthrough_records::Uuid::new_v4()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("records.jsonl")
    }

    fn recording(path: &std::path::Path, lrs: Option<&str>) -> Recording {
        Recording {
            trainee: "aiko".to_owned(),
            seed: Some(7),
            store: Ok(Store::new(path)),
            lrs: lrs.map(|url| (Lrs::new(url, None).unwrap(), url.to_owned())),
            home_page: "https://sso.example.org/".to_owned(),
            registration: Uuid::from_u128(0x1234_0000_0000_4000_8000_0000_0000_0001),
        }
    }

    /// aiko's recording, with this seed; no file is written.
    fn aiko(seed: Option<u64>) -> Recording {
        Recording {
            seed,
            ..recording(std::path::Path::new("unused.jsonl"), None)
        }
    }

    fn setting() -> (Library, Localizer, LanguageIdentifier) {
        (
            Library::embedded().unwrap(),
            Localizer::embedded().unwrap(),
            unic_langid::langid!("en-US"),
        )
    }

    #[test]
    fn each_ending_gets_its_verb_and_demo_runs_none() {
        let (library, localizer, _) = setting();
        let verb = |s: RunSummary| {
            let r = record(&s, &aiko(None), &library, &localizer).unwrap();
            (r.ending, r.verb())
        };
        use Ending::*;
        assert_eq!(
            verb(summary(Mode::Guided, true, false, true)),
            (Finished, VerbKind::Completed)
        );
        assert_eq!(
            verb(summary(Mode::Guided, false, false, false)),
            (Abandoned, VerbKind::Attempted)
        );
        assert_eq!(
            verb(summary(Mode::Exam, true, false, true)),
            (Finished, VerbKind::Passed)
        );
        assert_eq!(
            verb(summary(Mode::Exam, true, false, false)),
            (Finished, VerbKind::Failed)
        );
        assert_eq!(
            verb(summary(Mode::Exam, false, true, false)),
            (TimedOut, VerbKind::Failed)
        );
        assert_eq!(
            verb(summary(Mode::Exam, false, false, false)),
            (Abandoned, VerbKind::Attempted)
        );
        assert!(record(
            &summary(Mode::Demo, true, false, true),
            &aiko(None),
            &library,
            &localizer
        )
        .is_none());
    }

    #[test]
    fn a_record_carries_the_run_and_one_definition_whatever_its_language() {
        let (library, localizer, _) = setting();
        let r = record(
            &summary(Mode::Exam, true, false, true),
            &aiko(Some(7)),
            &library,
            &localizer,
        )
        .unwrap();
        assert_eq!(r.trainee, "aiko");
        assert_eq!(r.scenario, "app-password-create");
        let titles = std::collections::BTreeMap::from([
            (
                "en-US".to_owned(),
                "To create an app password in the Office 365 portal".to_owned(),
            ),
            (
                "ja-JP".to_owned(),
                "Office 365 ポータルでアプリ パスワードを作成するには".to_owned(),
            ),
        ]);
        assert_eq!(r.titles, titles);
        assert_eq!(r.language, "ja-JP");
        assert_eq!(r.seed, Some(7));
        assert_eq!(r.time_limit, Some(Duration::from_secs(300)));
        assert_eq!(r.duration, Duration::from_millis(83_450));
        assert_eq!((r.wrong_actions, r.hints, r.steps), (2, 1, 8));
        assert_eq!(r.timestamp.as_second(), 1_795_000_000);
        assert_eq!(r.verb_words.get("ja-JP").map(String::as_str), Some("合格"));
        assert_eq!(r.home_page, "https://sso.example.org/");
        assert_eq!(r.registration, aiko(None).registration);
        let ended = SystemTime::UNIX_EPOCH + Duration::from_nanos(1_795_000_000_123_456_789);
        assert_eq!(timestamp(ended).to_string(), "2026-11-18T11:06:40.123Z");
        // The same definition and verb display from an en-US run and an
        // en-XA run: the pseudo-locale goes into no record.
        let ja = r.statement();
        for tag in [unic_langid::langid!("en-US"), unic_langid::langid!("en-XA")] {
            let mut other = summary(Mode::Exam, true, false, true);
            other.locale = tag.clone();
            let r = record(&other, &aiko(None), &library, &localizer).unwrap();
            assert_eq!(r.titles, titles, "{tag}");
            let s = r.statement();
            assert_eq!(s.object.definition, ja.object.definition, "{tag}");
            assert_eq!(s.verb.display, ja.verb.display, "{tag}");
            let line = s.to_line().unwrap();
            assert!(!line.contains("en-XA"), "{line}");
        }
    }

    #[test]
    fn guided_runs_and_exams_land_in_the_store_and_demos_do_not() {
        let (library, localizer, locale) = setting();
        let path = temp_file("store");
        let words = Words {
            localizer: &localizer,
            locale: &locale,
        };
        let summaries = [
            summary(Mode::Demo, true, false, true),
            summary(Mode::Guided, false, false, false),
            summary(Mode::Exam, false, true, false),
        ];
        let mut err = Vec::new();
        let kept = keep_records(
            &summaries,
            &recording(&path, None),
            &library,
            words,
            &mut err,
        )
        .unwrap();
        assert_eq!((kept.stored, kept.sent, kept.pending), (2, 0, 0));
        let loaded = Store::new(&path).read().unwrap();
        assert!(loaded.skipped.is_empty());
        let verbs: Vec<&str> = loaded.statements.iter().map(|s| s.verb_word()).collect();
        assert_eq!(verbs, ["attempted", "failed"]);
        assert_eq!(loaded.statements, kept.statements);
        assert_eq!(loaded.statements[0].trainee(), "aiko");
        let err = String::from_utf8(err).unwrap();
        assert_eq!(
            err,
            format!("2 training records saved to {}.\n", path.display()),
            "said once"
        );
        assert!(Store::new(&path).pending().unwrap().is_empty());
    }

    #[test]
    fn only_demos_keep_nothing_and_say_nothing() {
        let (library, localizer, locale) = setting();
        let path = temp_file("demo");
        let words = Words {
            localizer: &localizer,
            locale: &locale,
        };
        let mut err = Vec::new();
        let kept = keep_records(
            &[summary(Mode::Demo, true, false, true)],
            &recording(&path, None),
            &library,
            words,
            &mut err,
        )
        .unwrap();
        assert!(kept.statements.is_empty());
        assert!(err.is_empty());
        assert!(!path.exists());
    }

    #[test]
    fn an_unreachable_lrs_leaves_every_record_pending_and_loses_none() {
        let (library, localizer, locale) = setting();
        let path = temp_file("unreachable");
        let words = Words {
            localizer: &localizer,
            locale: &locale,
        };
        let summaries = [
            summary(Mode::Exam, true, false, true),
            summary(Mode::Guided, true, false, true),
        ];
        let mut err = Vec::new();
        let kept = keep_records(
            &summaries,
            &recording(&path, Some("http://127.0.0.1:9/xapi")),
            &library,
            words,
            &mut err,
        )
        .unwrap();
        assert_eq!((kept.stored, kept.sent, kept.pending), (2, 0, 2));
        let store = Store::new(&path);
        let ids: Vec<_> = kept.statements.iter().map(|s| s.id).collect();
        assert_eq!(store.pending().unwrap(), ids);
        let stored: Vec<_> = store
            .read()
            .unwrap()
            .statements
            .iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(stored, ids);
        let err = String::from_utf8(err).unwrap();
        assert_eq!(err.matches("Could not send").count(), 1, "{err}");
        assert!(
            err.contains("walkthrough records --sync http://127.0.0.1:9/xapi"),
            "{err}"
        );
        assert!(err.contains(&path.display().to_string()), "{err}");
    }

    #[test]
    fn a_record_is_pending_before_it_is_sent_so_a_process_killed_meanwhile_loses_nothing() {
        use walkthrough_records::stand_in::{Reply, StandInLrs};
        let (library, localizer, locale) = setting();
        let path = temp_file("write-ahead");
        let words = Words {
            localizer: &localizer,
            locale: &locale,
        };
        let server = StandInLrs::script(vec![Reply::Never]).unwrap();
        let silent = Recording {
            lrs: Some((
                Lrs::with_timeout(&server.endpoint, None, Duration::from_secs(3)).unwrap(),
                server.endpoint.clone(),
            )),
            ..recording(&path, None)
        };
        let summaries = [summary(Mode::Exam, true, false, true)];
        let store = Store::new(&path);
        std::thread::scope(|scope| {
            let sending = scope.spawn(|| {
                let mut err = Vec::new();
                let kept = keep_records(&summaries, &silent, &library, words, &mut err);
                (kept.map(|k| (k.sent, k.pending)).ok(), err)
            });
            // The POST is at the LRS, unanswered: were the process killed
            // now, the record would wait in the pending list for a sync.
            assert_eq!(server.next().unwrap().method, "POST");
            let in_file = store.read().unwrap().statements;
            assert_eq!(in_file.len(), 1);
            assert_eq!(store.pending().unwrap(), [in_file[0].id]);
            let (kept, err) = sending.join().unwrap();
            assert_eq!(kept, Some((0, 1)));
            let err = String::from_utf8(err).unwrap();
            assert!(err.contains("The LRS did not answer."), "{err}");
        });
        assert_eq!(store.pending().unwrap().len(), 1);
        // Sent where the LRS names its id: saved, sent, and off the list.
        let good = StandInLrs::serve(200, 1).unwrap();
        let storing = Recording {
            lrs: Some((
                Lrs::new(&good.endpoint, None).unwrap(),
                good.endpoint.clone(),
            )),
            ..recording(&temp_file("write-ahead-ok"), None)
        };
        let mut err = Vec::new();
        let kept = keep_records(&summaries, &storing, &library, words, &mut err).unwrap();
        assert_eq!((kept.stored, kept.sent, kept.pending), (1, 1, 0));
        let store = storing.store.as_ref().unwrap();
        assert!(store.pending().unwrap().is_empty());
        assert_eq!(
            String::from_utf8(err).unwrap().lines().last(),
            Some(format!("Sent 1 training record to {}/statements.", good.endpoint).as_str())
        );
    }

    #[test]
    fn a_records_file_that_cannot_be_written_is_said_and_the_run_goes_on() {
        let (library, localizer, locale) = setting();
        // A folder where the file should be: it cannot be appended to.
        let path = temp_file("unwritable");
        std::fs::create_dir_all(&path).unwrap();
        let words = Words {
            localizer: &localizer,
            locale: &locale,
        };
        let mut err = Vec::new();
        let kept = keep_records(
            &[summary(Mode::Guided, true, false, true)],
            &recording(&path, None),
            &library,
            words,
            &mut err,
        )
        .unwrap();
        assert_eq!(kept.stored, 0);
        let err = String::from_utf8(err).unwrap();
        let fallback = path.with_file_name("records.jsonl.unsaved.jsonl");
        assert!(
            err.starts_with(&format!(
                "Your training record was NOT saved to {}: it is not a regular file. It is kept in {} instead; tell your trainer.\n  system message: ",
                path.display(),
                fallback.display()
            )),
            "{err}"
        );
        // Kept where the message says, as a records file of its own.
        let kept_in = Store::new(&fallback).read().unwrap().statements;
        assert_eq!(kept_in, kept.statements);
    }

    #[test]
    fn no_place_for_the_records_file_is_an_error_only_when_there_is_a_record() {
        let (library, localizer, locale) = setting();
        let words = Words {
            localizer: &localizer,
            locale: &locale,
        };
        let recording = Recording {
            trainee: "aiko".to_owned(),
            seed: None,
            store: Err(StoreError::NoDataDir),
            lrs: None,
            home_page: "https://localhost/walkthrough".to_owned(),
            registration: Uuid::new_v4(),
        };
        let demo = [summary(Mode::Demo, true, false, true)];
        assert!(keep_records(&demo, &recording, &library, words, &mut Vec::new()).is_ok());
        let exam = [summary(Mode::Exam, true, false, true)];
        let e = keep_records(&exam, &recording, &library, words, &mut Vec::new()).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("--records-file"), "{e}");
    }

    #[test]
    fn every_statement_a_run_can_make_keeps_the_xapi_rules() {
        use walkthrough_records::rules::{assert_one_definition_per_activity, assert_valid_xapi};
        let (library, localizer, _) = setting();
        let mut statements = Vec::new();
        for mode in [Mode::Guided, Mode::Exam] {
            // finished with the goal, finished without, timed out, left early.
            for (finished, timed_out, goal_met) in [
                (true, false, true),
                (true, false, false),
                (false, true, false),
                (false, false, false),
            ] {
                for locale in [
                    unic_langid::langid!("en-US"),
                    unic_langid::langid!("ja-JP"),
                    unic_langid::langid!("en-XA"),
                ] {
                    for (skipped, scenario) in
                        [(0, "app-password-create"), (2, "app-password-delete")]
                    {
                        let mut s = summary(mode, finished, timed_out, goal_met);
                        s.locale = locale.clone();
                        s.skipped = skipped;
                        s.scenario = scenario.to_owned();
                        let r = record(&s, &aiko(None), &library, &localizer).unwrap();
                        let v: serde_json::Value =
                            serde_json::from_str(&r.statement().to_line().unwrap()).unwrap();
                        assert_valid_xapi(&v);
                        let display = &v["verb"]["display"];
                        // The verb in every real language, as the records
                        // table says it, whatever the run's.
                        let ja = unic_langid::langid!("ja-JP");
                        let word = localizer.format(
                            &ja,
                            &format!("cli-records-result-{}", r.verb().word()),
                            &[],
                        );
                        assert_eq!(display["ja-JP"], word.as_str());
                        assert_eq!(display["en-US"], r.verb().word());
                        statements.push(v);
                    }
                }
            }
        }
        assert_eq!(statements.len(), 48);
        assert_one_definition_per_activity(&statements);
        // One invocation, one registration.
        let registrations: std::collections::BTreeSet<_> = statements
            .iter()
            .map(|v| v["context"]["registration"].to_string())
            .collect();
        assert_eq!(registrations.len(), 1);
    }

    /// What keeping two records with an LRS that answers `reply` leaves: the
    /// kept counts, what was said, and what is pending.
    fn keep_with(
        name: &str,
        reply: walkthrough_records::stand_in::Reply,
    ) -> (Kept, String, Vec<Uuid>, PathBuf) {
        use walkthrough_records::stand_in::StandInLrs;
        let (library, localizer, locale) = setting();
        let path = temp_file(name);
        let server = StandInLrs::script(vec![reply; 2]).unwrap();
        let mut recording = recording(&path, None);
        let lrs = Lrs::with_timeout(&server.endpoint, None, Duration::from_secs(1)).unwrap();
        recording.lrs = Some((lrs, server.endpoint.clone()));
        let words = Words {
            localizer: &localizer,
            locale: &locale,
        };
        let summaries = [
            summary(Mode::Exam, true, false, true),
            summary(Mode::Guided, true, false, true),
        ];
        let mut err = Vec::new();
        let kept = keep_records(&summaries, &recording, &library, words, &mut err).unwrap();
        let pending = Store::new(&path).pending().unwrap();
        (kept, String::from_utf8(err).unwrap(), pending, path)
    }

    #[test]
    fn what_each_lrs_answer_leaves_pending_and_what_is_said() {
        use walkthrough_records::stand_in::Reply;
        let (kept, err, pending, path) = keep_with("lrs-200", Reply::Status(200));
        assert_eq!((kept.sent, kept.pending), (2, 0));
        assert!(pending.is_empty());
        assert!(
            err.contains("Sent 2 training records to http://127.0.0.1:"),
            "{err}"
        );
        for (status, said) in [
            (Reply::Status(409), "409 (Conflict): it already holds a different statement with the same id"),
            (
                Reply::Body(200, "text/html".to_owned(), "<html>sign in</html>".to_owned()),
                "(HTTP status 200, text/html) is not an LRS's: it does not name the statement as stored. It began: <html>sign in</html>",
            ),
            (Reply::Redirect(302, "/xapi/statements/".to_owned()), "HTTP status 302, a redirect to http://127.0.0.1:"),
            (Reply::Status(401), "refused the credentials (HTTP status 401): check WALKTHROUGH_LRS_USER and WALKTHROUGH_LRS_PASSWORD"),
            (Reply::Status(500), "The LRS answered with HTTP status 500."),
            (Reply::Never, "The LRS did not answer."),
        ] {
            let (kept, err, pending, _) = keep_with("lrs-fail", status.clone());
            assert_eq!((kept.sent, kept.pending), (0, 2), "{status:?}");
            let ids: Vec<Uuid> = kept.statements.iter().map(|s| s.id).collect();
            assert_eq!(pending, ids, "{status:?}");
            assert!(err.contains("Could not send 2 training records to "), "{err}");
            assert!(err.contains(said), "{status:?}: {err}");
            if status == Reply::Never {
                // The system's own words come last, on a line of their own.
                let last = err.lines().last().unwrap();
                assert!(last.starts_with("  system message: "), "{err}");
            }
        }
        // The command to send them later names the records file.
        let (_, err, _, path_fail) = keep_with("lrs-hint", Reply::Status(503));
        assert!(
            err.contains(&format!("--records-file {}", path_fail.display())),
            "{err}"
        );
        drop(path);
    }

    #[test]
    fn the_command_to_send_later_can_be_pasted_into_a_shell() {
        assert_eq!(
            sync_command("https://lrs.example/xapi", "/tmp/records.jsonl"),
            "walkthrough records --sync https://lrs.example/xapi --records-file /tmp/records.jsonl"
        );
        assert_eq!(
            sync_command("https://lrs.example/xapi", "/home/o'neil/my records.jsonl"),
            "walkthrough records --sync https://lrs.example/xapi --records-file '/home/o'\\''neil/my records.jsonl'"
        );
    }

    #[test]
    fn a_run_stored_when_it_ends_is_pending_at_once_with_an_lrs_and_not_without() {
        let (library, localizer, _) = setting();
        let path = temp_file("pending-at-once");
        let summary = summary(Mode::Exam, true, false, true);
        // No LRS: stored, nothing pending.
        let made = store_run(&summary, &recording(&path, None), &library, &localizer).unwrap();
        assert!(made.stored && !made.pending && made.error.is_none());
        // An LRS: stored and pending before anything is sent, so a process
        // killed now leaves it for --sync.
        let to = recording(&path, Some("http://127.0.0.1:9/xapi"));
        let sent_later = store_run(&summary, &to, &library, &localizer).unwrap();
        assert!(sent_later.stored && sent_later.pending);
        let store = Store::new(&path);
        assert_eq!(store.pending().unwrap(), [sent_later.statement.id]);
        let ids: Vec<_> = store
            .read()
            .unwrap()
            .statements
            .iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(ids, [made.statement.id, sent_later.statement.id]);
        // A demo writes nothing.
        let demo = summary_demo();
        assert!(store_run(&demo, &to, &library, &localizer).is_none());
    }

    #[test]
    fn a_record_sent_after_the_run_leaves_the_pending_list() {
        let (library, localizer, locale) = setting();
        let path = temp_file("sent-after");
        let lrs = walkthrough_records::stand_in::StandInLrs::serve(200, 1).unwrap();
        let to = recording(&path, Some(&lrs.endpoint));
        let words = Words {
            localizer: &localizer,
            locale: &locale,
        };
        let made = store_run(
            &summary(Mode::Guided, true, false, true),
            &to,
            &library,
            &localizer,
        )
        .unwrap();
        let id = made.statement.id;
        assert_eq!(Store::new(&path).pending().unwrap(), [id]);
        let mut err = Vec::new();
        let kept = report(vec![made], &to, words, &mut err).unwrap();
        assert_eq!((kept.stored, kept.sent, kept.pending), (1, 1, 0));
        assert_eq!(lrs.take(1).len(), 1);
        assert!(Store::new(&path).pending().unwrap().is_empty());
        let ids: Vec<_> = Store::new(&path)
            .read()
            .unwrap()
            .statements
            .iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(ids, [id], "written once, when the run ended");
    }

    fn summary_demo() -> RunSummary {
        summary(Mode::Demo, true, false, true)
    }

    #[test]
    fn a_records_file_that_cannot_be_written_is_found_before_the_run() {
        let (_, localizer, locale) = setting();
        let words = Words {
            localizer: &localizer,
            locale: &locale,
        };
        let dir = temp_file("check").parent().unwrap().to_path_buf();
        // A folder is not a records file.
        let e = check_writable(words, &recording(&dir, None)).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains(&dir.display().to_string()), "{e}");
        // A new file in a folder that can be written: fine, and not made yet.
        let fresh = dir.join("sub").join("records.jsonl");
        check_writable(words, &recording(&fresh, None)).unwrap();
        assert!(!fresh.exists());
        assert_eq!(
            std::fs::read_dir(fresh.parent().unwrap()).unwrap().count(),
            0
        );
        // An existing file is opened for appending and left as it was.
        std::fs::write(&fresh, "kept\n").unwrap();
        check_writable(words, &recording(&fresh, None)).unwrap();
        assert_eq!(std::fs::read_to_string(&fresh).unwrap(), "kept\n");
    }

    #[test]
    fn the_exit_code_is_the_last_runs() {
        let mut last = summary(Mode::Guided, false, false, false);
        assert_eq!(exit_code(None, true), 0);
        assert_eq!(exit_code(Some(&last), true), 0);
        assert_eq!(exit_code(Some(&last), false), 1);
        last.interrupted = true;
        assert_eq!(exit_code(Some(&last), true), 130);
        assert_eq!(exit_code(Some(&last), false), 130);
    }
}
