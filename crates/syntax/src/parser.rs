//! Dependency parser: greedy arc-hybrid transitions scored by an averaged
//! perceptron, trained with a dynamic oracle; arc labels come from a second
//! perceptron called when an arc is made.
//!
//! The state is a stack and a buffer of word indices; the artificial root sits
//! at the end of the buffer (index `n`), so a word reaches the root only when it
//! is the last one on the stack — which makes every parse a single tree.
//! Transitions: SHIFT moves the front of the buffer onto the stack; LEFT makes the
//! front of the buffer the head of the stack's top and pops it; RIGHT makes the
//! second item of the stack the head of the top and pops it. Some move is always
//! valid until the stack is empty and only the root is left, so parsing is total.

use crate::perceptron::{best, Classifier, Mix, Rng, Trainer};
use crate::tagger::{Tagger, WordAtoms};

/// Transition numbers.
const SHIFT: usize = 0;
const LEFT: usize = 1;
const RIGHT: usize = 2;
/// Number of transitions.
pub const N_MOVES: usize = 3;

const NONE: u64 = 0x4E4F_4E45;
const ROOT_ATOM: u64 = 0x524F_4F54;

/// What the parser needs to know about one word: hashed lower-cased form and tag number.
#[derive(Debug, Clone, Copy)]
pub struct ParserWord {
    /// Hash of the word (see [`crate::tagger::WordAtoms::word`]).
    pub word: u64,
    /// Tag number (index into the tag set).
    pub tag: u64,
    /// True for punctuation (counted between the two words being attached).
    pub punct: bool,
    /// Word cluster feature value (see [`crate::clusters::Clusters::feature`]).
    pub cluster: u64,
}

impl ParserWord {
    /// The parser's view of a word: its form only if the word is frequent (it
    /// has an ambiguity class, i.e. was seen at least
    /// [`crate::tagger::AMBIGUITY_MIN_COUNT`] times), else its shape; and its
    /// tag. Rare words would add many table rows that are almost never used again.
    pub fn new(atoms: &WordAtoms, tag_number: usize, tagger: &Tagger) -> ParserWord {
        const RARE: u64 = 0x5241_5245;
        let word = if tagger.ambiguity.contains_key(&atoms.word) {
            atoms.word
        } else {
            RARE ^ atoms.shape
        };
        ParserWord {
            word,
            tag: tag_number as u64,
            punct: tagger.tags[tag_number].upos == "PUNCT",
            cluster: tagger.clusters.feature(atoms.word),
        }
    }
}

/// Parser state.
struct State {
    n: usize,
    stack: Vec<usize>,
    /// Front of the buffer; the buffer is `b..=n`.
    b: usize,
    heads: Vec<usize>,
    labels: Vec<u16>,
    /// Left children, attached right to left (the last attached is the leftmost).
    lefts: Vec<Children>,
    /// Right children, attached left to right (the last attached is the rightmost).
    rights: Vec<Children>,
    left_sets: Vec<u64>,
    right_sets: Vec<u64>,
}

const NO_HEAD: usize = usize::MAX;

/// The children of a word on one side, as far as the features look at them:
/// how many there are and the two attached last (the outermost ones), kept
/// in place so that no word needs a list of its own.
#[derive(Debug, Clone, Copy, Default)]
struct Children {
    /// How many children have been attached.
    len: usize,
    /// The last child attached, then the one before it.
    outer: [usize; 2],
}

impl Children {
    /// Records `dep` as the new outermost child.
    fn push(&mut self, dep: usize) {
        self.outer = [dep, self.outer[0]];
        self.len += 1;
    }

    /// The `k`-th outermost child (`k` < 2: only two are kept).
    fn outer(&self, k: usize) -> Option<usize> {
        debug_assert!(k < 2, "only the two outermost children are kept");
        (self.len > k).then(|| self.outer[k])
    }
}

impl State {
    fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            heads: vec![NO_HEAD; n + 1],
            labels: vec![0; n + 1],
            lefts: vec![Children::default(); n + 1],
            rights: vec![Children::default(); n + 1],
            left_sets: vec![0; n + 1],
            right_sets: vec![0; n + 1],
        }
    }

    /// Word atom of position `i` (the root and "none" have their own).
    fn word(&self, words: &[ParserWord], i: Option<usize>) -> u64 {
        match i {
            Some(i) if i == self.n => ROOT_ATOM,
            Some(i) => words[i].word,
            None => NONE,
        }
    }

    /// Tag atom of position `i`.
    fn cluster(&self, words: &[ParserWord], i: Option<usize>) -> u64 {
        match i {
            Some(i) if i == self.n => ROOT_ATOM,
            Some(i) => words[i].cluster,
            None => NONE,
        }
    }

    fn tag(&self, words: &[ParserWord], i: Option<usize>) -> u64 {
        match i {
            Some(i) if i == self.n => ROOT_ATOM,
            Some(i) => words[i].tag,
            None => NONE,
        }
    }

    /// Label atom of position `i`.
    fn label(&self, i: Option<usize>) -> u64 {
        i.map_or(NONE, |i| u64::from(self.labels[i]))
    }

    /// The `k`-th outermost left (or right) child of `i`: `k = 0` is the
    /// leftmost (rightmost); `k` is 0 or 1.
    fn child(&self, i: usize, left: bool, k: usize) -> Option<usize> {
        if left {
            self.lefts[i].outer(k)
        } else {
            self.rights[i].outer(k)
        }
    }

    fn terminal(&self) -> bool {
        self.stack.is_empty() && self.b == self.n
    }

    fn valid(&self, m: usize) -> bool {
        match m {
            SHIFT => self.b < self.n,
            LEFT => !self.stack.is_empty() && (self.b < self.n || self.stack.len() == 1),
            _ => self.stack.len() >= 2,
        }
    }

    /// Head and dependent of the arc `m` would make.
    fn arc(&self, m: usize) -> Option<(usize, usize)> {
        let s0 = *self.stack.last()?;
        match m {
            LEFT => Some((self.b, s0)),
            RIGHT => Some((self.stack[self.stack.len() - 2], s0)),
            _ => None,
        }
    }

    fn apply(&mut self, m: usize, label: u16) {
        if m == SHIFT {
            self.stack.push(self.b);
            self.b += 1;
            return;
        }
        let (head, dep) = self.arc(m).expect("arc move on a non-empty stack");
        self.stack.pop();
        self.heads[dep] = head;
        self.labels[dep] = label;
        let bit = 1u64 << (label % 64);
        if dep < head {
            self.lefts[head].push(dep);
            self.left_sets[head] |= bit;
        } else {
            self.rights[head].push(dep);
            self.right_sets[head] |= bit;
        }
    }

    /// Cost of each move against gold heads `gold` (`n` = root): how many gold
    /// arcs it makes unreachable.
    fn costs(&self, gold: &[usize]) -> [usize; N_MOVES] {
        let mut costs = [usize::MAX; N_MOVES];
        let buffer = self.b..=self.n;
        if self.valid(SHIFT) {
            let b0 = self.b;
            let s_len = self.stack.len();
            let mut c = 0;
            for (i, &k) in self.stack.iter().enumerate() {
                if gold[k] == b0 {
                    c += 1;
                }
                if gold[b0] == k && i + 1 != s_len {
                    c += 1;
                }
            }
            costs[SHIFT] = c;
        }
        if let Some(&s0) = self.stack.last() {
            let children_in_buffer = buffer
                .clone()
                .filter(|&k| k < self.n && gold[k] == s0)
                .count();
            if self.valid(LEFT) {
                let s1 = (self.stack.len() >= 2).then(|| self.stack[self.stack.len() - 2]);
                let head_lost = gold[s0] != self.b && (Some(gold[s0]) == s1 || gold[s0] > self.b);
                costs[LEFT] = children_in_buffer + usize::from(head_lost);
            }
            if self.valid(RIGHT) {
                let head_lost = buffer.contains(&gold[s0]);
                costs[RIGHT] = children_in_buffer + usize::from(head_lost);
            }
        }
        costs
    }
}

fn bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=10 => 6,
        _ => 7,
    }
}

/// Number of transition features: the [`state_features`] of every state.
const N_STATE_FEATURES: usize = 75;

/// Number of [`buffer_templates`].
const N_BUFFER_TEMPLATES: usize = 12;

/// Positions of the [`buffer_templates`] in the [`state_features`] list (a
/// test checks them). Their summed scores stay the same until the buffer
/// moves, so [`Parser::parse`] looks them up once per shift.
const BUFFER_POSITIONS: [usize; N_BUFFER_TEMPLATES] = [4, 5, 6, 7, 8, 9, 10, 11, 16, 23, 69, 70];

/// Number of [`stack_templates`].
const N_STACK_TEMPLATES: usize = 24;

/// Positions of the [`stack_templates`] in the [`state_features`] list.
const STACK_POSITIONS: [usize; N_STACK_TEMPLATES] = [
    0, 1, 2, 3, 17, 18, 19, 20, 21, 26, 30, 31, 34, 41, 43, 44, 46, 47, 48, 52, 54, 55, 68, 71,
];

/// Number of [`left_templates`].
const N_LEFT_TEMPLATES: usize = 7;

/// Positions of the [`left_templates`] in the [`state_features`] list.
const LEFT_POSITIONS: [usize; N_LEFT_TEMPLATES] = [33, 45, 49, 50, 51, 53, 57];

/// Number of [`rest_templates`].
const N_REST_TEMPLATES: usize = 32;

/// Positions of the [`rest_templates`] in the [`state_features`] list.
const REST_POSITIONS: [usize; N_REST_TEMPLATES] = [
    12, 13, 14, 15, 22, 24, 25, 27, 28, 29, 32, 35, 36, 37, 38, 39, 40, 42, 56, 58, 59, 60, 61, 62,
    63, 64, 65, 66, 67, 72, 73, 74,
];

/// The state templates that depend only on the first three buffer words:
/// their forms, tags and clusters.
fn buffer_templates(st: &State, words: &[ParserWord]) -> [u64; N_BUFFER_TEMPLATES] {
    let n = st.n;
    let (w, t, c) = (
        |i| st.word(words, i),
        |i| st.tag(words, i),
        |i| st.cluster(words, i),
    );
    let b0 = Some(st.b);
    let b1 = (st.b < n).then_some(st.b + 1);
    let b2 = (st.b + 1 < n).then_some(st.b + 2);
    let (b0w, b0t, b1w, b1t, b2w, b2t) = (w(b0), t(b0), w(b1), t(b1), w(b2), t(b2));
    let f = Mix::new;
    [
        f(7).with(b0w).finish(),
        f(8).with(b0t).finish(),
        f(9).with(b0w).with(b0t).finish(),
        f(10).with(b1w).finish(),
        f(11).with(b1t).finish(),
        f(12).with(b1w).with(b1t).finish(),
        f(13).with(b2w).finish(),
        f(14).with(b2t).finish(),
        f(24).with(b0t).with(b1t).finish(),
        f(31).with(b0t).with(b1t).with(b2t).finish(),
        f(96).with(c(b0)).finish(),
        f(97).with(c(b1)).finish(),
    ]
}

/// The state templates that depend only on the top three words of the stack,
/// the left children of the top two and the right children of the second
/// (the word under the top). None of these changes while the top word stays
/// on the stack: words get left children only while they are the front of
/// the buffer; the second gets a right child only when the top is attached
/// to it, and the words under the top leave the stack only after it. So
/// [`Parser::parse`] looks them up once per word shifted.
fn stack_templates(st: &State, words: &[ParserWord]) -> [u64; N_STACK_TEMPLATES] {
    let (w, t, l) = (|i| st.word(words, i), |i| st.tag(words, i), |i| st.label(i));
    let c = |i| st.cluster(words, i);
    let len = st.stack.len();
    let s0 = st.stack.last().copied();
    let s1 = (len >= 2).then(|| st.stack[len - 2]);
    let s2 = (len >= 3).then(|| st.stack[len - 3]);
    let kids = |i: Option<usize>, left: bool, k: usize| i.and_then(|i| st.child(i, left, k));
    let s0l = kids(s0, true, 0);
    let s0l2 = kids(s0, true, 1);
    let s1l = kids(s1, true, 0);
    let s1r = kids(s1, false, 0);
    let vl = |i: Option<usize>| i.map_or(NONE, |i| st.lefts[i].len as u64);
    let lset = |i: Option<usize>| i.map_or(NONE, |i| st.left_sets[i]);
    let d2 = match (s1, s0) {
        (Some(a), Some(b)) => bucket(b - a),
        _ => NONE,
    };
    let (s0w, s0t, s1w, s1t, s2t) = (w(s0), t(s0), w(s1), t(s1), t(s2));
    let f = Mix::new;
    [
        f(1).with(s0w).finish(),
        f(2).with(s0t).finish(),
        f(3).with(s0w).with(s0t).finish(),
        f(5).with(s1t).finish(),
        f(25).with(s1w).with(s1t).with(s0w).with(s0t).finish(),
        f(26).with(s1t).with(s0t).finish(),
        f(27).with(s1w).with(s0w).finish(),
        f(28).with(s1t).with(s0w).finish(),
        f(29).with(s1w).with(s0t).finish(),
        f(34).with(s2t).with(s1t).with(s0t).finish(),
        f(38).with(s1t).with(s0t).with(t(s0l)).finish(),
        f(39).with(s1t).with(t(s1r)).with(s0t).finish(),
        f(44).with(s1t).with(t(s1l)).with(s0t).finish(),
        f(53).with(s1w).with(s0w).with(d2).finish(),
        f(56).with(s0w).with(vl(s0)).finish(),
        f(57).with(s0t).with(vl(s0)).finish(),
        f(62).with(w(s0l)).finish(),
        f(63).with(t(s0l)).finish(),
        f(64).with(l(s0l)).finish(),
        f(71).with(t(s0l2)).with(l(s0l2)).finish(),
        f(74).with(t(s1r)).with(l(s1r)).finish(),
        f(76).with(s0w).with(lset(s0)).finish(),
        // Word clusters.
        f(95).with(c(s0)).finish(),
        f(98).with(c(s1)).finish(),
    ]
}

/// The state templates that depend only on the front of the buffer and its
/// left children: they change with a shift or a left arc only.
fn left_templates(st: &State, words: &[ParserWord]) -> [u64; N_LEFT_TEMPLATES] {
    let (w, t, l) = (|i| st.word(words, i), |i| st.tag(words, i), |i| st.label(i));
    let b0 = Some(st.b);
    let b0l = st.child(st.b, true, 0);
    let b0l2 = st.child(st.b, true, 1);
    let b0t = t(b0);
    let f = Mix::new;
    [
        f(43).with(b0t).with(t(b0l)).with(t(b0l2)).finish(),
        f(59).with(b0t).with(st.lefts[st.b].len as u64).finish(),
        f(68).with(w(b0l)).finish(),
        f(69).with(t(b0l)).finish(),
        f(70).with(l(b0l)).finish(),
        f(73).with(t(b0l2)).with(l(b0l2)).finish(),
        f(81).with(b0t).with(st.left_sets[st.b]).finish(),
    ]
}

/// The other state templates: those that read the top of the stack together
/// with the buffer, or the top's right children.
fn rest_templates(st: &State, words: &[ParserWord]) -> [u64; N_REST_TEMPLATES] {
    let n = st.n;
    let (w, t, l) = (|i| st.word(words, i), |i| st.tag(words, i), |i| st.label(i));
    let c = |i| st.cluster(words, i);
    let len = st.stack.len();
    let s0 = st.stack.last().copied();
    let s1 = (len >= 2).then(|| st.stack[len - 2]);
    let b0 = Some(st.b);
    let b1 = (st.b < n).then_some(st.b + 1);
    let kids = |i: Option<usize>, left: bool, k: usize| i.and_then(|i| st.child(i, left, k));
    let s0l = kids(s0, true, 0);
    let s0r = kids(s0, false, 0);
    let b0l = kids(b0, true, 0);
    let vr = |i: Option<usize>| i.map_or(NONE, |i| st.rights[i].len as u64);
    let rset = |i: Option<usize>| i.map_or(NONE, |i| st.right_sets[i]);
    let d = s0.map_or(NONE, |s| bucket(st.b - s));
    let s0_next = s0.map(|s| s + 1).filter(|&k| k < st.b);
    let b0_prev = st.b.checked_sub(1).filter(|&k| Some(k) != s0);
    let punct_between = s0.map_or(NONE, |s| {
        (s + 1..st.b.min(n))
            .filter(|&k| words[k].punct)
            .count()
            .min(3) as u64
    });
    let (s0w, s0t, s1t, b0w, b0t, b1t) = (w(s0), t(s0), t(s1), w(b0), t(b0), t(b1));
    let f = Mix::new;
    [
        f(17).with(s0w).with(s0t).with(b0w).with(b0t).finish(),
        f(19).with(s0w).with(b0w).with(b0t).finish(),
        f(20).with(s0w).with(s0t).with(b0t).finish(),
        f(23).with(s0t).with(b0t).finish(),
        f(30).with(s0t).with(b1t).finish(),
        f(32).with(s0t).with(b0t).with(b1t).finish(),
        f(33).with(s1t).with(s0t).with(b0t).finish(),
        f(35).with(s0t).with(t(s0l)).with(b0t).finish(),
        f(36).with(s0t).with(t(s0r)).with(b0t).finish(),
        f(37).with(s0t).with(b0t).with(t(b0l)).finish(),
        f(40).with(s1t).with(s0t).with(t(s0r)).finish(),
        f(46).with(s0w).with(d).finish(),
        f(47).with(s0t).with(d).finish(),
        f(48).with(b0w).with(d).finish(),
        f(49).with(b0t).with(d).finish(),
        f(50).with(s0w).with(b0w).with(d).finish(),
        f(51).with(s0t).with(b0t).with(d).finish(),
        f(54).with(s0w).with(vr(s0)).finish(),
        f(78).with(s0w).with(rset(s0)).finish(),
        f(83).with(s0t).with(l(s0l)).with(b0t).finish(),
        f(84).with(s0t).with(l(s0r)).with(b0t).finish(),
        f(85).with(s0t).with(b0t).with(punct_between).finish(),
        f(87).with(s0w).with(b0t).with(b1t).finish(),
        f(88).with(s0t).with(b0w).with(b1t).finish(),
        f(89).with(s1t).with(s0w).with(b0t).finish(),
        f(90).with(s1t).with(s0t).with(b0w).finish(),
        // The words next to s0 and b0 in the sentence (phrase edges).
        f(91).with(s0t).with(t(s0_next)).with(b0t).finish(),
        f(92).with(s0t).with(t(b0_prev)).with(b0t).finish(),
        f(94).with(s0w).with(t(s0_next)).finish(),
        // Word clusters.
        f(99).with(c(s0)).with(c(b0)).finish(),
        f(100).with(s0t).with(c(b0)).finish(),
        f(101).with(c(s0)).with(b0t).finish(),
    ]
}

/// Features of a state: the four groups of templates above, in the order
/// of their template numbers (the order training sees them in, which fixes
/// the model's row order).
fn state_features(st: &State, words: &[ParserWord], out: &mut Vec<u64>) {
    let mut all = [0u64; N_STATE_FEATURES];
    let mut place = |positions: &[usize], features: &[u64]| {
        for (&p, &f) in positions.iter().zip(features) {
            all[p] = f;
        }
    };
    place(&BUFFER_POSITIONS, &buffer_templates(st, words));
    place(&STACK_POSITIONS, &stack_templates(st, words));
    place(&LEFT_POSITIONS, &left_templates(st, words));
    place(&REST_POSITIONS, &rest_templates(st, words));
    out.clear();
    out.extend(all);
    #[cfg(feature = "ablation")]
    ablation::apply(&ablation::MOVES, out);
}

/// Template ablation for experiments (`--features ablation`): the feature at
/// a chosen position of the transition (or label) feature list is left out
/// at run time, to see how much each template is worth without retraining.
#[cfg(feature = "ablation")]
pub mod ablation {
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Position left out of the transition features (`usize::MAX`: none).
    pub static MOVES: AtomicUsize = AtomicUsize::new(usize::MAX);
    /// Position left out of the label features (`usize::MAX`: none).
    pub static LABELS: AtomicUsize = AtomicUsize::new(usize::MAX);
    /// Length of the last transition feature list (the number of templates).
    pub static MOVE_TEMPLATES: AtomicUsize = AtomicUsize::new(0);
    /// Length of the last label feature list.
    pub static LABEL_TEMPLATES: AtomicUsize = AtomicUsize::new(0);

    pub(crate) fn apply(which: &AtomicUsize, out: &mut Vec<u64>) {
        let count = if std::ptr::eq(which, &MOVES) {
            &MOVE_TEMPLATES
        } else {
            &LABEL_TEMPLATES
        };
        count.store(out.len(), Ordering::Relaxed);
        let t = which.load(Ordering::Relaxed);
        if t < out.len() {
            out.remove(t);
        }
    }
}

/// Features for labelling the arc `head → dep`.
fn label_features(st: &State, words: &[ParserWord], head: usize, dep: usize, out: &mut Vec<u64>) {
    out.clear();
    let n = st.n;
    let (w, t, l) = (|i| st.word(words, i), |i| st.tag(words, i), |i| st.label(i));
    let (h, d) = (Some(head), Some(dep));
    let dir = u64::from(dep < head);
    let dist = bucket(head.abs_diff(dep));
    let dl = st.child(dep, true, 0);
    let hl = st.child(head, true, 0);
    let hr = st.child(head, false, 0);
    let prev = dep.checked_sub(1);
    let next = (dep + 1 < n).then_some(dep + 1);
    // The first word of the buffer after the arc's words (the root counts).
    let after = if head == st.b { st.b + 1 } else { st.b };
    let nt = t((after <= n).then_some(after));
    let hw = w(h);
    let ht = t(h);
    let dw = w(d);
    let dt = t(d);
    let f = |k: u64| Mix::new(100 + k);
    out.extend([
        f(1).finish(),
        f(2).with(dw).finish(),
        f(3).with(dt).finish(),
        f(4).with(dw).with(dt).finish(),
        f(5).with(hw).finish(),
        f(6).with(ht).finish(),
        f(8).with(hw).with(dt).with(dir).finish(),
        f(11).with(dt).with(dir).with(dist).finish(),
        f(13).with(dt).with(st.left_sets[dep]).finish(),
        f(15)
            .with(ht)
            .with(dt)
            .with(st.left_sets[head])
            .with(dir)
            .finish(),
        f(16)
            .with(ht)
            .with(dt)
            .with(st.right_sets[head])
            .with(dir)
            .finish(),
        f(17).with(dt).with(t(dl)).with(l(dl)).finish(),
        f(19).with(ht).with(dt).with(w(dl)).finish(),
        f(20).with(dt).with(w(dl)).finish(),
        f(21).with(ht).with(t(hl)).with(l(hl)).with(dir).finish(),
        f(22).with(ht).with(t(hr)).with(l(hr)).with(dir).finish(),
        f(24).with(dt).with(t(next)).with(dir).finish(),
        f(25).with(dw).with(t(prev)).finish(),
        f(27).with(dt).with(u64::from(head == n)).finish(),
        f(29).with(hw).with(ht).with(dt).with(dir).finish(),
        f(31)
            .with(dt)
            .with(st.lefts[dep].len as u64)
            .with(st.rights[dep].len as u64)
            .finish(),
        // What follows: the front of the buffer when the dependent leaves the
        // stack ("gave [them] money": a second object to come makes an iobj).
        f(33).with(dt).with(nt).with(dir).finish(),
        // Word clusters.
        f(37).with(st.cluster(words, d)).finish(),
        f(38).with(st.cluster(words, h)).with(dt).with(dir).finish(),
        f(39).with(ht).with(st.cluster(words, d)).with(dir).finish(),
        f(40)
            .with(st.cluster(words, h))
            .with(st.cluster(words, d))
            .finish(),
    ]);
    #[cfg(feature = "ablation")]
    ablation::apply(&ablation::LABELS, out);
}

/// A trained parser.
#[derive(Debug, Clone, PartialEq)]
pub struct Parser {
    /// Dependency relation names; label `k` is `labels[k]`.
    pub labels: Vec<String>,
    /// Transition classifier.
    pub moves: Classifier,
    /// Arc-label classifier.
    pub labeller: Classifier,
}

/// A training sentence for the parser: words (with predicted tags), gold heads
/// (0 = root, else 1-based) and gold label numbers.
#[derive(Debug, Clone)]
pub struct ParseExample {
    /// The words.
    pub words: Vec<ParserWord>,
    /// Gold heads, CoNLL-U numbering.
    pub heads: Vec<usize>,
    /// Gold labels.
    pub labels: Vec<u16>,
}

/// Training settings for the parser.
#[derive(Debug, Clone)]
pub struct ParserSettings {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed for shuffling and exploration.
    pub seed: u64,
    /// From this epoch on, follow the model's own (possibly wrong) move with probability `explore`.
    pub explore_from: usize,
    /// Probability of following the model's move once exploring.
    pub explore: f64,
    /// Transition-classifier rows with all averaged weights below this are dropped.
    pub prune_moves: f32,
    /// Label-classifier rows with all averaged weights below this are dropped.
    pub prune_labels: f32,
    /// Single weights below this are dropped from the rows kept (both classifiers).
    pub prune_pairs: f32,
    /// Print each feature template's rows and weight mass after training (a
    /// guide for feature engineering).
    pub report_templates: bool,
    /// Parsers trained side by side (seeds `seed`, `seed + 1`, …, one thread
    /// each) whose averaged weights are averaged into the model: the mixed
    /// model scores a decision as the members' mean, so it is an ensemble
    /// that costs one parser at run time. 1 trains a single parser.
    pub members: usize,
}

impl Default for ParserSettings {
    fn default() -> Self {
        ParserSettings {
            epochs: 15,
            seed: 11,
            explore_from: 2,
            explore: 0.9,
            prune_moves: 1.0,
            prune_labels: 1.0,
            prune_pairs: 0.6,
            report_templates: false,
            members: 2,
        }
    }
}

/// Output of [`Parser::parse`]: CoNLL-U heads (0 = root) and label numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tree {
    /// Head of each word: 0 for the root, else the 1-based index of the head.
    pub heads: Vec<usize>,
    /// Label number of each word.
    pub labels: Vec<u16>,
}

/// Number of the relation `root`, if the parser has one: the word attached to
/// the root gets it, and no other word does.
fn root_label(labels: &[String]) -> Option<u16> {
    labels.iter().position(|l| l == "root").map(|i| i as u16)
}

/// One of the independently trained parsers whose averaged weights are
/// mixed into the final one (see [`ParserSettings::members`]).
struct Member {
    moves: Trainer,
    labeller: Trainer,
    rng: Rng,
    order: Vec<usize>,
}

impl Member {
    fn new(n_labels: usize, n_examples: usize, seed: u64) -> Member {
        Member {
            moves: Trainer::new(N_MOVES),
            labeller: Trainer::new(n_labels),
            rng: Rng::new(seed),
            order: (0..n_examples).collect(),
        }
    }

    /// One pass over the (reshuffled) data; returns (words attached right, words).
    fn epoch(
        &mut self,
        data: &[ParseExample],
        epoch: usize,
        settings: &ParserSettings,
        root: Option<u16>,
    ) -> (usize, usize) {
        let (moves, labeller, rng) = (&mut self.moves, &mut self.labeller, &mut self.rng);
        let mut feats = Vec::with_capacity(100);
        let mut lfeats = Vec::with_capacity(40);
        let mut scores = [0f32; N_MOVES];
        let mut lscores = vec![0f32; labeller.n_classes()];
        rng.shuffle(&mut self.order);
        let (mut right, mut total) = (0usize, 0usize);
        for &s in &self.order {
            let ex = &data[s];
            let n = ex.words.len();
            if n == 0 {
                continue;
            }
            let gold: Vec<usize> = ex
                .heads
                .iter()
                .map(|&h| if h == 0 { n } else { h - 1 })
                .collect();
            let mut st = State::new(n);
            while !st.terminal() {
                state_features(&st, &ex.words, &mut feats);
                moves.score(&feats, &mut scores);
                let costs = st.costs(&gold);
                let min = *costs.iter().min().expect("moves");
                let guess = best(&scores, |m| st.valid(m)).expect("a valid move");
                let truth = best(&scores, |m| costs[m] == min).expect("a least-cost move");
                moves.update(&feats, truth, guess);
                moves.tick();
                let follow = if epoch >= settings.explore_from
                    && rng.next_u64() as f64 / u64::MAX as f64 <= settings.explore
                {
                    guess
                } else {
                    truth
                };
                let mut label = 0u16;
                if let Some((head, dep)) = st.arc(follow) {
                    if let (true, Some(root)) = (head == n, root) {
                        // The root's relation is fixed; nothing to learn.
                        st.apply(follow, root);
                        continue;
                    }
                    label_features(&st, &ex.words, head, dep, &mut lfeats);
                    labeller.score(&lfeats, &mut lscores);
                    let lguess = best(&lscores, |l| Some(l as u16) != root).unwrap_or(0) as u16;
                    if head == gold[dep] {
                        let lgold = ex.labels[dep];
                        labeller.update(&lfeats, lgold as usize, lguess as usize);
                        labeller.tick();
                        label = lgold;
                    } else {
                        label = lguess;
                    }
                }
                st.apply(follow, label);
            }
            right += (0..n).filter(|&i| st.heads[i] == gold[i]).count();
            total += n;
        }
        (right, total)
    }
}

impl Parser {
    /// Trains a parser. `report` gets each epoch's number and training-pass UAS.
    pub fn train(
        labels: Vec<String>,
        data: &[ParseExample],
        settings: &ParserSettings,
        mut report: impl FnMut(usize, f64, &dyn Fn() -> Parser),
    ) -> Parser {
        let mut members: Vec<Member> = (0..settings.members.max(1))
            .map(|m| Member::new(labels.len(), data.len(), settings.seed + m as u64))
            .collect();
        let root = root_label(&labels);
        let finish = |members: &[Member]| {
            let moves: Vec<&Trainer> = members.iter().map(|m| &m.moves).collect();
            let labellers: Vec<&Trainer> = members.iter().map(|m| &m.labeller).collect();
            Parser {
                labels: labels.clone(),
                moves: Trainer::finish_mixed(&moves, settings.prune_moves, settings.prune_pairs),
                labeller: Trainer::finish_mixed(
                    &labellers,
                    settings.prune_labels,
                    settings.prune_pairs,
                ),
            }
        };
        for epoch in 1..=settings.epochs {
            // Members train independently (one thread each), so the result
            // does not depend on how the threads are scheduled.
            let counts: Vec<(usize, usize)> = std::thread::scope(|scope| {
                let handles: Vec<_> = members
                    .iter_mut()
                    .map(|m| scope.spawn(move || m.epoch(data, epoch, settings, root)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("a training thread does not panic"))
                    .collect()
            });
            let (right, total) = counts.iter().fold((0, 0), |(r, t), (a, b)| (r + a, t + b));
            report(epoch, right as f64 / total.max(1) as f64, &|| {
                finish(&members)
            });
        }
        if settings.report_templates {
            let m = &members[0];
            for (name, trainer) in [("transition", &m.moves), ("label", &m.labeller)] {
                for (t, (rows, mass)) in trainer.template_mass().iter().enumerate() {
                    eprintln!("{name} template {t}: {rows} rows, weight mass {mass:.0}");
                }
            }
        }
        finish(&members)
    }

    /// A parser with no labels and no weights (attaches by its tie-breaking rule only).
    pub fn empty() -> Parser {
        Parser {
            labels: vec!["dep".to_string()],
            moves: Classifier::empty(N_MOVES),
            labeller: Classifier::empty(1),
        }
    }

    /// Parses one sentence. Total: every word gets a head, exactly one word gets the root.
    pub fn parse(&self, words: &[ParserWord]) -> Tree {
        // Ablation drops a feature from the whole list, so it scores every feature.
        self.parse_with(words, !cfg!(feature = "ablation"))
    }

    /// [`Parser::parse`], keeping the summed scores of the template groups
    /// that outlast a transition when `keep` (else scoring every feature of
    /// every state).
    fn parse_with(&self, words: &[ParserWord], keep: bool) -> Tree {
        let n = words.len();
        let mut st = State::new(n);
        let mut feats = Vec::with_capacity(100);
        let mut scores = [0i32; N_MOVES];
        let mut lscores = vec![0i32; self.labels.len().max(1)];
        let root = root_label(&self.labels);
        // Summed scores of the template groups that outlast a transition (see
        // `buffer_templates`, `left_templates` and `stack_templates`), looked
        // up again only when what they read changes.
        let mut buffer_at = usize::MAX;
        let mut buffer_scores = [0i32; N_MOVES];
        let mut left_at = (usize::MAX, 0);
        let mut left_scores = [0i32; N_MOVES];
        let mut stack_scores: Vec<Option<[i32; N_MOVES]>> = vec![None; n];
        let score = |features: &[u64]| {
            let mut s = [0i32; N_MOVES];
            self.moves.score(features, &mut s);
            s
        };
        while !st.terminal() {
            if !keep {
                state_features(&st, words, &mut feats);
                self.moves.score(&feats, &mut scores);
            } else {
                if st.b != buffer_at {
                    buffer_at = st.b;
                    buffer_scores = score(&buffer_templates(&st, words));
                }
                let left_key = (st.b, st.lefts[st.b].len);
                if left_key != left_at {
                    left_at = left_key;
                    left_scores = score(&left_templates(&st, words));
                }
                let stack = match st.stack.last() {
                    Some(&s0) => {
                        *stack_scores[s0].get_or_insert_with(|| score(&stack_templates(&st, words)))
                    }
                    None => score(&stack_templates(&st, words)),
                };
                self.moves.score(&rest_templates(&st, words), &mut scores);
                for (k, s) in scores.iter_mut().enumerate() {
                    *s += buffer_scores[k] + left_scores[k] + stack[k];
                }
            }
            let m = best(&scores, |m| st.valid(m)).expect("some move is valid until the end");
            let mut label = 0;
            if let Some((head, dep)) = st.arc(m) {
                label = match root {
                    Some(root) if head == n => root,
                    _ => {
                        label_features(&st, words, head, dep, &mut feats);
                        self.labeller.score(&feats, &mut lscores);
                        best(&lscores, |l| Some(l as u16) != root).unwrap_or(0) as u16
                    }
                };
            }
            st.apply(m, label);
        }
        let heads = (0..n)
            .map(|i| if st.heads[i] == n { 0 } else { st.heads[i] + 1 })
            .collect();
        Tree {
            heads,
            labels: st.labels[..n].to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oracle_reproduces_projective_trees() {
        // heads in CoNLL-U numbering: "ministers met in Jakarta ." style shapes
        let trees: [&[usize]; 4] = [&[2, 0, 4, 2, 2], &[0], &[3, 3, 0, 3], &[0, 1, 2, 3, 1]];
        for heads in trees {
            let n = heads.len();
            let gold: Vec<usize> = heads
                .iter()
                .map(|&h| if h == 0 { n } else { h - 1 })
                .collect();
            let mut st = State::new(n);
            while !st.terminal() {
                let costs = st.costs(&gold);
                let m = (0..N_MOVES)
                    .find(|&m| costs[m] == 0)
                    .expect("a zero-cost move on a projective tree");
                st.apply(m, 0);
            }
            assert_eq!(&st.heads[..n], &gold[..], "{heads:?}");
        }
    }

    /// The four template groups fill the state feature list: every position
    /// once.
    #[test]
    fn the_template_groups_cover_the_state_features_once() {
        let mut positions: Vec<usize> = BUFFER_POSITIONS
            .iter()
            .chain(&STACK_POSITIONS)
            .chain(&LEFT_POSITIONS)
            .chain(&REST_POSITIONS)
            .copied()
            .collect();
        positions.sort_unstable();
        assert_eq!(positions, (0..N_STATE_FEATURES).collect::<Vec<_>>());
    }

    /// What [`Parser::parse`] relies on to look template groups up less
    /// often: along any sequence of moves, the stack templates stay the same
    /// while the top word stays on the stack, the left templates while the
    /// front of the buffer and its number of left children do, and the
    /// buffer templates while the front of the buffer does.
    #[test]
    fn template_groups_stay_the_same_while_what_they_read_does() {
        let mut rng = Rng::new(5);
        for n in 1..14 {
            for _ in 0..30 {
                let words: Vec<ParserWord> = (0..n)
                    .map(|i| ParserWord {
                        word: 1000 + rng.below(4) as u64,
                        tag: rng.below(5) as u64,
                        punct: rng.below(4) == 0,
                        cluster: 77 + (i % 3) as u64,
                    })
                    .collect();
                let mut st = State::new(n);
                let mut stack: Vec<Option<[u64; N_STACK_TEMPLATES]>> = vec![None; n];
                let mut left = std::collections::HashMap::new();
                let mut buffer = std::collections::HashMap::new();
                while !st.terminal() {
                    if let Some(&s0) = st.stack.last() {
                        let now = stack_templates(&st, &words);
                        assert_eq!(*stack[s0].get_or_insert(now), now);
                    }
                    let now = left_templates(&st, &words);
                    assert_eq!(*left.entry((st.b, st.lefts[st.b].len)).or_insert(now), now);
                    let now = buffer_templates(&st, &words);
                    assert_eq!(*buffer.entry(st.b).or_insert(now), now);
                    let valid: Vec<usize> = (0..N_MOVES).filter(|&m| st.valid(m)).collect();
                    st.apply(valid[rng.below(valid.len())], rng.below(60) as u16);
                }
            }
        }
    }

    /// Parsing with the template groups' scores kept (the default) gives the
    /// trees that scoring every feature of every state gives.
    #[test]
    fn kept_group_scores_parse_as_scoring_every_feature_does() {
        let model = crate::Model::embedded();
        let sentences = [
            "Ministers from both countries met in Jakarta on Monday and signed a trade agreement .",
            "Police said the protesters , who had gathered outside parliament , were dispersed .",
            "The talks , which began last week , ended without an agreement",
            "Rebels attacked",
            ".",
        ];
        for text in sentences {
            let forms: Vec<&str> = text.split(' ').collect();
            let atoms: Vec<crate::tagger::WordAtoms> = forms
                .iter()
                .map(|f| crate::tagger::WordAtoms::new(f))
                .collect();
            let tags = model.tagger.tag_atoms(&forms, &atoms);
            let words: Vec<ParserWord> = atoms
                .iter()
                .zip(&tags)
                .map(|(a, &t)| ParserWord::new(a, t, &model.tagger))
                .collect();
            assert_eq!(
                model.parser.parse_with(&words, true),
                model.parser.parse_with(&words, false),
                "{text}"
            );
        }
    }

    #[test]
    fn any_sequence_of_valid_moves_makes_one_tree() {
        let mut rng = Rng::new(3);
        for n in 1..12 {
            for _ in 0..20 {
                let mut st = State::new(n);
                while !st.terminal() {
                    let valid: Vec<usize> = (0..N_MOVES).filter(|&m| st.valid(m)).collect();
                    let m = valid[rng.below(valid.len())];
                    st.apply(m, 0);
                }
                assert_eq!(st.heads[..n].iter().filter(|&&h| h == n).count(), 1);
                assert!(st.heads[..n].iter().all(|&h| h <= n));
            }
        }
    }
}
