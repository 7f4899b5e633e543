//! The feature space of a *window*: the last few speech messages up to a
//! point in a conversation, plus the escalation state of everything before.
//!
//! A row has two blocks:
//! - a small **structural** block: the cumulative [`SequenceState`] of the
//!   prefix (`sig:*`, `seq:*`, `ind:*`) and the signals inside the window,
//!   split by role (`win:<signal>:actor` for the party driving coercion,
//!   `win:<signal>:other` for everyone else);
//! - a **text** block: hashed character n-grams (inside words, padded with
//!   spaces, like scikit-learn's `char_wb`) and word uni/bigrams of the
//!   window's normalized, romanized text, with sender names and function
//!   words left out, sublinear counts and L2 normalisation per window.
//!
//! The model scores every window; a conversation's score is its highest
//! window score (see `score.rs`), so evidence in one part of a chat is not
//! averaged away by a long friendly rest.

use std::collections::VecDeque;

use ahash::{AHashMap, AHashSet};
use serde::{Deserialize, Serialize};

use crate::conversation::Conversation;
use crate::error::{Error, Result};
use crate::normalize::{NormalizeStage, NormalizedText, Transliterate};
use crate::pipeline::{MessageObservation, Pipeline, Scratch};
use crate::signals::sequence::SequenceState;
use crate::signals::{Hit, Signal};

/// Signals whose author drives coercion: the sender with most of them so
/// far is the window's "actor".
const COERCIVE: [Signal; 6] = [
    Signal::RecordingClaim,
    Signal::LeakThreat,
    Signal::MoneyDemand,
    Signal::ContactHarvest,
    Signal::AuthorityImpersonation,
    Signal::PaymentChannel,
];

/// How text becomes hashed features (stored in the model file).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TextParams {
    /// Romanize Indic scripts before hashing.
    pub transliterate: bool,
    /// Buckets of the text block: `2^hash_bits`.
    pub hash_bits: u32,
    /// Character n-gram lengths inside padded words, inclusive.
    pub char_min: usize,
    pub char_max: usize,
    /// Add whole words and word pairs.
    pub words: bool,
    /// Add character n-grams.
    pub chars: bool,
    /// Speech messages per window.
    pub window: usize,
    /// Length of the text block's L2-normalised vector.
    pub scale: f32,
    /// The text block is divided by max(its L2 norm, `norm_floor`): a
    /// window of a few words then carries proportionally less text evidence
    /// than a full one, instead of the same amount (0 = plain L2).
    pub norm_floor: f32,
    /// Words never hashed (function words of every supported language).
    pub stopwords: Vec<String>,
}

impl Default for TextParams {
    fn default() -> Self {
        TextParams {
            transliterate: true,
            hash_bits: 18,
            char_min: 3,
            char_max: 5,
            words: true,
            chars: true,
            window: 6,
            scale: 1.0,
            norm_floor: 0.0,
            stopwords: default_stopwords(),
        }
    }
}

/// The function words shipped with chatrisk.
pub fn default_stopwords() -> Vec<String> {
    let mut v: Vec<String> = include_str!("model/stopwords.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .map(str::to_string)
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The feature layout as stored in the model file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureLayout {
    /// Structural block names, in order.
    pub structural: Vec<String>,
    pub text: TextParams,
}

impl FeatureLayout {
    pub fn new(text: TextParams) -> Self {
        FeatureLayout {
            structural: structural_names(),
            text,
        }
    }
}

/// Names of the structural block this build computes.
pub fn structural_names() -> Vec<String> {
    let mut names = SequenceState::feature_names();
    for s in Signal::ALL {
        names.push(format!("win:{}:actor", s.name()));
        names.push(format!("win:{}:other", s.name()));
    }
    names
}

/// A loaded feature space: the layout plus what hashing needs.
#[derive(Debug, Clone)]
pub struct FeatureSpace {
    pub layout: FeatureLayout,
    stop: AHashSet<String>,
    mask: u32,
}

impl FeatureSpace {
    /// Builds the space, checking that this build computes the layout's
    /// structural block, name by name.
    pub fn new(layout: FeatureLayout) -> Result<Self> {
        let expected = structural_names();
        if layout.structural != expected {
            let at = layout
                .structural
                .iter()
                .zip(&expected)
                .position(|(a, b)| a != b)
                .unwrap_or(layout.structural.len().min(expected.len()));
            return Err(Error::FeatureLayout {
                index: at,
                model: layout
                    .structural
                    .get(at)
                    .map_or("<none>", String::as_str)
                    .into(),
                computed: expected.get(at).map_or("<none>", String::as_str).into(),
                model_count: layout.structural.len(),
                computed_count: expected.len(),
            });
        }
        let t = &layout.text;
        if !(8..=24).contains(&t.hash_bits) {
            return Err(Error::params("text.hash_bits", "must be in 8..=24"));
        }
        if t.char_min == 0 || t.char_max < t.char_min || t.char_max > 8 {
            return Err(Error::params(
                "text.char_min/char_max",
                "need 1 <= min <= max <= 8",
            ));
        }
        if t.window == 0 {
            return Err(Error::params("text.window", "must be at least 1"));
        }
        if !(t.scale.is_finite() && t.scale > 0.0) {
            return Err(Error::params("text.scale", "must be > 0"));
        }
        Ok(FeatureSpace {
            stop: t.stopwords.iter().cloned().collect(),
            mask: (1u32 << t.hash_bits) - 1,
            layout,
        })
    }

    pub fn n_structural(&self) -> usize {
        self.layout.structural.len()
    }

    /// Size of the whole space (structural + hashed buckets).
    pub fn len(&self) -> usize {
        self.n_structural() + self.mask as usize + 1
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    pub fn window(&self) -> usize {
        self.layout.text.window
    }

    /// Name of a structural feature; text buckets have no names (see
    /// [`FeatureSpace::words`] for how they are explained).
    pub fn name(&self, index: usize) -> String {
        self.layout
            .structural
            .get(index)
            .cloned()
            .unwrap_or_else(|| format!("text:#{}", index - self.n_structural()))
    }

    /// The words of a conversation's sender names, which are never hashed:
    /// a name says who typed, not what was said.
    pub fn names<'a>(&self, senders: impl Iterator<Item = &'a str>) -> AHashSet<String> {
        let mut out = AHashSet::new();
        let mut t = NormalizedText::default();
        // Senders repeat on every message: each distinct one is read once.
        let mut seen: AHashSet<&str> = AHashSet::new();
        for s in senders {
            if !seen.insert(s) {
                continue;
            }
            t.reset(&s.to_lowercase());
            if self.layout.text.transliterate {
                Transliterate.apply(&mut t);
            }
            for w in t.as_str().split(|c: char| !c.is_alphanumeric()) {
                if w.chars().count() >= 2 {
                    out.insert(w.to_string());
                }
            }
        }
        out
    }

    /// Appends the hashed buckets (absolute feature indices) of one
    /// message's normalized text to `out`, with repetition.
    pub fn message(
        &self,
        normalized: &str,
        names: &AHashSet<String>,
        scratch: &mut TextScratch,
        out: &mut Vec<u32>,
    ) {
        self.for_each_word(normalized, names, scratch, |space, word, prev| {
            space.word_buckets(word, prev, out)
        });
    }

    /// Calls `f` for every kept word (romanized, digits folded to `0`) and
    /// the kept word before it.
    fn for_each_word(
        &self,
        normalized: &str,
        names: &AHashSet<String>,
        scratch: &mut TextScratch,
        mut f: impl FnMut(&Self, &str, Option<&str>),
    ) {
        let text: &str = if self.layout.text.transliterate && !normalized.is_ascii() {
            scratch.translit.reset(normalized);
            Transliterate.apply(&mut scratch.translit);
            scratch.translit.as_str()
        } else {
            normalized
        };
        scratch.prev.clear();
        let mut have_prev = false;
        for raw in text.split(|c: char| !c.is_alphanumeric()) {
            if raw.is_empty() {
                continue;
            }
            scratch.word.clear();
            scratch.word.extend(
                raw.chars()
                    .take(24)
                    .map(|c| if c.is_numeric() { '0' } else { c }),
            );
            let w = scratch.word.as_str();
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if (letters == 1 && w.chars().count() == 1)
                || self.stop.contains(w)
                || names.contains(w)
            {
                continue;
            }
            f(self, w, have_prev.then_some(scratch.prev.as_str()));
            scratch.prev.clear();
            scratch.prev.push_str(w);
            have_prev = true;
        }
    }

    fn bucket(&self, kind: u8, parts: &[&[u8]]) -> u32 {
        let mut h = fnv1a(FNV_OFFSET, &[kind]);
        for p in parts {
            h = fnv1a(h, p);
            h = fnv1a(h, &[0x1f]);
        }
        self.n_structural() as u32 + ((h ^ (h >> 32)) as u32 & self.mask)
    }

    fn word_buckets(&self, word: &str, prev: Option<&str>, out: &mut Vec<u32>) {
        let t = &self.layout.text;
        if t.words {
            out.push(self.bucket(b'w', &[word.as_bytes()]));
            if let Some(p) = prev {
                out.push(self.bucket(b'b', &[p.as_bytes(), word.as_bytes()]));
            }
        }
        if !t.chars {
            return;
        }
        // Char n-grams of " word " over chars, not bytes.
        let mut bounds: [usize; 27] = [0; 27];
        let padded_len = {
            let mut n = 0;
            bounds[0] = 0;
            let mut at = 1; // the leading space
            for c in word.chars() {
                n += 1;
                bounds[n] = at;
                at += c.len_utf8();
            }
            n += 1;
            bounds[n] = at;
            bounds[n + 1] = at + 1;
            n + 1
        };
        let mut buf = [0u8; 104];
        let total = word.len() + 2;
        buf[0] = b' ';
        buf[1..1 + word.len()].copy_from_slice(word.as_bytes());
        buf[total - 1] = b' ';
        for n in t.char_min..=t.char_max {
            if n > padded_len {
                break;
            }
            for s in 0..=padded_len - n {
                let gram = &buf[bounds[s]..bounds[s + n]];
                out.push(self.bucket(b'c', &[gram]));
            }
        }
    }

    /// The words of `normalized` with the buckets each produces, for
    /// explaining a window's text score word by word.
    pub fn words(
        &self,
        normalized: &str,
        names: &AHashSet<String>,
        scratch: &mut TextScratch,
    ) -> Vec<(String, Vec<u32>)> {
        let mut out = Vec::new();
        self.for_each_word(normalized, names, scratch, |space, word, prev| {
            let mut b = Vec::new();
            space.word_buckets(word, prev, &mut b);
            out.push((word.to_string(), b));
        });
        out
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a: tiny, and stable forever (hashed features depend on it).
fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Buffers reused across messages.
#[derive(Debug, Default)]
pub struct TextScratch {
    translit: NormalizedText,
    word: String,
    prev: String,
}

/// A row of the design matrix: structural values and sorted text buckets.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub structural: Vec<f32>,
    /// (absolute feature index, value), sorted by index.
    pub text: Vec<(u32, f32)>,
}

impl Row {
    /// `w . x` for a weight vector over the whole space.
    pub fn dot(&self, weights: &[f32]) -> f32 {
        let dense: f32 = self
            .structural
            .iter()
            .zip(weights)
            .map(|(x, w)| x * w)
            .sum();
        let text: f32 = self
            .text
            .iter()
            .map(|&(i, v)| weights.get(i as usize).copied().unwrap_or(0.0) * v)
            .sum();
        dense + text
    }

    /// Non-zero structural contributions `w_i * x_i`.
    pub fn structural_contributions(&self, weights: &[f32]) -> Vec<(usize, f32)> {
        self.structural
            .iter()
            .zip(weights)
            .enumerate()
            .filter(|(_, (x, _))| **x != 0.0)
            .map(|(i, (x, w))| (i, x * w))
            .collect()
    }
}

/// Sublinear term frequency of a bucket seen `c` times in a window.
fn tf(c: u32) -> f32 {
    1.0 + (c as f32).ln()
}

/// [`tf`] of the small counts, computed once (the same expression, so the
/// same bits): a window recomputes every value after each message.
static TF: std::sync::LazyLock<[f32; 256]> = std::sync::LazyLock::new(|| {
    let mut t = [0.0f32; 256];
    for (c, v) in t.iter_mut().enumerate() {
        *v = tf(c as u32);
    }
    t
});

/// [`tf_of`] of the counts below 256 (index = count).
pub(crate) fn tf_table() -> &'static [f32; 256] {
    &TF
}

/// The text block's value of a bucket counted `c` times in a window, before
/// the window's [`WindowState::text_factor`].
pub(crate) fn tf_of(c: u32) -> f32 {
    TF.get(c as usize).copied().unwrap_or_else(|| tf(c))
}

/// One speech message inside the window.
#[derive(Debug, Default)]
struct WindowMessage {
    /// Its distinct buckets with their counts, sorted by bucket.
    buckets: Vec<(u32, u32)>,
    sender: String,
    /// Bit `s` set when signal `s` fired in it.
    signals: u32,
}

/// The sliding window over a conversation: feed it one speech message at a
/// time and read the row for the window ending there.
///
/// The window's bucket counts are kept as one list sorted by bucket, merged
/// with each message that enters and leaves: the row's text block is that
/// list as it stands, with no hashing or sorting per message.
#[derive(Debug)]
pub struct WindowState {
    window: usize,
    messages: VecDeque<WindowMessage>,
    /// (bucket, count) over the window, sorted by bucket, counts > 0. A
    /// tracking window keeps its counts in `Track::dense` instead and
    /// rebuilds this list only when it is read (`fresh` false until then).
    counts: std::cell::RefCell<Vec<(u32, u32)>>,
    fresh: std::cell::Cell<bool>,
    /// Scratch for rebuilding `counts` from the messages' buckets.
    ids: std::cell::RefCell<Vec<u32>>,
    /// Buffer the next `counts` is merged into.
    merged: Vec<(u32, u32)>,
    coercive_by_sender: AHashMap<String, u32>,
    spare: Vec<WindowMessage>,
    spare_buffers: Vec<Vec<u32>>,
    /// Running sums over `counts` for scoring, when tracking heads.
    track: Option<Track>,
}

/// Sums over a window's text block kept up to date bucket by bucket (f64),
/// so a scorer can estimate each head's text dot product in O(1) per message
/// with a proven error bound instead of re-reading every bucket.
#[derive(Debug)]
struct Track {
    /// Every head's weights interleaved: feature `i` of head `h` at `i * stride + h`.
    weights: std::sync::Arc<[f32]>,
    stride: usize,
    /// Sum of squared [`tf`] values.
    squares: f64,
    /// Per head: sum of `w * tf`.
    dots: Vec<f64>,
    /// Per head: sum of `|w| * tf` (for the rounding bound).
    abs: Vec<f64>,
    /// Pushes since the sums were last recomputed from scratch.
    since_exact: u32,
    /// The window's count of every bucket (indexed by bucket), so a message
    /// entering or leaving costs its own buckets, not the window's.
    dense: Vec<u32>,
    /// Buckets with a count above 0.
    distinct: usize,
}

thread_local! {
    /// Zeroed count arrays of finished windows, reused by the next
    /// conversation on this thread (allocating and faulting in a fresh
    /// one per conversation would cost more than scoring a short chat).
    static DENSE_POOL: std::cell::RefCell<Vec<Vec<u32>>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Drop for WindowState {
    fn drop(&mut self) {
        if let Some(t) = &mut self.track {
            let mut dense = std::mem::take(&mut t.dense);
            for m in &self.messages {
                for &(b, _) in &m.buckets {
                    if let Some(c) = dense.get_mut(b as usize) {
                        *c = 0;
                    }
                }
            }
            let _ = DENSE_POOL.try_with(|p| {
                let mut p = p.borrow_mut();
                if p.len() < 4 {
                    p.push(dense);
                }
            });
        }
    }
}

/// Recompute the tracked sums from the counts every this many pushes, so
/// rounding in the running f64 sums cannot build up over a long chat.
const RESUM_EVERY: u32 = 128;

/// The [`tf`] value of a count as f64, 0 for a count of 0.
fn tf64(c: u32) -> f64 {
    if c == 0 { 0.0 } else { tf_of(c) as f64 }
}

impl Track {
    /// Adds `n` occurrences of `bucket` (or removes them).
    fn apply(&mut self, bucket: u32, n: u32, add: bool) {
        let Some(slot) = self.dense.get_mut(bucket as usize) else {
            return;
        };
        let old = *slot;
        let new = if add { old + n } else { old.saturating_sub(n) };
        *slot = new;
        if old == 0 && new > 0 {
            self.distinct += 1;
        } else if old > 0 && new == 0 {
            self.distinct -= 1;
        }
        self.change(bucket, old, new);
    }

    fn change(&mut self, bucket: u32, old: u32, new: u32) {
        let (vo, vn) = (tf64(old), tf64(new));
        self.squares += vn * vn - vo * vo;
        let base = bucket as usize * self.stride;
        let d = vn - vo;
        for (h, (dot, abs)) in self.dots.iter_mut().zip(&mut self.abs).enumerate() {
            let w = self.weights.get(base + h).copied().unwrap_or(0.0) as f64;
            *dot += w * d;
            *abs += w.abs() * d;
        }
    }

    fn resum(&mut self, counts: &[(u32, u32)]) {
        self.squares = 0.0;
        self.dots.iter_mut().for_each(|d| *d = 0.0);
        self.abs.iter_mut().for_each(|d| *d = 0.0);
        for &(b, c) in counts {
            self.change(b, 0, c);
        }
        self.since_exact = 0;
    }
}

/// An estimate of one head's text dot product for the window as it stands
/// and a bound on how far the exact f32 computation
/// ([`WindowState::text_factor`] then [`WindowState::text_dot`]) can be from it.
#[derive(Debug, Clone, Copy)]
pub struct TextEstimate {
    pub value: f64,
    pub bound: f64,
}

impl WindowState {
    pub fn new(window: usize) -> Self {
        WindowState {
            window,
            messages: VecDeque::with_capacity(window + 1),
            counts: Default::default(),
            fresh: std::cell::Cell::new(true),
            ids: Default::default(),
            merged: Vec::new(),
            coercive_by_sender: AHashMap::new(),
            spare: Vec::new(),
            spare_buffers: Vec::new(),
            track: None,
        }
    }

    /// A window that also keeps the running sums [`WindowState::estimate`]
    /// reads, for heads whose weights are interleaved in `weights`
    /// (feature `i` of head `h` at `i * heads + h`).
    pub fn tracking(window: usize, weights: std::sync::Arc<[f32]>, heads: usize) -> Self {
        let mut w = WindowState::new(window);
        let len = weights.len() / heads.max(1);
        let mut dense = DENSE_POOL
            .try_with(|p| p.borrow_mut().pop())
            .ok()
            .flatten()
            .unwrap_or_default();
        dense.resize(len, 0);
        w.track = Some(Track {
            dense,
            distinct: 0,
            weights,
            stride: heads,
            squares: 0.0,
            dots: vec![0.0; heads],
            abs: vec![0.0; heads],
            since_exact: 0,
        });
        w
    }

    /// Head `head`'s text dot product estimated from the running sums, with
    /// a bound on its distance to the exact f32 value (`None` when the
    /// window does not track heads). The bound is a worst case of f32
    /// rounding: a sum of `n` terms is within `n * 2^-24` of the sum of
    /// magnitudes, each product and the norm add a few more units.
    pub fn estimate(&self, head: usize, scale: f32, floor: f32) -> Option<TextEstimate> {
        let t = self.track.as_ref()?;
        let norm = t.squares.max(0.0).sqrt().max(floor as f64);
        let k = if t.distinct == 0 || norm <= 0.0 {
            if t.distinct == 0 {
                return Some(TextEstimate {
                    value: 0.0,
                    bound: 0.0,
                });
            }
            1.0
        } else {
            scale as f64 / norm
        };
        let value = t.dots.get(head).copied()? * k;
        let magnitude = t.abs.get(head).copied()?.abs() * k;
        let u = f32::EPSILON as f64 / 2.0;
        let n = t.distinct as f64;
        let bound = 2.0 * (2.0 * n + 16.0) * u * magnitude + 1e-9 * (magnitude + 1.0);
        Some(TextEstimate { value, bound })
    }

    /// A fresh bucket buffer (recycled from earlier messages).
    pub fn buffer(&mut self) -> Vec<u32> {
        let mut b = self.spare_buffers.pop().unwrap_or_default();
        b.clear();
        b
    }

    /// Adds a speech message (its buckets, with repetition, in any order;
    /// its sender and hits).
    pub fn push(&mut self, mut buckets: Vec<u32>, sender: &str, hits: &[Hit]) {
        let mut entry = self.spare.pop().unwrap_or_default();
        entry.buckets.clear();
        buckets.sort_unstable();
        for &b in &buckets {
            match entry.buckets.last_mut() {
                Some((last, n)) if *last == b => *n += 1,
                _ => entry.buckets.push((b, 1)),
            }
        }
        self.spare_buffers.push(buckets);
        match &mut self.track {
            Some(t) => {
                for &(b, n) in &entry.buckets {
                    t.apply(b, n, true);
                }
                self.fresh.set(false);
            }
            None => {
                merge_counts(
                    self.counts.get_mut(),
                    &entry.buckets,
                    true,
                    &mut self.merged,
                );
                std::mem::swap(self.counts.get_mut(), &mut self.merged);
            }
        }

        let signals = hits
            .iter()
            .fold(0u32, |acc, h| acc | 1 << (h.signal as u32));
        if COERCIVE.iter().any(|s| signals & (1 << (*s as u32)) != 0) {
            let n = COERCIVE
                .iter()
                .filter(|s| signals & (1 << (**s as u32)) != 0)
                .count() as u32;
            match self.coercive_by_sender.get_mut(sender) {
                Some(c) => *c += n,
                None => {
                    self.coercive_by_sender.insert(sender.to_string(), n);
                }
            }
        }
        entry.sender.clear();
        entry.sender.push_str(sender);
        entry.signals = signals;
        self.messages.push_back(entry);
        if self.messages.len() > self.window
            && let Some(old) = self.messages.pop_front()
        {
            match &mut self.track {
                Some(t) => {
                    for &(b, n) in &old.buckets {
                        t.apply(b, n, false);
                    }
                }
                None => {
                    merge_counts(self.counts.get_mut(), &old.buckets, false, &mut self.merged);
                    std::mem::swap(self.counts.get_mut(), &mut self.merged);
                }
            }
            self.spare.push(old);
        }
        if let Some(mut t) = self.track.take() {
            t.since_exact += 1;
            if t.since_exact >= RESUM_EVERY || t.distinct == 0 {
                t.resum(&self.counts());
            }
            self.track = Some(t);
        }
    }

    /// The window's text block before weighting: its (bucket, count) pairs
    /// sorted by bucket (a tracking window builds the list from its
    /// messages' buckets and the dense counts when it is read).
    /// [`WindowState::row`]'s text value of a pair is
    /// `tf_of(count) * text_factor(scale, floor)` (the same f32 operations).
    pub fn counts(&self) -> std::cell::Ref<'_, Vec<(u32, u32)>> {
        if !self.fresh.get() {
            let mut c = self.counts.borrow_mut();
            c.clear();
            if let Some(t) = &self.track {
                // Sorting the bare bucket ids is cheaper than sorting pairs.
                let mut ids = self.ids.borrow_mut();
                ids.clear();
                for m in &self.messages {
                    ids.extend(m.buckets.iter().map(|&(b, _)| b));
                }
                ids.sort_unstable();
                ids.dedup();
                c.extend(
                    ids.iter()
                        .map(|&b| (b, t.dense.get(b as usize).copied().unwrap_or(0))),
                );
            }
            self.fresh.set(true);
        }
        self.counts.borrow()
    }

    /// The sender driving coercion so far (most coercive moves; ties go to
    /// the name that sorts first, so the choice is deterministic).
    pub fn actor(&self) -> Option<&str> {
        self.coercive_by_sender
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(s, _)| s.as_str())
    }

    /// Writes the structural block of the row (the prefix state, then the
    /// window's signals by role) into `out`.
    pub fn structural(&self, prefix: &SequenceState, out: &mut Vec<f32>) {
        prefix.fill(out);
        let actor = self.actor();
        let base = out.len();
        out.resize(base + 2 * Signal::ALL.len(), 0.0);
        for m in &self.messages {
            let role = usize::from(Some(m.sender.as_str()) != actor);
            let mut bits = m.signals;
            while bits != 0 {
                let s = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                out[base + 2 * s + role] = 1.0;
            }
        }
    }

    /// The factor the text block's values are multiplied by: `scale` over
    /// max(L2 norm, `floor`), or 1 for an empty block.
    pub fn text_factor(&self, scale: f32, floor: f32) -> f32 {
        let norm = self
            .counts()
            .iter()
            .map(|&(_, c)| {
                let v = tf_of(c);
                v * v
            })
            .sum::<f32>()
            .sqrt()
            .max(floor);
        if norm > 0.0 { scale / norm } else { 1.0 }
    }

    /// `w . x` over the text block, with the values multiplied by `factor`
    /// (from [`WindowState::text_factor`]); head `offset`'s weight of
    /// feature `i` is `weights[i * stride + offset]`. The same products
    /// summed in the same order as [`Row::dot`] over [`WindowState::row`]'s
    /// text block, so the same bits.
    pub fn text_dot(&self, factor: f32, weights: &[f32], stride: usize, offset: usize) -> f32 {
        self.counts()
            .iter()
            .map(|&(b, c)| {
                let v = tf_of(c) * factor;
                weights
                    .get(b as usize * stride + offset)
                    .copied()
                    .unwrap_or(0.0)
                    * v
            })
            .sum()
    }

    /// Writes the row for the window ending at the last pushed message.
    pub fn row(&self, prefix: &SequenceState, scale: f32, floor: f32, out: &mut Row) {
        self.structural(prefix, &mut out.structural);
        out.text.clear();
        out.text
            .extend(self.counts().iter().map(|&(b, c)| (b, tf_of(c))));
        let norm = out
            .text
            .iter()
            .map(|(_, v)| v * v)
            .sum::<f32>()
            .sqrt()
            .max(floor);
        if norm > 0.0 {
            let k = scale / norm;
            for (_, v) in &mut out.text {
                *v *= k;
            }
        }
    }

    /// Speech messages in the window.
    pub fn len(&self) -> usize {
        self.messages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }
}

/// Merges sorted (bucket, count) lists into `out`: `a + b`, or `a - b`
/// with zero counts dropped (`b` is then a part of `a`).
fn merge_counts(a: &[(u32, u32)], b: &[(u32, u32)], add: bool, out: &mut Vec<(u32, u32)>) {
    out.clear();
    out.reserve(a.len() + if add { b.len() } else { 0 });
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        if x.0 < y.0 {
            out.push(x);
            i += 1;
        } else if y.0 < x.0 {
            if add {
                out.push(y);
            }
            j += 1;
        } else {
            let c = if add {
                x.1 + y.1
            } else {
                x.1.saturating_sub(y.1)
            };
            if c > 0 {
                out.push((x.0, c));
            }
            i += 1;
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    if add {
        out.extend_from_slice(&b[j..]);
    }
}

/// Walks a conversation message by message, the one path training and
/// scoring share: `f(index, window, observation)` gets the escalation state
/// and window ending at each speech message (`None` for app notices, which
/// are not speech). Returns the escalation state of the whole conversation.
pub fn walk_windows(
    pipeline: &Pipeline,
    space: &FeatureSpace,
    conv: &Conversation,
    f: impl FnMut(usize, Option<(&SequenceState, &WindowState)>, &mut MessageObservation),
) -> SequenceState {
    walk_windows_in(pipeline, space, conv, WindowState::new(space.window()), f)
}

/// [`walk_windows`] with a window that tracks heads' running sums
/// ([`WindowState::tracking`]): what the scorer's fast pass reads.
pub fn walk_windows_tracking(
    pipeline: &Pipeline,
    space: &FeatureSpace,
    conv: &Conversation,
    weights: std::sync::Arc<[f32]>,
    heads: usize,
    f: impl FnMut(usize, Option<(&SequenceState, &WindowState)>, &mut MessageObservation),
) -> SequenceState {
    let window = WindowState::tracking(space.window(), weights, heads);
    walk_windows_in(pipeline, space, conv, window, f)
}

fn walk_windows_in(
    pipeline: &Pipeline,
    space: &FeatureSpace,
    conv: &Conversation,
    mut window: WindowState,
    mut f: impl FnMut(usize, Option<(&SequenceState, &WindowState)>, &mut MessageObservation),
) -> SequenceState {
    let names = space.names(conv.messages.iter().map(|m| m.sender.as_str()));
    let mut state = SequenceState::new();
    let mut scratch = Scratch::default();
    let mut text = TextScratch::default();
    let mut obs = MessageObservation::default();
    for (i, m) in conv.messages.iter().enumerate() {
        pipeline.observe(m, i, &mut scratch, &mut obs);
        if m.is_system() {
            f(i, None, &mut obs);
            continue;
        }
        state.push(i, &m.sender, m.ts.as_deref(), &obs.hits, &obs.indicators);
        let mut buckets = window.buffer();
        space.message(scratch.normalized(), &names, &mut text, &mut buckets);
        window.push(buckets, &m.sender, &obs.hits);
        f(i, Some((&state, &window)), &mut obs);
    }
    state
}

/// [`walk_windows`] with each window written out as a [`Row`]: what
/// training reads (and the reference scoring path).
pub fn walk(
    pipeline: &Pipeline,
    space: &FeatureSpace,
    conv: &Conversation,
    mut f: impl FnMut(usize, Option<&Row>, &mut MessageObservation),
) -> SequenceState {
    let mut row = Row::default();
    let scale = space.layout.text.scale;
    let floor = space.layout.text.norm_floor;
    walk_windows(pipeline, space, conv, |i, window, obs| match window {
        Some((state, window)) => {
            window.row(state, scale, floor, &mut row);
            f(i, Some(&row), obs);
        }
        None => f(i, None, obs),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn space() -> FeatureSpace {
        FeatureSpace::new(FeatureLayout::new(TextParams::default())).unwrap()
    }

    #[test]
    fn scripts_and_names_meet_the_same_buckets() {
        let s = space();
        let mut sc = TextScratch::default();
        let none = AHashSet::new();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        s.message("वीडियो", &none, &mut sc, &mut a);
        s.message("vidiyo", &none, &mut sc, &mut b);
        assert_eq!(a, b);
        let names = s.names(["Priya Sharma"].into_iter());
        let mut c = Vec::new();
        s.message("priya the video", &names, &mut sc, &mut c);
        let mut d = Vec::new();
        s.message("video", &none, &mut sc, &mut d);
        assert_eq!(c, d, "names and stopwords are not hashed");
    }

    #[test]
    fn digits_fold_and_buckets_stay_in_range() {
        let s = space();
        let mut sc = TextScratch::default();
        let none = AHashSet::new();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        s.message("send 5000 now", &none, &mut sc, &mut a);
        s.message("send 7300 now", &none, &mut sc, &mut b);
        assert_eq!(a, b);
        assert!(
            a.iter()
                .all(|&i| (i as usize) < s.len() && i as usize >= s.n_structural())
        );
    }

    #[test]
    fn window_slides_and_normalises() {
        let s = space();
        let mut sc = TextScratch::default();
        let none = AHashSet::new();
        let mut w = WindowState::new(2);
        let prefix = SequenceState::new();
        let mut row = Row::default();
        for text in ["alpha message", "bravo message", "charlie words"] {
            let mut buf = w.buffer();
            s.message(text, &none, &mut sc, &mut buf);
            w.push(buf, "A", &[]);
        }
        assert_eq!(w.len(), 2);
        w.row(&prefix, 1.0, 0.0, &mut row);
        let norm: f32 = row.text.iter().map(|(_, v)| v * v).sum();
        assert!((norm - 1.0).abs() < 1e-4);
        assert_eq!(row.structural.len(), structural_names().len());
        // "alpha" left the window, "charlie" is in it.
        let mut gone = Vec::new();
        s.message("alpha", &none, &mut sc, &mut gone);
        assert!(
            !row.text.iter().any(|(i, _)| *i == gone[0]),
            "the word bucket of alpha is gone"
        );
        let mut kept = Vec::new();
        s.message("charlie", &none, &mut sc, &mut kept);
        assert!(row.text.iter().any(|(i, _)| *i == kept[0]));
    }

    #[test]
    fn layout_mismatch_names_the_feature() {
        let mut l = FeatureLayout::new(TextParams::default());
        l.structural[3] = "sig:something_else".into();
        let e = FeatureSpace::new(l).unwrap_err().to_string();
        assert!(e.contains("something_else"), "{e}");
    }
}
