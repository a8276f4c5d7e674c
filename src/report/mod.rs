//! Rendering results: human text for terminals, JSON for tools, and the
//! similarity listing, and the class formats of `grader grade` (a gradebook
//! CSV, JUnit XML, Gradescope's results.json, a Markdown summary, GitHub
//! annotations, a self-contained HTML page), all rendered from a [`ClassReport`].  Reporters never run
//! anything; they only format what `judge` (or `similarity`) decided.

pub mod class_table;
pub mod exercism;
pub mod github;
pub mod gradebook_csv;
pub mod gradescope;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod learner;
pub mod markdown;
pub mod progress_bar;
pub mod similarity;

use crate::gradebook::ClassReport;

use anstyle::{AnsiColor, Style};

/// The one colour palette; `anstream` strips it when colour is off.
pub struct Palette {
    pub pass: Style,
    pub fail: Style,
    pub warn: Style,
    pub dim: Style,
    pub bold: Style,
    pub added: Style,
    pub removed: Style,
    pub hunk: Style,
}

pub const PALETTE: Palette = Palette {
    pass: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green))),
    fail: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red))),
    warn: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow))),
    dim: Style::new().dimmed(),
    bold: Style::new().bold(),
    added: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green))),
    removed: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red))),
    hunk: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan))),
};

/// `text` in `style`.
pub fn paint(style: Style, text: impl std::fmt::Display) -> String {
    format!("{style}{text}{style:#}")
}

/// Text that came from learner code or files, made safe for a terminal:
/// control characters (ESC and so ANSI and OSC sequences, CR, backspace,
/// C1 codes) and the bidirectional overrides are shown as `\x1b`-style
/// escapes instead of acted upon, so nothing a learner prints can redraw
/// or recolour the report.  Newlines and tabs stay; JSON keeps the raw data.
pub fn safe(text: &str) -> std::borrow::Cow<'_, str> {
    let risky = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(risky) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if !risky(c) {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else {
            out.push_str(&format!("\\u{{{:04x}}}", c as u32));
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `text` on one line with control characters (a student's ANSI escapes,
/// say) made visible instead of acted upon by the terminal.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// The manifest columns any student of the report carries (student id,
/// email, section …), in name order: a column each in tabular formats.
pub fn field_names(r: &ClassReport) -> Vec<String> {
    let mut names: Vec<String> = r
        .students
        .iter()
        .flat_map(|s| s.fields.keys().cloned())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Whether the report is graded against a due date (columns for lateness).
pub fn has_deadline(r: &ClassReport) -> bool {
    r.policy.as_ref().is_some_and(|p| p.has_deadline())
}

/// A short lateness cell: `on time`, `late 2d −20%`, `unknown`.
pub fn late_cell(s: &crate::gradebook::StudentEntry) -> String {
    use crate::gradebook::policy::LateStatus;
    let Some(l) = &s.late else {
        return String::new();
    };
    match l.status {
        LateStatus::OnTime => "on time".into(),
        LateStatus::Unknown => "time unknown".into(),
        LateStatus::Late => {
            let pct = if l.score_before > 0.0 {
                format!(
                    " −{}%",
                    gradebook_csv::number(l.penalty / l.score_before * 100.0)
                )
            } else {
                String::new()
            };
            format!("late {}d{pct}", l.days_late)
        }
    }
}

/// The formats `grader grade` and `grader merge` write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ClassFormat {
    /// A line per student and the class totals, for people.
    Human,
    /// The class report: one entry per student in the core JSON schema.
    Json,
    /// A gradebook: a row per student, a column per exercise.
    Csv,
    /// JUnit XML for CI test reporters.
    Junit,
    /// Gradescope's results.json (one student).
    Gradescope,
    /// A Markdown summary.
    Markdown,
    /// One self-contained HTML page: sortable gradebook, histogram, pass
    /// rates, a page per student.
    Html,
}

impl ClassFormat {
    /// The file name used with `--out-dir` when none is given.
    pub fn default_file(self) -> &'static str {
        match self {
            ClassFormat::Human => "summary.txt",
            ClassFormat::Json => "report.json",
            ClassFormat::Csv => "grades.csv",
            ClassFormat::Junit => "junit.xml",
            ClassFormat::Gradescope => "results.json",
            ClassFormat::Markdown => "summary.md",
            ClassFormat::Html => "report.html",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ClassFormat::Human => "human",
            ClassFormat::Json => "json",
            ClassFormat::Csv => "csv",
            ClassFormat::Junit => "junit",
            ClassFormat::Gradescope => "gradescope",
            ClassFormat::Markdown => "markdown",
            ClassFormat::Html => "html",
        }
    }

    /// Renders `report`; `Err` when the format cannot describe it (Gradescope
    /// with several students).  Human text keeps its colour codes; whoever
    /// writes it to a file strips them.
    pub fn render(self, report: &ClassReport) -> Result<String, String> {
        match self {
            ClassFormat::Human => Ok(class_table::render(report)),
            ClassFormat::Json => serde_json::to_string_pretty(report)
                .map(|mut s| {
                    s.push('\n');
                    s
                })
                .map_err(|e| format!("could not write JSON: {e}")),
            ClassFormat::Csv => Ok(gradebook_csv::render(report)),
            ClassFormat::Junit => junit::render(report),
            ClassFormat::Gradescope => gradescope::render(report).map(|mut s| {
                s.push('\n');
                s
            }),
            ClassFormat::Markdown => Ok(markdown::render(report)),
            ClassFormat::Html => Ok(html::render(report)),
        }
    }
}

#[cfg(test)]
mod safe_tests {
    use super::safe;

    #[test]
    fn terminal_controls_are_shown_not_obeyed() {
        assert_eq!(safe("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(
            safe("9/9\r\u{1b}[2K\u{1b}]0;x\u{7}"),
            "9/9\\x0d\\x1b[2K\\x1b]0;x\\x07"
        );
        assert_eq!(safe("a\u{9b}b\u{202e}c"), "a\\x9bb\\u{202e}c");
    }
}
