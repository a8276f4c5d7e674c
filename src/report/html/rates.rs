//! The class statistics the HTML report shows: the score histogram and pass
//! rates per exercise and per case, each list sorted worst first (ties by
//! id and name, so the order is stable).

use std::collections::BTreeMap;

use crate::gradebook::{ClassReport, ExerciseStatus};
use crate::judge::Verdict;

/// Bands of 10%: `[0, 10)`, …, `[80, 90)`, `[90, 100]`.
pub const BANDS: usize = 10;

pub fn histogram(percents: impl Iterator<Item = f64>) -> [usize; BANDS] {
    let mut bins = [0; BANDS];
    for p in percents {
        // Truncation is the point: 59.99% belongs to the 50–60 band.
        let i = (p.clamp(0.0, 100.0) / 10.0) as usize;
        bins[i.min(BANDS - 1)] += 1;
    }
    bins
}

pub fn band_label(i: usize) -> String {
    format!("{}–{}", i * 10, i * 10 + 10)
}

pub struct ExerciseRate {
    pub id: String,
    pub title: String,
    pub weight: f64,
    /// Students in the report: every one was assigned the exercise.
    pub students: usize,
    pub passed: usize,
    pub errors: usize,
    pub missing: usize,
    /// Mean of the exercise's score (0..=1) over all students.
    pub mean_score: f64,
}

impl ExerciseRate {
    pub fn rate(&self) -> f64 {
        ratio(self.passed, self.students)
    }
}

pub fn exercises(r: &ClassReport) -> Vec<ExerciseRate> {
    let mut out: Vec<ExerciseRate> = r
        .assignment
        .iter()
        .map(|a| {
            let entries: Vec<_> = r
                .students
                .iter()
                .filter_map(|s| s.exercises.iter().find(|e| e.id == a.id))
                .collect();
            let count = |st: ExerciseStatus| entries.iter().filter(|e| e.status == st).count();
            ExerciseRate {
                id: a.id.clone(),
                title: a.title.clone(),
                weight: a.weight,
                students: r.students.len(),
                passed: count(ExerciseStatus::Passed),
                errors: count(ExerciseStatus::Error),
                missing: count(ExerciseStatus::Missing),
                mean_score: if r.students.is_empty() {
                    0.0
                } else {
                    entries.iter().map(|e| e.score).sum::<f64>() / r.students.len() as f64
                },
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.rate()
            .total_cmp(&b.rate())
            .then(a.mean_score.total_cmp(&b.mean_score))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

pub struct CaseRate {
    pub exercise: String,
    pub name: String,
    pub hidden: bool,
    /// Students whose file ran this case.
    pub ran: usize,
    pub passed: usize,
    /// The most frequent verdict other than passed, and how often.
    pub worst: Option<(Verdict, usize)>,
}

impl CaseRate {
    pub fn rate(&self) -> f64 {
        ratio(self.passed, self.ran)
    }
}

/// A case's verdicts other than passed, by label: (verdict, count).
type Failures = BTreeMap<&'static str, (Verdict, usize)>;

pub fn cases(r: &ClassReport) -> Vec<CaseRate> {
    // Keyed by (exercise's place in the assignment, case's place in its
    // exercise), so ties keep the spec's order.
    let place: BTreeMap<&str, usize> = r
        .assignment
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut found: BTreeMap<(usize, usize), (CaseRate, Failures)> = BTreeMap::new();
    for s in &r.students {
        for e in &s.exercises {
            let Some(&ex_place) = place.get(e.id.as_str()) else {
                continue;
            };
            for (i, c) in e.cases.iter().enumerate() {
                let (rate, fails) = found.entry((ex_place, i)).or_insert_with(|| {
                    (
                        CaseRate {
                            exercise: e.id.clone(),
                            name: c.name.clone(),
                            hidden: c.hidden,
                            ran: 0,
                            passed: 0,
                            worst: None,
                        },
                        BTreeMap::new(),
                    )
                });
                rate.ran += 1;
                if c.status == Verdict::Passed {
                    rate.passed += 1;
                } else {
                    fails.entry(c.status.label()).or_insert((c.status, 0)).1 += 1;
                }
            }
        }
    }
    let mut out: Vec<CaseRate> = found
        .into_values()
        .map(|(mut rate, fails)| {
            // Most frequent first; among equals, the first label in order.
            rate.worst = fails.into_values().fold(
                None,
                |best: Option<(Verdict, usize)>, (v, n)| match best {
                    Some((_, m)) if m >= n => best,
                    _ => Some((v, n)),
                },
            );
            rate
        })
        .collect();
    // A stable sort: equal rates keep the assignment's and spec's order.
    out.sort_by(|a, b| a.rate().total_cmp(&b.rate()));
    out
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}
