//! Pack storage: the built-in pack embedded in the binary, or a folder given
//! with `--exercises`.  Both are read through the same few calls.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use rust_embed::RustEmbed;

use super::{Exercise, SpecError, Topic, model};

#[derive(RustEmbed)]
#[folder = "exercises/"]
#[exclude = "*.pyc"]
#[exclude = "*/__pycache__/*"]
struct Builtin;

pub const TOPICS_FILE: &str = "topics.yaml";
pub const SPEC_FILE: &str = "exercise.yaml";
/// Present at the root of a pack written by `grader seal`.
pub const SEALED_FILE: &str = "SEALED.md";

#[derive(Debug, Clone)]
pub enum PackSource {
    Builtin,
    Dir(PathBuf),
}

/// A pack's index: its topics and the ids of its exercises, in roadmap order.
/// Exercise specs are parsed on demand, so one broken spec does not stop
/// another exercise from being checked.
#[derive(Debug, Clone)]
pub struct Pack {
    source: PackSource,
    pub topics: Vec<Topic>,
    /// Exercise ids, grouped by topic in `topics.yaml` order, names sorted.
    pub ids: Vec<String>,
}

impl Pack {
    pub fn load(source: PackSource) -> Result<Pack, Vec<SpecError>> {
        if let PackSource::Dir(dir) = &source
            && !dir.is_dir()
        {
            return Err(vec![SpecError::at(
                &dir.display().to_string(),
                None,
                "is not a folder; --exercises / GRADER_EXERCISES must name a pack folder holding topics.yaml",
            )]);
        }
        let mut pack = Pack {
            source,
            topics: Vec::new(),
            ids: Vec::new(),
        };
        let topics_path = pack.display(TOPICS_FILE);
        let text = pack
            .read_text(TOPICS_FILE)
            .map_err(|m| vec![SpecError::at(&topics_path, None, m)])?;
        let raw: model::TopicsFile = serde_saphyr::from_str(&text)
            .map_err(|e| vec![SpecError::from_yaml(&topics_path, &e)])?;
        let mut errors = Vec::new();
        for t in raw.topics {
            let id = t.id.value.trim().to_string();
            if !is_slug(&id) {
                errors.push(SpecError::at(
                    &topics_path,
                    Some(t.id.referenced.line()),
                    format!("topic id {id:?} must be lowercase letters, digits and underscores"),
                ));
            } else if pack.topics.iter().any(|known| known.id == id) {
                errors.push(SpecError::at(
                    &topics_path,
                    Some(t.id.referenced.line()),
                    format!("topic {id:?} is listed twice"),
                ));
            }
            pack.topics.push(Topic {
                id,
                title: t.title,
                section: t.section,
                not_graded: t
                    .not_graded
                    .map(|n| n.trim().to_string())
                    .filter(|n| !n.is_empty()),
            });
        }
        let found = pack.exercise_dirs();
        for topic in &pack.topics {
            for id in found
                .iter()
                .filter(|id| id.split('/').next() == Some(topic.id.as_str()))
            {
                pack.ids.push(id.clone());
            }
        }
        for id in &found {
            let topic = id.split('/').next().unwrap_or_default();
            if !pack.topics.iter().any(|t| t.id == topic) {
                errors.push(SpecError::at(
                    &pack.display(&format!("{id}/{SPEC_FILE}")),
                    None,
                    format!("its topic {topic:?} is not listed in {topics_path}; add it there"),
                ));
            }
        }
        if errors.is_empty() {
            Ok(pack)
        } else {
            Err(errors)
        }
    }

    /// Written by `grader seal`: reference and known-wrong solutions are
    /// absent on purpose, and hidden cases may carry digests only.
    pub fn is_sealed(&self) -> bool {
        match &self.source {
            PackSource::Builtin => false,
            PackSource::Dir(dir) => dir.join(SEALED_FILE).is_file(),
        }
    }

    pub fn source(&self) -> &PackSource {
        &self.source
    }

    /// How a pack file is named in messages.
    pub fn display(&self, rel: &str) -> String {
        match &self.source {
            PackSource::Builtin => format!("exercises/{rel}"),
            PackSource::Dir(dir) => dir.join(rel).display().to_string(),
        }
    }

    /// A folder on disk for pack files, when the pack is a folder.
    pub fn dir(&self) -> Option<&Path> {
        match &self.source {
            PackSource::Builtin => None,
            PackSource::Dir(d) => Some(d),
        }
    }

    pub fn exercise(&self, id: &str) -> Result<Exercise, Vec<SpecError>> {
        let rel = format!("{id}/{SPEC_FILE}");
        let file = self.display(&rel);
        let text = self
            .read_text(&rel)
            .map_err(|m| vec![SpecError::at(&file, None, m)])?;
        super::parse_exercise(id, &file, &text)
    }

    pub fn read(&self, rel: &str) -> Option<Vec<u8>> {
        match &self.source {
            PackSource::Builtin => Builtin::get(rel).map(|f| f.data.into_owned()),
            PackSource::Dir(dir) => fs::read(dir.join(rel)).ok(),
        }
    }

    fn read_text(&self, rel: &str) -> Result<String, String> {
        let bytes = self
            .read(rel)
            .ok_or_else(|| "cannot be read (missing?)".to_string())?;
        String::from_utf8(bytes).map_err(|_| "is not UTF-8 text; save it as UTF-8".to_string())
    }

    /// Files directly under `<id>/<sub>/` with the given extension, sorted.
    pub fn files_under(&self, id: &str, sub: &str, ext: &str) -> Vec<String> {
        let prefix = format!("{id}/{sub}/");
        let mut out: Vec<String> = match &self.source {
            PackSource::Builtin => Builtin::iter()
                .filter_map(|p| {
                    let rest = p.strip_prefix(&prefix)?;
                    (!rest.contains('/') && rest.ends_with(ext)).then(|| p.to_string())
                })
                .collect(),
            PackSource::Dir(dir) => fs::read_dir(dir.join(&prefix))
                .into_iter()
                .flatten()
                .flatten()
                .filter_map(|e| {
                    let name = e.file_name().into_string().ok()?;
                    (name.ends_with(ext) && e.path().is_file()).then(|| format!("{prefix}{name}"))
                })
                .collect(),
        };
        out.sort();
        out
    }

    /// Every file under `<prefix>/`, by path relative to it (a project's
    /// `solution/`, `starter/`, `wrong/<name>/`).  Caches are left out.
    pub fn tree(&self, prefix: &str) -> crate::kinds::Tree {
        let mut tree = crate::kinds::Tree::default();
        match &self.source {
            PackSource::Builtin => {
                let prefix = format!("{prefix}/");
                for p in Builtin::iter() {
                    if let Some(rest) = p.strip_prefix(&prefix)
                        && let Some(f) = Builtin::get(&p)
                    {
                        tree.files.insert(rest.to_string(), f.data.into_owned());
                    }
                }
            }
            PackSource::Dir(dir) => {
                let root = dir.join(prefix);
                if root.is_dir()
                    && let Ok(t) = crate::kinds::Tree::read_dir(&root)
                {
                    tree = t;
                }
            }
        }
        tree
    }

    /// Names directly under `<id>/<sub>/`: files ending in `ext` (without
    /// it) and folders, sorted; `(name, is_folder)`.
    pub fn entries_under(&self, id: &str, sub: &str, ext: &str) -> Vec<(String, bool)> {
        let prefix = format!("{id}/{sub}/");
        let mut out: BTreeSet<(String, bool)> = BTreeSet::new();
        match &self.source {
            PackSource::Builtin => {
                for p in Builtin::iter() {
                    let Some(rest) = p.strip_prefix(&prefix) else {
                        continue;
                    };
                    match rest.split_once('/') {
                        Some((folder, _)) => {
                            out.insert((folder.to_string(), true));
                        }
                        None => {
                            if let Some(stem) = rest.strip_suffix(ext) {
                                out.insert((stem.to_string(), false));
                            }
                        }
                    }
                }
            }
            PackSource::Dir(dir) => {
                for e in fs::read_dir(dir.join(&prefix))
                    .into_iter()
                    .flatten()
                    .flatten()
                {
                    let Ok(name) = e.file_name().into_string() else {
                        continue;
                    };
                    if name.starts_with('.') || name == "__pycache__" {
                        continue;
                    }
                    let path = e.path();
                    if path.is_dir() {
                        out.insert((name, true));
                    } else if let Some(stem) = name.strip_suffix(ext)
                        && path.is_file()
                    {
                        out.insert((stem.to_string(), false));
                    }
                }
            }
        }
        out.into_iter().collect()
    }

    /// Every `<topic>/<name>` holding an `exercise.yaml`.
    fn exercise_dirs(&self) -> BTreeSet<String> {
        match &self.source {
            PackSource::Builtin => Builtin::iter()
                .filter_map(|p| {
                    let id = p.strip_suffix(&format!("/{SPEC_FILE}"))?.to_string();
                    (id.matches('/').count() == 1).then_some(id)
                })
                .collect(),
            PackSource::Dir(dir) => {
                let mut ids = BTreeSet::new();
                for topic in subdirs(dir) {
                    for name in subdirs(&dir.join(&topic)) {
                        if dir.join(&topic).join(&name).join(SPEC_FILE).is_file() {
                            ids.insert(format!("{topic}/{name}"));
                        }
                    }
                }
                ids
            }
        }
    }
}

fn subdirs(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| !n.starts_with('.') && !n.starts_with('_'))
        .collect()
}

pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
