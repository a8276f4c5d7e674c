//! The operating-system edge: how a learner's process is started, confined
//! and torn down.  The runner asks for a [`tokio::process::Command`] and for
//! signals to the run; everything OS-specific stays in here.
//!
//! On Linux the command is the grader itself in helper mode (`linux.rs`),
//! which sets up namespaces, Landlock and seccomp and then execs Python.
//! Elsewhere (macOS, other Unixes) Python is started directly with rlimits,
//! a process group, a private folder and a clean environment, and the
//! missing layers are reported.

#![allow(unsafe_code)] // pre_exec hooks; each block says why it is sound.

#[cfg(target_os = "linux")]
mod cgroup;
#[cfg(target_os = "linux")]
pub mod linux;

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Mutex;

use serde::Serialize;

use crate::interpreter::Interpreter;

/// `--sandbox`: how strictly isolation is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Use every layer the machine offers; warn about the missing ones.
    #[default]
    Auto,
    /// Refuse to run unless every layer is available.
    Strict,
    /// No isolation beyond a temp directory and a timeout (debugging only).
    Off,
}

/// One protection layer and whether it is in force.
#[derive(Debug, Clone, Serialize)]
pub struct Layer {
    pub name: &'static str,
    pub active: bool,
    /// What it covers, or why it is missing.
    pub detail: String,
}

/// The isolation the runner applies to each learner process.
#[derive(Debug)]
pub struct Sandbox {
    mode: Mode,
    /// Paths the interpreter must read (its prefixes, system libraries).
    read: Vec<PathBuf>,
    /// Paths under `read` that learner code must not see (the grader).
    hide: Vec<PathBuf>,
    /// The interpreter, for `doctor`'s check of what the harness can do.
    python: PathBuf,
    /// As root: the host uid learner code runs as (`None`: one per run).
    uid: Option<u32>,
    /// Layers the helper reported on its last start (Linux).
    observed: Mutex<Option<Vec<Layer>>>,
    /// Whether the last harness made itself non-dumpable.
    harness_guarded: Mutex<Option<bool>>,
    /// Cgroups made ahead for runs about to start (Linux, as root).
    reserved: Mutex<Vec<String>>,
}

/// The environment the learner's code sees: nothing of the grader's.
const FIXED_ENV: &[(&str, &str)] = &[
    ("PATH", "/usr/local/bin:/usr/bin:/bin"),
    ("LANG", "C.UTF-8"),
    ("LC_ALL", "C.UTF-8"),
    ("PYTHONHASHSEED", "0"),
    ("PYTHONDONTWRITEBYTECODE", "1"),
    ("PYTHONUTF8", "1"),
];

/// Room for a run's files (its tmpfs, where one can be mounted).
const DISK_BYTES: u64 = 256 << 20;
/// Processes and threads a run may have at once.
const MAX_TASKS: u64 = 256;
/// Memory all of a run's processes may hold together, where a cgroup can
/// enforce it; each process is also capped by its case's own limit.
pub const RUN_MEMORY: u64 = 1 << 30;
/// Open files per process.
const MAX_FILES: u64 = 512;

/// What a run needs of the sandbox beyond its files: its servers' (see
/// `crate::services`), and whether the program waits for its cgroup itself.
#[derive(Debug, Clone, Default)]
pub struct Extra {
    /// Host folders copied into the run's tmpfs before privileges are
    /// dropped, (from, to) with `to` under the run's folder: the host's
    /// copy is never visible to the run.
    pub seed: Vec<(PathBuf, PathBuf)>,
    /// Allow System V shared memory, capped to a few pages in the run's
    /// private IPC namespace (PostgreSQL's interlock segment).
    pub sysv_shm: bool,
    /// The program itself waits, before it runs anything untrusted, until
    /// the run is in its cgroup (the harness does: see [`GATE_ENV`]), so
    /// Python can start while the move still waits on the kernel.
    pub gated: bool,
}

/// Names the descriptor a gated program reads one byte from: `g` once
/// the run is in its cgroup, anything else (or end of file) if it could
/// not be put there.  Until then it must fork nothing and run no learner
/// code.  Set only while a move is pending.
pub const GATE_ENV: &str = "GRADER_CGROUP_GATE";

/// How the runner should start one harness.
pub struct Launch {
    pub command: tokio::process::Command,
    /// Where the helper reports its layers (Linux), to read after start-up.
    pub status: Option<PathBuf>,
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        #[cfg(target_os = "linux")]
        if let Ok(reserved) = self.reserved.get_mut() {
            for name in reserved.drain(..) {
                cgroup::RunCgroup::discard(&name);
            }
        }
    }
}

impl Sandbox {
    pub fn new(mode: Mode, interpreter: &Interpreter) -> Sandbox {
        let mut read = interpreter.prefixes.clone();
        if let Some(dir) = interpreter.executable.parent() {
            read.push(dir.to_path_buf());
        }
        #[cfg(target_os = "linux")]
        let read = linux::read_paths(&read);
        let hide = std::env::current_exe()
            .ok()
            .and_then(|p| p.canonicalize().ok())
            .into_iter()
            .collect();
        Sandbox {
            mode,
            read,
            hide,
            python: interpreter.executable.clone(),
            uid: None,
            observed: Mutex::new(None),
            harness_guarded: Mutex::new(None),
            reserved: Mutex::new(Vec::new()),
        }
    }

    /// Makes the cgroups of `runs` harnesses about to start together, so
    /// that no start waits on another's move into its cgroup (see
    /// `cgroup::RunCgroup::reserve`).  Does nothing where the helper could
    /// not make one either (not root, not Linux, `--sandbox off`).
    pub fn reserve_runs(&self, runs: usize) {
        #[cfg(target_os = "linux")]
        if self.mode != Mode::Off && nix::unistd::geteuid().is_root() {
            let Ok(mut reserved) = self.reserved.lock() else {
                return;
            };
            let missing = runs.saturating_sub(reserved.len());
            if missing > 0 {
                reserved.extend(cgroup::RunCgroup::reserve(missing, RUN_MEMORY, MAX_TASKS));
            }
        }
        let _ = runs;
    }

    /// Also keeps these out of the run's view where they lie under a tree it
    /// must read (an instructor's pack installed under the interpreter's
    /// prefix, say).
    pub fn with_hidden(mut self, paths: impl IntoIterator<Item = PathBuf>) -> Sandbox {
        self.hide
            .extend(paths.into_iter().filter_map(|p| p.canonicalize().ok()));
        self
    }

    /// As root, run learner code as this host uid instead of a fresh one
    /// per run (`--sandbox-uid`).
    pub fn with_uid(mut self, uid: Option<u32>) -> Sandbox {
        self.uid = uid;
        self
    }

    /// Whether learner code would run as host root: only when the grader is
    /// root and the sandbox is off, which the grader refuses.
    pub fn would_run_as_root(&self) -> bool {
        self.mode == Mode::Off && running_as_root()
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The layers in force: the basics, plus what the helper reported.
    pub fn layers(&self) -> Vec<Layer> {
        let on = self.mode != Mode::Off;
        let mut layers = vec![
            Layer {
                name: "temp-dir",
                active: true,
                detail: "each run and each case works in a fresh private folder".into(),
            },
            Layer {
                name: "clean-env",
                active: on,
                detail:
                    "learner code sees a small fixed environment, none of the grader's variables"
                        .into(),
            },
            Layer {
                name: "process-group",
                active: cfg!(unix),
                detail: "each case runs in its own process group, killed at its deadline".into(),
            },
        ];
        if !on {
            return layers;
        }
        if cfg!(target_os = "linux") {
            match self.observed.lock().ok().and_then(|o| o.clone()) {
                Some(seen) => layers.extend(seen),
                None => layers.push(Layer {
                    name: "linux-layers",
                    active: false,
                    detail: "not yet reported: no run has started".into(),
                }),
            }
            if let Some(guarded) = self.harness_guarded.lock().ok().and_then(|g| *g) {
                layers.push(Layer {
                    name: "judge-protected",
                    active: guarded,
                    detail: if guarded {
                        "the harness that reports results is not dumpable: learner processes cannot open its memory or descriptors, and nothing they report can claim a fault of the pack".into()
                    } else {
                        "the harness could not make itself non-dumpable (no _ctypes in this Python); Landlock still keeps /proc read-only".into()
                    },
                });
            }
        } else {
            layers.push(Layer {
                name: "rlimits",
                active: cfg!(unix),
                detail: "memory, CPU time, file size and core dumps are capped per case".into(),
            });
            for (name, why) in [
                (
                    "namespaces",
                    "not Linux: processes, network and mounts are shared with the host",
                ),
                (
                    "landlock",
                    "not Linux: files outside the run's folder are reachable",
                ),
                ("seccomp", "not Linux"),
            ] {
                layers.push(Layer {
                    name,
                    active: false,
                    detail: why.into(),
                });
            }
        }
        layers
    }

    /// Names of the layers in force, for reports.
    pub fn active_layers(&self) -> Vec<&'static str> {
        self.layers()
            .into_iter()
            .filter(|l| l.active)
            .map(|l| l.name)
            .collect()
    }

    /// Layers that are missing, for one warning per run.  Before any run
    /// has reported (a quiz is judged without one) there is nothing to warn
    /// about: `doctor` starts a run to find out.
    pub fn missing_layers(&self) -> Vec<Layer> {
        let reported = self.observed.lock().is_ok_and(|o| o.is_some());
        self.layers()
            .into_iter()
            .filter(|l| !l.active && (reported || l.name != "linux-layers"))
            .collect()
    }

    /// A command that runs `program args` confined, in `workdir`, with all
    /// three standard streams piped.  `readable` lists the run's own files
    /// the program may read; `workdir` is the only place it may write.
    pub fn command(
        &self,
        program: &Path,
        args: &[&OsStr],
        workdir: &Path,
        readable: &[&Path],
    ) -> Launch {
        self.command_with(program, args, workdir, readable, &[])
    }

    /// [`Sandbox::command`], plus trees the run may read *and execute*
    /// beyond the interpreter's (a toolchain environment: its `bin/` holds
    /// programs such as `ruff`).  They join the helper's `read` list.
    pub fn command_with(
        &self,
        program: &Path,
        args: &[&OsStr],
        workdir: &Path,
        readable: &[&Path],
        executable: &[&Path],
    ) -> Launch {
        self.command_ext(
            program,
            args,
            workdir,
            readable,
            executable,
            &Extra::default(),
        )
    }

    /// [`Sandbox::command_with`], plus what a run's servers need
    /// (`crate::services`): folders copied into the run's tmpfs and capped
    /// System V shared memory.
    pub fn command_ext(
        &self,
        program: &Path,
        args: &[&OsStr],
        workdir: &Path,
        readable: &[&Path],
        executable: &[&Path],
        extra: &Extra,
    ) -> Launch {
        let mut status = None;
        let mut cmd = match self.helper_command(program, args, workdir, readable, executable, extra)
        {
            Some((cmd, path)) => {
                status = Some(path);
                cmd
            }
            None => {
                let mut cmd = tokio::process::Command::new(program);
                cmd.args(args);
                cmd
            }
        };
        cmd.current_dir(workdir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        if self.mode != Mode::Off {
            cmd.env_clear();
            for (k, v) in FIXED_ENV {
                cmd.env(k, v);
            }
            cmd.env("HOME", workdir).env("TMPDIR", workdir);
        }
        #[cfg(unix)]
        {
            // Its own process group: Ctrl-C at the terminal does not reach it,
            // and the grader can take the whole run down at once.
            cmd.process_group(0);
            if self.mode != Mode::Off {
                // SAFETY: the closure only calls setrlimit and prctl, which are
                // async-signal-safe and allocate nothing.
                unsafe {
                    cmd.pre_exec(|| {
                        use nix::sys::resource::{Resource, setrlimit};
                        let _ = setrlimit(Resource::RLIMIT_CORE, 0, 0);
                        let _ = setrlimit(Resource::RLIMIT_NOFILE, MAX_FILES, MAX_FILES);
                        #[cfg(target_os = "linux")]
                        let _ = nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL);
                        Ok(())
                    });
                }
            }
        }
        Launch {
            command: cmd,
            status,
        }
    }

    #[cfg(target_os = "linux")]
    fn helper_command(
        &self,
        program: &Path,
        args: &[&OsStr],
        workdir: &Path,
        readable: &[&Path],
        executable: &[&Path],
        extra: &Extra,
    ) -> Option<(tokio::process::Command, PathBuf)> {
        if self.mode == Mode::Off {
            return None;
        }
        let mut read = self.read.clone();
        read.extend(executable.iter().map(|p| p.to_path_buf()));
        // The running binary itself, even if its file was replaced since
        // it started (a rebuild, an upgrade): /proc/self/exe names the
        // inode this process runs, where current_exe() names a path.
        let exe = Some(PathBuf::from("/proc/self/exe"))
            .filter(|p| p.exists())
            .or_else(|| std::env::current_exe().ok())?;
        let status = workdir.with_extension("sandbox.json");
        let config = linux::HelperConfig {
            strict: self.mode == Mode::Strict,
            read,
            read_only: readable.iter().map(|p| p.to_path_buf()).collect(),
            hide: self.hide.clone(),
            work: workdir.to_path_buf(),
            disk_bytes: DISK_BYTES,
            status: status.clone(),
            max_tasks: MAX_TASKS,
            max_files: MAX_FILES,
            run_memory_bytes: RUN_MEMORY,
            sandbox_uid: self.uid,
            seed: extra.seed.clone(),
            sysv_shm: extra.sysv_shm,
            gated: extra.gated,
            cgroup: self.reserved.lock().ok().and_then(|mut r| r.pop()),
        };
        let config = serde_json::to_string(&config).ok()?;
        let mut cmd = tokio::process::Command::new(exe);
        cmd.arg(HELPER_ARG)
            .arg(config)
            .arg("--")
            .arg(program)
            .args(args);
        Some((cmd, status))
    }

    #[cfg(not(target_os = "linux"))]
    fn helper_command(
        &self,
        _program: &Path,
        _args: &[&OsStr],
        _workdir: &Path,
        _readable: &[&Path],
        _executable: &[&Path],
        _extra: &Extra,
    ) -> Option<(tokio::process::Command, PathBuf)> {
        None
    }

    /// Records what the harness said of itself in its hello.
    pub fn observe_harness(&self, nondumpable: bool) {
        if self.mode == Mode::Off || !cfg!(target_os = "linux") {
            return;
        }
        if let Ok(mut g) = self.harness_guarded.lock() {
            *g = Some(nondumpable);
        }
    }

    /// Reads what the helper reported; `Err` when strict mode refused.
    pub fn observe(&self, status: &Path) -> Result<(), String> {
        #[cfg(target_os = "linux")]
        {
            let Ok(text) = std::fs::read_to_string(status) else {
                return Ok(());
            };
            let Ok(report) = serde_json::from_str::<linux::HelperStatus>(&text) else {
                return Ok(());
            };
            if let Some(why) = report.refused {
                return Err(why);
            }
            if let Ok(mut seen) = self.observed.lock() {
                *seen = Some(
                    report
                        .layers
                        .iter()
                        .map(linux::StatusLayer::to_layer)
                        .collect(),
                );
            }
        }
        let _ = status;
        Ok(())
    }

    /// Sets up every layer in a throwaway helper and reports what holds
    /// (`grader doctor`).
    pub fn probe(&self) -> Vec<Layer> {
        #[cfg(target_os = "linux")]
        if self.mode != Mode::Off
            && let Ok(dir) = tempfile::tempdir()
        {
            let work = dir.path().join("work");
            if std::fs::create_dir(&work).is_ok() {
                let launch = self.command(Path::new("probe"), &[], &work, &[]);
                let mut std_cmd = launch.command.into_std();
                std_cmd
                    .stdin(Stdio::null())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null());
                let _ = std_cmd.status();
                if let Some(status) = launch.status {
                    let _ = self.observe(&status);
                }
                // The harness makes itself non-dumpable through _ctypes.
                let guarded = std::process::Command::new(&self.python)
                    .args(["-I", "-S", "-c", "import _ctypes"])
                    .stdin(Stdio::null())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success());
                self.observe_harness(guarded);
            }
        }
        self.layers()
    }
}

/// Whether this process is host root (uid 0).
pub fn running_as_root() -> bool {
    #[cfg(unix)]
    return nix::unistd::geteuid().is_root();
    #[cfg(not(unix))]
    return false;
}

/// The hidden first argument that starts the grader in helper mode.
pub const HELPER_ARG: &str = "__sandbox";

/// If this process was started as the sandbox helper, become it (never
/// returns).  Called first thing in `main`, while single-threaded.
pub fn maybe_become_helper() {
    let mut args = std::env::args_os();
    let _ = args.next();
    if args.next().as_deref() != Some(OsStr::new(HELPER_ARG)) {
        return;
    }
    #[cfg(target_os = "linux")]
    linux::helper_main(args.collect::<Vec<OsString>>());
    #[cfg(not(target_os = "linux"))]
    {
        eprintln!("grader: the sandbox helper exists only on Linux");
        std::process::exit(2);
    }
}

/// Process groups started by this grader and not yet reaped, so that Ctrl-C
/// can take them all down (they are outside the terminal's process group).
static LIVE: Mutex<std::collections::BTreeSet<u32>> = Mutex::new(std::collections::BTreeSet::new());

pub fn track(pid: u32) {
    if let Ok(mut live) = LIVE.lock() {
        live.insert(pid);
    }
}

pub fn untrack(pid: u32) {
    if let Ok(mut live) = LIVE.lock() {
        live.remove(&pid);
    }
}

/// Kills every run still tracked; used when the grader is interrupted.
pub fn kill_all() {
    let pids: Vec<u32> = LIVE
        .lock()
        .map(|l| l.iter().copied().collect())
        .unwrap_or_default();
    for pid in pids {
        kill_tree(pid);
    }
}

/// Kills a run's top process and its process group outright.  Inside a PID
/// namespace, that ends every process of the run.
pub fn kill_tree(pid: u32) {
    send(pid, Signal::Kill);
}

/// Asks the harness (the run's top process, which forwards it) for the
/// running case's Python stack, before the case is killed for its time.
pub fn request_stack_dump(top: u32) {
    send(top, Signal::Dump);
}

/// Asks the harness to kill the running case.
pub fn kill_case(top: u32) {
    send(top, Signal::KillCase);
}

enum Signal {
    Kill,
    Dump,
    KillCase,
}

fn send(pid: u32, what: Signal) {
    #[cfg(unix)]
    {
        use nix::sys::signal::{Signal as S, kill, killpg};
        use nix::unistd::Pid;
        let Ok(raw) = i32::try_from(pid) else { return };
        let pid = Pid::from_raw(raw);
        match what {
            Signal::Kill => {
                let _ = killpg(pid, S::SIGKILL);
                let _ = kill(pid, S::SIGKILL);
            }
            Signal::Dump => {
                let _ = kill(pid, S::SIGUSR2);
            }
            Signal::KillCase => {
                let _ = kill(pid, S::SIGUSR1);
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (pid, what);
}
