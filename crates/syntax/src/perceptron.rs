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

/// A map keyed by values that are already hashes (word hashes): no rehashing.
pub type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

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
    /// Position, in the feature list of the update that created it, of each
    /// row's feature: the feature's template when lists have a fixed layout.
    template: Vec<u16>,
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
            template: Vec::new(),
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
        for (position, &f) in features.iter().enumerate() {
            let row = match self.index.get(&f) {
                Some(&r) => r as usize,
                None => {
                    let r = self.keys.len();
                    self.index.insert(f, r as u32);
                    self.keys.push(f);
                    self.template
                        .push(position.min(usize::from(u16::MAX)) as u16);
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

    /// For each position in the feature lists (each template, when lists have
    /// a fixed layout): rows, and the summed largest absolute averaged weight of
    /// its rows — a rough measure of how much the template is used.
    pub fn template_mass(&self) -> Vec<(usize, f64)> {
        let n = self.n_classes;
        let c = self.step as f64;
        let mut out: Vec<(usize, f64)> = Vec::new();
        for (r, &t) in self.template.iter().enumerate() {
            let t = t as usize;
            if out.len() <= t {
                out.resize(t + 1, (0, 0.0));
            }
            let base = r * n;
            let max = (0..n)
                .map(|k| {
                    (f64::from(self.weights[base + k]) - self.timed[base + k] as f64 / c).abs()
                })
                .fold(0.0, f64::max);
            out[t].0 += 1;
            out[t].1 += max;
        }
        out
    }

    /// Averages, prunes and quantises. Rows whose averaged weights are all
    /// below `prune` in absolute value are dropped; in the rows kept, single
    /// weights below `prune_pairs` (and those that quantise to zero) are too.
    pub fn finish(&self, prune: f32, prune_pairs: f32) -> Classifier {
        Trainer::finish_mixed(&[self], prune, prune_pairs)
    }

    /// [`Trainer::finish`] for several trainers of the same classes and
    /// features: each feature's row is the mean of the members' averaged rows
    /// (a member without the feature counts as zeros), so the classifier
    /// scores a decision as the members' mean score.
    ///
    /// # Panics
    /// If `members` is empty or the members differ in their number of classes.
    pub fn finish_mixed(members: &[&Trainer], prune: f32, prune_pairs: f32) -> Classifier {
        let n = members[0].n_classes;
        assert!(members.iter().all(|m| m.n_classes == n), "same classes");
        let share = members.len() as f64;
        // Mean rows by full feature hash, in order of first appearance.
        let mut index: FeatureIndex = FeatureIndex::default();
        let mut full: Vec<(u64, Vec<f32>)> = Vec::new();
        for m in members {
            let c = m.step as f64;
            for (r, &key) in m.keys.iter().enumerate() {
                let base = r * n;
                let at = *index.entry(key).or_insert_with(|| {
                    full.push((key, vec![0.0; n]));
                    (full.len() - 1) as u32
                }) as usize;
                for (k, acc) in full[at].1.iter_mut().enumerate() {
                    *acc += ((f64::from(m.weights[base + k]) - m.timed[base + k] as f64 / c)
                        / share) as f32;
                }
            }
        }
        // Rows by stored key (the hash's high half); rows whose keys coincide are summed.
        let mut rows: HashMap<u32, Vec<f32>, BuildHasherDefault<IdentityHasher>> =
            HashMap::default();
        let mut order = Vec::new();
        for (key, averaged) in full {
            let averaged = averaged.into_iter();
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
                if q != 0 && w.abs() >= prune_pairs {
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
    /// Open-addressing table of rows, 16 bytes a slot so that finding a row
    /// (and, for rows of up to three pairs, reading it) costs one memory
    /// access: `[key, meta, pair, pair]`. `meta`'s low 8 bits are the row's
    /// pair count minus one; rows of up to three pairs keep their first pair
    /// in `meta`'s upper 24 bits and the others in the last two words; longer
    /// rows keep their offset into `pairs` there instead, and, if the row is
    /// also kept dense (see `dense`), its number in `dense` plus one in the
    /// third word. Empty slots have key 0.
    slots: Vec<[u32; 4]>,
    /// For classifiers of at most [`SMALL_CLASSES`] classes (the parser's
    /// transitions), a denser table used instead of `slots`: 8 bytes a slot,
    /// `[fingerprint, w0, w1, w2]`, where the fingerprint is the key's low 16
    /// bits (never 0; the slot's position holds the key's high bits) and the
    /// weights are dense. Small enough to stay in cache.
    small: Vec<[u16; 4]>,
    /// (class, weight) pairs, rows in order: class in the low 8 bits, the
    /// weight's 16 bits above it.
    pairs: Vec<u32>,
    /// The rows of at least [`dense_min`] pairs once more, as one weight per
    /// class (0 for the classes the row has no pair for), `n_classes` a row:
    /// adding a long row is then a loop the compiler vectorises instead of
    /// a scattered update per pair. The sums are the same.
    dense: Vec<i16>,
    /// Key of each row, in row order (for writing the model).
    keys: Vec<u32>,
    /// First pair of each row, plus the end (for writing the model).
    offsets: Vec<u32>,
}

/// Classifiers with at most this many classes use the dense 8-byte slots.
pub const SMALL_CLASSES: usize = 3;

/// The part of a key kept in a dense slot: its low 16 bits, never 0.
#[inline(always)]
fn fingerprint(key: u32) -> u16 {
    (key as u16).max(1)
}

/// The slot where the search for `key` starts in a table of `size` slots.
#[inline(always)]
fn home(key: u32, size: usize) -> usize {
    ((u64::from(key) * size as u64) >> 32) as usize
}

/// Puts `slot` at the first free place from `key`'s home (linear probing).
fn insert<S>(table: &mut [S], key: u32, slot: S, occupied: impl Fn(&S) -> bool) {
    let size = table.len();
    let mut i = home(key, size);
    while occupied(&table[i]) {
        i = if i + 1 == size { 0 } else { i + 1 };
    }
    table[i] = slot;
}

/// Rows of up to this many pairs live in their slot.
const INLINE_PAIRS: usize = 3;

/// Rows of at least this many pairs are also kept dense, one weight per class
/// (see `Classifier::dense`): about where adding the whole row costs no more
/// than adding its pairs one by one.
fn dense_min(n_classes: usize) -> usize {
    (n_classes / 8).max(INLINE_PAIRS + 1)
}

/// Most (class, weight) pairs a classifier can hold (24-bit offsets).
pub const MAX_PAIRS: usize = 1 << 24;

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
    /// 1..=256 classes, one offset more than keys, every row 1..=256 pairs and
    /// the offsets ending at the number of pairs, classes in range, no zero key.
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
            && offsets
                .windows(2)
                .all(|w| w[0] < w[1] && w[1] - w[0] <= 256)
            && offsets.last().map(|&o| o as usize) == Some(weights.len())
            && classes.len() == weights.len()
            && classes.iter().all(|&c| (c as usize) < n_classes)
            && !keys.contains(&0)
            && scale.is_finite();
        if !fits {
            return Err(BadParts);
        }
        if weights.len() > MAX_PAIRS {
            return Err(BadParts);
        }
        // Load factor 2/3; a slot is found by scaling the key to the table size.
        let size = keys.len() * 3 / 2 + 16;
        let pairs: Vec<u32> = classes
            .iter()
            .zip(&weights)
            .map(|(&c, &w)| (u32::from(w as u16) << 8) | u32::from(c))
            .collect();
        if n_classes <= SMALL_CLASSES {
            let mut small = vec![[0u16; 4]; size];
            for (r, &k) in keys.iter().enumerate() {
                let mut slot = [fingerprint(k), 0, 0, 0];
                for p in &pairs[offsets[r] as usize..offsets[r + 1] as usize] {
                    slot[1 + (p & 0xFF) as usize] = (p >> 8) as u16;
                }
                insert(&mut small, k, slot, |s| s[0] != 0);
            }
            return Ok(Classifier {
                n_classes,
                scale,
                slots: Vec::new(),
                small,
                pairs,
                dense: Vec::new(),
                keys,
                offsets,
            });
        }
        let mut slots = vec![[0u32; 4]; size];
        let mut dense = Vec::new();
        for (r, &k) in keys.iter().enumerate() {
            let (a, b) = (offsets[r] as usize, offsets[r + 1] as usize);
            let count = (b - a) as u32;
            let slot = if b - a >= dense_min(n_classes) {
                let number = (dense.len() / n_classes) as u32 + 1;
                let row = dense.len();
                dense.resize(row + n_classes, 0);
                for &p in &pairs[a..b] {
                    dense[row + (p & 0xFF) as usize] = (p >> 8) as u16 as i16;
                }
                [k, ((a as u32) << 8) | (count - 1), number, 0]
            } else if b - a <= INLINE_PAIRS {
                let row = &pairs[a..b];
                [
                    k,
                    (row[0] << 8) | (count - 1),
                    row.get(1).copied().unwrap_or(0),
                    row.get(2).copied().unwrap_or(0),
                ]
            } else {
                [k, ((a as u32) << 8) | (count - 1), 0, 0]
            };
            insert(&mut slots, k, slot, |s| s[0] != 0);
        }
        Ok(Classifier {
            n_classes,
            scale,
            slots,
            small: Vec::new(),
            pairs,
            dense,
            keys,
            offsets,
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

    /// Rows as (key, first pair, pair count), in row order.
    fn row_list(&self) -> Vec<(u32, u32, u32)> {
        self.keys
            .iter()
            .zip(self.offsets.windows(2))
            .map(|(&k, o)| (k, o[0], o[1] - o[0]))
            .collect()
    }

    /// Stored keys, in row order.
    pub fn keys(&self) -> &[u32] {
        &self.keys
    }

    /// Row offsets into the pairs (one more than rows).
    pub fn offsets(&self) -> &[u32] {
        &self.offsets
    }

    /// Class of each pair.
    pub fn classes(&self) -> Vec<u8> {
        self.pairs.iter().map(|&p| p as u8).collect()
    }

    /// Quantised weight of each pair.
    pub fn weights(&self) -> Vec<i16> {
        self.pairs.iter().map(|&p| (p >> 8) as u16 as i16).collect()
    }

    /// A copy without the rows whose weights are all below `min` in absolute value.
    pub fn pruned(&self, min: f32) -> Classifier {
        let (mut keys, mut offsets, mut classes, mut weights) =
            (Vec::new(), vec![0u32], Vec::new(), Vec::new());
        for (key, a, n) in self.row_list() {
            let row = &self.pairs[a as usize..(a + n) as usize];
            let w = |p: u32| (p >> 8) as u16 as i16;
            if row
                .iter()
                .any(|&p| f32::from(w(p)).abs() * self.scale >= min)
            {
                keys.push(key);
                classes.extend(row.iter().map(|&p| p as u8));
                weights.extend(row.iter().map(|&p| w(p)));
                offsets.push(weights.len() as u32);
            }
        }
        Classifier::from_parts(self.n_classes, self.scale, keys, offsets, classes, weights)
    }

    /// Sums the weights of `features` into `scores` (quantised units), one per class.
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        scores.fill(0);
        self.add_scores(features, scores);
    }

    /// Adds the weights of `features` to `scores` (quantised units), one per class.
    pub fn add_scores(&self, features: &[u64], scores: &mut [i32]) {
        self.add_scores_grouped(features, features.len().max(1), scores);
    }

    /// Scores several decisions at once: the features come in groups of
    /// `width`, and group `g`'s weights are added to `scores[g * n_classes..]`
    /// (one score per class). The same sums as [`Classifier::add_scores`] on
    /// each group, with the memory reads of all groups overlapped.
    ///
    /// # Panics
    /// If `scores` is shorter than the groups need or `width` is 0.
    pub fn add_scores_grouped(&self, features: &[u64], width: usize, scores: &mut [i32]) {
        assert!(width > 0, "groups of at least one feature");
        if !self.small.is_empty() {
            let n = self.n_classes;
            for (group, out) in features.chunks(width).zip(scores.chunks_mut(n)) {
                self.score_small(group, out);
            }
            return;
        }
        self.add_rows(features, width, scores);
    }

    /// [`Classifier::add_scores_grouped`] over the sparse table.
    ///
    /// Memory reads are overlapped in three passes over each batch of
    /// features: the first reads every feature's first slot, the second finds
    /// the rows (adding those kept in their slot) and reads the first pair of
    /// each longer row, the third adds the longer rows. Scores are integer
    /// sums, so the order in which rows are added does not change them.
    fn add_rows(&self, features: &[u64], width: usize, scores: &mut [i32]) {
        const BATCH: usize = 64;
        #[inline(always)]
        fn add(scores: &mut [i32], base: usize, pair: u32) {
            scores[base + (pair & 0xFF) as usize] += i32::from((pair >> 8) as u16 as i16);
        }
        let (slots, pairs, dense) = (
            self.slots.as_slice(),
            self.pairs.as_slice(),
            self.dense.as_slice(),
        );
        let size = slots.len();
        let n = self.n_classes;
        let mut first = [[0u32; 4]; BATCH];
        // Longer rows of the batch: (score row, first pair, offset of the second, end).
        let mut long = [(0usize, 0u32, 0usize, 0usize); BATCH];
        for (c, chunk) in features.chunks(BATCH).enumerate() {
            for (slot, &f) in first.iter_mut().zip(chunk) {
                *slot = slots[home(stored_key(f), size)];
            }
            let mut n_long = 0;
            for (k, &f) in chunk.iter().enumerate() {
                let key = stored_key(f);
                let mut s = first[k];
                let mut i = home(key, size);
                while s[0] != 0 && s[0] != key {
                    i = if i + 1 == size { 0 } else { i + 1 };
                    s = slots[i];
                }
                if s[0] == 0 {
                    continue;
                }
                let base = (c * BATCH + k) / width * n;
                let count = (s[1] & 0xFF) as usize + 1;
                if count <= INLINE_PAIRS {
                    add(scores, base, s[1] >> 8);
                    if count >= 2 {
                        add(scores, base, s[2]);
                    }
                    if count == 3 {
                        add(scores, base, s[3]);
                    }
                } else if s[2] != 0 {
                    let row = (s[2] - 1) as usize * n;
                    for (score, &w) in scores[base..base + n].iter_mut().zip(&dense[row..row + n]) {
                        *score += i32::from(w);
                    }
                } else {
                    let a = (s[1] >> 8) as usize;
                    long[n_long] = (base, pairs[a], a + 1, a + count);
                    n_long += 1;
                }
            }
            for &(base, lead, a, b) in &long[..n_long] {
                add(scores, base, lead);
                for &p in &pairs[a..b] {
                    add(scores, base, p);
                }
            }
        }
    }
}

impl Classifier {
    /// [`Classifier::add_scores`] over the small table.
    fn score_small(&self, features: &[u64], scores: &mut [i32]) {
        const BATCH: usize = 64;
        let small = self.small.as_slice();
        let size = small.len();
        let mut first = [[0u16; 4]; BATCH];
        for chunk in features.chunks(BATCH) {
            for (slot, &f) in first.iter_mut().zip(chunk) {
                *slot = small[home(stored_key(f), size)];
            }
            for (k, &f) in chunk.iter().enumerate() {
                let key = stored_key(f);
                let fp = fingerprint(key);
                let mut s = first[k];
                let mut i = home(key, size);
                while s[0] != 0 && s[0] != fp {
                    i = if i + 1 == size { 0 } else { i + 1 };
                    s = small[i];
                }
                if s[0] != 0 {
                    for (score, &w) in scores.iter_mut().zip(&s[1..]) {
                        *score += i32::from(w as i16);
                    }
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

    fn trained(data: &[(Vec<u64>, usize)], n_classes: usize, epochs: usize) -> Trainer {
        let mut t = Trainer::new(n_classes);
        let mut scores = vec![0f32; n_classes];
        for _ in 0..epochs {
            for (f, y) in data {
                t.score(f, &mut scores);
                let g = best(&scores, |_| true).unwrap();
                t.update(f, *y, g);
                t.tick();
            }
        }
        t
    }

    #[test]
    fn mixing_is_the_mean_of_the_members() {
        let f = |k: u64| Mix::new(9).with(k).finish();
        let a_data: Vec<(Vec<u64>, usize)> = (0..12)
            .map(|i| (vec![f(i % 3), f(7)], (i % 3) as usize))
            .collect();
        let a = trained(&a_data, 3, 4);
        // A trainer mixed with itself is itself.
        assert_eq!(
            Trainer::finish_mixed(&[&a, &a], 0.0, 0.0),
            a.finish(0.0, 0.0)
        );
        // A second member that learned other features: the mixture knows both,
        // and a feature only one member has keeps its decision.
        let b_data: Vec<(Vec<u64>, usize)> = (0..12)
            .map(|i| (vec![f(10 + i % 3), f(7)], 2 - (i % 3) as usize))
            .collect();
        let b = trained(&b_data, 3, 4);
        let mixed = Trainer::finish_mixed(&[&a, &b], 0.0, 0.0);
        let mut s = vec![0i32; 3];
        for (data, member) in [(&a_data, &a), (&b_data, &b)] {
            let alone = member.finish(0.0, 0.0);
            let mut s_alone = vec![0i32; 3];
            for (feats, y) in data.iter() {
                mixed.score(&feats[..1], &mut s);
                alone.score(&feats[..1], &mut s_alone);
                assert_eq!(best(&s, |_| true), Some(*y));
                assert_eq!(best(&s_alone, |_| true), Some(*y));
            }
        }
        // Both members have feature 7: its row is the mean of theirs.
        let (ra, rb, rm) = (a.finish(0.0, 0.0), b.finish(0.0, 0.0), mixed);
        let value = |c: &Classifier| {
            let mut s = vec![0i32; 3];
            c.score(&[f(7)], &mut s);
            s.iter().map(|&v| v as f32 * c.scale).collect::<Vec<f32>>()
        };
        let (va, vb, vm) = (value(&ra), value(&rb), value(&rm));
        for k in 0..3 {
            let mean = (va[k] + vb[k]) / 2.0;
            assert!(
                (vm[k] - mean).abs() <= 0.01 + 0.01 * mean.abs(),
                "{va:?} {vb:?} {vm:?}"
            );
        }
    }

    /// The dense table keeps only 16 bits of each key beside its place, so an
    /// unknown feature can take a stored row's weights when it probes past a
    /// row with the same 16 bits. Measured here on a table the size of the
    /// shipped transition table: 8 in 2^20 unknown lookups, about 1 in 130,000
    /// (each then adds one row's small weights to one decision), so the two
    /// bytes a slot saves by not storing the whole key cost no accuracy.
    #[test]
    fn unknown_features_rarely_meet_a_dense_row_with_their_fingerprint() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let rows = 1 << 20;
        let mut keys: Vec<u32> = (0..rows).map(|_| (next() >> 32) as u32 | 1).collect();
        keys.sort_unstable();
        keys.dedup();
        let n = keys.len();
        let offsets: Vec<u32> = (0..=n as u32).collect();
        let c = Classifier::from_parts(3, 1.0, keys.clone(), offsets, vec![0; n], vec![1; n]);
        assert!(!c.small.is_empty(), "three classes use the dense table");
        let (mut probes, mut false_hits) = (0u32, 0u32);
        let mut scores = [0i32; 3];
        while probes < 1 << 20 {
            let f = next();
            if keys.binary_search(&stored_key(f)).is_ok() {
                continue;
            }
            probes += 1;
            c.score(&[f], &mut scores);
            false_hits += u32::from(scores[0] != 0);
        }
        let rate = f64::from(false_hits) / f64::from(probes);
        assert!(rate < 5e-5, "{false_hits} false hits in {probes} probes");
        assert!(
            false_hits > 0,
            "the measurement sees the collisions it is about"
        );
    }

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
        let c = t.finish(0.0, 0.0);
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
            c.classes(),
            c.weights(),
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
