//! Terminal input: the terminal's bytes, read here and parsed into
//! crossterm's event types, with one rule crossterm's own reader lacks: no
//! incomplete sequence holds the input after it.
//!
//! A terminal sends keys as bytes, some as escape sequences (ECMA-48 CSI
//! `ESC [ … final`, SS3 `ESC O x`, xterm's SGR mouse reports
//! `ESC [ < b ; x ; y M`, bracketed paste `ESC [ 200~ … ESC [ 201~`, and
//! the string sequences OSC `ESC ]`, DCS `ESC P`, APC, PM and SOS, ended by
//! BEL or `ESC \`). A sequence may come over several reads, so the parser
//! keeps an incomplete one until more bytes come. It keeps it no longer
//! than [`SILENCE`] without a byte, and no longer than a size bound
//! ([`SEQUENCE_LIMIT`], [`STRING_LIMIT`]): then a lone `ESC` is the Esc
//! key, a paste whose end marker never came is a paste that ended, and any
//! other incomplete or broken sequence is dropped. A sequence past its
//! bound is dropped to its end (its final byte, BEL or `ESC \`, a key, or
//! the silence), never typed. Function keys are read in the dialects of
//! xterm, the VT100 and VT220, the Linux console, rxvt, screen and tmux
//! (their terminfo entries); keys cursive has no name for (F13 and up)
//! are taken as the Shift+F-key their keyboards send them for, or dropped. A byte that cannot be
//! part of the sequence it is in (a control character inside a CSI, say)
//! ends that sequence as broken and is read again on its own, so the keys
//! after a broken sequence are always delivered.

use crossterm::event::{
    Event as CEvent, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use std::time::Duration;

/// How long an incomplete sequence waits for its next byte before it is
/// taken as complete (Esc, a paste) or dropped. Terminals send a key's
/// sequence, and a paste, in one write, so its bytes come together; a
/// lone Esc key is acted on this much later.
pub(crate) const SILENCE: Duration = Duration::from_millis(50);

/// The most bytes a CSI or SS3 sequence may hold; a longer one is dropped.
pub(crate) const SEQUENCE_LIMIT: usize = 64;

/// The most bytes an OSC, DCS, APC, PM or SOS string may hold; a longer one
/// is dropped (the TUI asks the terminal nothing, so none is expected).
pub(crate) const STRING_LIMIT: usize = 4096;

/// A bracketed paste is handed on in pieces of at most this many bytes, so
/// one without an end marker never grows without bound; the paste goes on
/// until its end marker or [`SILENCE`].
pub(crate) const PASTE_PIECE: usize = 1 << 20;

const ESC: u8 = 0x1b;
const PASTE_END: &[u8] = b"\x1b[201~";

/// Bytes in, crossterm events out. Holds what is not yet complete.
#[derive(Debug, Default)]
pub(crate) struct Parser {
    /// Bytes of a sequence or UTF-8 character not yet complete.
    pending: Vec<u8>,
    /// While inside a bracketed paste: its bytes so far.
    paste: Option<Vec<u8>>,
    /// While the rest of a sequence past its size bound is dropped: which
    /// kind of sequence, for its terminator.
    discard: Option<Overlong>,
}

/// A sequence that went past its size bound, the rest of which is dropped
/// up to its terminator, a key (a control byte, read again) or a silence.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Overlong {
    /// A CSI or SS3 sequence: ends at a final byte (0x40–0x7E).
    Csi,
    /// An OSC, DCS, APC, PM or SOS string: ends at BEL or `ESC \`.
    String,
}

/// What the bytes at the start of a buffer are.
#[derive(Debug, PartialEq)]
enum Step {
    /// An event, from this many bytes.
    Event(usize, CEvent),
    /// This many bytes mean nothing the TUI takes (an unknown or broken
    /// sequence, a byte that is not UTF-8): dropped.
    Skip(usize),
    /// A bracketed paste starts after this many bytes.
    PasteStart(usize),
    /// This many bytes start a sequence past its size bound: they are
    /// dropped, and so is the rest of it.
    Overlong(usize, Overlong),
    /// More bytes are needed to say.
    Incomplete,
}

impl Parser {
    /// Whether bytes are held, waiting for more; if so, [`Parser::flush`]
    /// is due after [`SILENCE`].
    pub(crate) fn pending(&self) -> bool {
        !self.pending.is_empty() || self.paste.is_some() || self.discard.is_some()
    }

    /// Parses `bytes` after what is held; appends the events completed.
    pub(crate) fn feed(&mut self, bytes: &[u8], out: &mut Vec<CEvent>) {
        self.pending.extend_from_slice(bytes);
        let mut buf = std::mem::take(&mut self.pending);
        let mut at = 0;
        while at < buf.len() {
            if let Some(kind) = self.discard {
                match rest_of(kind, &buf[at..]) {
                    Some(n) => {
                        self.discard = None;
                        at += n;
                        continue;
                    }
                    None => {
                        // All dropped but a last `ESC`, which may start `ESC \\`.
                        let keep = usize::from(buf.last() == Some(&ESC));
                        self.pending = buf[buf.len() - keep..].to_vec();
                        return;
                    }
                }
            }
            if let Some(paste) = self.paste.as_mut() {
                let from = paste.len().saturating_sub(PASTE_END.len() - 1);
                paste.extend_from_slice(&buf[at..]);
                if let Some(end) = find(&paste[from..], PASTE_END) {
                    let end = from + end;
                    // The bytes after the end marker are parsed as usual.
                    buf = paste.split_off(end + PASTE_END.len());
                    at = 0;
                    paste.truncate(end);
                    out.push(CEvent::Paste(text(paste)));
                    self.paste = None;
                    continue;
                }
                if paste.len() > PASTE_PIECE {
                    let cut = piece_end(paste);
                    let rest = paste.split_off(cut);
                    out.push(CEvent::Paste(text(paste)));
                    *paste = rest;
                }
                break;
            }
            match step(&buf[at..]) {
                Step::Event(n, event) => {
                    out.push(event);
                    at += n;
                }
                Step::Skip(n) => at += n.max(1),
                Step::PasteStart(n) => {
                    self.paste = Some(Vec::new());
                    at += n;
                }
                Step::Overlong(n, kind) => {
                    self.discard = Some(kind);
                    at += n;
                }
                Step::Incomplete => {
                    self.pending = buf[at..].to_vec();
                    return;
                }
            }
        }
    }

    /// Ends what is held after [`SILENCE`] without a byte: a lone `ESC` is
    /// the Esc key, a paste without its end marker ends here, and any other
    /// incomplete sequence is dropped.
    pub(crate) fn flush(&mut self, out: &mut Vec<CEvent>) {
        if let Some(paste) = self.paste.take() {
            out.push(CEvent::Paste(text(&paste)));
        }
        let buf = std::mem::take(&mut self.pending);
        if self.discard.take().is_some() {
            // The end of an over-long sequence: dropped with it.
            return;
        }
        let mut at = 0;
        while at < buf.len() {
            // `ESC` then `ESC`: the first is the Esc key.
            if buf[at] == ESC && (at + 1 == buf.len() || buf[at + 1] == ESC) {
                out.push(key(KeyCode::Esc, KeyModifiers::NONE));
                at += 1;
                continue;
            }
            break;
        }
        // Whatever is left could not be completed: dropped.
    }
}

/// How many bytes of `b` are the rest of an over-long sequence of `kind`,
/// up to and with its terminator; a control byte (a key) or `ESC` that does
/// not end it ends it unread. None: all of `b` is the sequence's (but for a
/// last `ESC`, which may begin its terminator).
fn rest_of(kind: Overlong, b: &[u8]) -> Option<usize> {
    for (i, &x) in b.iter().enumerate() {
        match (kind, x) {
            (Overlong::Csi, 0x20..=0x3f) => {}
            (Overlong::Csi, 0x40..=0x7e) => return Some(i + 1),
            (Overlong::Csi, _) => return Some(i),
            (Overlong::String, 0x07) => return Some(i + 1),
            (Overlong::String, ESC) => {
                return match b.get(i + 1) {
                    None => None,
                    Some(b'\\') => Some(i + 2),
                    Some(_) => Some(i),
                }
            }
            (Overlong::String, 0..=0x1f | 0x7f) => return Some(i),
            (Overlong::String, _) => {}
        }
    }
    None
}

/// Where `needle` starts in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Where a piece of a long paste may end: not inside a UTF-8 character, and
/// not inside what may be the start of the end marker.
fn piece_end(paste: &[u8]) -> usize {
    let mut cut = paste.len().saturating_sub(PASTE_END.len() - 1);
    while cut > 0 && (paste[cut] & 0xc0) == 0x80 {
        cut -= 1;
    }
    cut
}

/// Pasted bytes as text; bytes that are not UTF-8 become U+FFFD.
fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> CEvent {
    CEvent::Key(KeyEvent::new(code, modifiers))
}

/// The 8-bit (C1) forms of CSI and SS3 (ECMA-48 § 5.3, 8.3.16 and 8.3.144).
const C1_CSI: u8 = 0x9b;
const C1_SS3: u8 = 0x8f;

/// What the bytes at the start of `b` (not empty) are.
fn step(b: &[u8]) -> Step {
    if b[0] == C1_CSI || b[0] == C1_SS3 {
        return c1(b);
    }
    if b[0] != ESC {
        return plain(b);
    }
    let Some(&next) = b.get(1) else {
        return Step::Incomplete;
    };
    match next {
        b'[' => csi(b, 2, false),
        b'O' => ss3(b, 2, false),
        b']' | b'P' | b'_' | b'^' | b'X' => string(b),
        ESC => match b.get(2) {
            None => Step::Incomplete,
            // `ESC` before a key's sequence: the key with Alt.
            Some(b'[') => csi(b, 3, true),
            Some(b'O') => ss3(b, 3, true),
            // Otherwise the first `ESC` is the Esc key.
            Some(_) => Step::Event(1, key(KeyCode::Esc, KeyModifiers::NONE)),
        },
        // `ESC` then a key: the key with Alt.
        _ => match plain(&b[1..]) {
            Step::Event(n, CEvent::Key(k)) => {
                Step::Event(n + 1, key(k.code, k.modifiers | KeyModifiers::ALT))
            }
            Step::Incomplete => Step::Incomplete,
            // A byte that is not UTF-8 after `ESC`: both dropped.
            _ => Step::Skip(2),
        },
    }
}

/// A sequence begun with an 8-bit CSI or SS3 (a byte that is not UTF-8):
/// read as its 7-bit form, `ESC [` or `ESC O`, so it is a key or dropped
/// whole, never typed. At most the first 256 bytes are looked at (a CSI is
/// over-long past 64).
fn c1(b: &[u8]) -> Step {
    let csi_form = b[0] == C1_CSI;
    let mut seven = Vec::with_capacity(b.len().min(256) + 1);
    seven.push(ESC);
    seven.push(if csi_form { b'[' } else { b'O' });
    seven.extend_from_slice(&b[1..b.len().min(256)]);
    let parsed = if csi_form {
        csi(&seven, 2, false)
    } else {
        ss3(&seven, 2, false)
    };
    // One byte fewer than the 7-bit form took.
    match parsed {
        Step::Event(n, event) => Step::Event(n - 1, event),
        Step::Skip(n) => Step::Skip(n - 1),
        Step::PasteStart(n) => Step::PasteStart(n - 1),
        Step::Overlong(n, kind) => Step::Overlong(n - 1, kind),
        Step::Incomplete => Step::Incomplete,
    }
}

/// `text` without the escape sequences in it, each dropped whole: a CSI
/// (`ESC [` or U+009B, to its final byte), an SS3 (`ESC O` and one more), a
/// string (OSC, DCS, APC, PM, SOS: to BEL or `ESC \`), or `ESC` and the
/// character after it. For a bracketed paste, whose text may hold what a
/// terminal would take for a colour or a title: none of it is typed.
pub(crate) fn without_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let introducer = match c {
            '\u{1b}' => chars.next(),
            '\u{9b}' => Some('['),
            _ => {
                out.push(c);
                continue;
            }
        };
        match introducer {
            Some('[') => {
                // Parameters and intermediates, then one final byte.
                for c in chars.by_ref() {
                    if ('\u{40}'..='\u{7e}').contains(&c) {
                        break;
                    }
                }
            }
            Some('O') => {
                chars.next();
            }
            Some(']' | 'P' | '_' | '^' | 'X') => {
                while let Some(c) = chars.next() {
                    if c == '\u{7}' {
                        break;
                    }
                    if c == '\u{1b}' && chars.peek() == Some(&'\\') {
                        chars.next();
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// A byte that starts no escape sequence: a control key or a UTF-8
/// character. The control bytes map as crossterm maps them in raw mode.
fn plain(b: &[u8]) -> Step {
    let c = b[0];
    let event = match c {
        b'\r' => key(KeyCode::Enter, KeyModifiers::NONE),
        b'\t' => key(KeyCode::Tab, KeyModifiers::NONE),
        0x7f => key(KeyCode::Backspace, KeyModifiers::NONE),
        0 => key(KeyCode::Char(' '), KeyModifiers::CONTROL),
        0x01..=0x1a => key(KeyCode::Char((c - 1 + b'a') as char), KeyModifiers::CONTROL),
        0x1c..=0x1f => key(
            KeyCode::Char((c - 0x1c + b'4') as char),
            KeyModifiers::CONTROL,
        ),
        0x20..=0x7e => key(KeyCode::Char(c as char), KeyModifiers::NONE),
        _ => return utf8(b),
    };
    Step::Event(1, event)
}

/// A UTF-8 character of two to four bytes (RFC 3629).
fn utf8(b: &[u8]) -> Step {
    let width = match b[0] {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Step::Skip(1),
    };
    let have = b.len().min(width);
    if b[1..have].iter().any(|&x| (x & 0xc0) != 0x80) {
        return Step::Skip(1);
    }
    if have < width {
        return Step::Incomplete;
    }
    match std::str::from_utf8(&b[..width])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => Step::Event(width, key(KeyCode::Char(c), KeyModifiers::NONE)),
        None => Step::Skip(1),
    }
}

/// The modifiers of xterm's modifier parameter (1 + a bit each for Shift,
/// Alt, Control, Super, …).
fn modifiers(param: Option<u16>, alt: bool) -> KeyModifiers {
    let bits = param.unwrap_or(1).saturating_sub(1);
    let mut m = KeyModifiers::NONE;
    for (bit, flag) in [
        (1, KeyModifiers::SHIFT),
        (2, KeyModifiers::ALT),
        (4, KeyModifiers::CONTROL),
        (8, KeyModifiers::SUPER),
        (16, KeyModifiers::HYPER),
        (32, KeyModifiers::META),
    ] {
        if bits & bit != 0 {
            m |= flag;
        }
    }
    if alt {
        m |= KeyModifiers::ALT;
    }
    m
}

/// The numbers of a parameter string `1;5`: none for an empty or
/// malformed one.
fn numbers(params: &[u8]) -> Option<Vec<u16>> {
    std::str::from_utf8(params)
        .ok()?
        .split(';')
        .map(|p| {
            if p.is_empty() {
                Some(1)
            } else {
                p.parse().ok()
            }
        })
        .collect()
}

/// An SS3 sequence `ESC O x` (`start` is where `x` is): arrows, Home, End
/// and F1–F4 as terminals in application mode send them; with a modifier
/// digit before `x` (`ESC O 2 P`, XFree86 xterm); rxvt's Ctrl+arrows
/// `ESC O a`…`d`; the VT100's keypad function keys `ESC O t`…`v`, `l`,
/// `w`, `x` (terminfo's kf5–kf10 for vt100).
fn ss3(b: &[u8], start: usize, alt: bool) -> Step {
    let mut at = start;
    while b.get(at).is_some_and(u8::is_ascii_digit) && at < start + 3 {
        at += 1;
    }
    let Some(&x) = b.get(at) else {
        return Step::Incomplete;
    };
    let param = std::str::from_utf8(&b[start..at])
        .ok()
        .and_then(|p| p.parse().ok());
    let mut m = modifiers(param, alt);
    let code = match x {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'M' => KeyCode::Enter,
        b'P'..=b'S' => KeyCode::F(x - b'P' + 1),
        b'a'..=b'd' => {
            m |= KeyModifiers::CONTROL;
            [KeyCode::Up, KeyCode::Down, KeyCode::Right, KeyCode::Left][usize::from(x - b'a')]
        }
        b't'..=b'v' => KeyCode::F(x - b't' + 5),
        b'l' => KeyCode::F(8),
        b'w' | b'x' => KeyCode::F(x - b'w' + 9),
        // A control byte is a key of its own: read again.
        0..=0x1f | 0x7f => return Step::Skip(at),
        _ => return Step::Skip(at + 1),
    };
    if x.is_ascii_lowercase() && at > start {
        return Step::Skip(at + 1);
    }
    Step::Event(at + 1, key(code, m))
}

/// The key of a `CSI n ~` sequence, by `n` (xterm, VT220, Linux console,
/// rxvt): the editing keys, F1–F12, and F13–F20 as the VT220, the Linux
/// console and rxvt number them, which their keyboards send for Shift+F3 to
/// Shift+F10 (so taken as those, F13 and up being keys the TUI has not).
fn tilde_key(n: u16) -> Option<(KeyCode, KeyModifiers)> {
    let f = |k: u16| KeyCode::F(u8::try_from(k).unwrap_or(0));
    let none = KeyModifiers::NONE;
    Some(match n {
        1 | 7 => (KeyCode::Home, none),
        2 => (KeyCode::Insert, none),
        3 => (KeyCode::Delete, none),
        4 | 8 => (KeyCode::End, none),
        5 => (KeyCode::PageUp, none),
        6 => (KeyCode::PageDown, none),
        11..=15 => (f(n - 10), none),
        17..=21 => (f(n - 11), none),
        23 | 24 => (f(n - 12), none),
        25 | 26 => (f(n - 22), KeyModifiers::SHIFT),
        28 | 29 => (f(n - 23), KeyModifiers::SHIFT),
        31..=34 => (f(n - 24), KeyModifiers::SHIFT),
        _ => return None,
    })
}

/// A CSI sequence (`start` is where its parameters begin).
fn csi(b: &[u8], start: usize, alt: bool) -> Step {
    match b.get(start) {
        None => return Step::Incomplete,
        Some(b'M') => return x10_mouse(b, start + 1),
        // The Linux console's F1–F5: `ESC [ [ A`…`E`.
        Some(b'[') => {
            return match b.get(start + 1) {
                None => Step::Incomplete,
                Some(&x @ b'A'..=b'E') => Step::Event(
                    start + 2,
                    key(KeyCode::F(x - b'A' + 1), modifiers(None, alt)),
                ),
                // A control byte is a key of its own: read again.
                Some(0..=0x1f | 0x7f) => Step::Skip(start + 1),
                Some(_) => Step::Skip(start + 2),
            };
        }
        _ => {}
    }
    // ECMA-48 5.4: parameter bytes 0x30–0x3F, intermediate bytes
    // 0x20–0x2F, one final byte 0x40–0x7E.
    let mut i = start;
    loop {
        let Some(&x) = b.get(i) else {
            return Step::Incomplete;
        };
        match x {
            // rxvt's `$` (Shift) ends a key's sequence, as a final byte.
            b'$' if i > start && b[start..i].iter().all(|c| matches!(c, b'0'..=b'9' | b';')) => {
                break
            }
            0x20..=0x3f if i < SEQUENCE_LIMIT => i += 1,
            0x20..=0x3f => return Step::Overlong(i, Overlong::Csi),
            0x40..=0x7e => break,
            // A byte no CSI holds: the sequence is broken, and that byte
            // is read again.
            _ => return Step::Skip(i),
        }
    }
    let params = &b[start..i];
    let end = i + 1;
    let last = b[i];
    if params.first() == Some(&b'<') {
        return sgr_mouse(&params[1..], last, end);
    }
    let Some(nums) = numbers(params) else {
        return Step::Skip(end);
    };
    let m = modifiers(nums.get(1).copied(), alt);
    let code = match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P'..=b'S' => KeyCode::F(last - b'P' + 1),
        b'Z' => return Step::Event(end, key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        b'I' if params.is_empty() => return Step::Event(end, CEvent::FocusGained),
        b'O' if params.is_empty() => return Step::Event(end, CEvent::FocusLost),
        // rxvt's Shift+arrows.
        b'a'..=b'd' if params.is_empty() => {
            let code = [KeyCode::Up, KeyCode::Down, KeyCode::Right, KeyCode::Left]
                [usize::from(last - b'a')];
            return Step::Event(end, key(code, m | KeyModifiers::SHIFT));
        }
        // `~`, and rxvt's `$` (Shift), `^` (Control) and `@` (both).
        b'~' | b'$' | b'^' | b'@' => {
            let n = nums.first().copied().unwrap_or(0);
            if n == 200 && last == b'~' {
                return Step::PasteStart(end);
            }
            let Some((code, shift)) = tilde_key(n) else {
                return Step::Skip(end);
            };
            let suffix = match last {
                b'$' => KeyModifiers::SHIFT,
                b'^' => KeyModifiers::CONTROL,
                b'@' => KeyModifiers::CONTROL | KeyModifiers::SHIFT,
                _ => KeyModifiers::NONE,
            };
            return Step::Event(end, key(code, m | shift | suffix));
        }
        _ => return Step::Skip(end),
    };
    Step::Event(end, key(code, m))
}

/// An SGR mouse report (xterm mode 1006): `params` is `b;x;y`, `last` is
/// `M` (press, drag, wheel) or `m` (release); positions count from 1.
fn sgr_mouse(params: &[u8], last: u8, end: usize) -> Step {
    let Some(nums) = numbers(params) else {
        return Step::Skip(end);
    };
    let ([b, x, y], b'M' | b'm') = (nums.as_slice(), last) else {
        return Step::Skip(end);
    };
    match mouse(*b, *x, *y, last == b'm') {
        Some(event) => Step::Event(end, event),
        None => Step::Skip(end),
    }
}

/// A mouse report in the X10 encoding, `ESC [ M` then three bytes, each 32
/// more than its value (`start` is where they begin).
fn x10_mouse(b: &[u8], start: usize) -> Step {
    let Some(bytes) = b.get(start..start + 3) else {
        return Step::Incomplete;
    };
    let [cb, cx, cy] = [bytes[0], bytes[1], bytes[2]].map(|v| u16::from(v.saturating_sub(32)));
    let end = start + 3;
    // Button 3 is "released, which one not said".
    let release = cb & 3 == 3 && cb & 64 == 0;
    match mouse(if release { cb & !3 } else { cb }, cx, cy, release) {
        Some(event) => Step::Event(end, event),
        None => Step::Skip(end),
    }
}

/// A mouse event from xterm's button code `b` and 1-based position.
fn mouse(b: u16, x: u16, y: u16, release: bool) -> Option<CEvent> {
    let mut m = KeyModifiers::NONE;
    for (bit, flag) in [
        (4, KeyModifiers::SHIFT),
        (8, KeyModifiers::ALT),
        (16, KeyModifiers::CONTROL),
    ] {
        if b & bit != 0 {
            m |= flag;
        }
    }
    let button = match b & 3 {
        0 => Some(MouseButton::Left),
        1 => Some(MouseButton::Middle),
        2 => Some(MouseButton::Right),
        _ => None,
    };
    let kind = if b & 64 != 0 {
        match b & 3 {
            0 => MouseEventKind::ScrollUp,
            1 => MouseEventKind::ScrollDown,
            2 => MouseEventKind::ScrollLeft,
            _ => MouseEventKind::ScrollRight,
        }
    } else if b & 32 != 0 {
        match button {
            Some(button) => MouseEventKind::Drag(button),
            None => MouseEventKind::Moved,
        }
    } else if release {
        MouseEventKind::Up(button.unwrap_or(MouseButton::Left))
    } else {
        MouseEventKind::Down(button?)
    };
    Some(CEvent::Mouse(MouseEvent {
        kind,
        column: x.saturating_sub(1),
        row: y.saturating_sub(1),
        modifiers: m,
    }))
}

/// A string sequence (OSC, DCS, APC, PM, SOS): ended by BEL or `ESC \`.
/// Dropped whole; a control byte other than those (a key such as Enter or
/// Tab) breaks it and is read again.
fn string(b: &[u8]) -> Step {
    let mut i = 2;
    loop {
        let Some(&x) = b.get(i) else {
            return Step::Incomplete;
        };
        match x {
            0x07 => return Step::Skip(i + 1),
            ESC => {
                return match b.get(i + 1) {
                    None => Step::Incomplete,
                    Some(b'\\') => Step::Skip(i + 2),
                    // A new sequence: this one was broken.
                    Some(_) => Step::Skip(i),
                };
            }
            0..=0x1f | 0x7f => return Step::Skip(i),
            _ if i >= STRING_LIMIT => return Step::Overlong(i, Overlong::String),
            _ => i += 1,
        }
    }
}

/// The terminal went away: a read failed, or it hung up.
#[derive(Debug)]
pub(crate) struct Gone;

/// The terminal's input: its bytes read from `/dev/tty` as they come,
/// parsed by a [`Parser`], with the silence rule kept by the clock. Reads
/// never wait (the terminal's VMIN and VTIME are 0); `poll(2)` does the
/// waiting. A resize (SIGWINCH) is an event too.
#[cfg(unix)]
pub(crate) struct Reader {
    tty: std::fs::File,
    parser: Parser,
    queue: std::collections::VecDeque<CEvent>,
    /// When the last byte came, for [`SILENCE`].
    last: std::time::Instant,
    resized: std::sync::Arc<std::sync::atomic::AtomicBool>,
    winch: signal_hook::SigId,
}

#[cfg(unix)]
impl Reader {
    /// Opens `/dev/tty` for reading and listens for SIGWINCH.
    ///
    /// # Errors
    /// When there is no terminal, or the signal cannot be listened for.
    pub(crate) fn open() -> std::io::Result<Reader> {
        let tty = std::fs::OpenOptions::new().read(true).open("/dev/tty")?;
        let resized = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let winch = signal_hook::flag::register(
            signal_hook::consts::SIGWINCH,
            std::sync::Arc::clone(&resized),
        )?;
        Ok(Reader {
            tty,
            parser: Parser::default(),
            queue: std::collections::VecDeque::new(),
            last: std::time::Instant::now(),
            resized,
            winch,
        })
    }

    /// Waits up to `limit` for an event; whether one is ready. An
    /// incomplete sequence is ended once [`SILENCE`] has passed since its
    /// last byte, whatever `limit` is.
    ///
    /// # Errors
    /// [`Gone`] when the terminal hung up or a read failed.
    pub(crate) fn wait(&mut self, limit: Duration) -> Result<bool, Gone> {
        use std::sync::atomic::Ordering;
        use std::time::Instant;
        let deadline = Instant::now() + limit;
        loop {
            if self.resized.swap(false, Ordering::SeqCst) {
                let (w, h) = crossterm::terminal::size().unwrap_or((0, 0));
                self.queue.push_back(CEvent::Resize(w, h));
            }
            if !self.queue.is_empty() {
                return Ok(true);
            }
            let now = Instant::now();
            let silence_ends = self.last + SILENCE;
            if self.parser.pending() && now >= silence_ends {
                let mut events = Vec::new();
                self.parser.flush(&mut events);
                self.queue.extend(events);
                continue;
            }
            if now >= deadline {
                return Ok(false);
            }
            let mut timeout = deadline - now;
            if self.parser.pending() {
                timeout = timeout.min(silence_ends - now);
            }
            if self.poll(timeout)? {
                self.read_waiting()?;
            }
        }
    }

    /// The next event, without waiting for input that has not come.
    ///
    /// # Errors
    /// [`Gone`] when the terminal hung up or a read failed.
    pub(crate) fn next(&mut self) -> Result<Option<CEvent>, Gone> {
        if self.queue.is_empty() {
            self.wait(Duration::ZERO)?;
        }
        Ok(self.queue.pop_front())
    }

    /// Waits up to `timeout` for the terminal to be readable; whether it is.
    fn poll(&self, timeout: Duration) -> Result<bool, Gone> {
        use rustix::event::{PollFd, PollFlags};
        let ms = i32::try_from(timeout.as_micros().div_ceil(1000)).unwrap_or(i32::MAX);
        let mut fds = [PollFd::new(&self.tty, PollFlags::IN)];
        match rustix::event::poll(&mut fds, ms) {
            Ok(0) => Ok(false),
            Ok(_) => {
                let got = fds[0].revents();
                if got.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
                    return Err(Gone);
                }
                Ok(got.contains(PollFlags::IN))
            }
            Err(rustix::io::Errno::INTR) => Ok(false),
            Err(_) => Err(Gone),
        }
    }

    /// Reads and parses everything waiting. Readable but nothing to read
    /// is a terminal that hung up, when it no longer answers.
    fn read_waiting(&mut self) -> Result<(), Gone> {
        use std::io::Read;
        let mut buf = vec![0u8; 1 << 16];
        let mut events = Vec::new();
        let mut got = false;
        loop {
            match (&self.tty).read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    got = true;
                    self.parser.feed(&buf[..n], &mut events);
                    if n < buf.len() {
                        break;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                Err(_) => return Err(Gone),
            }
        }
        if got {
            self.last = std::time::Instant::now();
        } else if rustix::termios::tcgetwinsize(&self.tty).is_err() {
            return Err(Gone);
        }
        self.queue.extend(events);
        Ok(())
    }
}

#[cfg(unix)]
impl Drop for Reader {
    fn drop(&mut self) {
        signal_hook::low_level::unregister(self.winch);
    }
}

/// Elsewhere, crossterm's own reader.
#[cfg(not(unix))]
pub(crate) struct Reader;

#[cfg(not(unix))]
impl Reader {
    pub(crate) fn open() -> std::io::Result<Reader> {
        Ok(Reader)
    }

    pub(crate) fn wait(&mut self, limit: Duration) -> Result<bool, Gone> {
        crossterm::event::poll(limit).map_err(|_| Gone)
    }

    pub(crate) fn next(&mut self) -> Result<Option<CEvent>, Gone> {
        if self.wait(Duration::ZERO)? {
            crossterm::event::read().map(Some).map_err(|_| Gone)
        } else {
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(code: KeyCode) -> CEvent {
        key(code, KeyModifiers::NONE)
    }

    fn ch(c: char) -> CEvent {
        k(KeyCode::Char(c))
    }

    fn ctrl(c: char) -> CEvent {
        key(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    fn alt(code: KeyCode) -> CEvent {
        key(code, KeyModifiers::ALT)
    }

    fn click(column: u16, row: u16) -> CEvent {
        CEvent::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    }

    /// Events from `bytes` given in `reads`, then a silence.
    fn parse_reads(reads: &[&[u8]]) -> Vec<CEvent> {
        let mut parser = Parser::default();
        let mut out = Vec::new();
        for read in reads {
            parser.feed(read, &mut out);
        }
        parser.flush(&mut out);
        assert!(!parser.pending(), "a silence ends whatever is held");
        out
    }

    /// The same bytes, read whole, then a silence.
    fn parse(bytes: &[u8]) -> Vec<CEvent> {
        parse_reads(&[bytes])
    }

    /// Every split of `bytes` in two reads, and one byte a read, gives what
    /// one read gives.
    fn assert_split_reads_agree(bytes: &[u8], whole: &[CEvent]) {
        for cut in 1..bytes.len() {
            let (a, b) = bytes.split_at(cut);
            assert_eq!(parse_reads(&[a, b]), whole, "{bytes:?} cut at {cut}");
        }
        let singles: Vec<&[u8]> = bytes.chunks(1).collect();
        assert_eq!(parse_reads(&singles), whole, "{bytes:?} a byte a read");
    }

    /// Bytes in → events out, for every kind of input the TUI takes, whole
    /// and split at every byte.
    #[test]
    fn bytes_in_events_out() {
        let table: Vec<(&[u8], Vec<CEvent>)> = vec![
            (b"q", vec![ch('q')]),
            (b"Q", vec![ch('Q')]),
            ("é日😀".as_bytes(), vec![ch('é'), ch('日'), ch('😀')]),
            (b"\r", vec![k(KeyCode::Enter)]),
            (b"\t", vec![k(KeyCode::Tab)]),
            (b"\x7f", vec![k(KeyCode::Backspace)]),
            (b"\x03", vec![ctrl('c')]),
            (b"\x15", vec![ctrl('u')]),
            (b"\x1b", vec![k(KeyCode::Esc)]),
            (b"\x1b\x1b", vec![k(KeyCode::Esc), k(KeyCode::Esc)]),
            (b"\x1bq", vec![alt(KeyCode::Char('q'))]),
            (b"\x1b[A", vec![k(KeyCode::Up)]),
            (b"\x1b[B", vec![k(KeyCode::Down)]),
            (b"\x1b[C", vec![k(KeyCode::Right)]),
            (b"\x1b[D", vec![k(KeyCode::Left)]),
            (b"\x1bOA", vec![k(KeyCode::Up)]),
            (b"\x1b[H", vec![k(KeyCode::Home)]),
            (b"\x1b[F", vec![k(KeyCode::End)]),
            (b"\x1b[1~", vec![k(KeyCode::Home)]),
            (b"\x1b[4~", vec![k(KeyCode::End)]),
            (b"\x1b[5~", vec![k(KeyCode::PageUp)]),
            (b"\x1b[6~", vec![k(KeyCode::PageDown)]),
            (b"\x1b[2~", vec![k(KeyCode::Insert)]),
            (b"\x1b[3~", vec![k(KeyCode::Delete)]),
            (b"\x1bOP", vec![k(KeyCode::F(1))]),
            (b"\x1bOS", vec![k(KeyCode::F(4))]),
            (b"\x1b[15~", vec![k(KeyCode::F(5))]),
            (b"\x1b[21~", vec![k(KeyCode::F(10))]),
            (b"\x1b[24~", vec![k(KeyCode::F(12))]),
            (b"\x1b[Z", vec![key(KeyCode::BackTab, KeyModifiers::SHIFT)]),
            (b"\x1b[1;3D", vec![alt(KeyCode::Left)]),
            (b"\x1b\x1b[D", vec![alt(KeyCode::Left)]),
            (
                b"\x1b[1;5C",
                vec![key(KeyCode::Right, KeyModifiers::CONTROL)],
            ),
            (b"\x1b[<0;5;3M", vec![click(4, 2)]),
            (
                b"\x1b[<0;5;3m",
                vec![CEvent::Mouse(MouseEvent {
                    kind: MouseEventKind::Up(MouseButton::Left),
                    column: 4,
                    row: 2,
                    modifiers: KeyModifiers::NONE,
                })],
            ),
            (
                b"\x1b[<65;1;1M",
                vec![CEvent::Mouse(MouseEvent {
                    kind: MouseEventKind::ScrollDown,
                    column: 0,
                    row: 0,
                    modifiers: KeyModifiers::NONE,
                })],
            ),
            (b"\x1b[M %#", vec![click(4, 2)]),
            (
                b"\x1b[I\x1b[O",
                vec![CEvent::FocusGained, CEvent::FocusLost],
            ),
            (
                b"\x1b[200~a\r\x1b[b\x1b[201~",
                vec![CEvent::Paste("a\r\x1b[b".into())],
            ),
            (b"\x1b[200~\x1b[201~", vec![CEvent::Paste(String::new())]),
            (
                "\x1b[200~日本\x1b[201~x".as_bytes(),
                vec![CEvent::Paste("日本".into()), ch('x')],
            ),
            // Keys after one another in one read.
            (
                b"\x1bOP\x1b[B\rq",
                vec![
                    k(KeyCode::F(1)),
                    k(KeyCode::Down),
                    k(KeyCode::Enter),
                    ch('q'),
                ],
            ),
            // What the TUI does not take is dropped, and what follows is not.
            (b"\x1b]0;title\x07q", vec![ch('q')]),
            (b"\x1b]0;title\x1b\\q", vec![ch('q')]),
            (b"\x1bPq\x1b\\q", vec![ch('q')]),
            (b"\x1b[99~q", vec![ch('q')]),
            (b"\x1b[?1;2cq", vec![ch('q')]),
            (b"\x1b[<0;5xq", vec![ch('q')]),
            (b"\xffq", vec![ch('q')]),
            (b"\xc3q", vec![ch('q')]),
        ];
        for (bytes, events) in &table {
            assert_eq!(&parse(bytes), events, "{bytes:?}");
            assert_split_reads_agree(bytes, events);
        }
    }

    /// Each kind of incomplete sequence, then a silence, then keys: the
    /// keys are taken. The sequence is dropped, except a lone ESC (the Esc
    /// key) and a paste without its end (a paste of what came).
    #[test]
    fn an_incomplete_sequence_holds_nothing_after_a_silence() {
        let table: Vec<(&[u8], Vec<CEvent>)> = vec![
            (b"\x1b", vec![k(KeyCode::Esc)]),
            (b"\x1b[", vec![]),
            (b"\x1b[1;", vec![]),
            (b"\x1bO", vec![]),
            (b"\x1b[<0;5", vec![]),
            (b"\x1b[<0;5;", vec![]),
            (b"\x1b[M ", vec![]),
            (b"\x1b]0;x", vec![]),
            (b"\x1b]0;x\x1b", vec![]),
            (b"\x1bP", vec![]),
            (b"\x1b_abc", vec![]),
            (b"\xe6\x97", vec![]),
            (b"\x1b[200~", vec![CEvent::Paste(String::new())]),
            (b"\x1b[200~abc", vec![CEvent::Paste("abc".into())]),
            (
                b"\x1b[200~abc\x1b[20",
                vec![CEvent::Paste("abc\x1b[20".into())],
            ),
        ];
        for (bytes, held) in table {
            let mut parser = Parser::default();
            let mut out = Vec::new();
            for cut in 0..bytes.len() {
                parser.feed(&bytes[cut..=cut], &mut out);
            }
            assert!(out.is_empty(), "{bytes:?} is not complete: {out:?}");
            assert!(parser.pending(), "{bytes:?} is held until a silence");
            parser.flush(&mut out);
            assert_eq!(out, held, "{bytes:?}");
            parser.feed(b"\x1b[Bq", &mut out);
            assert_eq!(
                out[held.len()..],
                [k(KeyCode::Down), ch('q')],
                "{bytes:?}: the keys after the silence"
            );
            assert!(!parser.pending());
        }
    }

    /// A byte no sequence holds breaks the sequence it comes in, and is a
    /// key of its own: no silence needed.
    #[test]
    fn a_key_inside_a_sequence_breaks_it_and_is_taken() {
        for bytes in [
            &b"\x1b[\t"[..],
            b"\x1b[1;\t",
            b"\x1bO\t",
            b"\x1b[<0;5\t",
            b"\x1b]0;x\t",
            b"\x1bPabc\t",
        ] {
            let mut parser = Parser::default();
            let mut out = Vec::new();
            parser.feed(bytes, &mut out);
            assert_eq!(out, [k(KeyCode::Tab)], "{bytes:?}");
            assert!(!parser.pending(), "{bytes:?}");
        }
    }

    /// Sequences past their size bound are dropped whole, up to their
    /// terminator or a key or a silence, never typed: with and without a
    /// terminator, whole and split into reads.
    #[test]
    fn a_sequence_past_its_bound_is_dropped_to_its_end() {
        let osc = |n: usize| {
            let mut b = b"\x1b]52;c;".to_vec();
            b.extend(std::iter::repeat_n(b'A', n));
            b
        };
        let csi = |n: usize| {
            let mut b = b"\x1b[".to_vec();
            b.extend(std::iter::repeat_n(b'1', n));
            b
        };
        let with = |mut b: Vec<u8>, end: &[u8]| {
            b.extend_from_slice(end);
            b
        };
        let table: Vec<(Vec<u8>, Vec<CEvent>)> = vec![
            (with(osc(6000), b"\x07q"), vec![ch('q')]),
            (with(osc(6000), b"\x1b\\q"), vec![ch('q')]),
            (with(osc(STRING_LIMIT), b"\x07q"), vec![ch('q')]),
            (with(osc(6000), b"\rq"), vec![k(KeyCode::Enter), ch('q')]),
            (with(osc(6000), b"\x1b[Bq"), vec![k(KeyCode::Down), ch('q')]),
            (osc(6000), vec![]),
            (with(csi(200), b"~q"), vec![ch('q')]),
            (with(csi(200), b";2Aq"), vec![ch('q')]),
            (with(csi(SEQUENCE_LIMIT), b"~q"), vec![ch('q')]),
            (with(csi(200), b"\tq"), vec![k(KeyCode::Tab), ch('q')]),
            (csi(200), vec![]),
        ];
        for (bytes, events) in &table {
            let what = String::from_utf8_lossy(&bytes[..12]).into_owned();
            assert_eq!(&parse(bytes), events, "{what} ({} bytes)", bytes.len());
            for piece in [1, 7, 1000] {
                let reads: Vec<&[u8]> = bytes.chunks(piece).collect();
                assert_eq!(&parse_reads(&reads), events, "{what} in reads of {piece}");
            }
        }
        // Without a terminator, the silence ends it, and the next keys are
        // taken.
        for bytes in [osc(6000), csi(200)] {
            let mut parser = Parser::default();
            let mut out = Vec::new();
            parser.feed(&bytes, &mut out);
            assert!(out.is_empty(), "{out:?}");
            assert!(parser.pending());
            parser.flush(&mut out);
            parser.feed(b"AB", &mut out);
            assert_eq!(out, [ch('A'), ch('B')]);
        }
    }

    /// The function keys of the terminals in ncurses-base's set, as their
    /// terminfo entries give them (`testdata/function-keys.txt`, from
    /// `infocmp`): each is the key it stands for by that terminal's
    /// numbering. xterm and those like it (tmux, screen, XFree86) number
    /// twelve keys for each modifier: kf13–kf24 Shift, kf25–kf36 Control,
    /// kf37–kf48 Control+Shift, kf49–kf60 Alt, kf61– Alt+Shift. The VT220,
    /// the Linux console, Cygwin and rxvt number F13–F20 for Shift+F3 to
    /// Shift+F10, rxvt then kf21–22 Shift+F11/F12, kf23–kf42 Control with
    /// the same numbering, kf43–44 Control+Shift+F11/F12. The VT100's are
    /// F1–F10 as they are. kf0 is no key the TUI has.
    #[test]
    fn function_keys_of_every_common_terminal() {
        let data = include_str!("testdata/function-keys.txt");
        let shift = KeyModifiers::SHIFT;
        let ctrl = KeyModifiers::CONTROL;
        let alt = KeyModifiers::ALT;
        let xterm = |n: u8| -> Option<(u8, KeyModifiers)> {
            let mods = [
                KeyModifiers::NONE,
                shift,
                ctrl,
                ctrl | shift,
                alt,
                alt | shift,
            ];
            Some(((n - 1) % 12 + 1, *mods.get(usize::from((n - 1) / 12))?))
        };
        let vt220 = |n: u8| -> Option<(u8, KeyModifiers)> {
            match n {
                1..=12 => Some((n, KeyModifiers::NONE)),
                13..=22 => Some((n - 10, shift)),
                _ => None,
            }
        };
        let rxvt = |n: u8| -> Option<(u8, KeyModifiers)> {
            match n {
                1..=22 => vt220(n),
                23..=42 => vt220(n - 22).map(|(f, m)| (f, m | ctrl)),
                43 | 44 => Some((n - 32, ctrl | shift)),
                _ => None,
            }
        };
        let mut terminal = "";
        let mut seen = 0;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            if let Some(name) = line.strip_prefix("terminal ") {
                terminal = name;
                continue;
            }
            let (cap, value) = line.split_once('=').expect("kfN=value");
            let n: u8 = cap[2..].parse().expect("kfN");
            let bytes = value.replace("\\E", "\x1b").replace("\\^", "^");
            let expected = if n == 0 {
                None
            } else {
                match terminal {
                    "vt100" | "vt102" => Some((n, KeyModifiers::NONE)),
                    "vt220" | "linux" | "cygwin" | "xterm-r6" | "xterm-vt220" => vt220(n),
                    t if t.starts_with("rxvt") || t == "Eterm" => rxvt(n),
                    _ => xterm(n),
                }
            };
            let expected: Vec<CEvent> = expected
                .map(|(f, m)| key(KeyCode::F(f), m))
                .into_iter()
                .collect();
            assert_eq!(
                parse(bytes.as_bytes()),
                expected,
                "{terminal} {cap}={value}"
            );
            assert_split_reads_agree(bytes.as_bytes(), &expected);
            seen += 1;
        }
        assert!(seen > 500, "the table is read: {seen} keys");
    }

    /// Other key dialects: the Linux console's F1–F5, rxvt's Shift and
    /// Control arrows and editing keys with `$`/`^`, keypad Enter.
    #[test]
    fn key_dialects() {
        let table: Vec<(&[u8], Vec<CEvent>)> = vec![
            (b"\x1b[[A", vec![k(KeyCode::F(1))]),
            (b"\x1b[[D", vec![k(KeyCode::F(4))]),
            (b"\x1b[[E", vec![k(KeyCode::F(5))]),
            (b"\x1b\x1b[[D", vec![alt(KeyCode::F(4))]),
            (b"\x1b[[\tq", vec![k(KeyCode::Tab), ch('q')]),
            (b"\x1b[a", vec![key(KeyCode::Up, KeyModifiers::SHIFT)]),
            (b"\x1bOd", vec![key(KeyCode::Left, KeyModifiers::CONTROL)]),
            (b"\x1b[2$", vec![key(KeyCode::Insert, KeyModifiers::SHIFT)]),
            (b"\x1b[7^", vec![key(KeyCode::Home, KeyModifiers::CONTROL)]),
            (
                b"\x1b[25;5~",
                vec![key(
                    KeyCode::F(3),
                    KeyModifiers::SHIFT | KeyModifiers::CONTROL,
                )],
            ),
            (b"\x1bOM", vec![k(KeyCode::Enter)]),
            (b"\x1b[35~q", vec![ch('q')]),
            (b"\x1b[99$q", vec![ch('q')]),
            (b"\x1b[?1;2$yq", vec![ch('q')]),
        ];
        for (bytes, events) in &table {
            assert_eq!(&parse(bytes), events, "{bytes:?}");
            assert_split_reads_agree(bytes, events);
        }
    }

    /// A paste without its end marker is handed on in bounded pieces, all
    /// of it paste (no key acts), whole characters in each.
    /// An 8-bit CSI or SS3 is read as its 7-bit form: a key it names is
    /// that key, anything else is dropped whole, never typed.
    #[test]
    fn eight_bit_csi_and_ss3_are_keys_or_dropped_whole() {
        assert_eq!(parse(b"\x9b31~x"), parse(b"\x1b[31~x"));
        assert!(!parse(b"\x9b31~").contains(&ch('3')));
        assert_eq!(parse(b"\x9b9999;9999zx"), vec![ch('x')]);
        assert_eq!(parse(b"\x9bA"), vec![k(KeyCode::Up)]);
        assert_eq!(parse(b"\x8fP"), vec![k(KeyCode::F(1))]);
        assert_eq!(parse(b"\x9b1;5Cq"), parse(b"\x1b[1;5Cq"));
        assert_split_reads_agree(b"\x9b31~x", &parse(b"\x1b[31~x"));
    }

    /// Escape sequences in a paste are dropped whole, not typed less their
    /// `ESC`.
    #[test]
    fn a_paste_keeps_its_text_without_its_escape_sequences() {
        assert_eq!(
            without_escapes(
                "ab\u{1b}[31mcd\u{1b}]0;x\u{7}ef\u{1b}P1$r\u{1b}\\g\u{9b}2Jh\u{1b}OPi\u{1b}xj"
            ),
            "abcdefghij"
        );
        assert_eq!(without_escapes("日本\u{1b}[1;5A語"), "日本語");
        assert_eq!(without_escapes("cut \u{1b}[12"), "cut ");
    }

    #[test]
    fn a_long_paste_comes_in_bounded_pieces() {
        let mut parser = Parser::default();
        let mut out = Vec::new();
        parser.feed(b"\x1b[200~", &mut out);
        let chunk = "日\r".repeat(1000);
        let mut sent = String::new();
        while sent.len() <= 2 * PASTE_PIECE {
            parser.feed(chunk.as_bytes(), &mut out);
            sent.push_str(&chunk);
        }
        parser.feed(b"\x1b[201~q", &mut out);
        let mut pasted = String::new();
        let mut after = Vec::new();
        for event in out {
            match event {
                CEvent::Paste(piece) => {
                    assert!(piece.len() <= PASTE_PIECE + chunk.len());
                    assert!(!piece.contains('\u{fffd}'));
                    pasted.push_str(&piece);
                }
                other => after.push(other),
            }
        }
        assert_eq!(pasted, sent);
        assert_eq!(after, [ch('q')]);
    }
}
