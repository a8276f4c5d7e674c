//! The operating-system edge: how a learner's process is started, confined
//! and torn down.  The runner asks for a [`tokio::process::Command`] and for
//! process-tree kills; everything OS-specific stays in here.

#![allow(unsafe_code)] // pre_exec hooks; each block says why it is sound.

use std::ffi::OsStr;
use std::path::Path;
use std::process::Stdio;

use serde::Serialize;

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
    /// Why it is missing, or what it covers.
    pub detail: String,
}

/// The isolation the runner applies to each learner process.
#[derive(Debug, Clone)]
pub struct Sandbox {
    mode: Mode,
    layers: Vec<Layer>,
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

impl Sandbox {
    pub fn new(mode: Mode) -> Sandbox {
        let on = mode != Mode::Off;
        let layers = vec![
            Layer {
                name: "temp-dir",
                active: true,
                detail: "each run works in a fresh private directory".into(),
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
                detail: "the whole process group is killed on timeout".into(),
            },
            Layer {
                name: "rlimits",
                active: cfg!(unix) && on,
                detail: "memory, CPU time, file size and core dumps are capped per case".into(),
            },
        ];
        Sandbox { mode, layers }
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn layers(&self) -> &[Layer] {
        &self.layers
    }

    /// Names of the layers in force, for reports.
    pub fn active_layers(&self) -> Vec<&'static str> {
        self.layers
            .iter()
            .filter(|l| l.active)
            .map(|l| l.name)
            .collect()
    }

    /// A command that runs `program args` confined, in `workdir`, with all
    /// three standard streams piped.  `scratch` is the run's private root
    /// (parent of `workdir`): the only place the run needs to write.
    pub fn command(
        &self,
        program: &Path,
        args: &[&OsStr],
        workdir: &Path,
        _scratch: &Path,
    ) -> tokio::process::Command {
        let mut cmd = tokio::process::Command::new(program);
        cmd.args(args)
            .current_dir(workdir)
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
            // and a timeout can kill everything it started.
            cmd.process_group(0);
            if self.mode != Mode::Off {
                // SAFETY: the closure only calls setrlimit, which is
                // async-signal-safe and allocates nothing.
                unsafe {
                    cmd.pre_exec(|| {
                        use nix::sys::resource::{Resource, setrlimit};
                        let _ = setrlimit(Resource::RLIMIT_CORE, 0, 0);
                        Ok(())
                    });
                }
            }
        }
        cmd
    }
}

/// Process groups started by this grader and not yet reaped, so that Ctrl-C
/// can take them all down (they are outside the terminal's process group).
static LIVE: std::sync::Mutex<std::collections::BTreeSet<u32>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

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

/// Kills every process group still tracked; used when the grader is interrupted.
pub fn kill_all() {
    let pids: Vec<u32> = LIVE
        .lock()
        .map(|l| l.iter().copied().collect())
        .unwrap_or_default();
    for pid in pids {
        kill_tree(pid);
    }
}

/// Kills `pid` and its process group outright.
pub fn kill_tree(pid: u32) {
    #[cfg(unix)]
    {
        use nix::sys::signal::{Signal, kill, killpg};
        use nix::unistd::Pid;
        if let Ok(raw) = i32::try_from(pid) {
            let _ = killpg(Pid::from_raw(raw), Signal::SIGKILL);
            let _ = kill(Pid::from_raw(raw), Signal::SIGKILL);
        }
    }
    #[cfg(not(unix))]
    let _ = pid;
}

/// Asks a case's process to dump its Python stack (the harness registered
/// faulthandler on SIGUSR2) before it is killed for running too long.
pub fn request_stack_dump(pid: u32) {
    #[cfg(unix)]
    {
        use nix::sys::signal::{Signal, kill};
        use nix::unistd::Pid;
        if let Ok(raw) = i32::try_from(pid) {
            let _ = kill(Pid::from_raw(raw), Signal::SIGUSR2);
        }
    }
    #[cfg(not(unix))]
    let _ = pid;
}
