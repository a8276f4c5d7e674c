//! `grader list` and `grader show`: reading the pack, running nothing.

use std::fmt::Write as _;

use super::{current_dir, load_pack, pack_for, read_progress, suggest, workspace_near};
use crate::cli::Global;
use crate::error::{Error, exit};
use crate::report::{PALETTE, learner, paint};
use crate::roadmap;

pub fn list(global: &Global) -> Result<u8, Error> {
    let ws = workspace_near(&current_dir()?)?;
    let pack = pack_for(global, ws.as_ref())?;
    let progress = ws.as_ref().map(read_progress);
    let items = roadmap::items(&pack);
    anstream::print!("{}", learner::roadmap(&pack, &items, progress.as_ref()));
    Ok(exit::OK)
}

/// The catalogue as a Markdown table: README.md's copy is checked against
/// this by a test, so the two cannot drift apart.
pub fn markdown(global: &Global) -> Result<u8, Error> {
    let pack = load_pack(global)?;
    let mut out = String::from("| topic | exercises (easiest first) |\n|---|---|\n");
    for topic in &pack.topics {
        let mut rows: Vec<(u8, String)> = Vec::new();
        for id in pack
            .ids
            .iter()
            .filter(|id| id.split('/').next() == Some(&topic.id))
        {
            let ex = pack.exercise(id).map_err(Error::Spec)?;
            rows.push((ex.difficulty, format!("`{id}` {}", stars(ex.difficulty))));
        }
        rows.sort();
        let cells: Vec<String> = rows.into_iter().map(|(_, s)| s).collect();
        let _ = writeln!(
            out,
            "| {} (`{}`) | {} |",
            topic.title,
            topic.id,
            cells.join(", ")
        );
    }
    print!("{out}");
    Ok(exit::OK)
}

/// Doctest style: lines inside a block, and the clauses that continue one,
/// get `...` rather than `>>>`.
fn continues_block(line: &str) -> bool {
    line.is_empty()
        || line.starts_with([' ', '\t'])
        || ["except", "else:", "elif ", "finally:"]
            .iter()
            .any(|k| line.starts_with(k))
}

fn stars(difficulty: u8) -> String {
    let d = usize::from(difficulty.min(3));
    format!("{}{}", "★".repeat(d), "☆".repeat(3 - d))
}

pub fn show(global: &Global, id: &str) -> Result<u8, Error> {
    let ws = workspace_near(&current_dir()?)?;
    let pack = pack_for(global, ws.as_ref())?;
    if !pack.ids.iter().any(|i| i == id) {
        return Err(Error::Usage(format!(
            "no exercise {id:?}{}",
            suggest(&pack, id)
        )));
    }
    let ex = pack.exercise(id).map_err(Error::Spec)?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  {}",
        paint(PALETTE.bold, format!("{} — {}", ex.id, ex.title)),
        stars(ex.difficulty)
    );
    let _ = writeln!(out, "\n{}\n", ex.statement.trim_end());
    let _ = writeln!(out, "{}", paint(PALETTE.bold, "Interface"));
    for line in ex.interface.trim_end().lines() {
        let _ = writeln!(out, "{}", format!("    {line}").trim_end());
    }
    let (major, minor) = ex.min_python;
    let _ = writeln!(
        out,
        "\n{} Python {major}.{minor}+ · {}s per case · {} MiB · {} KiB of output",
        paint(PALETTE.bold, "Limits:"),
        ex.limits.time.as_secs_f64(),
        ex.limits.memory_bytes >> 20,
        ex.limits.output_bytes >> 10
    );
    let hidden = ex.cases.iter().filter(|c| c.hidden).count();
    let _ = writeln!(
        out,
        "\n{} ({} visible, {hidden} hidden)",
        paint(PALETTE.bold, "Cases"),
        ex.cases.len() - hidden
    );
    if let Some(setup) = &ex.setup {
        let _ = writeln!(out, "  setup, run before every case:");
        for line in setup.trim_end().lines() {
            let _ = writeln!(out, "    {line}");
        }
    }
    for case in ex.cases.iter().filter(|c| !c.hidden) {
        let _ = writeln!(out, "  {}", paint(PALETTE.bold, &case.name));
        let mut after_decorator = false;
        for line in case.code.trim_end().lines() {
            let prompt = if continues_block(line) || after_decorator {
                "..."
            } else {
                ">>>"
            };
            after_decorator = line.starts_with('@');
            let _ = writeln!(out, "{}", format!("    {prompt} {line}").trim_end());
        }
        for line in case.expect.text().unwrap_or_default().trim_end().lines() {
            let _ = writeln!(out, "    {}", paint(PALETTE.dim, line));
        }
    }
    if !ex.hints.is_empty() {
        let _ = writeln!(out, "\n{} hints available.", ex.hints.len());
    }
    let file = id.to_string() + ".py";
    let _ = writeln!(out, "\nWrite {file}, then run: grader check {file}");
    anstream::print!("{out}");
    Ok(exit::OK)
}
