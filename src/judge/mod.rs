//! Verdicts: turns what the runner observed into a result per case and per
//! exercise.  Plain synchronous code; the only place outputs are compared.

mod compare;
mod disclose;

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::runner::{CaseRun, End, ExerciseRun, Phase, Report};
use crate::spec::{Case, Exercise, Expected};

pub use compare::{diff, matches, matches_sealed, normalise, seal, sealed_digest};
pub use disclose::{exception_name, traceback_exception};

/// The closed set of case outcomes; every reporter handles each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Passed,
    Failed,
    Error,
    Timeout,
    Crashed,
    Memory,
    OutputLimit,
    /// Not run: a tool or package it needs is missing (see `toolchain`).
    /// Neither a pass nor a fail; `--require-toolchain` makes it an error.
    NotGraded,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Passed => "passed",
            Verdict::Failed => "failed",
            Verdict::Error => "error",
            Verdict::Timeout => "timeout",
            Verdict::Crashed => "crashed",
            Verdict::Memory => "memory",
            Verdict::OutputLimit => "output-limit",
            Verdict::NotGraded => "not-graded",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Passed,
    Failed,
    Error,
    /// Every case that ran passed, but some could not be graded here.
    #[serde(rename = "not-graded")]
    NotGraded,
}

/// A place in the learner's file or in a case's code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The learner's path as given, or `case` for the case's own code.
    pub file: String,
    pub line: u32,
    pub function: String,
    /// The line's text, when known.
    pub source: Option<String>,
}

#[derive(Debug, Clone)]
pub struct CaseResult {
    pub name: String,
    pub hidden: bool,
    /// The case's share of the exercise's score (from the spec).
    pub points: f64,
    pub verdict: Verdict,
    pub duration: Duration,
    /// One or two sentences on what happened; `None` for a pass.
    pub message: Option<String>,
    /// Unified diff expected → actual (visible cases only).
    pub diff: Option<String>,
    /// Innermost last (visible cases; for hidden ones, the learner's frames only).
    pub traceback: Vec<Location>,
    /// The case's code (visible cases only).
    pub code: Option<String>,
    /// What the code printed, capped (visible cases only).
    pub stdout: Option<String>,
    pub stderr: Option<String>,
    /// A pack problem, not the learner's: reported with exit code 2.
    pub spec_error: bool,
    /// The author's line on what the case checks, for a case not passed.
    pub explain: Option<String>,
    /// A passed case that came close to its time limit: it may time out on
    /// a slower machine.
    pub warning: Option<String>,
}

/// Why a submission could not be graded case by case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub message: String,
    pub location: Option<Location>,
    /// A column caret for syntax errors.
    pub column: Option<u32>,
    pub hint: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ExerciseResult {
    pub id: String,
    pub title: String,
    /// The learner's file as given on the command line.
    pub file: String,
    pub status: Status,
    /// Points of passed cases over all points, 0..=1 (each case is worth
    /// one point unless its spec says otherwise).
    pub score: f64,
    pub cases: Vec<CaseResult>,
    /// Set when the module could not even be imported, or was refused.
    pub problem: Option<Problem>,
    /// What the module printed while being imported.
    pub import_output: Option<String>,
    /// The exercise's optional static check, when it declares one.
    pub static_check: Option<StaticResult>,
}

/// The outcome of an exercise's static check (e.g. `mypy --strict`).
#[derive(Debug, Clone, Serialize)]
pub struct StaticResult {
    /// `mypy --strict`.
    pub check: String,
    pub status: StaticStatus,
    /// The tool's complaints, or why it was skipped.
    pub output: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StaticStatus {
    Passed,
    Failed,
    /// The tool is not installed: reported, never counted as passed.
    Skipped,
}

impl ExerciseResult {
    /// Folds a static check into the result: a failed check fails an
    /// exercise whose cases all passed; a skipped one changes nothing but
    /// is shown.
    pub fn with_static_check(
        mut self,
        check: &crate::spec::StaticCheck,
        run: crate::runner::static_check::StaticRun,
    ) -> Self {
        use crate::runner::static_check::StaticRun;
        let (status, output) = match run {
            StaticRun::Clean => (StaticStatus::Passed, None),
            StaticRun::Complaints(text) => (StaticStatus::Failed, Some(text)),
            StaticRun::Unavailable(why) => (StaticStatus::Skipped, Some(why)),
        };
        if status == StaticStatus::Failed && self.status == Status::Passed {
            self.status = Status::Failed;
        }
        if status == StaticStatus::Skipped && self.status == Status::Passed {
            // An unchecked requirement is not a pass.
            self.status = Status::NotGraded;
        }
        self.static_check = Some(StaticResult {
            check: check.label(),
            status,
            output,
        });
        self
    }
}

impl ExerciseResult {
    pub fn passed_cases(&self) -> usize {
        self.cases
            .iter()
            .filter(|c| c.verdict == Verdict::Passed)
            .count()
    }

    /// Points of cases that were not graded (a missing tool), out of all.
    pub fn not_graded_points(&self) -> f64 {
        self.cases
            .iter()
            .filter(|c| c.verdict == Verdict::NotGraded)
            .map(|c| c.points)
            .sum()
    }

    /// Whether anything was left ungraded: a case or the static check.
    pub fn has_not_graded(&self) -> bool {
        self.cases.iter().any(|c| c.verdict == Verdict::NotGraded)
            || self
                .static_check
                .as_ref()
                .is_some_and(|s| s.status == StaticStatus::Skipped)
    }

    /// Status and score from judged cases: passed only when every case
    /// passed; not graded when none failed but some could not run.
    pub fn from_cases(
        exercise: &Exercise,
        file: &str,
        cases: Vec<CaseResult>,
        import_output: Option<String>,
    ) -> ExerciseResult {
        let passed = cases
            .iter()
            .filter(|c| c.verdict == Verdict::Passed)
            .count();
        let not_graded = cases
            .iter()
            .filter(|c| c.verdict == Verdict::NotGraded)
            .count();
        let status = if cases.is_empty() {
            Status::Failed
        } else if passed == cases.len() {
            Status::Passed
        } else if passed + not_graded == cases.len() {
            Status::NotGraded
        } else {
            Status::Failed
        };
        let earned: f64 = cases
            .iter()
            .filter(|c| c.verdict == Verdict::Passed)
            .map(|c| c.points)
            .fold(0.0, |a, b| a + b);
        let total = exercise.total_points();
        ExerciseResult {
            id: exercise.id.clone(),
            title: exercise.title.clone(),
            file: file.to_string(),
            status,
            score: if total > 0.0 { earned / total } else { 0.0 },
            cases,
            problem: None,
            import_output,
            static_check: None,
        }
    }

    pub fn has_spec_error(&self) -> bool {
        self.cases.iter().any(|c| c.spec_error)
    }

    /// A result for a submission that never ran (unreadable, too large, …).
    pub fn refused(exercise: &Exercise, file: &str, problem: Problem) -> ExerciseResult {
        ExerciseResult {
            id: exercise.id.clone(),
            title: exercise.title.clone(),
            file: file.to_string(),
            status: Status::Error,
            score: 0.0,
            cases: Vec::new(),
            problem: Some(problem),
            import_output: None,
            static_check: None,
        }
    }
}

/// Who a result is for: learners never see inside hidden cases; authors
/// verifying their own pack do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Learner,
    Author,
}

/// Display caps for captured output in reports: bytes, lines, line length.
const SHOWN_OUTPUT: usize = 4000;
const SHOWN_LINES: usize = 40;
const SHOWN_LINE_CHARS: usize = 160;

/// Judges a whole run.  `source` is the learner's file, for quoting lines.
pub fn judge(
    exercise: &Exercise,
    run: &ExerciseRun,
    file: &str,
    source: &str,
    audience: Audience,
) -> ExerciseResult {
    let ctx = Ctx {
        audience,
        module_path: &run.module_path,
        file,
        source,
        setup: exercise.setup.as_deref().unwrap_or(""),
    };
    let import_output = {
        let out = String::from_utf8_lossy(&run.import.stdout).into_owned()
            + &String::from_utf8_lossy(&run.import.stderr);
        (!out.trim().is_empty()).then(|| cap(&out))
    };
    if !run.import_ok() {
        return ExerciseResult {
            id: exercise.id.clone(),
            title: exercise.title.clone(),
            file: file.to_string(),
            status: Status::Error,
            score: 0.0,
            cases: Vec::new(),
            problem: Some(import_problem(&ctx, &run.import)),
            import_output,
            static_check: None,
        };
    }
    let cases: Vec<CaseResult> = exercise
        .cases
        .iter()
        .zip(&run.cases)
        .map(|(case, r)| judge_case(&ctx, case, r))
        .collect();
    ExerciseResult::from_cases(exercise, file, cases, import_output)
}

struct Ctx<'a> {
    audience: Audience,
    module_path: &'a str,
    file: &'a str,
    source: &'a str,
    setup: &'a str,
}

impl Ctx<'_> {
    fn location(&self, frame: &(String, u32, String), case_code: &str) -> Location {
        let (path, line, function) = frame;
        let (file, text) = if path == self.module_path {
            (self.file.to_string(), self.source)
        } else if path == "<case>" {
            ("case".to_string(), case_code)
        } else {
            ("setup".to_string(), self.setup)
        };
        let source = usize::try_from(*line)
            .ok()
            .and_then(|l| l.checked_sub(1))
            .and_then(|i| text.lines().nth(i))
            .map(|s| s.trim().to_string());
        Location {
            file,
            line: *line,
            function: function.clone(),
            source,
        }
    }

    /// A location as a hidden case may show it: only a real line of the
    /// learner's own file, without the function's name (which code can
    /// make up at run time).
    fn disclosed(&self, l: Location) -> Option<Location> {
        (l.file == self.file && disclose::real_line(l.line, self.source).is_some()).then(|| {
            Location {
                function: String::new(),
                ..l
            }
        })
    }

    /// The innermost frame of the learner's own file in a faulthandler dump.
    fn dump_location(&self, dump: &str) -> Option<Location> {
        let needle = format!("File \"{}\", line ", self.module_path);
        dump.lines().find_map(|l| {
            let rest = l.trim().strip_prefix(&needle)?;
            let (line, func) = rest.split_once(" in ").unwrap_or((rest, "?"));
            let line: u32 = line.trim().parse().ok()?;
            Some(self.location(
                &(self.module_path.to_string(), line, func.trim().to_string()),
                "",
            ))
        })
    }
}

fn judge_case(ctx: &Ctx, case: &Case, r: &CaseRun) -> CaseResult {
    let secret = case.hidden && ctx.audience == Audience::Learner;
    let stdout = String::from_utf8_lossy(&r.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&r.stderr).into_owned();
    let mut result = CaseResult {
        name: case.name.clone(),
        hidden: case.hidden,
        points: case.points,
        verdict: Verdict::Error,
        // How long a hidden case ran is the learner's code's to choose.
        duration: if secret { Duration::ZERO } else { r.elapsed },
        message: None,
        diff: None,
        traceback: Vec::new(),
        code: (!secret).then(|| case.code.clone()),
        stdout: (!secret && !stdout.is_empty()).then(|| cap(&stdout)),
        stderr: (!secret && !stderr.is_empty()).then(|| cap(&stderr)),
        spec_error: false,
        explain: None,
        warning: None,
    };
    let limit = case.limits.output_bytes;
    let (verdict, message) = match &r.end {
        End::TimedOut(limit) => {
            let at = ctx
                .dump_location(&r.dump)
                .and_then(|l| if secret { ctx.disclosed(l) } else { Some(l) });
            let msg = format!(
                "did not finish within {}{}",
                secs(*limit),
                at.as_ref()
                    .filter(|_| !secret)
                    .map(|l| format!(
                        "; it was running {}:{} ({})",
                        l.file,
                        l.line,
                        l.source.clone().unwrap_or_default()
                    ))
                    .unwrap_or_default()
            );
            result.traceback.extend(at);
            (Verdict::Timeout, msg)
        }
        End::BudgetExhausted(total) => (
            Verdict::Timeout,
            format!(
                "not finished: the exercise's total time limit of {} was used up",
                secs(*total)
            ),
        ),
        End::HarnessLost(_) if secret => (Verdict::Error, "the run broke down".into()),
        End::HarnessLost(why) => (Verdict::Error, format!("the run broke down: {why}")),
        _ if secret && (r.stdout_size > limit || r.stderr_size > limit) => (
            Verdict::OutputLimit,
            "printed more than the output limit allows".into(),
        ),
        _ if r.stdout_size > limit || r.stderr_size > limit => (
            Verdict::OutputLimit,
            format!(
                "printed {} bytes to {}; the limit is {} bytes",
                r.stdout_size.max(r.stderr_size),
                if r.stdout_size > limit {
                    "stdout"
                } else {
                    "stderr"
                },
                limit
            ),
        ),
        End::Signaled(sig) if secret => {
            let verdict = signal_verdict(*sig).0;
            (verdict, fixed_sentence(verdict).into())
        }
        End::Signaled(sig) => signal_verdict(*sig),
        End::Exited(code) => match &r.report {
            Err(_) if secret => (Verdict::Error, "the case ended abnormally".into()),
            Err(why) => (
                Verdict::Error,
                format!("the case ended abnormally (exit status {code}): {why}"),
            ),
            Ok(Report::SpecError { message }) => {
                result.spec_error = true;
                (
                    Verdict::Error,
                    if secret {
                        "this case's code is broken in the exercise pack; not your fault, report it"
                            .into()
                    } else {
                        format!(
                            "this case's code is broken in the exercise pack ({message}); not your fault, report it"
                        )
                    },
                )
            }
            Ok(Report::Exit { phase, .. }) if secret => (
                Verdict::Error,
                format!("the code called sys.exit() during {}", phase_name(*phase)),
            ),
            Ok(Report::Exit { code, phase, .. }) => (
                Verdict::Error,
                format!(
                    "the code called sys.exit({}) during {}",
                    code.as_ref().map(|c| c.to_string()).unwrap_or_default(),
                    phase_name(*phase)
                ),
            ),
            Ok(Report::Exception {
                kind,
                message,
                frames,
                ..
            }) => {
                let mut locations: Vec<Location> = frames
                    .iter()
                    .map(|f| ctx.location(f, &case.code))
                    .filter_map(|l| if secret { ctx.disclosed(l) } else { Some(l) })
                    .collect();
                if secret {
                    // Every frame's line is the learner's code's to pick
                    // (code compiled under the file's name stands at any
                    // line): a chain of frames would spell out the case.
                    // One location, the innermost, is all it may show.
                    let innermost = locations.pop();
                    locations = innermost.into_iter().collect();
                }
                result.traceback = locations;
                if kind == "MemoryError" {
                    (
                        Verdict::Memory,
                        format!(
                            "ran out of memory (the limit is {} MiB)",
                            case.limits.memory_bytes >> 20
                        ),
                    )
                } else {
                    // An exception the case's own code raised (a callable it
                    // handed in) that the learner's code let through.
                    let from_case = frames
                        .last()
                        .is_some_and(|(path, _, _)| path != ctx.module_path);
                    let through = if from_case && frames.iter().any(|f| f.0 == ctx.module_path) {
                        " (raised by the case's own code and let through by yours)"
                    } else if from_case {
                        " (raised by the case's own code)"
                    } else {
                        ""
                    };
                    if secret {
                        let name =
                            disclose::exception_name(kind, ctx.source).unwrap_or("an exception");
                        (Verdict::Error, format!("raised {name}{through}"))
                    } else if message.is_empty() {
                        (Verdict::Error, format!("raised {kind}{through}"))
                    } else {
                        (Verdict::Error, format!("raised {kind}{through}: {message}"))
                    }
                }
            }
            Ok(Report::Ok { .. }) if secret && r.leaked > 0 => (
                Verdict::Error,
                "left processes running after the case (a daemon?); they were killed".into(),
            ),
            Ok(Report::Ok { .. }) if secret && *code != 0 => (
                Verdict::Error,
                "the process exited abnormally after the case".into(),
            ),
            Ok(Report::Ok { .. }) if r.leaked > 0 => (
                Verdict::Error,
                format!(
                    "left {} process(es) running after the case (a daemon?); they were killed",
                    r.leaked
                ),
            ),
            Ok(Report::Ok { .. }) if *code != 0 => (
                Verdict::Error,
                format!("the process exited with status {code} after the case"),
            ),
            Ok(Report::Ok { .. }) => {
                let passed = match &case.expect {
                    Expected::Text(expected) => {
                        matches(case.compare, case.tolerance, expected, &stdout)
                    }
                    Expected::Sealed(seal) => matches_sealed(case.compare, seal, &stdout),
                    Expected::Any => true,
                };
                if passed {
                    (Verdict::Passed, String::new())
                } else {
                    // A sealed case has no expected text to diff against.
                    if let (false, Some(expected)) = (secret, case.expect.text()) {
                        result.diff = Some(diff(case.compare, expected, &stdout));
                    }
                    (
                        Verdict::Failed,
                        "printed output differs from what was expected".into(),
                    )
                }
            }
        },
    };
    result.verdict = verdict;
    result.message = (!message.is_empty()).then_some(message);
    // Within 10 % of the limit: worth a warning, never a failure.  Not for
    // a learner's hidden case, whose duration is not theirs to learn.
    if verdict == Verdict::Passed
        && !secret
        && r.elapsed.as_secs_f64() > 0.9 * case.limits.time.as_secs_f64()
    {
        result.warning = Some(format!(
            "passed in {} of its {} limit: a slower machine may time out",
            secs(r.elapsed),
            secs(case.limits.time)
        ));
    }
    if verdict != Verdict::Passed {
        result.explain = case.explain.clone();
    }
    result
}

/// The one sentence a hidden case gets for a verdict decided by a signal.
pub(crate) fn fixed_sentence(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Timeout => "used up its CPU-time limit",
        Verdict::OutputLimit => "wrote a file larger than the limit",
        Verdict::Memory => "ran out of memory",
        _ => "the process crashed",
    }
}

pub(crate) fn signal_verdict(sig: i32) -> (Verdict, String) {
    match sig {
        24 => (Verdict::Timeout, "used up its CPU-time limit".into()),
        25 => (
            Verdict::OutputLimit,
            "wrote a file larger than the limit".into(),
        ),
        9 => (
            Verdict::Crashed,
            "was killed (SIGKILL) — often the system running out of memory".into(),
        ),
        _ => (
            Verdict::Crashed,
            format!("crashed: killed by {}", signal_name(sig)),
        ),
    }
}

pub fn signal_name(sig: i32) -> String {
    let name = match sig {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV (segmentation fault)",
        13 => "SIGPIPE",
        15 => "SIGTERM",
        24 => "SIGXCPU",
        25 => "SIGXFSZ",
        31 => "SIGSYS",
        _ => return format!("signal {sig}"),
    };
    name.to_string()
}

fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Import => "import",
        Phase::Setup => "the case's setup",
        Phase::Case => "the case",
        Phase::Exit => "shutdown (threads, atexit handlers)",
    }
}

fn import_problem(ctx: &Ctx, r: &CaseRun) -> Problem {
    let mut p = Problem {
        message: String::new(),
        location: None,
        column: None,
        hint: None,
    };
    match (&r.end, &r.report) {
        (End::TimedOut(limit), _) => {
            p.message = format!("importing your module took longer than {}", secs(*limit));
            p.location = ctx.dump_location(&r.dump);
            p.hint = Some(
                "code at the top level runs on import: move slow work or loops into functions"
                    .into(),
            );
        }
        (End::HarnessLost(why), _) => p.message = format!("the run broke down: {why}"),
        (End::BudgetExhausted(_), _) => p.message = "no time was left to import your module".into(),
        (End::Signaled(sig), _) => {
            p.message = format!(
                "Python crashed while importing your module: {}",
                signal_verdict(*sig).1
            )
        }
        (
            End::Exited(_),
            Ok(Report::Exception {
                kind,
                message,
                frames,
                offset,
                ..
            }),
        ) => {
            p.location = frames
                .iter()
                .rev()
                .find(|f| f.0 == ctx.module_path)
                .map(|f| ctx.location(f, ""));
            p.message = if message.is_empty() {
                kind.clone()
            } else {
                format!("{kind}: {message}")
            };
            if kind == "SyntaxError" || kind == "IndentationError" || kind == "TabError" {
                // Python counts from the line's start; the line is shown stripped.
                let raw = p.location.as_ref().and_then(|l| {
                    ctx.source
                        .lines()
                        .nth(usize::try_from(l.line).ok()?.checked_sub(1)?)
                });
                let lead = raw.map_or(0, |r| r.len() - r.trim_start().len());
                p.column = offset
                    .and_then(|c| usize::try_from(c).ok())
                    .filter(|c| *c > 0)
                    .and_then(|c| u32::try_from(c.saturating_sub(lead).max(1)).ok());
            }
            p.hint = Some(match kind.as_str() {
                "EOFError" => {
                    "the grader gives your code no input: don't call input() at the top level"
                        .into()
                }
                "ModuleNotFoundError" | "ImportError" => {
                    "only the standard library is available to your code here".into()
                }
                "SyntaxError" | "IndentationError" | "TabError" => {
                    "fix the line shown, then check again".into()
                }
                _ => "your module raised this while being imported; top-level code runs on import"
                    .into(),
            });
        }
        (End::Exited(_), Ok(Report::Exit { code, .. })) => {
            p.message = format!(
                "your module called sys.exit({}) while being imported",
                code.as_ref().map(|c| c.to_string()).unwrap_or_default()
            );
            p.hint = Some(
                "put script code under `if __name__ == \"__main__\":` so importing does not run it"
                    .into(),
            );
        }
        (End::Exited(code), Err(why)) if why.starts_with("no report") => {
            p.message =
                format!("your module ended the process (exit status {code}) while being imported");
            p.hint = Some("remove os._exit()/sys.exit() from the top level, or put it under `if __name__ == \"__main__\":`".into());
        }
        (End::Exited(_), Err(why)) => {
            p.message = format!("the import could not be trusted: {why}");
            p.hint = Some("your code must not write to file descriptors it did not open".into());
        }
        (End::Exited(code), Ok(_)) => {
            p.message = format!("importing your module ended with exit status {code}");
        }
    }
    p
}

pub(crate) fn secs(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0}s")
    } else {
        format!("{s:.2}s")
    }
}

/// Output as shown to a person: a bounded number of bounded lines.
pub(crate) fn cap(s: &str) -> String {
    let mut out = String::new();
    let mut shown = 0;
    for (i, line) in s.lines().enumerate() {
        if i == SHOWN_LINES || out.len() >= SHOWN_OUTPUT {
            break;
        }
        match line.char_indices().nth(SHOWN_LINE_CHARS) {
            Some((cut, _)) => {
                out.push_str(&line[..cut]);
                out.push_str(" …");
            }
            None => out.push_str(line),
        }
        out.push('\n');
        shown += line.len() + 1;
    }
    if shown < s.len() {
        out.push_str(&format!(
            "… ({} more bytes not shown)\n",
            s.len().saturating_sub(shown)
        ));
    }
    out
}
