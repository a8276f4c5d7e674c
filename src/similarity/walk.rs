//! Finds submissions in a class folder: `<student>/<topic>/<name>.py`.
//!
//! Students' folders are untrusted: symbolic links are never followed, only
//! regular files are read (a FIFO would block, a device would never end),
//! and oversized or non-UTF-8 files are skipped with a note.

use std::fs;
use std::path::Path;

/// One student's file for one exercise.
#[derive(Debug, Clone)]
pub struct Submission {
    pub student: String,
    /// `<topic>/<name>`.
    pub exercise: String,
    /// `<student>/<topic>/<name>.py`, for messages.
    pub path: String,
    pub source: String,
}

/// Something in the class folder that was not read, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// Every submission under `root`, sorted by exercise then student, and what
/// was skipped.  `wanted` filters by exercise id before anything is read.
pub fn collect(
    root: &Path,
    wanted: &dyn Fn(&str) -> bool,
) -> Result<(Vec<Submission>, Vec<Skipped>), String> {
    let mut found = Vec::new();
    let mut skipped = Vec::new();
    for student in entries(root).map_err(|e| format!("cannot read {}: {e}", root.display()))? {
        let name = crate::roster::printable(&student.file_name());
        let Ok(kind) = student.file_type() else {
            continue;
        };
        if !kind.is_dir() {
            if kind.is_symlink() {
                skipped.push(Skipped {
                    path: name,
                    reason: "a symbolic link; not followed".into(),
                });
            }
            // Other files beside the student folders (a roster, a README) are not submissions.
            continue;
        }
        let student_dir = student.path();
        let Ok(topics) = entries(&student_dir) else {
            skipped.push(Skipped {
                path: name,
                reason: "cannot be read".into(),
            });
            continue;
        };
        for topic in topics {
            let topic_name = crate::roster::printable(&topic.file_name());
            let rel = format!("{name}/{topic_name}");
            match topic.file_type() {
                Ok(k) if k.is_dir() => {}
                Ok(k) => {
                    skipped.push(Skipped {
                        path: rel,
                        reason: kind_reason(&k, "not inside a <topic>/ folder"),
                    });
                    continue;
                }
                Err(_) => continue,
            }
            let Ok(files) = entries(&topic.path()) else {
                skipped.push(Skipped {
                    path: rel,
                    reason: "cannot be read".into(),
                });
                continue;
            };
            for file in files {
                let file_name = crate::roster::printable(&file.file_name());
                let path = format!("{rel}/{file_name}");
                let Ok(k) = file.file_type() else { continue };
                if k.is_dir() && wanted(&format!("{topic_name}/{file_name}")) {
                    // A project exercise: every .py file of the folder, in
                    // path order, compared as one text.
                    match crate::kinds::Tree::read_dir(&file.path()) {
                        Ok(tree) => found.push(Submission {
                            student: name.clone(),
                            exercise: format!("{topic_name}/{file_name}"),
                            path: format!("{path}/"),
                            source: tree
                                .python_files()
                                .map(|(rel, b)| {
                                    format!("# {rel}\n{}\n", String::from_utf8_lossy(b))
                                })
                                .collect(),
                        }),
                        Err(reason) => skipped.push(Skipped { path, reason }),
                    }
                    continue;
                }
                let stem = file_name.strip_suffix(".py");
                let Some(stem) = stem.filter(|_| k.is_file()) else {
                    skipped.push(Skipped {
                        path,
                        reason: kind_reason(&k, "not a .py file"),
                    });
                    continue;
                };
                let exercise = format!("{topic_name}/{stem}");
                if !wanted(&exercise) {
                    continue;
                }
                match read_regular(&file.path()) {
                    Ok(source) => found.push(Submission {
                        student: name.clone(),
                        exercise,
                        path,
                        source,
                    }),
                    Err(reason) => skipped.push(Skipped { path, reason }),
                }
            }
        }
    }
    found.sort_by(|a, b| (&a.exercise, &a.student).cmp(&(&b.exercise, &b.student)));
    Ok((found, skipped))
}

/// The entries of a folder, sorted, without hidden ones (`.git`) and
/// caches (`__pycache__`).
fn entries(dir: &Path) -> std::io::Result<Vec<fs::DirEntry>> {
    let mut v: Vec<fs::DirEntry> = fs::read_dir(dir)?
        .flatten()
        .filter(|e| {
            let n = e.file_name();
            let n = n.to_string_lossy();
            !n.starts_with('.') && !n.starts_with("__")
        })
        .collect();
    v.sort_by_key(|e| e.file_name());
    Ok(v)
}

fn kind_reason(kind: &fs::FileType, otherwise: &str) -> String {
    if kind.is_symlink() {
        "a symbolic link; not followed".into()
    } else if kind.is_dir() {
        "a folder where a .py file was expected".into()
    } else if !kind.is_file() {
        "not a regular file (a FIFO, socket or device)".into()
    } else {
        otherwise.into()
    }
}

/// Reads a file the way `grader grade` does (no links, no blocking, size
/// and UTF-8 checked), as text.
fn read_regular(path: &Path) -> Result<String, String> {
    let bytes = crate::roster::untrusted::read(path)?;
    String::from_utf8(bytes).map_err(|_| "is not UTF-8 text".into())
}
