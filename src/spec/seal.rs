//! Sealed expectations: `expect_sha256: {salt: <hex>, digest: <hex>}` in a
//! spec, and rewriting a spec's text so that its hidden cases carry a digest
//! instead of their expected output.
//!
//! The rewrite edits the author's text in place (comments, layout and keys
//! this module does not know about survive); the caller re-parses the result
//! and checks it means the same as the original, so a layout this module
//! cannot handle is an error, never a leak.

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{Case, Compare, Exercise, Expected, SpecError};

/// Bytes of random salt `grader seal` gives each case.
pub const SALT_BYTES: usize = 16;
/// Salts in a spec may be this long, in bytes.
const SALT_RANGE: std::ops::RangeInclusive<usize> = 8..=64;
/// A SHA-256 digest.
pub const DIGEST_BYTES: usize = 32;

/// A sealed expectation: the digest of the salted, normalised expected output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seal {
    pub salt: Vec<u8>,
    pub digest: [u8; DIGEST_BYTES],
}

impl Seal {
    /// The YAML value written for `expect_sha256`.
    pub fn to_yaml_flow(&self) -> String {
        format!(
            "{{salt: {}, digest: {}}}",
            hex_encode(&self.salt),
            hex_encode(&self.digest)
        )
    }
}

/// Validates `expect_sha256` of case `name`; errors name file and line.
pub(super) fn parse(
    file: &str,
    name: &str,
    spec: &Spanned<super::model::SealSpec>,
    hidden: bool,
    compare: Compare,
    errors: &mut Vec<SpecError>,
) -> Option<Seal> {
    let line = Some(spec.referenced.line());
    if !hidden {
        errors.push(SpecError::at(
            file,
            line,
            format!(
                "case {name:?}: `expect_sha256` is only for hidden cases (a visible case shows its expected output); add `hidden: true` or give `expect`"
            ),
        ));
    }
    if compare == Compare::Numeric {
        errors.push(SpecError::at(
            file,
            line,
            format!(
                "case {name:?}: a `compare: numeric` case cannot be sealed (numbers within a tolerance have no single digest); give `expect`"
            ),
        ));
    }
    let salt = &spec.value.salt;
    let salt_bytes = match hex_decode(&salt.value) {
        Some(b) if SALT_RANGE.contains(&b.len()) => Some(b),
        _ => {
            errors.push(SpecError::at(
                file,
                Some(salt.referenced.line()),
                format!(
                    "case {name:?}: `salt` must be {} to {} hexadecimal digits; seal the pack again with `grader seal`",
                    SALT_RANGE.start() * 2,
                    SALT_RANGE.end() * 2
                ),
            ));
            None
        }
    };
    let digest = &spec.value.digest;
    let digest_bytes = match hex_decode(&digest.value).map(<[u8; DIGEST_BYTES]>::try_from) {
        Some(Ok(d)) => Some(d),
        _ => {
            errors.push(SpecError::at(
                file,
                Some(digest.referenced.line()),
                format!(
                    "case {name:?}: `digest` must be {} hexadecimal digits (a SHA-256 digest); seal the pack again with `grader seal`",
                    DIGEST_BYTES * 2
                ),
            ));
            None
        }
    };
    Some(Seal {
        salt: salt_bytes?,
        digest: digest_bytes?,
    })
}

/// Lower-case hexadecimal.
pub fn hex_encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

/// Hexadecimal (either case) to bytes; `None` unless every digit is valid.
pub fn hex_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    if !text.len().is_multiple_of(2) {
        return None;
    }
    let digit = |c: u8| {
        char::from(c)
            .to_digit(16)
            .and_then(|d| u8::try_from(d).ok())
    };
    text.as_bytes()
        .chunks(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

/// Just enough of `exercise.yaml` to find each case's `expect`; unknown keys
/// are ignored here because the full parse has already checked them.
#[derive(Deserialize)]
struct CaseLocations {
    #[serde(default)]
    cases: Vec<CaseLocation>,
}

#[derive(Deserialize)]
struct CaseLocation {
    name: Spanned<String>,
    #[serde(default)]
    expect: Option<Spanned<String>>,
}

/// `text` (which parsed as `exercise`) with the `expect` of every hidden case
/// replaced by `expect_sha256`, made by `seal` from the case and its expected
/// text.  Returns the new text and how many cases were sealed.  Cases already
/// sealed stay as they are.
pub fn seal_text(
    file: &str,
    text: &str,
    exercise: &Exercise,
    mut seal: impl FnMut(&Case, &str) -> Result<Seal, String>,
) -> Result<(String, usize), Vec<SpecError>> {
    let raw: CaseLocations =
        serde_saphyr::from_str(text).map_err(|e| vec![SpecError::from_yaml(file, &e)])?;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut edits = Vec::new();
    let mut errors = Vec::new();
    for (case, at) in exercise.cases.iter().zip(&raw.cases) {
        // Only stdout has a sealed form: other expectations of a hidden
        // case would stay readable in the sealed copy, so refuse them.
        let unsealable = case.expect_stderr.is_some()
            || case.files.iter().any(|f| {
                matches!(
                    f,
                    super::FileExpect::Path {
                        content: Some(_),
                        ..
                    }
                )
            });
        if case.hidden && unsealable {
            errors.push(SpecError::at(
                file,
                Some(at.name.referenced.line()),
                format!(
                    "hidden case {:?} expects stderr or a file's content, which cannot be sealed (only printed output becomes a digest); check it through stdout, or make the case visible",
                    case.name
                ),
            ));
            continue;
        }
        let Expected::Text(expected) = &case.expect else {
            continue;
        };
        if !case.hidden {
            continue;
        }
        let name_line = at.name.referenced.line();
        if case.compare == Compare::Numeric {
            errors.push(SpecError::at(
                file,
                Some(name_line),
                format!(
                    "hidden case {:?} uses `compare: numeric`, which cannot be sealed (numbers within a tolerance have no single digest); have it print rounded numbers with the default compare, or make it visible",
                    case.name
                ),
            ));
            continue;
        }
        let Some(value) = &at.expect else {
            errors.push(SpecError::at(
                file,
                Some(name_line),
                format!("case {:?}: cannot find its `expect`", case.name),
            ));
            continue;
        };
        match locate(&lines, value).and_then(|span| Ok((span, seal(case, expected)?))) {
            Ok((span, sealed)) => edits.push((span, sealed.to_yaml_flow())),
            Err(why) => errors.push(SpecError::at(
                file,
                Some(value.referenced.line()),
                format!("cannot seal case {:?}: {why}", case.name),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let count = edits.len();
    let mut out = text.to_string();
    // Back to front, so earlier byte ranges stay valid.
    edits.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    for (span, value) in edits {
        out.replace_range(span, &format!("expect_sha256: {value}"));
    }
    Ok((out, count))
}

/// The byte range from an `expect` key to the end of its value's last line
/// (line break excluded), found from the value's position by YAML's block
/// indentation rule: a value's lines are indented more than its key.
fn locate(lines: &[&str], value: &Spanned<String>) -> Result<std::ops::Range<usize>, String> {
    locate_key(lines, value, "expect")
}

/// [`locate`] for any `key` (a quiz question's `answer`, …).
pub(crate) fn locate_key(
    lines: &[&str],
    value: &Spanned<String>,
    key: &str,
) -> Result<std::ops::Range<usize>, String> {
    let unsupported = format!(
        "its `{key}` is not written as a block-style `{key}:` key; write it as a block mapping (one key per line) and seal again"
    );
    let unsupported = unsupported.as_str();
    let offset_of = |i: usize| lines[..i].iter().map(|l| l.len()).sum::<usize>();
    let value_line = usize::try_from(value.referenced.line())
        .ok()
        .and_then(|l| l.checked_sub(1))
        .filter(|&i| i < lines.len())
        .ok_or("its position in the file is unknown")?;
    let column = usize::try_from(value.referenced.column())
        .ok()
        .and_then(|c| c.checked_sub(1))
        .unwrap_or(0);
    // The key is on the value's line (`expect: "x"`), or on the nearest line
    // above it that is not blank nor a comment (`expect: |` then the text).
    let on_value_line: String = lines[value_line].chars().take(column).collect();
    let key_line = if on_value_line.trim().is_empty() {
        (0..value_line)
            .rev()
            .find(|&i| {
                let t = lines[i].trim();
                !t.is_empty() && !t.starts_with('#')
            })
            .ok_or(unsupported)?
    } else {
        value_line
    };
    let line = lines[key_line];
    let indent = line.len() - line.trim_start_matches([' ', '-']).len();
    // `- ` entries may precede the key; anything else (quotes, flow `{`) is unsupported.
    if !line[..indent].chars().all(|c| c == ' ' || c == '-')
        || line[..indent].ends_with('-')
        || !line[indent..].starts_with(key)
    {
        return Err(unsupported.into());
    }
    let after = line[indent + key.len()..].trim_start_matches(' ');
    let Some(rest) = after.strip_prefix(':') else {
        return Err(unsupported.into());
    };
    if key_line != value_line {
        // Only a block scalar header (and a comment) may follow the key.
        let header = rest.split(" #").next().unwrap_or("").trim();
        if !header
            .chars()
            .all(|c| matches!(c, '|' | '>' | '+' | '-') || c.is_ascii_digit())
        {
            return Err(unsupported.into());
        }
    }
    let mut last = key_line;
    for (i, l) in lines.iter().enumerate().skip(key_line + 1) {
        let content = l.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            continue;
        }
        if content.len() - content.trim_start_matches(' ').len() <= indent {
            break;
        }
        last = i;
    }
    let start = offset_of(key_line) + indent;
    let end = offset_of(last) + lines[last].trim_end_matches(['\n', '\r']).len();
    Ok(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_rejects_junk() {
        let bytes = [0u8, 1, 0x7f, 0x80, 0xff];
        assert_eq!(hex_encode(&bytes), "00017f80ff");
        assert_eq!(hex_decode("00017F80ff").as_deref(), Some(&bytes[..]));
        assert_eq!(hex_decode("abc"), None);
        assert_eq!(hex_decode("zz"), None);
        assert_eq!(hex_decode("+1"), None);
    }

    const SPEC: &str = "title: t\ndifficulty: 1\nstatement: s\ninterface: i\ncases:\n  - name: shown\n    code: print(1)\n    expect: \"1\\n\"\n  - name: block\n    hidden: true\n    code: |\n      print('a')\n    expect: |\n      secret one\n\n      secret two\n    # a note on the next case\n  - expect: \"first key\\n\"\n    name: leading\n    hidden: true\n    code: print(2)\n  - name: quoted-on-next-line\n    hidden: true\n    code: print(3)\n    expect:\n      \"multi\n      line\"\n    compare: exact\n";

    fn fixed(_: &Case, _: &str) -> Result<Seal, String> {
        Ok(Seal {
            salt: vec![0xab; SALT_BYTES],
            digest: [0xcd; DIGEST_BYTES],
        })
    }

    #[test]
    fn seals_hidden_cases_in_every_layout_and_keeps_the_rest() {
        let ex = super::super::parse_exercise("t/x", "x.yaml", SPEC).expect("parses");
        let (out, n) = seal_text("x.yaml", SPEC, &ex, fixed).expect("seals");
        assert_eq!(n, 3);
        for secret in ["secret", "first key", "multi", "line\""] {
            assert!(!out.contains(secret), "{secret} left in:\n{out}");
        }
        assert!(
            out.contains("expect: \"1\\n\""),
            "visible case kept:\n{out}"
        );
        assert!(out.contains("# a note on the next case"));
        assert!(out.contains("compare: exact"));
        let sealed = super::super::parse_exercise("t/x", "x.yaml", &out).expect("reparses");
        assert_eq!(sealed.cases.len(), 4);
        assert_eq!(sealed.cases[0].expect, ex.cases[0].expect);
        for case in &sealed.cases[1..] {
            assert_eq!(
                Expected::Sealed(fixed(case, "").expect("seal")),
                case.expect,
                "{out}"
            );
        }
        assert_eq!(sealed.cases[3].compare, Compare::Exact);
    }

    #[test]
    fn numeric_hidden_cases_are_refused_by_name_and_line() {
        let spec = "title: t\ndifficulty: 1\nstatement: s\ninterface: i\ncases:\n  - name: mean\n    hidden: true\n    compare: numeric\n    code: print(1)\n    expect: \"1.0\\n\"\n";
        let ex = super::super::parse_exercise("t/x", "x.yaml", spec).expect("parses");
        let errs = seal_text("x.yaml", spec, &ex, fixed).expect_err("refused");
        assert_eq!(errs[0].line, Some(6));
        assert!(errs[0].message.contains("\"mean\""));
        assert!(errs[0].message.contains("numeric"));
    }

    #[test]
    fn flow_style_cases_are_refused_not_mangled() {
        let spec = "title: t\ndifficulty: 1\nstatement: s\ninterface: i\ncases:\n  - {name: a, hidden: true, code: print(1), expect: \"1\\n\"}\n";
        let ex = super::super::parse_exercise("t/x", "x.yaml", spec).expect("parses");
        let errs = seal_text("x.yaml", spec, &ex, fixed).expect_err("refused");
        assert!(errs[0].message.contains("block"), "{}", errs[0]);
    }
}
