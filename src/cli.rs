//! The command line.  Doc comments here are the `--help` text.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::sandbox;

/// Grade Python exercises: runs your file against visible and hidden cases
/// in a sandbox and shows what differs.
#[derive(Debug, Parser)]
#[command(name = "grader", version, about, long_about = None, after_help = EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

const EXAMPLES: &str = "Examples:
  grader list                              the exercises, by roadmap topic
  grader show decorators/timing            what to write, with visible cases
  grader check decorators/timing.py        grade one file
  grader check python-practice/            grade every exercise file in a folder
  grader check --format json -o r.json x.py   a machine-readable report
  grader verify                            check the pack's own solutions (authors, CI)
  grader seal my-pack/ public-pack/        a copy for learners, hidden outputs as digests";

#[derive(Debug, Args)]
pub struct Global {
    /// Exercise pack folder (default: the pack built into grader).
    #[arg(long, global = true, env = "GRADER_EXERCISES", value_name = "DIR")]
    pub exercises: Option<PathBuf>,
    /// Python interpreter to run code with (default: python3 on PATH).
    #[arg(long, global = true, env = "GRADER_PYTHON", value_name = "PYTHON")]
    pub python: Option<OsString>,
    /// Isolation: auto uses what the machine offers, strict refuses to run
    /// without every layer, off is for debugging the grader only.
    #[arg(long, global = true, value_enum, default_value_t = sandbox::Mode::Auto, env = "GRADER_SANDBOX")]
    pub sandbox: sandbox::Mode,
    /// When to use colour (NO_COLOR is honoured).
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Grade Python files against their exercises.
    ///
    /// The exercise comes from the path: `…/decorators/timing.py` is
    /// `decorators/timing`.  A folder is searched for `<topic>/<name>.py`.
    #[command(
        after_help = "Examples:\n  grader check decorators/timing.py\n  grader check --exercise decorators/timing my_attempt.py\n  grader check ."
    )]
    Check(CheckArgs),
    /// List the topics in roadmap order, with their exercises.
    List,
    /// Show an exercise: statement, interface, visible cases, limits.
    #[command(after_help = "Example:\n  grader show decorators/timing")]
    Show {
        /// Exercise id, `<topic>/<name>`.
        id: String,
    },
    /// Check a pack: every spec parses, every solution.py passes every case,
    /// every wrong/*.py fails at least one, every starter.py fails.
    #[command(
        after_help = "Examples:\n  grader verify\n  grader verify --exercises ./my-pack --only decorators/timing"
    )]
    Verify(VerifyArgs),
    /// Write a copy of a pack that learners may have: the expected outputs
    /// of hidden cases become salted SHA-256 digests, and solution.py and
    /// wrong/ are left out.  The grader still judges sealed cases (passed or
    /// failed, without a diff).  The code of hidden cases stays readable.
    #[command(
        after_help = "Examples:\n  grader seal course-pack/ course-pack-sealed/\n  grader check --exercises course-pack-sealed/ decorators/timing.py"
    )]
    Seal(SealArgs),
}

#[derive(Debug, Args)]
pub struct SealArgs {
    /// The pack folder to seal (it holds topics.yaml).
    #[arg(value_name = "PACK")]
    pub pack: PathBuf,
    /// Where to write the sealed copy: a folder that does not exist yet, or
    /// an empty one.  Nothing is ever overwritten.
    #[arg(value_name = "OUT")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Learner files, or folders holding `<topic>/<name>.py` files.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Grade as this exercise whatever the file is called (one file only).
    #[arg(long, value_name = "ID")]
    pub exercise: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Only these exercises (ids) or topics.
    #[arg(long, value_name = "ID", num_args = 1..)]
    pub only: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn check_needs_a_path() {
        assert!(Cli::try_parse_from(["grader", "check"]).is_err());
        assert!(Cli::try_parse_from(["grader", "check", "a.py", "--format", "json"]).is_ok());
    }
}
