//! `grader hint`: reveals an exercise's hints one at a time; inside a
//! workspace the progress file remembers how many were shown.

use std::path::Path;

use super::check::id_for;
use super::{current_dir, pack_for, read_progress, suggest, warn_all, workspace_near};
use crate::cli::{Global, HintArgs};
use crate::error::{Error, exit};
use crate::report::learner;
use crate::roadmap;
use crate::spec::Pack;
use crate::workspace::Workspace;
use crate::workspace::progress::{Notes, State, Store};

pub fn run(global: &Global, args: HintArgs) -> Result<u8, Error> {
    let cwd = current_dir()?;
    let ws = workspace_near(&cwd)?;
    let pack = pack_for(global, ws.as_ref())?;
    let id = match &args.exercise {
        Some(text) => resolve(&pack, &cwd, text)?,
        None => match &ws {
            Some(ws) => working_on(ws, &pack)?,
            None => {
                return Err(Error::Usage(
                    "which exercise? e.g. `grader hint decorators/timing`; inside a workspace \
                     (`grader init`) it defaults to the one you are working on"
                        .into(),
                ));
            }
        },
    };
    let ex = pack.exercise(&id).map_err(Error::Spec)?;
    let total = ex.hints.len();
    if total == 0 {
        anstream::println!(
            "{id} has no hints. `grader show {id}` has the worked examples and the visible cases."
        );
        return Ok(exit::OK);
    }
    let reveal = |seen: usize| {
        let before = seen.min(total);
        let after = if args.all {
            total
        } else {
            (before + 1).min(total)
        };
        (before, after)
    };
    let remembered = ws.as_ref().map(|ws| {
        Store::new(ws).update(|p| {
            let entry = p.exercises.entry(id.clone()).or_default();
            let (before, after) = reveal(entry.hints_shown);
            entry.hints_shown = after;
            (before, after)
        })
    });
    let (before, after, remembered) = match remembered {
        Some(Ok((shown, notes))) => {
            warn_all(notes);
            (shown.0, shown.1, true)
        }
        Some(Err(e)) => {
            warn_all(Notes(vec![format!(
                "cannot remember which hints you have seen ({e}); showing every hint so far"
            )]));
            (0, total, false)
        }
        None => {
            let (b, a) = reveal(0);
            (b, a, false)
        }
    };
    anstream::print!("{}", learner::hints(&ex, before, after, remembered));
    Ok(exit::OK)
}

/// An exercise id, or a file path naming one.
fn resolve(pack: &Pack, cwd: &Path, text: &str) -> Result<String, Error> {
    let text = text.trim_end_matches('/');
    if pack.ids.iter().any(|id| id == text) {
        return Ok(text.to_string());
    }
    let path = cwd.join(text);
    if (text.ends_with(".py") || path.is_file())
        && let Some(id) = id_for(&path).filter(|id| pack.ids.contains(id))
    {
        return Ok(id);
    }
    let wanted = text.trim_end_matches(".py");
    Err(Error::Usage(format!(
        "no exercise {text:?}{}",
        suggest(pack, wanted)
    )))
}

/// The exercise the learner is on: the unpassed one checked last, else
/// the first unfinished one in roadmap order.
fn working_on(ws: &Workspace, pack: &Pack) -> Result<String, Error> {
    let progress = read_progress(ws);
    let last = progress
        .exercises
        .iter()
        .filter(|(id, e)| e.state() == State::Attempted && pack.ids.contains(id))
        .max_by_key(|(_, e)| e.last_checked)
        .map(|(id, _)| id.clone());
    if let Some(id) = last {
        return Ok(id);
    }
    roadmap::items(pack)
        .into_iter()
        .find(|i| i.broken.is_none() && progress.state(&i.id) != State::Passed)
        .map(|i| i.id)
        .ok_or_else(|| {
            Error::Usage(format!(
                "every exercise passes, so there is nothing to hint at; name one, e.g. `grader hint {}`",
                pack.ids.first().map_or("decorators/timing", String::as_str)
            ))
        })
}
