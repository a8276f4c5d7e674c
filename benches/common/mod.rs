//! What the benchmarks share: the real interpreter behind `python3`, the
//! time of a bare Python start, and medians.

#![allow(dead_code)] // each benchmark uses its own subset

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The interpreter `GRADER_PYTHON` (or `python3`) really runs, past any shim.
pub fn real_python() -> PathBuf {
    let asked = std::env::var_os("GRADER_PYTHON").unwrap_or_else(|| "python3".into());
    let out = Command::new(&asked)
        .args(["-I", "-S", "-c", "import sys; print(sys.executable)"])
        .output()
        .expect("python3 runs");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

/// One `python -I -c pass`.
pub fn bare(python: &Path) -> Duration {
    let start = Instant::now();
    let status = Command::new(python)
        .args(["-I", "-c", "pass"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("python runs");
    assert!(status.success());
    start.elapsed()
}

pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
