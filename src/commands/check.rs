//! `grader check`: grade learner files.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{
    Grading, bounded, current_dir, pack_for, parallelism, record_check, report_spec_errors,
    suggest, suggest_exercise_file, suggest_path, warn_all, workspace_near,
};
use crate::cli::{CheckArgs, CheckFormat as Format, Global};
use crate::error::{Error, exit};
use crate::judge::{ExerciseResult, Problem, Status};
use crate::kinds::Submission;
use crate::report::progress_bar::Ticker;
use crate::report::{PALETTE, exercism, human, json, paint};
use crate::spec::{Exercise, Pack};
use crate::workspace::progress::Notes;

/// A file to grade and the exercise it is for.
#[derive(Clone)]
struct Target {
    id: String,
    path: PathBuf,
    display: String,
}

pub async fn run(global: &Global, args: CheckArgs) -> Result<u8, Error> {
    let cwd = current_dir()?;
    // Files inside a workspace are graded against the pack it follows.
    let near = args.paths.first().map_or(cwd.clone(), |p| cwd.join(p));
    let ws = workspace_near(&near).unwrap_or_else(|e| {
        warn_all(Notes(vec![e.to_string()]));
        None
    });
    let pack = pack_for(global, ws.as_ref())?;
    let (targets, ignored) = resolve(&pack, &args, &cwd)?;
    for note in &ignored {
        anstream::eprintln!("{} {note}", paint(PALETTE.warn, "note:"));
    }
    let mut exercises = Vec::new();
    let mut spec_errors = Vec::new();
    for t in &targets {
        match pack.exercise(&t.id) {
            Ok(ex) => exercises.push(Some(ex)),
            Err(errs) => {
                spec_errors.extend(errs);
                exercises.push(None);
            }
        }
    }
    if exercises.iter().all(Option::is_none) {
        return Err(Error::Spec(spec_errors));
    }
    let grading = Grading::interactive(global, &pack).await?;

    let graded: Vec<(Target, Exercise)> = targets
        .into_iter()
        .zip(exercises)
        .filter_map(|(t, ex)| ex.map(|ex| (t, ex)))
        .collect();
    let ticker = Arc::new(Ticker::new(graded.len()));
    let jobs: Vec<_> = graded
        .iter()
        .map(|(t, ex)| {
            let (grading, ticker) = (Arc::clone(&grading), Arc::clone(&ticker));
            let (t, ex) = (t.clone(), ex.clone());
            async move {
                let outcome = match Submission::read(&ex, &t.path) {
                    Ok(sub) => grading
                        .grade_submission(&ex, &sub, &t.display)
                        .await
                        // A folder is recorded whatever its content (an
                        // untouched starter folder counts too).
                        .map(|r| (r, Some(sub.recorded().to_vec()))),
                    Err(why) => Ok((
                        ExerciseResult::refused(
                            &ex,
                            &t.display,
                            Problem {
                                message: why,
                                location: None,
                                column: None,
                                hint: None,
                            },
                        ),
                        None,
                    )),
                };
                if let Ok((r, _)) = &outcome {
                    ticker.done(r);
                }
                outcome
            }
        })
        .collect();
    let mut results = Vec::new();
    let mut sources = Vec::new();
    for r in bounded(parallelism(), jobs).await {
        let (result, source) = r?;
        results.push(result);
        sources.push(source);
    }
    ticker.finish();
    warn_missing_layers(&grading, args.output.format);

    let text = match args.output.format {
        Format::Human => {
            let mut s: String = results
                .iter()
                .map(human::exercise)
                .collect::<Vec<_>>()
                .join("\n");
            if results.len() > 1 {
                s.push('\n');
                s.push_str(&human::totals(&results));
                s.push('\n');
            }
            s
        }
        Format::Exercism => {
            let mut s = exercism::render(&results).map_err(|e| Error::Internal(e.into()))?;
            s.push('\n');
            s
        }
        Format::Json => {
            let mut s = json::render(
                &results,
                Some(grading.interpreter.version_string()),
                grading.sandbox.active_layers(),
            )
            .map_err(|e| Error::Internal(e.into()))?;
            s.push('\n');
            s
        }
    };
    match &args.output.output {
        Some(file) => {
            let plain = anstream::adapter::strip_str(&text).to_string();
            std::fs::write(file, plain).map_err(|e| {
                Error::Usage(format!(
                    "cannot write the report to {} ({e}); check that its folder exists and is writable",
                    file.display()
                ))
            })?;
        }
        None => anstream::print!("{text}"),
    }
    for (((t, ex), result), source) in graded.iter().zip(&results).zip(&sources) {
        if let Some(source) = source {
            record_check(&pack, ex, &t.path, source, result);
        }
    }
    if let Some(code) = report_spec_errors(spec_errors) {
        return Ok(code);
    }
    if results.iter().any(|r| r.has_spec_error()) {
        return Ok(exit::BAD_INPUT);
    }
    Ok(if results.iter().all(|r| r.status == Status::Passed) {
        exit::OK
    } else {
        exit::FAILED
    })
}

fn warn_missing_layers(grading: &Grading, format: Format) {
    // `--sandbox off` has already said so loudly.
    if format != Format::Human || grading.sandbox.mode() == crate::sandbox::Mode::Off {
        return;
    }
    let missing: Vec<_> = grading
        .sandbox
        .missing_layers()
        .into_iter()
        .map(|l| l.name)
        .collect();
    if !missing.is_empty() {
        anstream::eprintln!(
            "{} sandbox layers not active here: {} (see `grader doctor`)",
            paint(PALETTE.warn, "warning:"),
            missing.join(", ")
        );
    }
}

/// Turns the command line's paths into targets; also returns notes about
/// files in folders that were skipped.
fn resolve(pack: &Pack, args: &CheckArgs, cwd: &Path) -> Result<(Vec<Target>, Vec<String>), Error> {
    if let Some(id) = &args.exercise {
        if args.paths.len() != 1 {
            return Err(Error::Usage(
                "--exercise takes exactly one file, e.g. `grader check --exercise decorators/timing attempt.py`"
                    .into(),
            ));
        }
        if !pack.ids.contains(id) {
            return Err(Error::Usage(format!(
                "no exercise {id:?}{}",
                suggest(pack, id)
            )));
        }
        let path = &args.paths[0];
        if !path.exists() {
            return Err(missing(pack, path, cwd));
        }
        return Ok((vec![target(id.clone(), path)], Vec::new()));
    }
    let mut targets = Vec::new();
    let mut notes = Vec::new();
    for path in &args.paths {
        if path.is_dir()
            && let Some(id) = id_for_dir(path).filter(|id| is_folder_exercise(pack, id))
        {
            // `grader check testing/fizz_suite/`: a project exercise's folder.
            targets.push(target(id, path));
            continue;
        }
        if path.is_dir() {
            let found = scan_dir(pack, path, &mut notes);
            if found.is_empty() {
                return Err(Error::Usage(format!(
                    "{} holds no exercise files (expected <topic>/<name>.py, e.g. decorators/timing.py); \
                     `grader init` makes a workspace with one file per exercise",
                    path.display()
                )));
            }
            targets.extend(found);
            continue;
        }
        if !path.exists() {
            return Err(missing(pack, path, cwd));
        }
        // A file inside a project exercise's folder grades the project.
        let full = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        if let Some((dir, id)) = full.ancestors().skip(1).find_map(|a| {
            id_for_dir(a)
                .filter(|id| is_folder_exercise(pack, id))
                .map(|id| (a, id))
        }) {
            let shown = crate::workspace::relative(dir, cwd).unwrap_or_else(|| dir.to_path_buf());
            targets.push(target(id, &shown));
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "py" | "ipynb" | "toml") {
            return Err(Error::Usage(format!(
                "{} is not an exercise file; give a .py file (e.g. decorators/timing.py), \
                 a notebook (.ipynb) or a quiz's answers (.toml)",
                path.display()
            )));
        }
        let id = id_for(path).ok_or_else(|| {
            Error::Usage(format!(
                "cannot tell which exercise {} is; name it <topic>/<name>.py or pass --exercise ID",
                path.display()
            ))
        })?;
        if !pack.ids.contains(&id) {
            return Err(Error::Usage(format!(
                "{} looks like exercise {id:?}, which does not exist{}",
                path.display(),
                suggest(pack, &id)
            )));
        }
        targets.push(target(id, path));
    }
    Ok((targets, notes))
}

/// The error for a path that does not exist, with a suggestion.
fn missing(pack: &Pack, path: &Path, cwd: &Path) -> Error {
    let hint = suggest_path(path, cwd)
        .or_else(|| suggest_exercise_file(pack, path, cwd))
        .unwrap_or_else(|| {
            "; check the path, or give a folder to check every exercise file in it \
             (`grader list` shows the exercises)"
                .to_string()
        });
    Error::Usage(format!("{} does not exist{hint}", path.display()))
}

fn target(id: String, path: &Path) -> Target {
    Target {
        id,
        path: path.to_path_buf(),
        display: path.display().to_string(),
    }
}

/// The exercise a path names: `…/<topic>/<name>.py`, or inside a pack
/// `…/<topic>/<name>/solution.py`, `starter.py` or `wrong/<x>.py`.
pub fn id_for(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    // `grader check timing.py` inside `decorators/` still names decorators/timing.
    let full = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let parents: Vec<&str> = full
        .parent()
        .into_iter()
        .flat_map(|p| p.iter().rev())
        .filter_map(|c| c.to_str())
        .filter(|c| *c != "." && *c != "/")
        .take(3)
        .collect();
    let (topic, name) = match (stem, parents.as_slice()) {
        ("solution" | "starter", [name, topic, ..]) => (*topic, *name),
        (_, ["wrong", name, topic, ..]) => (*topic, *name),
        (_, [topic, ..]) => (*topic, stem),
        _ => return None,
    };
    Some(format!("{topic}/{name}"))
}

/// The exercise a folder names: `…/<topic>/<name>/`, or inside a pack
/// `…/<topic>/<name>/solution/`, `starter/`, `accepted/<x>/`, `wrong/<x>/`.
pub fn id_for_dir(path: &Path) -> Option<String> {
    let full = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let parts: Vec<&str> = full
        .iter()
        .rev()
        .filter_map(|c| c.to_str())
        .filter(|c| *c != "." && *c != "/")
        .take(4)
        .collect();
    let (topic, name) = match parts.as_slice() {
        ["solution" | "starter", name, topic, ..] => (*topic, *name),
        [_, "wrong" | "accepted", name, topic, ..] => (*topic, *name),
        [name, topic, ..] => (*topic, *name),
        _ => return None,
    };
    Some(format!("{topic}/{name}"))
}

/// Whether `id` is an exercise of `pack` handed in as a folder (or one
/// whose spec is broken: grading it then reports the spec's errors).
fn is_folder_exercise(pack: &Pack, id: &str) -> bool {
    pack.ids.iter().any(|i| i == id) && pack.exercise(id).map_or(true, |e| e.kind.is_folder())
}

/// Whether `id` is an exercise of `pack` handed in as a file ending `.ext`.
fn is_file_exercise(pack: &Pack, id: &str, ext: &str) -> bool {
    pack.ids.iter().any(|i| i == id)
        && pack.exercise(id).map_or(
            ext == "py",
            |e| matches!(e.kind.form(), crate::spec::Form::File(x) if x == ext),
        )
}

/// Exercise files in a folder: `<dir>/<topic>/<name>.py` (a workspace) or
/// `<dir>/<name>.py` when the folder is itself a topic.
fn scan_dir(pack: &Pack, dir: &Path, notes: &mut Vec<String>) -> Vec<Target> {
    let mut found = Vec::new();
    let mut walk = vec![dir.to_path_buf()];
    let mut depth = 0;
    while !walk.is_empty() && depth < 2 {
        let mut next = Vec::new();
        for d in walk {
            let mut entries: Vec<_> = std::fs::read_dir(&d)
                .into_iter()
                .flatten()
                .flatten()
                .collect();
            entries.sort_by_key(|e| e.file_name());
            for e in entries {
                let p = e.path();
                let name = e.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') || name.starts_with('_') {
                    continue;
                }
                // Never follow links out of the folder the user named.
                let Ok(kind) = e.file_type() else { continue };
                if kind.is_dir() {
                    match id_for_dir(&p) {
                        Some(id) if is_folder_exercise(pack, &id) => found.push(target(id, &p)),
                        _ => next.push(p),
                    }
                } else if kind.is_file() {
                    let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
                    if !matches!(ext, "py" | "ipynb" | "toml") {
                        continue;
                    }
                    match id_for(&p) {
                        Some(id) if is_file_exercise(pack, &id, ext) => found.push(target(id, &p)),
                        // Other TOML files (pyproject.toml) are not submissions.
                        _ if ext == "toml" => {}
                        _ => notes.push(format!(
                            "skipped {}: not an exercise of this pack",
                            p.display()
                        )),
                    }
                }
            }
        }
        walk = next;
        depth += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::id_for;
    use std::path::Path;

    #[test]
    fn ids_from_paths() {
        let id = |p: &str| id_for(Path::new(p));
        assert_eq!(
            id("decorators/timing.py").as_deref(),
            Some("decorators/timing")
        );
        assert_eq!(
            id("/home/a/ws/decorators/timing.py").as_deref(),
            Some("decorators/timing")
        );
        assert_eq!(
            id("exercises/decorators/timing/solution.py").as_deref(),
            Some("decorators/timing")
        );
        assert_eq!(
            id("exercises/decorators/timing/wrong/no_wraps.py").as_deref(),
            Some("decorators/timing")
        );
        assert_eq!(
            id("./decorators/./timing.py").as_deref(),
            Some("decorators/timing")
        );
    }
}
