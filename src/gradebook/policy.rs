//! The assignment file (`--assignment assignment.yaml`): a title, the
//! exercises with their weights (and per-exercise due dates), a due date
//! with its time zone, a grace period and a late policy.  Also the one rule
//! that turns a submission time into a penalty.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::timestamp::Timestamp;

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    title: Option<String>,
    due: Option<String>,
    grace: Option<String>,
    late: Option<RawLate>,
    exercises: Vec<RawExercise>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLate {
    per_day: Fraction,
    cap: Option<Fraction>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawExercise {
    Id(String),
    Full {
        id: String,
        weight: Option<f64>,
        due: Option<String>,
    },
}

/// `0.1` or `"10%"`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Fraction {
    Number(f64),
    Text(String),
}

/// The assignment, checked.
#[derive(Debug, Clone)]
pub struct AssignmentFile {
    pub title: Option<String>,
    /// In the file's order.
    pub exercises: Vec<AssignedExercise>,
    pub policy: Policy,
    /// The file's bytes, for the run fingerprint.
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct AssignedExercise {
    pub id: String,
    /// Overrides the pack's weight.
    pub weight: Option<f64>,
    /// Overrides the assignment's due date.
    pub due: Option<Timestamp>,
}

/// What the class report records of the assignment's deadline rules.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Policy {
    pub title: Option<String>,
    /// RFC 3339; `null` without a due date.
    pub due: Option<String>,
    /// Exercises due at another time than `due`.
    #[serde(default)]
    pub due_overrides: BTreeMap<String, String>,
    /// Minutes after a due date that still count as on time.
    pub grace_minutes: i64,
    /// Fraction of the points taken per started day late (0.1 = 10%).
    pub penalty_per_day: f64,
    /// The most ever taken, as a fraction (1 = everything).
    pub penalty_cap: f64,
}

/// How a student's submission stands against the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LateStatus {
    OnTime,
    Late,
    /// No submission time is known: no penalty.
    Unknown,
}

/// A student's lateness, as reports show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lateness {
    pub status: LateStatus,
    /// Started days past the (latest missed) due date; 0 when on time.
    pub days_late: i64,
    /// Points taken off.
    pub penalty: f64,
    /// The score before the penalty (the student's `score` is after it).
    pub score_before: f64,
    /// One sentence for people: "late by 2 days: −20% (3 → 2.4 points)".
    pub message: String,
}

impl AssignmentFile {
    pub fn read(path: &Path) -> Result<AssignmentFile, String> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the assignment file {shown}: {e}"))?;
        Self::parse(&text, &shown)
    }

    pub fn parse(text: &str, shown: &str) -> Result<AssignmentFile, String> {
        let raw: RawFile = serde_saphyr::from_str(text).map_err(|e| {
            let line = e.location().map(|l| format!(":{}", l.line())).unwrap_or_default();
            format!(
                "{shown}{line}: {} (expected title, due, grace, late {{per_day, cap}} and exercises; see README's Assignments section)",
                e.to_string().replace("<input>", shown).lines().next().unwrap_or("invalid YAML")
            )
        })?;
        let at = |what: &str, why: String| format!("{shown}: {what}: {why}");
        let due = raw
            .due
            .as_deref()
            .map(Timestamp::parse)
            .transpose()
            .map_err(|e| at("due", e))?;
        let grace_minutes = match raw.grace.as_deref() {
            None => 0,
            Some(g) => parse_minutes(g).map_err(|e| at("grace", e))?,
        };
        let (penalty_per_day, penalty_cap) = match &raw.late {
            None => (0.0, 0.0),
            Some(l) => (
                fraction(&l.per_day).map_err(|e| at("late.per_day", e))?,
                match &l.cap {
                    None => 1.0,
                    Some(c) => fraction(c).map_err(|e| at("late.cap", e))?,
                },
            ),
        };
        if raw.exercises.is_empty() {
            return Err(at(
                "exercises",
                "the list is empty; name at least one exercise id".into(),
            ));
        }
        let mut exercises: Vec<AssignedExercise> = Vec::new();
        let mut due_overrides = BTreeMap::new();
        for e in raw.exercises {
            let (id, weight, ex_due) = match e {
                RawExercise::Id(id) => (id, None, None),
                RawExercise::Full { id, weight, due } => (id, weight, due),
            };
            let id = id.trim().to_string();
            if exercises.iter().any(|x| x.id == id) {
                return Err(at("exercises", format!("{id} is listed twice")));
            }
            if let Some(w) = weight
                && !(w.is_finite() && w >= 0.0)
            {
                return Err(at(&id, format!("weight {w} must be a number ≥ 0")));
            }
            let ex_due = ex_due
                .as_deref()
                .map(Timestamp::parse)
                .transpose()
                .map_err(|e| at(&format!("{id}: due"), e))?;
            if let Some(d) = ex_due {
                due_overrides.insert(id.clone(), d.to_string());
            }
            exercises.push(AssignedExercise {
                id,
                weight,
                due: ex_due,
            });
        }
        if raw.late.is_some() && due.is_none() && due_overrides.is_empty() {
            return Err(at(
                "late",
                "a late policy needs a due date: add `due:`".into(),
            ));
        }
        Ok(AssignmentFile {
            title: raw.title,
            exercises,
            policy: Policy {
                title: None,
                due: due.map(|d| d.to_string()),
                due_overrides,
                grace_minutes,
                penalty_per_day,
                penalty_cap,
            },
            text: text.to_string(),
        })
        .map(|mut a| {
            a.policy.title = a.title.clone();
            a
        })
    }

    pub fn ids(&self) -> Vec<String> {
        self.exercises.iter().map(|e| e.id.clone()).collect()
    }

    /// The entry an exercise falls under: its own id, or its topic.
    fn entry_for(&self, id: &str) -> Option<&AssignedExercise> {
        let topic = id.split('/').next();
        self.exercises
            .iter()
            .find(|e| e.id == id)
            .or_else(|| self.exercises.iter().find(|e| Some(e.id.as_str()) == topic))
    }

    /// Whether the file assigns exercise `id` (by id or topic).
    pub fn covers(&self, id: &str) -> bool {
        self.entry_for(id).is_some()
    }

    /// The weight the file sets for exercise `id`, if any.
    pub fn weight_of(&self, id: &str) -> Option<f64> {
        self.entry_for(id).and_then(|e| e.weight)
    }

    /// The policy with per-exercise due dates spelled out for each of
    /// `ids` (an entry may name a whole topic).
    pub fn policy_for(&self, ids: &[String]) -> Policy {
        let mut policy = self.policy.clone();
        policy.due_overrides = ids
            .iter()
            .filter_map(|id| Some((id.clone(), self.entry_for(id)?.due?.to_string())))
            .collect();
        policy
    }
}

impl Policy {
    /// Whether the policy has any deadline at all.
    pub fn has_deadline(&self) -> bool {
        self.due.is_some() || !self.due_overrides.is_empty()
    }

    fn due_of(&self, id: &str) -> Option<Timestamp> {
        self.due_overrides
            .get(id)
            .or(self.due.as_ref())
            .and_then(|d| Timestamp::parse(d).ok())
    }

    /// The penalty fraction for an exercise handed in at `submitted`, and
    /// the started days late.
    fn exercise_penalty(&self, id: &str, submitted: Timestamp) -> (f64, i64) {
        let Some(due) = self.due_of(id) else {
            return (0.0, 0);
        };
        let late_by = submitted.unix - due.unix;
        if late_by <= self.grace_minutes * 60 {
            return (0.0, 0);
        }
        // Every started day counts, from the due date itself (the grace
        // period only decides whether the submission is late at all).
        let days = (late_by + 86_399) / 86_400;
        let fraction = (self.penalty_per_day * days as f64).min(self.penalty_cap);
        (fraction.max(0.0), days)
    }

    /// The lateness of a student whose exercises earned `points` (by id),
    /// handed in at `submitted`; `None` when the assignment has no due date.
    pub fn lateness(
        &self,
        points: &[(String, f64)],
        submitted: Option<Timestamp>,
    ) -> Option<Lateness> {
        if !self.has_deadline() {
            return None;
        }
        let before = super::round6(points.iter().map(|(_, p)| p).sum());
        let Some(at) = submitted else {
            return Some(Lateness {
                status: LateStatus::Unknown,
                days_late: 0,
                penalty: 0.0,
                score_before: before,
                message: "submission time unknown: no late penalty applied".into(),
            });
        };
        let mut penalty = 0.0;
        let mut days_late = 0;
        let mut worst = 0.0f64;
        for (id, p) in points {
            let (fraction, days) = self.exercise_penalty(id, at);
            penalty += p * fraction;
            days_late = days_late.max(days);
            worst = worst.max(fraction);
        }
        let penalty = super::round6(penalty);
        let number = crate::report::gradebook_csv::number;
        let (status, message) = if days_late == 0 {
            (LateStatus::OnTime, format!("on time (submitted {at})"))
        } else {
            let days = if days_late == 1 { "day" } else { "days" };
            let rule = if self.penalty_per_day > 0.0 {
                format!(
                    "−{}% ({} → {} points)",
                    number(worst * 100.0),
                    number(before),
                    number(super::round6(before - penalty))
                )
            } else {
                "no late penalty in this assignment".into()
            };
            (
                LateStatus::Late,
                format!("late by {days_late} {days} (submitted {at}): {rule}"),
            )
        };
        Some(Lateness {
            status,
            days_late,
            penalty,
            score_before: before,
            message,
        })
    }
}

fn fraction(f: &Fraction) -> Result<f64, String> {
    let v = match f {
        Fraction::Number(n) => *n,
        Fraction::Text(t) => {
            let t = t.trim();
            match t.strip_suffix('%') {
                Some(p) => p
                    .trim()
                    .parse::<f64>()
                    .map(|v| v / 100.0)
                    .map_err(|_| format!("{t:?} is not a percentage; write e.g. 10%"))?,
                None => t
                    .parse::<f64>()
                    .map_err(|_| format!("{t:?} is not a fraction; write e.g. 0.1 or 10%"))?,
            }
        }
    };
    if (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{v} is out of range; give 0 to 1, or 0% to 100%"))
    }
}

/// `30m`, `2h`, `1d` or a number of minutes.
fn parse_minutes(text: &str) -> Result<i64, String> {
    let t = text.trim();
    let (n, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => (&t[..i], t[i..].trim()),
        None => (t, "m"),
    };
    let n: i64 = n
        .parse()
        .map_err(|_| format!("{t:?} is not a duration; write e.g. 15m, 2h or 1d"))?;
    let scale = match unit {
        "m" | "min" | "minutes" => 1,
        "h" | "hours" => 60,
        "d" | "days" => 1440,
        _ => return Err(format!("{t:?}: unknown unit {unit:?}; use m, h or d")),
    };
    Ok(n * scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "title: Week 3\ndue: 2026-03-10T23:59:00+01:00\ngrace: 15m\nlate:\n  per_day: 10%\n  cap: 30%\nexercises:\n  - decorators/timing\n  - id: closures/counter\n    weight: 2\n    due: 2026-03-12T23:59:00+01:00\n";

    fn at(t: &str) -> Option<Timestamp> {
        Some(Timestamp::parse(t).expect("valid"))
    }

    #[test]
    fn the_file_parses() {
        let a = AssignmentFile::parse(FILE, "a.yaml").expect("valid");
        assert_eq!(a.ids(), ["decorators/timing", "closures/counter"]);
        assert_eq!(a.exercises[1].weight, Some(2.0));
        assert_eq!(a.policy.grace_minutes, 15);
        assert_eq!((a.policy.penalty_per_day, a.policy.penalty_cap), (0.1, 0.3));
        assert_eq!(a.policy.title.as_deref(), Some("Week 3"));
    }

    #[test]
    fn penalties_count_started_days_within_the_cap() {
        let p = AssignmentFile::parse(FILE, "a.yaml").expect("valid").policy;
        let pts = vec![("decorators/timing".to_string(), 1.0)];
        // Within the grace period: on time.
        let l = p
            .lateness(&pts, at("2026-03-11T00:10:00+01:00"))
            .expect("due");
        assert_eq!((l.status, l.penalty), (LateStatus::OnTime, 0.0));
        // 16 minutes late: one started day, 10%.
        let l = p.lateness(&pts, at("2026-03-10T23:15:00Z")).expect("due");
        assert_eq!(
            (l.status, l.days_late, l.penalty),
            (LateStatus::Late, 1, 0.1)
        );
        // Ten days late: capped at 30%.
        let l = p.lateness(&pts, at("2026-03-20T12:00:00Z")).expect("due");
        assert_eq!((l.days_late, l.penalty), (10, 0.3));
        // Unknown time: no penalty, said so.
        let l = p.lateness(&pts, None).expect("due");
        assert_eq!((l.status, l.penalty), (LateStatus::Unknown, 0.0));
        assert!(l.message.contains("unknown"), "{}", l.message);
    }

    #[test]
    fn an_exercise_due_later_is_not_late_yet() {
        let p = AssignmentFile::parse(FILE, "a.yaml").expect("valid").policy;
        let pts = vec![
            ("decorators/timing".to_string(), 1.0),
            ("closures/counter".to_string(), 2.0),
        ];
        let l = p
            .lateness(&pts, at("2026-03-11T12:00:00+01:00"))
            .expect("due");
        // Only the first exercise is late: 10% of 1 point.
        assert_eq!((l.penalty, l.score_before), (0.1, 3.0));
    }

    #[test]
    fn mistakes_name_the_field() {
        let why = AssignmentFile::parse("due: tomorrow\nexercises: [a/b]\n", "a.yaml")
            .expect_err("bad date");
        assert!(why.starts_with("a.yaml: due:"), "{why}");
        let why = AssignmentFile::parse("late: {per_day: 10%}\nexercises: [a/b]\n", "a.yaml")
            .expect_err("no due");
        assert!(why.contains("needs a due date"), "{why}");
        let why = AssignmentFile::parse("exercises: [a/b]\ncolour: red\n", "a.yaml")
            .expect_err("unknown field");
        assert!(why.contains("a.yaml"), "{why}");
    }
}
