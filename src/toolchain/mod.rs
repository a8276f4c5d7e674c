//! The managed toolchain: the Python packages a pack's exercises run with
//! (pytest, ruff, mypy, setuptools, …), pinned in the pack's
//! `toolchain.yaml` and installed by `grader toolchain install` into one
//! virtual environment per (requirements, Python version) in the user's
//! cache folder.
//!
//! An environment is usable only when its completion marker, written last,
//! matches the requirements, the interpreter and the lock (`pip freeze`).
//! Anything else is missing or stale: never half-used, rebuilt on install.
//! The environment is built in a temporary folder and renamed into place, so
//! a killed install leaves no folder that looks finished.  Because of that
//! rename, console scripts' `#!` lines point at the build folder: runs start
//! the tools as `python -m TOOL` or through the run's own interpreter
//! (`runners/project.py`), never through those lines.

mod install;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use sha2::{Digest as _, Sha256};

use crate::interpreter::Interpreter;
use crate::spec::{Pack, SpecError};

pub use install::install;

/// The pack-root file that pins the toolchain.
pub const FILE: &str = "toolchain.yaml";
/// Bumped when the layout of an environment changes: old ones become stale.
const FORMAT: u32 = 1;
/// Written last by an install; its presence (and agreement) means complete.
const MARKER: &str = "complete.json";
const LOCK: &str = "lock.txt";
const REQUIREMENTS: &str = "requirements.txt";

/// `toolchain.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ToolchainFile {
    /// Requirements, each pinned exactly: `pytest==8.3.5`.
    packages: Vec<Spanned<String>>,
}

/// One pinned package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin {
    /// Normalised (lowercase, `_` and `.` as `-`), as pip freeze names it.
    pub name: String,
    pub version: String,
}

/// A pack's pinned requirements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirements {
    pub pins: Vec<Pin>,
    /// Where they were declared, for messages.
    pub file: String,
}

impl Requirements {
    /// The pack's `toolchain.yaml`; `None` when it has none.
    pub fn load(pack: &Pack) -> Result<Option<Requirements>, Vec<SpecError>> {
        let Some(bytes) = pack.read(FILE) else {
            return Ok(None);
        };
        let file = pack.display(FILE);
        let text = String::from_utf8(bytes)
            .map_err(|_| vec![SpecError::at(&file, None, "is not UTF-8 text")])?;
        Requirements::parse(&file, &text).map(Some)
    }

    pub fn parse(file: &str, text: &str) -> Result<Requirements, Vec<SpecError>> {
        let raw: ToolchainFile = serde_saphyr::from_str(text).map_err(|e| {
            vec![SpecError::at(
                file,
                e.location().map(|l| l.line()),
                format!("{e}; write `packages: [pytest==8.3.5, …]`"),
            )]
        })?;
        let mut errors = Vec::new();
        let mut pins: Vec<Pin> = Vec::new();
        for p in raw.packages {
            let line = Some(p.referenced.line());
            let Some((name, version)) = p.value.split_once("==") else {
                errors.push(SpecError::at(
                    file,
                    line,
                    format!("{:?} is not pinned; write it as NAME==VERSION, e.g. pytest==8.3.5, so every machine runs the same tool", p.value),
                ));
                continue;
            };
            let name = normalise(name);
            let version = version.trim().to_string();
            let good_name =
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            let good_version = !version.is_empty()
                && version
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".+!-_".contains(c));
            if !good_name || !good_version {
                errors.push(SpecError::at(
                    file,
                    line,
                    format!("{:?} is not NAME==VERSION", p.value),
                ));
            } else if pins.iter().any(|q| q.name == name) {
                errors.push(SpecError::at(file, line, format!("{name} is pinned twice")));
            } else {
                pins.push(Pin { name, version });
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        pins.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Requirements {
            pins,
            file: file.to_string(),
        })
    }

    /// Whether `name` (as an exercise's `uses:` gives it) is pinned.
    pub fn has(&self, name: &str) -> bool {
        let name = normalise(name);
        self.pins.iter().any(|p| p.name == name)
    }

    /// requirements.txt lines, sorted.
    pub fn lines(&self) -> String {
        self.pins
            .iter()
            .map(|p| format!("{}=={}\n", p.name, p.version))
            .collect()
    }

    /// The environment's folder name: a hash of the pins, the format and
    /// the interpreter's path (two Python 3.11s on one machine each get
    /// their own), plus the Python version (`3f2a…-py3.11`).
    pub fn key(&self, interpreter: &Interpreter) -> String {
        let mut h = Sha256::new();
        h.update(format!("grader-toolchain-v{FORMAT}\n"));
        h.update(self.lines());
        h.update(interpreter.executable.as_os_str().as_encoded_bytes());
        let digest = crate::spec::seal::hex_encode(&h.finalize());
        let (major, minor, _) = interpreter.version;
        format!("{}-py{major}.{minor}", &digest[..16])
    }
}

/// pip's normal form of a distribution name.
pub fn normalise(name: &str) -> String {
    name.trim().to_ascii_lowercase().replace(['_', '.'], "-")
}

/// Where environments live: `GRADER_TOOLCHAIN_DIR`, else
/// `$XDG_CACHE_HOME/grader/toolchain`, else `~/.cache/grader/toolchain`.
pub fn root() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("GRADER_TOOLCHAIN_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        if dir.is_absolute() {
            return Ok(dir.join("grader").join("toolchain"));
        }
    }
    match std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        Some(home) => Ok(PathBuf::from(home)
            .join(".cache")
            .join("grader")
            .join("toolchain")),
        None => Err("cannot tell where to keep the toolchain: set HOME, XDG_CACHE_HOME or GRADER_TOOLCHAIN_DIR".into()),
    }
}

/// A complete, usable environment.
#[derive(Debug, Clone)]
pub struct Env {
    /// `<root>/<key>/`: what runs must be able to read.
    pub dir: PathBuf,
    /// Its interpreter (`venv/bin/python`).
    pub python: PathBuf,
    /// Its `site-packages`, layered under each project run's own venv.
    pub site_packages: PathBuf,
    /// Its `bin/`, on the run's PATH after the run's own.
    pub bin: PathBuf,
    /// The lock's lines (`name==version`), as installed.
    pub lock: Vec<String>,
}

/// What is on disk for a pack and an interpreter.
#[derive(Debug, Clone)]
pub enum State {
    /// The pack declares no toolchain.
    Undeclared,
    Ready(Env),
    /// Never installed here.
    Missing {
        dir: PathBuf,
    },
    /// There, but not trustworthy: partial, for another Python, or altered.
    Stale {
        dir: PathBuf,
        why: String,
    },
}

/// The marker's content.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Marker {
    format: u32,
    requirements: String,
    python: String,
    python_version: String,
    lock_sha256: String,
}

impl Marker {
    fn expected(req: &Requirements, interpreter: &Interpreter, lock: &[u8]) -> Marker {
        Marker {
            format: FORMAT,
            requirements: req.lines(),
            python: interpreter.executable.display().to_string(),
            python_version: interpreter.version_string(),
            lock_sha256: crate::spec::seal::hex_encode(&Sha256::digest(lock)),
        }
    }
}

fn layout(dir: &Path, interpreter: &Interpreter) -> (PathBuf, PathBuf, PathBuf) {
    let venv = dir.join("venv");
    let (major, minor, _) = interpreter.version;
    (
        venv.join("bin").join("python"),
        venv.join("lib")
            .join(format!("python{major}.{minor}"))
            .join("site-packages"),
        venv.join("bin"),
    )
}

/// The state of the toolchain `req` for `interpreter`, read from disk.
pub fn locate(req: Option<&Requirements>, interpreter: &Interpreter) -> State {
    let Some(req) = req else {
        return State::Undeclared;
    };
    let root = match root() {
        Ok(r) => r,
        Err(why) => {
            return State::Stale {
                dir: PathBuf::new(),
                why,
            };
        }
    };
    let dir = root.join(req.key(interpreter));
    check(&dir, req, interpreter)
}

/// Whether the environment in `dir` is complete and matches.
fn check(dir: &Path, req: &Requirements, interpreter: &Interpreter) -> State {
    if !dir.exists() {
        return State::Missing {
            dir: dir.to_path_buf(),
        };
    }
    let stale = |why: String| State::Stale {
        dir: dir.to_path_buf(),
        why,
    };
    let marker = match std::fs::read(dir.join(MARKER)) {
        Ok(m) => m,
        Err(_) => return stale("no completion marker: the install did not finish".into()),
    };
    let Ok(marker) = serde_json::from_slice::<Marker>(&marker) else {
        return stale("its completion marker is unreadable".into());
    };
    let Ok(lock) = std::fs::read(dir.join(LOCK)) else {
        return stale("its lock file is missing".into());
    };
    let want = Marker::expected(req, interpreter, &lock);
    if marker.format != want.format || marker.requirements != want.requirements {
        return stale("it was built for other requirements".into());
    }
    if marker.python != want.python || marker.python_version != want.python_version {
        return stale(format!(
            "it was built with {} (Python {}), not {} (Python {})",
            marker.python, marker.python_version, want.python, want.python_version
        ));
    }
    if marker.lock_sha256 != want.lock_sha256 {
        return stale("its lock file changed after the install".into());
    }
    let lock_text = String::from_utf8_lossy(&lock);
    let lock: Vec<String> = lock_text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    for pin in &req.pins {
        let found = lock.iter().any(|l| {
            l.split_once("==")
                .is_some_and(|(n, v)| normalise(n) == pin.name && v.trim() == pin.version)
        });
        if !found {
            return stale(format!(
                "its lock does not hold {}=={}",
                pin.name, pin.version
            ));
        }
    }
    let (python, site_packages, bin) = layout(dir, interpreter);
    if !python.exists() || !site_packages.is_dir() {
        return stale("its virtual environment is incomplete".into());
    }
    State::Ready(Env {
        dir: dir.to_path_buf(),
        python,
        site_packages,
        bin,
        lock,
    })
}

/// The one command that installs the toolchain, for messages.
pub fn install_command(pack: &Pack) -> String {
    match pack.dir() {
        Some(dir) => format!(
            "grader --exercises {} toolchain install",
            shell_word(&dir.display().to_string())
        ),
        None => "grader toolchain install".to_string(),
    }
}

fn shell_word(s: &str) -> String {
    shell_words::quote(s).into_owned()
}

/// Why a run that needs `uses` cannot be graded here, or `None` when it can.
pub fn missing_for(state: &State, uses: &[String], fix: &str) -> Option<String> {
    if uses.is_empty() {
        return None;
    }
    match state {
        State::Ready(env) => {
            // Installed, but does it hold what this exercise names?
            let absent: Vec<&String> = uses
                .iter()
                .filter(|u| {
                    let u = normalise(u);
                    !env.lock
                        .iter()
                        .any(|l| l.split_once("==").is_some_and(|(n, _)| normalise(n) == u))
                })
                .collect();
            (!absent.is_empty()).then(|| {
                format!(
                    "needs {} , which the installed toolchain does not hold; pin it in the pack's {FILE}, then run `{fix}`",
                    absent.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                )
            })
        }
        State::Undeclared => Some(format!(
            "the exercise uses {} but the pack has no {FILE}; the pack must pin its tools",
            uses.join(", ")
        )),
        State::Missing { .. } => Some(format!(
            "needs {} from the toolchain, which is not installed; run `{fix}`",
            uses.join(", ")
        )),
        State::Stale { why, .. } => Some(format!(
            "needs {} from the toolchain, which is not usable ({why}); run `{fix}`",
            uses.join(", ")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_must_be_exact() {
        let errs = Requirements::parse("t.yaml", "packages:\n  - pytest\n  - ruff==0.9.10\n")
            .expect_err("unpinned");
        assert_eq!(errs[0].line, Some(2));
        assert!(errs[0].message.contains("NAME==VERSION"), "{errs:?}");
        let ok = Requirements::parse(
            "t.yaml",
            "packages: [Typing_Extensions==4.12.2, mypy==1.14.1]\n",
        )
        .expect("valid");
        assert_eq!(ok.lines(), "mypy==1.14.1\ntyping-extensions==4.12.2\n");
        assert!(ok.has("typing_extensions"));
        assert!(!ok.has("pytest"));
    }

    #[test]
    fn a_pin_twice_is_refused() {
        let errs = Requirements::parse("t.yaml", "packages: [a==1, A==2]\n").expect_err("twice");
        assert!(errs[0].message.contains("twice"), "{errs:?}");
    }
}
