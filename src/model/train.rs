//! Training: labeled conversations -> a [`ModelFile`].
//!
//! In linfa's style, [`TrainParams`] are plain serialisable hyperparameters
//! and [`TrainParams::check`] validates them into [`CheckedTrainParams`],
//! the only thing that can [`fit`](CheckedTrainParams::fit).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::sparse::{self, Example, SgdParams};
use super::{
    Calibration, DataInfo, Head, ModelFile, SCHEMA, SignalSetInfo, Thresholds, TrainingInfo,
};
use crate::conversation::Conversation;
use crate::error::{Error, Result};
use crate::features::{self, FeatureLayout, FeatureSpace, Row, TextParams, WindowState};
use crate::metrics;
use crate::normalize::Normalizer;
use crate::pipeline::Pipeline;
use crate::report::BENIGN;
use crate::signals::sequence::SequenceState;
use crate::signals::{Signal, SignalMatcher};
use crate::tokenize::{TokenizerModel, TokenizerParams};

/// Hyperparameters (a `--params` TOML file holds any subset of them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TrainParams {
    /// L2 penalty on the mean logistic loss.
    pub l2: f64,
    pub epochs: usize,
    pub batch: usize,
    pub learning_rate: f64,
    /// Weigh each head's positive windows to balance its negatives.
    pub balance: bool,
    /// Share of *groups* held out for calibration and thresholds.
    pub calibration_fraction: f64,
    pub seed: u64,
    /// Precision the `medium` / `high` thresholds must reach on held-out data.
    pub medium_precision: f64,
    pub high_precision: f64,
    /// Lowest allowed thresholds.
    pub medium_floor: f64,
    pub high_floor: f64,
    /// Most windows one conversation contributes to training (evenly spaced;
    /// windows holding annotated coercion are always kept).
    pub max_windows: usize,
    /// Row weight per `source` (e.g. generated data counted less).
    pub source_weights: BTreeMap<String, f64>,
    /// The labels training accepts; anything else is an error.
    pub labels: Vec<String>,
    /// Romanize Indic scripts in the normalizer (off only for ablations:
    /// native-script signal tables then stop matching).
    pub romanize: bool,
    /// Bound each head's risk-signal weights at zero from below.
    pub bounded: bool,
    pub tokenizer: TokenizerParams,
    pub text: TextParams,
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            l2: 1e-4,
            epochs: 12,
            batch: 64,
            learning_rate: 0.1,
            balance: true,
            calibration_fraction: 0.2,
            seed: 20261128,
            medium_precision: 0.9,
            high_precision: 0.98,
            medium_floor: 0.3,
            high_floor: 0.6,
            max_windows: 40,
            source_weights: BTreeMap::new(),
            labels: ["sextortion", "scam", BENIGN]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            romanize: true,
            bounded: true,
            tokenizer: TokenizerParams::default(),
            text: TextParams::default(),
        }
    }
}

/// Validated hyperparameters.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedTrainParams(TrainParams);

impl TrainParams {
    pub fn check(self) -> Result<CheckedTrainParams> {
        let p = &self;
        let unit = |name: &str, v: f64| {
            if (0.0..=1.0).contains(&v) {
                Ok(())
            } else {
                Err(Error::params(name, format!("{v} is not in [0, 1]")))
            }
        };
        if !(p.l2.is_finite() && p.l2 >= 0.0) {
            return Err(Error::params(
                "l2",
                format!("{} must be a finite number >= 0", p.l2),
            ));
        }
        if p.epochs == 0 || p.batch == 0 || p.max_windows == 0 {
            return Err(Error::params(
                "epochs/batch/max_windows",
                "must be at least 1",
            ));
        }
        if !(p.learning_rate.is_finite() && p.learning_rate > 0.0) {
            return Err(Error::params("learning_rate", "must be > 0"));
        }
        if !(p.calibration_fraction > 0.0 && p.calibration_fraction < 0.9) {
            return Err(Error::params("calibration_fraction", "must be in (0, 0.9)"));
        }
        unit("medium_precision", p.medium_precision)?;
        unit("high_precision", p.high_precision)?;
        unit("medium_floor", p.medium_floor)?;
        unit("high_floor", p.high_floor)?;
        if p.high_floor < p.medium_floor {
            return Err(Error::params("high_floor", "must be >= medium_floor"));
        }
        if let Some((source, _)) = p
            .source_weights
            .iter()
            .find(|(_, w)| !(w.is_finite() && **w > 0.0 && **w <= 100.0))
        {
            return Err(Error::params(
                "source_weights",
                format!("{source:?}: weights are in (0, 100]"),
            ));
        }
        if !p.labels.iter().any(|l| l == BENIGN) || p.labels.len() < 2 {
            return Err(Error::params(
                "labels",
                format!("need {BENIGN:?} and at least one other label"),
            ));
        }
        if p.tokenizer.vocab_size < 100 {
            return Err(Error::params(
                "tokenizer.vocab_size",
                "must be at least 100",
            ));
        }
        FeatureSpace::new(FeatureLayout::new(p.text.clone()))?;
        Ok(CheckedTrainParams(self))
    }
}

/// What a window is for one head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Holds the label's harm (annotated coercion, or any window of a scam).
    Positive,
    /// A benign conversation's window.
    Benign,
    /// Part of a risky conversation without the harm in it (the friendly
    /// prefix of a sextortion chat): neither positive nor negative.
    Unclear,
}

/// Stages that make a window coercive.
pub const COERCION_STAGES: [&str; 5] = [
    "recording",
    "leak_threat",
    "money_demand",
    "payment_handle",
    "impersonation",
];

/// Signals that stand in for coercion when a chat has no stage annotations.
const COERCIVE_SIGNALS: [Signal; 5] = [
    Signal::RecordingClaim,
    Signal::LeakThreat,
    Signal::MoneyDemand,
    Signal::ContactHarvest,
    Signal::AuthorityImpersonation,
];

/// A conversation reduced to what training needs.
struct Prepared {
    label: String,
    weight: f64,
    holdout: bool,
    /// Windows used for fitting, with their role (none for holdout
    /// conversations: calibration walks them again once the heads are fitted,
    /// so their rows are never held in memory).
    rows: Windows,
}

/// A conversation's kept windows in compact form; [`Windows::write`] gives
/// back each window's [`Row`] bit for bit. A row's structural block is
/// mostly zeros and its text values are `tf_of(count) * factor` with one
/// factor per window, so a window keeps only its non-zero structural
/// entries, its factor and its text buckets with their counts, each bucket
/// as the gap from the one before: most (gap, count) pairs fit one `u16`,
/// a quarter of the 8 bytes of a row's `(u32, f32)` entry.
#[derive(Debug, Default)]
struct Windows {
    windows: Vec<WindowEntry>,
    /// Length of the structural block.
    dense: usize,
    /// Non-zero structural entries of every window, window after window.
    structural: Vec<(u16, f32)>,
    /// Text entries of every window, window after window (see [`Gaps`]).
    text: Vec<u16>,
    /// First text bucket (the structural block's length).
    offset: u32,
}

#[derive(Debug, Clone, Copy)]
struct WindowEntry {
    /// Where this window's entries end in `structural` and `text` (each
    /// starts where the previous window's end).
    structural_end: usize,
    text_end: usize,
    /// The text block's [`WindowState::text_factor`].
    factor: f32,
    role: Role,
}

/// The text entries of a window: buckets ascending, each `bucket - offset`
/// coded as the gap from the previous one (from 0 for the first). An entry
/// whose gap is below 2^12 and count below 16 is one word, `gap << 4 |
/// count`; any other is the word 0 followed by `bucket - offset` and the
/// count, each as two words (low, high).
struct Gaps;

impl Gaps {
    const COUNT_BITS: u32 = 4;
    const SHORT_GAP: u32 = 1 << (16 - Self::COUNT_BITS);
    const SHORT_COUNT: u32 = 1 << Self::COUNT_BITS;

    fn encode(counts: &[(u32, u32)], offset: u32, out: &mut Vec<u16>) {
        let mut prev = 0u32;
        for &(b, c) in counts {
            let rel = b.wrapping_sub(offset);
            let gap = rel.wrapping_sub(prev);
            if rel >= prev && gap < Self::SHORT_GAP && c > 0 && c < Self::SHORT_COUNT {
                out.push(((gap << Self::COUNT_BITS) | c) as u16);
            } else {
                out.extend([
                    0,
                    rel as u16,
                    (rel >> 16) as u16,
                    c as u16,
                    (c >> 16) as u16,
                ]);
            }
            prev = rel;
        }
    }

    /// Calls `f(bucket, count)` for every entry of `words`.
    fn decode(words: &[u16], offset: u32, mut f: impl FnMut(u32, u32)) {
        let mut prev = 0u32;
        let mut at = 0;
        while let Some(&w) = words.get(at) {
            let (rel, c) = if w != 0 {
                at += 1;
                let w = w as u32;
                (
                    prev.wrapping_add(w >> Self::COUNT_BITS),
                    w & (Self::SHORT_COUNT - 1),
                )
            } else {
                let word = |k: usize| words.get(at + k).copied().unwrap_or(0) as u32;
                let v = (word(1) | (word(2) << 16), word(3) | (word(4) << 16));
                at += 5;
                v
            };
            f(rel.wrapping_add(offset), c);
            prev = rel;
        }
    }
}

impl Windows {
    fn new(space: &FeatureSpace) -> Self {
        Windows {
            offset: space.n_structural() as u32,
            ..Windows::default()
        }
    }

    /// Appends the window `window` closes after the prefix `state`.
    fn push(
        &mut self,
        state: &SequenceState,
        window: &WindowState,
        (scale, floor): (f32, f32),
        role: Role,
        dense: &mut Vec<f32>,
    ) {
        window.structural(state, dense);
        self.dense = dense.len();
        self.structural.extend(
            dense
                .iter()
                .enumerate()
                .filter(|(_, x)| **x != 0.0)
                .map(|(i, x)| (i as u16, *x)),
        );
        let factor = window.text_factor(scale, floor);
        Gaps::encode(&window.counts(), self.offset, &mut self.text);
        self.windows.push(WindowEntry {
            structural_end: self.structural.len(),
            text_end: self.text.len(),
            factor,
            role,
        });
    }

    fn len(&self) -> usize {
        self.windows.len()
    }

    fn clear(&mut self) {
        self.windows.clear();
        self.structural.clear();
        self.text.clear();
    }

    /// Where window `k`'s entries start in `structural` and `text`.
    fn starts(&self, k: usize) -> (usize, usize) {
        match k.checked_sub(1).and_then(|j| self.windows.get(j)) {
            Some(p) => (p.structural_end, p.text_end),
            None => (0, 0),
        }
    }

    /// The windows `keep` says yes to (by index), in vectors of their
    /// exact size (`self` is a scratch reused by the next conversation).
    fn kept(&self, mut keep: impl FnMut(usize, &WindowEntry) -> bool) -> Windows {
        let keep: Vec<bool> = self
            .windows
            .iter()
            .enumerate()
            .map(|(k, w)| keep(k, w))
            .collect();
        let (mut n, mut s, mut t) = (0, 0, 0);
        for (k, w) in self.windows.iter().enumerate() {
            if keep[k] {
                let (s0, t0) = self.starts(k);
                n += 1;
                s += w.structural_end - s0;
                t += w.text_end - t0;
            }
        }
        let mut out = Windows {
            windows: Vec::with_capacity(n),
            dense: self.dense,
            structural: Vec::with_capacity(s),
            text: Vec::with_capacity(t),
            offset: self.offset,
        };
        for (k, w) in self.windows.iter().enumerate() {
            if keep[k] {
                let (s0, t0) = self.starts(k);
                out.structural
                    .extend_from_slice(&self.structural[s0..w.structural_end]);
                out.text.extend_from_slice(&self.text[t0..w.text_end]);
                out.windows.push(WindowEntry {
                    structural_end: out.structural.len(),
                    text_end: out.text.len(),
                    ..*w
                });
            }
        }
        out
    }

    /// Window `k` as the fitter reads it (`None` past the last).
    fn row(&self, k: usize) -> Option<WindowRow<'_>> {
        let w = self.windows.get(k)?;
        let (s0, t0) = self.starts(k);
        Some(WindowRow {
            structural: self.structural.get(s0..w.structural_end)?,
            text: self.text.get(t0..w.text_end)?,
            factor: w.factor,
            dense: self.dense as u32,
            offset: self.offset,
        })
    }
}

/// One window of a [`Windows`]: what [`sparse::fit`] holds per example.
#[derive(Debug, Clone, Copy)]
struct WindowRow<'a> {
    structural: &'a [(u16, f32)],
    text: &'a [u16],
    factor: f32,
    dense: u32,
    offset: u32,
}

impl WindowRow<'_> {
    /// Writes the row into `out`: what [`WindowState::row`] wrote for the
    /// window, bit for bit.
    fn write(&self, out: &mut Row) {
        out.structural.clear();
        out.structural.resize(self.dense as usize, 0.0);
        for &(i, x) in self.structural {
            if let Some(slot) = out.structural.get_mut(i as usize) {
                *slot = x;
            }
        }
        out.text.clear();
        out.text.reserve(self.text.len());
        let (tf, factor) = (features::tf_table(), self.factor);
        Gaps::decode(self.text, self.offset, |b, c| {
            let v = tf
                .get(c as usize)
                .copied()
                .unwrap_or_else(|| features::tf_of(c));
            out.text.push((b, v * factor));
        });
    }
}

impl sparse::RowSource for WindowRow<'_> {
    fn row<'a>(&'a self, scratch: &'a mut Row) -> &'a Row {
        self.write(scratch);
        scratch
    }

    fn prefetch(&self) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
            let text = self.text.as_ptr().cast::<i8>();
            // The text's first lines (the hardware prefetcher follows the
            // rest) and the structural entries.
            for line in 0..4 {
                // SAFETY: a prefetch is only a hint: it never faults and
                // reads nothing into the program, whatever the address.
                unsafe { _mm_prefetch::<_MM_HINT_T0>(text.wrapping_add(64 * line)) };
            }
            // SAFETY: as above.
            unsafe { _mm_prefetch::<_MM_HINT_T0>(self.structural.as_ptr().cast::<i8>()) };
        }
    }
}

/// The group a conversation belongs to for splitting: its `group` field,
/// else writer and scenario, else source and scenario, else its id. Near
/// copies (one template, one writer's brief) share a group, so a split by
/// group never puts a template on both sides.
pub fn group_of(c: &Conversation) -> String {
    let field = |k: &str| c.meta.get(k).and_then(|v| v.as_str()).map(str::to_string);
    if let Some(g) = field("group") {
        return g;
    }
    let scenario = field("scenario");
    match (field("writer"), scenario) {
        (Some(w), Some(s)) => format!("{w}/{s}"),
        (None, Some(s)) => format!("{}/{s}", c.source.as_deref().unwrap_or("")),
        (Some(w), None) => format!("{w}/{}", c.id),
        (None, None) => c.id.clone(),
    }
}

/// Deterministic split by group: a group is held out by the hash of its name.
pub fn in_holdout(seed: u64, group: &str, fraction: f64) -> bool {
    let mut h = Sha256::new();
    h.update(seed.to_le_bytes());
    h.update(group.as_bytes());
    let d = h.finalize();
    let v = u64::from_le_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]]);
    (v as f64 / u64::MAX as f64) < fraction
}

/// Whether message `m` of `c` is annotated as coercion; `None` when the
/// conversation carries no stage annotations at all.
fn annotated(c: &Conversation) -> Option<Vec<bool>> {
    let has = c.messages.iter().any(|m| m.meta.contains_key("stage"));
    has.then(|| {
        c.messages
            .iter()
            .map(|m| {
                m.meta
                    .get("stage")
                    .and_then(|v| v.as_str())
                    .is_some_and(|s| COERCION_STAGES.contains(&s))
            })
            .collect()
    })
}

/// The feature weights a head may not make negative: its risk signals.
pub fn nonnegative(head: &str, names: &[String]) -> Vec<bool> {
    let risk: &[Signal] = match head {
        "sextortion" => Signal::SEXTORTION_RISK,
        "scam" => Signal::SCAM_RISK,
        _ => &[],
    };
    names
        .iter()
        .map(|n| {
            risk.iter().any(|s| {
                let s = s.name();
                *n == format!("sig:{s}")
                    || *n == format!("win:{s}:actor")
                    || (head != "sextortion" && *n == format!("win:{s}:other"))
            }) || (head == "sextortion" && n.starts_with("seq:"))
        })
        .collect()
}

/// A step of training, reported to [`CheckedTrainParams::fit_with_progress`]'s callback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrainStep {
    /// Training the WordPiece tokenizer (only without a pre-trained one).
    Tokenizer,
    /// Normalizing, matching and featurizing every window.
    Features { conversations: usize },
    /// Fitting every head (one per core).
    Heads { labels: Vec<String> },
    /// Scoring the calibration conversations with the fitted heads, then
    /// Platt scaling and thresholds.
    Calibration { conversations: usize },
}

impl CheckedTrainParams {
    pub fn params(&self) -> &TrainParams {
        &self.0
    }

    /// Trains every head on `data` (each conversation must carry a label).
    /// `tokenizer`: a pre-trained one, or `None` to train one here.
    pub fn fit(
        &self,
        data: &[Conversation],
        tokenizer: Option<TokenizerModel>,
        sources: Vec<DataInfo>,
    ) -> Result<ModelFile> {
        self.fit_with_progress(data, tokenizer, sources, &mut |_| {})
    }

    /// [`fit`](Self::fit), telling `progress` as each step starts (the
    /// library never prints; a caller may draw this).
    pub fn fit_with_progress(
        &self,
        data: &[Conversation],
        tokenizer: Option<TokenizerModel>,
        sources: Vec<DataInfo>,
        progress: &mut dyn FnMut(TrainStep),
    ) -> Result<ModelFile> {
        let p = &self.0;
        let mut labels: BTreeMap<String, usize> = BTreeMap::new();
        for c in data {
            let at = || format!("conversation {:?}", c.id);
            let label = c.label.as_deref().ok_or_else(|| Error::Unlabeled {
                at: "training data".into(),
                id: c.id.clone(),
            })?;
            if !p.labels.iter().any(|l| l == label) {
                return Err(Error::UnknownLabel {
                    at: at(),
                    label: label.to_string(),
                    allowed: p.labels.clone(),
                });
            }
            *labels.entry(label.to_string()).or_default() += 1;
        }
        let present: BTreeSet<&str> = data.iter().filter_map(|c| c.source.as_deref()).collect();
        if let Some(k) = p
            .source_weights
            .keys()
            .find(|k| !present.contains(k.as_str()))
        {
            return Err(Error::params(
                "source_weights",
                format!(
                    "{k:?} is not the source of any training conversation (sources: {present:?})"
                ),
            ));
        }
        let heads: Vec<String> = labels.keys().filter(|l| *l != BENIGN).cloned().collect();
        if heads.is_empty() || !labels.contains_key(BENIGN) {
            return Err(Error::Training(format!(
                "training needs `{BENIGN}` conversations and at least one other label; found {labels:?}"
            )));
        }
        let normalizer = if p.romanize {
            Normalizer::default()
        } else {
            Normalizer::new(
                Normalizer::recommended_stages()
                    .into_iter()
                    .filter(|s| *s != crate::normalize::Stage::Transliterate)
                    .collect(),
            )
        };
        let tokenizer = match tokenizer {
            Some(t) => t,
            None => {
                progress(TrainStep::Tokenizer);
                train_tokenizer(data, &normalizer, &p.tokenizer)?
            }
        };
        progress(TrainStep::Features {
            conversations: data.len(),
        });
        let pipeline = Pipeline::new(normalizer.clone(), tokenizer);
        let mut text = p.text.clone();
        text.transliterate &= p.romanize;
        let layout = FeatureLayout::new(text);
        let space = FeatureSpace::new(layout.clone())?;

        let prepared: Vec<Prepared> = {
            use rayon::prelude::*;
            data.par_iter()
                .map_init(
                    || Windows::new(&space),
                    |scratch, c| self.prepare(&pipeline, &space, c, scratch),
                )
                .collect()
        };

        let names = &layout.structural;
        progress(TrainStep::Heads {
            labels: heads.clone(),
        });
        // Heads are independent (each has its own seed): one per core.
        let fitted: Vec<(Vec<f32>, f32)> = {
            use rayon::prelude::*;
            heads
                .par_iter()
                .map(|head| {
                    let mask = if p.bounded {
                        nonnegative(head, names)
                    } else {
                        vec![false; names.len()]
                    };
                    self.fit_head(&prepared, &space, head, &mask)
                })
                .collect()
        };
        // Each holdout conversation's logit per head: its best window.
        let holdout: Vec<(&Conversation, &Prepared)> = data
            .iter()
            .zip(&prepared)
            .filter(|(_, e)| e.holdout)
            .collect();
        progress(TrainStep::Calibration {
            conversations: holdout.len(),
        });
        let holdout_logits: Vec<Vec<f32>> = {
            use rayon::prelude::*;
            holdout
                .par_iter()
                .map(|(c, _)| holdout_logits(&pipeline, &space, c, &fitted))
                .collect()
        };

        let mut file_heads = BTreeMap::new();
        let mut thresholds = BTreeMap::new();
        let mut validation = BTreeMap::new();
        for (index, (head, (weights, intercept))) in heads.iter().zip(fitted).enumerate() {
            let (logits, truth): (Vec<f64>, Vec<bool>) = holdout
                .iter()
                .zip(&holdout_logits)
                .map(|((_, e), z)| (z[index] as f64, e.label == *head))
                .unzip();
            if !truth.iter().any(|t| *t) || truth.iter().all(|t| *t) {
                return Err(Error::Training(format!(
                    "head {head:?}: the calibration split has no positives or no negatives; \
                     add more groups or raise calibration_fraction"
                )));
            }
            let calibration = Calibration::fit_platt(&logits, &truth);
            let probs: Vec<f64> = logits.iter().map(|z| calibration.apply(*z)).collect();
            let medium =
                threshold_for_precision(&probs, &truth, p.medium_precision).max(p.medium_floor);
            let high = threshold_for_precision(&probs, &truth, p.high_precision)
                .max(p.high_floor)
                .max(medium);
            let t = Thresholds { medium, high };
            validation.insert(head.clone(), metrics::HeadSummary::new(&probs, &truth, t));
            thresholds.insert(head.clone(), t);
            file_heads.insert(
                head.clone(),
                Head {
                    intercept,
                    calibration,
                    weights: super::SparseWeights::from_dense(&weights),
                },
            );
        }

        let matcher = SignalMatcher::new();
        let mut file = ModelFile {
            schema: SCHEMA.to_string(),
            version: String::new(),
            normalizer,
            tokenizer: serde_json::from_str(pipeline.tokenizer.to_json())
                .map_err(|e| Error::json("trained tokenizer", e))?,
            signals: SignalSetInfo {
                version: SignalMatcher::VERSION.to_string(),
                sha256: matcher.tables_sha256(),
            },
            features: layout,
            heads: file_heads,
            thresholds,
            training: TrainingInfo {
                created_by: format!("chatrisk {}", env!("CARGO_PKG_VERSION")),
                data: sources,
                labels,
                params: p.clone(),
                calibration_conversations: prepared.iter().filter(|e| e.holdout).count(),
                validation,
            },
            checksum: String::new(),
        };
        // The version names the content, so equal inputs give equal files.
        let digest = file.content_hash()?;
        file.version = format!("{}-{}", env!("CARGO_PKG_VERSION"), &digest[..12]);
        Ok(file)
    }

    /// `scratch`: windows of earlier conversations, reused.
    fn prepare(
        &self,
        pipeline: &Pipeline,
        space: &FeatureSpace,
        c: &Conversation,
        scratch: &mut Windows,
    ) -> Prepared {
        let p = &self.0;
        let label = c.label.clone().unwrap_or_default();
        let holdout = in_holdout(p.seed, &group_of(c), p.calibration_fraction);
        let weight = c
            .source
            .as_ref()
            .and_then(|s| p.source_weights.get(s))
            .copied()
            .unwrap_or(1.0);
        if holdout {
            return Prepared {
                label,
                weight,
                holdout,
                rows: Windows::default(),
            };
        }
        let coercion = annotated(c);
        let windows = scratch;
        windows.clear();
        let mut recent: std::collections::VecDeque<bool> = Default::default();
        let w = space.window();
        let (scale, floor) = (space.layout.text.scale, space.layout.text.norm_floor);
        let mut dense = Vec::new();
        features::walk_windows(pipeline, space, c, |i, window, obs| {
            let Some((state, window)) = window else {
                return;
            };
            let coercive = match &coercion {
                Some(flags) => flags.get(i).copied().unwrap_or(false),
                None => obs
                    .hits
                    .iter()
                    .any(|h| COERCIVE_SIGNALS.contains(&h.signal)),
            };
            recent.push_back(coercive);
            if recent.len() > w {
                recent.pop_front();
            }
            let role = match label.as_str() {
                BENIGN => Role::Benign,
                "sextortion" if recent.iter().any(|x| *x) => Role::Positive,
                "sextortion" => Role::Unclear,
                _ => Role::Positive,
            };
            windows.push(state, window, (scale, floor), role, &mut dense);
        });
        // A sextortion chat without annotations whose coercion the signals
        // missed still counts: its last window is taken as the positive.
        if label == "sextortion"
            && coercion.is_none()
            && !windows.windows.iter().any(|e| e.role == Role::Positive)
            && let Some(last) = windows.windows.last_mut()
        {
            last.role = Role::Positive;
        }
        let n = windows.len();
        let stride = n.div_ceil(p.max_windows).max(1);
        let rows = windows.kept(|k, e| {
            (label == "sextortion" && e.role == Role::Positive)
                || k % stride == stride - 1
                || k + 1 == n
        });
        Prepared {
            label,
            weight,
            holdout,
            rows,
        }
    }

    fn fit_head(
        &self,
        prepared: &[Prepared],
        space: &FeatureSpace,
        head: &str,
        mask: &[bool],
    ) -> (Vec<f32>, f32) {
        let p = &self.0;
        let mut examples: Vec<Example<WindowRow<'_>>> = Vec::new();
        for e in prepared.iter().filter(|e| !e.holdout) {
            let used = e
                .rows
                .windows
                .iter()
                .filter(|w| w.role != Role::Unclear)
                .count();
            if used == 0 {
                continue;
            }
            // Each conversation weighs about the same however long it is.
            let per_row = (e.weight / (used as f64).sqrt()) as f32;
            for (k, w) in e.rows.windows.iter().enumerate() {
                if w.role == Role::Unclear {
                    continue;
                }
                if let Some(row) = e.rows.row(k) {
                    examples.push(Example {
                        row,
                        positive: e.label == head && w.role == Role::Positive,
                        weight: per_row,
                    });
                }
            }
        }
        if p.balance {
            let pos: f32 = examples
                .iter()
                .filter(|e| e.positive)
                .map(|e| e.weight)
                .sum();
            let neg: f32 = examples
                .iter()
                .filter(|e| !e.positive)
                .map(|e| e.weight)
                .sum();
            if pos > 0.0 && neg > 0.0 {
                let k = neg / pos;
                for e in examples.iter_mut().filter(|e| e.positive) {
                    e.weight *= k;
                }
            }
        }
        sparse::fit(
            &examples,
            space.len(),
            mask,
            SgdParams {
                l2: p.l2 as f32,
                epochs: p.epochs,
                batch: p.batch,
                learning_rate: p.learning_rate as f32,
                seed: p.seed ^ fxhash(head),
            },
        )
    }
}

/// A conversation's logit under each fitted head: the best window's
/// `w . x + b`, or the intercept when no window has text. The same rows and
/// the same f32 operations as scoring's reference pass.
fn holdout_logits(
    pipeline: &Pipeline,
    space: &FeatureSpace,
    c: &Conversation,
    heads: &[(Vec<f32>, f32)],
) -> Vec<f32> {
    let mut best: Vec<Option<f32>> = vec![None; heads.len()];
    features::walk(pipeline, space, c, |_, row, _| {
        let Some(row) = row else { return };
        for (b, (weights, intercept)) in best.iter_mut().zip(heads) {
            let z = row.dot(weights) + intercept;
            *b = Some(b.map_or(z, |m| m.max(z)));
        }
    });
    best.iter()
        .zip(heads)
        .map(|(b, (_, intercept))| b.unwrap_or(*intercept))
        .collect()
}

fn fxhash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

/// Trains the WordPiece tokenizer on the normalized speech of `data`.
pub fn train_tokenizer(
    data: &[Conversation],
    normalizer: &Normalizer,
    params: &TokenizerParams,
) -> Result<TokenizerModel> {
    let texts: Vec<String> = data
        .iter()
        .flat_map(|c| c.messages.iter())
        .filter(|m| !m.is_system())
        .map(|m| normalizer.normalize(&m.text).as_str().to_string())
        .collect();
    TokenizerModel::train(texts.into_iter(), params)
}

pub use crate::metrics::threshold_for_precision;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_are_validated() {
        assert!(TrainParams::default().check().is_ok());
        let bad = TrainParams {
            l2: -1.0,
            ..TrainParams::default()
        };
        assert!(matches!(bad.check(), Err(Error::Params { .. })));
        let bad = TrainParams {
            calibration_fraction: 0.0,
            ..TrainParams::default()
        };
        assert!(bad.check().is_err());
        let bad = TrainParams {
            labels: vec!["scam".into()],
            ..TrainParams::default()
        };
        assert!(bad.check().is_err());
        let bad = TrainParams {
            medium_floor: 0.9,
            high_floor: 0.5,
            ..TrainParams::default()
        };
        assert!(bad.check().is_err());
    }

    #[test]
    fn params_parse_from_partial_toml() {
        let p: TrainParams = toml::from_str("l2 = 4.0\n[tokenizer]\nvocab_size = 500\n").unwrap();
        assert_eq!(p.l2, 4.0);
        assert_eq!(p.tokenizer.vocab_size, 500);
        assert_eq!(p.epochs, TrainParams::default().epochs);
        assert!(toml::from_str::<TrainParams>("l3 = 1").is_err());
    }

    /// Every window of the corpus in compact form writes back the row
    /// `features::walk` writes for it, bit for bit (shipped and default
    /// text parameters).
    #[test]
    fn compact_windows_give_back_the_rows_bit_for_bit() {
        let model = crate::model::Model::embedded().unwrap();
        let pipeline = model.pipeline();
        let default = FeatureSpace::new(FeatureLayout::new(TextParams::default())).unwrap();
        let files = crate::testdata::files(&["training/corpus/handwritten"], &["jsonl"]);
        assert!(!files.is_empty());
        let mut rows_seen = 0;
        for space in [model.space(), &default] {
            let (scale, floor) = (space.layout.text.scale, space.layout.text.norm_floor);
            for f in &files {
                let bytes = std::fs::read(f).unwrap();
                for c in crate::import::import_bytes(&bytes, "t.jsonl", None) {
                    let c = c.unwrap();
                    let mut expected: Vec<Row> = Vec::new();
                    features::walk(pipeline, space, &c, |_, row, _| {
                        expected.extend(row.cloned());
                    });
                    let mut windows = Windows::new(space);
                    let mut dense = Vec::new();
                    features::walk_windows(pipeline, space, &c, |_, w, _| {
                        if let Some((state, w)) = w {
                            windows.push(state, w, (scale, floor), Role::Benign, &mut dense);
                        }
                    });
                    assert_eq!(windows.len(), expected.len());
                    // Every other window kept, from a scratch that held all.
                    let kept = windows.kept(|k, _| k % 2 == 1);
                    let mut out = Row::default();
                    for (k, want) in expected.iter().enumerate() {
                        windows.row(k).unwrap().write(&mut out);
                        assert_eq!(out.structural.len(), want.structural.len());
                        let bits = |r: &Row| -> (Vec<u32>, Vec<(u32, u32)>) {
                            (
                                r.structural.iter().map(|x| x.to_bits()).collect(),
                                r.text.iter().map(|(b, v)| (*b, v.to_bits())).collect(),
                            )
                        };
                        assert_eq!(bits(&out), bits(want), "{} window {k}", c.id);
                        if k % 2 == 1 {
                            kept.row(k / 2).unwrap().write(&mut out);
                            assert_eq!(bits(&out), bits(want), "{} kept window {k}", c.id);
                        }
                        rows_seen += 1;
                    }
                    assert!(kept.row(expected.len() / 2).is_none());
                }
            }
        }
        assert!(rows_seen > 1000, "{rows_seen} rows");
    }

    #[test]
    fn gaps_round_trip_with_escapes() {
        let offset = 196;
        let counts: Vec<(u32, u32)> = vec![
            (196, 1),
            (197, 15),
            (198, 16),
            (198 + 4095, 2),
            (198 + 4095 + 4096, 1),
            (300_000, 70_000),
            (300_001, 0),
            (100, 3),
            (u32::MAX, 1),
        ];
        let mut words = Vec::new();
        Gaps::encode(&counts, offset, &mut words);
        // Short: the 1st, 2nd and 4th; the other six take five words each.
        assert_eq!(words.len(), 3 + 6 * 5);
        let mut back = Vec::new();
        Gaps::decode(&words, offset, |b, c| back.push((b, c)));
        assert_eq!(back, counts);
    }

    #[test]
    fn threshold_meets_precision() {
        let probs = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
        let truth = [true, true, false, true, false, false];
        assert_eq!(threshold_for_precision(&probs, &truth, 1.0), 0.8);
        assert_eq!(threshold_for_precision(&probs, &truth, 0.75), 0.6);
        assert_eq!(threshold_for_precision(&probs, &truth, 0.0), 0.4);
    }
}
