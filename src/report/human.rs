//! The terminal report: a line per case, details for what failed.

use std::fmt::Write as _;

use super::{PALETTE as P, paint, safe};
use crate::judge::{CaseResult, ExerciseResult, Problem, Status, Verdict};

/// Renders one exercise's result.
pub fn exercise(r: &ExerciseResult) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} {}",
        paint(P.bold, &r.id),
        paint(P.dim, "·"),
        paint(P.dim, format!("{} ({})", r.title, safe(&r.file)))
    );
    if let Some(p) = &r.problem {
        problem(&mut out, r, p);
    }
    if let Some(printed) = &r.import_output
        && r.problem.is_none()
    {
        let _ = writeln!(
            out,
            "  {} your module printed this when imported (cases ignore it):",
            paint(P.warn, "!")
        );
        indent(&mut out, printed, "    │ ");
    }
    let width = r
        .cases
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0)
        .min(60);
    for c in &r.cases {
        case(&mut out, c, width);
    }
    if let Some(sc) = &r.static_check {
        static_check(&mut out, sc);
    }
    let _ = writeln!(out, "{}", summary_line(r));
    out
}

/// `decorators/timing: 7/9 cases passed`, coloured by status.
pub fn summary_line(r: &ExerciseResult) -> String {
    let text = match (&r.problem, r.status) {
        (Some(_), _) => format!("{}: error, no case could run", r.id),
        (None, _) => format!(
            "{}: {}/{} cases passed{}{}",
            r.id,
            r.passed_cases(),
            r.cases.len(),
            not_graded_note(r),
            match r.static_check.as_ref().map(|s| s.status) {
                Some(crate::judge::StaticStatus::Failed) => ", static check failed",
                Some(crate::judge::StaticStatus::Skipped) => ", static check not graded",
                _ => "",
            }
        ),
    };
    let style = match r.status {
        Status::Passed => P.pass,
        Status::Failed => P.fail,
        Status::Error => P.fail,
        Status::NotGraded => P.warn,
    };
    paint(style.bold(), text)
}

/// `, 5 of 5 points not graded` when a missing tool left cases unrun.
fn not_graded_note(r: &ExerciseResult) -> String {
    let missing = r.not_graded_points();
    if missing <= 0.0 {
        return String::new();
    }
    let total: f64 = r.cases.iter().map(|c| c.points).sum();
    format!(", {missing} of {total} points not graded")
}

fn problem(out: &mut String, r: &ExerciseResult, p: &Problem) {
    let _ = writeln!(
        out,
        "  {} {}",
        paint(P.fail, "✗"),
        paint(P.bold, safe(&p.message))
    );
    if let Some(loc) = &p.location {
        // The location's own file: a notebook's names its cell.
        let _ = writeln!(out, "    at {}:{}", safe(&loc.file), loc.line);
        if let Some(src) = &loc.source {
            let _ = writeln!(out, "    │ {}", safe(src));
            if let Some(col) = p.column {
                // The caret is relative to the stripped line shown above.
                let lead = src.len().saturating_sub(src.trim_start().len());
                let pad = (col as usize).saturating_sub(1 + lead);
                let _ = writeln!(out, "    │ {}{}", " ".repeat(pad), paint(P.fail, "^"));
            }
        }
    }
    if let Some(h) = &p.hint {
        let _ = writeln!(out, "    {} {}", paint(P.dim, "hint:"), safe(h));
    }
    if let Some(printed) = &r.import_output {
        let _ = writeln!(out, "    output from your code:");
        indent(out, printed, "    │ ");
    }
}

fn case(out: &mut String, c: &CaseResult, width: usize) {
    let (mark, style) = match c.verdict {
        Verdict::Passed => ("✓", P.pass),
        Verdict::NotGraded => ("-", P.warn),
        _ => ("✗", P.fail),
    };
    let name = if c.hidden {
        format!("{} (hidden)", safe(&c.name))
    } else {
        safe(&c.name).into_owned()
    };
    let right = if c.verdict == Verdict::Passed {
        paint(P.dim, format!("{} ms", c.duration.as_millis()))
    } else {
        paint(style, c.verdict.label())
    };
    let _ = writeln!(
        out,
        "  {} {:<width$}  {}",
        paint(style, mark),
        name,
        right,
        width = width + 9
    );
    if let Some(w) = &c.warning {
        let _ = writeln!(out, "      {} {}", paint(P.warn, "!"), safe(w));
    }
    if c.verdict == Verdict::Passed {
        // A quiz question answered right carries its explanation.
        if let Some(e) = &c.explain {
            indent(out, e.trim_end(), "      │ ");
        }
        return;
    }
    if let Some(m) = &c.message {
        let _ = writeln!(out, "      {}", safe(m));
    }
    if let Some(e) = &c.explain {
        let _ = writeln!(out, "      {} {}", paint(P.dim, "checks:"), safe(e));
    }
    if c.hidden {
        if let Some(l) = c.traceback.last() {
            let _ = writeln!(out, "      at {}:{}", safe(&l.file), l.line);
        }
        return;
    }
    if let Some(code) = &c.code {
        let _ = writeln!(out, "      {}", paint(P.dim, "case:"));
        indent(out, code.trim_end(), "        ");
    }
    if !c.traceback.is_empty() {
        let _ = writeln!(
            out,
            "      {}",
            paint(P.dim, "traceback (most recent call last):")
        );
        let mut last = None;
        for l in &c.traceback {
            let key = (l.file.as_str(), l.line);
            if last == Some(key) {
                continue; // recursion repeats the same frame
            }
            last = Some(key);
            let _ = writeln!(
                out,
                "        {}:{} in {}",
                safe(&l.file),
                l.line,
                safe(&l.function)
            );
            if let Some(src) = &l.source {
                let _ = writeln!(out, "          {}", paint(P.dim, safe(src)));
            }
        }
    }
    if let Some(d) = &c.diff {
        for line in d.lines() {
            let line = &*safe(line);
            let styled = if line.starts_with("---") || line.starts_with("+++") {
                paint(P.bold, line)
            } else if line.starts_with('+') {
                paint(P.added, line)
            } else if line.starts_with('-') {
                paint(P.removed, line)
            } else if line.starts_with("@@") {
                paint(P.hunk, line)
            } else {
                line.to_string()
            };
            let _ = writeln!(out, "      {styled}");
        }
    } else if let Some(s) = &c.stdout {
        let _ = writeln!(
            out,
            "      {}",
            paint(P.dim, "output from your code (stdout):")
        );
        indent(out, s.trim_end(), "      │ ");
    }
    if let Some(s) = &c.stderr {
        let _ = writeln!(
            out,
            "      {}",
            paint(P.dim, "output from your code (stderr):")
        );
        indent(out, s.trim_end(), "      │ ");
    }
}

fn static_check(out: &mut String, sc: &crate::judge::StaticResult) {
    use crate::judge::StaticStatus;
    let (mark, style, word) = match sc.status {
        StaticStatus::Passed => ("✓", P.pass, "passed"),
        StaticStatus::Failed => ("✗", P.fail, "failed"),
        StaticStatus::Skipped => ("-", P.warn, "skipped (not graded)"),
    };
    let _ = writeln!(
        out,
        "  {} static check: {}  {}",
        paint(style, mark),
        sc.check,
        paint(style, word)
    );
    if let Some(text) = &sc.output {
        indent(out, text.trim_end(), "      │ ");
    }
}

/// Learner text (output, tool complaints), one prefixed line at a time,
/// made safe for the terminal.
fn indent(out: &mut String, text: &str, prefix: &str) {
    for line in text.lines() {
        let _ = writeln!(out, "{prefix}{}", safe(line));
    }
}

/// The closing line for a run over several exercises.
pub fn totals(results: &[ExerciseResult]) -> String {
    let passed = results
        .iter()
        .filter(|r| r.status == Status::Passed)
        .count();
    let text = format!("{passed}/{} exercises passed", results.len());
    paint(
        if passed == results.len() {
            P.pass
        } else {
            P.fail
        }
        .bold(),
        text,
    )
}
