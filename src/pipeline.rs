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

/// What one message contributed: its signal hits and indicators (its
/// normalized text stays in the [`Scratch`], see [`Scratch::normalized`]).
#[derive(Debug, Default, Clone)]
pub struct MessageObservation {
    pub hits: Vec<Hit>,
    pub indicators: Indicators,
}

/// Reusable buffers so the per-message path does not allocate much.
#[derive(Default)]
pub struct Scratch {
    normalized: NormalizedText,
}

impl Scratch {
    /// The normalized text of the message last observed.
    pub fn normalized(&self) -> &str {
        self.normalized.as_str()
    }
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
        if message.is_system() {
            return;
        }
        self.normalizer
            .normalize_into(&message.text, &mut scratch.normalized);
        self.matcher
            .match_text(&message.text, &scratch.normalized, index, &mut out.hits);
        self.extractor
            .extract(&message.text, index, &mut out.indicators);
    }
}
