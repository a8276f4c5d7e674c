//! `kind: repo`: a git repository built from the spec's recipe; the learner works in it with git and it is graded by its state.
//!
//! Not built yet: every entry point refuses with a clear message.

use std::path::Path;

use super::{Env, Submission, Variant};
use crate::judge::{Audience, ExerciseResult, Problem};
use crate::spec::{Exercise, Pack};

const NOT_BUILT: &str = "`kind: repo` exercises cannot be graded by this version of grader";

/// Reads a learner's submission from disk.
pub fn read(path: &Path) -> Result<super::Tree, String> {
    let _ = path;
    Err(NOT_BUILT.to_string())
}

/// The pack's `solution` or `starter`.
pub fn named(pack: &Pack, exercise: &Exercise, which: &str) -> Option<Submission> {
    let _ = (pack, exercise, which);
    None
}

/// `accepted/` or `wrong/` variants, sorted by name.
pub fn variants(pack: &Pack, exercise: &Exercise, sub: &str) -> Vec<Variant> {
    let _ = (pack, exercise, sub);
    Vec::new()
}

pub async fn grade(
    env: &Env<'_>,
    exercise: &Exercise,
    submission: &super::Tree,
    display: &str,
    audience: Audience,
) -> Result<ExerciseResult, crate::error::Error> {
    let _ = (env, submission, audience);
    Ok(ExerciseResult::refused(
        exercise,
        display,
        Problem {
            message: NOT_BUILT.to_string(),
            location: None,
            column: None,
            hint: None,
        },
    ))
}
