//! Exercism's test-runner `results.json`, version 3 (`check --format
//! exercism`), for tools built around Exercism's interface: a top-level
//! `status` (`pass`, `fail`, `error`), a `message` when the file could not
//! be tested, and a test per case with its `test_code`, the learner's
//! `output` and a `task_id` (the exercise's place among those checked).
//! Hidden cases carry their name, status and verdict message only.

use serde::Serialize;

use crate::judge::{ExerciseResult, Status, Verdict};

/// Exercism shows at most this much of a test's output.
const MAX_OUTPUT: usize = 500;

#[derive(Serialize)]
struct Results {
    version: u32,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    tests: Vec<Test>,
}

#[derive(Serialize)]
struct Test {
    name: String,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    output: Option<String>,
    test_code: String,
    task_id: usize,
}

pub fn render(results: &[ExerciseResult]) -> Result<String, serde_json::Error> {
    let many = results.len() > 1;
    let mut tests = Vec::new();
    let mut problems = Vec::new();
    for (i, r) in results.iter().enumerate() {
        if let Some(p) = &r.problem
            && r.cases.is_empty()
        {
            let mut m = format!("{}: {}", r.file, p.message);
            if let Some(l) = &p.location {
                m.push_str(&format!(" (line {})", l.line));
            }
            if let Some(h) = &p.hint {
                m.push_str(&format!("\nHint: {h}"));
            }
            problems.push(m);
            continue;
        }
        for c in &r.cases {
            let name = match (many, c.hidden) {
                (true, true) => format!("{}: {} (hidden)", r.id, c.name),
                (true, false) => format!("{}: {}", r.id, c.name),
                (false, true) => format!("{} (hidden)", c.name),
                (false, false) => c.name.clone(),
            };
            let status = match c.verdict {
                Verdict::Passed => "pass",
                Verdict::Failed => "fail",
                _ => "error",
            };
            let message = (c.verdict != Verdict::Passed).then(|| {
                let mut m = c
                    .message
                    .clone()
                    .unwrap_or_else(|| c.verdict.label().to_string());
                if let Some(e) = &c.explain {
                    m.push_str(&format!("\nThis case checks: {e}"));
                }
                if !c.hidden
                    && let Some(d) = &c.diff
                {
                    m.push('\n');
                    m.push_str(d);
                }
                m
            });
            let output = if c.hidden {
                None
            } else {
                c.stdout.as_deref().filter(|o| !o.is_empty()).map(cap)
            };
            tests.push(Test {
                name,
                status,
                message,
                output,
                test_code: if c.hidden {
                    "(hidden case: its code is not shown)".into()
                } else {
                    c.code.clone().unwrap_or_default()
                },
                task_id: i + 1,
            });
        }
    }
    let status = if !problems.is_empty() {
        "error"
    } else if results.iter().all(|r| r.status == Status::Passed) {
        "pass"
    } else {
        "fail"
    };
    let out = Results {
        version: 3,
        status,
        message: (!problems.is_empty()).then(|| problems.join("\n")),
        tests,
    };
    serde_json::to_string_pretty(&out)
}

/// At most [`MAX_OUTPUT`] characters, saying so when cut.
fn cap(s: &str) -> String {
    const NOTE: &str = "\n… (output cut at 500 characters)";
    if s.chars().count() <= MAX_OUTPUT {
        return s.to_string();
    }
    let keep = MAX_OUTPUT - NOTE.chars().count();
    let mut out: String = s.chars().take(keep).collect();
    out.push_str(NOTE);
    out
}

#[cfg(test)]
mod tests {
    use super::cap;

    #[test]
    fn output_is_capped_at_500_characters() {
        assert_eq!(cap("short"), "short");
        let long = "é".repeat(800);
        let cut = cap(&long);
        assert_eq!(cut.chars().count(), 500);
        assert!(cut.ends_with("cut at 500 characters)"));
    }
}
