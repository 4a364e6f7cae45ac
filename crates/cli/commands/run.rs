//! `walkthrough run` and the start menu: the cursive front end, then the
//! training records of the guided runs and exams that ended.

use crate::args::{RunArgs, RunMode, TrainingArgs};
use crate::commands::records::{lrs, lrs_error, no_data_dir, resolve_store, store_error};
use crate::context::{portal_options, Context, Words};
use crate::error::CliError;
use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::{Arg, Localizer};
use walkthrough_records::{Ending, Lrs, RunRecord, Statement, Store, StoreError};
use walkthrough_scenario::Library;
use walkthrough_tui::{Mode, RunConfig, RunSink, RunSummary};

/// Exit code of a run: 130 when a signal ended it, as shells expect, else 0.
fn exit_code(summary: Option<&RunSummary>) -> u8 {
    if summary.is_some_and(|s| s.interrupted) {
        130
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
            Some(url) => Some((lrs(words, url)?, url.clone())),
            None => None,
        };
        Ok(Some(Recording {
            trainee: args.trainee.clone().unwrap_or_else(os_user),
            seed,
            store: resolve_store(args.records_file.as_deref()),
            lrs,
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
                .find_map(|k| std::env::var(k).ok())
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

/// The training record of a run: `None` for a demo, which records nothing.
pub fn record(
    summary: &RunSummary,
    trainee: &str,
    seed: Option<u64>,
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
    let en_us: LanguageIdentifier = unic_langid::langid!("en-US");
    let ending = if summary.timed_out {
        Ending::TimedOut
    } else if summary.finished {
        Ending::Finished
    } else {
        Ending::Abandoned
    };
    Some(RunRecord {
        trainee: trainee.to_owned(),
        scenario: summary.scenario.clone(),
        title: title_in(&summary.locale),
        title_en: (summary.locale != en_us).then(|| title_in(&en_us)),
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
        seed,
        time_limit: summary.time_limit,
        timestamp: timestamp(summary.ended),
    })
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
}

/// Writes the training record of one run the moment it ends: appends its
/// statement to the records file and, when an LRS is to be sent to, notes it
/// as pending at once, so a process killed before sending leaves it for
/// `walkthrough records --sync`. `None` for a demo, which records nothing.
pub fn store_run(
    summary: &RunSummary,
    recording: &Recording,
    library: &Library,
    localizer: &Localizer,
) -> Option<Made> {
    let statement = record(
        summary,
        &recording.trainee,
        recording.seed,
        library,
        localizer,
    )?
    .statement();
    let mut made = Made {
        statement,
        stored: false,
        pending: false,
        error: None,
    };
    if let Ok(store) = &recording.store {
        match store.append(&made.statement) {
            Ok(()) => made.stored = true,
            Err(e) => made.error = Some(e),
        }
        if made.stored && recording.lrs.is_some() {
            match store.mark_pending(made.statement.id) {
                Ok(()) => made.pending = true,
                Err(e) => made.error = Some(e),
            }
        }
    }
    Some(made)
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
    if let Ok(store) = &recording.store {
        let path = store.path().display().to_string();
        kept.stored = made.iter().filter(|m| m.stored).count();
        if kept.stored > 0 {
            let said = words.text("cli-record-saved", &[("path", t(&path))]);
            let _ = writeln!(err, "{said}");
        }
        if let Some(e) = made.iter().find_map(|m| m.error.as_ref()) {
            let path = match e {
                StoreError::Io { path, .. } => path.display().to_string(),
                _ => path,
            };
            let said = words.text(
                "cli-record-not-saved",
                &[("path", t(&path)), ("error", t(&store_error(e)))],
            );
            let _ = writeln!(err, "{said}");
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

/// Sends the statements; after the first failure the rest are not tried
/// (each would wait as long). Those sent leave the pending list; those not
/// sent but stored stay on it (or are put on it now).
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
    let url = t(lrs.statements_url());
    let mut failure = None;
    let mut lost = false;
    let mut sent_ids = Vec::new();
    for m in made {
        if failure.is_none() {
            match lrs.send(&m.statement) {
                Ok(()) => {
                    kept.sent += 1;
                    if m.pending {
                        sent_ids.push(m.statement.id);
                    }
                    continue;
                }
                Err(e) => failure = Some(e),
            }
        }
        match (&recording.store, m.stored) {
            (Ok(_), true) if m.pending => kept.pending += 1,
            (Ok(store), true) => match store.mark_pending(m.statement.id) {
                Ok(()) => kept.pending += 1,
                Err(e) => {
                    let path = store.pending_path().display().to_string();
                    let said = words.text(
                        "cli-record-not-saved",
                        &[("path", t(&path)), ("error", t(&store_error(&e)))],
                    );
                    let _ = writeln!(err, "{said}");
                }
            },
            _ => lost = true,
        }
    }
    if let (Ok(store), false) = (&recording.store, sent_ids.is_empty()) {
        // Sent, so no longer pending; should this fail, a later --sync
        // sends them again under the same statement id.
        let _ = store.clear_pending(&sent_ids);
    }
    if kept.sent > 0 {
        let said = words.text("cli-record-sent", &[("url", url.clone())]);
        let _ = writeln!(err, "{said}");
    }
    let Some(error) = failure else { return };
    let error = t(&lrs_error(words, &error));
    let said = match &recording.store {
        Ok(store) if !lost => words.text(
            "cli-record-send-failed",
            &[
                ("url", url),
                ("error", error),
                ("path", t(&store.path().display().to_string())),
                ("endpoint", t(endpoint)),
            ],
        ),
        _ => words.text("cli-record-lost", &[("url", url), ("error", error)]),
    };
    let _ = writeln!(err, "{said}");
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
    recording: Option<&Rc<Recording>>,
    library: &Arc<Library>,
    localizer: &Arc<Localizer>,
) -> (Option<RunSink>, Written) {
    let written: Written = Rc::default();
    let Some(recording) = recording else {
        return (None, written);
    };
    let (recording, library, localizer) = (
        Rc::clone(recording),
        Arc::clone(library),
        Arc::clone(localizer),
    );
    let into = Rc::clone(&written);
    let sink: RunSink = Box::new(move |summary: &RunSummary| {
        if let Some(made) = store_run(summary, &recording, &library, &localizer) {
            into.borrow_mut().push(made);
        }
    });
    (Some(sink), written)
}

/// After the front end: says where the records went (on stderr, the
/// terminal restored), sends them, and gives the exit code of the last run.
fn finish(
    summaries: &[RunSummary],
    written: Written,
    recording: Option<&Rc<Recording>>,
    localizer: &Localizer,
    locale: &LanguageIdentifier,
) -> Result<u8, CliError> {
    if let Some(recording) = recording {
        let words = Words { localizer, locale };
        let stderr = std::io::stderr();
        let made = std::mem::take(&mut *written.borrow_mut());
        report(made, recording, words, &mut stderr.lock())?;
    }
    Ok(exit_code(summaries.last()))
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
        message: words.text(
            "cli-records-unwritable",
            &[
                ("path", Arg::Text(path.display().to_string())),
                ("error", Arg::Text(error.to_string())),
            ],
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
) -> Result<Option<Rc<Recording>>, CliError> {
    let recording = Recording::from_args(ctx.words(), training, seed)?;
    if let (Some(recording), true) = (&recording, records) {
        check_writable(ctx.words(), recording)?;
    }
    Ok(recording.map(Rc::new))
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
    let summaries = walkthrough_tui::start_menu_with(&library, config, sink)?;
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
            let r = record(&s, "aiko", None, &library, &localizer).unwrap();
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
            "aiko",
            None,
            &library,
            &localizer
        )
        .is_none());
    }

    #[test]
    fn a_record_carries_the_run_and_titles_in_its_language_and_english() {
        let (library, localizer, _) = setting();
        let r = record(
            &summary(Mode::Exam, true, false, true),
            "aiko",
            Some(7),
            &library,
            &localizer,
        )
        .unwrap();
        assert_eq!(r.trainee, "aiko");
        assert_eq!(r.scenario, "app-password-create");
        assert_eq!(
            r.title,
            "Office 365 ポータルでアプリ パスワードを作成するには"
        );
        assert_eq!(
            r.title_en.as_deref(),
            Some("To create an app password in the Office 365 portal")
        );
        assert_eq!(r.language, "ja-JP");
        assert_eq!(r.seed, Some(7));
        assert_eq!(r.time_limit, Some(Duration::from_secs(300)));
        assert_eq!(r.duration, Duration::from_millis(83_450));
        assert_eq!((r.wrong_actions, r.hints, r.steps), (2, 1, 8));
        assert_eq!(r.timestamp.as_second(), 1_795_000_000);
        let ended = SystemTime::UNIX_EPOCH + Duration::from_nanos(1_795_000_000_123_456_789);
        assert_eq!(timestamp(ended).to_string(), "2026-11-18T11:06:40.123Z");
        let mut english = summary(Mode::Guided, true, false, true);
        english.locale = unic_langid::langid!("en-US");
        let r = record(&english, "aiko", None, &library, &localizer).unwrap();
        assert_eq!(
            r.title,
            "To create an app password in the Office 365 portal"
        );
        assert_eq!(r.title_en, None);
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
            format!("Training record saved to {}.\n", path.display()),
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
        assert!(
            err.starts_with(&format!(
                "Could not save the training record to {}: ",
                path.display()
            )),
            "{err}"
        );
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
        };
        let demo = [summary(Mode::Demo, true, false, true)];
        assert!(keep_records(&demo, &recording, &library, words, &mut Vec::new()).is_ok());
        let exam = [summary(Mode::Exam, true, false, true)];
        let e = keep_records(&exam, &recording, &library, words, &mut Vec::new()).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("--records-file"), "{e}");
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
        assert_eq!(exit_code(None), 0);
        assert_eq!(exit_code(Some(&last)), 0);
        last.interrupted = true;
        assert_eq!(exit_code(Some(&last)), 130);
    }
}
