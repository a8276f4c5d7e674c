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

    /// The summary says every case passed ("N/N cases passed", N > 0),
    /// whatever N the exercise has now.
    #[track_caller]
    pub fn all_cases_passed(&self) -> &Self {
        let all = self.stdout.lines().any(|line| {
            line.strip_suffix(" cases passed")
                .and_then(|l| l.rsplit(' ').next())
                .and_then(|n| n.split_once('/'))
                .is_some_and(|(a, b)| a == b && a.parse::<u32>().is_ok_and(|n| n > 0))
        });
        assert!(
            all,
            "stdout does not say every case passed\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout, self.stderr
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

/// The pack for the learner-experience tests (workspaces, hints, drills).
pub fn learner_pack() -> PathBuf {
    fixtures().join("learner_pack")
}

/// `grader init` of the learner pack into `<ws>/practice`; returns that folder.
pub fn init_practice(ws: &Workspace) -> PathBuf {
    let pack = learner_pack();
    grader_in(
        Some(ws.dir.path()),
        &[
            "init",
            "--exercises",
            pack.to_str().expect("utf8"),
            "practice",
        ],
    )
    .code(0);
    ws.dir.path().join("practice")
}

/// The reference solution of a learner-pack exercise.
pub fn learner_solution(id: &str) -> String {
    std::fs::read_to_string(learner_pack().join(id).join("solution.py")).expect("solution")
}

/// The workspace's progress file, parsed.
pub fn progress_of(root: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(root.join(".grader/progress.json")).expect("progress.json");
    serde_json::from_str(&text).expect("progress.json is JSON")
}

/// Runs a Python snippet with `args`; returns its stdout (panics on failure).
pub fn python(code: &str, args: &[&str]) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(code)
        .args(args)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "python failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Everything a child process has printed so far, read on a thread, for
/// tests that interact with a long-running `grader watch` or `drill`.
pub struct Screen {
    text: std::sync::Arc<std::sync::Mutex<String>>,
    /// Output before this offset has been matched already.
    seen: usize,
}

impl Screen {
    pub fn new(mut reader: Box<dyn std::io::Read + Send>) -> Screen {
        let text = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let sink = std::sync::Arc::clone(&text);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sink
                        .lock()
                        .expect("lock")
                        .push_str(&String::from_utf8_lossy(&buf[..n])),
                }
            }
        });
        Screen { text, seen: 0 }
    }

    pub fn all(&self) -> String {
        self.text.lock().expect("lock").clone()
    }

    /// Waits (up to a generous bound) until output after the last match
    /// contains `needle`; later waits look only after it.
    #[track_caller]
    pub fn expect(&mut self, needle: &str) {
        let bound = Duration::from_secs(60);
        let start = Instant::now();
        loop {
            let text = self.all();
            if let Some(at) = text[self.seen.min(text.len())..].find(needle) {
                self.seen += at + needle.len();
                return;
            }
            assert!(
                start.elapsed() < bound,
                "no {needle:?} within {bound:?}; output after the last match:\n{}",
                &text[self.seen.min(text.len())..]
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Waits for a child to exit, within a generous bound; returns its exit code.
pub fn wait_exit(child: &mut std::process::Child) -> i32 {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return status.code().unwrap_or(-1);
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("the child did not exit within 60 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
