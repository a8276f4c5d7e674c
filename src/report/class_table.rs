//! The terminal summary of a class (`--format human`, the default): a line
//! per student with their notes, then the class totals.

use std::fmt::Write as _;

use super::gradebook_csv::number;
use super::{PALETTE as P, one_line, paint};
use crate::gradebook::{ClassReport, ExerciseStatus};

pub fn render(r: &ClassReport) -> String {
    let mut out = String::new();
    let width = r
        .students
        .iter()
        .map(|s| s.student.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(8, 40);
    for s in &r.students {
        let mark = if s.all_passed() {
            paint(P.pass, "✓")
        } else {
            paint(P.fail, "✗")
        };
        let mut counts = vec![format!("{} passed", s.summary.passed)];
        for (n, label) in [
            (s.summary.failed, "failed"),
            (s.summary.errors, "error"),
            (s.summary.missing, "missing"),
        ] {
            if n > 0 {
                counts.push(format!("{n} {label}"));
            }
        }
        let _ = writeln!(
            out,
            "{mark} {:<width$} {:>7} / {:<5} {:>6}%  {}",
            s.student,
            number(s.score),
            number(s.max_score),
            number(s.percent),
            paint(P.dim, counts.join(" · "))
        );
        if !s.fields.is_empty() {
            let fields: Vec<String> = s
                .fields
                .iter()
                .map(|(k, v)| format!("{k}: {}", one_line(v)))
                .collect();
            let _ = writeln!(out, "    {}", paint(P.dim, fields.join(" · ")));
        }
        if let Some(l) = &s.late {
            let style = if l.penalty > 0.0 { P.warn } else { P.dim };
            let _ = writeln!(out, "    {} {}", paint(style, "deadline:"), l.message);
        }
        for e in &s.exercises {
            if let (ExerciseStatus::Error, Some(p), true) = (e.status, &e.error, e.cases.is_empty())
            {
                let _ = writeln!(
                    out,
                    "    {} {}: {}",
                    paint(P.warn, "!"),
                    e.file.as_deref().unwrap_or(&e.id),
                    one_line(&p.message)
                );
            }
        }
        for n in &s.notes {
            let _ = writeln!(
                out,
                "    {} {}: {}",
                paint(P.dim, "note:"),
                n.path,
                n.message
            );
        }
    }
    for n in &r.notes {
        let _ = writeln!(out, "{} {}: {}", paint(P.dim, "note:"), n.path, n.message);
    }
    if let Some(p) = &r.policy {
        let mut rules = Vec::new();
        if let Some(t) = &p.title {
            rules.push(one_line(t));
        }
        if let Some(d) = &p.due {
            rules.push(format!("due {d}"));
        }
        if p.grace_minutes > 0 {
            rules.push(format!("grace {} min", p.grace_minutes));
        }
        if p.penalty_per_day > 0.0 {
            rules.push(format!(
                "−{}% a day late, at most −{}%",
                number(p.penalty_per_day * 100.0),
                number(p.penalty_cap * 100.0)
            ));
        }
        if !rules.is_empty() {
            let _ = writeln!(out, "{}", paint(P.dim, rules.join(" · ")));
        }
    }
    let s = &r.summary;
    let _ = writeln!(
        out,
        "{}",
        paint(
            P.bold,
            format!(
                "{} student{}: mean {}%, {} passed everything · exercises: {} passed, {} failed, {} error, {} missing{}",
                s.students,
                if s.students == 1 { "" } else { "s" },
                number(s.mean_percent),
                s.students_passed,
                s.passed,
                s.failed,
                s.errors,
                s.missing,
                if r.complete { "" } else { " (partial)" }
            )
        )
    );
    out
}
