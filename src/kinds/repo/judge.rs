//! Verdicts for repo exercises: each check compared in Rust with what the
//! driver found, with a readable difference for visible checks and only a
//! fixed sentence (and the author's `explain`) for hidden ones.

use std::time::Duration;

use serde::Deserialize;

use super::Report;
use super::spec::{Check, Recipe, Replay};
use crate::judge::{Audience, CaseResult, ExerciseResult, Verdict, diff, matches};
use crate::spec::{Case, Compare, Exercise};

/// The driver's one report.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DriverReport {
    pub setup: Option<String>,
    pub replay: Vec<ReplayStep>,
    pub probes: Vec<Found>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplayStep {
    pub index: usize,
    pub ok: bool,
    pub exit: i32,
    pub output: String,
}

/// What one probe found (its fields depend on the probe).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Found {
    #[serde(default)]
    pub error: Option<String>,
    #[serde(default)]
    pub missing: bool,
    #[serde(default)]
    pub commits: Vec<Commit>,
    #[serde(default)]
    pub yes: bool,
    #[serde(default)]
    pub exists: bool,
    #[serde(default)]
    pub content: Option<String>,
    #[serde(default)]
    pub found: Vec<String>,
    #[serde(default)]
    pub changes: Vec<String>,
    #[serde(default)]
    pub in_progress: Vec<String>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub branch: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commit {
    pub parents: usize,
    pub subject: String,
    /// The message after the subject line (empty when there is none).
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub author: String,
}

/// What a hidden check says when it fails, whatever the reason.
const HIDDEN: &str = "the repository's state differs from what this check expects";

/// Every case not graded, for `why` (no git on the machine).
pub fn not_graded(exercise: &Exercise, display: &str, why: &str) -> ExerciseResult {
    let cases = exercise
        .cases
        .iter()
        .map(|c| {
            let mut r = blank(c, Audience::Learner);
            r.verdict = Verdict::NotGraded;
            r.message = Some(format!("not graded: {why}"));
            r
        })
        .collect();
    ExerciseResult::from_cases(exercise, display, cases, None)
}

fn blank(case: &Case, audience: Audience) -> CaseResult {
    let secret = case.hidden && audience == Audience::Learner;
    CaseResult {
        name: case.name.clone(),
        hidden: case.hidden,
        points: case.points,
        verdict: Verdict::Error,
        duration: Duration::ZERO,
        message: None,
        diff: None,
        traceback: Vec::new(),
        code: (!secret).then(|| case.code.clone()),
        stdout: None,
        stderr: None,
        spec_error: false,
        explain: None,
        warning: None,
    }
}

pub fn judge(
    exercise: &Exercise,
    recipe: &Recipe,
    replay: &[Replay],
    report: &Report,
    display: &str,
    audience: Audience,
) -> ExerciseResult {
    // Why no check could be judged, when that is so (the same for all).
    let whole = match report {
        Report::TimedOut => Some((
            Verdict::Timeout,
            "the repository could not be inspected within the exercise's time limit".to_string(),
        )),
        Report::Broken(why) => Some((Verdict::Error, format!("the run broke down: {why}"))),
        Report::Done(r) => match (&r.setup, r.replay.last()) {
            (Some(why), _) => Some((Verdict::Error, why.clone())),
            (None, Some(step)) if !step.ok => Some((Verdict::Error, replay_failed(replay, step))),
            _ if r.probes.len() != recipe.checks.len() => Some((
                Verdict::Error,
                "the run broke down: the driver did not answer every check".to_string(),
            )),
            _ => None,
        },
    };
    let first_told = exercise
        .cases
        .iter()
        .position(|c| !(c.hidden && audience == Audience::Learner))
        .unwrap_or(usize::MAX);
    let cases = exercise
        .cases
        .iter()
        .zip(&recipe.checks)
        .enumerate()
        .map(|(i, (case, check))| {
            let mut r = blank(case, audience);
            let secret = case.hidden && audience == Audience::Learner;
            if let Some((verdict, why)) = &whole {
                // The whole story once, on the first visible check: a
                // driver's last words may name what a hidden check looks at.
                r.verdict = *verdict;
                r.message = Some(if i == first_told {
                    why.clone()
                } else if secret {
                    "the repository could not be inspected".to_string()
                } else {
                    "not judged (see the first check)".to_string()
                });
                return r;
            }
            let Report::Done(report) = report else {
                return r;
            };
            let found = &report.probes[i];
            let outcome = match &found.error {
                Some(e) => Err(format!("git could not answer this check: {e}")),
                None => Ok(compare(check, found)),
            };
            match outcome {
                Err(why) => {
                    r.verdict = Verdict::Error;
                    r.message = Some(if secret {
                        "the check could not be run".into()
                    } else {
                        why
                    });
                }
                Ok(None) => r.verdict = Verdict::Passed,
                Ok(Some(Failure { message, diff })) => {
                    r.verdict = Verdict::Failed;
                    if secret {
                        r.message = Some(HIDDEN.into());
                    } else {
                        r.message = Some(message);
                        r.diff = diff;
                    }
                    r.explain = case.explain.clone();
                }
            }
            r
        })
        .collect();
    ExerciseResult::from_cases(exercise, display, cases, None)
}

/// Why no check can be judged at all: the copy failed, or a replayed
/// step did not do what the pack says.
pub fn unusable(replay: &[Replay], report: &Report) -> Option<String> {
    let Report::Done(r) = report else {
        return None;
    };
    match (&r.setup, r.replay.last()) {
        (Some(why), _) => Some(why.clone()),
        (None, Some(step)) if !step.ok => Some(replay_failed(replay, step)),
        _ => None,
    }
}

fn replay_failed(replay: &[Replay], step: &ReplayStep) -> String {
    let what = match replay.get(step.index) {
        Some(Replay::Git { argv, exit }) => {
            format!(
                "`git {}` exited with {}; expected {exit}",
                shell_words::join(argv),
                step.exit
            )
        }
        Some(Replay::Write { path, .. }) => format!("writing {path} failed"),
        Some(Replay::Remove { path }) => format!("removing {path} failed"),
        None => "a step failed".into(),
    };
    let output = step.output.trim();
    format!(
        "step {} of the replayed commands: {what}{}",
        step.index + 1,
        if output.is_empty() {
            String::new()
        } else {
            format!(":\n{output}")
        }
    )
}

struct Failure {
    message: String,
    diff: Option<String>,
}

fn fail(message: impl Into<String>) -> Option<Failure> {
    Some(Failure {
        message: message.into(),
        diff: None,
    })
}

fn quoted(subjects: &[&str]) -> String {
    subjects
        .iter()
        .map(|s| format!("{s:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `None` when the check holds; what differs otherwise.
fn compare(check: &Check, found: &Found) -> Option<Failure> {
    let subjects = || found.commits.iter().map(|c| c.subject.as_str());
    match check {
        Check::Clean => {
            let mut why = Vec::new();
            if !found.in_progress.is_empty() {
                why.push(format!(
                    "{} is in progress (finish it, or abort it)",
                    found.in_progress.join(" and ")
                ));
            }
            if !found.changes.is_empty() {
                why.push(format!(
                    "the working tree is not clean (git status):\n{}",
                    found
                        .changes
                        .iter()
                        .map(|c| format!("  {c}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                ));
            }
            (!why.is_empty()).then(|| Failure {
                message: why.join("; "),
                diff: None,
            })
        }
        _ if found.missing => fail(match check {
            Check::Merged { branch, into } => format!("{branch} or {into} does not exist"),
            Check::Tag { name, .. } => format!("there is no tag {name}"),
            Check::Linear(at)
            | Check::MergeCommit(at)
            | Check::Log { at, .. }
            | Check::Contains { at, .. }
            | Check::Lacks { at, .. }
            | Check::NoConflictMarkers(at) => format!("there is no branch or ref {at}"),
            Check::File { at, .. } => format!(
                "there is no branch or ref {}",
                at.as_deref().unwrap_or("HEAD")
            ),
            Check::Clean | Check::Head(_) => "the repository has no commit".into(),
        }),
        Check::Linear(at) => {
            let merges: Vec<&str> = found
                .commits
                .iter()
                .filter(|c| c.parents > 1)
                .map(|c| c.subject.as_str())
                .collect();
            (!merges.is_empty()).then(|| Failure {
                message: format!(
                    "{at}'s history is not linear: it has {} merge commit{} ({})",
                    merges.len(),
                    if merges.len() == 1 { "" } else { "s" },
                    quoted(&merges)
                ),
                diff: None,
            })
        }
        Check::MergeCommit(at) => (!found.commits.iter().any(|c| c.parents > 1)).then(|| Failure {
            message: format!(
                "{at} has no merge commit of its own: the branch was not merged with a merge commit (a fast-forward or a rebase makes none)"
            ),
            diff: None,
        }),
        Check::Merged { branch, into } => (!found.yes).then(|| Failure {
            message: format!(
                "{branch} is not merged into {into}: some of its commits are not in {into}"
            ),
            diff: None,
        }),
        Check::Log {
            at,
            messages,
            whole,
            ..
        } => {
            let got: Vec<String> = found
                .commits
                .iter()
                .map(|c| match (*whole, c.body.trim()) {
                    (true, body) if !body.is_empty() => format!("{}\n\n{body}", c.subject),
                    _ => c.subject.clone(),
                })
                .collect();
            if got == *messages {
                return None;
            }
            let expected = messages.join("\n") + "\n";
            let actual = got.join("\n") + "\n";
            Some(Failure {
                message: format!(
                    "the commit messages of {at} (oldest first) differ from those expected"
                ),
                diff: Some(diff(Compare::Exact, &expected, &actual)),
            })
        }
        Check::Contains {
            at,
            message,
            author,
            whole,
        } => {
            let subject = message.split("\n\n").next().unwrap_or("");
            let mut same = found.commits.iter().filter(|c| {
                c.subject == subject && (!*whole || whole_without_x_note(c) == *message)
            });
            match (same.next(), author) {
                (None, _) if *whole && found.commits.iter().any(|c| c.subject == subject) => {
                    fail(format!(
                        "{at}'s commit {subject:?} has a message of its own, not the original's"
                    ))
                }
                (None, _) => fail(format!("{at}'s history has no commit {message:?}")),
                (Some(first), Some(a)) if first.author != *a && !same.any(|c| c.author == *a) => {
                    fail(format!(
                        "{at}'s commit {message:?} is by {}, not by {a}, who wrote the original",
                        first.author
                    ))
                }
                _ => None,
            }
        }
        Check::Lacks { at, message } => subjects().any(|s| s == message).then(|| Failure {
            message: format!("{at}'s history has a commit {message:?}, which should not be there"),
            diff: None,
        }),
        Check::File {
            at,
            path,
            content,
            exists,
        } => {
            let place = at
                .as_deref()
                .map_or("in the working tree".to_string(), |r| format!("at {r}"));
            match (found.exists, exists, content, &found.content) {
                (false, true, _, _) => fail(format!("{path} does not exist {place}")),
                (true, false, _, _) => fail(format!("{path} exists {place}, and should not")),
                (true, true, Some(want), Some(got))
                    if !matches(Compare::TrailingWhitespace, 0.0, want, got) =>
                {
                    Some(Failure {
                        message: format!("{path} {place} does not hold what was expected"),
                        diff: Some(diff(Compare::TrailingWhitespace, want, got)),
                    })
                }
                _ => None,
            }
        }
        Check::NoConflictMarkers(at) => (!found.found.is_empty()).then(|| Failure {
            message: format!(
                "conflict markers {} ({})",
                if at == super::spec::WORKTREE {
                    "remain in the working tree".to_string()
                } else {
                    format!("are committed on {at}")
                },
                found.found.join(", ")
            ),
            diff: None,
        }),
        Check::Tag { name, commit } => match (&found.subject, commit) {
            (Some(_), None) => None,
            (Some(s), Some(commit)) if s == commit => None,
            (Some(s), Some(commit)) => fail(format!(
                "the tag {name} is on the commit {s:?}; expected the commit {commit:?}"
            )),
            (None, _) => fail(format!("there is no tag {name}")),
        },
        Check::Head(want) => match &found.branch {
            Some(b) if b == want => None,
            Some(b) => fail(format!("the branch checked out is {b}; expected {want}")),
            None => fail(format!(
                "HEAD is detached (no branch checked out); expected {want}"
            )),
        },
    }
}

/// A commit's whole message, subject and body, without the
/// `(cherry picked from commit <hash>)` line that `git cherry-pick -x` adds.
fn whole_without_x_note(c: &Commit) -> String {
    let x_note = |line: &str| {
        line.trim()
            .strip_prefix("(cherry picked from commit ")
            .and_then(|rest| rest.strip_suffix(')'))
            .is_some_and(|hash| !hash.is_empty() && hash.chars().all(|ch| ch.is_ascii_hexdigit()))
    };
    let body: Vec<&str> = c.body.lines().filter(|l| !x_note(l)).collect();
    match body.join("\n").trim() {
        "" => c.subject.clone(),
        b => format!("{}\n\n{b}", c.subject),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commit(body: &str) -> Commit {
        Commit {
            parents: 1,
            subject: "Fix it".into(),
            body: body.into(),
            author: "Ada".into(),
        }
    }

    #[test]
    fn whole_message_drops_only_the_cherry_pick_note() {
        assert_eq!(whole_without_x_note(&commit("")), "Fix it");
        assert_eq!(
            whole_without_x_note(&commit("(cherry picked from commit 0123abcd)\n")),
            "Fix it"
        );
        assert_eq!(
            whole_without_x_note(&commit("Signed-off-by: Ada <ada@example.com>")),
            "Fix it\n\nSigned-off-by: Ada <ada@example.com>"
        );
        // Not a hash: a line of the learner's own.
        assert_eq!(
            whole_without_x_note(&commit("(cherry picked from commit later)")),
            "Fix it\n\n(cherry picked from commit later)"
        );
    }
}
