//! Rendering `grader similarity`: the list of suspicious pairs (text or
//! JSON) and the side-by-side view of one pair.

use std::fmt::Write as _;

use serde::Serialize;

use super::{PALETTE as P, paint};
use crate::similarity::walk::{Skipped, Submission};
use crate::similarity::{Findings, Pair, Region};

pub const SCHEMA_VERSION: u32 = 1;

/// `1 pair`, `2 pairs`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

/// The pairs at or above the threshold, per exercise.
pub fn summary(findings: &[Findings], threshold: f64, root: &str) -> String {
    let mut out = String::new();
    let mut flagged = 0;
    let mut first: Option<(&str, &str, &str)> = None;
    for f in findings {
        let _ = writeln!(
            out,
            "{} {}",
            paint(P.bold, &f.exercise),
            paint(
                P.dim,
                format!(
                    "· {}, {} compared",
                    count(f.submissions.len(), "submission"),
                    count(f.compared, "pair")
                )
            )
        );
        let width = f
            .pairs
            .iter()
            .map(|p| f.submissions[p.a].student.chars().count())
            .max()
            .unwrap_or(0);
        for p in &f.pairs {
            let (a, b) = (&f.submissions[p.a].student, &f.submissions[p.b].student);
            first.get_or_insert((a, b, &f.exercise));
            flagged += 1;
            let _ = writeln!(
                out,
                "  {}  {a:<width$} ~ {b}  {}",
                paint(P.fail.bold(), format!("{:>4}", percent(p.similarity))),
                paint(
                    P.dim,
                    format!("({} shared)", count(p.shared, "fingerprint"))
                ),
            );
        }
        if f.pairs.is_empty() {
            let _ = writeln!(
                out,
                "  {}",
                paint(P.dim, format!("no pair at or above {}", percent(threshold)))
            );
        }
        if !f.too_short.is_empty() {
            let names: Vec<&str> = f
                .too_short
                .iter()
                .map(|&i| f.submissions[i].student.as_str())
                .collect();
            let _ = writeln!(
                out,
                "  {}",
                paint(
                    P.dim,
                    format!(
                        "too little code beyond the starter to compare: {}",
                        names.join(", ")
                    )
                )
            );
        }
    }
    let subs: usize = findings.iter().map(|f| f.submissions.len()).sum();
    let _ = writeln!(
        out,
        "\n{}",
        paint(
            if flagged == 0 { P.pass } else { P.fail }.bold(),
            format!(
                "{} at or above {} similarity, in {} with {}",
                count(flagged, "pair"),
                percent(threshold),
                count(findings.len(), "exercise"),
                count(subs, "submission")
            )
        )
    );
    if let Some((a, b, id)) = first {
        let _ = writeln!(
            out,
            "Read a pair side by side: grader similarity {} --show {} {} --exercise {id}",
            shell_word(root),
            shell_word(a),
            shell_word(b)
        );
        let _ = writeln!(
            out,
            "{}",
            paint(
                P.dim,
                "A high similarity is a reason to look closer, not proof of copying."
            )
        );
    }
    out
}

/// `text` quoted for a POSIX shell when it needs to be, so that a suggested
/// command can be pasted even for a student folder named `Anne Marie`.
fn shell_word(text: &str) -> String {
    shell_words::quote(text).into_owned()
}

/// One submission's side: who, and how many fingerprints count.
pub type Side<'a> = (&'a Submission, usize);

/// Two submissions side by side, one block per matching part.
pub fn side_by_side(
    exercise: &str,
    (a, a_prints): Side,
    (b, b_prints): Side,
    pair: &Pair,
    regions: &[Region],
    width: usize,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} ~ {} are {} alike {}",
        paint(P.bold, exercise),
        a.student,
        b.student,
        paint(P.bold, percent(pair.similarity)),
        paint(
            P.dim,
            format!(
                "({} shared; {} has {a_prints}, {} has {b_prints})",
                count(pair.shared, "fingerprint"),
                a.student,
                b.student
            )
        )
    );
    let half = width.saturating_sub(3) / 2;
    let a_lines: Vec<&str> = a.source.lines().collect();
    let b_lines: Vec<&str> = b.source.lines().collect();
    let _ = writeln!(
        out,
        "\n{} {} {}",
        cell(&a.path, half),
        paint(P.dim, "│"),
        b.path
    );
    if regions.is_empty() {
        let _ = writeln!(out, "{}", paint(P.dim, "no matching parts"));
    }
    for (n, r) in regions.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}",
            paint(
                P.hunk,
                format!(
                    "── match {} of {}: lines {}-{} ~ lines {}-{} ({})",
                    n + 1,
                    regions.len(),
                    r.a_lines.0,
                    r.a_lines.1,
                    r.b_lines.0,
                    r.b_lines.1,
                    count(r.shared, "fingerprint")
                )
            )
        );
        let left = numbered(&a_lines, r.a_lines);
        let right = numbered(&b_lines, r.b_lines);
        for i in 0..left.len().max(right.len()) {
            let l = left.get(i).map_or("", String::as_str);
            let rt = right.get(i).map_or("", String::as_str);
            let _ = writeln!(
                out,
                "{} {} {}",
                cell(l, half),
                paint(P.dim, "│"),
                clip(rt, half)
            );
        }
    }
    out
}

/// Lines `first..=last` (1-based) with their numbers, tabs expanded.
fn numbered(lines: &[&str], (first, last): (u32, u32)) -> Vec<String> {
    (first..=last)
        .filter_map(|n| {
            let text = lines.get(usize::try_from(n).ok()?.checked_sub(1)?)?;
            Some(format!("{n:>4}  {}", text.replace('\t', "    ")))
        })
        .collect()
}

/// `text` cut to `width` characters.
fn clip(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// `text` cut or padded to exactly `width` characters.
fn cell(text: &str, width: usize) -> String {
    let clipped = clip(text, width);
    let pad = width.saturating_sub(clipped.chars().count());
    clipped + &" ".repeat(pad)
}

#[derive(Serialize)]
struct Report<'a> {
    schema: u32,
    grader: &'static str,
    threshold: f64,
    exercises: Vec<Exercise<'a>>,
    skipped: Vec<SkippedJson<'a>>,
}

#[derive(Serialize)]
struct Exercise<'a> {
    id: &'a str,
    submissions: usize,
    pairs_compared: usize,
    too_short: Vec<&'a str>,
    pairs: Vec<PairJson<'a>>,
}

#[derive(Serialize)]
struct PairJson<'a> {
    a: &'a str,
    b: &'a str,
    similarity: f64,
    shared: usize,
    a_file: &'a str,
    b_file: &'a str,
}

#[derive(Serialize)]
struct SkippedJson<'a> {
    path: &'a str,
    reason: &'a str,
}

/// The findings as JSON; versioned by `schema`, fields only ever added.
pub fn json(
    findings: &[Findings],
    skipped: &[Skipped],
    threshold: f64,
) -> Result<String, serde_json::Error> {
    let report = Report {
        schema: SCHEMA_VERSION,
        grader: env!("CARGO_PKG_VERSION"),
        threshold,
        exercises: findings
            .iter()
            .map(|f| Exercise {
                id: &f.exercise,
                submissions: f.submissions.len(),
                pairs_compared: f.compared,
                too_short: f
                    .too_short
                    .iter()
                    .map(|&i| f.submissions[i].student.as_str())
                    .collect(),
                pairs: f
                    .pairs
                    .iter()
                    .map(|p| PairJson {
                        a: &f.submissions[p.a].student,
                        b: &f.submissions[p.b].student,
                        // Rounded: the fourth decimal is noise, and stable output diffs well.
                        similarity: (p.similarity * 1000.0).round() / 1000.0,
                        shared: p.shared,
                        a_file: &f.submissions[p.a].path,
                        b_file: &f.submissions[p.b].path,
                    })
                    .collect(),
            })
            .collect(),
        skipped: skipped
            .iter()
            .map(|s| SkippedJson {
                path: &s.path,
                reason: &s.reason,
            })
            .collect(),
    };
    serde_json::to_string_pretty(&report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_clipped_and_padded_by_characters() {
        assert_eq!(cell("größe", 7), "größe  ");
        assert_eq!(cell("abcdefgh", 5), "abcd…");
        assert_eq!(clip("abc", 5), "abc");
    }

    #[test]
    fn suggested_commands_quote_odd_names() {
        assert_eq!(shell_word("alice"), "alice");
        assert_eq!(shell_word("Anne Marie"), "'Anne Marie'");
        assert_eq!(shell_word("o'brien;rm"), r"'o'\''brien;rm'");
    }

    #[test]
    fn numbered_lines_stay_inside_the_file() {
        let lines = ["a", "\tb", "c"];
        assert_eq!(numbered(&lines, (2, 5)), ["   2      b", "   3  c"]);
    }
}
