//! Building a recipe into a real repository with the machine's `git`, in
//! a hermetic environment: no system or global config, no templates (so
//! no sample hooks), fixed identities and dates.  The same recipe gives the
//! same commit hashes on every machine.
//!
//! Only the pack's recipe runs here, on the host (it is the pack's own
//! content, like a starter file); anything the learner made is inspected
//! inside the sandbox only (see `runners/repo.py`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::spec::{AUTHOR, Recipe, Step};

/// The first commit's date: 2024-01-01 10:00 UTC; each later commit (and
/// tag) is one hour after the one before.
pub const BASE_DATE: i64 = 1_704_103_200;

/// The git found on the machine, and where it keeps its helpers.
#[derive(Debug, Clone)]
pub struct HostGit {
    pub program: PathBuf,
    pub exec_path: PathBuf,
}

/// The `git` on PATH, resolved, with its `--exec-path`; why not, otherwise.
pub fn find_git() -> Result<HostGit, String> {
    let program = which::which("git").map_err(|_| {
        "git is not installed (or not on PATH); install it, e.g. `apt-get install git`".to_string()
    })?;
    let program = program.canonicalize().unwrap_or(program);
    let out = hermetic(&program, None)
        .arg("--exec-path")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    let exec_path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if !out.status.success() || !exec_path.is_dir() {
        return Err(format!(
            "{} --exec-path did not name a folder; is git installed correctly?",
            program.display()
        ));
    }
    Ok(HostGit {
        program,
        exec_path: exec_path.canonicalize().unwrap_or(exec_path),
    })
}

/// A git command that reads no configuration but the repository's own.
fn hermetic(program: &Path, dir: Option<&Path>) -> Command {
    let mut cmd = Command::new(program);
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", "/nonexistent")
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env("TZ", "UTC")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_ATTR_NOSYSTEM", "1")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_EDITOR", ":")
        .env("GIT_MERGE_AUTOEDIT", "no")
        .args([
            "-c",
            "core.hooksPath=/dev/null",
            "-c",
            "commit.gpgSign=false",
            "-c",
            "tag.gpgSign=false",
            "-c",
            "gc.auto=0",
        ])
        .stdin(Stdio::null());
    if let Some(dir) = dir {
        cmd.current_dir(dir);
    }
    cmd
}

/// Builds `recipe` into `dir` (which must not exist yet).
pub fn build(git: &HostGit, recipe: &Recipe, dir: &Path) -> Result<(), String> {
    let parent = dir.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)
        .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    let mut init = hermetic(&git.program, Some(parent));
    init.args(["init", "-q", "--template=", "-b", &recipe.branch])
        .arg(dir);
    run(init, "init")?;
    let mut tick = 0i64;
    let mut next_date = |given: Option<i64>| {
        let d = given.unwrap_or(BASE_DATE + tick * 3600);
        tick += 1;
        format!("@{d} +0000")
    };
    for step in &recipe.steps {
        let date = match step {
            Step::Commit { date, .. } => next_date(*date),
            Step::Merge { .. } | Step::Tag { .. } => next_date(None),
            _ => String::new(),
        };
        let author = match step {
            Step::Commit {
                author: Some((n, e)),
                ..
            } => (n.as_str(), e.as_str()),
            _ => AUTHOR,
        };
        let git_in = |args: &[&str]| {
            let mut cmd = hermetic(&git.program, Some(dir));
            cmd.args(args)
                .env("GIT_AUTHOR_NAME", author.0)
                .env("GIT_AUTHOR_EMAIL", author.1)
                .env("GIT_COMMITTER_NAME", AUTHOR.0)
                .env("GIT_COMMITTER_EMAIL", AUTHOR.1)
                .env("GIT_AUTHOR_DATE", &date)
                .env("GIT_COMMITTER_DATE", &date);
            cmd
        };
        match step {
            Step::Commit {
                message,
                files,
                delete,
                ..
            } => {
                for (rel, content) in files {
                    let path = dir.join(rel);
                    if let Some(p) = path.parent() {
                        std::fs::create_dir_all(p)
                            .map_err(|e| format!("cannot create {}: {e}", p.display()))?;
                    }
                    std::fs::write(&path, content)
                        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                }
                for rel in delete {
                    std::fs::remove_file(dir.join(rel)).map_err(|e| {
                        format!("commit {message:?} deletes {rel}, which is not there ({e})")
                    })?;
                }
                run(git_in(&["add", "-A"]), "add")?;
                run(
                    git_in(&[
                        "commit",
                        "-q",
                        "--allow-empty",
                        "--no-verify",
                        "-m",
                        message,
                    ]),
                    &format!("commit {message:?}"),
                )?;
            }
            Step::Branch(b) => run(git_in(&["switch", "-q", "-c", b]), &format!("branch {b}"))?,
            Step::Switch(b) => run(git_in(&["switch", "-q", b]), &format!("switch {b}"))?,
            Step::Merge { branch, message } => {
                let message = message
                    .clone()
                    .unwrap_or_else(|| format!("Merge branch '{branch}'"));
                run(
                    git_in(&[
                        "merge",
                        "-q",
                        "--no-ff",
                        "--no-edit",
                        "-m",
                        &message,
                        branch,
                    ]),
                    &format!("merge {branch} (a recipe's merges must not conflict)"),
                )?;
            }
            Step::Tag { name, message } => match message {
                Some(m) => run(
                    git_in(&["tag", "-a", "-m", m, name]),
                    &format!("tag {name}"),
                )?,
                None => run(git_in(&["tag", name]), &format!("tag {name}"))?,
            },
        }
    }
    if let Some(head) = &recipe.head {
        run(
            hermetic(&git.program, Some(dir)).args(["switch", "-q", head]),
            &format!("switch {head}"),
        )?;
    }
    Ok(())
}

fn run(mut cmd: impl std::borrow::BorrowMut<Command>, what: &str) -> Result<(), String> {
    let out = cmd
        .borrow_mut()
        .output()
        .map_err(|e| format!("cannot run git ({what}): {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "building the repository failed at `{what}`: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}
