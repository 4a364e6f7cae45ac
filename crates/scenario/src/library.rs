//! The set of scenarios a run can choose from: the embedded ones, or files on disk.

use crate::diagnostic::{nearest, LoadError};
use crate::load::parse;
use crate::model::Scenario;
use std::path::{Path, PathBuf};

/// The scenarios shipped inside the binary.
const EMBEDDED: [(&str, &str); 2] = [
    (
        "scenarios/app-password-create.toml",
        include_str!("../../../scenarios/app-password-create.toml"),
    ),
    (
        "scenarios/app-password-delete.toml",
        include_str!("../../../scenarios/app-password-delete.toml"),
    ),
];

/// Loaded, validated scenarios, in a stable order.
#[derive(Debug, Clone)]
pub struct Library {
    scenarios: Vec<Scenario>,
}

impl Library {
    /// The scenarios embedded in the binary.
    pub fn embedded() -> Result<Library, LoadError> {
        Library::collect(
            EMBEDDED
                .iter()
                .map(|(path, text)| parse(&format!("embedded:{path}"), text)),
        )
    }

    /// Every `*.toml` in `dir` (`--scenarios DIR`).
    pub fn from_dir(dir: &Path) -> Result<Library, LoadError> {
        Library::from_paths(&[dir.to_path_buf()])
    }

    /// Scenario files, and every `*.toml` in the folders among `paths`.
    pub fn from_paths(paths: &[PathBuf]) -> Result<Library, LoadError> {
        let mut files = Vec::new();
        for path in paths {
            let meta = std::fs::metadata(path).map_err(|source| LoadError::Read {
                path: path.clone(),
                source,
            })?;
            if meta.is_dir() {
                let entries = std::fs::read_dir(path).map_err(|source| LoadError::Read {
                    path: path.clone(),
                    source,
                })?;
                let mut found: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .collect();
                if found.is_empty() {
                    return Err(LoadError::Empty(path.clone()));
                }
                found.sort();
                files.extend(found);
            } else {
                files.push(path.clone());
            }
        }
        Library::collect(files.iter().map(|f| {
            let text = std::fs::read_to_string(f).map_err(|source| LoadError::Read {
                path: f.clone(),
                source,
            })?;
            parse(&f.display().to_string(), &text)
        }))
    }

    fn collect(
        results: impl Iterator<Item = Result<Scenario, LoadError>>,
    ) -> Result<Library, LoadError> {
        let mut scenarios: Vec<Scenario> = Vec::new();
        let mut errors = Vec::new();
        for result in results {
            match result {
                Ok(s) => {
                    if let Some(first) = scenarios.iter().find(|o| o.id == s.id) {
                        errors.push(LoadError::DuplicateId {
                            id: s.id.clone(),
                            first: first.origin.clone(),
                            second: s.origin.clone(),
                        });
                    } else {
                        scenarios.push(s);
                    }
                }
                Err(e) => errors.push(e),
            }
        }
        match errors.len() {
            0 => Ok(Library { scenarios }),
            1 => Err(errors.remove(0)),
            _ => Err(LoadError::Many(errors)),
        }
    }

    /// Every scenario.
    pub fn scenarios(&self) -> &[Scenario] {
        &self.scenarios
    }

    /// The scenario with this id, or an error naming the nearest one.
    pub fn get(&self, id: &str) -> Result<&Scenario, LoadError> {
        self.scenarios.iter().find(|s| s.id == id).ok_or_else(|| {
            let known: Vec<String> = self.scenarios.iter().map(|s| s.id.clone()).collect();
            LoadError::UnknownScenario {
                id: id.to_owned(),
                suggestion: nearest(id, known.iter().map(String::as_str)).map(str::to_owned),
                known,
            }
        })
    }
}
