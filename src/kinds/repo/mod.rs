//! `kind: repo`: a git repository built from the spec's recipe; the learner
//! works in it with git, and it is graded by its state.
//!
//! - `spec.rs`: the `repo:` block (recipe and checks) and the replayed
//!   command sequences of the pack (`solution.yaml`, `accepted/`, `wrong/`);
//! - `build.rs`: the recipe built with the machine's git, hermetically
//!   (`grader init`, `grader reset`, and before a replay);
//! - `judge.rs`: the checks, compared in Rust with what the run found.
//!
//! A learner's repository is read whole, `.git` included, and inspected
//! only inside the sandbox, by `runners/repo.py` with the real git bound
//! in: the learner controls `.git/config`, hooks and attributes, and git
//! can run commands from all of them (fsmonitor, pager, aliases, filters,
//! hooks).  The driver also replaces `.git/config` with a fresh one and
//! runs git with hooks, fsmonitor and transports turned off.

mod build;
mod judge;
pub mod spec;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use serde::Serialize;
use tokio::io::AsyncReadExt;

use super::{Env, Submission, Tree, Variant};
use crate::judge::{Audience, ExerciseResult, Problem};
use crate::sandbox;
use crate::spec::{Case, CaseLimits, Exercise, Kind, Pack, SpecError};
pub use build::{HostGit, find_git};
use spec::{Check, Recipe, Replay};

/// The driver, embedded so an installed binary needs nothing else on disk.
pub const DRIVER: &str = include_str!("../../../runners/repo.py");

/// Largest repository accepted (working tree and `.git` together), and
/// most files.
pub const MAX_REPO_BYTES: u64 = 32 << 20;
pub const MAX_REPO_FILES: usize = 20_000;
/// Largest report accepted from the driver.
const MAX_REPORT: usize = 16 << 20;
/// Copying the repository and starting Python, on top of the time limit.
const SLACK: Duration = Duration::from_secs(30);
/// Each git command's least address-space limit (git maps its packs).
const GIT_MEMORY: u64 = 1 << 30;
/// Who commits in a replayed sequence, and when (after every recipe date).
const REPLAY_IDENTITY: (&str, &str) = ("Grace Hopper", "grace@example.com");
const REPLAY_DATE: i64 = build::BASE_DATE + 30 * 24 * 3600;

/// What is graded: a learner's folder, or the recipe with commands replayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Work {
    /// A repository's folder as read from disk, `.git` included.
    Folder(Tree),
    /// The recipe as built, then these steps (the pack's own submissions;
    /// none for the starter).
    Replay(Vec<Replay>),
    /// A pack's replay file that does not parse: why.
    Broken(String),
}

impl Work {
    /// The Python files of the working tree (similarity, quoting).
    pub fn python_sources(&self) -> Vec<(String, String)> {
        match self {
            Work::Folder(t) => t
                .python_files()
                .filter(|(p, _)| !p.starts_with(".git/"))
                .map(|(p, b)| (p.clone(), String::from_utf8_lossy(b).into_owned()))
                .collect(),
            Work::Replay(_) | Work::Broken(_) => Vec::new(),
        }
    }
}

/// Resolves `repo:` (called from `parse_exercise`): the recipe, with one
/// case per check appended to `cases`.
pub fn resolve_spec(
    file: &str,
    kind: Kind,
    raw: Option<spec::RepoSpec>,
    limits: &CaseLimits,
    cases: &mut Vec<Case>,
    errors: &mut Vec<SpecError>,
) -> Option<Recipe> {
    match (kind, raw) {
        (Kind::Repo, None) => {
            errors.push(SpecError::at(
                file,
                None,
                "a `kind: repo` exercise needs `repo:` (its recipe and checks)",
            ));
            None
        }
        (Kind::Repo, Some(raw)) => {
            if !cases.is_empty() {
                errors.push(SpecError::at(
                    file,
                    None,
                    "a repo exercise's cases are its `repo.checks`; leave `cases` out",
                ));
            }
            let (recipe, new) = spec::resolve(file, raw, limits, errors);
            for (i, c) in new.iter().enumerate() {
                if new[..i].iter().any(|o| o.name == c.name) {
                    errors.push(SpecError::at(
                        file,
                        None,
                        format!(
                            "duplicate check name {:?}; check names must be unique",
                            c.name
                        ),
                    ));
                }
            }
            cases.extend(new);
            Some(recipe)
        }
        (_, Some(_)) => {
            errors.push(SpecError::at(
                file,
                None,
                "`repo:` belongs to `kind: repo` exercises",
            ));
            None
        }
        (_, None) => None,
    }
}

/// Reads a learner's repository: every file, `.git` included; symbolic
/// links are never followed (nor copied).
pub fn read(path: &Path) -> Result<Work, String> {
    let git = path.join(".git");
    match std::fs::symlink_metadata(&git) {
        Ok(m) if m.is_dir() => {}
        Ok(m) if m.is_file() => {
            return Err(format!(
                "{} is a file (a linked worktree or a submodule); hand in the repository's main folder",
                git.display()
            ));
        }
        _ => {
            return Err(format!(
                "{} is not a git repository (it has no .git folder); `grader reset ID` builds the exercise's repository again",
                path.display()
            ));
        }
    }
    let mut tree = Tree::default();
    let mut total = 0u64;
    let mut stack = vec![(path.to_path_buf(), String::new())];
    while let Some((dir, prefix)) = stack.pop() {
        let entries =
            std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for e in entries.flatten() {
            let Ok(name) = e.file_name().into_string() else {
                continue;
            };
            // The entry itself, never what a link points at.
            let Ok(kind) = e.file_type() else { continue };
            let rel = format!("{prefix}{name}");
            if kind.is_dir() {
                stack.push((e.path(), format!("{rel}/")));
            } else if kind.is_file() {
                let len = e.metadata().map(|m| m.len()).unwrap_or(0);
                total += len;
                if total > MAX_REPO_BYTES || tree.files.len() >= MAX_REPO_FILES {
                    return Err(format!(
                        "{} is larger than a repo exercise may be ({MAX_REPO_FILES} files, {} MiB at most, .git included)",
                        path.display(),
                        MAX_REPO_BYTES >> 20
                    ));
                }
                let bytes = read_no_follow(&e.path())
                    .map_err(|err| format!("cannot read {}: {err}", e.path().display()))?;
                tree.files.insert(rel, bytes);
            }
        }
    }
    Ok(Work::Folder(tree))
}

/// Reads a file, refusing a link swapped in since it was listed.
fn read_no_follow(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.custom_flags(nix::libc::O_NOFOLLOW);
    }
    let mut f = opts.open(path)?;
    let mut out = Vec::new();
    f.by_ref().take(MAX_REPO_BYTES + 1).read_to_end(&mut out)?;
    Ok(out)
}

fn replay_file(pack: &Pack, rel: &str) -> Work {
    let display = pack.display(rel);
    match pack.read(rel).map(String::from_utf8) {
        None => Work::Broken(format!("{display} cannot be read")),
        Some(Err(_)) => Work::Broken(format!("{display} is not UTF-8 text")),
        Some(Ok(text)) => match spec::parse_replay(&display, &text) {
            Ok(steps) => Work::Replay(steps),
            Err(why) => Work::Broken(why),
        },
    }
}

/// The pack's `solution.yaml` (replayed on the recipe), or the starter:
/// the recipe as built.
pub fn named(pack: &Pack, exercise: &Exercise, which: &str) -> Option<Submission> {
    exercise.repo.as_ref()?;
    if which == "starter" {
        return Some(Submission::Repo(Work::Replay(Vec::new())));
    }
    let rel = format!("{}/{which}.yaml", exercise.id);
    pack.read(&rel)?;
    Some(Submission::Repo(replay_file(pack, &rel)))
}

/// `accepted/*.yaml` or `wrong/*.yaml`, sorted by name.
pub fn variants(pack: &Pack, exercise: &Exercise, sub: &str) -> Vec<Variant> {
    pack.files_under(&exercise.id, sub, ".yaml")
        .into_iter()
        .map(|rel| Variant {
            name: rel
                .rsplit('/')
                .next()
                .unwrap_or(&rel)
                .trim_end_matches(".yaml")
                .to_string(),
            display: pack.display(&rel),
            submission: Ok(Submission::Repo(replay_file(pack, &rel))),
        })
        .collect()
}

/// Builds the exercise's starting repository at `dir` (which must not
/// exist), with `TASK.md` beside the files, ignored by git.
pub fn build_start(exercise: &Exercise, dir: &Path) -> Result<(), String> {
    let recipe = exercise
        .repo
        .as_ref()
        .ok_or_else(|| format!("{} has no recipe", exercise.id))?;
    let git = find_git()?;
    build::build(&git, recipe, dir)?;
    let task = format!(
        "# {}\n\n{}\n\nWork in this folder with git. Check it with `grader check {}/`; \
         `grader reset {}` builds the starting repository again.\n",
        exercise.title,
        exercise.statement.trim_end(),
        exercise.id,
        exercise.id
    );
    std::fs::write(dir.join("TASK.md"), task).map_err(|e| format!("cannot write TASK.md: {e}"))?;
    let info = dir.join(".git").join("info");
    std::fs::create_dir_all(&info).map_err(|e| format!("cannot create {}: {e}", info.display()))?;
    std::fs::write(info.join("exclude"), "TASK.md\n")
        .map_err(|e| format!("cannot write .git/info/exclude: {e}"))?;
    Ok(())
}

/// Moves `dir` (an exercise's repository in a workspace) to `backup`, and
/// builds the starting repository in its place.
pub fn rebuild(exercise: &Exercise, dir: &Path, backup: &Path) -> Result<(), String> {
    if dir.exists() {
        if let Some(p) = backup.parent() {
            std::fs::create_dir_all(p)
                .map_err(|e| format!("cannot create {}: {e}", p.display()))?;
        }
        std::fs::rename(dir, backup)
            .map_err(|e| format!("cannot move {} to {}: {e}", dir.display(), backup.display()))?;
    }
    build_start(exercise, dir)
}

/// What the driver is asked (no expected value in here).
#[derive(Serialize)]
struct Request<'a> {
    repo: &'a Path,
    git: &'a Path,
    exec_path: &'a Path,
    identity: (&'a str, &'a str),
    date: i64,
    /// Each git command's address-space limit, in bytes.
    memory: u64,
    replay: &'a [Replay],
    probes: Vec<Probe<'a>>,
}

/// What to look up for one check.
#[derive(Serialize)]
#[serde(tag = "what", rename_all = "lowercase")]
enum Probe<'a> {
    Status,
    Log {
        #[serde(rename = "ref")]
        at: &'a str,
        first_parent: bool,
    },
    Ancestor {
        a: &'a str,
        b: &'a str,
    },
    Show {
        #[serde(rename = "ref")]
        at: Option<&'a str>,
        path: &'a str,
    },
    Markers {
        #[serde(rename = "ref")]
        at: &'a str,
    },
    Tag {
        name: &'a str,
    },
    Head,
}

fn probe(check: &Check) -> Probe<'_> {
    match check {
        Check::Clean => Probe::Status,
        Check::Linear(b) => Probe::Log {
            at: b,
            first_parent: false,
        },
        Check::MergeCommit(b) => Probe::Log {
            at: b,
            first_parent: true,
        },
        Check::Log {
            at, first_parent, ..
        } => Probe::Log {
            at,
            first_parent: *first_parent,
        },
        Check::Contains { at, .. } | Check::Lacks { at, .. } => Probe::Log {
            at,
            first_parent: false,
        },
        Check::Merged { branch, into } => Probe::Ancestor { a: branch, b: into },
        Check::File { at, path, .. } => Probe::Show {
            at: at.as_deref(),
            path,
        },
        Check::NoConflictMarkers(at) => Probe::Markers { at },
        Check::Tag { name, .. } => Probe::Tag { name },
        Check::Head(_) => Probe::Head,
    }
}

pub async fn grade(
    env: &Env<'_>,
    exercise: &Exercise,
    work: &Work,
    display: &str,
    audience: Audience,
) -> Result<ExerciseResult, crate::error::Error> {
    let refuse = |message: String| {
        Ok(ExerciseResult::refused(
            exercise,
            display,
            Problem {
                message,
                location: None,
                column: None,
                hint: None,
            },
        ))
    };
    let Some(recipe) = &exercise.repo else {
        return refuse(format!("{} has no `repo:` recipe", exercise.id));
    };
    if let Work::Broken(why) = work {
        return refuse(why.clone());
    }
    let git = match find_git() {
        Ok(g) => g,
        Err(why) => return Ok(judge::not_graded(exercise, display, &why)),
    };
    let scratch = tempfile::Builder::new()
        .prefix("grader-repo-")
        .tempdir()
        .context("creating a temporary directory for the run")?;
    let root = scratch.path();
    let repo = root.join("repo");
    let work_dir = root.join("work");
    std::fs::create_dir(&work_dir).context("creating the run's folder")?;
    let replay: &[Replay] = match work {
        Work::Folder(tree) => {
            std::fs::create_dir(&repo).context("creating the repository's copy")?;
            tree.write_to(&repo)
                .context("copying the repository for the run")?;
            &[]
        }
        Work::Replay(steps) => {
            if let Err(why) = build::build(&git, recipe, &repo) {
                return refuse(format!("the exercise's recipe cannot be built: {why}"));
            }
            steps
        }
        Work::Broken(_) => &[],
    };
    let report = run(env, exercise, recipe, &git, root, &repo, &work_dir, replay).await?;
    drop(scratch);
    // A repository that cannot be copied, or a pack's replay that went
    // wrong, is not a verdict on any check (and `verify` reports it).
    if let Some(why) = judge::unusable(replay, &report) {
        return refuse(why);
    }
    Ok(judge::judge(
        exercise, recipe, replay, &report, display, audience,
    ))
}

/// What the driver reported, or why there is nothing to trust.
pub enum Report {
    Done(judge::DriverReport),
    TimedOut,
    Broken(String),
}

#[allow(clippy::too_many_arguments)]
async fn run(
    env: &Env<'_>,
    exercise: &Exercise,
    recipe: &Recipe,
    git: &HostGit,
    root: &Path,
    repo: &Path,
    work: &Path,
    replay: &[Replay],
) -> Result<Report, crate::error::Error> {
    let driver = root.join("repo.py");
    std::fs::write(&driver, DRIVER).context("writing the repo driver")?;
    let request = Request {
        repo,
        git: &git.program,
        exec_path: &git.exec_path,
        identity: REPLAY_IDENTITY,
        date: REPLAY_DATE,
        memory: exercise.limits.memory_bytes.max(GIT_MEMORY),
        replay,
        probes: recipe.checks.iter().map(probe).collect(),
    };
    let request_path = root.join("request.json");
    std::fs::write(
        &request_path,
        serde_json::to_vec(&request).context("encoding the run's request")?,
    )
    .context("writing the run's request")?;

    let args = [
        std::ffi::OsStr::new("-I"),
        std::ffi::OsStr::new("-S"),
        std::ffi::OsStr::new("-u"),
        driver.as_os_str(),
        request_path.as_os_str(),
    ];
    let executable: Vec<&Path> = vec![git.program.as_path(), git.exec_path.as_path()];
    let readable: Vec<&Path> = vec![repo, &driver, &request_path];
    let launch = env.sandbox.command_with(
        &env.interpreter.executable,
        &args,
        work,
        &readable,
        &executable,
    );
    let status = launch.status;
    let mut cmd = launch.command;
    cmd.stdin(Stdio::null());
    let mut child = cmd.spawn().map_err(|e| {
        crate::error::Error::Environment(format!(
            "cannot start {}: {e}",
            env.interpreter.executable.display()
        ))
    })?;
    let pid = child.id();
    if let Some(pid) = pid {
        sandbox::track(pid);
    }
    let mut stdout = child
        .stdout
        .take()
        .context("the driver's stdout was not piped")?;
    let mut stderr = child
        .stderr
        .take()
        .context("the driver's stderr was not piped")?;
    let err_task = tokio::spawn(async move {
        let mut kept = Vec::new();
        let mut buf = [0u8; 8192];
        while let Ok(n) = stderr.read(&mut buf).await {
            if n == 0 {
                break;
            }
            if kept.len() < 16 << 10 {
                kept.extend_from_slice(&buf[..n]);
            }
        }
        kept
    });
    let deadline = exercise.total_time + SLACK;
    let started = Instant::now();
    let mut out = Vec::new();
    let mut timed_out = false;
    let mut buf = vec![0u8; 64 << 10];
    loop {
        let left = deadline.saturating_sub(started.elapsed());
        match tokio::time::timeout(left, stdout.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => {
                out.extend_from_slice(&buf[..n]);
                if out.len() > MAX_REPORT {
                    break;
                }
            }
            Err(_) => {
                timed_out = true;
                break;
            }
        }
    }
    let exited = if timed_out || out.len() > MAX_REPORT {
        None
    } else {
        tokio::time::timeout(Duration::from_secs(5), child.wait())
            .await
            .ok()
            .and_then(Result::ok)
    };
    if let Some(pid) = pid {
        if exited.is_none() {
            sandbox::kill_tree(pid);
            let _ = tokio::time::timeout(Duration::from_secs(5), child.wait()).await;
        }
        sandbox::untrack(pid);
    }
    let stderr = err_task.await.unwrap_or_default();
    if let Some(status) = &status {
        env.sandbox
            .observe(status)
            .map_err(crate::error::Error::Environment)?;
    }
    if timed_out {
        return Ok(Report::TimedOut);
    }
    let clean = exited.is_some_and(|s| s.success());
    let mut lines = out.split(|&b| b == b'\n').filter(|l| !l.is_empty());
    let parsed = match (lines.next(), lines.next(), clean) {
        (Some(line), None, true) => serde_json::from_slice::<judge::DriverReport>(line).ok(),
        _ => None,
    };
    Ok(match parsed {
        Some(r) if r.probes.is_empty() || r.probes.len() == recipe.checks.len() => Report::Done(r),
        _ => {
            let text = String::from_utf8_lossy(&stderr);
            let tail: Vec<&str> = text.lines().rev().take(6).collect();
            Report::Broken(if tail.is_empty() {
                "the repo driver ended without a report".into()
            } else {
                format!(
                    "the repo driver ended without a report; it said:\n{}",
                    tail.into_iter().rev().collect::<Vec<_>>().join("\n")
                )
            })
        }
    })
}

/// Where an exercise's repository lives in a workspace.
pub fn workspace_dir(root: &Path, exercise: &Exercise) -> PathBuf {
    root.join(&exercise.id)
}

/// How the pack's solution or starter is named in messages.
pub fn display(pack: &Pack, exercise: &Exercise, which: &str) -> String {
    if which == "starter" {
        format!(
            "{} (the recipe as built)",
            pack.display(&format!("{}/exercise.yaml", exercise.id))
        )
    } else {
        pack.display(&format!("{}/{which}.yaml", exercise.id))
    }
}

/// `grader show` after the statement and interface: how the exercise is
/// worked on, and the visible checks.
pub fn show_rest(exercise: &Exercise) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let id = &exercise.id;
    let _ = writeln!(
        out,
        "\nHow it works: `grader init` builds this repository at {id}/ in your workspace \
         (`grader reset {id}` builds it again); work in it with git, then run \
         `grader check {id}/`. The repository, .git included, is inspected in the sandbox."
    );
    let hidden = exercise.cases.iter().filter(|c| c.hidden).count();
    let _ = writeln!(
        out,
        "\nChecks ({} visible, {hidden} hidden)",
        exercise.cases.len() - hidden
    );
    for case in exercise.cases.iter().filter(|c| !c.hidden) {
        let _ = writeln!(out, "\n  {}", case.name);
        for line in case.code.trim_end().lines() {
            let _ = writeln!(out, "{}", format!("    {line}").trim_end());
        }
    }
    if !exercise.hints.is_empty() {
        let _ = writeln!(out, "\n{} hints available.", exercise.hints.len());
    }
    out
}

/// What `grader seal` says of a repo exercise: its hidden checks (a tag's
/// commit, a file's content) have no sealed form and stay readable in the
/// copy's `exercise.yaml`.
pub fn seal_note(pack: &Pack, id: &str) -> Option<String> {
    let ex = pack.exercise(id).ok()?;
    let hidden = ex.cases.iter().filter(|c| c.hidden).count();
    (ex.kind == Kind::Repo && hidden > 0).then(|| {
        format!(
            "{hidden} hidden check(s) of this repo exercise stay readable in the copy (checks have no sealed form yet)"
        )
    })
}
