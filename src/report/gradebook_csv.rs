//! The gradebook CSV (`--format csv`): a row per student, a column per
//! exercise holding the points earned, then totals and notes.  RFC 4180
//! quoting; text cells that a spreadsheet would run as a formula are
//! prefixed with `'` (student folder names are untrusted).

use std::fmt::Write as _;

use crate::gradebook::{ClassReport, ExerciseStatus};

pub fn render(r: &ClassReport) -> String {
    let mut out = String::new();
    let fields = super::field_names(r);
    let deadline = super::has_deadline(r);
    let mut header: Vec<String> = vec!["student".into()];
    header.extend(fields.iter().cloned());
    header.extend(r.assignment.iter().map(|a| a.id.clone()));
    if deadline {
        header.extend(["submitted_at", "late", "before_penalty", "penalty"].map(String::from));
    }
    header.extend(["total", "max", "percent", "missing", "notes"].map(String::from));
    row(
        &mut out,
        &header.iter().map(|h| text(h)).collect::<Vec<_>>(),
    );
    for s in &r.students {
        let mut cells = vec![text(&s.student)];
        for f in &fields {
            cells.push(text(s.fields.get(f).map_or("", String::as_str)));
        }
        for a in &r.assignment {
            let points = s
                .exercises
                .iter()
                .find(|e| e.id == a.id)
                .map_or(0.0, |e| e.points);
            cells.push(number(points));
        }
        if deadline {
            cells.push(s.submitted_at.clone().unwrap_or_default());
            cells.push(super::late_cell(s));
            let late = s.late.as_ref();
            cells.push(number(late.map_or(s.score, |l| l.score_before)));
            cells.push(number(late.map_or(0.0, |l| l.penalty)));
        }
        cells.push(number(s.score));
        cells.push(number(s.max_score));
        cells.push(number(s.percent));
        cells.push(s.summary.missing.to_string());
        let mut notes: Vec<String> = s
            .exercises
            .iter()
            .filter(|e| e.status == ExerciseStatus::Error)
            .filter_map(|e| {
                let p = e.error.as_ref()?;
                Some(format!(
                    "{}: {}",
                    e.file.as_deref().unwrap_or(&e.id),
                    p.message
                ))
            })
            .collect();
        notes.extend(s.notes.iter().map(|n| format!("{}: {}", n.path, n.message)));
        cells.push(text(&notes.join("; ")));
        row(&mut out, &cells);
    }
    out
}

fn row(out: &mut String, cells: &[String]) {
    let quoted: Vec<String> = cells.iter().map(|c| quote(c)).collect();
    let _ = write!(out, "{}\r\n", quoted.join(","));
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) || cell.starts_with(' ') || cell.ends_with(' ') {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// A text cell, defused against formula injection: a cell a spreadsheet
/// would run as a formula gets a leading `'`.  Only those: every other
/// name, id or email is written exactly as it is, so the gradebook joins
/// with the class roster on any column (a signed number such as `-5` is
/// data, not a formula, and stays as it is too).
fn text(s: &str) -> String {
    let signed_number = s.len() > 1
        && s.starts_with(['+', '-'])
        && s[1..].chars().all(|c| c.is_ascii_digit() || c == '.')
        && s[1..].chars().any(|c| c.is_ascii_digit());
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !signed_number {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// Up to 4 decimals, without trailing zeros.
pub fn number(x: f64) -> String {
    let s = format!("{x:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_defused() {
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text("zoë"), "zoë");
        assert_eq!(text("-5"), "-5");
        assert_eq!(text("+1.5"), "+1.5");
        assert_eq!(text("-inf"), "'-inf");
        assert_eq!(text("-"), "'-");
        assert_eq!(text("-alice"), "'-alice");
        assert_eq!(text("@cmd"), "'@cmd");
        assert_eq!(number(0.75), "0.75");
        assert_eq!(number(2.0), "2");
        assert_eq!(number(1.0 / 3.0), "0.3333");
    }
}
