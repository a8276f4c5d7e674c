//! The command line.  Doc comments here are the `--help` text.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::report::ClassFormat;
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
  grader grade submissions/ --format csv=grades.csv   grade a class";

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
    /// Grade a class: every student's files, in parallel, into a gradebook
    /// and CI reports.
    ///
    /// SUBMISSIONS is a folder with a folder per student, each holding
    /// `<topic>/<name>.py` files (any subset), or a CSV manifest of
    /// `student,path[,exercise]` rows.  Every exercise of the pack (or of
    /// --only) is assigned; one not handed in counts as missing.
    #[command(after_help = GRADE_EXAMPLES)]
    Grade(GradeArgs),
    /// Combine the JSON reports of `grader grade --shard` runs into one
    /// class report, rendered in any format.
    #[command(
        after_help = "Example:\n  grader merge shard-1.json shard-2.json shard-3.json --format csv=grades.csv --format junit=junit.xml"
    )]
    Merge(MergeArgs),
}

const GRADE_EXAMPLES: &str = "Examples:
  grader grade submissions/ --exercises pack/
  grader grade submissions/ --format csv=grades.csv --format junit=junit.xml
  grader grade roster.csv --only decorators --out-dir reports/
  grader grade submissions/ --shard 2/3 --format json=shard-2.json
  grader grade submissions/ --resume report.json --format json=report.json
  grader grade --single . --format junit=junit.xml     one student's repository in CI
  grader grade --gradescope --exercises /autograder/source/pack";

#[derive(Debug, Args)]
pub struct GradeArgs {
    /// A folder of student folders, a CSV manifest (`.csv`), or with
    /// --single one student's folder.
    #[arg(value_name = "SUBMISSIONS", required_unless_present = "gradescope")]
    pub submissions: Option<PathBuf>,
    /// Assign only these exercises (ids) or topics; default: the whole pack.
    #[arg(long, value_name = "ID", num_args = 1..)]
    pub only: Vec<String>,
    /// Exercises graded at once (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
    /// SUBMISSIONS is one student's folder (their own repository in CI).
    #[arg(long)]
    pub single: bool,
    /// Grade only shard K of N (1-based): a fixed share of the students,
    /// chosen by a hash of each name.  Merge the shards with `grader merge`.
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    pub shard: Option<(u32, u32)>,
    /// A previous JSON report: students whose files and exercises are
    /// unchanged keep their grades instead of being graded again.
    #[arg(long, value_name = "REPORT")]
    pub resume: Option<PathBuf>,
    /// Run inside Gradescope's autograder: grade ROOT/submission as one
    /// student and write ROOT/results/results.json.
    #[arg(
        long,
        value_name = "ROOT",
        num_args = 0..=1,
        default_missing_value = "/autograder",
        conflicts_with_all = ["submissions", "single", "shard"]
    )]
    pub gradescope: Option<PathBuf>,
    /// No progress on standard error.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    #[command(flatten)]
    pub output: ClassOutputArgs,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// JSON reports written by `grader grade --format json`.
    #[arg(required = true, value_name = "REPORT")]
    pub reports: Vec<PathBuf>,
    #[command(flatten)]
    pub output: ClassOutputArgs,
}

#[derive(Debug, Args)]
pub struct ClassOutputArgs {
    /// FORMAT or FORMAT=FILE, repeatable: human, json, csv, junit,
    /// gradescope, markdown.  Without FILE (or with `-`) the report goes to
    /// standard output, or with --out-dir to its usual name there.
    #[arg(long, value_name = "FORMAT[=FILE]", value_parser = parse_output)]
    pub format: Vec<OutputSpec>,
    /// Folder for the reports (created if needed).  Alone, it receives
    /// report.json, grades.csv, junit.xml and summary.md.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

/// One `--format FORMAT[=FILE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputSpec {
    pub format: ClassFormat,
    pub file: Option<PathBuf>,
}

fn parse_output(text: &str) -> Result<OutputSpec, String> {
    let (name, file) = match text.split_once('=') {
        Some((n, f)) if !f.is_empty() => (n, Some(PathBuf::from(f))),
        Some((_, _)) => return Err("give a file after `=`, e.g. csv=grades.csv".into()),
        None => (text, None),
    };
    let format = <ClassFormat as ValueEnum>::from_str(name, true).map_err(|_| {
        format!(
            "unknown format {name:?}; use one of: {}",
            ClassFormat::value_variants()
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })?;
    Ok(OutputSpec { format, file })
}

fn parse_shard(text: &str) -> Result<(u32, u32), String> {
    let usage = || format!("{text:?} is not K/N; write e.g. 2/3 for the second of three shards");
    let (k, n) = text.split_once('/').ok_or_else(usage)?;
    let (k, n): (u32, u32) = (
        k.trim().parse().map_err(|_| usage())?,
        n.trim().parse().map_err(|_| usage())?,
    );
    if n == 0 || k == 0 || k > n {
        return Err(format!("shard {k}/{n} does not exist; K runs from 1 to N"));
    }
    Ok((k, n))
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
    fn grade_options_parse() {
        let cli = Cli::try_parse_from([
            "grader",
            "grade",
            "subs",
            "--format",
            "csv=g.csv",
            "--format",
            "json",
            "--shard",
            "2/3",
        ])
        .expect("valid");
        let Command::Grade(args) = cli.command else {
            panic!("not grade")
        };
        assert_eq!(args.shard, Some((2, 3)));
        assert_eq!(
            args.output.format,
            vec![
                OutputSpec {
                    format: ClassFormat::Csv,
                    file: Some("g.csv".into())
                },
                OutputSpec {
                    format: ClassFormat::Json,
                    file: None
                }
            ]
        );
        assert!(Cli::try_parse_from(["grader", "grade", "subs", "--shard", "4/3"]).is_err());
        assert!(Cli::try_parse_from(["grader", "grade", "subs", "--format", "xml"]).is_err());
        assert!(Cli::try_parse_from(["grader", "grade"]).is_err());
        assert!(Cli::try_parse_from(["grader", "grade", "--gradescope"]).is_ok());
    }

    #[test]
    fn check_needs_a_path() {
        assert!(Cli::try_parse_from(["grader", "check"]).is_err());
        assert!(Cli::try_parse_from(["grader", "check", "a.py", "--format", "json"]).is_ok());
    }
}
