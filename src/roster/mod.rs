//! Who handed in what: a class's submissions (a folder of student folders,
//! a CSV manifest, or one student's folder) turned into students and their
//! files, plus `--shard` selection.
//!
//! Students' folders are untrusted input.  Nothing here follows a symbolic
//! link, opens anything but a regular file, or blocks on a FIFO or device;
//! every odd entry becomes a [`Note`] or a refused [`Submission`] for that
//! student rather than an error for the run.  Plain synchronous code.

mod manifest;
pub mod untrusted;

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub use untrusted::{MAX_SUBMISSION_BYTES, load};

/// At most this many notes are kept per student; a folder full of junk
/// (a checked-in virtualenv, say) must not swamp the reports.
const MAX_NOTES: usize = 20;
/// Entries examined per folder; beyond this the rest is summarised.
const MAX_ENTRIES: usize = 5_000;

/// Something worth telling the instructor about one file or folder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Note {
    /// The entry, as a printable path.
    pub path: String,
    pub message: String,
}

/// One exercise file of one student.
#[derive(Debug, Clone)]
pub struct Submission {
    pub path: PathBuf,
    /// Printable path, used in reports and tracebacks.
    pub display: String,
    /// Set when the entry can never be graded (a link, a folder, a FIFO …).
    pub refused: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Student {
    /// Printable and unique: control characters and bytes that are not
    /// UTF-8 are written as `\xNN`.
    pub name: String,
    /// Where the student's files were found, printable.
    pub source: String,
    /// By exercise id; only exercises of the assignment.
    pub submissions: BTreeMap<String, Submission>,
    pub notes: Vec<Note>,
    /// The manifest's other columns (student id, email, section …).
    pub fields: BTreeMap<String, String>,
    /// When the work was handed in, when known.
    pub submitted_at: Option<crate::gradebook::timestamp::Timestamp>,
}

/// Everyone in a class, sorted by name, and notes about the run as a whole.
#[derive(Debug, Default)]
pub struct Roster {
    pub students: Vec<Student>,
    pub notes: Vec<Note>,
}

/// What is being graded: the exercises of the assignment, and the pack's
/// other exercises (handed in, but not asked for: ignored without a note).
#[derive(Debug, Clone)]
pub struct Assignment {
    pub ids: Vec<String>,
    pack_ids: BTreeSet<String>,
}

impl Assignment {
    pub fn new(ids: Vec<String>, pack_ids: &[String]) -> Assignment {
        Assignment {
            ids,
            pack_ids: pack_ids.iter().cloned().collect(),
        }
    }

    fn assigned(&self, id: &str) -> bool {
        self.ids.iter().any(|i| i == id)
    }

    fn is_topic(&self, topic: &str) -> bool {
        self.pack_ids
            .iter()
            .any(|id| id.split('/').next() == Some(topic))
    }

    /// The assigned exercise a bare `<name>.py` stands for, when exactly one has that name.
    fn by_name(&self, name: &str) -> Option<&str> {
        let mut hits = self
            .ids
            .iter()
            .filter(|id| id.rsplit('/').next() == Some(name));
        match (hits.next(), hits.next()) {
            (Some(id), None) => Some(id),
            _ => None,
        }
    }
}

impl Roster {
    /// A folder holding one folder per student.
    pub fn from_folder(dir: &Path, assignment: &Assignment) -> Result<Roster, String> {
        let entries =
            fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let root = root_display(dir);
        let mut roster = Roster::default();
        let mut entries: Vec<_> = entries.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let raw = entry.file_name();
            if is_quiet_junk(&raw) {
                continue;
            }
            let name = printable(&raw);
            let shown = join_display(&root, &name);
            let Ok(kind) = entry.file_type() else {
                roster
                    .notes
                    .push(note(&shown, "could not be examined; skipped"));
                continue;
            };
            if kind.is_symlink() {
                // A student folder that is a link could point anywhere,
                // the instructor's pack included: the student gets nothing
                // graded, and the report says why.
                let mut student = Student::new(name, shown.clone());
                student.notes.push(note(
                    &shown,
                    "is a symbolic link; links are never followed, so nothing here was graded",
                ));
                roster.students.push(student);
            } else if kind.is_dir() {
                roster
                    .students
                    .push(scan_student(&entry.path(), name, shown, assignment));
            } else {
                roster.notes.push(note(
                    &shown,
                    "ignored: not a folder (each student's files belong in a folder named after the student)",
                ));
            }
        }
        roster.sort();
        Ok(roster)
    }

    /// One student's folder (their own repository in CI, or Gradescope's
    /// submission).  With `relative`, files are shown relative to it.
    pub fn single(
        dir: &Path,
        name: &str,
        relative: bool,
        assignment: &Assignment,
    ) -> Result<Roster, String> {
        let meta = fs::metadata(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        if !meta.is_dir() {
            return Err(format!("{} is not a folder", dir.display()));
        }
        let shown = if relative {
            ".".to_string()
        } else {
            root_display(dir)
        };
        let student = scan_student(dir, name.to_string(), shown, assignment);
        Ok(Roster {
            students: vec![student],
            notes: Vec::new(),
        })
    }

    /// Gradescope's submission folder, looking through the folders a zip
    /// may wrap everything in (`hw1/decorators/timing.py`): while the folder
    /// holds exactly one entry, a real folder that is not a topic, that
    /// folder is graded instead, and the student is told so.
    pub fn single_unwrapped(
        dir: &Path,
        name: &str,
        assignment: &Assignment,
    ) -> Result<Roster, String> {
        let mut root = dir.to_path_buf();
        let mut inner = Vec::new();
        for _ in 0..4 {
            let Ok(entries) = fs::read_dir(&root) else {
                break;
            };
            let entries: Vec<_> = entries
                .flatten()
                .filter(|e| !is_quiet_junk(&e.file_name()) && e.file_name() != "__MACOSX")
                .collect();
            let [only] = entries.as_slice() else {
                break;
            };
            let is_dir = only.file_type().is_ok_and(|t| t.is_dir());
            let topic = only
                .file_name()
                .to_str()
                .is_some_and(|n| assignment.is_topic(n));
            if !is_dir || topic {
                break;
            }
            inner.push(printable(&only.file_name()));
            root = only.path();
        }
        let mut roster = Roster::single(&root, name, true, assignment)?;
        if !inner.is_empty() {
            let folder = format!("{}/", inner.join("/"));
            roster.students[0].notes.insert(
                0,
                note(
                    &folder,
                    "the submission is wrapped in this folder; graded the files inside it",
                ),
            );
        }
        Ok(roster)
    }

    /// A CSV manifest of `student,path[,exercise]` rows; paths are relative
    /// to the manifest's folder.
    pub fn from_manifest(file: &Path, assignment: &Assignment) -> Result<Roster, String> {
        manifest::read(file, assignment)
    }

    /// Keeps the students of shard `k` of `n` (1-based).
    pub fn shard(&mut self, k: u32, n: u32) {
        self.students.retain(|s| in_shard(&s.name, k, n));
    }

    fn sort(&mut self) {
        self.students.sort_by(|a, b| a.name.cmp(&b.name));
    }
}

impl Student {
    fn new(name: String, source: String) -> Student {
        Student {
            name,
            source,
            submissions: BTreeMap::new(),
            notes: Vec::new(),
            fields: BTreeMap::new(),
            submitted_at: None,
        }
    }

    fn add_note(&mut self, n: Note) {
        if self.notes.len() < MAX_NOTES {
            self.notes.push(n);
        } else if self.notes.len() == MAX_NOTES {
            self.notes.push(note(
                &self.source,
                "more entries need attention; only the first 20 are listed",
            ));
        }
    }

    /// Records a submission; a second one for the same exercise is noted, not graded.
    fn submit(&mut self, id: &str, sub: Submission) {
        if let Some(first) = self.submissions.get(id) {
            let message = format!(
                "ignored: a second submission for {id} (graded {} instead)",
                first.display
            );
            self.add_note(note(&sub.display, &message));
        } else {
            self.submissions.insert(id.to_string(), sub);
        }
    }
}

/// Whether the student falls in shard `k` of `n`: a hash of the name alone,
/// so adding students never moves anyone else to another shard.
pub fn in_shard(name: &str, k: u32, n: u32) -> bool {
    let digest = Sha256::digest(name.as_bytes());
    let mut head = [0u8; 8];
    head.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(head) % u64::from(n.max(1)) == u64::from(k.saturating_sub(1))
}

/// Walks one student's folder: `<topic>/<name>.py`, or `<name>.py` at the
/// top when the name is unique in the assignment.
fn scan_student(dir: &Path, name: String, shown: String, assignment: &Assignment) -> Student {
    let mut student = Student::new(name, shown.clone());
    let entries = sorted_entries(dir, &shown, &mut student);
    if entries.is_empty() && student.notes.is_empty() {
        student.add_note(note(&shown, "the folder is empty"));
    }
    let mut flat = Vec::new();
    for (path, raw, kind) in entries {
        let entry_name = printable(&raw);
        let entry_shown = join_display(&shown, &entry_name);
        if kind.is_dir() {
            match raw.to_str() {
                Some(topic) if assignment.is_topic(topic) => {
                    scan_topic(&path, topic, &entry_shown, assignment, &mut student);
                }
                _ => student.add_note(note(
                    &format!("{entry_shown}/"),
                    "ignored: not a topic of this pack",
                )),
            }
            continue;
        }
        let stem = raw.to_str().and_then(|n| n.strip_suffix(".py"));
        match stem.and_then(|s| assignment.by_name(s)) {
            Some(id) => flat.push((id.to_string(), path, entry_shown, kind)),
            None => student.add_note(note(
                &entry_shown,
                "ignored: not a submission (expected <topic>/<name>.py)",
            )),
        }
    }
    // Files at the top come after the topic folders, so `decorators/timing.py`
    // wins over a stray `timing.py`.
    for (id, path, entry_shown, kind) in flat {
        let sub = submission(path, entry_shown, kind);
        student.submit(&id, sub);
    }
    student
}

fn scan_topic(
    dir: &Path,
    topic: &str,
    shown: &str,
    assignment: &Assignment,
    student: &mut Student,
) {
    for (path, raw, kind) in sorted_entries(dir, shown, student) {
        let entry_shown = join_display(shown, &printable(&raw));
        // A project exercise is handed in as its folder, `<topic>/<name>/`
        // (a folder named like a file, `<name>.py/`, is a misplaced file).
        if kind.is_dir() && !raw.as_encoded_bytes().ends_with(b".py") {
            let id = raw.to_str().map(|name| format!("{topic}/{name}"));
            match id {
                Some(id) if assignment.assigned(&id) => student.submit(
                    &id,
                    Submission {
                        path,
                        display: format!("{entry_shown}/"),
                        refused: None,
                    },
                ),
                Some(id) if assignment.pack_ids.contains(&id) => {}
                _ => student.add_note(note(
                    &format!("{entry_shown}/"),
                    "ignored: not an exercise of this pack",
                )),
            }
            continue;
        }
        // A module, a notebook or a quiz's answers: one file per exercise.
        let id = raw
            .to_str()
            .and_then(|n| {
                [".py", ".ipynb", ".toml"]
                    .iter()
                    .find_map(|ext| n.strip_suffix(ext))
            })
            .map(|stem| format!("{topic}/{stem}"));
        match id {
            Some(id) if assignment.assigned(&id) => {
                let sub = submission(path, entry_shown, kind);
                student.submit(&id, sub);
            }
            // Handed in, but not part of this assignment (`--only`).
            Some(id) if assignment.pack_ids.contains(&id) => {}
            _ => student.add_note(note(&entry_shown, "ignored: not an exercise of this pack")),
        }
    }
}

/// A folder's entries, sorted, without the ones nobody needs to hear about.
fn sorted_entries(
    dir: &Path,
    shown: &str,
    student: &mut Student,
) -> Vec<(PathBuf, std::ffi::OsString, fs::FileType)> {
    let reader = match fs::read_dir(dir) {
        Ok(r) => r,
        Err(e) => {
            student.add_note(note(shown, &format!("could not be read: {e}")));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for entry in reader.flatten() {
        if out.len() == MAX_ENTRIES {
            student.add_note(note(
                shown,
                &format!("holds more than {MAX_ENTRIES} entries; the rest were not examined"),
            ));
            break;
        }
        let raw = entry.file_name();
        if is_quiet_junk(&raw) {
            continue;
        }
        // `DirEntry::file_type` does not follow links.
        match entry.file_type() {
            Ok(kind) => out.push((entry.path(), raw, kind)),
            Err(e) => student.add_note(note(
                &join_display(shown, &printable(&raw)),
                &format!("could not be examined: {e}"),
            )),
        }
    }
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// A submission entry; anything but a regular file is refused here, by type.
fn submission(path: PathBuf, display: String, kind: fs::FileType) -> Submission {
    let refused = untrusted::refusal(&kind);
    Submission {
        path,
        display,
        refused,
    }
}

/// Hidden files, `__pycache__` and the like: noise every folder has.
fn is_quiet_junk(name: &OsStr) -> bool {
    let bytes = name.as_encoded_bytes();
    bytes.starts_with(b".") || bytes == b"__pycache__"
}

fn note(path: &str, message: &str) -> Note {
    Note {
        path: path.to_string(),
        message: message.to_string(),
    }
}

/// The folder as the user named it, without a leading `./`.
fn root_display(dir: &Path) -> String {
    let shown = printable(dir.as_os_str());
    let trimmed = shown.trim_end_matches('/');
    match trimmed {
        "" if shown.starts_with('/') => "/".to_string(),
        "" | "." => ".".to_string(),
        t => t.strip_prefix("./").unwrap_or(t).to_string(),
    }
}

fn join_display(parent: &str, name: &str) -> String {
    match parent {
        "." => name.to_string(),
        p if p.ends_with('/') => format!("{p}{name}"),
        p => format!("{p}/{name}"),
    }
}

/// A file name as text that is safe to print anywhere: control characters
/// and bytes that are not UTF-8 become `\xNN`, and a backslash becomes
/// `\\`, so distinct names stay distinct.
pub fn printable(name: &OsStr) -> String {
    let mut out = String::new();
    for chunk in name.as_encoded_bytes().utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => {
                    let mut buf = [0u8; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        out.push_str(&format!("\\x{b:02x}"));
                    }
                }
                // Bidirectional overrides and marks reorder what follows
                // on the line, a row of the gradebook included.
                c @ ('\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}') => out.push_str(&format!("\\u{{{:04x}}}", c as u32)),
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_names_are_injective_and_safe() {
        assert_eq!(printable(OsStr::new("alice smith")), "alice smith");
        assert_eq!(printable(OsStr::new("zoë")), "zoë");
        assert_eq!(printable(OsStr::new("a\nb\u{1b}[31m")), "a\\x0ab\\x1b[31m");
        assert_eq!(printable(OsStr::new("a\\x0a")), "a\\\\x0a");
        assert_eq!(printable(OsStr::new("eve\u{202e}txt")), "eve\\u{202e}txt");
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            assert_eq!(printable(OsStr::from_bytes(b"caf\xe9")), "caf\\xe9");
        }
    }

    #[test]
    fn shards_partition_the_class_and_do_not_move_on_growth() {
        let names: Vec<String> = (0..300).map(|i| format!("student-{i}")).collect();
        let mut sizes = [0usize; 3];
        for name in &names {
            let hits: Vec<u32> = (1..=3).filter(|&k| in_shard(name, k, 3)).collect();
            assert_eq!(hits.len(), 1, "{name} is in {hits:?}");
            sizes[(hits[0] - 1) as usize] += 1;
        }
        // Roughly even: no shard is starved.
        assert!(sizes.iter().all(|&s| s > 60), "{sizes:?}");
        // A student's shard depends on the name alone.
        assert!(in_shard("student-7", 1, 1));
    }

    #[test]
    fn root_display_drops_dot_slash() {
        assert_eq!(root_display(Path::new("./subs/")), "subs");
        assert_eq!(root_display(Path::new(".")), ".");
        assert_eq!(join_display(".", "a.py"), "a.py");
        assert_eq!(join_display("subs", "a.py"), "subs/a.py");
    }
}
