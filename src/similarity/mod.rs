//! Similarity: which students' submissions for the same exercise are
//! suspiciously alike, in the manner of MOSS.
//!
//! Each submission is tokenized with names and literals forgotten
//! ([`tokenize`]), cut into definitions, and reduced to winnowed k-gram
//! fingerprints ([`fingerprint`]).  Two submissions' similarity is the
//! Jaccard index of their fingerprint sets, after removing what says nothing
//! about copying: fingerprints of the exercise's starter file, and those so
//! common in the class that they are the exercise's idiom.  Renaming,
//! respacing, re-commenting and reordering functions change nothing.
//!
//! Plain synchronous code; it never runs a submission.

pub mod fingerprint;
pub mod tokenize;
pub mod walk;

use std::collections::{HashMap, HashSet};

pub use fingerprint::Profile;

/// Submissions with fewer fingerprints (after removing the starter's and
/// common ones) are too short to compare: a few shared lines would read as
/// a high similarity.
pub const MIN_PRINTS: usize = 4;
/// A fingerprint found in more submissions than this, and in more than a
/// tenth of the class, is an idiom of the exercise, not evidence.
pub const COMMON_MIN: usize = 10;

/// Two submissions of one exercise and how alike they are.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// Indices into the analysed submissions, `a < b`.
    pub a: usize,
    pub b: usize,
    /// Fingerprints both have.
    pub shared: usize,
    /// Shared over all fingerprints of either, 0..=1.
    pub similarity: f64,
}

/// One exercise's submissions and what comparing them found.
pub struct Findings {
    pub exercise: String,
    pub submissions: Vec<walk::Submission>,
    /// Pairs at or above the threshold, most alike first.
    pub pairs: Vec<Pair>,
    /// How many pairs were compared.
    pub compared: usize,
    /// Submissions too short to compare (indices).
    pub too_short: Vec<usize>,
}

/// A part of one submission that matches a part of the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// First and last line in each submission.
    pub a_lines: (u32, u32),
    pub b_lines: (u32, u32),
    /// Fingerprints shared within these lines.
    pub shared: usize,
}

/// One exercise's submissions, fingerprinted.
pub struct Analysis {
    pub profiles: Vec<Profile>,
    /// Each submission's fingerprints that count.
    pub sets: Vec<HashSet<u64>>,
    /// Fingerprints left out: the starter's and the class's common ones.
    ignored: HashSet<u64>,
}

impl Analysis {
    /// `starter` is the exercise's starter file, when known: what every
    /// student was given is no evidence of copying.
    pub fn new(sources: &[&str], starter: Option<&str>) -> Analysis {
        let profiles: Vec<Profile> = sources.iter().map(|s| Profile::new(s)).collect();
        let mut ignored: HashSet<u64> = starter
            .map(|s| Profile::new(s).prints.iter().map(|p| p.hash).collect())
            .unwrap_or_default();
        let all: Vec<HashSet<u64>> = profiles
            .iter()
            .map(|p| p.prints.iter().map(|p| p.hash).collect())
            .collect();
        let mut counts: HashMap<u64, usize> = HashMap::new();
        for set in &all {
            for h in set {
                *counts.entry(*h).or_default() += 1;
            }
        }
        let limit = COMMON_MIN.max(all.len() / 10);
        ignored.extend(
            counts
                .into_iter()
                .filter(|(_, n)| *n > limit)
                .map(|(h, _)| h),
        );
        let sets = all
            .into_iter()
            .map(|s| s.difference(&ignored).copied().collect())
            .collect();
        Analysis {
            profiles,
            sets,
            ignored,
        }
    }

    /// Submissions too short to compare.
    pub fn too_short(&self) -> Vec<usize> {
        (0..self.sets.len())
            .filter(|&i| self.sets[i].len() < MIN_PRINTS)
            .collect()
    }

    /// How many pairs were compared (those of submissions long enough).
    pub fn compared(&self) -> usize {
        let n = self.sets.len() - self.too_short().len();
        n * n.saturating_sub(1) / 2
    }

    /// Every pair sharing at least one fingerprint, most alike first.
    pub fn pairs(&self) -> Vec<Pair> {
        // An inverted index visits only pairs that share something.
        let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
        for (i, set) in self.sets.iter().enumerate() {
            if set.len() < MIN_PRINTS {
                continue;
            }
            for h in set {
                index.entry(*h).or_default().push(i);
            }
        }
        let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
        for holders in index.values() {
            for (x, &a) in holders.iter().enumerate() {
                for &b in &holders[x + 1..] {
                    *shared.entry((a.min(b), a.max(b))).or_default() += 1;
                }
            }
        }
        let mut pairs: Vec<Pair> = shared
            .into_iter()
            .map(|((a, b), n)| Pair {
                a,
                b,
                shared: n,
                similarity: n as f64 / (self.sets[a].len() + self.sets[b].len() - n) as f64,
            })
            .collect();
        pairs.sort_by(|x, y| {
            y.similarity
                .total_cmp(&x.similarity)
                .then((x.a, x.b).cmp(&(y.a, y.b)))
        });
        pairs
    }

    /// The pair of `a` and `b`, even when they share nothing.
    pub fn pair(&self, a: usize, b: usize) -> Pair {
        let shared = self.sets[a].intersection(&self.sets[b]).count();
        let union = self.sets[a].len() + self.sets[b].len() - shared;
        Pair {
            a: a.min(b),
            b: a.max(b),
            shared,
            similarity: if union == 0 {
                0.0
            } else {
                shared as f64 / union as f64
            },
        }
    }

    /// The matching parts of `a` and `b`: for each pair of definitions (or
    /// top-level statements) that share fingerprints, the lines the shared
    /// k-grams cover on each side; in `a`'s order.
    pub fn regions(&self, a: usize, b: usize) -> Vec<Region> {
        let (pa, pb) = (&self.profiles[a], &self.profiles[b]);
        let mut in_b: HashMap<u64, Vec<&fingerprint::Print>> = HashMap::new();
        for p in &pb.prints {
            if !self.ignored.contains(&p.hash) {
                in_b.entry(p.hash).or_default().push(p);
            }
        }
        let mut groups: HashMap<(usize, usize), Region> = HashMap::new();
        for p in &pa.prints {
            let Some(matches) = in_b.get(&p.hash) else {
                continue;
            };
            let la = pa.lines(p);
            for q in matches {
                let lb = pb.lines(q);
                groups
                    .entry((p.chunk, q.chunk))
                    .and_modify(|r| {
                        r.a_lines = (r.a_lines.0.min(la.0), r.a_lines.1.max(la.1));
                        r.b_lines = (r.b_lines.0.min(lb.0), r.b_lines.1.max(lb.1));
                        r.shared += 1;
                    })
                    .or_insert(Region {
                        a_lines: la,
                        b_lines: lb,
                        shared: 1,
                    });
            }
        }
        // Pair each definition with the one it shares most with, so that a
        // stray k-gram shared with some other function does not show up as
        // a match of its own.
        let mut candidates: Vec<((usize, usize), Region)> = groups.into_iter().collect();
        candidates.sort_by(|x, y| y.1.shared.cmp(&x.1.shared).then(x.0.cmp(&y.0)));
        let (mut used_a, mut used_b) = (HashSet::new(), HashSet::new());
        let mut regions: Vec<Region> = Vec::new();
        for ((ca, cb), region) in candidates {
            if !used_a.contains(&ca) && !used_b.contains(&cb) {
                used_a.insert(ca);
                used_b.insert(cb);
                regions.push(region);
            }
        }
        regions.sort_by_key(|r| (r.a_lines, r.b_lines));
        regions
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEAN: &str = "def mean(values):\n    total = 0\n    count = 0\n    for v in values:\n        total += v\n        count += 1\n    if count == 0:\n        raise ValueError('empty')\n    return total / count\n\ndef spread(values):\n    low = min(values)\n    high = max(values)\n    return high - low\n";

    #[test]
    fn a_renamed_reordered_copy_is_identical() {
        let copy = "def spread(xs):\n    # range of the data\n    lo = min(xs)\n    hi = max(xs)\n    return hi - lo\n\n\ndef mean(xs):\n    s = 0\n    n = 0\n    for x in xs:\n        s += x\n        n += 1\n    if n == 0:\n        raise ValueError('no data')\n    return s / n\n";
        let a = Analysis::new(&[MEAN, copy], None);
        let pairs = a.pairs();
        assert_eq!(pairs.len(), 1);
        assert_eq!(pairs[0].similarity, 1.0);
        let regions = a.regions(0, 1);
        assert!(regions.iter().any(|r| r.a_lines.0 == 1 && r.b_lines.0 >= 8));
    }

    #[test]
    fn the_starter_is_not_evidence() {
        let starter = "def mean(values):\n    raise NotImplementedError('write mean()')\n\ndef spread(values):\n    raise NotImplementedError('write spread()')\n";
        let both_unchanged = Analysis::new(&[starter, starter], Some(starter));
        assert!(both_unchanged.pairs().is_empty());
        assert_eq!(both_unchanged.too_short(), [0, 1]);
        assert_eq!(both_unchanged.compared(), 0);
    }

    #[test]
    fn fingerprints_in_most_of_a_large_class_are_ignored() {
        let mut class = vec![MEAN; COMMON_MIN + 1];
        class.push("print('hello')\n");
        let a = Analysis::new(&class, None);
        assert!(a.sets[0].is_empty(), "everyone's code is the idiom");
        assert!(a.pairs().is_empty());
    }
}
