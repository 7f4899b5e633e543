//! Normalization: obfuscated chat text -> a canonical form the signal
//! matcher and tokenizer see, with a map back to original byte offsets.
//!
//! PLACEHOLDER API (being filled in): `Normalizer`, `NormalizedText`.

use serde::{Deserialize, Serialize};

/// Normalized text plus, for every byte of it, the original byte range it came from.
#[derive(Debug, Clone, Default)]
pub struct NormalizedText {
    text: String,
    /// For each byte of `text`: (start, end) byte range in the original.
    origin: Vec<(u32, u32)>,
}

impl NormalizedText {
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte span of the normalized text back to the original text.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.origin.is_empty() || start >= end {
            return (0, 0);
        }
        let s = self.origin[start.min(self.origin.len() - 1)].0 as usize;
        let e = self.origin[(end - 1).min(self.origin.len() - 1)].1 as usize;
        (s, e.max(s))
    }
}

/// The configured normalization pipeline (serialised into the model file).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Normalizer {}

impl Normalizer {
    pub fn normalize(&self, text: &str) -> NormalizedText {
        let mut out = NormalizedText::default();
        for (i, c) in text.char_indices() {
            let end = (i + c.len_utf8()) as u32;
            for l in c.to_lowercase() {
                let mut buf = [0u8; 4];
                let s = l.encode_utf8(&mut buf);
                out.text.push_str(s);
                out.origin.extend(std::iter::repeat_n((i as u32, end), s.len()));
            }
        }
        out
    }
}
