//! An exercise's optional static check (`python -m mypy …`) of the learner's
//! file, with the toolchain's pinned mypy only (`toolchain`), so the verdict
//! is the same on every machine.  The tool reads the file and never runs it,
//! so it runs outside the sandbox, with a fresh folder, an empty environment
//! and a deadline.  Without the toolchain the check is not graded, and says
//! so (decided by the caller, `kinds::module`).

use std::process::Stdio;
use std::time::Duration;

use anyhow::Context as _;

use crate::spec::StaticCheck;

const LIMIT: Duration = Duration::from_secs(120);
/// Output kept from the tool.
const KEPT: usize = 16 << 10;

/// What the tool said.
#[derive(Debug, Clone)]
pub enum StaticRun {
    /// Exit 0: no complaints.
    Clean,
    /// The tool complained (or failed); its output, paths as the learner's.
    Complaints(String),
    /// Not installed for this interpreter, or it could not be run.
    Unavailable(String),
}

pub async fn run(
    check: &StaticCheck,
    source: &[u8],
    display: &str,
    python: &std::path::Path,
) -> Result<StaticRun, crate::error::Error> {
    let dir = tempfile::tempdir().context("creating a folder for the static check")?;
    let file = dir.path().join(super::MODULE_FILE);
    std::fs::write(&file, source).context("copying the submission for the static check")?;
    let mut cmd = tokio::process::Command::new(python);
    // -I: the toolchain's own site-packages only, never the user's.
    cmd.arg("-I")
        .arg("-m")
        .arg(&check.tool)
        .args([
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            "--no-color-output",
        ])
        .args(&check.args)
        .arg(super::MODULE_FILE)
        .current_dir(dir.path())
        .env_remove("PYTHONPATH")
        .env("MYPY_FORCE_COLOR", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Ok(StaticRun::Unavailable(format!(
                "cannot start {}: {e}",
                python.display()
            )));
        }
    };
    let out = match tokio::time::timeout(LIMIT, child.wait_with_output()).await {
        Ok(Ok(out)) => out,
        Ok(Err(e)) => {
            return Ok(StaticRun::Unavailable(format!(
                "{} failed: {e}",
                check.tool
            )));
        }
        Err(_) => {
            return Ok(StaticRun::Unavailable(format!(
                "{} took longer than {}s",
                check.tool,
                LIMIT.as_secs()
            )));
        }
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stderr.contains(&format!("No module named {}", check.tool)) {
        return Ok(StaticRun::Unavailable(format!(
            "{} is missing from the toolchain at {}; run `grader toolchain install --force`",
            check.tool,
            python.display()
        )));
    }
    if out.status.success() {
        return Ok(StaticRun::Clean);
    }
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned() + &stderr;
    text = text.replace(super::MODULE_FILE, display);
    if text.len() > KEPT {
        let mut cut = KEPT;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text.push_str("\n…");
    }
    Ok(StaticRun::Complaints(text))
}
