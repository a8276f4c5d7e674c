//! The class report: one entry per student, each exercise in the core JSON
//! schema plus its weighted points.  `grader grade` builds it, writes it as
//! JSON and reads it back for `--resume`; `grader merge` combines shard
//! reports into one.  Every other class format is rendered from it, so a
//! merged report renders exactly like a single run.  Plain synchronous code.

mod merge;
pub mod policy;
pub mod timestamp;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::judge::{ExerciseResult, Location, Problem, Status, Verdict};
use crate::roster::Note;
use crate::spec::Exercise;
use crate::spec::seal::hex_encode;

pub use merge::merge;
pub use policy::{Lateness, Policy};

/// The JSON schema version, shared with `grader check --format json`.
pub const SCHEMA_VERSION: u32 = crate::report::json::SCHEMA_VERSION;
/// `kind` of a class report, telling it apart from a `check` report.
pub const KIND: &str = "class";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClassReport {
    pub schema: u32,
    pub kind: String,
    pub grader: String,
    pub python: Option<String>,
    pub sandbox: Vec<String>,
    /// False when the run was interrupted or a merge lacks a shard: some
    /// students are missing, and `--resume` will grade them.
    pub complete: bool,
    /// `--shard K/N` of the run; `null` for a whole class or a merge.
    pub shard: Option<Shard>,
    /// Everything the grades depend on besides the students' files: grader
    /// and Python versions, the sandbox, each exercise's spec.
    pub fingerprint: String,
    pub assignment: Vec<Assigned>,
    /// The assignment file's title and deadline rules (`--assignment`);
    /// `null` without one.
    #[serde(default)]
    pub policy: Option<Policy>,
    /// About the submissions as a whole (a stray file beside the student folders).
    pub notes: Vec<Note>,
    pub students: Vec<StudentEntry>,
    pub summary: ClassSummary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

/// One exercise of the assignment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assigned {
    pub id: String,
    pub title: String,
    /// The most a student can earn for it.
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudentEntry {
    pub student: String,
    /// Where the files were found (a folder, or a manifest line).
    pub source: String,
    /// The manifest's other columns (student id, email, section …), as written.
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    /// When the work was handed in (RFC 3339): the manifest's
    /// `submitted_at`, or with `--single` the repository's last commit.
    #[serde(default)]
    pub submitted_at: Option<String>,
    /// Against the assignment's due date; `null` without one.  `score` is
    /// after the penalty, `late.score_before` before it.
    #[serde(default)]
    pub late: Option<Lateness>,
    /// A digest of the student's files as graded; `null` when the grader
    /// itself failed on one of them, so `--resume` grades the student again.
    pub fingerprint: Option<String>,
    /// Points earned: the sum of each exercise's `points`, less any late penalty.
    pub score: f64,
    /// The sum of the assignment's weights.
    pub max_score: f64,
    /// `score / max_score` as a percentage, 0 when nothing can be earned.
    pub percent: f64,
    pub notes: Vec<Note>,
    pub exercises: Vec<ExerciseEntry>,
    pub summary: StudentSummary,
}

/// An exercise's status in a class report: the core statuses, plus `missing`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExerciseStatus {
    Passed,
    Failed,
    Error,
    Missing,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseEntry {
    pub id: String,
    pub title: String,
    /// The student's file; `null` when missing.
    pub file: Option<String>,
    pub status: ExerciseStatus,
    /// Passed points over all points, 0..=1.
    pub score: f64,
    pub weight: f64,
    /// `weight × score`: what the student earned.
    pub points: f64,
    /// SHA-256 of the file as graded.
    pub sha256: Option<String>,
    pub error: Option<Problem>,
    pub cases: Vec<CaseEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseEntry {
    pub name: String,
    pub hidden: bool,
    pub points: f64,
    pub status: Verdict,
    pub duration_ms: u64,
    pub message: Option<String>,
    /// Visible cases only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub traceback: Vec<Location>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StudentSummary {
    pub exercises: usize,
    pub passed: usize,
    pub failed: usize,
    pub errors: usize,
    pub missing: usize,
    pub cases: usize,
    pub cases_passed: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClassSummary {
    pub students: usize,
    /// Students who passed every exercise.
    pub students_passed: usize,
    pub mean_percent: f64,
    pub exercises: usize,
    pub passed: usize,
    pub failed: usize,
    pub errors: usize,
    pub missing: usize,
}

/// What a student handed in for one exercise, as far as resuming is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    Missing,
    /// SHA-256 of the bytes graded.
    Content(String),
    /// Never graded, for this reason.
    Refused(String),
}

/// Hex SHA-256 of some bytes.  SHA-256 rather than std's hasher because the
/// digest is stored in reports and compared across runs and machines: it
/// must never change with the Rust version, and a student must not be able
/// to craft a different file with the same digest to keep an old grade.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex_encode(&Sha256::digest(bytes))
}

/// A digest of everything `--resume` must see unchanged to keep a
/// student's grades: their files (or why each was refused), the notes, and
/// the manifest's facts about them (other columns, submission time).
pub fn student_fingerprint(
    name: &str,
    evidence: &[(String, Evidence)],
    notes: &[Note],
    facts: &[(&str, &str)],
) -> String {
    let mut h = Sha256::new();
    let mut field = |s: &str| {
        h.update((s.len() as u64).to_be_bytes());
        h.update(s.as_bytes());
    };
    field(name);
    for (k, v) in facts {
        field(k);
        field(v);
    }
    for (id, e) in evidence {
        field(id);
        match e {
            Evidence::Missing => field("missing"),
            Evidence::Content(sha) => {
                field("content");
                field(sha);
            }
            Evidence::Refused(why) => {
                field("refused");
                field(why);
            }
        }
    }
    for n in notes {
        field(&n.path);
        field(&n.message);
    }
    hex_encode(&h.finalize())
}

/// A digest of what grades depend on besides the files: grader and Python
/// versions, the sandbox layers, and each assigned exercise's spec text.
pub fn run_fingerprint(
    python: Option<&str>,
    sandbox: &[&str],
    specs: &[(String, Vec<u8>)],
    assignment_file: Option<&str>,
) -> String {
    let mut h = Sha256::new();
    let mut field = |b: &[u8]| {
        h.update((b.len() as u64).to_be_bytes());
        h.update(b);
    };
    field(env!("CARGO_PKG_VERSION").as_bytes());
    field(python.unwrap_or("").as_bytes());
    for layer in sandbox {
        field(layer.as_bytes());
    }
    for (id, text) in specs {
        field(id.as_bytes());
        field(text);
    }
    if let Some(text) = assignment_file {
        field(b"assignment");
        field(text.as_bytes());
    }
    hex_encode(&h.finalize())
}

/// Rounds to 6 decimals, so reports read `0.75`, not `0.7500000000000001`.
/// (`+ 0.0` turns the `-0.0` of an empty float sum into `0`.)
pub fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6 + 0.0
}

impl ExerciseEntry {
    /// A graded submission.
    pub fn graded(ex: &Exercise, result: &ExerciseResult, sha256: String) -> ExerciseEntry {
        let status = match result.status {
            Status::Passed => ExerciseStatus::Passed,
            Status::Failed => ExerciseStatus::Failed,
            // Part of it could not be graded on this machine: not a grade.
            Status::Error | Status::NotGraded => ExerciseStatus::Error,
        };
        ExerciseEntry {
            id: ex.id.clone(),
            title: ex.title.clone(),
            file: Some(result.file.clone()),
            status,
            score: round6(result.score),
            weight: ex.weight,
            points: round6(ex.weight * result.score),
            sha256: Some(sha256),
            error: result.problem.clone(),
            cases: result
                .cases
                .iter()
                .map(|c| CaseEntry {
                    name: c.name.clone(),
                    hidden: c.hidden,
                    points: c.points,
                    status: c.verdict,
                    duration_ms: u64::try_from(c.duration.as_millis()).unwrap_or(u64::MAX),
                    message: c.message.clone(),
                    diff: if c.hidden { None } else { c.diff.clone() },
                    traceback: c.traceback.clone(),
                })
                .collect(),
        }
    }

    /// A file that was never run; `message` says why.
    pub fn refused(
        ex: &Exercise,
        file: &str,
        message: String,
        hint: Option<String>,
    ) -> ExerciseEntry {
        ExerciseEntry {
            error: Some(Problem {
                message,
                location: None,
                column: None,
                hint,
            }),
            ..ExerciseEntry::blank(ex, Some(file.to_string()), ExerciseStatus::Error)
        }
    }

    /// Nothing handed in.
    pub fn missing(ex: &Exercise) -> ExerciseEntry {
        ExerciseEntry::blank(ex, None, ExerciseStatus::Missing)
    }

    /// An entry with no points and no cases.
    fn blank(ex: &Exercise, file: Option<String>, status: ExerciseStatus) -> ExerciseEntry {
        ExerciseEntry {
            id: ex.id.clone(),
            title: ex.title.clone(),
            file,
            status,
            score: 0.0,
            weight: ex.weight,
            points: 0.0,
            sha256: None,
            error: None,
            cases: Vec::new(),
        }
    }

    pub fn passed_cases(&self) -> usize {
        self.cases
            .iter()
            .filter(|c| c.status == Verdict::Passed)
            .count()
    }
}

impl StudentEntry {
    pub fn new(
        student: String,
        source: String,
        fingerprint: Option<String>,
        notes: Vec<Note>,
        exercises: Vec<ExerciseEntry>,
    ) -> StudentEntry {
        let score = round6(exercises.iter().map(|e| e.points).sum());
        let max_score = round6(exercises.iter().map(|e| e.weight).sum());
        let count = |s: ExerciseStatus| exercises.iter().filter(|e| e.status == s).count();
        let summary = StudentSummary {
            exercises: exercises.len(),
            passed: count(ExerciseStatus::Passed),
            failed: count(ExerciseStatus::Failed),
            errors: count(ExerciseStatus::Error),
            missing: count(ExerciseStatus::Missing),
            cases: exercises.iter().map(|e| e.cases.len()).sum(),
            cases_passed: exercises.iter().map(|e| e.passed_cases()).sum(),
        };
        StudentEntry {
            student,
            source,
            fields: BTreeMap::new(),
            submitted_at: None,
            late: None,
            fingerprint,
            score,
            max_score,
            percent: percent(score, max_score),
            notes,
            exercises,
            summary,
        }
    }

    pub fn all_passed(&self) -> bool {
        self.summary.passed == self.summary.exercises
    }

    /// Applies the assignment's deadline rules to a student handed in at
    /// `submitted` (from the undiscounted points of each exercise).
    pub fn apply_policy(&mut self, policy: &Policy, submitted: Option<timestamp::Timestamp>) {
        self.submitted_at = submitted.map(|t| t.to_string());
        let points: Vec<(String, f64)> = self
            .exercises
            .iter()
            .map(|e| (e.id.clone(), e.points))
            .collect();
        self.late = policy.lateness(&points, submitted);
        let before = round6(points.iter().map(|(_, p)| p).sum());
        let penalty = self.late.as_ref().map_or(0.0, |l| l.penalty);
        self.score = round6(before - penalty);
        self.percent = percent(self.score, self.max_score);
    }

    /// The manifest fields and submission time as `(key, value)` pairs, for
    /// the fingerprint.
    pub fn facts(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&str, &str)> = self
            .fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        if let Some(t) = &self.submitted_at {
            out.push(("submitted_at", t));
        }
        out
    }
}

fn percent(score: f64, max: f64) -> f64 {
    if max > 0.0 {
        (score / max * 10_000.0).round() / 100.0
    } else {
        0.0
    }
}

/// Fields of a class report that do not depend on the students.
#[derive(Debug, Clone)]
pub struct RunInfo {
    pub python: Option<String>,
    pub sandbox: Vec<String>,
    pub shard: Option<Shard>,
    pub fingerprint: String,
    pub assignment: Vec<Assigned>,
    pub policy: Option<Policy>,
}

impl ClassReport {
    /// A report of `students` (sorted here by name).
    pub fn new(
        info: RunInfo,
        notes: Vec<Note>,
        mut students: Vec<StudentEntry>,
        complete: bool,
    ) -> ClassReport {
        students.sort_by(|a, b| a.student.cmp(&b.student));
        let summary = summarise(&students);
        ClassReport {
            schema: SCHEMA_VERSION,
            kind: KIND.to_string(),
            grader: env!("CARGO_PKG_VERSION").to_string(),
            python: info.python,
            sandbox: info.sandbox,
            complete,
            shard: info.shard,
            fingerprint: info.fingerprint,
            assignment: info.assignment,
            policy: info.policy,
            notes,
            students,
            summary,
        }
    }

    /// Reads a class report written by `grader grade --format json`.
    pub fn parse(text: &str, shown: &str) -> Result<ClassReport, String> {
        #[derive(Deserialize)]
        struct Head {
            schema: Option<u32>,
            kind: Option<String>,
        }
        let head: Head =
            serde_json::from_str(text).map_err(|e| format!("{shown} is not JSON ({e})"))?;
        if head.kind.as_deref() != Some(KIND) {
            return Err(format!(
                "{shown} is not a class report; use the JSON written by `grader grade --format json`"
            ));
        }
        if head.schema != Some(SCHEMA_VERSION) {
            return Err(format!(
                "{shown} has schema {:?}; this grader reads schema {SCHEMA_VERSION}",
                head.schema
            ));
        }
        serde_json::from_str(text).map_err(|e| format!("{shown}: malformed class report ({e})"))
    }

    /// Every student passed every exercise.
    pub fn all_passed(&self) -> bool {
        self.students.iter().all(StudentEntry::all_passed)
    }

    pub fn info(&self) -> RunInfo {
        RunInfo {
            python: self.python.clone(),
            sandbox: self.sandbox.clone(),
            shard: self.shard,
            fingerprint: self.fingerprint.clone(),
            assignment: self.assignment.clone(),
            policy: self.policy.clone(),
        }
    }
}

fn summarise(students: &[StudentEntry]) -> ClassSummary {
    let sum = |f: fn(&StudentSummary) -> usize| students.iter().map(|s| f(&s.summary)).sum();
    let mean = if students.is_empty() {
        0.0
    } else {
        students.iter().map(|s| s.percent).sum::<f64>() / students.len() as f64
    };
    ClassSummary {
        students: students.len(),
        students_passed: students.iter().filter(|s| s.all_passed()).count(),
        mean_percent: (mean * 100.0).round() / 100.0,
        exercises: sum(|s| s.exercises),
        passed: sum(|s| s.passed),
        failed: sum(|s| s.failed),
        errors: sum(|s| s.errors),
        missing: sum(|s| s.missing),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, weight: f64, score: f64, status: ExerciseStatus) -> ExerciseEntry {
        ExerciseEntry {
            id: id.into(),
            title: id.into(),
            file: None,
            status,
            score,
            weight,
            points: round6(weight * score),
            sha256: None,
            error: None,
            cases: Vec::new(),
        }
    }

    #[test]
    fn student_scores_are_weighted() {
        let s = StudentEntry::new(
            "a".into(),
            "a".into(),
            None,
            Vec::new(),
            vec![
                entry("t/x", 2.0, 0.75, ExerciseStatus::Failed),
                entry("t/y", 1.0, 1.0, ExerciseStatus::Passed),
                entry("t/z", 1.0, 0.0, ExerciseStatus::Missing),
            ],
        );
        assert_eq!(s.score, 2.5);
        assert_eq!(s.max_score, 4.0);
        assert_eq!(s.percent, 62.5);
        assert_eq!(
            (s.summary.passed, s.summary.failed, s.summary.missing),
            (1, 1, 1)
        );
        assert!(!s.all_passed());
    }

    #[test]
    fn fingerprints_change_with_any_input() {
        let base = vec![("t/x".to_string(), Evidence::Content("ab".into()))];
        let fp = student_fingerprint("a", &base, &[], &[]);
        assert_eq!(fp, student_fingerprint("a", &base, &[], &[]));
        assert_ne!(fp, student_fingerprint("b", &base, &[], &[]));
        let changed = vec![("t/x".to_string(), Evidence::Content("ac".into()))];
        assert_ne!(fp, student_fingerprint("a", &changed, &[], &[]));
        let missing = vec![("t/x".to_string(), Evidence::Missing)];
        assert_ne!(fp, student_fingerprint("a", &missing, &[], &[]));
        let late = [("submitted_at", "2026-03-11T00:00:00Z")];
        assert_ne!(fp, student_fingerprint("a", &base, &[], &late));
        let note = Note {
            path: "a/junk".into(),
            message: "ignored".into(),
        };
        assert_ne!(fp, student_fingerprint("a", &base, &[note], &[]));
    }

    #[test]
    fn a_check_report_is_not_a_class_report() {
        let why = ClassReport::parse("{\"schema\":1,\"exercises\":[]}", "r.json")
            .expect_err("not a class report");
        assert!(why.contains("not a class report"), "{why}");
    }
}
