//! The harness, compiled once per interpreter and kept in the user's cache.
//!
//! Python never caches the bytecode of the script it is asked to run, and
//! compiling `harness.py` costs several milliseconds of every harness start.
//! So the grader keeps the harness in `$XDG_CACHE_HOME/grader/harness/<hash>/`
//! (a folder per harness text, never rewritten), compiles it there once per
//! Python with `py_compile` (outside any sandbox: it is the grader's own
//! code), and starts each harness as an import of that module, which reads
//! the cached bytecode.  Anything wrong with the cache just means running
//! the harness as a script, as before.

use std::path::{Path, PathBuf};
use std::time::Duration;

use sha2::{Digest, Sha256};

use super::HARNESS;
use crate::interpreter::Interpreter;

/// What `python -c` runs: the folder comes first in argv and is popped, so
/// the harness sees the same `sys.argv` as when run as a script.
pub const STUB: &str =
    "import sys; sys.path.insert(0, sys.argv.pop(1)); import harness; sys.exit(harness.main())";

const COMPILE_LIMIT: Duration = Duration::from_secs(20);

/// The folder holding `harness.py` and its bytecode for `interpreter`, when
/// it is (or can now be made) ready; `None` to run the harness as a script.
pub async fn folder(interpreter: &Interpreter) -> Option<PathBuf> {
    let (major, minor, _) = interpreter.version;
    let hash = crate::spec::seal::hex_encode(&Sha256::digest(HARNESS.as_bytes()));
    let dir = crate::interpreter::cache_dir()?
        .join("harness")
        .join(&hash[..16]);
    let pyc = dir
        .join("__pycache__")
        .join(format!("harness.cpython-{major}{minor}.pyc"));
    if pyc.is_file() && dir.join("harness.py").is_file() {
        return Some(dir);
    }
    write_source(&dir).ok()?;
    let mut cmd = tokio::process::Command::new(&interpreter.executable);
    cmd.args([
        "-I",
        "-S",
        "-c",
        "import py_compile, sys; py_compile.compile(sys.argv[1], doraise=True)",
    ])
    .arg(dir.join("harness.py"))
    .stdin(std::process::Stdio::null())
    .stdout(std::process::Stdio::null())
    .stderr(std::process::Stdio::null())
    .kill_on_drop(true);
    let ok = tokio::time::timeout(COMPILE_LIMIT, cmd.status())
        .await
        .is_ok_and(|s| s.is_ok_and(|s| s.success()));
    (ok && pyc.is_file()).then_some(dir)
}

/// Writes `harness.py` into `dir` whole (a temporary file renamed into
/// place), so concurrent graders never see half of it.  The folder is named
/// by the text's hash, so an existing file is already the right one.
fn write_source(dir: &Path) -> std::io::Result<()> {
    let file = dir.join("harness.py");
    if file.is_file() {
        return Ok(());
    }
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, HARNESS.as_bytes())?;
    // Readable by the sandbox's unprivileged uid.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(&file).map_err(|e| e.error)?;
    Ok(())
}
