//! Averaged perceptron: the learner behind the tagger and the parser.
//!
//! Features are 64-bit hashes (see [`Mix`]); a class's score is the sum of the
//! weights of the features present. Training ([`Trainer`]) keeps integer
//! weights and the running sums needed for averaging, and grows a row only for
//! features that take part in an update. Finishing training averages the
//! weights, prunes rows whose weights are all near zero and quantises the rest to
//! `i16` ([`Classifier`]), which is what a model file stores.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Builds a feature hash from a template number and atom hashes.
#[derive(Debug, Clone, Copy)]
pub struct Mix(u64);

impl Mix {
    /// Starts a feature of template `template`.
    #[inline]
    pub fn new(template: u64) -> Mix {
        Mix(template.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x51_7CC1_B727_220A)
    }

    /// Adds one atom to the feature.
    #[inline]
    pub fn with(self, atom: u64) -> Mix {
        Mix((self.0 ^ atom)
            .wrapping_mul(0xFF51_AFD7_ED55_8CCD)
            .rotate_left(29))
    }

    /// The finished feature hash; never 0.
    #[inline]
    pub fn finish(self) -> u64 {
        fmix(self.0).max(1)
    }
}

/// MurmurHash3's 64-bit finaliser.
#[inline]
pub fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^= h >> 33;
    h
}

/// FNV-1a hash of a string, finalised.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01B3);
    }
    fmix(h)
}

/// Hasher for keys that are already hashes.
#[derive(Default)]
pub struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type FeatureIndex = HashMap<u64, u32, BuildHasherDefault<IdentityHasher>>;

/// A perceptron being trained.
#[derive(Debug, Clone)]
pub struct Trainer {
    n_classes: usize,
    index: FeatureIndex,
    keys: Vec<u64>,
    weights: Vec<i32>,
    /// Sum over updates of `step * delta`, for averaging.
    timed: Vec<i64>,
    step: i64,
}

impl Trainer {
    /// A trainer for `n_classes` classes.
    pub fn new(n_classes: usize) -> Trainer {
        Trainer {
            n_classes,
            index: FeatureIndex::default(),
            keys: Vec::new(),
            weights: Vec::new(),
            timed: Vec::new(),
            step: 1,
        }
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of feature rows so far.
    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// Adds the current weights of `features` to `scores` (one per class).
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        scores.fill(0.0);
        for f in features {
            if let Some(&row) = self.index.get(f) {
                let row = &self.weights[row as usize * self.n_classes..][..self.n_classes];
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += *w as f32;
                }
            }
        }
    }

    /// Counts one training example (advances the averaging clock).
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// Rewards `truth` and penalises `guess` for `features`; nothing when they are equal.
    pub fn update(&mut self, features: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &f in features {
            let row = match self.index.get(&f) {
                Some(&r) => r as usize,
                None => {
                    let r = self.keys.len();
                    self.index.insert(f, r as u32);
                    self.keys.push(f);
                    self.weights.extend(std::iter::repeat_n(0, self.n_classes));
                    self.timed.extend(std::iter::repeat_n(0, self.n_classes));
                    r
                }
            };
            let base = row * self.n_classes;
            self.weights[base + truth] += 1;
            self.timed[base + truth] += self.step;
            self.weights[base + guess] -= 1;
            self.timed[base + guess] -= self.step;
        }
    }

    /// Averages, prunes and quantises. Rows whose averaged weights are all
    /// below `prune` in absolute value are dropped, and so are single weights
    /// that quantise to zero.
    pub fn finish(&self, prune: f32) -> Classifier {
        let n = self.n_classes;
        let c = self.step as f64;
        // Rows by stored key (the hash's high half); rows whose keys coincide are summed.
        let mut rows: HashMap<u32, Vec<f32>, BuildHasherDefault<IdentityHasher>> =
            HashMap::default();
        let mut order = Vec::new();
        for (r, &key) in self.keys.iter().enumerate() {
            let base = r * n;
            let averaged = (0..n).map(|k| {
                (f64::from(self.weights[base + k]) - self.timed[base + k] as f64 / c) as f32
            });
            if !averaged.clone().any(|w| w.abs() >= prune) {
                continue;
            }
            let stored = stored_key(key);
            let row = rows.entry(stored).or_insert_with(|| {
                order.push(stored);
                vec![0.0; n]
            });
            for (acc, w) in row.iter_mut().zip(averaged) {
                *acc += w;
            }
        }
        let max = rows
            .values()
            .flatten()
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(f32::MIN_POSITIVE);
        let scale = max / f32::from(i16::MAX);
        let mut keys = Vec::with_capacity(order.len());
        let mut offsets = vec![0u32];
        let mut classes = Vec::new();
        let mut weights = Vec::new();
        for key in order {
            let before = weights.len();
            for (k, w) in rows[&key].iter().enumerate() {
                let q = (w / scale).round() as i16;
                if q != 0 {
                    classes.push(k as u8);
                    weights.push(q);
                }
            }
            if weights.len() > before {
                keys.push(key);
                offsets.push(weights.len() as u32);
            }
        }
        Classifier::from_parts(n, scale, keys, offsets, classes, weights)
    }
}

/// The part of a feature hash a [`Classifier`] stores: the high 32 bits, never 0.
#[inline]
pub fn stored_key(feature: u64) -> u32 {
    ((feature >> 32) as u32).max(1)
}

/// A trained, quantised perceptron: features → per-class scores. Rows are
/// sparse: only non-zero weights are kept, as (class, weight) pairs.
#[derive(Debug, Clone, PartialEq)]
pub struct Classifier {
    n_classes: usize,
    scale: f32,
    /// Stored key of each row (see [`stored_key`]), in row order.
    keys: Vec<u32>,
    /// Row `r` holds pairs `offsets[r]..offsets[r + 1]`.
    offsets: Vec<u32>,
    /// Class of each pair.
    classes: Vec<u8>,
    /// Quantised weight of each pair.
    weights: Vec<i16>,
    /// Open-addressing table: slot → row + 1 (0 = empty).
    slots: Vec<u32>,
    mask: usize,
}

/// Why stored classifier parts do not fit together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadParts;

impl Classifier {
    /// Builds a classifier from its stored parts.
    ///
    /// # Panics
    /// If the parts do not fit together (see [`Classifier::try_from_parts`]).
    pub fn from_parts(
        n_classes: usize,
        scale: f32,
        keys: Vec<u32>,
        offsets: Vec<u32>,
        classes: Vec<u8>,
        weights: Vec<i16>,
    ) -> Classifier {
        Classifier::try_from_parts(n_classes, scale, keys, offsets, classes, weights)
            .expect("consistent classifier parts")
    }

    /// Builds a classifier from its stored parts, checking that they fit:
    /// 1..=256 classes, one offset more than keys, offsets rising to the number
    /// of pairs, classes in range, no zero key.
    pub fn try_from_parts(
        n_classes: usize,
        scale: f32,
        keys: Vec<u32>,
        offsets: Vec<u32>,
        classes: Vec<u8>,
        weights: Vec<i16>,
    ) -> Result<Classifier, BadParts> {
        let fits = (1..=256).contains(&n_classes)
            && offsets.len() == keys.len() + 1
            && offsets.first() == Some(&0)
            && offsets.windows(2).all(|w| w[0] <= w[1])
            && offsets.last().map(|&o| o as usize) == Some(weights.len())
            && classes.len() == weights.len()
            && classes.iter().all(|&c| (c as usize) < n_classes)
            && !keys.contains(&0)
            && scale.is_finite();
        if !fits {
            return Err(BadParts);
        }
        let size = (keys.len() * 2).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![0u32; size];
        for (r, &k) in keys.iter().enumerate() {
            let mut i = (k as usize) & mask;
            while slots[i] != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = r as u32 + 1;
        }
        Ok(Classifier {
            n_classes,
            scale,
            keys,
            offsets,
            classes,
            weights,
            slots,
            mask,
        })
    }

    /// An empty classifier: every score is 0.
    pub fn empty(n_classes: usize) -> Classifier {
        Classifier::from_parts(n_classes, 1.0, Vec::new(), vec![0], Vec::new(), Vec::new())
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of stored feature rows.
    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// Quantisation step: a stored weight of 1 is worth this much.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Stored keys, in row order.
    pub fn keys(&self) -> &[u32] {
        &self.keys
    }

    /// Row offsets into the pairs.
    pub fn offsets(&self) -> &[u32] {
        &self.offsets
    }

    /// Class of each pair.
    pub fn classes(&self) -> &[u8] {
        &self.classes
    }

    /// Quantised weight of each pair.
    pub fn weights(&self) -> &[i16] {
        &self.weights
    }

    #[inline]
    fn row(&self, key: u32) -> Option<usize> {
        let mut i = (key as usize) & self.mask;
        loop {
            let s = self.slots[i];
            if s == 0 {
                return None;
            }
            let r = (s - 1) as usize;
            if self.keys[r] == key {
                return Some(r);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Sums the weights of `features` into `scores` (quantised units), one per class.
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        scores.fill(0);
        for &f in features {
            if let Some(r) = self.row(stored_key(f)) {
                let (a, b) = (self.offsets[r] as usize, self.offsets[r + 1] as usize);
                for (c, w) in self.classes[a..b].iter().zip(&self.weights[a..b]) {
                    scores[*c as usize] += i32::from(*w);
                }
            }
        }
    }
}

/// Index of the highest score among the classes allowed by `allowed`; ties go to the lower index.
pub fn best<S: PartialOrd + Copy>(scores: &[S], allowed: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (i, s) in scores.iter().enumerate() {
        if allowed(i) && best.is_none_or(|b| *s > scores[b]) {
            best = Some(i);
        }
    }
    best
}

/// Small deterministic random number generator (SplitMix64) for shuffling and exploration.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        fmix(self.0)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Shuffles `items` (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem_and_keeps_it_after_quantising() {
        // Class = which of three features is present.
        let data: Vec<(Vec<u64>, usize)> = (0..30)
            .map(|i| {
                (
                    vec![Mix::new(1).with(i % 3).finish(), Mix::new(2).finish()],
                    (i % 3) as usize,
                )
            })
            .collect();
        let mut t = Trainer::new(3);
        let mut scores = vec![0f32; 3];
        for _ in 0..5 {
            for (f, y) in &data {
                t.score(f, &mut scores);
                let g = best(&scores, |_| true).unwrap();
                t.update(f, *y, g);
                t.tick();
            }
        }
        let c = t.finish(0.0);
        let mut s = vec![0i32; 3];
        for (f, y) in &data {
            c.score(f, &mut s);
            assert_eq!(best(&s, |_| true), Some(*y));
        }
        let rebuilt = Classifier::from_parts(
            3,
            c.scale(),
            c.keys().to_vec(),
            c.offsets().to_vec(),
            c.classes().to_vec(),
            c.weights().to_vec(),
        );
        assert_eq!(rebuilt, c);
    }

    #[test]
    fn unknown_features_score_nothing() {
        let seven = 7u64 << 32;
        let c = Classifier::from_parts(2, 1.0, vec![7], vec![0, 2], vec![0, 1], vec![3, -3]);
        let mut s = vec![5i32; 2];
        c.score(&[8 << 32, 9 << 32], &mut s);
        assert_eq!(s, [0, 0]);
        c.score(&[seven, seven], &mut s);
        assert_eq!(s, [6, -6]);
    }

    #[test]
    fn best_respects_the_filter_and_breaks_ties_low() {
        assert_eq!(best(&[1, 3, 3], |_| true), Some(1));
        assert_eq!(best(&[1, 3, 3], |i| i != 1), Some(2));
        assert_eq!(best(&[1, 3], |_| false), None);
    }
}
