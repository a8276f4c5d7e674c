//! `grader similarity SUBMISSIONS`: pairs of students whose submissions for
//! the same exercise are suspiciously alike, or one pair side by side with
//! `--show A B`.

use super::load_pack;
use crate::cli::{Format, Global, SimilarityArgs};
use crate::error::{Error, exit};
use crate::report::{PALETTE, paint, similarity as render};
use crate::similarity::walk::{self, Submission};
use crate::similarity::{Analysis, Findings};
use crate::spec::Pack;

pub async fn run(global: &Global, args: SimilarityArgs) -> Result<u8, Error> {
    if !args.submissions.is_dir() {
        return Err(Error::Usage(format!(
            "{} is not a folder; give the class folder (one folder per student holding <topic>/<name>.py files)",
            args.submissions.display()
        )));
    }
    if args.show.is_some() && args.output.format == Format::Json {
        return Err(Error::Usage(
            "--show prints a side-by-side view for people; leave out --format json".into(),
        ));
    }
    let pack = load_pack(global)?;
    let output = args.output.output.clone();
    // Tokenizing a large class takes a while: keep it off the async threads
    // so that Ctrl-C is still heard.
    let text = tokio::task::spawn_blocking(move || compute(&pack, &args))
        .await
        .map_err(|e| Error::Internal(anyhow::Error::new(e).context("comparing submissions")))??;
    match output {
        Some(file) => {
            let plain = anstream::adapter::strip_str(&text).to_string();
            std::fs::write(&file, plain).map_err(|e| {
                Error::Usage(format!(
                    "cannot write the report to {}: {e}",
                    file.display()
                ))
            })?;
        }
        None => anstream::print!("{text}"),
    }
    Ok(exit::OK)
}

fn compute(pack: &Pack, args: &SimilarityArgs) -> Result<String, Error> {
    let only = &args.only;
    let wanted = |id: &str| {
        only.is_empty()
            || only
                .iter()
                .any(|o| o == id || id.split('/').next() == Some(o.as_str()))
    };
    let (subs, skipped) = walk::collect(&args.submissions, &wanted).map_err(Error::Usage)?;
    for s in &skipped {
        anstream::eprintln!(
            "{} skipped {}: {}",
            paint(PALETTE.warn, "note:"),
            s.path,
            s.reason
        );
    }
    if subs.is_empty() {
        return Err(Error::Usage(format!(
            "{} holds no submissions{} (expected <student>/<topic>/<name>.py)",
            args.submissions.display(),
            if only.is_empty() {
                String::new()
            } else {
                format!(" for {}", only.join(", "))
            }
        )));
    }
    let by_exercise = group(subs);
    if let Some(names) = &args.show {
        return show(pack, args, by_exercise, names);
    }
    let findings: Vec<Findings> = by_exercise
        .into_iter()
        .filter(|subs| subs.len() > 1)
        .map(|submissions| {
            let exercise = submissions[0].exercise.clone();
            let analysis = analyse(pack, &exercise, &submissions);
            Findings {
                pairs: analysis
                    .pairs()
                    .into_iter()
                    .filter(|p| p.similarity >= args.threshold)
                    .collect(),
                compared: analysis.compared(),
                too_short: analysis.too_short(),
                exercise,
                submissions,
            }
        })
        .collect();
    match args.output.format {
        Format::Human => Ok(render::summary(
            &findings,
            args.threshold,
            &args.submissions.display().to_string(),
        )),
        Format::Json => render::json(&findings, &skipped, args.threshold)
            .map(|text| text + "\n")
            .map_err(|e| Error::Internal(e.into())),
    }
}

/// Submissions (sorted by exercise) grouped by exercise.
fn group(subs: Vec<Submission>) -> Vec<Vec<Submission>> {
    let mut groups: Vec<Vec<Submission>> = Vec::new();
    for s in subs {
        match groups.last_mut() {
            Some(g) if g[0].exercise == s.exercise => g.push(s),
            _ => groups.push(vec![s]),
        }
    }
    groups
}

fn analyse(pack: &Pack, exercise: &str, subs: &[Submission]) -> Analysis {
    // What every student was given (a module's starter.py, a project's
    // starter folder, a tests exercise's subject) is not evidence of copying.
    let starter = pack
        .ids
        .iter()
        .any(|id| id == exercise)
        .then(|| pack.exercise(exercise).ok())
        .flatten()
        .and_then(|ex| {
            crate::kinds::PackFiles {
                pack,
                exercise: &ex,
            }
            .starter()
            .map(|s| {
                s.python_sources()
                    .into_iter()
                    .map(|(_, text)| text)
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        });
    let sources: Vec<&str> = subs.iter().map(|s| s.source.as_str()).collect();
    Analysis::new(&sources, starter.as_deref())
}

fn show(
    pack: &Pack,
    args: &SimilarityArgs,
    by_exercise: Vec<Vec<Submission>>,
    names: &[String],
) -> Result<String, Error> {
    let [a, b] = names else {
        return Err(Error::Usage("--show takes two student names".into()));
    };
    let students: Vec<&str> = {
        let mut v: Vec<&str> = by_exercise
            .iter()
            .flatten()
            .map(|s| s.student.as_str())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    for name in [a, b] {
        if !students.contains(&name.as_str()) {
            return Err(Error::Usage(format!(
                "no submissions from {name:?} in {}{}",
                args.submissions.display(),
                closest(&students, name)
            )));
        }
    }
    let both: Vec<&Vec<Submission>> = by_exercise
        .iter()
        .filter(|subs| subs.iter().any(|s| &s.student == a) && subs.iter().any(|s| &s.student == b))
        .collect();
    let chosen = match &args.exercise {
        Some(id) => both
            .iter()
            .find(|subs| &subs[0].exercise == id)
            .ok_or_else(|| {
                Error::Usage(format!(
                    "{a} and {b} did not both submit {id}; both submitted: {}",
                    list(&both)
                ))
            })?,
        None => match both.as_slice() {
            [one] => one,
            [] => {
                return Err(Error::Usage(format!(
                    "{a} and {b} submitted no exercise in common"
                )));
            }
            _ => {
                return Err(Error::Usage(format!(
                    "{a} and {b} both submitted {}; pick one with --exercise ID",
                    list(&both)
                )));
            }
        },
    };
    let exercise = &chosen[0].exercise;
    let analysis = analyse(pack, exercise, chosen);
    let index = |name: &str| chosen.iter().position(|s| s.student == name);
    let (Some(ia), Some(ib)) = (index(a), index(b)) else {
        return Err(Error::Usage(format!(
            "{a} or {b} did not submit {exercise}"
        )));
    };
    let pair = analysis.pair(ia, ib);
    // In the order asked for: A on the left.
    let regions = analysis.regions(ia, ib);
    Ok(render::side_by_side(
        exercise,
        (&chosen[ia], analysis.sets[ia].len()),
        (&chosen[ib], analysis.sets[ib].len()),
        &pair,
        &regions,
        terminal_width(),
    ))
}

fn list(groups: &[&Vec<Submission>]) -> String {
    groups
        .iter()
        .map(|g| g[0].exercise.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn closest(students: &[&str], name: &str) -> String {
    super::closest(name, students.iter().copied(), 0.8)
        .map(|s| format!("; did you mean {s}?"))
        .unwrap_or_default()
}

/// The width to lay the two columns out in: `COLUMNS` when set.
fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .unwrap_or(120)
        .clamp(60, 400)
}
