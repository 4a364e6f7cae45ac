//! What the checker reports: one finding per disagreement between a written
//! step and the product.

use serde::Serialize;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The text does not describe a working procedure (exit 1).
    Error,
    /// The text works but misleads (exit 1 only with `--deny warnings`).
    Warning,
}

/// An element as a finding names it: its id and its label in the finding's locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    /// The element's id.
    pub element: String,
    /// Its label as shown.
    pub label: String,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Kind {
    /// A step's target is not on screen when the step begins.
    TargetNotOnScreen {
        /// The element the step acts on.
        element: String,
        /// The screen in front instead.
        screen: String,
        /// The element whose click would bring it on screen, if any.
        first_click: Option<String>,
    },
    /// The portal refused the script's action.
    ScriptRefused {
        /// The refusal's message id.
        refusal: String,
    },
    /// Two different controls on the screen carry the target's label.
    AmbiguousTarget {
        /// The target.
        target: Named,
        /// Another element with the same label.
        other: String,
    },
    /// The view after the step is not the one the script expects.
    UnexpectedScreen {
        /// What the script expects.
        expected: String,
        /// What came.
        actual: String,
    },
    /// The goal does not hold at the end.
    GoalNotMet {
        /// The failing condition.
        condition: String,
    },
    /// A message (step text, hint, label, title) is missing in a locale.
    MissingMessage {
        /// The message id (`id.hint` for an attribute).
        id: String,
    },
    /// The text quotes a label that is not the label of any element the step acts on.
    QuoteNotALabel {
        /// The quoted text.
        quote: String,
        /// The label it most likely means.
        nearest: Option<Named>,
    },
    /// The text names a control without quoting it, as the object of an
    /// action verb ("click the Update your phone numbers … link", "choose
    /// Security & privacy"), in words that are not the label of anything in
    /// the product: misnamed, shortened past recognition, or a control the
    /// modelled product does not have.
    NameNotALabel {
        /// The text's own words.
        words: String,
        /// The product's label they most likely mean, when one is near.
        nearest: Option<Named>,
    },
    /// The step acts on an element its text never mentions.
    UnmentionedAction {
        /// The element.
        target: Named,
        /// Whether it comes before a control the text does name (a click
        /// the text leaves out on the way: "needs X first").
        first: bool,
    },
    /// The step fills in a field (and sends its form) that the text never
    /// mentions: a step the text leaves out.
    UnmentionedInput {
        /// The field.
        field: Named,
        /// The form's button, when it has one.
        submit: Option<Named>,
    },
    /// The location the text claims is not where the element is.
    LocationMismatch {
        /// What the text says (`where`).
        claimed: String,
        /// The texts' own words for it, one per language that has them
        /// (`左下`, `lower-right`).
        words: Vec<String>,
        /// Where the element is.
        actual: String,
        /// The element.
        element: String,
    },
    /// The text names the target of a later step: the instruction is given twice.
    NamesLaterTarget {
        /// What the text says.
        quote: String,
        /// The later step (1-based).
        later_step: usize,
        /// Its target.
        target: Named,
    },
    /// The step changes nothing.
    ChangesNothing,
    /// The step does nothing and names only what the step before acted on:
    /// the same instruction given again.
    RepeatsStep {
        /// The step it repeats (1-based).
        repeated_step: usize,
    },
    /// The step script marks the step `# UNRESOLVED` (as `walkthrough import`
    /// writes it): its actions were not worked out from the text.
    UnresolvedStep {
        /// The reason written after the marker.
        reason: String,
    },
    /// Characters that do not belong.
    StrayCharacters {
        /// The characters.
        snippet: String,
    },
    /// Two locales' texts for the step quote different elements.
    LocalesDisagree {
        /// The other locale.
        other_locale: String,
        /// Elements this locale's text quotes.
        quotes: Vec<String>,
        /// Elements the other locale's text quotes.
        other_quotes: Vec<String>,
    },
}

impl Kind {
    /// The stable code of this kind (`location-mismatch`, …).
    pub fn code(&self) -> &'static str {
        match self {
            Kind::TargetNotOnScreen { .. } => "target-not-on-screen",
            Kind::ScriptRefused { .. } => "script-refused",
            Kind::AmbiguousTarget { .. } => "ambiguous-target",
            Kind::UnexpectedScreen { .. } => "unexpected-screen",
            Kind::GoalNotMet { .. } => "goal-not-met",
            Kind::MissingMessage { .. } => "missing-message",
            Kind::QuoteNotALabel { .. } => "quote-not-a-label",
            Kind::NameNotALabel { .. } => "name-not-a-label",
            Kind::UnmentionedAction { .. } => "unmentioned-action",
            Kind::UnmentionedInput { .. } => "unmentioned-input",
            Kind::LocationMismatch { .. } => "location-mismatch",
            Kind::NamesLaterTarget { .. } => "names-later-target",
            Kind::ChangesNothing => "changes-nothing",
            Kind::RepeatsStep { .. } => "repeats-step",
            Kind::UnresolvedStep { .. } => "unresolved-step",
            Kind::StrayCharacters { .. } => "stray-characters",
            Kind::LocalesDisagree { .. } => "locales-disagree",
        }
    }

    /// Every code, errors first.
    pub const CODES: [&'static str; 17] = [
        "target-not-on-screen",
        "script-refused",
        "ambiguous-target",
        "unexpected-screen",
        "goal-not-met",
        "missing-message",
        "unresolved-step",
        "quote-not-a-label",
        "name-not-a-label",
        "unmentioned-action",
        "unmentioned-input",
        "location-mismatch",
        "names-later-target",
        "changes-nothing",
        "repeats-step",
        "stray-characters",
        "locales-disagree",
    ];

    /// How serious it is.
    pub fn severity(&self) -> Severity {
        match self {
            Kind::TargetNotOnScreen { .. }
            | Kind::ScriptRefused { .. }
            | Kind::AmbiguousTarget { .. }
            | Kind::UnexpectedScreen { .. }
            | Kind::GoalNotMet { .. }
            | Kind::MissingMessage { .. }
            | Kind::UnresolvedStep { .. }
            | Kind::NameNotALabel { .. } => Severity::Error,
            _ => Severity::Warning,
        }
    }
}

/// One disagreement between a written step and the product.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The scenario's id.
    pub scenario: String,
    /// The step's number, from 1 (none for the whole scenario).
    pub step: Option<usize>,
    /// The step's id.
    pub step_id: Option<String>,
    /// The locale whose text it is about (none when it is about the product).
    pub locale: Option<String>,
    /// How serious.
    pub severity: Severity,
    /// What is wrong, with its details.
    #[serde(flatten)]
    pub kind: Kind,
}
