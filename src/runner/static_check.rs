//! An exercise's optional static check (`python -m mypy …`) of the learner's
//! file, with the toolchain's pinned mypy only (`toolchain`), so the verdict
//! is the same on every machine.  The tool reads the file and never runs it,
//! so it runs outside the sandbox, with a fresh folder, an empty environment
//! and a deadline.  Without the toolchain the check is not graded, and says
//! so (decided by the caller, `kinds::module`).
//!
//! Most of a cold mypy run (about 2.5 s of 3) is analysing the standard
//! library's stubs, the same for every file.  So the toolchain keeps, per set
//! of options, mypy's cache of an empty module (made at first use), and each
//! check starts from a copy of it in its own folder: about 0.6 s.  mypy
//! validates every cache entry against its source (and rechecks what
//! changed), so the cache changes the time, never the verdict; the learner's
//! module is only ever cached in the run's own copy.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use anyhow::Context as _;
use sha2::{Digest, Sha256};

use crate::spec::StaticCheck;
use crate::toolchain::Env;

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
    toolchain: &Env,
) -> Result<StaticRun, crate::error::Error> {
    if let Some(why) = switched_off(&String::from_utf8_lossy(source), display) {
        return Ok(StaticRun::Complaints(why));
    }
    let python = &toolchain.python;
    let dir = tempfile::tempdir().context("creating a folder for the static check")?;
    let file = dir.path().join(super::MODULE_FILE);
    std::fs::write(&file, source).context("copying the submission for the static check")?;
    let cache = dir.path().join(".mypy_cache");
    let warm = match stdlib_cache(check, toolchain).await {
        Some(seed) => copy_tree(&seed, &cache).is_ok(),
        None => false,
    };
    let mut cmd = tool_command(
        check,
        toolchain,
        dir.path(),
        warm.then_some(cache.as_path()),
        super::MODULE_FILE,
    );
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
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

/// The toolchain's cache of the standard library for `check`'s options:
/// made at first use (mypy on an empty module), in a folder renamed into
/// place whole, so a cache is never seen half written and two graders
/// making it at once both end up using one.  `None` when it cannot be made
/// (a toolchain this user cannot write, say): the check then runs cold.
async fn stdlib_cache(check: &StaticCheck, toolchain: &Env) -> Option<PathBuf> {
    let mut key = Sha256::new();
    key.update(check.tool.as_bytes());
    for arg in &check.args {
        key.update([0]);
        key.update(arg.as_bytes());
    }
    let key = crate::spec::seal::hex_encode(&key.finalize()[..8]);
    let caches = toolchain.dir.join("static-check-cache");
    let seed = caches.join(format!("{}-{key}", check.tool));
    if seed.is_dir() {
        return Some(seed);
    }
    std::fs::create_dir_all(&caches).ok()?;
    let work = tempfile::Builder::new()
        .prefix(".making-")
        .tempdir_in(&caches)
        .ok()?;
    std::fs::write(work.path().join("empty.py"), "").ok()?;
    let made = work.path().join("cache");
    let status = tool_command(check, toolchain, work.path(), Some(&made), "empty.py")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    match tokio::time::timeout(LIMIT, status).await {
        Ok(Ok(s)) if s.success() => {}
        _ => return None,
    }
    // Losing the race to another grader is fine: its cache is as good.
    let _ = std::fs::rename(&made, &seed);
    seed.is_dir().then_some(seed)
}

/// The first line of `source` that would switch mypy off for the file it
/// judges, as a complaint: `# type: ignore`, an inline `# mypy:` setting
/// (`ignore-errors`, `allow-untyped-defs`…) or `no_type_check`, each of
/// which lets an unannotated file pass `--strict`.  The check is the
/// exercise's, not the file's to configure.
fn switched_off(source: &str, display: &str) -> Option<String> {
    source.lines().enumerate().find_map(|(i, line)| {
        let comment_off = line.match_indices('#').any(|(at, _)| {
            let rest = line[at + 1..].trim_start();
            rest.starts_with("mypy:")
                || rest
                    .strip_prefix("type:")
                    .is_some_and(|r| r.trim_start().starts_with("ignore"))
        });
        (comment_off || line.contains("no_type_check")).then(|| {
            format!(
                "{display}:{}: error: the static check counts every complaint of mypy: `# type: ignore`, `# mypy:` settings and `no_type_check` switch it off, and are not accepted\n    {}",
                i + 1,
                line.trim()
            )
        })
    })
}

/// `python -I -m <tool> … <file>` in `dir`, the same options for the
/// learner's file as for the cache made for it; with no `cache`, mypy
/// neither reads nor writes one.
fn tool_command(
    check: &StaticCheck,
    toolchain: &Env,
    dir: &Path,
    cache: Option<&Path>,
    file: &str,
) -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(&toolchain.python);
    // -I: the toolchain's own site-packages only, never the user's.
    cmd.arg("-I").arg("-m").arg(&check.tool);
    match cache {
        Some(cache) => cmd.arg("--cache-dir").arg(cache),
        None => cmd.args(["--no-incremental", "--cache-dir", "/dev/null"]),
    };
    cmd.arg("--no-color-output")
        .args(&check.args)
        .arg(file)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .env("MYPY_FORCE_COLOR", "0")
        .stdin(Stdio::null())
        .kill_on_drop(true);
    cmd
}

/// Copies a cache folder, keeping each file's modification time: mypy
/// abandons an entry whose data file's time differs from the one it noted.
fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_tree(&src, &dst)?;
        } else if kind.is_file() {
            std::fs::copy(&src, &dst)?;
            let modified = entry.metadata()?.modified()?;
            std::fs::File::options()
                .write(true)
                .open(&dst)?
                .set_modified(modified)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::switched_off;

    #[test]
    fn comments_and_decorators_that_silence_mypy_are_found() {
        for (source, line) in [
            ("# mypy: ignore-errors\ndef f(x): ...\n", 1),
            ("x = 1\ndef f(x):  #type:ignore[no-untyped-def]\n", 2),
            ("def f(x):  # noqa  # type: ignore\n", 1),
            ("from typing import no_type_check\n", 1),
            ("  #   mypy: allow-untyped-defs\n", 1),
        ] {
            let found = switched_off(source, "t.py");
            assert!(
                found
                    .as_deref()
                    .is_some_and(|f| f.starts_with(&format!("t.py:{line}: error:"))),
                "{source:?}: {found:?}"
            );
        }
        for clean in [
            "def f(x: int) -> int:\n    return x  # a type: int, ignored here? no\n",
            "# typed: mypy-clean module\nx: int = 1\n",
        ] {
            assert_eq!(switched_off(clean, "t.py"), None, "{clean:?}");
        }
    }
}
