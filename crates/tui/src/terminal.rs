//! The real terminal: the crossterm backend, the event loop (which also moves
//! demos on), and the terminal put back as it was on quit, on SIGINT/SIGTERM
//! and on panic.

use crate::app::{self, App};
use crate::TuiError;
use cursive::backends::crossterm::crossterm::{
    cursor, event::DisableMouseCapture, execute, terminal,
};
use cursive::{Cursive, CursiveRunner};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// Runs the app in the terminal until it quits; gives back its final state.
pub(crate) fn run(app: App) -> Result<App, TuiError> {
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicBool::new(false));
    let signals = Signals::register(&stop, &done)?;
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

fn event_loop(app: App, stop: &AtomicBool, done: &AtomicBool) -> Result<App, TuiError> {
    let mut siv = Cursive::new();
    app::install(&mut siv, app);
    let backend = cursive::backends::crossterm::Backend::init()?;
    let mut runner: CursiveRunner<Cursive> = siv.into_runner(backend);
    runner.refresh();
    while runner.is_running() {
        let received = runner.process_events();
        let ticked = app::tick(&mut runner);
        if stop.load(Ordering::Relaxed) {
            app::quit(&mut runner);
            runner.with_user_data(|app: &mut App| {
                if let Some(s) = app.summary.as_mut() {
                    s.interrupted = true;
                }
                if let Some(s) = app.runs.last_mut() {
                    s.interrupted = true;
                }
            });
        }
        runner.post_events(received || ticked);
    }
    // Dropping the runner drops the backend, which restores the terminal.
    let mut siv = runner.into_inner();
    done.store(true, Ordering::SeqCst);
    let mut app: App = siv.take_user_data().ok_or(TuiError::NoScenario)?;
    match app.error.take() {
        Some(e) => Err(e),
        None => Ok(app),
    }
}

/// Leaves the alternate screen, raw mode and mouse capture, shows the cursor.
/// Run from the panic hook, before the message is kept for printing.
fn restore() {
    let _ = terminal::disable_raw_mode();
    if let Ok(mut tty) = std::fs::OpenOptions::new().write(true).open("/dev/tty") {
        let _ = execute!(
            tty,
            DisableMouseCapture,
            terminal::LeaveAlternateScreen,
            cursor::Show
        );
    }
}

/// SIGINT, SIGTERM and SIGHUP set a flag the loop reads, so it quits and the
/// backend restores the terminal. Should the loop not get there (a vanished
/// terminal can keep crossterm reading), a watchdog restores what it can and
/// exits with 128 + the signal's number.
struct Signals {
    #[cfg(unix)]
    handle: signal_hook::iterator::Handle,
    #[cfg(unix)]
    thread: Option<std::thread::JoinHandle<()>>,
}

/// How long the loop has to quit by itself after a signal.
#[cfg(unix)]
const GRACE: std::time::Duration = std::time::Duration::from_millis(500);

impl Signals {
    #[cfg(unix)]
    fn register(stop: &Arc<AtomicBool>, done: &Arc<AtomicBool>) -> Result<Signals, TuiError> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
        let handle = signals.handle();
        let (stop, done) = (Arc::clone(stop), Arc::clone(done));
        let thread = std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                stop.store(true, Ordering::SeqCst);
                let deadline = std::time::Instant::now() + GRACE;
                while std::time::Instant::now() < deadline {
                    if done.load(Ordering::SeqCst) {
                        return;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(10));
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
