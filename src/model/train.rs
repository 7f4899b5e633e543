//! Training: labeled conversations -> a [`ModelFile`].
//!
//! In linfa's style, [`TrainParams`] are plain serialisable hyperparameters
//! and [`TrainParams::check`] validates them into [`CheckedTrainParams`],
//! the only thing that can [`fit`](CheckedTrainParams::fit).

use std::collections::BTreeMap;

use ahash::AHashMap;
use linfa::prelude::*;
use linfa_logistic::LogisticRegression;
use ndarray::{Array1, Array2, ShapeBuilder};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{
    Calibration, DataInfo, Head, ModelFile, SCHEMA, SignalSetInfo, Thresholds, TrainingInfo,
};
use crate::conversation::Conversation;
use crate::error::{Error, Result};
use crate::eval::metrics;
use crate::features::{FeatureLayout, FeatureSpace, FeatureVector};
use crate::normalize::Normalizer;
use crate::pipeline::{MessageObservation, NgramKey, Pipeline, Scratch, key_tokens};
use crate::signals::SignalMatcher;
use crate::signals::sequence::SequenceState;
use crate::tokenize::{TokenizerModel, TokenizerParams};

/// The label every head treats as its negative class.
pub const BENIGN: &str = "benign";

/// Hyperparameters (a `--params` TOML file holds any subset of them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TrainParams {
    /// L2 penalty of the logistic loss (summed over rows).
    pub l2: f64,
    pub max_iterations: u64,
    /// Most token n-grams kept, by document frequency.
    pub max_ngrams: usize,
    /// Fewest conversations an n-gram must occur in.
    pub min_df: usize,
    /// Value of a present n-gram (the structural block is on a ~0..3 scale).
    pub ngram_value: f32,
    /// Replicate positive rows so each head sees balanced classes.
    pub balance: bool,
    /// Share of conversations held out for calibration and thresholds.
    pub calibration_fraction: f64,
    pub seed: u64,
    /// Precision the `medium` / `high` thresholds must reach on held-out data.
    pub medium_precision: f64,
    pub high_precision: f64,
    /// Lowest allowed thresholds: synthetic held-out data is easier than
    /// the world, so thresholds are not allowed to sink below these.
    pub medium_floor: f64,
    pub high_floor: f64,
    /// Row replication per `source`: hand-written chats are closer to the
    /// world than generated ones, so a recipe may count them several times.
    pub source_weights: BTreeMap<String, usize>,
    pub tokenizer: TokenizerParams,
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            l2: 2.0,
            max_iterations: 300,
            max_ngrams: 4000,
            min_df: 5,
            ngram_value: 0.5,
            balance: true,
            calibration_fraction: 0.2,
            seed: 20261128,
            medium_precision: 0.95,
            high_precision: 0.99,
            medium_floor: 0.5,
            high_floor: 0.85,
            source_weights: BTreeMap::new(),
            tokenizer: TokenizerParams::default(),
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
        if p.max_iterations == 0 {
            return Err(Error::params("max_iterations", "must be at least 1"));
        }
        if p.min_df == 0 {
            return Err(Error::params("min_df", "must be at least 1"));
        }
        if !(p.ngram_value.is_finite() && p.ngram_value > 0.0) {
            return Err(Error::params("ngram_value", "must be > 0"));
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
        if let Some((source, _)) = p.source_weights.iter().find(|(_, w)| **w == 0 || **w > 100) {
            return Err(Error::params(
                "source_weights",
                format!("{source:?}: weights are 1..=100"),
            ));
        }
        if p.tokenizer.vocab_size < 100 {
            return Err(Error::params(
                "tokenizer.vocab_size",
                "must be at least 100",
            ));
        }
        Ok(CheckedTrainParams(self))
    }
}

/// A conversation reduced to what training needs.
struct Example {
    label: String,
    /// How many rows this conversation contributes (its source weight).
    weight: usize,
    holdout: bool,
    structural: Vec<f32>,
    ngrams: Vec<NgramKey>,
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
        let p = &self.0;
        let mut labels: BTreeMap<String, usize> = BTreeMap::new();
        for c in data {
            let label = c.label.as_deref().ok_or_else(|| {
                Error::Other(format!(
                    "conversation {:?} has no label; training needs labels",
                    c.id
                ))
            })?;
            *labels.entry(label.to_string()).or_default() += 1;
        }
        let heads: Vec<String> = labels.keys().filter(|l| *l != BENIGN).cloned().collect();
        if heads.is_empty() || !labels.contains_key(BENIGN) {
            return Err(Error::Other(format!(
                "training needs `{BENIGN}` conversations and at least one other label; found {labels:?}"
            )));
        }
        let normalizer = Normalizer::default();
        let tokenizer = match tokenizer {
            Some(t) => t,
            None => train_tokenizer(data, &normalizer, &p.tokenizer)?,
        };
        let pipeline = Pipeline::new(normalizer.clone(), tokenizer);

        let examples: Vec<Example> = {
            use rayon::prelude::*;
            data.par_iter()
                .map(|c| {
                    let (structural, ngrams) = observe(&pipeline, c);
                    Example {
                        label: c.label.clone().unwrap_or_default(),
                        weight: c
                            .source
                            .as_ref()
                            .and_then(|s| p.source_weights.get(s))
                            .copied()
                            .unwrap_or(1),
                        holdout: in_holdout(p.seed, &c.id, p.calibration_fraction),
                        structural,
                        ngrams,
                    }
                })
                .collect()
        };

        // Vocabulary: n-grams by document frequency on the training split.
        let mut df: AHashMap<NgramKey, u32> = AHashMap::new();
        for e in examples.iter().filter(|e| !e.holdout) {
            for k in &e.ngrams {
                *df.entry(*k).or_default() += 1;
            }
        }
        // Only n-grams of word tokens: punctuation and one-letter tokens
        // mostly encode how our corpus was typed, not what was said.
        let stop = stopwords();
        let wordlike = |id: u32| {
            pipeline.tokenizer.id_to_token(id).is_some_and(|t| {
                let t = t.trim_start_matches("##");
                t.chars().filter(|c| c.is_alphanumeric()).count() >= 2
            })
        };
        let content = |id: u32| {
            pipeline
                .tokenizer
                .id_to_token(id)
                .is_some_and(|t| !stop.contains(t))
        };
        let mut kept: Vec<(NgramKey, u32)> = df
            .into_iter()
            .filter(|(k, n)| {
                let (a, b) = key_tokens(*k);
                *n as usize >= p.min_df
                    && wordlike(a)
                    && b.is_none_or(wordlike)
                    && (content(a) || b.is_some_and(content))
            })
            .collect();
        kept.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        kept.truncate(p.max_ngrams);
        kept.sort_unstable_by_key(|(k, _)| *k);
        let layout = FeatureLayout {
            structural: SequenceState::feature_names(),
            ngrams: kept.iter().map(|(k, _)| pipeline.ngram_name(*k)).collect(),
            ngram_value: p.ngram_value,
        };
        let space = FeatureSpace::new(layout.clone(), &pipeline)?;
        let vectors: Vec<FeatureVector> = examples
            .iter()
            .map(|e| {
                let mut ngrams: Vec<u32> = e
                    .ngrams
                    .iter()
                    .filter_map(|k| space.ngram(*k))
                    .map(|i| i as u32)
                    .collect();
                ngrams.sort_unstable();
                FeatureVector {
                    structural: e.structural.clone(),
                    ngrams,
                    ngram_value: p.ngram_value,
                }
            })
            .collect();

        let mut file_heads = BTreeMap::new();
        let mut thresholds = BTreeMap::new();
        let mut validation = serde_json::Map::new();
        for head in &heads {
            let (weights, intercept) = self.fit_head(&examples, &vectors, &space, head)?;
            let (logits, truth): (Vec<f64>, Vec<bool>) = examples
                .iter()
                .zip(&vectors)
                .filter(|(e, _)| e.holdout)
                .map(|(e, v)| ((v.dot(&weights) + intercept) as f64, e.label == *head))
                .unzip();
            let calibration = Calibration::fit_platt(&logits, &truth);
            let probs: Vec<f64> = logits.iter().map(|z| calibration.apply(*z)).collect();
            let medium =
                threshold_for_precision(&probs, &truth, p.medium_precision).max(p.medium_floor);
            let high = threshold_for_precision(&probs, &truth, p.high_precision)
                .max(p.high_floor)
                .max(medium);
            let t = Thresholds { medium, high };
            validation.insert(head.clone(), metrics::head_summary(&probs, &truth, t));
            thresholds.insert(head.clone(), t);
            file_heads.insert(
                head.clone(),
                Head {
                    intercept,
                    calibration,
                    weights,
                },
            );
        }

        let matcher = SignalMatcher::new();
        let mut file = ModelFile {
            schema: SCHEMA.to_string(),
            version: String::new(),
            normalizer,
            tokenizer: serde_json::from_str(pipeline.tokenizer.to_json())
                .map_err(|e| Error::Other(e.to_string()))?,
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
                validation: serde_json::Value::Object(validation),
            },
            checksum: String::new(),
        };
        // The version names the content, so equal inputs give equal files.
        let digest = file.content_hash()?;
        file.version = format!("{}-{}", env!("CARGO_PKG_VERSION"), &digest[..12]);
        Ok(file)
    }

    fn fit_head(
        &self,
        examples: &[Example],
        vectors: &[FeatureVector],
        space: &FeatureSpace,
        head: &str,
    ) -> Result<(Vec<f32>, f32)> {
        let p = &self.0;
        let train: Vec<usize> = (0..examples.len())
            .filter(|&i| !examples[i].holdout)
            .collect();
        let pos = train.iter().filter(|&&i| examples[i].label == head).count();
        let neg = train.len() - pos;
        if pos == 0 || neg == 0 {
            return Err(Error::Other(format!(
                "head {head:?}: the training split lacks positives or negatives"
            )));
        }
        let copies = if p.balance { (neg / pos).max(1) } else { 1 };
        let rows: Vec<usize> = train
            .iter()
            .flat_map(|&i| {
                let class = if examples[i].label == head { copies } else { 1 };
                let n = class * examples[i].weight;
                std::iter::repeat_n(i, n)
            })
            .collect();
        // Column-major f32: linfa-logistic's gradient (x.t().dot) runs
        // several times faster on it than on row-major f64.
        let mut x = Array2::<f32>::zeros((rows.len(), space.len()).f());
        let mut row = vec![0.0f32; space.len()];
        for (r, &i) in rows.iter().enumerate() {
            vectors[i].write_dense(&mut row);
            for (c, v) in row.iter().enumerate() {
                if *v != 0.0 {
                    x[[r, c]] = *v;
                }
            }
        }
        let y: Array1<bool> = rows.iter().map(|&i| examples[i].label == head).collect();
        let dataset = Dataset::new(x, y);
        let fitted = LogisticRegression::default()
            .alpha(p.l2 as f32)
            .max_iterations(p.max_iterations)
            .with_intercept(true)
            .fit(&dataset)
            .map_err(|e| Error::Other(format!("head {head:?}: logistic regression failed: {e}")))?;
        // linfa-logistic models the *more frequent* class as positive;
        // flip the sign when that is the negative class.
        let sign = if fitted.labels().pos.class { 1.0 } else { -1.0 };
        let weights = fitted.params().iter().map(|w| sign * w).collect();
        Ok((weights, sign * fitted.intercept()))
    }
}

/// Function words kept out of the n-gram vocabulary.
fn stopwords() -> ahash::AHashSet<&'static str> {
    include_str!("stopwords.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
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

/// Structural features and distinct n-gram keys of a whole conversation.
fn observe(pipeline: &Pipeline, c: &Conversation) -> (Vec<f32>, Vec<NgramKey>) {
    let mut state = SequenceState::new();
    let mut scratch = Scratch::default();
    let mut obs = MessageObservation::default();
    let mut keys = Vec::new();
    for (i, m) in c.messages.iter().enumerate() {
        pipeline.observe(m, i, &mut scratch, &mut obs);
        if !m.is_system() {
            state.push(i, &m.sender, m.ts.as_deref(), &obs.hits, &obs.indicators);
        }
        keys.extend_from_slice(&obs.ngrams);
    }
    keys.sort_unstable();
    keys.dedup();
    let mut structural = Vec::new();
    state.fill(&mut structural);
    (structural, keys)
}

/// Deterministic split: a conversation is held out by the hash of its id.
fn in_holdout(seed: u64, id: &str, fraction: f64) -> bool {
    let mut h = Sha256::new();
    h.update(seed.to_le_bytes());
    h.update(id.as_bytes());
    let d = h.finalize();
    let v = u64::from_le_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]]);
    (v as f64 / u64::MAX as f64) < fraction
}

/// The lowest score cut-off whose precision on (probs, truth) is at least
/// `target` (maximising recall); 1.0 when none reaches it.
pub fn threshold_for_precision(probs: &[f64], truth: &[bool], target: f64) -> f64 {
    metrics::cumulative(probs, truth)
        .into_iter()
        .filter(|(_, tp, fp)| *tp as f64 / (tp + fp) as f64 >= target)
        .map(|(t, _, _)| t)
        .next_back()
        .unwrap_or(1.0)
}

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
        assert_eq!(p.max_ngrams, TrainParams::default().max_ngrams);
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
