//! `grader completions SHELL`: a completion script, generated from the CLI
//! definition so it never falls behind.

use clap::CommandFactory as _;

use crate::cli::Cli;
use crate::error::{Error, exit};

pub fn run(shell: clap_complete::Shell) -> Result<u8, Error> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "grader", &mut out);
    use std::io::Write as _;
    std::io::stdout().write_all(&out).map_err(|e| {
        Error::Usage(format!(
            "cannot write the completion script ({e}); redirect it to a file, e.g. `grader completions {shell} > grader.{shell}`"
        ))
    })?;
    Ok(exit::OK)
}
