//! Text for learners outside a single check: the roadmap with progress,
//! what to do next, hints, and the watch and drill screens.  Plain string
//! building; the commands decide when to print.

use std::fmt::Write as _;
use std::time::Duration;

use super::{PALETTE as P, paint};
use crate::roadmap::{Item, stars};
use crate::spec::{Exercise, Pack};
use crate::workspace::progress::{Entry, Progress, State};

/// `grader list`: topics in roadmap order with their exercises, marked with
/// the learner's progress when there is a workspace.
pub fn roadmap(pack: &Pack, items: &[Item], progress: Option<&Progress>) -> String {
    let mut out = String::new();
    let (mut passed, mut attempted) = (0, 0);
    for topic in &pack.topics {
        let group: Vec<&Item> = items.iter().filter(|i| i.topic == topic.id).collect();
        let count = match progress {
            _ if group.is_empty() => "no exercises yet".to_string(),
            Some(p) => {
                let done = group
                    .iter()
                    .filter(|i| p.state(&i.id) == State::Passed)
                    .count();
                format!("{done}/{} passed", group.len())
            }
            None => format!("{} exercises", group.len()),
        };
        let _ = writeln!(
            out,
            "{} {}",
            paint(P.bold, format!("{} — {}", topic.id, topic.title)),
            paint(P.dim, format!("({}, {count})", topic.section))
        );
        if let Some(why) = &topic.not_graded {
            let _ = writeln!(out, "  {}", paint(P.dim, format!("not graded here: {why}")));
        }
        for item in group {
            let mark = match progress.map(|p| p.state(&item.id)) {
                None => String::new(),
                Some(State::Passed) => {
                    passed += 1;
                    format!("{} ", paint(P.pass, "✓"))
                }
                Some(State::Attempted) => {
                    attempted += 1;
                    format!("{} ", paint(P.warn, "~"))
                }
                Some(State::NotStarted) => format!("{} ", paint(P.dim, "·")),
            };
            if let Some(problem) = &item.broken {
                let _ = writeln!(
                    out,
                    "  {mark}{:<34} {}",
                    item.id,
                    paint(P.fail, format!("broken spec: {problem}"))
                );
                continue;
            }
            let note = match progress.and_then(|p| p.entry(&item.id)) {
                Some(e) if e.state() == State::Attempted => {
                    paint(P.dim, format!("  {}", last_check(e)))
                }
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "  {mark}{:<34} {}  {}{note}",
                item.id,
                stars(item.difficulty),
                item.title
            );
        }
    }
    if progress.is_some() {
        let _ = writeln!(
            out,
            "\n{} passed  {} attempted  {} not started",
            paint(P.pass, "✓"),
            paint(P.warn, "~"),
            paint(P.dim, "·")
        );
        let _ = writeln!(
            out,
            "{}",
            paint(
                P.bold,
                format!(
                    "{passed}/{} passed, {attempted} attempted; `grader next` names the next one",
                    items.len()
                )
            )
        );
    }
    out
}

/// `last check: 5/8 cases` or `last check: error`.
fn last_check(e: &Entry) -> String {
    if e.cases == 0 {
        "last check: error, no case ran".to_string()
    } else {
        format!("last check: {}/{} cases", e.cases_passed, e.cases)
    }
}

/// The first unfinished exercise and how to start it.
pub fn next(item: &Item, entry: Option<&Entry>, file: &str, file_exists: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}  {}",
        paint(P.bold, format!("Next: {} — {}", item.id, item.title)),
        stars(item.difficulty),
        paint(
            P.dim,
            match entry {
                Some(e) if e.state() == State::Attempted => format!(
                    "(checked {} time{}, {})",
                    e.checks,
                    if e.checks == 1 { "" } else { "s" },
                    last_check(e)
                ),
                _ => "(not started)".to_string(),
            }
        )
    );
    if file_exists {
        let _ = writeln!(out, "  1. Open {file}: {}.", where_the_task_is(file));
    } else {
        let _ = writeln!(
            out,
            "  1. {file} does not exist yet: run `grader init` to add it (it keeps your other files), then open it."
        );
    }
    let _ = writeln!(
        out,
        "  2. Check it:  grader check {file}   (or keep `grader watch` running: it re-checks on every save)"
    );
    let _ = writeln!(out, "  Stuck?        grader hint {}", item.id);
    out
}

/// Every exercise passed.
pub fn all_passed(total: usize) -> String {
    format!(
        "{}\nTry `grader drill` to practise against the clock, or `grader init --force` \
         to start over (your files are backed up first).\n",
        paint(
            P.pass.bold(),
            format!("Every exercise here passes ({total}/{total}). Well done!")
        )
    )
}

/// Hints `1..=after` of `ex`; those after `before` are new.
pub fn hints(ex: &Exercise, before: usize, after: usize, remembered: bool) -> String {
    let total = ex.hints.len();
    let mut out = String::new();
    let heading = if after > before {
        if after - before == 1 {
            format!("hint {after} of {total}")
        } else {
            format!("hints {} to {after} of {total}", before + 1)
        }
    } else {
        format!("all {total} hints (no new ones)")
    };
    let _ = writeln!(
        out,
        "{} {}",
        paint(P.bold, format!("{} — {}", ex.id, ex.title)),
        paint(P.dim, format!("· {heading}"))
    );
    for (i, hint) in ex.hints.iter().enumerate().take(after) {
        let text = format!("  {}. {}", i + 1, hint.trim());
        let _ = writeln!(
            out,
            "{}",
            if i >= before {
                paint(P.bold, text)
            } else {
                paint(P.dim, text)
            }
        );
    }
    let left = total - after;
    if left > 0 {
        let more = if remembered {
            format!(
                "{left} more: run `grader hint {}` again for the next one.",
                ex.id
            )
        } else {
            format!(
                "{left} more: `grader hint {} --all` shows them all. Inside a workspace \
                 (`grader init`), grader remembers which hints you have seen.",
                ex.id
            )
        };
        let _ = writeln!(out, "{more}");
    } else {
        let _ = writeln!(
            out,
            "That was the last hint. `grader show {}` has the worked examples and visible cases.",
            ex.id
        );
    }
    out
}

/// Where `grader init` put the task in an exercise's file.
fn where_the_task_is(file: &str) -> &'static str {
    if file.ends_with(".ipynb") {
        "the task is in its first cell"
    } else if file.ends_with(".toml") {
        "the questions are in its comments"
    } else {
        "the task is in its docstring"
    }
}

/// An exercise to work on next, for `watch` and `drill`.
pub fn intro(item: &Item, file: &str, file_exists: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}",
        paint(P.bold, format!("Next: {} — {}", item.id, item.title)),
        stars(item.difficulty)
    );
    if file_exists {
        let _ = writeln!(
            out,
            "  Open {file}: {}. Save it to check it here.",
            where_the_task_is(file)
        );
    } else {
        let _ = writeln!(
            out,
            "  {file} does not exist yet: run `grader init` in another terminal to add it."
        );
    }
    out
}

/// The keys `watch` and `drill` understand, for their footers.
pub fn keys(drill: bool) -> String {
    let quit = if drill { "q: end the drill" } else { "q: quit" };
    paint(
        P.dim,
        format!(
            "Keys (then Enter): h: a hint · r: re-check · n: skip to the next · {quit} · Ctrl-C quits too"
        ),
    )
}

/// `12:05` for durations; hours roll into minutes.
pub fn clock(d: Duration) -> String {
    let s = d.as_secs();
    format!("{}:{:02}", s / 60, s % 60)
}

/// One exercise's line in a drill summary.
pub struct DrillLine {
    pub id: String,
    /// Its topic, as `id — title`, for the summary per topic.
    pub topic: String,
    /// A quiz: what fails are questions missed, not cases.
    pub quiz: bool,
    /// Time spent with it as the current exercise.
    pub spent: Duration,
    pub checks: u32,
    pub solved: bool,
    /// Failing case names from its last check (`(hidden)` marked), or the
    /// reason nothing ran.
    pub failing: Vec<String>,
}

/// How a drill ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrillEnd {
    AllSolved,
    TimeUp,
    Stopped,
}

/// What a drill achieved: solved or not, time on each, cases failing.
pub fn drill_summary(
    lines: &[DrillLine],
    allowed: Duration,
    used: Duration,
    end: DrillEnd,
) -> String {
    let mut out = String::new();
    let how = match end {
        DrillEnd::AllSolved => "all solved",
        DrillEnd::TimeUp => "time is up",
        DrillEnd::Stopped => "ended early",
    };
    let _ = writeln!(
        out,
        "{}",
        paint(
            P.bold,
            format!(
                "Drill over ({how}) · {} used of {}",
                clock(used),
                clock(allowed)
            )
        )
    );
    let width = lines.iter().map(|l| l.id.len()).max().unwrap_or(0);
    let mut topics: Vec<&str> = Vec::new();
    for l in lines {
        if !topics.contains(&l.topic.as_str()) {
            topics.push(&l.topic);
        }
    }
    let mut review = Vec::new();
    for topic in &topics {
        let group: Vec<&DrillLine> = lines.iter().filter(|l| l.topic == *topic).collect();
        let solved = group.iter().filter(|l| l.solved).count();
        let spent: Duration = group.iter().map(|l| l.spent).sum();
        let _ = writeln!(
            out,
            "{} {}",
            paint(P.bold, *topic),
            paint(
                P.dim,
                format!("· {solved} of {} solved · {}", group.len(), clock(spent))
            )
        );
        for l in &group {
            let _ = writeln!(out, "  {}", drill_line(l, width));
        }
        if solved < group.len() {
            review.push(topic.split(" — ").next().unwrap_or(topic));
        }
    }
    let solved = lines.iter().filter(|l| l.solved).count();
    let _ = writeln!(
        out,
        "{}",
        paint(
            if solved == lines.len() {
                P.pass
            } else {
                P.fail
            }
            .bold(),
            format!("Solved {solved} of {}.", lines.len())
        )
    );
    if !review.is_empty() {
        let _ = writeln!(
            out,
            "Review next: {} (`grader show <id>` restates an exercise; `grader hint <id>` gives a hint).",
            review.join(", ")
        );
    }
    out
}

/// One exercise's line: solved, never checked, or what still fails.
fn drill_line(l: &DrillLine, width: usize) -> String {
    let checks = format!("{} check{}", l.checks, if l.checks == 1 { "" } else { "s" });
    let (mark, text) = if l.solved {
        (
            paint(P.pass, "✓"),
            format!("solved in {} ({checks})", clock(l.spent)),
        )
    } else if l.checks == 0 {
        (
            paint(P.dim, "·"),
            format!("{} spent, never checked", clock(l.spent)),
        )
    } else {
        let what = if l.quiz {
            "questions missed"
        } else {
            "still failing"
        };
        (
            paint(P.fail, "✗"),
            format!(
                "{} spent ({checks}), {what}: {}",
                clock(l.spent),
                l.failing.join(", ")
            ),
        )
    };
    format!("{mark} {:<width$}  {text}", l.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_reads_like_a_timer() {
        assert_eq!(clock(Duration::from_secs(0)), "0:00");
        assert_eq!(clock(Duration::from_secs(65)), "1:05");
        assert_eq!(clock(Duration::from_secs(3600)), "60:00");
    }

    #[test]
    fn a_drill_summary_names_what_was_solved_and_what_fails() {
        let lines = vec![
            DrillLine {
                id: "a/one".into(),
                topic: "a — A".into(),
                quiz: false,
                spent: Duration::from_secs(125),
                checks: 2,
                solved: true,
                failing: vec![],
            },
            DrillLine {
                id: "a/two".into(),
                topic: "a — A".into(),
                quiz: false,
                spent: Duration::from_secs(30),
                checks: 1,
                solved: false,
                failing: vec!["\"big\" (hidden)".into()],
            },
        ];
        let text = drill_summary(
            &lines,
            Duration::from_secs(600),
            Duration::from_secs(155),
            DrillEnd::TimeUp,
        );
        let plain = anstream::adapter::strip_str(&text).to_string();
        assert!(
            plain.contains("Drill over (time is up) · 2:35 used of 10:00"),
            "{plain}"
        );
        assert!(
            plain.contains("a/one  solved in 2:05 (2 checks)"),
            "{plain}"
        );
        assert!(plain.contains("still failing: \"big\" (hidden)"), "{plain}");
        assert!(plain.contains("Solved 1 of 2."), "{plain}");
        assert!(plain.contains("a — A · 1 of 2 solved · 2:35"), "{plain}");
        assert!(plain.contains("Review next: a ("), "{plain}");
    }
}
