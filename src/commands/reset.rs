//! `grader reset ID`: builds a repo exercise's starting repository again in
//! the workspace, after asking; the learner's repository is moved to
//! `.grader/backup/<time>/<id>/` first, never deleted.

use std::io::{BufRead as _, IsTerminal as _, Write as _};

use super::{current_dir, pack_for, workspace_near};
use crate::cli::{Global, ResetArgs};
use crate::error::{Error, exit};
use crate::report::{PALETTE, paint};
use crate::spec::Kind;
use crate::workspace::{Workspace, progress};

pub fn run(global: &Global, args: ResetArgs) -> Result<u8, Error> {
    let cwd = current_dir()?;
    let Some(ws) = workspace_near(&cwd)? else {
        return Err(Error::Usage(
            "`grader reset` works inside a workspace (made by `grader init`); cd into it first"
                .into(),
        ));
    };
    let pack = pack_for(global, Some(&ws))?;
    let id = args.exercise.trim_end_matches('/').to_string();
    if !pack.ids.contains(&id) {
        return Err(Error::Usage(format!(
            "no exercise {id:?} in this workspace's pack; `grader list` shows them"
        )));
    }
    let ex = pack.exercise(&id).map_err(Error::Spec)?;
    if ex.kind != Kind::Repo {
        return Err(Error::Usage(format!(
            "{id} is a {} exercise; `grader reset` rebuilds repo exercises (`grader init --force` rewrites the others' files)",
            ex.kind.name()
        )));
    }
    let dir = crate::kinds::repo::workspace_dir(&ws.root, &ex);
    let backup = ws
        .state_dir()
        .join("backup")
        .join(progress::now().to_string())
        .join(&ex.id);
    let shown = Workspace::show_path(&dir, &cwd);
    if dir.exists() && !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(Error::Usage(format!(
                "`grader reset` asks before replacing {shown}/, and there is no terminal to answer; add --yes"
            )));
        }
        eprint!(
            "Build {shown}/ again from the start? Your repository there is moved to {}/ first. [y/N] ",
            Workspace::show_path(&backup, &cwd)
        );
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut answer)
            .map_err(|e| Error::Environment(format!("cannot read the answer: {e}")))?;
        if !matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
            anstream::println!("Nothing changed.");
            return Ok(exit::OK);
        }
    }
    let existed = dir.exists();
    crate::kinds::repo::rebuild(&ex, &dir, &backup).map_err(Error::Environment)?;
    anstream::println!(
        "{}",
        paint(
            PALETTE.pass.bold(),
            format!("Built {shown}/ again from the start.")
        )
    );
    if existed {
        anstream::println!(
            "Your previous repository is in {}/.",
            Workspace::show_path(&backup, &cwd)
        );
    }
    Ok(exit::OK)
}
