//! `grader drill`: a timed interview drill.  Picks unsolved exercises
//! (difficulty 2 and up first, then in roadmap order), then runs the watch
//! loop against a countdown: each save re-checks that file.  Ends when all
//! pass, time is up, or on `q` / Ctrl-C, with a summary.

use std::time::Duration;

use super::session::{Drill, Ending, Session};
use super::{Grading, in_workspace, read_progress};
use crate::cli::{DrillArgs, Global};
use crate::error::{Error, exit};
use crate::report::learner::{self, DrillEnd};
use crate::roadmap::{self, Item};
use crate::spec::Pack;
use crate::workspace::progress::{Progress, State};

/// Exercises at or above this difficulty are picked first: interview-style.
const INTERVIEW_DIFFICULTY: u8 = 2;

pub async fn run(global: &Global, args: DrillArgs) -> Result<u8, Error> {
    let (ws, pack, cwd) = in_workspace(global, "drill")?;
    if let Some(t) = &args.topic {
        check_topic(&pack, t)?;
    }
    let progress = read_progress(&ws);
    let items = pick(
        &pack,
        &progress,
        args.topic.as_deref(),
        usize::from(args.count),
        |id| ws.file_for(id).exists(),
    );
    if items.is_empty() {
        let scope = args
            .topic
            .as_ref()
            .map_or("this workspace".to_string(), |t| format!("topic {t}"));
        anstream::println!(
            "Nothing to drill: every exercise in {scope} already passes (or its file is missing: \
             `grader init` adds missing files). Try another --topic."
        );
        return Ok(exit::OK);
    }
    let allowed = Duration::from_secs_f64(args.minutes * 60.0);
    let grading = Grading::interactive(global, &pack).await?;
    let drill = Drill::new(&items, allowed);
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

/// Unsolved exercises whose file exists, harder ones first, each group in
/// roadmap order; at most `count`.
fn pick(
    pack: &Pack,
    progress: &Progress,
    topic: Option<&str>,
    count: usize,
    has_file: impl Fn(&str) -> bool,
) -> Vec<Item> {
    let open: Vec<Item> = roadmap::items(pack)
        .into_iter()
        .filter(|i| i.broken.is_none())
        .filter(|i| topic.is_none_or(|t| i.topic == t))
        .filter(|i| progress.state(&i.id) != State::Passed && has_file(&i.id))
        .collect();
    let (hard, easy): (Vec<Item>, Vec<Item>) = open
        .into_iter()
        .partition(|i| i.difficulty.unwrap_or(0) >= INTERVIEW_DIFFICULTY);
    hard.into_iter().chain(easy).take(count).collect()
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
                let _ = writeln!(out, "{}", format!("    {}", crate::report::safe(l)).trim_end());
            }
        }
    }
    out
}
