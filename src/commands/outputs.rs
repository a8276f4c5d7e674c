//! Where `grade` and `merge` send their reports: `--format FORMAT[=FILE]`
//! and `--out-dir`, checked before any grading starts, and written
//! atomically (a temporary file renamed into place), so an interrupted run
//! never leaves half a report behind.  Under GitHub Actions, also the step
//! summary and annotations.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::cli::ClassOutputArgs;
use crate::error::Error;
use crate::gradebook::ClassReport;
use crate::report::{ClassFormat, github, markdown};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Stdout,
    File(PathBuf),
}

/// The reports to write, in order.
#[derive(Debug)]
pub struct Plan {
    pub items: Vec<(ClassFormat, Destination)>,
}

/// What `--out-dir` alone writes.
const OUT_DIR_FORMATS: [ClassFormat; 5] = [
    ClassFormat::Json,
    ClassFormat::Csv,
    ClassFormat::Junit,
    ClassFormat::Markdown,
    ClassFormat::Html,
];

impl Plan {
    /// Resolves the options (plus files a mode adds, such as `--gradescope`'s
    /// results.json) and checks every destination can be written.
    pub fn new(args: &ClassOutputArgs, extra: Vec<(ClassFormat, PathBuf)>) -> Result<Plan, Error> {
        if let Some(dir) = &args.out_dir {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::Usage(format!("cannot create --out-dir {}: {e}", dir.display()))
            })?;
        }
        let mut items = Vec::new();
        let specs: Vec<(ClassFormat, Option<PathBuf>)> = if args.format.is_empty() {
            match &args.out_dir {
                Some(_) => OUT_DIR_FORMATS.iter().map(|f| (*f, None)).collect(),
                None => Vec::new(),
            }
        } else {
            args.format
                .iter()
                .map(|s| (s.format, s.file.clone()))
                .collect()
        };
        for (format, file) in specs {
            let dest = match (file, &args.out_dir) {
                (Some(f), _) if f.as_os_str() == "-" => Destination::Stdout,
                (Some(f), Some(dir)) if f.is_relative() => Destination::File(dir.join(f)),
                (Some(f), _) => Destination::File(f),
                (None, Some(dir)) => Destination::File(dir.join(format.default_file())),
                (None, None) => Destination::Stdout,
            };
            items.push((format, dest));
        }
        items.extend(extra.into_iter().map(|(f, p)| (f, Destination::File(p))));
        let to_stdout = items
            .iter()
            .filter(|(_, d)| *d == Destination::Stdout)
            .count();
        if to_stdout > 1 {
            return Err(Error::Usage(
                "only one format can go to standard output; give the others a file, e.g. --format csv=grades.csv".into(),
            ));
        }
        if to_stdout == 0 {
            items.push((ClassFormat::Human, Destination::Stdout));
        }
        for (i, (_, dest)) in items.iter().enumerate() {
            let Destination::File(path) = dest else {
                continue;
            };
            if items[..i].iter().any(|(_, d)| d == dest) {
                return Err(Error::Usage(format!(
                    "two formats would be written to {}",
                    path.display()
                )));
            }
            let parent = parent_of(path);
            if !parent.is_dir() {
                return Err(Error::Usage(format!(
                    "cannot write {}: the folder {} does not exist",
                    path.display(),
                    parent.display()
                )));
            }
        }
        Ok(Plan { items })
    }

    pub fn wants(&self, format: ClassFormat) -> bool {
        self.items.iter().any(|(f, _)| *f == format)
    }

    /// Whether a machine-readable format is printed on standard output.
    fn stdout_is_data(&self) -> bool {
        self.items
            .iter()
            .any(|(f, d)| *d == Destination::Stdout && *f != ClassFormat::Human)
    }

    /// Writes every report.  A format that cannot describe the report
    /// (Gradescope with several students) is a usage error, after the
    /// others are written.
    pub fn write(&self, report: &ClassReport) -> Result<(), Error> {
        let mut problems = Vec::new();
        for (format, dest) in &self.items {
            let text = match format.render(report) {
                Ok(t) => t,
                Err(why) => {
                    problems.push(why);
                    continue;
                }
            };
            match dest {
                Destination::Stdout => anstream::print!("{text}"),
                Destination::File(path) => {
                    let plain = anstream::adapter::strip_str(&text).to_string();
                    write_atomic(path, plain.as_bytes()).map_err(|e| {
                        Error::Usage(format!("cannot write {}: {e}", path.display()))
                    })?;
                }
            }
        }
        self.github(report);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Usage(problems.join("\n")))
        }
    }

    /// Under GitHub Actions: the Markdown summary is appended to
    /// `$GITHUB_STEP_SUMMARY`, and annotations go to standard output (to
    /// standard error when standard output carries a report).
    fn github(&self, report: &ClassReport) {
        if std::env::var_os("GITHUB_ACTIONS").is_none_or(|v| v != "true") {
            return;
        }
        if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
            let appended = std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(&path)
                .and_then(|mut f| f.write_all(markdown::render(report).as_bytes()));
            if let Err(e) = appended {
                anstream::eprintln!(
                    "warning: cannot append to GITHUB_STEP_SUMMARY ({}): {e}",
                    Path::new(&path).display()
                );
            }
        }
        let lines = github::annotations(report);
        if self.stdout_is_data() {
            for l in lines {
                eprintln!("{l}");
            }
        } else {
            for l in lines {
                println!("{l}");
            }
        }
    }
}

fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over
/// `path`: readers see the old file or the new one, never a torn one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = tempfile::Builder::new()
        .prefix(".grader-")
        .tempfile_in(parent_of(path))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    #[cfg(unix)]
    {
        // Reports are ordinary files, not secrets: the usual rw-r--r--.
        use std::os::unix::fs::PermissionsExt as _;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
