//! The pseudo-locale's text transform: every letter accented, vowels doubled
//! and `~` after the last letter, so a text element is about 40% longer.
//! Placeables (names, numbers, dates) are left alone: Fluent applies the
//! transform to the literal text of a pattern only. The brackets around a
//! whole formatted string are added by the localizer.

use std::borrow::Cow;

const LOWER: [char; 26] = [
    'å', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ', 'š',
    'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
];
const UPPER: [char; 26] = [
    'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š',
    'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
];

/// The pseudo-locale form of one text element of a pattern.
pub(crate) fn transform(s: &str) -> Cow<'_, str> {
    // The padding goes right after the last letter: "Name: " → "Ñååɱéé~: ".
    let Some(end) = s.rfind(|c: char| c.is_ascii_alphabetic()).map(|i| i + 1) else {
        return Cow::Borrowed(s);
    };
    let target = (s.chars().count() * 7).div_ceil(5);
    let mut out = String::with_capacity(s.len() * 3);
    let mut count = s[end..].chars().count();
    for c in s[..end].chars() {
        let accented = match c {
            'a'..='z' => LOWER[usize::from(c as u8 - b'a')],
            'A'..='Z' => UPPER[usize::from(c as u8 - b'A')],
            other => other,
        };
        out.push(accented);
        count += 1;
        if matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
            out.push(accented);
            count += 1;
        }
    }
    out.extend(std::iter::repeat_n('~', target.saturating_sub(count)));
    out.push_str(&s[end..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::transform;

    #[test]
    fn accents_lengthens_and_keeps_punctuation_and_trailing_space() {
        assert_eq!(transform("Settings"), "Šééţţîîñĝš~~");
        assert_eq!(transform("Name: "), "Ñååɱéé~: ");
        assert_eq!(transform("(x)"), "(ẋ~~)");
        assert_eq!(transform(" › "), " › ");
        assert_eq!(transform("設定"), "設定");
        for s in [
            "Me",
            "Yes",
            "Update my phone numbers used for account security",
        ] {
            let (a, b) = (s.chars().count(), transform(s).chars().count());
            assert!(b * 10 >= a * 14, "{s}: {a} -> {b}");
            assert!(
                transform(s).chars().all(|c| !c.is_ascii_alphabetic()),
                "{s}"
            );
        }
    }
}
