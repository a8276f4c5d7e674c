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
        match probe(&path).await {
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
