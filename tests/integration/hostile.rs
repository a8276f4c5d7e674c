//! The sandbox's threat list: one hostile submission per threat.  Each run
//! must end in a verdict that is not `passed`, within its deadline plus a
//! margin, with no process of the run left, nothing written outside the
//! run's folder, no planted secret in any output and nothing received by a
//! loopback listener of the host.  As root, every threat runs twice: as
//! root, and as an unprivileged user through `setpriv`.

use std::io::Read as _;
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::util::{Output, fixtures, processes_with, test_pack};

const HANG_BOUND: Duration = Duration::from_secs(25);
const PACK_CANARY: &str = "hidden-pack-canary-7f3a";
const OTHER_CANARY: &str = "other-submission-canary-91c2";

/// Everything one hostile run needs, laid out so an unprivileged user can
/// read it: the binary and the pack are copied into a world-readable folder.
pub(crate) struct Arena {
    pub(crate) dir: tempfile::TempDir,
    pub(crate) marker: String,
    pub(crate) secret: String,
    pub(crate) listener: TcpListener,
    pub(crate) canary: PathBuf,
}

impl Arena {
    pub(crate) fn new() -> Arena {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let marker = format!("grader-hostile-{}-{nanos}", std::process::id());
        let canary = dir.path().join("canary");
        std::fs::create_dir(&canary).expect("canary dir");
        // Writable by anyone, so only the sandbox can stop a write.
        std::fs::set_permissions(&canary, std::fs::Permissions::from_mode(0o777)).expect("chmod");
        let listener = TcpListener::bind("127.0.0.1:0").expect("listener");
        listener.set_nonblocking(true).expect("nonblocking");
        let arena = Arena {
            secret: format!("s3cr3t-{marker}"),
            marker,
            listener,
            canary,
            dir,
        };
        copy_tree(&test_pack(), &arena.path("pack"));
        // A pack file only the grader should read.
        let spec = arena.path("pack/probe/square/exercise.yaml");
        let text = std::fs::read_to_string(&spec).expect("spec");
        std::fs::write(&spec, format!("# {PACK_CANARY}\n{text}")).expect("spec");
        std::fs::write(arena.path("other.py"), format!("# {OTHER_CANARY}\n")).expect("other");
        arena
    }

    pub(crate) fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// The fixture with its placeholders filled in, as `probe/square.py`.
    pub(crate) fn submission(&self, fixture: &str) -> PathBuf {
        self.submission_as(fixture, "probe/square.py")
    }

    /// The fixture with its placeholders filled in, as `rel` under `work/`.
    pub(crate) fn submission_as(&self, fixture: &str, rel: &str) -> PathBuf {
        // `name.py` is in hostile/; `dir/name.py` is relative to the fixtures.
        let path = match fixture.contains('/') {
            true => fixtures().join(fixture),
            false => fixtures().join("hostile").join(fixture),
        };
        let text = std::fs::read_to_string(path).expect("fixture");
        let targets = format!(
            "[{:?}, {:?}, {:?}, {:?}]",
            self.path("pack/probe/square/exercise.yaml")
                .display()
                .to_string(),
            self.path("other.py").display().to_string(),
            shared_binary().display().to_string(),
            env!("CARGO_BIN_EXE_grader"),
        );
        let text = text
            .replace("@MARKER@", &self.marker)
            .replace("@CANARY@", &self.canary.display().to_string())
            .replace(
                "@PORT@",
                &self.listener.local_addr().expect("addr").port().to_string(),
            )
            .replace("@TARGETS@", &targets);
        let file = self.path("work").join(rel);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        std::fs::write(&file, text).expect("write");
        for dir in [self.path("work"), self.path("work/probe")] {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        }
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        file
    }

    pub(crate) fn run(&self, fixture: &str, unprivileged: bool) -> Output {
        let file = self.submission(fixture);
        let mut cmd = self.check_command(&file, unprivileged);
        let start = Instant::now();
        let out = output(&mut cmd);
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            elapsed: start.elapsed(),
        }
    }

    /// `grader check FILE` against the arena's pack, without colour.
    pub(crate) fn check_command(&self, file: &Path, unprivileged: bool) -> Command {
        let pack = self.path("pack");
        let args = [
            "check",
            "--color",
            "never",
            "--exercises",
            path_str(&pack),
            path_str(file),
        ];
        self.command(&args, unprivileged)
    }

    /// The grader with `args`, as this user or as an unprivileged one, in
    /// the arena's folder with the planted secret in its environment.
    pub(crate) fn command(&self, args: &[&str], unprivileged: bool) -> Command {
        let mut cmd = if unprivileged {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
                .arg(shared_binary());
            // pyenv's interpreters live under /root, out of reach of other users.
            c.env("GRADER_PYTHON", "/usr/bin/python3")
                .env("HOME", self.dir.path());
            c
        } else {
            Command::new(env!("CARGO_BIN_EXE_grader"))
        };
        cmd.args(args)
            .env("GRADER_TEST_SECRET", &self.secret)
            .current_dir(self.dir.path());
        cmd
    }

    /// The checks every hostile run must pass.
    #[track_caller]
    pub(crate) fn assert_contained(&self, out: &Output) {
        out.code(1);
        out.stdout_lacks("2/2 cases passed");
        assert!(
            out.elapsed < HANG_BOUND,
            "took {:?}\n{}",
            out.elapsed,
            out.stdout
        );
        for text in [&out.stdout, &out.stderr] {
            assert!(!text.contains(&self.secret), "the secret leaked:\n{text}");
            assert!(!text.contains(PACK_CANARY), "the pack leaked:\n{text}");
            assert!(
                !text.contains(OTHER_CANARY),
                "another submission leaked:\n{text}"
            );
            assert!(
                !text.contains("LEAKED"),
                "a file outside the run was read:\n{text}"
            );
        }
        let mut left = processes_with(&self.marker);
        for _ in 0..30 {
            if left.is_empty() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
            left = processes_with(&self.marker);
        }
        assert!(left.is_empty(), "processes survived the run: {left:?}");
        let written: Vec<_> = std::fs::read_dir(&self.canary)
            .expect("canary")
            .flatten()
            .map(|e| e.path())
            .collect();
        assert!(
            written.is_empty(),
            "files appeared outside the run: {written:?}"
        );
        for outside in [
            format!("/tmp/{}", self.marker),
            format!("/var/tmp/{}", self.marker),
            format!("/root/{}", self.marker),
            format!("/{}", self.marker),
        ] {
            assert!(!Path::new(&outside).exists(), "{outside} was written");
        }
        let mut received = Vec::new();
        if let Ok((mut conn, _)) = self.listener.accept() {
            let _ = conn.set_nonblocking(true);
            let _ = conn.read_to_end(&mut received);
            panic!("the host's loopback listener was reached: {received:?}");
        }
        // The learner's own file and the pack are unchanged.
        assert!(self.path("work/probe/square.py").exists());
        assert!(self.path("pack/probe/square/exercise.yaml").exists());
    }
}

/// A copy of the grader binary any user can run (the build folder may sit
/// under /root).  Copied once per test process: a binary copied while other
/// threads fork can be briefly "busy" (ETXTBSY) to exec.
pub(crate) fn shared_binary() -> &'static Path {
    static BINARY: std::sync::OnceLock<(tempfile::TempDir, PathBuf)> = std::sync::OnceLock::new();
    let (_, path) = BINARY.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
        let path = dir.path().join("grader");
        std::fs::copy(env!("CARGO_BIN_EXE_grader"), &path).expect("copy binary");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        (dir, path)
    });
    path
}

/// Runs `cmd`, retrying while the binary is still busy from its copy.
pub(crate) fn output(cmd: &mut Command) -> std::process::Output {
    for _ in 0..50 {
        match cmd.output() {
            Err(e) if e.raw_os_error() == Some(26) => std::thread::sleep(Duration::from_millis(20)),
            other => return other.expect("run grader"),
        }
    }
    panic!("the grader binary stayed busy (ETXTBSY)");
}

pub(crate) fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

pub(crate) fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    std::fs::set_permissions(to, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    for entry in std::fs::read_dir(from).expect("read_dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
            std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644))
                .expect("chmod");
        }
    }
}

pub(crate) fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

/// Whether to repeat runs as an unprivileged user: as root, when setpriv
/// and a Python outside /root exist.  CI (CI=true) installs both, so there
/// a missing one is a failure, not a skip.
pub(crate) fn unprivileged_too() -> bool {
    if !is_root() {
        return false;
    }
    let ready = Path::new("/usr/bin/python3").exists() && Path::new("/usr/bin/setpriv").exists();
    assert!(
        ready || std::env::var_os("CI").is_none(),
        "CI runs as root and must test the unprivileged path: install python3 and util-linux"
    );
    ready
}

/// This user and, when root, an unprivileged one too.
pub(crate) fn users() -> Vec<bool> {
    let mut users = vec![false];
    if unprivileged_too() {
        users.push(true);
    }
    users
}

/// Runs a threat as this user and, when root, again as an unprivileged one.
pub(crate) fn threat(fixture: &str, expect: &[&str]) {
    for unprivileged in users() {
        let arena = Arena::new();
        let out = arena.run(fixture, unprivileged);
        arena.assert_contained(&out);
        for needle in expect {
            assert!(
                out.stdout.contains(needle),
                "{fixture} (unprivileged: {unprivileged}) lacks {needle:?}\n{}\n{}",
                out.stdout,
                out.stderr
            );
        }
    }
}

// The threats the verdict tests cover as the current user, again here so
// that each also runs as an unprivileged user.
#[test]
fn busy_loop_sleep_and_sigterm() {
    threat("submissions/busy_loop.py", &["timeout"]);
    threat("submissions/sleeps.py", &["timeout"]);
    threat("submissions/ignores_sigterm.py", &["timeout"]);
}

#[test]
fn memory_one_huge_allocation_and_steady_growth() {
    threat("submissions/memory_hog.py", &["memory"]);
    threat("submissions/memory_growth.py", &["memory"]);
}

#[test]
fn output_floods() {
    threat("submissions/flood_stdout.py", &["output-limit"]);
    threat("submissions/flood_stderr.py", &["output-limit"]);
    threat("submissions/no_newline_flood.py", &["output-limit"]);
}

#[test]
fn segfault_through_ctypes() {
    threat("submissions/segfault.py", &["crashed"]);
}

#[test]
fn lies_in_a_case_and_at_import() {
    threat("submissions/lies.py", &["error"]);
    threat("submissions/lies_at_import.py", &["could not be trusted"]);
}

#[test]
fn exits_and_stdin_at_import() {
    threat(
        "submissions/exit_at_import.py",
        &["called sys.exit(0) while being imported"],
    );
    threat("submissions/os_exit_at_import.py", &["ended the process"]);
    threat("submissions/reads_stdin.py", &["EOFError"]);
}

#[test]
fn fork_bomb() {
    threat("fork_bomb.py", &["timeout"]);
}

#[test]
fn setsid_daemon_does_not_outlive_the_run() {
    threat(
        "setsid_daemon.py",
        &["left", "process(es) running after the case"],
    );
}

#[test]
fn a_thread_that_never_ends() {
    threat("thread_forever.py", &["timeout"]);
}

#[test]
fn an_atexit_handler_that_never_returns() {
    threat("atexit_forever.py", &["timeout"]);
}

#[test]
fn filling_the_disk() {
    threat("fill_disk.py", &["error"]);
}

#[test]
fn writing_outside_the_run() {
    threat("write_outside.py", &["failed"]);
}

#[test]
fn deleting_everything_it_can_reach() {
    threat("delete_everything.py", &["error"]);
}

#[test]
fn reading_packs_submissions_binary_proc_and_environment() {
    threat("read_secrets.py", &["failed"]);
}

#[test]
fn network_even_to_the_hosts_loopback() {
    threat("network.py", &["error"]);
}

/// SIGKILL to its parent (the case's zygote, which unlike PID 1 can be
/// killed), to PID 1 and to every process: nothing outside the run dies, and
/// the run that killed its own zygote earns nothing.
#[test]
fn signalling_the_grader_and_everyone() {
    let mut canary = Command::new("sleep").arg("30").spawn().expect("canary");
    threat("signals.py", &["0/2 cases passed"]);
    assert!(
        canary.try_wait().expect("try_wait").is_none(),
        "a process outside the run was killed"
    );
    let _ = canary.kill();
    let _ = canary.wait();
}

#[test]
fn stdin_reads_end_at_once() {
    threat("reads_stdin_in_case.py", &["raised ValueError"]);
}

#[test]
fn invalid_utf8_output() {
    threat("invalid_utf8.py", &["failed"]);
}

#[test]
fn c_stack_overflow_is_a_crash_or_an_error() {
    // CPython 3.11 segfaults; 3.12+ caps C recursion on its own.
    threat("c_stack_overflow.py", &[]);
    let arena = Arena::new();
    let out = arena.run("c_stack_overflow.py", false);
    assert!(
        out.stdout.contains("crashed") || out.stdout.contains("RecursionError"),
        "{}",
        out.stdout
    );
}

#[test]
fn hunting_memory_for_expected_answers() {
    threat("memory_hunt.py", &["failed"]);
}

#[test]
fn closing_every_stream() {
    threat("close_streams.py", &["error"]);
}

#[test]
fn a_forty_megabyte_source_is_refused() {
    let arena = Arena::new();
    let file = arena.submission("invalid_utf8.py");
    let big = "# padding\n".repeat(4 << 20);
    std::fs::write(&file, big).expect("write");
    let out = arena.run("invalid_utf8.py", false);
    // run() rewrote the file; write the big one again and grade it directly.
    let _ = out;
    std::fs::write(&file, "# padding\n".repeat(4 << 20)).expect("write");
    let out = crate::util::grader(&[
        "check",
        "--exercises",
        path_str(&arena.path("pack")),
        path_str(&file),
    ]);
    out.code(1)
        .stdout_has("a submission may be at most 1048576 bytes");
}

#[test]
fn a_stdlib_name_beside_the_submission_is_not_copied() {
    let arena = Arena::new();
    let file = arena.submission("invalid_utf8.py");
    std::fs::write(
        &file,
        "import json\n\ndef square(x):\n    return json.loads(json.dumps(x * x))\n",
    )
    .expect("write");
    std::fs::write(
        file.with_file_name("json.py"),
        "raise SystemExit('shadowed')\n",
    )
    .expect("write");
    crate::util::grader(&[
        "check",
        "--exercises",
        path_str(&arena.path("pack")),
        path_str(&file),
    ])
    .code(0)
    .stdout_has("probe/square: 2/2 cases passed");
}

#[test]
fn legitimate_programs_work_inside_the_sandbox() {
    for unprivileged in users() {
        let arena = Arena::new();
        let file = arena.path("work/probe/legit.py");
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        for dir in [arena.path("work"), arena.path("work/probe")] {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        }
        std::fs::copy(test_pack().join("probe/legit/solution.py"), &file).expect("copy");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        let mut cmd = if unprivileged {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
                .arg(shared_binary());
            c.env("GRADER_PYTHON", "/usr/bin/python3");
            c
        } else {
            Command::new(env!("CARGO_BIN_EXE_grader"))
        };
        let out = output(cmd.args([
            "check",
            "--color",
            "never",
            "--sandbox",
            "strict",
            "--exercises",
            path_str(&arena.path("pack")),
            path_str(&file),
        ]));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "unprivileged: {unprivileged}\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(stdout.contains("probe/legit: 9/9 cases passed"), "{stdout}");
    }
}

#[test]
fn doctor_reports_every_layer_active_here() {
    let out = crate::util::grader(&["doctor"]);
    out.code(0).stdout_has("every protection layer is active");
    for layer in [
        "user-namespace",
        "pid-namespace",
        "network-namespace",
        "mount-namespace",
        "landlock",
        "seccomp",
        "process-limit",
    ] {
        out.stdout_has(layer);
    }
}

#[test]
fn json_report_lists_the_active_layers() {
    let arena = Arena::new();
    let file = arena.submission("invalid_utf8.py");
    let out = crate::util::grader(&[
        "check",
        "--format",
        "json",
        "--exercises",
        path_str(&arena.path("pack")),
        path_str(&file),
    ]);
    let layers = out.json()["sandbox"]
        .as_array()
        .expect("sandbox")
        .iter()
        .filter_map(|v| v.as_str().map(String::from))
        .collect::<Vec<_>>();
    for layer in ["landlock", "seccomp", "pid-namespace", "network-namespace"] {
        assert!(
            layers.iter().any(|l| l == layer),
            "{layer} missing from {layers:?}"
        );
    }
}

/// Two runs at once (the two lanes of a check, two students of a class)
/// share host files read-only: the interpreter's stdlib and, for an
/// ordinary user, /dev/null.  A lock held, tested or noticed on one of them
/// is a channel from a hidden case to a run whose output is shown.  A
/// holder outside the sandbox takes those locks; the probe sees them from
/// outside (the control) and none from inside.
#[test]
fn locks_and_notifications_reach_no_other_run() {
    for unprivileged in users() {
        let python = if unprivileged {
            "/usr/bin/python3".to_string()
        } else {
            crate::util::python("import sys; print(sys.executable)", &[])
                .trim()
                .to_string()
        };
        let mut holder = Command::new(&python)
            .arg("-c")
            .arg(LOCK_HOLDER)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("lock holder");
        let mut ready = [0u8; 6];
        holder
            .stdout
            .as_mut()
            .expect("holder stdout")
            .read_exact(&mut ready)
            .expect("holder ready");
        // An ordinary user's run binds the host's /dev/null (it may not make
        // device nodes): that channel stays, and is not probed.
        let devnull = if unprivileged { "0" } else { "1" };
        let arena = Arena::new();
        let file = arena.submission("covert_channels.py");
        let text = std::fs::read_to_string(&file).expect("read");
        std::fs::write(&file, text.replace("@DEVNULL@", devnull)).expect("write");
        let control = Command::new(&python)
            .arg(&file)
            .output()
            .expect("control probe");
        let seen = String::from_utf8_lossy(&control.stdout).into_owned();
        let mut want = vec![
            "flock",
            "getlk",
            "proc-locks",
            "ofd-lock",
            "inotify",
            "dnotify",
            "aio",
        ];
        if devnull == "1" {
            want.push("devnull-lock");
        }
        for channel in want {
            assert!(
                seen.split_whitespace().any(|w| w == channel),
                "the control does not see {channel}: {seen:?} {}",
                String::from_utf8_lossy(&control.stderr)
            );
        }
        let mut cmd = arena.check_command(&file, unprivileged);
        cmd.env("GRADER_PYTHON", &python);
        let out = output(&mut cmd);
        let stdout = String::from_utf8_lossy(&out.stdout);
        drop(holder.stdin.take());
        let _ = holder.wait();
        assert!(
            stdout.contains("2/2 cases passed") && !stdout.contains("CHANNEL"),
            "a channel to other runs is open (unprivileged: {unprivileged}):\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Holds, on host files every run shares, each kind of lock the probe tests
/// (an open-file-description lock at the probe's OFD_START, seen in
/// /proc/locks from any PID namespace).
const LOCK_HOLDER: &str = r#"
import fcntl, os, struct, sys
stdlib = os.path.dirname(os.__file__)
a = open(os.__file__, "rb")
fcntl.flock(a, fcntl.LOCK_EX)
d = os.open(os.__file__, os.O_RDONLY)
fcntl.fcntl(d, 37, struct.pack("hhqqi", fcntl.F_RDLCK, 0, 777777, 1, 0))
b = os.open(os.path.join(stdlib, "json", "__init__.py"), os.O_RDONLY)
fcntl.lockf(b, fcntl.LOCK_SH, 1, 0)
c = os.open("/dev/null", os.O_RDWR)
fcntl.lockf(c, fcntl.LOCK_EX, 1, 4242)
print("ready", flush=True)
sys.stdin.read()
"#;
