//! Runs one submission against one exercise's cases through the Python
//! harness (`runners/harness.py`), enforcing every deadline from here.
//!
//! The runner never prints and never judges: it returns what happened to each
//! case ([`CaseRun`]) and leaves verdicts to `judge`.

mod harness_cache;
mod protocol;
pub mod static_check;

use std::ffi::OsStr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::process::{Child, ChildStdin, ChildStdout};

use crate::interpreter::Interpreter;
use crate::sandbox::{self, Sandbox};
use crate::spec::{CaseLimits, Exercise};

pub use protocol::{Phase, Report, latin1_bytes, parse_report};

/// The harness, embedded so an installed binary needs nothing else on disk.
pub const HARNESS: &str = include_str!("../../runners/harness.py");

/// Submissions larger than this are refused before Python sees them.
pub const MAX_SOURCE_BYTES: u64 = 1 << 20;
/// The module's file name inside the run's work directory.
pub const MODULE_FILE: &str = "solution.py";

/// How long the harness may take to start and say hello.
const STARTUP_LIMIT: Duration = Duration::from_secs(20);
/// How long a fork may take to be reported as started.
const FORK_LIMIT: Duration = Duration::from_secs(10);
/// After a kill, how long the harness has to report the reaped case.
const REAP_LIMIT: Duration = Duration::from_secs(3);
/// Time between asking a timed-out case for its stack and killing it.
const DUMP_GRACE: Duration = Duration::from_millis(300);
/// Largest frame accepted from the harness, whatever the output limit.
const MAX_FRAME: usize = 32 << 20;
/// What the harness reads back of a case's report and stack dump
/// (`runners/harness.py`: REPORT_CAP, DUMP_CAP).
const REPORT_CAP: usize = 64 << 10;
const DUMP_CAP: usize = 64 << 10;

/// The largest `done` frame a case with this output limit can honestly
/// produce: stdout and stderr up to the limit and the report and dump, each
/// byte escaped as at most six characters (`\u00XX`), plus the fields.
fn frame_limit(output_bytes: u64) -> usize {
    let output = usize::try_from(output_bytes).unwrap_or(usize::MAX);
    output
        .saturating_mul(2)
        .saturating_add(REPORT_CAP + DUMP_CAP)
        .saturating_mul(6)
        .saturating_add(64 << 10)
        .max(MAX_FRAME)
}
/// Harness stderr kept for diagnosing a harness failure.
const HARNESS_STDERR_CAP: usize = 16 << 10;

/// How one case (or the import probe) ended.
#[derive(Debug, Clone, PartialEq)]
pub enum End {
    /// The process exited with this status.
    Exited(i32),
    /// The process was killed by this signal, not by us.
    Signaled(i32),
    /// We killed it at its deadline.
    TimedOut(Duration),
    /// Not run: the exercise's total time was used up.
    BudgetExhausted(Duration),
    /// The harness itself broke; the message says how.
    HarnessLost(String),
}

/// Everything observed about one case's run.
#[derive(Debug, Clone)]
pub struct CaseRun {
    pub elapsed: Duration,
    pub end: End,
    pub stdout: Vec<u8>,
    /// Bytes the case wrote to stdout in total (may exceed `stdout.len()`).
    pub stdout_size: u64,
    pub stderr: Vec<u8>,
    pub stderr_size: u64,
    pub report: Result<Report, String>,
    /// faulthandler's dump of the stack at a timeout.
    pub dump: String,
    /// Processes the case left running after it ended (killed).
    pub leaked: u32,
}

impl CaseRun {
    fn not_run(end: End) -> CaseRun {
        CaseRun {
            elapsed: Duration::ZERO,
            end,
            stdout: Vec::new(),
            stdout_size: 0,
            stderr: Vec::new(),
            stderr_size: 0,
            report: Err("not run".into()),
            dump: String::new(),
            leaked: 0,
        }
    }
}

/// What a module run needs beyond the harness: the exercise's servers and
/// the toolchain's packages (`uses:`).
#[derive(Debug, Clone, Default)]
pub struct Extras {
    pub services: Vec<crate::services::Service>,
    /// The toolchain's folder (bound read-only) and its site-packages (put
    /// on the harness's `sys.path`).
    pub toolchain: Option<(std::path::PathBuf, std::path::PathBuf)>,
    /// Modules of the toolchain the harness imports once, before forking
    /// cases (`uses:` names as import names, comma-separated).
    pub preload: String,
}

/// The whole run of one submission.
#[derive(Debug, Clone)]
pub struct ExerciseRun {
    /// The import probe: did the module import cleanly?
    pub import: CaseRun,
    /// One entry per case, in spec order; empty when the import failed.
    pub cases: Vec<CaseRun>,
    /// Path of the module inside the run, as it appears in tracebacks.
    pub module_path: String,
    /// Why nothing ran: the run's servers did not start (not graded).
    pub services_down: Option<String>,
}

impl ExerciseRun {
    pub fn import_ok(&self) -> bool {
        import_ok(&self.import)
    }
}

/// How a submission's cases are spread over harnesses.
///
/// A hidden case's code must never reach a harness whose forks run a
/// visible case afterwards (a visible case's report is shown in full, and
/// code left in the harness's memory could be read by it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One harness: visible cases, then hidden ones.  One Python start per
    /// submission, for classes and `verify`, which run many at once.
    Single,
    /// Visible cases in one harness, hidden ones in another that never sees
    /// a visible case; both at once when `concurrent` (the exercise does not
    /// ask to run alone, and there are cores for both).  For a learner's
    /// `check`: the exercise costs about its slower half.
    Split { concurrent: bool },
}

impl Layout {
    /// The split layout, concurrent when the machine has two cores or more,
    /// the exercise does not ask to run alone, and `overlap` allows it.
    ///
    /// Two harnesses running at once share the machine, and anything shared
    /// is a channel: a hidden case holding its code can signal it to a
    /// visible case running beside it (CPU time, the host's process count),
    /// which prints it in its report.  So they overlap only where hidden
    /// cases' code is no secret to whoever reads the report: the built-in
    /// pack and sealed packs, which learners hold.  An instructor's own
    /// pack runs its hidden cases after the visible ones.
    pub fn split_for(exercise: &Exercise, overlap: bool) -> Layout {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Layout::Split {
            concurrent: overlap && cores >= 2 && !exercise.alone,
        }
    }
}

/// Runs `source` against every case of `exercise` in fresh harnesses.
pub async fn run(
    exercise: &Exercise,
    source: &[u8],
    interpreter: &Interpreter,
    sandbox: &Sandbox,
    layout: Layout,
) -> Result<ExerciseRun, crate::error::Error> {
    run_with(
        exercise,
        source,
        interpreter,
        sandbox,
        layout,
        Extras::default(),
    )
    .await
}

/// [`run`], with the exercise's servers and toolchain packages.
pub async fn run_with(
    exercise: &Exercise,
    source: &[u8],
    interpreter: &Interpreter,
    sandbox: &Sandbox,
    layout: Layout,
    extras: Extras,
) -> Result<ExerciseRun, crate::error::Error> {
    let mut scratch = Scratch::new()?;
    scratch.extras = extras;
    scratch.write_module(source)?;
    let mut lanes = Lanes::default();
    let result = execute(
        &scratch,
        &mut lanes,
        exercise,
        interpreter,
        sandbox,
        layout,
        1,
    )
    .await;
    lanes.finish().await;
    result
}

/// Harnesses kept alive between checks of one exercise, so a re-check
/// after a save (`watch`, `drill`) or the next student's submission
/// (`grade`, through [`WarmPool`]) costs no Python start.
///
/// What makes that safe: the harness's supervisor never holds learner code
/// or a case; each submission gets a fresh zygote forked from it, every
/// case a fresh fork of that zygote under the full sandbox, and when a
/// submission ends the supervisor kills every process of the run and
/// empties its writable folders and IPC tables (`runners/harness.py`).
/// A different exercise, spec or interpreter starts fresh harnesses.
pub struct Warm {
    state: Option<WarmState>,
    /// One harness, visible cases first (classes), rather than one for the
    /// visible and one for the hidden cases (a learner waiting).
    single: bool,
    /// The two harnesses may run at once (see [`Layout::split_for`]).
    overlap: bool,
}

struct WarmState {
    scratch: Scratch,
    lanes: Lanes,
    exercise: Exercise,
    interpreter: std::path::PathBuf,
    checks: usize,
}

impl Warm {
    /// For one submission after another of a class: one harness each.
    fn single() -> Warm {
        Warm {
            state: None,
            single: true,
            overlap: false,
        }
    }

    /// For a learner's saves (`watch`, `drill`): visible and hidden cases
    /// in two harnesses, at once when `overlap` (see [`Layout::split_for`]).
    pub fn split(overlap: bool) -> Warm {
        Warm {
            state: None,
            single: false,
            overlap,
        }
    }

    /// Whether its harnesses may serve another student's submission: each
    /// is PID 1 of its own namespaces, so nothing of one submission can
    /// survive its clear-up.
    fn isolated(&self) -> bool {
        self.state.as_ref().is_some_and(|w| {
            [&w.lanes.visible, &w.lanes.hidden]
                .into_iter()
                .flatten()
                .all(|z| z.isolated && z.healthy)
        })
    }

    fn serves(&self, exercise: &Exercise, interpreter: &Interpreter) -> bool {
        self.state
            .as_ref()
            .is_some_and(|w| w.exercise == *exercise && w.interpreter == interpreter.executable)
    }

    pub async fn run(
        &mut self,
        exercise: &Exercise,
        source: &[u8],
        interpreter: &Interpreter,
        sandbox: &Sandbox,
    ) -> Result<ExerciseRun, crate::error::Error> {
        if !self.serves(exercise, interpreter) {
            self.close().await;
            self.state = Some(WarmState {
                scratch: Scratch::new()?,
                lanes: Lanes::default(),
                exercise: exercise.clone(),
                interpreter: interpreter.executable.clone(),
                checks: 0,
            });
        }
        let Some(w) = self.state.as_mut() else {
            return Err(anyhow::anyhow!("no warm harness").into());
        };
        w.checks += 1;
        w.scratch.write_module(source)?;
        w.lanes.reload().await;
        let layout = if self.single {
            Layout::Single
        } else {
            Layout::split_for(exercise, self.overlap)
        };
        let result = execute(
            &w.scratch,
            &mut w.lanes,
            exercise,
            interpreter,
            sandbox,
            layout,
            w.checks,
        )
        .await;
        if result.is_err() {
            self.close().await;
        } else {
            w.lanes.ask_reload().await;
        }
        result
    }

    /// Ends the harnesses.
    pub async fn close(&mut self) {
        if let Some(w) = self.state.take() {
            w.lanes.finish().await;
        }
    }
}

/// Warm harnesses shared by the submissions of a class (`grade`): a
/// submission takes an idle one of its exercise (or an empty one, which
/// starts its harness), and gives it back when graded.  At most `cap` stay
/// idle; harnesses that are not [isolated](Warm::isolated) are never kept,
/// so without the Linux sandbox's namespaces every submission still gets
/// its own.
pub struct WarmPool {
    idle: Mutex<std::collections::VecDeque<Warm>>,
    cap: usize,
}

impl WarmPool {
    pub fn new(cap: usize) -> WarmPool {
        WarmPool {
            idle: Mutex::new(std::collections::VecDeque::new()),
            cap: cap.max(1),
        }
    }

    /// An idle warm harness for `exercise`, or an empty one.
    pub fn take(&self, exercise: &Exercise, interpreter: &Interpreter) -> Warm {
        let Ok(mut idle) = self.idle.lock() else {
            return Warm::single();
        };
        match idle.iter().rposition(|w| w.serves(exercise, interpreter)) {
            Some(i) => idle.remove(i).unwrap_or_else(Warm::single),
            None => Warm::single(),
        }
    }

    /// Gives `warm` back; the oldest idle one is ended beyond the cap.
    pub async fn put(&self, mut warm: Warm) {
        if !warm.isolated() {
            warm.close().await;
            return;
        }
        let evicted = match self.idle.lock() {
            Ok(mut idle) => {
                idle.push_back(warm);
                if idle.len() > self.cap {
                    idle.pop_front()
                } else {
                    None
                }
            }
            Err(_) => Some(warm),
        };
        if let Some(mut old) = evicted {
            old.close().await;
        }
    }

    /// Ends every idle harness.
    pub async fn close(&self) {
        let all: Vec<Warm> = match self.idle.lock() {
            Ok(mut idle) => idle.drain(..).collect(),
            Err(_) => Vec::new(),
        };
        for mut w in all {
            w.close().await;
        }
    }
}

/// A run's folder: root/harness.py, root/module/solution.py, and one fresh
/// folder per harness start under root/cases/ (each case gets its own
/// folder inside that).
struct Scratch {
    _dir: tempfile::TempDir,
    harness: std::path::PathBuf,
    module: std::path::PathBuf,
    cases: std::path::PathBuf,
    starts: std::sync::atomic::AtomicUsize,
    extras: Extras,
}

impl Scratch {
    fn new() -> Result<Scratch, crate::error::Error> {
        let dir = tempfile::Builder::new()
            .prefix("grader-")
            .tempdir()
            .context("creating a temporary directory for the run")?;
        let root = dir.path();
        let module_dir = root.join("module");
        let cases = root.join("cases");
        for d in [&module_dir, &cases] {
            std::fs::create_dir(d).with_context(|| format!("creating {}", d.display()))?;
        }
        let harness = root.join("harness.py");
        std::fs::write(&harness, HARNESS).context("writing the harness")?;
        Ok(Scratch {
            module: module_dir.join(MODULE_FILE),
            harness,
            cases,
            _dir: dir,
            starts: std::sync::atomic::AtomicUsize::new(0),
            extras: Extras::default(),
        })
    }

    fn write_module(&self, source: &[u8]) -> Result<(), crate::error::Error> {
        std::fs::write(&self.module, source).context("copying the submission")?;
        Ok(())
    }

    /// Starts a harness; `Ok(Err(why))` when the run's servers did not
    /// start (its cases are not graded).
    async fn spawn(
        &self,
        interpreter: &Interpreter,
        sandbox: &Sandbox,
    ) -> Result<Result<Zygote, String>, crate::error::Error> {
        let n = self
            .starts
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            + 1;
        let dir = self.cases.join(format!("start-{n}"));
        std::fs::create_dir(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let mut ctx = StartCtx {
            harness: &self.harness,
            module: &self.module,
            cases: &dir,
            toolchain: self.extras.toolchain.as_ref(),
            preload: &self.extras.preload,
            services: None,
        };
        let plan;
        let files;
        if !self.extras.services.is_empty() {
            plan = match crate::services::plan_blocking(&self.extras.services, &dir).await {
                Ok(plan) => plan,
                Err(why) => return Ok(Err(why)),
            };
            let root = self.cases.parent().unwrap_or(&self.cases);
            let launcher = root.join("services.py");
            let request = root.join(format!("services-{n}.json"));
            std::fs::write(&launcher, crate::services::LAUNCHER)
                .context("writing the services launcher")?;
            std::fs::write(
                &request,
                serde_json::to_vec(&plan.request).context("encoding the services request")?,
            )
            .context("writing the services request")?;
            files = (launcher, request);
            ctx.services = Some((&plan, &files.0, &files.1));
        }
        Zygote::start(interpreter, sandbox, &ctx).await
    }
}

/// The harness for visible cases (and the import probe) and the one for
/// hidden cases, each started when first needed.
#[derive(Default)]
struct Lanes {
    visible: Option<Zygote>,
    hidden: Option<Zygote>,
}

impl Lanes {
    /// Asks live harnesses for a fresh zygote without waiting for it, right
    /// after a check: each harness clears up after that submission while
    /// the grader shows its verdict and waits for the next one.
    async fn ask_reload(&mut self) {
        for z in [&mut self.visible, &mut self.hidden].into_iter().flatten() {
            if z.healthy {
                // A failed request marks the lane lost; `reload` replaces it.
                let _ = z.ask_reload().await;
            }
        }
    }

    /// Waits until live harnesses are ready for the rewritten submission
    /// (asking them first unless `ask_reload` did), both at once.
    async fn reload(&mut self) {
        async fn one(lane: &mut Option<Zygote>) {
            if let Some(z) = lane.as_mut()
                && z.reload().await.is_err()
                && let Some(z) = lane.take()
            {
                z.finish().await;
            }
        }
        tokio::join!(one(&mut self.visible), one(&mut self.hidden));
    }

    async fn finish(self) {
        tokio::join!(
            async {
                if let Some(z) = self.visible {
                    z.finish().await;
                }
            },
            async {
                if let Some(z) = self.hidden {
                    z.finish().await;
                }
            }
        );
    }
}

/// One check: the import probe, then every case, on `lanes`' harnesses
/// (started or restarted as needed).  `tag` makes case ids unique across
/// the checks a warm harness serves.
async fn execute(
    scratch: &Scratch,
    lanes: &mut Lanes,
    exercise: &Exercise,
    interpreter: &Interpreter,
    sandbox: &Sandbox,
    layout: Layout,
    tag: usize,
) -> Result<ExerciseRun, crate::error::Error> {
    let started = Instant::now();
    let visible: Vec<usize> = (0..exercise.cases.len())
        .filter(|&i| !exercise.cases[i].hidden)
        .collect();
    let hidden: Vec<usize> = (0..exercise.cases.len())
        .filter(|&i| exercise.cases[i].hidden)
        .collect();
    let split = matches!(layout, Layout::Split { .. }) && !hidden.is_empty();
    // Both harnesses start at once: their Python starts overlap.
    let starting = usize::from(!lanes.visible.as_ref().is_some_and(|z| z.healthy))
        + usize::from(split && !lanes.hidden.as_ref().is_some_and(|z| z.healthy));
    if starting > 1 {
        sandbox.reserve_runs(starting);
    }
    let (a, b) = tokio::join!(
        ensure(&mut lanes.visible, scratch, interpreter, sandbox),
        async {
            if split {
                ensure(&mut lanes.hidden, scratch, interpreter, sandbox).await
            } else {
                Ok(None)
            }
        }
    );
    if let Some(why) = a?.or(b?) {
        return Ok(ExerciseRun {
            import: CaseRun::not_run(End::HarnessLost(why.clone())),
            cases: Vec::new(),
            module_path: scratch.module.display().to_string(),
            services_down: Some(why),
        });
    }
    let ctx = LaneCtx {
        scratch,
        exercise,
        interpreter,
        sandbox,
        started,
        tag,
    };
    let concurrent = matches!(layout, Layout::Split { concurrent: true }) && split;
    // The hidden lane runs its first case while the import probe runs, and
    // waits for the probe's outcome before any other: a module that does
    // not import fails that case as it fails the probe (the same import),
    // and no more of the lane is run for it.
    let (imported, gate) = tokio::sync::watch::channel(None);
    let (import, mut done) = if concurrent {
        let visible_side = async {
            let import = probe_import(&mut lanes.visible, exercise, tag).await;
            let ok = import_ok(&import);
            let _ = imported.send(Some(ok));
            if !ok {
                return (import, Vec::new());
            }
            (
                import,
                run_lane(&mut lanes.visible, visible, &ctx, None).await,
            )
        };
        let ((import, v), h) = tokio::join!(
            visible_side,
            run_lane(&mut lanes.hidden, hidden, &ctx, Some(gate))
        );
        (import, v.into_iter().chain(h).collect::<Vec<_>>())
    } else {
        let import = probe_import(&mut lanes.visible, exercise, tag).await;
        if !import_ok(&import) {
            (import, Vec::new())
        } else if split {
            let mut v = run_lane(&mut lanes.visible, visible, &ctx, None).await;
            v.extend(run_lane(&mut lanes.hidden, hidden, &ctx, None).await);
            (import, v)
        } else {
            // Visible cases first, in the same harness.
            let all = visible.into_iter().chain(hidden).collect();
            (import, run_lane(&mut lanes.visible, all, &ctx, None).await)
        }
    };
    let mut run = ExerciseRun {
        import,
        cases: Vec::new(),
        module_path: scratch.module.display().to_string(),
        services_down: None,
    };
    if !run.import_ok() {
        return Ok(run);
    }
    let mut results: Vec<Option<CaseRun>> = vec![None; exercise.cases.len()];
    for (index, result) in done.drain(..) {
        results[index] = Some(result);
    }
    run.cases = results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| CaseRun::not_run(End::HarnessLost("not run".into()))))
        .collect();
    Ok(run)
}

/// The import probe: the submission imported on its own, before any case.
async fn probe_import(lane: &mut Option<Zygote>, exercise: &Exercise, tag: usize) -> CaseRun {
    match lane.as_mut() {
        Some(z) => {
            z.request(
                &format!("import-{tag}"),
                &exercise.limits,
                None,
                "",
                exercise.limits.time,
            )
            .await
        }
        None => CaseRun::not_run(End::HarnessLost("the harness did not start".into())),
    }
}

fn import_ok(import: &CaseRun) -> bool {
    import.end == End::Exited(0) && matches!(import.report, Ok(Report::Ok { .. }))
}

/// Starts the harness of a lane unless a healthy one is running.
/// `Ok(Some(why))`: the run's servers did not start.
async fn ensure(
    lane: &mut Option<Zygote>,
    scratch: &Scratch,
    interpreter: &Interpreter,
    sandbox: &Sandbox,
) -> Result<Option<String>, crate::error::Error> {
    if lane.as_ref().is_some_and(|z| z.healthy) {
        return Ok(None);
    }
    if let Some(old) = lane.take() {
        old.finish().await;
    }
    match scratch.spawn(interpreter, sandbox).await? {
        Ok(z) => {
            *lane = Some(z);
            Ok(None)
        }
        Err(why) => Ok(Some(why)),
    }
}

/// What every lane of one check shares.
struct LaneCtx<'a> {
    scratch: &'a Scratch,
    exercise: &'a Exercise,
    interpreter: &'a Interpreter,
    sandbox: &'a Sandbox,
    started: Instant,
    tag: usize,
}

/// Runs `indices`' cases one after another on one lane's harness.  With
/// a `gate`, only the first before the gate says the import probe passed
/// (`Some(true)`); none after it says it failed.
async fn run_lane(
    lane: &mut Option<Zygote>,
    indices: Vec<usize>,
    ctx: &LaneCtx<'_>,
    mut gate: Option<tokio::sync::watch::Receiver<Option<bool>>>,
) -> Vec<(usize, CaseRun)> {
    let LaneCtx {
        scratch,
        exercise,
        interpreter,
        sandbox,
        started,
        tag,
    } = *ctx;
    let mut out = Vec::with_capacity(indices.len());
    for (n, index) in indices.into_iter().enumerate() {
        if let Some(g) = gate.as_mut().filter(|_| n > 0) {
            // A dropped sender (the probe never answered) counts as failed.
            let passed = g.wait_for(Option::is_some).await.ok().and_then(|v| *v);
            if passed != Some(true) {
                break;
            }
            gate = None;
        }
        let case = &exercise.cases[index];
        let used = started.elapsed();
        let Some(left) = exercise
            .total_time
            .checked_sub(used)
            .filter(|d| !d.is_zero())
        else {
            out.push((
                index,
                CaseRun::not_run(End::BudgetExhausted(exercise.total_time)),
            ));
            continue;
        };
        if !lane.as_ref().is_some_and(|z| z.healthy) {
            let why = match ensure(lane, scratch, interpreter, sandbox).await {
                Ok(None) => None,
                Ok(Some(why)) => Some(why),
                Err(e) => Some(e.to_string()),
            };
            if let Some(why) = why {
                out.push((index, CaseRun::not_run(End::HarnessLost(why))));
                continue;
            }
        }
        let Some(zygote) = lane.as_mut() else {
            continue;
        };
        let limit = case.limits.time.min(left);
        let id = format!("{tag}-{index}");
        let mut result = zygote
            .request(
                &id,
                &case.limits,
                exercise.setup.as_deref(),
                &case.code,
                limit,
            )
            .await;
        if limit < case.limits.time && matches!(result.end, End::TimedOut(_)) {
            result.end = End::BudgetExhausted(exercise.total_time);
        }
        out.push((index, result));
    }
    out
}

/// One running harness process.
struct Zygote {
    child: Child,
    pid: Option<u32>,
    stdin: Option<ChildStdin>,
    stdout: ChildStdout,
    pending: Vec<u8>,
    /// How much of `pending` is known to hold no newline.
    scanned: usize,
    /// The largest frame the current request may bring.
    max_frame: usize,
    stderr: Arc<Mutex<Vec<u8>>>,
    healthy: bool,
    /// A `load` was sent whose `loaded` has not been read yet.
    reload_asked: bool,
    /// From the harness's hello: see [`protocol::Frame::Hello`].
    isolated: bool,
}

/// What one harness start needs: its files, and the run's extras.
struct StartCtx<'a> {
    harness: &'a Path,
    module: &'a Path,
    cases: &'a Path,
    toolchain: Option<&'a (std::path::PathBuf, std::path::PathBuf)>,
    /// Toolchain modules the harness imports before forking cases.
    preload: &'a str,
    /// The servers' plan, the launcher and its request.
    services: Option<(&'a crate::services::RunPlan, &'a Path, &'a Path)>,
}

impl Zygote {
    async fn start(
        interpreter: &Interpreter,
        sandbox: &Sandbox,
        ctx: &StartCtx<'_>,
    ) -> Result<Result<Zygote, String>, crate::error::Error> {
        let StartCtx {
            harness,
            module,
            cases,
            ..
        } = *ctx;
        // The cached, compiled harness when there is one (imported through
        // a one-line stub); else the script written for this run.
        let cached = harness_cache::folder(interpreter).await;
        let mut args: Vec<&OsStr> = ["-I", "-S", "-u", "-X", "utf8"]
            .iter()
            .map(OsStr::new)
            .collect();
        let code: &Path = match &cached {
            Some(dir) => {
                args.extend([
                    OsStr::new("-c"),
                    OsStr::new(harness_cache::STUB),
                    dir.as_os_str(),
                ]);
                dir
            }
            None => {
                args.push(harness.as_os_str());
                harness
            }
        };
        args.extend([module.as_os_str(), cases.as_os_str()]);
        let module_dir = module.parent().unwrap_or(module);
        let mut readable = vec![code, module_dir];
        let mut executable: Vec<&Path> = Vec::new();
        // The harness forks nothing before the run is in its cgroup; with
        // servers, the launcher starts them first, so the helper waits.
        let mut extra = sandbox::Extra {
            gated: ctx.services.is_none(),
            ..sandbox::Extra::default()
        };
        if let Some((dir, _)) = ctx.toolchain {
            executable.push(dir);
        }
        // With servers, the launcher starts them and then execs the harness.
        let mut full: Vec<&OsStr> = Vec::new();
        if let Some((plan, launcher, request)) = ctx.services {
            readable.extend([launcher, request]);
            executable.extend(plan.trees.iter().map(|p| p.as_path()));
            extra.seed = plan.seed.clone();
            extra.sysv_shm = plan.sysv_shm;
            full = crate::services::launcher_args(launcher, request);
            full.push(interpreter.executable.as_os_str());
        }
        full.extend(args);
        let launch = sandbox.command_ext(
            &interpreter.executable,
            &full,
            cases,
            &readable,
            &executable,
            &extra,
        );
        let status = launch.status;
        let mut cmd = launch.command;
        if let Some((_, site)) = ctx.toolchain {
            cmd.env("GRADER_TOOLCHAIN_SITE", site);
            cmd.env("GRADER_PRELOAD", ctx.preload);
        }
        let mut child = cmd.spawn().map_err(|e| {
            crate::error::Error::Environment(format!(
                "cannot start {} ({}): {e}",
                interpreter.executable.display(),
                interpreter.requested
            ))
        })?;
        let pid = child.id();
        if let Some(pid) = pid {
            sandbox::track(pid);
        }
        let (Some(stdin), Some(stdout), Some(mut err)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            return Err(anyhow::anyhow!("the harness's standard streams were not piped").into());
        };
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&stderr);
        tokio::spawn(async move {
            let mut buf = [0u8; 8192];
            while let Ok(n) = err.read(&mut buf).await {
                if n == 0 {
                    break;
                }
                if let Ok(mut kept) = sink.lock()
                    && kept.len() < HARNESS_STDERR_CAP
                {
                    kept.extend_from_slice(&buf[..n]);
                }
            }
        });
        let mut z = Zygote {
            child,
            pid,
            stdin: Some(stdin),
            stdout,
            pending: Vec::new(),
            scanned: 0,
            max_frame: MAX_FRAME,
            stderr,
            healthy: true,
            reload_asked: false,
            isolated: false,
        };
        if ctx.services.is_some() {
            let limit = STARTUP_LIMIT + crate::services::READY_LIMIT;
            let why = match tokio::time::timeout(limit, z.next_frame()).await {
                Ok(Ok(protocol::Frame::Services(started))) => started.down(),
                Ok(Ok(other)) => Some(format!(
                    "the services launcher began with {}",
                    frame_name(&other)
                )),
                Ok(Err(why)) => Some(format!("the services launcher failed: {why}")),
                Err(_) => Some(format!(
                    "the servers did not start within {}s",
                    limit.as_secs()
                )),
            };
            if let Some(why) = why {
                if let Some(status) = &status
                    && let Err(refused) = sandbox.observe(status)
                {
                    z.finish().await;
                    return Err(crate::error::Error::Environment(refused));
                }
                z.finish().await;
                return Ok(Err(why));
            }
        }
        let hello = tokio::time::timeout(STARTUP_LIMIT, z.next_frame()).await;
        // What the sandbox helper applied (or why strict mode refused).
        if let Some(status) = &status
            && let Err(why) = sandbox.observe(status)
        {
            z.finish().await;
            return Err(crate::error::Error::Environment(why));
        }
        match hello {
            Ok(Ok(protocol::Frame::Hello {
                nondumpable,
                isolated,
                ..
            })) => {
                z.isolated = isolated;
                sandbox.observe_harness(nondumpable);
                if !nondumpable
                    && cfg!(target_os = "linux")
                    && sandbox.mode() == sandbox::Mode::Strict
                {
                    z.finish().await;
                    return Err(crate::error::Error::Environment(
                        "--sandbox strict: the harness could not make itself non-dumpable (this Python has no _ctypes)".into(),
                    ));
                }
                Ok(Ok(z))
            }
            Ok(Ok(other)) => {
                z.finish().await;
                Err(anyhow::anyhow!("the harness began with {other:?} instead of hello").into())
            }
            Ok(Err(why)) => {
                z.finish().await;
                Err(crate::error::Error::Environment(format!(
                    "{} could not start the grading harness: {why}",
                    interpreter.executable.display()
                )))
            }
            Err(_) => {
                z.finish().await;
                Err(crate::error::Error::Environment(format!(
                    "{} did not start within {}s",
                    interpreter.executable.display(),
                    STARTUP_LIMIT.as_secs()
                )))
            }
        }
    }

    /// Asks the harness for a fresh zygote (the supervisor clears up after
    /// the last submission first), once.
    async fn ask_reload(&mut self) -> Result<(), String> {
        if self.reload_asked {
            return Ok(());
        }
        let stdin = self.stdin.as_mut().ok_or("the harness's input is closed")?;
        let sent = match stdin.write_all(b"load\n").await {
            Ok(()) => stdin.flush().await,
            Err(e) => Err(e),
        };
        if let Err(e) = sent {
            return Err(self.lost(&format!("could not ask for a reload: {e}")));
        }
        self.reload_asked = true;
        Ok(())
    }

    /// Waits for the fresh zygote (asking for it unless already asked):
    /// it compiles the submission as rewritten by then, at its first case.
    async fn reload(&mut self) -> Result<(), String> {
        self.ask_reload().await?;
        self.reload_asked = false;
        match tokio::time::timeout(FORK_LIMIT, self.next_frame()).await {
            Ok(Ok(protocol::Frame::Loaded {})) => Ok(()),
            Ok(Ok(other)) => Err(self.lost(&format!("unexpected frame {}", frame_name(&other)))),
            Ok(Err(why)) => Err(why),
            Err(_) => Err(self.lost("the harness did not reload")),
        }
    }

    /// Runs one case in a fresh fork and waits for it, at most `limit`.
    async fn request(
        &mut self,
        id: &str,
        limits: &CaseLimits,
        setup: Option<&str>,
        code: &str,
        limit: Duration,
    ) -> CaseRun {
        match self.request_inner(id, limits, setup, code, limit).await {
            Ok(run) => run,
            Err(why) => {
                self.healthy = false;
                CaseRun::not_run(End::HarnessLost(why))
            }
        }
    }

    async fn request_inner(
        &mut self,
        id: &str,
        limits: &CaseLimits,
        setup: Option<&str>,
        code: &str,
        limit: Duration,
    ) -> Result<CaseRun, String> {
        let timeout_ms = u64::try_from(limit.as_millis()).unwrap_or(u64::MAX);
        self.max_frame = frame_limit(limits.output_bytes);
        let msg = protocol::encode_run(
            id,
            timeout_ms,
            limits.memory_bytes,
            limits.output_bytes,
            setup.unwrap_or(""),
            code,
        );
        let stdin = self.stdin.as_mut().ok_or("the harness's input is closed")?;
        let sent = match stdin.write_all(&msg).await {
            Ok(()) => stdin.flush().await,
            Err(e) => Err(e),
        };
        if let Err(e) = sent {
            return Err(self.lost(&format!("could not send the case: {e}")));
        }
        let pid = match tokio::time::timeout(FORK_LIMIT, self.next_frame()).await {
            Ok(Ok(protocol::Frame::Started { id: got, pid })) if got == id => pid,
            Ok(Ok(protocol::Frame::Done(done))) if done.id == id => {
                // Answered without forking: a compile error, reported as such.
                return Ok(Self::finished(done, None, false));
            }
            Ok(Ok(other)) => return Err(format!("unexpected frame {}", frame_name(&other))),
            Ok(Err(why)) => return Err(why),
            Err(_) => return Err("the harness did not start the case".into()),
        };
        // The case's pid is the harness's to use (inside a PID namespace it
        // means nothing here); timeouts are enforced by signalling the
        // harness, which kills the running case.
        let _ = pid;
        let top = self.pid.ok_or("the harness has no pid")?;
        let outcome = tokio::time::timeout(limit, self.next_frame()).await;
        let (frame, timed_out) = match outcome {
            Ok(frame) => (frame, false),
            Err(_) => {
                sandbox::request_stack_dump(top);
                tokio::time::sleep(DUMP_GRACE).await;
                sandbox::kill_case(top);
                match tokio::time::timeout(REAP_LIMIT, self.next_frame()).await {
                    Ok(frame) => (frame, true),
                    Err(_) => {
                        // The harness itself is stuck: take the whole run down.
                        sandbox::kill_tree(top);
                        return Err("the harness did not reap a timed-out case".into());
                    }
                }
            }
        };
        match frame {
            Ok(protocol::Frame::Done(done)) if done.id == id => {
                Ok(Self::finished(done, timed_out.then_some(limit), true))
            }
            Ok(other) => Err(format!("unexpected frame {}", frame_name(&other))),
            Err(why) => Err(why),
        }
    }

    /// `forked`: learner code ran in a child for this answer, so its report
    /// may claim an outcome, never a fault of the pack (only the harness
    /// itself, compiling the case's code, may say that).
    fn finished(done: protocol::Done, timed_out: Option<Duration>, forked: bool) -> CaseRun {
        let end = match (timed_out, done.signal, done.exit_code) {
            (Some(limit), _, _) => End::TimedOut(limit),
            (None, Some(sig), _) => End::Signaled(sig),
            (None, None, Some(code)) => End::Exited(code),
            // No status: the harness answered for the case without running it.
            (None, None, None) => End::Exited(0),
        };
        let bytes = |s: &str| protocol::latin1_bytes(s).unwrap_or_default();
        CaseRun {
            elapsed: Duration::from_nanos(done.elapsed_ns),
            end,
            stdout: bytes(&done.stdout),
            stdout_size: done.stdout_size,
            stderr: bytes(&done.stderr),
            stderr_size: done.stderr_size,
            report: match parse_report(&done.report) {
                Ok(Report::SpecError { .. }) if forked => {
                    Err("the case's process claimed a fault of the pack, which only the grader may report".into())
                }
                other => other,
            },
            dump: String::from_utf8_lossy(&bytes(&done.dump)).into_owned(),
            leaked: done.leaked,
        }
    }

    fn lost(&mut self, why: &str) -> String {
        self.healthy = false;
        let stderr = self
            .stderr
            .lock()
            .map(|s| String::from_utf8_lossy(&s).into_owned())
            .unwrap_or_default();
        let tail: Vec<&str> = stderr.lines().rev().take(6).collect();
        if tail.is_empty() {
            why.to_string()
        } else {
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            format!("{why}; harness said:\n{}", tail.join("\n"))
        }
    }

    async fn next_frame(&mut self) -> Result<protocol::Frame, String> {
        loop {
            // Only the bytes not yet searched: a frame of many chunks is
            // scanned once, not once per chunk.
            if let Some(at) = self.pending[self.scanned..]
                .iter()
                .position(|&b| b == b'\n')
            {
                let pos = self.scanned + at;
                self.scanned = 0;
                let line: Vec<u8> = self.pending.drain(..=pos).collect();
                return serde_json::from_slice(&line)
                    .map_err(|e| self.lost(&format!("malformed frame from the harness ({e})")));
            }
            self.scanned = self.pending.len();
            if self.pending.len() > self.max_frame {
                return Err(self.lost("oversized frame from the harness"));
            }
            let mut chunk = vec![0u8; 64 << 10];
            // `read` is cancel-safe: a timeout never loses bytes already read.
            match self.stdout.read(&mut chunk).await {
                Ok(0) => {
                    // Give the stderr reader a moment to collect the reason.
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    return Err(self.lost("the harness exited unexpectedly"));
                }
                Ok(n) => self.pending.extend_from_slice(&chunk[..n]),
                Err(e) => return Err(self.lost(&format!("reading from the harness failed: {e}"))),
            }
        }
    }

    /// Ends the harness: EOF first, then a kill if it lingers.
    async fn finish(mut self) {
        drop(self.stdin.take());
        let exited = tokio::time::timeout(Duration::from_secs(2), self.child.wait()).await;
        if let Some(pid) = self.pid {
            if exited.is_err() {
                // Still unreaped, so the pid is still ours to kill.
                sandbox::kill_tree(pid);
                let _ = self.child.wait().await;
            }
            sandbox::untrack(pid);
        }
    }
}

fn frame_name(frame: &protocol::Frame) -> &'static str {
    match frame {
        protocol::Frame::Hello { .. } => "hello",
        protocol::Frame::Started { .. } => "started",
        protocol::Frame::Done(_) => "done",
        protocol::Frame::Loaded {} => "loaded",
        protocol::Frame::Services(_) => "services",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise(alone: bool) -> Exercise {
        let yaml = format!(
            "title: Square\ndifficulty: 2\nstatement: s\ninterface: x\nalone: {alone}\n\
             cases:\n  - name: a\n    code: print(1)\n    expect: \"1\\n\"\n"
        );
        crate::spec::parse_exercise("probe/square", "exercise.yaml", &yaml).expect("spec")
    }

    #[test]
    fn harnesses_overlap_only_where_allowed_and_wanted() {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert_eq!(
            Layout::split_for(&exercise(false), true),
            Layout::Split {
                concurrent: cores >= 2
            }
        );
        // An instructor's pack: hidden cases never run beside visible ones.
        assert_eq!(
            Layout::split_for(&exercise(false), false),
            Layout::Split { concurrent: false }
        );
        assert_eq!(
            Layout::split_for(&exercise(true), true),
            Layout::Split { concurrent: false }
        );
    }
}
