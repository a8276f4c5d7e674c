//! `grader verify`: the pack's own quality gate.  Every spec parses, every
//! `solution.py` passes every case, every `starter.py` imports and fails, and
//! every `accepted/*.py` passes, and every `wrong/*.py` imports and fails at
//! least one case.  Also reports how
//! many cases each wrong file fails, and hidden cases no wrong file catches.
//!
//! A sealed pack (`grader seal`) ships no solution nor wrong files: their
//! absence is expected there, and the rest is checked as usual.

use std::fmt::Write as _;
use std::sync::Arc;

use super::{Grading, bounded, load_pack, parallelism, report_spec_errors, select_ids};
use crate::cli::{Global, VerifyArgs};
use crate::error::{Error, exit};
use crate::judge::{ExerciseResult, Status, Verdict};
use crate::report::{PALETTE, paint};
use crate::spec::{Exercise, Expected, Pack};

/// What one exercise's verification found.
struct Findings {
    id: String,
    /// Problems that fail verification.
    offences: Vec<String>,
    /// Weaknesses worth an author's attention.
    warnings: Vec<String>,
    /// One line of numbers: solution, starter, each wrong file.
    summary: String,
}

pub async fn run(global: &Global, args: VerifyArgs) -> Result<u8, Error> {
    let pack = Arc::new(load_pack(global)?);
    let ids = select_ids(&pack, &args.only)?;
    let mut spec_errors = Vec::new();
    let mut exercises = Vec::new();
    for id in &ids {
        match pack.exercise(id) {
            Ok(ex) => exercises.push(ex),
            Err(errs) => spec_errors.extend(errs),
        }
    }
    let grading = Grading::new(global).await?;
    let jobs: Vec<_> = exercises
        .into_iter()
        .map(|ex| {
            let (grading, pack) = (Arc::clone(&grading), Arc::clone(&pack));
            async move { verify_one(&grading, &pack, &ex).await }
        })
        .collect();
    // Each exercise runs its files one after another, so this many exercises
    // at once keeps every core busy.
    let findings = bounded(parallelism(), jobs).await;

    let mut out = String::new();
    let mut offenders = 0;
    for f in &findings {
        let f = f
            .as_ref()
            .map_err(|e| Error::Internal(anyhow::anyhow!("{e}")))?;
        let mark = if f.offences.is_empty() {
            paint(PALETTE.pass, "✓")
        } else {
            offenders += 1;
            paint(PALETTE.fail, "✗")
        };
        let _ = writeln!(
            out,
            "{mark} {:<34} {}",
            f.id,
            paint(PALETTE.dim, &f.summary)
        );
        for o in &f.offences {
            let _ = writeln!(out, "    {} {o}", paint(PALETTE.fail, "error:"));
        }
        for w in &f.warnings {
            let _ = writeln!(out, "    {} {w}", paint(PALETTE.warn, "warning:"));
        }
    }
    let total = findings.len() + spec_errors.len();
    let _ = writeln!(
        out,
        "{}",
        paint(
            PALETTE.bold,
            format!(
                "verified {total} exercises: {} ok, {offenders} failing, {} with broken specs",
                findings.len() - offenders,
                spec_errors.len()
            )
        )
    );
    if pack.is_sealed() {
        let _ = writeln!(
            out,
            "{} a sealed pack ships no solution.py nor wrong/: specs, digests' format and starters were checked",
            paint(PALETTE.dim, "note:")
        );
    }
    anstream::print!("{out}");
    if let Some(code) = report_spec_errors(spec_errors) {
        return Ok(code);
    }
    Ok(if offenders == 0 {
        exit::OK
    } else {
        exit::FAILED
    })
}

async fn verify_one(grading: &Grading, pack: &Pack, ex: &Exercise) -> Result<Findings, Error> {
    let mut f = Findings {
        id: ex.id.clone(),
        offences: Vec::new(),
        warnings: Vec::new(),
        summary: String::new(),
    };
    let mut parts = Vec::new();
    let (major, minor, _) = grading.interpreter.version;
    if (major, minor) < ex.min_python {
        // Not the pack's fault: this interpreter cannot run the exercise.
        let (a, b) = ex.min_python;
        f.warnings.push(format!(
            "skipped: needs Python {a}.{b}+, and this is Python {}",
            grading.interpreter.version_string()
        ));
        f.summary = "skipped".into();
        return Ok(f);
    }

    let sealed = pack.is_sealed();
    if sealed {
        let digests = ex
            .cases
            .iter()
            .filter(|c| matches!(c.expect, Expected::Sealed(_)))
            .count();
        parts.push(format!("sealed ({digests} digests)"));
    }
    let solution = format!("{}/solution.py", ex.id);
    match grade_file(grading, pack, ex, &solution).await? {
        // `grader seal` leaves solutions out on purpose.
        None if sealed => {}
        None => f
            .offences
            .push(format!("{} is missing", pack.display(&solution))),
        Some(r) => {
            parts.push(format!("solution {}/{}", r.passed_cases(), r.cases.len()));
            for c in r.cases.iter().filter(|c| c.warning.is_some()) {
                f.warnings.push(format!(
                    "case {:?}: {}",
                    c.name,
                    c.warning.as_deref().unwrap_or_default()
                ));
            }
            match &r.static_check {
                Some(sc) if sc.status == crate::judge::StaticStatus::Skipped => {
                    f.warnings.push(format!(
                        "static check {} skipped: {}",
                        sc.check,
                        sc.output.clone().unwrap_or_default()
                    ))
                }
                _ => {}
            }
            if r.status != Status::Passed {
                f.offences.push(format!(
                    "{} does not pass: {}",
                    pack.display(&solution),
                    failures(&r)
                ));
            }
        }
    }

    // Alternative correct solutions, written from the statement alone: each
    // must pass, so a case that demands more than the statement says fails
    // verification instead of a learner.
    let accepted = pack.files_under(&ex.id, "accepted", ".py");
    let mut accepted_ok = 0;
    for rel in &accepted {
        let Some(r) = grade_file(grading, pack, ex, rel).await? else {
            continue;
        };
        if r.status == Status::Passed {
            accepted_ok += 1;
        } else {
            f.offences.push(format!(
                "{} is a correct alternative but does not pass: {}",
                pack.display(rel),
                failures(&r)
            ));
        }
    }
    if !accepted.is_empty() {
        parts.push(format!("accepted {accepted_ok}/{}", accepted.len()));
    }

    let starter = format!("{}/starter.py", ex.id);
    match grade_file(grading, pack, ex, &starter).await? {
        None => f
            .offences
            .push(format!("{} is missing", pack.display(&starter))),
        Some(r) => {
            parts.push(format!("starter {}/{}", r.passed_cases(), r.cases.len()));
            if let Some(p) = &r.problem {
                f.offences.push(format!(
                    "{} does not import cleanly: {}",
                    pack.display(&starter),
                    p.message
                ));
            } else if r.status == Status::Passed {
                f.offences.push(format!(
                    "{} passes every case; a starter must fail",
                    pack.display(&starter)
                ));
            }
        }
    }

    let wrong = pack.files_under(&ex.id, "wrong", ".py");
    if wrong.is_empty() && !sealed {
        f.offences
            .push(format!("{} has no known-wrong solutions in wrong/", ex.id));
    }
    let mut caught = vec![false; ex.cases.len()];
    let mut wrong_parts = Vec::new();
    for rel in &wrong {
        let Some(r) = grade_file(grading, pack, ex, rel).await? else {
            continue;
        };
        let short = rel
            .rsplit('/')
            .next()
            .unwrap_or(rel)
            .trim_end_matches(".py");
        if let Some(p) = &r.problem {
            f.offences.push(format!(
                "{} does not import cleanly ({}); a wrong solution must fail on behaviour",
                pack.display(rel),
                p.message
            ));
            continue;
        }
        let failed: Vec<usize> = (0..r.cases.len())
            .filter(|&i| r.cases[i].verdict != Verdict::Passed)
            .collect();
        for &i in &failed {
            caught[i] = true;
        }
        let hidden = failed.iter().filter(|&&i| ex.cases[i].hidden).count();
        wrong_parts.push(format!(
            "{short} fails {}/{} ({hidden} hidden)",
            failed.len(),
            r.cases.len()
        ));
        // A failed static check catches a wrong file too (when the tool ran).
        if failed.is_empty() && r.status == Status::Passed {
            f.offences.push(format!(
                "{} passes every case; the cases must catch it",
                pack.display(rel)
            ));
        }
    }
    if !wrong_parts.is_empty() {
        parts.push(format!("wrong: {}", wrong_parts.join(", ")));
    }
    for (case, hit) in ex.cases.iter().zip(&caught) {
        if case.hidden && !hit && !wrong.is_empty() {
            f.warnings.push(format!(
                "hidden case {:?} is failed by no wrong/ file",
                case.name
            ));
        }
    }
    for case in ex.cases.iter().filter(|c| c.hidden && c.explain.is_none()) {
        f.warnings.push(format!(
            "hidden case {:?} has no `explain`: a learner who fails it is told nothing",
            case.name
        ));
    }
    f.summary = parts.join(" · ");
    Ok(f)
}

async fn grade_file(
    grading: &Grading,
    pack: &Pack,
    ex: &Exercise,
    rel: &str,
) -> Result<Option<ExerciseResult>, Error> {
    let Some(source) = pack.read(rel) else {
        return Ok(None);
    };
    // The author's own pack: every detail, hidden cases included.
    grading
        .grade_as(
            ex,
            &source,
            &pack.display(rel),
            crate::judge::Audience::Author,
            None,
        )
        .await
        .map(Some)
}

fn failures(r: &ExerciseResult) -> String {
    if let Some(p) = &r.problem {
        return p.message.clone();
    }
    r.cases
        .iter()
        .filter(|c| c.verdict != Verdict::Passed)
        .map(|c| {
            format!(
                "{:?} {}{}",
                c.name,
                c.verdict.label(),
                c.message
                    .as_ref()
                    .map(|m| format!(" ({m})"))
                    .unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
