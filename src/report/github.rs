//! GitHub Actions workflow commands: an `::error` annotation per failing
//! exercise, on the student's line when one is known.  Values are encoded
//! as GitHub specifies, so nothing a student prints can start a command of
//! its own.

use crate::gradebook::{ClassReport, ExerciseEntry, ExerciseStatus, StudentEntry};
use crate::judge::Verdict;

/// GitHub shows at most 10 error annotations per step and 50 per job.
pub const MAX_ANNOTATIONS: usize = 50;

pub fn annotations(r: &ClassReport) -> Vec<String> {
    let many = r.students.len() > 1;
    let mut out = Vec::new();
    for s in &r.students {
        for e in &s.exercises {
            if out.len() == MAX_ANNOTATIONS {
                return out;
            }
            if let Some(a) = annotation(s, e, many) {
                out.push(a);
            }
        }
    }
    out
}

fn annotation(s: &StudentEntry, e: &ExerciseEntry, many: bool) -> Option<String> {
    let who = if many {
        format!("{}: ", s.student)
    } else {
        String::new()
    };
    let (title, message) = match e.status {
        ExerciseStatus::Passed => return None,
        ExerciseStatus::Missing => (
            format!("{who}{} missing", e.id),
            format!("no submission: expected {}.py", e.id),
        ),
        ExerciseStatus::Error if e.cases.is_empty() => (
            format!("{who}{}: error", e.id),
            e.error
                .as_ref()
                .map(|p| p.message.clone())
                .unwrap_or_default(),
        ),
        _ => {
            let failing: Vec<String> = e
                .cases
                .iter()
                .filter(|c| c.status != Verdict::Passed)
                .map(|c| {
                    format!(
                        "{}: {}",
                        c.name,
                        c.message.as_deref().unwrap_or(c.status.label())
                    )
                })
                .collect();
            (
                format!(
                    "{who}{}: {}/{} cases passed",
                    e.id,
                    e.passed_cases(),
                    e.cases.len()
                ),
                failing.join("\n"),
            )
        }
    };
    let mut props = Vec::new();
    if let Some(file) = &e.file {
        props.push(format!("file={}", property(file)));
        if let Some(line) = line_of(e, file) {
            props.push(format!("line={line}"));
        }
    }
    props.push(format!("title={}", property(&title)));
    Some(format!("::error {}::{}", props.join(","), data(&message)))
}

/// The innermost line of the student's own file that a failure points at.
fn line_of(e: &ExerciseEntry, file: &str) -> Option<u32> {
    if let Some(loc) = e.error.as_ref().and_then(|p| p.location.as_ref()) {
        return Some(loc.line);
    }
    e.cases
        .iter()
        .filter(|c| c.status != Verdict::Passed)
        .find_map(|c| c.traceback.iter().rev().find(|l| l.file == file))
        .map(|l| l.line)
}

fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_cannot_open_a_command() {
        assert_eq!(data("a\n::set-env x::1"), "a%0A::set-env x::1");
        assert_eq!(property("a,b:c%"), "a%2Cb%3Ac%25");
    }
}
