//! `kind: notebook`: a Jupyter notebook (nbformat 4) whose code cells run in
//! order, then the cases against the namespace they leave.
//!
//! No Jupyter server and no kernel: the code cells, in order, become one
//! Python module (with a map from its lines back to cell and line), which
//! runs exactly as a `kind: module` submission does: imported as
//! `solution` by the harness, in a fresh fork per case, under the sandbox.
//! Every place the run reports (an error while the cells run, a traceback,
//! a timeout's position) is then renamed from module line to "cell N, line
//! L", cells counted from the top of the notebook, markdown cells included.
//!
//! IPython syntax (`%magic`, `%%cell_magic`, `!shell`) is not Python and is
//! never run: the module fails to compile at that line, and the report says
//! which cell holds it and that the grader runs plain Python.

use std::path::Path;

use serde_json::Value;

use super::{Env, Submission, Variant};
use crate::judge::{Audience, ExerciseResult, Location, Problem};
use crate::runner;
use crate::spec::{Exercise, Pack};

/// Largest notebook file accepted (outputs and images included); its code
/// must also fit in a module (`runner::MAX_SOURCE_BYTES`).
pub const MAX_NOTEBOOK_BYTES: u64 = 16 << 20;

/// One cell of a notebook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// 1-based, counting every cell from the top (markdown included).
    pub number: usize,
    pub code: bool,
    pub source: String,
}

/// The code cells as one module, and where each of its lines came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    pub source: String,
    /// Module line `i + 1` is line `.1` of cell `.0`.
    pub lines: Vec<(usize, u32)>,
}

impl Built {
    /// Cell and line of module line `line` (1-based).
    pub fn origin(&self, line: u32) -> Option<(usize, u32)> {
        let i = usize::try_from(line).ok()?.checked_sub(1)?;
        self.lines.get(i).copied()
    }
}

/// Parses an `.ipynb`; the error says what is wrong, by cell where it can.
pub fn parse(bytes: &[u8]) -> Result<Vec<Cell>, String> {
    let doc: Value = serde_json::from_slice(bytes).map_err(|e| {
        format!(
            "not a readable notebook: it is not valid JSON (line {}, column {}: {})",
            e.line(),
            e.column(),
            strip_position(&e.to_string())
        )
    })?;
    let Value::Object(top) = &doc else {
        return Err("not a notebook: the JSON is not an object with `cells`".into());
    };
    match top.get("nbformat") {
        Some(Value::Number(n)) if n.as_u64() == Some(4) => {}
        Some(Value::Number(n)) => {
            return Err(format!(
                "the notebook is nbformat {n}; only nbformat 4 (Jupyter 4 and later) is graded: open it in a current Jupyter and save it"
            ));
        }
        _ => {
            return Err(
                "not a notebook: `nbformat` is missing (a Jupyter notebook says `\"nbformat\": 4`)"
                    .into(),
            );
        }
    }
    if let Some(lang) = language(top)
        && !lang.eq_ignore_ascii_case("python")
    {
        return Err(format!(
            "the notebook's kernel language is {lang:?}; only Python notebooks are graded"
        ));
    }
    let Some(Value::Array(cells)) = top.get("cells") else {
        return Err("not a notebook: `cells` is missing or not a list".into());
    };
    let mut out = Vec::with_capacity(cells.len());
    for (i, cell) in cells.iter().enumerate() {
        let number = i + 1;
        let Value::Object(cell) = cell else {
            return Err(format!("cell {number} is not a JSON object"));
        };
        let kind = match cell.get("cell_type") {
            Some(Value::String(k)) => k.as_str(),
            _ => return Err(format!("cell {number} has no `cell_type`")),
        };
        let source = match cell.get("source") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(parts)) => {
                let mut s = String::new();
                for p in parts {
                    match p {
                        Value::String(part) => s.push_str(part),
                        _ => {
                            return Err(format!(
                                "cell {number}: `source` must be a string or a list of strings"
                            ));
                        }
                    }
                }
                s
            }
            None if kind != "code" => String::new(),
            _ => {
                return Err(format!(
                    "cell {number}: `source` must be a string or a list of strings"
                ));
            }
        };
        out.push(Cell {
            number,
            code: kind == "code",
            source,
        });
    }
    Ok(out)
}

/// The kernel's language, if the notebook names one.
fn language(top: &serde_json::Map<String, Value>) -> Option<String> {
    let meta = top.get("metadata")?;
    let from_kernel = meta
        .get("kernelspec")
        .and_then(|k| k.get("language"))
        .and_then(Value::as_str);
    let from_info = meta
        .get("language_info")
        .and_then(|k| k.get("name"))
        .and_then(Value::as_str);
    from_kernel.or(from_info).map(str::to_string)
}

/// serde_json's message without its own " at line L column C".
fn strip_position(msg: &str) -> &str {
    msg.rsplit_once(" at line ").map_or(msg, |(m, _)| m)
}

/// The code cells, in order, as one module.
pub fn build(cells: &[Cell]) -> Built {
    let mut source = String::new();
    let mut lines = Vec::new();
    for cell in cells.iter().filter(|c| c.code) {
        for (i, line) in cell.source.lines().enumerate() {
            source.push_str(line);
            source.push('\n');
            lines.push((cell.number, u32::try_from(i + 1).unwrap_or(u32::MAX)));
        }
    }
    Built { source, lines }
}

/// Reads a learner's notebook, refusing what cannot be one.
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    let meta =
        std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !meta.is_file() {
        return Err(format!("{} is not a regular file", path.display()));
    }
    if meta.len() > MAX_NOTEBOOK_BYTES {
        return Err(format!(
            "{} is {} bytes; a notebook may be at most {} MiB (clear its outputs)",
            path.display(),
            meta.len(),
            MAX_NOTEBOOK_BYTES >> 20
        ));
    }
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The pack's `solution.ipynb` or `starter.ipynb`.
pub fn named(pack: &Pack, exercise: &Exercise, which: &str) -> Option<Submission> {
    pack.read(&format!("{}/{which}.ipynb", exercise.id))
        .map(Submission::Notebook)
}

/// `accepted/*.ipynb` or `wrong/*.ipynb`.
pub fn variants(pack: &Pack, ex: &Exercise, sub: &str) -> Vec<Variant> {
    pack.files_under(&ex.id, sub, ".ipynb")
        .into_iter()
        .map(|rel| Variant {
            name: rel
                .rsplit('/')
                .next()
                .unwrap_or(&rel)
                .trim_end_matches(".ipynb")
                .to_string(),
            display: pack.display(&rel),
            submission: pack
                .read(&rel)
                .map(Submission::Notebook)
                .ok_or_else(|| format!("{} cannot be read", pack.display(&rel))),
        })
        .collect()
}

/// The notebook `grader init` writes: the pack's `starter.ipynb` with the
/// task as a first markdown cell.
pub fn starter_text(pack: &Pack, ex: &Exercise) -> Option<String> {
    let raw = pack.read(&format!("{}/starter.ipynb", ex.id))?;
    let mut doc: Value = serde_json::from_slice(&raw).ok()?;
    let task = format!(
        "# {title}\n\n`{id}` · difficulty {d}/3\n\n{statement}\n\n\
         Run the cells top to bottom. Check your work: `grader check {id}.ipynb` \
         (or keep `grader watch` running); stuck? `grader hint {id}`.",
        title = ex.title.trim(),
        id = ex.id,
        d = ex.difficulty,
        statement = ex.statement.trim_end(),
    );
    let lines: Vec<Value> = task
        .split_inclusive('\n')
        .map(|l| Value::String(l.to_string()))
        .collect();
    let cell = serde_json::json!({
        "cell_type": "markdown",
        "id": "grader-task",
        "metadata": {},
        "source": lines,
    });
    doc.get_mut("cells")?.as_array_mut()?.insert(0, cell);
    let mut out = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b" ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
    serde::Serialize::serialize(&doc, &mut ser).ok()?;
    out.push(b'\n');
    String::from_utf8(out).ok()
}

pub async fn grade(
    env: &Env<'_>,
    exercise: &Exercise,
    submission: &[u8],
    display: &str,
    audience: Audience,
) -> Result<ExerciseResult, crate::error::Error> {
    let refuse = |message: String, hint: &str| {
        Ok(ExerciseResult::refused(
            exercise,
            display,
            Problem {
                message,
                location: None,
                column: None,
                hint: Some(hint.to_string()),
            },
        ))
    };
    if submission.len() as u64 > MAX_NOTEBOOK_BYTES {
        return refuse(
            format!(
                "the notebook is {} bytes; it may be at most {} MiB",
                submission.len(),
                MAX_NOTEBOOK_BYTES >> 20
            ),
            "clear its outputs (Edit → Clear All Outputs) and save",
        );
    }
    let cells = match parse(submission) {
        Ok(c) => c,
        Err(why) => {
            return refuse(
                why,
                "hand in the .ipynb file as Jupyter saves it (File → Save)",
            );
        }
    };
    let built = build(&cells);
    if built.source.len() as u64 > runner::MAX_SOURCE_BYTES {
        return refuse(
            format!(
                "the notebook's code cells hold {} bytes of code; at most {} are graded",
                built.source.len(),
                runner::MAX_SOURCE_BYTES
            ),
            "move data out of code cells",
        );
    }
    let result = super::module::grade(
        env,
        exercise,
        built.source.as_bytes(),
        display,
        audience,
        None,
    )
    .await?;
    Ok(relabel(result, &built, display))
}

/// Renames every place in `result` from module line to cell and line.
pub fn relabel(mut result: ExerciseResult, built: &Built, display: &str) -> ExerciseResult {
    if let Some(p) = &mut result.problem {
        let origin = p
            .location
            .as_ref()
            .filter(|l| l.file == display)
            .and_then(|l| built.origin(l.line));
        for (from, to) in [
            ("importing your module", "running your notebook's cells"),
            ("while being imported", "while its cells ran"),
            ("your module", "your notebook"),
        ] {
            p.message = p.message.replace(from, to);
        }
        if let Some((cell, line)) = origin {
            let source = p.location.as_ref().and_then(|l| l.source.clone());
            let ipython = source.as_deref().is_some_and(is_ipython);
            if ipython && p.message.starts_with("SyntaxError") {
                p.message = format!(
                    "cell {cell}, line {line}: `{}` is IPython syntax (a magic or a shell command), which is not run: the grader runs the code cells as plain Python",
                    source.unwrap_or_default()
                );
                p.hint =
                    Some("delete the line, or make it a comment; do in Python what it did".into());
                p.column = None;
            } else {
                p.message = format!("cell {cell}, line {line}: {}", p.message);
                if p.hint.as_deref().is_some_and(|h| h.contains("imported")) {
                    p.hint = Some(
                        "the code cells run top to bottom before any case, as Restart & Run All does: fix this cell"
                            .into(),
                    );
                }
            }
        }
        if let Some(l) = &mut p.location {
            relocate(l, built, display);
        }
    }
    for case in &mut result.cases {
        for l in &mut case.traceback {
            relocate(l, built, display);
        }
        if let Some(m) = &mut case.message {
            *m = relabel_text(m, built, display);
        }
    }
    result
}

/// `display` at module line N becomes `display cell C` at line L.
fn relocate(l: &mut Location, built: &Built, display: &str) {
    if l.file != display {
        return;
    }
    if let Some((cell, line)) = built.origin(l.line) {
        l.file = format!("{display} cell {cell}");
        l.line = line;
    }
}

/// `display:N` in a message becomes `display cell C, line L`.
fn relabel_text(text: &str, built: &Built, display: &str) -> String {
    let needle = format!("{display}:");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(&needle) {
        out.push_str(&rest[..at]);
        let after = &rest[at + needle.len()..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        match after[..digits]
            .parse::<u32>()
            .ok()
            .and_then(|n| built.origin(n))
        {
            Some((cell, line)) => {
                out.push_str(&format!("{display} cell {cell}, line {line}"));
                rest = &after[digits..];
            }
            None => {
                out.push_str(&needle);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A line only IPython understands: a magic, a cell magic or a shell escape,
/// alone or assigned (`files = !ls`).
fn is_ipython(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with('%') || t.starts_with('!') {
        return true;
    }
    t.split_once('=').is_some_and(|(lhs, rhs)| {
        let rhs = rhs.trim_start();
        !lhs.ends_with(['!', '<', '>', '=']) && (rhs.starts_with('!') || rhs.starts_with('%'))
    })
}

/// The notebook's code as Python text, for similarity and quoting.
pub fn python_source(bytes: &[u8]) -> String {
    parse(bytes).map(|c| build(&c).source).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_cells_become_one_module_with_a_line_map() {
        let nb = br##"{"nbformat": 4, "nbformat_minor": 5, "metadata": {},
            "cells": [
              {"cell_type": "markdown", "metadata": {}, "source": ["# Title\n"]},
              {"cell_type": "code", "metadata": {}, "source": ["import csv\n", "x = 1"], "outputs": []},
              {"cell_type": "code", "metadata": {}, "source": "def f():\n    return x\n", "outputs": []}
            ]}"##;
        let cells = parse(nb).expect("parses");
        let built = build(&cells);
        assert_eq!(built.source, "import csv\nx = 1\ndef f():\n    return x\n");
        assert_eq!(built.origin(1), Some((2, 1)));
        assert_eq!(built.origin(4), Some((3, 2)));
        assert_eq!(built.origin(5), None);
        assert_eq!(
            relabel_text("it was running lab.ipynb:3 (def f():)", &built, "lab.ipynb"),
            "it was running lab.ipynb cell 3, line 1 (def f():)"
        );
    }

    #[test]
    fn malformed_notebooks_say_what_is_wrong() {
        let e = parse(b"{\"cells\": [").expect_err("truncated");
        assert!(e.contains("not valid JSON (line 1"), "{e}");
        let e = parse(br#"{"nbformat": 3, "cells": []}"#).expect_err("old");
        assert!(e.contains("nbformat 3"), "{e}");
        let e = parse(br#"{"nbformat": 4, "cells": [{"cell_type": "code", "source": 5}]}"#)
            .expect_err("bad source");
        assert!(e.contains("cell 1: `source`"), "{e}");
        let e = parse(
            br#"{"nbformat": 4, "metadata": {"kernelspec": {"language": "R"}}, "cells": []}"#,
        )
        .expect_err("R");
        assert!(e.contains("\"R\""), "{e}");
    }

    #[test]
    fn ipython_lines_are_recognised() {
        for l in [
            "%matplotlib inline",
            "  !pip install x",
            "%%time",
            "files = !ls",
        ] {
            assert!(is_ipython(l), "{l}");
        }
        for l in ["x = 1", "if a != b:", "y = x % 2", "print('!')"] {
            assert!(!is_ipython(l), "{l}");
        }
    }
}
