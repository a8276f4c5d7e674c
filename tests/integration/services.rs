//! Real servers for `services:` exercises: Debian's PostgreSQL and Redis,
//! started per run inside the sandbox (`.ci/run` installs them).  The
//! built-in database exercises pass with their references; without the
//! binaries (GRADER_SERVICES_PATH pointing at an empty folder) their cases
//! are not graded; and a hostile run reaches neither another run's servers
//! nor the template cluster, and leaves no server behind.

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::hostile::{is_root, output, path_str, shared_binary, users};
use crate::util::{Output, grader, grader_with_env, processes_with};

fn builtin(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("exercises")
        .join(rel)
}

/// Whether both servers are installed here.  CI installs them, so there
/// their absence fails the test instead of skipping it.
fn servers_ready() -> bool {
    let out = grader(&["doctor"]);
    let found = |name: &str| {
        out.stdout
            .lines()
            .any(|l| l.trim_start().starts_with(name) && l.contains("(version "))
    };
    let ready = found("postgres") && found("redis");
    assert!(
        ready || std::env::var_os("CI").is_none(),
        "CI must install postgresql and redis-server before the tests (.ci/run):\n{}",
        out.stdout
    );
    if !ready {
        eprintln!("skipped: postgresql or redis-server is not installed");
    }
    ready
}

/// Whether the built-in pack's toolchain (with the database drivers) is here.
fn toolchain_ready() -> bool {
    let out = grader(&["toolchain", "status"]);
    assert!(
        out.code == 0 || std::env::var_os("CI").is_none(),
        "CI must install the toolchain before the tests:\n{}",
        out.stdout
    );
    out.code == 0
}

/// A world-readable folder for one test: a pack of probe exercises (the
/// built-in toolchain.yaml, so the installed toolchain serves it), and a
/// TMPDIR of its own whose name marks every process of its runs.
struct Lab {
    dir: tempfile::TempDir,
    marker: String,
}

impl Lab {
    fn new() -> Lab {
        let dir = tempfile::tempdir().expect("tempdir");
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let marker = format!("svc-lab-{}-{nanos}", std::process::id());
        let lab = Lab { dir, marker };
        lab.mkdir("", 0o755);
        lab.mkdir("pack", 0o755);
        lab.mkdir(&lab.marker.clone(), 0o777);
        lab.write(
            "pack/topics.yaml",
            "topics:\n  - id: svc\n    title: Services\n    section: \"3. Tests\"\n",
        );
        let toolchain =
            std::fs::read_to_string(builtin("toolchain.yaml")).expect("built-in toolchain.yaml");
        lab.write("pack/toolchain.yaml", &toolchain);
        lab
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn mkdir(&self, rel: &str, mode: u32) {
        let p = self.path(rel);
        std::fs::create_dir_all(&p).expect("mkdir");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).expect("chmod");
    }

    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.path(rel);
        let mut parent = p.parent().expect("parent").to_path_buf();
        std::fs::create_dir_all(&parent).expect("mkdir");
        while parent.starts_with(self.dir.path()) {
            std::fs::set_permissions(&parent, std::fs::Permissions::from_mode(0o755))
                .expect("chmod");
            if !parent.pop() {
                break;
            }
        }
        std::fs::write(&p, text).expect("write");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        p
    }

    /// An exercise `svc/<name>` with these services, one case calling
    /// `probe()` and expecting `expect`, and the solution `source`.
    fn exercise(&self, name: &str, services: &str, uses: &str, expect: &str, source: &str) {
        self.write(
            &format!("pack/svc/{name}/exercise.yaml"),
            &format!(
                "title: {name}\ndifficulty: 1\nstatement: x\ninterface: \"def probe(): ...\"\n\
                 services: [{services}]\nuses: [{uses}]\nlimits:\n  time: 30\n  total_time: 60\n\
                 cases:\n  - name: probe\n    code: |\n      print(probe())\n    expect: {expect:?}\n"
            ),
        );
        self.write(&format!("pack/svc/{name}/solution.py"), source);
    }

    /// `grader check --exercise svc/<name>` on `file`, as root or as nobody,
    /// with the lab's TMPDIR (and cache, when `cache` is given).
    fn command(&self, name: &str, file: &Path, unprivileged: bool) -> Command {
        let id = format!("svc/{name}");
        let pack = self.path("pack");
        let args = [
            "check",
            "--color",
            "never",
            "--format",
            "json",
            "--exercises",
            path_str(&pack),
            "--exercise",
            &id,
            path_str(file),
        ];
        let mut cmd = if unprivileged {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
                .arg(shared_binary())
                .env("GRADER_PYTHON", "/usr/bin/python3")
                .env("HOME", self.path(&self.marker));
            c
        } else {
            Command::new(env!("CARGO_BIN_EXE_grader"))
        };
        cmd.args(args)
            .env("TMPDIR", self.path(&self.marker))
            .env("NO_COLOR", "1")
            .current_dir(self.dir.path());
        cmd
    }

    fn check(&self, name: &str, file: &Path, unprivileged: bool) -> Output {
        let start = Instant::now();
        let out = output(&mut self.command(name, file, unprivileged));
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            elapsed: start.elapsed(),
        }
    }

    /// Processes of this lab's runs: their command lines name its TMPDIR.
    fn processes(&self) -> Vec<String> {
        processes_with(&self.marker)
    }

    /// Waits (up to 5 s) until no process of the lab's runs is left.
    #[track_caller]
    fn assert_no_process_left(&self) {
        let mut left = self.processes();
        for _ in 0..50 {
            if left.is_empty() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
            left = self.processes();
        }
        panic!("processes outlived the run: {left:?}");
    }
}

/// The one case's status and printed output in a JSON report.
fn case(out: &Output) -> (String, String, String) {
    let report = out.json();
    let c = &report["exercises"][0]["cases"][0];
    (
        c["status"].as_str().unwrap_or_default().to_string(),
        c["stdout"].as_str().unwrap_or_default().to_string(),
        c["message"].as_str().unwrap_or_default().to_string(),
    )
}

#[test]
fn the_database_exercises_pass_with_their_references_and_starters_fail() {
    if !servers_ready() || !toolchain_ready() {
        return;
    }
    for id in ["databases/transfer", "databases/rate_limiter"] {
        let solution = builtin(&format!("{id}/solution.py"));
        let out = grader(&["check", "--exercise", id, path_str(&solution)]);
        out.code(0).stdout_has(&format!("{id}: "));
        assert!(
            out.stdout.contains("cases passed") && !out.stdout.contains("not-graded"),
            "{}",
            out.stdout
        );
        let starter = builtin(&format!("{id}/starter.py"));
        grader(&["check", "--exercise", id, path_str(&starter)])
            .code(1)
            .stdout_lacks("not-graded");
    }
}

#[test]
fn without_the_server_binaries_the_cases_are_not_graded_never_passed() {
    let empty = tempfile::tempdir().expect("tempdir");
    let hidden = [("GRADER_SERVICES_PATH", path_str(empty.path()))];
    grader_with_env(None, &["doctor"], &hidden)
        .stdout_has("postgres  not found")
        .stdout_has("apt-get install -y postgresql")
        .stdout_has("redis     not found");
    for (id, package) in [
        ("databases/transfer", "postgresql"),
        ("databases/rate_limiter", "redis-server"),
    ] {
        let solution = builtin(&format!("{id}/solution.py"));
        let out = grader_with_env(
            None,
            &[
                "check",
                "--format",
                "json",
                "--exercise",
                id,
                path_str(&solution),
            ],
            &hidden,
        );
        out.code(1);
        let report = out.json();
        let ex = &report["exercises"][0];
        assert_eq!(ex["status"], "not-graded", "{}", out.stdout);
        assert_eq!(ex["score"], 0.0);
        for c in ex["cases"].as_array().expect("cases") {
            assert_eq!(c["status"], "not-graded", "{c}");
            let message = c["message"].as_str().unwrap_or_default();
            // Without the toolchain, that is named first; else the server.
            if toolchain_ready() {
                assert!(
                    message.contains(&format!("apt-get install -y {package}")),
                    "{message}"
                );
            }
        }
    }
}

#[test]
fn a_server_that_does_not_start_is_not_graded_with_the_reason() {
    // A `redis-server` that says its version and refuses to serve.
    let lab = Lab::new();
    lab.mkdir("fake-bin", 0o755);
    let fake = lab.write(
        "fake-bin/redis-server",
        "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'Redis server v=0.0.1'; exit 0; fi\necho 'no way' >&2\nexit 1\n",
    );
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    lab.exercise(
        "down",
        "redis",
        "",
        "ok\n",
        "def probe():\n    return 'ok'\n",
    );
    let file = lab.path("pack/svc/down/solution.py");
    let mut cmd = lab.command("down", &file, false);
    cmd.env("GRADER_SERVICES_PATH", lab.path("fake-bin"));
    let out = output(&mut cmd);
    let out = Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed: Duration::ZERO,
    };
    out.code(1);
    let (status, _, message) = case(&out);
    assert_eq!(status, "not-graded", "{}", out.stdout);
    assert!(
        message.contains("the server did not start (redis exited"),
        "{message}"
    );
    lab.assert_no_process_left();
}

/// A solution that sleeps while its servers run, so that another run can
/// try to reach them.
const HOLD: &str = "import time\n\ndef probe():\n    time.sleep(25)\n    return 'held'\n";

/// A solution that tries every way to another run's servers: their unix
/// sockets by path (and through /proc), the usual TCP ports on loopback;
/// and a System V segment larger than a page.  Its own servers answer.
const REACH: &str = r#"
import ctypes, os, socket

TARGETS = @TARGETS@

def unix(path):
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(2)
    try:
        s.connect(path)
        return True
    except OSError:
        return False
    finally:
        s.close()

def tcp(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        return True
    except OSError:
        return False

def probe():
    reached = [p for p in TARGETS if unix(p)]
    reached += [port for port in (5432, 6379) if tcp(port)]
    libc = ctypes.CDLL(None, use_errno=True)
    big = libc.shmget(0, 1 << 20, 0o1600)
    own_pg = unix(os.path.join(os.environ["PGHOST"], ".s.PGSQL.5432"))
    own_redis = unix(os.environ["REDIS_URL"][len("unix://"):])
    return "reached=%s big_shm=%s own=%s,%s" % (reached, big != -1, own_pg, own_redis)
"#;

/// The unix sockets of a lab's running servers: PostgreSQL's from its
/// command line (`-k DIR`), Redis's from the title it gives itself
/// (`redis-server unixsocket:PATH`, a child of the lab's harness).
fn sockets_of(lab: &Lab) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    let mut ours = Vec::new();
    for line in lab.processes() {
        let (pid, cmd) = line.split_once(": ").expect("pid: cmdline");
        let pid: u32 = pid.parse().expect("pid");
        ours.push(pid);
        let words: Vec<&str> = cmd.split(' ').collect();
        for (i, w) in words.iter().enumerate() {
            if *w == "-k" && i + 1 < words.len() {
                out.push((pid, format!("{}/.s.PGSQL.5432", words[i + 1])));
            }
        }
    }
    for line in processes_with("redis-server unixsocket:") {
        let (pid, cmd) = line.split_once(": ").expect("pid: cmdline");
        let pid: u32 = pid.parse().expect("pid");
        if ours.contains(&parent_of(pid)) {
            let path = cmd.trim().trim_start_matches("redis-server unixsocket:");
            out.push((pid, path.to_string()));
        }
    }
    out
}

fn parent_of(pid: u32) -> u32 {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            s.rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Whether a process is still running (not gone, not a zombie).
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            s.rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().next().map(|st| st != "Z"))
        })
        .unwrap_or(false)
}

#[test]
fn a_run_cannot_reach_another_runs_servers_and_they_die_with_it() {
    if !servers_ready() {
        return;
    }
    for unprivileged in users() {
        let first = Lab::new();
        first.exercise("hold", "postgres, redis", "", "held\n", HOLD);
        let file = first.path("pack/svc/hold/solution.py");
        let mut cmd = first.command("hold", &file, unprivileged);
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut held = cmd.spawn().expect("first run");
        // Its two servers, once both are up.
        let start = Instant::now();
        let mut sockets = sockets_of(&first);
        while sockets.len() < 2 && start.elapsed() < Duration::from_secs(30) {
            std::thread::sleep(Duration::from_millis(100));
            sockets = sockets_of(&first);
        }
        if sockets.len() < 2 {
            let _ = held.kill();
            let out = held.wait_with_output().expect("first run");
            panic!(
                "the first run's servers were not found: {:?}\n{}\n{}",
                first.processes(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let mut targets: Vec<String> = Vec::new();
        for (pid, path) in &sockets {
            if is_root() {
                // The targets are real: the sockets exist in the first run.
                let seen =
                    Path::new(&format!("/proc/{pid}/root")).join(path.trim_start_matches('/'));
                for _ in 0..300 {
                    if seen.exists() || held.try_wait().ok().flatten().is_some() {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                assert!(seen.exists(), "{} is not there", seen.display());
            }
            targets.push(path.clone());
            targets.push(format!("/proc/{pid}/root{path}"));
        }
        let second = Lab::new();
        let source = REACH.replace("@TARGETS@", &format!("{targets:?}"));
        second.exercise(
            "reach",
            "postgres, redis",
            "",
            "reached=[] big_shm=False own=True,True\n",
            &source,
        );
        let out = second.check(
            "reach",
            &second.path("pack/svc/reach/solution.py"),
            unprivileged,
        );
        let (status, stdout, message) = case(&out);
        assert_eq!(
            status, "passed",
            "unprivileged: {unprivileged}\n{stdout}\n{message}\n{}",
            out.stderr
        );
        second.assert_no_process_left();
        // The first run, killed mid-case, takes its servers with it.
        assert!(
            held.try_wait().expect("wait").is_none(),
            "the first run ended early"
        );
        held.kill().expect("kill");
        let _ = held.wait();
        first.assert_no_process_left();
        for (pid, path) in &sockets {
            for _ in 0..50 {
                if !alive(*pid) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            assert!(!alive(*pid), "the server of {path} outlived its run");
        }
    }
}

/// Where the template cluster of a cache folder is.
fn templates_in(cache: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(cache.join("grader/services"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("data"))
        .filter(|p| p.is_dir())
        .collect()
}

#[test]
fn a_run_cannot_read_or_change_the_template_nor_the_next_runs_database() {
    if !servers_ready() || !toolchain_ready() {
        return;
    }
    let lab = Lab::new();
    // A cache of the lab's own, so the template's path is known.
    let cache = lab.path("cache");
    lab.mkdir("cache", 0o755);
    let poison = r#"
import os, psycopg

TEMPLATES = @TEMPLATES@

def probe():
    seen = []
    for t in TEMPLATES:
        for what in (lambda: os.listdir(t), lambda: open(os.path.join(t, "PG_VERSION")).read(),
                     lambda: open(os.path.join(t, "poison"), "w").write("x")):
            try:
                what()
                seen.append(t)
            except OSError:
                pass
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as c:
        before = c.execute("SELECT to_regclass('poison') IS NULL").fetchone()[0]
        c.execute("CREATE TABLE poison (x int)")
        c.execute("ALTER ROLE postgres SET search_path = nowhere")
    own = sorted(os.listdir(os.environ["PGDATA"]))
    return "template=%s fresh=%s own_copy=%s" % (seen, before, "PG_VERSION" in own)
"#;
    let expect = "template=[] fresh=True own_copy=True\n";
    // A first run makes the template; the next runs try to reach it and
    // poison their own server, which the run after must not see.
    lab.exercise(
        "poison",
        "postgres",
        "psycopg, psycopg-binary",
        expect,
        &poison.replace("@TEMPLATES@", "[]"),
    );
    let file = lab.path("pack/svc/poison/solution.py");
    let run = |unprivileged: bool| {
        let mut cmd = lab.command("poison", &file, unprivileged);
        cmd.env("XDG_CACHE_HOME", &cache)
            .env("GRADER_TOOLCHAIN_DIR", toolchain_dir());
        let out = output(&mut cmd);
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            elapsed: Duration::ZERO,
        }
    };
    let out = run(false);
    let (status, stdout, message) = case(&out);
    assert_eq!(status, "passed", "{stdout}\n{message}\n{}", out.stderr);
    let templates = templates_in(&cache);
    assert_eq!(templates.len(), 1, "one template cluster is made");
    let names: Vec<String> = templates.iter().map(|p| p.display().to_string()).collect();
    lab.exercise(
        "poison",
        "postgres",
        "psycopg, psycopg-binary",
        expect,
        &poison.replace("@TEMPLATES@", &format!("{names:?}")),
    );
    for _ in 0..2 {
        let out = run(false);
        let (status, stdout, message) = case(&out);
        assert_eq!(status, "passed", "{stdout}\n{message}\n{}", out.stderr);
    }
    assert!(!templates[0].join("poison").exists());
    lab.assert_no_process_left();
}

/// The toolchain folder the tests use (CI sets it; else the default).
fn toolchain_dir() -> PathBuf {
    std::env::var_os("GRADER_TOOLCHAIN_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache/grader/toolchain")
        })
}

#[test]
fn a_server_a_solution_starts_itself_does_not_outlive_the_run() {
    if !servers_ready() {
        return;
    }
    let lab = Lab::new();
    // Its own Redis, daemonised (setsid, out of the case's process group).
    let source = format!(
        r#"
import os, subprocess, time

def probe():
    sock = "/dev/shm/{marker}-daemon.sock"
    subprocess.run(["redis-server", "--port", "0", "--unixsocket", sock, "--daemonize", "yes",
                    "--save", "", "--dir", os.getcwd()], executable={redis:?}, check=True)
    for _ in range(200):
        if os.path.exists(sock):
            break
        time.sleep(0.01)
    return "started" if os.path.exists(sock) else "no daemon"
"#,
        marker = lab.marker,
        redis = redis_binary(),
    );
    lab.exercise("daemon", "postgres, redis", "", "started\n", &source);
    let out = lab.check("daemon", &lab.path("pack/svc/daemon/solution.py"), false);
    let (status, stdout, message) = case(&out);
    // The daemon was there, and a case that leaves one is an error.
    assert_eq!(stdout, "started\n", "{message}\n{}", out.stderr);
    assert_eq!(status, "error", "{message}");
    assert!(message.contains("daemon"), "{message}");
    lab.assert_no_process_left();
}

/// The file `redis-server` resolves to (Debian's is a link).
fn redis_binary() -> String {
    let out = grader(&["doctor"]);
    let line = out
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("redis "))
        .expect("doctor names redis");
    let path = line.split_whitespace().nth(1).expect("a path");
    Path::new(path)
        .canonicalize()
        .expect("redis-server exists")
        .display()
        .to_string()
}

#[test]
fn a_project_exercise_gets_its_servers_in_every_command() {
    if !servers_ready() {
        return;
    }
    let lab = Lab::new();
    lab.write(
        "pack/svc/proj/exercise.yaml",
        "kind: project\ntitle: proj\ndifficulty: 1\nstatement: x\ninterface: x\n\
         services: [postgres, redis]\ncases:\n\
         \x20 - name: a command reaches both\n    run: [python, ping.py]\n    expect: \"+PONG True\\n\"\n\
         \x20 - name: a snippet too\n    code: import ping\n    expect: \"+PONG True\\n\"\n",
    );
    let ping = "import os, socket\n\
                s = socket.socket(socket.AF_UNIX)\n\
                s.connect(os.environ['REDIS_URL'][len('unix://'):])\n\
                s.sendall(b'PING\\r\\n')\n\
                pg = os.path.exists(os.path.join(os.environ['PGHOST'], '.s.PGSQL.5432'))\n\
                print(s.recv(16).decode().strip(), pg)\n";
    lab.write("pack/svc/proj/solution/ping.py", ping);
    let folder = lab.path("pack/svc/proj/solution");
    let out = lab.check("proj", &folder, false);
    out.code(0);
    let report = out.json();
    for c in report["exercises"][0]["cases"].as_array().expect("cases") {
        assert_eq!(c["status"], "passed", "{c}");
    }
    lab.assert_no_process_left();
    // Without the binaries: not graded, never passed.
    let empty = tempfile::tempdir().expect("tempdir");
    let mut cmd = lab.command("proj", &folder, false);
    cmd.env("GRADER_SERVICES_PATH", empty.path());
    let out = output(&mut cmd);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(report["exercises"][0]["status"], "not-graded", "{report}");
}
