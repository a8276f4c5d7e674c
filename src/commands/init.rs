//! `grader init`: creates or updates a practice workspace.  Never replaces
//! a file that exists unless `--force` says so, and then keeps a copy.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::{current_dir, load_pack, report_spec_errors};
use crate::cli::{Global, InitArgs};
use crate::error::{Error, exit};
use crate::report::{PALETTE, paint};
use crate::roadmap;
use crate::spec::{Pack, PackSource};
use crate::workspace::{self, DEFAULT_DIR, MARKER_FILE, Marker, STATE_DIR, Workspace, progress};

/// The workspace's README.md.
const README: &str = "# Python practice

Made by `grader init`. One folder per topic, one file per exercise: the task
is in each file's docstring, above the code to complete.

```sh
grader next                        # the next exercise, and how to start it
grader watch                       # re-checks a file each time you save it; moves on when it passes
grader check decorators/timing.py  # check one file (or a folder, or `.` for everything)
grader hint decorators/timing      # one more hint each time you ask
grader list                        # every topic, with your progress
grader drill --minutes 30          # a timed interview drill on exercises you have not solved
```

Your progress is kept in `.grader/progress.json`. After upgrading grader,
run `grader init` here again to add new exercises; it never overwrites your
files.
";

const GITIGNORE: &str =
    "# grader's scratch files; progress.json is worth keeping.\nprogress.lock\n.tmp-*\nbackup/\n";

/// What happened to one file.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Created,
    /// Exists and was left alone.
    Kept,
    /// `--force`: replaced, the old one backed up.
    Replaced,
    /// `--force`, but it already had exactly this content.
    Unchanged,
}

pub fn run(global: &Global, args: InitArgs) -> Result<u8, Error> {
    let cwd = current_dir()?;
    let here = Workspace::find(&cwd).map_err(Error::Usage)?;
    let root = match (&args.dir, &here) {
        (Some(dir), _) => cwd.join(dir),
        // Inside a workspace, `grader init` updates it.
        (None, Some(ws)) => ws.root.clone(),
        (None, None) => cwd.join(DEFAULT_DIR),
    };
    if root.exists() && !root.is_dir() {
        return Err(Error::Usage(format!(
            "{} exists and is not a folder; give another folder, e.g. `grader init {DEFAULT_DIR}`",
            root.display()
        )));
    }
    let shown = Workspace::show_path(&root, &cwd);
    let existing = if root.join(STATE_DIR).join(MARKER_FILE).is_file() {
        Some(Workspace::open(&root).map_err(Error::Usage)?)
    } else {
        if let Some(outer) = Workspace::find(&root).map_err(Error::Usage)? {
            return Err(Error::Usage(format!(
                "{shown} is inside the workspace {}; run `grader init` there to update it, \
                 or choose a folder outside it",
                Workspace::show_path(&outer.root, &cwd)
            )));
        }
        None
    };

    // The pack: the one named now, else the one the workspace already follows.
    let pack_dir = match &global.exercises {
        Some(dir) => Some(dir.canonicalize().map_err(|e| {
            Error::Usage(format!(
                "cannot use the pack {} ({e}); --exercises / GRADER_EXERCISES must name a pack folder",
                dir.display()
            ))
        })?),
        None => existing
            .as_ref()
            .and_then(|ws| ws.marker.exercises.clone()),
    };
    let pack = match &pack_dir {
        Some(dir) => Pack::load(PackSource::Dir(dir.clone())).map_err(Error::Spec)?,
        None => load_pack(global)?,
    };

    let ws = Workspace::create(&root, Marker::new(pack_dir.clone())).map_err(Error::Usage)?;
    let state = ws.state_dir();
    write_if_missing(&state.join(".gitignore"), GITIGNORE)?;
    let backup = state.join("backup").join(progress::now().to_string());

    let mut spec_errors = Vec::new();
    let mut created = Vec::new();
    let (mut kept, mut replaced, mut unchanged) = (0, 0, 0);
    let mut topics = Vec::new();
    for item in roadmap::items(&pack) {
        let ex = match pack.exercise(&item.id) {
            Ok(ex) => ex,
            Err(errs) => {
                spec_errors.extend(errs);
                continue;
            }
        };
        if ex.kind.is_folder() {
            let placed = if ex.kind == crate::spec::Kind::Repo {
                place_repo(&ws.root, &ex, args.force, &backup)
            } else {
                place_project(&ws.root, &pack, &ex, args.force, &backup)?
            };
            match placed {
                Some(Outcome::Created) => created.push(format!("{}/", ex.id)),
                Some(Outcome::Kept) => kept += 1,
                Some(Outcome::Replaced) => replaced += 1,
                Some(Outcome::Unchanged) => unchanged += 1,
                None => continue,
            }
            if !topics.contains(&item.topic) {
                topics.push(item.topic.clone());
            }
            continue;
        }
        let Some((rel, text)) = crate::kinds::starter_file(&pack, &ex) else {
            let ext = match ex.kind.form() {
                crate::spec::Form::File(ext) => ext,
                crate::spec::Form::Folder => "py",
            };
            anstream::eprintln!(
                "{} skipped {}: the pack has no readable {}",
                paint(PALETTE.warn, "warning:"),
                ex.id,
                pack.display(&format!("{}/starter.{ext}", ex.id))
            );
            continue;
        };
        match place(&ws.root, &rel, &text, args.force, &backup)? {
            Outcome::Created => created.push(rel),
            Outcome::Kept => kept += 1,
            Outcome::Replaced => replaced += 1,
            Outcome::Unchanged => unchanged += 1,
        }
        if !topics.contains(&item.topic) {
            topics.push(item.topic.clone());
        }
    }
    let readme = place(&ws.root, "README.md", README, args.force, &backup)?;

    let total = created.len() + kept + replaced + unchanged;
    let mut out = String::new();
    if existing.is_none() {
        let _ = writeln!(
            out,
            "{}",
            paint(
                PALETTE.pass.bold(),
                format!(
                    "Created {shown}/ with {total} exercises in {} topics.",
                    topics.len()
                )
            )
        );
    } else {
        let _ = writeln!(
            out,
            "{}",
            paint(
                PALETTE.bold,
                format!(
                    "Updated {shown}/: {} new exercise{}.",
                    created.len(),
                    if created.len() == 1 { "" } else { "s" }
                )
            )
        );
        for rel in &created {
            let _ = writeln!(out, "  {} {rel}", paint(PALETTE.pass, "+"));
        }
    }
    if kept > 0 {
        let _ = writeln!(
            out,
            "Kept {kept} exercise file{} that already existed (your work is never overwritten; \
             --force rewrites them).",
            if kept == 1 { "" } else { "s" }
        );
    }
    if replaced > 0 || readme == Outcome::Replaced {
        let _ = writeln!(
            out,
            "Rewrote {replaced} exercise file{}{}; the previous versions are in {}.",
            if replaced == 1 { "" } else { "s" },
            if readme == Outcome::Replaced {
                " and README.md"
            } else {
                ""
            },
            Workspace::show_path(&backup, &cwd)
        );
    }
    if let Some(dir) = &pack_dir {
        let _ = writeln!(
            out,
            "This workspace follows the pack {}; commands run inside it use that pack.",
            dir.display()
        );
    }
    if existing.is_none() {
        let cd = if shown == "." {
            String::new()
        } else {
            format!("  cd {shown}\n")
        };
        let _ = write!(
            out,
            "\nStart with:\n{cd}  grader next     the first exercise, and how to start it\n  \
             grader watch    re-checks each file as you save it\n"
        );
    }
    if let Ok(Some(req)) = crate::toolchain::Requirements::load(&pack) {
        // Offer the toolchain: exercises that use it are not graded without.
        let _ = write!(
            out,
            "\nSome exercises run real tools ({}). Install them once (a cached virtual\n\
             environment; `grader toolchain status` shows it):\n  {}\n",
            req.pins
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            crate::toolchain::install_command(&pack)
        );
    }
    anstream::print!("{out}");
    if let Some(code) = report_spec_errors(spec_errors) {
        return Ok(code);
    }
    Ok(exit::OK)
}

/// A project exercise's starter folder at `<topic>/<name>/`, with the task
/// in `TASK.md`; `None` (with a warning) when the pack has no starter/.
fn place_project(
    root: &Path,
    pack: &crate::spec::Pack,
    ex: &crate::spec::Exercise,
    force: bool,
    backup: &Path,
) -> Result<Option<Outcome>, Error> {
    let tree = pack.tree(&format!("{}/starter", ex.id));
    if tree.files.is_empty() {
        anstream::eprintln!(
            "{} skipped {}: the pack has no {}",
            paint(PALETTE.warn, "warning:"),
            ex.id,
            pack.display(&format!("{}/starter/", ex.id))
        );
        return Ok(None);
    }
    let existed = root.join(&ex.id).is_dir();
    let task = format!(
        "# {}\n\n{}\n\n## Interface\n\n```\n{}```\n\nCheck it with `grader check {}/`.\n",
        ex.title,
        ex.statement.trim_end(),
        ex.interface,
        ex.id
    );
    let mut outcomes = vec![place(
        root,
        &format!("{}/TASK.md", ex.id),
        &task,
        force,
        backup,
    )?];
    for (rel, bytes) in &tree.files {
        outcomes.push(place_bytes(
            root,
            &format!("{}/{rel}", ex.id),
            bytes,
            force,
            backup,
        )?);
    }
    Ok(Some(if !existed {
        Outcome::Created
    } else if outcomes.contains(&Outcome::Replaced) {
        Outcome::Replaced
    } else if outcomes.iter().all(|o| *o == Outcome::Unchanged) {
        Outcome::Unchanged
    } else {
        Outcome::Kept
    }))
}

/// A repo exercise's repository at `<topic>/<name>/`, built from its
/// recipe; kept if there, rebuilt by `--force` (the old one moved to the
/// backup); `None` (with a warning) when it cannot be built (no git).
fn place_repo(
    root: &Path,
    ex: &crate::spec::Exercise,
    force: bool,
    backup: &Path,
) -> Option<Outcome> {
    let dir = crate::kinds::repo::workspace_dir(root, ex);
    let existed = dir.exists();
    if existed && !force {
        return Some(Outcome::Kept);
    }
    match crate::kinds::repo::rebuild(ex, &dir, &backup.join(&ex.id)) {
        Ok(()) if existed => Some(Outcome::Replaced),
        Ok(()) => Some(Outcome::Created),
        Err(why) => {
            anstream::eprintln!(
                "{} skipped {}: {why}",
                paint(PALETTE.warn, "warning:"),
                ex.id
            );
            None
        }
    }
}

/// Puts `text` at `root/rel` unless a file is there; with `force`, replaces
/// it after copying the old one under `backup`.
fn place(root: &Path, rel: &str, text: &str, force: bool, backup: &Path) -> Result<Outcome, Error> {
    place_bytes(root, rel, text.as_bytes(), force, backup)
}

/// [`place`] for any file, text or not (a project's wheels, images).
fn place_bytes(
    root: &Path,
    rel: &str,
    text: &[u8],
    force: bool,
    backup: &Path,
) -> Result<Outcome, Error> {
    let path = root.join(rel);
    match std::fs::read(&path) {
        Ok(_) if !force => Ok(Outcome::Kept),
        Ok(old) if old == text => Ok(Outcome::Unchanged),
        Ok(old) => {
            let copy = backup.join(rel);
            create_parent(&copy)?;
            std::fs::write(&copy, old).map_err(|e| write_error(&copy, &e))?;
            workspace::write_atomic(&path, text).map_err(Error::Usage)?;
            Ok(Outcome::Replaced)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            create_parent(&path)?;
            write_new(&path, text)?;
            Ok(Outcome::Created)
        }
        Err(e) => Err(Error::Usage(format!(
            "cannot read {} ({e}); fix its permissions or move it away, then run `grader init` again",
            path.display()
        ))),
    }
}

fn write_if_missing(path: &Path, text: &str) -> Result<(), Error> {
    if path.exists() {
        return Ok(());
    }
    write_new(path, text)
}

/// Creates `path`; fails rather than replace a file that appeared meanwhile.
fn write_new(path: &Path, text: &(impl AsRef<[u8]> + ?Sized)) -> Result<(), Error> {
    use std::io::Write as _;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    match file {
        Ok(mut f) => f
            .write_all(text.as_ref())
            .map_err(|e| write_error(path, &e)),
        // Someone made it since we looked: theirs wins.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(write_error(path, &e)),
    }
}

fn create_parent(path: &Path) -> Result<(), Error> {
    let parent: PathBuf = path.parent().map(Path::to_path_buf).unwrap_or_default();
    std::fs::create_dir_all(&parent).map_err(|e| write_error(&parent, &e))
}

fn write_error(path: &Path, e: &std::io::Error) -> Error {
    Error::Usage(format!(
        "cannot write {} ({e}); check the folder's permissions and free space, then run `grader init` again",
        path.display()
    ))
}
