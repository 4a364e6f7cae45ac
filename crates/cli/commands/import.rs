//! `walkthrough import`: draft scenarios from a written procedure article,
//! then check the drafts against the portal.

use crate::args::{Deny, ImportArgs};
use crate::context::{stdout_color, Context};
use crate::error::CliError;
use std::io::Write;
use std::sync::Arc;
use walkthrough_i18n::Arg;
use walkthrough_import::{
    choose_language_among, draft_for, verify, write, Article, ImportError, Layer, StepStatus,
};
use walkthrough_portal::model::DEFAULT_MODEL;
use walkthrough_portal::{HashParams, ManualClock, PortalOptions, ARTICLE_DATE};
use walkthrough_scenario::{escape_controls, escape_controls_keeping_colour};

/// The portal drafts are followed and checked on: a simulation, so a fixed
/// seed and date and argon2 at its minimal cost.
pub(crate) fn portal_options() -> PortalOptions {
    PortalOptions {
        seed: Some(2015),
        clock: Arc::new(ManualClock::at_date(ARTICLE_DATE)),
        hash: HashParams::MINIMAL,
    }
}

/// Reads the article, writes a draft per procedure into `--out`, prints what
/// was written and the checker's findings; the exit code (0, or 1 when a
/// draft has UNRESOLVED steps or the check finds errors, or warnings with
/// `--deny warnings`).
pub fn run(
    ctx: &Context,
    args: &ImportArgs,
    lang: Option<&str>,
    out: &mut impl Write,
) -> Result<u8, CliError> {
    let said = |error: ImportError| CliError::Import {
        message: error.render(&ctx.localizer, &ctx.locale),
        error,
    };
    let path = args.article.display().to_string();
    CliError::refuse_non_regular(ctx.words(), &args.article)?;
    // A FIFO or a device could keep the read waiting forever, and a huge file
    // is refused before it is read.
    let meta = std::fs::metadata(&args.article).map_err(|source| {
        said(ImportError::Read {
            path: args.article.clone(),
            source,
        })
    })?;
    if !meta.is_file() {
        return Err(said(ImportError::NotAFile {
            path: args.article.clone(),
        }));
    }
    let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
    if size > walkthrough_import::MAX_ARTICLE_BYTES {
        let e = walkthrough_import::ArticleError::TooLarge { bytes: size };
        return Err(said(ImportError::article(&path, e)));
    }
    let bytes = std::fs::read(&args.article).map_err(|source| {
        said(ImportError::Read {
            path: args.article.clone(),
            source,
        })
    })?;
    let article = Article::from_bytes(&bytes).map_err(|e| said(ImportError::article(&path, e)))?;
    let options = portal_options();
    // `--portal all`: which model each procedure describes; `--portal ID`:
    // drafts against that model; none: against the first (office365-2015).
    let (models, chosen) =
        super::versions::models(ctx, args.portal.as_deref().unwrap_or(DEFAULT_MODEL))?;
    let (language, how) =
        choose_language_among(&article, &ctx.localizer, lang, &ctx.locale, &models)
            .map_err(said)?;
    let Some(chosen) = chosen else {
        let fixture = walkthrough_import::sample_fixture();
        let read = super::versions::read(&article, ctx, &language, &options, &models, &fixture)?;
        let source = format!("{path} ({language})");
        return super::versions::report(ctx, &[(source, read)], None, args.format, out);
    };
    let model = &models[chosen];
    let drafts =
        draft_for(model, &article, &path, &ctx.localizer, &language, &options).map_err(said)?;
    // Titles and notes quote the article: its control characters are shown as symbols.
    let text = |id: &str, args: &[(&str, Arg)]| escape_controls(&ctx.text(id, args)).into_owned();
    let n = |v: usize| Arg::Number(v as i64);
    let t = |s: &str| Arg::Text(s.to_owned());
    writeln!(
        out,
        "{}",
        text(
            "import-language",
            &[("lang", t(&language.to_string())), ("how", t(how.as_str()))]
        )
    )?;
    for line in &drafts.empty_steps {
        writeln!(out, "{}", text("import-empty-step", &[("line", n(*line))]))?;
    }
    for d in &drafts.drafts {
        writeln!(
            out,
            "{}",
            text(
                "import-procedure",
                &[("n", n(d.number)), ("title", t(&d.title)), ("id", t(&d.id))]
            )
        )?;
        writeln!(
            out,
            "  {}",
            text(
                "import-procedure-summary",
                &[("steps", n(d.steps.len())), ("resolved", n(d.resolved()))]
            )
        )?;
        for step in &d.steps {
            if let StepStatus::Unresolved(u) = &step.status {
                let reason = u.render(&ctx.localizer, &ctx.locale);
                writeln!(
                    out,
                    "  {}",
                    text(
                        "import-step-unresolved",
                        &[("n", n(step.number)), ("reason", t(&reason))]
                    )
                )?;
            }
            for note in &step.notes {
                let note = note.render(&ctx.localizer, &ctx.locale);
                writeln!(
                    out,
                    "  {}",
                    text(
                        "import-step-note",
                        &[("n", n(step.number)), ("note", t(&note))]
                    )
                )?;
            }
        }
    }
    for e in &drafts.elsewhere {
        let not_found = e
            .not_found
            .iter()
            .map(|q| ["“", q.as_str(), "”"].concat())
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(
            out,
            "{}",
            text(
                if e.not_found.is_empty() {
                    "import-elsewhere-unexplained"
                } else {
                    "import-elsewhere"
                },
                &[
                    ("n", n(e.number)),
                    ("title", t(&e.title)),
                    ("explained", n(e.explained)),
                    ("steps", n(e.steps)),
                    ("not_found", t(&not_found)),
                ]
            )
        )?;
    }
    for (number, title) in &drafts.skipped {
        writeln!(
            out,
            "{}",
            text("import-skipped", &[("n", n(*number)), ("title", t(title))])
        )?;
    }
    let written = write(
        &drafts.drafts,
        &args.out,
        &ctx.localizer,
        &ctx.locale,
        args.force,
    )
    .map_err(said)?;
    for path in &written {
        writeln!(
            out,
            "{}",
            text("import-wrote", &[("path", t(&path.display().to_string()))])
        )?;
    }
    if drafts.drafts.is_empty() {
        // Every procedure is about something else: nothing to check.
        return Ok(1);
    }
    // The drafts' texts go over the locales already loaded (embedded or
    // `--locales DIR`), as they were parsed: nothing is read or parsed twice.
    let base = Layer::Loaded(&ctx.localizer);
    let verified = verify(&drafts.drafts, base, &ctx.localizer, &options).map_err(said)?;
    writeln!(out, "\n{}", text("import-check-heading", &[]))?;
    let color = stdout_color();
    let report = verified
        .report
        .render_text(&verified.localizer, &ctx.locale, color);
    let shown = if color {
        escape_controls_keeping_colour(&report)
    } else {
        escape_controls(&report)
    };
    write!(out, "{shown}")?;
    writeln!(
        out,
        "\n{}",
        text(
            "import-next",
            &[
                ("dir", t(&args.out.display().to_string())),
                ("lang", t(&language.to_string())),
                ("id", t(drafts.drafts.first().map_or("", |d| d.id.as_str()))),
            ]
        )
    )?;
    let unresolved = drafts
        .drafts
        .iter()
        .any(|d| d.unresolved().next().is_some());
    let denied = verified.report.exit_code(args.deny == Some(Deny::Warnings)) != 0;
    Ok(u8::from(
        unresolved || denied || !drafts.elsewhere.is_empty(),
    ))
}
