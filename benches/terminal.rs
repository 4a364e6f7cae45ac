//! What a person feels, measured through a pseudo-terminal on the release
//! binary: key → screen (a character typed into a field, from the write
//! into the terminal to the arrival of the redrawn field) and the first full
//! frame (from start to the last line of the first screen), each beside the
//! same for a trivial program: the terminal's own echo under `cat` for keys,
//! `less` for the first frame.
//!
//! `cargo bench --bench terminal` prints medians, 90th percentiles and
//! maxima in milliseconds. `WALKTHROUGH_BIN=path` measures another build
//! of the program instead (a before/after comparison).
#![allow(clippy::unwrap_used, missing_docs)]

#[cfg(unix)]
#[path = "../tests/pty/mod.rs"]
mod pty;

#[cfg(unix)]
fn main() {
    unix::main();
}

#[cfg(not(unix))]
fn main() {}

#[cfg(unix)]
mod unix {
    use crate::pty::Pty;
    use std::time::{Duration, Instant};

    const SIZE: (u16, u16) = (120, 50);
    const KEYS: usize = 300;
    const STARTS: usize = 15;

    fn bin() -> String {
        std::env::var("WALKTHROUGH_BIN")
            .unwrap_or_else(|_| env!("CARGO_BIN_EXE_walkthrough").to_owned())
    }

    /// Milliseconds: median, 90th percentile, maximum.
    fn summary(mut ms: Vec<f64>) -> String {
        ms.sort_by(f64::total_cmp);
        let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
        format!(
            "median {:7.3} ms   p90 {:7.3} ms   max {:7.3} ms   (n = {})",
            at(0.5),
            at(0.9),
            ms[ms.len() - 1],
            ms.len()
        )
    }

    /// Pauses between keys, spread over 5–45 ms (a fixed sequence), so keys
    /// land anywhere in the program's idle cycle as a person's do.
    fn gap(i: usize) -> Duration {
        Duration::from_micros(5_000 + (i as u64 * 7_919) % 40_000)
    }

    /// Types `KEYS` characters one at a time, each after the screen showed
    /// the one before; `clear` is typed (unmeasured) every 30 keys.
    fn keys(pty: &mut Pty, clear: &[u8]) -> Vec<f64> {
        let mut ms = Vec::with_capacity(KEYS);
        for i in 0..KEYS {
            if i % 30 == 0 && !clear.is_empty() {
                pty.send(clear);
                pty.settle(Duration::from_millis(100), Duration::from_secs(5));
            }
            std::thread::sleep(gap(i));
            let c = (b'a' + (i % 26) as u8) as char;
            let from = pty.len();
            let sent = Instant::now();
            pty.send(c.to_string().as_bytes());
            let (_, seen) = pty.wait_for(&c.to_string(), from).unwrap();
            ms.push(seen.duration_since(sent).as_secs_f64() * 1e3);
        }
        ms
    }

    fn walkthrough_keys() -> Vec<f64> {
        let mut pty = Pty::spawn(
            &bin(),
            &[
                "run",
                "app-password-create",
                "--no-record",
                "--lang",
                "en-US",
                "--seed",
                "7",
            ],
            &[("NO_COLOR", "1")],
            SIZE,
        );
        pty.wait_for("Esc menu", 0).unwrap();
        pty.settle(Duration::from_millis(200), Duration::from_secs(5));
        // Ctrl+U empties the field.
        keys(&mut pty, b"\x15")
    }

    fn echo_keys() -> Vec<f64> {
        let mut pty = Pty::spawn("cat", &[], &[], SIZE);
        // Enter now and then keeps cat's line short.
        keys(&mut pty, b"\r")
    }

    fn first_frame(program: &str, args: &[&str], last: &str) -> Vec<f64> {
        (0..STARTS)
            .map(|_| {
                let started = Instant::now();
                let pty = Pty::spawn(program, args, &[("NO_COLOR", "1")], SIZE);
                let (_, seen) = pty.wait_for(last, 0).unwrap();
                seen.duration_since(started).as_secs_f64() * 1e3
            })
            .collect()
    }

    pub fn main() {
        let text = std::env::temp_dir().join(format!("wt-bench-less-{}.txt", std::process::id()));
        let lines: String = (1..=1000).map(|i| format!("line {i:04}\n")).collect();
        std::fs::write(&text, lines).unwrap();
        let text_arg = text.to_str().unwrap().to_owned();
        let bin = bin();
        println!("pseudo-terminal {}x{}, program {bin}", SIZE.0, SIZE.1);
        for scenario in ["app-password-create", "app-password-delete"] {
            let run = [
                "run",
                scenario,
                "--no-record",
                "--lang",
                "en-US",
                "--seed",
                "7",
            ];
            let ms = first_frame(&bin, &run, "Esc menu");
            println!("first frame, {scenario:<22} {}", summary(ms));
        }
        let ms = first_frame("less", &[&text_arg], "line 0049");
        println!("first frame, less                   {}", summary(ms));
        println!(
            "key → screen, walkthrough field     {}",
            summary(walkthrough_keys())
        );
        println!(
            "key → screen, tty echo (cat)        {}",
            summary(echo_keys())
        );
        let _ = std::fs::remove_file(&text);
    }
}
