//! Word clusters learned from unlabelled text, for the tagger's and the
//! parser's features: words that occur in the same contexts share a cluster,
//! so a word the treebanks never show ("Vientiane", "refuelling") still
//! looks like the words it behaves like.
//!
//! The clustering is the exchange algorithm for a class bigram model (Kneser
//! and Ney 1993; Martin, Liermann and Ney 1998): every word starts in a class
//! by its frequency rank, then, pass after pass, each word moves to the class
//! that most raises the likelihood of the text under
//! `P(w_i | w_{i-1}) = P(c_i | c_{i-1}) P(w_i | c_i)`. Words are keyed by
//! [`crate::tagger::WordAtoms::word`] (lower-cased, digits folded), so the
//! clusters need no strings. Deterministic: the same text gives the same
//! clusters.

use std::collections::{BTreeMap, HashMap};

/// Word → cluster, for the words seen often enough in the unlabelled text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clusters {
    /// Cluster of each word hash.
    pub of: crate::perceptron::HashKeyed<u16>,
    /// Number of clusters (0 when there are none).
    pub count: u16,
}

/// Cluster feature value of a word the clusters do not know.
pub const UNKNOWN_CLUSTER: u64 = 0xC1A5_5000_0000;

impl Clusters {
    /// Feature value of the word with hash `word`: its cluster, or
    /// [`UNKNOWN_CLUSTER`].
    #[inline]
    pub fn feature(&self, word: u64) -> u64 {
        self.of
            .get(&word)
            .map_or(UNKNOWN_CLUSTER, |&c| 0xC1A5_0000 + u64::from(c))
    }
}

/// Settings for [`learn`].
#[derive(Debug, Clone, Copy)]
pub struct ClusterSettings {
    /// Clusters to form.
    pub clusters: usize,
    /// Words seen fewer times than this are not clustered.
    pub min_count: usize,
    /// Most passes over the vocabulary (learning stops earlier when no word moves).
    pub passes: usize,
}

impl Default for ClusterSettings {
    fn default() -> Self {
        ClusterSettings {
            clusters: 256,
            min_count: 3,
            passes: 12,
        }
    }
}

/// `x ln x`, 0 for 0.
#[inline]
fn xlogx(x: i64) -> f64 {
    if x <= 0 {
        0.0
    } else {
        let x = x as f64;
        x * x.ln()
    }
}

/// Learns clusters from sentences of word hashes. `progress` gets each pass's
/// number, the words that moved and the log-likelihood term being maximised.
pub fn learn(
    sentences: &[Vec<u64>],
    settings: &ClusterSettings,
    mut progress: impl FnMut(usize, usize, f64),
) -> Clusters {
    let c_count = settings.clusters.max(2);
    // Vocabulary: frequent words by falling count (ties by hash).
    let mut counts: HashMap<u64, usize> = HashMap::new();
    for s in sentences {
        for &w in s {
            *counts.entry(w).or_default() += 1;
        }
    }
    let mut vocab: Vec<(u64, usize)> = counts
        .into_iter()
        .filter(|&(_, n)| n >= settings.min_count.max(1))
        .collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if vocab.is_empty() {
        return Clusters::default();
    }
    let index: crate::perceptron::HashKeyed<u32> = vocab
        .iter()
        .enumerate()
        .map(|(i, &(w, _))| (w, i as u32))
        .collect();
    let v = vocab.len();
    // Two pseudo-words in classes of their own that never move: sentence
    // boundaries and rare words.
    let (boundary, rare) = (v as u32, v as u32 + 1);
    let (boundary_class, rare_class) = (c_count, c_count + 1);
    let k = c_count + 2;
    let mut class: Vec<usize> = (0..v).map(|i| i % c_count).collect();
    class.push(boundary_class);
    class.push(rare_class);
    let mut unigram = vec![0i64; v + 2];
    let mut bigrams: BTreeMap<(u32, u32), i64> = BTreeMap::new();
    for s in sentences {
        let mut prev = boundary;
        unigram[boundary as usize] += 1;
        for w in s {
            let cur = index.get(w).copied().unwrap_or(rare);
            unigram[cur as usize] += 1;
            *bigrams.entry((prev, cur)).or_default() += 1;
            prev = cur;
        }
        *bigrams.entry((prev, boundary)).or_default() += 1;
    }
    // Neighbours of each word: right (w, x) and left (x, w), self-pairs apart.
    let mut right: Vec<Vec<(u32, i64)>> = vec![Vec::new(); v + 2];
    let mut left: Vec<Vec<(u32, i64)>> = vec![Vec::new(); v + 2];
    let mut selfpair = vec![0i64; v + 2];
    for (&(a, b), &n) in &bigrams {
        if a == b {
            selfpair[a as usize] += n;
        } else {
            right[a as usize].push((b, n));
            left[b as usize].push((a, n));
        }
    }
    drop(bigrams);
    // Class bigram and unigram counts.
    let mut pair = vec![0i64; k * k];
    let mut total = vec![0i64; k];
    for w in 0..v + 2 {
        total[class[w]] += unigram[w];
        pair[class[w] * k + class[w]] += selfpair[w];
        for &(x, n) in &right[w] {
            pair[class[w] * k + class[x as usize]] += n;
        }
    }
    let likelihood = |pair: &[i64], total: &[i64]| {
        pair.iter().map(|&n| xlogx(n)).sum::<f64>()
            - 2.0 * total.iter().map(|&n| xlogx(n)).sum::<f64>()
    };
    let mut r = vec![0i64; k];
    let mut l = vec![0i64; k];
    let mut touched_r: Vec<usize> = Vec::new();
    let mut touched_l: Vec<usize> = Vec::new();
    for pass in 1..=settings.passes {
        let mut moved = 0;
        for w in 0..v {
            let n = unigram[w];
            let s = selfpair[w];
            // Counts of w's neighbours by class.
            for &(x, c) in &right[w] {
                let cx = class[x as usize];
                if r[cx] == 0 {
                    touched_r.push(cx);
                }
                r[cx] += c;
            }
            for &(x, c) in &left[w] {
                let cx = class[x as usize];
                if l[cx] == 0 {
                    touched_l.push(cx);
                }
                l[cx] += c;
            }
            touched_r.sort_unstable();
            touched_l.sort_unstable();
            // Take w out of its class.
            let old = class[w];
            for &c in &touched_r {
                if c != old {
                    pair[old * k + c] -= r[c];
                }
            }
            for &c in &touched_l {
                if c != old {
                    pair[c * k + old] -= l[c];
                }
            }
            pair[old * k + old] -= r[old] + l[old] + s;
            total[old] -= n;
            // The class whose likelihood gains most from taking w.
            let mut best = (f64::NEG_INFINITY, old);
            for c in 0..c_count {
                let mut gain = 0.0;
                for &x in &touched_r {
                    if x != c {
                        let before = pair[c * k + x];
                        gain += xlogx(before + r[x]) - xlogx(before);
                    }
                }
                for &x in &touched_l {
                    if x != c {
                        let before = pair[x * k + c];
                        gain += xlogx(before + l[x]) - xlogx(before);
                    }
                }
                let before = pair[c * k + c];
                gain += xlogx(before + r[c] + l[c] + s) - xlogx(before);
                gain -= 2.0 * (xlogx(total[c] + n) - xlogx(total[c]));
                // Strictly better, so ties keep the lower class (and the old one first).
                if gain > best.0 + 1e-9 || (c == old && gain >= best.0 - 1e-9) {
                    best = (gain, c);
                }
            }
            let new = best.1;
            if new != old {
                moved += 1;
            }
            class[w] = new;
            for &c in &touched_r {
                if c != new {
                    pair[new * k + c] += r[c];
                }
            }
            for &c in &touched_l {
                if c != new {
                    pair[c * k + new] += l[c];
                }
            }
            pair[new * k + new] += r[new] + l[new] + s;
            total[new] += n;
            for &c in &touched_r {
                r[c] = 0;
            }
            for &c in &touched_l {
                l[c] = 0;
            }
            touched_r.clear();
            touched_l.clear();
        }
        progress(pass, moved, likelihood(&pair, &total));
        if moved == 0 {
            break;
        }
    }
    Clusters {
        of: vocab
            .iter()
            .enumerate()
            .map(|(i, &(w, _))| (w, class[i] as u16))
            .collect(),
        count: c_count as u16,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two kinds of word in fixed frames ("the N verbed", "they V the N"):
    /// the exchange algorithm puts nouns with nouns and verbs with verbs.
    #[test]
    fn words_in_the_same_frames_share_a_cluster() {
        let nouns = [101u64, 102, 103, 104, 105, 106];
        let verbs = [201u64, 202, 203, 204, 205, 206];
        let (the, they, dot) = (1u64, 2u64, 3u64);
        let mut text = Vec::new();
        for &n in &nouns {
            for &v in &verbs {
                text.push(vec![the, n, v, dot]);
                text.push(vec![they, v, the, n, dot]);
            }
        }
        let settings = ClusterSettings {
            clusters: 4,
            min_count: 1,
            passes: 20,
        };
        let mut last = f64::NEG_INFINITY;
        let clusters = learn(&text, &settings, |_, _, ll| {
            assert!(
                ll >= last - 1e-6,
                "the likelihood never falls: {ll} < {last}"
            );
            last = ll;
        });
        let c = |w: u64| clusters.of[&w];
        assert!(nouns.iter().all(|&n| c(n) == c(nouns[0])), "{clusters:?}");
        assert!(verbs.iter().all(|&v| c(v) == c(verbs[0])), "{clusters:?}");
        assert_ne!(c(nouns[0]), c(verbs[0]));
        assert_eq!(clusters, learn(&text, &settings, |_, _, _| {}));
        assert_eq!(clusters.feature(999), UNKNOWN_CLUSTER);
        assert_ne!(clusters.feature(nouns[0]), UNKNOWN_CLUSTER);
    }

    #[test]
    fn no_text_gives_no_clusters() {
        let c = learn(&[], &ClusterSettings::default(), |_, _, _| {});
        assert_eq!(c, Clusters::default());
        let rare = learn(&[vec![1, 2, 3]], &ClusterSettings::default(), |_, _, _| {});
        assert!(rare.of.is_empty());
    }
}
