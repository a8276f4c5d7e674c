//! Cases from a suite's runs: the reference first, then each equivalent,
//! then each mutant (the order `TestsSpec::cases` made them in).
//!
//! What a learner is told is decided here, in fixed sentences: the
//! reference run's details (its failing tests and their messages: the
//! learner's own tests on a module the learner holds); for an equivalent,
//! only the names of failing tests that the reference run also had (a test
//! id made from the equivalent's text would carry it out); for a mutant,
//! only caught or missed, under the author's description.  No duration,
//! status or output of a run other than the reference's.

use std::collections::BTreeSet;
use std::time::Duration;

use super::TestsSpec;
use super::run::{Outcome, Results};
use crate::judge::{Audience, CaseResult, ExerciseResult, Verdict, cap, secs, signal_verdict};
use crate::runner::latin1_bytes;
use crate::spec::{Case, Exercise};

/// Failing tests named in one message, at most.
const NAMED_TESTS: usize = 5;
/// A test's message, at most, in characters.
const MESSAGE_CHARS: usize = 300;

/// Every run of one grading.
pub struct Runs {
    pub reference: Outcome,
    /// The reference once more, beside the mutants; `None` when the first
    /// run was not clean (nothing else ran).
    pub again: Option<Outcome>,
    pub equivalents: Vec<Outcome>,
    pub mutants: Vec<Outcome>,
}

/// Every case not graded, for `why` (pytest missing from the toolchain).
pub fn not_graded(exercise: &Exercise, display: &str, why: &str) -> ExerciseResult {
    let cases = exercise
        .cases
        .iter()
        .map(|c| {
            let mut r = blank(c);
            r.verdict = Verdict::NotGraded;
            r.message = Some(format!("not graded: {why}"));
            r.explain = None;
            r
        })
        .collect();
    ExerciseResult::from_cases(exercise, display, cases, None)
}

pub fn judge(
    exercise: &Exercise,
    spec: &TestsSpec,
    runs: &Runs,
    display: &str,
    audience: Audience,
) -> ExerciseResult {
    let author = audience == Audience::Author;
    let runner = spec.runner.name();
    let limit = exercise.limits.time;
    let mut cases = Vec::with_capacity(exercise.cases.len());
    let mut templates = exercise.cases.iter();

    // The reference, and its second run.
    let mut reference = blank(
        templates
            .next()
            .expect("a tests exercise has its reference case"),
    );
    let mut gate: Option<&str> = None;
    match reference_verdict(&runs.reference, runner, limit) {
        None => match &runs.again {
            Some(again) if !again.clean() => {
                let (_, why) = reference_verdict(again, runner, limit)
                    .unwrap_or((Verdict::Failed, String::new()));
                reference.verdict = Verdict::Failed;
                reference.message = Some(format!(
                    "passed once on the correct module, then failed on a second run: a suite must \
                     give the same verdict every time (random data, the clock, the order of tests?)\n{why}"
                ));
                gate = Some("the suite does not pass the correct module every time");
            }
            _ => reference.verdict = Verdict::Passed,
        },
        Some((verdict, why)) => {
            reference.verdict = verdict;
            reference.message = Some(why);
            gate = Some("the suite must pass on the correct module first");
        }
    }
    if let Outcome::Ran { report, results } = &runs.reference {
        reference.duration = Duration::from_nanos(report.elapsed_ns);
        if reference.verdict != Verdict::Passed && results.is_none() {
            let output = text(&report.output);
            reference.stdout = (!output.trim().is_empty()).then(|| cap(&output));
        }
    }
    if reference.verdict == Verdict::Passed {
        reference.explain = None;
    }
    cases.push(reference);

    // Test ids the learner already knows: those of the reference run.
    let known: BTreeSet<&str> = match &runs.reference {
        Outcome::Ran {
            results: Some(r), ..
        } => r.tests.iter().map(|t| t.id.as_str()).collect(),
        _ => BTreeSet::new(),
    };

    let mut equivalents_ok = true;
    let mut out_of_time = false;
    for (i, template) in templates.by_ref().take(spec.equivalents.len()).enumerate() {
        let mut r = blank(template);
        match (gate, runs.equivalents.get(i)) {
            (Some(_), _) | (None, None) => {
                r.verdict = Verdict::Failed;
                r.message = Some("not run: the suite must pass on the correct module first".into());
            }
            (None, Some(o)) if o.clean() => r.verdict = Verdict::Passed,
            (None, Some(Outcome::NotRun)) => {
                out_of_time = true;
                r.verdict = Verdict::Timeout;
                r.message = Some(format!(
                    "not run: the exercise's total time limit of {} was used up",
                    secs(exercise.total_time)
                ));
            }
            (None, Some(o)) => {
                equivalents_ok = false;
                let (verdict, message) = equivalent_verdict(o, &known, author, limit);
                r.verdict = verdict;
                r.message = Some(message);
            }
        }
        if r.verdict == Verdict::Passed {
            r.explain = None;
        }
        cases.push(r);
    }
    if gate.is_none() && !equivalents_ok {
        gate = Some("the suite fails on a correct rewrite of the module");
    } else if gate.is_none() && out_of_time {
        gate = Some("the suite did not run on every correct rewrite within the total time limit");
    }

    for (i, template) in templates.enumerate() {
        let mut r = blank(template);
        match (gate, runs.mutants.get(i)) {
            (Some(why), _) => {
                r.verdict = Verdict::Failed;
                r.message = Some(format!("not counted: {why}"));
            }
            (None, None) | (None, Some(Outcome::NotRun)) => {
                r.verdict = Verdict::Timeout;
                r.message = Some(format!(
                    "not run: the exercise's total time limit of {} was used up",
                    secs(exercise.total_time)
                ));
            }
            (None, Some(Outcome::Broken(why))) => {
                r.verdict = Verdict::Error;
                r.message = Some(if author {
                    format!("the run broke down: {why}")
                } else {
                    "the run broke down, so it does not count".into()
                });
            }
            (None, Some(Outcome::Ran { report, .. })) if report.error.is_some() => {
                r.verdict = Verdict::Error;
                r.message = Some(if author {
                    format!(
                        "the run broke down: {}",
                        report.error.as_deref().unwrap_or("")
                    )
                } else {
                    "the run broke down, so it does not count".into()
                });
            }
            (None, Some(o)) if o.clean() => {
                r.verdict = Verdict::Failed;
                r.message = Some("missed: every test passed with this bug in the module".into());
            }
            (None, Some(o)) => {
                // Caught: a test failed, or the suite hung or crashed (the
                // reference ran clean).  Which, a learner is not told.
                r.verdict = Verdict::Passed;
                if author
                    && let Outcome::Ran {
                        results: Some(res), ..
                    } = o
                {
                    r.message = Some(failing(res, |_| true, true));
                }
            }
        }
        if r.verdict == Verdict::Passed {
            r.explain = None;
        }
        cases.push(r);
    }
    ExerciseResult::from_cases(exercise, display, cases, None)
}

fn blank(case: &Case) -> CaseResult {
    CaseResult {
        name: case.name.clone(),
        hidden: case.hidden,
        points: case.points,
        verdict: Verdict::Error,
        duration: Duration::ZERO,
        message: None,
        diff: None,
        traceback: Vec::new(),
        code: None,
        stdout: None,
        stderr: None,
        spec_error: false,
        explain: case.explain.clone(),
        warning: None,
    }
}

/// `None` when the run is clean; else the verdict and what to tell.
fn reference_verdict(o: &Outcome, runner: &str, limit: Duration) -> Option<(Verdict, String)> {
    if o.clean() {
        return None;
    }
    Some(match o {
        Outcome::NotRun => (
            Verdict::Timeout,
            "not run: the exercise's total time limit was used up".into(),
        ),
        Outcome::Broken(why) => (Verdict::Error, format!("the run broke down: {why}")),
        Outcome::Ran { report, results } => {
            if let Some(e) = &report.error {
                (Verdict::Error, format!("the suite could not be run: {e}"))
            } else if report.timed_out {
                (
                    Verdict::Timeout,
                    format!(
                        "the suite did not finish within {} on the correct module",
                        secs(limit)
                    ),
                )
            } else if let Some(sig) = report.signal {
                let (verdict, how) = signal_verdict(sig);
                (verdict, format!("the suite {how} on the correct module"))
            } else {
                match results {
                    Some(res) if res.tests.iter().any(|t| t.failed()) => {
                        let n = res.tests.iter().filter(|t| t.failed()).count();
                        (
                            Verdict::Failed,
                            format!(
                                "{n} test{} fail{} on the correct module, so no mutant counts:\n{}",
                                if n == 1 { "" } else { "s" },
                                if n == 1 { "s" } else { "" },
                                failing(res, |_| true, true)
                            ),
                        )
                    }
                    Some(res) if !res.tests.iter().any(|t| t.outcome == "passed") => (
                        Verdict::Failed,
                        format!("no test ran: {}", naming_rule(runner)),
                    ),
                    Some(_) => (
                        Verdict::Failed,
                        format!(
                            "{runner} ended with status {} although no test failed",
                            report.exit_code.unwrap_or(-1)
                        ),
                    ),
                    None if report.exit_code == Some(0) => (
                        Verdict::Error,
                        format!(
                            "{runner} ended without the grader's report of its tests (did the suite stop {runner} itself?)"
                        ),
                    ),
                    None => (
                        Verdict::Error,
                        format!(
                            "the suite did not run: {runner} ended with status {} before any test \
                             (an error in a conftest.py, or when a test file was imported?); its output is below",
                            report.exit_code.unwrap_or(-1)
                        ),
                    ),
                }
            }
        }
    })
}

fn naming_rule(runner: &str) -> &'static str {
    if runner == "pytest" {
        "pytest collects files named test_*.py or *_test.py and, in them, functions named test_* (and methods of classes named Test*)"
    } else {
        "unittest discovery imports files named test*.py and runs the test* methods of their unittest.TestCase classes"
    }
}

fn equivalent_verdict(
    o: &Outcome,
    known: &BTreeSet<&str>,
    author: bool,
    limit: Duration,
) -> (Verdict, String) {
    const WHY: &str = "tests must check what the module does, not how it is written";
    match o {
        Outcome::NotRun => (
            Verdict::Timeout,
            "not run: the exercise's total time limit was used up".into(),
        ),
        Outcome::Broken(why) if author => (Verdict::Error, format!("the run broke down: {why}")),
        Outcome::Broken(_) => (
            Verdict::Error,
            "the run on a correct rewrite of the module broke down".into(),
        ),
        Outcome::Ran { report, .. } if report.timed_out => (
            Verdict::Timeout,
            format!(
                "the suite did not finish within {} on a correct rewrite of the module",
                secs(limit)
            ),
        ),
        Outcome::Ran { results, .. } => {
            let named = match results {
                Some(res) if author => format!(":\n{}", failing(res, |_| true, true)),
                Some(res)
                    if res
                        .tests
                        .iter()
                        .any(|t| t.failed() && known.contains(t.id.as_str())) =>
                {
                    format!(":\n{}", failing(res, |id| known.contains(id), false))
                }
                _ => String::new(),
            };
            (
                Verdict::Failed,
                format!(
                    "the suite fails on a correct version of the module written differently; {WHY}{named}"
                ),
            )
        }
    }
}

/// Failing tests, one a line: `  id: message` (messages only when asked).
fn failing(res: &Results, shown: impl Fn(&str) -> bool, messages: bool) -> String {
    let failed: Vec<_> = res
        .tests
        .iter()
        .filter(|t| t.failed() && shown(&t.id))
        .collect();
    let mut lines: Vec<String> = failed
        .iter()
        .take(NAMED_TESTS)
        .map(|t| {
            let id = clip(&t.id, 200);
            let first = t
                .message
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            if messages && !first.is_empty() {
                format!("  {id}: {}", clip(first.trim(), MESSAGE_CHARS))
            } else {
                // The outcome as the grader words it: the file's own
                // string is the learner's to choose.
                let how = if t.outcome == "failed" {
                    "failed"
                } else {
                    "error"
                };
                format!("  {id} ({how})")
            }
        })
        .collect();
    if failed.len() > NAMED_TESTS {
        lines.push(format!("  … and {} more", failed.len() - NAMED_TESTS));
    }
    lines.join("\n")
}

fn clip(s: &str, chars: usize) -> String {
    match s.char_indices().nth(chars) {
        Some((cut, _)) => format!("{} …", &s[..cut]),
        None => s.to_string(),
    }
}

fn text(latin1: &str) -> String {
    String::from_utf8_lossy(&latin1_bytes(latin1).unwrap_or_default()).into_owned()
}
