//! Unified diffs (`diff -u`, `git diff`) applied to a project tree: how a
//! pack writes a known-wrong project as one readable change to its solution.
//!
//! Application is strict: each hunk must match the file exactly at the line
//! it names (no fuzz, no offset search).  Mutants are written against the
//! solution beside them, so any mismatch means the patch and the solution
//! drifted apart, and `verify` must say so rather than guess.  (Crates such
//! as `diffy` apply one file's patch; multi-file patches, creation and
//! deletion through `/dev/null` would need this same splitting around them.)

use super::Tree;

/// Applies `patch` (named `name` in errors) to a copy of `tree`.
pub fn apply(tree: &Tree, patch: &str, name: &str) -> Result<Tree, String> {
    let mut out = tree.clone();
    let lines: Vec<&str> = patch.split_inclusive('\n').collect();
    let mut i = 0;
    let mut files = 0;
    while i < lines.len() {
        if !(lines[i].starts_with("--- ")
            && lines.get(i + 1).is_some_and(|l| l.starts_with("+++ ")))
        {
            i += 1;
            continue;
        }
        let old = path_of(&lines[i][4..]);
        let new = path_of(&lines[i + 1][4..]);
        let header_line = i + 1;
        i += 2;
        files += 1;
        let target = new
            .clone()
            .or_else(|| old.clone())
            .ok_or_else(|| format!("{name}:{header_line}: both sides are /dev/null"))?;
        let original: Vec<String> = match &old {
            None => Vec::new(),
            Some(p) => {
                let bytes = out.files.get(p).ok_or_else(|| {
                    format!("{name}:{header_line}: {p} does not exist in the solution")
                })?;
                String::from_utf8(bytes.clone())
                    .map_err(|_| format!("{name}:{header_line}: {p} is not UTF-8 text"))?
                    .split_inclusive('\n')
                    .map(str::to_string)
                    .collect()
            }
        };
        let mut result: Vec<String> = Vec::new();
        let mut cursor = 0usize;
        while i < lines.len() && lines[i].starts_with("@@") {
            let at = i + 1;
            let (old_start, old_len) = hunk_start(lines[i]).ok_or_else(|| {
                format!(
                    "{name}:{at}: malformed hunk header {:?}",
                    lines[i].trim_end()
                )
            })?;
            i += 1;
            let mut minus: Vec<String> = Vec::new();
            let mut plus: Vec<String> = Vec::new();
            while i < lines.len() && !lines[i].starts_with("@@") && !lines[i].starts_with("--- ") {
                let l = lines[i];
                if l.starts_with('\\') {
                    // "\ No newline at end of file": the line before ends without one.
                    if let Some(prev) = lines.get(i - 1) {
                        let strip = |v: &mut Vec<String>| {
                            if let Some(last) = v.last_mut()
                                && last.ends_with('\n')
                            {
                                last.pop();
                            }
                        };
                        match prev.chars().next() {
                            Some('-') => strip(&mut minus),
                            Some('+') => strip(&mut plus),
                            _ => {
                                strip(&mut minus);
                                strip(&mut plus);
                            }
                        }
                    }
                } else if let Some(rest) = l.strip_prefix('-') {
                    minus.push(rest.to_string());
                } else if let Some(rest) = l.strip_prefix('+') {
                    plus.push(rest.to_string());
                } else if let Some(rest) = l.strip_prefix(' ') {
                    minus.push(rest.to_string());
                    plus.push(rest.to_string());
                } else if l == "\n" {
                    // An empty context line whose space an editor trimmed.
                    minus.push("\n".into());
                    plus.push("\n".into());
                } else {
                    break;
                }
                i += 1;
            }
            if minus.len() != old_len {
                return Err(format!(
                    "{name}:{at}: the hunk says {old_len} old line(s) but holds {}",
                    minus.len()
                ));
            }
            // `-l,0` means "after line l".
            let start = if old_len == 0 {
                old_start
            } else {
                old_start.saturating_sub(1)
            };
            if start < cursor || start + old_len > original.len() {
                return Err(format!(
                    "{name}:{at}: the hunk is outside {target} ({} lines)",
                    original.len()
                ));
            }
            if original[start..start + old_len] != minus[..] {
                return Err(format!(
                    "{name}:{at}: the hunk does not match {target} at line {}; regenerate the patch against the solution",
                    start + 1
                ));
            }
            result.extend_from_slice(&original[cursor..start]);
            result.extend(plus);
            cursor = start + old_len;
        }
        result.extend_from_slice(&original[cursor..]);
        if let Some(p) = &old
            && new.as_ref() != Some(p)
        {
            out.files.remove(p);
        }
        if let Some(p) = new {
            out.files.insert(p, result.concat().into_bytes());
        }
    }
    if files == 0 {
        return Err(format!(
            "{name}: no `--- a/…` / `+++ b/…` file headers: not a unified diff"
        ));
    }
    Ok(out)
}

/// `a/pkg/mod.py\t2024-…` → `pkg/mod.py`; `/dev/null` → `None`.
fn path_of(header: &str) -> Option<String> {
    let p = header.trim_end_matches(['\n', '\r']);
    let p = p.split('\t').next().unwrap_or(p).trim();
    if p == "/dev/null" {
        return None;
    }
    let p = p
        .strip_prefix("a/")
        .or_else(|| p.strip_prefix("b/"))
        .unwrap_or(p);
    Some(p.to_string())
}

/// `@@ -12,3 +12,4 @@` → (12, 3).
fn hunk_start(header: &str) -> Option<(usize, usize)> {
    let rest = header.strip_prefix("@@ -")?;
    let old = rest.split_whitespace().next()?;
    let (start, len) = match old.split_once(',') {
        Some((s, l)) => (s.parse().ok()?, l.parse().ok()?),
        None => (old.parse().ok()?, 1),
    };
    Some((start, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &str)]) -> Tree {
        let mut t = Tree::default();
        for (p, c) in files {
            t.files.insert(p.to_string(), c.as_bytes().to_vec());
        }
        t
    }

    #[test]
    fn applies_changes_creations_and_deletions() {
        let t = tree(&[("pkg/a.py", "one\ntwo\nthree\n"), ("old.py", "x\n")]);
        let patch = "--- a/pkg/a.py\n+++ b/pkg/a.py\n@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n--- a/old.py\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n--- /dev/null\n+++ b/new.py\n@@ -0,0 +1,2 @@\n+n1\n+n2\n";
        let out = apply(&t, patch, "p.patch").expect("applies");
        assert_eq!(out.files["pkg/a.py"], b"one\nTWO\nthree\n");
        assert!(!out.files.contains_key("old.py"));
        assert_eq!(out.files["new.py"], b"n1\nn2\n");
    }

    #[test]
    fn a_drifted_hunk_is_an_error_naming_the_line() {
        let t = tree(&[("a.py", "one\ntwo\n")]);
        let patch = "--- a/a.py\n+++ b/a.py\n@@ -1,2 +1,2 @@\n one\n-deux\n+2\n";
        let err = apply(&t, patch, "w.patch").expect_err("drifted");
        assert!(err.starts_with("w.patch:3:"), "{err}");
        assert!(err.contains("does not match a.py at line 1"), "{err}");
    }

    #[test]
    fn no_newline_at_end_of_file() {
        let t = tree(&[("a.py", "x = 1")]);
        let patch =
            "--- a/a.py\n+++ b/a.py\n@@ -1 +1 @@\n-x = 1\n\\ No newline at end of file\n+x = 2\n";
        let out = apply(&t, patch, "p").expect("applies");
        assert_eq!(out.files["a.py"], b"x = 2\n");
    }

    #[test]
    fn not_a_diff() {
        assert!(apply(&Tree::default(), "hello\n", "p").is_err());
    }
}
