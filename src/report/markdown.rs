//! The Markdown summary (`--format markdown`, and `$GITHUB_STEP_SUMMARY`
//! under GitHub Actions): class statistics, pass rates per exercise, a row
//! per student and their notes; for a single student, the failing cases.
//! Every student-controlled string is escaped.

use std::fmt::Write as _;

use super::gradebook_csv::number;
use crate::gradebook::{ClassReport, ExerciseStatus, StudentEntry};
use crate::judge::Verdict;

/// GitHub refuses step summaries over 1 MiB; stay well below.
const MAX_BYTES: usize = 900 << 10;
/// Student rows shown before the table is cut.
const MAX_ROWS: usize = 1000;

pub fn render(r: &ClassReport) -> String {
    let mut out = String::new();
    let s = &r.summary;
    let _ = writeln!(out, "## Grades\n");
    let _ = writeln!(
        out,
        "{} student{} · mean {}% · {} passed everything{}\n",
        s.students,
        if s.students == 1 { "" } else { "s" },
        number(s.mean_percent),
        s.students_passed,
        if r.complete {
            String::new()
        } else {
            " · **partial report** (interrupted or a shard missing)".into()
        }
    );
    if let Some(p) = &r.policy {
        if let Some(t) = &p.title {
            let _ = writeln!(out, "**{}**\n", escape(t));
        }
        if let Some(d) = &p.due {
            let _ = writeln!(
                out,
                "Due {}{}{}\n",
                escape(d),
                if p.grace_minutes > 0 {
                    format!(" \\(grace {} min\\)", p.grace_minutes)
                } else {
                    String::new()
                },
                if p.penalty_per_day > 0.0 {
                    format!(
                        " · late: −{}% a day, at most −{}%",
                        number(p.penalty_per_day * 100.0),
                        number(p.penalty_cap * 100.0)
                    )
                } else {
                    String::new()
                }
            );
        }
    }
    if let [one] = r.students.as_slice() {
        student_detail(&mut out, one);
    } else {
        exercise_table(&mut out, r);
        student_table(&mut out, r);
    }
    let notes: Vec<String> = r
        .notes
        .iter()
        .map(|n| format!("- `{}`: {}", code(&n.path), escape(&n.message)))
        .chain(
            r.students
                .iter()
                .flat_map(|st| student_notes(st, r.students.len() > 1)),
        )
        .collect();
    if !notes.is_empty() {
        let _ = writeln!(out, "\n### Notes\n");
        for n in notes {
            let _ = writeln!(out, "{n}");
        }
    }
    if out.len() > MAX_BYTES {
        let mut cut = MAX_BYTES;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
        out.push_str("\n\n… (cut: the full report is in the JSON and CSV outputs)\n");
    }
    out
}

/// A student's notes, and with `errors` also why a file could not run
/// (a single student's summary lists those under "What failed").
fn student_notes(st: &StudentEntry, errors: bool) -> Vec<String> {
    let line = |path: &str, message: &str| {
        format!(
            "- {}: `{}`: {}",
            escape(&st.student),
            code(path),
            escape(message)
        )
    };
    let mut out = Vec::new();
    for e in st.exercises.iter().filter(|_| errors) {
        if let (Some(p), Some(file), true) = (&e.error, &e.file, e.cases.is_empty()) {
            out.push(line(file, &p.message));
        }
    }
    out.extend(st.notes.iter().map(|n| line(&n.path, &n.message)));
    out
}

fn exercise_table(out: &mut String, r: &ClassReport) {
    let _ = writeln!(out, "| exercise | weight | passed | mean score | missing |");
    let _ = writeln!(out, "|---|---:|---:|---:|---:|");
    for a in &r.assignment {
        let entries: Vec<_> = r
            .students
            .iter()
            .filter_map(|s| s.exercises.iter().find(|e| e.id == a.id))
            .collect();
        let passed = entries
            .iter()
            .filter(|e| e.status == ExerciseStatus::Passed)
            .count();
        let missing = entries
            .iter()
            .filter(|e| e.status == ExerciseStatus::Missing)
            .count();
        let mean = if entries.is_empty() {
            0.0
        } else {
            entries.iter().map(|e| e.score).sum::<f64>() / entries.len() as f64
        };
        let _ = writeln!(
            out,
            "| {} | {} | {passed}/{} | {}% | {missing} |",
            escape(&a.id),
            number(a.weight),
            entries.len(),
            number((mean * 1000.0).round() / 10.0)
        );
    }
    out.push('\n');
}

fn student_table(out: &mut String, r: &ClassReport) {
    let fields = super::field_names(r);
    let deadline = super::has_deadline(r);
    let mut head: Vec<String> = vec!["student".into()];
    let mut rule: Vec<&str> = vec!["---"];
    for f in &fields {
        head.push(escape(f));
        rule.push("---");
    }
    if deadline {
        head.extend([
            "submitted".into(),
            "deadline".into(),
            "before penalty".into(),
        ]);
        rule.extend(["---", "---", "---:"]);
    }
    let _ = writeln!(
        out,
        "| {} | score | % | passed | failed | errors | missing |",
        head.join(" | ")
    );
    let _ = writeln!(out, "|{}|---:|---:|---:|---:|---:|---:|", rule.join("|"));
    for s in r.students.iter().take(MAX_ROWS) {
        let mut lead = vec![escape(&s.student)];
        for f in &fields {
            lead.push(escape(s.fields.get(f).map_or("", String::as_str)));
        }
        if deadline {
            lead.push(escape(s.submitted_at.as_deref().unwrap_or("unknown")));
            lead.push(escape(&super::late_cell(s)));
            lead.push(number(s.late.as_ref().map_or(s.score, |l| l.score_before)));
        }
        let _ = writeln!(
            out,
            "| {} | {} / {} | {} | {} | {} | {} | {} |",
            lead.join(" | "),
            number(s.score),
            number(s.max_score),
            number(s.percent),
            s.summary.passed,
            s.summary.failed,
            s.summary.errors,
            s.summary.missing
        );
    }
    if r.students.len() > MAX_ROWS {
        let _ = writeln!(
            out,
            "\n… and {} more students (see the CSV gradebook)",
            r.students.len() - MAX_ROWS
        );
    }
}

fn student_detail(out: &mut String, s: &StudentEntry) {
    let _ = writeln!(
        out,
        "**{}**: {} / {} points ({}%)\n",
        escape(&s.student),
        number(s.score),
        number(s.max_score),
        number(s.percent)
    );
    for (k, v) in &s.fields {
        let _ = writeln!(out, "- {}: {}", escape(k), escape(v));
    }
    if let Some(l) = &s.late {
        let _ = writeln!(out, "- deadline: {}", escape(&l.message));
    }
    if !s.fields.is_empty() || s.late.is_some() {
        out.push('\n');
    }
    let _ = writeln!(out, "| exercise | status | cases | points |");
    let _ = writeln!(out, "|---|---|---:|---:|");
    for e in &s.exercises {
        let status = match e.status {
            ExerciseStatus::Passed => "✅ passed",
            ExerciseStatus::Failed => "❌ failed",
            ExerciseStatus::Error => "💥 error",
            ExerciseStatus::Missing => "➖ missing",
        };
        let _ = writeln!(
            out,
            "| {} | {status} | {}/{} | {} / {} |",
            escape(&e.id),
            e.passed_cases(),
            e.cases.len(),
            number(e.points),
            number(e.weight)
        );
    }
    let mut problems = Vec::new();
    for e in &s.exercises {
        if let Some(p) = &e.error {
            problems.push(format!("- **{}**: {}", escape(&e.id), escape(&p.message)));
        }
        for c in e.cases.iter().filter(|c| c.status != Verdict::Passed) {
            problems.push(format!(
                "- **{}** · {}{}: {}",
                escape(&e.id),
                escape(&c.name),
                if c.hidden { " (hidden)" } else { "" },
                escape(c.message.as_deref().unwrap_or(c.status.label()))
            ));
        }
    }
    if !problems.is_empty() {
        let _ = writeln!(out, "\n### What failed\n");
        for p in problems {
            let _ = writeln!(out, "{p}");
        }
    }
}

/// Markdown- and HTML-inert text on one line.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

/// Text for inside a code span: no backticks or newlines to break out with.
fn code(s: &str) -> String {
    s.replace(['`', '\n', '\r'], "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn student_text_cannot_inject_markup() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("<img src=x>"), "&lt;img src=x&gt;");
        assert_eq!(escape("line\n# heading"), "line \\# heading");
        assert_eq!(code("a`b"), "a'b");
    }
}
