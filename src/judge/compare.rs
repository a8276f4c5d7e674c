//! Output comparison modes, sealed (digest) comparison, and the diff shown
//! when outputs disagree.

use sha2::{Digest, Sha256};
use similar::TextDiff;

use crate::spec::Compare;
use crate::spec::seal::{DIGEST_BYTES, Seal};

/// Does `actual` match `expected` under `mode`?
pub fn matches(mode: Compare, tolerance: f64, expected: &str, actual: &str) -> bool {
    match mode {
        Compare::Numeric => {
            numeric_equal(&trim_trailing(expected), &trim_trailing(actual), tolerance)
        }
        _ => normalise(mode, expected) == normalise(mode, actual),
    }
}

/// The canonical form of an output under `mode`: two outputs match exactly
/// when their canonical forms are equal.  `None` for `numeric`, which
/// compares within a tolerance and so has no canonical form.
pub fn normalise(mode: Compare, text: &str) -> Option<String> {
    match mode {
        Compare::Exact => Some(text.to_string()),
        Compare::TrailingWhitespace => Some(trim_trailing(text)),
        // Lines hold no `\n`, so joining keeps distinct line lists distinct.
        Compare::UnorderedLines => Some(sorted_lines(text).join("\n")),
        Compare::Numeric => None,
    }
}

/// Domain tag of the sealed digest; a new digest format gets a new tag.
const SEAL_TAG: &[u8] = b"grader-seal-v1\n";

/// SHA-256 of the tag, the salt's length (one byte), the salt, and the
/// canonical output.  Documented in exercises/README.md.
pub fn sealed_digest(salt: &[u8], canonical: &str) -> [u8; DIGEST_BYTES] {
    let mut h = Sha256::new();
    h.update(SEAL_TAG);
    h.update([u8::try_from(salt.len()).unwrap_or(u8::MAX)]);
    h.update(salt);
    h.update(canonical.as_bytes());
    h.finalize().into()
}

/// Seals `expected` under `mode` with `salt`; `None` for `numeric`.
pub fn seal(mode: Compare, expected: &str, salt: Vec<u8>) -> Option<Seal> {
    let canonical = normalise(mode, expected)?;
    let digest = sealed_digest(&salt, &canonical);
    Some(Seal { salt, digest })
}

/// Does `actual` match the sealed expectation under `mode`?
pub fn matches_sealed(mode: Compare, seal: &Seal, actual: &str) -> bool {
    normalise(mode, actual).is_some_and(|c| sealed_digest(&seal.salt, &c) == seal.digest)
}

/// A unified diff from expected to actual, in the form compared (so that
/// ignored whitespace does not show up as a difference).
pub fn diff(mode: Compare, expected: &str, actual: &str) -> String {
    let (e, a) = match mode {
        Compare::Exact => (expected.to_string(), actual.to_string()),
        Compare::UnorderedLines => (
            sorted_lines(expected).join("\n") + "\n",
            sorted_lines(actual).join("\n") + "\n",
        ),
        Compare::TrailingWhitespace | Compare::Numeric => (
            with_newline(trim_trailing(expected)),
            with_newline(trim_trailing(actual)),
        ),
    };
    let mut out = TextDiff::from_lines(&e, &a)
        .unified_diff()
        .context_radius(3)
        .header("expected", "actual")
        .to_string();
    if mode == Compare::Exact && e.trim_end_matches('\n') == a.trim_end_matches('\n') && e != a {
        out.push_str("(the outputs differ only in trailing newlines)\n");
    }
    out
}

fn with_newline(s: String) -> String {
    if s.is_empty() { s } else { s + "\n" }
}

/// Trailing spaces on every line and trailing blank lines removed.
pub fn trim_trailing(s: &str) -> String {
    let lines: Vec<&str> = s.lines().map(str::trim_end).collect();
    let keep = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(0, |i| i + 1);
    lines[..keep].join("\n")
}

fn sorted_lines(s: &str) -> Vec<String> {
    let mut lines: Vec<String> = trim_trailing(s).lines().map(str::to_string).collect();
    lines.sort();
    lines
}

/// Text with numbers compared within `tol` (absolute or relative), the rest exactly.
fn numeric_equal(expected: &str, actual: &str, tol: f64) -> bool {
    let (e, a) = (tokens(expected), tokens(actual));
    e.len() == a.len()
        && e.iter().zip(&a).all(|(x, y)| match (x, y) {
            (Token::Number(x), Token::Number(y)) => numbers_close(*x, *y, tol),
            (Token::Text(x), Token::Text(y)) => x == y,
            _ => false,
        })
}

/// `actual` is within `tol` of `expected`, absolutely (`|a − e| ≤ tol`) or
/// relatively (`|a − e| ≤ tol · max(|a|, |e|)`).  A non-finite number (a
/// literal such as `1e999` overflows to infinity) matches only the same
/// non-finite value: without this rule an infinite actual value would be
/// "relatively close" to every expected number.
fn numbers_close(expected: f64, actual: f64, tol: f64) -> bool {
    if !expected.is_finite() || !actual.is_finite() {
        return expected == actual || (expected.is_nan() && actual.is_nan());
    }
    let d = (expected - actual).abs();
    d <= tol || d <= tol * expected.abs().max(actual.abs())
}

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Number(f64),
    Text(&'a str),
}

/// Splits text into numbers and the text between them.
fn tokens(s: &str) -> Vec<Token<'_>> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut text_start) = (0, 0);
    while i < bytes.len() {
        if let Some(end) = number_end(bytes, i) {
            if text_start < i {
                out.push(Token::Text(&s[text_start..i]));
            }
            match s[i..end].parse::<f64>() {
                Ok(n) => out.push(Token::Number(n)),
                Err(_) => out.push(Token::Text(&s[i..end])),
            }
            i = end;
            text_start = end;
        } else {
            i += 1;
        }
    }
    if text_start < bytes.len() {
        out.push(Token::Text(&s[text_start..]));
    }
    out
}

/// If a number starts at `i` (and is not the tail of a word), where it ends.
fn number_end(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] == b'.') {
        return None;
    }
    let mut j = i;
    if j < b.len() && b[j] == b'-' {
        j += 1;
    }
    let digits = |j: &mut usize| {
        let start = *j;
        while *j < b.len() && b[*j].is_ascii_digit() {
            *j += 1;
        }
        *j > start
    };
    let mut seen = digits(&mut j);
    if j < b.len() && b[j] == b'.' {
        let mut k = j + 1;
        if digits(&mut k) {
            seen = true;
            j = k;
        }
    }
    if !seen {
        return None;
    }
    if j < b.len() && (b[j] == b'e' || b[j] == b'E') {
        let mut k = j + 1;
        if k < b.len() && (b[k] == b'-' || b[k] == b'+') {
            k += 1;
        }
        if digits(&mut k) {
            j = k;
        }
    }
    Some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_whitespace_is_the_default_tolerance() {
        assert!(matches(
            Compare::TrailingWhitespace,
            0.0,
            "a\nb\n",
            "a  \nb\n\n\n"
        ));
        assert!(!matches(
            Compare::TrailingWhitespace,
            0.0,
            "a\nb\n",
            " a\nb\n"
        ));
        assert!(!matches(Compare::Exact, 0.0, "a\n", "a"));
    }

    #[test]
    fn unordered_lines_ignore_order_not_content() {
        assert!(matches(Compare::UnorderedLines, 0.0, "x\ny\n", "y\nx\n"));
        assert!(!matches(Compare::UnorderedLines, 0.0, "x\ny\n", "y\ny\n"));
    }

    #[test]
    fn numeric_tolerance() {
        assert!(matches(
            Compare::Numeric,
            1e-6,
            "mean 0.3333333\n",
            "mean 0.33333333333\n"
        ));
        assert!(matches(
            Compare::Numeric,
            1e-3,
            "[1.0, 2.0]",
            "[1.0004, 1.9996]"
        ));
        assert!(!matches(
            Compare::Numeric,
            1e-6,
            "mean 0.33\n",
            "mean 0.34\n"
        ));
        assert!(!matches(Compare::Numeric, 1e-6, "x1 2", "x2 2"));
        assert!(!matches(Compare::Numeric, 1e-6, "1 2", "1 2 3"));
        assert!(matches(Compare::Numeric, 1e-9, "1e6", "1000000.0"));
    }

    #[test]
    fn numeric_refuses_non_finite_unless_expected() {
        // 1e999 overflows to infinity: it must not be "relatively close" to 2.
        assert!(!matches(Compare::Numeric, 1e-6, "2.0", "1e999"));
        assert!(!matches(Compare::Numeric, 1e-6, "-2.0", "-1e999"));
        assert!(!matches(Compare::Numeric, 0.5, "0", "1e999"));
        assert!(!matches(Compare::Numeric, 1e-6, "1e999", "2.0"));
        assert!(!matches(Compare::Numeric, 1e-6, "1e999", "-1e999"));
        // The same non-finite value on both sides matches.
        assert!(matches(Compare::Numeric, 1e-6, "1e999", "1e999"));
        assert!(matches(Compare::Numeric, 1e-6, "-1e999 x", "-1e400 x"));
        // `inf` and `nan` are words, compared as text.
        assert!(matches(Compare::Numeric, 1e-6, "inf nan", "inf nan"));
        assert!(!matches(Compare::Numeric, 1e-6, "1.0", "inf"));
        assert!(!matches(Compare::Numeric, 1e-6, "1.0", "nan"));
    }

    #[test]
    fn numeric_tolerance_is_absolute_or_relative() {
        // Absolute: near zero, where a relative bound would be tiny.
        assert!(matches(Compare::Numeric, 1e-3, "0", "0.0009"));
        assert!(!matches(Compare::Numeric, 1e-3, "0", "0.0011"));
        // Relative: for large numbers, where an absolute bound would be tiny.
        assert!(matches(Compare::Numeric, 1e-3, "1000000", "1000900"));
        assert!(!matches(Compare::Numeric, 1e-3, "1000000", "1001100"));
    }

    #[test]
    fn sealed_matching_agrees_with_plain_matching() {
        let salt = vec![7u8; 16];
        let pairs = [
            ("a\nb\n", "a  \nb\n\n"),
            ("a\nb\n", "a\nc\n"),
            ("x\ny\n", "y\nx\n"),
            ("x\n\ny", "\nx\ny"),
            ("a\n", "a"),
            ("", "\n\n"),
        ];
        for mode in [
            Compare::Exact,
            Compare::TrailingWhitespace,
            Compare::UnorderedLines,
        ] {
            for (expected, actual) in pairs {
                let sealed = seal(mode, expected, salt.clone()).expect("sealable");
                assert_eq!(
                    matches_sealed(mode, &sealed, actual),
                    matches(mode, 0.0, expected, actual),
                    "{mode:?} {expected:?} {actual:?}"
                );
            }
        }
        assert!(seal(Compare::Numeric, "1.0", salt).is_none());
    }

    #[test]
    fn the_salt_changes_the_digest() {
        let a = seal(Compare::Exact, "42\n", vec![1; 16]).expect("seal");
        let b = seal(Compare::Exact, "42\n", vec![2; 16]).expect("seal");
        assert_ne!(a.digest, b.digest);
        assert!(matches_sealed(Compare::Exact, &a, "42\n"));
        assert!(!matches_sealed(Compare::Exact, &a, "43\n"));
    }

    #[test]
    fn diff_names_both_sides() {
        let d = diff(Compare::TrailingWhitespace, "a\nb\n", "a\nc\n");
        assert!(d.contains("--- expected") && d.contains("+++ actual"));
        assert!(d.contains("-b") && d.contains("+c"));
    }
}
