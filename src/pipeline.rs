//! The text pipeline up to evidence: normalize -> tokenize -> signals and
//! indicators, for one message at a time.
//!
//! Everything here is built once when a model is loaded and then shared by
//! all threads; `observe` is the per-message hot path.

use crate::conversation::Message;
use crate::normalize::{NormalizedText, Normalizer};
use crate::signals::indicators::{IndicatorExtractor, Indicators};
use crate::signals::{Hit, SignalMatcher};
use crate::tokenize::TokenizerModel;

/// Key of a token n-gram: a unigram is `(id, u32::MAX)`, a bigram `(a, b)`.
pub type NgramKey = u64;

pub fn unigram_key(id: u32) -> NgramKey {
    ((id as u64) << 32) | u32::MAX as u64
}

pub fn bigram_key(a: u32, b: u32) -> NgramKey {
    ((a as u64) << 32) | b as u64
}

/// Splits a key back into its token ids (the second is `None` for unigrams).
pub fn key_tokens(key: NgramKey) -> (u32, Option<u32>) {
    let a = (key >> 32) as u32;
    let b = key as u32;
    (a, (b != u32::MAX).then_some(b))
}

/// The trained text pipeline.
pub struct Pipeline {
    pub normalizer: Normalizer,
    pub tokenizer: TokenizerModel,
    pub matcher: SignalMatcher,
    pub extractor: IndicatorExtractor,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline")
            .field("normalizer", &self.normalizer)
            .field("tokenizer", &self.tokenizer)
            .finish_non_exhaustive()
    }
}

/// What one message contributed: its signal hits, indicators and n-grams.
#[derive(Debug, Default, Clone)]
pub struct MessageObservation {
    pub hits: Vec<Hit>,
    pub indicators: Indicators,
    /// Distinct n-gram keys of the message, sorted.
    pub ngrams: Vec<NgramKey>,
}

/// Reusable buffers so the per-message path does not allocate much.
#[derive(Default)]
pub struct Scratch {
    normalized: NormalizedText,
    tokens: Vec<u32>,
}

impl Pipeline {
    pub fn new(normalizer: Normalizer, tokenizer: TokenizerModel) -> Self {
        Pipeline {
            normalizer,
            tokenizer,
            matcher: SignalMatcher::new(),
            extractor: IndicatorExtractor::new(),
        }
    }

    /// Runs the pipeline over one message into `out` (cleared first).
    /// System messages (app notices) yield nothing: they are not speech.
    pub fn observe(
        &self,
        message: &Message,
        index: usize,
        scratch: &mut Scratch,
        out: &mut MessageObservation,
    ) {
        out.hits.clear();
        out.indicators = Indicators::default();
        out.ngrams.clear();
        if message.is_system() {
            return;
        }
        self.normalizer
            .normalize_into(&message.text, &mut scratch.normalized);
        self.matcher
            .match_text(&message.text, &scratch.normalized, index, &mut out.hits);
        self.extractor
            .extract(&message.text, index, &mut out.indicators);
        scratch.tokens.clear();
        self.tokenizer
            .encode_into(scratch.normalized.as_str(), &mut scratch.tokens);
        let tokens = &scratch.tokens;
        out.ngrams.reserve(tokens.len() * 2);
        for (i, &t) in tokens.iter().enumerate() {
            out.ngrams.push(unigram_key(t));
            if let Some(&next) = tokens.get(i + 1) {
                out.ngrams.push(bigram_key(t, next));
            }
        }
        out.ngrams.sort_unstable();
        out.ngrams.dedup();
    }

    /// Renders an n-gram key as text, e.g. `paise bhejo`.
    pub fn ngram_name(&self, key: NgramKey) -> String {
        let (a, b) = key_tokens(key);
        let name = |id| self.tokenizer.id_to_token(id).unwrap_or("[?]").to_string();
        match b {
            Some(b) => format!("{} {}", name(a), name(b)),
            None => name(a),
        }
    }

    /// Parses a rendered n-gram back to its key; `None` if a token is unknown.
    pub fn ngram_key(&self, name: &str) -> Option<NgramKey> {
        let mut parts = name.split(' ');
        let a = self.tokenizer.token_to_id(parts.next()?)?;
        match parts.next() {
            None => Some(unigram_key(a)),
            Some(b) if parts.next().is_none() => {
                Some(bigram_key(a, self.tokenizer.token_to_id(b)?))
            }
            Some(_) => None,
        }
    }
}
