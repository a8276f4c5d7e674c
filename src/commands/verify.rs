//! `grader verify`: the pack's own quality gate.  Every spec parses, every
//! `solution.py` passes every case, every `starter.py` imports and fails, and
//! every `accepted/*.py` passes, and every `wrong/*.py` imports and fails at
//! least one case.  Also reports how
//! many cases each wrong file fails, and hidden cases no wrong file catches.
//! With `--repeat N` every file is graded N times, and a case whose verdict
//! changes between runs fails verification.
//!
//! A sealed pack (`grader seal`) ships no solution nor wrong files: their
//! absence is expected there, and the rest is checked as usual.

use std::fmt::Write as _;
use std::sync::Arc;

use super::{Grading, bounded, load_pack, parallelism, report_spec_errors, select_ids};
use crate::cli::{Global, VerifyArgs};
use crate::error::{Error, exit};
use crate::judge::{ExerciseResult, Status, Verdict};
use crate::kinds::{PackFiles, Submission};
use crate::report::{PALETTE, paint};
use crate::runner;
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
    let grading = Grading::new(global, &pack).await?;
    // The longest first (a suite runs pytest a dozen times per file; a
    // project starts its tools), so that no long one starts last and runs
    // alone; the report keeps the pack's order.
    let mut order: Vec<usize> = (0..exercises.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(expected_cost(&exercises[i])));
    let jobs: Vec<_> = order
        .iter()
        .map(|&i| {
            let ex = exercises[i].clone();
            let (grading, pack) = (Arc::clone(&grading), Arc::clone(&pack));
            let repeat = args.repeat;
            async move { (i, verify_one(&grading, &pack, &ex, repeat).await) }
        })
        .collect();
    // Each exercise runs its files one after another.  One more exercise
    // than cores: many of the pack's mostly wait (sleeping cases, servers,
    // the time limits wrong files run into), and with as many exercises as
    // cores the whole pack kept 2 cores only 74 % busy.
    let mut findings = bounded(parallelism() + 1, jobs).await;
    findings.sort_by_key(|(i, _)| *i);
    let findings: Vec<_> = findings.into_iter().map(|(_, f)| f).collect();

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

/// A rough rank of how long verifying an exercise takes.
fn expected_cost(ex: &Exercise) -> u8 {
    use crate::spec::Kind;
    match ex.kind {
        Kind::Tests => 4,
        Kind::Project if !ex.services.is_empty() => 3,
        Kind::Project => 2,
        Kind::Repo | Kind::Notebook => 1,
        _ if !ex.services.is_empty() || !ex.uses.is_empty() => 1,
        _ => 0,
    }
}

async fn verify_one(
    grading: &Grading,
    pack: &Pack,
    ex: &Exercise,
    repeat: u32,
) -> Result<Findings, Error> {
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
            .count()
            + ex.quiz.as_ref().map_or(0, |q| {
                q.questions
                    .iter()
                    .filter(|q| matches!(q.key, crate::kinds::quiz::Key::Sealed(_)))
                    .count()
            });
        parts.push(format!("sealed ({digests} digests)"));
    }
    let files = PackFiles { pack, exercise: ex };
    if let Some(req) = &grading_requirements(pack)? {
        for u in &ex.uses {
            if !req.has(u) {
                f.offences.push(format!(
                    "{} uses {u:?}, which {} does not pin",
                    ex.spec_path, req.file
                ));
            }
        }
    } else if !ex.uses.is_empty() {
        f.offences.push(format!(
            "{} uses {}, but the pack has no {}",
            ex.spec_path,
            ex.uses.join(", "),
            crate::toolchain::FILE
        ));
    }
    let mut not_graded = false;
    let warm = runner::WarmPool::new(1);
    let runs = Runs {
        grading,
        warm: &warm,
        ex,
        repeat,
    };
    let solution = files.display("solution");
    match runs
        .grade(files.reference(), &solution, Should::Pass, &mut f)
        .await?
    {
        // `grader seal` leaves solutions out on purpose.
        None if sealed => {}
        None => f.offences.push(format!("{solution} is missing")),
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
                        "static check {} not graded: {}",
                        sc.check,
                        sc.output.clone().unwrap_or_default()
                    ))
                }
                _ => {}
            }
            if r.status == Status::NotGraded {
                not_graded = true;
                // (A static check not graded has its own warning above.)
                if let Some(why) = first_not_graded(&r) {
                    f.warnings.push(why);
                }
            } else if r.status != Status::Passed {
                f.offences
                    .push(format!("{solution} does not pass: {}", failures(&r)));
            }
        }
    }

    // Alternative correct solutions, written from the statement alone: each
    // must pass, so a case that demands more than the statement says fails
    // verification instead of a learner.
    let accepted = files.variants("accepted");
    let mut accepted_ok = 0;
    for v in &accepted {
        let r = match &v.submission {
            Ok(sub) => {
                runs.grade(Some(sub.clone()), &v.display, Should::Pass, &mut f)
                    .await?
            }
            Err(why) => {
                f.offences.push(why.clone());
                continue;
            }
        };
        let Some(r) = r else { continue };
        // A correct alternative may be slower than the reference: close to
        // a time limit here, it times out on a slower machine.
        for c in r.cases.iter().filter(|c| c.warning.is_some()) {
            f.warnings.push(format!(
                "{}: case {:?}: {}",
                v.display,
                c.name,
                c.warning.as_deref().unwrap_or_default()
            ));
        }
        if r.status == Status::Passed {
            accepted_ok += 1;
        } else if r.status != Status::NotGraded {
            f.offences.push(format!(
                "{} is a correct alternative but does not pass: {}",
                v.display,
                failures(&r)
            ));
        }
    }
    if !accepted.is_empty() {
        parts.push(format!("accepted {accepted_ok}/{}", accepted.len()));
    }

    let starter = files.display("starter");
    match runs
        .grade(files.starter(), &starter, Should::Fail, &mut f)
        .await?
    {
        None => f.offences.push(format!("{starter} is missing")),
        Some(r) => {
            parts.push(format!("starter {}/{}", r.passed_cases(), r.cases.len()));
            if let Some(p) = &r.problem {
                f.offences
                    .push(format!("{starter} does not import cleanly: {}", p.message));
            } else if r.status == Status::Passed {
                f.offences
                    .push(format!("{starter} passes every case; a starter must fail"));
            }
        }
    }

    let wrong = files.variants("wrong");
    if wrong.is_empty() && !sealed {
        f.offences
            .push(format!("{} has no known-wrong solutions in wrong/", ex.id));
    }
    let mut caught = vec![false; ex.cases.len()];
    let mut wrong_parts = Vec::new();
    for v in &wrong {
        let r = match &v.submission {
            Ok(sub) => {
                runs.grade(Some(sub.clone()), &v.display, Should::Fail, &mut f)
                    .await?
            }
            Err(why) => {
                f.offences.push(why.clone());
                continue;
            }
        };
        let Some(r) = r else { continue };
        let short = v.name.as_str();
        let rel = &v.display;
        if let Some(p) = &r.problem {
            f.offences.push(format!(
                "{rel} does not import cleanly ({}); a wrong solution must fail on behaviour",
                p.message
            ));
            continue;
        }
        if r.status == Status::NotGraded {
            wrong_parts.push(format!("{short} not graded"));
            continue;
        }
        let failed: Vec<usize> = (0..r.cases.len())
            .filter(|&i| !matches!(r.cases[i].verdict, Verdict::Passed | Verdict::NotGraded))
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
            f.offences
                .push(format!("{rel} passes every case; the cases must catch it"));
        }
    }
    if !wrong_parts.is_empty() {
        parts.push(format!("wrong: {}", wrong_parts.join(", ")));
    }
    for (case, hit) in ex.cases.iter().zip(&caught) {
        if case.hidden && !hit && !wrong.is_empty() && !not_graded {
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
    warm.close().await;
    Ok(f)
}

/// How one exercise's files are graded: on the exercise's warm harness
/// (its files one after another, like a class's submissions), seeing inside
/// hidden cases, `repeat` times each.
struct Runs<'a> {
    grading: &'a Grading,
    warm: &'a runner::WarmPool,
    ex: &'a Exercise,
    repeat: u32,
}

/// What a file must do in every run.
#[derive(Clone, Copy)]
enum Should {
    /// solution.py and accepted/: pass every case.
    Pass,
    /// starter.py and wrong/: fail at least one case.
    Fail,
}

impl Runs<'_> {
    /// The first run's result.  With more than one run, a correct file
    /// whose case does not pass every time, or a wrong file that passes
    /// every case some time, is an offence: the same learner would be graded
    /// differently.  (A wrong file may fail a different case each run, when
    /// its mistake is a race: a warning.)
    async fn grade(
        &self,
        submission: Option<Submission>,
        shown_as: &str,
        should: Should,
        f: &mut Findings,
    ) -> Result<Option<ExerciseResult>, Error> {
        let Some(sub) = submission else {
            return Ok(None);
        };
        let display = sub.display_for(&self.ex.id);
        let mut results = Vec::new();
        for _ in 0..self.repeat {
            results.push(
                self.grading
                    .grade_pooled(
                        self.warm,
                        self.ex,
                        &sub,
                        &display,
                        crate::judge::Audience::Author,
                    )
                    .await?,
            );
        }
        match should {
            Should::Pass => f.offences.extend(unstable_cases(
                shown_as,
                &results,
                "its verdict must not depend on the run",
            )),
            Should::Fail => {
                f.warnings.extend(unstable_cases(
                    shown_as,
                    &results,
                    "a learner with this mistake is told different things on different runs",
                ));
                // The first run's pass has its own offence.
                let later = results
                    .iter()
                    .skip(1)
                    .filter(|r| r.status == Status::Passed)
                    .count();
                if later > 0 && results[0].status != Status::Passed {
                    f.offences.push(format!(
                        "{shown_as} passes every case in {later} of {} runs; the cases must catch it every time",
                        results.len()
                    ));
                }
            }
        }
        Ok(results.into_iter().next())
    }
}

/// One line per case that passed in some runs and not in others.
fn unstable_cases(shown_as: &str, runs: &[ExerciseResult], why: &str) -> Vec<String> {
    let Some(first) = runs.first() else {
        return Vec::new();
    };
    (0..first.cases.len())
        .filter_map(|i| {
            let passed = runs
                .iter()
                .filter(|r| r.cases.get(i).is_some_and(|c| c.verdict == Verdict::Passed))
                .count();
            (passed != 0 && passed != runs.len()).then(|| {
                format!(
                    "{shown_as}: case {:?} passed in {passed} of {} runs; {why}",
                    first.cases[i].name,
                    runs.len()
                )
            })
        })
        .collect()
}

fn grading_requirements(pack: &Pack) -> Result<Option<crate::toolchain::Requirements>, Error> {
    crate::toolchain::Requirements::load(pack).map_err(Error::Spec)
}

/// The reason given on the first case that was not graded.
fn first_not_graded(r: &ExerciseResult) -> Option<String> {
    r.cases
        .iter()
        .find(|c| c.verdict == Verdict::NotGraded)
        .and_then(|c| c.message.clone())
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
