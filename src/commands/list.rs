//! `grader list` and `grader show`: reading the pack, running nothing.

use std::fmt::Write as _;

use super::{current_dir, load_pack, pack_for, read_progress, suggest, workspace_near};
use crate::cli::Global;
use crate::error::{Error, exit};
use crate::report::{PALETTE, learner, paint};
use crate::roadmap;
use crate::spec::{CaseLimits, Compare, Form, Kind};

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
        let mut cells: Vec<String> = rows.into_iter().map(|(_, s)| s).collect();
        if cells.is_empty() {
            cells.push("none yet".to_string());
        }
        let mut cell = cells.join(", ");
        if let Some(why) = &topic.not_graded {
            cell.push_str(&format!(" — *not graded here: {why}*"));
        }
        let _ = writeln!(out, "| {} (`{}`) | {cell} |", topic.title, topic.id);
    }
    print!("{out}");
    Ok(exit::OK)
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
    if ex.kind == Kind::Quiz {
        // A quiz has questions, not code: no interface, limits nor cases.
        let _ = writeln!(out, "{}", paint(PALETTE.bold, "Questions"));
        out.push_str(&crate::kinds::quiz::present(&ex));
        if !ex.hints.is_empty() {
            let _ = writeln!(out, "\n{} hints available.", ex.hints.len());
        }
        let _ = writeln!(
            out,
            "\nWrite {id}.toml (grader init writes it), then run: grader check {id}.toml"
        );
        anstream::print!("{out}");
        return Ok(exit::OK);
    }
    if !ex.interface.trim().is_empty() {
        let _ = writeln!(out, "{}", paint(PALETTE.bold, "Interface"));
        for line in ex.interface.trim_end().lines() {
            let _ = writeln!(out, "{}", format!("    {line}").trim_end());
        }
    }
    if ex.kind == crate::spec::Kind::Repo {
        out.push_str(&crate::kinds::repo::show_rest(&ex));
        anstream::print!("{out}");
        return Ok(exit::OK);
    }
    let (major, minor) = ex.min_python;
    let _ = writeln!(
        out,
        "\n{} Python {major}.{minor}+ · {}",
        paint(PALETTE.bold, "Limits:"),
        limits_text(&ex.limits)
    );
    // Limits are not secret, hidden cases included: a learner whose case
    // stops at 1 s must be able to know that it would.
    for case in ex.cases.iter().filter(|c| c.limits != ex.limits) {
        let _ = writeln!(
            out,
            "  case {:?}{}: {}",
            case.name,
            if case.hidden { " (hidden)" } else { "" },
            limits_difference(&ex.limits, &case.limits)
        );
    }
    let how =
        crate::kinds::tests::how_it_runs(&ex).unwrap_or_else(|| how_it_runs(ex.kind).to_string());
    let _ = writeln!(out, "\n{} {how}", paint(PALETTE.bold, "How it runs:"));
    if ex.kind == crate::spec::Kind::Tests {
        // Mutants are named only once a check has run the suite on them.
        if !ex.hints.is_empty() {
            let _ = writeln!(out, "\n{} hints available.", ex.hints.len());
        }
        let _ = writeln!(
            out,
            "\nWrite your tests in {id}/ (`grader init` puts the module there), then run: grader check {id}/"
        );
        anstream::print!("{out}");
        return Ok(exit::OK);
    }
    if !ex.services.is_empty() {
        let _ = writeln!(
            out,
            "\n{} each run gets its own throwaway {}, reached through {}{}.",
            paint(PALETTE.bold, "Services:"),
            ex.services
                .iter()
                .map(|s| s.name())
                .collect::<Vec<_>>()
                .join(" and "),
            ex.services
                .iter()
                .flat_map(|s| s.variables())
                .map(|v| format!("${v}"))
                .collect::<Vec<_>>()
                .join(", "),
            if ex.uses.is_empty() {
                String::new()
            } else {
                format!(" (packages from the toolchain: {})", ex.uses.join(", "))
            }
        );
    }
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
            let _ = writeln!(out, "{}", format!("    {line}").trim_end());
        }
    }
    // Each visible case as the code it runs, then what it must print: the
    // code runs as printed (pasted into a file after the solution), which a
    // `>>>` transcript with all output at the end would not.
    for case in ex.cases.iter().filter(|c| !c.hidden) {
        let _ = writeln!(out, "\n  {}", paint(PALETTE.bold, &case.name));
        if let Some(argv) = &case.run {
            let _ = writeln!(out, "    $ {}", shell_words::join(argv));
        }
        for line in case.code.trim_end().lines() {
            let _ = writeln!(out, "{}", format!("    {line}").trim_end());
        }
        if ex.kind.is_folder() {
            let status = match case.exit {
                0 => "succeeds (exit status 0)".to_string(),
                n => format!("exits with status {n}"),
            };
            let _ = writeln!(out, "  {}", paint(PALETTE.dim, status));
        }
        if matches!(case.expect, crate::spec::Expected::Any) {
            continue;
        }
        let expected = case.expect.text().unwrap_or_default().trim_end();
        if expected.is_empty() {
            let _ = writeln!(out, "  {}", paint(PALETTE.dim, "prints nothing"));
            continue;
        }
        let how = match case.compare {
            Compare::Exact => " (exactly, whitespace included)".to_string(),
            Compare::TrailingWhitespace => String::new(),
            Compare::Numeric => {
                format!(" (numbers within {}, absolute or relative)", case.tolerance)
            }
            Compare::UnorderedLines => " (lines in any order)".to_string(),
        };
        let _ = writeln!(out, "  {}", paint(PALETTE.dim, format!("prints{how}:")));
        for line in expected.lines() {
            let _ = writeln!(out, "{}", format!("    {line}").trim_end());
        }
    }
    if !ex.hints.is_empty() {
        let _ = writeln!(out, "\n{} hints available.", ex.hints.len());
    }
    match ex.kind.form() {
        Form::File(ext) => {
            let file = format!("{id}.{ext}");
            let _ = writeln!(out, "\nWrite {file}, then run: grader check {file}");
        }
        Form::Folder => {
            let _ = writeln!(
                out,
                "\nWork in the folder {id}/ (`grader init` makes it), then run: grader check {id}/"
            );
        }
    }
    anstream::print!("{out}");
    Ok(exit::OK)
}

/// What a learner needs to know of how a kind's cases reach their work.
fn how_it_runs(kind: Kind) -> &'static str {
    match kind {
        Kind::Notebook => {
            "your notebook's code cells run in order, top to bottom, as plain\n\
             Python (IPython magics and `!` commands are not run); each case then runs with\n\
             the names the cells defined in scope, and all of them as the module `solution`."
        }
        Kind::Project => {
            "your folder is copied afresh for each case, which runs a command\n\
             (shown after `$`) or Python code inside the copy, with the grader's pinned\n\
             toolchain on the path; an exit status other than the one expected fails it."
        }
        Kind::Module | Kind::Tests | Kind::Repo | Kind::Quiz => {
            "your file is imported as the module `solution`; each case runs\n\
             with your file's public names in scope, and the module itself as `solution`."
        }
    }
}

/// `2s per case · 512 MiB · 64 KiB of output`.
fn limits_text(l: &CaseLimits) -> String {
    format!(
        "{}s per case · {} MiB · {} KiB of output",
        l.time.as_secs_f64(),
        l.memory_bytes >> 20,
        l.output_bytes >> 10
    )
}

/// The limits of `case` that differ from the exercise's `default`, e.g.
/// `1s per case` or `6s per case · 64 MiB`.
fn limits_difference(default: &CaseLimits, case: &CaseLimits) -> String {
    let mut parts = Vec::new();
    if case.time != default.time {
        parts.push(format!("{}s per case", case.time.as_secs_f64()));
    }
    if case.memory_bytes != default.memory_bytes {
        parts.push(format!("{} MiB", case.memory_bytes >> 20));
    }
    if case.output_bytes != default.output_bytes {
        parts.push(format!("{} KiB of output", case.output_bytes >> 10));
    }
    parts.join(" · ")
}
