//! JUnit XML (`--format junit`) through quick-junit, the crate cargo-nextest
//! uses: a testsuite per student and exercise, a testcase per case.  Hidden
//! cases carry their verdict and message only (the class report never holds
//! their code, expected output or diff).

use std::time::Duration;

use quick_junit::{NonSuccessKind, Property, Report, TestCase, TestCaseStatus, TestSuite};

use crate::gradebook::{CaseEntry, ClassReport, ExerciseEntry, ExerciseStatus, StudentEntry};
use crate::judge::{Location, Verdict};
use crate::report::gradebook_csv::number;

pub fn render(r: &ClassReport) -> Result<String, String> {
    let mut report = Report::new("grader");
    for s in &r.students {
        for e in &s.exercises {
            report.add_test_suite(exercise_suite(s, e));
        }
        if !s.notes.is_empty() {
            let mut suite = TestSuite::new(format!("{}: files", s.student));
            for n in &s.notes {
                let mut status = TestCaseStatus::skipped();
                status.set_message(n.message.as_str());
                let mut case = TestCase::new(n.path.as_str(), status);
                case.set_classname(format!("{}.files", s.student));
                suite.add_test_case(case);
            }
            report.add_test_suite(suite);
        }
    }
    report
        .to_string()
        .map_err(|e| format!("could not write JUnit XML: {e}"))
}

fn exercise_suite(s: &StudentEntry, e: &ExerciseEntry) -> TestSuite {
    let mut suite = TestSuite::new(format!("{}: {}", s.student, e.id));
    let classname = format!("{}.{}", s.student, e.id.replace('/', "."));
    suite.add_properties([
        Property::new("student", s.student.as_str()),
        Property::new("exercise", e.id.as_str()),
        Property::new("points", number(e.points)),
        Property::new("weight", number(e.weight)),
    ]);
    if let Some(file) = &e.file {
        suite.add_property(Property::new("file", file.as_str()));
    }
    let whole = |name: &str, kind: NonSuccessKind, message: String, detail: Option<String>| {
        let mut status = TestCaseStatus::non_success(kind);
        status.set_message(message);
        if let Some(d) = detail {
            status.set_description(d);
        }
        let mut case = TestCase::new(name, status);
        case.set_classname(classname.as_str());
        case
    };
    match (e.status, &e.error) {
        (ExerciseStatus::Missing, _) => {
            let expected = format!("no submission: expected {}.py", e.id);
            suite.add_test_case(whole(
                "(submission)",
                NonSuccessKind::Failure,
                expected,
                None,
            ));
        }
        (_, Some(p)) if e.cases.is_empty() => {
            let mut detail = Vec::new();
            if let Some(loc) = &p.location {
                detail.push(location_line(loc));
            }
            detail.extend(p.hint.clone());
            let name = if e.sha256.is_some() {
                "(import)"
            } else {
                "(submission)"
            };
            suite.add_test_case(whole(
                name,
                NonSuccessKind::Error,
                p.message.clone(),
                (!detail.is_empty()).then(|| detail.join("\n")),
            ));
        }
        _ => {
            for c in &e.cases {
                suite.add_test_case(case(c, &classname));
            }
        }
    }
    suite
}

fn case(c: &CaseEntry, classname: &str) -> TestCase {
    let status = match c.status {
        Verdict::Passed => TestCaseStatus::success(),
        v => {
            let kind = if v == Verdict::Failed {
                NonSuccessKind::Failure
            } else {
                NonSuccessKind::Error
            };
            let mut status = TestCaseStatus::non_success(kind);
            status.set_type(v.label());
            status.set_message(c.message.clone().unwrap_or_else(|| v.label().to_string()));
            let mut detail: Vec<String> = c.traceback.iter().map(location_line).collect();
            detail.extend(c.diff.clone());
            if !detail.is_empty() {
                status.set_description(detail.join("\n"));
            }
            status
        }
    };
    let name = if c.hidden {
        format!("{} (hidden)", c.name)
    } else {
        c.name.clone()
    };
    let mut t = TestCase::new(name, status);
    t.set_classname(classname);
    t.set_time(Duration::from_millis(c.duration_ms));
    t
}

fn location_line(l: &Location) -> String {
    match &l.source {
        Some(src) => format!("{}:{} in {}: {src}", l.file, l.line, l.function),
        None => format!("{}:{} in {}", l.file, l.line, l.function),
    }
}
