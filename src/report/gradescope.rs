//! Gradescope's `results.json` (`--format gradescope`): one submission's
//! score and a test per case.  A test is worth its share of the exercise's
//! weight; hidden cases become tests visible `after_published`, with the
//! verdict message only.
//!
//! Only fields of Gradescope's published specification are written (the
//! assignment's total points are set in Gradescope, not here), and every
//! text is declared `text`: Gradescope renders undeclared output as HTML,
//! which would swallow `<topic>` or let a folder named `<b>` restyle the page.

use serde::Serialize;

use crate::gradebook::{ClassReport, ExerciseEntry, ExerciseStatus, round6};
use crate::judge::Verdict;

#[derive(Serialize)]
struct Results {
    score: f64,
    output: String,
    output_format: &'static str,
    test_output_format: &'static str,
    test_name_format: &'static str,
    visibility: &'static str,
    stdout_visibility: &'static str,
    tests: Vec<Test>,
}

#[derive(Serialize)]
struct Test {
    name: String,
    score: f64,
    max_score: f64,
    status: &'static str,
    output: String,
    visibility: &'static str,
}

/// Gradescope shows `text` as it is, in a preformatted block.
const TEXT: &str = "text";

pub fn render(r: &ClassReport) -> Result<String, String> {
    let [s] = r.students.as_slice() else {
        return Err(format!(
            "Gradescope's results.json describes one submission, and this report has {} students; use --gradescope or --single",
            r.students.len()
        ));
    };
    let mut tests = Vec::new();
    for e in &s.exercises {
        exercise_tests(e, &mut tests);
    }
    let mut output = format!(
        "{} of {} exercises passed: {} of {} points.",
        s.summary.passed,
        s.summary.exercises,
        super::gradebook_csv::number(s.score),
        super::gradebook_csv::number(s.max_score)
    );
    if let Some(l) = &s.late {
        output.push_str(&format!("\nDeadline: {}", l.message));
    }
    for n in &s.notes {
        output.push_str(&format!("\n{}: {}", n.path, n.message));
    }
    let results = Results {
        score: s.score,
        output,
        output_format: TEXT,
        test_output_format: TEXT,
        test_name_format: TEXT,
        visibility: "visible",
        stdout_visibility: "hidden",
        tests,
    };
    serde_json::to_string_pretty(&results).map_err(|e| format!("could not write results.json: {e}"))
}

/// The results.json of a run that could not grade at all (a bad
/// `--python`, an unknown `--only` id, a broken pack): no score, and the
/// reason where the student sees it, instead of Gradescope's bare
/// "autograder failed".
pub fn setup_error(message: &str) -> String {
    let results = Results {
        score: 0.0,
        output: format!(
            "The autograder could not grade this submission; this is a problem with the \
             assignment's setup, not with your code. Please tell your instructor.\n\n{message}"
        ),
        output_format: TEXT,
        test_output_format: TEXT,
        test_name_format: TEXT,
        visibility: "visible",
        stdout_visibility: "hidden",
        tests: Vec::new(),
    };
    let mut text = serde_json::to_string_pretty(&results).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}

fn exercise_tests(e: &ExerciseEntry, tests: &mut Vec<Test>) {
    let whole = |output: String| Test {
        name: format!("{}: {}", e.id, e.title),
        score: 0.0,
        max_score: e.weight,
        status: "failed",
        output,
        visibility: "visible",
    };
    if e.status == ExerciseStatus::Missing {
        tests.push(whole(format!("No submission: expected {}.py", e.id)));
        return;
    }
    if e.cases.is_empty() {
        let mut out = e
            .error
            .as_ref()
            .map(|p| p.message.clone())
            .unwrap_or_else(|| "not graded".into());
        if let Some(p) = &e.error {
            if let Some(l) = &p.location {
                out.push_str(&format!("\n  at {}:{}", l.file, l.line));
                if let Some(src) = &l.source {
                    out.push_str(&format!("\n  {src}"));
                }
            }
            if let Some(h) = &p.hint {
                out.push_str(&format!("\nHint: {h}"));
            }
        }
        tests.push(whole(out));
        return;
    }
    let total: f64 = e.cases.iter().map(|c| c.points).sum();
    for c in &e.cases {
        let max = if total > 0.0 {
            e.weight * c.points / total
        } else {
            0.0
        };
        let passed = c.status == Verdict::Passed;
        let mut output = c.message.clone().unwrap_or_default();
        if !passed && !c.hidden {
            for l in &c.traceback {
                output.push_str(&format!("\n  at {}:{} in {}", l.file, l.line, l.function));
            }
            if let Some(d) = &c.diff {
                output.push('\n');
                output.push_str(d);
            }
        }
        tests.push(Test {
            name: format!("{}: {}", e.id, c.name),
            score: if passed { round6(max) } else { 0.0 },
            max_score: round6(max),
            status: if passed { "passed" } else { "failed" },
            output,
            visibility: if c.hidden {
                "after_published"
            } else {
                "visible"
            },
        });
    }
}
