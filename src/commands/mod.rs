//! One function per subcommand, wiring spec → runner → judge → report.

mod check;
mod class_progress;
mod completions;
mod drill;
mod grade;
mod hint;
mod init;
mod list;
mod merge;
mod next;
mod outputs;
mod reset;
mod seal;
mod session;
mod similarity;
mod toolchain;
mod verify;
mod watch;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::cli::{Cli, Command, Global};
use crate::error::Error;
use crate::interpreter::{self, Interpreter};
use crate::judge::{self, ExerciseResult, Problem};
use crate::kinds::{self, Submission};
use crate::report::{PALETTE, paint};
use crate::runner;
use crate::sandbox::Sandbox;
use crate::spec::{Exercise, Pack, PackSource};
use crate::workspace::Workspace;
use crate::workspace::progress::{self, Progress, Store};

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
        Command::Init(args) => init::run(&global, args),
        Command::Reset(args) => reset::run(&global, args),
        Command::Next => next::run(&global),
        Command::Hint(args) => hint::run(&global, args),
        Command::Watch(args) => watch::run(&global, args).await,
        Command::Drill(args) => drill::run(&global, args).await,
        Command::Completions { shell } => completions::run(&global, shell),
        Command::Grade(args) => grade::run(&global, args).await,
        Command::Merge(args) => merge::run(args),
        Command::Toolchain { action } => toolchain::run(&global, action).await,
    }
}

/// Whether a command handles Ctrl-C itself (to end cleanly with a summary)
/// instead of being cut short by the global handler.
pub fn handles_interrupt(command: &Command) -> bool {
    matches!(command, Command::Watch(_) | Command::Drill(_))
}

fn current_dir() -> Result<PathBuf, Error> {
    std::env::current_dir().map_err(|e| {
        Error::Environment(format!(
            "cannot tell the current folder ({e}); cd into an existing folder and try again"
        ))
    })
}

/// The workspace around `near` (a file or folder), if any.
fn workspace_near(near: &Path) -> Result<Option<Workspace>, Error> {
    Workspace::find(near).map_err(Error::Usage)
}

/// The pack to use: `--exercises` (or GRADER_EXERCISES) first, then the one
/// the workspace follows, then the pack built into grader.
fn pack_for(global: &Global, ws: Option<&Workspace>) -> Result<Pack, Error> {
    match (&global.exercises, ws.and_then(Workspace::pack_dir)) {
        (None, Some(dir)) => Pack::load(PackSource::Dir(dir.to_path_buf())).map_err(|errs| {
            anstream::eprintln!(
                "{} this workspace follows the pack {} (see .grader/workspace.json); \
                 pass --exercises DIR to use another",
                paint(PALETTE.warn, "note:"),
                dir.display()
            );
            Error::Spec(errs)
        }),
        _ => load_pack(global),
    }
}

/// The workspace around the current folder (required) and its pack.
fn in_workspace(global: &Global, command: &str) -> Result<(Workspace, Pack, PathBuf), Error> {
    let cwd = current_dir()?;
    let Some(ws) = workspace_near(&cwd)? else {
        return Err(Error::Usage(format!(
            "`grader {command}` works inside a practice workspace, and {} is not in one; \
             run `grader init` to create python-practice/, then cd into it",
            cwd.display()
        )));
    };
    let pack = pack_for(global, Some(&ws))?;
    Ok((ws, pack, cwd))
}

/// Prints notes from the progress store as warnings.
fn warn_all(notes: progress::Notes) {
    for n in notes.0 {
        anstream::eprintln!("{} {n}", paint(PALETTE.warn, "warning:"));
    }
}

/// The workspace's progress, or empty with a warning when it cannot be read.
fn read_progress(ws: &Workspace) -> Progress {
    match Store::new(ws).read() {
        Ok((p, notes)) => {
            warn_all(notes);
            p
        }
        Err(e) => {
            warn_all(progress::Notes(vec![e]));
            Progress::default()
        }
    }
}

/// Whether `source` is still exactly the file `grader init` wrote.
fn is_untouched_starter(pack: &Pack, ex: &Exercise, source: &[u8]) -> bool {
    crate::kinds::starter_file(pack, ex).is_some_and(|(_, text)| text.as_bytes() == source)
}

/// Records a check of `path` in the progress of the workspace holding it,
/// if the path is that workspace's file for the exercise.  A file still
/// exactly as `grader init` wrote it is not an attempt and is not recorded.
/// Returns the progress after recording, when something was recorded.
fn record_check(
    pack: &Pack,
    ex: &Exercise,
    path: &Path,
    source: &[u8],
    result: &ExerciseResult,
) -> Option<Progress> {
    if result.has_spec_error() || is_untouched_starter(pack, ex, source) {
        return None;
    }
    let ws = match Workspace::find(path) {
        Ok(Some(ws)) => ws,
        Ok(None) => return None,
        Err(e) => {
            warn_all(progress::Notes(vec![format!("progress not recorded: {e}")]));
            return None;
        }
    };
    if ws.id_of(path).as_deref() != Some(ex.id.as_str()) {
        return None;
    }
    let now = progress::now();
    match Store::new(&ws).update(|p| {
        p.exercises
            .entry(ex.id.clone())
            .or_default()
            .record(result, now);
        p.clone()
    }) {
        Ok((p, notes)) => {
            warn_all(notes);
            Some(p)
        }
        Err(e) => {
            warn_all(progress::Notes(vec![format!(
                "progress not recorded ({e}); the result above stands"
            )]));
            None
        }
    }
}

/// `grader doctor`: the interpreter and every protection layer.
async fn doctor(global: &Global) -> Result<u8, Error> {
    use crate::report::{PALETTE, paint};
    let interpreter = interpreter::find(global.python.as_ref()).await?;
    let sandbox = Sandbox::new(global.sandbox, &interpreter).with_uid(global.sandbox_uid);
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
    // The one question an instructor running as root must be able to read
    // off at a glance.
    let uid_layer = layers.iter().find(|l| l.name == "unprivileged-uid");
    out.push_str(&if sandbox.would_run_as_root() {
        "learner code as host root: refused (--sandbox off as root does not run)\n".to_string()
    } else {
        match uid_layer {
            Some(l) if l.active => "learner code as host root: never (it runs as an unprivileged uid with no capabilities)\n".to_string(),
            Some(_) => "learner code as host root: never (the grader refuses to run it when it cannot drop root)\n".to_string(),
            None if crate::sandbox::running_as_root() => "learner code as host root: never (--sandbox off is refused as root)\n".to_string(),
            None => "learner code as host root: never (the grader is not root)\n".to_string(),
        }
    });
    let missing = layers.iter().filter(|l| !l.active).count();
    out.push_str(&if missing == 0 {
        "every protection layer is active\n".to_string()
    } else {
        format!("{missing} layer(s) unavailable: --sandbox strict would refuse to run\n")
    });
    // Servers for `services:` exercises: not graded without them.
    out.push_str(&crate::services::doctor_text());
    // The pack's toolchain: exercises that use it are not graded without it.
    match load_pack(global).map(|p| (crate::toolchain::Requirements::load(&p), p)) {
        Ok((Ok(Some(req)), pack)) => {
            let state = crate::toolchain::locate(Some(&req), &interpreter);
            out.push_str(&toolchain::status_text(&req, &state, &interpreter, &pack));
        }
        Ok((Ok(None), _)) => out.push_str("toolchain: the pack declares none\n"),
        Ok((Err(errs), _)) | Err(Error::Spec(errs)) => {
            out.push_str(&format!("toolchain: {}\n", Error::Spec(errs)));
        }
        Err(e) => out.push_str(&format!("toolchain: {e}\n")),
    }
    anstream::print!("{out}");
    Ok(if missing == 0 {
        crate::error::exit::OK
    } else {
        crate::error::exit::FAILED
    })
}

/// Prints a command's pack errors (they are not the learner's fault) and
/// gives the exit code for them; `None` when there are none.
fn report_spec_errors(errors: Vec<crate::spec::SpecError>) -> Option<u8> {
    if errors.is_empty() {
        return None;
    }
    anstream::eprintln!("{} {}", paint(PALETTE.fail, "error:"), Error::Spec(errors));
    Some(crate::error::exit::BAD_INPUT)
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
    /// A learner waiting on one exercise (`check`): its visible and hidden
    /// cases run in two harnesses at once.  Classes and `verify`, which run
    /// many submissions at once, use one harness each.
    interactive: bool,
    /// Its two harnesses may run at once: the pack's hidden cases are no
    /// secret to the learner (see `runner::Layout::split_for`).
    overlap: bool,
    /// The pack's toolchain on this machine (`toolchain`).
    toolchain: crate::toolchain::State,
    /// The one command that installs it, for "not graded" messages.
    install_hint: String,
    /// `--require-toolchain` (or `--sandbox strict`): not graded is an error.
    require_toolchain: bool,
}

impl Grading {
    async fn new(global: &Global, pack: &Pack) -> Result<Arc<Grading>, Error> {
        Grading::build(global, pack, false).await
    }

    /// The same, for one learner waiting on a result.
    async fn interactive(global: &Global, pack: &Pack) -> Result<Arc<Grading>, Error> {
        Grading::build(global, pack, true).await
    }

    async fn build(global: &Global, pack: &Pack, interactive: bool) -> Result<Arc<Grading>, Error> {
        let interpreter = interpreter::find(global.python.as_ref()).await?;
        let sandbox = Sandbox::new(global.sandbox, &interpreter)
            .with_uid(global.sandbox_uid)
            .with_hidden(global.exercises.clone());
        if sandbox.would_run_as_root() {
            return Err(Error::Environment(
                "--sandbox off would run learner code as root; run the grader as an ordinary user to debug without the sandbox, or drop --sandbox off".into(),
            ));
        }
        if global.sandbox == crate::sandbox::Mode::Off {
            anstream::eprintln!(
                "{} --sandbox off: learner code runs with no isolation beyond a temp folder and timeouts; use this only to debug the grader",
                crate::report::paint(crate::report::PALETTE.warn.bold(), "WARNING:")
            );
        }
        let requirements = crate::toolchain::Requirements::load(pack).map_err(Error::Spec)?;
        let toolchain = crate::toolchain::locate(requirements.as_ref(), &interpreter);
        Ok(Arc::new(Grading {
            interpreter,
            sandbox,
            interactive,
            // The built-in pack is in the learner's binary, a sealed pack in
            // their hands: its hidden cases' code is theirs to read.
            overlap: matches!(pack.source(), crate::spec::PackSource::Builtin) || pack.is_sealed(),
            toolchain,
            install_hint: crate::toolchain::install_command(pack),
            require_toolchain: global.require_toolchain
                || global.sandbox == crate::sandbox::Mode::Strict,
        }))
    }

    /// Grades a file or project read with [`Submission::read`], for a learner.
    async fn grade_submission(
        &self,
        exercise: &Exercise,
        submission: &Submission,
        display: &str,
    ) -> Result<ExerciseResult, Error> {
        self.grade_as(
            exercise,
            submission,
            display,
            judge::Audience::Learner,
            None,
        )
        .await
    }

    /// Grades one of a class's submissions on a warm harness of `pool`
    /// (module exercises; other kinds start what they need).
    async fn grade_pooled(
        &self,
        pool: &runner::WarmPool,
        exercise: &Exercise,
        submission: &Submission,
        display: &str,
        audience: judge::Audience,
    ) -> Result<ExerciseResult, Error> {
        let mut warm = pool.take(exercise, &self.interpreter);
        let result = self
            .grade_as(exercise, submission, display, audience, Some(&mut warm))
            .await;
        pool.put(warm).await;
        result
    }

    /// Grades on harnesses kept warm between checks (`watch`, `drill`).
    async fn grade_warm(
        &self,
        warm: &mut runner::Warm,
        exercise: &Exercise,
        submission: &Submission,
        display: &str,
    ) -> Result<ExerciseResult, Error> {
        self.grade_as(
            exercise,
            submission,
            display,
            judge::Audience::Learner,
            Some(warm),
        )
        .await
    }

    async fn grade_as(
        &self,
        exercise: &Exercise,
        submission: &Submission,
        display: &str,
        audience: judge::Audience,
        warm: Option<&mut runner::Warm>,
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
        let env = kinds::Env {
            interpreter: &self.interpreter,
            sandbox: &self.sandbox,
            toolchain: &self.toolchain,
            install_hint: &self.install_hint,
            interactive: self.interactive,
            overlap: self.overlap,
        };
        let result = kinds::grade(&env, exercise, submission, display, audience, warm).await?;
        if self.require_toolchain && result.has_not_graded() {
            return Err(Error::Environment(format!(
                "{} ({display}) could not be fully graded here and --require-toolchain{} forbids a partial grade: {}",
                exercise.id,
                if self.sandbox.mode() == crate::sandbox::Mode::Strict {
                    " (implied by --sandbox strict)"
                } else {
                    ""
                },
                env.missing(exercise)
                    .unwrap_or_else(|| format!("run `{}`", self.install_hint))
            )));
        }
        Ok(result)
    }
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

/// The candidate most like `wanted` (Jaro–Winkler, against the whole
/// candidate or its last `/` part), if one scores above `threshold`; the
/// first of equals wins.
fn closest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    threshold: f64,
) -> Option<&'a str> {
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let last = c.rsplit('/').next().unwrap_or(c);
        let score = strsim::jaro_winkler(wanted, c).max(strsim::jaro_winkler(wanted, last));
        if score > threshold && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

/// "did you mean …?" for an unknown exercise id.
fn suggest(pack: &Pack, wanted: &str) -> String {
    match closest(wanted, pack.ids.iter().map(String::as_str), 0.75) {
        Some(id) => format!("; did you mean {id}?"),
        None => "; run `grader list` to see the exercises".to_string(),
    }
}

/// "; did you mean …?" for a path that does not exist: each missing part
/// is replaced by the closest name in its folder, if that leads somewhere.
fn suggest_path(path: &Path, cwd: &Path) -> Option<String> {
    let abs = cwd.join(path);
    let mut existing = abs.as_path();
    let mut missing = Vec::new();
    while !existing.exists() {
        missing.push(existing.file_name()?.to_str()?);
        existing = existing.parent()?;
    }
    let mut fixed = existing.to_path_buf();
    for name in missing.iter().rev() {
        let names: Vec<String> = std::fs::read_dir(&fixed)
            .ok()?
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| !n.starts_with('.'))
            .collect();
        let best = closest(name, names.iter().map(String::as_str), 0.8)?;
        fixed.push(best);
    }
    (fixed != abs && fixed.exists())
        .then(|| format!("; did you mean {}?", Workspace::show_path(&fixed, cwd)))
}

/// "; did you mean decorators/timing.py?" when a missing file's name is an
/// exercise's and that exercise's file exists nearby (in `cwd`'s workspace).
fn suggest_exercise_file(pack: &Pack, path: &Path, cwd: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    let id = pack
        .ids
        .iter()
        .find(|id| id.rsplit('/').next() == Some(stem))?;
    let ws = Workspace::find(cwd).ok()??;
    let file = ws.file_for(id);
    file.is_file()
        .then(|| format!("; did you mean {}?", Workspace::show_path(&file, cwd)))
}
