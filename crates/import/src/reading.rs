//! Reading one written step: where it says its target is, what it asks to
//! do, and which labels it names, quoted or not. The words it looks for are
//! each language's own, from Fluent (`import-words-*`), so a new language
//! brings its own.

use std::ops::Range;
use unic_langid::LanguageIdentifier;
use walkthrough_check::text::{
    abbreviates, equivalents, normalize, quotes, same_label, similarity_in, similarity_normalized,
    StepWords,
};
use walkthrough_i18n::Localizer;
use walkthrough_scenario::Location;

/// How alike a quote must be to a label to be read as that label, misquoted.
pub(crate) const QUOTE_SIMILARITY: f64 = 0.7;

/// How many characters on each side of a label are read for its verb.
const WINDOW: usize = 60;

/// Words too common to identify a label by.
const STOPWORDS: [&str; 14] = [
    "the", "and", "for", "your", "you", "my", "to", "a", "an", "of", "in", "on", "it", "with",
];

/// The words of one language that say where, and what to do.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocabulary {
    locations: Vec<(Vec<char>, Location)>,
    not_locations: Vec<Vec<char>>,
    acts: Vec<Vec<char>>,
    types: Vec<Vec<char>>,
    pastes: Vec<Vec<char>>,
    copies: Vec<Vec<char>>,
    describes: Vec<Vec<char>>,
    signs_in: Vec<Vec<char>>,
    /// Words articles use for a label's words (`new` for `create`).
    pub(crate) same: Vec<(String, String)>,
    /// Words before a label that make it a place (`under`, `next to`).
    place_before: Vec<String>,
    /// Words before a label that make it a place when a place noun follows
    /// it (`in the … list`, `on the … page`).
    place_in: Vec<String>,
    /// Those place nouns (`list`, `page`, `column`).
    place_nouns: Vec<String>,
    /// Words right after a label that make it a place or a condition
    /// (`の下に`, `の横の`, `の一覧に`, `がありましたら`).
    place_after: Vec<String>,
    /// The verbs (longest first), describing phrases and fillers (longest
    /// first) as `check` reads them: one list for both.
    words: StepWords,
    /// Words that join one more object to the verb before (`then`, `and
    /// then`, `次に`): `select the gear, then Office 365 settings`.
    and_then: Vec<String>,
    /// Words before a verb that make it a purpose (`to open your settings`).
    purpose: Vec<String>,
}

/// What a step's words ask for, besides the labels they name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Reading {
    /// The first location phrase (the longest where phrases overlap).
    pub location: Option<Location>,
    /// The text's own words for it.
    pub location_words: Option<String>,
    /// Whether it asks to sign in (sign in, log in, log on, ログイン …).
    pub signs_in: bool,
    /// Whether it asks to select, click, type … anything.
    pub acts: bool,
    /// Whether it asks to type.
    pub types: bool,
    /// Whether it asks to paste.
    pub pastes: bool,
    /// Whether it asks to copy.
    pub copies: bool,
    /// Whether it only says what appears.
    pub describes: bool,
}

impl Vocabulary {
    /// The words of `locale` (falling back to en-US word by word list).
    pub(crate) fn load(l10n: &Localizer, locale: &LanguageIdentifier) -> Vocabulary {
        let raw = |id: &str| -> Vec<String> {
            l10n.format(locale, id, &[])
                .split('|')
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .collect()
        };
        let list = |id: &str| -> Vec<Vec<char>> {
            raw(id)
                .iter()
                .map(|w| normalize(w).chars().collect::<Vec<char>>())
                .filter(|w| !w.is_empty())
                .collect()
        };
        let by_length = |mut v: Vec<String>| {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
            v
        };
        let place_before = by_length(raw("import-words-place-before"));
        let place_in = by_length(raw("import-words-place-in"));
        let place_nouns = by_length(raw("import-words-place-noun"));
        let place_after = by_length(raw("import-words-place-after"));
        let mut locations = Vec::new();
        for (id, location) in [
            ("import-words-top-right", Location::TopRight),
            ("import-words-top-left", Location::TopLeft),
            ("import-words-top", Location::Top),
            ("import-words-left", Location::Left),
            ("import-words-right", Location::Right),
            ("import-words-bottom", Location::Bottom),
            ("import-words-dialog", Location::Dialog),
            ("import-words-taskbar", Location::Taskbar),
        ] {
            locations.extend(list(id).into_iter().map(|w| (w, location)));
        }
        Vocabulary {
            locations,
            not_locations: list("import-words-not-location"),
            acts: list("import-words-act"),
            types: list("import-words-type"),
            pastes: list("import-words-paste"),
            copies: list("import-words-copy"),
            describes: list("import-words-describe"),
            signs_in: list("import-words-sign-in"),
            same: equivalents(l10n, locale),
            place_before,
            place_in,
            place_nouns,
            place_after,
            words: StepWords::load(l10n, locale),
            and_then: by_length(raw("import-words-and-then")),
            purpose: by_length(raw("import-words-purpose")),
        }
    }

    /// Whether the words at `range` of `text` are the object of a verb that
    /// asks for an action: the verb stands before or after them with only
    /// fillers between (`select the cog`, `歯車アイコンをクリック`), or they
    /// begin or end with one (`Copy the app password to the clipboard`,
    /// `パスワードをクリップボードにコピー`). Words in a
    /// clause of their own (`the password you want to delete`, `削除を確定`,
    /// `作成した`) are not.
    pub(crate) fn is_object(&self, text: &str, range: &Range<usize>) -> bool {
        let own = text[range.clone()].to_lowercase();
        let own = own.trim_start_matches(|c: char| !c.is_alphanumeric());
        let own_end = own.trim_end_matches(|c: char| !c.is_alphanumeric());
        if self
            .words
            .verbs
            .iter()
            .any(|v| starts_with_word(own, v) || ends_with_word(own_end, v))
        {
            return true;
        }
        // Verbs and fillers are short: a window on each side is enough, and
        // keeps a long step linear.
        let window = |s: &str, from_end: bool| -> String {
            let chars = s.chars().count();
            if from_end {
                s.chars().skip(chars.saturating_sub(WINDOW)).collect()
            } else {
                s.chars().take(WINDOW).collect()
            }
        };
        if self.joined_to_verb(&text[..range.start].to_lowercase()) {
            return true;
        }
        let before = window(&text[..range.start], true).to_lowercase();
        let before = self.strip_fillers_back(&before);
        // A verb that says what for (`… to open your settings`) asks for
        // nothing: its object is where the step leads, not a control.
        if let Some(v) = self.words.verbs.iter().find(|v| ends_with_word(before, v)) {
            let lead = before[..before.len() - v.len()].trim_end();
            return !self.purpose.iter().any(|p| ends_with_word(lead, p));
        }
        let after = window(&text[range.end..], false).to_lowercase();
        let after = self.strip_fillers_front(&after);
        self.words.verbs.iter().any(|v| starts_with_word(after, v))
    }

    /// For labels found in `text` at `ranges` (in the order of the text):
    /// whether each is the object of an action verb, by itself
    /// ([`Vocabulary::is_object`]) or as an item of a list whose last item
    /// is (`「A」、「B」の順に選びます`, `select “A”, “B” and “C”`): items
    /// joined only by commas, `、`, `・` and the joining words
    /// (`import-words-and-then`).
    pub(crate) fn objects_of_lists(&self, text: &str, ranges: &[Range<usize>]) -> Vec<bool> {
        let mut out = vec![false; ranges.len()];
        for k in (0..ranges.len()).rev() {
            out[k] = self.is_object(text, &ranges[k]) || {
                ranges.get(k + 1).is_some_and(|next| {
                    out[k + 1]
                        && ranges[k].end <= next.start
                        && self.only_joins(&text[ranges[k].end..next.start])
                })
            };
        }
        out
    }

    /// Whether `between` holds only list separators and joining words.
    fn only_joins(&self, between: &str) -> bool {
        const MARKS: &str = "*_[]［］「」『』【】《》\"'“”‘’";
        let mut s = between.trim_matches(|c: char| c.is_whitespace() || MARKS.contains(c));
        let mut separated = false;
        loop {
            let t = s.trim_start_matches(|c: char| {
                c.is_whitespace() || MARKS.contains(c) || ",、，・".contains(c)
            });
            if t.len() != s.len() {
                separated = true;
                s = t;
                continue;
            }
            match self
                .and_then
                .iter()
                .find(|w| starts_with_word(&s.to_lowercase(), w))
            {
                Some(w) => {
                    separated = true;
                    s = &s[w.len()..];
                }
                None => break,
            }
        }
        separated && s.is_empty()
    }

    /// Whether the label at `range` of `text` is where something is, not
    /// what to act on: the object of a place or relation phrase (`under
    /// "Additional security verification"`, `in the "Name" list`,
    /// `「名前」の横の`, `〜の一覧に`) or of a condition (`「名前」がありましたら`).
    /// The words come from Fluent (`import-words-place-*`).
    pub(crate) fn is_place(&self, text: &str, range: &Range<usize>) -> bool {
        const MARKS: &str = "*_[]［］「」『』【】《》\"'“”‘’";
        let before: String = {
            let s = &text[..range.start];
            let chars = s.chars().count();
            s.chars().skip(chars.saturating_sub(WINDOW)).collect()
        };
        let before = before.to_lowercase();
        let before = before.trim_end_matches(|c: char| c.is_whitespace() || MARKS.contains(c));
        let after: String = text[range.end..].chars().take(WINDOW).collect();
        let after = after.to_lowercase();
        let after = after.trim_start_matches(|c: char| c.is_whitespace() || MARKS.contains(c));
        if self
            .place_after
            .iter()
            .any(|w| after.starts_with(w.as_str()))
        {
            return true;
        }
        if self.place_before.iter().any(|w| ends_with_word(before, w)) {
            return true;
        }
        self.place_in.iter().any(|w| ends_with_word(before, w))
            && self.place_nouns.iter().any(|w| starts_with_word(after, w))
    }

    /// The controls a step names without quoting them, in a script with
    /// capitals: the words after an action verb (`select Security info`,
    /// `click the Add button`) that begin with a capital, up to the end of
    /// the clause, a filler or another verb. Used to tell an article about
    /// another product by the names it gives.
    pub(crate) fn named_objects(&self, text: &str) -> Vec<String> {
        self.words.named_objects(text)
    }

    /// The text with each part of a menu path quoted (`Choose Settings >
    /// Office 365.` → `Choose “Settings” > “Office 365”.`), and where those
    /// quotes stand in it. A path is parts joined by `>`, `＞` or `→` with
    /// spaces; its first part starts after the sentence's last action verb
    /// (and fillers), its last ends at the clause's end. Parts already
    /// quoted are kept as they are.
    pub(crate) fn quote_paths(&self, text: &str) -> (String, Vec<Range<usize>>) {
        const ARROWS: [&str; 3] = [" > ", " ＞ ", " → "];
        if !ARROWS.iter().any(|a| text.contains(a)) {
            return (text.to_owned(), Vec::new());
        }
        let mut out = String::with_capacity(text.len() + 16);
        let mut ranges = Vec::new();
        // Sentence by sentence (a path never spans one).
        let mut rest = text;
        while !rest.is_empty() {
            let end = rest
                .char_indices()
                .find(|(i, c)| {
                    matches!(c, '.' | '。' | ';' | '；')
                        && rest[i + c.len_utf8()..]
                            .chars()
                            .next()
                            .is_none_or(char::is_whitespace)
                })
                .map_or(rest.len(), |(i, c)| i + c.len_utf8());
            let sentence = &rest[..end];
            rest = &rest[end..];
            let Some(arrow) = ARROWS.iter().find(|a| sentence.contains(**a)) else {
                out.push_str(sentence);
                continue;
            };
            let parts: Vec<&str> = sentence.split(arrow).collect();
            // The first part: after the last verb and fillers.
            let first = parts[0];
            let lower = first.to_lowercase();
            let mut start = 0;
            for v in &self.words.verbs {
                let mut from = 0;
                while let Some(at) = lower[from..].find(v.as_str()) {
                    let at = from + at;
                    let after = at + v.len();
                    if starts_with_word(&lower[at..], v) && after > start && after <= lower.len() {
                        start = after;
                    }
                    from = at + v.len().max(1);
                }
            }
            let tail = self.strip_fillers_front(&lower[start..]);
            let start = lower.len() - tail.len();
            // The last part: up to the clause's end.
            let last = parts[parts.len() - 1];
            let mut stop = last.len();
            for cut in [",", "、", ":", " and ", " then ", " from ", " to ", " in "] {
                if let Some(i) = last.find(cut) {
                    stop = stop.min(i);
                }
            }
            let trimmed = last[..stop].trim_end_matches(['.', '。', ';', ' ']);
            let stop = trimmed.len();
            let n = parts.len();
            for (k, part) in parts.iter().enumerate() {
                if k > 0 {
                    out.push_str(arrow);
                }
                let (lead, body, trail) = match (k, n - 1) {
                    (0, _) if n == 1 => ("", *part, ""),
                    (0, _) => (&first[..start], &first[start..], ""),
                    (k, l) if k == l => ("", &last[..stop], &last[stop..]),
                    _ => ("", *part, ""),
                };
                out.push_str(lead);
                let bare = body.trim();
                if bare.is_empty() || !quotes(part).is_empty() {
                    out.push_str(body);
                } else {
                    let at = out.len();
                    out.push('“');
                    out.push_str(bare);
                    out.push('”');
                    ranges.push(at..out.len());
                }
                out.push_str(trail);
            }
        }
        (out, ranges)
    }

    /// Whether the words before a label end with a word that joins one more
    /// object (`then`, `and then`, `次に`, after the fillers) to a verb
    /// earlier in the same sentence: `Select the gear, then Office 365
    /// settings`, `Choose Additional security verification and then Update
    /// my phone numbers …`.
    fn joined_to_verb(&self, before: &str) -> bool {
        // The sentence the label is in, at most a few hundred bytes back.
        let from = before.len().saturating_sub(400);
        let from = (from..before.len())
            .find(|&i| before.is_char_boundary(i))
            .unwrap_or(before.len());
        let before = &before[from..];
        let sentence = before
            .rfind(['.', '。', ';', '!', '?', '\n'])
            .map_or(before, |i| {
                let mark = before[i..].chars().next().map_or(1, char::len_utf8);
                &before[i + mark..]
            });
        let mut s =
            sentence.trim_end_matches(|c: char| c.is_whitespace() || "*[]［］「」,、".contains(c));
        // The fillers right before the label (`then the`, `then on the`).
        while let Some(f) = self
            .words
            .fillers
            .iter()
            .filter(|f| !self.and_then.contains(f))
            .find(|f| ends_with_word(s, f))
        {
            s = s[..s.len() - f.len()].trim_end();
        }
        let Some(joiner) = self.and_then.iter().find(|w| ends_with_word(s, w)) else {
            return false;
        };
        let rest = &s[..s.len() - joiner.len()];
        // The words with the byte each begins at.
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut start = None;
        for (i, c) in rest
            .char_indices()
            .chain(std::iter::once((rest.len(), ' ')))
        {
            let inside = c.is_alphanumeric() || c == '-';
            match (inside, start) {
                (true, None) => start = Some(i),
                (false, Some(b)) => {
                    words.push((b, &rest[b..i]));
                    start = None;
                }
                _ => {}
            }
        }
        // The last verb before the joiner, by where it stands: the object is
        // joined to it only when it is one that acts on a control (`select`,
        // `click`), not `paste it … and connect`, where the connect is the
        // form's own.
        let last = |v: &String| -> Option<usize> {
            if v.starts_with(|c: char| c.is_ascii_alphanumeric()) {
                let v: Vec<&str> = v.split_whitespace().collect();
                words
                    .windows(v.len())
                    .rposition(|w| w.iter().map(|(_, w)| *w).eq(v.iter().copied()))
                    .map(|i| words[i].0)
            } else {
                rest.rfind(v.as_str())
            }
        };
        let latest = self
            .words
            .verbs
            .iter()
            .filter_map(|v| last(v).map(|at| (at, v)))
            .max_by_key(|(at, v)| (*at, v.len()));
        latest.is_some_and(|(at, v)| {
            // A verb that is itself the object of one that acts (`click Copy
            // password to clipboard, then Close`): the first word of a
            // control's name, not the verb the joiner refers to.
            self.word_acts(v) || {
                let before = self.strip_fillers_back(&rest[..at]);
                self.words
                    .verbs
                    .iter()
                    .any(|a| self.word_acts(a) && ends_with_word(before, a))
            }
        })
    }

    /// Whether `verb` asks to act on a control (`import-words-act`).
    fn word_acts(&self, verb: &str) -> bool {
        let n: Vec<char> = normalize(verb).chars().collect();
        self.acts.contains(&n)
    }

    fn strip_fillers_back<'t>(&self, mut s: &'t str) -> &'t str {
        loop {
            s = s.trim_end_matches(|c: char| c.is_whitespace() || "*[]［］「」".contains(c));
            match self.words.fillers.iter().find(|f| ends_with_word(s, f)) {
                Some(f) => s = &s[..s.len() - f.len()],
                None => return s,
            }
        }
    }

    fn strip_fillers_front<'t>(&self, mut s: &'t str) -> &'t str {
        loop {
            s = s.trim_start_matches(|c: char| c.is_whitespace() || "*[]［］「」".contains(c));
            match self.words.fillers.iter().find(|f| starts_with_word(s, f)) {
                Some(f) => s = &s[f.len()..],
                None => return s,
            }
        }
    }

    /// Reads a step's text.
    pub(crate) fn read(&self, text: &str) -> Reading {
        let stream = Stream::new(text);
        let any = |words: &[Vec<char>]| words.iter().any(|w| !stream.find(w).is_empty());
        let blocked: Vec<Range<usize>> = self
            .not_locations
            .iter()
            .flat_map(|w| stream.find(w))
            .collect();
        let places: Vec<(Range<usize>, Location)> = self
            .locations
            .iter()
            .flat_map(|(w, l)| stream.find(w).into_iter().map(move |r| (r, *l)))
            .filter(|(r, _)| !blocked.iter().any(|b| overlaps(b, r)))
            .collect();
        // The longest phrase wins over those it overlaps ("at the top right"
        // is top right, not top); then the first in the text.
        let place = places
            .iter()
            .filter(|(r, _)| {
                !places
                    .iter()
                    .any(|(o, _)| overlaps(o, r) && o.len() > r.len())
            })
            .min_by_key(|(r, _)| r.start)
            .cloned();
        let (types, pastes, copies) = (any(&self.types), any(&self.pastes), any(&self.copies));
        let signs_in = any(&self.signs_in);
        let acts = any(&self.acts) || types || pastes || copies || signs_in;
        Reading {
            location: place.as_ref().map(|(_, l)| *l),
            location_words: place.map(|(r, _)| text[r].to_owned()),
            signs_in,
            acts,
            types,
            pastes,
            copies,
            describes: !acts && any(&self.describes),
        }
    }
}

/// A label named in a step's text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    /// Where, in bytes of the text.
    pub range: Range<usize>,
    /// The labels it names, normalized (several when a quote is equally near to them).
    pub labels: Vec<String>,
    /// The quoted words, when the text quotes it.
    pub quote: Option<String>,
    /// Whether the text has the label exactly (else it is near: a misquote,
    /// or the label's words spread over the text).
    pub exact: bool,
}

/// Every label of `labels` that `text` names: quoted ones first (exactly,
/// or the nearest label to a misquote), then unquoted ones, longest first,
/// never two over the same words. In the order of the text.
pub(crate) fn find_labels(text: &str, labels: &[String], same: &[(String, String)]) -> Vec<Found> {
    let mut distinct: Vec<(String, &str)> = Vec::new();
    for l in labels {
        let n = normalize(l);
        if !n.is_empty() && !distinct.iter().any(|(d, _)| *d == n) {
            distinct.push((n, l.as_str()));
        }
    }
    let mut found: Vec<Found> = Vec::new();
    // What each distinct quote reads as, worked out once.
    let mut read: Vec<(String, Vec<String>, bool)> = Vec::new();
    for q in quotes(text) {
        let range = q.at..q.end;
        let nq = normalize(&q.text);
        let (labels, exact) = match read.iter().find(|(n, _, _)| *n == nq) {
            Some((_, labels, exact)) => (labels.clone(), *exact),
            None => {
                let exact: Vec<String> = distinct
                    .iter()
                    .filter(|(n, _)| *n == nq)
                    .map(|(n, _)| n.clone())
                    .collect();
                let (labels, is_exact) = if exact.is_empty() {
                    let best = distinct
                        .iter()
                        .map(|(n, _)| (similarity_normalized(&nq, n, same), n))
                        .filter(|(s, _)| *s >= QUOTE_SIMILARITY)
                        .max_by(|a, b| a.0.total_cmp(&b.0));
                    // A quote cut short with an ellipsis ("Update phone
                    // numbers..."): the one label that begins with its
                    // first word and holds its words in order.
                    let cut: Vec<String> = if best.is_none() {
                        distinct
                            .iter()
                            .filter(|(_, l)| abbreviates(&q.text, l))
                            .map(|(n, _)| n.clone())
                            .collect()
                    } else {
                        Vec::new()
                    };
                    (
                        best.map(|(_, n)| vec![n.clone()])
                            .or_else(|| (cut.len() == 1).then_some(cut))
                            .unwrap_or_default(),
                        false,
                    )
                } else {
                    (exact, true)
                };
                read.push((nq, labels.clone(), is_exact));
                (labels, is_exact)
            }
        };
        found.push(Found {
            range,
            labels,
            quote: Some(q.text),
            exact,
        });
    }
    let stream = Stream::new(text);
    let mut unquoted: Vec<Found> = Vec::new();
    for (n, label) in &distinct {
        let chars: Vec<char> = n.chars().collect();
        let ascii = label.is_ascii();
        if chars.len() < 2 || (ascii && chars.len() < 3) {
            continue;
        }
        let exact = stream.find(&chars);
        let is_exact = !exact.is_empty();
        let spans = if !is_exact && ascii {
            stream.words(label).into_iter().collect()
        } else {
            exact
        };
        unquoted.extend(spans.into_iter().map(|range| Found {
            range,
            labels: vec![n.clone()],
            quote: None,
            exact: is_exact,
        }));
    }
    unquoted.sort_by_key(|f| (std::cmp::Reverse(f.range.len()), f.range.start));
    // A label spread over the text that cuts an exact one in two ("settings
    // … gear" across "Office 365 settings") is no reading; one that holds an
    // exact label whole ("Copy the app password to the clipboard") is.
    let exact: Vec<Range<usize>> = unquoted
        .iter()
        .filter(|f| f.exact)
        .map(|f| f.range.clone())
        .collect();
    unquoted.retain(|f| {
        f.exact
            || !exact.iter().any(|e| {
                overlaps(e, &f.range) && !(f.range.start <= e.start && e.end <= f.range.end)
            })
    });
    for f in unquoted {
        if let Some(same) = found
            .iter_mut()
            .find(|k| k.quote.is_none() && k.range == f.range)
        {
            same.labels.extend(f.labels);
            continue;
        }
        if !found.iter().any(|k| overlaps(&k.range, &f.range)) {
            found.push(f);
        }
    }
    found.sort_by_key(|f| f.range.start);
    found
}

/// Whether `s` begins with the word `w` (whole, when it ends with a Latin letter or digit).
fn starts_with_word(s: &str, w: &str) -> bool {
    s.starts_with(w)
        && !(w.ends_with(|c: char| c.is_ascii_alphanumeric())
            && s[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()))
}

/// Whether `s` ends with the word `w` (whole, when it begins with a Latin letter or digit).
fn ends_with_word(s: &str, w: &str) -> bool {
    s.ends_with(w)
        && !(w.starts_with(|c: char| c.is_ascii_alphanumeric())
            && s[..s.len() - w.len()].ends_with(|c: char| c.is_ascii_alphanumeric()))
}

/// Whether a quote is one of `labels`, or near one (a misquote).
pub(crate) fn near_any(quote: &str, labels: &[String], same: &[(String, String)]) -> bool {
    labels
        .iter()
        .any(|l| same_label(quote, l) || similarity_in(quote, l, same) >= QUOTE_SIMILARITY)
}

/// Whether `text` names `label`: quotes it, or has it (three characters or more).
pub(crate) fn names(text: &str, label: &str) -> bool {
    let n = normalize(label);
    quotes(text).iter().any(|q| same_label(&q.text, label))
        || (n.chars().count() >= 3 && normalize(text).contains(&n))
}

/// Whether two byte ranges share a byte.
pub(crate) fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// A text as [`normalize`] sees it, each character with the bytes it came from.
struct Stream<'a> {
    text: &'a str,
    chars: Vec<(char, Range<usize>)>,
    /// Where each character stands, so a search only tries those places.
    at: std::collections::HashMap<char, Vec<usize>>,
}

impl<'a> Stream<'a> {
    fn new(text: &'a str) -> Self {
        let mut chars = Vec::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            let range = i..i + c.len_utf8();
            let kept: String = normalize(&c.to_string());
            chars.extend(kept.chars().map(|k| (k, range.clone())));
        }
        let mut at: std::collections::HashMap<char, Vec<usize>> = std::collections::HashMap::new();
        for (i, (c, _)) in chars.iter().enumerate() {
            at.entry(*c).or_default().push(i);
        }
        Stream { text, chars, at }
    }

    /// Every place the normalized `needle` stands, as whole words where it
    /// begins or ends with a letter or digit of the Latin alphabet.
    fn find(&self, needle: &[char]) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        if needle.is_empty() || needle.len() > self.chars.len() {
            return out;
        }
        let last = self.chars.len() - needle.len();
        let starts = self.at.get(&needle[0]).map_or(&[][..], Vec::as_slice);
        for &i in starts.iter().take_while(|&&i| i <= last) {
            if self.chars[i..i + needle.len()]
                .iter()
                .zip(needle)
                .all(|((c, _), n)| c == n)
            {
                let range = self.chars[i].1.start..self.chars[i + needle.len() - 1].1.end;
                if self.bounded(&range, needle) {
                    out.push(range);
                }
            }
        }
        out
    }

    fn bounded(&self, range: &Range<usize>, needle: &[char]) -> bool {
        let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        let first = needle.first().copied();
        let last = needle.last().copied();
        let glued_before = word(first) && word(self.text[..range.start].chars().next_back());
        let glued_after = word(last) && word(self.text[range.end..].chars().next());
        !glued_before && !glued_after
    }

    /// For a label of two or more words that matter: the span from the first
    /// to the last of them, when every one is in the text and the span is not
    /// much longer than the label.
    fn words(&self, label: &str) -> Option<Range<usize>> {
        let words: Vec<Vec<char>> = label
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_lowercase)
            .filter(|w| !STOPWORDS.contains(&w.as_str()))
            .map(|w| w.chars().collect())
            .collect();
        if words.len() < 2 {
            return None;
        }
        let mut start = usize::MAX;
        let mut end = 0;
        for w in &words {
            let first = self.find(w).into_iter().next()?;
            start = start.min(first.start);
            end = end.max(first.end);
        }
        // Within one clause: "Office 365 account and click on the Settings"
        // is not "Office 365 settings".
        let span = &self.text[start..end];
        let one_clause = !span.contains([',', ';', '.', '、', '。'])
            && !span
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("and"));
        (one_clause && end - start <= label.len() * 2 + 10).then_some(start..end)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn labels(text: &str, labels: &[&str]) -> Vec<(String, bool, bool)> {
        let owned: Vec<String> = labels.iter().map(|s| (*s).to_owned()).collect();
        find_labels(text, &owned, &[])
            .into_iter()
            .map(|f| (text[f.range].to_owned(), f.quote.is_some(), f.exact))
            .collect()
    }

    #[test]
    fn quoted_labels_exact_or_misquoted_and_the_longest_unquoted_one() {
        assert_eq!(
            labels(
                "下部で、[追加のセキュリティ確認] をクリックし、選択 **アカウントのセキュリティを使用して電話番号を更新**.3",
                &["追加のセキュリティ確認", "アカウントのセキュリティに使用される電話番号を更新", "確認"]
            ),
            [
                ("[追加のセキュリティ確認]".to_owned(), true, true),
                (
                    "**アカウントのセキュリティを使用して電話番号を更新**".to_owned(),
                    true,
                    false
                )
            ]
        );
        assert_eq!(
            labels(
                "右上隅で、ウィジェットを選択し、Office 365 の設定を選択",
                &["設定", "Office 365 の設定"]
            ),
            [("Office 365 の設定".to_owned(), false, true)]
        );
    }

    #[test]
    fn latin_labels_are_whole_words_or_their_words_spread() {
        assert_eq!(
            labels(
                "Copy the app password to the clipboard and paste it into your app.",
                &[
                    "Copy password to clipboard",
                    "App password",
                    "Password",
                    "Name"
                ]
            ),
            [(
                "Copy the app password to the clipboard".to_owned(),
                false,
                false
            )]
        );
        assert!(labels("Rename it", &["Name"]).is_empty());
        assert_eq!(
            labels(
                "Log in to your Office 365 account and click on the Settings gear icon.",
                &["Office 365 settings", "Settings"]
            ),
            [("Settings".to_owned(), false, true)]
        );
        assert_eq!(
            labels("Enter a name, and click **Next**", &["Name", "Next"]),
            [
                ("name".to_owned(), false, true),
                ("**Next**".to_owned(), true, true)
            ]
        );
    }

    #[test]
    fn controls_named_without_quotes() {
        let l10n = Localizer::embedded().unwrap();
        let v = Vocabulary::load(&l10n, &"en-US".parse().unwrap());
        assert_eq!(
            v.named_objects("Select Add method, choose App password from the dropdown list, and then click Add."),
            ["Add method", "App password", "Add"]
        );
        assert_eq!(
            v.named_objects("On the Security info page, select Delete next to the app password you want to delete."),
            ["Delete"]
        );
        assert_eq!(
            v.named_objects(
                "Click on the Update your phone numbers used for account security link."
            ),
            ["Update your phone numbers used for account security"]
        );
        assert_eq!(
            v.named_objects("Choose Security & privacy from the menu, then select Next."),
            ["Security & privacy", "Next"]
        );
        assert_eq!(
            v.named_objects("Click the \"Add\" button and select the gear icon."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn each_part_of_a_menu_path_is_named() {
        let l10n = Localizer::embedded().unwrap();
        let v = Vocabulary::load(&l10n, &"en-US".parse().unwrap());
        let q = |t: &str| v.quote_paths(t).0;
        assert_eq!(
            q("Choose Security & Privacy > Additional security verification."),
            "Choose “Security & Privacy” > “Additional security verification”."
        );
        assert_eq!(
            q("Sign in first. Then choose Settings > Office 365, and wait."),
            "Sign in first. Then choose “Settings” > “Office 365”, and wait."
        );
        assert_eq!(
            q("Select **Settings** > **Office 365 settings**."),
            "Select **Settings** > **Office 365 settings**."
        );
        assert_eq!(q("Nothing here."), "Nothing here.");
    }

    #[test]
    fn names_a_label() {
        assert!(names(
            "選択して、右 **アカウントのセキュリティに使用される電話番号を更新**",
            "アカウントのセキュリティに使用される電話番号を更新"
        ));
        assert!(!names("クリックして **はい**します。", "いいえ"));
    }
}
