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
    let xml = report
        .to_string()
        .map_err(|e| format!("could not write JUnit XML: {e}"))?;
    Ok(without_suites_skipped(xml))
}

/// Drops the `skipped` attribute quick-junit always writes on
/// `<testsuites>`: Jenkins' xUnit plugin validates against `junit-10.xsd`,
/// which does not allow it there (it does on each `<testsuite>`), and
/// rejects the whole file.
fn without_suites_skipped(xml: String) -> String {
    let Some(start) = xml.find("<testsuites") else {
        return xml;
    };
    let Some(len) = xml[start..].find('>') else {
        return xml;
    };
    let tag = &xml[start..start + len];
    let Some(at) = tag.find(" skipped=\"") else {
        return xml;
    };
    let Some(close) = tag[at + 10..].find('"') else {
        return xml;
    };
    let (from, to) = (start + at, start + at + 10 + close + 1);
    format!("{}{}", &xml[..from], &xml[to..])
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
    for (k, v) in &s.fields {
        suite.add_property(Property::new(format!("student.{k}"), v.as_str()));
    }
    if let Some(t) = &s.submitted_at {
        suite.add_property(Property::new("submitted_at", t.as_str()));
    }
    if let Some(l) = &s.late {
        suite.add_properties([
            Property::new("deadline", l.message.as_str()),
            Property::new("score_before_penalty", number(l.score_before)),
            Property::new("penalty", number(l.penalty)),
            Property::new("student_score", number(s.score)),
        ]);
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

#[cfg(test)]
mod tests {
    use super::without_suites_skipped;

    #[test]
    fn only_the_testsuites_skipped_attribute_goes() {
        let xml = "<?xml?>\n<testsuites name=\"g\" tests=\"1\" skipped=\"0\" errors=\"0\">\n<testsuite name=\"s\" skipped=\"0\">";
        assert_eq!(
            without_suites_skipped(xml.to_string()),
            "<?xml?>\n<testsuites name=\"g\" tests=\"1\" errors=\"0\">\n<testsuite name=\"s\" skipped=\"0\">"
        );
    }
}
