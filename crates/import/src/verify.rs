//! The docs checker on the drafts: their step texts loaded together with the
//! shipped locale files (or those of `--locales DIR`), in a temporary copy.

use crate::error::ImportError;
use crate::Draft;
use include_dir::{include_dir, Dir};
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;
use walkthrough_check::{check, Report};
use walkthrough_i18n::Localizer;
use walkthrough_portal::PortalOptions;

static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// The locale files the drafts' texts are added to.
#[derive(Debug, Clone, Copy)]
pub enum LocaleBase<'a> {
    /// The ones embedded in the binary.
    Embedded,
    /// `DIR/<lang>/*.ftl` (`--locales DIR`).
    Dir(&'a Path),
}

/// What the checker found, and the locales it read (to render the report:
/// they hold the drafts' titles).
#[derive(Debug)]
pub struct Verified {
    /// The findings, in the article's language.
    pub report: Report,
    /// The base locales with the drafts' texts.
    pub localizer: Localizer,
}

/// A folder removed when dropped.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Checks the drafts against the portal in their language. A draft's texts
/// replace a base file of the same name (`<lang>/<id>.ftl`).
pub fn verify(
    drafts: &[Draft],
    base: LocaleBase<'_>,
    l10n: &Localizer,
    options: &PortalOptions,
) -> Result<Verified, ImportError> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let dir = TempDir(
        std::env::temp_dir().join(format!("walkthrough-import-{}-{nanos}", std::process::id())),
    );
    let write = |path: PathBuf, text: &[u8]| -> Result<(), ImportError> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| ImportError::Write {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        std::fs::write(&path, text).map_err(|source| ImportError::Write { path, source })
    };
    match base {
        LocaleBase::Embedded => {
            for lang in EMBEDDED.dirs() {
                for file in lang.files() {
                    write(dir.0.join(file.path()), file.contents())?;
                }
            }
        }
        LocaleBase::Dir(from) => {
            let read = |p: &Path| {
                std::fs::read_dir(p).map_err(|source| ImportError::Read {
                    path: p.to_path_buf(),
                    source,
                })
            };
            for lang in read(from)?.filter_map(Result::ok).map(|e| e.path()) {
                let Some(name) = lang.file_name().filter(|_| lang.is_dir()) else {
                    continue;
                };
                for file in read(&lang)?.filter_map(Result::ok).map(|e| e.path()) {
                    let (Some(file_name), true) = (
                        file.file_name(),
                        file.extension().is_some_and(|e| e == "ftl"),
                    ) else {
                        continue;
                    };
                    let text = std::fs::read(&file).map_err(|source| ImportError::Read {
                        path: file.clone(),
                        source,
                    })?;
                    write(dir.0.join(name).join(file_name), &text)?;
                }
            }
        }
    }
    let mut scenarios = Vec::new();
    let mut locales: Vec<LanguageIdentifier> = Vec::new();
    let fallback = l10n.fallback_locale();
    for d in drafts {
        write(dir.0.join(d.ftl_path()), d.ftl(l10n).as_bytes())?;
        if d.locale != *fallback {
            // The title, so that the report names the draft in any language.
            let title = [fallback.to_string().as_str(), "/", &d.id, ".ftl"].concat();
            write(dir.0.join(title), d.title_ftl().as_bytes())?;
        }
        scenarios.push(d.scenario(l10n, l10n.fallback_locale())?);
        if !locales.contains(&d.locale) {
            locales.push(d.locale.clone());
        }
    }
    let localizer = Localizer::from_dir(&dir.0)?;
    let report = check(&scenarios, &localizer, &locales, options)
        .map_err(|e| ImportError::Draft(e.to_string()))?;
    Ok(Verified { report, localizer })
}
