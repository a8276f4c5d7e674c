//! Exercise packs: where they come from (the binary or a folder), how their
//! YAML is parsed and checked, and the resolved [`Exercise`] the rest of the
//! grader works with.

mod model;
mod pack;
pub mod seal;

use std::fmt;
use std::time::Duration;

pub use model::Compare;
pub use pack::{Pack, PackSource, SEALED_FILE, SPEC_FILE, TOPICS_FILE, is_slug};
pub use seal::Seal;

/// Defaults for limits a spec leaves out.
pub const DEFAULT_CASE_TIME: Duration = Duration::from_secs(2);
pub const DEFAULT_TOTAL_TIME: Duration = Duration::from_secs(60);
pub const DEFAULT_MEMORY_MB: u64 = 512;
pub const DEFAULT_OUTPUT_KB: u64 = 64;
pub const DEFAULT_TOLERANCE: f64 = 1e-6;
/// A case's points and an exercise's weight when the spec leaves them out.
pub const DEFAULT_POINTS: f64 = 1.0;
pub const DEFAULT_WEIGHT: f64 = 1.0;
/// The oldest Python the harness itself runs on.
pub const OLDEST_PYTHON: (u32, u32) = (3, 9);

/// What a submission is and how it is graded (see `crate::kinds`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// One Python file imported as `solution`.
    #[default]
    Module,
    /// A folder, with commands as cases.
    Project,
    /// A test suite, graded by the mutants it catches.
    Tests,
    /// A git repository built from a recipe, graded by its state.
    Repo,
    /// A Jupyter notebook whose code cells run in order.
    Notebook,
    /// Answers to conceptual questions, in a TOML file.
    Quiz,
}

/// How a learner hands an exercise of some kind in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// One file with this extension (without the dot), e.g. `py`.
    File(&'static str),
    /// A folder named after the exercise.
    Folder,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Module,
        Kind::Project,
        Kind::Tests,
        Kind::Repo,
        Kind::Notebook,
        Kind::Quiz,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Module => "module",
            Kind::Project => "project",
            Kind::Tests => "tests",
            Kind::Repo => "repo",
            Kind::Notebook => "notebook",
            Kind::Quiz => "quiz",
        }
    }

    /// A file or a folder, in the workspace and on the command line.
    pub fn form(self) -> Form {
        match self {
            Kind::Module => Form::File("py"),
            Kind::Notebook => Form::File("ipynb"),
            Kind::Quiz => Form::File("toml"),
            Kind::Project | Kind::Tests | Kind::Repo => Form::Folder,
        }
    }

    pub fn is_folder(self) -> bool {
        self.form() == Form::Folder
    }

    /// How to hand it in, for messages: `one .py file`, `its folder`.
    pub fn hand_in(self) -> String {
        match self.form() {
            Form::File(ext) => format!("one .{ext} file"),
            Form::Folder => "its folder".to_string(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub id: String,
    pub title: String,
    pub section: String,
    /// What of the topic cannot be graded here, and why.
    pub not_graded: Option<String>,
}

/// A fully resolved exercise: defaults applied, everything validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    /// `<topic>/<name>`.
    pub id: String,
    pub topic: String,
    /// `module` (one file) or `project` (a folder).
    pub kind: Kind,
    /// Toolchain packages the exercise's runs need (`toolchain.yaml`).
    pub uses: Vec<String>,
    /// Servers started for each run (`services:`), module and project kinds.
    pub services: Vec<crate::services::Service>,
    /// Project exercises: commands run once before the cases.
    pub setup_steps: Vec<Vec<String>>,
    pub title: String,
    pub difficulty: u8,
    pub statement: String,
    pub interface: String,
    pub min_python: (u32, u32),
    /// The exercise-wide limits; each case starts from these.
    pub limits: CaseLimits,
    pub total_time: Duration,
    pub hints: Vec<String>,
    pub setup: Option<String>,
    /// The exercise's share of a class grade: a student earns
    /// `weight × passed points / all points`.
    pub weight: f64,
    /// Cases never run beside each other (they compare timings).
    pub alone: bool,
    pub cases: Vec<Case>,
    /// An optional static check: run when the tool is installed, reported
    /// as skipped (never as passed) when it is not.
    pub static_check: Option<StaticCheck>,
    /// `kind: tests`: the module under test, its mutants and equivalents.
    pub tests: Option<crate::kinds::tests::TestsSpec>,
    /// Where `exercise.yaml` lives, for messages (`exercises/…` when built in).
    pub spec_path: String,
    /// `kind: repo`: the recipe and the checks, one per case.
    pub repo: Option<crate::kinds::repo::spec::Recipe>,
    /// `kind: quiz`: the questions and their keys (the cases mirror them).
    pub quiz: Option<crate::kinds::quiz::Quiz>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaticCheck {
    /// A Python module run as `python -m TOOL`, e.g. `mypy`.
    pub tool: String,
    pub args: Vec<String>,
}

impl StaticCheck {
    /// How the check is named to people: `mypy --strict`.
    pub fn label(&self) -> String {
        shell_words::join(
            std::iter::once(self.tool.as_str()).chain(self.args.iter().map(String::as_str)),
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub name: String,
    /// Python run with the learner's code in scope (empty for `run` cases).
    pub code: String,
    /// Project exercises: the command this case runs instead of `code`.
    pub run: Option<Vec<String>>,
    /// The exit status a `run` (or project `code`) case must end with.
    pub exit: i32,
    /// What a project case must print to stderr, when given.
    pub expect_stderr: Option<String>,
    /// Files a project case must leave behind.
    pub files: Vec<FileExpect>,
    pub expect: Expected,
    pub hidden: bool,
    /// The author's one-line statement of what the case checks.
    pub explain: Option<String>,
    /// The case's share of the exercise's score.
    pub points: f64,
    pub compare: Compare,
    pub tolerance: f64,
    pub limits: CaseLimits,
}

/// An expectation on a file a project case leaves behind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileExpect {
    /// `path` (relative to the project) exists or not, and if given holds
    /// exactly `content` (compared as the case's stdout is).
    Path {
        path: String,
        exists: bool,
        content: Option<String>,
    },
    /// `glob` matches `count` files, or at least one when `count` is absent.
    Glob { pattern: String, count: Option<u32> },
}

impl FileExpect {
    /// The path or pattern, as sent to the run (never the expected content).
    pub fn target(&self) -> &str {
        match self {
            FileExpect::Path { path, .. } => path,
            FileExpect::Glob { pattern, .. } => pattern,
        }
    }
}

/// What a case must print.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// Anything: a project `run` case that checks only its exit status or files.
    Any,
    /// The text itself.
    Text(String),
    /// Only a salted digest of it: a hidden case of a sealed pack.
    Sealed(Seal),
}

impl Expected {
    /// The expected text, unless sealed.
    pub fn text(&self) -> Option<&str> {
        match self {
            Expected::Text(t) => Some(t),
            Expected::Sealed(_) | Expected::Any => None,
        }
    }
}

impl Exercise {
    /// The points of all cases together; positive in a valid spec.
    pub fn total_points(&self) -> f64 {
        self.cases.iter().map(|c| c.points).sum()
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CaseLimits {
    pub time: Duration,
    pub memory_bytes: u64,
    pub output_bytes: u64,
}

/// A problem in a pack: always names the file, and the line when known.
#[derive(Debug, Clone)]
pub struct SpecError {
    pub file: String,
    pub line: Option<u64>,
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for SpecError {}

impl SpecError {
    pub fn at(file: &str, line: Option<u64>, message: impl Into<String>) -> Self {
        SpecError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }

    fn from_yaml(file: &str, err: &serde_saphyr::Error) -> Self {
        let line = err.location().map(|l| l.line());
        // The crate's own rendering carries a source snippet with a caret;
        // keep it, naming our file instead of `<input>`.
        let rendered = err.to_string().replace("<input>", file);
        let message = match rendered.split_once(": ") {
            Some((head, rest)) if head.starts_with("error") && line.is_some() => rest
                .split_once(": ")
                .map(|(_, m)| m.to_string())
                .unwrap_or_else(|| rest.to_string()),
            _ => rendered,
        };
        SpecError::at(file, line, message)
    }
}

/// Parses `exercise.yaml` text into a resolved exercise.
pub fn parse_exercise(id: &str, file: &str, text: &str) -> Result<Exercise, Vec<SpecError>> {
    let raw: model::ExerciseFile =
        serde_saphyr::from_str(text).map_err(|e| vec![SpecError::from_yaml(file, &e)])?;
    let mut errors = Vec::new();
    let topic = id.split('/').next().unwrap_or_default().to_string();
    let kind = match &raw.kind {
        None => Kind::Module,
        Some(k) => match Kind::ALL.into_iter().find(|x| x.name() == k.value) {
            Some(kind) => kind,
            None => {
                let names: Vec<&str> = Kind::ALL.iter().map(|x| x.name()).collect();
                errors.push(SpecError::at(
                    file,
                    Some(k.referenced.line()),
                    format!(
                        "`kind` is {:?}; use one of {} (module is the default)",
                        k.value,
                        names.join(", ")
                    ),
                ));
                Kind::Module
            }
        },
    };
    let mut uses = Vec::new();
    for u in &raw.uses {
        let name = u.value.trim().to_ascii_lowercase();
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            errors.push(SpecError::at(
                file,
                Some(u.referenced.line()),
                format!("`uses` names {:?}; give package names as toolchain.yaml lists them, e.g. pytest", u.value),
            ));
        } else if !uses.contains(&name) {
            uses.push(name);
        }
    }
    let services = crate::services::resolve(file, &raw.services, &mut errors);
    if !services.is_empty() && !matches!(kind, Kind::Module | Kind::Project) {
        errors.push(SpecError::at(
            file,
            None,
            "`services` belong to module and project exercises",
        ));
    }
    let mut setup_steps = Vec::new();
    for step in &raw.setup_steps {
        if kind != Kind::Project {
            errors.push(SpecError::at(
                file,
                Some(step.referenced.line()),
                "`setup_steps` belong to `kind: project` exercises",
            ));
        } else if step.value.is_empty() || step.value[0].trim().is_empty() {
            errors.push(SpecError::at(
                file,
                Some(step.referenced.line()),
                "a setup step is an empty command; write it as a list, e.g. [python, -m, pip, install, .]",
            ));
        }
        setup_steps.push(step.value.clone());
    }

    let difficulty = raw.difficulty.value;
    if !(1..=3).contains(&difficulty) {
        errors.push(SpecError::at(
            file,
            Some(raw.difficulty.referenced.line()),
            format!("`difficulty` is {difficulty}; use 1, 2 or 3"),
        ));
    }
    let min_python = match &raw.python {
        None => OLDEST_PYTHON,
        Some(v) => match parse_version(&v.value) {
            Some(ver) if ver >= OLDEST_PYTHON => ver,
            _ => {
                errors.push(SpecError::at(
                    file,
                    Some(v.referenced.line()),
                    format!(
                        "`python` is {:?}; write a version such as \"3.9\" (3.9 or newer)",
                        v.value
                    ),
                ));
                OLDEST_PYTHON
            }
        },
    };
    let mut base = resolve_limits(file, &raw.limits, &default_limits(), &mut errors);
    let tests =
        crate::kinds::tests::resolve(file, kind, raw.tests, !raw.cases.is_empty(), &mut errors);
    if tests.is_some() {
        // A run is one pytest start and a whole suite.
        if raw.limits.time.is_none() {
            base.time = crate::kinds::tests::DEFAULT_RUN_TIME;
        }
        if tests
            .as_ref()
            .is_some_and(|t| t.runner == crate::kinds::tests::Runner::Pytest)
            && !uses.iter().any(|u| u == "pytest")
        {
            uses.push("pytest".to_string());
        }
    }
    let total_time = match &raw.limits.total_time {
        Some(t) => positive_seconds(file, "limits.total_time", t, &mut errors),
        None => DEFAULT_TOTAL_TIME,
    };
    // A quiz's questions and a tests exercise's mutants are its cases.
    if raw.cases.is_empty() && !matches!(kind, Kind::Quiz | Kind::Tests | Kind::Repo) {
        errors.push(SpecError::at(
            file,
            None,
            "`cases` is empty; an exercise needs at least one case",
        ));
    }
    let weight = match &raw.weight {
        Some(w) => non_negative(file, "weight", w, &mut errors),
        None => DEFAULT_WEIGHT,
    };
    let quiz = crate::kinds::quiz::resolve(file, kind, raw.quiz, &mut errors);
    if kind == Kind::Quiz && !raw.cases.is_empty() {
        errors.push(SpecError::at(
            file,
            Some(raw.cases[0].name.referenced.line()),
            "a quiz has `quiz.questions`, not `cases`",
        ));
    }
    let mut seen: Vec<(String, u64)> = Vec::new();
    let mut cases = Vec::with_capacity(raw.cases.len());
    for case in raw.cases {
        let name = case.name.value.trim().to_string();
        let line = case.name.referenced.line();
        if name.is_empty() {
            errors.push(SpecError::at(
                file,
                Some(line),
                "a case has an empty `name`",
            ));
        } else if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name) {
            errors.push(SpecError::at(
                file,
                Some(line),
                format!("duplicate case name {name:?} (first used on line {first}); case names must be unique"),
            ));
        } else {
            seen.push((name.clone(), line));
        }
        if case.limits.total_time.is_some() {
            errors.push(SpecError::at(
                file,
                Some(line),
                format!(
                    "case {name:?}: `total_time` belongs in the exercise's `limits`, not a case's"
                ),
            ));
        }
        let tolerance = match (&case.tolerance, case.compare) {
            (Some(t), Compare::Numeric) => {
                if t.value >= 0.0 && t.value.is_finite() {
                    t.value
                } else {
                    errors.push(SpecError::at(
                        file,
                        Some(t.referenced.line()),
                        format!("case {name:?}: `tolerance` must be a finite number ≥ 0"),
                    ));
                    DEFAULT_TOLERANCE
                }
            }
            (Some(t), _) => {
                errors.push(SpecError::at(
                    file,
                    Some(t.referenced.line()),
                    format!("case {name:?}: `tolerance` only applies with `compare: numeric`"),
                ));
                DEFAULT_TOLERANCE
            }
            (None, _) => DEFAULT_TOLERANCE,
        };
        let limits = resolve_limits(file, &case.limits, &base, &mut errors);
        let project_only = case.run.is_some()
            || case.exit.is_some()
            || case.expect_stderr.is_some()
            || !case.files.is_empty();
        if kind == Kind::Module && project_only {
            errors.push(SpecError::at(
                file,
                Some(line),
                format!("case {name:?}: `run`, `exit`, `expect_stderr` and `files` belong to `kind: project` exercises"),
            ));
        }
        let run = match (&case.code, case.run) {
            (Some(_), None) => None,
            (None, Some(argv)) if argv.first().is_some_and(|a| !a.trim().is_empty()) => Some(argv),
            (None, Some(_)) => {
                errors.push(SpecError::at(
                    file,
                    Some(line),
                    format!("case {name:?}: `run` is empty; write the command as a list, e.g. [python, -m, pytest, -q]"),
                ));
                None
            }
            (Some(_), Some(_)) => {
                errors.push(SpecError::at(
                    file,
                    Some(line),
                    format!("case {name:?} has both `code` and `run`; keep one"),
                ));
                None
            }
            (None, None) => {
                errors.push(SpecError::at(
                    file,
                    Some(line),
                    if kind == Kind::Project {
                        format!("case {name:?} has neither `code` nor `run`; give the Python to run or the command")
                    } else {
                        format!("case {name:?} has no `code`: give the Python the case runs")
                    },
                ));
                None
            }
        };
        let mut files = Vec::new();
        for f in case.files {
            let at = Some(f.referenced.line());
            let f = f.value;
            let target = f.path.as_deref().or(f.glob.as_deref()).unwrap_or("");
            if !safe_relative(target) {
                errors.push(SpecError::at(
                    file,
                    at,
                    format!("case {name:?}: a `files` entry needs a relative `path` or `glob` inside the project (no `..`), got {target:?}"),
                ));
                continue;
            }
            match (f.path, f.glob) {
                (Some(path), None) if f.count.is_none() => files.push(FileExpect::Path {
                    exists: f.exists.unwrap_or(true),
                    content: f.content,
                    path,
                }),
                (None, Some(pattern)) if f.exists.is_none() && f.content.is_none() => {
                    files.push(FileExpect::Glob { pattern, count: f.count })
                }
                _ => errors.push(SpecError::at(
                    file,
                    at,
                    format!("case {name:?}: a `files` entry is `{{path, exists?, content?}}` or `{{glob, count?}}`"),
                )),
            }
        }
        let expect = match (case.expect, &case.expect_sha256) {
            // A project case may check only its exit status, stderr or files.
            (None, None) if kind == Kind::Project => Expected::Any,
            (Some(text), None) => Expected::Text(text),
            (None, Some(spec)) => {
                match seal::parse(file, &name, spec, case.hidden, case.compare, &mut errors) {
                    Some(s) => Expected::Sealed(s),
                    None => Expected::Text(String::new()),
                }
            }
            (Some(_), Some(spec)) => {
                errors.push(SpecError::at(
                    file,
                    Some(spec.referenced.line()),
                    format!("case {name:?} has both `expect` and `expect_sha256`; keep one"),
                ));
                Expected::Text(String::new())
            }
            (None, None) => {
                errors.push(SpecError::at(
                    file,
                    Some(line),
                    format!("case {name:?} has no `expect`: give what its code must print"),
                ));
                Expected::Text(String::new())
            }
        };
        let points = match &case.points {
            Some(p) => non_negative(file, &format!("case {name:?}: `points`"), p, &mut errors),
            None => DEFAULT_POINTS,
        };
        cases.push(Case {
            name,
            code: case.code.unwrap_or_default(),
            run,
            exit: case.exit.map_or(0, |e| e.value),
            expect_stderr: case.expect_stderr,
            files,
            expect,
            hidden: case.hidden,
            explain: case
                .explain
                .map(|e| e.trim().to_string())
                .filter(|e| !e.is_empty()),
            points,
            compare: case.compare,
            tolerance,
            limits,
        });
    }
    let static_check = match raw.static_check {
        None => None,
        Some(sc) if kind == Kind::Project => {
            errors.push(SpecError::at(
                file,
                Some(sc.tool.referenced.line()),
                "`static_check` is for module exercises; in a project, run the tool as a case, e.g. `run: [python, -m, mypy, .]`",
            ));
            None
        }
        Some(sc) if sc.tool.value == "mypy" => Some(StaticCheck {
            tool: sc.tool.value,
            args: sc.args,
        }),
        Some(sc) => {
            errors.push(SpecError::at(
                file,
                Some(sc.tool.referenced.line()),
                format!(
                    "`static_check.tool` is {:?}; the only tool known is mypy",
                    sc.tool.value
                ),
            ));
            None
        }
    };
    let repo =
        crate::kinds::repo::resolve_spec(file, kind, raw.repo, &base, &mut cases, &mut errors);
    if let Some(q) = &quiz {
        cases.extend(q.cases(base));
    }
    if let Some(t) = &tests {
        cases.extend(t.cases(base));
    }
    if tests.is_none() && !cases.is_empty() && cases.iter().map(|c| c.points).sum::<f64>() <= 0.0 {
        errors.push(SpecError::at(
            file,
            None,
            "every case has `points: 0`; give at least one case points so the exercise can be scored",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if static_check.is_some() && !uses.iter().any(|u| u == "mypy") {
        // The check runs on the pinned mypy only.
        uses.push("mypy".to_string());
    }
    Ok(Exercise {
        id: id.to_string(),
        topic,
        kind,
        uses,
        services,
        setup_steps,
        title: raw.title,
        difficulty,
        statement: raw.statement,
        interface: raw.interface,
        min_python,
        limits: base,
        total_time,
        hints: raw.hints,
        setup: raw.setup.filter(|s| !s.trim().is_empty()),
        weight,
        alone: raw.alone,
        cases,
        static_check,
        tests,
        spec_path: file.to_string(),
        repo,
        quiz,
    })
}

fn default_limits() -> CaseLimits {
    CaseLimits {
        time: DEFAULT_CASE_TIME,
        memory_bytes: DEFAULT_MEMORY_MB << 20,
        output_bytes: DEFAULT_OUTPUT_KB << 10,
    }
}

fn resolve_limits(
    file: &str,
    spec: &model::LimitsSpec,
    base: &CaseLimits,
    errors: &mut Vec<SpecError>,
) -> CaseLimits {
    let mut out = *base;
    if let Some(t) = &spec.time {
        out.time = positive_seconds(file, "limits.time", t, errors);
    }
    if let Some(m) = &spec.memory_mb {
        if m.value < 16 {
            errors.push(SpecError::at(
                file,
                Some(m.referenced.line()),
                "`memory_mb` below 16 leaves Python no room to start",
            ));
        }
        out.memory_bytes = m.value.saturating_mul(1 << 20);
    }
    if let Some(o) = &spec.output_kb {
        if o.value == 0 {
            errors.push(SpecError::at(
                file,
                Some(o.referenced.line()),
                "`output_kb` must be at least 1",
            ));
        }
        out.output_bytes = o.value.saturating_mul(1 << 10);
    }
    out
}

/// A finite number ≥ 0 (`weight`, `points`); `what` names the key in errors.
fn non_negative(
    file: &str,
    what: &str,
    v: &serde_saphyr::Spanned<f64>,
    errors: &mut Vec<SpecError>,
) -> f64 {
    if v.value.is_finite() && v.value >= 0.0 {
        v.value
    } else {
        let what = if what.contains('`') {
            what.to_string()
        } else {
            format!("`{what}`")
        };
        errors.push(SpecError::at(
            file,
            Some(v.referenced.line()),
            format!("{what} is {}; give a number ≥ 0", v.value),
        ));
        DEFAULT_POINTS
    }
}

fn positive_seconds(
    file: &str,
    key: &str,
    v: &serde_saphyr::Spanned<f64>,
    errors: &mut Vec<SpecError>,
) -> Duration {
    let secs = v.value;
    if secs.is_finite() && secs > 0.0 && secs <= 3600.0 {
        Duration::from_secs_f64(secs)
    } else {
        errors.push(SpecError::at(
            file,
            Some(v.referenced.line()),
            format!("`{key}` is {secs}; give seconds between 0 and 3600"),
        ));
        DEFAULT_CASE_TIME
    }
}

/// A path inside a project: relative, no `..`, not empty.
fn safe_relative(p: &str) -> bool {
    let path = std::path::Path::new(p);
    !p.trim().is_empty()
        && path.components().all(|c| {
            matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        })
}

/// `"3.9"` → `(3, 9)`.
pub fn parse_version(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.trim().split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Some((major, minor))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "title: t\ndifficulty: 1\nstatement: s\ninterface: i\n";

    fn parse(rest: &str) -> Result<Exercise, Vec<SpecError>> {
        parse_exercise("t/x", "x.yaml", &format!("{HEAD}{rest}"))
    }

    #[test]
    fn points_and_weight_default_to_one() {
        let ex = parse("cases:\n  - name: a\n    code: print(1)\n    expect: \"1\\n\"\n")
            .expect("valid");
        assert_eq!(ex.weight, 1.0);
        assert_eq!(ex.cases[0].points, 1.0);
    }

    #[test]
    fn points_and_weight_are_read() {
        let ex = parse(
            "weight: 2.5\ncases:\n  - name: a\n    code: print(1)\n    expect: \"1\\n\"\n    points: 3\n  - name: b\n    code: print(1)\n    expect: \"1\\n\"\n    points: 0\n",
        )
        .expect("valid");
        assert_eq!(ex.weight, 2.5);
        assert_eq!(ex.cases[0].points, 3.0);
        assert_eq!(ex.cases[1].points, 0.0);
        assert_eq!(ex.total_points(), 3.0);
    }

    #[test]
    fn negative_points_name_the_line() {
        let errs = parse(
            "cases:\n  - name: a\n    code: print(1)\n    expect: \"1\\n\"\n    points: -1\n",
        )
        .expect_err("negative points");
        assert!(
            errs.iter()
                .any(|e| e.line == Some(9) && e.message.contains("`points` is -1")),
            "{errs:?}"
        );
    }

    #[test]
    fn negative_weight_and_all_zero_points_are_refused() {
        let errs = parse("weight: -2\ncases:\n  - name: a\n    code: print(1)\n    expect: \"1\\n\"\n    points: 0\n")
            .expect_err("invalid");
        assert!(
            errs.iter()
                .any(|e| e.line == Some(5) && e.message.contains("`weight` is -2")),
            "{errs:?}"
        );
        assert!(
            errs.iter().any(|e| e.message.contains("`points: 0`")),
            "{errs:?}"
        );
    }
}
