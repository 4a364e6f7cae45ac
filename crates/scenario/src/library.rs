//! The set of scenarios a run can choose from: the embedded ones, or files on disk.

use crate::diagnostic::{did_you_mean, nearest, LoadError};
use crate::load::{parse_bytes_with, parse_with};
use crate::model::Scenario;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use walkthrough_portal::model::{InvalidModel, ModelDiagnostic, ModelProblem, EMBEDDED};
use walkthrough_portal::Model;

/// The most bytes a scenario file (or a product model's `model.toml`) may
/// hold: 4 MiB, over three times a 20,000-step script. A larger file is
/// refused unread with [`LoadError::TooLarge`].
pub const MAX_SCENARIO_BYTES: u64 = 4 << 20;

/// The bytes of `path`, at most [`MAX_SCENARIO_BYTES`]: a larger file is
/// [`LoadError::TooLarge`], found without reading past the limit.
fn read_bounded(path: &Path) -> Result<Vec<u8>, LoadError> {
    use std::io::Read;
    let read_error = |source| LoadError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_SCENARIO_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_SCENARIO_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            limit: MAX_SCENARIO_BYTES,
        });
    }
    Ok(bytes)
}

/// What a path names when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A folder.
    Directory,
    /// A named pipe: reading it waits for a writer, possibly forever.
    Fifo,
    /// A Unix domain socket.
    Socket,
    /// A block device.
    BlockDevice,
    /// A character device (a terminal, `/dev/zero`, `/dev/random`).
    CharDevice,
    /// Anything else that is not a regular file.
    Other,
}

impl fmt::Display for FileKind {
    /// The POSIX name of the file type (`directory`, `FIFO`, `socket`, …).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileKind::Directory => "directory",
            FileKind::Fifo => "FIFO",
            FileKind::Socket => "socket",
            FileKind::BlockDevice => "block device",
            FileKind::CharDevice => "character device",
            FileKind::Other => "special file",
        })
    }
}

/// What `path` is when it exists and is not a regular file (symbolic links
/// followed); `None` for a regular file and for a path that cannot be looked
/// at (it does not exist yet, or opening it will say why).
///
/// The one check for every file the program reads or appends to by name
/// (scenario files, articles, the records file): a FIFO, a device or a
/// socket would block a read forever or never end, so it is refused before
/// it is opened.
pub fn non_regular(path: &Path) -> Option<FileKind> {
    let file_type = std::fs::metadata(path).ok()?.file_type();
    if file_type.is_file() {
        return None;
    }
    if file_type.is_dir() {
        return Some(FileKind::Directory);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some(FileKind::Fifo);
        }
        if file_type.is_socket() {
            return Some(FileKind::Socket);
        }
        if file_type.is_block_device() {
            return Some(FileKind::BlockDevice);
        }
        if file_type.is_char_device() {
            return Some(FileKind::CharDevice);
        }
    }
    Some(FileKind::Other)
}

/// The scenarios shipped inside the binary.
const EMBEDDED_SCENARIOS: [(&str, &str); 4] = [
    (
        "scenarios/app-password-create.toml",
        include_str!("../../../scenarios/app-password-create.toml"),
    ),
    (
        "scenarios/app-password-delete.toml",
        include_str!("../../../scenarios/app-password-delete.toml"),
    ),
    (
        "scenarios/app-password-create-2016.toml",
        include_str!("../../../scenarios/app-password-create-2016.toml"),
    ),
    (
        "scenarios/app-password-delete-2016.toml",
        include_str!("../../../scenarios/app-password-delete-2016.toml"),
    ),
];

/// The file name of a model in its folder: `DIR/<model-id>/model.toml`.
pub const MODEL_FILE: &str = "model.toml";

/// One product model a scenario may name, and where it came from.
#[derive(Debug, Clone)]
struct Entry {
    model: Arc<Model>,
    /// Its folder, for a model read from disk: its labels are the
    /// `<lang>/*.ftl` files in it.
    folder: Option<PathBuf>,
}

/// The product models scenarios may name (`portal = "…"`): the embedded
/// ones, and those read from disk with `--portals DIR`.
///
/// A folder of models holds one folder per model, named by the model's id:
/// `DIR/<model-id>/model.toml`, with the model's labels and titles (Fluent
/// messages) beside it in `DIR/<model-id>/<lang>/*.ftl`. A model on disk
/// never replaces an embedded one: the same id is an error, so a script
/// naming `office365-2015` means the same product wherever it runs.
#[derive(Debug, Clone)]
pub struct Models {
    entries: Vec<Entry>,
}

impl Models {
    /// The models embedded in the binary.
    pub fn embedded() -> Models {
        let entries = EMBEDDED
            .iter()
            .filter_map(|(id, _, _)| Model::embedded(id))
            .map(|model| Entry {
                model,
                folder: None,
            })
            .collect();
        Models { entries }
    }

    /// The embedded models and every model folder of `dir` (`--portals DIR`):
    /// each sub-folder of `dir` is one model, `<model-id>/model.toml`; files
    /// directly in `dir` and hidden folders (`.git`) are left alone.
    ///
    /// # Errors
    /// Every problem at once ([`LoadError::Many`] when there are several):
    /// `dir` unreadable or holding no model folder; a sub-folder without
    /// `model.toml`, or whose `model.toml` is not a regular file; every
    /// problem of each model file ([`LoadError::Model`]), a model whose id is
    /// not its folder's name or is an embedded model's among them, at the
    /// id's line and column.
    pub fn from_dir(dir: &Path) -> Result<Models, LoadError> {
        let mut models = Models::embedded();
        let read = |source| LoadError::Read {
            path: dir.to_path_buf(),
            source,
        };
        let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(read)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            // A hidden folder (`.git`) holds no model.
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        if folders.is_empty() {
            return Err(LoadError::NoModels(dir.to_path_buf()));
        }
        folders.sort();
        let mut errors = Vec::new();
        for folder in folders {
            match models.load_folder(&folder) {
                Ok(entry) => models.entries.push(entry),
                Err(e) => errors.push(e),
            }
        }
        match errors.len() {
            0 => Ok(models),
            1 => Err(errors.remove(0)),
            _ => Err(LoadError::Many(errors)),
        }
    }

    fn load_folder(&self, folder: &Path) -> Result<Entry, LoadError> {
        let file = folder.join(MODEL_FILE);
        if !file.exists() {
            return Err(LoadError::NoModelFile(folder.to_path_buf()));
        }
        if let Some(kind) = non_regular(&file) {
            return Err(LoadError::NotAFile { path: file, kind });
        }
        let bytes = read_bounded(&file)?;
        let origin = file.display().to_string();
        let model = Model::parse_bytes(&origin, &bytes).map_err(LoadError::Model)?;
        let folder_name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let problem = if self.get(&model.id).is_some() {
            Some(ModelProblem::Misused {
                found: model.id.clone(),
                expected: format!(
                    // i18n-exempt: a diagnostic for model authors, in English like cargo's
                    "an id of its own (`{}` is the id of a model embedded in the program, which a model on disk cannot replace)",
                    model.id
                ),
            })
        } else if model.id != folder_name {
            Some(ModelProblem::Misused {
                found: model.id.clone(),
                // i18n-exempt: a diagnostic for model authors, in English like cargo's
                expected: format!(
                    "the name of the model's folder, `{folder_name}` (a model's id and its folder's name must be the same)"
                ),
            })
        } else {
            None
        };
        if let Some(problem) = problem {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            return Err(LoadError::Model(Box::new(at_id(&origin, text, problem))));
        }
        Ok(Entry {
            model: Arc::new(model),
            folder: Some(folder.to_path_buf()),
        })
    }

    /// The embedded models and `model` (one already loaded, e.g. from
    /// `--portals DIR`), unless a model of the same id is among them: what
    /// a script drafted against `model` is parsed with.
    pub fn embedded_and(model: Arc<Model>) -> Models {
        let mut models = Models::embedded();
        if models.get(&model.id).is_none() {
            models.entries.push(Entry {
                model,
                folder: None,
            });
        }
        models
    }

    /// The model with this id (`office365` is `office365-2015`, the name
    /// scripts used before products had versions).
    pub fn get(&self, id: &str) -> Option<Arc<Model>> {
        let id = if id == "office365" {
            walkthrough_portal::model::DEFAULT_MODEL
        } else {
            id
        };
        self.entries
            .iter()
            .find(|e| e.model.id == id)
            .map(|e| Arc::clone(&e.model))
    }

    /// Every model's id: the embedded ones first, then those from disk in
    /// folder-name order.
    pub fn ids(&self) -> Vec<&str> {
        self.entries.iter().map(|e| e.model.id.as_str()).collect()
    }

    /// Every model, with its folder when it was read from disk.
    pub fn iter(&self) -> impl Iterator<Item = (&Arc<Model>, Option<&Path>)> {
        self.entries.iter().map(|e| (&e.model, e.folder.as_deref()))
    }

    /// The folders of the models read from disk, whose `<lang>/*.ftl` hold
    /// their labels: to be layered over the program's locales.
    pub fn label_folders(&self) -> Vec<&Path> {
        self.entries
            .iter()
            .filter_map(|e| e.folder.as_deref())
            .collect()
    }

    /// A did-you-mean among the models' ids.
    pub fn suggest(&self, id: &str) -> Option<String> {
        did_you_mean(id, self.ids())
    }
}

/// A model file's one problem, placed at the value of its top-level `id`.
fn at_id(origin: &str, text: String, problem: ModelProblem) -> InvalidModel {
    let span = toml::de::DeTable::parse(&text)
        .ok()
        .and_then(|doc| {
            doc.get_ref()
                .iter()
                .find(|(k, _)| k.get_ref().as_ref() == "id")
                .map(|(_, v)| v.span())
        })
        .unwrap_or(0..0);
    let (line, column) = walkthrough_diagnostic::line_column(&text, span.start);
    InvalidModel {
        origin: origin.to_owned(),
        diagnostics: vec![ModelDiagnostic {
            span,
            line,
            column,
            problem,
            help: None,
        }],
        text,
    }
}

/// Loaded, validated scenarios, in a stable order.
#[derive(Debug, Clone)]
pub struct Library {
    scenarios: Vec<Scenario>,
}

impl Library {
    /// The scenarios embedded in the binary.
    pub fn embedded() -> Result<Library, LoadError> {
        let models = Models::embedded();
        Library::collect(
            EMBEDDED_SCENARIOS
                .iter()
                .map(|(path, text)| parse_with(&format!("embedded:{path}"), text, &models)),
        )
    }

    /// Every `*.toml` in `dir` (`--scenarios DIR`), naming embedded models.
    pub fn from_dir(dir: &Path) -> Result<Library, LoadError> {
        Library::from_paths(&[dir.to_path_buf()])
    }

    /// Scenario files, and every `*.toml` in the folders among `paths`,
    /// naming embedded models.
    pub fn from_paths(paths: &[PathBuf]) -> Result<Library, LoadError> {
        Library::from_paths_with(paths, &Models::embedded())
    }

    /// Scenario files, and every `*.toml` in the folders among `paths`; each
    /// must name one of `models` (`--portals DIR`), and carries it.
    ///
    /// # Errors
    /// Every problem of every file at once; a script naming a model that is
    /// not among `models` is one, at its `portal` value.
    pub fn from_paths_with(paths: &[PathBuf], models: &Models) -> Result<Library, LoadError> {
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
            if let Some(kind) = non_regular(f) {
                return Err(LoadError::NotAFile {
                    path: f.clone(),
                    kind,
                });
            }
            let bytes = read_bounded(f)?;
            parse_bytes_with(&f.display().to_string(), &bytes, models)
        }))
    }

    fn collect(
        results: impl Iterator<Item = Result<Scenario, LoadError>>,
    ) -> Result<Library, LoadError> {
        let mut scenarios: Vec<Scenario> = Vec::new();
        let mut by_id: HashMap<String, usize> = HashMap::new();
        let mut errors = Vec::new();
        for result in results {
            match result {
                Ok(s) => {
                    if let Some(&first) = by_id.get(&s.id) {
                        errors.push(LoadError::DuplicateId {
                            id: s.id.clone(),
                            first: scenarios[first].origin.clone(),
                            second: s.origin.clone(),
                        });
                    } else {
                        by_id.insert(s.id.clone(), scenarios.len());
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
