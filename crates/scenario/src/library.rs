//! The set of scenarios a run can choose from: the embedded ones, or files on disk.

use crate::diagnostic::{nearest, LoadError};
use crate::load::{parse, parse_bytes};
use crate::model::Scenario;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

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
const EMBEDDED: [(&str, &str); 4] = [
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
            if let Some(kind) = non_regular(f) {
                return Err(LoadError::NotAFile {
                    path: f.clone(),
                    kind,
                });
            }
            let bytes = std::fs::read(f).map_err(|source| LoadError::Read {
                path: f.clone(),
                source,
            })?;
            parse_bytes(&f.display().to_string(), &bytes)
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
