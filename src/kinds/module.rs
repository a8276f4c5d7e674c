//! `kind: module`: one Python file, imported as `solution` by the harness in
//! a fresh fork per case (`runner`), with an optional static check on the
//! pinned mypy.

use std::path::Path;

use super::{Env, Submission, Variant};
use crate::judge::{self, Audience, ExerciseResult};
use crate::runner::{self, static_check::StaticRun};
use crate::spec::{Exercise, Pack};
use crate::toolchain::State;

/// Reads a learner's file, refusing what cannot be a submission.
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    let meta =
        std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !meta.is_file() {
        return Err(format!("{} is not a regular file", path.display()));
    }
    if meta.len() > runner::MAX_SOURCE_BYTES {
        return Err(format!(
            "{} is {} bytes; a submission may be at most {} bytes",
            path.display(),
            meta.len(),
            runner::MAX_SOURCE_BYTES
        ));
    }
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// `accepted/*.py` or `wrong/*.py`.
pub fn variants(pack: &Pack, ex: &Exercise, sub: &str) -> Vec<Variant> {
    pack.files_under(&ex.id, sub, ".py")
        .into_iter()
        .map(|rel| Variant {
            name: rel
                .rsplit('/')
                .next()
                .unwrap_or(&rel)
                .trim_end_matches(".py")
                .to_string(),
            display: pack.display(&rel),
            submission: pack
                .read(&rel)
                .map(Submission::Module)
                .ok_or_else(|| format!("{} cannot be read", pack.display(&rel))),
        })
        .collect()
}

pub async fn grade(
    env: &Env<'_>,
    exercise: &Exercise,
    source: &[u8],
    display: &str,
    audience: Audience,
    warm: Option<&mut runner::Warm>,
) -> Result<ExerciseResult, crate::error::Error> {
    let run = match warm {
        Some(warm) => {
            warm.run(exercise, source, env.interpreter, env.sandbox)
                .await?
        }
        None => {
            let layout = if env.interactive {
                runner::Layout::split_for(exercise)
            } else {
                runner::Layout::Single
            };
            runner::run(exercise, source, env.interpreter, env.sandbox, layout).await?
        }
    };
    let text = String::from_utf8_lossy(source);
    let result = judge::judge(exercise, &run, display, &text, audience);
    match &exercise.static_check {
        Some(check) if result.problem.is_none() => {
            // Only the pinned tool's verdict counts: the same on every machine.
            let outcome =
                match (env.toolchain, env.missing(exercise)) {
                    (State::Ready(tc), None) => {
                        runner::static_check::run(check, source, display, &tc.python).await?
                    }
                    (_, why) => StaticRun::Unavailable(why.unwrap_or_else(|| {
                        format!("needs the toolchain; run `{}`", env.install_hint)
                    })),
                };
            Ok(result.with_static_check(check, outcome))
        }
        _ => Ok(result),
    }
}
