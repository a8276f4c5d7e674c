//! `kind: quiz`: answers to conceptual questions in a TOML file, judged in
//! Rust against answer keys (salted digests once `grader seal` has run).
//!
//! The learner's file is data, never code: it is parsed here, with a size
//! limit, and no Python runs.  Each question is reported as a case named by
//! its id; its explanation is shown once it is answered right, and a wrong
//! answer is reported as wrong without the key.
//!
//! Every answer, the author's key and the learner's alike, goes through the
//! same normalisation ([`canonical`]) before it is compared, so a sealed key
//! (a digest of the canonical key) judges exactly as the key itself.

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{Env, Submission, Variant};
use crate::judge::{Audience, CaseResult, ExerciseResult, Location, Problem, Verdict};
use crate::spec::seal::{DIGEST_BYTES, Seal, hex_decode};
use crate::spec::{Case, CaseLimits, Compare, Exercise, Expected, Kind, Pack, SpecError};

/// Largest answers file accepted.
pub const MAX_ANSWERS_BYTES: u64 = 64 << 10;
/// Most options a choice question may have (one letter each).
const MAX_OPTIONS: usize = 26;
/// Longest answer quoted back in a report.
const SHOWN_ANSWER_CHARS: usize = 80;

// ---------------------------------------------------------------------------
// The spec: `quiz:` in exercise.yaml.

/// `quiz:` in exercise.yaml.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizSpec {
    pub questions: Vec<QuestionSpec>,
}

/// One question as written in exercise.yaml.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSpec {
    /// The key the learner's TOML file answers it under.
    pub id: Spanned<String>,
    pub prompt: String,
    /// choice, multi, number, order, line or token.
    #[serde(rename = "type")]
    pub kind: Spanned<String>,
    /// A snippet shown with the prompt (numbered, for `line` questions).
    #[serde(default)]
    pub code: Option<String>,
    /// choice/multi: the options, lettered a, b, c…; order: the items.
    #[serde(default)]
    pub options: Vec<String>,
    /// The key, written as a learner would answer it.
    #[serde(default)]
    pub answer: Option<Spanned<String>>,
    /// The key sealed by `grader seal`.
    #[serde(default)]
    pub answer_sha256: Option<Spanned<SealedKey>>,
    /// Why the answer is what it is; shown once answered right.
    #[serde(default)]
    pub explain: Option<String>,
    /// The explanation sealed by `grader seal`: encrypted under a key made
    /// from the answer, so only a right answer opens it.
    #[serde(default)]
    pub explain_sealed: Option<Spanned<String>>,
    #[serde(default)]
    pub points: Option<Spanned<f64>>,
    /// number: compare after rounding to this many decimal places.
    #[serde(default)]
    pub decimals: Option<Spanned<u32>>,
    /// number: accept answers within this absolute distance (cannot be sealed).
    #[serde(default)]
    pub tolerance: Option<Spanned<f64>>,
    /// token: `sensitive` (the default) or `insensitive`.
    #[serde(default)]
    pub case: Option<Spanned<String>>,
}

/// `answer_sha256: {salt: <hex>, digest: <hex>}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedKey {
    pub salt: Spanned<String>,
    pub digest: Spanned<String>,
}

// ---------------------------------------------------------------------------
// The resolved quiz.

#[derive(Debug, Clone, PartialEq)]
pub struct Quiz {
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub prompt: String,
    pub code: Option<String>,
    pub kind: QuestionKind,
    pub options: Vec<String>,
    pub key: Key,
    pub explain: Explanation,
    pub points: f64,
}

/// A question's explanation: text, or (in a sealed pack) text encrypted
/// under a key derived from the canonical answer and the seal's salt.
#[derive(Debug, Clone, PartialEq)]
pub enum Explanation {
    Plain(String),
    Sealed(Vec<u8>),
}

impl Question {
    /// The explanation, given the canonical answer that was judged right.
    pub fn explanation(&self, right_answer: &str) -> Option<String> {
        match (&self.explain, &self.key) {
            (Explanation::Plain(text), _) => Some(text.clone()),
            (Explanation::Sealed(bytes), Key::Sealed(seal)) => {
                String::from_utf8(keystream_xor(&seal.salt, right_answer, bytes)).ok()
            }
            (Explanation::Sealed(_), Key::Plain(_)) => None,
        }
    }

    /// The explanation without the answer: readable only when not sealed.
    pub fn plain_explanation(&self) -> Option<&str> {
        match &self.explain {
            Explanation::Plain(text) => Some(text),
            Explanation::Sealed(_) => None,
        }
    }
}

/// Domain tag of the key that seals explanations (never the digest's).
const EXPLAIN_TAG: &[u8] = b"grader-quiz-explain-v1\n";

/// `data` XOR a SHA-256 keystream: block i is SHA-256(key ‖ i), the key
/// SHA-256(tag ‖ salt length ‖ salt ‖ canonical answer).  Its own inverse.
fn keystream_xor(salt: &[u8], answer: &str, data: &[u8]) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let mut k = Sha256::new();
    k.update(EXPLAIN_TAG);
    k.update([u8::try_from(salt.len()).unwrap_or(u8::MAX)]);
    k.update(salt);
    k.update(answer.as_bytes());
    let key: [u8; 32] = k.finalize().into();
    let mut out = Vec::with_capacity(data.len());
    for (i, chunk) in data.chunks(32).enumerate() {
        let mut b = Sha256::new();
        b.update(key);
        b.update((i as u64).to_be_bytes());
        let block: [u8; 32] = b.finalize().into();
        out.extend(chunk.iter().zip(block).map(|(d, k)| d ^ k));
    }
    out
}

/// What kind of answer a question takes, with its comparison rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum QuestionKind {
    /// One letter.
    Choice,
    /// Every correct letter, in any order.
    Multi,
    /// A number: exact, rounded to `decimals`, or within `tolerance`.
    Number {
        decimals: Option<u32>,
        tolerance: Option<f64>,
    },
    /// Items of `options` in an order.
    Order,
    /// A line number of the question's snippet.
    Line,
    /// A short exact token.
    Token { ignore_case: bool },
}

impl QuestionKind {
    pub fn name(self) -> &'static str {
        match self {
            QuestionKind::Choice => "choice",
            QuestionKind::Multi => "multi",
            QuestionKind::Number { .. } => "number",
            QuestionKind::Order => "order",
            QuestionKind::Line => "line",
            QuestionKind::Token { .. } => "token",
        }
    }
}

/// An answer key: its canonical form, or a salted digest of it.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    Plain(String),
    Sealed(Seal),
}

/// Why an answer could not be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// Left empty (or missing from the file).
    Empty,
    /// Not of the question's form; says what the form is.
    Form(String),
}

impl Question {
    fn lines(&self) -> usize {
        self.code
            .as_deref()
            .map_or(0, |c| c.trim_end().lines().count())
    }

    /// How to write the answer, for `show` and the starter file.  No
    /// example value: an example could be, or look like, the key.
    pub fn how_to_answer(&self) -> String {
        let last = letter(self.options.len().saturating_sub(1));
        match self.kind {
            QuestionKind::Choice => format!("one letter, a to {last}, in quotes"),
            QuestionKind::Multi => format!(
                "every correct letter (a to {last}), in any order, in quotes and separated by commas, or a list of letters"
            ),
            QuestionKind::Number {
                decimals: Some(d),
                ..
            } => format!(
                "a number, without quotes, compared after rounding to {d} decimal place{}",
                if d == 1 { "" } else { "s" }
            ),
            QuestionKind::Number {
                tolerance: Some(t),
                ..
            } => format!("a number, without quotes, accepted within ±{t}"),
            QuestionKind::Number { .. } => "a number, without quotes, compared exactly".into(),
            QuestionKind::Order => "the items in order, in quotes and separated by commas, or a list (case does not matter)".into(),
            QuestionKind::Line => format!(
                "a line number of the snippet, 1 to {}, without quotes",
                self.lines()
            ),
            QuestionKind::Token { ignore_case } => format!(
                "one exact word or name, in quotes; case {} (surrounding spaces and backticks are ignored)",
                if ignore_case {
                    "does not matter"
                } else {
                    "matters"
                }
            ),
        }
    }

    /// The prompt, its snippet and its options, as `show` and the starter
    /// file present them, each line prefixed with `indent`.
    fn presentation(&self, indent: &str) -> String {
        let mut out = String::new();
        for line in self.prompt.trim_end().lines() {
            let _ = writeln!(out, "{}", format!("{indent}{line}").trim_end());
        }
        if let Some(code) = &self.code {
            let numbered = self.kind == QuestionKind::Line;
            for (i, line) in code.trim_end().lines().enumerate() {
                let text = if numbered {
                    format!("{indent}  {:>2} | {line}", i + 1)
                } else {
                    format!("{indent}    {line}")
                };
                let _ = writeln!(out, "{}", text.trim_end());
            }
        }
        match self.kind {
            QuestionKind::Choice | QuestionKind::Multi => {
                for (i, o) in self.options.iter().enumerate() {
                    let _ = writeln!(out, "{indent}  {}) {o}", letter(i));
                }
            }
            QuestionKind::Order => {
                let _ = writeln!(out, "{indent}  items: {}", self.options.join(", "));
            }
            _ => {}
        }
        out
    }
}

fn letter(i: usize) -> char {
    u8::try_from(i)
        .ok()
        .filter(|i| *i < 26)
        .map_or('?', |i| char::from(b'a' + i))
}

/// The canonical form of an answer to a question of `kind`: two answers
/// are the same exactly when their canonical forms are equal (for numbers
/// with a tolerance, compare [`number`]s instead).
pub fn canonical(
    kind: QuestionKind,
    options: &[String],
    lines: usize,
    text: &str,
) -> Result<String, Invalid> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Invalid::Empty);
    }
    let last = letter(options.len().saturating_sub(1));
    let one_letter = |t: &str| -> Option<char> {
        let t = t.trim().trim_matches(|c| "()[].".contains(c));
        let mut chars = t.chars();
        let c = chars.next()?.to_ascii_lowercase();
        (chars.next().is_none() && c.is_ascii_lowercase() && c <= last).then_some(c)
    };
    match kind {
        QuestionKind::Choice => one_letter(text)
            .map(String::from)
            .ok_or_else(|| Invalid::Form(format!("give one letter, a to {last}"))),
        QuestionKind::Multi => {
            let mut letters = Vec::new();
            for part in text.split([',', ';', ' ', '\t']).filter(|p| !p.is_empty()) {
                let c = one_letter(part).ok_or_else(|| {
                    Invalid::Form(format!(
                        "give letters from a to {last}, separated by commas"
                    ))
                })?;
                if !letters.contains(&c) {
                    letters.push(c);
                }
            }
            letters.sort_unstable();
            Ok(letters
                .iter()
                .map(char::to_string)
                .collect::<Vec<_>>()
                .join(","))
        }
        QuestionKind::Number { decimals, .. } => {
            let x = number(text).ok_or_else(|| {
                Invalid::Form("give a number, e.g. 2.5 (digits, a point, no units)".into())
            })?;
            Ok(match decimals {
                Some(d) => round_decimal(&format!("{x}"), d),
                // The shortest text that reads back as the same number.
                None => format!("{x}"),
            })
        }
        QuestionKind::Order => {
            let spaced = text.replace("->", ",").replace(['→', '>'], ",");
            let mut items = Vec::new();
            for part in spaced
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|p| !p.is_empty())
            {
                let part = part.trim_matches(|c| "\"'`".contains(c));
                let item = options
                    .iter()
                    .find(|o| o.eq_ignore_ascii_case(part))
                    .ok_or_else(|| {
                        Invalid::Form(format!(
                            "{:?} is not one of the items ({})",
                            shorten(part),
                            options.join(", ")
                        ))
                    })?;
                items.push(item.clone());
            }
            if items.is_empty() {
                return Err(Invalid::Empty);
            }
            Ok(items.join(","))
        }
        QuestionKind::Line => {
            let t = text
                .strip_prefix("line")
                .or_else(|| text.strip_prefix("Line"))
                .unwrap_or(text)
                .trim();
            match t.parse::<usize>() {
                Ok(n) if (1..=lines).contains(&n) => Ok(n.to_string()),
                _ => Err(Invalid::Form(format!(
                    "give a line number of the snippet, 1 to {lines}"
                ))),
            }
        }
        QuestionKind::Token { ignore_case } => {
            let mut t = text;
            for q in ['`', '"', '\''] {
                if t.len() >= 2 && t.starts_with(q) && t.ends_with(q) {
                    t = t[1..t.len() - 1].trim();
                    break;
                }
            }
            let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
            if t.is_empty() {
                return Err(Invalid::Empty);
            }
            Ok(if ignore_case { t.to_lowercase() } else { t })
        }
    }
}

/// A finite number written in decimal (`2.5`, `-3`, `1e-3`), else `None`.
pub fn number(text: &str) -> Option<f64> {
    let t = text.trim();
    // Rust accepts `inf`, `NaN` and `infinity`: no answer is one of those.
    if !t.chars().all(|c| c.is_ascii_digit() || "+-.eE".contains(c)) {
        return None;
    }
    t.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// `digits` (a decimal numeral without exponent, as `{f64}` prints) rounded
/// half away from zero to `decimals` places, with exactly that many.
fn round_decimal(digits: &str, decimals: u32) -> String {
    let (negative, magnitude) = match digits.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, digits),
    };
    let (int, frac) = magnitude.split_once('.').unwrap_or((magnitude, ""));
    let d = usize::try_from(decimals).unwrap_or(usize::MAX);
    let mut kept: Vec<u8> = int.bytes().collect();
    let mut frac_bytes: Vec<u8> = frac.bytes().collect();
    let round_up = frac_bytes.get(d).is_some_and(|b| *b >= b'5');
    frac_bytes.resize(d, b'0');
    kept.extend(&frac_bytes);
    if round_up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                break;
            }
            i -= 1;
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    let split = kept.len() - d;
    let mut int_part = String::from_utf8_lossy(&kept[..split])
        .trim_start_matches('0')
        .to_string();
    if int_part.is_empty() {
        int_part.push('0');
    }
    let frac_part = String::from_utf8_lossy(&kept[split..]).into_owned();
    let zero = int_part == "0" && frac_part.bytes().all(|b| b == b'0');
    let sign = if negative && !zero { "-" } else { "" };
    if d == 0 {
        format!("{sign}{int_part}")
    } else {
        format!("{sign}{int_part}.{frac_part}")
    }
}

fn shorten(s: &str) -> String {
    match s.char_indices().nth(SHOWN_ANSWER_CHARS) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_string(),
    }
}

/// Resolves `quiz:` for an exercise of `kind`; errors name file and line.
pub fn resolve(
    file: &str,
    kind: Kind,
    spec: Option<QuizSpec>,
    errors: &mut Vec<SpecError>,
) -> Option<Quiz> {
    let spec = match (kind, spec) {
        (Kind::Quiz, Some(s)) => s,
        (Kind::Quiz, None) => {
            errors.push(SpecError::at(
                file,
                None,
                "a `kind: quiz` exercise needs `quiz: {questions: [...]}`",
            ));
            return None;
        }
        (_, Some(s)) => {
            errors.push(SpecError::at(
                file,
                s.questions.first().map(|q| q.id.referenced.line()),
                "`quiz` belongs to `kind: quiz` exercises",
            ));
            return None;
        }
        (_, None) => return None,
    };
    if spec.questions.is_empty() {
        errors.push(SpecError::at(
            file,
            None,
            "`quiz.questions` is empty; a quiz needs at least one question",
        ));
    }
    let mut questions: Vec<Question> = Vec::new();
    for q in spec.questions {
        let line = Some(q.id.referenced.line());
        let id = q.id.value.trim().to_string();
        let mut err = |at: Option<u64>, msg: String| errors.push(SpecError::at(file, at, msg));
        let bare_key = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !bare_key {
            err(
                line,
                format!(
                    "question id {id:?} must be letters, digits, `_` or `-` (it is a TOML key in the learner's file)"
                ),
            );
        } else if questions.iter().any(|x| x.id == id) {
            err(line, format!("duplicate question id {id:?}"));
        }
        let qkind = match q.kind.value.as_str() {
            "choice" => QuestionKind::Choice,
            "multi" => QuestionKind::Multi,
            "number" => QuestionKind::Number {
                decimals: q.decimals.as_ref().map(|d| d.value),
                tolerance: q.tolerance.as_ref().map(|t| t.value),
            },
            "order" => QuestionKind::Order,
            "line" => QuestionKind::Line,
            "token" => QuestionKind::Token {
                ignore_case: q.case.as_ref().is_some_and(|c| c.value == "insensitive"),
            },
            other => {
                err(
                    Some(q.kind.referenced.line()),
                    format!(
                        "question {id:?}: `type` is {other:?}; use choice, multi, number, order, line or token"
                    ),
                );
                QuestionKind::Token { ignore_case: false }
            }
        };
        let numeric = matches!(qkind, QuestionKind::Number { .. });
        if let Some(d) = &q.decimals
            && (!numeric || d.value > 12)
        {
            err(
                Some(d.referenced.line()),
                format!("question {id:?}: `decimals` (0 to 12) is for `type: number`"),
            );
        }
        if let Some(t) = &q.tolerance {
            if !(numeric && t.value.is_finite() && t.value >= 0.0) {
                err(
                    Some(t.referenced.line()),
                    format!("question {id:?}: `tolerance` (a number ≥ 0) is for `type: number`"),
                );
            } else if q.decimals.is_some() {
                err(
                    Some(t.referenced.line()),
                    format!("question {id:?}: give `decimals` or `tolerance`, not both"),
                );
            }
        }
        if let Some(c) = &q.case
            && (!matches!(qkind, QuestionKind::Token { .. })
                || !matches!(c.value.as_str(), "sensitive" | "insensitive"))
        {
            err(
                Some(c.referenced.line()),
                format!(
                    "question {id:?}: `case` is `sensitive` or `insensitive`, for `type: token`"
                ),
            );
        }
        match qkind {
            QuestionKind::Choice | QuestionKind::Multi | QuestionKind::Order => {
                if q.options.len() < 2 || q.options.len() > MAX_OPTIONS {
                    err(
                        line,
                        format!(
                            "question {id:?}: a {} question needs 2 to {MAX_OPTIONS} `options`",
                            qkind.name()
                        ),
                    );
                }
                if qkind == QuestionKind::Order
                    && q.options.iter().any(|o| {
                        o.trim().is_empty()
                            || o.contains([',', '>', '→'])
                            || o.chars().any(char::is_whitespace)
                    })
                {
                    err(
                        line,
                        format!(
                            "question {id:?}: the items of an order question are single words (no spaces, commas or arrows)"
                        ),
                    );
                }
            }
            _ if !q.options.is_empty() => err(
                line,
                format!("question {id:?}: `options` are for choice, multi and order questions"),
            ),
            _ => {}
        }
        if qkind == QuestionKind::Line && q.code.as_deref().is_none_or(|c| c.trim().is_empty()) {
            err(
                line,
                format!(
                    "question {id:?}: a line question needs the `code` whose lines it asks about"
                ),
            );
        }
        let explain = match (q.explain.as_deref().map(str::trim), &q.explain_sealed) {
            (Some(e), None) if !e.is_empty() => Explanation::Plain(e.to_string()),
            (None, Some(sealed)) => match hex_decode(&sealed.value) {
                Some(bytes) if q.answer_sha256.is_some() => Explanation::Sealed(bytes),
                _ => {
                    err(
                        Some(sealed.referenced.line()),
                        format!(
                            "question {id:?}: `explain_sealed` is hexadecimal, written by `grader seal` beside `answer_sha256`"
                        ),
                    );
                    Explanation::Plain(String::new())
                }
            },
            (Some(_), Some(sealed)) => {
                err(
                    Some(sealed.referenced.line()),
                    format!("question {id:?} has both `explain` and `explain_sealed`; keep one"),
                );
                Explanation::Plain(String::new())
            }
            _ => {
                err(
                    line,
                    format!(
                        "question {id:?} has no `explain`: say why the answer is right (shown once answered right)"
                    ),
                );
                Explanation::Plain(String::new())
            }
        };
        let points = match &q.points {
            Some(p) if p.value.is_finite() && p.value >= 0.0 => p.value,
            Some(p) => {
                err(
                    Some(p.referenced.line()),
                    format!(
                        "question {id:?}: `points` is {}; give a number ≥ 0",
                        p.value
                    ),
                );
                crate::spec::DEFAULT_POINTS
            }
            None => crate::spec::DEFAULT_POINTS,
        };
        let lines = q
            .code
            .as_deref()
            .map_or(0, |c| c.trim_end().lines().count());
        let key = match (&q.answer, &q.answer_sha256) {
            (Some(a), None) => match canonical(qkind, &q.options, lines, &a.value) {
                Ok(c) => Key::Plain(c),
                Err(why) => {
                    err(
                        Some(a.referenced.line()),
                        format!(
                            "question {id:?}: `answer` {:?} is not an answer to a {} question: {}",
                            a.value,
                            qkind.name(),
                            match why {
                                Invalid::Empty => "it is empty".to_string(),
                                Invalid::Form(m) => m,
                            }
                        ),
                    );
                    Key::Plain(String::new())
                }
            },
            (None, Some(s)) => {
                if q.tolerance.is_some() {
                    err(
                        Some(s.referenced.line()),
                        format!(
                            "question {id:?}: a number within a `tolerance` cannot be sealed; use `decimals`"
                        ),
                    );
                }
                match parse_seal(&s.value) {
                    Some(seal) => Key::Sealed(seal),
                    None => {
                        err(
                            Some(s.referenced.line()),
                            format!(
                                "question {id:?}: `answer_sha256` needs a hexadecimal `salt` (16 to 128 digits) and `digest` (64 digits); seal the pack again with `grader seal`"
                            ),
                        );
                        Key::Plain(String::new())
                    }
                }
            }
            (Some(a), Some(_)) => {
                err(
                    Some(a.referenced.line()),
                    format!("question {id:?} has both `answer` and `answer_sha256`; keep one"),
                );
                Key::Plain(String::new())
            }
            (None, None) => {
                err(line, format!("question {id:?} has no `answer`"));
                Key::Plain(String::new())
            }
        };
        questions.push(Question {
            id,
            prompt: q.prompt,
            code: q.code.filter(|c| !c.trim().is_empty()),
            kind: qkind,
            options: q.options.iter().map(|o| o.trim().to_string()).collect(),
            key,
            explain,
            points,
        });
    }
    if !questions.is_empty() && questions.iter().map(|q| q.points).sum::<f64>() <= 0.0 {
        errors.push(SpecError::at(
            file,
            None,
            "every question has `points: 0`; give at least one question points",
        ));
    }
    Some(Quiz { questions })
}

fn parse_seal(spec: &SealedKey) -> Option<Seal> {
    let salt = hex_decode(&spec.salt.value).filter(|s| (8..=64).contains(&s.len()))?;
    let digest = <[u8; DIGEST_BYTES]>::try_from(hex_decode(&spec.digest.value)?).ok()?;
    Some(Seal { salt, digest })
}

impl Quiz {
    /// One case per question, so that scores, progress and `verify` count
    /// questions as they count cases.  The cases carry no key: judging
    /// reads the quiz itself.
    pub fn cases(&self, limits: CaseLimits) -> Vec<Case> {
        self.questions
            .iter()
            .map(|q| Case {
                name: q.id.clone(),
                code: String::new(),
                run: None,
                exit: 0,
                expect_stderr: None,
                files: Vec::new(),
                expect: Expected::Any,
                hidden: false,
                explain: None,
                points: q.points,
                compare: Compare::default(),
                tolerance: crate::spec::DEFAULT_TOLERANCE,
                limits,
            })
            .collect()
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

// ---------------------------------------------------------------------------
// Submissions.

/// Reads a learner's answers file, refusing what cannot be one.
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    let meta =
        std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !meta.is_file() {
        return Err(format!("{} is not a regular file", path.display()));
    }
    if meta.len() > MAX_ANSWERS_BYTES {
        return Err(format!(
            "{} is {} bytes; a quiz's answers file may be at most {} KiB",
            path.display(),
            meta.len(),
            MAX_ANSWERS_BYTES >> 10
        ));
    }
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The pack's `solution.toml`, or the starter: `starter.toml` when the pack
/// has one, else the file `grader init` writes (every question, unanswered).
pub fn named(pack: &Pack, exercise: &Exercise, which: &str) -> Option<Submission> {
    if which == "starter" {
        return starter_for(pack, exercise).map(|t| Submission::Quiz(t.into()));
    }
    pack.read(&format!("{}/{which}.toml", exercise.id))
        .map(Submission::Quiz)
}

/// The starter a learner gets: the pack's `starter.toml`, else the file
/// [`starter_text`] makes from the questions.
pub fn starter_for(pack: &Pack, exercise: &Exercise) -> Option<String> {
    match pack.read(&format!("{}/starter.toml", exercise.id)) {
        Some(bytes) => String::from_utf8(bytes).ok(),
        None => starter_text(exercise),
    }
}

/// `accepted/*.toml` or `wrong/*.toml`.
pub fn variants(pack: &Pack, ex: &Exercise, sub: &str) -> Vec<Variant> {
    pack.files_under(&ex.id, sub, ".toml")
        .into_iter()
        .map(|rel| Variant {
            name: rel
                .rsplit('/')
                .next()
                .unwrap_or(&rel)
                .trim_end_matches(".toml")
                .to_string(),
            display: pack.display(&rel),
            submission: pack
                .read(&rel)
                .map(Submission::Quiz)
                .ok_or_else(|| format!("{} cannot be read", pack.display(&rel))),
        })
        .collect()
}

/// The answers file `grader init` writes: every question as a comment
/// (prompt, snippet, options, how to answer) above its empty answer.
pub fn starter_text(ex: &Exercise) -> Option<String> {
    let quiz = ex.quiz.as_ref()?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} ({}, difficulty {}/3)",
        ex.title.trim(),
        ex.id,
        ex.difficulty
    );
    out.push_str("#\n");
    for line in ex.statement.trim_end().lines() {
        let _ = writeln!(out, "{}", format!("# {line}").trim_end());
    }
    out.push_str("#\n");
    out.push_str(
        "# Write each answer after its `=`: text and letters in quotes, numbers without.\n",
    );
    let _ = writeln!(
        out,
        "# Check your answers:  grader check {}.toml    (grader show {} shows the questions)",
        ex.id, ex.id
    );
    for (i, q) in quiz.questions.iter().enumerate() {
        out.push('\n');
        let _ = writeln!(
            out,
            "# {}. {} ({}, {} point{})",
            i + 1,
            q.id,
            q.kind.name(),
            q.points,
            if q.points == 1.0 { "" } else { "s" }
        );
        out.push_str(&q.presentation("# "));
        let _ = writeln!(out, "# Answer: {}", q.how_to_answer());
        // TOML has no empty number: a number question starts as "" too,
        // and the comment says what replaces it.
        if matches!(q.kind, QuestionKind::Number { .. }) {
            let _ = writeln!(out, "{} = \"\"    # replace \"\" with the number", q.id);
        } else {
            let _ = writeln!(out, "{} = \"\"", q.id);
        }
    }
    Some(out)
}

/// `grader show` for a quiz: each question, its options and how to answer.
pub fn present(ex: &Exercise) -> String {
    let Some(quiz) = &ex.quiz else {
        return String::new();
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Answer in {}.toml (`grader init` writes it with every question), one line per question:\n\
         text and letters in quotes, numbers without. A question's explanation is shown\n\
         once it is answered right; a wrong answer is only marked wrong.",
        ex.id
    );
    for (i, q) in quiz.questions.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{}. {}  ({}, {} point{})",
            i + 1,
            q.id,
            q.kind.name(),
            q.points,
            if q.points == 1.0 { "" } else { "s" }
        );
        out.push_str(&q.presentation("   "));
        let _ = writeln!(out, "   answer: {}", q.how_to_answer());
    }
    out
}

// ---------------------------------------------------------------------------
// Judging.

/// The learner's answers, by question id, as text ready for [`canonical`],
/// or the problem that stops the whole file from being read.
fn parse_answers(
    quiz: &Quiz,
    bytes: &[u8],
    display: &str,
) -> Result<Vec<Result<String, Invalid>>, Box<Problem>> {
    let problem = |message: String, line: Option<u32>, hint: &str| {
        Box::new(Problem {
            message,
            location: line.map(|line| Location {
                file: display.to_string(),
                line,
                function: String::new(),
                source: None,
            }),
            column: None,
            hint: Some(hint.to_string()),
        })
    };
    if bytes.len() as u64 > MAX_ANSWERS_BYTES {
        return Err(problem(
            format!(
                "the answers file is {} bytes; it may be at most {} KiB",
                bytes.len(),
                MAX_ANSWERS_BYTES >> 10
            ),
            None,
            "one line per question is all it needs",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| {
        problem(
            "the answers file is not UTF-8 text".into(),
            None,
            "save it as UTF-8",
        )
    })?;
    let line_of = |offset: usize| {
        u32::try_from(text[..offset.min(text.len())].matches('\n').count() + 1).ok()
    };
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        problem(
            format!("not valid TOML: {}", e.message().trim()),
            e.span().and_then(|s| line_of(s.start)),
            "write one `id = answer` line per question, text in quotes: q1 = \"b\"",
        )
    })?;
    // Where each key stands, for messages about it.
    let key_line = |key: &str| {
        text.lines()
            .position(|l| {
                let t = l.trim_start();
                t.strip_prefix(key)
                    .is_some_and(|r| r.trim_start().starts_with('='))
            })
            .and_then(|i| u32::try_from(i + 1).ok())
    };
    for key in table.keys() {
        if quiz.question(key).is_none() {
            let ids: Vec<&str> = quiz.questions.iter().map(|q| q.id.as_str()).collect();
            let near = ids
                .iter()
                .map(|id| (strsim::jaro_winkler(id, key), *id))
                .filter(|(s, _)| *s > 0.8)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, id)| format!(" (did you mean {id}?)"))
                .unwrap_or_default();
            return Err(problem(
                format!(
                    "{:?} is not a question of this quiz{near}; its questions are {}",
                    shorten(key),
                    ids.join(", ")
                ),
                key_line(key),
                "keep the ids as `grader init` wrote them",
            ));
        }
    }
    Ok(quiz
        .questions
        .iter()
        .map(|q| match table.get(&q.id) {
            None => Err(Invalid::Empty),
            Some(v) => value_text(q, v),
        })
        .collect())
}

/// A TOML value as answer text.
fn value_text(q: &Question, v: &toml::Value) -> Result<String, Invalid> {
    match v {
        toml::Value::String(s) => Ok(s.clone()),
        toml::Value::Integer(i) => Ok(i.to_string()),
        toml::Value::Float(f) if f.is_finite() => Ok(format!("{f}")),
        toml::Value::Array(items)
            if matches!(q.kind, QuestionKind::Multi | QuestionKind::Order) =>
        {
            let mut parts = Vec::with_capacity(items.len());
            for item in items {
                match item {
                    toml::Value::String(s) if !s.contains(',') => parts.push(s.clone()),
                    _ => {
                        return Err(Invalid::Form(
                            "a list of answers holds strings, e.g. [\"a\", \"c\"]".into(),
                        ));
                    }
                }
            }
            Ok(parts.join(","))
        }
        toml::Value::Array(_) => Err(Invalid::Form("give one answer, not a list".into())),
        _ => Err(Invalid::Form(
            "give text in quotes or a number, e.g. \"b\" or 3".into(),
        )),
    }
}

/// Is `answer` (canonical) right for `q`?
fn is_right(q: &Question, answer: &str) -> bool {
    match (&q.key, q.kind) {
        (
            Key::Plain(key),
            QuestionKind::Number {
                tolerance: Some(t), ..
            },
        ) => match (number(key), number(answer)) {
            (Some(k), Some(a)) => (k - a).abs() <= t * (1.0 + 1e-12),
            _ => false,
        },
        (Key::Plain(key), _) => key == answer,
        (Key::Sealed(seal), _) => crate::judge::sealed_digest(&seal.salt, answer) == seal.digest,
    }
}

/// The verdict on each question of `quiz` for this answers file, or the
/// problem that stops it from being read.  Never carries a key: a wrong
/// answer is reported as wrong, with the learner's own answer.
pub fn judge(quiz: &Quiz, bytes: &[u8], display: &str) -> Result<Vec<CaseResult>, Box<Problem>> {
    let answers = parse_answers(quiz, bytes, display)?;
    Ok(quiz
        .questions
        .iter()
        .zip(answers)
        .map(|(q, answer)| {
            let lines = q
                .code
                .as_deref()
                .map_or(0, |c| c.trim_end().lines().count());
            let outcome = answer.and_then(|a| canonical(q.kind, &q.options, lines, &a));
            let mut explain = None;
            let (verdict, message) = match outcome {
                Ok(c) if is_right(q, &c) => {
                    // The explanation may give the key away: only once right.
                    explain = q.explanation(&c);
                    (Verdict::Passed, None)
                }
                Ok(c) => (
                    Verdict::Failed,
                    Some(format!(
                        "wrong answer ({:?})",
                        shorten(&c.replace(',', ", "))
                    )),
                ),
                Err(Invalid::Empty) => (
                    Verdict::Failed,
                    Some(format!("not answered; {}", q.how_to_answer())),
                ),
                Err(Invalid::Form(how)) => (
                    Verdict::Failed,
                    Some(format!("not an answer of the right form: {how}")),
                ),
            };
            let passed = verdict == Verdict::Passed;
            CaseResult {
                name: q.id.clone(),
                hidden: false,
                points: q.points,
                verdict,
                duration: std::time::Duration::ZERO,
                message,
                diff: None,
                traceback: Vec::new(),
                code: None,
                stdout: None,
                stderr: None,
                spec_error: false,
                explain: explain.filter(|_| passed),
                warning: None,
            }
        })
        .collect())
}

/// The explanations of the questions this answers file does not get right,
/// for the end of a drill: `(id, explanation)`.  A sealed explanation opens
/// only with the right answer, so it stays closed here.
pub fn explanations_missed(quiz: &Quiz, bytes: &[u8]) -> Vec<(String, String)> {
    let missed: Vec<&Question> = match judge(quiz, bytes, "") {
        Ok(results) => quiz
            .questions
            .iter()
            .zip(results)
            .filter(|(_, r)| r.verdict != Verdict::Passed)
            .map(|(q, _)| q)
            .collect(),
        Err(_) => quiz.questions.iter().collect(),
    };
    missed
        .into_iter()
        .map(|q| {
            let text = q.plain_explanation().map_or_else(
                || "(sealed: its explanation opens once it is answered right)".to_string(),
                str::to_string,
            );
            (q.id.clone(), text)
        })
        .collect()
}

pub async fn grade(
    env: &Env<'_>,
    exercise: &Exercise,
    submission: &[u8],
    display: &str,
    audience: Audience,
) -> Result<ExerciseResult, crate::error::Error> {
    // Answers are data: judged here, with no Python and no sandbox.
    let _ = (env, audience);
    let Some(quiz) = &exercise.quiz else {
        return Ok(ExerciseResult::refused(
            exercise,
            display,
            Problem {
                message: format!("{} has no questions", exercise.id),
                location: None,
                column: None,
                hint: None,
            },
        ));
    };
    Ok(match judge(quiz, submission, display) {
        Ok(cases) => ExerciseResult::from_cases(exercise, display, cases, None),
        Err(problem) => ExerciseResult::refused(exercise, display, *problem),
    })
}

// ---------------------------------------------------------------------------
// Sealing.

/// `text` (which parsed as `exercise`) with every question's `answer`
/// replaced by `answer_sha256`, the digest of its canonical key under a
/// fresh salt from `salt`.  Returns the new text, the number of keys sealed,
/// and the quiz the new text must parse to.
pub fn seal_text(
    file: &str,
    text: &str,
    exercise: &Exercise,
    mut salt: impl FnMut() -> Result<Vec<u8>, String>,
) -> Result<(String, usize, Quiz), Vec<SpecError>> {
    #[derive(Deserialize)]
    struct Locations {
        quiz: QuizLocations,
    }
    #[derive(Deserialize)]
    struct QuizLocations {
        questions: Vec<QuestionLocation>,
    }
    #[derive(Deserialize)]
    struct QuestionLocation {
        id: Spanned<String>,
        #[serde(default)]
        answer: Option<Spanned<String>>,
        #[serde(default)]
        explain: Option<Spanned<String>>,
    }
    let Some(quiz) = &exercise.quiz else {
        return Ok((text.to_string(), 0, Quiz { questions: vec![] }));
    };
    let raw: Locations = serde_saphyr::from_str(text)
        .map_err(|e| vec![SpecError::at(file, None, format!("cannot be re-read: {e}"))])?;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut sealed = quiz.clone();
    let mut edits = Vec::new();
    let mut errors = Vec::new();
    for (q, at) in sealed.questions.iter_mut().zip(&raw.quiz.questions) {
        let Key::Plain(key) = &q.key else { continue };
        let line = Some(at.id.referenced.line());
        if matches!(
            q.kind,
            QuestionKind::Number {
                tolerance: Some(_),
                ..
            }
        ) {
            errors.push(SpecError::at(
                file,
                line,
                format!(
                    "question {:?}: a number within a `tolerance` cannot be sealed (no single digest); use `decimals` instead",
                    q.id
                ),
            ));
            continue;
        }
        let Some(value) = &at.answer else {
            errors.push(SpecError::at(
                file,
                line,
                format!("question {:?}: cannot find its `answer`", q.id),
            ));
            continue;
        };
        let salt = match salt() {
            Ok(s) => s,
            Err(why) => {
                errors.push(SpecError::at(file, line, why));
                continue;
            }
        };
        let seal = Seal {
            digest: crate::judge::sealed_digest(&salt, key),
            salt,
        };
        // The explanation, encrypted under the answer: it often states it.
        let sealed_explain = match (&q.explain, &at.explain) {
            (Explanation::Plain(text), Some(at)) => {
                let bytes = keystream_xor(&seal.salt, key, text.as_bytes());
                crate::spec::seal::locate_key(&lines, at, "explain").map(|span| {
                    (
                        span,
                        format!("explain_sealed: {}", crate::spec::seal::hex_encode(&bytes)),
                        bytes,
                    )
                })
            }
            _ => Err("cannot find its `explain`".to_string()),
        };
        match (
            crate::spec::seal::locate_key(&lines, value, "answer"),
            sealed_explain,
        ) {
            (Ok(span), Ok((explain_span, explain_text, bytes))) => {
                edits.push((span, format!("answer_sha256: {}", seal.to_yaml_flow())));
                edits.push((explain_span, explain_text));
                q.key = Key::Sealed(seal);
                q.explain = Explanation::Sealed(bytes);
            }
            (Err(why), _) | (_, Err(why)) => errors.push(SpecError::at(
                file,
                Some(value.referenced.line()),
                format!("cannot seal question {:?}: {why}", q.id),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // Two edits a question: its answer and its explanation.
    let count = edits.len() / 2;
    let mut out = text.to_string();
    edits.sort_by_key(|(span, _): &(std::ops::Range<usize>, String)| std::cmp::Reverse(span.start));
    for (span, value) in edits {
        out.replace_range(span, &value);
    }
    Ok((out, count, sealed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("option {i}")).collect()
    }

    #[test]
    fn letters_are_normalised_and_checked() {
        let o = opts(4);
        assert_eq!(
            canonical(QuestionKind::Choice, &o, 0, " B) "),
            Ok("b".into())
        );
        assert!(matches!(
            canonical(QuestionKind::Choice, &o, 0, "e"),
            Err(Invalid::Form(_))
        ));
        assert_eq!(
            canonical(QuestionKind::Multi, &o, 0, "c, A;a d"),
            Ok("a,c,d".into())
        );
        assert!(canonical(QuestionKind::Multi, &o, 0, "ac").is_err());
        assert_eq!(
            canonical(QuestionKind::Multi, &o, 0, "  "),
            Err(Invalid::Empty)
        );
    }

    #[test]
    fn numbers_round_half_away_from_zero_on_what_was_written() {
        let k = |d| QuestionKind::Number {
            decimals: d,
            tolerance: None,
        };
        assert_eq!(canonical(k(Some(2)), &[], 0, "2.675"), Ok("2.68".into()));
        assert_eq!(canonical(k(Some(2)), &[], 0, "0.3"), Ok("0.30".into()));
        assert_eq!(canonical(k(Some(0)), &[], 0, "9.5"), Ok("10".into()));
        assert_eq!(canonical(k(Some(1)), &[], 0, "-0.04"), Ok("0.0".into()));
        assert_eq!(canonical(k(Some(1)), &[], 0, "-99.96"), Ok("-100.0".into()));
        assert_eq!(canonical(k(None), &[], 0, "3.0"), Ok("3".into()));
        assert_eq!(canonical(k(None), &[], 0, "1e2"), Ok("100".into()));
        assert!(canonical(k(None), &[], 0, "inf").is_err());
        assert!(canonical(k(None), &[], 0, "3 s").is_err());
    }

    #[test]
    fn order_items_take_the_options_spelling() {
        let o: Vec<String> = ["A", "B", "object"].iter().map(|s| s.to_string()).collect();
        assert_eq!(
            canonical(QuestionKind::Order, &o, 0, "b -> a → OBJECT"),
            Ok("B,A,object".into())
        );
        assert_eq!(
            canonical(QuestionKind::Order, &o, 0, "B A object"),
            Ok("B,A,object".into())
        );
        assert!(canonical(QuestionKind::Order, &o, 0, "B, C").is_err());
    }

    #[test]
    fn a_sealed_explanation_opens_only_with_the_right_answer() {
        let salt = vec![7u8; 16];
        let text = "C3 puts D first, then B and C.";
        let sealed = keystream_xor(&salt, "D,B,C,A,object", text.as_bytes());
        assert_ne!(&sealed[..], text.as_bytes());
        let q = Question {
            id: "q".into(),
            prompt: String::new(),
            code: None,
            kind: QuestionKind::Order,
            options: Vec::new(),
            key: Key::Sealed(Seal {
                digest: crate::judge::sealed_digest(&salt, "D,B,C,A,object"),
                salt,
            }),
            explain: Explanation::Sealed(sealed),
            points: 1.0,
        };
        assert_eq!(q.explanation("D,B,C,A,object").as_deref(), Some(text));
        assert_ne!(q.explanation("D,C,B,A,object").as_deref(), Some(text));
        assert_eq!(q.plain_explanation(), None);
    }

    #[test]
    fn tokens_and_lines() {
        let t = QuestionKind::Token { ignore_case: false };
        assert_eq!(
            canonical(t, &[], 0, " `__slots__` "),
            Ok("__slots__".into())
        );
        assert_eq!(canonical(t, &[], 0, "Yield"), Ok("Yield".into()));
        let t = QuestionKind::Token { ignore_case: true };
        assert_eq!(canonical(t, &[], 0, "'Yield'"), Ok("yield".into()));
        assert_eq!(
            canonical(QuestionKind::Line, &[], 5, "line 4"),
            Ok("4".into())
        );
        assert!(canonical(QuestionKind::Line, &[], 5, "6").is_err());
    }
}
