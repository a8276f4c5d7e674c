//! The exercise-pack format: `exercises/topics.yaml` and one
//! `exercises/<topic>/<name>/exercise.yaml` per exercise.
//!
//! Every struct denies unknown keys, so a misspelt key is an error that names
//! its line instead of a silently ignored setting.

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

/// `exercises/topics.yaml`: the topics in roadmap order.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicsFile {
    pub topics: Vec<Topic>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Folder name under `exercises/`, e.g. `decorators`.
    pub id: Spanned<String>,
    pub title: String,
    /// Where the topic sits in the roadmap, e.g. `1. Core Python Concepts`.
    pub section: String,
    /// What of the topic cannot be graded here, and why (shown by `list`
    /// and in the catalogue, rather than faking it).
    #[serde(default)]
    pub not_graded: Option<String>,
}

/// One `exercise.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseFile {
    /// `module` (the default: one file imported as `solution`) or `project`
    /// (a folder; see `crate::kinds`).
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    /// Toolchain packages the exercise needs (`toolchain.yaml` names them).
    #[serde(default)]
    pub uses: Vec<Spanned<String>>,
    /// Servers the run needs (`postgres`, `redis`; see `crate::services`).
    #[serde(default)]
    pub services: Vec<Spanned<String>>,
    /// Project exercises: commands run once, in order, before the cases.
    #[serde(default)]
    pub setup_steps: Vec<Spanned<Vec<String>>>,
    pub title: String,
    pub difficulty: Spanned<u8>,
    /// Markdown shown by `grader show`.
    pub statement: String,
    /// The names and signatures the learner must define, as Python.
    pub interface: String,
    /// Oldest Python the exercise supports, `"3.9"` style.
    #[serde(default)]
    pub python: Option<Spanned<String>>,
    #[serde(default)]
    pub limits: LimitsSpec,
    #[serde(default)]
    pub hints: Vec<String>,
    /// Python run before every case, in the case's namespace.
    #[serde(default)]
    pub setup: Option<String>,
    /// An optional static check of the learner's file (mypy).
    #[serde(default)]
    pub static_check: Option<StaticCheckSpec>,
    /// The exercise's share of a class grade (default 1).
    #[serde(default)]
    pub weight: Option<Spanned<f64>>,
    /// Run the cases one at a time, never beside each other (cases that
    /// compare timings or count the machine's processes).
    #[serde(default)]
    pub alone: bool,
    /// `kind: tests`: the module under test, its mutants and equivalents.
    #[serde(default)]
    pub tests: Option<crate::kinds::tests::TestsFile>,
    /// Every kind but `quiz`, `tests` and `repo` needs cases (their
    /// questions, mutants or checks are their cases).
    #[serde(default)]
    pub cases: Vec<CaseSpec>,
    /// `kind: repo`: the recipe of the starting repository and the checks
    /// of its final state (see `crate::kinds::repo`).
    #[serde(default)]
    pub repo: Option<crate::kinds::repo::spec::RepoSpec>,
    /// `kind: quiz`: the questions and their answer keys.
    #[serde(default)]
    pub quiz: Option<crate::kinds::quiz::QuizSpec>,
}

/// `static_check:` in exercise.yaml.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaticCheckSpec {
    /// The tool; only `mypy` is known.
    pub tool: Spanned<String>,
    /// Its options, e.g. `[--strict]`.
    #[serde(default)]
    pub args: Vec<String>,
}

/// Limits as written in YAML; every field optional so that defaults and
/// per-case overrides can be layered.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsSpec {
    /// Wall-clock seconds per case.
    #[serde(default)]
    pub time: Option<Spanned<f64>>,
    /// Wall-clock seconds for the whole exercise.
    #[serde(default)]
    pub total_time: Option<Spanned<f64>>,
    /// Address-space limit in MiB.
    #[serde(default)]
    pub memory_mb: Option<Spanned<u64>>,
    /// Captured bytes per stream per case, in KiB.
    #[serde(default)]
    pub output_kb: Option<Spanned<u64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseSpec {
    pub name: Spanned<String>,
    /// Python run with the learner's code in scope.  A project case has
    /// either `code` or `run`.
    #[serde(default)]
    pub code: Option<String>,
    /// Project exercises: a command run in a copy of the project.
    #[serde(default)]
    pub run: Option<Vec<String>>,
    /// With `run`: the exit status the command must end with (default 0).
    #[serde(default)]
    pub exit: Option<Spanned<i32>>,
    /// With `run`: what the command must print to stderr.
    #[serde(default)]
    pub expect_stderr: Option<String>,
    /// Project cases: files the case must leave behind.
    #[serde(default)]
    pub files: Vec<Spanned<FileSpec>>,
    /// What `code` must print.  Exactly one of `expect` and `expect_sha256`.
    #[serde(default)]
    pub expect: Option<String>,
    /// A sealed expectation, written by `grader seal` for hidden cases.
    #[serde(default)]
    pub expect_sha256: Option<Spanned<SealSpec>>,
    #[serde(default)]
    pub hidden: bool,
    /// One line, in the statement's words, naming the requirement the case
    /// checks; shown when a hidden case fails (never anything learner-made).
    #[serde(default)]
    pub explain: Option<String>,
    /// The case's share of the exercise's score (default 1).
    #[serde(default)]
    pub points: Option<Spanned<f64>>,
    #[serde(default)]
    pub compare: Compare,
    /// With `compare: numeric`: the absolute and relative tolerance.
    #[serde(default)]
    pub tolerance: Option<Spanned<f64>>,
    #[serde(default)]
    pub limits: LimitsSpec,
}

/// One expectation on the files a project case leaves in its copy of the
/// project: `{path, exists?, content?}` or `{glob, count?}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSpec {
    #[serde(default)]
    pub path: Option<String>,
    #[serde(default)]
    pub glob: Option<String>,
    #[serde(default)]
    pub exists: Option<bool>,
    #[serde(default)]
    pub content: Option<String>,
    #[serde(default)]
    pub count: Option<u32>,
}

/// `expect_sha256: {salt: <hex>, digest: <hex>}`: the SHA-256 digest of the
/// salted, normalised expected output (see `judge::sealed_digest`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealSpec {
    pub salt: Spanned<String>,
    pub digest: Spanned<String>,
}

/// How a case's printed output is compared with `expect`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Compare {
    /// Byte-for-byte.
    Exact,
    /// Trailing spaces on each line and trailing blank lines are ignored.
    #[default]
    TrailingWhitespace,
    /// Numbers compared within `tolerance`, everything else as text.
    Numeric,
    /// The same lines in any order.
    UnorderedLines,
}
