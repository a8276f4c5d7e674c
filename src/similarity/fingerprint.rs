//! Fingerprints of a submission: hashes of token k-grams, thinned out by
//! winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003, as in MOSS).
//!
//! The token stream is first cut into chunks: each top-level statement and
//! each `def` or `class` (with its decorators) is a chunk of its own, and no
//! k-gram spans two chunks.  Moving functions or methods around therefore
//! leaves the set of fingerprints exactly as it was.

use super::tokenize::{Sym, Token, tokenize};

/// Tokens per k-gram: shorter shared runs are noise (`N = N ( N )` is in
/// every program).
pub const K: usize = 10;
/// Hashes per winnowing window: any shared run of at least `K + W - 1`
/// tokens is guaranteed to share a fingerprint.
pub const W: usize = 4;

/// A selected k-gram: its hash and where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Print {
    pub hash: u64,
    pub chunk: usize,
    /// Index of the k-gram's first token within its chunk.
    pub start: usize,
}

/// A submission's chunks and fingerprints.
#[derive(Debug, Clone)]
pub struct Profile {
    pub chunks: Vec<Vec<Token>>,
    pub prints: Vec<Print>,
}

impl Profile {
    pub fn new(source: &str) -> Profile {
        let chunks = chunks(tokenize(source));
        let mut prints = Vec::new();
        for (c, tokens) in chunks.iter().enumerate() {
            let hashes = kgram_hashes(tokens);
            prints.extend(winnow(&hashes, W).into_iter().map(|start| Print {
                hash: hashes[start],
                chunk: c,
                start,
            }));
        }
        Profile { chunks, prints }
    }

    /// The lines a print's k-gram covers, first and last.
    pub fn lines(&self, p: &Print) -> (u32, u32) {
        let tokens = &self.chunks[p.chunk][p.start..];
        let first = tokens.first().map_or(0, |t| t.line);
        let last = tokens.iter().take(K).map(|t| t.line).max().unwrap_or(first);
        (first, last)
    }
}

/// Cuts a token stream into top-level statements and definitions.
/// Indents are dropped (a `:` and a line end always precede them), and so
/// are the dedents that end a chunk (the next chunk's start says as much).
fn chunks(tokens: Vec<Token>) -> Vec<Vec<Token>> {
    let mut out: Vec<Vec<Token>> = Vec::new();
    let mut current: Vec<Token> = Vec::new();
    let mut depth = 0usize;
    let mut after_decorator = false;
    let mut pending: Vec<Token> = Vec::new(); // dedents before a line's first token
    let mut line_start = true;
    for t in tokens {
        match t.sym {
            Sym::Dedent => {
                depth = depth.saturating_sub(1);
                pending.push(t);
                continue;
            }
            Sym::Indent => {
                depth += 1;
                continue;
            }
            _ => {}
        }
        if line_start {
            let opens = matches!(t.sym, Sym::Keyword("def" | "class" | "async"))
                || t.sym == Sym::Op("@".into());
            if (depth == 0 || opens) && !after_decorator {
                pending.clear();
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            }
            current.append(&mut pending);
            after_decorator = t.sym == Sym::Op("@".into());
        }
        line_start = t.sym == Sym::Newline;
        current.push(t);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// 64-bit FNV-1a: deterministic across runs and machines, unlike std's hasher.
fn fnv1a(bytes: impl IntoIterator<Item = u8>, mut h: u64) -> u64 {
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of every run of `K` consecutive tokens.
fn kgram_hashes(tokens: &[Token]) -> Vec<u64> {
    if tokens.len() < K {
        return Vec::new();
    }
    tokens
        .windows(K)
        .map(|run| {
            run.iter().fold(FNV_OFFSET, |h, t| {
                // A separator byte keeps `ab c` and `a bc` apart.
                fnv1a(t.sym.as_str().bytes().chain([0xff]), h)
            })
        })
        .collect()
}

/// Winnowing: in every window of `w` consecutive hashes, select the smallest
/// (the rightmost one on a tie), each position once.  Fewer than `w` hashes
/// still give their smallest, so short chunks keep one fingerprint.
pub fn winnow(hashes: &[u64], w: usize) -> Vec<usize> {
    let w = w.max(1);
    if hashes.is_empty() {
        return Vec::new();
    }
    let span = w.min(hashes.len());
    let mut picked: Vec<usize> = Vec::new();
    for start in 0..=hashes.len() - span {
        let mut best = start;
        for i in start..start + span {
            if hashes[i] <= hashes[best] {
                best = i;
            }
        }
        if picked.last() != Some(&best) {
            picked.push(best);
        }
    }
    picked
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn hashes(p: &Profile) -> BTreeSet<u64> {
        p.prints.iter().map(|p| p.hash).collect()
    }

    #[test]
    fn winnowing_picks_each_windows_rightmost_minimum_once() {
        // The example of the winnowing paper, section 4.
        let h = [
            77, 74, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77, 74, 42, 17, 98,
        ];
        let picked: Vec<u64> = winnow(&h, 4).into_iter().map(|i| h[i]).collect();
        assert_eq!(picked, [17, 17, 8, 39, 17]);
        assert_eq!(winnow(&[5, 3, 9], 4), [1]);
        assert!(winnow(&[], 4).is_empty());
    }

    #[test]
    fn every_long_enough_shared_run_shares_a_fingerprint() {
        // Any window of w hashes contributes its minimum, so two sequences
        // sharing w consecutive hashes share a pick.
        let shared = [900, 400, 700, 600, 800];
        let a: Vec<u64> = [1000, 950].iter().chain(&shared).copied().collect();
        let b: Vec<u64> = shared.iter().chain(&[990, 980, 970]).copied().collect();
        let pa: BTreeSet<u64> = winnow(&a, 4).into_iter().map(|i| a[i]).collect();
        let pb: BTreeSet<u64> = winnow(&b, 4).into_iter().map(|i| b[i]).collect();
        assert!(pa.intersection(&pb).next().is_some());
    }

    const TWO: &str = "import math\n\n@cache\ndef first(values):\n    total = 0\n    for v in values:\n        total += v * v\n    return math.sqrt(total)\n\nclass Second:\n    def __init__(self, items):\n        self.items = list(items)\n        self.count = len(self.items)\n";

    #[test]
    fn functions_decorators_and_top_level_statements_are_chunks() {
        let p = Profile::new(TWO);
        let firsts: Vec<String> = p
            .chunks
            .iter()
            .map(|c| c[0].sym.as_str().to_string())
            .collect();
        assert_eq!(firsts, ["import", "@", "class", "def"]);
        assert!(
            p.chunks
                .iter()
                .all(|c| c.iter().all(|t| t.sym != Sym::Indent))
        );
        assert!(
            p.chunks
                .iter()
                .all(|c| c.last().is_none_or(|t| t.sym != Sym::Dedent))
        );
    }

    #[test]
    fn reordering_definitions_keeps_every_fingerprint() {
        let reordered = "class Second:\n    def __init__(self, items):\n        self.items = list(items)\n        self.count = len(self.items)\n\n@cache\ndef first(values):\n    total = 0\n    for v in values:\n        total += v * v\n    return math.sqrt(total)\n\nimport math\n";
        let (a, b) = (Profile::new(TWO), Profile::new(reordered));
        assert!(!a.prints.is_empty());
        assert_eq!(hashes(&a), hashes(&b));
    }

    #[test]
    fn lines_of_a_print_span_its_kgram() {
        let p = Profile::new(TWO);
        let print = p.prints.iter().find(|x| x.chunk == 1).expect("a print");
        let (first, last) = p.lines(print);
        assert!((3..=8).contains(&first) && first <= last && last <= 8);
    }
}
