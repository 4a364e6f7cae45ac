//! The real binary in a pseudo-terminal (`portable-pty`): keys in, screen
//! bytes out, signals, the terminal closed under it. Shared by the fault
//! suite (`tests/terminal.rs`) and the key → screen bench
//! (`benches/terminal.rs`).
#![allow(dead_code, clippy::unwrap_used)]

use nix_raw_io::errno::Errno;
use nix_raw_io::fcntl::{fcntl, FcntlArg, OFlag};
use nix_raw_io::unistd;
use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};
use std::os::fd::RawFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// How long anything may take on a loaded machine before a test gives up.
pub const PATIENCE: Duration = Duration::from_secs(60);

/// Everything the program wrote, with the time each chunk arrived.
#[derive(Default)]
struct Output {
    bytes: Vec<u8>,
    /// (end offset in `bytes`, when it arrived).
    chunks: Vec<(usize, Instant)>,
    closed: bool,
}

/// A program running in a pseudo-terminal.
///
/// The master side is read and written through a descriptor of our own, not
/// portable-pty's writer, whose drop types a newline and EOF: closing the
/// terminal here must close it and type nothing.
pub struct Pty {
    child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
    /// Our descriptor of the master (non-blocking), or -1 once closed.
    fd: RawFd,
    closing: Arc<AtomicBool>,
    /// While set, nothing is read: the terminal takes no more output once
    /// its buffer is full, as a stalled SSH session.
    stalled: Arc<AtomicBool>,
    reader: Option<std::thread::JoinHandle<()>>,
    out: Arc<(Mutex<Output>, Condvar)>,
}

impl Pty {
    /// Starts `program` with `args` in a `cols` × `rows` terminal, with
    /// `env` on top of a clean `TERM=xterm-256color` environment.
    pub fn spawn(program: &str, args: &[&str], env: &[(&str, &str)], size: (u16, u16)) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                cols: size.0,
                rows: size.1,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env_clear();
        cmd.env("TERM", "xterm-256color");
        cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
        cmd.env("HOME", std::env::temp_dir());
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let fd = unistd::dup(pair.master.as_raw_fd().unwrap()).unwrap();
        fcntl(fd, FcntlArg::F_SETFL(OFlag::O_NONBLOCK)).unwrap();
        let out = Arc::new((Mutex::new(Output::default()), Condvar::new()));
        let closing = Arc::new(AtomicBool::new(false));
        let stalled = Arc::new(AtomicBool::new(false));
        let (sink, stop, stall) = (Arc::clone(&out), Arc::clone(&closing), Arc::clone(&stalled));
        let reader = std::thread::spawn(move || {
            let mut buf = vec![0u8; 1 << 16];
            loop {
                if stop.load(Ordering::SeqCst) {
                    return;
                }
                if stall.load(Ordering::SeqCst) {
                    std::thread::sleep(Duration::from_millis(1));
                    continue;
                }
                let n = match unistd::read(fd, &mut buf) {
                    Err(Errno::EAGAIN) | Err(Errno::EINTR) => {
                        std::thread::sleep(Duration::from_micros(50));
                        continue;
                    }
                    Ok(n) => n,
                    Err(_) => 0,
                };
                let (lock, cvar) = &*sink;
                let mut o = lock.lock().unwrap();
                if n == 0 {
                    o.closed = true;
                    cvar.notify_all();
                    return;
                }
                o.bytes.extend_from_slice(&buf[..n]);
                let end = o.bytes.len();
                o.chunks.push((end, Instant::now()));
                cvar.notify_all();
            }
        });
        Pty {
            child,
            master: Some(pair.master),
            fd,
            closing,
            stalled,
            reader: Some(reader),
            out,
        }
    }

    /// The process id.
    pub fn pid(&self) -> i32 {
        self.child.process_id().unwrap() as i32
    }

    /// Types `bytes`, waiting while the terminal's input queue is full.
    pub fn send(&mut self, mut bytes: &[u8]) {
        let deadline = Instant::now() + PATIENCE;
        while !bytes.is_empty() {
            match unistd::write(self.fd, bytes) {
                Ok(n) => bytes = &bytes[n..],
                Err(Errno::EAGAIN) | Err(Errno::EINTR) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_micros(100));
                }
                Err(e) => panic!("cannot type into the terminal: {e}\n{}", self.tail()),
            }
        }
    }

    /// Types `bytes` in pieces of `chunk` bytes (as a terminal delivers a
    /// long paste), without waiting between them.
    pub fn send_chunked(&mut self, bytes: &[u8], chunk: usize) {
        for piece in bytes.chunks(chunk) {
            self.send(piece);
        }
    }

    /// How many bytes the program has written so far.
    pub fn len(&self) -> usize {
        self.out.0.lock().unwrap().bytes.len()
    }

    /// Everything written so far, as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.out.0.lock().unwrap().bytes).into_owned()
    }

    /// What was written from byte `from` on, as text.
    pub fn text_from(&self, from: usize) -> String {
        let o = self.out.0.lock().unwrap();
        String::from_utf8_lossy(&o.bytes[from.min(o.bytes.len())..]).into_owned()
    }

    /// Waits until the output after byte `from` holds `needle`; gives the
    /// byte offset just past it and when the chunk completing it arrived.
    pub fn wait_for(&self, needle: &str, from: usize) -> Result<(usize, Instant), String> {
        self.wait_for_within(needle, from, PATIENCE)
    }

    /// [`Pty::wait_for`] with its own time limit.
    pub fn wait_for_within(
        &self,
        needle: &str,
        from: usize,
        limit: Duration,
    ) -> Result<(usize, Instant), String> {
        let deadline = Instant::now() + limit;
        let needle = needle.as_bytes();
        let (lock, cvar) = &*self.out;
        let mut o = lock.lock().unwrap();
        loop {
            let hay = &o.bytes[from.min(o.bytes.len())..];
            if let Some(at) = hay.windows(needle.len()).position(|w| w == needle) {
                let end = from + at + needle.len();
                let when = o
                    .chunks
                    .iter()
                    .find(|(e, _)| *e >= end)
                    .map_or_else(Instant::now, |(_, t)| *t);
                return Ok((end, when));
            }
            let now = Instant::now();
            if now >= deadline || o.closed {
                let tail = String::from_utf8_lossy(&o.bytes[o.bytes.len().saturating_sub(3000)..])
                    .into_owned();
                return Err(format!(
                    "{:?} did not appear (closed: {}); the output ends with:\n{tail:?}",
                    String::from_utf8_lossy(needle),
                    o.closed
                ));
            }
            o = cvar.wait_timeout(o, deadline - now).unwrap().0;
        }
    }

    /// Waits until the output goes quiet for `quiet`, or `limit` passes;
    /// gives the time of the last chunk.
    pub fn settle(&self, quiet: Duration, limit: Duration) -> Option<Instant> {
        let deadline = Instant::now() + limit;
        let (lock, cvar) = &*self.out;
        let mut o = lock.lock().unwrap();
        loop {
            let last = o.chunks.last().map(|c| c.1);
            let now = Instant::now();
            if last.is_none_or(|t| now.duration_since(t) >= quiet) || now >= deadline {
                return last;
            }
            let wait = quiet.min(deadline - now);
            o = cvar.wait_timeout(o, wait).unwrap().0;
        }
    }

    /// Stops (`true`) or starts again (`false`) reading what the program
    /// writes: a stopped terminal takes no output once its buffer is full.
    pub fn stall(&self, stalled: bool) {
        self.stalled.store(stalled, Ordering::SeqCst);
    }

    /// Whether the program's main thread is asleep in a write to the
    /// terminal (its kernel wait channel, `/proc/PID/wchan`, is the tty
    /// write's wait).
    pub fn blocked_writing(&self) -> bool {
        std::fs::read_to_string(format!("/proc/{}/wchan", self.pid()))
            .is_ok_and(|w| w.contains("wait_woken") || w.contains("tty_write"))
    }

    /// Resizes the terminal, as dragging its window's corner does: the
    /// kernel sends SIGWINCH.
    pub fn resize(&self, cols: u16, rows: u16) {
        let size = PtySize {
            cols,
            rows,
            pixel_width: 0,
            pixel_height: 0,
        };
        self.master.as_ref().unwrap().resize(size).unwrap();
    }

    /// Sends `signal` to the program.
    pub fn signal(&self, signal: nix::sys::signal::Signal) {
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(self.pid()), signal).unwrap();
    }

    /// Closes the terminal under the program, as closing its window does:
    /// the kernel hangs the terminal up and sends SIGHUP.
    pub fn close(&mut self) {
        self.closing.store(true, Ordering::SeqCst);
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        self.master = None;
        if self.fd >= 0 {
            let _ = unistd::close(self.fd);
            self.fd = -1;
        }
    }

    /// Waits for the program to end; its exit code (128 + n for signal n).
    pub fn wait_exit(&mut self) -> Result<u32, String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().map_err(|e| e.to_string())? {
                self.drain_after_exit(deadline);
                return Ok(match status.signal() {
                    Some(_) if status.exit_code() == 1 => 128 + signal_number(status.signal()),
                    _ => status.exit_code(),
                });
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                return Err(format!(
                    "still running after {PATIENCE:?}:\n{}",
                    self.tail()
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits (until `deadline`) for the reader to take the last bytes the
    /// program wrote before it ended: the terminal has no writer left then,
    /// so the read ends. Without this the modes a program put back in its
    /// last write can still be unread on a busy machine.
    fn drain_after_exit(&self, deadline: Instant) {
        if self.closing.load(Ordering::SeqCst) {
            // We closed the terminal ourselves: nothing more is read.
            return;
        }
        // The read ends once no process holds the terminal; a few seconds is
        // plenty, and a test that needs longer fails on what it asserts.
        let deadline = deadline.min(Instant::now() + Duration::from_secs(5));
        let (lock, cvar) = &*self.out;
        let Ok(mut o) = lock.lock() else { return };
        while !o.closed {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            match cvar.wait_timeout(o, left) {
                Ok((guard, _)) => o = guard,
                Err(_) => return,
            }
        }
    }

    /// The end of the output, for failure messages.
    pub fn tail(&self) -> String {
        let text = self.text();
        let cut = text.len().saturating_sub(2000);
        let cut = (cut..text.len())
            .find(|i| text.is_char_boundary(*i))
            .unwrap_or(0);
        format!("{:?}", &text[cut..])
    }

    /// Whether the terminal is back in cooked mode (echo, canonical input,
    /// signals from keys), as it was before the program started.
    pub fn cooked(&self) -> bool {
        use nix::sys::termios::LocalFlags;
        let termios = self.master.as_ref().and_then(|m| m.get_termios());
        termios.is_some_and(|t| {
            t.local_flags
                .contains(LocalFlags::ICANON | LocalFlags::ECHO | LocalFlags::ISIG)
        })
    }

    /// What of the program's terminal modes is left on at the end: the
    /// alternate screen, mouse capture, bracketed paste, a hidden cursor
    /// (each switched on and not off after); empty when all were put back.
    pub fn modes_left_on(&self) -> Vec<&'static str> {
        let text = self.text();
        let modes = [
            ("alternate screen", "\x1b[?1049h", "\x1b[?1049l"),
            ("mouse capture", "\x1b[?1000h", "\x1b[?1000l"),
            ("bracketed paste", "\x1b[?2004h", "\x1b[?2004l"),
            ("hidden cursor", "\x1b[?25l", "\x1b[?25h"),
        ];
        modes
            .iter()
            .filter(|(_, on, off)| match (text.rfind(on), text.rfind(off)) {
                (Some(on), Some(off)) => off < on,
                (Some(_), None) => true,
                _ => false,
            })
            .map(|(name, _, _)| *name)
            .collect()
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.close();
    }
}

/// The number of a signal as portable-pty names it ("Hangup", "Killed", …).
fn signal_number(name: Option<&str>) -> u32 {
    match name.unwrap_or_default() {
        "Hangup" => 1,
        "Interrupt" => 2,
        "Quit" => 3,
        "Killed" => 9,
        "User defined signal 1" => 10,
        "Alarm clock" => 14,
        "Terminated" => 15,
        _ => 0,
    }
}
