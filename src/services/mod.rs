//! Real servers for exercises that declare `services: [postgres]` or
//! `[redis]`: a throwaway server per sandboxed run, from the binaries
//! installed on this machine.
//!
//! One module per service behind one small interface ([`find`] and
//! [`plan`]); this side only finds binaries, prepares what is cheap to
//! prepare once (PostgreSQL's template cluster) and describes the run's
//! servers.  The servers themselves are started *inside* the run's sandbox
//! by `runners/services.py`, which then becomes the run's driver (the
//! module harness or the project driver): they live in the run's
//! namespaces, under its uid, Landlock and seccomp, write only to the run's
//! own tmpfs, listen only on a unix socket in it, and die with the run.
//!
//! What the sandbox helper does for them (`sandbox::Extra`): it copies a
//! template (PostgreSQL's cluster) into the run's tmpfs before dropping its
//! privileges, so the template on the host is never visible to the run;
//! and it allows System V shared memory (PostgreSQL's small interlock
//! segment) only with the run's private IPC namespace capped to a few
//! pages.

mod postgres;
mod redis;

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;
use serde_saphyr::Spanned;

use crate::spec::SpecError;

/// The in-sandbox launcher, embedded so an installed binary needs nothing
/// else on disk.
pub const LAUNCHER: &str = include_str!("../../runners/services.py");

/// How long a server may take to accept connections.
pub const READY_LIMIT: Duration = Duration::from_secs(20);

/// `GRADER_SERVICES_PATH`: the folders searched for server binaries
/// instead of `PATH` (and Debian's `/usr/lib/postgresql/*/bin`).  Empty or
/// pointing nowhere, no server is found and services exercises are not
/// graded: the honest way to check a machine without them.
pub const PATH_VAR: &str = "GRADER_SERVICES_PATH";

/// A server an exercise may declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Service {
    Postgres,
    Redis,
}

impl Service {
    pub const ALL: [Service; 2] = [Service::Postgres, Service::Redis];

    pub fn name(self) -> &'static str {
        match self {
            Service::Postgres => "postgres",
            Service::Redis => "redis",
        }
    }

    /// The Debian package that provides it, for "not graded" messages.
    pub fn package(self) -> &'static str {
        match self {
            Service::Postgres => "postgresql",
            Service::Redis => "redis-server",
        }
    }

    /// The variables a run's code reads to connect.
    pub fn variables(self) -> &'static [&'static str] {
        match self {
            Service::Postgres => &["DATABASE_URL", "PGHOST", "PGUSER", "PGDATABASE"],
            Service::Redis => &["REDIS_URL"],
        }
    }
}

/// `services:` of exercise.yaml, resolved (called from `parse_exercise`).
pub fn resolve(file: &str, raw: &[Spanned<String>], errors: &mut Vec<SpecError>) -> Vec<Service> {
    let mut out = Vec::new();
    for s in raw {
        match Service::ALL.iter().find(|x| x.name() == s.value.trim()) {
            Some(&service) if !out.contains(&service) => out.push(service),
            Some(_) => errors.push(SpecError::at(
                file,
                Some(s.referenced.line()),
                format!("`services` names {} twice", s.value),
            )),
            None => errors.push(SpecError::at(
                file,
                Some(s.referenced.line()),
                format!(
                    "`services` names {:?}; the grader can start {}",
                    s.value,
                    Service::ALL.map(Service::name).join(" and ")
                ),
            )),
        }
    }
    out.sort();
    out
}

/// A server found on this machine.
#[derive(Debug, Clone)]
pub struct Found {
    pub service: Service,
    /// Where it was found on the search path (`redis-server`).
    pub path: PathBuf,
    /// The file it resolves to, started in the run.
    pub binary: PathBuf,
    /// What the binary says of itself, e.g. `15.18`.
    pub version: String,
    /// Trees (or files) the run must read and execute for it.
    pub trees: Vec<PathBuf>,
}

/// Looks for `service`'s binaries; `Err` says what to install.
pub fn find(service: Service) -> Result<Found, String> {
    let dirs = search_path();
    let found = match service {
        Service::Postgres => postgres::find(&dirs),
        Service::Redis => redis::find(&dirs),
    };
    found.ok_or_else(|| {
        format!(
            "needs a {} server, which is not installed here; install Debian's `{}` package (apt-get install -y {})",
            service.name(),
            service.package(),
            service.package()
        )
    })
}

/// Where binaries are looked for: `GRADER_SERVICES_PATH` when set, else
/// `PATH` and then Debian's versioned PostgreSQL folders (newest first).
fn search_path() -> Vec<PathBuf> {
    if let Some(path) = std::env::var_os(PATH_VAR) {
        return std::env::split_paths(&path)
            .filter(|p| p.is_absolute())
            .collect();
    }
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    dirs.extend(["/usr/local/bin", "/usr/bin", "/usr/sbin"].map(PathBuf::from));
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse::<u32>().ok()?;
            Some((v, e.path().join("bin")))
        })
        .collect();
    versions.sort_by_key(|v| std::cmp::Reverse(v.0));
    dirs.extend(versions.into_iter().map(|(_, p)| p));
    dirs.retain(|d| d.is_absolute());
    dirs
}

/// The first executable `name` in `dirs`: its path there and the file it
/// resolves to.
fn which(dirs: &[PathBuf], name: &str) -> Option<(PathBuf, PathBuf)> {
    use std::os::unix::fs::PermissionsExt as _;
    dirs.iter().map(|d| d.join(name)).find_map(|p| {
        let real = p.canonicalize().ok()?;
        let meta = std::fs::metadata(&real).ok()?;
        (meta.is_file() && meta.permissions().mode() & 0o111 != 0).then_some((p, real))
    })
}

/// Runs `program args` and returns its first line of output.
fn first_line(program: &Path, args: &[&str]) -> Option<String> {
    let out = std::process::Command::new(program)
        .args(args)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("LANG", "C")
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .map(|l| l.trim().to_string())
}

/// One server of a run, as the launcher starts it.
#[derive(Debug, Serialize)]
pub struct Launch {
    pub name: &'static str,
    /// The program to exec, and its argv (argv[0] may differ: Debian's
    /// `redis-server` is a link whose name the binary reads).
    pub program: PathBuf,
    pub argv: Vec<String>,
    /// Its folder in the run (created by the launcher unless seeded).
    pub dir: PathBuf,
    /// Where its socket goes (created by the launcher).
    pub sockets: PathBuf,
    /// Where its output goes, in the run.
    pub log: PathBuf,
    /// How the launcher knows it accepts connections.
    pub ready: Ready,
}

/// A readiness test the launcher polls.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Ready {
    /// PostgreSQL writes `ready` as line 8 of `postmaster.pid` once it
    /// accepts connections.
    PidFile { path: PathBuf },
    /// Redis answers `PING` on its socket.
    Ping { socket: PathBuf },
}

/// Everything one sandboxed run needs for its servers.
#[derive(Debug, Default)]
pub struct RunPlan {
    /// Read+exec trees to bind (binaries, their shared files).
    pub trees: Vec<PathBuf>,
    /// Host folders the helper copies into the run's tmpfs: (from, to).
    pub seed: Vec<(PathBuf, PathBuf)>,
    /// PostgreSQL needs a System V segment (capped, private).
    pub sysv_shm: bool,
    /// The launcher's request.
    pub request: LaunchRequest,
}

/// What `runners/services.py` reads.
#[derive(Debug, Default, Serialize)]
pub struct LaunchRequest {
    pub services: Vec<Launch>,
    /// Connection settings for the run's code.
    pub env: Vec<(String, String)>,
    pub timeout_ms: u64,
}

/// What one service contributes to a run.
struct Part {
    launch: Launch,
    env: Vec<(String, String)>,
    seed: Option<(PathBuf, PathBuf)>,
    sysv_shm: bool,
}

/// Prepares `services` for a run whose private folder is `work`; `Err`
/// (a missing binary, a template that cannot be made) means not graded.
pub fn plan(services: &[Service], work: &Path) -> Result<RunPlan, String> {
    let mut plan = RunPlan {
        request: LaunchRequest {
            timeout_ms: u64::try_from(READY_LIMIT.as_millis()).unwrap_or(u64::MAX),
            ..LaunchRequest::default()
        },
        ..RunPlan::default()
    };
    let base = work.join(".services");
    // A unix socket's path must fit in 108 bytes, which a run's folder
    // under a long TMPDIR may not leave: sockets go in the run's private
    // /dev/shm (a tmpfs of its own, like its folder), under a fresh name.
    let sockets = PathBuf::from(format!("/dev/shm/grader-{:016x}", nonce()));
    for &service in services {
        let found = find(service)?;
        let dir = base.join(service.name());
        let socket_dir = sockets.join(service.name());
        let part = match service {
            Service::Postgres => postgres::part(&found, &dir, &socket_dir)?,
            Service::Redis => redis::part(&found, &dir, &socket_dir),
        };
        plan.trees.extend(found.trees.iter().cloned());
        plan.seed.extend(part.seed);
        plan.sysv_shm |= part.sysv_shm;
        plan.request.env.extend(part.env);
        plan.request.services.push(part.launch);
    }
    plan.trees.sort();
    plan.trees.dedup();
    Ok(plan)
}

/// A number no other run on this machine is likely to pick.
fn nonce() -> u64 {
    use std::hash::{BuildHasher as _, Hasher as _};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    if let Ok(t) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(t.as_nanos());
    }
    h.finish()
}

/// [`plan`] off the async runtime's threads: the first plan of a machine
/// runs `initdb`, and concurrent ones wait on its lock.
pub async fn plan_blocking(services: &[Service], work: &Path) -> Result<RunPlan, String> {
    let (services, work) = (services.to_vec(), work.to_path_buf());
    tokio::task::spawn_blocking(move || plan(&services, &work))
        .await
        .unwrap_or_else(|e| Err(format!("preparing the servers failed: {e}")))
}

/// The launcher's first report line, before it becomes the run's driver.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Started {
    pub ok: bool,
    #[serde(default)]
    pub why: Option<String>,
    /// Milliseconds each server took to accept connections.
    #[serde(default)]
    pub ms: std::collections::BTreeMap<String, u64>,
}

impl Started {
    /// Why the run's cases cannot be graded, when a server did not start.
    pub fn down(&self) -> Option<String> {
        (!self.ok).then(|| {
            format!(
                "the server did not start ({})",
                self.why.as_deref().unwrap_or("no reason given")
            )
        })
    }
}

/// The launcher's arguments before the driver's own: `-I -S -u
/// services.py REQUEST --`.
pub fn launcher_args<'a>(launcher: &'a Path, request: &'a Path) -> Vec<&'a std::ffi::OsStr> {
    use std::ffi::OsStr;
    vec![
        OsStr::new("-I"),
        OsStr::new("-S"),
        OsStr::new("-u"),
        launcher.as_os_str(),
        request.as_os_str(),
        OsStr::new("--"),
    ]
}

/// What `grader doctor` says about each service.
pub fn doctor_text() -> String {
    let mut out = String::from("services:\n");
    for service in Service::ALL {
        match find(service) {
            Ok(f) => out.push_str(&format!(
                "  {:<9} {} (version {})\n",
                service.name(),
                f.path.display(),
                f.version
            )),
            Err(_) => out.push_str(&format!(
                "  {:<9} not found: exercises that use it are not graded (apt-get install -y {})\n",
                service.name(),
                service.package()
            )),
        }
    }
    out
}

/// A file lock held while a cache entry is made (`flock`, released on drop).
struct Lock(#[allow(dead_code)] nix::fcntl::Flock<std::fs::File>);

impl Lock {
    fn take(path: &Path) -> Result<Lock, String> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        nix::fcntl::Flock::lock(file, nix::fcntl::FlockArg::LockExclusive)
            .map(Lock)
            .map_err(|(_, e)| format!("cannot lock {}: {e}", path.display()))
    }
}

/// Copies a tree of folders and regular files, keeping modes; anything
/// else (a link, a socket) is an error.
fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    let meta = std::fs::symlink_metadata(from)?;
    if meta.is_dir() {
        std::fs::create_dir_all(to)?;
        for e in std::fs::read_dir(from)? {
            let e = e?;
            copy_tree(&e.path(), &to.join(e.file_name()))?;
        }
        std::fs::set_permissions(to, meta.permissions())?;
    } else if meta.is_file() {
        std::fs::copy(from, to)?;
    } else {
        return Err(std::io::Error::other(format!(
            "{} is neither a folder nor a regular file",
            from.display()
        )));
    }
    Ok(())
}

/// Gives a tree to `uid`/`gid` (links themselves, not their targets), each
/// folder before what it holds.
fn chown_tree(path: &Path, uid: u32, gid: u32) -> std::io::Result<()> {
    std::os::unix::fs::lchown(path, Some(uid), Some(gid))?;
    if std::fs::symlink_metadata(path)?.is_dir() {
        for e in std::fs::read_dir(path)? {
            chown_tree(&e?.path(), uid, gid)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_and_twice_named_services_are_spec_errors() {
        let text = "s: [postgres, mongo, redis, postgres]";
        #[derive(serde::Deserialize)]
        struct S {
            s: Vec<Spanned<String>>,
        }
        let raw: S = serde_saphyr::from_str(text).expect("yaml");
        let mut errors = Vec::new();
        let got = resolve("x.yaml", &raw.s, &mut errors);
        assert_eq!(got, vec![Service::Postgres, Service::Redis]);
        assert_eq!(errors.len(), 2);
        assert!(errors[0].to_string().contains("mongo"));
        assert!(errors[1].to_string().contains("twice"));
    }
}
