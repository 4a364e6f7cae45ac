//! Reading a written step: the UI labels it quotes, whether it mentions a
//! label, and characters that do not belong.

/// A UI label the text quotes: in bold, brackets, quotes (“…” "…" ‘…’ '…'
/// «…»), 「」『』【】［］《》〈〉, with the Markdown inside taken off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// What stands between the marks.
    pub text: String,
    /// Byte offset of the opening mark.
    pub at: usize,
    /// Byte offset just after the closing mark.
    pub end: usize,
}

/// Opening and closing marks of a quotation, in the order they are tried.
const PAIRS: [(&str, &str); 14] = [
    ("**", "**"),
    ("[", "]"),
    ("「", "」"),
    ("【", "】"),
    ("『", "』"),
    ("［", "］"),
    ("《", "》"),
    ("«", "»"),
    ("“", "”"),
    ("‘", "’"),
    ("\"", "\""),
    ("'", "'"),
    ("〈", "〉"),
    ("`", "`"),
];

/// Marks that are also apostrophes: a quote only at a word's edge.
fn apostrophe(mark: &str) -> bool {
    matches!(mark, "'" | "’")
}

/// Every closed quotation in `text`, in order. Unclosed marks are not quotes
/// (see [`stray`]); an apostrophe inside a word (`don't`, `you’ll`) neither
/// opens nor closes one. Only a word in an alphabet has apostrophes: a
/// mark against kana or kanji (`‘次へ’をクリック`) is a quote's edge.
pub fn quotes(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut i = 0;
    // Below U+2E80 (the CJK radicals): the alphabets, whose words take an apostrophe.
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && c < '\u{2E80}');
    'scan: while i < text.len() {
        for (open, close) in PAIRS {
            if !text[i..].starts_with(open) {
                continue;
            }
            if apostrophe(open) && word(text[..i].chars().next_back()) {
                continue;
            }
            let start = i + open.len();
            let mut from = start;
            let end = loop {
                let Some(len) = text[from..].find(close) else {
                    break None;
                };
                let at = from + len;
                let after = text[at + close.len()..].chars().next();
                if apostrophe(close) && word(after) {
                    from = at + close.len();
                    continue;
                }
                break Some(at);
            };
            if let Some(end) = end {
                let inner = strip_markdown(&text[start..end]);
                if !inner.is_empty() {
                    out.push(Quote {
                        text: inner,
                        at: i,
                        end: end + close.len(),
                    });
                }
                i = end + close.len();
                continue 'scan;
            }
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// A quotation's words without the Markdown around or inside them:
/// `[**Delete**]` → `Delete`, `[アプリ パスワード` → `アプリ パスワード`.
pub fn strip_markdown(inner: &str) -> String {
    let mut s: String = inner.chars().filter(|c| !"*`".contains(*c)).collect();
    loop {
        let t = s
            .trim()
            .trim_start_matches(['[', '［', '「'])
            .trim_end_matches([']', '］', '」'])
            .trim();
        if t.len() == s.len() {
            return s;
        }
        s = t.to_owned();
    }
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
    for (open, close) in PAIRS.iter().filter(|(o, c)| o != c && !apostrophe(c)) {
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
        .filter(|c| {
            !c.is_whitespace() && !"*[]「」【】『』［］《》«»“”‘’'`\"〈〉。、.,:;!?~".contains(*c)
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two labels are the same label.
pub fn same_label(a: &str, b: &str) -> bool {
    normalize(a) == normalize(b)
}

/// How alike two labels are, 0 to 1: the normalized Levenshtein similarity,
/// or, when one holds the other whole and makes up at least half of it (`次`
/// in `次へ`), at least 0.5 + half that share.
pub fn similarity(a: &str, b: &str) -> f64 {
    similar(&normalize(a), &normalize(b))
}

fn similar(a: &str, b: &str) -> f64 {
    let lev = strsim::normalized_levenshtein(a, b);
    let (short, long) = if a.chars().count() <= b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    if short.is_empty() || !long.contains(short) {
        return lev;
    }
    // Only a good part of the longer: `Settings` is not near `More security
    // settings`.
    let share = short.chars().count() as f64 / long.chars().count() as f64;
    if share < 0.5 {
        return lev;
    }
    lev.max(0.5 + share / 2.0)
}

/// Whether `quote` is `label` cut short with an ellipsis (`...`, `…`): it
/// begins with the label's first word and the rest of its words stand in the
/// label in the same order ("Update phone numbers..." for "Update my phone
/// numbers used for account security").
pub fn abbreviates(quote: &str, label: &str) -> bool {
    let q = quote.trim();
    let Some(q) = q.strip_suffix("...").or_else(|| q.strip_suffix('…')) else {
        return false;
    };
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (q, l) = (words(q), words(label));
    if q.len() < 2 || q.first() != l.first() {
        return false;
    }
    let mut rest = l.iter();
    q.iter().all(|w| rest.any(|x| x == w))
}

/// Words a language uses for the same thing in a label, from the Fluent
/// message `check-words-equivalent` (`new = create | extra = additional`):
/// each pair normalized, the article's word first.
pub fn equivalents(
    l10n: &walkthrough_i18n::Localizer,
    locale: &unic_langid::LanguageIdentifier,
) -> Vec<(String, String)> {
    l10n.format(locale, "check-words-equivalent", &[])
        .split('|')
        .filter_map(|pair| {
            let (a, b) = pair.split_once('=')?;
            let (a, b) = (normalize(a), normalize(b));
            (!a.is_empty() && !b.is_empty()).then_some((a, b))
        })
        .collect()
}

/// [`similarity`], also with the quote's words replaced by their
/// [`equivalents`] (`New` is near `Create`, `アプリケーション パスワード`
/// near `アプリ パスワード`).
pub fn similarity_in(quote: &str, label: &str, same: &[(String, String)]) -> f64 {
    similarity_normalized(&normalize(quote), &normalize(label), same)
}

/// [`similarity_in`] of a quote and a label already [`normalize`]d.
pub fn similarity_normalized(q: &str, l: &str, same: &[(String, String)]) -> f64 {
    let mut best = similar(q, l);
    if same.iter().any(|(word, _)| q.contains(word.as_str())) {
        let mut replaced = q.to_owned();
        for (word, instead) in same {
            replaced = replaced.replace(word.as_str(), instead);
        }
        best = best.max(similar(&replaced, l));
    }
    best
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

/// Words too common to begin a control's name with.
const NAME_STOPWORDS: [&str; 14] = [
    "the", "and", "for", "your", "you", "my", "to", "a", "an", "of", "in", "on", "it", "with",
];

/// The words of one language that ask for an action, that only describe, and
/// that may stand between a verb and its control, from Fluent
/// (`import-words-act`, `-type`, `-paste`, `-copy`, `-sign-in`,
/// `import-words-describe`, `import-words-filler`), lowercased.
#[derive(Debug, Clone, Default)]
pub struct StepWords {
    /// Verbs that ask to act on a control (select, click, 選択 …).
    pub acts: Vec<String>,
    /// Every verb that asks for an action (the above, and type, paste, copy,
    /// sign in …).
    pub verbs: Vec<String>,
    /// Phrases that only say what appears (appears, will take you, 表示され …).
    pub describes: Vec<String>,
    /// Words that may stand between a verb and the control it acts on.
    pub fillers: Vec<String>,
}

impl StepWords {
    /// The words of `locale`.
    pub fn load(
        l10n: &walkthrough_i18n::Localizer,
        locale: &unic_langid::LanguageIdentifier,
    ) -> StepWords {
        let raw = |id: &str| -> Vec<String> {
            l10n.format(locale, id, &[])
                .split('|')
                .map(|w| {
                    w.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                })
                .filter(|w| !w.is_empty())
                .collect()
        };
        let mut verbs: Vec<String> = [
            "import-words-act",
            "import-words-type",
            "import-words-paste",
            "import-words-copy",
            "import-words-sign-in",
        ]
        .iter()
        .flat_map(|id| raw(id))
        .collect();
        verbs.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let mut fillers = raw("import-words-filler");
        fillers.sort_by_key(|w| std::cmp::Reverse(w.len()));
        StepWords {
            acts: raw("import-words-act"),
            verbs,
            describes: raw("import-words-describe"),
            fillers,
        }
    }

    /// Whether a step's text only says what appears: a describing phrase
    /// ("This will take you to the page", 「…が表示されます」) and no verb
    /// that asks for an action. Such a step is a step to read, whatever its
    /// place in the procedure.
    pub fn only_describes(&self, text: &str) -> bool {
        let text = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
            .replace('’', "'");
        !self.verbs.iter().any(|v| has_phrase(&text, v))
            && self.describes.iter().any(|d| has_phrase(&text, d))
    }

    /// The controls a step names without quoting them, in a script with
    /// capitals: the words after an action verb (`select Security info`,
    /// `click the Add button`) that begin with a capital, up to the end of
    /// the clause, a filler or another verb.
    pub fn named_objects(&self, text: &str) -> Vec<String> {
        // Two letters or more, none in lower case.
        let shouted = |w: &str| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        };
        const ENDS: [&str; 17] = [
            "and", "then", "from", "in", "on", "at", "to", "next", "or", "if", "when", "under",
            "near", "above", "below", "beside", "inside",
        ];
        let quoted: Vec<std::ops::Range<usize>> =
            quotes(text).iter().map(|q| q.at..q.end).collect();
        let words: Vec<(usize, &str)> = text
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        let is_act = |w: &str| self.acts.iter().any(|v| v == w);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let lower = words[i].1.to_lowercase();
            let lower = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
            if !is_act(lower) || words[i].1.ends_with([',', '.', ';', ':']) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len() && self.fillers.iter().any(|f| f == &words[j].1.to_lowercase()) {
                j += 1;
            }
            let mut name: Vec<&str> = Vec::new();
            while j < words.len() {
                let (at, w) = words[j];
                if quoted.iter().any(|q| q.contains(&at)) {
                    break;
                }
                let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
                let low = bare.to_lowercase();
                // The kind of control ends the name (`the Add button`);
                // other small words may stand inside one (`Update my phone
                // numbers used for account security`).
                let kind = self.fillers.contains(&low)
                    && !NAME_STOPWORDS.contains(&low.as_str())
                    && low != "then";
                // A name written in capitals goes on while its words do
                // (`TURN ON`, `SIGN IN`): a small word in capitals is part
                // of the button's text, not of the sentence.
                if !name.is_empty() && shouted(bare) && name.iter().all(|n| shouted(n)) {
                    name.push(bare);
                    j += 1;
                    if w.ends_with([',', '.', ';', ':', ')', '(']) {
                        break;
                    }
                    continue;
                }
                if bare.is_empty()
                    || (name.is_empty() && !bare.starts_with(char::is_uppercase))
                    || (!name.is_empty() && ENDS.contains(&low.as_str()))
                    || (name.is_empty() && NAME_STOPWORDS.contains(&low.as_str()))
                    || low == "then"
                    || kind
                    || is_act(&low)
                {
                    break;
                }
                name.push(bare);
                j += 1;
                if w.ends_with([',', '.', ';', ':', ')', '(']) {
                    break;
                }
            }
            if !name.is_empty() {
                out.push(name.join(" "));
            }
            i = j.max(i + 1);
        }
        out
    }
}

/// Whether `text` holds `phrase` (both lowercased, single-spaced), as whole
/// words where it begins or ends with a Latin letter or digit.
fn has_phrase(text: &str, phrase: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let glue_start = word(phrase.chars().next());
    let glue_end = word(phrase.chars().next_back());
    text.match_indices(phrase).any(|(at, _)| {
        let end = at + phrase.len();
        let glued_before = glue_start && word(text[..at].chars().next_back());
        let glued_after = glue_end && word(text[end..].chars().next());
        !glued_before && !glued_after
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_quotes_against_kana_or_kanji_are_quotes_and_in_a_word_apostrophes() {
        let texts = |t: &str| quotes(t).into_iter().map(|q| q.text).collect::<Vec<_>>();
        assert_eq!(texts("名前を入力し、‘次へ’をクリックします"), ["次へ"]);
        assert_eq!(texts("名前を'次へ'で確定"), ["次へ"]);
        assert_eq!(texts("Don’t click ‘Next’ yet, you’ll see"), ["Next"]);
        assert!(texts("don't you'll").is_empty());
    }

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
        assert_eq!(
            q("select ‘Settings’, then 'Extra security' and «app passwords»"),
            ["Settings", "Extra security", "app passwords"]
        );
        assert_eq!(q("Don't click 'Yes' if you’re unsure"), ["Yes"]);
        assert_eq!(q("You’ll see it; it's there"), Vec::<String>::new());
        assert_eq!(
            q("［新規作成］、《Office 365 の設定》、「[アプリ パスワード]」"),
            ["新規作成", "Office 365 の設定", "アプリ パスワード"]
        );
        assert_eq!(q("select **[Delete]**"), ["Delete"]);
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
        assert!(stray("You’ll see the page’s tabs").is_empty());
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
        // One label held whole in the other: the seed's 「次」 for 「次へ」.
        assert!(similarity("次", "次へ") >= 0.7);
        assert!(similarity("Profile", "People") < 0.6);
        assert!(similarity("Security", "Additional security verification") < 0.7);
        assert!(
            similarity_in(
                "More security options",
                "Settings",
                &[("options".to_owned(), "settings".to_owned())]
            ) < 0.7
        );
        let same = [
            ("new".to_owned(), "create".to_owned()),
            ("アプリケーション".to_owned(), "アプリ".to_owned()),
        ];
        assert_eq!(similarity_in("New", "Create", &same), 1.0);
        assert_eq!(
            similarity_in("アプリケーション パスワード", "アプリ パスワード", &same),
            1.0
        );
        assert!(similarity_in("New", "Create", &[]) < 0.5);
    }

    #[test]
    #[allow(clippy::unwrap_used)]
    fn a_step_only_describes_by_its_words() {
        let l10n = walkthrough_i18n::Localizer::embedded().unwrap();
        let en = StepWords::load(&l10n, &"en-US".parse().unwrap());
        assert!(en.only_describes("You will get a pop-up asking you to confirm."));
        assert!(en.only_describes("This will take you to the page."));
        assert!(!en.only_describes("Click Yes; a pop-up appears."));
        assert!(!en.only_describes("Select Create."));
        let ja = StepWords::load(&l10n, &"ja-JP".parse().unwrap());
        assert!(ja.only_describes("確認のメッセージが表示されます。"));
        assert!(!ja.only_describes("[はい] をクリックします。"));
    }

    #[test]
    #[allow(clippy::unwrap_used)]
    fn unquoted_controls_are_the_objects_of_action_verbs() {
        let l10n = walkthrough_i18n::Localizer::embedded().unwrap();
        let en = StepWords::load(&l10n, &"en-US".parse().unwrap());
        assert_eq!(
            en.named_objects("Choose Security & privacy from the menu, then choose Additional security verification."),
            ["Security & privacy", "Additional security verification"]
        );
        assert_eq!(
            en.named_objects("Click App Passwords near the top."),
            ["App Passwords"]
        );
        assert!(en
            .named_objects("Select the app password you want to delete.")
            .is_empty());
        // A button's text in capitals is whole, small words and all.
        assert_eq!(en.named_objects("Click TURN ON"), ["TURN ON"]);
        assert_eq!(
            en.named_objects("Now press SIGN IN on the right."),
            ["SIGN IN"]
        );
        // Capitals and ordinary words: the sentence's small words still end it.
        assert_eq!(en.named_objects("Click Create on the right."), ["Create"]);
    }

    #[test]
    fn an_ellipsis_cuts_a_label_short() {
        let label = "Update my phone numbers used for account security";
        assert!(abbreviates("Update phone numbers...", label));
        assert!(abbreviates("Update my phone…", label));
        assert!(!abbreviates("Update phone numbers", label));
        assert!(!abbreviates("Phone numbers...", label));
        assert!(!abbreviates("Update...", label));
    }
}
