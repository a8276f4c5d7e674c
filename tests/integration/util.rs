//! A small builder for running the real `grader` binary on real files.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn test_pack() -> PathBuf {
    fixtures().join("pack")
}

/// A temporary folder to lay out learner files in.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// Writes `text` at `rel` (creating folders) and returns the full path.
    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
        path
    }

    /// Copies a submission fixture to `probe/square.py`.
    pub fn submission(&self, fixture: &str) -> PathBuf {
        let text =
            std::fs::read_to_string(fixtures().join("submissions").join(fixture)).expect("fixture");
        self.write("probe/square.py", &text)
    }
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Output {
    #[track_caller]
    pub fn code(&self, want: i32) -> &Self {
        assert_eq!(
            self.code, want,
            "exit code\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_lacks(&self, needle: &str) -> &Self {
        assert!(
            !self.stdout.contains(needle),
            "stdout has {needle:?}\n--- stdout ---\n{}",
            self.stdout
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }
}

pub fn grader(args: &[&str]) -> Output {
    grader_in(None, args)
}

/// Runs the grader binary with colour off, optionally in a folder.
pub fn grader_in(cwd: Option<&Path>, args: &[&str]) -> Output {
    grader_with_env(cwd, args, &[])
}

/// Runs the grader binary with colour off and extra environment variables.
/// The test runner's own CI variables are removed, so a test never writes
/// to a real GitHub step summary.
pub fn grader_with_env(cwd: Option<&Path>, args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_grader"));
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env_remove("GRADER_EXERCISES")
        .env_remove("GITHUB_ACTIONS")
        .env_remove("GITHUB_STEP_SUMMARY")
        .envs(vars.iter().copied());
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    let start = Instant::now();
    let out = cmd.output().expect("run grader");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed: start.elapsed(),
    }
}

/// `grader check` of a submission fixture against the test pack.
pub fn check_fixture(fixture: &str, extra: &[&str]) -> Output {
    let ws = Workspace::new();
    let file = ws.submission(fixture);
    let pack = test_pack();
    let mut args = vec![
        "check",
        "--exercises",
        pack.to_str().expect("utf8"),
        file.to_str().expect("utf8"),
    ];
    args.extend_from_slice(extra);
    grader(&args)
}

/// Processes whose command line contains `marker`.
pub fn processes_with(marker: &str) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let cmdline = entry.path().join("cmdline");
        if let Ok(bytes) = std::fs::read(&cmdline) {
            let text = String::from_utf8_lossy(&bytes).replace('\0', " ");
            if text.contains(marker) {
                found.push(format!("{}: {text}", entry.file_name().to_string_lossy()));
            }
        }
    }
    found
}
