//! The Linux sandbox helper: `grader __sandbox CONFIG -- PROGRAM ARGS…`.
//!
//! The runner starts the grader binary itself in this mode, single-threaded,
//! so that every layer can be set up with ordinary (allocating) code before
//! Python is exec'd.  The trust model, after isolate and bubblewrap:
//!
//! * **Never host root.**  Started as root, the helper runs learner code as a
//!   dedicated unprivileged uid that owns nothing (one per run by default, so
//!   per-user kernel quotas are the run's own), with no supplementary groups.
//!   Started as an ordinary user, it keeps that user's uid through a one-uid
//!   user namespace.  Either way every capability set is emptied before exec.
//! * **A minimal root.**  A fresh tmpfs becomes `/` (pivot_root): read-only
//!   binds of the interpreter and the libraries it loads, the run's own
//!   files, a small `/etc`, a few device nodes, a private `/proc` whose
//!   kernel knobs are read-only.  The grader binary and its packs are simply
//!   not there.
//! * **Private namespaces** for pids (the harness is PID 1: when it ends,
//!   everything the run started dies), mounts, network (loopback only), IPC,
//!   hostname and cgroups.
//! * **Caps for the run as a whole**: a cgroup with a memory and a task
//!   limit where one can be made, RLIMIT_NPROC otherwise, plus rlimits,
//!   no_new_privs, Landlock and a seccomp deny-list.
//!
//! Each layer is best effort; what was applied is written to a status file
//! the runner reads.  With `strict`, a missing layer stops the run before any
//! learner code starts.

#![allow(unsafe_code)] // raw syscalls, clone and prctl; each block says why it is sound.

use std::collections::BTreeMap;
use std::ffi::{CString, OsString};
use std::fs;
use std::io::Write as _;
use std::os::unix::ffi::OsStrExt as _;
use std::path::{Path, PathBuf};

use landlock::{
    ABI, Access, AccessFs, AccessNet, CompatLevel, Compatible, Ruleset, RulesetAttr,
    RulesetCreatedAttr, RulesetStatus, Scope, path_beneath_rules,
};
use nix::sys::signal::{SigSet, Signal, kill};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::{Gid, Pid, Uid, getgid, getuid};
use seccompiler::{
    SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter, SeccompRule,
    TargetArch,
};
use serde::{Deserialize, Serialize};

use super::Layer;
use super::cgroup::RunCgroup;

/// What the runner asks of the helper.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HelperConfig {
    /// Refuse to run when any layer is missing.
    pub strict: bool,
    /// Readable (and executable) trees: the interpreter, system libraries.
    pub read: Vec<PathBuf>,
    /// The run's own files, readable only (the harness, the submission).
    pub read_only: Vec<PathBuf>,
    /// Paths inside `read` trees that must not be visible (the grader's
    /// own binary when it lies under the interpreter's prefix).
    #[serde(default)]
    pub hide: Vec<PathBuf>,
    /// The run's working folder: writable, a private tmpfs.
    pub work: PathBuf,
    /// Bytes the working tmpfs may hold.
    pub disk_bytes: u64,
    /// Where to write what was applied.
    pub status: PathBuf,
    /// Processes (and threads) the run may have at once.
    pub max_tasks: u64,
    /// Open files per process.
    pub max_files: u64,
    /// Memory all the run's processes may use together.
    pub run_memory_bytes: u64,
    /// When started as root: the host uid (and gid) learner code runs as;
    /// `None` picks a dedicated one per run.
    #[serde(default)]
    pub sandbox_uid: Option<u32>,
    /// Host folders copied into the run's folder before privileges are
    /// dropped: (from, to), `to` under `work` (a run's server's template).
    #[serde(default)]
    pub seed: Vec<(PathBuf, PathBuf)>,
    /// Allow System V shared memory, capped in the run's IPC namespace.
    #[serde(default)]
    pub sysv_shm: bool,
    /// The program waits for the cgroup move itself (`super::GATE_ENV`).
    #[serde(default)]
    pub gated: bool,
    /// A cgroup the grader made for this run ahead of time (see
    /// `RunCgroup::reserve`); the helper makes its own otherwise.
    #[serde(default)]
    pub cgroup: Option<String>,
}

/// The caps on System V shared memory when a run's server needs it
/// (PostgreSQL asks for one segment of 56 bytes): seccomp refuses any
/// segment larger than a page, and where the run's IPC namespace lets its
/// limits be set (as root), 16 pages and 8 segments in all.  Elsewhere the
/// kernel's default count of segments (4096) bounds it at 16 MiB.
const SHM_MAX_BYTES: u64 = 4096;
const SHM_ALL_PAGES: u64 = 16;
const SHM_SEGMENTS: u64 = 8;

/// What the helper reports back.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct HelperStatus {
    pub layers: Vec<StatusLayer>,
    /// Set when strict mode refused to run.
    pub refused: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StatusLayer {
    pub name: String,
    pub active: bool,
    pub detail: String,
}

impl StatusLayer {
    pub fn to_layer(&self) -> Layer {
        Layer {
            name: layer_name(&self.name),
            active: self.active,
            detail: self.detail.clone(),
        }
    }
}

/// Layer names are a closed set; map back to `&'static str` for reports.
fn layer_name(name: &str) -> &'static str {
    LAYER_NAMES
        .iter()
        .copied()
        .find(|n| *n == name)
        .unwrap_or("unknown")
}

pub const LAYER_NAMES: &[&str] = &[
    "unprivileged-uid",
    "capabilities",
    "user-namespace",
    "pid-namespace",
    "network-namespace",
    "mount-namespace",
    "minimal-root",
    "ipc-namespace",
    "uts-namespace",
    "cgroup-namespace",
    "run-memory",
    "process-limit",
    "rlimits",
    "no-new-privs",
    "landlock",
    "seccomp",
    "subreaper",
];

/// Files (and folders) of `/proc` that show the whole host's activity,
/// blanked in a run's `/proc` (see `minimal_root`): the host's locks, and
/// the counters any process reads and moves (open files, inodes and
/// dentries, forks, memory, load, CPU and IRQ times, pressure).  Found by
/// attack: a hidden case spelled its code out in the host's open-file
/// count, read by a visible case of the other harness and printed in its
/// report.  The run's own processes stay visible under `/proc/<pid>`.
const HOST_COUNTERS: &[&str] = &[
    "locks",
    "stat",
    "meminfo",
    "loadavg",
    "uptime",
    "vmstat",
    "zoneinfo",
    "buddyinfo",
    "pagetypeinfo",
    "interrupts",
    "softirqs",
    "diskstats",
    "key-users",
    "pressure",
    "sys/fs/file-nr",
    "sys/fs/inode-nr",
    "sys/fs/inode-state",
    "sys/fs/dentry-state",
    "sys/fs/aio-nr",
    "sys/kernel/pty/nr",
];

/// Exit status when strict mode refuses or setup fails outright.
pub const REFUSED: i32 = 125;

/// The first host uid of the dedicated range a root run picks from (one per
/// helper pid, so concurrent runs never share a uid).
const SANDBOX_UID_BASE: u32 = 1_900_000_000;
/// pid_max is at most 2^22 on Linux.
const SANDBOX_UID_SPAN: u32 = 1 << 22;

struct Report {
    status: HelperStatus,
    file: Option<fs::File>,
}

impl Report {
    fn layer(&mut self, name: &str, result: Result<String, String>) {
        let (active, detail) = match result {
            Ok(d) => (true, d),
            Err(d) => (false, d),
        };
        self.status.layers.push(StatusLayer {
            name: name.into(),
            active,
            detail,
        });
    }

    /// Marks an already reported layer as failed after all.
    fn fail(&mut self, name: &str, why: String) {
        match self.status.layers.iter_mut().find(|l| l.name == name) {
            Some(l) => {
                l.active = false;
                l.detail = why;
            }
            None => self.layer(name, Err(why)),
        }
    }

    fn write(&mut self) {
        if let (Some(f), Ok(text)) = (self.file.as_mut(), serde_json::to_string(&self.status)) {
            let _ = f.write_all(text.as_bytes());
            let _ = f.flush();
        }
    }
}

/// Entry point of `grader __sandbox`.  Never returns.
pub fn helper_main(args: Vec<OsString>) -> ! {
    let code = match run(args) {
        Ok(code) => code,
        Err(why) => {
            eprintln!("grader-sandbox: {why}");
            REFUSED
        }
    };
    std::process::exit(code)
}

/// Who learner code will be, decided before anything is set up.
#[derive(Clone, Copy)]
struct Identity {
    /// The helper was started as host root.
    root: bool,
    /// The uid and gid learner code runs as (inside any user namespace).
    uid: u32,
    gid: u32,
}

/// Which namespaces the run got.
#[derive(Clone, Copy, Default)]
struct Namespaces {
    user: bool,
    pid: bool,
    net: bool,
    mount: bool,
}

fn run(args: Vec<OsString>) -> Result<i32, String> {
    // args: CONFIG_JSON -- PROGRAM ARGS...  ("probe" instead of PROGRAM: set
    // everything up, report, and exit 0 without exec'ing anything).
    let mut it = args.into_iter();
    let config = it.next().ok_or("missing configuration")?;
    let config: HelperConfig =
        serde_json::from_slice(config.as_bytes()).map_err(|e| format!("bad configuration: {e}"))?;
    if it.next().as_deref() != Some(std::ffi::OsStr::new("--")) {
        return Err("expected -- before the program".into());
    }
    let argv: Vec<OsString> = it.collect();
    if argv.is_empty() {
        return Err("no program to run".into());
    }
    let probe = argv[0] == "probe";

    // Die with the grader, whatever happens to it.
    let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);

    let mut report = Report {
        status: HelperStatus::default(),
        file: fs::File::create(&config.status).ok(),
    };
    let root = getuid().is_root();
    // As root, learner code's uid and gid: the same dedicated number.
    let dedicated = config
        .sandbox_uid
        .unwrap_or_else(|| SANDBOX_UID_BASE + std::process::id() % SANDBOX_UID_SPAN);
    let me = Identity {
        root,
        uid: if root { dedicated } else { getuid().as_raw() },
        gid: if root { dedicated } else { getgid().as_raw() },
    };
    if me.root {
        // Root's supplementary groups would follow the run otherwise.
        // SAFETY: setgroups with a null list of length 0.
        if unsafe { libc::setgroups(0, std::ptr::null()) } != 0 {
            return Err(format!(
                "dropping supplementary groups: {}",
                std::io::Error::last_os_error()
            ));
        }
    }
    let cgroup = if !me.root {
        Err("needs root, or a cgroup delegated to this user (not supported yet)".to_string())
    } else {
        match &config.cgroup {
            Some(name) => RunCgroup::adopt(name, config.run_memory_bytes, config.max_tasks)
                .or_else(|_| RunCgroup::create(config.run_memory_bytes, config.max_tasks)),
            None => RunCgroup::create(config.run_memory_bytes, config.max_tasks),
        }
    };
    report.layer(
        "subreaper",
        nix::sys::prctl::set_child_subreaper(true)
            .map(|()| "stragglers are adopted and killed when the run ends".to_string())
            .map_err(|e| format!("prctl: {e}")),
    );

    // Block the signals the parent forwards before forking, so none is lost.
    let mut forwarded = SigSet::empty();
    for s in [
        Signal::SIGUSR1,
        Signal::SIGUSR2,
        Signal::SIGTERM,
        Signal::SIGINT,
        Signal::SIGHUP,
        Signal::SIGCHLD,
    ] {
        forwarded.add(s);
    }
    let old_mask = forwarded
        .thread_swap_mask(nix::sys::signal::SigmaskHow::SIG_BLOCK)
        .map_err(|e| e.to_string())?;

    // The parent tells the child on this pipe when it has written the uid
    // map ('m', needed before anything else in a user namespace) and when
    // it has moved the child into the run's cgroup ('g', needed only before
    // learner code runs: the move waits for an RCU grace period, about
    // 10 ms, which the child's own set-up overlaps, and with `gated` the
    // program's start too: it reads the 'g' itself).
    let (go_read, go_write) = nix::unistd::pipe().map_err(|e| format!("pipe: {e}"))?;
    let (child, ns) = spawn_child(me, &mut report)?;
    match child {
        None => {
            drop(go_write);
            let _ = old_mask.thread_set_mask();
            if ns.user && !expect_byte(&go_read, b'm') {
                return Err("the sandbox's parent could not map the uid".into());
            }
            let code = match child_main(
                &config,
                me,
                ns,
                &argv,
                probe,
                &mut report,
                FromParent {
                    cgroup: &cgroup,
                    go: go_read,
                },
            ) {
                Ok(code) => code,
                Err(why) => {
                    eprintln!("grader-sandbox: {why}");
                    REFUSED
                }
            };
            std::process::exit(code)
        }
        Some(pid) => {
            drop(go_read);
            let mapped = if ns.user {
                write_id_maps(pid, me)
            } else {
                Ok(())
            };
            if ns.user {
                let _ = nix::unistd::write(&go_write, if mapped.is_ok() { b"m" } else { b"x" });
            }
            let setup = mapped.and_then(|()| match &cgroup {
                Ok(cg) => cg.add(pid.as_raw()),
                Err(_) => Ok(()),
            });
            let _ = nix::unistd::write(&go_write, if setup.is_ok() { b"g" } else { b"x" });
            drop(go_write);
            if let Err(why) = setup {
                eprintln!("grader-sandbox: {why}");
            }
            let status = supervise(pid, &forwarded, ns.pid);
            if let Ok(cg) = cgroup {
                cg.remove();
            }
            Ok(status)
        }
    }
}

/// Starts the child in fresh namespaces: `Ok((None, ns))` in the child,
/// `Ok((Some(pid), ns))` in the parent.
fn spawn_child(me: Identity, report: &mut Report) -> Result<(Option<Pid>, Namespaces), String> {
    let common = libc::CLONE_NEWPID
        | libc::CLONE_NEWNS
        | libc::CLONE_NEWNET
        | libc::CLONE_NEWIPC
        | libc::CLONE_NEWUTS
        | libc::CLONE_NEWCGROUP;
    // Root needs no user namespace: it sets the namespaces up with its own
    // privilege and then becomes the sandbox uid for good.  An ordinary
    // user needs one to be allowed the others.
    let attempts: &[(libc::c_int, bool)] = if me.root {
        &[(common, false)]
    } else {
        &[(common | libc::CLONE_NEWUSER, true)]
    };
    let mut refusal = String::new();
    for &(flags, user) in attempts {
        match clone(flags) {
            Ok(pid) => {
                let ns = Namespaces {
                    user,
                    pid: true,
                    net: true,
                    mount: true,
                };
                if pid.is_none() {
                    report_namespaces(report, ns, me, "");
                }
                return Ok((pid, ns));
            }
            Err(e) => refusal = e,
        }
    }
    // No namespaces at all: a plain fork, with what layers remain.
    let pid = clone(0)?;
    if pid.is_none() {
        report_namespaces(report, Namespaces::default(), me, &refusal);
    }
    Ok((pid, Namespaces::default()))
}

fn report_namespaces(report: &mut Report, ns: Namespaces, me: Identity, refusal: &str) {
    let why = if refusal.is_empty() {
        "unavailable".to_string()
    } else {
        format!("the kernel refused ({refusal})")
    };
    let on = |active: bool, what: &str| {
        if active {
            Ok(what.to_string())
        } else {
            Err(why.clone())
        }
    };
    if me.root {
        report.layer(
            "user-namespace",
            Ok(
                "not needed: started as root, learner code runs as a dedicated unprivileged uid"
                    .into(),
            ),
        );
    } else {
        report.layer(
            "user-namespace",
            on(
                ns.user,
                "one uid mapped (this user's), no privilege on the host",
            ),
        );
    }
    report.layer(
        "pid-namespace",
        on(
            ns.pid,
            "the run sees only its own processes; ending it kills all it started",
        ),
    );
    report.layer(
        "network-namespace",
        on(ns.net, "no network but a private loopback"),
    );
    report.layer("mount-namespace", on(ns.mount, "mounts are the run's own"));
    report.layer("ipc-namespace", on(ns.pid, "private System V IPC"));
    report.layer(
        "uts-namespace",
        on(ns.pid, "a private hostname; the host's cannot be changed"),
    );
    report.layer(
        "cgroup-namespace",
        on(
            ns.pid,
            "no cgroup tree is mounted; the run's own cgroup shows as a path below the grader's",
        ),
    );
}

/// What the child has from its parent: the run's cgroup (made before the
/// fork) and the pipe that says when the child has been moved into it.
struct FromParent<'a> {
    cgroup: &'a Result<RunCgroup, String>,
    go: std::os::fd::OwnedFd,
}

/// Reads one byte from the parent: whether it is `want`.
fn expect_byte(fd: &std::os::fd::OwnedFd, want: u8) -> bool {
    let mut byte = [0u8; 1];
    matches!(nix::unistd::read(fd, &mut byte), Ok(1)) && byte[0] == want
}

/// `clone(2)` without a new stack, so it forks like `fork()`, but can take
/// namespace flags all at once (the child is PID 1 of a new PID namespace
/// and, with CLONE_NEWUSER, owns the other new namespaces).
fn clone(flags: libc::c_int) -> Result<Option<Pid>, String> {
    // SAFETY: this process is single-threaded (the grader enters helper mode
    // right at start-up, before any runtime starts) and passes no stack, so
    // the child continues on a copy-on-write copy of this one, like fork().
    let ret = unsafe {
        libc::syscall(
            libc::SYS_clone,
            libc::c_long::from(flags | libc::SIGCHLD),
            0usize,
            0usize,
            0usize,
            0usize,
        )
    };
    match ret {
        0 => Ok(None),
        n if n > 0 => Ok(Some(Pid::from_raw(
            i32::try_from(n).map_err(|_| "clone returned an odd pid")?,
        ))),
        _ => Err(std::io::Error::last_os_error().to_string()),
    }
}

/// The parent writes the child's one-uid map: an ordinary user may map only
/// itself, and only from outside the namespace.
fn write_id_maps(pid: Pid, me: Identity) -> Result<(), String> {
    let proc = PathBuf::from(format!("/proc/{pid}"));
    fs::write(proc.join("setgroups"), "deny").map_err(|e| format!("setgroups: {e}"))?;
    let host_uid = getuid().as_raw();
    let host_gid = getgid().as_raw();
    fs::write(proc.join("uid_map"), format!("{} {host_uid} 1", me.uid))
        .map_err(|e| format!("uid map refused: {e}"))?;
    fs::write(proc.join("gid_map"), format!("{} {host_gid} 1", me.gid))
        .map_err(|e| format!("gid map refused: {e}"))?;
    Ok(())
}

/// The parent side: forward signals to the child, reap, and clean up.
/// With `own_pid_ns` the child is PID 1 of its namespace: the kernel ends
/// every process of the run before the child can be reaped, and an orphan
/// goes to the child, never here, so there are no stragglers to look for.
fn supervise(child: Pid, forwarded: &SigSet, own_pid_ns: bool) -> i32 {
    let mut status = REFUSED;
    loop {
        let Ok(sig) = forwarded.wait() else { continue };
        if sig != Signal::SIGCHLD {
            let _ = kill(child, sig);
            continue;
        }
        // Reap everything that has ended: the child and adopted orphans.
        loop {
            match waitpid(None, Some(WaitPidFlag::WNOHANG)) {
                Ok(WaitStatus::Exited(pid, code)) if pid == child => status = code,
                Ok(WaitStatus::Signaled(pid, sig, _)) if pid == child => status = 128 + sig as i32,
                Ok(WaitStatus::StillAlive) | Err(_) => break,
                Ok(_) => {}
            }
        }
        if kill(child, None).is_err() {
            if !own_pid_ns {
                kill_stragglers();
            }
            return status;
        }
    }
}

/// Kills whatever was reparented to this subreaper, then reaps it.
fn kill_stragglers() {
    let me = std::process::id();
    for _ in 0..50 {
        let mut found = false;
        for entry in fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
                continue;
            };
            let Ok(stat) = fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // ppid is the second field after the parenthesised command name.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse::<u32>().ok());
            if ppid == Some(me) {
                found = true;
                let _ = kill(Pid::from_raw(pid), Signal::SIGKILL);
            }
        }
        while let Ok(s) = waitpid(None, Some(WaitPidFlag::WNOHANG)) {
            if s == WaitStatus::StillAlive {
                break;
            }
        }
        if !found {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

fn child_main(
    config: &HelperConfig,
    me: Identity,
    ns: Namespaces,
    argv: &[OsString],
    probe: bool,
    report: &mut Report,
    parent: FromParent<'_>,
) -> Result<i32, String> {
    let FromParent { cgroup, go } = parent;
    // Die with the supervising parent.
    let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
    if ns.user {
        // Become the mapped uid now, keeping the namespace's capabilities
        // until they are dropped below, so files made while setting up are
        // owned by a uid the kernel can represent.
        set_ids(me)?;
    }
    report.layer(
        "run-memory",
        match cgroup {
            Ok(cg) => Ok(cg.describe()),
            // The documented fallback: an ordinary user gets no
            // cgroup, and the run's memory is bounded by its task cap.
            Err(_) if !me.root => Ok(format!(
                "no cgroup for an ordinary user: at most {} tasks, each under its case's memory limit",
                config.max_tasks
            )),
            Err(why) => Err(why.clone()),
        },
    );
    if ns.pid && nix::unistd::sethostname("grader").is_err() {
        report.fail("uts-namespace", "the hostname could not be set".into());
    }
    if ns.mount {
        match minimal_root(config, me, ns) {
            Ok(what) => report.layer("minimal-root", Ok(what)),
            Err(e) => {
                report.layer("minimal-root", Err(e));
                // The host's tree stays, but the run still gets its own
                // writable folder, /dev/shm and /proc.
                if let Err(e) = plain_mounts(config, me, ns) {
                    report.fail("mount-namespace", e);
                }
            }
        }
    } else {
        report.layer(
            "minimal-root",
            Err(
                "needs a mount namespace: the host's files are visible (Landlock still applies)"
                    .into(),
            ),
        );
    }
    if ns.net
        && let Err(e) = loopback_up()
    {
        report.fail(
            "network-namespace",
            format!("loopback could not be brought up: {e}"),
        );
    }
    report.layer("process-limit", limit_tasks(config, me, ns));
    report.layer("rlimits", set_rlimits(config));
    let caps = drop_privileges(me);
    // A change of uid clears the parent-death signal set above: set it
    // again, so that a grader killed outright (SIGKILL, no chance to kill
    // its runs) still takes the run down with its helper, even while a
    // case sleeps or a run's server waits for connections.
    let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
    let uid_check = Uid::effective().as_raw();
    report.layer(
        "unprivileged-uid",
        if uid_check == 0 {
            Err(format!("learner code would run as uid {uid_check}"))
        } else if me.root {
            Ok(format!(
                "started as root; learner code runs as uid {uid_check}, which owns nothing, with no groups"
            ))
        } else {
            Ok(format!(
                "learner code runs as this user (uid {uid_check}), never root"
            ))
        },
    );
    report.layer("capabilities", caps);
    report.layer(
        "no-new-privs",
        nix::sys::prctl::set_no_new_privs()
            .map(|()| "setuid programs gain nothing".to_string())
            .map_err(|e| e.to_string()),
    );
    report.layer("landlock", landlock(config, ns));
    report.layer("seccomp", seccomp(ns, config.sysv_shm));

    let missing: Vec<String> = report
        .status
        .layers
        .iter()
        .filter(|l| !l.active)
        .map(|l| format!("{} ({})", l.name, l.detail))
        .collect();
    // Learner code never runs as host root, whatever the mode.
    if uid_check == 0 {
        let why = "refusing to run learner code as root: the sandbox could not drop to an unprivileged uid".to_string();
        report.status.refused = Some(why.clone());
        report.write();
        return Err(why);
    }
    if config.strict && !missing.is_empty() {
        let why = format!(
            "--sandbox strict: layers unavailable: {}",
            missing.join("; ")
        );
        report.status.refused = Some(why.clone());
        report.write();
        return Err(why);
    }
    // Learner code runs only inside the run's cgroup.  The move waits for
    // an RCU grace period (5-20 ms): a gated program starts meanwhile and
    // reads the verdict of the move from the pipe itself.
    let mut env: Vec<CString> = std::env::vars_os()
        .filter_map(|(k, v)| {
            let mut kv = k.as_bytes().to_vec();
            kv.push(b'=');
            kv.extend_from_slice(v.as_bytes());
            CString::new(kv).ok()
        })
        .collect();
    if config.gated && cgroup.is_ok() && !probe {
        use std::os::fd::IntoRawFd as _;
        // Left open across exec (the pipe has no close-on-exec flag).
        let fd = go.into_raw_fd();
        env.push(
            CString::new(format!("{}={fd}", super::GATE_ENV))
                .map_err(|_| "the gate's name holds a NUL byte".to_string())?,
        );
    } else {
        let placed = expect_byte(&go, b'g');
        drop(go);
        if !placed {
            let why = "the sandbox's parent could not place the run in its cgroup".to_string();
            report.status.refused = Some(why.clone());
            report.write();
            return Err(why);
        }
    }
    report.write();
    if probe {
        return Ok(0);
    }
    let args: Vec<CString> = argv
        .iter()
        .map(|a| CString::new(a.as_bytes()).map_err(|_| "an argument holds a NUL byte".to_string()))
        .collect::<Result<_, _>>()?;
    // The environment was set by the runner and passes through unchanged
    // (with the gate's descriptor added).
    let err = nix::unistd::execve(&args[0], &args, &env).err();
    Err(format!(
        "cannot run {}: {}",
        argv[0].to_string_lossy(),
        err.map(|e| e.to_string()).unwrap_or_default()
    ))
}

fn set_ids(me: Identity) -> Result<(), String> {
    let (uid, gid) = (Uid::from_raw(me.uid), Gid::from_raw(me.gid));
    nix::unistd::setresgid(gid, gid, gid).map_err(|e| format!("setresgid({gid}): {e}"))?;
    nix::unistd::setresuid(uid, uid, uid).map_err(|e| format!("setresuid({uid}): {e}"))?;
    Ok(())
}

/// Empties every capability set and locks them empty, then (as root)
/// becomes the sandbox uid.  Reports what `/proc/self/status` then says.
fn drop_privileges(me: Identity) -> Result<String, String> {
    const PR_CAPBSET_DROP: libc::c_int = 24;
    const PR_SET_SECUREBITS: libc::c_int = 28;
    const PR_CAP_AMBIENT: libc::c_int = 47;
    const PR_CAP_AMBIENT_CLEAR_ALL: libc::c_ulong = 4;
    // NOROOT, NO_SETUID_FIXUP and NO_CAP_AMBIENT_RAISE, each locked: uid 0
    // would grant nothing, and nothing can turn that back.
    const SECUREBITS: libc::c_ulong = 0x01 | 0x02 | 0x04 | 0x08 | 0x20 | 0x40 | 0x80;
    for cap in 0..64 {
        // SAFETY: prctl with plain integer arguments.
        unsafe { libc::prctl(PR_CAPBSET_DROP, cap as libc::c_ulong, 0, 0, 0) };
    }
    // SAFETY: prctl with plain integer arguments.
    let secure = unsafe { libc::prctl(PR_SET_SECUREBITS, SECUREBITS, 0, 0, 0) };
    if me.root {
        set_ids(me)?;
    }
    // SAFETY: prctl with plain integer arguments.
    unsafe { libc::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) };
    capset_empty()?;
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let nonzero: Vec<&str> = ["CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"]
        .into_iter()
        .filter(|key| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
                .is_some_and(|v| v.trim().chars().any(|c| c != '0'))
        })
        .collect();
    if !nonzero.is_empty() {
        return Err(format!("still held: {}", nonzero.join(", ")));
    }
    Ok(format!(
        "none held: effective, permitted, inheritable, ambient and bounding sets empty{}",
        if secure == 0 {
            ", root-privilege rules locked off"
        } else {
            ""
        }
    ))
}

fn capset_empty() -> Result<(), String> {
    #[repr(C)]
    struct Header {
        version: u32,
        pid: i32,
    }
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct Data {
        effective: u32,
        permitted: u32,
        inheritable: u32,
    }
    const VERSION_3: u32 = 0x2008_0522;
    let header = Header {
        version: VERSION_3,
        pid: 0,
    };
    let data = [Data {
        effective: 0,
        permitted: 0,
        inheritable: 0,
    }; 2];
    // SAFETY: capset(2) with a version-3 header and the two data words it reads.
    let ret = unsafe { libc::syscall(libc::SYS_capset, &header as *const Header, data.as_ptr()) };
    if ret == 0 {
        Ok(())
    } else {
        Err(format!("capset: {}", std::io::Error::last_os_error()))
    }
}

/// Builds the run's root and pivots into it.  Paths keep their host names
/// (the interpreter at its prefix, the run's files where the runner put
/// them), so nothing else needs to know about the move.
fn minimal_root(config: &HelperConfig, me: Identity, ns: Namespaces) -> Result<String, String> {
    use nix::mount::{MsFlags, mount};
    let none: Option<&str> = None;
    mount(none, "/", none, MsFlags::MS_REC | MsFlags::MS_PRIVATE, none)
        .map_err(|e| format!("making mounts private: {e}"))?;
    // The new root is built where the run's working folder is, before that
    // folder gets its own tmpfs inside the new root.
    let new_root = config.work.as_path();
    mount(
        Some("tmpfs"),
        new_root,
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
        Some("size=1048576,mode=0755"),
    )
    .map_err(|e| format!("tmpfs for the new root: {e}"))?;
    let inside = |p: &Path| new_root.join(p.strip_prefix("/").unwrap_or(p));

    // Read-only binds: the interpreter, its libraries, the run's files.
    let mut binds: Vec<PathBuf> = config
        .read
        .iter()
        .chain(&config.read_only)
        .filter(|p| !p.starts_with("/dev") && !p.starts_with("/proc"))
        .cloned()
        .collect();
    binds.sort();
    binds.dedup();
    let mut bound: Vec<PathBuf> = Vec::new();
    for path in &binds {
        if bound.iter().any(|b| path.starts_with(b)) {
            continue; // already inside a bound tree
        }
        let meta = match fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(_) => continue,
        };
        if meta.file_type().is_symlink() {
            // /lib -> usr/lib on merged-/usr systems: the same link, and the
            // tree it names (added to `binds` by `read_paths`).
            let target = fs::read_link(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let at = inside(path);
            make_parents(&at)?;
            std::os::unix::fs::symlink(&target, &at)
                .map_err(|e| format!("link {}: {e}", at.display()))?;
            continue;
        }
        bind_read_only(path, &inside(path), meta.is_dir())?;
        bound.push(path.clone());
    }
    // The grader's own binary, where it lies under a bound tree: an empty
    // file or folder of the new root is bound over it.
    for path in &config.hide {
        let at = inside(path);
        if !bound.iter().any(|b| path.starts_with(b)) || !at.exists() {
            continue;
        }
        hide_under_blank(new_root, &at, path)?;
    }

    // A small /etc of our own: enough for localhost and a user name.
    let etc = inside(Path::new("/etc"));
    fs::create_dir_all(&etc).map_err(|e| format!("/etc: {e}"))?;
    let files = [
        ("hostname", "grader\n".to_string()),
        (
            "hosts",
            "127.0.0.1 localhost grader\n::1 localhost ip6-localhost ip6-loopback\n".to_string(),
        ),
        (
            "passwd",
            format!(
                "root:x:0:0:root:/nonexistent:/usr/sbin/nologin\nlearner:x:{}:{}:learner:/nonexistent:/usr/sbin/nologin\n",
                me.uid, me.gid
            ),
        ),
        ("group", format!("root:x:0:\nlearner:x:{}:\n", me.gid)),
        (
            "nsswitch.conf",
            "passwd: files\ngroup: files\nhosts: files\n".to_string(),
        ),
    ];
    for (name, text) in files {
        fs::write(etc.join(name), text).map_err(|e| format!("/etc/{name}: {e}"))?;
    }
    for host_file in ["/etc/ld.so.cache", "/etc/localtime"] {
        let p = Path::new(host_file);
        if p.exists() {
            bind_read_only(p, &inside(p), false)?;
        }
    }

    // A minimal /dev: a few device nodes, a private /dev/shm.  Root makes
    // nodes of the run's own, on a tmpfs of their own: a host node bound in
    // is one inode shared by every run, and a lock on it is a channel
    // between two runs (an ordinary user, who may not make nodes, binds the
    // host's).
    let dev = inside(Path::new("/dev"));
    fs::create_dir_all(&dev).map_err(|e| format!("/dev: {e}"))?;
    let own_nodes = me.root && !ns.user;
    if own_nodes {
        mount(
            Some("tmpfs"),
            &dev,
            Some("tmpfs"),
            MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC,
            Some("size=65536,mode=0755"),
        )
        .map_err(|e| format!("tmpfs on /dev: {e}"))?;
    }
    for node in ["null", "zero", "full", "random", "urandom"] {
        let host = Path::new("/dev").join(node);
        if own_nodes {
            own_device_node(&host, &dev.join(node))?;
        } else if host.exists() {
            let at = dev.join(node);
            fs::write(&at, b"").map_err(|e| format!("{}: {e}", at.display()))?;
            mount(Some(&host), &at, none, MsFlags::MS_BIND, none)
                .map_err(|e| format!("binding {}: {e}", host.display()))?;
            // Still readable and writable as a device, but its inode is the
            // host's: read-only, so utime(NULL) (allowed to anyone who may
            // write the node) cannot touch the host's timestamps.
            remount_device_read_only(&at)?;
        }
    }
    for (link, target) in [
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
    ] {
        let _ = std::os::unix::fs::symlink(target, dev.join(link));
    }
    let shm = dev.join("shm");
    fs::create_dir_all(&shm).map_err(|e| format!("/dev/shm: {e}"))?;
    if own_nodes {
        // Nothing of /dev changes after this, not even a node's timestamps.
        mount(
            none,
            &dev,
            none,
            MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY | MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC,
            none,
        )
        .map_err(|e| format!("read-only /dev: {e}"))?;
    }
    // multiprocessing's semaphores live in /dev/shm.
    mount(
        Some("tmpfs"),
        &shm,
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
        Some(format!("size=67108864,mode=1777,uid={},gid={}", me.uid, me.gid).as_str()),
    )
    .map_err(|e| format!("tmpfs on /dev/shm: {e}"))?;
    let tmp = inside(Path::new("/tmp"));
    fs::create_dir_all(&tmp).map_err(|e| format!("/tmp: {e}"))?;

    // The run's working folder: the only writable place.
    let work = inside(&config.work);
    fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let size = format!(
        "size={},mode=0700,uid={},gid={}",
        config.disk_bytes, me.uid, me.gid
    );
    mount(
        Some("tmpfs"),
        &work,
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
        Some(size.as_str()),
    )
    .map_err(|e| format!("tmpfs on the working folder: {e}"))?;
    plant_seeds(config, me, &inside);

    // A /proc that shows only this run's processes; kernel knobs read-only.
    let proc = inside(Path::new("/proc"));
    fs::create_dir_all(&proc).map_err(|e| format!("/proc: {e}"))?;
    if ns.pid {
        mount(
            Some("proc"),
            &proc,
            Some("proc"),
            MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
            none,
        )
        .map_err(|e| format!("private /proc: {e}"))?;
        // Per-namespace knobs, while they may still be written.
        if ns.user {
            namespace_quotas_at(&proc);
        }
        // pid_max is per PID namespace only on recent kernels (6.14+); as
        // root an older kernel would apply it to the whole host, so only a
        // user namespace (which cannot touch the host's) tries it.
        if ns.user {
            let _ = fs::write(proc.join("sys/kernel/pid_max"), "400");
        }
        if config.sysv_shm {
            cap_sysv_shm(&proc);
        }
        for knob in ["sys", "sysrq-trigger", "irq", "bus", "fs", "acpi", "scsi"] {
            let p = proc.join(knob);
            if p.exists() {
                // Bound onto itself, then made read-only.
                mount(Some(&p), &p, none, MsFlags::MS_BIND | MsFlags::MS_REC, none)
                    .map_err(|e| format!("/proc/{knob}: {e}"))?;
                remount_read_only(&p)?;
            }
        }
        // What the whole host is doing, whatever the namespace: empty
        // instead (see HOST_COUNTERS).
        for counter in HOST_COUNTERS {
            let at = proc.join(counter);
            if at.exists() {
                hide_under_blank(new_root, &at, &Path::new("/proc").join(counter))?;
            }
        }
    }

    // Into the new root; the old one is detached and gone.
    let old = new_root.join(".old-root");
    fs::create_dir(&old).map_err(|e| format!("{}: {e}", old.display()))?;
    nix::unistd::pivot_root(new_root, &old).map_err(|e| format!("pivot_root: {e}"))?;
    nix::unistd::chdir("/").map_err(|e| format!("chdir /: {e}"))?;
    nix::mount::umount2("/.old-root", nix::mount::MntFlags::MNT_DETACH)
        .map_err(|e| format!("detaching the old root: {e}"))?;
    let _ = fs::remove_dir("/.old-root");
    remount_read_only(Path::new("/"))?;
    nix::unistd::chdir(&config.work).map_err(|e| format!("chdir to the run's folder: {e}"))?;
    Ok(format!(
        "a new read-only root holds only the interpreter, {} system trees, the run's files and a private /proc; the host's other files, the grader and its packs are not there",
        bound.len().saturating_sub(config.read_only.len())
    ))
}

/// The fallback when no new root can be built: private mounts over the
/// host's tree.
fn plain_mounts(config: &HelperConfig, me: Identity, ns: Namespaces) -> Result<(), String> {
    use nix::mount::{MsFlags, mount};
    let flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
    let work = format!(
        "size={},mode=0700,uid={},gid={}",
        config.disk_bytes, me.uid, me.gid
    );
    mount(
        Some("tmpfs"),
        &config.work,
        Some("tmpfs"),
        flags,
        Some(work.as_str()),
    )
    .map_err(|e| format!("tmpfs on the working folder: {e}"))?;
    plant_seeds(config, me, &|p: &Path| p.to_path_buf());
    let shm = format!("size=67108864,mode=1777,uid={},gid={}", me.uid, me.gid);
    mount(
        Some("tmpfs"),
        "/dev/shm",
        Some("tmpfs"),
        flags,
        Some(shm.as_str()),
    )
    .map_err(|e| format!("tmpfs on /dev/shm: {e}"))?;
    if ns.pid {
        let none: Option<&str> = None;
        mount(
            Some("proc"),
            "/proc",
            Some("proc"),
            flags | MsFlags::MS_NOEXEC,
            none,
        )
        .map_err(|e| format!("private /proc: {e}"))?;
    }
    nix::unistd::chdir(&config.work).map_err(|e| format!("chdir to the run's folder: {e}"))
}

fn make_parents(path: &Path) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    Ok(())
}

fn bind_read_only(source: &Path, at: &Path, dir: bool) -> Result<(), String> {
    use nix::mount::{MsFlags, mount};
    make_parents(at)?;
    if dir {
        fs::create_dir_all(at).map_err(|e| format!("{}: {e}", at.display()))?;
    } else if !at.exists() {
        fs::write(at, b"").map_err(|e| format!("{}: {e}", at.display()))?;
    }
    let none: Option<&str> = None;
    mount(
        Some(source),
        at,
        none,
        MsFlags::MS_BIND | MsFlags::MS_REC,
        none,
    )
    .map_err(|e| format!("binding {}: {e}", source.display()))?;
    remount_read_only(at)
}

/// Remounts a bind mount read-only, keeping the flags the kernel locks on
/// mounts inherited by a user namespace (nosuid, nodev, noexec, atime).
fn remount_read_only(at: &Path) -> Result<(), String> {
    remount_read_only_with(at, true)
}

/// Binds an empty folder or file of the new root over `at` (`what`, as the
/// run names it), so the run sees nothing there.
fn hide_under_blank(new_root: &Path, at: &Path, what: &Path) -> Result<(), String> {
    use nix::mount::{MsFlags, mount};
    let blank = new_root.join(if at.is_dir() {
        ".empty-dir"
    } else {
        ".empty-file"
    });
    if at.is_dir() {
        fs::create_dir_all(&blank).map_err(|e| format!("{}: {e}", blank.display()))?;
    } else if !blank.exists() {
        fs::write(&blank, b"").map_err(|e| format!("{}: {e}", blank.display()))?;
    }
    mount(
        Some(&blank),
        at,
        None::<&str>,
        MsFlags::MS_BIND,
        None::<&str>,
    )
    .map_err(|e| format!("hiding {}: {e}", what.display()))
}

/// A character device node like `host` (same numbers, readable and
/// writable by anyone) at `at`; nothing when the host has none.
fn own_device_node(host: &Path, at: &Path) -> Result<(), String> {
    use nix::sys::stat::{Mode, SFlag, mknod};
    use std::os::unix::fs::{FileTypeExt as _, MetadataExt as _, PermissionsExt as _};
    let Ok(meta) = fs::metadata(host) else {
        return Ok(());
    };
    if !meta.file_type().is_char_device() {
        return Ok(());
    }
    mknod(
        at,
        SFlag::S_IFCHR,
        Mode::from_bits_truncate(0o666),
        meta.rdev(),
    )
    .map_err(|e| format!("mknod {}: {e}", at.display()))?;
    // mknod's mode went through the umask.
    fs::set_permissions(at, fs::Permissions::from_mode(0o666))
        .map_err(|e| format!("{}: {e}", at.display()))
}

/// `remount_read_only` for a bound device node, which must stay usable:
/// `nodev` only where the kernel already locked it.
fn remount_device_read_only(at: &Path) -> Result<(), String> {
    remount_read_only_with(at, false)
}

fn remount_read_only_with(at: &Path, nodev: bool) -> Result<(), String> {
    use nix::mount::{MsFlags, mount};
    use nix::sys::statvfs::{FsFlags, statvfs};
    let mut flags = MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY;
    flags |= MsFlags::MS_NOSUID;
    if nodev {
        flags |= MsFlags::MS_NODEV;
    }
    if let Ok(st) = statvfs(at) {
        let f = st.flags();
        for (has, add) in [
            (FsFlags::ST_NODEV, MsFlags::MS_NODEV),
            (FsFlags::ST_NOEXEC, MsFlags::MS_NOEXEC),
            (FsFlags::ST_NOATIME, MsFlags::MS_NOATIME),
            (FsFlags::ST_NODIRATIME, MsFlags::MS_NODIRATIME),
            (FsFlags::ST_RELATIME, MsFlags::MS_RELATIME),
        ] {
            if f.contains(has) {
                flags |= add;
            }
        }
    }
    let none: Option<&str> = None;
    mount(none, at, none, flags, none)
        .map_err(|e| format!("making {} read-only: {e}", at.display()))
}

/// Per-user-namespace quotas, lowered so the run cannot use up those of the
/// host user it is counted against (inotify instances, nested namespaces).
fn namespace_quotas_at(proc: &Path) {
    for (knob, value) in [
        ("max_inotify_instances", "16"),
        ("max_inotify_watches", "8192"),
        ("max_fanotify_groups", "0"),
        ("max_fanotify_marks", "0"),
        ("max_user_namespaces", "0"),
        ("max_mnt_namespaces", "0"),
        ("max_net_namespaces", "0"),
        ("max_pid_namespaces", "0"),
        ("max_ipc_namespaces", "0"),
        ("max_uts_namespaces", "0"),
        ("max_cgroup_namespaces", "0"),
        ("max_time_namespaces", "0"),
    ] {
        let _ = fs::write(proc.join("sys/user").join(knob), value);
    }
}

fn loopback_up() -> Result<(), String> {
    // SAFETY: plain socket + ioctl calls on a zeroed, correctly sized ifreq.
    unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0);
        if fd < 0 {
            return Err(std::io::Error::last_os_error().to_string());
        }
        let mut req: libc::ifreq = std::mem::zeroed();
        for (i, b) in b"lo\0".iter().enumerate() {
            req.ifr_name[i] = *b as libc::c_char;
        }
        let mut result = Ok(());
        if libc::ioctl(fd, libc::SIOCGIFFLAGS, &mut req) < 0 {
            result = Err(std::io::Error::last_os_error().to_string());
        } else {
            req.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short;
            if libc::ioctl(fd, libc::SIOCSIFFLAGS, &req) < 0 {
                result = Err(std::io::Error::last_os_error().to_string());
            }
        }
        libc::close(fd);
        result
    }
}

fn limit_tasks(config: &HelperConfig, me: Identity, ns: Namespaces) -> Result<String, String> {
    use nix::sys::resource::{Resource, setrlimit};
    // RLIMIT_NPROC counts the tasks of the run's uid: a dedicated uid (root)
    // or a user namespace's own count make that the run's tasks only.
    let nproc = (me.root || ns.user)
        && setrlimit(Resource::RLIMIT_NPROC, config.max_tasks, config.max_tasks).is_ok();
    if nproc {
        Ok(format!("at most {} tasks (RLIMIT_NPROC)", config.max_tasks))
    } else {
        Err("no way to cap this run's processes on its own".into())
    }
}

fn set_rlimits(config: &HelperConfig) -> Result<String, String> {
    use nix::sys::resource::{Resource, setrlimit};
    setrlimit(Resource::RLIMIT_CORE, 0, 0).map_err(|e| format!("core: {e}"))?;
    setrlimit(Resource::RLIMIT_NOFILE, config.max_files, config.max_files)
        .map_err(|e| format!("nofile: {e}"))?;
    // Per case, the harness also caps address space, CPU time and file size.
    Ok(format!(
        "no core dumps, {} open files; per case: memory, CPU time, file size",
        config.max_files
    ))
}

/// The kernel's Landlock ABI version, 0 when absent.
pub fn landlock_abi() -> i64 {
    const LANDLOCK_CREATE_RULESET_VERSION: libc::c_uint = 1;
    // SAFETY: the documented version query: null attr, size 0, flag VERSION.
    let v = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<libc::c_void>(),
            0usize,
            LANDLOCK_CREATE_RULESET_VERSION,
        )
    };
    v.max(0)
}

fn landlock(config: &HelperConfig, ns: Namespaces) -> Result<String, String> {
    let abi = ABI::V6;
    let version = landlock_abi();
    if version <= 0 {
        return Err(
            "the kernel has no Landlock (Linux 5.13+ with landlock in the LSM list)".into(),
        );
    }
    let err = |e: landlock::RulesetError| e.to_string();
    let mut ruleset = Ruleset::default()
        .set_compatibility(CompatLevel::BestEffort)
        .handle_access(AccessFs::from_all(abi))
        .map_err(err)?;
    // Without a network namespace, TCP is refused outright.
    if !ns.net {
        ruleset = ruleset
            .handle_access(AccessNet::BindTcp | AccessNet::ConnectTcp)
            .map_err(err)?;
    }
    let ruleset = ruleset
        .scope(Scope::Signal | Scope::AbstractUnixSocket)
        .map_err(err)?;
    let mut created = ruleset.create().map_err(err)?;
    let read = AccessFs::from_read(abi);
    let mut readable: Vec<PathBuf> = config.read.clone();
    for p in [
        "/etc",
        "/dev/zero",
        "/dev/full",
        "/dev/random",
        "/dev/urandom",
    ] {
        readable.push(PathBuf::from(p));
    }
    readable.retain(|p| p.exists());
    created = created
        .add_rules(path_beneath_rules(&readable, read))
        .map_err(err)?;
    let files_only = AccessFs::ReadFile | AccessFs::ReadDir;
    created = created
        .add_rules(path_beneath_rules(&config.read_only, files_only))
        .map_err(err)?;
    if ns.pid && ns.mount {
        // The run's own processes, for reading only: the harness sweeps
        // leftovers through it.  Other processes' memory and descriptors
        // stay closed: the harness is not dumpable.
        created = created
            .add_rules(path_beneath_rules(["/proc"], files_only))
            .map_err(err)?;
    }
    let writable: Vec<&Path> = vec![&config.work, Path::new("/dev/shm"), Path::new("/dev/null")];
    created = created
        .add_rules(path_beneath_rules(writable, AccessFs::from_all(abi)))
        .map_err(err)?;
    let status = created.restrict_self().map_err(err)?;
    let what = if ns.net {
        "files; signals and abstract sockets stay inside"
    } else {
        "files and TCP; signals and abstract sockets stay inside"
    };
    match status.ruleset {
        RulesetStatus::FullyEnforced => Ok(format!("ABI {version}: {what}")),
        RulesetStatus::PartiallyEnforced => {
            Ok(format!("ABI {version} (partial: older kernel): {what}"))
        }
        RulesetStatus::NotEnforced => Err("not enforced by this kernel".into()),
    }
}

fn seccomp(ns: Namespaces, sysv_shm: bool) -> Result<String, String> {
    let arch = if cfg!(target_arch = "x86_64") {
        TargetArch::x86_64
    } else if cfg!(target_arch = "aarch64") {
        TargetArch::aarch64
    } else {
        return Err("unsupported architecture".into());
    };
    let e = |e: seccompiler::BackendError| e.to_string();
    let mut rules: BTreeMap<i64, Vec<SeccompRule>> = BTreeMap::new();
    // Kernel interfaces no exercise needs, several of them known ways out.
    for nr in [
        libc::SYS_ptrace,
        libc::SYS_process_vm_readv,
        libc::SYS_process_vm_writev,
        libc::SYS_bpf,
        libc::SYS_perf_event_open,
        libc::SYS_userfaultfd,
        libc::SYS_keyctl,
        libc::SYS_add_key,
        libc::SYS_request_key,
        libc::SYS_io_uring_setup,
        libc::SYS_io_uring_enter,
        libc::SYS_io_uring_register,
        libc::SYS_mount,
        libc::SYS_umount2,
        libc::SYS_pivot_root,
        libc::SYS_chroot,
        libc::SYS_unshare,
        libc::SYS_setns,
        libc::SYS_kexec_load,
        libc::SYS_kexec_file_load,
        libc::SYS_init_module,
        libc::SYS_finit_module,
        libc::SYS_delete_module,
        libc::SYS_reboot,
        libc::SYS_swapon,
        libc::SYS_swapoff,
        libc::SYS_acct,
        libc::SYS_syslog,
        libc::SYS_open_by_handle_at,
        libc::SYS_name_to_handle_at,
        libc::SYS_sethostname,
        libc::SYS_setdomainname,
        libc::SYS_fanotify_init,
        libc::SYS_move_mount,
        libc::SYS_open_tree,
        libc::SYS_fsopen,
        libc::SYS_fsmount,
        libc::SYS_fsconfig,
        libc::SYS_fspick,
        libc::SYS_mount_setattr,
        libc::SYS_pidfd_getfd,
        // Memory no address-space limit counts: anonymous files' pages,
        // System V shared memory and message queues outlive every mapping
        // (the harness captures output into files of the run's tmpfs).
        libc::SYS_memfd_create,
        libc::SYS_shmget,
        libc::SYS_msgget,
        // Covert channels between runs that share host files read-only (two
        // lanes of one check, two students of a class): a lock held, or a
        // file opened, in one run is seen from another.
        libc::SYS_flock,
        // Linux AIO: io_setup raises the host-wide /proc/sys/fs/aio-nr by
        // the number it is given (Python never uses it).
        libc::SYS_io_setup,
        libc::SYS_io_destroy,
        libc::SYS_io_submit,
        libc::SYS_io_getevents,
        libc::SYS_io_cancel,
        // (io_pgetevents needs a context io_setup could not make.)
        libc::SYS_inotify_init1,
        libc::SYS_inotify_add_watch,
        #[cfg(target_arch = "x86_64")]
        libc::SYS_inotify_init,
    ] {
        if nr == libc::SYS_shmget && sysv_shm {
            // Segments of one page at most (size is the second argument).
            let rule = SeccompRule::new(vec![
                SeccompCondition::new(1, SeccompCmpArgLen::Qword, SeccompCmpOp::Gt, SHM_MAX_BYTES)
                    .map_err(e)?,
            ])
            .map_err(e)?;
            rules.insert(nr, vec![rule]);
            continue;
        }
        rules.insert(nr, vec![]);
    }
    // clone() may not make namespaces either.
    let ns_flags = [
        libc::CLONE_NEWUSER,
        libc::CLONE_NEWNS,
        libc::CLONE_NEWPID,
        libc::CLONE_NEWNET,
        libc::CLONE_NEWUTS,
        libc::CLONE_NEWIPC,
        libc::CLONE_NEWCGROUP,
    ];
    let clone_rules: Result<Vec<SeccompRule>, _> = ns_flags
        .iter()
        .map(|&f| {
            let f = f as u64;
            SeccompRule::new(vec![
                SeccompCondition::new(0, SeccompCmpArgLen::Qword, SeccompCmpOp::MaskedEq(f), f)
                    .map_err(e)?,
            ])
            .map_err(e)
        })
        .collect();
    rules.insert(libc::SYS_clone, clone_rules?);
    // fcntl's ways to see another process's lock or access: testing for a
    // lock (works through a read-only descriptor, so on shared files),
    // open-file-description locks (listed with their ranges in /proc/locks
    // whatever the PID namespace), directory notifications and leases.
    // Taking a process-owned lock stays allowed (SQLite needs it): on shared
    // files only a read lock can be taken, read locks never conflict, and
    // /proc/locks hides those of other PID namespaces.
    let fcntl_rules: Result<Vec<SeccompRule>, _> = [
        libc::F_GETLK,
        libc::F_OFD_GETLK,
        libc::F_OFD_SETLK,
        libc::F_OFD_SETLKW,
        libc::F_NOTIFY,
        libc::F_SETLEASE,
    ]
    .iter()
    .map(|&cmd| {
        SeccompRule::new(vec![
            SeccompCondition::new(1, SeccompCmpArgLen::Dword, SeccompCmpOp::Eq, cmd as u64)
                .map_err(e)?,
        ])
        .map_err(e)
    })
    .collect();
    rules.insert(libc::SYS_fcntl, fcntl_rules?);
    if !ns.net {
        // Without a network namespace: only UNIX sockets (Landlock has no UDP control).
        let rule = SeccompRule::new(vec![
            SeccompCondition::new(
                0,
                SeccompCmpArgLen::Dword,
                SeccompCmpOp::Ne,
                libc::AF_UNIX as u64,
            )
            .map_err(e)?,
        ])
        .map_err(e)?;
        rules.insert(libc::SYS_socket, vec![rule]);
    }
    let filter = SeccompFilter::new(
        rules,
        SeccompAction::Allow,
        SeccompAction::Errno(libc::EPERM as u32),
        arch,
    )
    .map_err(e)?;
    let program: seccompiler::BpfProgram = filter.try_into().map_err(e)?;
    // clone3 cannot be filtered by flags: ENOSYS makes libc fall back to clone.
    let mut c3 = BTreeMap::new();
    c3.insert(libc::SYS_clone3, vec![]);
    let filter3 = SeccompFilter::new(
        c3,
        SeccompAction::Allow,
        SeccompAction::Errno(libc::ENOSYS as u32),
        arch,
    )
    .map_err(e)?;
    let program3: seccompiler::BpfProgram = filter3.try_into().map_err(e)?;
    seccompiler::apply_filter(&program).map_err(|e| e.to_string())?;
    seccompiler::apply_filter(&program3).map_err(|e| e.to_string())?;
    Ok(if sysv_shm {
        format!(
            "ptrace, bpf, mount, namespaces, kernel modules, io_uring, AIO, flock, lock tests, OFD locks and file notifications (channels between runs) and other escape hatches refused; System V shared memory allowed for the run's server, in segments of {SHM_MAX_BYTES} bytes at most{}",
            if shm_capped() {
                format!(", {SHM_ALL_PAGES} pages in all")
            } else {
                String::new()
            }
        )
    } else {
        "ptrace, bpf, mount, namespaces, kernel modules, io_uring, AIO, flock, lock tests, OFD locks and file notifications (channels between runs) and other escape hatches refused"
            .into()
    })
}

/// Caps System V shared memory in the run's (private) IPC namespace.
fn cap_sysv_shm(proc: &Path) {
    for (knob, value) in [
        ("shmmax", SHM_MAX_BYTES),
        ("shmall", SHM_ALL_PAGES),
        ("shmmni", SHM_SEGMENTS),
    ] {
        let _ = fs::write(proc.join("sys/kernel").join(knob), value.to_string());
    }
}

/// Whether the cap reads back as set (else shmget stays refused).
fn shm_capped() -> bool {
    let read = |knob: &str| {
        fs::read_to_string(Path::new("/proc/sys/kernel").join(knob))
            .ok()
            .and_then(|t| t.trim().parse::<u64>().ok())
    };
    read("shmall") == Some(SHM_ALL_PAGES) && read("shmmax") == Some(SHM_MAX_BYTES)
}

/// Copies the seeds into the run's folder (`inside` maps a run path to
/// where it is before the pivot), giving everything made to the run's uid.
fn plant_seeds(config: &HelperConfig, me: Identity, inside: &dyn Fn(&Path) -> PathBuf) {
    for (from, to) in &config.seed {
        if !to.starts_with(&config.work) {
            eprintln!(
                "grader-sandbox: {} is outside the run's folder",
                to.display()
            );
            continue;
        }
        // Each folder between the run's folder and the seed, the run's own.
        let mut at = config.work.clone();
        if let Ok(rest) = to.strip_prefix(&config.work) {
            for part in rest.parent().into_iter().flat_map(Path::components) {
                at.push(part);
                let dir = inside(&at);
                if fs::create_dir(&dir).is_ok() && me.root {
                    let _ = std::os::unix::fs::chown(&dir, Some(me.uid), Some(me.gid));
                }
            }
        }
        if let Err(e) = copy_in(from, &inside(to), me) {
            eprintln!("grader-sandbox: copying {}: {e}", from.display());
        }
    }
}

fn copy_in(from: &Path, to: &Path, me: Identity) -> std::io::Result<()> {
    let meta = fs::symlink_metadata(from)?;
    if meta.is_dir() {
        fs::create_dir(to)?;
        for e in fs::read_dir(from)? {
            let e = e?;
            copy_in(&e.path(), &to.join(e.file_name()), me)?;
        }
        fs::set_permissions(to, meta.permissions())?;
    } else if meta.is_file() {
        fs::copy(from, to)?;
    } else {
        return Ok(()); // links, sockets, fifos, devices: never copied
    }
    if me.root {
        std::os::unix::fs::lchown(to, Some(me.uid), Some(me.gid))?;
    }
    Ok(())
}

/// `sys.prefix`-style paths of the interpreter plus the system library
/// folders every dynamically linked program needs.  A top-level link such
/// as `/lib -> usr/lib` brings the tree it names along.
pub fn read_paths(interpreter_paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = interpreter_paths.to_vec();
    for p in [
        "/lib",
        "/lib64",
        "/lib32",
        "/usr/lib",
        "/usr/lib64",
        "/usr/lib32",
        "/usr/libexec",
        "/usr/share/zoneinfo",
    ] {
        let p = PathBuf::from(p);
        if p.exists() {
            if let Ok(real) = p.canonicalize()
                && real != p
            {
                out.push(real);
            }
            out.push(p);
        }
    }
    out.sort();
    out.dedup();
    out
}
