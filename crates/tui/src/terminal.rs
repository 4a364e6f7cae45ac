//! The real terminal: a crossterm backend of our own, the event loop (which
//! also moves demos on), and the terminal put back as it was on quit, on a
//! signal, when the terminal goes away, and on panic.
//!
//! Input is read here, not by cursive's crossterm backend, because that one
//! panics on bracketed paste and on a read error, and leaves idle time to a
//! 30 ms sleep; nor by crossterm's reader, which holds every later key
//! behind an incomplete escape sequence. [`crate::input`] reads the
//! terminal's bytes and parses them, ending an incomplete sequence after a
//! short silence. The loop waits on the terminal itself (`poll(2)` on
//! `/dev/tty`) with the next tick as the timeout, so a key is drawn as soon
//! as it is read; it reads everything that is waiting (a held key, a long
//! paste) before drawing once.

use crate::app::{self, App};
use crate::input::Reader;
use crate::TuiError;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event as CEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton as CButton,
    MouseEvent as CMouseEvent, MouseEventKind,
};
use crossterm::style::{
    Attribute, Color, Print, SetAttribute, SetBackgroundColor, SetForegroundColor,
};
use crossterm::{cursor, execute, queue, terminal};
use cursive::backend;
use cursive::event::{Event, Key, MouseButton, MouseEvent};
use cursive::theme;
use cursive::{Cursive, CursiveRunner, Vec2};
use std::cell::{Cell, RefCell};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::panic::{self, AssertUnwindSafe};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use walkthrough_portal::{Action, Role};

/// How often the loop wakes without input: demos and exam clocks move on
/// this tick. Input does not wait for it.
const TICK: Duration = Duration::from_millis(50);

/// Runs the app in the terminal until it quits; gives back its final state
/// and whether a signal (or the terminal going away) ended it.
pub(crate) fn run(app: App) -> Result<(App, bool), TuiError> {
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicBool::new(false));
    let signals = Signals::register(&stop, &done)?;
    let job_control = JobControl::register()?;
    let message = Arc::new(Mutex::new(None::<String>));
    let previous = panic::take_hook();
    {
        let message = Arc::clone(&message);
        panic::set_hook(Box::new(move |info| {
            restore();
            if let Ok(mut m) = message.lock() {
                *m = Some(info.to_string());
            }
        }));
    }
    let result = panic::catch_unwind(AssertUnwindSafe(|| event_loop(app, &stop, &done)));
    done.store(true, Ordering::SeqCst);
    drop(job_control);
    drop(signals);
    panic::set_hook(previous);
    match result {
        Ok(result) => result,
        Err(_) => {
            let text = message
                .lock()
                .ok()
                .and_then(|mut m| m.take())
                .unwrap_or_default();
            eprintln!("{text}");
            Err(TuiError::Panic(text))
        }
    }
}

/// What the backend learnt while reading that the loop must act on.
#[derive(Default)]
struct Shared {
    /// The terminal is gone: a read or write failed (hang-up, EOF, ENXIO).
    gone: Cell<bool>,
    /// Bracketed pastes read, not yet handled.
    pastes: RefCell<Vec<String>>,
    /// The terminal, to ask whether it is still there when idle.
    probe: RefCell<Option<File>>,
    /// The terminal's input.
    input: RefCell<Option<Reader>>,
}

fn event_loop(app: App, stop: &AtomicBool, done: &AtomicBool) -> Result<(App, bool), TuiError> {
    let mut siv = Cursive::new();
    app::install(&mut siv, app);
    let shared = Rc::new(Shared::default());
    let backend = Backend::init(Rc::clone(&shared))?;
    *shared.probe.borrow_mut() = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/tty")
        .ok();
    let mut runner: CursiveRunner<Cursive> = siv.into_runner(Box::new(backend));
    runner.refresh();
    ON_SCREEN.store(true, Ordering::SeqCst);
    let mut interrupted = false;
    let mut kept_once = false;
    while runner.is_running() {
        let ready = !shared.gone.get() && wait_for_input(&shared);
        let mut changed = false;
        if ready {
            changed |= runner.process_events();
            let pastes = std::mem::take(&mut *shared.pastes.borrow_mut());
            for text in pastes {
                paste(&mut runner, &text);
                changed = true;
            }
        }
        changed |= app::tick(&mut runner);
        if stop.load(Ordering::Relaxed) || shared.gone.get() {
            // The run is kept (and its record written) before the terminal
            // is put back: a vanished terminal may end the process any time.
            interrupted = true;
            app::quit(&mut runner);
            runner.with_user_data(|app: &mut App| {
                if let Some(s) = app.summary.as_mut() {
                    s.interrupted = true;
                }
                if let Some(s) = app.runs.last_mut() {
                    s.interrupted = true;
                }
            });
            break;
        }
        if changed || !kept_once {
            kept_once = true;
            runner.with_user_data(|app: &mut App| app.keep_abandoned());
        }
        if CONTINUED.swap(false, Ordering::SeqCst) {
            // Back from a stop: the screen is whatever the shell left.
            runner.clear();
            changed = true;
        }
        if DRAWN_OVER.swap(false, Ordering::SeqCst) {
            // Drawn over by `say_meanwhile`: the next frame whole.
            runner.clear();
            changed = true;
        }
        if changed && runner.is_running() {
            runner.refresh();
        }
    }
    ON_SCREEN.store(false, Ordering::SeqCst);
    *abandoned() = None;
    // Dropping the runner drops the backend, which restores the terminal.
    let mut siv = runner.into_inner();
    done.store(true, Ordering::SeqCst);
    let mut app: App = siv.take_user_data().ok_or(TuiError::NoScenario)?;
    match app.error.take() {
        Some(e) => Err(e),
        None => Ok((app, interrupted)),
    }
}

/// Whether the TUI is on the terminal (for [`say_meanwhile`]).
static ON_SCREEN: AtomicBool = AtomicBool::new(false);

/// Set by [`say_meanwhile`]: the next frame is drawn whole, over its line.
static DRAWN_OVER: AtomicBool = AtomicBool::new(false);

/// Shows `text` on the terminal's last line at once, in reverse video,
/// outside cursive's drawing: for work that holds the loop for a while
/// inside a callback (a record waiting for a records file another process
/// holds locked), which no frame can show. The next frame is drawn whole,
/// over it. Control characters are left out, and the text is cut to the
/// terminal's width. Does nothing when the TUI is not on the terminal; a
/// terminal that takes no output is ignored.
pub fn say_meanwhile(text: &str) {
    if !ON_SCREEN.load(Ordering::SeqCst) {
        return;
    }
    let (width, height) = terminal::size().unwrap_or((0, 0));
    if width == 0 || height == 0 {
        return;
    }
    // One column spare: a full last line would scroll some terminals.
    let room = usize::from(width) - 1;
    let mut line = String::new();
    let mut used = 0;
    for c in text.chars().filter(|c| !c.is_control()) {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        line.push(c);
    }
    line.extend(std::iter::repeat_n(' ', room - used));
    DRAWN_OVER.store(true, Ordering::SeqCst);
    let mut bytes = Vec::new();
    let _ = queue!(
        bytes,
        cursor::MoveTo(0, height - 1),
        SetAttribute(Attribute::Reverse),
        Print(line),
        SetAttribute(Attribute::Reset)
    );
    write_without_waiting(&bytes);
}

/// The current run's record were it abandoned now (see
/// [`crate::AbandonSink`]), refreshed after each pass of the loop; emptied
/// while the run's own record is written, and once it is.
static ABANDONED: Mutex<Option<crate::RunSummary>> = Mutex::new(None);

/// Writes [`ABANDONED`] from the watchdog.
static ABANDON_SINK: Mutex<Option<crate::AbandonSink>> = Mutex::new(None);

/// The abandoned-run slot, waited for.
pub(crate) fn abandoned() -> std::sync::MutexGuard<'static, Option<crate::RunSummary>> {
    ABANDONED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The abandoned-run slot, unless someone holds it.
pub(crate) fn try_abandoned() -> Option<std::sync::MutexGuard<'static, Option<crate::RunSummary>>> {
    match ABANDONED.try_lock() {
        Ok(guard) => Some(guard),
        Err(std::sync::TryLockError::Poisoned(p)) => Some(p.into_inner()),
        Err(std::sync::TryLockError::WouldBlock) => None,
    }
}

pub(crate) fn set_abandon_sink(sink: crate::AbandonSink) {
    *ABANDON_SINK
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(sink);
}

/// Set once a signal that ends the program came while the TUI ran.
static SIGNALLED: AtomicBool = AtomicBool::new(false);

/// Whether a signal that ends the program ([`ending_signals`]) has come
/// while the TUI ran: what is done in the meantime (a record waiting for a
/// records file another process holds locked) is to stop waiting and finish
/// at once, before the program quits.
pub fn signalled() -> bool {
    SIGNALLED.load(Ordering::SeqCst)
}

/// Runs `work` on a thread of its own and waits for it; should a signal
/// that ends the process ([`ending_signals`]) come first, calls `on_signal`
/// with its number at once, `work` still running. `on_signal` is to end the
/// process (say what stays undone, then `std::process::exit`); if it
/// returns, the wait goes on. For what may wait long after the terminal is
/// restored, such as sending records to an LRS that does not answer: Ctrl-C
/// stops it. A panic in `work` is passed on.
pub fn unless_signalled<T: Send>(
    work: impl FnOnce() -> T + Send,
    on_signal: impl FnOnce(i32),
) -> T {
    let caught = Arc::new(AtomicUsize::new(0));
    #[cfg(unix)]
    let ids: Vec<signal_hook::SigId> = ending_signals()
        .into_iter()
        .filter_map(|signal| {
            let value = usize::try_from(signal).ok()?;
            signal_hook::flag::register_usize(signal, Arc::clone(&caught), value).ok()
        })
        .collect();
    let mut on_signal = Some(on_signal);
    let result = std::thread::scope(|scope| {
        let worker = scope.spawn(work);
        while !worker.is_finished() {
            std::thread::park_timeout(Duration::from_millis(10));
            let signal = caught.load(Ordering::SeqCst);
            if signal != 0 {
                if let Some(f) = on_signal.take() {
                    f(i32::try_from(signal).unwrap_or(i32::MAX));
                }
            }
        }
        worker.join()
    });
    #[cfg(unix)]
    for id in ids {
        signal_hook::low_level::unregister(id);
    }
    result.unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Waits up to one tick for input; whether some is ready. A failing terminal
/// marks the terminal gone.
fn wait_for_input(shared: &Shared) -> bool {
    let waited = match shared.input.borrow_mut().as_mut() {
        Some(input) => input.wait(TICK),
        None => Err(crate::input::Gone),
    };
    match waited {
        Ok(true) => true,
        Ok(false) => {
            if !still_there(shared) {
                shared.gone.set(true);
            }
            false
        }
        Err(_) => {
            shared.gone.set(true);
            false
        }
    }
}

/// Whether the terminal still answers. A hung-up terminal reads as endless
/// EOF, which crossterm takes for no input, and may come without SIGHUP (the
/// program not in the foreground group); asking for its size then fails
/// with EIO.
fn still_there(shared: &Shared) -> bool {
    #[cfg(unix)]
    if let Some(tty) = shared.probe.borrow().as_ref() {
        return rustix::termios::tcgetwinsize(tty).is_ok();
    }
    true
}

/// A bracketed paste: typed into the focused text field, in one action;
/// ignored when the focus is elsewhere or a menu or dialog is open. Escape
/// sequences are dropped whole; line breaks and other control characters
/// are left out (a field holds one line).
fn paste(siv: &mut Cursive, text: &str) {
    if siv.screen().len() > 1 {
        return;
    }
    let field = app::with_app(siv, |app| {
        let run = app.run.as_ref()?;
        let id = run.focus.clone()?;
        let screen = run.session.screen();
        let element = screen.element(&id)?;
        (element.role == Role::TextField && element.enabled).then_some(id)
    })
    .flatten();
    let Some(element) = field else { return };
    let text: String = crate::input::without_escapes(text)
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    if text.is_empty() {
        return;
    }
    app::act(siv, Action::Type { element, text });
}

/// Raw mode as crossterm sets it (VMIN 1, VTIME 0) makes a read of the
/// terminal wait for a byte, which would hold the loop, and with it a
/// signal's record, until the next key. With VMIN 0 a read takes what is
/// there and returns; `poll(2)` does the waiting. Disabling raw mode puts
/// the saved settings back.
#[cfg(unix)]
fn reads_never_wait(tty: &File) -> std::io::Result<()> {
    use rustix::termios::{tcgetattr, tcsetattr, OptionalActions, SpecialCodeIndex};
    let mut termios = tcgetattr(tty)?;
    termios.special_codes[SpecialCodeIndex::VMIN] = 0;
    termios.special_codes[SpecialCodeIndex::VTIME] = 0;
    tcsetattr(tty, OptionalActions::Now, &termios)?;
    Ok(())
}

/// Leaves the alternate screen, raw mode, mouse capture and bracketed paste,
/// shows the cursor. Run from the panic hook, the watchdog and job control.
///
/// Never waits on the terminal: the modes are set back at once (`TCSANOW`),
/// and the escape sequences go in one non-blocking write that is skipped
/// when the terminal does not take it (output stopped, a stalled SSH
/// session, another thread blocked writing to it).
fn restore() {
    let _ = terminal::disable_raw_mode();
    let mut sequences = Vec::new();
    let _ = queue!(
        sequences,
        SetAttribute(Attribute::Reset),
        DisableBracketedPaste,
        DisableMouseCapture,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
    write_without_waiting(&sequences);
}

/// Writes `bytes` to `/dev/tty` if it takes them now; gives up otherwise.
fn write_without_waiting(bytes: &[u8]) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        if let Ok(mut tty) = std::fs::OpenOptions::new()
            .write(true)
            .custom_flags(nix::libc::O_NONBLOCK | nix::libc::O_NOCTTY)
            .open("/dev/tty")
        {
            let _ = tty.write(bytes);
        }
    }
    #[cfg(not(unix))]
    let _ = bytes;
}

/// Set when the program goes on after a stop: the next frame is drawn whole.
static CONTINUED: AtomicBool = AtomicBool::new(false);

/// Job control as a terminal program does it: SIGTSTP (`kill -TSTP`, or
/// Ctrl-Z, see `app::install`) puts the terminal back as [`restore`] does
/// and stops the program; SIGTTIN and SIGTTOU (the program in the
/// background touching the terminal) stop it as they are. When it goes on
/// (SIGCONT, the shell's `fg`), raw mode, the alternate screen, mouse
/// capture and bracketed paste are switched on again and the screen is
/// drawn whole. Handled on a thread of its own, so a loop held in a write
/// still stops.
struct JobControl {
    #[cfg(unix)]
    handle: signal_hook::iterator::Handle,
    #[cfg(unix)]
    thread: Option<std::thread::JoinHandle<()>>,
}

impl JobControl {
    #[cfg(unix)]
    fn register() -> Result<JobControl, TuiError> {
        use signal_hook::consts::{SIGTSTP, SIGTTIN, SIGTTOU};
        let mut signals = signal_hook::iterator::Signals::new([SIGTSTP, SIGTTIN, SIGTTOU])?;
        let handle = signals.handle();
        let thread = std::thread::spawn(move || {
            for signal in signals.forever() {
                stop_and_go_on(signal == SIGTSTP);
            }
        });
        Ok(JobControl {
            handle,
            thread: Some(thread),
        })
    }

    #[cfg(not(unix))]
    fn register() -> Result<JobControl, TuiError> {
        Ok(JobControl {})
    }
}

impl Drop for JobControl {
    fn drop(&mut self) {
        #[cfg(unix)]
        {
            self.handle.close();
            if let Some(thread) = self.thread.take() {
                let _ = thread.join();
            }
        }
    }
}

/// Ctrl-Z in the TUI: as SIGTSTP, but on the loop's own thread, so no frame
/// is drawn between putting the terminal back and stopping.
pub(crate) fn suspend() {
    #[cfg(unix)]
    stop_and_go_on(true);
}

/// Stops the program (SIGSTOP), the terminal put back first when `restore`
/// says so and the TUI is on it; once it goes on in the foreground, takes
/// the terminal again and has the next frame drawn whole.
#[cfg(unix)]
fn stop_and_go_on(put_back: bool) {
    use signal_hook::consts::SIGSTOP;
    let on_screen = ON_SCREEN.load(Ordering::SeqCst);
    if put_back && on_screen {
        restore();
    }
    if signal_hook::low_level::raise(SIGSTOP).is_err() {
        return;
    }
    // Going on in the background (the shell's `bg`): the terminal cannot
    // be taken from there, so stopped again, until `fg`.
    while !in_foreground() {
        if signal_hook::low_level::raise(SIGSTOP).is_err() {
            break;
        }
    }
    if on_screen && ON_SCREEN.load(Ordering::SeqCst) {
        resume();
        CONTINUED.store(true, Ordering::SeqCst);
    }
}

/// Whether the program is in its terminal's foreground process group (a
/// terminal it cannot ask counts as yes: nothing is waited for then).
#[cfg(unix)]
fn in_foreground() -> bool {
    let Ok(tty) = std::fs::OpenOptions::new().read(true).open("/dev/tty") else {
        return true;
    };
    rustix::termios::tcgetpgrp(&tty).map_or(true, |group| group == rustix::process::getpgrp())
}

/// The terminal as [`Backend::init`] sets it, again after a stop: raw mode
/// (reads that never wait), the alternate screen, mouse capture, bracketed
/// paste, the cursor hidden. Never waits on the terminal.
#[cfg(unix)]
fn resume() {
    let _ = terminal::enable_raw_mode();
    if let Ok(tty) = std::fs::OpenOptions::new().write(true).open("/dev/tty") {
        let _ = reads_never_wait(&tty);
    }
    let mut sequences = Vec::new();
    let _ = queue!(
        sequences,
        terminal::EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        cursor::Hide
    );
    write_without_waiting(&sequences);
}

/// Draws with crossterm on `/dev/tty` and reads input with [`Reader`].
/// A failed write or read marks the terminal gone instead of panicking;
/// after that, nothing more is written.
struct Backend {
    current_style: Cell<theme::ColorPair>,
    out: RefCell<BufWriter<File>>,
    shared: Rc<Shared>,
}

impl Backend {
    fn init(shared: Rc<Shared>) -> std::io::Result<Backend> {
        let mut out = File::create("/dev/tty")?;
        terminal::enable_raw_mode()?;
        #[cfg(unix)]
        reads_never_wait(&out)?;
        execute!(
            out,
            terminal::EnterAlternateScreen,
            EnableMouseCapture,
            EnableBracketedPaste,
            cursor::Hide
        )?;
        *shared.input.borrow_mut() = Some(Reader::open()?);
        Ok(Backend {
            current_style: Cell::new(theme::ColorPair::from_256colors(0, 0)),
            out: RefCell::new(BufWriter::with_capacity(1 << 16, out)),
            shared,
        })
    }

    /// Queues output, unless the terminal is gone; a failure marks it gone.
    fn write(&self, f: impl FnOnce(&mut BufWriter<File>) -> std::io::Result<()>) {
        if self.shared.gone.get() {
            return;
        }
        if f(&mut self.out.borrow_mut()).is_err() {
            self.shared.gone.set(true);
        }
    }

    fn apply_colors(&self, colors: theme::ColorPair) {
        self.write(|out| {
            queue!(
                out,
                SetForegroundColor(color(colors.front)),
                SetBackgroundColor(color(colors.back))
            )
        });
    }

    fn set_attr(&self, attr: Attribute) {
        self.write(|out| queue!(out, SetAttribute(attr)));
    }
}

impl Drop for Backend {
    fn drop(&mut self) {
        if !self.shared.gone.get() {
            let mut out = self.out.borrow_mut();
            let _ = execute!(
                out,
                SetForegroundColor(Color::Reset),
                SetBackgroundColor(Color::Reset),
                SetAttribute(Attribute::Reset),
                DisableBracketedPaste,
                DisableMouseCapture,
                terminal::LeaveAlternateScreen,
                cursor::Show
            );
        }
        let _ = terminal::disable_raw_mode();
    }
}

impl backend::Backend for Backend {
    fn poll_event(&mut self) -> Option<Event> {
        loop {
            if self.shared.gone.get() || !self.shared.pastes.borrow().is_empty() {
                // A paste is handled before the keys after it.
                return None;
            }
            let next = match self.shared.input.borrow_mut().as_mut() {
                Some(input) => input.next(),
                None => Err(crate::input::Gone),
            };
            match next {
                Ok(None) => return None,
                Ok(Some(CEvent::Paste(text))) => self.shared.pastes.borrow_mut().push(text),
                Ok(Some(event)) => {
                    if let Some(event) = translate(event) {
                        return Some(event);
                    }
                }
                Err(_) => self.shared.gone.set(true),
            }
        }
    }

    fn set_title(&mut self, title: String) {
        self.write(|out| execute!(out, terminal::SetTitle(title)));
    }

    fn refresh(&mut self) {
        self.write(|out| out.flush());
    }

    fn has_colors(&self) -> bool {
        true
    }

    fn screen_size(&self) -> Vec2 {
        terminal::size().map_or(Vec2::new(1, 1), Vec2::from)
    }

    fn move_to(&self, pos: Vec2) {
        let (x, y) = (
            u16::try_from(pos.x).unwrap_or(u16::MAX),
            u16::try_from(pos.y).unwrap_or(u16::MAX),
        );
        self.write(|out| queue!(out, cursor::MoveTo(x, y)));
    }

    fn print(&self, text: &str) {
        self.write(|out| queue!(out, Print(text)));
    }

    fn clear(&self, color: theme::Color) {
        self.apply_colors(theme::ColorPair {
            front: color,
            back: color,
        });
        self.write(|out| queue!(out, terminal::Clear(terminal::ClearType::All)));
    }

    fn set_color(&self, colors: theme::ColorPair) -> theme::ColorPair {
        let current = self.current_style.get();
        if current != colors {
            self.apply_colors(colors);
            self.current_style.set(colors);
        }
        current
    }

    fn set_effect(&self, effect: theme::Effect) {
        use theme::Effect as E;
        match effect {
            E::Simple => {}
            E::Reverse => self.set_attr(Attribute::Reverse),
            E::Dim => self.set_attr(Attribute::Dim),
            E::Bold => self.set_attr(Attribute::Bold),
            E::Blink => self.set_attr(Attribute::SlowBlink),
            E::Italic => self.set_attr(Attribute::Italic),
            E::Strikethrough => self.set_attr(Attribute::CrossedOut),
            E::Underline => self.set_attr(Attribute::Underlined),
        }
    }

    fn unset_effect(&self, effect: theme::Effect) {
        use theme::Effect as E;
        match effect {
            E::Simple => {}
            E::Reverse => self.set_attr(Attribute::NoReverse),
            E::Dim | E::Bold => self.set_attr(Attribute::NormalIntensity),
            E::Blink => self.set_attr(Attribute::NoBlink),
            E::Italic => self.set_attr(Attribute::NoItalic),
            E::Strikethrough => self.set_attr(Attribute::NotCrossedOut),
            E::Underline => self.set_attr(Attribute::NoUnderline),
        }
    }

    fn name(&self) -> &str {
        "walkthrough-crossterm"
    }
}

/// A crossterm colour for a cursive one.
fn color(c: theme::Color) -> Color {
    use theme::BaseColor as B;
    use theme::Color as T;
    match c {
        T::Dark(B::Black) => Color::Black,
        T::Dark(B::Red) => Color::DarkRed,
        T::Dark(B::Green) => Color::DarkGreen,
        T::Dark(B::Yellow) => Color::DarkYellow,
        T::Dark(B::Blue) => Color::DarkBlue,
        T::Dark(B::Magenta) => Color::DarkMagenta,
        T::Dark(B::Cyan) => Color::DarkCyan,
        T::Dark(B::White) => Color::Grey,
        T::Light(B::Black) => Color::DarkGrey,
        T::Light(B::Red) => Color::Red,
        T::Light(B::Green) => Color::Green,
        T::Light(B::Yellow) => Color::Yellow,
        T::Light(B::Blue) => Color::Blue,
        T::Light(B::Magenta) => Color::Magenta,
        T::Light(B::Cyan) => Color::Cyan,
        T::Light(B::White) => Color::White,
        T::Rgb(r, g, b) => Color::Rgb { r, g, b },
        T::RgbLowRes(r, g, b) => Color::AnsiValue(16 + 36 * r.min(5) + 6 * g.min(5) + b.min(5)),
        T::TerminalDefault => Color::Reset,
    }
}

/// The cursive event for a crossterm one (none for what the TUI ignores:
/// key releases, mouse moves, focus changes).
fn translate(event: CEvent) -> Option<Event> {
    match event {
        CEvent::Key(key) => translate_key_event(key),
        CEvent::Mouse(CMouseEvent {
            kind, column, row, ..
        }) => {
            let button = |b| match b {
                CButton::Left => MouseButton::Left,
                CButton::Right => MouseButton::Right,
                CButton::Middle => MouseButton::Middle,
            };
            let event = match kind {
                MouseEventKind::Down(b) => MouseEvent::Press(button(b)),
                MouseEventKind::Up(b) => MouseEvent::Release(button(b)),
                MouseEventKind::Drag(b) => MouseEvent::Hold(button(b)),
                MouseEventKind::ScrollDown => MouseEvent::WheelDown,
                MouseEventKind::ScrollUp => MouseEvent::WheelUp,
                _ => return None,
            };
            Some(Event::Mouse {
                event,
                position: Vec2::new(column.into(), row.into()),
                offset: Vec2::zero(),
            })
        }
        CEvent::Resize(..) => Some(Event::WindowResize),
        CEvent::Paste(_) | CEvent::FocusGained | CEvent::FocusLost => None,
    }
}

/// A key press as cursive names it (the same mapping as cursive's own
/// crossterm backend), or none when cursive has no name for it: a key
/// other than those [`translate_key`] knows (F13 and up, Caps Lock, media
/// keys…), a control character as text, or modifiers cursive cannot
/// combine (Ctrl+Alt+Shift, Super, Hyper, Meta; Ctrl+Alt or Ctrl+Shift with
/// a character). Such a key is dropped, never passed on as another one.
fn translate_key_event(event: KeyEvent) -> Option<Event> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl_alt = KeyModifiers::CONTROL | KeyModifiers::ALT;
    let ctrl_shift = KeyModifiers::CONTROL | KeyModifiers::SHIFT;
    let alt_shift = KeyModifiers::ALT | KeyModifiers::SHIFT;
    let m = event.modifiers;
    Some(match event.code {
        KeyCode::Char(c) if c.is_control() => return None,
        KeyCode::Char(c) if m == KeyModifiers::CONTROL => Event::CtrlChar(c),
        KeyCode::Char(c) if m == KeyModifiers::ALT => Event::AltChar(c),
        KeyCode::Char(c) if m.difference(KeyModifiers::SHIFT).is_empty() => Event::Char(c),
        KeyCode::Char(_) => return None,
        KeyCode::BackTab if m.difference(KeyModifiers::SHIFT).is_empty() => Event::Shift(Key::Tab),
        KeyCode::BackTab => return None,
        code => {
            let key = translate_key(code)?;
            if m == ctrl_alt {
                Event::CtrlAlt(key)
            } else if m == ctrl_shift {
                Event::CtrlShift(key)
            } else if m == alt_shift {
                Event::AltShift(key)
            } else if m == KeyModifiers::CONTROL {
                Event::Ctrl(key)
            } else if m == KeyModifiers::ALT {
                Event::Alt(key)
            } else if m == KeyModifiers::SHIFT {
                Event::Shift(key)
            } else if m.is_empty() {
                Event::Key(key)
            } else {
                return None;
            }
        }
    })
}

/// The cursive key for a crossterm key code; none for one cursive lacks.
fn translate_key(code: KeyCode) -> Option<Key> {
    Some(match code {
        KeyCode::Esc => Key::Esc,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Delete => Key::Del,
        KeyCode::Insert => Key::Ins,
        KeyCode::Enter => Key::Enter,
        KeyCode::Tab => Key::Tab,
        KeyCode::F(n) => function_key(n)?,
        _ => return None,
    })
}

/// cursive's F0–F12; none past F12 (cursive's `Key::from_f` panics there).
fn function_key(n: u8) -> Option<Key> {
    Some(match n {
        0 => Key::F0,
        1 => Key::F1,
        2 => Key::F2,
        3 => Key::F3,
        4 => Key::F4,
        5 => Key::F5,
        6 => Key::F6,
        7 => Key::F7,
        8 => Key::F8,
        9 => Key::F9,
        10 => Key::F10,
        11 => Key::F11,
        12 => Key::F12,
        _ => return None,
    })
}

/// Every signal whose default action ends the process and that can be
/// caught ([`ending_signals`]) sets a flag the loop reads within a tick, so
/// it keeps the run, writes its record and lets the backend restore the
/// terminal. Should the loop not get there in time (a terminal that takes
/// no output can block a write), a watchdog restores what it can and exits
/// with 128 + the signal's number.
struct Signals {
    #[cfg(unix)]
    handle: signal_hook::iterator::Handle,
    #[cfg(unix)]
    thread: Option<std::thread::JoinHandle<()>>,
}

/// How long the loop has to quit by itself after a signal (a tick, then
/// writing the record, which syncs the file), before the watchdog writes
/// the abandoned run's record itself.
#[cfg(unix)]
const GRACE: Duration = Duration::from_millis(1500);

/// How long the watchdog waits for a record the loop is writing (which
/// stops waiting for a locked records file once a signal came).
#[cfg(unix)]
const RECORD_WAIT: Duration = Duration::from_millis(1000);

/// Waits up to `bound` for `flag`; whether it was set.
#[cfg(unix)]
fn wait_until(flag: &AtomicBool, bound: Duration) -> bool {
    let deadline = std::time::Instant::now() + bound;
    while std::time::Instant::now() < deadline {
        if flag.load(Ordering::SeqCst) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    flag.load(Ordering::SeqCst)
}

/// The abandoned-run slot, waited for up to `bound`.
#[cfg(unix)]
fn wait_for_abandoned(
    bound: Duration,
) -> Option<std::sync::MutexGuard<'static, Option<crate::RunSummary>>> {
    let deadline = std::time::Instant::now() + bound;
    loop {
        if let Some(slot) = try_abandoned() {
            return Some(slot);
        }
        if std::time::Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The signals that end a run: every one whose default action (POSIX,
/// `signal(7)`) ends the process, except those a fault raises in the
/// thread that caused it (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP,
/// SIGSYS), which cannot be returned from, SIGKILL and SIGSTOP, which
/// cannot be caught, and SIGPIPE, which Rust programs ignore (a closed
/// pipe is an error instead). On Linux also the real-time signals
/// SIGRTMIN…SIGRTMAX as the C library gives them (glibc keeps the first
/// two or three of the kernel's for itself, so SIGRTMIN is usually 34).
#[cfg(unix)]
pub fn ending_signals() -> Vec<i32> {
    use signal_hook::consts::*;
    let mut all = vec![
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGXFSZ, SIGABRT,
    ];
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use nix::sys::signal::Signal;
        all.extend([Signal::SIGPWR as i32, Signal::SIGSTKFLT as i32, SIGIO]);
        all.extend(nix::libc::SIGRTMIN()..=nix::libc::SIGRTMAX());
    }
    all.retain(|s| !signal_hook::consts::FORBIDDEN.contains(s));
    all
}

impl Signals {
    #[cfg(unix)]
    fn register(stop: &Arc<AtomicBool>, done: &Arc<AtomicBool>) -> Result<Signals, TuiError> {
        let mut signals = signal_hook::iterator::Signals::new(ending_signals())?;
        let handle = signals.handle();
        let (stop, done) = (Arc::clone(stop), Arc::clone(done));
        let thread = std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                SIGNALLED.store(true, Ordering::SeqCst);
                stop.store(true, Ordering::SeqCst);
                if wait_until(&done, GRACE) {
                    return;
                }
                // The loop is held (a terminal that takes no output blocks
                // its write): the run's record first, then the terminal.
                let slot = wait_for_abandoned(RECORD_WAIT);
                if let Some(mut slot) = slot {
                    if let Some(summary) = slot.take() {
                        let sink = ABANDON_SINK
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .clone();
                        if let Some(sink) = sink {
                            sink(&summary);
                        }
                    }
                    restore();
                    // The slot stays held: the loop cannot write it again.
                    std::process::exit(128 + signal);
                }
                restore();
                std::process::exit(128 + signal);
            }
        });
        Ok(Signals {
            handle,
            thread: Some(thread),
        })
    }

    #[cfg(not(unix))]
    fn register(_: &Arc<AtomicBool>, _: &Arc<AtomicBool>) -> Result<Signals, TuiError> {
        Ok(Signals {})
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        #[cfg(unix)]
        {
            self.handle.close();
            if let Some(thread) = self.thread.take() {
                let _ = thread.join();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_as_cursive_names_them() {
        let key = |code, m| translate(CEvent::Key(KeyEvent::new(code, m)));
        assert_eq!(
            key(KeyCode::Char('q'), KeyModifiers::NONE),
            Some(Event::Char('q'))
        );
        assert_eq!(
            key(KeyCode::Char('Q'), KeyModifiers::SHIFT),
            Some(Event::Char('Q'))
        );
        assert_eq!(
            key(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Event::CtrlChar('c'))
        );
        assert_eq!(
            key(KeyCode::F(1), KeyModifiers::NONE),
            Some(Event::Key(Key::F1))
        );
        assert_eq!(
            key(KeyCode::Left, KeyModifiers::ALT),
            Some(Event::Alt(Key::Left))
        );
        assert_eq!(
            key(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(Event::Shift(Key::Tab))
        );
        assert_eq!(key(KeyCode::CapsLock, KeyModifiers::NONE), None);
        assert_eq!(
            key(
                KeyCode::F(4),
                KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT
            ),
            None,
            "a combination cursive has not is not plain F4"
        );
        assert_eq!(
            key(
                KeyCode::Char('a'),
                KeyModifiers::CONTROL | KeyModifiers::ALT
            ),
            None
        );
        assert_eq!(key(KeyCode::Char('\u{85}'), KeyModifiers::NONE), None);
        assert_eq!(translate(CEvent::Paste("x".into())), None);
        assert_eq!(translate(CEvent::Resize(80, 24)), Some(Event::WindowResize));
    }

    /// Every function-key number with every set of modifiers (crossterm's
    /// six flags) gives a cursive event or none, never a panic; F1–F12
    /// with one cursive can name give that key, and F13 and up none.
    #[test]
    fn every_function_key_and_modifier_is_one_cursive_takes_or_none() {
        let flags = [
            KeyModifiers::SHIFT,
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
            KeyModifiers::SUPER,
            KeyModifiers::HYPER,
            KeyModifiers::META,
        ];
        for n in 0..=u8::MAX {
            for set in 0u32..(1 << flags.len()) {
                let m = flags
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| set & (1 << i) != 0)
                    .fold(KeyModifiers::NONE, |m, (_, f)| m | *f);
                let got = std::panic::catch_unwind(|| {
                    translate(CEvent::Key(KeyEvent::new(KeyCode::F(n), m)))
                })
                .unwrap_or_else(|_| panic!("F{n} with {m:?} panics"));
                if n > 12 {
                    assert_eq!(got, None, "F{n} with {m:?}");
                } else if m.is_empty() {
                    assert_eq!(got, Some(Event::Key(Key::from_f(n))), "F{n}");
                } else if m == KeyModifiers::SHIFT {
                    assert_eq!(got, Some(Event::Shift(Key::from_f(n))), "Shift+F{n}");
                } else if m
                    .intersects(KeyModifiers::SUPER | KeyModifiers::HYPER | KeyModifiers::META)
                    || m.contains(KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT)
                {
                    assert_eq!(got, None, "F{n} with {m:?}");
                } else {
                    assert!(got.is_some(), "F{n} with {m:?}");
                }
            }
        }
    }
}
