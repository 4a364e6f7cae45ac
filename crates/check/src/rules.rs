//! The checks: one auto-run of a scenario, read once per locale.

use crate::finding::{Finding, Kind, Named};
use crate::text::{
    abbreviates, equivalents, mentions, normalize, quotes, same_label, similarity, similarity_in,
    similarity_normalized, stray, StepWords,
};
use std::collections::BTreeSet;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::Localizer;
use walkthrough_portal::{Action, Element, Model, Region, Screen, ScreenId, Window};
use walkthrough_scenario::{route_to, GoalCheck, RunError, Scenario, StepRecord, Transcript};

/// How alike a quote must be to a label to suggest that label as the fix.
const NEAREST_SIMILARITY: f64 = 0.6;

/// How alike a quote must be to a later step's label to count as naming it.
const LATER_TARGET_SIMILARITY: f64 = 0.7;

struct Ctx<'a> {
    scenario: &'a Scenario,
    findings: Vec<Finding>,
}

impl Ctx<'_> {
    fn push(&mut self, step: Option<usize>, locale: Option<&LanguageIdentifier>, kind: Kind) {
        let step_id = step
            .and_then(|i| self.scenario.steps.get(i))
            .map(|s| s.id.clone());
        self.findings.push(Finding {
            scenario: self.scenario.id.clone(),
            step: step.map(|i| i + 1),
            step_id,
            locale: locale.map(ToString::to_string),
            severity: kind.severity(),
            kind,
        });
    }
}

/// Every finding for one scenario: product checks once, text checks per locale.
pub fn check_scenario(
    scenario: &Scenario,
    transcript: &Transcript,
    source: Option<&str>,
    l10n: &Localizer,
    locales: &[LanguageIdentifier],
) -> Vec<Finding> {
    let mut ctx = Ctx {
        scenario,
        findings: Vec::new(),
    };
    product(&mut ctx, transcript, l10n, locales);
    let mut unresolved = vec![false; scenario.steps.len()];
    if let Some(source) = source {
        for (index, reason) in unresolved_markers(source, scenario) {
            unresolved[index] = true;
            // "Changes nothing" would hide the real reason: nothing was drafted.
            ctx.findings
                .retain(|f| !(f.step == Some(index + 1) && f.kind == Kind::ChangesNothing));
            ctx.push(Some(index), None, Kind::UnresolvedStep { reason });
        }
    }
    let later = later_targets(&scenario.model(), transcript);
    let mut reads_only = vec![false; transcript.steps.len()];
    for locale in locales {
        messages(&mut ctx, transcript, l10n, locale);
        // The pseudo-locale's words are its source's (en-US), read there.
        let pseudo = l10n.is_pseudo(locale);
        let source = if pseudo {
            l10n.fallback_locale()
        } else {
            locale
        };
        let words = StepWords::load(l10n, source);
        for (record, later) in transcript.steps.iter().zip(&later) {
            text(&mut ctx, record, later, l10n, locale);
            if let Some(text) = step_text(&ctx, l10n, source, record.index) {
                if !pseudo {
                    named_controls(&mut ctx, record, &text, &words, l10n, locale);
                }
                if words.only_describes(&text) && record.actions.is_empty() {
                    reads_only[record.index] = true;
                }
            }
        }
    }
    // A step that does nothing and names only what the step before acted on
    // gives that instruction again: said so, instead of "changes nothing"
    // and a quote "not the label of anything this step acts on".
    for record in transcript.steps.iter().filter(|r| r.actions.is_empty()) {
        let Some(before) = record
            .index
            .checked_sub(1)
            .and_then(|b| transcript.steps.iter().find(|r| r.index == b))
        else {
            continue;
        };
        let repeats = locales.iter().any(|locale| {
            let Some(text) = step_text(&ctx, l10n, locale, record.index) else {
                return false;
            };
            let labels: Vec<String> = all_targets(before)
                .map(|e| label(l10n, locale, e))
                .collect();
            let quoted = quotes(&text);
            !quoted.is_empty()
                && quoted
                    .iter()
                    .all(|q| labels.iter().any(|l| same_label(&q.text, l)))
        });
        if repeats {
            let n = record.index + 1;
            ctx.findings.retain(|f| {
                !(f.step == Some(n)
                    && matches!(f.kind, Kind::ChangesNothing | Kind::QuoteNotALabel { .. }))
            });
            ctx.push(
                Some(record.index),
                None,
                Kind::RepeatsStep {
                    repeated_step: record.index,
                },
            );
        }
    }
    // A step whose text only says what appears (and that does nothing) is a
    // step to read: that it changes nothing is what it says.
    ctx.findings
        .retain(|f| !(f.kind == Kind::ChangesNothing && f.step.is_some_and(|n| reads_only[n - 1])));
    // Clicks on the way to a control, in or right after steps marked
    // UNRESOLVED: those steps give the text's own route (a menu the product does not
    // have), reported there; the product's way stands in for it and is not
    // a click this step's text leaves out.
    ctx.findings.retain(|f| {
        !(matches!(f.kind, Kind::UnmentionedAction { .. })
            && f.step
                .is_some_and(|n| unresolved[n - 1] || (n >= 2 && unresolved[n - 2])))
    });
    if locales.len() > 1 {
        for record in &transcript.steps {
            agreement(&mut ctx, record, l10n, locales);
        }
    }
    ctx.findings
}

/// The marker `walkthrough import` writes above a step it could not work out.
pub const UNRESOLVED_MARKER: &str = "# UNRESOLVED:";

/// (step index, reason) for every step of `scenario` whose script marks it
/// `# UNRESOLVED:` in the comment block right above its `[[step]]` line: its
/// actions were not worked out from the text.
pub(crate) fn unresolved_markers(source: &str, scenario: &Scenario) -> Vec<(usize, String)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = Vec::new();
    for (index, step) in scenario.steps.iter().enumerate() {
        // `line` is 1-based: the comments are the lines just above it.
        let header = step.line.saturating_sub(1).min(lines.len());
        for line in lines[..header].iter().rev() {
            let line = line.trim();
            if !line.starts_with('#') {
                break;
            }
            if let Some(reason) = line.strip_prefix(UNRESOLVED_MARKER) {
                out.push((index, reason.trim().to_owned()));
                break;
            }
        }
    }
    out
}

/// Checks that do not depend on a language.
fn product(
    ctx: &mut Ctx<'_>,
    transcript: &Transcript,
    l10n: &Localizer,
    locales: &[LanguageIdentifier],
) {
    for record in &transcript.steps {
        let step = &ctx.scenario.steps[record.index];
        if !record.screen_as_expected()
            && transcript
                .failure
                .as_ref()
                .is_none_or(|f| f.step != record.index)
        {
            ctx.push(
                Some(record.index),
                None,
                Kind::UnexpectedScreen {
                    expected: record
                        .expected
                        .map(ScreenId::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                    actual: record.after.id.as_str().to_owned(),
                },
            );
        }
        // A copy changes the clipboard, which is state too: the portal says
        // `Updated` for what the screen does not show.
        let updates = record
            .outcomes
            .iter()
            .any(|o| matches!(o, walkthrough_portal::Outcome::Updated));
        if record.before == record.after && !updates {
            ctx.push(Some(record.index), None, Kind::ChangesNothing);
        }
        // The location is compared with the controls the text names (not
        // the fields a sign-in fills, nor the button that sends them): a
        // mismatch only when none of them is there.
        // The taskbar's buttons, left out of those as the way to another
        // window, count when the text places one there (`open Mail on the
        // taskbar`).
        let named = named_targets(&ctx.scenario.model(), record);
        if let (Some(claimed), Some(element)) = (step.location, named.first().copied()) {
            let there = |e: &Element| claimed.contains(e.region, e.side);
            if !named.iter().any(|e| there(e))
                && !all_targets(record).any(|e| e.region == Region::Taskbar && there(e))
            {
                ctx.push(
                    Some(record.index),
                    None,
                    Kind::LocationMismatch {
                        words: location_words(ctx, l10n, locales, record.index, claimed),
                        claimed: claimed.as_str().to_owned(),
                        actual: walkthrough_scenario::Location::of(element.region, element.side)
                            .as_str()
                            .to_owned(),
                        element: element.id.clone(),
                    },
                );
            }
        }
    }
    if let Some(failure) = &transcript.failure {
        let kind = match &failure.error {
            RunError::Portal(walkthrough_portal::PortalError::NotOnScreen { element, screen })
            | RunError::Portal(walkthrough_portal::PortalError::Blocked {
                element,
                dialog: screen,
            }) => {
                let first_click = route_to(&transcript.portal, element)
                    .and_then(|path| path.into_iter().next())
                    .and_then(|a| match a {
                        Action::Click(id) => Some(id),
                        _ => None,
                    });
                Kind::TargetNotOnScreen {
                    element: element.clone(),
                    screen: screen.as_str().to_owned(),
                    first_click,
                }
            }
            RunError::Refused(r) => Kind::ScriptRefused {
                refusal: r.message().id.to_owned(),
            },
            other => Kind::ScriptRefused {
                refusal: other.to_string(),
            },
        };
        ctx.push(Some(failure.step), None, kind);
    } else {
        for (check, ok) in &transcript.goal.checks {
            if !ok {
                ctx.push(
                    None,
                    None,
                    Kind::GoalNotMet {
                        condition: goal_text(check),
                    },
                );
            }
        }
    }
}

/// The goal condition as the script writes it (TOML), quoted in findings.
fn goal_text(check: &GoalCheck) -> String {
    let (key, value) = match check {
        GoalCheck::AppPasswordNamed(n) => ("app_password_named", format!("{n:?}")),
        GoalCheck::AppPasswordAbsent(n) => ("app_password_absent", format!("{n:?}")),
        GoalCheck::MailConnected(b) => ("mail_connected", b.to_string()),
        GoalCheck::MailConnectedWith(n) => ("mail_connected_with", format!("{n:?}")),
        // Implied by every goal: the fixture's other app passwords stay.
        GoalCheck::OtherAppPasswordKept(n) => {
            ("(implied) other app password kept", format!("{n:?}"))
        }
        GoalCheck::MailRejectsPasswordOf(n) => ("mail_rejects_password_of", format!("{n:?}")),
        // Implied by every goal: no app password it does not name is
        // created; the value is those that were.
        GoalCheck::NoOtherAppPasswordCreated(created) => (
            "(implied) no other app password created",
            format!("{created:?}"),
        ),
    };
    format!("{key} = {value}")
}

/// The elements a step acts on that its text should name: clicks and copies in
/// the portal, not field edits, not the button that sends a form the step
/// filled in, and not the desktop or mail app (the article's "your app").
fn named_targets<'r>(model: &Model, record: &'r StepRecord) -> Vec<&'r Element> {
    let typed: Vec<&str> = record
        .actions
        .iter()
        .filter_map(|a| match a {
            Action::Type { element, .. } | Action::Paste(element) => Some(element.as_str()),
            _ => None,
        })
        .collect();
    record
        .actions
        .iter()
        .zip(&record.targets)
        .filter(|(a, _)| matches!(a, Action::Click(_) | Action::Copy(_) | Action::Submit(_)))
        .filter_map(|(_, t)| Some((t.screen.window, t.element.as_ref()?)))
        .filter(|(window, e)| *window == Window::Browser && e.region != Region::Taskbar)
        .filter(|(_, e)| {
            !typed
                .iter()
                .any(|f| model.default_button(f) == Some(e.id.as_str()))
        })
        .map(|(_, e)| e)
        .collect()
}

/// Every element a step acts on, as it was on screen.
fn all_targets(record: &StepRecord) -> impl Iterator<Item = &Element> {
    record.targets.iter().filter_map(|t| t.element.as_ref())
}

fn label(l10n: &Localizer, locale: &LanguageIdentifier, e: &Element) -> String {
    l10n.portal(locale, &e.label)
}

/// Step texts, hints, titles and the labels the steps act on must exist.
fn messages(
    ctx: &mut Ctx<'_>,
    transcript: &Transcript,
    l10n: &Localizer,
    locale: &LanguageIdentifier,
) {
    for id in [&ctx.scenario.title, &ctx.scenario.task] {
        if !l10n.has_message(locale, id) {
            ctx.push(None, Some(locale), Kind::MissingMessage { id: id.clone() });
        }
    }
    for (i, step) in ctx.scenario.steps.iter().enumerate() {
        let id = ctx.scenario.step_text_id(step);
        if !l10n.has_message(locale, &id) {
            ctx.push(
                Some(i),
                Some(locale),
                Kind::MissingMessage { id: id.clone() },
            );
        } else if !l10n.has_attr(locale, &id, "hint") {
            ctx.push(
                Some(i),
                Some(locale),
                Kind::MissingMessage {
                    id: format!("{id}.hint"),
                },
            );
        }
    }
    for record in &transcript.steps {
        let mut missing = BTreeSet::new();
        for e in all_targets(record) {
            if !l10n.has_message(locale, e.label.id) && missing.insert(e.label.id) {
                ctx.push(
                    Some(record.index),
                    Some(locale),
                    Kind::MissingMessage {
                        id: e.label.id.to_owned(),
                    },
                );
            }
        }
    }
}

/// The step's text in `locale`, if the locale has it (no fallback).
/// The texts' own words for a location (`左下`, `lower-right`): in each
/// locale's text of the step, the longest phrase of that locale's words for it
/// (`import-words-<location>`), each once.
fn location_words(
    ctx: &Ctx<'_>,
    l10n: &Localizer,
    locales: &[LanguageIdentifier],
    index: usize,
    claimed: walkthrough_scenario::Location,
) -> Vec<String> {
    let id = ["import-words-", claimed.as_str()].concat();
    let mut out: Vec<String> = Vec::new();
    for locale in locales {
        let Some(text) = step_text(ctx, l10n, locale, index) else {
            continue;
        };
        if !l10n.has_message(locale, &id) {
            continue;
        }
        let lower = text.to_lowercase();
        let best = l10n
            .format(locale, &id, &[])
            .split('|')
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .filter_map(|w| {
                // The text's own spelling, where lowercasing kept its length.
                lower.find(&w).map(|at| {
                    text.get(at..at + w.len())
                        .filter(|t| t.to_lowercase() == w)
                        .map_or(w.clone(), str::to_owned)
                })
            })
            .max_by_key(|w| w.chars().count());
        if let Some(words) = best {
            if !out.contains(&words) {
                out.push(words);
            }
        }
    }
    out
}

fn step_text(
    ctx: &Ctx<'_>,
    l10n: &Localizer,
    locale: &LanguageIdentifier,
    index: usize,
) -> Option<String> {
    let id = ctx.scenario.step_text_id(&ctx.scenario.steps[index]);
    let pseudo = l10n.is_pseudo(locale);
    (pseudo || l10n.has_message(locale, &id)).then(|| {
        let text = l10n.format(locale, &id, &[]);
        if pseudo {
            // The pseudo-locale's brackets around the whole text are no quote.
            let inner = text.strip_prefix('[').and_then(|t| t.strip_suffix(']'));
            inner.map_or(text.clone(), str::to_owned)
        } else {
            text
        }
    })
}

/// The elements (ids) the text's quotes name exactly, among what the step
/// acts on and what is on its screens.
fn quoted_elements(
    model: &Model,
    record: &StepRecord,
    text: &str,
    l10n: &Localizer,
    locale: &LanguageIdentifier,
) -> BTreeSet<String> {
    let screens = std::iter::once(&record.before).chain(record.targets.iter().map(|t| &t.screen));
    let candidates: Vec<&Element> = screens.flat_map(|s| s.elements.iter()).collect();
    quotes(text)
        .iter()
        .filter_map(|q| {
            candidates
                .iter()
                .find(|e| same_label(&q.text, &label(l10n, locale, e)))
                .map(|e| catalog_id(model, &e.id))
        })
        .collect()
}

/// The id of an element as `model` defines it (rows share one `{n}` id), so
/// that locales compare like with like.
fn catalog_id(model: &Model, id: &str) -> String {
    model.element(id).map_or(id, |e| e.spec.id).to_owned()
}

/// For each step, the controls later steps name: each element once, at the
/// nearest later step that names it, in step order. Worked out once per
/// transcript, from the last step back, so a long procedure costs
/// steps × distinct controls, not steps².
fn later_targets<'t>(model: &Model, transcript: &'t Transcript) -> Vec<Vec<(usize, &'t Element)>> {
    let mut nearest: Vec<(usize, &Element)> = Vec::new();
    let mut out = vec![Vec::new(); transcript.steps.len()];
    for (slot, record) in out.iter_mut().zip(&transcript.steps).rev() {
        *slot = nearest.clone();
        let named = named_targets(model, record);
        // This step's controls are now the nearest for the steps before it.
        nearest.retain(|(_, e)| !named.iter().any(|n| n.id == e.id));
        let mut seen: Vec<&str> = Vec::new();
        let mut front: Vec<(usize, &Element)> = Vec::new();
        for e in named {
            if !seen.contains(&e.id.as_str()) {
                seen.push(&e.id);
                front.push((record.index, e));
            }
        }
        front.append(&mut nearest);
        nearest = front;
    }
    out
}

/// Checks of one step's text in one locale; `later` is what
/// [`later_targets`] gives for this step.
fn text(
    ctx: &mut Ctx<'_>,
    record: &StepRecord,
    later: &[(usize, &Element)],
    l10n: &Localizer,
    locale: &LanguageIdentifier,
) {
    let i = record.index;
    let Some(text) = step_text(ctx, l10n, locale, i) else {
        return;
    };
    let own: Vec<(&Element, String)> = all_targets(record)
        .map(|e| (e, label(l10n, locale, e)))
        .collect();
    let later: Vec<(usize, &Element, String)> = later
        .iter()
        .filter(|(_, e)| !own.iter().any(|(o, _)| o.id == e.id))
        .map(|&(j, e)| (j, e, label(l10n, locale, e)))
        .collect();
    let mut named_later = false;
    let same = equivalents(l10n, locale);
    let on_screen: Vec<(&Element, String)> = record
        .targets
        .iter()
        .flat_map(|t| t.screen.elements.iter())
        .chain(record.before.elements.iter())
        .chain(later.iter().map(|(_, e, _)| *e))
        .map(|e| (e, label(l10n, locale, e)))
        .collect();
    let mut seen: Vec<String> = Vec::new();
    for quote in quotes(&text) {
        // A quote given again is the same finding.
        if seen.contains(&quote.text) {
            continue;
        }
        seen.push(quote.text.clone());
        if own
            .iter()
            .any(|(_, l)| same_label(&quote.text, l) || abbreviates(&quote.text, l))
        {
            continue;
        }
        // The exact words of a heading or column on the screen (`in the
        // "Name" list`, `under "Additional security verification"`): a place
        // the text names, not a control it misquotes.
        // Not when it may be a misquote of what the step acts on ("Office
        // 365" for "Office 365 settings"): that is reported with its fix.
        let misquotes_own = own
            .iter()
            .any(|(_, l)| similarity_in(&quote.text, l, &same) >= NEAREST_SIMILARITY);
        if !misquotes_own
            && record
                .targets
                .iter()
                .flat_map(|t| t.screen.elements.iter())
                .chain(record.before.elements.iter())
                .any(|e| !e.role.is_clickable() && same_label(&quote.text, &label(l10n, locale, e)))
        {
            continue;
        }
        let nearest = on_screen
            .iter()
            .map(|(e, l)| (similarity_in(&quote.text, l, &same), e, l))
            .filter(|(s, _, _)| *s >= NEAREST_SIMILARITY)
            .filter(|(_, _, l)| !same_label(&quote.text, l))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, e, l)| Named {
                element: e.id.clone(),
                label: l.clone(),
            });
        ctx.push(
            Some(i),
            Some(locale),
            Kind::QuoteNotALabel {
                quote: quote.text.clone(),
                nearest,
            },
        );
        if !named_later {
            if let Some((j, e, l)) = later
                .iter()
                .filter(|(_, _, l)| similarity(&quote.text, l) >= LATER_TARGET_SIMILARITY)
                .max_by(|a, b| {
                    similarity(&quote.text, &a.2).total_cmp(&similarity(&quote.text, &b.2))
                })
            {
                named_later = true;
                ctx.push(
                    Some(i),
                    Some(locale),
                    Kind::NamesLaterTarget {
                        quote: quote.text.clone(),
                        later_step: j + 1,
                        target: Named {
                            element: e.id.clone(),
                            label: l.clone(),
                        },
                    },
                );
            }
        }
    }
    if !named_later {
        // Unquoted: the text contains a later step's whole label, outside
        // this step's own labels ("Create and manage app passwords" does not
        // name a later "Create").
        let mut rest = normalize(&text);
        // A quote was judged as a whole above: a later label inside a quote
        // of another (“Create and manage app password” holds “Create”) is
        // not named by this step.
        let mut quoted: Vec<String> = quotes(&text)
            .into_iter()
            .map(|q| normalize(&q.text))
            .filter(|q| !q.is_empty())
            .collect();
        quoted.sort_by_key(|q| std::cmp::Reverse(q.len()));
        for q in &quoted {
            rest = rest.replace(q.as_str(), "\u{1}");
        }
        // A later label that stands as a place ("sign in to Office 365",
        // "Office 365 にサインイン"; `import-words-place-before` / `-after`)
        // is where, not what to act on (before this step's own labels go:
        // "sign in" is one).
        let words = |id: &str| -> Vec<String> {
            l10n.format(locale, id, &[])
                .split('|')
                .map(normalize)
                .filter(|w| !w.is_empty())
                .collect()
        };
        let (before, after) = (
            words("import-words-place-before"),
            words("import-words-place-after"),
        );
        for (_, _, l) in &later {
            let l = normalize(l);
            if l.is_empty() {
                continue;
            }
            // Normalized text has no spaces: the phrase and the label meet.
            for w in &before {
                rest = rest.replace(&[w.as_str(), &l].concat(), "\u{1}");
            }
            for w in &after {
                rest = rest.replace(&[l.as_str(), w].concat(), "\u{1}");
            }
        }
        let mut own_labels: Vec<String> = own.iter().map(|(_, l)| normalize(l)).collect();
        own_labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
        for l in own_labels.iter().filter(|l| !l.is_empty()) {
            rest = rest.replace(l.as_str(), "\u{1}");
        }
        let model = ctx.scenario.model();
        let catalogue: Vec<String> = model
            .specs()
            .filter(|s| l10n.variables(locale, s.label).is_empty())
            .map(|s| normalize(&l10n.format(locale, s.label, &[])))
            .filter(|l| !l.is_empty())
            .collect();
        if let Some((j, e, l)) = later.iter().find(|(_, _, l)| {
            l.chars().count() >= 6 && stands_alone(&rest, &normalize(l), &catalogue, &same)
        }) {
            ctx.push(
                Some(i),
                Some(locale),
                Kind::NamesLaterTarget {
                    quote: l.clone(),
                    later_step: j + 1,
                    target: Named {
                        element: e.id.clone(),
                        label: l.clone(),
                    },
                },
            );
        }
    }
    // A misquote that means the element mentions it (wrongly: reported as
    // quote-not-a-label, with the element's label as the fix).
    let misquoted: Vec<String> = ctx
        .findings
        .iter()
        .filter(|f| f.step == Some(i + 1) && f.locale.as_deref() == Some(&locale.to_string()))
        .filter_map(|f| match &f.kind {
            Kind::QuoteNotALabel {
                nearest: Some(n), ..
            } => Some(n.element.clone()),
            _ => None,
        })
        .collect();
    // A text that quotes the controls it means names a control by quoting
    // it: the same words unquoted are ordinary words ("削除したいアプリ
    // パスワードの横にある [削除]" never selects the アプリ パスワード tab). An
    // icon is named by its picture (`import-icon-<element>`: gear, 歯車).
    let quoted_text: Vec<String> = quotes(&text).into_iter().map(|q| q.text).collect();
    let model = ctx.scenario.model();
    let names = |e: &Element, l: &str| -> bool {
        let icon = ["import-icon-", &catalog_id(&model, &e.id).replace('.', "-")].concat();
        let pictured = l10n.has_message(locale, &icon)
            && l10n
                .format(locale, &icon, &[])
                .split('|')
                .map(normalize)
                .any(|w| !w.is_empty() && normalize(&text).contains(&w));
        if quoted_text.is_empty() {
            mentions(&text, l) || pictured
        } else {
            quoted_text
                .iter()
                .any(|q| same_label(q, l) || abbreviates(q, l))
                || pictured
        }
    };
    let targets = named_targets(&ctx.scenario.model(), record);
    for (k, e) in targets.iter().enumerate() {
        let l = label(l10n, locale, e);
        if !names(e, &l) && !misquoted.contains(&e.id) {
            // Before a control the text names: left out on the way to it.
            let first = targets[k + 1..]
                .iter()
                .any(|later| names(later, &label(l10n, locale, later)));
            ctx.push(
                Some(i),
                Some(locale),
                Kind::UnmentionedAction {
                    target: Named {
                        element: e.id.clone(),
                        label: l,
                    },
                    first,
                },
            );
        }
    }
    // A field typed into that the text never mentions (the sign-in aside,
    // which articles leave implicit): the step leaves out filling the form.
    for (a, t) in record.actions.iter().zip(&record.targets) {
        let (Action::Type { .. }, Some(e)) = (a, &t.element) else {
            continue;
        };
        if t.screen.sign_in.is_some() {
            continue;
        }
        let l = label(l10n, locale, e);
        if mentions(&text, &l) {
            continue;
        }
        let submit = ctx
            .scenario
            .model()
            .default_button(&e.id)
            .and_then(|b| t.screen.element(b))
            .map(|b| Named {
                element: b.id.clone(),
                label: label(l10n, locale, b),
            });
        ctx.push(
            Some(i),
            Some(locale),
            Kind::UnmentionedInput {
                field: Named {
                    element: e.id.clone(),
                    label: l,
                },
                submit,
            },
        );
    }
    for t in &record.targets {
        if let Some(e) = &t.element {
            ambiguity(ctx, i, &t.screen, e, &text, l10n, locale);
        }
    }
    for snippet in stray(&text) {
        ctx.push(Some(i), Some(locale), Kind::StrayCharacters { snippet });
    }
}

/// Whether `label` (normalized) occurs in `text` (normalized) somewhere
/// other than inside the text's near-miss of a longer label of `catalogue`
/// (normalized): "create and manage app password", written for the link
/// “Create and manage app passwords”, does not name a later “Create”. A
/// near-miss is a stretch of the text as long as the longer label, around the
/// occurrence where the label sits in it, at least [`NEAREST_SIMILARITY`]
/// alike.
fn stands_alone(text: &str, label: &str, catalogue: &[String], same: &[(String, String)]) -> bool {
    let t: Vec<char> = text.chars().collect();
    let l: Vec<char> = label.chars().collect();
    if l.is_empty() || l.len() > t.len() {
        return false;
    }
    let inside_longer = |p: usize| {
        catalogue.iter().any(|k| {
            let k_chars: Vec<char> = k.chars().collect();
            k_chars.len() > l.len()
                && (0..=k_chars.len() - l.len())
                    .filter(|&o| k_chars[o..o + l.len()] == l[..])
                    .any(|o| {
                        let Some(start) = p.checked_sub(o) else {
                            return false;
                        };
                        let end = (start + k_chars.len()).min(t.len());
                        let window: String = t[start..end].iter().collect();
                        similarity_normalized(&window, k, same) >= NEAREST_SIMILARITY
                    })
        })
    };
    (0..=t.len() - l.len())
        .filter(|&p| t[p..p + l.len()] == l[..])
        .any(|p| !inside_longer(p))
}

/// The controls the text names without quoting them, as the object of an
/// action verb, each checked against every label of the product in `locale`
/// (its catalogue, the icons named by their picture, and what the screens of
/// the step show): the same label, or its first words ("Office 365" for
/// "Office 365 settings"), is fine; anything else is `name-not-a-label`, with
/// the nearest label as the fix when one is near.
fn named_controls(
    ctx: &mut Ctx<'_>,
    record: &StepRecord,
    text: &str,
    words: &StepWords,
    l10n: &Localizer,
    locale: &LanguageIdentifier,
) {
    let names = words.named_objects(text);
    if names.is_empty() {
        return;
    }
    let mut labels: Vec<(String, String)> = Vec::new();
    let model = ctx.scenario.model();
    for spec in model.specs() {
        if l10n.variables(locale, spec.label).is_empty() {
            labels.push((spec.id.to_owned(), l10n.format(locale, spec.label, &[])));
        }
        let icon = ["import-icon-", &spec.id.replace('.', "-")].concat();
        if l10n.has_message(locale, &icon) {
            for word in l10n.format(locale, &icon, &[]).split('|') {
                if !word.trim().is_empty() {
                    labels.push((spec.id.to_owned(), word.trim().to_owned()));
                }
            }
        }
    }
    for e in record
        .targets
        .iter()
        .flat_map(|t| t.screen.elements.iter())
        .chain(record.before.elements.iter())
        .chain(record.after.elements.iter())
    {
        labels.push((e.id.clone(), label(l10n, locale, e)));
    }
    // The labels of every control (what can be clicked), and of those the
    // step acts on.
    let mut clickable: Vec<String> = model
        .specs()
        .filter(|s| s.role.is_clickable())
        .flat_map(|s| labels.iter().filter(move |(id, _)| id == s.id))
        .map(|(_, l)| normalize(l))
        .collect();
    let acted_on_named: Vec<Named> = record
        .targets
        .iter()
        .filter_map(|t| t.element.as_ref())
        .map(|e| Named {
            element: catalog_id(&model, &e.id),
            label: label(l10n, locale, e),
        })
        .collect();
    clickable.extend(
        record
            .targets
            .iter()
            .flat_map(|t| t.screen.elements.iter())
            .filter(|e| e.role.is_clickable())
            .map(|e| normalize(&label(l10n, locale, e))),
    );
    let acted_on: Vec<String> = acted_on_named.iter().map(|t| t.label.clone()).collect();
    let same = equivalents(l10n, locale);
    let mut seen: Vec<String> = Vec::new();
    for name in names {
        let n = normalize(&name);
        if n.is_empty() || seen.contains(&n) {
            continue;
        }
        seen.push(n.clone());
        // A label followed by other words of the sentence ("App Passwords
        // near the top", "Settings gear"): the name is the label.
        let heads: Vec<String> = {
            let words: Vec<&str> = name.split_whitespace().collect();
            (1..=words.len()).map(|k| words[..k].join(" ")).collect()
        };
        // Unless the whole name is what the product calls something that is
        // no control (a heading: 2016's page “Office 365 settings”) while
        // the control the step acts on has a label it begins with (“Office
        // 365”): the text names the control by the page's name.
        if !clickable.contains(&n) && labels.iter().any(|(_, l)| normalize(l) == n) {
            if let Some(own) = acted_on
                .iter()
                .filter(|l| normalize(l).len() < n.len())
                .find(|l| heads.iter().any(|h| same_label(h, l)))
            {
                ctx.push(
                    Some(record.index),
                    Some(locale),
                    Kind::NameNotALabel {
                        words: name,
                        nearest: acted_on_named.iter().find(|t| &t.label == own).cloned(),
                    },
                );
                continue;
            }
        }
        if labels
            .iter()
            .any(|(_, l)| normalize(l).starts_with(&n) || heads.iter().any(|h| same_label(h, l)))
        {
            continue;
        }
        let nearest = labels
            .iter()
            .map(|(id, l)| (similarity_in(&name, l, &same), id, l))
            .filter(|(s, _, _)| *s >= NEAREST_SIMILARITY)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id, l)| Named {
                element: catalog_id(&model, id),
                label: l.clone(),
            });
        ctx.push(
            Some(record.index),
            Some(locale),
            Kind::NameNotALabel {
                words: name,
                nearest,
            },
        );
    }
}

/// Another clickable control on the same screen with the same label.
fn ambiguity(
    ctx: &mut Ctx<'_>,
    step: usize,
    screen: &Screen,
    target: &Element,
    text: &str,
    l10n: &Localizer,
    locale: &LanguageIdentifier,
) {
    if !target.role.is_clickable() {
        return;
    }
    let l = label(l10n, locale, target);
    // Only a label the text names can send the reader to the wrong control:
    // a click the text never mentions (one a draft adds to reach its target)
    // is not the text's ambiguity.
    if !mentions(text, &l) {
        return;
    }
    // A location word that tells the two apart settles it.
    let location = ctx.scenario.steps[step].location;
    let model = ctx.scenario.model();
    let spec = catalog_id(&model, &target.id);
    let other = screen.elements.iter().find(|e| {
        e.enabled
            && e.role.is_clickable()
            && catalog_id(&model, &e.id) != spec
            && same_label(&label(l10n, locale, e), &l)
            && location.is_none_or(|w| {
                w.contains(e.region, e.side) || !w.contains(target.region, target.side)
            })
    });
    if let Some(other) = other {
        ctx.push(
            Some(step),
            Some(locale),
            Kind::AmbiguousTarget {
                target: Named {
                    element: target.id.clone(),
                    label: l,
                },
                other: other.id.clone(),
            },
        );
    }
}

/// Locales whose texts for the same step quote different elements.
fn agreement(
    ctx: &mut Ctx<'_>,
    record: &StepRecord,
    l10n: &Localizer,
    locales: &[LanguageIdentifier],
) {
    let model = ctx.scenario.model();
    let quoted: Vec<(&LanguageIdentifier, BTreeSet<String>)> = locales
        .iter()
        .filter_map(|l| {
            Some((
                l,
                quoted_elements(
                    &model,
                    record,
                    &step_text(ctx, l10n, l, record.index)?,
                    l10n,
                    l,
                ),
            ))
        })
        .collect();
    let Some((first, reference)) = quoted.first() else {
        return;
    };
    // A misquote is reported already (quote-not-a-label); where it names its
    // nearest label, it quotes that element as far as agreement goes, so the
    // same defect is not reported twice.
    let nearest = |l: &LanguageIdentifier| -> BTreeSet<String> {
        ctx.findings
            .iter()
            .filter(|f| {
                f.step == Some(record.index + 1)
                    && f.locale.as_deref() == Some(l.to_string().as_str())
            })
            .filter_map(|f| match &f.kind {
                Kind::QuoteNotALabel {
                    nearest: Some(n), ..
                } => Some(n.element.clone()),
                _ => None,
            })
            .collect()
    };
    let widen = |l: &LanguageIdentifier, set: &BTreeSet<String>| -> BTreeSet<String> {
        set.union(&nearest(l)).cloned().collect()
    };
    let reference_wide = widen(first, reference);
    let disagree: Vec<_> = quoted
        .iter()
        .skip(1)
        .filter(|(l, set)| set != reference && widen(l, set) != reference_wide)
        .collect();
    for (locale, set) in disagree {
        {
            ctx.push(
                Some(record.index),
                Some(locale),
                Kind::LocalesDisagree {
                    other_locale: first.to_string(),
                    quotes: set.iter().cloned().collect(),
                    other_quotes: reference.iter().cloned().collect(),
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCRIPT: &str = r#"id = "s"
portal = "office365"

# 1. Sign in.
[[step]]
id = "one"
do = []

# 2. Something the importer could not read.
# UNRESOLVED: the text names nothing on or near the screen “Home”
[[step]]
id = "two"
do = []

# A comment that only mentions UNRESOLVED: in passing is no marker.
[[step]]
id = "three"
do = []
"#;

    #[test]
    fn an_unresolved_marker_belongs_to_the_step_below_it() {
        let scenario = walkthrough_scenario::parse("s.toml", SCRIPT).expect("valid script");
        assert_eq!(
            unresolved_markers(SCRIPT, &scenario),
            [(
                1,
                "the text names nothing on or near the screen “Home”".to_owned()
            )]
        );
        let clean = SCRIPT.replace(UNRESOLVED_MARKER, "# resolved by hand:");
        assert!(unresolved_markers(&clean, &scenario).is_empty());
    }
}
