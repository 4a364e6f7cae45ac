//! `walkthrough records`: the training records kept by guided runs and exams,
//! as a table for people or as CSV; `--sync URL` sends those still pending to
//! a Learning Record Store. Also what `run` needs to keep records: where the
//! records file is, the LRS, and their errors in the person's language.

use crate::args::{RecordsArgs, RecordsFormat};
use crate::context::{Context, Words};
use crate::error::CliError;
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::time::Duration;
use walkthrough_i18n::{pad, width, Arg};
use walkthrough_records::{redact, Loaded, Lrs, LrsError, Statement, Store, StoreError, Uuid};

/// The records file: the one named (`--records-file`, `WALKTHROUGH_RECORDS`),
/// else `records.jsonl` in the user's data folder.
pub fn resolve_store(named: Option<&Path>) -> Result<Store, StoreError> {
    match named {
        Some(path) => Ok(Store::new(path)),
        None => Store::default_location(),
    }
}

/// The error for a records file that has no place: no data folder and none named.
pub fn no_data_dir(words: Words<'_>) -> CliError {
    CliError::NoDataDir {
        message: words.text("cli-no-data-dir", &[]),
    }
}

/// `sentence`, then on a line of its own what the system reported (in
/// English), marked as such: the localized sentence comes first.
pub fn with_detail(words: Words<'_>, sentence: String, detail: Option<&str>) -> String {
    match detail.map(str::trim).filter(|d| !d.is_empty()) {
        Some(detail) => {
            let marked = words.text(
                "cli-error-detail",
                &[("detail", Arg::Text(detail.to_owned()))],
            );
            format!("{sentence}\n  {marked}")
        }
        None => sentence,
    }
}

/// The Learning Record Store at `url` (credentials and timeout from the
/// environment); a URL that is not an http(s) endpoint, or holds
/// credentials, is bad input, said without the credentials.
pub fn lrs(words: Words<'_>, url: &str) -> Result<Lrs, CliError> {
    Lrs::from_env(url).map_err(|error| {
        let shown = || ("url", Arg::Text(redact(url.trim())));
        let message = match &error {
            LrsError::CredentialsInUrl(_) => words.text("cli-lrs-credentials-in-url", &[shown()]),
            LrsError::QueryInUrl(_) => words.text("cli-lrs-query-in-url", &[shown()]),
            LrsError::BadTimeout(value) => words.text(
                "cli-lrs-bad-timeout",
                &[("value", Arg::Text(value.clone()))],
            ),
            _ => words.text("cli-bad-lrs-url", &[shown()]),
        };
        CliError::BadLrsUrl { message, error }
    })
}

/// Why sending to `lrs` failed: a sentence in the person's language (naming
/// where a redirect led, when the answer came from there), and what the
/// network library reported (English), if anything.
pub fn lrs_error(words: Words<'_>, lrs: &Lrs, error: &LrsError) -> (String, Option<String>) {
    let (reason, detail) = lrs_reason(words, error);
    match error.url().filter(|at| *at != redact(lrs.statements_url())) {
        Some(at) => (
            words.text(
                "cli-lrs-answer-after-redirect",
                &[
                    ("reason", Arg::Text(reason)),
                    ("url", Arg::Text(at.to_owned())),
                ],
            ),
            detail,
        ),
        None => (reason, detail),
    }
}

fn lrs_reason(words: Words<'_>, error: &LrsError) -> (String, Option<String>) {
    let status = |s: &u16| ("status", Arg::Text(s.to_string()));
    match error {
        LrsError::Unreachable { reason, .. } => {
            (words.text("cli-lrs-unreachable", &[]), Some(reason.clone()))
        }
        LrsError::Rejected { status: s, .. } => {
            (words.text("cli-lrs-rejected", &[status(s)]), None)
        }
        LrsError::Unauthorized { status: s, .. } => {
            (words.text("cli-lrs-unauthorized", &[status(s)]), None)
        }
        LrsError::Redirected {
            status: s,
            location: Some(location),
            ..
        } => (
            words.text(
                "cli-lrs-redirected",
                &[status(s), ("location", Arg::Text(location.clone()))],
            ),
            None,
        ),
        LrsError::Redirected { status: s, .. } => {
            (words.text("cli-lrs-redirected-nowhere", &[status(s)]), None)
        }
        LrsError::TooManyRedirects { hops, location, .. } => (
            words.text(
                "cli-lrs-too-many-redirects",
                &[
                    ("count", Arg::Number(count(*hops))),
                    ("location", Arg::Text(location.clone())),
                ],
            ),
            None,
        ),
        LrsError::Conflict { .. } => (words.text("cli-lrs-conflict", &[]), None),
        LrsError::NotStored {
            status: s,
            content_type,
            start,
            ..
        } => {
            let shown = if start.is_empty() {
                words.text("cli-lrs-empty-answer", &[])
            } else {
                start.clone()
            };
            let kind = content_type
                .clone()
                .unwrap_or_else(|| words.text("cli-lrs-no-content-type", &[]));
            (
                words.text(
                    "cli-lrs-not-stored",
                    &[
                        status(s),
                        ("type", Arg::Text(kind)),
                        ("start", Arg::Text(shown)),
                    ],
                ),
                None,
            )
        }
        other => (
            words.text("cli-lrs-unreachable", &[]),
            Some(other.to_string()),
        ),
    }
}

/// "Sent N training records to URL", naming where a redirect led when the
/// LRS took them elsewhere than `lrs`'s statements URL.
pub fn sent_to(words: Words<'_>, n: usize, lrs: &Lrs, at: Option<&str>) -> String {
    let url = lrs.statements_url();
    match at.filter(|at| *at != redact(url)) {
        Some(at) => words.text(
            "cli-records-synced-redirected",
            &[
                ("count", Arg::Number(count(n))),
                ("url", Arg::Text(at.to_owned())),
                ("from", Arg::Text(redact(url))),
            ],
        ),
        None => words.text(
            "cli-records-synced",
            &[
                ("count", Arg::Number(count(n))),
                ("url", Arg::Text(redact(url))),
            ],
        ),
    }
}

/// Why the store failed, without repeating its path (the system's words).
pub fn store_error(error: &StoreError) -> String {
    match error {
        StoreError::Io { source, .. } => source.to_string(),
        other => other.to_string(),
    }
}

/// The records file at `path` cannot be read, said in the person's language.
fn unreadable(words: Words<'_>, path: &str, error: StoreError) -> CliError {
    let sentence = words.text(
        "cli-records-unreadable",
        &[("path", Arg::Text(path.to_owned()))],
    );
    CliError::RecordsUnreadable {
        message: with_detail(words, sentence, Some(&store_error(&error))),
        error,
    }
}

/// Reads every record; each skipped line is a warning on `err`.
fn read(words: Words<'_>, store: &Store, err: &mut impl Write) -> Result<Loaded, CliError> {
    let path = store.path().display().to_string();
    let loaded = store.read().map_err(|e| unreadable(words, &path, e))?;
    for skipped in &loaded.skipped {
        let sentence = words.text(
            "cli-records-skipped-line",
            &[
                ("path", Arg::Text(path.clone())),
                ("line", Arg::Text(skipped.line.to_string())),
            ],
        );
        writeln!(
            err,
            "{}",
            with_detail(words, sentence, Some(&skipped.reason))
        )?;
    }
    for repeated in &loaded.repeated {
        let lines: Vec<String> = repeated.again.iter().map(usize::to_string).collect();
        let said = words.text(
            "cli-records-repeated-id",
            &[
                ("path", Arg::Text(path.clone())),
                ("id", Arg::Text(repeated.id.to_string())),
                ("first", Arg::Text(repeated.first.to_string())),
                ("lines", Arg::Text(lines.join(", "))),
                ("count", Arg::Number(count(repeated.again.len()))),
            ],
        );
        writeln!(err, "{said}")?;
    }
    Ok(loaded)
}

/// Lists the records (or, with `--sync`, sends the pending ones); the exit
/// code: 0, or 1 when a pending record could not be sent.
pub fn run(
    ctx: &Context,
    args: &RecordsArgs,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<u8, CliError> {
    let words = ctx.words();
    if args.trainee.as_deref().is_some_and(|t| t.trim().is_empty()) {
        return Err(CliError::Said(words.text("cli-trainee-blank", &[])));
    }
    let lrs = args
        .sync
        .as_deref()
        .map(|url| lrs(words, url))
        .transpose()?;
    let store = resolve_store(args.records_file.as_deref()).map_err(|_| no_data_dir(words))?;
    CliError::refuse_non_regular(words, store.path())?;
    // A file named (--records-file, WALKTHROUGH_RECORDS) that is not there is
    // a mistake, not an empty list: only the default one may be missing.
    if args.records_file.is_some() && !store.path().exists() {
        return Err(CliError::Said(words.text(
            "cli-records-file-missing",
            &[("path", Arg::Text(store.path().display().to_string()))],
        )));
    }
    if let Some(lrs) = lrs {
        return sync(words, &store, &lrs, out, err);
    }
    let loaded = read(words, &store, err)?;
    let rows: Vec<&Statement> = loaded
        .statements
        .iter()
        .filter(|s| args.trainee.as_deref().is_none_or(|t| s.trainee() == t))
        .filter(|s| args.scenario.as_deref().is_none_or(|id| s.scenario() == id))
        .collect();
    let none = || {
        words.text(
            "cli-records-none",
            &[("path", Arg::Text(store.path().display().to_string()))],
        )
    };
    match args.format {
        RecordsFormat::Text if rows.is_empty() => writeln!(out, "{}", none())?,
        RecordsFormat::Text => table(words, &rows, out)?,
        RecordsFormat::Csv => {
            csv(&rows, out)?;
            if rows.is_empty() {
                writeln!(err, "{}", none())?;
            }
        }
    }
    Ok(0)
}

/// Sends every pending record, oldest first, through [`Store::deliver`]:
/// those the LRS stored leave the pending list. After the first that could
/// not be sent the rest are not tried: they stay pending too. A pending id
/// whose record is not in the file leaves the list, unless lines of the file
/// were skipped (it may be in one of them): then it stays, and the exit code
/// is 1.
fn sync(
    words: Words<'_>,
    store: &Store,
    lrs: &Lrs,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<u8, CliError> {
    let path = store.path().display().to_string();
    let pending = store.pending().map_err(|e| unreadable(words, &path, e))?;
    let nothing = || {
        words.text(
            "cli-records-sync-nothing",
            &[("path", Arg::Text(path.clone()))],
        )
    };
    if pending.is_empty() {
        writeln!(out, "{}", nothing())?;
        return Ok(0);
    }
    let loaded = read(words, store, err)?;
    let by_id: HashMap<Uuid, &Statement> = loaded.statements.iter().map(|s| (s.id, s)).collect();
    let (mut gone, mut kept) = (Vec::new(), 0usize);
    let mut to_send: Vec<&Statement> = Vec::new();
    for id in pending {
        match by_id.get(&id) {
            Some(statement) => to_send.push(statement),
            // Nothing left to send for it: it leaves the list.
            None if loaded.skipped.is_empty() => gone.push(id),
            None => kept += 1,
        }
    }
    let counted = |id: &str, n: usize| {
        words.text(
            id,
            &[
                ("count", Arg::Number(count(n))),
                ("path", Arg::Text(path.clone())),
            ],
        )
    };
    if !gone.is_empty() {
        writeln!(err, "{}", counted("cli-records-sync-missing", gone.len()))?;
    }
    if kept > 0 {
        writeln!(err, "{}", counted("cli-records-sync-missing-kept", kept))?;
    }
    let not_written = |error: &StoreError| {
        let pending = store.pending_path().display().to_string();
        let sentence = words.text(
            "cli-records-pending-not-written",
            &[("path", Arg::Text(pending))],
        );
        CliError::Said(with_detail(words, sentence, Some(&store_error(error))))
    };
    if !gone.is_empty() {
        store.clear_pending(&gone).map_err(|e| not_written(&e))?;
    }
    let delivery = store.deliver(lrs, &to_send);
    if let Some(error) = &delivery.clear_error {
        return Err(not_written(error));
    }
    if !delivery.sent.is_empty() {
        let said = sent_to(words, delivery.sent.len(), lrs, delivery.url.as_deref());
        writeln!(out, "{said}")?;
    }
    if let Some(error) = delivery.error {
        let (reason, detail) = lrs_error(words, lrs, &error);
        let sentence = words.text(
            "cli-records-sync-failed",
            &[
                ("count", Arg::Number(count(delivery.unsent.len()))),
                ("url", Arg::Text(redact(lrs.statements_url()))),
                ("error", Arg::Text(reason)),
                ("path", Arg::Text(path.clone())),
            ],
        );
        writeln!(err, "{}", with_detail(words, sentence, detail.as_deref()))?;
        return Ok(1);
    }
    if kept > 0 {
        return Ok(1);
    }
    if delivery.sent.is_empty() && gone.is_empty() {
        writeln!(out, "{}", nothing())?;
    }
    Ok(0)
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The table's columns: message id, and whether the cells are right-aligned.
const COLUMNS: [(&str, bool); 8] = [
    ("cli-records-col-trainee", false),
    ("cli-records-col-scenario", false),
    ("cli-records-col-mode", false),
    ("cli-records-col-language", false),
    ("cli-records-col-result", false),
    ("cli-records-col-score", true),
    ("cli-records-col-duration", true),
    ("cli-records-col-when", false),
];

/// One row of the table, in the person's language.
fn cells(words: Words<'_>, s: &Statement) -> [String; 8] {
    let mode = match s.mode() {
        m @ ("guided" | "exam") => words.text(&format!("cli-records-mode-{m}"), &[]),
        other => other.to_owned(),
    };
    let result = match s.verb_word() {
        v @ ("completed" | "passed" | "failed" | "attempted") => {
            words.text(&format!("cli-records-result-{v}"), &[])
        }
        other => other.to_owned(),
    };
    [
        s.trainee().to_owned(),
        s.scenario().to_owned(),
        mode,
        s.language().to_owned(),
        result,
        score(s),
        s.duration().map_or_else(|| "-".to_owned(), minutes_seconds),
        local_time(&s.timestamp),
    ]
}

/// The raw score (`85`), or `-` when the record has none.
fn score(s: &Statement) -> String {
    s.score()
        .map_or_else(|| "-".to_owned(), |raw| format!("{raw}"))
}

/// `m:ss`, whole seconds (minutes go on past 59).
fn minutes_seconds(d: Duration) -> String {
    let secs = d.as_secs();
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// `YYYY-MM-DD HH:MM` in the system's time zone (`TZ`); the text as recorded
/// when it is not a timestamp.
fn local_time(recorded: &str) -> String {
    match recorded.parse::<jiff::Timestamp>() {
        Ok(ts) => ts
            .to_zoned(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M")
            .to_string(),
        Err(_) => recorded.to_owned(),
    }
}

/// The table: a header row, then one row per record, columns as wide as
/// their widest cell (double-width characters count two).
fn table(words: Words<'_>, rows: &[&Statement], out: &mut impl Write) -> Result<(), CliError> {
    let header: Vec<String> = COLUMNS.iter().map(|(id, _)| words.text(id, &[])).collect();
    let escaped = |c: String| walkthrough_scenario::escape_controls(&c).into_owned();
    let body: Vec<[String; 8]> = rows.iter().map(|s| cells(words, s).map(escaped)).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in &body {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |cells: &[String]| -> String {
        let mut line = String::new();
        for (i, ((cell, w), (_, right))) in cells.iter().zip(&widths).zip(COLUMNS).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            if right {
                line.push_str(&" ".repeat(w.saturating_sub(width(cell))));
                line.push_str(cell);
            } else {
                line.push_str(&pad(cell, *w));
            }
        }
        line.trim_end().to_owned()
    };
    writeln!(out, "{}", line(&header))?;
    for row in &body {
        writeln!(out, "{}", line(row))?;
    }
    Ok(())
}

/// The CSV header: stable English keys.
pub const CSV_HEADER: [&str; 12] = [
    "trainee",
    "scenario",
    "mode",
    "language",
    "result",
    "score",
    "duration_seconds",
    "timestamp",
    "statement_id",
    "wrong_actions",
    "hints",
    "step_seconds",
];

/// Seconds with up to three decimals: `83.45`, `60`.
fn seconds(d: Duration) -> String {
    let ms = d.as_millis();
    let text = format!("{}.{:03}", ms / 1000, ms % 1000);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// A cell a spreadsheet cannot take for a formula: one starting with `=`,
/// `+`, `-`, `@`, a tab or a carriage return gets a `'` in front (OWASP's
/// rule against CSV injection, <https://owasp.org/www-community/attacks/CSV_Injection>).
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// One row per record; words are the stable English ones, the timestamp as
/// recorded; every cell passes through [`neutralise`].
fn csv(rows: &[&Statement], out: &mut impl Write) -> Result<(), CliError> {
    let mut writer = csv::Writer::from_writer(out);
    writer
        .write_record(CSV_HEADER)
        .map_err(std::io::Error::from)?;
    for s in rows {
        let duration = s.duration().map(seconds).unwrap_or_default();
        let score = s.score().map(|raw| format!("{raw}")).unwrap_or_default();
        let count = |ext: &str| s.count(ext).map(|n| n.to_string()).unwrap_or_default();
        // Each finished step's seconds, in order: `12.5;8;0`.
        let steps: Vec<String> = s.step_durations().into_iter().map(seconds).collect();
        let (id, wrong, hints, steps) = (
            s.id.to_string(),
            count(walkthrough_records::statement::EXT_WRONG_ACTIONS),
            count(walkthrough_records::statement::EXT_HINTS),
            steps.join(";"),
        );
        let cells = [
            s.trainee(),
            s.scenario(),
            s.mode(),
            s.language(),
            s.verb_word(),
            &score,
            &duration,
            &s.timestamp,
            &id,
            &wrong,
            &hints,
            &steps,
        ]
        .map(neutralise);
        writer
            .write_record(cells.iter().map(|c| c.as_ref()))
            .map_err(std::io::Error::from)?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_show_as_minutes_and_seconds_and_as_decimal_seconds() {
        assert_eq!(minutes_seconds(Duration::from_millis(83_456)), "1:23");
        assert_eq!(minutes_seconds(Duration::from_secs(4_503)), "75:03");
        assert_eq!(minutes_seconds(Duration::ZERO), "0:00");
        assert_eq!(seconds(Duration::from_millis(83_450)), "83.45");
        assert_eq!(seconds(Duration::from_secs(60)), "60");
        assert_eq!(seconds(Duration::from_millis(5)), "0.005");
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        for cell in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(neutralise(cell), format!("'{cell}"));
        }
        for cell in ["aiko", "83.45", "2026-11-25T10:00:00.000Z", "", "a=b"] {
            assert_eq!(neutralise(cell), cell);
        }
    }

    #[test]
    fn a_timestamp_that_is_not_one_is_shown_as_recorded() {
        assert_eq!(local_time("yesterday"), "yesterday");
    }
}
