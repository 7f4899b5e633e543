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
use crate::features::{self, FeatureLayout, FeatureSpace, Row, TextParams};
use crate::metrics;
use crate::normalize::Normalizer;
use crate::pipeline::Pipeline;
use crate::report::BENIGN;
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
    rows: Vec<(Row, Role)>,
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
                .map(|c| self.prepare(&pipeline, &space, c))
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

    fn prepare(&self, pipeline: &Pipeline, space: &FeatureSpace, c: &Conversation) -> Prepared {
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
                rows: Vec::new(),
            };
        }
        let coercion = annotated(c);
        let mut windows: Vec<(Row, Role)> = Vec::new();
        let mut recent: std::collections::VecDeque<bool> = Default::default();
        let w = space.window();
        features::walk(pipeline, space, c, |i, row, obs| {
            let Some(row) = row else { return };
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
            windows.push((row.clone(), role));
        });
        // A sextortion chat without annotations whose coercion the signals
        // missed still counts: its last window is taken as the positive.
        if label == "sextortion"
            && coercion.is_none()
            && !windows.iter().any(|(_, r)| *r == Role::Positive)
            && let Some(last) = windows.last_mut()
        {
            last.1 = Role::Positive;
        }
        let n = windows.len();
        let stride = n.div_ceil(p.max_windows).max(1);
        let rows = windows
            .into_iter()
            .enumerate()
            .filter(|(k, (_, role))| {
                (label == "sextortion" && *role == Role::Positive)
                    || k % stride == stride - 1
                    || *k + 1 == n
            })
            .map(|(_, x)| x)
            .collect();
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
        let mut examples: Vec<Example<'_>> = Vec::new();
        for e in prepared.iter().filter(|e| !e.holdout) {
            let used: Vec<&(Row, Role)> =
                e.rows.iter().filter(|(_, r)| *r != Role::Unclear).collect();
            if used.is_empty() {
                continue;
            }
            // Each conversation weighs about the same however long it is.
            let per_row = (e.weight / (used.len() as f64).sqrt()) as f32;
            for (row, role) in used {
                let positive = e.label == head && *role == Role::Positive;
                examples.push(Example {
                    row,
                    positive,
                    weight: per_row,
                });
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

    #[test]
    fn threshold_meets_precision() {
        let probs = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
        let truth = [true, true, false, true, false, false];
        assert_eq!(threshold_for_precision(&probs, &truth, 1.0), 0.8);
        assert_eq!(threshold_for_precision(&probs, &truth, 0.75), 0.6);
        assert_eq!(threshold_for_precision(&probs, &truth, 0.0), 0.4);
    }
}
