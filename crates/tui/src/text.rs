//! Every word on screen comes from here: Fluent messages in the reader's
//! language, and the step texts' `**bold**` made bold.

use cursive::style::{Effect, Style};
use cursive::utils::markup::StyledString;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::{Arg, Localizer};
use walkthrough_portal::MessageRef;

/// A localizer and the language it speaks now.
#[derive(Clone, Copy)]
pub(crate) struct Texts<'a> {
    pub localizer: &'a Localizer,
    pub locale: &'a LanguageIdentifier,
}

impl Texts<'_> {
    /// A message without arguments.
    pub fn get(&self, id: &str) -> String {
        self.localizer.format(self.locale, id, &[])
    }

    /// A message with arguments.
    pub fn args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.localizer.format(self.locale, id, args)
    }

    /// A message with one number.
    pub fn num(&self, id: &str, name: &str, n: usize) -> String {
        self.args(id, &[(name, number(n))])
    }

    /// A portal label or notice.
    pub fn message(&self, m: &MessageRef) -> String {
        self.localizer.portal(self.locale, m)
    }

    /// An attribute of a message (a step's `hint`), if it has one.
    pub fn attr(&self, id: &str, attr: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.localizer.format_attr(self.locale, id, attr, args)
    }
}

/// A count as a Fluent number.
pub(crate) fn number(n: usize) -> Arg {
    Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
}

/// `**bold**` spans made bold; everything else kept as written, stars of an
/// unclosed pair included.
pub(crate) fn emphasis(text: &str) -> StyledString {
    let mut out = StyledString::new();
    let mut rest = text;
    while let Some(open) = rest.find("**") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("**") else {
            break;
        };
        out.append_plain(&rest[..open]);
        out.append_styled(&after[..close], Style::from(Effect::Bold));
        rest = &after[close + 2..];
    }
    out.append_plain(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::emphasis;

    #[test]
    fn bold_pairs_lose_their_stars_and_nothing_else() {
        assert_eq!(
            emphasis("選択して、右 **更新**").source(),
            "選択して、右 更新"
        );
        assert_eq!(emphasis("a **b** c **d").source(), "a b c **d");
        assert_eq!(emphasis("plain").source(), "plain");
    }
}
