//! The loop behind `watch` and `drill`: re-check an exercise file each time
//! it is saved, show the result, move on to the next unfinished exercise
//! when the current one passes, and read one-letter commands from stdin.
//!
//! Ctrl-C and `q` end the loop cleanly: any check in flight is cancelled
//! and its processes killed, and the caller prints a summary.

use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};
use tokio::time::Instant;

use super::{Grading, record_check, warn_all};
use crate::error::Error;
use crate::file_watch::{self, Change};
use crate::judge::{ExerciseResult, Status};
use crate::kinds::Submission;
use crate::report::learner::{self, DrillLine};
use crate::report::{PALETTE, human, paint};
use crate::roadmap::Item;
use crate::sandbox;
use crate::spec::Pack;
use crate::workspace::Workspace;
use crate::workspace::progress::{Notes, Progress, State, Store};

/// Clears the screen and homes the cursor.  Written to the terminal
/// directly: colour handling must not strip it.
const CLEAR: &str = "\x1b[H\x1b[2J";
/// Back to the start of the line, and clear it (the drill's countdown line).
const CLEAR_LINE: &str = "\r\x1b[2K";

/// Why a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// `q`.
    Quit,
    /// Ctrl-C.
    Interrupted,
    /// The drill's time ran out.
    TimeUp,
    /// Every exercise of the drill passed.
    AllSolved,
}

/// A drill's clock and per-exercise record.
pub struct Drill {
    /// "Interview drill" or "Mock interview", in the header.
    pub title: &'static str,
    pub started: Instant,
    pub allowed: Duration,
    /// When the current exercise became current.
    since: Instant,
    pub lines: Vec<DrillLine>,
}

impl Drill {
    pub fn new(pack: &Pack, items: &[Item], allowed: Duration, title: &'static str) -> Drill {
        let now = Instant::now();
        Drill {
            title,
            started: now,
            allowed,
            since: now,
            lines: items
                .iter()
                .map(|i| DrillLine {
                    id: i.id.clone(),
                    topic: pack
                        .topics
                        .iter()
                        .find(|t| t.id == i.topic)
                        .map_or_else(|| i.topic.clone(), |t| format!("{} — {}", t.id, t.title)),
                    quiz: pack
                        .exercise(&i.id)
                        .is_ok_and(|e| e.kind == crate::spec::Kind::Quiz),
                    spent: Duration::ZERO,
                    checks: 0,
                    solved: false,
                    failing: Vec::new(),
                })
                .collect(),
        }
    }

    fn deadline(&self) -> Instant {
        self.started + self.allowed
    }

    /// Time left, rounded up to whole seconds so a fresh drill shows its
    /// full length.
    fn left(&self) -> Duration {
        let left = self.deadline().saturating_duration_since(Instant::now());
        Duration::from_secs(left.as_secs() + u64::from(left.subsec_nanos() > 0))
    }

    /// Adds the time since the last switch to `current` (unless solved).
    fn clock_out(&mut self, current: Option<usize>) {
        let now = Instant::now();
        if let Some(line) = current.and_then(|i| self.lines.get_mut(i))
            && !line.solved
        {
            line.spent += now - self.since;
        }
        self.since = now;
    }

    pub fn used(&self) -> Duration {
        self.started.elapsed().min(self.allowed)
    }
}

pub struct Session {
    pub ws: Workspace,
    pub pack: Pack,
    pub grading: Arc<Grading>,
    pub cwd: PathBuf,
    /// The exercises in play, in roadmap order.
    pub items: Vec<Item>,
    /// Shown in the header: what is being watched.
    pub label: String,
    pub current: Option<usize>,
    pub progress: Progress,
    pub drill: Option<Drill>,
    tty: bool,
    interrupt: Arc<Notify>,
    /// Harnesses kept between re-checks of the current exercise.
    warm: crate::runner::Warm,
}

/// What a handler wants the loop to do next.
enum Flow {
    Continue,
    End(Ending),
}

impl Session {
    pub fn new(
        ws: Workspace,
        pack: Pack,
        grading: Arc<Grading>,
        cwd: PathBuf,
        items: Vec<Item>,
        label: String,
        drill: Option<Drill>,
    ) -> Session {
        let progress = super::read_progress(&ws);
        let warm = crate::runner::Warm::split(grading.overlap);
        Session {
            ws,
            pack,
            grading,
            cwd,
            items,
            label,
            current: None,
            progress,
            drill,
            tty: std::io::stdout().is_terminal(),
            interrupt: Arc::new(Notify::new()),
            warm,
        }
    }

    /// Runs until `q`, Ctrl-C, or (for a drill) the end of time or of the
    /// exercises.
    pub async fn run(&mut self, poll: bool) -> Result<Ending, Error> {
        listen_for_interrupts(Arc::clone(&self.interrupt))?;
        let mut watch = file_watch::start(&self.ws.root, poll).map_err(Error::Environment)?;
        let mut keys = key_reader();
        let mut keys_open = true;
        if let Flow::End(e) = self.start().await {
            return Ok(e);
        }
        let interrupt = Arc::clone(&self.interrupt);
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        loop {
            let deadline = self.drill.as_ref().map(Drill::deadline);
            let flow = tokio::select! {
                () = interrupt.notified() => Flow::End(Ending::Interrupted),
                change = watch.changes.recv() => match change {
                    Some(Change::Paths(mut paths)) => {
                        // Saves that arrived meanwhile are handled together.
                        while let Ok(more) = watch.changes.try_recv() {
                            if let Change::Paths(p) = more {
                                paths.extend(p);
                            }
                        }
                        self.on_paths(paths).await
                    }
                    Some(Change::Problem(p)) => {
                        warn_all(Notes(vec![format!("watching for changes: {p}; if saves stop being noticed, restart with --poll")]));
                        Flow::Continue
                    }
                    None => return Err(Error::Environment(
                        "the file watcher stopped; start again, with --poll if it keeps happening".into(),
                    )),
                },
                line = keys.recv(), if keys_open => match line {
                    Some(line) => self.on_key(line.trim()).await,
                    None => {
                        // stdin closed (not a terminal): Ctrl-C still works.
                        keys_open = false;
                        Flow::Continue
                    }
                },
                _ = tick.tick(), if self.drill.is_some() && self.tty => {
                    self.status_line();
                    Flow::Continue
                }
                () = sleep_until(deadline), if deadline.is_some() => Flow::End(Ending::TimeUp),
            };
            if let Flow::End(e) = flow {
                if let Some(d) = &mut self.drill {
                    d.clock_out(self.current);
                }
                if self.tty && self.drill.is_some() {
                    print_raw(CLEAR_LINE);
                }
                return Ok(e);
            }
        }
    }

    fn finished(&self, i: usize) -> bool {
        match &self.drill {
            Some(d) => d.lines[i].solved,
            None => self.progress.state(&self.items[i].id) == State::Passed,
        }
    }

    /// The first unfinished exercise at or after `from`, wrapping around.
    fn next_unfinished(&self, from: usize) -> Option<usize> {
        let n = self.items.len();
        (0..n).map(|k| (from + k) % n).find(|&i| !self.finished(i))
    }

    fn switch_to(&mut self, next: Option<usize>) {
        if let Some(d) = &mut self.drill {
            d.clock_out(self.current);
        }
        self.current = next;
    }

    fn header(&self) -> String {
        let text = match &self.drill {
            Some(d) => format!(
                "grader drill · {} left · {}/{} solved",
                learner::clock(d.left()),
                d.lines.iter().filter(|l| l.solved).count(),
                d.lines.len()
            ),
            None => format!(
                "grader watch · {} · {}/{} passed",
                self.label,
                (0..self.items.len()).filter(|&i| self.finished(i)).count(),
                self.items.len()
            ),
        };
        paint(PALETTE.dim, text)
    }

    fn file_shown(&self, i: usize) -> String {
        Workspace::show_path(&self.ws.file_for(&self.items[i].id), &self.cwd)
    }

    /// A fresh screen: cleared on a terminal, a rule otherwise.
    fn screen(&self, body: &str) {
        if self.tty {
            print_raw(CLEAR);
        } else {
            anstream::println!("{}", paint(PALETTE.dim, "─".repeat(60)));
        }
        anstream::print!(
            "{}\n\n{body}\n{}\n",
            self.header(),
            learner::keys(self.drill.is_some())
        );
        self.status_line();
    }

    /// The drill's live countdown, on a terminal.
    fn status_line(&self) {
        let Some(d) = &self.drill else { return };
        if !self.tty {
            return;
        }
        let on = self
            .current
            .map(|i| format!(" · on {}", self.items[i].id))
            .unwrap_or_default();
        print_raw(&format!(
            "{CLEAR_LINE}⏱  {} left · {}/{} solved{on} ",
            learner::clock(d.left()),
            d.lines.iter().filter(|l| l.solved).count(),
            d.lines.len()
        ));
    }

    /// The opening screen: the current exercise's state, checked when the
    /// learner has already changed its file.
    async fn start(&mut self) -> Flow {
        let first = if self.items.is_empty() {
            None
        } else {
            self.next_unfinished(0)
        };
        self.switch_to(first);
        let mut body = String::new();
        if let Some(d) = &self.drill {
            body.push_str(&paint(
                PALETTE.bold,
                format!(
                    "{}: {} exercise{} in {}. The clock is running.\n",
                    d.title,
                    d.lines.len(),
                    if d.lines.len() == 1 { "" } else { "s" },
                    learner::clock(d.allowed)
                ),
            ));
            let files: Vec<String> = (0..self.items.len()).map(|i| self.file_shown(i)).collect();
            let width = files.iter().map(|f| f.chars().count()).max().unwrap_or(0);
            for (i, (item, file)) in self.items.iter().zip(&files).enumerate() {
                body.push_str(&format!(
                    "  {}. {file:<width$}  {}  {}\n",
                    i + 1,
                    crate::roadmap::stars(item.difficulty),
                    item.title
                ));
            }
            body.push('\n');
        }
        match self.current {
            None => {
                body.push_str(&learner::all_passed(self.items.len()));
                body.push_str("Watching anyway: saving a file re-checks it.\n");
            }
            Some(i) => {
                let path = self.ws.file_for(&self.items[i].id);
                let changed = self.drill.is_none()
                    && std::fs::read(&path)
                        .ok()
                        .is_some_and(|src| !self.is_untouched(i, &src));
                if changed {
                    return self.check(i).await;
                }
                body.push_str(&learner::intro(
                    &self.items[i],
                    &self.file_shown(i),
                    path.is_file(),
                ));
            }
        }
        self.screen(&body);
        Flow::Continue
    }

    fn is_untouched(&self, i: usize, source: &[u8]) -> bool {
        match self.pack.exercise(&self.items[i].id) {
            Ok(ex) => super::is_untouched_starter(&self.pack, &ex, source),
            Err(_) => false,
        }
    }

    async fn on_paths(&mut self, paths: Vec<PathBuf>) -> Flow {
        let mut touched: Vec<usize> = Vec::new();
        for p in &paths {
            let Some(id) = self.ws.id_of(p) else { continue };
            if let Some(i) = self.items.iter().position(|it| it.id == id)
                && !touched.contains(&i)
                && p.exists()
            {
                touched.push(i);
            }
        }
        for i in touched {
            if let Flow::End(e) = self.check(i).await {
                return Flow::End(e);
            }
        }
        Flow::Continue
    }

    async fn on_key(&mut self, key: &str) -> Flow {
        match key {
            "q" | "quit" | "exit" => Flow::End(Ending::Quit),
            "h" | "hint" => {
                self.hint();
                Flow::Continue
            }
            "r" | "check" => match self.current {
                Some(i) if self.ws.file_for(&self.items[i].id).exists() => self.check(i).await,
                _ => {
                    anstream::println!("Nothing to re-check: no current exercise file.");
                    Flow::Continue
                }
            },
            "n" | "next" => {
                let from = self.current.map_or(0, |i| i + 1);
                let next = if self.items.is_empty() {
                    None
                } else {
                    self.next_unfinished(from % self.items.len())
                };
                self.switch_to(next);
                let body = match next {
                    Some(i) => learner::intro(
                        &self.items[i],
                        &self.file_shown(i),
                        self.ws.file_for(&self.items[i].id).exists(),
                    ),
                    None => learner::all_passed(self.items.len()),
                };
                self.screen(&body);
                Flow::Continue
            }
            "" => {
                anstream::println!("{}", learner::keys(self.drill.is_some()));
                Flow::Continue
            }
            other => {
                anstream::println!(
                    "Unknown command {other:?}. {}",
                    learner::keys(self.drill.is_some())
                );
                Flow::Continue
            }
        }
    }

    /// Reveals the current exercise's next hint, below the current screen.
    fn hint(&mut self) {
        let Some(i) = self.current else {
            anstream::println!("No current exercise to hint at.");
            return;
        };
        let Ok(ex) = self.pack.exercise(&self.items[i].id) else {
            return;
        };
        if ex.hints.is_empty() {
            anstream::println!("{} has no hints.", ex.id);
            return;
        }
        let total = ex.hints.len();
        let result = Store::new(&self.ws).update(|p| {
            let e = p.exercises.entry(ex.id.clone()).or_default();
            let before = e.hints_shown.min(total);
            e.hints_shown = (before + 1).min(total);
            (before, e.hints_shown, p.clone())
        });
        let (before, after) = match result {
            Ok(((before, after, progress), notes)) => {
                warn_all(notes);
                self.progress = progress;
                (before, after)
            }
            Err(e) => {
                warn_all(Notes(vec![format!(
                    "cannot remember which hints you have seen ({e})"
                )]));
                (0, total)
            }
        };
        if self.tty && self.drill.is_some() {
            print_raw(CLEAR_LINE);
        }
        anstream::print!("\n{}", learner::hints(&ex, before, after, true));
        self.status_line();
    }

    /// Checks exercise `i`, records it, shows the result and moves on if it
    /// passed.  Ctrl-C during the check cancels it.
    async fn check(&mut self, i: usize) -> Flow {
        let id = self.items[i].id.clone();
        let ex = match self.pack.exercise(&id) {
            Ok(ex) => ex,
            Err(errs) => {
                anstream::eprintln!("{} {}", paint(PALETTE.fail, "error:"), Error::Spec(errs));
                return Flow::Continue;
            }
        };
        let path = self.ws.file_for(&id);
        let display = self.file_shown(i);
        let Ok(submission) = Submission::read(&ex, &path) else {
            // Mid-save, or gone: the next event will bring it back.
            return Flow::Continue;
        };
        if self.current != Some(i) {
            self.switch_to(Some(i));
        }
        if !self.tty {
            anstream::println!("{}", paint(PALETTE.dim, format!("checking {display} …")));
        }
        let grading = Arc::clone(&self.grading);
        let interrupt = Arc::clone(&self.interrupt);
        let result = tokio::select! {
            r = grading.grade_warm(&mut self.warm, &ex, &submission, &display) => r,
            () = interrupt.notified() => {
                sandbox::kill_all();
                return Flow::End(Ending::Interrupted);
            }
        };
        let result = match result {
            Ok(r) => r,
            Err(e) => {
                anstream::eprintln!("{} {e}", paint(PALETTE.fail, "error:"));
                return Flow::Continue;
            }
        };
        let passed = result.status == Status::Passed;
        let source = submission.recorded();
        // A pass changes what comes next, so it is recorded first.  Any
        // other result changes nothing on the screen (a pass, once made,
        // stays), so the learner sees it before the progress file is
        // flushed to disk, which can take longer than the check.
        if passed && let Some(p) = record_check(&self.pack, &ex, &path, source, &result) {
            self.progress = p;
        }
        if let Some(d) = &mut self.drill {
            d.clock_out(Some(i));
            let line = &mut d.lines[i];
            line.checks += 1;
            line.solved |= passed;
            line.failing = failing(&result);
        }
        let mut body = human::exercise(&result);
        body.push('\n');
        if passed {
            body.push_str(&paint(
                PALETTE.pass.bold(),
                format!("✓ {id} passes. Moving on.\n\n"),
            ));
            let next = self.next_unfinished((i + 1) % self.items.len());
            self.switch_to(next);
            match next {
                Some(n) => body.push_str(&learner::intro(
                    &self.items[n],
                    &self.file_shown(n),
                    self.ws.file_for(&self.items[n].id).exists(),
                )),
                None if self.drill.is_some() => {
                    self.screen(&body);
                    return Flow::End(Ending::AllSolved);
                }
                None => {
                    body.push_str(&learner::all_passed(self.items.len()));
                    body.push_str("Watching anyway: saving a file re-checks it.\n");
                }
            }
        } else {
            let seen = self.progress.entry(&id).map_or(0, |e| e.hints_shown);
            let hints = if ex.hints.is_empty() {
                String::new()
            } else {
                format!(
                    " Stuck? h for a hint ({} of {} seen).",
                    seen.min(ex.hints.len()),
                    ex.hints.len()
                )
            };
            body.push_str(&format!("Edit {display} and save to re-check.{hints}\n"));
        }
        self.screen(&body);
        if !passed && let Some(p) = record_check(&self.pack, &ex, &path, source, &result) {
            self.progress = p;
        }
        Flow::Continue
    }
}

/// Failing cases of a result, for a drill summary.
fn failing(result: &ExerciseResult) -> Vec<String> {
    if let Some(p) = &result.problem {
        return vec![format!("no case ran ({})", p.message)];
    }
    result
        .cases
        .iter()
        .filter(|c| c.verdict != crate::judge::Verdict::Passed)
        .map(|c| {
            let hidden = if c.hidden { " (hidden)" } else { "" };
            format!("{:?}{hidden} {}", c.name, c.verdict.label())
        })
        .collect()
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

/// Lines typed on stdin.  A plain thread: a blocked read must not hold up
/// the runtime's shutdown.
fn key_reader() -> UnboundedReceiver<String> {
    let (tx, rx) = unbounded_channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Turns every Ctrl-C into a permit on `notify`, so that none is lost
/// between two waits.  The handler is installed before this returns.
fn listen_for_interrupts(notify: Arc<Notify>) -> Result<(), Error> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut sigint = signal(SignalKind::interrupt())
            .map_err(|e| Error::Internal(anyhow::Error::new(e).context("listening for Ctrl-C")))?;
        tokio::spawn(async move {
            while sigint.recv().await.is_some() {
                notify.notify_one();
            }
        });
    }
    #[cfg(not(unix))]
    tokio::spawn(async move {
        while tokio::signal::ctrl_c().await.is_ok() {
            notify.notify_one();
        }
    });
    Ok(())
}

/// Writes terminal control text as is, flushed.
fn print_raw(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}
