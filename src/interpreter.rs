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

/// A probe's answer, remembered per interpreter binary so that a check
/// costs one Python start, not two.  Kept only for real binaries (not
/// scripts such as pyenv's shims, whose answer depends on the folder and
/// the environment) and only while the file's size, mtime and inode stay
/// the same.  Any problem with the cache just means probing again.
#[derive(serde::Serialize, serde::Deserialize)]
struct CacheEntry {
    path: PathBuf,
    stamp: (u64, i64, i64, u64),
    version: (u32, u32, u32),
    executable: PathBuf,
    prefixes: Vec<PathBuf>,
}

const CACHE_VERSION: u32 = 1;

async fn probe_cached(path: &Path) -> Result<Probed, String> {
    let (Some(stamp), Some(cache)) = (binary_stamp(path), cache_file()) else {
        return probe(path).await;
    };
    let mut entries: Vec<CacheEntry> = std::fs::read(&cache)
        .ok()
        .and_then(|b| serde_json::from_slice::<(u32, Vec<CacheEntry>)>(&b).ok())
        .filter(|(v, _)| *v == CACHE_VERSION)
        .map(|(_, e)| e)
        .unwrap_or_default();
    if let Some(e) = entries
        .iter()
        .find(|e| e.path == path && e.stamp == stamp && e.executable.exists())
    {
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

/// Size, mtime, inode and device of an executable binary; `None` for
/// scripts and anything unreadable.
fn binary_stamp(path: &Path) -> Option<(u64, i64, i64, u64)> {
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
        Some((
            meta.len(),
            meta.mtime(),
            meta.mtime_nsec(),
            meta.ino() ^ meta.dev().rotate_left(32),
        ))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// `$XDG_CACHE_HOME/grader/interpreters.json`, else under `~/.cache`.
fn cache_file() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("grader").join("interpreters.json"))
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
