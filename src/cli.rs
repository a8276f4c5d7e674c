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
  grader init && cd python-practice        a practice folder, one file per exercise
  grader watch                             re-check on every save, move on when it passes
  grader next                              what to do next
  grader hint decorators/timing            one more hint each time
  grader drill --minutes 45                a timed interview drill
  grader list                              the exercises by roadmap topic, with your progress
  grader show decorators/timing            what to write, with visible cases
  grader check decorators/timing.py        grade one file
  grader check python-practice/            grade every exercise file in a folder
  grader check --format json -o r.json x.py   a machine-readable report
  grader verify                            check the pack's own solutions (authors, CI)
  grader seal my-pack/ public-pack/        a copy for learners, hidden outputs as digests
  grader similarity class/                 pairs of students whose code is suspiciously alike
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
    /// When run as root: the host uid (and gid) learner code runs as
    /// (default: a fresh uid per run from 1900000000 up, owning nothing).
    #[arg(long, global = true, env = "GRADER_SANDBOX_UID", value_name = "UID", value_parser = clap::value_parser!(u32).range(1..4_294_967_295))]
    pub sandbox_uid: Option<u32>,
    /// When to use colour (NO_COLOR is honoured).
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
    /// Treat every case that cannot be graded here (a toolchain package is
    /// missing) as an error instead of "not graded"; implied by
    /// `--sandbox strict`.
    #[arg(long, global = true, env = "GRADER_REQUIRE_TOOLCHAIN")]
    pub require_toolchain: bool,
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
    /// List the topics in roadmap order, with their exercises (easiest
    /// first).  Inside a workspace, marks each passed, attempted or not
    /// started, with a count per topic.
    #[command(
        after_help = "Examples:\n  grader list\n  cd python-practice && grader list      with your progress\n  grader list --markdown                 the catalogue as a table"
    )]
    List {
        /// Print the catalogue as a Markdown table (README.md holds one).
        #[arg(long)]
        markdown: bool,
    },
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
    /// Show the Python found and each sandbox protection: active, or why not.
    #[command(
        after_help = "Examples:\n  grader doctor\n  grader doctor --python /usr/bin/python3.12\n  grader --sandbox strict doctor     exit 1 if a layer is missing"
    )]
    Doctor,
    /// Write a copy of a pack that learners may have: the expected outputs
    /// of hidden cases become salted SHA-256 digests, and solution.py and
    /// wrong/ are left out.  The grader still judges sealed cases (passed or
    /// failed, without a diff).  The code of hidden cases stays readable.
    #[command(
        after_help = "Examples:\n  grader seal course-pack/ course-pack-sealed/\n  grader check --exercises course-pack-sealed/ decorators/timing.py"
    )]
    Seal(SealArgs),
    /// Find pairs of students whose submissions for the same exercise are
    /// suspiciously alike, even with names changed, comments rewritten and
    /// functions reordered (token fingerprints with winnowing, as MOSS does).
    ///
    /// SUBMISSIONS holds one folder per student with `<topic>/<name>.py`
    /// files.  Nothing is run.  Code from the exercise's starter.py (of
    /// --exercises, or the built-in pack) is not counted.  A high similarity
    /// is a reason to look, not proof: read the pair with --show.
    #[command(
        after_help = "Examples:\n  grader similarity class/\n  grader similarity class/ --only decorators --threshold 70%\n  grader similarity class/ --show alice bob --exercise decorators/timing"
    )]
    Similarity(SimilarityArgs),
    /// Create a practice workspace: a folder per topic, a file per exercise
    /// holding the task as its docstring, and a README.
    ///
    /// Never overwrites a file that exists; run it again after upgrading
    /// grader to add new exercises.
    #[command(
        after_help = "Examples:\n  grader init                    creates python-practice/\n  grader init ~/interview-prep\n  grader init                    inside a workspace: adds exercises new to this grader\n  grader init --force            rewrites every exercise file (old ones kept in .grader/backup/)\n  grader init --exercises ./course-pack course   a workspace for another pack"
    )]
    Init(InitArgs),
    /// Build a repo exercise's starting repository again, in the workspace
    /// (the current one is moved to .grader/backup/ first).
    #[command(
        after_help = "Examples:\n  grader reset version_control/merge_conflict        asks first (y/N)\n  grader reset version_control/merge_conflict --yes  without asking"
    )]
    Reset(ResetArgs),
    /// Name the first unfinished exercise, in roadmap order, and how to
    /// start it (inside a workspace).
    #[command(after_help = "Example:\n  cd python-practice && grader next")]
    Next,
    /// Reveal an exercise's hints one at a time; the workspace remembers
    /// how many you have seen.
    #[command(
        after_help = "Examples:\n  grader hint decorators/timing          the next hint\n  grader hint decorators/timing.py       a file works too\n  grader hint                            the exercise you are working on\n  grader hint decorators/timing --all    every hint at once"
    )]
    Hint(HintArgs),
    /// Re-check exercise files each time you save one; when the current
    /// exercise passes, move on to the next unfinished one.
    ///
    /// Keys (type, then Enter): h a hint, r re-check, n skip to the next,
    /// q quit.  Ctrl-C quits too.
    #[command(
        after_help = "Examples:\n  grader watch                     the whole workspace\n  grader watch decorators          one topic's folder\n  grader watch decorators/retry.py one file\n  grader watch --poll              on WSL (/mnt/...), NFS or SMB, where change events do not arrive"
    )]
    Watch(WatchArgs),
    /// A timed interview drill: picks unsolved exercises (harder ones
    /// first, the least practised first), counts down, re-checks each file
    /// as you save it, and ends with what you solved, the time on each and
    /// the cases still failing.  `--interview` is a mock interview.
    #[command(
        after_help = "Examples:\n  grader drill                          3 exercises, 30 minutes\n  grader drill --topic decorators --minutes 20 --count 2\n  grader drill --difficulty 3           only the hardest exercises\n  grader drill --interview              a mock interview: 2 coding exercises and a quiz\n                                        from section 5, 45 minutes, a summary per topic"
    )]
    Drill(DrillArgs),
    /// Print a shell completion script to standard output.
    #[command(
        after_help = "Examples:\n  grader completions bash > ~/.local/share/bash-completion/completions/grader\n  grader completions zsh > ~/.zfunc/_grader       (with fpath+=~/.zfunc before compinit)\n  grader completions fish > ~/.config/fish/completions/grader.fish"
    )]
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
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
    /// The pinned Python packages the pack's exercises run with (pytest,
    /// ruff, mypy, …): install them into a cached virtual environment, or
    /// show what is installed.
    #[command(
        after_help = "Examples:\n  grader toolchain install\n  grader toolchain install --find-links wheels/     offline, from a folder of wheels\n  grader toolchain status"
    )]
    Toolchain {
        #[command(subcommand)]
        action: ToolchainAction,
    },
}

#[derive(Debug, Args)]
pub struct SimilarityArgs {
    /// Class folder: one folder per student, holding `<topic>/<name>.py` files.
    #[arg(value_name = "SUBMISSIONS")]
    pub submissions: PathBuf,
    /// Only these exercises (ids) or topics; repeat or separate with commas.
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    pub only: Vec<String>,
    /// Report pairs at least this alike: a fraction (0.5) or a percentage (50%).
    #[arg(long, value_name = "X", default_value = "0.5", value_parser = parse_fraction)]
    pub threshold: f64,
    /// Show two students' submissions side by side, matching parts together.
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub show: Option<Vec<String>>,
    /// With --show: the exercise to show (needed when both did several).
    #[arg(long, value_name = "ID", requires = "show")]
    pub exercise: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `0.5` or `50%` → 0.5.
fn parse_fraction(text: &str) -> Result<f64, String> {
    let (number, scale) = match text.trim().strip_suffix('%') {
        Some(p) => (p, 100.0),
        None => (text.trim(), 1.0),
    };
    let value = number
        .trim()
        .parse::<f64>()
        .map(|v| v / scale)
        .map_err(|_| format!("{text:?} is not a number; give e.g. 0.5 or 50%"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!(
            "{text:?} is out of range; give 0 to 1, or 0% to 100%"
        ))
    }
}

#[derive(Debug, Args)]
pub struct SealArgs {
    /// The pack folder to seal (it holds topics.yaml); --exercises plays no
    /// part here.
    #[arg(value_name = "PACK")]
    pub pack: PathBuf,
    /// Where to write the sealed copy: a folder that does not exist yet, or
    /// an empty one.  Nothing is ever overwritten.
    #[arg(value_name = "OUT")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder to create or update (default: python-practice, or the
    /// workspace you are in).
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Rewrite exercise files and README.md even if they exist; the old
    /// ones are kept under .grader/backup/.  Progress is kept.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// The repo exercise's id, `<topic>/<name>` (or its folder).
    #[arg(value_name = "ID")]
    pub exercise: String,
    /// Do not ask; needed when no terminal is there to answer.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct HintArgs {
    /// Exercise id (`<topic>/<name>`) or its file; default: the unpassed
    /// exercise you checked last, else the next one.
    #[arg(value_name = "ID|FILE")]
    pub exercise: Option<String>,
    /// Show every hint at once.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The workspace, a topic folder in it, or one exercise file
    /// (default: the workspace you are in).
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
    #[command(flatten)]
    pub watch: WatchOptions,
}

#[derive(Debug, Args)]
pub struct WatchOptions {
    /// Look for changes by polling instead of file-system events: for
    /// WSL's /mnt, NFS, SMB and other places events do not reach.
    #[arg(long)]
    pub poll: bool,
}

#[derive(Debug, Args)]
pub struct DrillArgs {
    /// Only exercises of this topic.
    #[arg(long, value_name = "TOPIC")]
    pub topic: Option<String>,
    /// Length of the drill in minutes, decimals allowed [default: 30; 45
    /// with --interview].
    #[arg(long, value_name = "N", value_parser = parse_minutes)]
    pub minutes: Option<f64>,
    /// How many exercises to pick [default: 3; with --interview, how many
    /// coding exercises: 2].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=50))]
    pub count: Option<u16>,
    /// Only exercises of this difficulty (1 to 3).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=3))]
    pub difficulty: Option<u8>,
    /// A mock interview: coding exercises and one quiz from the roadmap's
    /// interview section (section 5), the least practised first.
    #[arg(long)]
    pub interview: bool,
    #[command(flatten)]
    pub watch: WatchOptions,
}

fn parse_minutes(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(m) if m.is_finite() && m > 0.0 && m <= 600.0 => Ok(m),
        _ => Err(format!(
            "{text:?} is not a number of minutes between 0 and 600, e.g. 30 or 0.5"
        )),
    }
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
    #[arg(long, value_name = "ID", num_args = 1.., conflicts_with = "assignment")]
    pub only: Vec<String>,
    /// An assignment file (YAML): title, exercises and weights, due date,
    /// grace period and late policy.  See README, "Assignments".
    #[arg(long, value_name = "FILE")]
    pub assignment: Option<PathBuf>,
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

#[derive(Debug, Subcommand)]
pub enum ToolchainAction {
    /// Create (or rebuild, when stale) the environment for this Python.
    Install {
        /// Install offline from this folder of wheels (pip --no-index --find-links).
        #[arg(long, value_name = "DIR")]
        find_links: Option<PathBuf>,
        /// Rebuild even when the environment is complete.
        #[arg(long)]
        force: bool,
    },
    /// Show where the environment is, whether it is usable and what it holds.
    Status,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// JSON reports written by `grader grade --format json`.
    #[arg(required = true, value_name = "REPORT")]
    pub reports: Vec<PathBuf>,
    /// Apply this assignment file's due dates and late policy to the merged
    /// report (its exercises must be the reports' exercises).
    #[arg(long, value_name = "FILE")]
    pub assignment: Option<PathBuf>,
    #[command(flatten)]
    pub output: ClassOutputArgs,
}

#[derive(Debug, Args)]
pub struct ClassOutputArgs {
    /// FORMAT or FORMAT=FILE, repeatable: human, json, csv, junit,
    /// gradescope, markdown, html.  Without FILE (or with `-`) the report goes to
    /// standard output, or with --out-dir to its usual name there.
    #[arg(long, value_name = "FORMAT[=FILE]", value_parser = parse_output)]
    pub format: Vec<OutputSpec>,
    /// Folder for the reports (created if needed).  Alone, it receives
    /// report.json, grades.csv, junit.xml, summary.md and report.html.
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
    pub output: CheckOutputArgs,
}

#[derive(Debug, Args)]
pub struct CheckOutputArgs {
    /// Report format: human, json (schemas/check-report.schema.json), or
    /// exercism (Exercism's test-runner results.json, version 3).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `grader check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
    /// Exercism's results.json v3, for tools built around it.
    Exercism,
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

    /// Grade every file N times: a case whose verdict is not the same in
    /// every run is an error (it would grade the same learner differently).
    /// For cases that time or race things, best on a busy machine.
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u32).range(1..=100))]
    pub repeat: u32,
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
    fn thresholds_are_fractions_or_percentages() {
        assert_eq!(parse_fraction("0.25"), Ok(0.25));
        assert_eq!(parse_fraction("70%"), Ok(0.7));
        assert!(parse_fraction("70").is_err());
        assert!(parse_fraction("-0.1").is_err());
        assert!(parse_fraction("half").is_err());
    }

    #[test]
    fn every_command_has_examples() {
        for sub in Cli::command().get_subcommands() {
            let help = sub
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            assert!(
                help.contains("grader "),
                "{} has no examples",
                sub.get_name()
            );
        }
    }

    #[test]
    fn drill_minutes_are_checked() {
        assert!(Cli::try_parse_from(["grader", "drill", "--minutes", "0.5"]).is_ok());
        assert!(Cli::try_parse_from(["grader", "drill", "--minutes", "0"]).is_err());
        assert!(Cli::try_parse_from(["grader", "drill", "--minutes", "soon"]).is_err());
        assert!(Cli::try_parse_from(["grader", "drill", "--count", "0"]).is_err());
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
