//! `grader merge`: shard reports → one class report in any format.

use super::outputs::Plan;
use crate::cli::MergeArgs;
use crate::error::{Error, exit};
use crate::gradebook::policy::AssignmentFile;
use crate::gradebook::timestamp::Timestamp;
use crate::gradebook::{self, ClassReport};
use crate::report::{PALETTE, paint};

pub fn run(args: MergeArgs) -> Result<u8, Error> {
    let plan = Plan::new(&args.output, Vec::new())?;
    let mut reports = Vec::new();
    for path in &args.reports {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Usage(format!("cannot read {shown}: {e}")))?;
        let report = ClassReport::parse(&text, &shown).map_err(Error::Usage)?;
        reports.push((shown, report));
    }
    let (mut merged, warnings) = gradebook::merge(reports).map_err(Error::Usage)?;
    if let Some(path) = &args.assignment {
        merged = with_policy(merged, path)?;
    }
    for w in &warnings {
        anstream::eprintln!("{} {w}", paint(PALETTE.warn, "warning:"));
    }
    plan.write(&merged)?;
    Ok(if merged.all_passed() {
        exit::OK
    } else {
        exit::FAILED
    })
}

/// The merged report under an assignment file's deadline rules: each
/// student's recorded `submitted_at` against its due dates.
fn with_policy(report: ClassReport, path: &std::path::Path) -> Result<ClassReport, Error> {
    let file = AssignmentFile::read(path).map_err(Error::Usage)?;
    let shown = path.display();
    let ids: Vec<String> = report.assignment.iter().map(|a| a.id.clone()).collect();
    for a in &report.assignment {
        if !file.covers(&a.id) {
            return Err(Error::Usage(format!(
                "{shown} does not assign {}, which the reports grade; merge reports of this assignment",
                a.id
            )));
        }
        if let Some(w) = file.weight_of(&a.id)
            && (w - a.weight).abs() > 1e-9
        {
            return Err(Error::Usage(format!(
                "{shown} gives {} weight {w}, the reports {}; grade again with --assignment {shown}",
                a.id, a.weight
            )));
        }
    }
    for entry in file.ids() {
        if !ids
            .iter()
            .any(|id| *id == entry || id.split('/').next() == Some(entry.as_str()))
        {
            return Err(Error::Usage(format!(
                "{shown} assigns {entry}, which the reports do not grade; grade again with --assignment {shown}"
            )));
        }
    }
    let policy = file.policy_for(&ids);
    let mut info = report.info();
    info.policy = Some(policy.clone());
    let mut students = report.students;
    for s in &mut students {
        // Points are recomputed from the exercises: a penalty applied when
        // grading is replaced, not compounded.
        let at = s
            .submitted_at
            .as_deref()
            .and_then(|t| Timestamp::parse(t).ok());
        s.apply_policy(&policy, at);
    }
    Ok(ClassReport::new(
        info,
        report.notes,
        students,
        report.complete,
    ))
}
