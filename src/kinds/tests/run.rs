//! One run of a learner's suite against one version of the subject, inside
//! the sandbox, through `runners/suite.py`.  Each run has a folder of its
//! own holding the suite, that one version (ending in a fresh random comment
//! line), the grader's reporting plugins and the driver; nothing of any
//! other version, and no patch, name or description, is ever in it.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use tokio::io::AsyncReadExt;

use super::Runner;
use crate::kinds::{Env, Tree};
use crate::sandbox;
use crate::spec::Exercise;
use crate::toolchain::State;

/// The driver, embedded so an installed binary needs nothing else on disk.
pub const DRIVER: &str = include_str!("../../../runners/suite.py");

/// The grader's pytest plugin, unittest runner and pytest configuration,
/// written read-only beside each run.
pub const SUPPORT: &[(&str, &str)] = &[
    (
        "grader_pytest_report.py",
        include_str!("../../../runners/suite_support/grader_pytest_report.py"),
    ),
    (
        "grader_unittest.py",
        include_str!("../../../runners/suite_support/grader_unittest.py"),
    ),
    (
        "pytest.ini",
        include_str!("../../../runners/suite_support/pytest.ini"),
    ),
];

/// Starting Python and copying the suite, on top of a run's own limit.
const SLACK: Duration = Duration::from_secs(20);
/// Largest report accepted from the driver.
const MAX_REPORT: usize = 4 << 20;

/// What the driver is asked to do.
#[derive(Serialize)]
struct Request<'a> {
    suite: &'a Path,
    support: &'a Path,
    python: &'a Path,
    runner: &'a str,
    first_failure: bool,
    timeout_ms: u64,
    memory: u64,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "ev", rename_all = "lowercase", deny_unknown_fields)]
enum Frame {
    Run(Report),
    End,
}

/// How the suite's process ended, as the driver saw it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub timed_out: bool,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub error: Option<String>,
    #[serde(default)]
    pub elapsed_ns: u64,
    /// The results file the plugin wrote (Latin-1 code points), if any.
    pub results: Option<String>,
    /// The tail of what the suite printed (Latin-1 code points).
    #[serde(default)]
    pub output: String,
}

/// What the grader's plugin wrote: each test's outcome.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Results {
    pub runner: String,
    pub exit: i64,
    pub tests: Vec<TestOutcome>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestOutcome {
    pub id: String,
    pub outcome: String,
    #[serde(default)]
    pub message: String,
}

impl TestOutcome {
    pub fn failed(&self) -> bool {
        self.outcome != "passed" && self.outcome != "skipped"
    }
}

/// One run's outcome.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The driver reported, in order, and ended cleanly.
    Ran {
        report: Report,
        results: Option<Results>,
    },
    /// The driver's reports cannot be trusted, or it never reported.
    Broken(String),
    /// Not started: the exercise's total time was used up.
    NotRun,
}

impl Outcome {
    /// Every test passed, at least one ran, and the process said so too.
    pub fn clean(&self) -> bool {
        match self {
            Outcome::Ran {
                report,
                results: Some(results),
            } => {
                !report.timed_out
                    && report.signal.is_none()
                    && report.error.is_none()
                    && report.exit_code == Some(0)
                    && results.exit == 0
                    && results.tests.iter().any(|t| t.outcome == "passed")
                    && !results.tests.iter().any(TestOutcome::failed)
            }
            _ => false,
        }
    }
}

/// Runs of one suite: what every run shares.
pub struct Runs<'a> {
    env: &'a Env<'a>,
    exercise: &'a Exercise,
    runner: Runner,
    suite: &'a Tree,
}

impl<'a> Runs<'a> {
    pub fn new(env: &'a Env<'a>, exercise: &'a Exercise, runner: Runner, suite: &'a Tree) -> Self {
        Runs {
            env,
            exercise,
            runner,
            suite,
        }
    }

    /// Whether runs are confined to their own files (the Linux sandbox), so
    /// two may run at once without seeing each other's version.
    pub fn isolated(&self) -> bool {
        cfg!(target_os = "linux") && self.env.sandbox.mode() != sandbox::Mode::Off
    }

    /// Runs the suite once against `subject`; `first_failure` stops at the
    /// first failing test (a mutant needs only one).
    pub async fn one(
        &self,
        subject: &Tree,
        first_failure: bool,
        started: Instant,
    ) -> Result<Outcome, crate::error::Error> {
        let left = self.exercise.total_time.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Ok(Outcome::NotRun);
        }
        let timeout = self.exercise.limits.time.min(left);
        let scratch = tempfile::Builder::new()
            .prefix("grader-suite-")
            .tempdir()
            .context("creating a temporary directory for the run")?;
        let root = scratch.path();
        let suite = root.join("suite");
        let support = root.join("support");
        let work = root.join("work");
        for dir in [&suite, &support, &work] {
            std::fs::create_dir(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        self.suite
            .write_to(&suite)
            .context("copying the suite for the run")?;
        salted(subject)
            .write_to(&suite)
            .context("copying the module under test for the run")?;
        for (name, text) in SUPPORT {
            std::fs::write(support.join(name), text)
                .with_context(|| format!("writing {name} for the run"))?;
        }
        let driver = root.join("suite.py");
        std::fs::write(&driver, DRIVER).context("writing the suite driver")?;

        let toolchain = match self.env.toolchain {
            State::Ready(tc) if !self.exercise.uses.is_empty() => Some(tc),
            _ => None,
        };
        let python: PathBuf = toolchain.map_or_else(
            || self.env.interpreter.executable.clone(),
            |t| t.python.clone(),
        );
        let request = Request {
            suite: &suite,
            support: &support,
            python: &python,
            runner: self.runner.name(),
            first_failure,
            timeout_ms: u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX),
            memory: self.exercise.limits.memory_bytes,
        };
        let request_path = root.join("request.json");
        std::fs::write(
            &request_path,
            serde_json::to_vec(&request).context("encoding the run's request")?,
        )
        .context("writing the run's request")?;

        let args = [
            std::ffi::OsStr::new("-I"),
            std::ffi::OsStr::new("-S"),
            std::ffi::OsStr::new("-u"),
            driver.as_os_str(),
            request_path.as_os_str(),
        ];
        let executable: Vec<&Path> = toolchain.map(|t| t.dir.as_path()).into_iter().collect();
        let readable: Vec<&Path> = vec![&suite, &support, &driver, &request_path];
        let launch = self.env.sandbox.command_with(
            &self.env.interpreter.executable,
            &args,
            &work,
            &readable,
            &executable,
        );
        let outcome = drive(self.env, self.runner, launch, timeout + SLACK).await;
        drop(scratch);
        outcome
    }
}

/// The subject with a random comment line at the end of each Python file:
/// the same behaviour, never the same text twice.
fn salted(subject: &Tree) -> Tree {
    let mut salt = [0u8; 12];
    if getrandom::fill(&mut salt).is_err() {
        // The time is salt enough for this purpose.
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        salt.copy_from_slice(&t.to_le_bytes()[..12]);
    }
    let line = format!("# grader run {}\n", crate::spec::seal::hex_encode(&salt));
    let mut out = subject.clone();
    for (rel, bytes) in &mut out.files {
        if rel.ends_with(".py") {
            if !bytes.is_empty() && !bytes.ends_with(b"\n") {
                bytes.push(b'\n');
            }
            bytes.extend_from_slice(line.as_bytes());
        }
    }
    out
}

/// Starts the driver, reads its report under `deadline`, and checks it
/// came whole and in order.
async fn drive(
    env: &Env<'_>,
    runner: Runner,
    launch: sandbox::Launch,
    deadline: Duration,
) -> Result<Outcome, crate::error::Error> {
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
    loop {
        let left = deadline.saturating_sub(started.elapsed());
        match tokio::time::timeout(left, stdout.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => {
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
    if let Some(status) = &status
        && let Err(why) = env.sandbox.observe(status)
    {
        return Err(crate::error::Error::Environment(why));
    }
    if cut_short {
        return Ok(Outcome::Broken(
            "the run did not end within its time limit and the driver's grace".into(),
        ));
    }
    // Exactly one run report, then the end, then nothing; and the driver
    // exited 0.  Anything else (a test writing to the driver's descriptors,
    // a report cut off) voids the run: it is neither clean nor caught.
    let lines: Vec<&[u8]> = out
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    let frames: Vec<Result<Frame, _>> = lines
        .iter()
        .map(|l| serde_json::from_slice::<Frame>(l))
        .collect();
    match (frames.as_slice(), clean_exit) {
        ([Ok(Frame::Run(report)), Ok(Frame::End)], true) => {
            let results = report
                .results
                .as_deref()
                .and_then(|r| parse_results(r, runner));
            Ok(Outcome::Ran {
                report: report.clone(),
                results,
            })
        }
        ([], _) => {
            let text = String::from_utf8_lossy(&stderr);
            let tail: Vec<&str> = text.lines().rev().take(6).collect();
            Ok(Outcome::Broken(if tail.is_empty() {
                "the suite driver ended without reporting".into()
            } else {
                format!(
                    "the suite driver ended without reporting; it said:\n{}",
                    tail.into_iter().rev().collect::<Vec<_>>().join("\n")
                )
            }))
        }
        _ => Ok(Outcome::Broken(
            "the run's reports were out of order or the run did not end cleanly \
             (did a test write to descriptors it did not open?); nothing from it is trusted"
                .into(),
        )),
    }
}

/// The plugin's file: JSON, UTF-8, carried as Latin-1 code points.
fn parse_results(latin1: &str, runner: Runner) -> Option<Results> {
    let bytes = crate::runner::latin1_bytes(latin1)?;
    let results: Results = serde_json::from_slice(&bytes).ok()?;
    (results.runner == runner.name() && results.tests.len() <= 100_000).then_some(results)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salt_changes_the_text_not_the_code() {
        let mut t = Tree::default();
        t.files.insert("m.py".into(), b"x = 1".to_vec());
        t.files.insert("data.txt".into(), b"keep".to_vec());
        let a = salted(&t);
        let b = salted(&t);
        assert_ne!(a.files["m.py"], b.files["m.py"]);
        assert!(a.files["m.py"].starts_with(b"x = 1\n# grader run "));
        assert_eq!(a.files["data.txt"], b"keep");
    }

    #[test]
    fn a_clean_run_needs_a_passing_test_and_status_zero() {
        let report = |code| Report {
            timed_out: false,
            exit_code: Some(code),
            signal: None,
            error: None,
            elapsed_ns: 0,
            results: None,
            output: String::new(),
        };
        let results = |outcomes: &[&str]| Results {
            runner: "pytest".into(),
            exit: 0,
            tests: outcomes
                .iter()
                .map(|o| TestOutcome {
                    id: "t".into(),
                    outcome: (*o).into(),
                    message: String::new(),
                })
                .collect(),
        };
        let ran = |code, outcomes: Option<&[&str]>| Outcome::Ran {
            report: report(code),
            results: outcomes.map(results),
        };
        assert!(ran(0, Some(&["passed", "skipped"])).clean());
        assert!(!ran(0, Some(&["skipped"])).clean());
        assert!(!ran(0, Some(&["passed", "error"])).clean());
        assert!(!ran(1, Some(&["passed"])).clean());
        assert!(!ran(0, None).clean());
        assert!(!Outcome::NotRun.clean());
    }
}
