//! The JSON report (`--format json`).  Its schema is documented in README.md
//! and versioned by `schema`; fields are only ever added.

use serde::Serialize;

use crate::judge::{ExerciseResult, Location, Problem, StaticResult, Status, Verdict};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Report<'a> {
    pub schema: u32,
    pub grader: &'static str,
    pub python: Option<String>,
    pub sandbox: Vec<&'static str>,
    pub exercises: Vec<Exercise<'a>>,
    pub summary: Summary,
}

#[derive(Serialize)]
pub struct Exercise<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub file: &'a str,
    pub status: Status,
    pub score: f64,
    pub error: Option<&'a Problem>,
    /// What the module printed while being imported (capped).
    pub import_output: Option<&'a str>,
    pub cases: Vec<Case<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub static_check: Option<&'a StaticResult>,
}

#[derive(Serialize)]
pub struct Case<'a> {
    pub name: &'a str,
    pub hidden: bool,
    pub points: f64,
    pub status: Verdict,
    pub duration_ms: u64,
    pub message: Option<&'a str>,
    /// What the case checks, in the exercise's words (cases not passed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<&'a str>,
    /// A passed case that came within 10 % of its time limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<&'a str>,
    #[serde(skip_serializing_if = "<[Location]>::is_empty")]
    pub traceback: &'a [Location],
    /// The case's code, what the learner's code printed on standard output
    /// and standard error (capped by the runner): visible cases only,
    /// never anything of a hidden case.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stdout: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stderr: Option<&'a str>,
}

#[derive(Serialize)]
pub struct Summary {
    pub exercises: usize,
    pub passed: usize,
    pub failed: usize,
    pub errors: usize,
    pub cases: usize,
    pub cases_passed: usize,
}

pub fn render(
    results: &[ExerciseResult],
    python: Option<String>,
    sandbox: Vec<&'static str>,
) -> Result<String, serde_json::Error> {
    let count = |s: Status| results.iter().filter(|r| r.status == s).count();
    let report = Report {
        schema: SCHEMA_VERSION,
        grader: env!("CARGO_PKG_VERSION"),
        python,
        sandbox,
        exercises: results
            .iter()
            .map(|r| Exercise {
                id: &r.id,
                title: &r.title,
                file: &r.file,
                status: r.status,
                score: r.score,
                error: r.problem.as_ref(),
                import_output: r.import_output.as_deref(),
                cases: r
                    .cases
                    .iter()
                    .map(|c| Case {
                        name: &c.name,
                        hidden: c.hidden,
                        points: c.points,
                        status: c.verdict,
                        duration_ms: u64::try_from(c.duration.as_millis()).unwrap_or(u64::MAX),
                        message: c.message.as_deref(),
                        explain: c.explain.as_deref(),
                        warning: c.warning.as_deref(),
                        diff: if c.hidden { None } else { c.diff.as_deref() },
                        traceback: &c.traceback,
                        code: visible(c.hidden, &c.code),
                        stdout: visible(c.hidden, &c.stdout),
                        stderr: visible(c.hidden, &c.stderr),
                    })
                    .collect(),
                static_check: r.static_check.as_ref(),
            })
            .collect(),
        summary: Summary {
            exercises: results.len(),
            passed: count(Status::Passed),
            failed: count(Status::Failed),
            errors: count(Status::Error),
            cases: results.iter().map(|r| r.cases.len()).sum(),
            cases_passed: results.iter().map(|r| r.passed_cases()).sum(),
        },
    };
    serde_json::to_string_pretty(&report)
}

/// A visible case's text; nothing of a hidden one, whatever the judge kept.
fn visible(hidden: bool, text: &Option<String>) -> Option<&str> {
    if hidden { None } else { text.as_deref() }
}
