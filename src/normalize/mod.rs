//! Normalization: obfuscated chat text -> a canonical form the signal
//! matcher and tokenizer see, with a map back to original byte offsets.
//!
//! A [`Normalizer`] is an ordered list of [`Stage`]s, each a small type
//! implementing [`NormalizeStage`]. The list serialises to JSON as part of
//! the model file, e.g. `{"stages":[{"type":"nfkc"},{"type":"squeeze","max_run":2}]}`.
//!
//! Every byte of the normalized text remembers the original byte range it
//! came from, so evidence found in normalized text can be shown in the
//! original ([`NormalizedText::original_span`]).
//!
//! The default order, and why:
//! 1. `zero_width` first, so invisible splitters cannot hide anything from
//!    the later stages (and so NFKC sees marks next to their bases);
//! 2. `nfkc` folds full-width and mathematical letters to ASCII before the
//!    look-alike table is consulted;
//! 3. `confusables` before `casefold`, because the table handles both cases
//!    and lowercasing first could not help it;
//! 4. `casefold`;
//! 5. `emoji` turns pictures into words before the word-level stages;
//! 6. `leet` runs on whole tokens, before spacing joins them;
//! 7. `letter_spacing` joins spelled-out letters (including leet digits);
//! 8. `squeeze` after joining, so `s o o o` and `sooo` end up alike;
//! 9. `whitespace` last, cleaning up the spaces that emoji and joining left.
//!
//! `transliterate` runs right after `zero_width` (1b), so NFKC composes
//! any accent left on a romanized letter: Indic scripts are
//! romanized to one spelling, so one pattern table and one set of n-grams
//! serve native and romanized text (native-script signal tables are
//! romanized the same way at load), and the stages after it (look-alikes,
//! leet, spacing, squeeze) see the romanized words.
//!
//! The default pipeline is idempotent: normalizing normalized text changes
//! nothing (checked by property tests).

mod confusables;
mod emoji;
mod hints;
mod leet;
mod shape;
mod spacing;
mod squeeze;
mod text;
mod translit;
mod unicode;

use serde::{Deserialize, Serialize};

pub use confusables::Confusables;
pub use emoji::Emoji;
pub use leet::Leet;
pub use spacing::{LetterSpacing, Whitespace};
pub use squeeze::Squeeze;
pub use text::NormalizedText;
pub use translit::Transliterate;
pub use unicode::{Casefold, Nfkc, ZeroWidth};

/// One normalization step, rewriting the text in place and keeping its
/// offset map up to date.
pub trait NormalizeStage {
    fn apply(&self, text: &mut NormalizedText);
}

/// A configured stage, as stored in the model file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Stage {
    /// Unicode NFKC.
    Nfkc,
    /// Full Unicode lowercasing.
    Casefold,
    /// Removal of zero-width and other invisible characters.
    ZeroWidth,
    /// Cyrillic/Greek/small-capital look-alikes folded to ASCII.
    Confusables,
    /// Digits and symbols standing in for letters.
    Leet,
    /// `v i d e o` -> `video`.
    LetterSpacing,
    /// Runs of one letter longer than `max_run` squeezed to one.
    Squeeze { max_run: usize },
    /// Word-like emoji replaced by words.
    Emoji,
    /// Whitespace runs collapsed, ends trimmed.
    Whitespace,
    /// Indic scripts romanized to one plain Latin spelling.
    Transliterate,
}

impl NormalizeStage for Stage {
    fn apply(&self, text: &mut NormalizedText) {
        match *self {
            Stage::Nfkc => Nfkc.apply(text),
            Stage::Casefold => Casefold.apply(text),
            Stage::ZeroWidth => ZeroWidth.apply(text),
            Stage::Confusables => Confusables.apply(text),
            Stage::Leet => Leet.apply(text),
            Stage::LetterSpacing => LetterSpacing.apply(text),
            Stage::Squeeze { max_run } => Squeeze { max_run }.apply(text),
            Stage::Emoji => Emoji.apply(text),
            Stage::Whitespace => Whitespace.apply(text),
            Stage::Transliterate => Transliterate.apply(text),
        }
    }
}

/// The configured normalization pipeline (serialised into the model file).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Normalizer {
    #[serde(default = "Normalizer::recommended_stages")]
    pub stages: Vec<Stage>,
}

impl Default for Normalizer {
    /// The full recommended pipeline.
    fn default() -> Self {
        Normalizer {
            stages: Self::recommended_stages(),
        }
    }
}

impl Normalizer {
    /// A pipeline running `stages` in order.
    pub fn new(stages: Vec<Stage>) -> Self {
        Normalizer { stages }
    }

    /// The recommended stages, in the order described in the module docs.
    pub fn recommended_stages() -> Vec<Stage> {
        vec![
            Stage::ZeroWidth,
            Stage::Transliterate,
            Stage::Nfkc,
            Stage::Confusables,
            Stage::Casefold,
            Stage::Emoji,
            Stage::Leet,
            Stage::LetterSpacing,
            Stage::Squeeze { max_run: 2 },
            Stage::Whitespace,
        ]
    }

    /// Normalizes `text`.
    pub fn normalize(&self, text: &str) -> NormalizedText {
        let mut out = NormalizedText::default();
        self.normalize_into(text, &mut out);
        out
    }

    /// Normalizes `text` into `out`, reusing its buffers: the allocation-free
    /// form for scoring many messages.
    pub fn normalize_into(&self, text: &str, out: &mut NormalizedText) {
        out.reset(text);
        for stage in &self.stages {
            stage.apply(out);
        }
    }
}

#[cfg(test)]
mod tests;
