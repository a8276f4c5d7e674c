//! PostgreSQL: Debian's `postgresql` server, started per run from a
//! template cluster made once per machine and PostgreSQL version.
//!
//! The template is made with `initdb` (as `nobody` when the grader is
//! root: PostgreSQL refuses uid 0) under the grader's cache folder, with a
//! lock against concurrent creation, then kept read-only.  Each run gets a
//! copy in its own tmpfs (made by the sandbox helper), started with
//! durability off and a small memory footprint, listening only on a unix
//! socket in the run's folder.

use std::path::{Path, PathBuf};

use super::{Found, Launch, Part, Ready, Service, copy_tree, first_line, which};

/// The role and database learner code connects as.
const ROLE: &str = "postgres";

/// Settings written into the template's `postgresql.conf`: cheap to start,
/// nothing a throwaway server needs to keep.
const SETTINGS: &str = "
# grader: a throwaway server per run
listen_addresses = ''
unix_socket_permissions = 0700
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = 64MB
shared_buffers = 8MB
max_connections = 20
huge_pages = off
autovacuum = off
max_worker_processes = 2
max_parallel_workers = 0
max_parallel_workers_per_gather = 0
dynamic_shared_memory_type = mmap
logging_collector = off
timezone = 'UTC'
log_timezone = 'UTC'
";

pub(super) fn find(dirs: &[PathBuf]) -> Option<Found> {
    let (path, binary) = which(dirs, "postgres")?;
    let bindir = binary.parent()?.to_path_buf();
    if !bindir.join("initdb").is_file() {
        return None;
    }
    // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
    let line = first_line(&binary, &["--version"])?;
    let version = line
        .split_whitespace()
        .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))?
        .to_string();
    let share = share_dir(&bindir, &version)?;
    let mut trees = vec![bindir.clone(), share];
    if let Some(lib) = bindir
        .parent()
        .map(|p| p.join("lib"))
        .filter(|p| p.is_dir())
    {
        trees.push(lib);
    }
    Some(Found {
        service: Service::Postgres,
        path,
        binary,
        version,
        trees,
    })
}

/// Where the server reads its shared files (`timezonesets`, extensions).
fn share_dir(bindir: &Path, version: &str) -> Option<PathBuf> {
    let major = version.split('.').next().unwrap_or(version);
    let mut candidates = Vec::new();
    if bindir.join("pg_config").is_file()
        && let Some(dir) = first_line(&bindir.join("pg_config"), &["--sharedir"])
    {
        candidates.push(PathBuf::from(dir));
    }
    if let Some(prefix) = bindir.parent() {
        candidates.push(prefix.join("share").join("postgresql"));
        candidates.push(prefix.join("share"));
    }
    candidates.push(PathBuf::from(format!("/usr/share/postgresql/{major}")));
    candidates
        .into_iter()
        .find(|d| d.join("timezonesets").is_dir())
        .and_then(|d| d.canonicalize().ok())
}

pub(super) fn part(found: &Found, dir: &Path, sockets: &Path) -> Result<Part, String> {
    let template = template(found)?;
    let data = dir.join("data");
    let host = sockets.display().to_string();
    Ok(Part {
        launch: Launch {
            name: "postgres",
            program: found.binary.clone(),
            // A full path: the server finds its shared files from it.
            argv: vec![
                found.binary.display().to_string(),
                "-D".into(),
                data.display().to_string(),
                "-k".into(),
                host.clone(),
            ],
            dir: dir.to_path_buf(),
            sockets: sockets.to_path_buf(),
            log: dir.join("server.log"),
            ready: Ready::PidFile {
                path: data.join("postmaster.pid"),
            },
        },
        env: vec![
            (
                "DATABASE_URL".into(),
                format!("postgresql://{ROLE}@/{ROLE}?host={}", encode(&host)),
            ),
            ("PGHOST".into(), host),
            ("PGDATA".into(), data.display().to_string()),
            ("PGUSER".into(), ROLE.into()),
            ("PGDATABASE".into(), ROLE.into()),
        ],
        seed: Some((template, data)),
        sysv_shm: true,
    })
}

/// Percent-encodes what a URI's query may not hold as is.
fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"/._-~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The template cluster for this server, made on first use.
fn template(found: &Found) -> Result<PathBuf, String> {
    let cache = crate::interpreter::cache_dir()
        .ok_or(
            "cannot tell where to keep PostgreSQL's template cluster: set HOME or XDG_CACHE_HOME",
        )?
        .join("services");
    let bindir = found.binary.parent().unwrap_or(Path::new("/"));
    let key = format!(
        "postgres-{}-{:08x}",
        found.version,
        fnv(bindir.as_os_str().as_encoded_bytes())
    );
    let root = cache.join(&key);
    let data = root.join("data");
    let ready = root.join("ready");
    if ready.is_file() && data.is_dir() {
        return Ok(data);
    }
    std::fs::create_dir_all(&cache)
        .map_err(|e| format!("cannot create {}: {e}", cache.display()))?;
    let _lock = super::Lock::take(&cache.join(format!("{key}.lock")))?;
    if ready.is_file() && data.is_dir() {
        return Ok(data); // made by another grader while this one waited
    }
    let _ = std::fs::remove_dir_all(&root);
    let made = initdb(bindir)?;
    let partial = cache.join(format!("{key}.partial"));
    let _ = std::fs::remove_dir_all(&partial);
    // Only folders and regular files are copied (a cluster has nothing
    // else): what `nobody` made cannot point root's copy anywhere.
    copy_tree(&made.path().join("data"), &partial.join("data"))
        .map_err(|e| format!("copying the template cluster: {e}"))?;
    if crate::sandbox::running_as_root() {
        super::chown_tree(&partial, 0, 0)
            .map_err(|e| format!("giving the template cluster to root: {e}"))?;
    }
    std::fs::write(partial.join("ready"), format!("{}\n", found.version))
        .map_err(|e| format!("cannot write {}: {e}", partial.display()))?;
    std::fs::rename(&partial, &root)
        .map_err(|e| format!("cannot move the template cluster into place: {e}"))?;
    Ok(data)
}

/// Runs `initdb` into a fresh folder; as root, as `nobody`.
fn initdb(bindir: &Path) -> Result<tempfile::TempDir, String> {
    use std::os::unix::process::CommandExt as _;
    let tmp = tempfile::Builder::new()
        .prefix("grader-initdb-")
        .tempdir()
        .map_err(|e| format!("cannot make a folder for initdb: {e}"))?;
    let data = tmp.path().join("data");
    let mut cmd = std::process::Command::new(bindir.join("initdb"));
    cmd.arg("-D")
        .arg(&data)
        .args([
            "-U",
            ROLE,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
            "--wal-segsize=1",
        ])
        .current_dir(tmp.path())
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("LANG", "C")
        .env("TZ", "UTC")
        .stdin(std::process::Stdio::null());
    let root = crate::sandbox::running_as_root();
    if root {
        const NOBODY: u32 = 65534;
        std::os::unix::fs::chown(tmp.path(), Some(NOBODY), Some(NOBODY))
            .map_err(|e| format!("cannot give {} to nobody: {e}", tmp.path().display()))?;
        cmd.uid(NOBODY).gid(NOBODY);
    }
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run initdb: {e}"))?;
    if root {
        // Root's again, top folder first: nothing running as nobody can
        // change it from here on.
        super::chown_tree(tmp.path(), 0, 0)
            .map_err(|e| format!("taking back {}: {e}", tmp.path().display()))?;
    }
    if !out.status.success() {
        let text = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = text.lines().rev().take(3).collect();
        return Err(format!(
            "initdb failed: {}",
            tail.into_iter().rev().collect::<Vec<_>>().join(" / ")
        ));
    }
    let conf = data.join("postgresql.conf");
    let mut text = std::fs::read_to_string(&conf)
        .map_err(|e| format!("cannot read {}: {e}", conf.display()))?;
    text.push_str(SETTINGS);
    std::fs::write(&conf, text).map_err(|e| format!("cannot write {}: {e}", conf.display()))?;
    Ok(tmp)
}

/// FNV-1a, for a short stable cache key.
fn fnv(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn socket_folders_are_encoded_for_a_uri() {
        assert_eq!(super::encode("/tmp/a b/x"), "/tmp/a%20b/x");
    }
}
