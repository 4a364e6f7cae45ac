//! Text measured in terminal cells, and dates as each language writes them.

use unic_langid::LanguageIdentifier;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A date as people write it in `locale`: 11/19/2015 (en), 2015/11/19 (ja).
pub fn format_date(locale: &LanguageIdentifier, year: i32, month: u8, day: u8) -> String {
    match locale.language.as_str() {
        "ja" | "zh" | "ko" => format!("{year}/{month:02}/{day:02}"),
        _ => format!("{month}/{day}/{year}"),
    }
}

/// Display width in terminal cells (East Asian wide characters count two).
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` padded with spaces on the right to `width` cells (unchanged when wider).
pub fn pad(s: &str, width: usize) -> String {
    let w = self::width(s);
    let mut out = String::with_capacity(s.len() + width.saturating_sub(w));
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

/// `s` cut to at most `width` cells, never splitting a wide character; a cut
/// ends with `…` (one cell).
pub fn truncate(s: &str, width: usize) -> String {
    if self::width(s) <= width {
        return s.to_owned();
    }
    let mut out = String::new();
    if width == 0 {
        return out;
    }
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_pad_and_truncate_count_cells() {
        assert_eq!(width("設定"), 4);
        assert_eq!(width("Settings"), 8);
        assert_eq!(pad("設定", 6), "設定  ");
        assert_eq!(pad("設定", 3), "設定");
        assert_eq!(width(&pad("アプリ", 10)), 10);
        assert_eq!(truncate("アプリ パスワード", 8), "アプリ …");
        assert_eq!(truncate("アプリパスワード", 8), "アプリ…");
        assert_eq!(
            width(&truncate("アプリパスワード", 8)),
            7,
            "never half a wide character"
        );
        assert_eq!(truncate("設定", 1), "…");
        assert_eq!(truncate("設定", 0), "");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }

    #[test]
    fn dates_follow_the_locale() {
        let en: LanguageIdentifier = "en-US".parse().unwrap_or_default();
        let ja: LanguageIdentifier = "ja-JP".parse().unwrap_or_default();
        assert_eq!(format_date(&en, 2015, 11, 19), "11/19/2015");
        assert_eq!(format_date(&ja, 2015, 11, 19), "2015/11/19");
        assert_eq!(format_date(&en, 2015, 11, 9), "11/9/2015");
        assert_eq!(format_date(&ja, 2015, 11, 9), "2015/11/09");
    }
}
