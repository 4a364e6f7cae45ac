//! The local store: one xAPI statement per line (JSON Lines), appended safely
//! by any number of processes at once.
//!
//! An append takes an exclusive lock on the file (waiting for it at most
//! [`LOCK_WAIT`], then giving up with [`StoreError::Locked`], so a file
//! another program holds locked never holds a record without bound), writes
//! the whole line with
//! one `write_all`, then `sync_data`. If the file does not end with a newline
//! (a write cut short), the new line starts on a line of its own, so a
//! truncated line never takes a good one with it. Reading takes a shared
//! lock (waited for in the same way), accepts a UTF-8 byte-order mark at the start (an editor's), and
//! skips any line that is not a statement, with a warning naming it.
//!
//! A statement id appears once: a later line with an id already read is not
//! a second record; it is named in [`Loaded::repeated`], once per id.
//!
//! Statements to be sent to a Learning Record Store are listed by id in a
//! second file beside the first, `<file>.pending`, one id a line, with the
//! same locking. The list is written ahead: [`Store::deliver`] lists a
//! statement *before* it is sent and takes it off only once the LRS has
//! stored it, so a process killed in the middle of a send (or an LRS that
//! never answers) leaves it pending for the next sync. The records file
//! itself stays pure xAPI, so it can be handed to any tool that reads
//! statements.

use crate::lrs::{Lrs, LrsError};
use crate::statement::Statement;
use fs4::FileExt;
use std::collections::BTreeSet;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use thiserror::Error;
use uuid::Uuid;

/// The longest a lock on a records file (or its pending list) is waited
/// for: another process appending holds it for a few milliseconds, so a
/// lock held this long is held by something else (`flock`, an editor, a
/// stuck process), and the store gives up.
pub const LOCK_WAIT: Duration = Duration::from_secs(5);

/// How often a lock held by another process is tried again.
const LOCK_RETRY: Duration = Duration::from_millis(20);

/// The file name of the default store, in the user's data directory.
pub const FILE_NAME: &str = "records.jsonl";

/// What went wrong with the store.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The user's data directory is unknown (no home directory).
    #[error("no data directory for this user; name a records file")]
    NoDataDir,
    /// A file could not be opened, locked, read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Another process held the file locked for as long as the store
    /// waits ([`LOCK_WAIT`]), or until the caller gave up waiting.
    #[error("{}: locked by another process (waited {} ms)", path.display(), waited.as_millis())]
    Locked {
        /// The file.
        path: PathBuf,
        /// How long the lock was waited for.
        waited: Duration,
    },
    /// A statement could not be turned into JSON.
    #[error("cannot write a statement as JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// A line that was skipped when reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// 1-based line number.
    pub line: usize,
    /// Why it is not a statement.
    pub reason: String,
}

/// A statement id found on more than one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeated {
    /// The id.
    pub id: Uuid,
    /// The line it was first read from (1-based): the record kept.
    pub first: usize,
    /// The later lines with it (1-based), not read as records.
    pub again: Vec<usize>,
}

/// What a read found: the statements, and the lines it skipped.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// Every good statement, in file order, each id once (its first line).
    pub statements: Vec<Statement>,
    /// Lines that are not statements.
    pub skipped: Vec<Skipped>,
    /// Ids on more than one line, in the order they were found again.
    pub repeated: Vec<Repeated>,
}

/// What [`Store::deliver`] did with the statements it was given.
#[derive(Debug, Default)]
pub struct Delivery {
    /// The ids the LRS took ([`Receipt`](crate::lrs::Receipt) `Stored` or
    /// `Accepted`), in order: off the pending list (unless
    /// [`clear_error`](Delivery::clear_error)).
    pub sent: Vec<Uuid>,
    /// Where the last one was taken: [`Lrs::statements_url`] or where a
    /// redirect led, redacted.
    pub url: Option<String>,
    /// The ids not sent: the one that failed and every one after it (not
    /// tried, each would wait as long). Each stays pending, unless it is in
    /// [`unlisted`](Delivery::unlisted).
    pub unsent: Vec<Uuid>,
    /// Why the first of [`unsent`](Delivery::unsent) failed.
    pub error: Option<LrsError>,
    /// Ids that could not be listed as pending before sending (they were
    /// sent all the same); one that is also unsent has nothing keeping it
    /// for a later sync.
    pub unlisted: Vec<Uuid>,
    /// Why listing them failed.
    pub list_error: Option<StoreError>,
    /// Why the sent ones could not be taken off the pending list: they stay
    /// listed, and a later sync sends them again (a matching re-send is
    /// taken again by the LRS, not stored twice).
    pub clear_error: Option<StoreError>,
}

/// A JSON Lines file of statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    path: PathBuf,
}

impl Store {
    /// The store at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Store {
        Store { path: path.into() }
    }

    /// The default store: `records.jsonl` in the user's data directory
    /// (`~/.local/share/walkthrough` on Linux, `~/Library/Application
    /// Support/walkthrough` on macOS, `%APPDATA%\walkthrough\data` on Windows).
    pub fn default_location() -> Result<Store, StoreError> {
        let dirs =
            directories::ProjectDirs::from("", "", "walkthrough").ok_or(StoreError::NoDataDir)?;
        Ok(Store::new(dirs.data_dir().join(FILE_NAME)))
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file listing the ids of statements not yet sent.
    pub fn pending_path(&self) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push(".pending");
        PathBuf::from(name)
    }

    fn io(&self, path: &Path) -> impl Fn(std::io::Error) -> StoreError {
        let path = path.to_owned();
        move |source| match source.get_ref().and_then(|e| e.downcast_ref::<Busy>()) {
            Some(busy) => StoreError::Locked {
                path: path.clone(),
                waited: busy.0,
            },
            None => StoreError::Io {
                path: path.clone(),
                source,
            },
        }
    }

    /// Appends one statement (creating the file and its folder if needed),
    /// waiting at most [`LOCK_WAIT`] for the file's lock.
    ///
    /// # Errors
    /// [`StoreError::Locked`] when another process held the lock all that
    /// time; [`StoreError::Io`] when the file could not be opened or
    /// written; [`StoreError::Json`].
    pub fn append(&self, statement: &Statement) -> Result<(), StoreError> {
        self.append_within(statement, LOCK_WAIT, &|| false)
    }

    /// Appends one statement as [`Store::append`] does, waiting at most
    /// `wait` for the file's lock, and no longer once `give_up` says so
    /// (asked between tries, every 20 ms: a signal that came, say). The
    /// lock is always tried once.
    ///
    /// # Errors
    /// As [`Store::append`]; [`StoreError::Locked`] also when it gave up.
    pub fn append_within(
        &self,
        statement: &Statement,
        wait: Duration,
        give_up: &dyn Fn() -> bool,
    ) -> Result<(), StoreError> {
        let line = statement.to_line()?;
        append_line(&self.path, &line, wait, give_up).map_err(self.io(&self.path))
    }

    /// Every statement in the file; a missing file has none.
    pub fn read(&self) -> Result<Loaded, StoreError> {
        let text = match read_locked(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Loaded::default()),
            Err(e) => return Err(self.io(&self.path)(e)),
        };
        Ok(parse_lines(&text))
    }

    /// Notes that `id` still has to be sent to a Learning Record Store.
    pub fn mark_pending(&self, id: Uuid) -> Result<(), StoreError> {
        self.mark_all_pending(&[id])
    }

    /// Notes that each of `ids` still has to be sent, in one write.
    pub fn mark_all_pending(&self, ids: &[Uuid]) -> Result<(), StoreError> {
        if ids.is_empty() {
            return Ok(());
        }
        let path = self.pending_path();
        let lines: Vec<String> = ids.iter().map(Uuid::to_string).collect();
        append_line(&path, &lines.join("\n"), LOCK_WAIT, &|| false).map_err(self.io(&path))
    }

    /// Sends `statements` (records of this file) to `lrs`, write-ahead:
    /// first every one not yet on the pending list is listed (synced to
    /// disk), then each is sent in order, and those the LRS took come off
    /// the list. After the first that fails the rest are not tried. A
    /// process that dies at any point leaves every statement not yet taken
    /// on the list. Never fails as a whole: see [`Delivery`].
    pub fn deliver(&self, lrs: &Lrs, statements: &[&Statement]) -> Delivery {
        let mut delivery = Delivery::default();
        let listed: BTreeSet<Uuid> = self.pending().unwrap_or_default().into_iter().collect();
        let mut to_list: Vec<Uuid> = Vec::new();
        for s in statements {
            if !listed.contains(&s.id) && !to_list.contains(&s.id) {
                to_list.push(s.id);
            }
        }
        if let Err(e) = self.mark_all_pending(&to_list) {
            delivery.unlisted = to_list;
            delivery.list_error = Some(e);
        }
        send_each(lrs, statements, &mut delivery);
        if !delivery.sent.is_empty() {
            if let Err(e) = self.clear_pending(&delivery.sent) {
                delivery.clear_error = Some(e);
            }
        }
        delivery
    }

    /// The ids still to be sent, in the order they were noted.
    pub fn pending(&self) -> Result<Vec<Uuid>, StoreError> {
        let path = self.pending_path();
        match read_locked(&path) {
            Ok(text) => Ok(parse_ids(&text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(self.io(&path)(e)),
        }
    }

    /// Takes `sent` out of the pending list (ids noted meanwhile by other
    /// processes stay).
    pub fn clear_pending(&self, sent: &[Uuid]) -> Result<(), StoreError> {
        let path = self.pending_path();
        let io = self.io(&path);
        let file = match OpenOptions::new().read(true).write(true).open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(io(e)),
        };
        lock_within(&file, Lock::Exclusive, LOCK_WAIT, &|| false).map_err(&io)?;
        let result = rewrite_without(&file, sent);
        let unlocked = FileExt::unlock(&file);
        result.map_err(&io)?;
        unlocked.map_err(io)
    }
}

/// Sends each of `statements` to `lrs` until one fails; those not sent go to
/// `unsent`. No store is touched: for statements that are in none (a records
/// file that could not be written), see [`Store::deliver`] for the others.
pub fn send_unkept(lrs: &Lrs, statements: &[&Statement]) -> Delivery {
    let mut delivery = Delivery {
        unlisted: statements.iter().map(|s| s.id).collect(),
        ..Delivery::default()
    };
    send_each(lrs, statements, &mut delivery);
    delivery
}

fn send_each(lrs: &Lrs, statements: &[&Statement], delivery: &mut Delivery) {
    for s in statements {
        if delivery.error.is_some() {
            delivery.unsent.push(s.id);
            continue;
        }
        match lrs.send(s) {
            Ok(sent) => {
                delivery.sent.push(s.id);
                delivery.url = Some(sent.url);
            }
            Err(e) => {
                delivery.error = Some(e);
                delivery.unsent.push(s.id);
            }
        }
    }
}

/// A lock waited for until it was given up: how long.
#[derive(Debug)]
struct Busy(Duration);

impl std::fmt::Display for Busy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // i18n-exempt: never shown, always turned into StoreError::Locked
        write!(f, "locked by another process")
    }
}

impl std::error::Error for Busy {}

/// Which lock.
#[derive(Debug, Clone, Copy)]
enum Lock {
    Shared,
    Exclusive,
}

/// Takes `lock` on `file`, trying again every [`LOCK_RETRY`] while another
/// process holds it, for at most `wait`, and no longer once `give_up` says
/// so; tried at least once. Gives up with an error of kind `TimedOut`
/// holding [`Busy`].
fn lock_within(
    file: &File,
    lock: Lock,
    wait: Duration,
    give_up: &dyn Fn() -> bool,
) -> std::io::Result<()> {
    let start = Instant::now();
    loop {
        let tried = match lock {
            Lock::Shared => FileExt::try_lock_shared(file),
            Lock::Exclusive => FileExt::try_lock(file),
        };
        match tried {
            Ok(()) => return Ok(()),
            Err(fs4::TryLockError::Error(e)) => return Err(e),
            Err(fs4::TryLockError::WouldBlock) => {}
        }
        let waited = start.elapsed();
        if waited >= wait || give_up() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                Busy(waited),
            ));
        }
        std::thread::sleep(LOCK_RETRY.min(wait - waited));
    }
}

/// Appends `line` and a newline under an exclusive lock (see
/// [`lock_within`]), in one write, then syncs. Starts a new line first if
/// the file ends in the middle of one.
fn append_line(
    path: &Path,
    line: &str,
    wait: Duration,
    give_up: &dyn Fn() -> bool,
) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(path)?;
    lock_within(&file, Lock::Exclusive, wait, give_up)?;
    let result = (|| {
        let mut buf = Vec::with_capacity(line.len() + 2);
        if !ends_with_newline(&mut file)? {
            buf.push(b'\n');
        }
        buf.extend_from_slice(line.as_bytes());
        buf.push(b'\n');
        file.write_all(&buf)?;
        file.sync_data()
    })();
    let unlocked = FileExt::unlock(&file);
    result.and(unlocked)
}

/// Whether the file is empty or ends with `\n`.
fn ends_with_newline(file: &mut File) -> std::io::Result<bool> {
    let len = file.seek(SeekFrom::End(0))?;
    if len == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// The whole file, read under a shared lock.
fn read_locked(path: &Path) -> std::io::Result<String> {
    let mut file = File::open(path)?;
    lock_within(&file, Lock::Shared, LOCK_WAIT, &|| false)?;
    let mut bytes = Vec::new();
    let result = file.read_to_end(&mut bytes);
    let unlocked = FileExt::unlock(&file);
    result?;
    unlocked?;
    // A line cut in the middle of a character must not cost the others.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The text without the UTF-8 byte-order mark (U+FEFF) an editor may have
/// put at its start.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The statements of a JSON Lines text; a byte-order mark at its start and
/// blank lines are ignored, other lines that are not statements are skipped
/// and named.
pub fn parse_lines(text: &str) -> Loaded {
    let mut loaded = Loaded::default();
    // Id → (its first line, its index in `repeated` once seen again).
    let mut seen: std::collections::HashMap<Uuid, (usize, Option<usize>)> =
        std::collections::HashMap::new();
    for (i, line) in without_bom(text).lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Statement>(line) {
            Ok(s) => match seen.get_mut(&s.id) {
                None => {
                    seen.insert(s.id, (i + 1, None));
                    loaded.statements.push(s);
                }
                Some((_, Some(at))) => {
                    loaded.repeated[*at].again.push(i + 1);
                }
                Some((first, slot @ None)) => {
                    *slot = Some(loaded.repeated.len());
                    loaded.repeated.push(Repeated {
                        id: s.id,
                        first: *first,
                        again: vec![i + 1],
                    });
                }
            },
            Err(e) => loaded.skipped.push(Skipped {
                line: i + 1,
                reason: e.to_string(),
            }),
        }
    }
    loaded
}

fn parse_ids(text: &str) -> Vec<Uuid> {
    let mut seen = BTreeSet::new();
    without_bom(text)
        .lines()
        .filter_map(|l| Uuid::parse_str(l.trim()).ok())
        .filter(|id| seen.insert(*id))
        .collect()
}

fn rewrite_without(mut file: &File, sent: &[Uuid]) -> std::io::Result<()> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    text.push_str(&String::from_utf8_lossy(&bytes));
    let keep: String = parse_ids(&text)
        .into_iter()
        .filter(|id| !sent.contains(id))
        .map(|id| format!("{id}\n"))
        .collect();
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(keep.as_bytes())?;
    file.sync_data()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn temp_file(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "walkthrough-store-{name}-{}-{}",
            std::process::id(),
            Uuid::new_v4()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("records.jsonl")
    }

    /// A lock held elsewhere (another open file description, as another
    /// process has) is waited for, but not without bound: the append gives
    /// up with `Locked`, writes nothing, and goes through once it is free.
    #[test]
    fn a_lock_held_elsewhere_is_waited_for_within_a_bound() {
        let path = temp_file("locked");
        std::fs::write(&path, "").unwrap();
        let holder = File::open(&path).unwrap();
        FileExt::lock(&holder).unwrap();
        let store = Store::new(&path);
        let gave_up = append_line(&path, "{}", Duration::from_millis(100), &|| false)
            .map_err(store.io(&path))
            .unwrap_err();
        assert!(
            matches!(&gave_up, StoreError::Locked { path: p, waited } if *p == path && *waited >= Duration::from_millis(100)),
            "{gave_up:?}"
        );
        // Told to give up: after one try.
        let gave_up = append_line(&path, "{}", LOCK_WAIT, &|| true)
            .map_err(store.io(&path))
            .unwrap_err();
        assert!(
            matches!(gave_up, StoreError::Locked { waited, .. } if waited < LOCK_WAIT),
            "{gave_up:?}"
        );
        // Nothing was written.
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "");
        // Freed while waited for: taken.
        let freed = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            FileExt::unlock(&holder).unwrap();
        });
        append_line(&path, "{}", LOCK_WAIT, &|| false).unwrap();
        freed.join().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{}\n");
    }

    /// A shared lock held elsewhere lets readers in and keeps writers out.
    #[test]
    fn readers_share_and_writers_wait() {
        let path = temp_file("shared");
        std::fs::write(&path, "x\n").unwrap();
        let holder = File::open(&path).unwrap();
        FileExt::lock_shared(&holder).unwrap();
        assert_eq!(read_locked(&path).unwrap(), "x\n");
        let e = append_line(&path, "y", Duration::from_millis(60), &|| false).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::TimedOut);
        FileExt::unlock(&holder).unwrap();
        append_line(&path, "y", Duration::from_millis(60), &|| false).unwrap();
        assert_eq!(read_locked(&path).unwrap(), "x\ny\n");
    }
}
