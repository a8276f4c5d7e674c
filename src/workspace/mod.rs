//! A learner's practice workspace: the folder `grader init` makes, holding
//! one `<topic>/<name>.py` per exercise and grader's own files under
//! `.grader/` (the marker `workspace.json` and `progress.json`).
//!
//! Everything here is plain synchronous file work; nothing runs Python.

pub mod progress;
pub mod starter;

use std::io::Write as _;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::spec::Pack;

/// Where grader keeps its own files inside a workspace.
pub const STATE_DIR: &str = ".grader";
/// The marker that makes a folder a workspace.
pub const MARKER_FILE: &str = "workspace.json";
/// The marker's format version; bumped only for incompatible changes.
pub const MARKER_VERSION: u32 = 1;
/// `grader init` with no folder makes this one.
pub const DEFAULT_DIR: &str = "python-practice";

/// `.grader/workspace.json`.  Unknown fields are kept out of the way rather
/// than refused, so a newer grader can add some without breaking this one.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Marker {
    pub version: u32,
    /// The grader that last wrote the marker, for diagnosis only.
    #[serde(default)]
    pub grader: String,
    /// The pack the workspace follows: `None` for the one built into grader.
    #[serde(default)]
    pub exercises: Option<PathBuf>,
}

impl Marker {
    pub fn new(exercises: Option<PathBuf>) -> Marker {
        Marker {
            version: MARKER_VERSION,
            grader: format!("grader {}", env!("CARGO_PKG_VERSION")),
            exercises,
        }
    }
}

/// An opened workspace.
#[derive(Debug, Clone)]
pub struct Workspace {
    /// The workspace folder, canonical (symlinks resolved), so paths from
    /// file-system events and from the command line compare equal.
    pub root: PathBuf,
    pub marker: Marker,
}

impl Workspace {
    /// The workspace holding `start` (a file or a folder), searching upwards
    /// like git does.  `Ok(None)` when there is none.
    pub fn find(start: &Path) -> Result<Option<Workspace>, String> {
        let start = canonical_existing(start);
        for dir in start.ancestors() {
            let marker = dir.join(STATE_DIR).join(MARKER_FILE);
            if marker.is_file() {
                return Workspace::open(dir).map(Some);
            }
        }
        Ok(None)
    }

    /// Opens the workspace whose root is `root`.
    pub fn open(root: &Path) -> Result<Workspace, String> {
        let path = root.join(STATE_DIR).join(MARKER_FILE);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let marker: Marker = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{} is not a workspace marker grader can read ({e}); \
                 run `grader init {}` to rewrite it",
                path.display(),
                root.display()
            )
        })?;
        if marker.version > MARKER_VERSION {
            return Err(format!(
                "{} was written by a newer grader (format {}, this grader reads {MARKER_VERSION}); \
                 upgrade grader",
                path.display(),
                marker.version
            ));
        }
        let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        Ok(Workspace { root, marker })
    }

    /// Makes `root` a workspace (creating it), writing the marker.
    pub fn create(root: &Path, marker: Marker) -> Result<Workspace, String> {
        let state = root.join(STATE_DIR);
        std::fs::create_dir_all(&state)
            .map_err(|e| format!("cannot create {}: {e}", state.display()))?;
        let mut text = serde_json::to_string_pretty(&marker)
            .map_err(|e| format!("cannot encode the workspace marker: {e}"))?;
        text.push('\n');
        write_atomic(&state.join(MARKER_FILE), text.as_bytes())?;
        let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        Ok(Workspace { root, marker })
    }

    pub fn state_dir(&self) -> PathBuf {
        self.root.join(STATE_DIR)
    }

    /// The learner's file for exercise `id`: `<root>/<topic>/<name>.py`, or
    /// the folder `<root>/<topic>/<name>/` of a project exercise.
    pub fn file_for(&self, id: &str) -> PathBuf {
        let dir = self.root.join(id);
        if dir.is_dir() {
            return dir;
        }
        // A notebook or a quiz's answers, when that is what the folder holds.
        ["ipynb", "toml"]
            .iter()
            .map(|ext| self.root.join(format!("{id}.{ext}")))
            .find(|p| p.is_file())
            .unwrap_or_else(|| self.root.join(format!("{id}.py")))
    }

    /// The exercise a path is the workspace file of, if it is one: the path
    /// must be exactly `<root>/<topic>/<name>.py`.
    pub fn id_of(&self, path: &Path) -> Option<String> {
        self.module_id_of(path).or_else(|| self.project_id_of(path))
    }

    /// A project exercise's folder `<root>/<topic>/<name>/`, or any path
    /// inside it.
    fn project_id_of(&self, path: &Path) -> Option<String> {
        let ok = |s: &str| crate::spec::is_slug(s);
        for anc in path.ancestors() {
            let canon = canonical_existing(anc);
            let Some(topic_dir) = canon.parent() else {
                continue;
            };
            if topic_dir.parent() != Some(self.root.as_path()) {
                continue;
            }
            if !canon.is_dir() {
                return None;
            }
            let name = canon.file_name()?.to_str()?;
            let topic = topic_dir.file_name()?.to_str()?;
            return (ok(topic) && ok(name)).then(|| format!("{topic}/{name}"));
        }
        None
    }

    fn module_id_of(&self, path: &Path) -> Option<String> {
        let file = path.file_name()?.to_str()?;
        let name = [".py", ".ipynb", ".toml"]
            .iter()
            .find_map(|ext| file.strip_suffix(ext))?;
        // The file itself may be mid-save (renamed away); its folder is not.
        let topic_dir = canonical_existing(path.parent()?);
        if topic_dir.parent()? != self.root {
            return None;
        }
        let topic = topic_dir.file_name()?.to_str()?;
        let ok = |s: &str| crate::spec::is_slug(s);
        (ok(topic) && ok(name)).then(|| format!("{topic}/{name}"))
    }

    /// The pack this workspace follows, unless the command line names one.
    pub fn pack_dir(&self) -> Option<&Path> {
        self.marker.exercises.as_deref()
    }

    /// How to name `path` for someone working in `cwd`: relative when that
    /// is shorter to read, absolute otherwise.
    pub fn show_path(path: &Path, cwd: &Path) -> String {
        relative(path, cwd)
            .filter(|r| {
                r.components()
                    .filter(|c| *c == Component::ParentDir)
                    .count()
                    <= 2
            })
            .unwrap_or_else(|| path.to_path_buf())
            .display()
            .to_string()
    }
}

/// The pack's exercise ids that are not yet (or no longer) in the workspace.
pub fn missing_files(ws: &Workspace, pack: &Pack) -> Vec<String> {
    pack.ids
        .iter()
        .filter(|id| !ws.file_for(id).exists())
        .cloned()
        .collect()
}

/// `path` made canonical as far as it exists; the rest is appended as is.
pub fn canonical_existing(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut tail = Vec::new();
    let mut cur = abs.as_path();
    loop {
        if let Ok(c) = cur.canonicalize() {
            let mut out = c;
            for part in tail.iter().rev() {
                out.push(part);
            }
            return out;
        }
        match (cur.parent(), cur.file_name()) {
            (Some(parent), Some(name)) => {
                tail.push(name.to_os_string());
                cur = parent;
            }
            _ => return abs,
        }
    }
}

/// `path` relative to `base` (both made canonical first), with `..` steps.
pub fn relative(path: &Path, base: &Path) -> Option<PathBuf> {
    let path = canonical_existing(path);
    let base = canonical_existing(base);
    let mut p = path.components().peekable();
    let mut b = base.components().peekable();
    while let (Some(x), Some(y)) = (p.peek(), b.peek()) {
        if x != y {
            break;
        }
        p.next();
        b.next();
    }
    let mut out = PathBuf::new();
    for c in b {
        match c {
            Component::Normal(_) => out.push(".."),
            _ => return None,
        }
    }
    for c in p {
        out.push(c);
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    Some(out)
}

/// Writes `bytes` to `path` so that readers see the old file or the new one,
/// never a half-written one: a temporary file in the same folder, flushed to
/// disk, then renamed over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".tmp-");
    // Temporary files are private by default; the result should look like
    // any file the learner saves (or keep the mode of the one it replaces).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| format!("cannot create a temporary file in {}: {e}", dir.display()))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| format!("cannot write {}: {e}", tmp.path().display()))?;
    tmp.persist(path)
        .map_err(|e| format!("cannot replace {}: {}", path.display(), e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        let dir = tempfile::tempdir().expect("tmp");
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/b")).expect("mkdir");
        std::fs::create_dir_all(root.join("c")).expect("mkdir");
        assert_eq!(
            relative(&root.join("a/b/x.py"), root),
            Some(PathBuf::from("a/b/x.py"))
        );
        assert_eq!(
            relative(&root.join("a/b/x.py"), &root.join("c")),
            Some(PathBuf::from("../a/b/x.py"))
        );
        assert_eq!(relative(root, root), Some(PathBuf::from(".")));
    }

    #[test]
    fn find_walks_upwards_and_id_of_needs_the_exact_layout() {
        let dir = tempfile::tempdir().expect("tmp");
        let root = dir.path().join("ws");
        let ws = Workspace::create(&root, Marker::new(None)).expect("create");
        std::fs::create_dir_all(root.join("decorators/deeper")).expect("mkdir");
        let found = Workspace::find(&root.join("decorators/deeper"))
            .expect("ok")
            .expect("found");
        assert_eq!(found.root, ws.root);
        assert_eq!(
            ws.id_of(&root.join("decorators/timing.py")).as_deref(),
            Some("decorators/timing")
        );
        // A folder `<topic>/<name>/` is a project exercise's: any path in it
        // names that exercise (callers keep only the pack's ids).
        assert_eq!(
            ws.id_of(&root.join("decorators/deeper/pkg/timing.py"))
                .as_deref(),
            Some("decorators/deeper")
        );
        assert_eq!(ws.id_of(&root.join("decorators")), None);
        assert_eq!(ws.id_of(&root.join("timing.py")), None);
        assert_eq!(ws.id_of(&root.join("decorators/timing.txt")), None);
        assert!(Workspace::find(dir.path()).expect("no error").is_none());
    }

    #[test]
    fn a_newer_marker_is_refused_with_advice() {
        let dir = tempfile::tempdir().expect("tmp");
        let mut marker = Marker::new(None);
        marker.version = MARKER_VERSION + 1;
        Workspace::create(dir.path(), marker).expect("create");
        let err = Workspace::open(dir.path()).expect_err("newer");
        assert!(err.contains("upgrade grader"), "{err}");
    }
}
