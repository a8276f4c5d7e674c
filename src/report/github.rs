//! GitHub Actions workflow commands: an `::error` annotation per failing
//! exercise, on the student's line when one is known.  Values are encoded
//! as GitHub specifies, so nothing a student prints can start a command of
//! its own.

use crate::gradebook::{ClassReport, ExerciseEntry, ExerciseStatus, StudentEntry};
use crate::judge::Verdict;

/// GitHub shows at most 10 error annotations per step (and 50 per job);
/// past that they are silently dropped.
pub const MAX_ERRORS: usize = 10;

/// The `::error` commands for a report: those that point at a line of a
/// student's file first (the ones an annotation is most useful for), then
/// the others, at most [`MAX_ERRORS`] in all; when there are more, the last
/// place goes to one unlocated annotation that names what was left out.
pub fn annotations(r: &ClassReport) -> Vec<String> {
    let many = r.students.len() > 1;
    let mut located = Vec::new();
    let mut unlocated = Vec::new();
    for s in &r.students {
        for e in &s.exercises {
            if let Some(a) = annotation(s, e, many) {
                if a.line.is_some() {
                    located.push(a);
                } else {
                    unlocated.push(a);
                }
            }
        }
    }
    let all: Vec<Annotation> = located.into_iter().chain(unlocated).collect();
    if all.len() <= MAX_ERRORS {
        return all.iter().map(Annotation::command).collect();
    }
    let (shown, rest) = all.split_at(MAX_ERRORS - 1);
    let mut out: Vec<String> = shown.iter().map(Annotation::command).collect();
    let titles: Vec<&str> = rest.iter().map(|a| a.title.as_str()).collect();
    let summary = Annotation {
        file: None,
        line: None,
        title: format!(
            "{} more failing exercise{} (GitHub shows 10 annotations per step)",
            rest.len(),
            if rest.len() == 1 { "" } else { "s" }
        ),
        message: format!(
            "{}\nThe step summary and the reports list every result.",
            titles.join("\n")
        ),
    };
    out.push(summary.command());
    out
}

/// One `::error` annotation before encoding.
struct Annotation {
    file: Option<String>,
    line: Option<u32>,
    title: String,
    message: String,
}

impl Annotation {
    fn command(&self) -> String {
        let mut props = Vec::new();
        if let Some(file) = &self.file {
            props.push(format!("file={}", property(file)));
            if let Some(line) = self.line {
                props.push(format!("line={line}"));
            }
        }
        props.push(format!("title={}", property(&self.title)));
        format!("::error {}::{}", props.join(","), data(&self.message))
    }
}

fn annotation(s: &StudentEntry, e: &ExerciseEntry, many: bool) -> Option<Annotation> {
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
    Some(Annotation {
        line: e.file.as_deref().and_then(|f| line_of(e, f)),
        file: e.file.clone(),
        title,
        message,
    })
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
