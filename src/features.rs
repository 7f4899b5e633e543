//! The feature space: stable names <-> indices, and extraction.
//!
//! Two blocks: a small dense block of signal and sequence features
//! ([`SequenceState`]), then a sparse block of token n-grams chosen at
//! training time. The names are stored in the model file; loading checks
//! the code still computes the same dense block.

use ahash::AHashMap;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::pipeline::{NgramKey, Pipeline};
use crate::signals::sequence::SequenceState;

/// The feature layout as stored in the model file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureLayout {
    /// Dense block names, in order (`sig:*`, `seq:*`, `ind:*`, `conv:*`).
    pub structural: Vec<String>,
    /// Token n-grams (`paise bhejo`), each present-or-absent.
    pub ngrams: Vec<String>,
    /// Value an n-gram feature takes when present; below 1 it regularises
    /// n-grams harder than the structural block, which generalises better.
    pub ngram_value: f32,
}

/// A loaded feature space.
#[derive(Debug, Clone)]
pub struct FeatureSpace {
    pub layout: FeatureLayout,
    ngram_index: AHashMap<NgramKey, u32>,
}

impl FeatureSpace {
    /// Builds the space, checking that the layout matches this code and
    /// that every n-gram is expressible in the tokenizer's vocabulary.
    pub fn new(layout: FeatureLayout, pipeline: &Pipeline) -> Result<Self> {
        let expected = SequenceState::feature_names();
        if layout.structural != expected {
            return Err(Error::Other(format!(
                "feature layout mismatch: the model has {} structural features, this build computes {} \
                 (retrain the model with this version)",
                layout.structural.len(),
                expected.len()
            )));
        }
        let mut ngram_index = AHashMap::with_capacity(layout.ngrams.len());
        for (i, name) in layout.ngrams.iter().enumerate() {
            let key = pipeline.ngram_key(name).ok_or_else(|| {
                Error::Other(format!(
                    "feature {name:?} uses a token the tokenizer does not have"
                ))
            })?;
            ngram_index.insert(key, i as u32);
        }
        Ok(FeatureSpace {
            layout,
            ngram_index,
        })
    }

    pub fn n_structural(&self) -> usize {
        self.layout.structural.len()
    }

    pub fn len(&self) -> usize {
        self.layout.structural.len() + self.layout.ngrams.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Feature index of an n-gram key, if it is in the space.
    pub fn ngram(&self, key: NgramKey) -> Option<usize> {
        self.ngram_index
            .get(&key)
            .map(|i| self.n_structural() + *i as usize)
    }

    pub fn name(&self, index: usize) -> String {
        let n = self.n_structural();
        if index < n {
            self.layout.structural[index].clone()
        } else {
            format!(
                "tok:{}",
                self.layout
                    .ngrams
                    .get(index - n)
                    .map_or("?", String::as_str)
            )
        }
    }
}

/// A conversation as features: the dense block plus the present n-grams.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FeatureVector {
    pub structural: Vec<f32>,
    /// Indices (into the whole space) of the n-grams present, sorted.
    pub ngrams: Vec<u32>,
    pub ngram_value: f32,
}

impl FeatureVector {
    /// `w . x` for a weight vector over the whole space.
    pub fn dot(&self, weights: &[f32]) -> f32 {
        let dense: f32 = self
            .structural
            .iter()
            .zip(weights)
            .map(|(x, w)| x * w)
            .sum();
        let sparse: f32 = self.ngrams.iter().map(|&i| weights[i as usize]).sum();
        dense + self.ngram_value * sparse
    }

    /// Per-feature contributions `w_i * x_i`, non-zero ones only.
    pub fn contributions(&self, weights: &[f32]) -> Vec<(usize, f32)> {
        let mut out: Vec<(usize, f32)> = self
            .structural
            .iter()
            .zip(weights)
            .enumerate()
            .filter(|(_, (x, _))| **x != 0.0)
            .map(|(i, (x, w))| (i, x * w))
            .collect();
        out.extend(
            self.ngrams
                .iter()
                .map(|&i| (i as usize, self.ngram_value * weights[i as usize])),
        );
        out
    }

    /// Writes the vector densely into `row` (length = the space's size).
    pub fn write_dense(&self, row: &mut [f32]) {
        row.fill(0.0);
        row[..self.structural.len()].copy_from_slice(&self.structural);
        for &i in &self.ngrams {
            row[i as usize] = self.ngram_value;
        }
    }
}
