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
    // Servers and toolchain packages: a fresh run each time (a warm
    // harness would keep one server's data across checks), one harness so
    // one server, and not graded when something is missing here.
    let needs = !exercise.services.is_empty() || run_uses(exercise);
    let extras = if needs {
        match extras(env, exercise) {
            Ok(extras) => Some(extras),
            Err(why) => return Ok(super::project::not_graded(exercise, display, &why)),
        }
    } else {
        None
    };
    let run = match (warm, extras) {
        (_, Some(extras)) => {
            runner::run_with(
                exercise,
                source,
                env.interpreter,
                env.sandbox,
                runner::Layout::Single,
                extras,
            )
            .await?
        }
        (Some(warm), None) => {
            warm.run(exercise, source, env.interpreter, env.sandbox)
                .await?
        }
        (None, None) => {
            let layout = if env.interactive {
                runner::Layout::split_for(exercise, env.overlap)
            } else {
                runner::Layout::Single
            };
            runner::run(exercise, source, env.interpreter, env.sandbox, layout).await?
        }
    };
    if let Some(why) = &run.services_down {
        return Ok(super::project::not_graded(exercise, display, why));
    }
    let text = String::from_utf8_lossy(source);
    let result = judge::judge(exercise, &run, display, &text, audience);
    match &exercise.static_check {
        Some(check) if result.problem.is_none() => {
            // Only the pinned tool's verdict counts: the same on every machine.
            let outcome =
                match (env.toolchain, env.missing(exercise)) {
                    (State::Ready(tc), None) => {
                        runner::static_check::run(check, source, display, tc).await?
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

/// The servers and toolchain packages a run needs, or why they are missing.
fn extras(env: &Env<'_>, exercise: &Exercise) -> Result<runner::Extras, String> {
    let run_uses = run_uses(exercise);
    let toolchain = match env.toolchain {
        State::Ready(tc) if run_uses => {
            if let Some(why) = env.missing(exercise) {
                return Err(why);
            }
            Some((tc.dir.clone(), tc.site_packages.clone()))
        }
        _ if run_uses => {
            return Err(env
                .missing(exercise)
                .unwrap_or_else(|| format!("needs the toolchain; run `{}`", env.install_hint)));
        }
        _ => None,
    };
    for &service in &exercise.services {
        crate::services::find(service)?;
    }
    let preload = if toolchain.is_some() {
        exercise
            .uses
            .iter()
            .filter(|u| exercise.static_check.is_none() || *u != "mypy")
            .map(|u| u.replace(['-', '.'], "_"))
            .collect::<Vec<_>>()
            .join(",")
    } else {
        String::new()
    };
    Ok(runner::Extras {
        services: exercise.services.clone(),
        toolchain,
        preload,
    })
}

/// Whether the run's code imports toolchain packages (the static check's
/// mypy alone runs outside it).
fn run_uses(exercise: &Exercise) -> bool {
    exercise
        .uses
        .iter()
        .any(|u| exercise.static_check.is_none() || u != "mypy")
}
