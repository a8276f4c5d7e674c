//! Verdicts for project runs: exit status, stdout, stderr and files, each
//! compared in Rust with the case's compare mode; the same verdict set and
//! report shape as module exercises.

use std::time::Duration;

use super::{ProjectRun, Step, setup_failed};
use crate::judge::{
    Audience, CaseResult, ExerciseResult, Verdict, cap, diff, exception_name, fixed_sentence,
    matches, matches_sealed, secs, signal_verdict, traceback_exception,
};
use crate::runner::latin1_bytes;
use crate::spec::{Case, Exercise, Expected, FileExpect};

/// Every case not graded, for `why` (a missing toolchain package).
pub fn not_graded(exercise: &Exercise, display: &str, why: &str) -> ExerciseResult {
    let cases = exercise
        .cases
        .iter()
        .map(|c| {
            let mut r = blank(c, Audience::Learner);
            r.verdict = Verdict::NotGraded;
            r.message = Some(format!("not graded: {why}"));
            r
        })
        .collect();
    ExerciseResult::from_cases(exercise, display, cases, None)
}

pub fn judge(
    exercise: &Exercise,
    run: &ProjectRun,
    display: &str,
    audience: Audience,
) -> ExerciseResult {
    let setup = setup_failed(run).map(|s| describe_setup(exercise, s));
    let cases = exercise
        .cases
        .iter()
        .zip(&run.cases)
        .enumerate()
        .map(|(i, (case, step))| {
            let mut r = blank(case, audience);
            match (step, &setup) {
                (Some(step), _) => judge_case(case, step, audience, &mut r),
                (None, Some(why)) => {
                    r.verdict = Verdict::Error;
                    // The whole story once, on the first case.
                    r.message = Some(if i == 0 {
                        why.clone()
                    } else {
                        "not run: a setup step failed (see the first case)".into()
                    });
                }
                (None, None) if run.cut_short => {
                    r.verdict = Verdict::Timeout;
                    r.message = Some(format!(
                        "not finished: the exercise's total time limit of {} was used up",
                        secs(exercise.total_time)
                    ));
                }
                (None, None) => {
                    r.verdict = Verdict::Error;
                    r.message = Some(format!(
                        "the run broke down: {}",
                        run.broken
                            .clone()
                            .unwrap_or_else(|| "no report for this case".into())
                    ));
                }
            }
            r
        })
        .collect();
    ExerciseResult::from_cases(exercise, display, cases, None)
}

fn blank(case: &Case, audience: Audience) -> CaseResult {
    let secret = case.hidden && audience == Audience::Learner;
    CaseResult {
        name: case.name.clone(),
        hidden: case.hidden,
        points: case.points,
        verdict: Verdict::Error,
        duration: Duration::ZERO,
        message: None,
        diff: None,
        traceback: Vec::new(),
        code: (!secret).then(|| match &case.run {
            Some(argv) => format!("$ {}", shell_words::join(argv)),
            None => case.code.clone(),
        }),
        stdout: None,
        stderr: None,
        spec_error: false,
        explain: None,
        warning: None,
    }
}

fn describe_setup(exercise: &Exercise, step: &Step) -> String {
    let argv = exercise
        .setup_steps
        .get(step.index)
        .map(shell_words::join)
        .unwrap_or_default();
    let how = if let Some(e) = &step.error {
        e.clone()
    } else if step.timed_out {
        format!("did not finish within {}", secs(super::SETUP_LIMIT))
    } else if let Some(sig) = step.signal {
        signal_verdict(sig).1
    } else {
        format!("exit status {}", step.exit_code.unwrap_or(-1))
    };
    // The setup's output is the learner's own project talking (an install
    // error), never anything of the pack's: shown to help fix it.
    let text = text(&step.stderr) + &text(&step.stdout);
    let tail: Vec<&str> = text.lines().rev().take(8).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    format!(
        "not run: the setup step `{argv}` failed ({how}){}",
        if tail.is_empty() {
            String::new()
        } else {
            format!(":\n{}", tail.join("\n"))
        }
    )
}

fn text(latin1: &str) -> String {
    String::from_utf8_lossy(&latin1_bytes(latin1).unwrap_or_default()).into_owned()
}

fn judge_case(case: &Case, step: &Step, audience: Audience, r: &mut CaseResult) {
    // A hidden case's report says only what the grader decides (see
    // judge::disclose): no byte counts, statuses, durations or driver text.
    let secret = case.hidden && audience == Audience::Learner;
    let stdout = text(&step.stdout);
    let stderr = text(&step.stderr);
    r.duration = if secret {
        Duration::ZERO
    } else {
        Duration::from_nanos(step.elapsed_ns)
    };
    if !secret {
        r.stdout = (!stdout.is_empty()).then(|| cap(&stdout));
        r.stderr = (!stderr.is_empty()).then(|| cap(&stderr));
    }
    let limit = case.limits.output_bytes;
    let (verdict, message) = if step.error.is_some() && secret {
        (Verdict::Error, "the case could not be run".to_string())
    } else if let Some(e) = &step.error {
        (Verdict::Error, e.clone())
    } else if step.timed_out {
        (
            Verdict::Timeout,
            format!("did not finish within {}", secs(case.limits.time)),
        )
    } else if secret && (step.stdout_size > limit || step.stderr_size > limit) {
        (
            Verdict::OutputLimit,
            "printed more than the output limit allows".to_string(),
        )
    } else if step.stdout_size > limit || step.stderr_size > limit {
        (
            Verdict::OutputLimit,
            format!(
                "printed {} bytes; the limit is {limit} bytes per stream",
                step.stdout_size.max(step.stderr_size)
            ),
        )
    } else if let Some(sig) = step.signal {
        let (verdict, message) = signal_verdict(sig);
        if secret {
            (verdict, fixed_sentence(verdict).to_string())
        } else {
            (verdict, message)
        }
    } else if step.leaked > 0 && secret {
        (
            Verdict::Error,
            "left processes running after the command; they were killed".to_string(),
        )
    } else if step.leaked > 0 {
        (
            Verdict::Error,
            format!(
                "left {} process(es) running after the command; they were killed",
                step.leaked
            ),
        )
    } else {
        let mut wrong = Vec::new();
        let code = step.exit_code.unwrap_or(-1);
        if code != case.exit {
            wrong.push(if case.run.is_none() && code == 1 && case.exit == 0 {
                // A hidden case names only classes the learner could not
                // have built from the case's text (see judge::disclose).
                let name = traceback_exception(&stderr).and_then(|n| {
                    if secret {
                        exception_name(n, "")
                    } else {
                        Some(n)
                    }
                });
                format!("raised {} (exit status 1)", name.unwrap_or("an exception"))
            } else if secret {
                "exited with a status other than the one expected".to_string()
            } else {
                format!("exited with status {code}; expected {}", case.exit)
            });
        }
        let out_ok = match &case.expect {
            Expected::Text(expected) => matches(case.compare, case.tolerance, expected, &stdout),
            Expected::Sealed(seal) => matches_sealed(case.compare, seal, &stdout),
            Expected::Any => true,
        };
        if !out_ok {
            if let (false, Some(expected)) = (secret, case.expect.text()) {
                r.diff = Some(diff(case.compare, expected, &stdout));
            }
            wrong.push("printed output differs from what was expected".into());
        }
        if let Some(expected) = &case.expect_stderr
            && !matches(case.compare, case.tolerance, expected, &stderr)
        {
            if !secret && r.diff.is_none() {
                r.diff = Some(diff(case.compare, expected, &stderr));
            }
            wrong.push("stderr differs from what was expected".into());
        }
        for f in &case.files {
            if let Some(why) = check_file(case, f, step, secret, r) {
                wrong.push(why);
            }
        }
        if wrong.is_empty() {
            (Verdict::Passed, String::new())
        } else {
            (Verdict::Failed, wrong.join("; "))
        }
    };
    r.verdict = verdict;
    r.message = (!message.is_empty()).then_some(message);
    if verdict != Verdict::Passed {
        r.explain = case.explain.clone();
    }
}

fn check_file(
    case: &Case,
    f: &FileExpect,
    step: &Step,
    secret: bool,
    r: &mut CaseResult,
) -> Option<String> {
    match f {
        FileExpect::Path {
            path,
            exists,
            content,
        } => {
            let found = step.files.get(path).cloned().flatten();
            match (found, exists, content) {
                (None, true, _) => Some(format!("left no file {path}")),
                (Some(_), false, _) => Some(format!("left a file {path} that should not exist")),
                (Some(got), true, Some(want)) => {
                    let got = text(&got);
                    if matches(case.compare, case.tolerance, want, &got) {
                        None
                    } else {
                        if !secret && r.diff.is_none() {
                            r.diff = Some(diff(case.compare, want, &got));
                        }
                        Some(format!("{path} does not hold what was expected"))
                    }
                }
                _ => None,
            }
        }
        FileExpect::Glob { pattern, count } => {
            let n = step.globs.get(pattern).map_or(0, Vec::len);
            match count {
                Some(_) if secret && usize::try_from(count.unwrap_or(0)).ok() != Some(n) => Some(
                    format!("the files matching {pattern} are not the ones expected"),
                ),
                Some(c) if usize::try_from(*c).ok() != Some(n) => {
                    Some(format!("{n} file(s) match {pattern}; expected {c}"))
                }
                None if n == 0 => Some(format!("no file matches {pattern}")),
                _ => None,
            }
        }
    }
}
