//! The file a learner starts from: the pack's `starter.py` with the
//! exercise's statement as its module docstring, so the task is in front of
//! them in their editor.

use crate::spec::Exercise;

/// The learner's starting file for `ex`, from the pack's `starter.py` text.
/// The starter's own module docstring (a one-line pointer) is replaced.
pub fn render(ex: &Exercise, starter: &str) -> String {
    let body = format!(
        "{title} ({id}, difficulty {d}/3)\n\n{statement}\n\n\
         Check your work:  grader check {id}.py   (or keep `grader watch` running)\n\
         Stuck?            grader hint {id}\n",
        title = ex.title.trim(),
        id = ex.id,
        d = ex.difficulty,
        statement = ex.statement.trim_end(),
    );
    let (head, code) = split_docstring(starter);
    let code = code.trim_start_matches(['\n', '\r']);
    let mut out = String::with_capacity(starter.len() + body.len() + 16);
    out.push_str(head);
    out.push_str(&docstring(&body));
    out.push('\n');
    if !code.trim().is_empty() {
        out.push('\n');
        out.push_str(code);
        if !code.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// A Python string literal holding `body` exactly, as readable as possible:
/// raw when it has backslashes, with whichever triple quote it lacks.
fn docstring(body: &str) -> String {
    // `body` ends with a newline, so a raw string never ends in a backslash
    // or in a quote that would merge with the closing ones.
    debug_assert!(body.ends_with('\n'));
    let raw = if body.contains('\\') { "r" } else { "" };
    for quote in ["\"\"\"", "'''"] {
        if !body.contains(quote) {
            return format!("{raw}{quote}{body}{quote}");
        }
    }
    // Both kinds of triple quote appear: escape instead.
    let escaped = body.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    format!("\"\"\"{escaped}\"\"\"")
}

/// Splits a starter into the comment lines above its module docstring (a
/// shebang, a coding line) and the code after the docstring.  Without a
/// docstring, the code is everything after those comment lines.
fn split_docstring(src: &str) -> (&str, &str) {
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            offset += line.len();
            continue;
        }
        break;
    }
    let head = &src[..offset];
    let rest = &src[offset..];
    let unprefixed = rest.trim_start_matches(['r', 'R', 'u', 'U']);
    let prefix = rest.len() - unprefixed.len();
    if prefix > 1 {
        return (head, rest);
    }
    for quote in ["\"\"\"", "'''"] {
        if let Some(inner) = unprefixed.strip_prefix(quote)
            && let Some(end) = inner.find(quote)
        {
            let after = &inner[end + quote.len()..];
            // Drop the remainder of the closing line (usually just "\n").
            let after = after.split_once('\n').map_or("", |(_, tail)| tail);
            return (head, after);
        }
    }
    for quote in ['"', '\''] {
        if let Some(inner) = unprefixed.strip_prefix(quote) {
            let (line, tail) = inner.split_once('\n').unwrap_or((inner, ""));
            if line.trim_end().ends_with(quote) {
                return (head, tail);
            }
        }
    }
    (head, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise(statement: &str) -> Exercise {
        let yaml = format!(
            "title: Square\ndifficulty: 2\nstatement: {statement:?}\ninterface: x\n\
             cases:\n  - name: a\n    code: print(1)\n    expect: \"1\\n\"\n"
        );
        crate::spec::parse_exercise("probe/square", "exercise.yaml", &yaml).expect("spec")
    }

    #[test]
    fn the_starters_docstring_is_replaced_by_the_statement() {
        let ex = exercise("Write `square(x)`.");
        let out = render(
            &ex,
            "\"\"\"Square: see `grader show probe/square`.\"\"\"\n\nimport math\n\n\ndef square(x):\n    raise NotImplementedError\n",
        );
        assert!(
            out.starts_with("\"\"\"Square (probe/square, difficulty 2/3)\n\nWrite `square(x)`.\n")
        );
        assert!(!out.contains("grader show"), "{out}");
        assert!(
            out.contains("grader hint probe/square\n\"\"\"\n\nimport math\n\n\ndef square(x):")
        );
        assert_eq!(out.matches("\"\"\"").count(), 2);
    }

    #[test]
    fn a_starter_without_docstring_keeps_all_its_code() {
        let ex = exercise("s");
        let out = render(&ex, "#!/usr/bin/env python3\ndef square(x):\n    pass\n");
        assert!(
            out.starts_with("#!/usr/bin/env python3\n\"\"\"Square"),
            "{out}"
        );
        assert!(
            out.ends_with("\"\"\"\n\ndef square(x):\n    pass\n"),
            "{out}"
        );
        let single = render(&ex, "'one line'\nX = 1");
        assert!(single.ends_with("\"\"\"\n\nX = 1\n"), "{single}");
    }

    #[test]
    fn quotes_and_backslashes_in_the_statement_survive() {
        assert_eq!(docstring("a\n"), "\"\"\"a\n\"\"\"");
        assert_eq!(docstring("a\\n\n"), "r\"\"\"a\\n\n\"\"\"");
        assert_eq!(docstring("\"\"\"x\"\"\"\n"), "'''\"\"\"x\"\"\"\n'''");
        assert_eq!(
            docstring("\"\"\" ''' \\\n"),
            "\"\"\"\\\"\\\"\\\" ''' \\\\\n\"\"\""
        );
    }
}
