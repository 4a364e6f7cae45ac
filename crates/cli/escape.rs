//! Output to a terminal with control characters made visible: an adapter for
//! commands whose text is written in many pieces.

use std::io::{self, Write};
use walkthrough_scenario::escape_controls;

/// Writes everything through [`escape_controls`]. Formatted output arrives
/// in whole `str` pieces, so escapes are never split; bytes that are not
/// UTF-8 are written with U+FFFD in their place.
pub struct Escaped<W>(pub W);

impl<W: Write> Write for Escaped<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.0.write_all(escape_controls(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::Escaped;
    use std::io::Write;

    #[test]
    fn every_piece_is_escaped_and_clean_text_passes_unchanged() {
        let mut out = Vec::new();
        let (title, text) = ("Evil\u{1b}]0;owned\u{7}", "日本語\u{1b}[2J");
        writeln!(Escaped(&mut out), "{title}\t{text}").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Evil␛]0;owned␇\t日本語␛[2J\n"
        );
    }
}
