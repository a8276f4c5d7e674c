//! `kind: project`: the submission is a folder.  Cases are commands run in
//! a fresh copy of it (`run: [python, -m, pytest, -q]`) or Python snippets
//! run with it on `sys.path`, after the exercise's `setup_steps` (e.g.
//! `pip install --no-deps --no-build-isolation .`) have run once in the
//! run's own virtual environment, layered on the toolchain.
//!
//! Everything runs inside the sandbox through `runners/project.py` (one
//! sandboxed process per run); this side writes the request, reads the
//! driver's reports and judges them (`judge.rs`).  Expected outputs never
//! enter the sandbox.

mod judge;

pub use judge::not_graded;

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use tokio::io::AsyncReadExt;

use super::{Env, Submission, Tree, Variant};
use crate::judge::{Audience, ExerciseResult};
use crate::sandbox;
use crate::spec::{Exercise, FileExpect, Pack};
use crate::toolchain::State;

/// The driver, embedded so an installed binary needs nothing else on disk.
pub const DRIVER: &str = include_str!("../../../runners/project.py");

/// Each setup step's own deadline: an install from local files.
pub const SETUP_LIMIT: Duration = Duration::from_secs(180);
/// Setup steps' address-space limit: pip and setuptools need room.
const SETUP_MEMORY: u64 = 2 << 30;
/// Setup output kept, per stream.
const SETUP_OUTPUT: u64 = 64 << 10;
/// Copying the project and starting Python, on top of the limits.
const SLACK: Duration = Duration::from_secs(30);
/// Host files tools read to name the OS (pip's user agent); harmless to show.
const OS_FILES: &[&str] = &["/etc/os-release", "/etc/debian_version", "/etc/lsb-release"];
/// Largest report accepted from the driver.
const MAX_REPORT: usize = 64 << 20;

/// `accepted/` or `wrong/` of a project exercise: folders, or `.patch`
/// files applied to the reference solution.
pub fn variants(
    pack: &Pack,
    ex: &Exercise,
    sub: &str,
    reference: impl Fn() -> Option<Submission>,
) -> Vec<Variant> {
    pack.entries_under(&ex.id, sub, ".patch")
        .into_iter()
        .map(|(name, folder)| {
            if folder {
                let rel = format!("{}/{sub}/{name}", ex.id);
                let tree = pack.tree(&rel);
                return Variant {
                    display: pack.display(&format!("{rel}/")),
                    submission: if tree.files.is_empty() {
                        Err(format!("{} is empty", pack.display(&rel)))
                    } else {
                        Ok(Submission::Project(tree))
                    },
                    name,
                };
            }
            let rel = format!("{}/{sub}/{name}.patch", ex.id);
            let display = pack.display(&rel);
            let submission = match (pack.read(&rel), reference()) {
                (None, _) => Err(format!("{display} cannot be read")),
                (_, None) => Err(format!(
                    "{display} is a patch, and there is no solution/ to apply it to"
                )),
                (Some(bytes), Some(Submission::Project(base))) => match String::from_utf8(bytes) {
                    Ok(text) => {
                        super::patch::apply(&base, &text, &display).map(Submission::Project)
                    }
                    Err(_) => Err(format!("{display} is not UTF-8 text")),
                },
                (Some(_), Some(_)) => Err(format!("{display}: patches apply to project solutions")),
            };
            Variant {
                name,
                display,
                submission,
            }
        })
        .collect()
}

/// What the driver is asked to do (no expected output in here).
#[derive(Serialize)]
struct Request<'a> {
    project: &'a Path,
    python: &'a Path,
    venv: bool,
    toolchain_site: Option<&'a Path>,
    toolchain_bin: Option<&'a Path>,
    setup: Vec<StepRequest<'a>>,
    cases: Vec<CaseRequest<'a>>,
}

#[derive(Serialize)]
struct StepRequest<'a> {
    argv: &'a [String],
    timeout_ms: u64,
    memory: u64,
    output: u64,
}

#[derive(Serialize)]
struct CaseRequest<'a> {
    argv: Option<&'a [String]>,
    code: Option<String>,
    timeout_ms: u64,
    memory: u64,
    output: u64,
    files: Vec<&'a str>,
    globs: Vec<&'a str>,
}

/// One report line from the driver.
#[derive(Debug, Deserialize)]
#[serde(tag = "ev", rename_all = "lowercase", deny_unknown_fields)]
enum Frame {
    Step(Step),
    End,
    /// `runners/services.py`'s line, first, when the exercise has servers.
    Services(crate::services::Started),
}

/// What one setup step or case did.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub kind: String,
    pub index: usize,
    pub timed_out: bool,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub error: Option<String>,
    #[serde(default)]
    pub leaked: u32,
    #[serde(default)]
    pub elapsed_ns: u64,
    #[serde(default)]
    pub stdout: String,
    #[serde(default)]
    pub stdout_size: u64,
    #[serde(default)]
    pub stderr: String,
    #[serde(default)]
    pub stderr_size: u64,
    #[serde(default)]
    pub files: std::collections::BTreeMap<String, Option<String>>,
    #[serde(default)]
    pub globs: std::collections::BTreeMap<String, Vec<String>>,
}

impl Step {
    fn failed(&self) -> bool {
        self.error.is_some() || self.timed_out || self.exit_code != Some(0)
    }
}

/// Everything the driver reported.
pub struct ProjectRun {
    pub setup: Vec<Step>,
    pub cases: Vec<Option<Step>>,
    /// The run was cut short (the whole exercise's deadline).
    pub cut_short: bool,
    /// Why the run broke, when the driver did not finish.
    pub broken: Option<String>,
    /// Why nothing ran: the run's servers did not start (not graded).
    pub services_down: Option<String>,
}

pub async fn grade(
    env: &Env<'_>,
    exercise: &Exercise,
    tree: &Tree,
    display: &str,
    audience: Audience,
) -> Result<ExerciseResult, crate::error::Error> {
    if let Some(why) = env.missing(exercise) {
        return Ok(judge::not_graded(exercise, display, &why));
    }
    for &service in &exercise.services {
        if let Err(why) = crate::services::find(service) {
            return Ok(judge::not_graded(exercise, display, &why));
        }
    }
    let run = run(env, exercise, tree).await?;
    if let Some(why) = &run.services_down {
        return Ok(judge::not_graded(exercise, display, why));
    }
    Ok(judge::judge(exercise, &run, display, audience))
}

async fn run(
    env: &Env<'_>,
    exercise: &Exercise,
    tree: &Tree,
) -> Result<ProjectRun, crate::error::Error> {
    let scratch = tempfile::Builder::new()
        .prefix("grader-project-")
        .tempdir()
        .context("creating a temporary directory for the run")?;
    let root = scratch.path();
    let project = root.join("project");
    let work = root.join("work");
    for dir in [&project, &work] {
        std::fs::create_dir(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    tree.write_to(&project)
        .context("copying the project for the run")?;
    let driver = root.join("project.py");
    std::fs::write(&driver, DRIVER).context("writing the project driver")?;

    let toolchain = match env.toolchain {
        State::Ready(tc) if !exercise.uses.is_empty() => Some(tc),
        _ => None,
    };
    let ms = |d: Duration| u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
    let request = Request {
        project: &project,
        python: &env.interpreter.executable,
        venv: toolchain.is_some() || !exercise.setup_steps.is_empty(),
        toolchain_site: toolchain.map(|t| t.site_packages.as_path()),
        toolchain_bin: toolchain.map(|t| t.bin.as_path()),
        setup: exercise
            .setup_steps
            .iter()
            .map(|argv| StepRequest {
                argv,
                timeout_ms: ms(SETUP_LIMIT),
                memory: SETUP_MEMORY.max(exercise.limits.memory_bytes),
                output: SETUP_OUTPUT,
            })
            .collect(),
        cases: exercise
            .cases
            .iter()
            .map(|c| CaseRequest {
                argv: c.run.as_deref(),
                code: c.run.is_none().then(|| match &exercise.setup {
                    Some(s) => format!("{s}\n{}", c.code),
                    None => c.code.clone(),
                }),
                timeout_ms: ms(c.limits.time),
                memory: c.limits.memory_bytes,
                output: c.limits.output_bytes,
                files: c
                    .files
                    .iter()
                    .filter(|f| matches!(f, FileExpect::Path { .. }))
                    .map(FileExpect::target)
                    .collect(),
                globs: c
                    .files
                    .iter()
                    .filter(|f| matches!(f, FileExpect::Glob { .. }))
                    .map(FileExpect::target)
                    .collect(),
            })
            .collect(),
    };
    let request_path = root.join("request.json");
    std::fs::write(
        &request_path,
        serde_json::to_vec(&request).context("encoding the run's request")?,
    )
    .context("writing the run's request")?;

    let cases_time: Duration = exercise.cases.iter().map(|c| c.limits.time).sum();
    let mut deadline = SETUP_LIMIT * u32::try_from(exercise.setup_steps.len()).unwrap_or(u32::MAX)
        + cases_time.min(exercise.total_time)
        + SLACK;
    if !exercise.services.is_empty() {
        deadline += crate::services::READY_LIMIT;
    }

    let driver_args = [
        std::ffi::OsStr::new("-I"),
        std::ffi::OsStr::new("-S"),
        std::ffi::OsStr::new("-u"),
        driver.as_os_str(),
        request_path.as_os_str(),
    ];
    let mut executable: Vec<&Path> = toolchain.map(|t| t.dir.as_path()).into_iter().collect();
    let mut readable: Vec<&Path> = vec![&project, &driver, &request_path];
    // With servers, the launcher starts them and then execs the driver.
    let launcher = root.join("services.py");
    let services_request = root.join("services.json");
    let plan = if exercise.services.is_empty() {
        None
    } else {
        match crate::services::plan_blocking(&exercise.services, &work).await {
            Ok(plan) => Some(plan),
            Err(why) => {
                return Ok(ProjectRun {
                    setup: Vec::new(),
                    cases: vec![None; exercise.cases.len()],
                    cut_short: false,
                    broken: None,
                    services_down: Some(why),
                });
            }
        }
    };
    let mut args: Vec<&std::ffi::OsStr> = Vec::new();
    let mut extra = sandbox::Extra::default();
    if let Some(plan) = &plan {
        std::fs::write(&launcher, crate::services::LAUNCHER)
            .context("writing the services launcher")?;
        std::fs::write(
            &services_request,
            serde_json::to_vec(&plan.request).context("encoding the services request")?,
        )
        .context("writing the services request")?;
        readable.extend([launcher.as_path(), services_request.as_path()]);
        executable.extend(plan.trees.iter().map(|p| p.as_path()));
        extra.seed = plan.seed.clone();
        extra.sysv_shm = plan.sysv_shm;
        args = crate::services::launcher_args(&launcher, &services_request);
        args.push(env.interpreter.executable.as_os_str());
    }
    args.extend(driver_args);
    // pip reads the OS's name for its user agent, and fails without it.
    readable.extend(OS_FILES.iter().map(Path::new).filter(|p| p.is_file()));
    let launch = env.sandbox.command_ext(
        &env.interpreter.executable,
        &args,
        &work,
        &readable,
        &executable,
        &extra,
    );
    let status = launch.status;
    let mut cmd = launch.command;
    cmd.stdin(Stdio::null());
    let mut child = cmd.spawn().map_err(|e| {
        crate::error::Error::Environment(format!(
            "cannot start {}: {e}",
            env.interpreter.executable.display()
        ))
    })?;
    let pid = child.id();
    if let Some(pid) = pid {
        sandbox::track(pid);
    }
    let mut stdout = child
        .stdout
        .take()
        .context("the driver's stdout was not piped")?;
    let mut stderr = child
        .stderr
        .take()
        .context("the driver's stderr was not piped")?;
    let err_task = tokio::spawn(async move {
        let mut kept = Vec::new();
        let mut buf = [0u8; 8192];
        while let Ok(n) = stderr.read(&mut buf).await {
            if n == 0 {
                break;
            }
            if kept.len() < 16 << 10 {
                kept.extend_from_slice(&buf[..n]);
            }
        }
        kept
    });
    let started = Instant::now();
    let mut out = Vec::new();
    let mut cut_short = false;
    let mut buf = vec![0u8; 64 << 10];
    // What the helper applied, read once it has started the driver (it
    // writes its report again when the run ends).
    let mut observed: Option<Result<(), String>> = None;
    loop {
        let left = deadline.saturating_sub(started.elapsed());
        match tokio::time::timeout(left, stdout.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => {
                if observed.is_none()
                    && let Some(status) = &status
                {
                    observed = Some(env.sandbox.observe(status));
                }
                out.extend_from_slice(&buf[..n]);
                if out.len() > MAX_REPORT {
                    break;
                }
            }
            Err(_) => {
                cut_short = true;
                break;
            }
        }
    }
    // The driver exits 0 right after its last report; any other ending
    // (killed, cut short) means its reports cannot all be trusted.
    let exited = if cut_short || out.len() > MAX_REPORT {
        None
    } else {
        tokio::time::timeout(Duration::from_secs(5), child.wait())
            .await
            .ok()
            .and_then(Result::ok)
    };
    if let Some(pid) = pid {
        if exited.is_none() {
            sandbox::kill_tree(pid);
            let _ = tokio::time::timeout(Duration::from_secs(5), child.wait()).await;
        }
        sandbox::untrack(pid);
    }
    let clean_exit = exited.is_some_and(|s| s.success());
    let stderr = err_task.await.unwrap_or_default();
    if observed.is_none()
        && let Some(status) = &status
    {
        observed = Some(env.sandbox.observe(status));
    }
    if let Some(Err(why)) = observed {
        return Err(crate::error::Error::Environment(why));
    }

    let mut result = ProjectRun {
        setup: Vec::new(),
        cases: vec![None; exercise.cases.len()],
        cut_short,
        broken: None,
        services_down: None,
    };
    // Reports must come in the one order the driver writes them: setup
    // steps (up to the first failure), every case once in order, then the
    // end, then nothing.  Anything else (a command writing to the driver's
    // descriptors through /proc, a report cut off) voids them all: a
    // forged report can make a run an error, never a pass.
    let mut ended = false;
    let mut next_case = 0;
    let mut tampered = out.len() > MAX_REPORT;
    let mut first = true;
    for line in out.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        let frame = serde_json::from_slice::<Frame>(line);
        let is_first = std::mem::take(&mut first);
        let in_order = match &frame {
            _ if ended => false,
            // The launcher's line comes first, and only with servers.
            Ok(Frame::Services(_)) => is_first && plan.is_some(),
            _ if is_first && plan.is_some() => false,
            Ok(Frame::Step(step)) if step.kind == "setup" => {
                next_case == 0
                    && step.index == result.setup.len()
                    && step.index < exercise.setup_steps.len()
                    && !result.setup.last().is_some_and(Step::failed)
            }
            Ok(Frame::Step(step)) if step.kind == "case" => {
                step.index == next_case
                    && step.index < result.cases.len()
                    && result.setup.len() == exercise.setup_steps.len()
                    && !result.setup.last().is_some_and(Step::failed)
            }
            Ok(Frame::End) => true,
            _ => false,
        };
        if !in_order {
            tampered = true;
            break;
        }
        match frame {
            Ok(Frame::Services(started)) => {
                if let Some(why) = started.down() {
                    result.services_down = Some(why);
                    return Ok(result);
                }
            }
            Ok(Frame::Step(step)) if step.kind == "setup" => result.setup.push(step),
            Ok(Frame::Step(step)) => {
                result.cases[next_case] = Some(step);
                next_case += 1;
            }
            _ => ended = true,
        }
    }
    let complete = next_case == result.cases.len() || result.setup.last().is_some_and(Step::failed);
    if cut_short && !tampered {
        // A run that overran the exercise's time: a stopped driver could
        // have left forged reports behind, so none of it counts.
        result.setup.clear();
        result.cases = vec![None; exercise.cases.len()];
    } else if tampered || (ended && (!clean_exit || !complete)) {
        result.setup.clear();
        result.cases = vec![None; exercise.cases.len()];
        result.broken = Some(
            "the run's reports were out of order or the run did not end cleanly \
             (did the code write to descriptors it did not open?); nothing from it is trusted"
                .into(),
        );
    }
    if !ended && !cut_short && result.broken.is_none() {
        let text = String::from_utf8_lossy(&stderr);
        let tail: Vec<&str> = text.lines().rev().take(6).collect();
        result.broken = Some(if tail.is_empty() {
            "the project driver ended without finishing".into()
        } else {
            format!(
                "the project driver ended without finishing; it said:\n{}",
                tail.into_iter().rev().collect::<Vec<_>>().join("\n")
            )
        });
    }
    drop(scratch);
    Ok(result)
}

/// True when the setup reported a failed step (cases were not run).
pub fn setup_failed(run: &ProjectRun) -> Option<&Step> {
    run.setup.last().filter(|s| s.failed())
}
