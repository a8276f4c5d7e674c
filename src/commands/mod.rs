//! One function per subcommand, wiring spec → runner → judge → report.

mod check;
mod list;
mod seal;
mod similarity;
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
        Command::List { markdown: false } => list::list(&global),
        Command::List { markdown: true } => list::markdown(&global),
        Command::Show { id } => list::show(&global, &id),
        Command::Verify(args) => verify::run(&global, args).await,
        Command::Doctor => doctor(&global).await,
        Command::Seal(args) => seal::run(&args),
        Command::Similarity(args) => similarity::run(&global, args).await,
    }
}

/// `grader doctor`: the interpreter and every protection layer.
async fn doctor(global: &Global) -> Result<u8, Error> {
    use crate::report::{PALETTE, paint};
    let interpreter = interpreter::find(global.python.as_ref()).await?;
    let sandbox = Sandbox::new(global.sandbox, &interpreter);
    let mut out = format!(
        "python: {} (Python {}, found as {})\nsandbox: {:?}\n",
        interpreter.executable.display(),
        interpreter.version_string(),
        interpreter.requested,
        global.sandbox
    );
    let layers = sandbox.probe();
    for l in &layers {
        let mark = if l.active {
            paint(PALETTE.pass, "✓ active     ")
        } else {
            paint(PALETTE.fail, "✗ unavailable")
        };
        out.push_str(&format!("  {mark} {:<18} {}\n", l.name, l.detail));
    }
    let missing = layers.iter().filter(|l| !l.active).count();
    out.push_str(&if missing == 0 {
        "every protection layer is active\n".to_string()
    } else {
        format!("{missing} layer(s) unavailable: --sandbox strict would refuse to run\n")
    });
    anstream::print!("{out}");
    Ok(if missing == 0 {
        crate::error::exit::OK
    } else {
        crate::error::exit::FAILED
    })
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
        let sandbox = Sandbox::new(global.sandbox, &interpreter);
        if global.sandbox == crate::sandbox::Mode::Off {
            anstream::eprintln!(
                "{} --sandbox off: learner code runs with no isolation beyond a temp folder and timeouts; use this only to debug the grader",
                crate::report::paint(crate::report::PALETTE.warn.bold(), "WARNING:")
            );
        }
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

/// Runs `jobs` futures at most `limit` at a time, keeping input order.
async fn bounded<T, F>(limit: usize, jobs: Vec<F>) -> Vec<T>
where
    T: Send + 'static,
    F: std::future::Future<Output = T> + Send + 'static,
{
    let gate = Arc::new(tokio::sync::Semaphore::new(limit.max(1)));
    let mut set = tokio::task::JoinSet::new();
    for (i, job) in jobs.into_iter().enumerate() {
        let gate = Arc::clone(&gate);
        set.spawn(async move {
            let _permit = gate.acquire_owned().await;
            (i, job.await)
        });
    }
    let mut out: Vec<(usize, T)> = Vec::new();
    while let Some(done) = set.join_next().await {
        match done {
            Ok(pair) => out.push(pair),
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Err(_) => {}
        }
    }
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, t)| t).collect()
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
