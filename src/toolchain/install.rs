//! `grader toolchain install`: builds the environment in a temporary folder
//! beside its final place, writes the lock and then the marker, and renames
//! it into place.  One install per environment at a time (a file lock).

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use super::{Env, LOCK, MARKER, Marker, REQUIREMENTS, Requirements, State};
use crate::interpreter::Interpreter;

/// pip on a slow network: generous, but an install never hangs forever.
const PIP_LIMIT: Duration = Duration::from_secs(20 * 60);

/// Installs (or, when `force` or stale, rebuilds) the toolchain; returns the
/// ready environment.  `find_links`: a folder of wheels to install from
/// offline, instead of the package index.
pub async fn install(
    req: &Requirements,
    interpreter: &Interpreter,
    find_links: Option<&Path>,
    force: bool,
    say: &dyn Fn(&str),
) -> Result<Env, String> {
    let root = super::root()?;
    std::fs::create_dir_all(&root).map_err(|e| format!("cannot create {}: {e}", root.display()))?;
    let key = req.key(interpreter);
    let dir = root.join(&key);
    let _lock = lock(&root.join(format!(".{key}.lock")))?;
    match super::check(&dir, req, interpreter) {
        State::Ready(env) if !force => {
            say(&format!("already installed: {}", dir.display()));
            return Ok(env);
        }
        State::Stale { why, .. } => say(&format!("rebuilding {}: {why}", dir.display())),
        _ => {}
    }
    let build = root.join(format!(".build-{key}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&build);
    std::fs::create_dir_all(&build)
        .map_err(|e| format!("cannot create {}: {e}", build.display()))?;
    let result = build_into(&build, req, interpreter, find_links, say).await;
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&build);
        return Err(e);
    }
    // pip wrote the build folder's path into the scripts' #! lines and the
    // activate scripts: point them at the final place before moving there.
    retarget_scripts(&build.join("venv"), &dir.join("venv"))?;
    // Replace the old one: move it aside first so the final name is only
    // ever absent or complete.
    if dir.exists() {
        let old = root.join(format!(".old-{key}-{}", std::process::id()));
        std::fs::rename(&dir, &old)
            .map_err(|e| format!("cannot move the old {} aside: {e}", dir.display()))?;
        let _ = std::fs::remove_dir_all(&old);
    }
    std::fs::rename(&build, &dir)
        .map_err(|e| format!("cannot move {} into place: {e}", build.display()))?;
    match super::check(&dir, req, interpreter) {
        State::Ready(env) => Ok(env),
        State::Stale { why, .. } => Err(format!(
            "the new environment at {} does not check out: {why}",
            dir.display()
        )),
        _ => Err(format!("{} vanished after the install", dir.display())),
    }
}

/// Rewrites `from` into `to` in the text files of `from/bin` (console
/// scripts' `#!` lines, `activate`), so they work once the folder is
/// renamed to `to`.  Binaries and links are left alone.
fn retarget_scripts(from: &Path, to: &Path) -> Result<(), String> {
    let bin = from.join("bin");
    let (old, new) = (from.display().to_string(), to.display().to_string());
    let entries =
        std::fs::read_dir(&bin).map_err(|e| format!("cannot read {}: {e}", bin.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue; // not text: a compiled program such as ruff
        };
        if text.contains(&old) {
            std::fs::write(&path, text.replace(&old, &new))
                .map_err(|e| format!("cannot rewrite {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

async fn build_into(
    build: &Path,
    req: &Requirements,
    interpreter: &Interpreter,
    find_links: Option<&Path>,
    say: &dyn Fn(&str),
) -> Result<(), String> {
    let venv = build.join("venv");
    say(&format!(
        "creating a virtual environment with {} (Python {})",
        interpreter.executable.display(),
        interpreter.version_string()
    ));
    run(
        &interpreter.executable,
        &[
            "-I".into(),
            "-m".into(),
            "venv".into(),
            venv.display().to_string(),
        ],
        Duration::from_secs(300),
    )
    .await
    .map_err(|e| format!("python -m venv failed: {e}"))?;
    let requirements = build.join(REQUIREMENTS);
    std::fs::write(&requirements, req.lines())
        .map_err(|e| format!("cannot write {}: {e}", requirements.display()))?;
    let python = venv.join("bin").join("python");
    let mut args: Vec<String> = [
        "-I",
        "-m",
        "pip",
        "install",
        "--disable-pip-version-check",
        "--no-input",
        "--quiet",
    ]
    .map(String::from)
    .to_vec();
    if let Some(links) = find_links {
        let links = std::path::absolute(links).unwrap_or_else(|_| links.to_path_buf());
        args.extend(["--no-index".into(), "--find-links".into()]);
        args.push(links.display().to_string());
        say(&format!(
            "installing {} package(s) from {}",
            req.pins.len(),
            links.display()
        ));
    } else {
        say(&format!(
            "installing {} package(s) from the package index: {}",
            req.pins.len(),
            req.pins
                .iter()
                .map(|p| format!("{}=={}", p.name, p.version))
                .collect::<Vec<_>>()
                .join(" ")
        ));
    }
    args.push("-r".into());
    args.push(requirements.display().to_string());
    run(&python, &args, PIP_LIMIT)
        .await
        .map_err(|e| format!("pip install failed: {e}"))?;
    let freeze = run(
        &python,
        &[
            "-I".into(),
            "-m".into(),
            "pip".into(),
            "freeze".into(),
            "--all".into(),
            "--disable-pip-version-check".into(),
        ],
        Duration::from_secs(120),
    )
    .await
    .map_err(|e| format!("pip freeze failed: {e}"))?;
    let lock = build.join(LOCK);
    std::fs::write(&lock, &freeze).map_err(|e| format!("cannot write {}: {e}", lock.display()))?;
    let marker = Marker::expected(req, interpreter, &freeze);
    let marker = serde_json::to_vec_pretty(&marker).map_err(|e| e.to_string())?;
    // Last: only now does the folder count as complete.
    std::fs::write(build.join(MARKER), marker)
        .map_err(|e| format!("cannot write the completion marker: {e}"))?;
    Ok(())
}

/// Runs a command to completion; its stdout, or an error with its output.
async fn run(program: &Path, args: &[String], limit: Duration) -> Result<Vec<u8>, String> {
    let mut cmd = tokio::process::Command::new(program);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("PYTHONPATH")
        .env_remove("PIP_REQUIRE_VIRTUALENV")
        .kill_on_drop(true);
    let child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
    let out = match tokio::time::timeout(limit, child.wait_with_output()).await {
        Ok(Ok(out)) => out,
        Ok(Err(e)) => return Err(e.to_string()),
        Err(_) => return Err(format!("took longer than {}s", limit.as_secs())),
    };
    if out.status.success() {
        return Ok(out.stdout);
    }
    let text =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    let tail: Vec<&str> = text.lines().rev().take(15).collect();
    Err(format!(
        "{} ({}):\n{}",
        program.display(),
        out.status,
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    ))
}

/// An exclusive lock held until dropped (released by the OS if we die).
fn lock(path: &PathBuf) -> Result<nix::fcntl::Flock<std::fs::File>, String> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    nix::fcntl::Flock::lock(file, nix::fcntl::FlockArg::LockExclusive)
        .map_err(|(_, e)| format!("cannot lock {}: {e}", path.display()))
}
