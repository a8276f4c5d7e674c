//! `grader grade`: a whole class.  Finds the students (`roster`), keeps the
//! grades `--resume` allows, grades every other (student, exercise) pair on
//! a bounded pool, and writes the class report in each requested format.
//!
//! Each pair is its own harness process under its own limits, so one
//! student's broken file, crash or hang touches no one else's result.
//! Ctrl-C stops the pool, kills every process, and still writes the reports
//! of the students already finished, marked partial.

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::class_progress::Progress;
use super::outputs::Plan;
use super::{Grading, Pool, load_pack, parallelism, select_ids};
use crate::cli::{Global, GradeArgs};
use crate::error::{Error, exit};
use crate::gradebook::Policy;
use crate::gradebook::policy::AssignmentFile;
use crate::gradebook::timestamp::Timestamp;
use crate::gradebook::{
    Assigned, ClassReport, Evidence, ExerciseEntry, RunInfo, Shard, StudentEntry, run_fingerprint,
    sha256_hex, student_fingerprint,
};
use crate::report::{ClassFormat, PALETTE, paint};
use crate::roster::{self, Assignment, Roster, Student, Submission};
use crate::spec::Exercise;
use crate::{runner, sandbox};

/// One graded (student, exercise) pair.
struct Graded {
    entry: ExerciseEntry,
    evidence: Evidence,
    /// The grader failed, not the student: grade them again on `--resume`.
    internal: bool,
    /// A case's own code is broken in the pack.
    spec_error: bool,
}

/// A student whose exercises are still being graded.
struct Pending {
    entries: Vec<Option<ExerciseEntry>>,
    evidence: Vec<Evidence>,
    left: usize,
    internal: bool,
}

pub async fn run(global: &Global, args: GradeArgs) -> Result<u8, Error> {
    let gradescope = args.gradescope.clone();
    let result = grade(global, args).await;
    // Under Gradescope, a run that could not grade still leaves a
    // results.json, so the student reads why instead of "autograder failed".
    if let (Err(e), Some(root)) = (&result, gradescope) {
        let results = root.join("results").join("results.json");
        if !results.exists() {
            let written = std::fs::create_dir_all(root.join("results")).and_then(|_| {
                super::outputs::write_atomic(
                    &results,
                    crate::report::gradescope::setup_error(&e.to_string()).as_bytes(),
                )
            });
            if let Err(w) = written {
                anstream::eprintln!(
                    "{} cannot write {}: {w}",
                    paint(PALETTE.warn, "warning:"),
                    results.display()
                );
            }
        }
    }
    result
}

async fn grade(global: &Global, args: GradeArgs) -> Result<u8, Error> {
    let pack = load_pack(global)?;
    let file = args
        .assignment
        .as_deref()
        .map(AssignmentFile::read)
        .transpose()
        .map_err(Error::Usage)?;
    let only = file
        .as_ref()
        .map_or_else(|| args.only.clone(), AssignmentFile::ids);
    let ids = select_ids(&pack, &only)?;
    let policy = file.as_ref().map(|f| f.policy_for(&ids));
    let mut exercises = Vec::new();
    let mut spec_errors = Vec::new();
    for id in &ids {
        match pack.exercise(id) {
            Ok(mut ex) => {
                if let Some(w) = file.as_ref().and_then(|f| f.weight_of(id)) {
                    ex.weight = w;
                }
                exercises.push(Arc::new(ex));
            }
            Err(errs) => spec_errors.extend(errs),
        }
    }
    // A class is graded against a sound pack or not at all: a broken spec
    // would otherwise read as every student's failure.
    if !spec_errors.is_empty() {
        return Err(Error::Spec(spec_errors));
    }
    let assignment = Assignment::new(ids.clone(), &pack.ids);

    let (mut roster, extra) = find_students(&args, &assignment)?;
    // One student in these modes; their time comes from where they work.
    if policy.as_ref().is_some_and(Policy::has_deadline)
        && let Some(student) = roster.students.first_mut()
    {
        if let Some(root) = &args.gradescope {
            student.submitted_at = gradescope_time(root);
        } else if args.single
            && let Some(path) = &args.submissions
        {
            student.submitted_at = last_commit_time(path);
        }
    }
    if let Some((k, n)) = args.shard {
        roster.shard(k, n);
    }
    let plan = Plan::new(&args.output, extra)?;
    if plan.wants(ClassFormat::Gradescope) && roster.students.len() != 1 {
        return Err(Error::Usage(format!(
            "Gradescope's results.json describes one submission, and {} students were found; use --gradescope or --single",
            roster.students.len()
        )));
    }

    let mut interrupt = Box::pin(tokio::signal::ctrl_c());
    let grading = tokio::select! {
        g = Grading::new(global, &pack) => g?,
        _ = &mut interrupt => return Ok(130),
    };
    let python = grading.interpreter.version_string();
    // The layers in force are known only once a helper has set them up:
    // probe before grading, so the report and the --resume fingerprint
    // name the real ones.
    let probing = Arc::clone(&grading);
    let probed = tokio::task::spawn_blocking(move || probing.sandbox.probe())
        .await
        .map_err(|e| Error::Internal(anyhow::anyhow!("the sandbox probe failed: {e}")))?;
    let layers: Vec<&'static str> = probed.iter().filter(|l| l.active).map(|l| l.name).collect();
    let specs: Vec<(String, Vec<u8>)> = ids
        .iter()
        .map(|id| {
            let rel = format!("{id}/exercise.yaml");
            (id.clone(), pack.read(&rel).unwrap_or_default())
        })
        .collect();
    let info = RunInfo {
        python: Some(python.clone()),
        sandbox: layers.iter().map(|l| l.to_string()).collect(),
        shard: args.shard.map(|(index, count)| Shard { index, count }),
        fingerprint: run_fingerprint(
            Some(&python),
            &layers,
            &specs,
            file.as_ref().map(|f| f.text.as_str()),
        ),
        policy: policy.clone(),
        assignment: exercises
            .iter()
            .map(|ex| Assigned {
                id: ex.id.clone(),
                title: ex.title.clone(),
                weight: ex.weight,
            })
            .collect(),
    };

    let previous = match &args.resume {
        Some(path) => previous_grades(path, &info.fingerprint)?,
        None => BTreeMap::new(),
    };
    let mut finished: Vec<StudentEntry> = Vec::new();
    let mut pending: BTreeMap<usize, Pending> = BTreeMap::new();
    // Jobs wait in a queue of small descriptors and enter the pool only as
    // places free up: a spawned task holds a whole run's state, and a class
    // of thousands must not hold thousands of them.
    let jobs = args.jobs.map_or_else(parallelism, |j| j as usize);
    let mut pool: Pool<(usize, usize, Graded)> = Pool::new(jobs);
    let warm = Arc::new(runner::WarmPool::new(jobs));
    let mut queue: VecDeque<(usize, usize, Submission)> = VecDeque::new();
    let spawn_next = |pool: &mut Pool<_>, queue: &mut VecDeque<(usize, usize, Submission)>| {
        if let Some((i, j, sub)) = queue.pop_front() {
            let (grading, ex) = (Arc::clone(&grading), Arc::clone(&exercises[j]));
            let warm = Arc::clone(&warm);
            pool.spawn(async move { (i, j, grade_one(&grading, &warm, &ex, &sub).await) });
        }
    };
    let mut reused = 0;
    for (i, student) in roster.students.iter().enumerate() {
        if let Some(old) = previous.get(&student.name)
            && old.fingerprint.is_some()
            && old.fingerprint.as_deref() == Some(&current_fingerprint(student, &ids))
        {
            finished.push(old.clone());
            reused += 1;
            continue;
        }
        let mut p = Pending {
            entries: Vec::with_capacity(exercises.len()),
            evidence: Vec::with_capacity(exercises.len()),
            left: 0,
            internal: false,
        };
        for (j, ex) in exercises.iter().enumerate() {
            match student.submissions.get(&ex.id) {
                None => {
                    p.entries.push(Some(ExerciseEntry::missing(ex)));
                    p.evidence.push(Evidence::Missing);
                }
                Some(sub) => {
                    p.entries.push(None);
                    p.evidence.push(Evidence::Missing);
                    p.left += 1;
                    queue.push_back((i, j, sub.clone()));
                }
            }
        }
        if p.left == 0 {
            finished.push(complete(student, p, policy.as_ref()));
        } else {
            pending.insert(i, p);
        }
    }
    if reused > 0
        && let Some(path) = &args.resume
    {
        anstream::eprintln!(
            "{} kept the grades of {reused} unchanged student{} from {}",
            paint(PALETTE.dim, "resume:"),
            if reused == 1 { "" } else { "s" },
            path.display()
        );
    }

    // Exercise by exercise within blocks of students, so that a warm
    // harness serves one submission of its exercise after another; blocks
    // keep an interrupted run's finished students (and its memory) bounded.
    let block = (jobs * 8).max(8);
    queue
        .make_contiguous()
        .sort_by_key(|&(i, j, _)| (i / block, j, i));
    let total_jobs = queue.len();
    for _ in 0..jobs {
        spawn_next(&mut pool, &mut queue);
    }
    let mut progress = Progress::new(total_jobs as u64, args.quiet);
    let mut interrupted = false;
    let mut listening = true;
    let mut internal = Vec::new();
    let mut spec_broken = Vec::new();
    loop {
        tokio::select! {
            signal = &mut interrupt, if listening => {
                if signal.is_ok() {
                    interrupted = true;
                    break;
                }
                listening = false;
            }
            next = pool.next() => {
                let Some((_, (i, j, graded))) = next else { break };
                spawn_next(&mut pool, &mut queue);
                progress.tick();
                let student = &roster.students[i];
                if graded.internal {
                    internal.push(format!("{}: {}", student.name, exercises[j].id));
                }
                if graded.spec_error {
                    spec_broken.push(exercises[j].id.clone());
                }
                let Some(p) = pending.get_mut(&i) else { continue };
                p.internal |= graded.internal;
                p.entries[j] = Some(graded.entry);
                p.evidence[j] = graded.evidence;
                p.left -= 1;
                if p.left == 0 && let Some(p) = pending.remove(&i) {
                    finished.push(complete(student, p, policy.as_ref()));
                }
            }
        }
    }
    progress.finish();
    warm.close().await;
    if interrupted {
        pool.cancel().await;
        sandbox::kill_all();
    }

    let graded_students = finished.len();
    let report = ClassReport::new(info, roster.notes, finished, !interrupted);
    plan.write(&report)?;
    if args.single || args.gradescope.is_some() {
        classroom_points(&report);
    }

    if interrupted {
        anstream::eprintln!(
            "{} {graded_students} of {} students graded; the reports are partial{}",
            paint(PALETTE.warn, "interrupted:"),
            roster.students.len(),
            if plan.wants(ClassFormat::Json) {
                "; run again with --resume REPORT.json to grade the rest"
            } else {
                ""
            }
        );
        return Ok(130);
    }
    if !spec_broken.is_empty() {
        spec_broken.sort();
        spec_broken.dedup();
        anstream::eprintln!(
            "{} a case's own code is broken in the pack ({}); run `grader verify`",
            paint(PALETTE.fail, "error:"),
            spec_broken.join(", ")
        );
        return Ok(exit::BAD_INPUT);
    }
    if !internal.is_empty() {
        anstream::eprintln!(
            "{} the grader failed on {} submission{} ({}{}); those students will be graded again with --resume",
            paint(PALETTE.fail, "error:"),
            internal.len(),
            if internal.len() == 1 { "" } else { "s" },
            internal
                .iter()
                .take(5)
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
            if internal.len() > 5 { ", …" } else { "" }
        );
        return Ok(exit::INTERNAL);
    }
    if args.gradescope.is_some() {
        // Gradescope reads the score from results.json; a failing student
        // is not a failed autograder.
        return Ok(exit::OK);
    }
    Ok(if report.all_passed() {
        exit::OK
    } else {
        exit::FAILED
    })
}

/// The roster the options describe, and report files a mode adds.
fn find_students(
    args: &GradeArgs,
    assignment: &Assignment,
) -> Result<(Roster, Vec<(ClassFormat, PathBuf)>), Error> {
    if let Some(root) = &args.gradescope {
        let submission = root.join("submission");
        let results = root.join("results");
        let roster = Roster::single_unwrapped(&submission, "submission", assignment)
            .map_err(Error::Usage)?;
        std::fs::create_dir_all(&results)
            .map_err(|e| Error::Usage(format!("cannot create {}: {e}", results.display())))?;
        return Ok((
            roster,
            vec![(ClassFormat::Gradescope, results.join("results.json"))],
        ));
    }
    let Some(path) = &args.submissions else {
        return Err(Error::Usage(
            "give SUBMISSIONS: a folder of student folders or a CSV manifest".into(),
        ));
    };
    let roster = if args.single {
        Roster::single(path, &single_name(path), false, assignment)
    } else if path.is_dir() {
        Roster::from_folder(path, assignment)
    } else if path.is_file() {
        if !path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        {
            return Err(Error::Usage(format!(
                "{} is a file; SUBMISSIONS is a folder of student folders or a .csv manifest (student,path)",
                path.display()
            )));
        }
        Roster::from_manifest(path, assignment)
    } else {
        Err(format!("{} does not exist", path.display()))
    }
    .map_err(Error::Usage)?;
    if roster.students.is_empty() {
        return Err(Error::Usage(format!(
            "{} holds no students: expected a folder per student (e.g. {}/alice/decorators/timing.py), or use --single for one student's folder",
            path.display(),
            path.display()
        )));
    }
    Ok((roster, Vec::new()))
}

/// `--single`'s student name: the folder's own name.
fn single_name(path: &Path) -> String {
    std::fs::canonicalize(path)
        .ok()
        .and_then(|p| p.file_name().map(roster::printable))
        .unwrap_or_else(|| "student".into())
}

async fn grade_one(
    grading: &Grading,
    warm: &runner::WarmPool,
    ex: &Exercise,
    sub: &Submission,
) -> Graded {
    let loaded = if sub.refused.is_none() && sub.path.is_dir() && !sub.path.is_symlink() {
        // A project exercise's folder: its files, as the kind reads them
        // (regular files only, never through a link, bounded in size).
        crate::kinds::Submission::read(ex, &sub.path).map(|s| {
            let mut digest = Vec::new();
            if let crate::kinds::Submission::Project(tree) = &s {
                for (rel, bytes) in &tree.files {
                    digest.extend_from_slice(rel.as_bytes());
                    digest.push(0);
                    digest.extend_from_slice(&sha256_hex(bytes).into_bytes());
                    digest.push(b'\n');
                }
            }
            (s, digest)
        })
    } else {
        roster::load(sub).and_then(|bytes| {
            crate::kinds::Submission::read_bytes(ex, bytes.clone()).map(|s| (s, bytes))
        })
    };
    let (submission, bytes) = match loaded {
        Ok(b) => b,
        Err(why) => {
            return Graded {
                entry: ExerciseEntry::refused(ex, &sub.display, why.clone(), None),
                evidence: Evidence::Refused(why),
                internal: false,
                spec_error: false,
            };
        }
    };
    let sha = sha256_hex(&bytes);
    match grading
        .grade_pooled(
            warm,
            ex,
            &submission,
            &sub.display,
            crate::judge::Audience::Learner,
        )
        .await
    {
        Ok(result) => Graded {
            spec_error: result.has_spec_error(),
            entry: ExerciseEntry::graded(ex, &result, sha.clone()),
            evidence: Evidence::Content(sha),
            internal: false,
        },
        Err(e) => Graded {
            entry: ExerciseEntry::refused(
                ex,
                &sub.display,
                format!("the grader failed on this file (not the student's fault): {e}"),
                Some("grade again with --resume once the cause is fixed".into()),
            ),
            evidence: Evidence::Content(sha),
            internal: true,
            spec_error: false,
        },
    }
}

/// The student's entry once every exercise is in.
fn complete(student: &Student, p: Pending, policy: Option<&Policy>) -> StudentEntry {
    let evidence: Vec<(String, Evidence)> = p
        .entries
        .iter()
        .zip(p.evidence)
        .map(|(e, ev)| (e.as_ref().map(|e| e.id.clone()).unwrap_or_default(), ev))
        .collect();
    let facts = student_facts(student);
    let facts: Vec<(&str, &str)> = facts
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let fingerprint = (!p.internal)
        .then(|| student_fingerprint(&student.name, &evidence, &student.notes, &facts));
    let mut entry = StudentEntry::new(
        student.name.clone(),
        student.source.clone(),
        fingerprint,
        student.notes.clone(),
        p.entries.into_iter().flatten().collect(),
    );
    entry.fields = student.fields.clone();
    entry.submitted_at = student.submitted_at.map(|t| t.to_string());
    if let Some(policy) = policy {
        entry.apply_policy(policy, student.submitted_at);
    }
    entry
}

/// What the manifest (or git) says of a student besides their files.
fn student_facts(student: &Student) -> Vec<(String, String)> {
    let mut facts: Vec<(String, String)> = student
        .fields
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if let Some(t) = student.submitted_at {
        facts.push(("submitted_at".into(), t.to_string()));
    }
    facts
}

/// The time of the last commit of the repository at `dir` (`--single` in
/// a student's repository), or `None` when it is not one or git is absent.
/// Commit dates are set by the student's own machine: trust them as far as
/// you trust the student's clock.
fn last_commit_time(dir: &Path) -> Option<Timestamp> {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        // Read-only and config-proof: no pager, no fsmonitor hook, and no
        // "dubious ownership" refusal when CI checked the repository out
        // as another user.
        .args([
            "-c",
            "core.fsmonitor=",
            "-c",
            "safe.directory=*",
            "--no-pager",
            "log",
            "-1",
            "--format=%cI",
        ])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Timestamp::parse(String::from_utf8_lossy(&out.stdout).trim()).ok()
}

/// Gradescope's own record of when the submission was made
/// (`submission_metadata.json`, `created_at`).
fn gradescope_time(root: &Path) -> Option<Timestamp> {
    let text = std::fs::read_to_string(root.join("submission_metadata.json")).ok()?;
    let meta: serde_json::Value = serde_json::from_str(&text).ok()?;
    Timestamp::parse(meta.get("created_at")?.as_str()?).ok()
}

/// Under GitHub Actions, the notices GitHub Classroom's autograding
/// reporter reads a score from: `Points X/Y` titled "Autograding complete",
/// and the JSON "Autograding report".
fn classroom_points(report: &ClassReport) {
    if std::env::var_os("GITHUB_ACTIONS").is_none_or(|v| v != "true") {
        return;
    }
    let [s] = report.students.as_slice() else {
        return;
    };
    let number = crate::report::gradebook_csv::number;
    let (got, max) = (number(s.score), number(s.max_score));
    // Standard error: standard output may carry a report.
    eprintln!("::notice title=Autograding complete::Points {got}/{max}");
    eprintln!("::notice title=Autograding report::{{\"totalPoints\":{got},\"maxPoints\":{max}}}");
}

/// The fingerprint the student's files have now, read as grading would.
fn current_fingerprint(student: &Student, ids: &[String]) -> String {
    let evidence: Vec<(String, Evidence)> = ids
        .iter()
        .map(|id| {
            let e = match student.submissions.get(id) {
                None => Evidence::Missing,
                Some(sub) => match roster::load(sub) {
                    Ok(bytes) => Evidence::Content(sha256_hex(&bytes)),
                    Err(why) => Evidence::Refused(why),
                },
            };
            (id.clone(), e)
        })
        .collect();
    let facts = student_facts(student);
    let facts: Vec<(&str, &str)> = facts
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    student_fingerprint(&student.name, &evidence, &student.notes, &facts)
}

/// The students of a previous report, when it was graded under the same
/// conditions as this run.
fn previous_grades(
    path: &Path,
    fingerprint: &str,
) -> Result<BTreeMap<String, StudentEntry>, Error> {
    let shown = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            anstream::eprintln!(
                "{} {shown} does not exist yet; grading everyone",
                paint(PALETTE.dim, "resume:")
            );
            return Ok(BTreeMap::new());
        }
        Err(e) => return Err(Error::Usage(format!("cannot read --resume {shown}: {e}"))),
    };
    let report = ClassReport::parse(&text, &shown).map_err(Error::Usage)?;
    if report.fingerprint != fingerprint {
        anstream::eprintln!(
            "{} {shown} was graded under different conditions (grader or Python version, sandbox, or exercise specs changed); grading everyone again",
            paint(PALETTE.warn, "resume:")
        );
        return Ok(BTreeMap::new());
    }
    Ok(report
        .students
        .into_iter()
        .map(|s| (s.student.clone(), s))
        .collect())
}
