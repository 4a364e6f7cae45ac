//! Reading a written step: the UI labels it quotes, whether it mentions a
//! label, and characters that do not belong.

/// A UI label the text quotes: in bold, brackets, quotes, 「」 or 【】.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// What stands between the marks.
    pub text: String,
    /// Byte offset of the opening mark.
    pub at: usize,
}

/// Opening and closing marks of a quotation, in the order they are tried.
const PAIRS: [(&str, &str); 8] = [
    ("**", "**"),
    ("[", "]"),
    ("「", "」"),
    ("【", "】"),
    ("『", "』"),
    ("“", "”"),
    ("\"", "\""),
    ("〈", "〉"),
];

/// Every closed quotation in `text`, in order. Unclosed marks are not quotes
/// (see [`stray`]).
pub fn quotes(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut i = 0;
    'scan: while i < text.len() {
        for (open, close) in PAIRS {
            if text[i..].starts_with(open) {
                let start = i + open.len();
                if let Some(len) = text[start..].find(close) {
                    let inner = text[start..start + len].trim();
                    if !inner.is_empty() {
                        out.push(Quote {
                            text: inner.to_owned(),
                            at: i,
                        });
                    }
                    i = start + len + close.len();
                    continue 'scan;
                }
            }
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Characters that do not belong in a step's text: a number glued after its
/// end (`….3`), or an opening mark never closed (`[app passwords`).
pub fn stray(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let trimmed = text.trim_end();
    let digits = trimmed.len() - trimmed.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        let head = &trimmed[..trimmed.len() - digits];
        if let Some(mark) = head.chars().last().filter(|c| ".。)]」】*".contains(*c)) {
            out.push(format!("{mark}{}", &trimmed[trimmed.len() - digits..]));
        }
    }
    if text.matches("**").count() % 2 == 1 {
        out.push("**".to_owned());
    }
    for (open, close) in PAIRS.iter().filter(|(o, c)| o != c) {
        if text.matches(open).count() != text.matches(close).count() {
            let mark = if text.matches(open).count() > text.matches(close).count() {
                open
            } else {
                close
            };
            out.push((*mark).to_owned());
        }
    }
    out
}

/// Lowercased, without white space or the marks and punctuation around labels.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !"*[]「」【】『』“”\"〈〉。、.,:;!?".contains(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two labels are the same label.
pub fn same_label(a: &str, b: &str) -> bool {
    normalize(a) == normalize(b)
}

/// How alike two labels are, 0 to 1.
pub fn similarity(a: &str, b: &str) -> f64 {
    strsim::normalized_levenshtein(&normalize(a), &normalize(b))
}

const STOPWORDS: [&str; 12] = [
    "the", "and", "for", "your", "you", "my", "to", "a", "an", "of", "in", "on",
];

/// Whether `text` mentions `label`: contains it; or, for labels written in words,
/// every word that matters; or, for unspaced scripts, most of its character pairs.
pub fn mentions(text: &str, label: &str) -> bool {
    let (t, l) = (normalize(text), normalize(label));
    if l.is_empty() || t.contains(&l) {
        return true;
    }
    let lower = text.to_lowercase();
    let words: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && w.is_ascii())
        .map(str::to_lowercase)
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .collect();
    if !words.is_empty() && label.is_ascii() {
        return words.iter().all(|w| lower.contains(w.as_str()));
    }
    let pairs: Vec<(char, char)> = {
        let chars: Vec<char> = l.chars().collect();
        chars.windows(2).map(|w| (w[0], w[1])).collect()
    };
    if pairs.len() < 2 {
        return false;
    }
    let text_chars: Vec<char> = t.chars().collect();
    let found = pairs
        .iter()
        .filter(|p| text_chars.windows(2).any(|w| (w[0], w[1]) == **p))
        .count();
    found * 5 >= pairs.len() * 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_in_every_style() {
        let q = |t: &str| quotes(t).into_iter().map(|q| q.text).collect::<Vec<_>>();
        assert_eq!(q("クリックして **作成**"), ["作成"]);
        assert_eq!(
            q("下部で、[追加のセキュリティ確認] をクリックし、選択 **アカウントのセキュリティを使用して電話番号を更新**.3"),
            ["追加のセキュリティ確認", "アカウントのセキュリティを使用して電話番号を更新"]
        );
        assert_eq!(q("「はい」と【削除】"), ["はい", "削除"]);
        assert_eq!(q("Click “Yes” or \"No\""), ["Yes", "No"]);
        assert!(q("プルーフ アップ ページの上部にある、[アプリ パスワードを選択します").is_empty());
    }

    #[test]
    fn stray_characters() {
        assert_eq!(stray("選択 **電話番号を更新**.3"), [".3"]);
        assert_eq!(stray("select **account security**.3"), [".3"]);
        assert_eq!(
            stray("ページの上部にある、[アプリ パスワードを選択します"),
            ["["]
        );
        assert_eq!(stray("Click **Create"), ["**"]);
        assert!(stray("Sign in to the Office 365 portal").is_empty());
        assert!(stray("クリックして **はい**します。").is_empty());
        assert!(stray("Windows 10").is_empty());
    }

    #[test]
    fn mentions_by_containment_words_or_character_pairs() {
        assert!(mentions("右上隅の設定ウィジェットを選択します。", "設定"));
        assert!(!mentions(
            "右上隅の設定ウィジェットを選択します。",
            "Office 365 の設定"
        ));
        assert!(mentions("Select the settings widget", "Settings"));
        assert!(!mentions(
            "Select the settings widget",
            "Office 365 settings"
        ));
        assert!(mentions(
            "Copy the app password to the clipboard and paste it into your app.",
            "Copy password to clipboard"
        ));
        assert!(mentions(
            "左側で、追加のセキュリティ確認を選択します",
            "追加のセキュリティ確認"
        ));
        assert!(mentions(
            "[アプリ パスワードを選択します",
            "アプリ パスワード"
        ));
    }

    #[test]
    fn labels_compare_without_spacing_case_or_marks() {
        assert!(same_label("**Create**", "create"));
        assert!(same_label("アプリ パスワード", "アプリパスワード"));
        assert!(
            similarity(
                "アカウントのセキュリティを使用して電話番号を更新",
                "アカウントのセキュリティに使用される電話番号を更新"
            ) > 0.7
        );
        assert!(
            similarity(
                "Update my phone numbers using account security",
                "Update my phone numbers used for account security"
            ) > 0.7
        );
        assert!(similarity("はい", "いいえ") < 0.5);
    }
}
