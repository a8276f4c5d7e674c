//! `grader merge`: shard reports → one class report, as if one run had
//! graded everyone.

use std::collections::BTreeMap;

use super::{ClassReport, StudentEntry};

/// Combines `(shown name, report)` pairs.  Returns the merged report and
/// warnings (a shard missing); refuses reports graded under different
/// conditions and students graded differently in two reports.
pub fn merge(reports: Vec<(String, ClassReport)>) -> Result<(ClassReport, Vec<String>), String> {
    let Some((first_name, first)) = reports.first() else {
        return Err("nothing to merge: give the JSON reports of the shards".into());
    };
    let mut warnings = Vec::new();
    for (name, r) in &reports[1..] {
        if r.assignment != first.assignment {
            return Err(format!(
                "{name} and {first_name} grade different exercises (or weights); merge reports of one assignment"
            ));
        }
        if r.fingerprint != first.fingerprint {
            return Err(format!(
                "{name} and {first_name} were graded under different conditions (grader or Python version, sandbox, or exercise specs differ); grade every shard the same way"
            ));
        }
    }

    let mut complete = reports.iter().all(|(_, r)| r.complete);
    for (name, r) in &reports {
        if !r.complete {
            warnings.push(format!(
                "{name} is a partial report (the run was interrupted); finish it with --resume"
            ));
        }
    }
    let shards: Vec<_> = reports.iter().filter_map(|(_, r)| r.shard).collect();
    if shards.len() == reports.len() {
        let count = shards[0].count;
        if shards.iter().any(|s| s.count != count) {
            warnings.push(
                "the reports come from different splits (--shard K/N with different N)".into(),
            );
        } else {
            for k in 1..=count {
                if !shards.iter().any(|s| s.index == k) {
                    complete = false;
                    warnings.push(format!(
                        "shard {k}/{count} is missing: its students are not in the merged report"
                    ));
                }
            }
        }
    }

    let mut students: BTreeMap<String, (StudentEntry, &str)> = BTreeMap::new();
    let mut notes = Vec::new();
    for (name, r) in &reports {
        for n in &r.notes {
            if !notes.contains(n) {
                notes.push(n.clone());
            }
        }
        for s in &r.students {
            match students.get(&s.student) {
                Some((seen, _)) if seen == s => {}
                Some((_, other)) => {
                    return Err(format!(
                        "student {:?} is graded differently in {other} and {name}; merge each shard once",
                        s.student
                    ));
                }
                None => {
                    students.insert(s.student.clone(), (s.clone(), name.as_str()));
                }
            }
        }
    }
    let mut info = first.info();
    info.shard = None;
    let merged = ClassReport::new(
        info,
        notes,
        students.into_values().map(|(s, _)| s).collect(),
        complete,
    );
    Ok((merged, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gradebook::{RunInfo, Shard};

    fn report(shard: Option<(u32, u32)>, students: &[&str], fingerprint: &str) -> ClassReport {
        let info = RunInfo {
            python: Some("3.11.7".into()),
            sandbox: vec!["temp-dir".into()],
            shard: shard.map(|(index, count)| Shard { index, count }),
            fingerprint: fingerprint.into(),
            assignment: Vec::new(),
            policy: None,
        };
        let students = students
            .iter()
            .map(|n| StudentEntry::new(n.to_string(), n.to_string(), None, Vec::new(), Vec::new()))
            .collect();
        ClassReport::new(info, Vec::new(), students, true)
    }

    #[test]
    fn shards_merge_into_one_sorted_report() {
        let (merged, warnings) = merge(vec![
            ("b.json".into(), report(Some((2, 2)), &["zed", "bo"], "f")),
            ("a.json".into(), report(Some((1, 2)), &["al"], "f")),
        ])
        .expect("merges");
        assert!(warnings.is_empty(), "{warnings:?}");
        let names: Vec<&str> = merged.students.iter().map(|s| s.student.as_str()).collect();
        assert_eq!(names, ["al", "bo", "zed"]);
        assert_eq!(merged.summary.students, 3);
        assert!(merged.complete);
        assert_eq!(merged.shard, None);
    }

    #[test]
    fn a_missing_shard_makes_a_partial_report() {
        let (merged, warnings) =
            merge(vec![("a.json".into(), report(Some((1, 3)), &["al"], "f"))]).expect("merges");
        assert!(!merged.complete);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("shard 2/3 is missing"));
    }

    #[test]
    fn different_conditions_or_conflicting_students_are_refused() {
        let why = merge(vec![
            ("a.json".into(), report(None, &["al"], "f")),
            ("b.json".into(), report(None, &["bo"], "g")),
        ])
        .expect_err("different fingerprints");
        assert!(why.contains("different conditions"), "{why}");

        let mut other = report(None, &["al"], "f");
        other.students[0].source = "elsewhere".into();
        let why = merge(vec![
            ("a.json".into(), report(None, &["al"], "f")),
            ("b.json".into(), other),
        ])
        .expect_err("conflict");
        assert!(why.contains("graded differently"), "{why}");
    }
}
