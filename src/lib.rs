//! `grader`: grades Python exercise files.
//!
//! The pipeline, one module per step:
//! `cli` → `spec` (packs) → `runner` (+ `sandbox`, `interpreter`) → `judge`
//! → `report`.  `commands` wires them together for each subcommand.  For
//! learners: `workspace` (the practice folder and its progress file),
//! `roadmap` (the order exercises come in) and `file_watch` (re-checking on
//! save).  Grading a class adds `roster` (who handed in what, read safely)
//! before the runner and `gradebook` (the class report, resume, merge)
//! before the reporters.

pub mod cli;
mod commands;
pub mod error;
pub mod file_watch;
pub mod gradebook;
pub mod interpreter;
pub mod judge;
pub mod kinds;
pub mod report;
pub mod roadmap;
pub mod roster;
pub mod runner;
pub mod sandbox;
pub mod services;
pub mod similarity;
pub mod spec;
pub mod toolchain;
pub mod workspace;

use error::Error;

/// Runs a parsed command line; returns the process exit code.
pub fn run(cli: cli::Cli) -> Result<u8, Error> {
    let choice = match cli.global.color {
        cli::ColorWhen::Auto => anstream::ColorChoice::Auto,
        cli::ColorWhen::Always => anstream::ColorChoice::Always,
        cli::ColorWhen::Never => anstream::ColorChoice::Never,
    };
    choice.write_global();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            Error::Internal(anyhow::Error::new(e).context("starting the async runtime"))
        })?;
    if commands::handles_interrupt(&cli.command) {
        // watch and drill end on Ctrl-C themselves, with a summary.
        return runtime.block_on(commands::dispatch(cli));
    }
    runtime.block_on(async {
        // `grade` handles Ctrl-C itself: it stops, kills its processes and
        // still writes the reports of the students it finished.
        if matches!(cli.command, cli::Command::Grade(_)) {
            return commands::dispatch(cli).await;
        }
        tokio::select! {
            result = commands::dispatch(cli) => result,
            _ = tokio::signal::ctrl_c() => {
                // Learner processes run in their own process groups, out of
                // the terminal's reach: take them down before leaving.
                sandbox::kill_all();
                anstream::eprintln!("interrupted");
                Ok(130)
            }
        }
    })
}
