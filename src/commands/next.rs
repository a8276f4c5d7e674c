//! `grader next`: the first unfinished exercise in roadmap order, and how
//! to start it.

use super::{in_workspace, read_progress};
use crate::cli::Global;
use crate::error::{Error, exit};
use crate::report::learner;
use crate::roadmap;
use crate::workspace::Workspace;
use crate::workspace::progress::State;

pub fn run(global: &Global) -> Result<u8, Error> {
    let (ws, pack, cwd) = in_workspace(global, "next")?;
    let progress = read_progress(&ws);
    let items: Vec<_> = roadmap::items(&pack)
        .into_iter()
        .filter(|i| i.broken.is_none())
        .collect();
    let text = match items
        .iter()
        .find(|i| progress.state(&i.id) != State::Passed)
    {
        Some(item) => {
            let path = ws.file_for(&item.id);
            learner::next(
                item,
                progress.entry(&item.id),
                &Workspace::show_path(&path, &cwd),
                path.is_file(),
            )
        }
        None => learner::all_passed(items.len()),
    };
    anstream::print!("{text}");
    Ok(exit::OK)
}
