//! Finding the Python to run learners' code with, and proving it runs.
//!
//! A PATH hit is not trusted: pyenv puts shims on PATH for versions that are
//! not selected, and Windows has a `python.exe` that opens the Store.  So each
//! candidate is started once, and what it says about itself is what we use:
//! later starts go straight to its real `sys.executable`, skipping any shim.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use crate::error::Error;

#[derive(Debug, Clone)]
pub struct Interpreter {
    /// What the user asked for or PATH gave, for messages.
    pub requested: String,
    /// The interpreter's own `sys.executable`.
    pub executable: PathBuf,
    pub version: (u32, u32, u32),
    /// `sys.prefix`, `sys.base_prefix` and the exec prefixes: the trees the
    /// interpreter reads its standard library from.
    pub prefixes: Vec<PathBuf>,
}

impl Interpreter {
    pub fn version_string(&self) -> String {
        let (a, b, c) = self.version;
        format!("{a}.{b}.{c}")
    }
}

const PROBE: &str = "import sys; g = lambda n: getattr(sys, n, sys.prefix); sys.stdout.write('%d %d %d\\n%s\\n%s\\n' % (tuple(sys.version_info[:3]) + (sys.executable, '\\n'.join([g('prefix'), g('base_prefix'), g('exec_prefix'), g('base_exec_prefix')]))))";
const PROBE_TIMEOUT: Duration = Duration::from_secs(20);

/// `--python` / `GRADER_PYTHON` when given, else `python3` (then `python`) on PATH.
pub async fn find(requested: Option<&OsString>) -> Result<Interpreter, Error> {
    let candidates: Vec<OsString> = match requested {
        Some(p) => vec![p.clone()],
        None => vec!["python3".into(), "python".into()],
    };
    let mut problems = Vec::new();
    for cand in &candidates {
        let shown = cand.to_string_lossy().into_owned();
        let path = match which::which(cand) {
            Ok(p) => p,
            Err(_) if Path::new(cand).components().count() > 1 => {
                problems.push(format!("{shown}: no such file"));
                continue;
            }
            Err(_) => {
                problems.push(format!("{shown}: not found on PATH"));
                continue;
            }
        };
        match probe_cached(&path).await {
            Ok((version, executable, prefixes)) => {
                let interp = Interpreter {
                    requested: shown,
                    executable,
                    version,
                    prefixes,
                };
                let (major, minor, _) = version;
                if (major, minor) < crate::spec::OLDEST_PYTHON {
                    problems.push(format!(
                        "{} is Python {}; the grader needs Python 3.9 or newer",
                        path.display(),
                        interp.version_string()
                    ));
                    continue;
                }
                return Ok(interp);
            }
            Err(why) => problems.push(format!("{}: {why}", path.display())),
        }
    }
    Err(Error::Environment(format!(
        "no usable Python interpreter:\n  {}\nInstall Python 3.9 or newer, or point --python (or GRADER_PYTHON) at one, e.g. --python /usr/bin/python3",
        problems.join("\n  ")
    )))
}

type Probed = ((u32, u32, u32), PathBuf, Vec<PathBuf>);

/// A probe's answer, remembered so that a check costs one Python start, not
/// two.  Kept per real binary while its size, mtime and inode stay the same,
/// and per pyenv or asdf shim while everything that decides the shim's
/// answer stays the same: the shim itself, the selecting variables
/// (`PYENV_*`, `ASDF_*`) and the contents of the version files it would read
/// (`.python-version` and `.tool-versions` from here up, the global ones), so
/// a changed `.python-version` is seen at once.  Any problem with the cache
/// just means probing again.
#[derive(serde::Serialize, serde::Deserialize)]
struct CacheEntry {
    path: PathBuf,
    /// What the answer depends on (see `stamp`).
    stamp: String,
    /// The resolved binary's own stamp, so a reinstalled version is seen.
    executable_stamp: String,
    version: (u32, u32, u32),
    executable: PathBuf,
    prefixes: Vec<PathBuf>,
}

const CACHE_VERSION: u32 = 2;

async fn probe_cached(path: &Path) -> Result<Probed, String> {
    let (Some(stamp), Some(cache)) = (stamp(path), cache_file()) else {
        return probe(path).await;
    };
    let mut entries: Vec<CacheEntry> = std::fs::read(&cache)
        .ok()
        .and_then(|b| serde_json::from_slice::<(u32, Vec<CacheEntry>)>(&b).ok())
        .filter(|(v, _)| *v == CACHE_VERSION)
        .map(|(_, e)| e)
        .unwrap_or_default();
    if let Some(e) = entries.iter().find(|e| {
        e.path == path
            && e.stamp == stamp
            && binary_stamp(&e.executable).as_ref() == Some(&e.executable_stamp)
    }) {
        return Ok((e.version, e.executable.clone(), e.prefixes.clone()));
    }
    let probed = probe(path).await?;
    entries.retain(|e| e.path != path);
    entries.truncate(15);
    entries.insert(
        0,
        CacheEntry {
            path: path.to_path_buf(),
            stamp,
            executable_stamp: binary_stamp(&probed.1).unwrap_or_default(),
            version: probed.0,
            executable: probed.1.clone(),
            prefixes: probed.2.clone(),
        },
    );
    // Written whole and renamed, so concurrent graders never see half a file.
    if let (Some(dir), Ok(text)) = (
        cache.parent(),
        serde_json::to_vec(&(CACHE_VERSION, &entries)),
    ) {
        let _ = std::fs::create_dir_all(dir);
        if let Ok(mut tmp) = tempfile::NamedTempFile::new_in(dir) {
            use std::io::Write as _;
            if tmp.write_all(&text).is_ok() {
                let _ = tmp.persist(&cache);
            }
        }
    }
    Ok(probed)
}

/// What a probe's answer depends on: a binary's stamp, or a version
/// manager's shim with everything that selects the version; `None` for any
/// other script (its answer could depend on anything).
fn stamp(path: &Path) -> Option<String> {
    binary_stamp(path).or_else(|| shim_stamp(path))
}

/// A pyenv or asdf shim: its own bytes' stamp, the variables and the
/// version files that decide which Python it runs, hashed.
fn shim_stamp(path: &Path) -> Option<String> {
    use sha2::{Digest, Sha256};
    let real = std::fs::canonicalize(path).ok()?;
    let text = std::fs::read(&real).ok()?;
    if !text.starts_with(b"#!") || text.len() > 64 << 10 {
        return None;
    }
    let body = String::from_utf8_lossy(&text);
    if !body.contains("pyenv") && !body.contains("asdf") {
        return None;
    }
    let mut h = Sha256::new();
    h.update(real.as_os_str().as_encoded_bytes());
    h.update(&text);
    let mut vars: Vec<(OsString, OsString)> = std::env::vars_os()
        .filter(|(k, _)| {
            let k = k.to_string_lossy();
            k.starts_with("PYENV") || k.starts_with("ASDF")
        })
        .collect();
    vars.sort();
    for (k, v) in vars {
        h.update(b"\0var\0");
        h.update(k.as_encoded_bytes());
        h.update(b"=");
        h.update(v.as_encoded_bytes());
    }
    let mut files: Vec<PathBuf> = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        for dir in cwd.ancestors() {
            files.push(dir.join(".python-version"));
            files.push(dir.join(".tool-versions"));
        }
    }
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let pyenv_root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".pyenv")));
    files.extend(pyenv_root.map(|r| r.join("version")));
    files.extend(home.map(|h| h.join(".tool-versions")));
    for f in files {
        // Absent and present files both count: creating one changes the key.
        h.update(b"\0file\0");
        h.update(f.as_os_str().as_encoded_bytes());
        match std::fs::read(&f) {
            Ok(bytes) => {
                h.update(b"\0=");
                h.update(&bytes);
            }
            Err(_) => h.update(b"\0absent"),
        }
    }
    Some(format!(
        "shim:{}",
        crate::spec::seal::hex_encode(&h.finalize())
    ))
}

/// Size, mtime, inode and device of an executable binary; `None` for
/// scripts and anything unreadable.
fn binary_stamp(path: &Path) -> Option<String> {
    use std::io::Read as _;
    let real = std::fs::canonicalize(path).ok()?;
    let mut magic = [0u8; 4];
    std::fs::File::open(&real)
        .ok()?
        .read_exact(&mut magic)
        .ok()?;
    let binary = magic == *b"\x7fELF"
        || matches!(
            u32::from_le_bytes(magic),
            0xfeed_facf | 0xcffa_edfe | 0xcafe_babe | 0xbeba_feca
        );
    if !binary {
        return None;
    }
    let meta = std::fs::metadata(&real).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        Some(format!(
            "binary:{}:{}:{}:{}:{}",
            meta.len(),
            meta.mtime(),
            meta.mtime_nsec(),
            meta.ino(),
            meta.dev()
        ))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// `$XDG_CACHE_HOME/grader`, else `~/.cache/grader`: where the grader keeps
/// what it can rebuild (interpreter probes, the compiled harness).
pub fn cache_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("grader"))
}

fn cache_file() -> Option<PathBuf> {
    Some(cache_dir()?.join("interpreters.json"))
}

async fn probe(path: &Path) -> Result<Probed, String> {
    let mut cmd = tokio::process::Command::new(path);
    cmd.args(["-I", "-S", "-c", PROBE])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let child = cmd.spawn().map_err(|e| format!("cannot be started: {e}"))?;
    let out = tokio::time::timeout(PROBE_TIMEOUT, child.wait_with_output())
        .await
        .map_err(|_| format!("did not answer within {}s", PROBE_TIMEOUT.as_secs()))?
        .map_err(|e| format!("failed while running: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut lines = stdout.lines();
    let parsed = lines.next().and_then(|l| {
        let v: Vec<u32> = l.split(' ').filter_map(|n| n.parse().ok()).collect();
        (v.len() == 3).then(|| (v[0], v[1], v[2]))
    });
    match (out.status.success(), parsed) {
        (true, Some(version)) => {
            let exe = lines.next().map(str::trim).filter(|s| !s.is_empty());
            // Some embedded builds leave sys.executable empty; the path we ran still works.
            let executable = exe.map(PathBuf::from).unwrap_or_else(|| path.to_path_buf());
            let mut prefixes: Vec<PathBuf> = lines
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(PathBuf::from)
                .collect();
            // The real binary's own tree, in case the prefixes are symlinked.
            if let Some(root) = std::fs::canonicalize(&executable)
                .ok()
                .and_then(|p| p.parent()?.parent().map(Path::to_path_buf))
            {
                prefixes.push(root);
            }
            prefixes.sort();
            prefixes.dedup();
            Ok((version, executable, prefixes))
        }
        _ => {
            let err = String::from_utf8_lossy(&out.stderr);
            let first = err
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("no output");
            Err(format!(
                "does not run as Python 3 ({}: {first})",
                out.status
            ))
        }
    }
}
