//! From FTL files to one Fluent bundle per locale, with every error of every
//! file: syntax, duplicates, and references to things that do not exist.

use crate::error::{FtlError, FtlErrorKind, I18nError};
use crate::pseudo;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use include_dir::{include_dir, Dir};
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// Functions messages may call (Fluent's built-ins).
const FUNCTIONS: [&str; 1] = ["NUMBER"];

/// One FTL file: the name shown in errors, and its text (or, for a file of
/// a [`Layer::Loaded`] localizer, what it was parsed into, without errors).
pub(crate) struct Source {
    pub name: String,
    pub text: String,
    pub parsed: Option<Arc<FluentResource>>,
}

impl Source {
    /// The file's own name (`portal.ftl`), which a later layer replaces.
    fn file_name(&self) -> &str {
        self.name.rsplit(['/', '\\']).next().unwrap_or(&self.name)
    }
}

/// Where locale files come from; see [`crate::Localizer::layered`].
#[derive(Debug, Clone, Copy)]
pub enum Layer<'a> {
    /// The locales embedded in the binary.
    Embedded,
    /// Every `<lang>/*.ftl` under a folder (`--locales DIR`).
    Dir(&'a Path),
    /// The `<lang>/*.ftl` kept beside scenario files (`--scenarios DIR`, or
    /// a folder `walkthrough import` wrote): subfolders that are not named
    /// as a language (`ja-JP`, `en`) or hold no FTL file are not locales and
    /// are left out.
    Beside(&'a Path),
    /// Files in memory: (language folder, file name, text).
    Files(&'a [(String, String, String)]),
    /// The files of locales already loaded, as they were parsed: layering
    /// over them parses only the new files.
    Loaded(&'a crate::Localizer),
}

impl Layer<'_> {
    pub(crate) fn origin(&self) -> String {
        match self {
            Layer::Embedded => "embedded:locales".to_owned(),
            Layer::Dir(p) | Layer::Beside(p) => p.display().to_string(),
            Layer::Files(_) => "memory".to_owned(),
            Layer::Loaded(l) => l.origin().to_owned(),
        }
    }

    pub(crate) fn folders(&self) -> Result<Vec<Folder>, I18nError> {
        match self {
            Layer::Embedded => embedded(),
            Layer::Dir(dir) => from_dir(dir),
            Layer::Beside(dir) => Ok(from_dir(dir)?
                .into_iter()
                .filter(|f| !f.files.is_empty() && is_language_folder(&f.name))
                .collect()),
            // One folder per file: `Localizer::layered` merges those of a language.
            Layer::Files(files) => Ok(files
                .iter()
                .map(|(lang, name, text)| Folder {
                    path: PathBuf::from(lang),
                    name: lang.clone(),
                    files: vec![Source {
                        name: format!("{lang}/{name}"),
                        text: text.clone(),
                        parsed: None,
                    }],
                })
                .collect()),
            Layer::Loaded(l) => Ok(l.real_locales().map(Locale::folder).collect()),
        }
    }
}

/// One locale folder: its path, its name (the language tag) and its files.
pub(crate) struct Folder {
    pub path: PathBuf,
    pub name: String,
    pub files: Vec<Source>,
}

/// What a locale knows of one message: its attributes and the variables it uses.
#[derive(Debug, Default, Clone)]
pub(crate) struct MessageInfo {
    pub attrs: BTreeSet<String>,
    pub vars: BTreeSet<String>,
}

/// A loaded locale.
pub(crate) struct Locale {
    pub id: LanguageIdentifier,
    pub bundle: FluentBundle<Arc<FluentResource>>,
    pub messages: BTreeMap<String, MessageInfo>,
    pub pseudo: bool,
    /// The parsed files, shared with the pseudo-locale built from this one.
    pub resources: Vec<Arc<FluentResource>>,
    /// Each file's name, as `resources`.
    pub names: Vec<String>,
}

/// A folder named as a language in use: `ja-JP`, `en`, `fil` (a subtag of
/// two or three letters; longer ones, valid but unregistered, are words such
/// as `drafts`).
fn is_language_folder(name: &str) -> bool {
    name.parse::<LanguageIdentifier>()
        .is_ok_and(|id| (2..=3).contains(&id.language.as_str().len()))
}

impl Folder {
    /// Adds `files`, each replacing a file of the same name (one lookup per
    /// file: linear in the number of files).
    pub(crate) fn overlay(&mut self, files: Vec<Source>) {
        let mut at: HashMap<String, usize> = self
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.file_name().to_owned(), i))
            .collect();
        for file in files {
            match at.get(file.file_name()) {
                Some(&i) => self.files[i] = file,
                None => {
                    at.insert(file.file_name().to_owned(), self.files.len());
                    self.files.push(file);
                }
            }
        }
    }
}

/// The deepest nesting of placeables and call arguments (`{`, `(`) an FTL
/// file may have. fluent-syntax parses nesting by recursion without a limit,
/// so a file of thousands of `{` would overflow the stack; no real message
/// nests more than a few levels.
pub const MAX_FTL_NESTING: usize = 64;

/// The byte offset of the `{` or `(` that nests deeper than
/// [`MAX_FTL_NESTING`], if any. Counts as the parser nests: string literals
/// inside placeables (`{"{"}`) are skipped, text outside placeables cannot
/// hold a bare brace, and comment lines are skipped.
fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut line_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if line_start && b == b'#' {
            // A comment, to the end of the line.
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        line_start = b == b'\n';
        match b {
            b'{' => depth += 1,
            b'(' if depth > 0 => depth += 1,
            b'}' | b')' if depth > 0 => depth -= 1,
            b'"' if depth > 0 => {
                // A string literal: to its closing quote or the line's end.
                i += 1;
                while i < bytes.len() && !matches!(bytes[i], b'"' | b'\n') {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if bytes.get(i) == Some(&b'\n') {
                    continue;
                }
            }
            _ => {}
        }
        if depth > MAX_FTL_NESTING {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The folders embedded in the binary, sorted by name.
pub(crate) fn embedded() -> Result<Vec<Folder>, I18nError> {
    let mut folders = Vec::new();
    for dir in EMBEDDED.dirs() {
        let name = dir.path().to_string_lossy().into_owned();
        let mut files = Vec::new();
        for file in dir.files() {
            if file.path().extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let path = Path::new("embedded:locales").join(file.path());
            let text = file.contents_utf8().ok_or_else(|| I18nError::Read {
                path: path.clone(),
                source: std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8"),
            })?;
            files.push(Source {
                name: path.display().to_string(),
                text: text.to_owned(),
                parsed: None,
            });
        }
        files.sort_by(|a, b| a.name.cmp(&b.name));
        folders.push(Folder {
            path: Path::new("embedded:locales").join(&name),
            name,
            files,
        });
    }
    folders.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(folders)
}

/// An FTL file's text. A FIFO, a device or any other file that is not a
/// regular file (after symbolic links) is refused rather than read, since
/// reading it could wait forever; text that is not UTF-8 is an error at the
/// line and column of its first bad byte.
fn read_ftl(path: &Path) -> Result<String, I18nError> {
    let read = |source| I18nError::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(read)?;
    if !meta.is_file() {
        return Err(I18nError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let bytes = std::fs::read(path).map_err(read)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let prefix = String::from_utf8_lossy(&bytes[..valid]);
        let (line, column) = position(&prefix, valid);
        I18nError::Ftl(vec![FtlError {
            file: path.display().to_string(),
            line,
            column,
            kind: FtlErrorKind::Refused,
            id: None,
            message: format!(
                "the byte 0x{:02x} is not UTF-8 (FTL files are UTF-8 text)",
                bytes[valid]
            ),
        }])
    })
}

/// The folders under `dir` (hidden ones skipped), sorted by name.
pub(crate) fn from_dir(dir: &Path) -> Result<Vec<Folder>, I18nError> {
    let list = |p: &Path| -> Result<Vec<PathBuf>, I18nError> {
        let read = |source| I18nError::Read {
            path: p.to_path_buf(),
            source,
        };
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(p).map_err(read)? {
            paths.push(entry.map_err(read)?.path());
        }
        paths.sort();
        Ok(paths)
    };
    let mut folders = Vec::new();
    for path in list(dir)?.into_iter().filter(|p| p.is_dir()) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        let mut files = Vec::new();
        for file in list(&path)? {
            if file.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = read_ftl(&file)?;
            files.push(Source {
                name: file.display().to_string(),
                text,
                parsed: None,
            });
        }
        folders.push(Folder { path, name, files });
    }
    Ok(folders)
}

impl Locale {
    /// Loads `files` into a bundle for `id`; every error goes to `errors`.
    pub(crate) fn load(
        id: LanguageIdentifier,
        files: &[Source],
        pseudo: bool,
        errors: &mut Vec<FtlError>,
    ) -> Locale {
        let mut resources = Vec::new();
        for file in files {
            if let Some(parsed) = &file.parsed {
                resources.push((file, Arc::clone(parsed)));
                continue;
            }
            // Editors on Windows may start a file with a byte-order mark.
            let text = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
            if let Some(at) = too_deep(text) {
                let (line, column) = position(text, at);
                errors.push(FtlError {
                    file: file.name.clone(),
                    line,
                    column,
                    kind: FtlErrorKind::Refused,
                    id: None,
                    message: format!(
                        "placeables nested more than {MAX_FTL_NESTING} deep; \
                         the file is not read any further (a `{{` or `(` left open?)"
                    ),
                });
                continue;
            }
            let resource = match FluentResource::try_new(text.to_owned()) {
                Ok(r) => r,
                Err((r, parse)) => {
                    let places = Places::new(r.source());
                    errors.extend(parse.iter().map(|e| syntax_error(file, &places, e)));
                    r
                }
            };
            resources.push((file, Arc::new(resource)));
        }

        // Every message and term, first definition wins (as in the bundle).
        // Places are worked out only for errors.
        let places: Vec<Places<'_>> = resources
            .iter()
            .map(|(_, r)| Places::new(r.source()))
            .collect();
        let mut first: HashMap<String, (&Source, usize, usize)> = HashMap::new();
        let mut messages = BTreeMap::new();
        let mut terms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (ri, (file, resource)) in resources.iter().enumerate() {
            for entry in resource.entries() {
                let (key, ident, attrs) = match entry {
                    ast::Entry::Message(m) => (m.id.name.to_owned(), m.id.name, &m.attributes),
                    ast::Entry::Term(t) => (format!("-{}", t.id.name), t.id.name, &t.attributes),
                    _ => continue,
                };
                let at_offset = offset(resource, ident);
                if let Some((at, at_ri, at_offset_first)) = first.get(&key) {
                    let (line, column) = places[ri].of(at_offset);
                    let (at_line, _) = places[*at_ri].of(*at_offset_first);
                    let at = &at.name;
                    errors.push(FtlError {
                        file: file.name.clone(),
                        line,
                        column,
                        kind: FtlErrorKind::Duplicate,
                        id: Some(key.clone()),
                        message: format!(
                            "`{key}` is defined again; its first definition is at {at}:{at_line}"
                        ),
                    });
                    continue;
                }
                first.insert(key.clone(), (*file, ri, at_offset));
                let attrs: BTreeSet<String> = attrs.iter().map(|a| a.id.name.to_owned()).collect();
                if let ast::Entry::Message(m) = entry {
                    let mut refs = Refs::default();
                    refs.message(m);
                    let vars = refs.vars.iter().map(|v| (*v).to_owned()).collect();
                    messages.insert(key, MessageInfo { attrs, vars });
                } else {
                    terms.insert(key, attrs);
                }
            }
        }

        // References to messages, attributes, terms and functions that do not exist.
        for (ri, (file, resource)) in resources.iter().enumerate() {
            for entry in resource.entries() {
                let mut refs = Refs::default();
                let (key, ident) = match entry {
                    ast::Entry::Message(m) => {
                        refs.message(m);
                        (m.id.name.to_owned(), m.id.name)
                    }
                    ast::Entry::Term(t) => {
                        refs.pattern(&t.value);
                        t.attributes.iter().for_each(|a| refs.pattern(&a.value));
                        (format!("-{}", t.id.name), t.id.name)
                    }
                    _ => continue,
                };
                let mut unknown = Vec::new();
                for (id, attr) in &refs.messages {
                    match (messages.get(*id), attr) {
                        (None, _) => unknown.push(format!("the message `{id}`")),
                        (Some(m), Some(a)) if !m.attrs.contains(*a) => {
                            unknown.push(format!("the attribute `{id}.{a}`"));
                        }
                        _ => {}
                    }
                }
                for (id, attr) in &refs.terms {
                    let key = format!("-{id}");
                    match (terms.get(&key), attr) {
                        (None, _) => unknown.push(format!("the term `{key}`")),
                        (Some(t), Some(a)) if !t.contains(*a) => {
                            unknown.push(format!("the attribute `{key}.{a}`"));
                        }
                        _ => {}
                    }
                }
                for f in &refs.functions {
                    if !FUNCTIONS.contains(f) {
                        unknown.push(format!("the function `{f}`"));
                    }
                }
                if unknown.is_empty() {
                    continue;
                }
                let (line, column) = places[ri].of(offset(resource, ident));
                let locale = &id;
                errors.extend(unknown.into_iter().map(|what| FtlError {
                    file: file.name.clone(),
                    line,
                    column,
                    kind: FtlErrorKind::UnknownReference,
                    id: Some(key.clone()),
                    message: format!("`{key}` refers to {what}, which {locale} does not define"),
                }));
            }
        }

        drop(first);
        drop(places);
        let names = resources.iter().map(|(f, _)| f.name.clone()).collect();
        let resources: Vec<Arc<FluentResource>> = resources.into_iter().map(|(_, r)| r).collect();
        Locale {
            bundle: bundle(&id, &resources, pseudo),
            id,
            messages,
            pseudo,
            resources,
            names,
        }
    }

    /// This locale's files as a folder of already parsed sources.
    fn folder(&self) -> Folder {
        let name = self.id.to_string();
        Folder {
            path: PathBuf::from(&name),
            name,
            files: self
                .names
                .iter()
                .zip(&self.resources)
                .map(|(name, r)| Source {
                    name: name.clone(),
                    text: String::new(),
                    parsed: Some(Arc::clone(r)),
                })
                .collect(),
        }
    }

    /// The pseudo-locale `id`, built from this locale's parsed files (no
    /// parsing, no checking again: its errors are this locale's).
    pub(crate) fn pseudo(&self, id: LanguageIdentifier) -> Locale {
        Locale {
            bundle: bundle(&id, &self.resources, true),
            id,
            messages: self.messages.clone(),
            pseudo: true,
            resources: self.resources.clone(),
            names: self.names.clone(),
        }
    }
}

/// A bundle of `resources` for `id`, the first definition of each entry kept.
fn bundle(
    id: &LanguageIdentifier,
    resources: &[Arc<FluentResource>],
    pseudo: bool,
) -> FluentBundle<Arc<FluentResource>> {
    let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
    bundle.set_use_isolating(false);
    if pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    // A fresh bundle has no functions, so adding the built-ins cannot clash.
    let _ = bundle.add_builtins();
    for resource in resources {
        // Entries already defined were reported when loading, with their
        // lines; the bundle keeps the first definition, as `messages` does.
        let _ = bundle.add_resource(Arc::clone(resource));
    }
    bundle
}

/// The byte offset of `part`, a slice of the resource's own source.
fn offset(resource: &FluentResource, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(resource.source().as_ptr() as usize)
}

/// 1-based line and column (in characters) of byte `at` of `text`, once.
fn position(text: &str, at: usize) -> (usize, usize) {
    Places::new(text).of(at)
}

/// Lines and columns of byte offsets in one text, for errors: the line
/// starts are found on the first error, once, so a file with many errors
/// costs one pass over it, not one per error.
struct Places<'a> {
    text: &'a str,
    starts: OnceCell<Vec<usize>>,
}

impl<'a> Places<'a> {
    fn new(text: &'a str) -> Places<'a> {
        Places {
            text,
            starts: OnceCell::new(),
        }
    }

    /// 1-based line and column (in characters) of byte `at`.
    fn of(&self, at: usize) -> (usize, usize) {
        let text = self.text;
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let starts = self.starts.get_or_init(|| {
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let line = starts.partition_point(|&start| start <= at);
        let start = starts[line - 1];
        (line, text[start..at].chars().count() + 1)
    }
}

fn syntax_error(
    file: &Source,
    places: &Places<'_>,
    e: &fluent_syntax::parser::ParserError,
) -> FtlError {
    let text = places.text;
    let (line, column) = places.of(e.pos.start);
    // The broken entry begins where its junk does: `id = …` names the message.
    let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
    let id = text
        .get(start..)
        .and_then(|rest| {
            rest.lines()
                .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
        })
        .and_then(|l| l.split_once('='))
        .map(|(id, _)| id.trim())
        .filter(|id| {
            let bare = id.strip_prefix('-').unwrap_or(id);
            bare.starts_with(|c: char| c.is_ascii_alphabetic())
                && bare
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .map(str::to_owned);
    let message = match &id {
        Some(id) => format!("{} (in `{id}`)", e.kind),
        None => e.kind.to_string(),
    };
    FtlError {
        file: file.name.clone(),
        line,
        column,
        kind: FtlErrorKind::Syntax,
        id,
        message,
    }
}

/// What a pattern refers to.
#[derive(Default)]
struct Refs<'s> {
    vars: BTreeSet<&'s str>,
    messages: Vec<(&'s str, Option<&'s str>)>,
    terms: Vec<(&'s str, Option<&'s str>)>,
    functions: Vec<&'s str>,
}

impl<'s> Refs<'s> {
    fn message(&mut self, m: &ast::Message<&'s str>) {
        if let Some(value) = &m.value {
            self.pattern(value);
        }
        for a in &m.attributes {
            self.pattern(&a.value);
        }
    }

    fn pattern(&mut self, p: &ast::Pattern<&'s str>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, e: &ast::Expression<&'s str>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for v in variants {
                    self.pattern(&v.value);
                }
            }
            ast::Expression::Inline(i) => self.inline(i),
        }
    }

    fn inline(&mut self, i: &ast::InlineExpression<&'s str>) {
        use ast::InlineExpression as I;
        match i {
            I::VariableReference { id } => {
                self.vars.insert(id.name);
            }
            I::MessageReference { id, attribute } => {
                self.messages
                    .push((id.name, attribute.as_ref().map(|a| a.name)));
            }
            I::TermReference {
                id,
                attribute,
                arguments,
            } => {
                self.terms
                    .push((id.name, attribute.as_ref().map(|a| a.name)));
                // A term's own variables are its arguments, not the message's;
                // only the argument values are the message's.
                if let Some(args) = arguments {
                    self.arguments(args);
                }
            }
            I::FunctionReference { id, arguments } => {
                self.functions.push(id.name);
                self.arguments(arguments);
            }
            I::Placeable { expression } => self.expression(expression),
            I::StringLiteral { .. } | I::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, args: &ast::CallArguments<&'s str>) {
        for a in &args.positional {
            self.inline(a);
        }
        for a in &args.named {
            self.inline(&a.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Locale, Source};
    use proptest::prelude::*;

    proptest! {
        /// One index of line starts gives the same places as counting from the start.
        #[test]
        fn places_are_lines_and_character_columns(text in "[a-z\n日é]{0,60}", ats in prop::collection::vec(0..80usize, 1..8)) {
            let places = super::Places::new(&text);
            for at in ats {
                let mut at = at.min(text.len());
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                let before = &text[..at];
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
                prop_assert_eq!(places.of(at), (line, column));
            }
        }

        /// Whatever a translator types, loading reports errors with places; it never panics.
        #[test]
        fn any_text_loads_or_fails_with_places(text in "[a-z=\\-{}$.\\[\\]*# \n\téé日\u{feff}]{0,80}") {
            let mut errors = Vec::new();
            let id = "en-US".parse().unwrap_or_default();
            let source = Source { name: "x.ftl".into(), text: text.clone(), parsed: None };
            let _ = Locale::load(id, &[source], false, &mut errors);
            for e in errors {
                prop_assert!(e.line >= 1 && e.line <= text.lines().count() + 1, "{e}");
                prop_assert!(e.column >= 1, "{e}");
            }
        }
    }
}
