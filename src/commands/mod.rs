//! One function per subcommand, wiring spec → runner → judge → report.

mod check;
mod grade;
mod list;
mod merge;
mod outputs;
mod progress;
mod verify;

use std::sync::Arc;

use crate::cli::{Cli, Command, Global};
use crate::error::Error;
use crate::interpreter::{self, Interpreter};
use crate::judge::{self, ExerciseResult, Problem};
use crate::runner;
use crate::sandbox::Sandbox;
use crate::spec::{Exercise, Pack, PackSource};

pub async fn dispatch(cli: Cli) -> Result<u8, Error> {
    let global = cli.global;
    match cli.command {
        Command::Check(args) => check::run(&global, args).await,
        Command::List => list::list(&global),
        Command::Show { id } => list::show(&global, &id),
        Command::Verify(args) => verify::run(&global, args).await,
        Command::Grade(args) => grade::run(&global, args).await,
        Command::Merge(args) => merge::run(args),
    }
}

fn load_pack(global: &Global) -> Result<Pack, Error> {
    let source = match &global.exercises {
        Some(dir) => PackSource::Dir(dir.clone()),
        None => PackSource::Builtin,
    };
    Pack::load(source).map_err(Error::Spec)
}

/// What every grading command needs, shared by concurrent runs.
struct Grading {
    interpreter: Interpreter,
    sandbox: Sandbox,
}

impl Grading {
    async fn new(global: &Global) -> Result<Arc<Grading>, Error> {
        let interpreter = interpreter::find(global.python.as_ref()).await?;
        let sandbox = Sandbox::new(global.sandbox);
        Ok(Arc::new(Grading {
            interpreter,
            sandbox,
        }))
    }

    /// Grades `source` (shown as `display`) against `exercise`, for a learner.
    async fn grade(
        &self,
        exercise: &Exercise,
        source: &[u8],
        display: &str,
    ) -> Result<ExerciseResult, Error> {
        self.grade_as(exercise, source, display, judge::Audience::Learner)
            .await
    }

    async fn grade_as(
        &self,
        exercise: &Exercise,
        source: &[u8],
        display: &str,
        audience: judge::Audience,
    ) -> Result<ExerciseResult, Error> {
        let (major, minor, _) = self.interpreter.version;
        if (major, minor) < exercise.min_python {
            let (a, b) = exercise.min_python;
            return Ok(ExerciseResult::refused(
                exercise,
                display,
                Problem {
                    message: format!(
                        "this exercise needs Python {a}.{b} or newer; {} is Python {}",
                        self.interpreter.executable.display(),
                        self.interpreter.version_string()
                    ),
                    location: None,
                    column: None,
                    hint: Some("point --python (or GRADER_PYTHON) at a newer interpreter".into()),
                },
            ));
        }
        let run = runner::run(exercise, source, &self.interpreter, &self.sandbox).await?;
        let text = String::from_utf8_lossy(source);
        Ok(judge::judge(exercise, &run, display, &text, audience))
    }
}

/// Reads a learner's file, refusing what cannot be a submission.
fn read_submission(path: &std::path::Path) -> Result<Vec<u8>, String> {
    let meta =
        std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !meta.is_file() {
        return Err(format!("{} is not a regular file", path.display()));
    }
    if meta.len() > runner::MAX_SOURCE_BYTES {
        return Err(format!(
            "{} is {} bytes; a submission may be at most {} bytes",
            path.display(),
            meta.len(),
            runner::MAX_SOURCE_BYTES
        ));
    }
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// A bounded worker pool on tokio: at most `limit` jobs run at once and the
/// rest wait their turn in order (the semaphore is fair); results come back
/// as jobs finish, with the index each job was spawned under.
struct Pool<T> {
    gate: Arc<tokio::sync::Semaphore>,
    set: tokio::task::JoinSet<(usize, T)>,
    spawned: usize,
}

impl<T: Send + 'static> Pool<T> {
    fn new(limit: usize) -> Pool<T> {
        Pool {
            gate: Arc::new(tokio::sync::Semaphore::new(limit.max(1))),
            set: tokio::task::JoinSet::new(),
            spawned: 0,
        }
    }

    fn spawn<F>(&mut self, job: F)
    where
        F: std::future::Future<Output = T> + Send + 'static,
    {
        let gate = Arc::clone(&self.gate);
        let index = self.spawned;
        self.spawned += 1;
        self.set.spawn(async move {
            let _permit = gate.acquire_owned().await;
            (index, job.await)
        });
    }

    /// The next job to finish; `None` when all have.
    async fn next(&mut self) -> Option<(usize, T)> {
        loop {
            match self.set.join_next().await? {
                Ok(pair) => return Some(pair),
                Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                Err(_) => {}
            }
        }
    }

    /// Cancels every job and waits until none runs.  Dropping a job drops
    /// its harness, which kills the process (`kill_on_drop`).
    async fn cancel(&mut self) {
        self.set.abort_all();
        while self.set.join_next().await.is_some() {}
    }
}

/// Runs `jobs` futures at most `limit` at a time, keeping input order.
async fn bounded<T, F>(limit: usize, jobs: Vec<F>) -> Vec<T>
where
    T: Send + 'static,
    F: std::future::Future<Output = T> + Send + 'static,
{
    let mut pool = Pool::new(limit);
    for job in jobs {
        pool.spawn(job);
    }
    let mut out: Vec<(usize, T)> = Vec::new();
    while let Some(pair) = pool.next().await {
        out.push(pair);
    }
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, t)| t).collect()
}

/// The exercises `--only` names (ids or whole topics), in pack order;
/// every exercise when `only` is empty.
fn select_ids(pack: &Pack, only: &[String]) -> Result<Vec<String>, Error> {
    if only.is_empty() {
        return Ok(pack.ids.clone());
    }
    for want in only {
        if !pack
            .ids
            .iter()
            .any(|id| id == want || id.split('/').next() == Some(want.as_str()))
        {
            return Err(Error::Usage(format!(
                "no exercise or topic {want:?}{}",
                suggest(pack, want)
            )));
        }
    }
    Ok(pack
        .ids
        .iter()
        .filter(|id| {
            only.iter()
                .any(|want| *id == want || id.split('/').next() == Some(want.as_str()))
        })
        .cloned()
        .collect())
}

fn parallelism() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// "did you mean …?" for an unknown exercise id.
fn suggest(pack: &Pack, wanted: &str) -> String {
    let mut best: Vec<(f64, &String)> = pack
        .ids
        .iter()
        .map(|id| {
            let name = id.rsplit('/').next().unwrap_or(id);
            let score = strsim::jaro_winkler(wanted, id).max(strsim::jaro_winkler(wanted, name));
            (score, id)
        })
        .filter(|(s, _)| *s > 0.75)
        .collect();
    best.sort_by(|a, b| b.0.total_cmp(&a.0));
    match best.first() {
        Some((_, id)) => format!("; did you mean {id}?"),
        None => "; run `grader list` to see the exercises".to_string(),
    }
}
