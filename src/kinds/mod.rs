//! Exercise kinds: what a submission is and how it is graded.  Every command
//! that touches submissions (check, verify, grade, watch, drill, init) goes
//! through this one interface, so a new kind is one new module here:
//!
//! - [`Submission::read`]: a learner's file or folder, from disk;
//! - [`PackFiles`]: the pack's reference, starter, accepted and wrong
//!   submissions of an exercise;
//! - [`grade`]: run and judge a submission.
//!
//! One module per kind: `module` (one file imported as `solution`),
//! `project` (a folder, with commands as cases), `tests` (a test suite
//! graded by the mutants it catches), `repo` (a git repository graded by
//! its state), `notebook` (code cells run in order), `quiz` (answers to
//! conceptual questions).

pub mod module;
pub mod notebook;
pub mod patch;
pub mod project;
pub mod quiz;
pub mod repo;
pub mod tests;

use std::collections::BTreeMap;
use std::path::Path;

use crate::interpreter::Interpreter;
use crate::judge::{Audience, ExerciseResult};
use crate::sandbox::Sandbox;
use crate::spec::{Exercise, Form, Kind, Pack};
use crate::toolchain;

/// Largest project accepted, all files together, and most files.
pub const MAX_PROJECT_BYTES: u64 = 8 << 20;
pub const MAX_PROJECT_FILES: usize = 2000;

/// Folders never taken from a learner's project: tool caches and envs.
const SKIPPED_DIRS: &[&str] = &[
    ".git",
    "__pycache__",
    ".venv",
    "venv",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".tox",
    "build",
    "dist",
    ".grader",
];

/// A project's files: relative path (with `/`) → bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tree {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Tree {
    /// Every `.py` file, for similarity and quoting.
    pub fn python_files(&self) -> impl Iterator<Item = (&String, &Vec<u8>)> {
        self.files.iter().filter(|(p, _)| p.ends_with(".py"))
    }

    /// Writes the tree under `dir` (which must exist).
    pub fn write_to(&self, dir: &Path) -> std::io::Result<()> {
        for (rel, bytes) in &self.files {
            let path = dir.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, bytes)?;
        }
        Ok(())
    }

    /// Reads a folder from disk, skipping caches, links and hidden folders.
    pub fn read_dir(root: &Path) -> Result<Tree, String> {
        let mut tree = Tree::default();
        let mut total = 0u64;
        let mut stack = vec![(root.to_path_buf(), String::new())];
        while let Some((dir, prefix)) = stack.pop() {
            let entries = std::fs::read_dir(&dir)
                .map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
            for e in entries.flatten() {
                let Ok(name) = e.file_name().into_string() else {
                    continue;
                };
                let Ok(kind) = e.file_type() else { continue };
                let rel = format!("{prefix}{name}");
                if kind.is_dir() {
                    if !SKIPPED_DIRS.contains(&name.as_str()) && !name.ends_with(".egg-info") {
                        stack.push((e.path(), format!("{rel}/")));
                    }
                } else if kind.is_file() && !name.ends_with(".pyc") {
                    let len = e.metadata().map(|m| m.len()).unwrap_or(0);
                    total += len;
                    if total > MAX_PROJECT_BYTES || tree.files.len() >= MAX_PROJECT_FILES {
                        return Err(format!(
                            "{} is larger than a project may be ({} files, {} MiB at most); remove build output and data files",
                            root.display(),
                            MAX_PROJECT_FILES,
                            MAX_PROJECT_BYTES >> 20
                        ));
                    }
                    let bytes = std::fs::read(e.path())
                        .map_err(|err| format!("cannot read {}: {err}", e.path().display()))?;
                    tree.files.insert(rel, bytes);
                }
                // Symbolic links are never followed out of the project.
            }
        }
        Ok(tree)
    }
}

/// What a learner hands in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submission {
    /// One Python file (`kind: module`).
    Module(Vec<u8>),
    /// A project folder (`kind: project`).
    Project(Tree),
    /// A test suite's folder (`kind: tests`).
    Tests(Tree),
    /// A git repository's folder, `.git` included, or (the pack's own)
    /// commands replayed on the recipe (`kind: repo`).
    Repo(repo::Work),
    /// A `.ipynb` file (`kind: notebook`).
    Notebook(Vec<u8>),
    /// A `.toml` file of answers (`kind: quiz`).
    Quiz(Vec<u8>),
}

impl Submission {
    /// Reads the learner's file or folder for `exercise`.
    pub fn read(exercise: &Exercise, path: &Path) -> Result<Submission, String> {
        if exercise.kind.is_folder() && !path.is_dir() {
            return Err(format!(
                "{} is a {} exercise: give its folder, e.g. {}/",
                exercise.id,
                exercise.kind.name(),
                exercise.id
            ));
        }
        match exercise.kind {
            Kind::Module => module::read(path).map(Submission::Module),
            Kind::Project => Tree::read_dir(path).map(Submission::Project),
            Kind::Tests => tests::read(path).map(Submission::Tests),
            Kind::Repo => repo::read(path).map(Submission::Repo),
            Kind::Notebook => notebook::read(path).map(Submission::Notebook),
            Kind::Quiz => quiz::read(path).map(Submission::Quiz),
        }
    }

    /// The Python text of the submission, file by file (`similarity`, quoting).
    /// A single file's bytes handed in for `exercise`: a module, or a
    /// mistake (a project is handed in as its folder).
    pub fn read_bytes(exercise: &Exercise, bytes: Vec<u8>) -> Result<Submission, String> {
        match exercise.kind {
            Kind::Module => Ok(Submission::Module(bytes)),
            Kind::Notebook => Ok(Submission::Notebook(bytes)),
            Kind::Quiz => Ok(Submission::Quiz(bytes)),
            kind => Err(format!(
                "{} is a {} exercise: hand in its folder, {}/",
                exercise.id,
                kind.name(),
                exercise.id
            )),
        }
    }

    /// What the workspace records of a checked submission: a file's bytes;
    /// nothing for a folder (recorded whatever its content).
    pub fn recorded(&self) -> &[u8] {
        match self {
            Submission::Module(b) | Submission::Notebook(b) | Submission::Quiz(b) => b,
            Submission::Project(_) | Submission::Tests(_) | Submission::Repo(_) => &[],
        }
    }

    /// How a pack's own submission of `id` is named in reports.
    pub fn display_for(&self, id: &str) -> String {
        match self {
            Submission::Module(_) | Submission::Notebook(_) | Submission::Quiz(_) => id.to_string(),
            Submission::Project(_) | Submission::Tests(_) | Submission::Repo(_) => format!("{id}/"),
        }
    }

    pub fn python_sources(&self) -> Vec<(String, String)> {
        match self {
            Submission::Module(b) => vec![(String::new(), String::from_utf8_lossy(b).into_owned())],
            Submission::Repo(w) => w.python_sources(),
            Submission::Project(t) | Submission::Tests(t) => t
                .python_files()
                .map(|(p, b)| (p.clone(), String::from_utf8_lossy(b).into_owned()))
                .collect(),
            Submission::Notebook(b) => vec![(String::new(), notebook::python_source(b))],
            Submission::Quiz(_) => Vec::new(),
        }
    }
}

/// An exercise's submissions as the pack ships them.
pub struct PackFiles<'a> {
    pub pack: &'a Pack,
    pub exercise: &'a Exercise,
}

/// One accepted or wrong variant: its name for messages, and the submission
/// (or why it could not be built, e.g. a patch that does not apply).
pub struct Variant {
    pub name: String,
    pub display: String,
    pub submission: Result<Submission, String>,
}

impl PackFiles<'_> {
    /// `solution.py` or `solution/`; `None` when absent (a sealed pack).
    pub fn reference(&self) -> Option<Submission> {
        self.named("solution")
    }

    /// `starter.py` or `starter/`.
    pub fn starter(&self) -> Option<Submission> {
        self.named("starter")
    }

    /// How the reference or starter is named in messages.
    pub fn display(&self, which: &str) -> String {
        if self.exercise.kind == Kind::Repo {
            return repo::display(self.pack, self.exercise, which);
        }
        match self.exercise.kind.form() {
            Form::File(ext) => self
                .pack
                .display(&format!("{}/{which}.{ext}", self.exercise.id)),
            Form::Folder => self.pack.display(&format!("{}/{which}/", self.exercise.id)),
        }
    }

    fn named(&self, which: &str) -> Option<Submission> {
        let id = &self.exercise.id;
        match self.exercise.kind {
            Kind::Module => self
                .pack
                .read(&format!("{id}/{which}.py"))
                .map(Submission::Module),
            Kind::Project => {
                let tree = self.pack.tree(&format!("{id}/{which}"));
                (!tree.files.is_empty()).then_some(Submission::Project(tree))
            }
            Kind::Tests => tests::named(self.pack, self.exercise, which),
            Kind::Repo => repo::named(self.pack, self.exercise, which),
            Kind::Notebook => notebook::named(self.pack, self.exercise, which),
            Kind::Quiz => quiz::named(self.pack, self.exercise, which),
        }
    }

    /// `accepted/` or `wrong/` variants, sorted by name.
    pub fn variants(&self, sub: &str) -> Vec<Variant> {
        match self.exercise.kind {
            Kind::Module => module::variants(self.pack, self.exercise, sub),
            Kind::Project => project::variants(self.pack, self.exercise, sub, || self.reference()),
            Kind::Tests => tests::variants(self.pack, self.exercise, sub),
            Kind::Repo => repo::variants(self.pack, self.exercise, sub),
            Kind::Notebook => notebook::variants(self.pack, self.exercise, sub),
            Kind::Quiz => quiz::variants(self.pack, self.exercise, sub),
        }
    }
}

/// The file `grader init` writes for an exercise handed in as one file:
/// its path in the workspace (`<topic>/<name>.<ext>`) and its text; `None`
/// for a folder, or when the pack has no readable starter.
pub fn starter_file(pack: &Pack, ex: &Exercise) -> Option<(String, String)> {
    let text = match ex.kind {
        Kind::Module => {
            let raw = pack.read(&format!("{}/starter.py", ex.id))?;
            crate::workspace::starter::render(ex, &String::from_utf8(raw).ok()?)
        }
        Kind::Notebook => notebook::starter_text(pack, ex)?,
        Kind::Quiz => quiz::starter_for(pack, ex)?,
        Kind::Project | Kind::Tests | Kind::Repo => return None,
    };
    match ex.kind.form() {
        Form::File(ext) => Some((format!("{}.{ext}", ex.id), text)),
        Form::Folder => None,
    }
}

/// Everything a grading run needs from the machine.
pub struct Env<'a> {
    pub interpreter: &'a Interpreter,
    pub sandbox: &'a Sandbox,
    pub toolchain: &'a toolchain::State,
    /// The command that installs the toolchain, for "not graded" messages.
    pub install_hint: &'a str,
    /// A learner waits on this one result (`check`, `watch`, `drill`).
    pub interactive: bool,
    /// Visible and hidden cases may run at once (see
    /// `runner::Layout::split_for`).
    pub overlap: bool,
}

impl Env<'_> {
    /// Why `exercise` cannot be fully graded here, or `None`.
    pub fn missing(&self, exercise: &Exercise) -> Option<String> {
        toolchain::missing_for(self.toolchain, &exercise.uses, self.install_hint)
    }
}

/// Runs and judges `submission` against `exercise`.
pub async fn grade(
    env: &Env<'_>,
    exercise: &Exercise,
    submission: &Submission,
    display: &str,
    audience: Audience,
    warm: Option<&mut crate::runner::Warm>,
) -> Result<ExerciseResult, crate::error::Error> {
    match (exercise.kind, submission) {
        (Kind::Module, Submission::Module(source)) => {
            module::grade(env, exercise, source, display, audience, warm).await
        }
        (Kind::Project, Submission::Project(tree)) => {
            project::grade(env, exercise, tree, display, audience).await
        }
        (Kind::Tests, Submission::Tests(tree)) => {
            tests::grade(env, exercise, tree, display, audience).await
        }
        (Kind::Repo, Submission::Repo(work)) => {
            repo::grade(env, exercise, work, display, audience).await
        }
        (Kind::Notebook, Submission::Notebook(bytes)) => {
            notebook::grade(env, exercise, bytes, display, audience).await
        }
        (Kind::Quiz, Submission::Quiz(bytes)) => {
            quiz::grade(env, exercise, bytes, display, audience).await
        }
        (kind, _) => Ok(ExerciseResult::refused(
            exercise,
            display,
            crate::judge::Problem {
                message: format!(
                    "{} is a {} exercise; give {}",
                    exercise.id,
                    kind.name(),
                    kind.hand_in()
                ),
                location: None,
                column: None,
                hint: None,
            },
        )),
    }
}
