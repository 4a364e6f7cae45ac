//! Width, padding and truncation of double-width (East Asian) text.
#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use walkthrough_i18n::{pad, truncate, width};

#[test]
fn japanese_labels_are_measured_in_cells() {
    assert_eq!(width("追加のセキュリティ確認"), 22);
    assert_eq!(width("アプリ パスワード"), 17);
    assert_eq!(width("Office 365 の設定"), 17);
    assert_eq!(pad("作成", 6), "作成  ");
    assert_eq!(width(&pad("はい", 7)), 7);
    assert_eq!(truncate("追加のセキュリティ確認", 10), "追加のセ…");
    assert_eq!(truncate("追加のセキュリティ確認", 9), "追加のセ…");
    assert_eq!(width(&truncate("追加のセキュリティ確認", 10)), 9);
    assert_eq!(truncate("Office 365 の設定", 13), "Office 365 …");
    assert_eq!(truncate("Office 365 の設定", 14), "Office 365 の…");
    assert_eq!(
        truncate("追加のセキュリティ確認", 22),
        "追加のセキュリティ確認"
    );
}

/// Strings mixing ASCII, kana, kanji and full-width forms.
fn mixed() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            proptest::char::range('a', 'z'),
            Just(' '),
            proptest::char::range('ぁ', 'ゖ'),
            proptest::char::range('ァ', 'ヺ'),
            proptest::char::range('一', '龥'),
            proptest::char::range('！', '～'),
        ],
        0..30,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #[test]
    fn truncate_fits_and_keeps_a_prefix(s in mixed(), w in 0usize..40) {
        let t = truncate(&s, w);
        prop_assert!(width(&t) <= w);
        if width(&s) <= w {
            prop_assert_eq!(&t, &s);
        } else if w > 0 {
            let kept = t.strip_suffix('…').unwrap();
            prop_assert!(s.starts_with(kept));
            // Nothing more would have fitted: the next character is too wide.
            let next = s[kept.len()..].chars().next().unwrap();
            prop_assert!(width(kept) + width(&next.to_string()) > w - 1);
        }
    }

    #[test]
    fn pad_reaches_the_width_and_keeps_the_text(s in mixed(), w in 0usize..40) {
        let p = pad(&s, w);
        prop_assert!(p.starts_with(&s));
        prop_assert_eq!(width(&p), width(&s).max(w));
    }
}
