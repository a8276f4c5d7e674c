//! `kind: tests`: a test suite the learner writes for a module the exercise
//! provides (the *subject*), graded by the bugs it catches.
//!
//! The pack holds the subject (`subject/`), faulty versions of it written
//! as patches (`mutants/*.patch`, each with a one-line description) and
//! correct rewrites of it (`equivalents/*.patch`).  The learner hands in a
//! folder of tests (pytest or unittest).  The grader runs the suite, in the
//! sandbox, once per version of the subject, with only that version present:
//!
//! 1. the reference: every test must pass, or nothing counts;
//! 2. each equivalent: every test must pass too, so a suite that recognises
//!    the reference by its text (a hash, an AST) earns nothing;
//! 3. each mutant: caught when the run is not clean (a test fails or errors,
//!    the suite hangs or crashes);
//! 4. the reference once more, beside the mutants: a flaky suite (random
//!    data, the clock) earns nothing either.
//!
//! Score: the points of the mutants caught over all mutants' points.  The
//! report names mutants by their descriptions only; a run's output is shown
//! only for the reference, which the learner holds anyway.  Every run's copy
//! of the subject ends with a random comment line, so no suite can pin the
//! exact text of a version it has seen.
//!
//! `mod.rs`: the spec section, loading the pack's versions, and the kind's
//! entry points; `run.rs`: one sandboxed run; `judge.rs`: cases from runs.

mod judge;
mod run;

use std::path::Path;
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{Env, Submission, Tree, Variant};
use crate::judge::{Audience, ExerciseResult, Problem};
use crate::spec::{Case, CaseLimits, Compare, Exercise, Expected, Kind, Pack, SpecError};

pub use run::{DRIVER, SUPPORT};

/// A run's own deadline when the spec sets no `limits.time`: one pytest
/// start and a small suite, on a loaded machine.
pub const DEFAULT_RUN_TIME: Duration = Duration::from_secs(30);

/// The name of the first case: the suite on the reference subject.
pub const REFERENCE_CASE: &str = "passes on the correct module";

/// `tests:` in exercise.yaml.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestsFile {
    /// `pytest` or `unittest`.
    pub runner: Spanned<String>,
    /// The module under test: files under the exercise's `subject/`.
    pub subject: Vec<Spanned<String>>,
    #[serde(default)]
    pub mutants: Vec<VersionFile>,
    #[serde(default)]
    pub equivalents: Vec<VersionFile>,
}

/// One mutant or equivalent as written in the spec.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionFile {
    /// A slug: the patch is `mutants/<name>.patch` unless `patch` says.
    pub name: Spanned<String>,
    /// One line shown to the learner: the bug (mutants), or how the rewrite
    /// differs (equivalents, optional).
    #[serde(default)]
    pub description: Option<String>,
    /// The patch's path inside the exercise folder.
    #[serde(default)]
    pub patch: Option<String>,
    /// A mutant's share of the score (default 1).
    #[serde(default)]
    pub points: Option<Spanned<f64>>,
}

/// How the suite is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runner {
    /// `python -m pytest` from the toolchain: `test_*.py` / `*_test.py`.
    Pytest,
    /// The standard library's discovery: `test*.py`.
    Unittest,
}

impl Runner {
    pub fn name(self) -> &'static str {
        match self {
            Runner::Pytest => "pytest",
            Runner::Unittest => "unittest",
        }
    }
}

/// The resolved `tests:` section.
#[derive(Debug, Clone, PartialEq)]
pub struct TestsSpec {
    pub runner: Runner,
    /// Paths of the subject's files, relative to `subject/` (and to the
    /// learner's folder, where the tests import them).
    pub subject: Vec<String>,
    pub equivalents: Vec<Version>,
    pub mutants: Vec<Version>,
    /// The versions themselves, read by [`load`] when the pack is read.
    pub material: Option<Material>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub name: String,
    pub description: Option<String>,
    /// Relative to the exercise folder.
    pub patch: String,
    pub points: f64,
}

/// Every version of the subject, patches applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Material {
    pub reference: Tree,
    pub equivalents: Vec<Tree>,
    pub mutants: Vec<Tree>,
}

/// Resolves `tests:` (called by `spec::parse_exercise`).  For a tests
/// exercise: a run's default time becomes [`DEFAULT_RUN_TIME`], pytest
/// joins `uses`, and the cases are made by [`cases`].
pub fn resolve(
    file: &str,
    kind: Kind,
    raw: Option<TestsFile>,
    has_cases: bool,
    errors: &mut Vec<SpecError>,
) -> Option<TestsSpec> {
    let raw = match (kind, raw) {
        (Kind::Tests, Some(raw)) => raw,
        (Kind::Tests, None) => {
            errors.push(SpecError::at(
                file,
                None,
                "a `kind: tests` exercise needs a `tests:` section (runner, subject, mutants, equivalents)",
            ));
            return None;
        }
        (_, Some(raw)) => {
            errors.push(SpecError::at(
                file,
                Some(raw.runner.referenced.line()),
                "`tests:` belongs to `kind: tests` exercises",
            ));
            return None;
        }
        (_, None) => return None,
    };
    if has_cases {
        errors.push(SpecError::at(
            file,
            None,
            "a `kind: tests` exercise has no `cases`: its cases are made from `tests.mutants` and `tests.equivalents`",
        ));
    }
    let runner = match raw.runner.value.as_str() {
        "pytest" => Runner::Pytest,
        "unittest" => Runner::Unittest,
        other => {
            errors.push(SpecError::at(
                file,
                Some(raw.runner.referenced.line()),
                format!("`tests.runner` is {other:?}; use pytest or unittest"),
            ));
            Runner::Pytest
        }
    };
    let mut subject = Vec::new();
    for s in &raw.subject {
        let p = s.value.trim();
        if !safe_relative(p) {
            errors.push(SpecError::at(
                file,
                Some(s.referenced.line()),
                format!(
                    "`tests.subject` names {p:?}; give paths relative to subject/, without `..`"
                ),
            ));
        } else if subject.iter().any(|known| known == p) {
            errors.push(SpecError::at(
                file,
                Some(s.referenced.line()),
                format!("`tests.subject` names {p:?} twice"),
            ));
        } else {
            subject.push(p.to_string());
        }
    }
    if raw.subject.is_empty() {
        errors.push(SpecError::at(
            file,
            None,
            "`tests.subject` is empty; name the module's files under subject/, e.g. [pricing.py]",
        ));
    }
    let mut descriptions: Vec<String> = Vec::new();
    let mutants = versions(file, "mutants", raw.mutants, &mut descriptions, errors);
    let equivalents = versions(
        file,
        "equivalents",
        raw.equivalents,
        &mut descriptions,
        errors,
    );
    if mutants.is_empty() {
        errors.push(SpecError::at(
            file,
            None,
            "`tests.mutants` is empty; a tests exercise is graded by the mutants its suite catches",
        ));
    }
    if equivalents.is_empty() {
        errors.push(SpecError::at(
            file,
            None,
            "`tests.equivalents` is empty; give at least one correct rewrite of the subject, so a suite that only recognises the reference's text earns nothing",
        ));
    }
    if !mutants.is_empty() && mutants.iter().map(|m| m.points).sum::<f64>() <= 0.0 {
        errors.push(SpecError::at(
            file,
            None,
            "every mutant has `points: 0`; give at least one points so the exercise can be scored",
        ));
    }
    Some(TestsSpec {
        runner,
        subject,
        equivalents,
        mutants,
        material: None,
    })
}

fn versions(
    file: &str,
    what: &str,
    raw: Vec<VersionFile>,
    descriptions: &mut Vec<String>,
    errors: &mut Vec<SpecError>,
) -> Vec<Version> {
    let mut out: Vec<Version> = Vec::new();
    for v in raw {
        let line = Some(v.name.referenced.line());
        let name = v.name.value.trim().to_string();
        if !crate::spec::is_slug(&name) {
            errors.push(SpecError::at(
                file,
                line,
                format!(
                    "`tests.{what}` name {name:?}: use lowercase letters, digits and underscores"
                ),
            ));
        } else if out.iter().any(|known| known.name == name) {
            errors.push(SpecError::at(
                file,
                line,
                format!("`tests.{what}` names {name:?} twice"),
            ));
        }
        let description = v
            .description
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty());
        match &description {
            None if what == "mutants" => errors.push(SpecError::at(
                file,
                line,
                format!("mutant {name:?} has no `description`: one line, in the statement's words, naming the bug (the report shows it; never the code)"),
            )),
            Some(d) if d.contains('\n') => errors.push(SpecError::at(
                file,
                line,
                format!("{what} {name:?}: `description` must be one line"),
            )),
            Some(d) if descriptions.contains(d) => errors.push(SpecError::at(
                file,
                line,
                format!("{what} {name:?}: the description {d:?} is used twice; each must be unique (it names a case)"),
            )),
            Some(d) => descriptions.push(d.clone()),
            None => {}
        }
        let patch = v
            .patch
            .map(|p| p.trim().to_string())
            .unwrap_or_else(|| format!("{what}/{name}.patch"));
        if !safe_relative(&patch) {
            errors.push(SpecError::at(
                file,
                line,
                format!("{what} {name:?}: `patch` must be a path inside the exercise folder, got {patch:?}"),
            ));
        }
        let points = match &v.points {
            None => crate::spec::DEFAULT_POINTS,
            Some(_) if what != "mutants" => {
                errors.push(SpecError::at(
                    file,
                    line,
                    format!("equivalent {name:?}: `points` belong to mutants (an equivalent earns nothing, it only guards)"),
                ));
                0.0
            }
            Some(p) if p.value.is_finite() && p.value >= 0.0 => p.value,
            Some(p) => {
                errors.push(SpecError::at(
                    file,
                    Some(p.referenced.line()),
                    format!(
                        "mutant {name:?}: `points` is {}; give a number ≥ 0",
                        p.value
                    ),
                ));
                crate::spec::DEFAULT_POINTS
            }
        };
        out.push(Version {
            name,
            description,
            patch,
            points,
        });
    }
    out
}

/// A path inside a folder: relative, no `..`, not empty.
fn safe_relative(p: &str) -> bool {
    let path = Path::new(p);
    !p.trim().is_empty()
        && path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
}

impl TestsSpec {
    /// The exercise's cases, in the order [`judge`] fills them: the
    /// reference, each equivalent, each mutant.  Only mutants carry points.
    pub fn cases(&self, limits: CaseLimits) -> Vec<Case> {
        let case = |name: String, explain: Option<&str>, points: f64| Case {
            name,
            code: String::new(),
            run: None,
            exit: 0,
            expect_stderr: None,
            files: Vec::new(),
            expect: Expected::Any,
            hidden: false,
            explain: explain.map(str::to_string),
            points,
            compare: Compare::default(),
            tolerance: crate::spec::DEFAULT_TOLERANCE,
            limits,
        };
        let mut out = vec![case(
            REFERENCE_CASE.to_string(),
            Some(
                "every test passes on the module as given; a suite that fails on correct code catches nothing",
            ),
            0.0,
        )];
        for e in &self.equivalents {
            // The messages of these cases say it all.
            out.push(case(equivalent_case_name(e), None, 0.0));
        }
        for m in &self.mutants {
            out.push(case(mutant_case_name(m), None, m.points));
        }
        out
    }
}

fn equivalent_case_name(e: &Version) -> String {
    format!(
        "passes on a correct rewrite: {}",
        e.description.as_deref().unwrap_or(&e.name)
    )
}

fn mutant_case_name(m: &Version) -> String {
    format!("catches: {}", m.description.as_deref().unwrap_or(&m.name))
}

/// Reads the subject and applies every patch (called by `Pack::exercise`),
/// so a missing file or a patch that no longer applies is a broken pack,
/// reported when the pack is read, never a learner's failure.
pub fn load(pack: &Pack, ex: &mut Exercise) -> Result<(), Vec<SpecError>> {
    let id = ex.id.clone();
    let spec_path = ex.spec_path.clone();
    let Some(spec) = ex.tests.as_mut() else {
        return Ok(());
    };
    let mut errors = Vec::new();
    let mut reference = Tree::default();
    for rel in &spec.subject {
        let path = format!("{id}/subject/{rel}");
        match pack.read(&path) {
            Some(bytes) => {
                reference.files.insert(rel.clone(), bytes);
            }
            None => errors.push(SpecError::at(
                &pack.display(&path),
                None,
                "is missing: `tests.subject` names it, and a tests exercise keeps its module under subject/",
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut apply = |v: &Version| -> Option<Tree> {
        let rel = format!("{id}/{}", v.patch);
        let display = pack.display(&rel);
        let Some(bytes) = pack.read(&rel) else {
            errors.push(SpecError::at(
                &spec_path,
                None,
                format!("{display} is missing (the patch of {:?})", v.name),
            ));
            return None;
        };
        let Ok(text) = String::from_utf8(bytes) else {
            errors.push(SpecError::at(&display, None, "is not UTF-8 text"));
            return None;
        };
        match super::patch::apply(&reference, &text, &display) {
            Err(why) => {
                // `<patch>:<line>: message`, said of the subject.
                let why = why.replace("the solution", "subject/");
                let (line, message) = why
                    .strip_prefix(&format!("{display}:"))
                    .and_then(|rest| rest.split_once(": "))
                    .and_then(|(n, m)| Some((n.parse::<u64>().ok()?, m.to_string())))
                    .map_or((None, why.clone()), |(n, m)| (Some(n), m));
                errors.push(SpecError::at(&display, line, message));
                None
            }
            Ok(tree) if tree == reference => {
                errors.push(SpecError::at(
                    &display,
                    None,
                    "changes nothing in the subject",
                ));
                None
            }
            Ok(tree) if !tree.files.keys().eq(reference.files.keys()) => {
                errors.push(SpecError::at(
                    &display,
                    None,
                    format!(
                        "may change only the subject's files ({}), never add or remove one",
                        spec_names(&reference)
                    ),
                ));
                None
            }
            Ok(tree) => Some(tree),
        }
    };
    let equivalents: Vec<Option<Tree>> = spec.equivalents.iter().map(&mut apply).collect();
    let mutants: Vec<Option<Tree>> = spec.mutants.iter().map(&mut apply).collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    spec.material = Some(Material {
        reference,
        equivalents: equivalents.into_iter().flatten().collect(),
        mutants: mutants.into_iter().flatten().collect(),
    });
    Ok(())
}

fn spec_names(tree: &Tree) -> String {
    tree.files.keys().cloned().collect::<Vec<_>>().join(", ")
}

/// Reads a learner's folder of tests.
pub fn read(path: &Path) -> Result<Tree, String> {
    Tree::read_dir(path)
}

/// The pack's `solution/` (the reference suite) or `starter/`; the starter
/// comes with the subject's files, so a learner's folder holds the module
/// the tests import.
pub fn named(pack: &Pack, exercise: &Exercise, which: &str) -> Option<Submission> {
    let mut tree = pack.tree(&format!("{}/{which}", exercise.id));
    if tree.files.is_empty() {
        return None;
    }
    if which == "starter"
        && let Some(m) = exercise.tests.as_ref().and_then(|t| t.material.as_ref())
    {
        for (rel, bytes) in &m.reference.files {
            tree.files
                .entry(rel.clone())
                .or_insert_with(|| bytes.clone());
        }
    }
    Some(Submission::Tests(tree))
}

/// A learner's starting folder, as `grader init` writes it: the starter
/// suite and the subject.
pub fn starter_tree(pack: &Pack, exercise: &Exercise) -> Tree {
    match named(pack, exercise, "starter") {
        Some(Submission::Tests(tree)) => tree,
        _ => Tree::default(),
    }
}

/// `accepted/<name>/` or `wrong/<name>/`: folders of tests.
pub fn variants(pack: &Pack, ex: &Exercise, sub: &str) -> Vec<Variant> {
    pack.entries_under(&ex.id, sub, "")
        .into_iter()
        .map(|(name, folder)| {
            let rel = format!("{}/{sub}/{name}", ex.id);
            let display = pack.display(&format!("{rel}/"));
            let submission = if !folder {
                Err(format!(
                    "{} is a file; a tests exercise's {sub}/ holds folders of tests",
                    pack.display(&rel)
                ))
            } else {
                let tree = pack.tree(&rel);
                if tree.files.is_empty() {
                    Err(format!("{display} is empty"))
                } else {
                    Ok(Submission::Tests(tree))
                }
            };
            Variant {
                name,
                display,
                submission,
            }
        })
        .collect()
}

/// What `grader show` says about how a tests exercise runs.
pub fn how_it_runs(exercise: &Exercise) -> Option<String> {
    let spec = exercise.tests.as_ref()?;
    let command = match spec.runner {
        Runner::Pytest => {
            "python -m pytest (the toolchain's pinned pytest, no third-party plugins; conftest.py files are used, pytest.ini and pyproject settings are not)"
        }
        Runner::Unittest => "python -m unittest discovery (files named test*.py)",
    };
    Some(format!(
        "your folder of tests runs with {command}, beside the pack's own copy of {}.\n\
         It runs once on the module as given (every test must pass), once on each of\n\
         {} correct rewrite(s) of it (every test must pass), and once on each of {}\n\
         faulty versions (mutants): a mutant is caught when some test fails on it.\n\
         Score: the mutants caught; a check names each one by what its bug is.",
        spec.subject.join(", "),
        spec.equivalents.len(),
        spec.mutants.len()
    ))
}

pub async fn grade(
    env: &Env<'_>,
    exercise: &Exercise,
    submission: &Tree,
    display: &str,
    audience: Audience,
) -> Result<ExerciseResult, crate::error::Error> {
    let Some((spec, material)) = exercise
        .tests
        .as_ref()
        .and_then(|t| t.material.as_ref().map(|m| (t, m)))
    else {
        return Ok(ExerciseResult::refused(
            exercise,
            display,
            Problem {
                message: format!(
                    "{}: the exercise's module under test was not loaded",
                    exercise.id
                ),
                location: None,
                column: None,
                hint: None,
            },
        ));
    };
    if let Some(why) = env.missing(exercise) {
        return Ok(judge::not_graded(exercise, display, &why));
    }
    // The pack's subject, never the learner's copy of it.
    let mut suite = submission.clone();
    for rel in &spec.subject {
        suite.files.remove(rel);
    }
    let started = Instant::now();
    let runs = run::Runs::new(env, exercise, spec.runner, &suite);
    let reference = runs.one(&material.reference, false, started).await?;
    let mut judged = judge::Runs {
        reference,
        again: None,
        equivalents: Vec::new(),
        mutants: Vec::new(),
    };
    if judged.reference.clean() {
        // The rest, two at a time where runs cannot see each other's files.
        let mut jobs: Vec<(&Tree, bool)> = Vec::new();
        jobs.push((&material.reference, false));
        jobs.extend(material.equivalents.iter().map(|t| (t, false)));
        jobs.extend(material.mutants.iter().map(|t| (t, true)));
        let mut outcomes = Vec::with_capacity(jobs.len());
        let pair = env.interactive && runs.isolated();
        let mut i = 0;
        while i < jobs.len() {
            if pair && i + 1 < jobs.len() {
                let (a, b) = tokio::join!(
                    runs.one(jobs[i].0, jobs[i].1, started),
                    runs.one(jobs[i + 1].0, jobs[i + 1].1, started)
                );
                outcomes.push(a?);
                outcomes.push(b?);
                i += 2;
            } else {
                outcomes.push(runs.one(jobs[i].0, jobs[i].1, started).await?);
                i += 1;
            }
        }
        let mut it = outcomes.into_iter();
        judged.again = it.next();
        judged.equivalents = it.by_ref().take(material.equivalents.len()).collect();
        judged.mutants = it.collect();
    }
    Ok(judge::judge(exercise, spec, &judged, display, audience))
}

#[cfg(test)]
mod spec_tests {
    use crate::spec::parse_exercise;

    const HEAD: &str = "title: t\ndifficulty: 1\nstatement: s\ninterface: i\nkind: tests\n";

    #[test]
    fn cases_are_made_from_the_versions() {
        let ex = parse_exercise(
            "testing/x",
            "x.yaml",
            &format!(
                "{HEAD}tests:\n  runner: pytest\n  subject: [m.py]\n  mutants:\n    - name: off_by_one\n      description: the last item is dropped\n    - name: swapped\n      description: the arguments are swapped\n      points: 2\n  equivalents:\n    - name: rewrite\n"
            ),
        )
        .expect("valid");
        let names: Vec<&str> = ex.cases.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                super::REFERENCE_CASE,
                "passes on a correct rewrite: rewrite",
                "catches: the last item is dropped",
                "catches: the arguments are swapped",
            ]
        );
        assert_eq!(ex.total_points(), 3.0);
        assert_eq!(ex.uses, ["pytest"]);
        assert_eq!(ex.limits.time, super::DEFAULT_RUN_TIME);
        let spec = ex.tests.expect("tests");
        assert_eq!(spec.mutants[1].patch, "mutants/swapped.patch");
        assert_eq!(spec.equivalents[0].patch, "equivalents/rewrite.patch");
    }

    #[test]
    fn a_mutant_without_description_and_no_equivalent_are_refused() {
        let errs = parse_exercise(
            "testing/x",
            "x.yaml",
            &format!(
                "{HEAD}tests:\n  runner: nose\n  subject: [../m.py]\n  mutants:\n    - name: bad\n"
            ),
        )
        .expect_err("invalid");
        let all = errs
            .iter()
            .map(|e| e.message.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(all.contains("`tests.runner` is \"nose\""), "{all}");
        assert!(all.contains("without `..`"), "{all}");
        assert!(all.contains("has no `description`"), "{all}");
        assert!(all.contains("`tests.equivalents` is empty"), "{all}");
    }

    #[test]
    fn tests_belongs_to_its_kind() {
        let errs = parse_exercise(
            "testing/x",
            "x.yaml",
            "title: t\ndifficulty: 1\nstatement: s\ninterface: i\ntests:\n  runner: pytest\n  subject: [m.py]\ncases:\n  - name: a\n    code: print(1)\n    expect: \"1\\n\"\n",
        )
        .expect_err("invalid");
        assert!(
            errs.iter()
                .any(|e| e.message.contains("belongs to `kind: tests`")),
            "{errs:?}"
        );
    }
}
