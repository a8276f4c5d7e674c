//! `grader watch [PATH]`: re-checks exercise files as they are saved, in
//! a workspace, a topic folder of it, or one file.

use std::path::Path;

use super::session::{Ending, Session};
use super::{Grading, current_dir, pack_for, suggest_path, workspace_near};
use crate::cli::{Global, WatchArgs};
use crate::error::{Error, exit};
use crate::report::{PALETTE, paint};
use crate::roadmap::{self, Item};
use crate::workspace::Workspace;
use crate::workspace::progress::State;

pub async fn run(global: &Global, args: WatchArgs) -> Result<u8, Error> {
    let cwd = current_dir()?;
    let target = args.path.as_ref().map_or(cwd.clone(), |p| cwd.join(p));
    if !target.exists() {
        return Err(Error::Usage(format!(
            "{} does not exist{}",
            Workspace::show_path(&target, &cwd),
            suggest_path(&target, &cwd).unwrap_or_else(|| {
                "; give the workspace, a topic folder in it, or an exercise file".into()
            })
        )));
    }
    let Some(ws) = workspace_near(&target)? else {
        return Err(Error::Usage(format!(
            "{} is not inside a practice workspace; run `grader init` to create one, \
             then `cd python-practice && grader watch`",
            Workspace::show_path(&target, &cwd)
        )));
    };
    let pack = pack_for(global, Some(&ws))?;
    let all: Vec<Item> = roadmap::items(&pack)
        .into_iter()
        .filter(|i| i.broken.is_none())
        .collect();
    let (items, label) = scope(&ws, &target, all, &cwd)?;
    let grading = Grading::interactive(global, &pack).await?;
    let mut session = Session::new(ws, pack, grading, cwd, items, label, None);
    let ending = session.run(args.watch.poll).await?;
    let passed = session
        .items
        .iter()
        .filter(|i| session.progress.state(&i.id) == State::Passed)
        .count();
    anstream::println!(
        "\n{} {passed}/{} passed here. `grader next` picks up where you left off.",
        paint(
            PALETTE.bold,
            if ending == Ending::Interrupted {
                "Stopped watching (Ctrl-C)."
            } else {
                "Stopped watching."
            }
        ),
        session.items.len()
    );
    Ok(exit::OK)
}

/// The exercises `target` covers (the workspace, a topic folder, or one
/// file) and a label for the header.
fn scope(
    ws: &Workspace,
    target: &Path,
    all: Vec<Item>,
    cwd: &Path,
) -> Result<(Vec<Item>, String), Error> {
    let canon = crate::workspace::canonical_existing(target);
    let label = Workspace::show_path(&canon, cwd);
    if canon == ws.root || canon.starts_with(ws.state_dir()) {
        // The workspace's own name reads better than `.`.
        let name = ws
            .root
            .file_name()
            .map_or(label, |n| n.to_string_lossy().into_owned());
        return Ok((all, name));
    }
    if canon.is_file() {
        let Some(id) = ws
            .id_of(&canon)
            .filter(|id| all.iter().any(|i| &i.id == id))
        else {
            return Err(Error::Usage(format!(
                "{label} is not an exercise file of this workspace (expected <topic>/<name>.py, \
                 e.g. decorators/timing.py); `grader list` shows them"
            )));
        };
        let items = all.into_iter().filter(|i| i.id == id).collect();
        return Ok((items, label));
    }
    let topic = canon
        .strip_prefix(&ws.root)
        .ok()
        .and_then(|rel| rel.to_str())
        .unwrap_or_default()
        .to_string();
    let items: Vec<Item> = all.into_iter().filter(|i| i.topic == topic).collect();
    if items.is_empty() {
        return Err(Error::Usage(format!(
            "{label} is not a topic folder of this workspace; watch the workspace, \
             a topic folder (e.g. decorators) or one exercise file"
        )));
    }
    Ok((items, label))
}
