//! `grader drill`: a timed interview drill.  Picks unsolved exercises
//! (the least drilled first, then difficulty 2 and up, then in roadmap
//! order), then runs the watch loop against a countdown: each save
//! re-checks that file.  Ends when all pass, time is up, or on `q` /
//! Ctrl-C, with a summary per topic that says what to review.
//! `--interview` picks a mock interview from the roadmap's section 5.

use std::time::Duration;

use super::session::{Drill, Ending, Session};
use super::{Grading, in_workspace, read_progress};
use crate::cli::{DrillArgs, Global};
use crate::error::{Error, exit};
use crate::report::learner::{self, DrillEnd};
use crate::roadmap::{self, Item};
use crate::spec::{Kind, Pack};
use crate::workspace::Workspace;
use crate::workspace::progress::{self, Progress, State, Store};

/// Exercises at or above this difficulty are picked first: interview-style.
const INTERVIEW_DIFFICULTY: u8 = 2;
/// A drill's length and size when not given.
const DRILL_MINUTES: f64 = 30.0;
const DRILL_COUNT: u16 = 3;
/// A mock interview: this many coding exercises and one quiz, from the
/// topics of the roadmap section that starts with `5.`, in 45 minutes.
const INTERVIEW_CODING: u16 = 2;
const INTERVIEW_MINUTES: f64 = 45.0;
const INTERVIEW_SECTION: &str = "5.";

pub async fn run(global: &Global, args: DrillArgs) -> Result<u8, Error> {
    let (ws, pack, cwd) = in_workspace(global, "drill")?;
    if let Some(t) = &args.topic {
        check_topic(&pack, t)?;
    }
    let progress = read_progress(&ws);
    let filter = Filter {
        topic: args.topic.as_deref(),
        difficulty: args.difficulty,
    };
    let has_file = |id: &str| ws.file_for(id).exists();
    let (items, title) = if args.interview {
        let coding = usize::from(args.count.unwrap_or(INTERVIEW_CODING));
        (
            interview(&pack, &progress, &filter, coding, has_file),
            "Mock interview",
        )
    } else {
        let count = usize::from(args.count.unwrap_or(DRILL_COUNT));
        (
            pick(&pack, &progress, &filter, count, has_file),
            "Interview drill",
        )
    };
    if items.is_empty() {
        let mut scope = match (&args.topic, args.interview) {
            (Some(t), _) => format!("topic {t}"),
            (None, true) => "the interview section (5.) of this workspace's pack".to_string(),
            (None, false) => "this workspace".to_string(),
        };
        if let Some(d) = args.difficulty {
            scope.push_str(&format!(" at difficulty {d}"));
        }
        anstream::println!(
            "Nothing to drill: every exercise in {scope} already passes (or its file is missing: \
             `grader init` adds missing files). Try another --topic or --difficulty."
        );
        return Ok(exit::OK);
    }
    remember(&ws, &items);
    let minutes = args.minutes.unwrap_or(if args.interview {
        INTERVIEW_MINUTES
    } else {
        DRILL_MINUTES
    });
    let allowed = Duration::from_secs_f64(minutes * 60.0);
    let grading = Grading::interactive(global, &pack).await?;
    let drill = Drill::new(&pack, &items, allowed, title);
    let mut session = Session::new(ws, pack, grading, cwd, items, "drill".into(), Some(drill));
    let ending = session.run(args.watch.poll).await?;
    let Some(drill) = &session.drill else {
        return Ok(exit::OK);
    };
    let end = match ending {
        Ending::AllSolved => DrillEnd::AllSolved,
        Ending::TimeUp => DrillEnd::TimeUp,
        Ending::Quit | Ending::Interrupted => DrillEnd::Stopped,
    };
    anstream::print!(
        "\n{}{}",
        learner::drill_summary(&drill.lines, drill.allowed, drill.used(), end),
        quiz_explanations(&session)
    );
    Ok(if drill.lines.iter().all(|l| l.solved) {
        exit::OK
    } else {
        exit::FAILED
    })
}

/// Which exercises a drill may pick from.
struct Filter<'a> {
    topic: Option<&'a str>,
    difficulty: Option<u8>,
}

/// Unsolved exercises whose file exists and that pass `filter`, least
/// drilled first, then the harder ones, each group in roadmap order.
fn open_items(
    pack: &Pack,
    progress: &Progress,
    filter: &Filter<'_>,
    has_file: impl Fn(&str) -> bool,
) -> Vec<Item> {
    let mut open: Vec<Item> = roadmap::items(pack)
        .into_iter()
        .filter(|i| i.broken.is_none())
        .filter(|i| filter.topic.is_none_or(|t| i.topic == t))
        .filter(|i| filter.difficulty.is_none_or(|d| i.difficulty == Some(d)))
        .filter(|i| progress.state(&i.id) != State::Passed && has_file(&i.id))
        .collect();
    // A stable sort keeps roadmap order within each group.
    open.sort_by_key(|i| {
        (
            progress.entry(&i.id).map_or(0, |e| e.drilled),
            i.difficulty.unwrap_or(0) < INTERVIEW_DIFFICULTY,
        )
    });
    open
}

/// At most `count` of the open exercises.
fn pick(
    pack: &Pack,
    progress: &Progress,
    filter: &Filter<'_>,
    count: usize,
    has_file: impl Fn(&str) -> bool,
) -> Vec<Item> {
    open_items(pack, progress, filter, has_file)
        .into_iter()
        .take(count)
        .collect()
}

/// A mock interview: `coding` exercises and one quiz from the topics of
/// the interview section, coding first.
fn interview(
    pack: &Pack,
    progress: &Progress,
    filter: &Filter<'_>,
    coding: usize,
    has_file: impl Fn(&str) -> bool,
) -> Vec<Item> {
    let interview_topics: Vec<&str> = pack
        .topics
        .iter()
        .filter(|t| t.section.trim_start().starts_with(INTERVIEW_SECTION))
        .map(|t| t.id.as_str())
        .collect();
    let is_quiz = |id: &str| pack.exercise(id).is_ok_and(|e| e.kind == Kind::Quiz);
    let (quizzes, exercises): (Vec<Item>, Vec<Item>) = open_items(pack, progress, filter, has_file)
        .into_iter()
        .filter(|i| interview_topics.contains(&i.topic.as_str()))
        .partition(|i| is_quiz(&i.id));
    exercises
        .into_iter()
        .take(coding)
        .chain(quizzes.into_iter().take(1))
        .collect()
}

/// Notes in the workspace that these exercises were drilled, so the next
/// drill picks others first.  Best effort: a drill runs without it.
fn remember(ws: &Workspace, items: &[Item]) {
    let now = progress::now();
    let result = Store::new(ws).update(|p| {
        for item in items {
            let e = p.exercises.entry(item.id.clone()).or_default();
            e.drilled = e.drilled.saturating_add(1);
            e.last_drilled = Some(now);
        }
    });
    if let Err(e) = result {
        anstream::eprintln!("warning: this drill will not be remembered: {e}");
    }
}

fn check_topic(pack: &Pack, topic: &str) -> Result<(), Error> {
    if pack.topics.iter().any(|t| t.id == topic) {
        return Ok(());
    }
    let names: Vec<&str> = pack.topics.iter().map(|t| t.id.as_str()).collect();
    Err(Error::Usage(
        match super::closest(topic, names.iter().copied(), 0.75) {
            Some(id) => format!("no topic {topic:?}; did you mean {id}?"),
            None => format!("no topic {topic:?}; the topics are: {}", names.join(", ")),
        },
    ))
}

/// Once the drill is over, the explanations of the quiz questions still not
/// answered right (a right answer showed its explanation when checked).
fn quiz_explanations(session: &Session) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let Some(drill) = &session.drill else {
        return out;
    };
    for line in drill.lines.iter().filter(|l| !l.solved) {
        let Ok(ex) = session.pack.exercise(&line.id) else {
            continue;
        };
        let Some(quiz) = &ex.quiz else { continue };
        let answers = std::fs::read(session.ws.file_for(&line.id)).unwrap_or_default();
        let missed = crate::kinds::quiz::explanations_missed(quiz, &answers);
        if missed.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "\n{}",
            crate::report::paint(
                crate::report::PALETTE.bold,
                format!("{}: the questions not answered right, explained", line.id)
            )
        );
        for (id, why) in missed {
            let _ = writeln!(out, "  {id}");
            for l in why.lines() {
                let _ = writeln!(
                    out,
                    "{}",
                    format!("    {}", crate::report::safe(l)).trim_end()
                );
            }
        }
    }
    out
}
