//! The HTML report (`--format html`): one self-contained file an instructor
//! opens in a browser, with no server and nothing fetched.  A sortable
//! gradebook, a histogram of scores (inline SVG), pass rates per exercise
//! and per case (worst first), and a page per student (`#student-<id>`,
//! shown with CSS `:target`) with case verdicts and the diffs of visible
//! cases.  Every string from the report goes through [`esc`]; a
//! Content-Security-Policy allows only this file's own script (by hash), so
//! even a missed escape could not run a student's script or load anything.
//! The output depends on the report alone (no time, no durations), so runs
//! compare equal.

mod rates;

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use super::gradebook_csv::number;
use crate::gradebook::{CaseEntry, ClassReport, ExerciseEntry, ExerciseStatus, StudentEntry};
use crate::judge::{Location, Verdict};

const STYLE: &str = include_str!("style.css");
const SCRIPT: &str = include_str!("sort.js");

pub fn render(r: &ClassReport) -> String {
    let mut out = String::with_capacity(16 << 10);
    let s = &r.summary;
    let title = format!(
        "Grades · {} student{}",
        s.students,
        if s.students == 1 { "" } else { "s" }
    );
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'sha256-{}'; img-src data:\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        base64(&Sha256::digest(SCRIPT.as_bytes())),
        esc(&title)
    );
    header(&mut out, r, &title);
    out.push_str("<main>\n");
    gradebook(&mut out, r);
    histogram(&mut out, r);
    exercise_rates(&mut out, r);
    case_rates(&mut out, r);
    class_notes(&mut out, r);
    for (i, st) in r.students.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| r.students.get(p));
        student_page(&mut out, st, prev, r.students.get(i + 1));
    }
    let _ = write!(
        out,
        "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}

fn header(out: &mut String, r: &ClassReport, title: &str) {
    let s = &r.summary;
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", esc(title));
    let _ = writeln!(
        out,
        "<p class=\"muted\">mean {}% · {} passed everything · {} exercise{} · grader {}{}</p>",
        number(s.mean_percent),
        s.students_passed,
        r.assignment.len(),
        if r.assignment.len() == 1 { "" } else { "s" },
        esc(&r.grader),
        r.python
            .as_deref()
            .map(|p| format!(" · Python {}", esc(p)))
            .unwrap_or_default()
    );
    if !r.complete {
        out.push_str(
            "<p class=\"banner\">Partial report: the run was interrupted or a shard is missing; \
             some students are not here. <code>grader grade --resume</code> finishes it.</p>\n",
        );
    }
    out.push_str(
        "<nav><a href=\"#gradebook\">Gradebook</a><a href=\"#histogram\">Scores</a>\
         <a href=\"#exercises\">Exercises</a><a href=\"#cases\">Cases</a></nav>\n</header>\n",
    );
}

fn gradebook(out: &mut String, r: &ClassReport) {
    out.push_str(
        "<section class=\"overview\" id=\"gradebook\">\n<h2>Gradebook</h2>\n\
         <p class=\"muted\">Points per exercise (out of its weight). Click a column heading to sort; \
         click a name for the student's page.</p>\n<div class=\"scroll\">\
         <table id=\"gradebook-table\">\n<thead><tr>",
    );
    let head = |out: &mut String, label: &str, title: &str, numeric: bool| {
        let _ = write!(
            out,
            "<th{}{}><button type=\"button\">{}</button></th>",
            if numeric {
                " class=\"n\" data-type=\"number\""
            } else {
                ""
            },
            if title.is_empty() {
                String::new()
            } else {
                format!(" title=\"{}\"", esc(title))
            },
            esc(label)
        );
    };
    head(out, "student", "", false);
    let fields = crate::report::field_names(r);
    let deadline = crate::report::has_deadline(r);
    for f in &fields {
        head(out, f, "from the manifest", false);
    }
    if deadline {
        head(
            out,
            "deadline",
            "against the due date; the total is after any penalty",
            false,
        );
    }
    for a in &r.assignment {
        let title = format!("{} · weight {}", a.title, number(a.weight));
        head(out, &a.id, &title, true);
    }
    for label in ["total", "%", "missing"] {
        head(out, label, "", true);
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for st in &r.students {
        let _ = write!(
            out,
            "<tr data-student=\"{}\"><td data-v=\"{}\"><a href=\"#{}\">{}</a></td>",
            esc(&st.student),
            esc(&st.student),
            anchor(&st.student),
            esc(&st.student)
        );
        for f in &fields {
            let v = st.fields.get(f).map_or("", String::as_str);
            let _ = write!(out, "<td data-v=\"{}\">{}</td>", esc(v), esc(v));
        }
        if deadline {
            let cell = crate::report::late_cell(st);
            let title = st.late.as_ref().map_or("", |l| l.message.as_str());
            let _ = write!(
                out,
                "<td data-v=\"{}\" title=\"{}\">{}</td>",
                esc(&cell),
                esc(title),
                esc(&cell)
            );
        }
        for a in &r.assignment {
            match st.exercises.iter().find(|e| e.id == a.id) {
                Some(e) => {
                    let _ = write!(
                        out,
                        "<td class=\"n {}\" data-v=\"{}\" title=\"{}\">{}</td>",
                        status_class(e.status),
                        number(e.points),
                        status_label(e.status),
                        cell_text(e)
                    );
                }
                None => out.push_str("<td class=\"n missing\" data-v=\"0\">–</td>"),
            }
        }
        let _ = writeln!(
            out,
            "<td class=\"n\" data-v=\"{score}\">{score} / {}</td>\
             <td class=\"n\" data-v=\"{pct}\">{pct}</td><td class=\"n\" data-v=\"{miss}\">{miss}</td></tr>",
            number(st.max_score),
            score = number(st.score),
            pct = number(st.percent),
            miss = st.summary.missing,
        );
    }
    out.push_str("</tbody>\n</table></div>\n</section>\n");
}

/// A gradebook cell: the points, or a word when there are none to show.
fn cell_text(e: &ExerciseEntry) -> String {
    match e.status {
        ExerciseStatus::Missing => "missing".into(),
        ExerciseStatus::Error if e.cases.is_empty() => "error".into(),
        _ => number(e.points),
    }
}

fn histogram(out: &mut String, r: &ClassReport) {
    let bins = rates::histogram(r.students.iter().map(|s| s.percent));
    let tallest = bins.iter().copied().max().unwrap_or(0).max(1);
    let (width, height, left, bottom, top) = (640.0, 220.0, 36.0, 30.0, 16.0);
    let bar_w = (width - left - 10.0) / bins.len() as f64;
    let plot_h = height - bottom - top;
    let _ = write!(
        out,
        "<section class=\"overview\" id=\"histogram\">\n<h2>Scores</h2>\n\
         <svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" \
         aria-labelledby=\"histogram-title\">\n<title id=\"histogram-title\">Students by total score, \
         in bands of 10%</title>\n\
         <line x1=\"{left}\" y1=\"{y0}\" x2=\"{x1}\" y2=\"{y0}\" stroke=\"#888\"/>\n",
        y0 = height - bottom,
        x1 = width - 10.0,
    );
    for (i, &count) in bins.iter().enumerate() {
        let h = plot_h * count as f64 / tallest as f64;
        let x = left + i as f64 * bar_w;
        let y = height - bottom - h;
        let band = rates::band_label(i);
        let _ = writeln!(
            out,
            "<g><title>{band}%: {count} student{}</title>\
             <rect class=\"bar\" x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{h:.1}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{band}</text></g>",
            if count == 1 { "" } else { "s" },
            x + 2.0,
            bar_w - 4.0,
            x + bar_w / 2.0,
            y - 3.0,
            if count > 0 {
                count.to_string()
            } else {
                String::new()
            },
            x + bar_w / 2.0,
            height - bottom + 14.0,
        );
    }
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">total score, %</text>\n</svg>\n\
         <p class=\"muted\">Mean {}%; {} of {} passed every exercise.</p>\n</section>",
        left + (width - left) / 2.0,
        height - 2.0,
        number(r.summary.mean_percent),
        r.summary.students_passed,
        r.summary.students
    );
}

/// A bar of `rate` (0..=1) and its percentage.
fn rate_cell(rate: f64) -> String {
    let pct = (rate * 1000.0).round() / 10.0;
    format!(
        "<td class=\"n\"><span class=\"rate\" aria-hidden=\"true\"><span style=\"width:{}%\"></span></span>{}%</td>",
        number(pct),
        number(pct)
    )
}

fn exercise_rates(out: &mut String, r: &ClassReport) {
    out.push_str(
        "<section class=\"overview\" id=\"exercises\">\n<h2>Exercises</h2>\n\
         <p class=\"muted\">Worst first. Passed: every case passed, out of the whole class \
         (a missing submission counts as not passed).</p>\n\
         <table>\n<thead><tr><th>exercise</th><th class=\"n\">weight</th><th class=\"n\">passed</th>\
         <th class=\"n\">pass rate</th><th class=\"n\">mean score</th><th class=\"n\">errors</th>\
         <th class=\"n\">missing</th></tr></thead>\n<tbody>\n",
    );
    for e in rates::exercises(r) {
        let _ = writeln!(
            out,
            "<tr><td>{} <span class=\"muted\">{}</span></td><td class=\"n\">{}</td>\
             <td class=\"n\">{}/{}</td>{}<td class=\"n\">{}%</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&e.id),
            esc(&e.title),
            number(e.weight),
            e.passed,
            e.students,
            rate_cell(e.rate()),
            number((e.mean_score * 1000.0).round() / 10.0),
            e.errors,
            e.missing
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn case_rates(out: &mut String, r: &ClassReport) {
    out.push_str(
        "<section class=\"overview\" id=\"cases\">\n<h2>Cases</h2>\n\
         <p class=\"muted\">Which cases the class fails most, worst first. Out of the students \
         whose file ran (missing files and files that could not be imported are not counted here).</p>\n",
    );
    let cases = rates::cases(r);
    if cases.is_empty() {
        out.push_str("<p>No case ran.</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<table>\n<thead><tr><th>exercise</th><th>case</th><th class=\"n\">passed</th>\
         <th class=\"n\">pass rate</th><th>most common failure</th></tr></thead>\n<tbody>\n",
    );
    for c in cases {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}{}</td><td class=\"n\">{}/{}</td>{}<td>{}</td></tr>",
            esc(&c.exercise),
            esc(&c.name),
            if c.hidden {
                " <span class=\"tag\">hidden</span>"
            } else {
                ""
            },
            c.passed,
            c.ran,
            rate_cell(c.rate()),
            c.worst
                .map(|(v, n)| format!("{} ({n})", v.label()))
                .unwrap_or_default()
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn class_notes(out: &mut String, r: &ClassReport) {
    if r.notes.is_empty() {
        return;
    }
    out.push_str(
        "<section class=\"overview\" id=\"notes\">\n<h2>Notes on the submissions folder</h2>\n<ul>\n",
    );
    for n in &r.notes {
        let _ = writeln!(
            out,
            "<li><code>{}</code>: {}</li>",
            esc(&n.path),
            esc(&n.message)
        );
    }
    out.push_str("</ul>\n</section>\n");
}

fn student_page(
    out: &mut String,
    st: &StudentEntry,
    prev: Option<&StudentEntry>,
    next: Option<&StudentEntry>,
) {
    let _ = writeln!(
        out,
        "<section class=\"student\" id=\"{}\">\n<h2>{}</h2>\n\
         <p>{} / {} points ({}%) · {} of {} exercises passed · <span class=\"muted\">{}</span></p>",
        anchor(&st.student),
        esc(&st.student),
        number(st.score),
        number(st.max_score),
        number(st.percent),
        st.summary.passed,
        st.summary.exercises,
        esc(&st.source)
    );
    if !st.fields.is_empty() {
        let fields: Vec<String> = st
            .fields
            .iter()
            .map(|(k, v)| format!("{}: {}", esc(k), esc(v)))
            .collect();
        let _ = writeln!(out, "<p class=\"muted\">{}</p>", fields.join(" · "));
    }
    if let Some(l) = &st.late {
        let _ = writeln!(
            out,
            "<p class=\"deadline\">Deadline: {}</p>",
            esc(&l.message)
        );
    }
    out.push_str("<p class=\"pager\"><a href=\"#gradebook\">← gradebook</a>");
    for (label, other) in [("previous", prev), ("next", next)] {
        if let Some(o) = other {
            let _ = write!(
                out,
                "<a href=\"#{}\">{label}: {}</a>",
                anchor(&o.student),
                esc(&o.student)
            );
        }
    }
    out.push_str("</p>\n");
    if !st.notes.is_empty() {
        out.push_str("<h3>Notes on their files</h3>\n<ul>\n");
        for n in &st.notes {
            let _ = writeln!(
                out,
                "<li><code>{}</code>: {}</li>",
                esc(&n.path),
                esc(&n.message)
            );
        }
        out.push_str("</ul>\n");
    }
    for e in &st.exercises {
        exercise_detail(out, e);
    }
    out.push_str("</section>\n");
}

fn exercise_detail(out: &mut String, e: &ExerciseEntry) {
    let _ = writeln!(
        out,
        "<h3>{} <span class=\"muted\">{}</span> · <span class=\"{}\">{}</span> · {} / {} points</h3>",
        esc(&e.id),
        esc(&e.title),
        status_class(e.status),
        status_label(e.status),
        number(e.points),
        number(e.weight)
    );
    match &e.file {
        Some(f) => {
            let _ = writeln!(out, "<p class=\"muted\">file: <code>{}</code></p>", esc(f));
        }
        None => {
            let _ = writeln!(
                out,
                "<p class=\"muted\">no submission (expected <code>{}.py</code>)</p>",
                esc(&e.id)
            );
        }
    }
    if let Some(p) = &e.error {
        let _ = write!(out, "<p class=\"error\">{}", esc(&p.message));
        if let Some(loc) = &p.location {
            let _ = write!(out, "<br><code>{}</code>", esc(&location_line(loc)));
        }
        if let Some(h) = &p.hint {
            let _ = write!(out, "<br><span class=\"muted\">{}</span>", esc(h));
        }
        out.push_str("</p>\n");
    }
    if e.cases.is_empty() {
        return;
    }
    out.push_str(
        "<table>\n<thead><tr><th>case</th><th>verdict</th><th class=\"n\">points</th><th>message</th></tr></thead>\n<tbody>\n",
    );
    for c in &e.cases {
        case_row(out, c);
    }
    out.push_str("</tbody>\n</table>\n");
}

fn case_row(out: &mut String, c: &CaseEntry) {
    let verdict_class = if c.status == Verdict::Passed {
        "passed"
    } else if c.status == Verdict::Failed {
        "failed"
    } else {
        "error"
    };
    let _ = write!(
        out,
        "<tr><td>{}{}</td><td class=\"{verdict_class}\">{}</td><td class=\"n\">{}</td><td>{}",
        esc(&c.name),
        if c.hidden {
            " <span class=\"tag\">hidden</span>"
        } else {
            ""
        },
        c.status.label(),
        number(c.points),
        esc(c.message.as_deref().unwrap_or(""))
    );
    // Hidden cases: name, verdict and message only.  The class report holds
    // no diff for them; checking again costs nothing.
    let trace: Vec<&Location> = c
        .traceback
        .iter()
        .filter(|l| !c.hidden || l.file != "case")
        .collect();
    if !trace.is_empty() {
        out.push_str("<pre>");
        for l in trace {
            let _ = writeln!(out, "{}", esc(&location_line(l)));
        }
        out.push_str("</pre>");
    }
    if let (false, Some(diff)) = (c.hidden, &c.diff) {
        out.push_str("<pre class=\"diff\">");
        for line in diff.lines() {
            let class = if line.starts_with("+++") || line.starts_with("---") {
                ""
            } else if line.starts_with('+') {
                "add"
            } else if line.starts_with('-') {
                "del"
            } else if line.starts_with("@@") {
                "hunk"
            } else {
                ""
            };
            if class.is_empty() {
                let _ = writeln!(out, "{}", esc(line));
            } else {
                // A block span already ends the line.
                let _ = write!(out, "<span class=\"{class}\">{}</span>", esc(line));
            }
        }
        out.push_str("</pre>");
    }
    out.push_str("</td></tr>\n");
}

fn location_line(l: &Location) -> String {
    match &l.source {
        Some(src) => format!("{}:{} in {}: {}", l.file, l.line, l.function, src.trim()),
        None => format!("{}:{} in {}", l.file, l.line, l.function),
    }
}

fn status_class(s: ExerciseStatus) -> &'static str {
    match s {
        ExerciseStatus::Passed => "passed",
        ExerciseStatus::Failed => "failed",
        ExerciseStatus::Error => "error",
        ExerciseStatus::Missing => "missing",
    }
}

fn status_label(s: ExerciseStatus) -> &'static str {
    status_class(s)
}

/// The id of a student's page: `student-` and the name with every byte
/// other than an ASCII letter, digit or `-` written as `_xx`, so any name
/// (spaces, unicode, quotes, markup) gives a distinct id that needs no
/// escaping in an attribute or a URL fragment.
pub fn anchor(student: &str) -> String {
    let mut out = String::from("student-");
    for b in student.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "_{b:02x}");
        }
    }
    out
}

/// Text made inert in HTML element content and in quoted attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // NUL and other C0 controls (but tab and newline) are not
            // allowed in HTML text; show them as the replacement character.
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Standard base64 (for the script's CSP hash; not worth a dependency).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
