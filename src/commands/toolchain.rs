//! `grader toolchain install|status`: the pack's pinned packages, in a
//! cached virtual environment per Python version (see `crate::toolchain`).

use super::load_pack;
use crate::cli::{Global, ToolchainAction};
use crate::error::{Error, exit};
use crate::interpreter;
use crate::report::{PALETTE, paint};
use crate::toolchain::{self, Requirements, State};

pub async fn run(global: &Global, action: ToolchainAction) -> Result<u8, Error> {
    let pack = load_pack(global)?;
    let interpreter = interpreter::find(global.python.as_ref()).await?;
    let Some(req) = Requirements::load(&pack).map_err(Error::Spec)? else {
        anstream::println!(
            "this pack declares no toolchain ({} is absent): its exercises need only Python",
            pack.display(toolchain::FILE)
        );
        return Ok(exit::OK);
    };
    match action {
        ToolchainAction::Install { find_links, force } => {
            let say = |m: &str| anstream::eprintln!("{} {m}", paint(PALETTE.dim, "toolchain:"));
            let env = toolchain::install(&req, &interpreter, find_links.as_deref(), force, &say)
                .await
                .map_err(|e| {
                    Error::Environment(format!(
                        "the toolchain could not be installed: {e}{}",
                        if find_links.is_none() {
                            "\n(offline? install from a folder of wheels: `grader toolchain install --find-links DIR`)"
                        } else {
                            ""
                        }
                    ))
                })?;
            anstream::println!(
                "{} toolchain ready for Python {}: {} ({} packages locked)",
                paint(PALETTE.pass, "✓"),
                interpreter.version_string(),
                env.dir.display(),
                env.lock.len()
            );
            Ok(exit::OK)
        }
        ToolchainAction::Status => {
            let state = toolchain::locate(Some(&req), &interpreter);
            anstream::print!("{}", status_text(&req, &state, &interpreter, &pack));
            Ok(match state {
                State::Ready(_) | State::Undeclared => exit::OK,
                _ => exit::FAILED,
            })
        }
    }
}

/// What `toolchain status` and `doctor` print.
pub fn status_text(
    req: &Requirements,
    state: &State,
    interpreter: &interpreter::Interpreter,
    pack: &crate::spec::Pack,
) -> String {
    let pins: Vec<String> = req
        .pins
        .iter()
        .map(|p| format!("{}=={}", p.name, p.version))
        .collect();
    let mut out = format!(
        "toolchain: {} (from {})\n  pinned: {}\n",
        match state {
            State::Ready(_) => paint(PALETTE.pass, "ready"),
            State::Missing { .. } => paint(PALETTE.warn, "not installed"),
            State::Stale { .. } => paint(PALETTE.warn, "stale"),
            State::Undeclared => "not declared".into(),
        },
        req.file,
        pins.join(" ")
    );
    match state {
        State::Ready(env) => {
            out.push_str(&format!(
                "  python: {} (Python {})\n  where: {}\n  locked: {}\n",
                interpreter.executable.display(),
                interpreter.version_string(),
                env.dir.display(),
                env.lock.join(" ")
            ));
        }
        State::Missing { dir } => out.push_str(&format!(
            "  expected at {}\n  exercises that use it are not graded; run `{}`\n",
            dir.display(),
            toolchain::install_command(pack)
        )),
        State::Stale { dir, why } => out.push_str(&format!(
            "  at {}: {why}\n  it is not used; run `{}` to rebuild it\n",
            dir.display(),
            toolchain::install_command(pack)
        )),
        State::Undeclared => {}
    }
    out
}
