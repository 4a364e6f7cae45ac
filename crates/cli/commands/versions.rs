//! `import --portal` and `check --portal`: which product model each procedure
//! describes, step by step, and where it drifts from the others.

use crate::args::Format;
use crate::context::Context;
use crate::error::CliError;
use serde_json::json;
use std::io::Write;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use walkthrough_i18n::Arg;
use walkthrough_import::{versions, Article, ProcedureVersions};
use walkthrough_portal::{Fixture, Model, PortalOptions};
use walkthrough_scenario::{escape_controls, nearest, Scenario};

/// The id `--portal` takes for every model.
pub const ALL: &str = "all";

/// Every loaded model (embedded, then `--portals DIR`'s), and the index of
/// the one `--portal ID` names (`None` for `all`).
///
/// # Errors
/// An id that names no loaded model: bad input, with the nearest id.
pub fn models(ctx: &Context, portal: &str) -> Result<(Vec<Arc<Model>>, Option<usize>), CliError> {
    let models: Vec<Arc<Model>> = ctx.models.iter().map(|(m, _)| Arc::clone(m)).collect();
    if portal == ALL {
        return Ok((models, None));
    }
    let id = if portal == "office365" {
        walkthrough_portal::model::DEFAULT_MODEL
    } else {
        portal
    };
    match models.iter().position(|m| m.id == id) {
        Some(i) => Ok((models, Some(i))),
        None => {
            let ids = ctx.models.ids();
            let t = |s: &str| Arg::Text(s.to_owned());
            let known = t(&ids.join(", "));
            let said = match nearest(portal, ids.iter().copied()) {
                Some(near) => ctx.text(
                    "versions-unknown-model-near",
                    &[("id", t(portal)), ("near", t(near)), ("known", known)],
                ),
                None => ctx.text(
                    "versions-unknown-model",
                    &[("id", t(portal)), ("known", known)],
                ),
            };
            Err(CliError::Said(said))
        }
    }
}

/// A scenario's step texts in `locale`, as an article of one procedure: what
/// `check --portal` reads against the models.
pub fn as_article(ctx: &Context, scenario: &Scenario, locale: &LanguageIdentifier) -> Article {
    use walkthrough_import::{Procedure, WrittenStep};
    let steps = scenario
        .steps
        .iter()
        .map(|step| WrittenStep {
            text: ctx
                .localizer
                .format(locale, &scenario.step_text_id(step), &[]),
            line: step.line,
        })
        .collect();
    Article {
        properties: Default::default(),
        procedures: vec![Procedure {
            title: Some(ctx.localizer.format(locale, &scenario.title, &[])),
            line: 1,
            steps,
        }],
        empty_steps: Vec::new(),
    }
}

/// Reads `article` (in `locale`) against `models`, each followed from
/// `fixture`.
pub fn read(
    article: &Article,
    ctx: &Context,
    locale: &LanguageIdentifier,
    options: &PortalOptions,
    models: &[Arc<Model>],
    fixture: &Fixture,
) -> Result<Vec<ProcedureVersions>, CliError> {
    versions(article, &ctx.localizer, locale, options, models, fixture).map_err(|error| {
        CliError::Import {
            message: error.render(&ctx.localizer, &ctx.locale),
            error,
        }
    })
}

/// Prints the readings, grouped by source (text or one JSON document), and
/// gives the exit code: 0 when every procedure describes the chosen model
/// (with `all`: exactly one model) with every step fitting it, else 1.
pub fn report(
    ctx: &Context,
    readings: &[(String, Vec<ProcedureVersions>)],
    chosen: Option<usize>,
    format: Format,
    out: &mut impl Write,
) -> Result<u8, CliError> {
    let clean = |p: &ProcedureVersions| match chosen {
        Some(m) => p.describes_cleanly(m),
        None => p.describes.len() == 1 && p.describes_cleanly(p.describes[0]),
    };
    let all_clean = readings.iter().flat_map(|(_, ps)| ps).all(clean);
    match format {
        Format::Text => {
            for (source, procedures) in readings {
                writeln!(out, "{}", escape_controls(source))?;
                for p in procedures {
                    let verdict = p.render_verdict(&ctx.localizer, &ctx.locale);
                    writeln!(out, "  {}", escape_controls(&verdict))?;
                    for d in p.drift() {
                        let line = d.render(p, &ctx.localizer, &ctx.locale);
                        writeln!(out, "    {}", escape_controls(&line))?;
                    }
                }
            }
        }
        Format::Json => {
            let sources: Vec<_> = readings
                .iter()
                .map(|(source, procedures)| {
                    let procedures: Vec<_> = procedures
                        .iter()
                        .map(|p| {
                            json!({
                                "number": p.number,
                                "title": p.title,
                                "describes": p.describes.iter().map(|&m| &p.models[m]).collect::<Vec<_>>(),
                                "clean": clean(p),
                                "explained": p.models.iter().enumerate()
                                    .map(|(m, id)| (id.clone(), json!(p.explained(m))))
                                    .collect::<serde_json::Map<_, _>>(),
                                "steps": p.steps.iter().map(|s| json!({
                                    "step": s.number,
                                    "line": s.line,
                                    "fits": p.models.iter().zip(&s.fits)
                                        .map(|(id, f)| (id.clone(), json!(f.kind())))
                                        .collect::<serde_json::Map<_, _>>(),
                                })).collect::<Vec<_>>(),
                                "drift": p.drift().iter().map(|d| json!({
                                    "step": d.step,
                                    "model": p.models[d.model],
                                    "fit": d.fit.kind(),
                                    "message": d.render(p, &ctx.localizer, &ctx.locale),
                                })).collect::<Vec<_>>(),
                            })
                        })
                        .collect();
                    json!({ "source": source, "procedures": procedures })
                })
                .collect();
            let doc = json!({
                "schema": "walkthrough-versions/1",
                "models": ctx.models.ids(),
                "portal": chosen.map_or(ALL.to_owned(), |m| ctx.models.ids()[m].to_owned()),
                "sources": sources,
                "clean": all_clean,
            });
            let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
            writeln!(out, "{}", escape_controls(&text))?;
        }
    }
    Ok(u8::from(!all_clean))
}
