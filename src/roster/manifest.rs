//! The CSV manifest: `student,path[,exercise]` rows (RFC 4180 quoting, an
//! optional header row).  A path is a student's folder or one file; a file
//! is graded as the exercise in the third column, else as the exercise its
//! path names (`…/<topic>/<name>.py`).
//!
//! With a header row, columns are found by name: `student` and `path`
//! (required), `exercise` and `submitted_at` (optional); every other column
//! (student id, email, section …) is carried to the reports as it is.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use super::{Assignment, Roster, Student, note, printable, scan_student, submission};
use crate::gradebook::timestamp::Timestamp;

pub fn read(file: &Path, assignment: &Assignment) -> Result<Roster, String> {
    let text = fs::read_to_string(file).map_err(|e| {
        format!(
            "cannot read the manifest {}: {e} (it must be UTF-8 CSV with rows student,path)",
            file.display()
        )
    })?;
    let shown = file.display().to_string();
    let base = file.parent().unwrap_or(Path::new("."));
    let rows = parse_csv(&text).map_err(|(line, why)| format!("{shown}:{line}: {why}"))?;
    let mut students: BTreeMap<String, Student> = BTreeMap::new();
    let header = rows
        .first()
        .filter(|(_, f)| {
            f.first()
                .is_some_and(|c| c.trim().eq_ignore_ascii_case("student"))
        })
        .map(|(line, f)| Header::new(f, &format!("{shown}:{line}")))
        .transpose()?;
    for (i, (line, fields)) in rows.into_iter().enumerate() {
        if i == 0 && header.is_some() {
            continue;
        }
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let at = format!("{shown}:{line}");
        let (name, path, exercise, submitted, extra) = match &header {
            Some(h) => h.split(&fields, &at)?,
            None => match fields.as_slice() {
                [n, p] => (n.as_str(), p.as_str(), None, None, Vec::new()),
                [n, p, e] => (
                    n.as_str(),
                    p.as_str(),
                    Some(e.trim()).filter(|e| !e.is_empty()),
                    None,
                    Vec::new(),
                ),
                _ => {
                    return Err(format!(
                        "{at}: expected student,path or student,path,exercise; found {} fields (a header row naming the columns allows more)",
                        fields.len()
                    ));
                }
            },
        };
        let submitted = submitted
            .map(|t| Timestamp::parse(t).map_err(|e| format!("{at}: submitted_at: {e}")))
            .transpose()?;
        let name = printable(std::ffi::OsStr::new(name.trim()));
        if name.is_empty() {
            return Err(format!("{at}: the student name is empty"));
        }
        if let Some(id) = exercise
            && !assignment.pack_ids.contains(id)
        {
            return Err(format!("{at}: no exercise {id:?} in this pack"));
        }
        let path = base.join(path.trim());
        let path_shown = printable(path.as_os_str());
        let student = students
            .entry(name.clone())
            .or_insert_with(|| Student::new(name.clone(), at.clone()));
        for (k, v) in extra {
            student
                .fields
                .entry(k.to_string())
                .or_insert_with(|| v.to_string());
        }
        // A student listed on several rows handed in when the last one came.
        if let Some(t) = submitted
            && student.submitted_at.is_none_or(|s| s.unix < t.unix)
        {
            student.submitted_at = Some(t);
        }
        add_row(student, &path, &path_shown, exercise, assignment, &at);
    }
    Ok(Roster {
        students: students.into_values().collect(),
        notes: Vec::new(),
    })
}

/// A row split by column: name, path, exercise, submitted_at, other columns.
type Row<'a> = (
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    Vec<(&'a str, &'a str)>,
);

/// The columns a header row names.
struct Header {
    names: Vec<String>,
    student: usize,
    path: usize,
    exercise: Option<usize>,
    submitted_at: Option<usize>,
}

impl Header {
    fn new(cells: &[String], at: &str) -> Result<Header, String> {
        let names: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
        let find = |want: &str| names.iter().position(|n| n.eq_ignore_ascii_case(want));
        for (i, n) in names.iter().enumerate() {
            if n.is_empty() {
                return Err(format!(
                    "{at}: column {} has no name in the header row",
                    i + 1
                ));
            }
            if names[..i].iter().any(|m| m.eq_ignore_ascii_case(n)) {
                return Err(format!("{at}: the header names {n:?} twice"));
            }
        }
        // A header of two or three columns that names no `path` is read by
        // position, as manifests were before named columns.
        let (path, exercise) = match find("path") {
            Some(p) => (p, find("exercise")),
            None if names.len() <= 3 => (1, (names.len() == 3).then_some(2)),
            None => {
                return Err(format!(
                    "{at}: the header row has no `path` column (expected student,path,…)"
                ));
            }
        };
        Ok(Header {
            student: find("student").unwrap_or(0),
            path,
            exercise,
            submitted_at: find("submitted_at"),
            names,
        })
    }

    fn split<'a>(&'a self, fields: &'a [String], at: &str) -> Result<Row<'a>, String> {
        // Trailing cells may be left out (an optional exercise column);
        // more cells than named columns is a mistake.
        if fields.len() > self.names.len() {
            return Err(format!(
                "{at}: {} fields, but the header row names only {} columns",
                fields.len(),
                self.names.len()
            ));
        }
        if fields.len() <= self.student.max(self.path) {
            return Err(format!(
                "{at}: expected at least the student and path columns; found {} fields",
                fields.len()
            ));
        }
        let get = |i: usize| fields.get(i).map_or("", String::as_str);
        let cell = |i: Option<usize>| i.map(|i| get(i).trim()).filter(|c| !c.is_empty());
        let extra = self
            .names
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                ![
                    Some(self.student),
                    Some(self.path),
                    self.exercise,
                    self.submitted_at,
                ]
                .contains(&Some(*i))
            })
            .map(|(i, n)| (n.as_str(), get(i)))
            .collect();
        Ok((
            fields[self.student].as_str(),
            fields[self.path].as_str(),
            cell(self.exercise),
            cell(self.submitted_at),
            extra,
        ))
    }
}

fn add_row(
    student: &mut Student,
    path: &Path,
    shown: &str,
    exercise: Option<&str>,
    assignment: &Assignment,
    at: &str,
) {
    let kind = match fs::symlink_metadata(path) {
        Ok(meta) => meta.file_type(),
        Err(_) => {
            student.add_note(note(shown, &format!("listed in {at} but does not exist")));
            return;
        }
    };
    if kind.is_dir() && exercise.is_none() {
        let found = scan_student(path, student.name.clone(), shown.to_string(), assignment);
        for (id, sub) in found.submissions {
            student.submit(&id, sub);
        }
        for n in found.notes {
            student.add_note(n);
        }
        return;
    }
    let id = exercise
        .map(str::to_string)
        .or_else(|| id_from_path(path, assignment));
    match id {
        Some(id) if assignment.assigned(&id) => {
            student.submit(&id, submission(path.to_path_buf(), shown.to_string(), kind));
        }
        Some(_) => {}
        None => student.add_note(note(
            shown,
            &format!(
                "listed in {at}, but which exercise is it? Name it <topic>/<name>.py or add the exercise id as a third column"
            ),
        )),
    }
}

/// `…/<topic>/<name>.py` → `<topic>/<name>` if the pack has it, or a bare
/// `<name>.py` whose name is unique in the assignment.
fn id_from_path(path: &Path, assignment: &Assignment) -> Option<String> {
    let stem = path.file_name()?.to_str()?.strip_suffix(".py")?;
    let topic = path.parent()?.file_name()?.to_str()?;
    let id = format!("{topic}/{stem}");
    if assignment.pack_ids.contains(&id) {
        return Some(id);
    }
    assignment.by_name(stem).map(str::to_string)
}

/// A CSV record and the line it starts on.
type Record = (usize, Vec<String>);

/// RFC 4180 records; `Err((line, why))`.
fn parse_csv(text: &str) -> Result<Vec<Record>, (usize, String)> {
    let mut rows = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut was_quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            '"' => {
                return Err((
                    line,
                    "a quote inside an unquoted field; quote the whole field and double the quote"
                        .into(),
                ));
            }
            ',' => {
                fields.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                rows.push((start, std::mem::take(&mut fields)));
                was_quoted = false;
                line += 1;
                start = line;
            }
            c if was_quoted => {
                return Err((line, format!("unexpected {c:?} after a closing quote")));
            }
            c => field.push(c),
        }
    }
    if quoted {
        return Err((start, "a quoted field is never closed".into()));
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        rows.push((start, fields));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::parse_csv;

    #[test]
    fn csv_quoting_and_lines() {
        let rows = parse_csv(
            "student,path\n\"smith, jo\",\"a \"\"b\"\".py\"\r\nx,\"multi\nline\"\nlast,row",
        )
        .expect("valid");
        assert_eq!(rows[0], (1, vec!["student".into(), "path".into()]));
        assert_eq!(rows[1], (2, vec!["smith, jo".into(), "a \"b\".py".into()]));
        assert_eq!(rows[2], (3, vec!["x".into(), "multi\nline".into()]));
        assert_eq!(rows[3], (5, vec!["last".into(), "row".into()]));
    }

    #[test]
    fn malformed_csv_names_the_line() {
        assert_eq!(parse_csv("a,b\nc,\"open\n").expect_err("open").0, 2);
        assert_eq!(parse_csv("a,b\nc,d\"e\n").expect_err("stray").0, 2);
    }
}
