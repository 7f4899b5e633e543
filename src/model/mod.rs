//! The model file: the whole trained pipeline in one versioned JSON document.
//!
//! Normalizer settings, tokenizer, signal-set version and hash, feature
//! layout, per-label heads with calibration, thresholds and training
//! metadata all live in one file, sealed by a checksum over its content.
//! Loading verifies schema, checksum, signal set and feature layout, and
//! refuses anything that does not match this build.

mod calibration;
pub mod sparse;
pub mod train;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use calibration::{Calibration, sigmoid};

use crate::error::{Error, Result};
use crate::features::{FeatureLayout, FeatureSpace};
use crate::normalize::Normalizer;
use crate::pipeline::Pipeline;
use crate::signals::SignalMatcher;
use crate::tokenize::TokenizerModel;

/// The schema this build reads and writes.
pub const SCHEMA: &str = "chatrisk-model/1";

/// The model shipped in the repository, compiled into the binary.
pub const EMBEDDED: &[u8] = include_bytes!("../../models/chatrisk-model.json");
pub const EMBEDDED_NAME: &str = "models/chatrisk-model.json (embedded)";
/// sha256 of [`EMBEDDED`], computed by the build script.
const EMBEDDED_SHA256: &str = include_str!(concat!(env!("OUT_DIR"), "/embedded-model.sha256"));
/// [`EMBEDDED`] with empty weight arrays, and its weights in binary form,
/// prepared by the build script (both empty if it could not).
const EMBEDDED_STRIPPED: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/embedded-model.stripped.json"));
const EMBEDDED_WEIGHTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/embedded-model.weights"));

/// Texts `model verify` runs through both tokenizers (romanized Hindi,
/// Devanagari, a UPI demand, leetspeak, an emoji).
pub const VERIFY_SAMPLES: &[&str] = &[
    "hi dear, can we video call? 📹",
    "paise bhejo warna video viral kar dunga",
    "पैसे भेजो नहीं तो वीडियो वायरल कर दूंगा",
    "send 5000 to rahul.k@okaxis within 1 hour",
    "v1de0 c@ll k4r0 abhi!!!",
];

/// Which signal tables the model was trained with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignalSetInfo {
    pub version: String,
    pub sha256: String,
}

/// One binary head: label vs everything else, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Head {
    pub intercept: f32,
    pub calibration: Calibration,
    pub weights: SparseWeights,
}

/// A weight vector stored by its non-zero entries (most hashed buckets
/// of a head are never touched in training).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SparseWeights {
    pub len: usize,
    pub index: Vec<u32>,
    pub value: Vec<f32>,
}

impl SparseWeights {
    /// Keeps weights rounded to 4 decimals (below the model's noise, and a
    /// third of the file size); weights that round to zero are dropped.
    pub fn from_dense(w: &[f32]) -> Self {
        let (index, value) = w
            .iter()
            .enumerate()
            .map(|(i, v)| (i as u32, (v * 1e4).round() / 1e4))
            .filter(|(_, v)| *v != 0.0)
            .unzip();
        SparseWeights {
            len: w.len(),
            index,
            value,
        }
    }

    /// The dense vector, or why the stored one is malformed.
    pub fn to_dense(&self) -> std::result::Result<Vec<f32>, String> {
        if self.index.len() != self.value.len() {
            return Err(format!(
                "{} indices but {} values",
                self.index.len(),
                self.value.len()
            ));
        }
        let mut w = vec![0.0f32; self.len];
        for (&i, &v) in self.index.iter().zip(&self.value) {
            let slot = w
                .get_mut(i as usize)
                .ok_or_else(|| format!("index {i} is out of range for {} weights", self.len))?;
            if !v.is_finite() {
                return Err(format!("weight {i} is not finite"));
            }
            *slot = v;
        }
        Ok(w)
    }
}

/// A head ready to score: dense weights over the whole feature space.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedHead {
    pub intercept: f32,
    pub calibration: Calibration,
    pub weights: Vec<f32>,
}

/// Calibrated-score cut-offs for the `medium` and `high` levels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub medium: f64,
    pub high: f64,
}

impl From<Thresholds> for (f64, f64) {
    fn from(t: Thresholds) -> Self {
        (t.medium, t.high)
    }
}

/// A data file the model was trained on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataInfo {
    pub path: String,
    pub sha256: String,
    pub conversations: usize,
}

/// How the model was made and how it did on held-out data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingInfo {
    pub created_by: String,
    pub data: Vec<DataInfo>,
    pub labels: BTreeMap<String, usize>,
    pub params: train::TrainParams,
    /// Conversations in the group-split calibration set.
    pub calibration_conversations: usize,
    /// Figures on the calibration split, per head.
    pub validation: BTreeMap<String, crate::metrics::HeadSummary>,
}

/// The on-disk document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    pub schema: String,
    pub version: String,
    pub normalizer: Normalizer,
    pub tokenizer: serde_json::Value,
    pub signals: SignalSetInfo,
    pub features: FeatureLayout,
    pub heads: BTreeMap<String, Head>,
    pub thresholds: BTreeMap<String, Thresholds>,
    pub training: TrainingInfo,
    /// sha256 of this document serialised compactly with `checksum` empty.
    pub checksum: String,
}

impl ModelFile {
    fn content_hash(&self) -> Result<String> {
        let mut copy = self.clone();
        copy.checksum.clear();
        let bytes = serde_json::to_vec(&copy).map_err(|e| Error::json("model file", e))?;
        Ok(hex(&Sha256::digest(&bytes)))
    }

    /// Seals the document and renders it as compact JSON (pretty printing
    /// would put each of the ~250k weights on a line of its own).
    pub fn to_json(&mut self) -> Result<String> {
        self.checksum = self.content_hash()?;
        let mut s = serde_json::to_string(self).map_err(|e| Error::json("model file", e))?;
        s.push('\n');
        Ok(s)
    }
}

/// A loaded, verified model ready to score.
#[derive(Debug)]
pub struct Model {
    file: ModelFile,
    pipeline: Pipeline,
    space: FeatureSpace,
    /// Head names in a fixed order, and their parameters.
    heads: Vec<(String, LoadedHead)>,
    /// sha256 of the bytes the model was loaded from.
    sha256: String,
}

/// What `model verify` reports.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub source: String,
    pub schema: String,
    pub version: String,
    pub sha256: String,
    pub checksum: String,
    pub signals: String,
    pub heads: Vec<String>,
    pub features: usize,
    pub vocab: usize,
    pub tokenizer_agrees: bool,
}

impl Model {
    /// The model file as loaded: schema, labels, thresholds, training record.
    pub fn file(&self) -> &ModelFile {
        &self.file
    }

    /// The text pipeline (normalizer, tokenizer, signal matcher) the model was trained with.
    pub fn pipeline(&self) -> &Pipeline {
        &self.pipeline
    }

    /// The feature space (layout and hashing) the weights index.
    pub fn space(&self) -> &FeatureSpace {
        &self.space
    }

    /// Head names in a fixed order, and their parameters.
    pub fn heads(&self) -> &[(String, LoadedHead)] {
        &self.heads
    }

    /// sha256 of the bytes the model was loaded from.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// The model compiled into this binary.
    ///
    /// Its bytes are fixed when the binary is built, so their sha256 comes
    /// from the build script and the content checksum is not recomputed at
    /// every start (re-serialising 5 MB was a quarter of start-up):
    /// [`Model::verify`] (`chatrisk model verify`, run in CI) and the test
    /// `embedded_checksum_holds` check it instead. Schema, signal tables,
    /// layout and heads are still checked on every load.
    ///
    /// The weights come from the binary form the build script prepared
    /// (parsing ~700k JSON numbers was a third of start-up); the test
    /// `embedded_prepared_equals_the_file` checks that this gives the very
    /// document parsing the JSON gives.
    pub fn embedded() -> Result<Model> {
        let file = match Model::embedded_prepared() {
            Some(file) => file,
            None => Model::parse(EMBEDDED, EMBEDDED_NAME)?,
        };
        Model::from_file(file, EMBEDDED_SHA256.to_string(), EMBEDDED_NAME)
    }

    /// The embedded document from the build script's stripped JSON and
    /// binary weights; `None` if they are missing or do not fit together.
    fn embedded_prepared() -> Option<ModelFile> {
        if EMBEDDED_STRIPPED.is_empty() {
            return None;
        }
        let mut file: ModelFile = serde_json::from_slice(EMBEDDED_STRIPPED).ok()?;
        if file.schema != SCHEMA {
            return None;
        }
        let mut rest = EMBEDDED_WEIGHTS;
        let mut word = || -> Option<[u8; 4]> {
            let (head, tail) = rest.split_first_chunk::<4>()?;
            rest = tail;
            Some(*head)
        };
        // Heads in name order, as the build script wrote them.
        for head in file.heads.values_mut() {
            let n = u32::from_le_bytes(word()?) as usize;
            head.weights.index = (0..n)
                .map(|_| word().map(u32::from_le_bytes))
                .collect::<Option<_>>()?;
            head.weights.value = (0..n)
                .map(|_| word().map(f32::from_le_bytes))
                .collect::<Option<_>>()?;
        }
        word().is_none().then_some(file)
    }

    pub fn load(path: &std::path::Path) -> Result<Model> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::io(&name, e))?;
        Model::from_slice(&bytes, &name)
    }

    /// Parses and verifies a model file; `name` labels errors.
    pub fn from_slice(bytes: &[u8], name: &str) -> Result<Model> {
        // A well-formed file parses straight into the document (the 5 MB
        // shipped model once, not through a `Value` tree first); anything
        // else goes the checked way below, whose errors say what is wrong.
        let file = Model::parse(bytes, name)?;
        Model::check_content(&file, name)?;
        Model::from_file(file, hex(&Sha256::digest(bytes)), name)
    }

    fn parse(bytes: &[u8], name: &str) -> Result<ModelFile> {
        match serde_json::from_slice::<ModelFile>(bytes) {
            Ok(file) if file.schema == SCHEMA => Ok(file),
            _ => Model::parse_checked(bytes, name),
        }
    }

    /// The checksum over the document's content holds.
    fn check_content(file: &ModelFile, name: &str) -> Result<()> {
        let actual = file.content_hash()?;
        if actual != file.checksum {
            return Err(Error::model(
                name,
                format!(
                    "checksum mismatch: the file says {} but its content hashes to {actual}; \
                     it was edited or corrupted",
                    file.checksum
                ),
            ));
        }
        Ok(())
    }

    /// Parses a model file through a `Value`, so a wrong or missing
    /// schema is named before any field error.
    fn parse_checked(bytes: &[u8], name: &str) -> Result<ModelFile> {
        let err = |m: String| Error::model(name, m);
        let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
            err(format!(
                "not valid JSON at line {} column {}: {e} (truncated or edited?)",
                e.line(),
                e.column()
            ))
        })?;
        match value.get("schema").and_then(|s| s.as_str()) {
            Some(SCHEMA) => {}
            Some(other) => {
                return Err(err(format!(
                    "schema {other:?} is not supported; this build reads {SCHEMA:?}"
                )));
            }
            None => return Err(err("no \"schema\" field: not a chatrisk model file".into())),
        }
        serde_json::from_value(value).map_err(|e| err(format!("{e}")))
    }

    /// Verifies a parsed document and builds the scoring pipeline.
    fn from_file(file: ModelFile, sha256: String, name: &str) -> Result<Model> {
        let err = |m: String| Error::model(name, m);
        let matcher = SignalMatcher::new();
        if file.signals.sha256 != matcher.tables_sha256() {
            return Err(err(format!(
                "signal tables differ: the model was trained with signal set {} ({}), \
                 this build has {} ({}); retrain the model",
                file.signals.version,
                short(&file.signals.sha256),
                SignalMatcher::VERSION,
                short(&matcher.tables_sha256())
            )));
        }
        let tokenizer =
            TokenizerModel::from_value(&file.tokenizer).map_err(|e| err(e.to_string()))?;
        let pipeline = Pipeline::new(file.normalizer.clone(), tokenizer);
        let space = FeatureSpace::new(file.features.clone()).map_err(|e| err(e.to_string()))?;
        let mut heads = Vec::new();
        for (label, head) in &file.heads {
            if head.weights.len != space.len() {
                return Err(err(format!(
                    "head {label:?} has {} weights for {} features",
                    head.weights.len,
                    space.len()
                )));
            }
            let weights = head
                .weights
                .to_dense()
                .map_err(|e| err(format!("head {label:?}: {e}")))?;
            if !head.intercept.is_finite() {
                return Err(err(format!("head {label:?} has a non-finite intercept")));
            }
            if !file.thresholds.contains_key(label) {
                return Err(err(format!("no thresholds for head {label:?}")));
            }
            heads.push((
                label.clone(),
                LoadedHead {
                    intercept: head.intercept,
                    calibration: head.calibration,
                    weights,
                },
            ));
        }
        if heads.is_empty() {
            return Err(err("the model has no heads".into()));
        }
        Ok(Model {
            sha256,
            file,
            pipeline,
            space,
            heads,
        })
    }

    /// Re-checks a loaded model, including that the fast tokenizer agrees
    /// with the `tokenizers` crate on sample texts.
    pub fn verify(&self, source: &str, samples: &[&str]) -> Result<Verification> {
        Model::check_content(&self.file, source)?;
        let mut agrees = true;
        for text in samples {
            let normalized = self.pipeline.normalizer.normalize(text);
            let mut fast = Vec::new();
            self.pipeline
                .tokenizer
                .encode_into(normalized.as_str(), &mut fast);
            agrees &= fast
                == self
                    .pipeline
                    .tokenizer
                    .encode_reference(normalized.as_str())?;
        }
        Ok(Verification {
            source: source.to_string(),
            schema: self.file.schema.clone(),
            version: self.file.version.clone(),
            sha256: self.sha256.clone(),
            checksum: self.file.checksum.clone(),
            signals: format!(
                "{} ({})",
                self.file.signals.version,
                short(&self.file.signals.sha256)
            ),
            heads: self.heads.iter().map(|(l, _)| l.clone()).collect(),
            features: self.space.len(),
            vocab: self.pipeline.tokenizer.vocab_size(),
            tokenizer_agrees: agrees,
        })
    }

    pub fn thresholds(&self, label: &str) -> Thresholds {
        self.file
            .thresholds
            .get(label)
            .copied()
            .unwrap_or(Thresholds {
                medium: 0.5,
                high: 0.85,
            })
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

fn short(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The build script's binary weights give exactly the document that
    /// parsing the shipped JSON gives (every weight's bits included).
    #[test]
    fn embedded_prepared_equals_the_file() {
        let prepared = Model::embedded_prepared().expect("the build script prepared the model");
        let parsed = Model::parse(EMBEDDED, EMBEDDED_NAME).expect("the shipped model parses");
        for (name, head) in &parsed.heads {
            let bits = |w: &SparseWeights| w.value.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
            assert_eq!(
                bits(&prepared.heads[name].weights),
                bits(&head.weights),
                "{name}"
            );
            assert!(!head.weights.index.is_empty(), "{name}");
        }
        assert_eq!(prepared, parsed);
        assert_eq!(prepared.content_hash().unwrap(), parsed.checksum);
    }

    /// A model file whose content was edited is refused by `verify` even
    /// when it got past loading (as the embedded model does without the check).
    #[test]
    fn verify_checks_the_content_checksum() {
        let mut model = Model::embedded().expect("the embedded model loads");
        model.file.checksum = "0".repeat(64);
        let err = model
            .verify("edited", &[])
            .expect_err("a wrong checksum must fail verify");
        assert!(err.to_string().contains("checksum mismatch"), "{err}");
    }
}
