//! `.grader/progress.json`: what the learner has checked, passed and asked
//! hints for.  The format is documented in README.md and versioned by
//! `version`; fields are only ever added.
//!
//! Safe under concurrency and crashes: every change happens under an
//! exclusive lock on `.grader/progress.lock` (an OS file lock, released by
//! the kernel if the process dies), re-reads the file, and replaces it with
//! an atomic rename.  A file grader cannot read is moved aside, never
//! silently reset; a file from a newer grader is left alone.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::{Workspace, write_atomic};
use crate::judge::{ExerciseResult, Status, Verdict};

pub const PROGRESS_FILE: &str = "progress.json";
pub const LOCK_FILE: &str = "progress.lock";
pub const FORMAT_VERSION: u32 = 1;
/// How long to wait for another grader's update before giving up.
const LOCK_WAIT: Duration = Duration::from_secs(30);

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    #[serde(default)]
    pub exercises: BTreeMap<String, Entry>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: FORMAT_VERSION,
            exercises: BTreeMap::new(),
        }
    }
}

/// Where a learner stands with one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    #[default]
    NotStarted,
    Attempted,
    Passed,
}

/// How one check ended, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Passed,
    Failed,
    Error,
}

/// One exercise's record.  Times are seconds since the Unix epoch.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Derived from the fields below each time the file is written; there
    /// for people reading the file.
    #[serde(default)]
    pub state: State,
    /// How many checks were recorded.
    #[serde(default)]
    pub checks: u32,
    /// The last check's outcome.
    #[serde(default)]
    pub last: Option<Outcome>,
    /// Cases in the last check, and how many passed.
    #[serde(default)]
    pub cases: usize,
    #[serde(default)]
    pub cases_passed: usize,
    /// Names of the cases the last check failed (hidden ones included: the
    /// names are shown to learners anyway).
    #[serde(default)]
    pub failed_cases: Vec<String>,
    #[serde(default)]
    pub first_checked: Option<u64>,
    #[serde(default)]
    pub last_checked: Option<u64>,
    /// When the exercise first passed.
    #[serde(default)]
    pub passed_at: Option<u64>,
    /// How many hints `grader hint` has revealed.
    #[serde(default)]
    pub hints_shown: usize,
    /// How many drills picked it, and when the last one started: drills
    /// pick what was practised least.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub drilled: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_drilled: Option<u64>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Entry {
    pub fn state(&self) -> State {
        if self.passed_at.is_some() {
            State::Passed
        } else if self.checks > 0 {
            State::Attempted
        } else {
            State::NotStarted
        }
    }

    /// Adds one check's result.
    pub fn record(&mut self, result: &ExerciseResult, now: u64) {
        self.checks = self.checks.saturating_add(1);
        self.last = Some(match result.status {
            Status::Passed => Outcome::Passed,
            Status::Failed => Outcome::Failed,
            Status::Error => Outcome::Error,
            // Not passed: some of it could not be checked here.
            Status::NotGraded => Outcome::Failed,
        });
        self.cases = result.cases.len();
        self.cases_passed = result.passed_cases();
        self.failed_cases = result
            .cases
            .iter()
            .filter(|c| c.verdict != Verdict::Passed)
            .map(|c| c.name.clone())
            .collect();
        self.first_checked.get_or_insert(now);
        self.last_checked = Some(now);
        if result.status == Status::Passed {
            self.passed_at.get_or_insert(now);
        }
    }
}

impl Progress {
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.exercises.get(id)
    }

    pub fn state(&self, id: &str) -> State {
        self.entry(id).map_or(State::NotStarted, Entry::state)
    }

    fn encode(&mut self) -> Result<String, String> {
        for e in self.exercises.values_mut() {
            e.state = e.state();
        }
        let mut text = serde_json::to_string_pretty(self)
            .map_err(|e| format!("cannot encode progress: {e}"))?;
        text.push('\n');
        Ok(text)
    }
}

/// Seconds since the Unix epoch, now.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// What reading the file found, besides the progress itself.
#[derive(Debug, Default)]
pub struct Notes(pub Vec<String>);

enum Parsed {
    Ok(Progress),
    /// Not a progress file grader can read; the reason.
    Corrupt(String),
    /// Written by a newer grader: readable by it, not by us.
    Newer(u64),
}

fn parse(text: &str) -> Parsed {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Parsed::Corrupt(format!("not valid JSON: {e}")),
    };
    let Some(version) = value.get("version").and_then(serde_json::Value::as_u64) else {
        return Parsed::Corrupt("it has no \"version\" number".into());
    };
    if version > u64::from(FORMAT_VERSION) {
        return Parsed::Newer(version);
    }
    if version != u64::from(FORMAT_VERSION) {
        return Parsed::Corrupt(format!("unknown version {version}"));
    }
    match serde_json::from_value(value) {
        Ok(p) => Parsed::Ok(p),
        Err(e) => Parsed::Corrupt(e.to_string()),
    }
}

/// The progress store of one workspace.
pub struct Store {
    dir: PathBuf,
}

impl Store {
    pub fn new(ws: &Workspace) -> Store {
        Store {
            dir: ws.state_dir(),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(PROGRESS_FILE)
    }

    /// The current progress.  A missing file is no progress yet; a corrupt
    /// one is moved aside (under the lock) and reported in the notes; one
    /// from a newer grader is reported and left alone.
    pub fn read(&self) -> Result<(Progress, Notes), String> {
        // Readers need no lock: writers replace the file atomically.
        match self.read_unlocked()? {
            Parsed::Ok(p) => Ok((p, Notes::default())),
            Parsed::Newer(v) => Ok((Progress::default(), Notes(vec![self.newer_note(v)]))),
            Parsed::Corrupt(_) => {
                let mut notes = Notes::default();
                let _lock = self.lock()?;
                let progress = self.read_locked(&mut notes)?;
                Ok((progress.unwrap_or_default(), notes))
            }
        }
    }

    /// Applies `change` to the stored progress and saves it atomically,
    /// under the lock, so concurrent updates are never lost.
    pub fn update<R>(&self, change: impl FnOnce(&mut Progress) -> R) -> Result<(R, Notes), String> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| format!("cannot create {}: {e}", self.dir.display()))?;
        let mut notes = Notes::default();
        let _lock = self.lock()?;
        let Some(mut progress) = self.read_locked(&mut notes)? else {
            return Err(notes.0.join("\n"));
        };
        let out = change(&mut progress);
        let text = progress.encode()?;
        write_atomic(&self.path(), text.as_bytes())?;
        Ok((out, notes))
    }

    fn read_unlocked(&self) -> Result<Parsed, String> {
        let path = self.path();
        match std::fs::read(&path) {
            Ok(bytes) => Ok(match String::from_utf8(bytes) {
                Ok(text) => parse(&text),
                Err(_) => Parsed::Corrupt("not UTF-8 text".into()),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Ok(Parsed::Ok(Progress::default()))
            }
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    /// With the lock held: the progress, or `None` (with a note) when the
    /// file belongs to a newer grader and must not be replaced.
    fn read_locked(&self, notes: &mut Notes) -> Result<Option<Progress>, String> {
        match self.read_unlocked()? {
            Parsed::Ok(p) => Ok(Some(p)),
            Parsed::Newer(v) => {
                notes.0.push(self.newer_note(v));
                Ok(None)
            }
            Parsed::Corrupt(why) => {
                let aside = self.move_aside()?;
                notes.0.push(format!(
                    "{} is not a progress file grader can read ({why}); moved it to {} \
                     and started afresh. Your exercise files are untouched; if the old file \
                     held progress you want, repair it and move it back.",
                    self.path().display(),
                    aside.display()
                ));
                Ok(Some(Progress::default()))
            }
        }
    }

    fn newer_note(&self, version: u64) -> String {
        format!(
            "{} was written by a newer grader (format {version}; this one reads {FORMAT_VERSION}), \
             so progress is neither shown nor recorded; upgrade grader",
            self.path().display()
        )
    }

    /// Renames the progress file to `progress.json.corrupt-<unix time>`.
    fn move_aside(&self) -> Result<PathBuf, String> {
        let from = self.path();
        let stamp = now();
        let mut to = self.dir.join(format!("{PROGRESS_FILE}.corrupt-{stamp}"));
        let mut n = 1;
        while to.exists() {
            n += 1;
            to = self
                .dir
                .join(format!("{PROGRESS_FILE}.corrupt-{stamp}-{n}"));
        }
        std::fs::rename(&from, &to).map_err(|e| {
            format!(
                "{} is unreadable and cannot be moved aside ({e}); move or delete it yourself",
                from.display()
            )
        })?;
        Ok(to)
    }

    /// Takes the exclusive lock, waiting for other graders up to `LOCK_WAIT`.
    fn lock(&self) -> Result<Option<File>, String> {
        let path = self.dir.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| format!("cannot open the lock file {}: {e}", path.display()))?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Some(file)),
                Err(TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(TryLockError::WouldBlock) => {
                    return Err(format!(
                        "another grader has held {} for {}s; if none is running, try again",
                        path.display(),
                        LOCK_WAIT.as_secs()
                    ));
                }
                // Some network file systems have no locks: go on without;
                // the rename still keeps the file whole.
                Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
                    return Ok(None);
                }
                Err(TryLockError::Error(e)) => {
                    return Err(format!("cannot lock {}: {e}", path.display()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::Marker;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("tmp");
        let ws = Workspace::create(dir.path(), Marker::new(None)).expect("ws");
        let store = Store::new(&ws);
        (dir, store)
    }

    #[test]
    fn updates_round_trip_and_derive_the_state() {
        let (_dir, store) = store();
        let (p, notes) = store.read().expect("read");
        assert!(p.exercises.is_empty() && notes.0.is_empty());
        store
            .update(|p| p.exercises.entry("a/b".into()).or_default().hints_shown = 2)
            .expect("update");
        let text = std::fs::read_to_string(store.path()).expect("file");
        assert!(text.contains("\"version\": 1"), "{text}");
        assert!(text.contains("\"state\": \"not-started\""), "{text}");
        let (p, _) = store.read().expect("read");
        assert_eq!(p.entry("a/b").map(|e| e.hints_shown), Some(2));
    }

    #[test]
    fn a_corrupt_file_is_moved_aside_not_reset() {
        let (dir, store) = store();
        std::fs::write(store.path(), "{ half a file").expect("write");
        let (p, notes) = store.read().expect("read");
        assert!(p.exercises.is_empty());
        assert_eq!(notes.0.len(), 1);
        assert!(notes.0[0].contains("moved it to"), "{:?}", notes.0);
        let aside: Vec<_> = std::fs::read_dir(dir.path().join(".grader"))
            .expect("dir")
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("progress.json.corrupt-")
            })
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(
            std::fs::read_to_string(aside[0].path()).expect("aside"),
            "{ half a file"
        );
    }

    #[test]
    fn a_foreign_json_file_is_moved_aside_too() {
        let (_dir, store) = store();
        std::fs::write(store.path(), "{\"exercises\": []}").expect("write");
        let (_, notes) = store.update(|_| ()).expect("update");
        assert!(notes.0[0].contains("no \"version\""), "{:?}", notes.0);
    }

    #[test]
    fn a_newer_file_is_left_alone() {
        let (_dir, store) = store();
        let newer = "{\"version\": 99, \"exercises\": {}}";
        std::fs::write(store.path(), newer).expect("write");
        let (_, notes) = store.read().expect("read");
        assert!(notes.0[0].contains("newer grader"), "{:?}", notes.0);
        let err = store.update(|_| ()).expect_err("refused");
        assert!(err.contains("upgrade grader"), "{err}");
        assert_eq!(std::fs::read_to_string(store.path()).expect("file"), newer);
    }
}
