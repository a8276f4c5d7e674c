//! The Linux sandbox helper: `grader __sandbox CONFIG -- PROGRAM ARGS…`.
//!
//! The runner starts the grader binary itself in this mode, single-threaded,
//! so that every layer can be set up with ordinary (allocating) code before
//! Python is exec'd:
//!
//! 1. new user, PID, network, mount and IPC namespaces (no root needed);
//! 2. a fork: the child becomes PID 1 of the new PID namespace, so when it
//!    exits the kernel kills everything the run started, setsid daemons too;
//!    the parent stays as a subreaper that forwards the grader's signals and
//!    kills any straggler;
//! 3. in the child: private /proc and /dev/shm, a size-limited tmpfs as the
//!    working folder, loopback up, a cap on processes, rlimits,
//!    no_new_privs, Landlock (files, TCP, signals, abstract sockets) and a
//!    seccomp deny-list; then exec.
//!
//! Each layer is best effort; what was applied is written to a status file
//! the runner reads.  With `strict`, a missing layer stops the run before
//! any learner code starts.

#![allow(unsafe_code)] // raw syscalls and fork; each block says why it is sound.

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
use nix::sched::{CloneFlags, unshare};
use nix::sys::signal::{SigSet, Signal, kill};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::{ForkResult, Pid, fork, getgid, getuid};
use seccompiler::{
    SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter, SeccompRule,
    TargetArch,
};
use serde::{Deserialize, Serialize};

use super::Layer;

/// What the runner asks of the helper.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HelperConfig {
    /// Refuse to run when any layer is missing.
    pub strict: bool,
    /// Readable (and executable) trees: the interpreter, system libraries.
    pub read: Vec<PathBuf>,
    /// Readable single files or trees that must not be executable-only.
    pub read_only: Vec<PathBuf>,
    /// The run's working folder: writable, mounted as a private tmpfs.
    pub work: PathBuf,
    /// Bytes the working tmpfs may hold.
    pub disk_bytes: u64,
    /// Where to write what was applied.
    pub status: PathBuf,
    /// Processes (and threads) the run may have at once.
    pub max_tasks: u64,
    /// Open files per process.
    pub max_files: u64,
}

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
    "user-namespace",
    "pid-namespace",
    "network-namespace",
    "mount-namespace",
    "ipc-namespace",
    "process-limit",
    "rlimits",
    "no-new-privs",
    "landlock",
    "seccomp",
    "subreaper",
];

/// Exit status when strict mode refuses or setup fails outright.
pub const REFUSED: i32 = 125;

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
    let ns = enter_namespaces(&mut report);
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

    // SAFETY: this process is single-threaded (the grader enters this mode
    // right at start-up, before any runtime starts), so fork is sound.
    match unsafe { fork() }.map_err(|e| format!("fork: {e}"))? {
        ForkResult::Child => {
            let _ = old_mask.thread_set_mask();
            let code = match child(&config, &ns, &argv, probe, &mut report) {
                Ok(code) => code,
                Err(why) => {
                    eprintln!("grader-sandbox: {why}");
                    REFUSED
                }
            };
            std::process::exit(code)
        }
        ForkResult::Parent { child } => Ok(supervise(child, &forwarded)),
    }
}

/// Which namespaces were entered.
struct Namespaces {
    user: bool,
    pid: bool,
    net: bool,
    mount: bool,
}

fn enter_namespaces(report: &mut Report) -> Namespaces {
    let (uid, gid) = (getuid(), getgid());
    let mut ns = Namespaces {
        user: false,
        pid: false,
        net: false,
        mount: false,
    };
    // A user namespace first: it is what lets an ordinary user create the
    // others, and for root it makes RLIMIT_NPROC count per run.
    match unshare(CloneFlags::CLONE_NEWUSER) {
        Ok(()) => {
            let maps = fs::write("/proc/self/setgroups", "deny")
                .and_then(|()| fs::write("/proc/self/uid_map", format!("{uid} {uid} 1")))
                .and_then(|()| fs::write("/proc/self/gid_map", format!("{gid} {gid} 1")));
            match maps {
                Ok(()) => {
                    ns.user = true;
                    report.layer(
                        "user-namespace",
                        Ok(format!("runs as uid {uid} with no privilege on the host")),
                    );
                }
                Err(e) => report.layer("user-namespace", Err(format!("uid map refused: {e}"))),
            }
        }
        Err(e) => report.layer(
            "user-namespace",
            Err(format!(
                "unshare refused ({e}): unprivileged user namespaces are disabled here"
            )),
        ),
    }
    let mut one = |flag: CloneFlags, name: &str, what: &str| -> bool {
        match unshare(flag) {
            Ok(()) => {
                report.layer(name, Ok(what.to_string()));
                true
            }
            Err(e) => {
                report.layer(name, Err(format!("unshare refused: {e}")));
                false
            }
        }
    };
    if !ns.user && !uid.is_root() {
        for name in [
            "pid-namespace",
            "network-namespace",
            "mount-namespace",
            "ipc-namespace",
        ] {
            report.layer(
                name,
                Err("needs a user namespace, which is unavailable".into()),
            );
        }
        return ns;
    }
    ns.pid = one(
        CloneFlags::CLONE_NEWPID,
        "pid-namespace",
        "the run cannot see other processes; ending it kills all it started",
    );
    ns.net = one(
        CloneFlags::CLONE_NEWNET,
        "network-namespace",
        "no network but a private loopback",
    );
    ns.mount = one(
        CloneFlags::CLONE_NEWNS,
        "mount-namespace",
        "private /proc, /dev/shm and a size-limited working folder",
    );
    one(
        CloneFlags::CLONE_NEWIPC,
        "ipc-namespace",
        "private System V IPC",
    );
    ns
}

/// The parent side: forward signals to the child, reap, and clean up.
fn supervise(child: Pid, forwarded: &SigSet) -> i32 {
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
            kill_stragglers();
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

fn child(
    config: &HelperConfig,
    ns: &Namespaces,
    argv: &[OsString],
    probe: bool,
    report: &mut Report,
) -> Result<i32, String> {
    // Die with the supervising parent.
    let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
    if ns.mount
        && let Err(e) = private_mounts(config, ns)
    {
        report.fail("mount-namespace", e);
    }
    if ns.net
        && let Err(e) = loopback_up()
    {
        report.fail(
            "network-namespace",
            format!("loopback could not be brought up: {e}"),
        );
    }
    report.layer("process-limit", limit_tasks(config, ns));
    report.layer("rlimits", set_rlimits(config));
    report.layer(
        "no-new-privs",
        nix::sys::prctl::set_no_new_privs()
            .map(|()| "setuid programs gain nothing".to_string())
            .map_err(|e| e.to_string()),
    );
    report.layer("landlock", landlock(config, ns));
    report.layer("seccomp", seccomp(ns));

    let missing: Vec<String> = report
        .status
        .layers
        .iter()
        .filter(|l| !l.active)
        .map(|l| format!("{} ({})", l.name, l.detail))
        .collect();
    if config.strict && !missing.is_empty() {
        let why = format!(
            "--sandbox strict: layers unavailable: {}",
            missing.join("; ")
        );
        report.status.refused = Some(why.clone());
        report.write();
        return Err(why);
    }
    report.write();
    if probe {
        return Ok(0);
    }
    let args: Vec<CString> = argv
        .iter()
        .map(|a| CString::new(a.as_bytes()).map_err(|_| "an argument holds a NUL byte".to_string()))
        .collect::<Result<_, _>>()?;
    // The environment was set by the runner and passes through unchanged.
    let err = nix::unistd::execv(&args[0], &args).err();
    Err(format!(
        "cannot run {}: {}",
        argv[0].to_string_lossy(),
        err.map(|e| e.to_string()).unwrap_or_default()
    ))
}

fn private_mounts(config: &HelperConfig, ns: &Namespaces) -> Result<(), String> {
    use nix::mount::{MsFlags, mount};
    let none: Option<&str> = None;
    mount(none, "/", none, MsFlags::MS_REC | MsFlags::MS_PRIVATE, none)
        .map_err(|e| format!("making mounts private: {e}"))?;
    let size = format!("size={},mode=0700", config.disk_bytes);
    mount(
        Some("tmpfs"),
        &config.work,
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
        Some(size.as_str()),
    )
    .map_err(|e| format!("tmpfs on the working folder: {e}"))?;
    // multiprocessing's semaphores live in /dev/shm: a private one.
    mount(
        Some("tmpfs"),
        "/dev/shm",
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
        Some("size=67108864,mode=1777"),
    )
    .map_err(|e| format!("tmpfs on /dev/shm: {e}"))?;
    if ns.pid {
        // A /proc that shows only this run's processes.
        mount(
            Some("proc"),
            "/proc",
            Some("proc"),
            MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
            none,
        )
        .map_err(|e| format!("private /proc: {e}"))?;
    }
    Ok(())
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

fn limit_tasks(config: &HelperConfig, ns: &Namespaces) -> Result<String, String> {
    use nix::sys::resource::{Resource, setrlimit};
    // Inside a user namespace RLIMIT_NPROC counts this run's tasks only, even
    // for root; outside one it would count all of the user's processes.
    let nproc = if ns.user || !getuid().is_root() {
        setrlimit(Resource::RLIMIT_NPROC, config.max_tasks, config.max_tasks).is_ok()
    } else {
        false
    };
    // And a PID namespace can cap its own pid numbers (Linux 6.14+).
    let pid_max = ns.pid && fs::write("/proc/sys/kernel/pid_max", "400").is_ok();
    match (nproc, pid_max) {
        (true, true) => Ok(format!(
            "at most {} tasks (RLIMIT_NPROC) and 400 pids",
            config.max_tasks
        )),
        (true, false) => Ok(format!("at most {} tasks (RLIMIT_NPROC)", config.max_tasks)),
        (false, true) => Ok("at most 400 pids in the run's PID namespace".into()),
        (false, false) => Err(
            "no way to cap processes: root without a user namespace, and no per-namespace pid_max"
                .into(),
        ),
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

fn landlock(config: &HelperConfig, ns: &Namespaces) -> Result<String, String> {
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
    created = created
        .add_rules(path_beneath_rules(&config.read, read))
        .map_err(err)?;
    created = created
        .add_rules(path_beneath_rules(
            &config.read_only,
            AccessFs::ReadFile | AccessFs::ReadDir,
        ))
        .map_err(err)?;
    let mut writable: Vec<&Path> =
        vec![&config.work, Path::new("/dev/shm"), Path::new("/dev/null")];
    if ns.pid && ns.mount {
        // Our private /proc shows only the run's own processes.
        writable.push(Path::new("/proc"));
    }
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

fn seccomp(ns: &Namespaces) -> Result<String, String> {
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
    ] {
        rules.insert(nr, vec![]);
    }
    // clone() may not make namespaces either.
    let ns_flags = [
        libc::CLONE_NEWUSER,
        libc::CLONE_NEWNS,
        libc::CLONE_NEWPID,
        libc::CLONE_NEWNET,
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
    Ok(
        "ptrace, bpf, mount, namespaces, kernel modules, io_uring and other escape hatches refused"
            .into(),
    )
}

/// `sys.prefix`-style paths of the interpreter plus the system library
/// folders every dynamically linked program needs.
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
        "/etc/ld.so.cache",
        "/usr/share/zoneinfo",
        "/etc/localtime",
        "/dev/urandom",
        "/dev/zero",
    ] {
        let p = PathBuf::from(p);
        if p.exists() {
            out.push(p);
        }
    }
    out.sort();
    out.dedup();
    out
}
