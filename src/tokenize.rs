//! The tokenizer: a WordPiece model trained by chatrisk with the `tokenizers`
//! crate, stored inline in the model file.
//!
//! The `tokenizers` JSON is the source of truth. Encoding through the crate
//! runs at a few MB/s, far below the scan target, so at load time we compile
//! the same vocabulary into a hash map and run the identical algorithm
//! (`\w+|[^\w\s]+` pre-split, greedy longest-match-first WordPiece with `##`
//! continuations) directly. `encode_reference` keeps the crate's path for
//! tests and `model verify`, which check both agree token for token.

use std::str::FromStr;
use std::sync::OnceLock;

use ahash::AHashMap;
use regex::Regex;
use serde::{Deserialize, Serialize};
use tokenizers::Tokenizer;
use tokenizers::models::TrainerWrapper;
use tokenizers::models::wordpiece::{WordPiece, WordPieceTrainer};
use tokenizers::pre_tokenizers::whitespace::Whitespace;

use crate::error::{Error, Result};

/// The pre-tokenizer pattern of `tokenizers`' `Whitespace`.
const PRE_SPLIT: &str = r"\w+|[^\w\s]+";
const CONTINUATION: &str = "##";
const UNK: &str = "[UNK]";

/// Byte classes of the ASCII pre-split: `\w`, `\s`, anything else ASCII,
/// and bytes of non-ASCII characters (classified by the regex).
const WORD: u8 = 0;
const SPACE: u8 = 1;
const OTHER: u8 = 2;
const NON_ASCII: u8 = 3;

static ASCII_CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphanumeric() || b == b'_' {
            WORD
        } else if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            SPACE
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

/// Hyperparameters of tokenizer training.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TokenizerParams {
    pub vocab_size: usize,
    pub min_frequency: u64,
    pub limit_alphabet: usize,
}

impl Default for TokenizerParams {
    fn default() -> Self {
        TokenizerParams {
            vocab_size: 8000,
            min_frequency: 3,
            limit_alphabet: 400,
        }
    }
}

/// A trained tokenizer plus its fast encoder.
pub struct TokenizerModel {
    json: String,
    vocab: Vec<String>,
    words: AHashMap<String, u32>,
    pieces: AHashMap<String, u32>,
    unk: u32,
    max_word_chars: usize,
    pre_split: Regex,
    reference: OnceLock<std::result::Result<Tokenizer, String>>,
}

impl std::fmt::Debug for TokenizerModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenizerModel")
            .field("vocab_size", &self.vocab.len())
            .finish()
    }
}

impl Clone for TokenizerModel {
    fn clone(&self) -> Self {
        // Rebuilding from the JSON cannot fail: it was built from it once.
        TokenizerModel::from_json(&self.json).unwrap_or_else(|_| unreachable!())
    }
}

impl TokenizerModel {
    /// Trains a WordPiece vocabulary on already-normalized texts.
    pub fn train<I, S>(texts: I, params: &TokenizerParams) -> Result<Self>
    where
        I: Iterator<Item = S> + Send,
        S: AsRef<str> + Send,
    {
        let model = WordPiece::builder()
            .unk_token(UNK.into())
            .continuing_subword_prefix(CONTINUATION.into())
            .build()
            .map_err(|e| Error::Tokenizer {
                what: "tokenizer",
                source: e,
            })?;
        let mut tokenizer = Tokenizer::new(model);
        tokenizer.with_pre_tokenizer(Some(Whitespace));
        let mut trainer: TrainerWrapper = WordPieceTrainer::builder()
            .vocab_size(params.vocab_size)
            .min_frequency(params.min_frequency)
            .limit_alphabet(params.limit_alphabet)
            .show_progress(false)
            .special_tokens(vec![tokenizers::AddedToken::from(UNK, true)])
            .continuing_subword_prefix(CONTINUATION.into())
            .build()
            .into();
        tokenizer
            .train(&mut trainer, texts)
            .map_err(|e| Error::Tokenizer {
                what: "tokenizer training failed",
                source: e,
            })?;
        let json = tokenizer.to_string(false).map_err(|e| Error::Tokenizer {
            what: "tokenizer serialisation failed",
            source: e,
        })?;
        Self::from_json(&json)
    }

    /// Loads a tokenizer from its `tokenizers` JSON and builds the fast tables.
    ///
    /// Scoring needs only the vocabulary, read here straight from the JSON;
    /// the `tokenizers` crate's own `Tokenizer` (tens of milliseconds to
    /// build for a 30k vocabulary) is built on first use by
    /// [`encode_reference`](Self::encode_reference), which `model verify`
    /// and the tests call.
    pub fn from_json(json: &str) -> Result<Self> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| Error::Tokenizer {
                what: "tokenizer",
                source: Box::new(e),
            })?;
        Self::build(&value, json.to_string())
    }

    /// [`from_json`](Self::from_json) from the already parsed document (a
    /// model file holds its tokenizer as a JSON value: reading it again
    /// from text was a sixth of loading the model).
    pub fn from_value(value: &serde_json::Value) -> Result<Self> {
        let json = serde_json::to_string(value).map_err(|e| Error::Tokenizer {
            what: "tokenizer",
            source: Box::new(e),
        })?;
        Self::build(value, json)
    }

    fn build(value: &serde_json::Value, json: String) -> Result<Self> {
        let bad = Error::TokenizerFile;
        let model = &value["model"];
        if model["type"] != "WordPiece" {
            return Err(bad(format!(
                "expected a WordPiece model, found {}",
                model["type"]
            )));
        }
        if value["pre_tokenizer"]["type"] != "Whitespace" || !value["normalizer"].is_null() {
            return Err(bad(
                "expected a Whitespace pre-tokenizer and no normalizer".into()
            ));
        }
        if model["continuing_subword_prefix"] != CONTINUATION {
            return Err(bad("expected the `##` continuation prefix".into()));
        }
        let max_word_chars = model["max_input_chars_per_word"].as_u64().unwrap_or(100) as usize;
        let vocab_map = model["vocab"]
            .as_object()
            .ok_or_else(|| bad("`model.vocab` is not an object of token ids".into()))?;
        let mut vocab = vec![String::new(); vocab_map.len()];
        let mut filled = vec![false; vocab_map.len()];
        let mut words = AHashMap::with_capacity(vocab_map.len());
        let mut pieces = AHashMap::with_capacity(vocab_map.len());
        for (token, id) in vocab_map {
            let id = id
                .as_u64()
                .and_then(|id| u32::try_from(id).ok())
                .ok_or_else(|| bad(format!("token {token:?} has id {id}, not a token id")))?;
            let slot = vocab
                .get_mut(id as usize)
                .ok_or_else(|| bad(format!("token id {id} outside the vocabulary")))?;
            if std::mem::replace(&mut filled[id as usize], true) {
                return Err(bad(format!("token id {id} is given to two tokens")));
            }
            *slot = token.clone();
            // At a word's start WordPiece looks the raw text up in the whole
            // vocabulary, continuation tokens included (a word `##:` is the
            // token `##:`), so `words` holds every token.
            if let Some(rest) = token.strip_prefix(CONTINUATION).filter(|r| !r.is_empty()) {
                pieces.insert(rest.to_string(), id);
            }
            words.insert(token.clone(), id);
        }
        let unk = vocab_map
            .get(UNK)
            .and_then(serde_json::Value::as_u64)
            .and_then(|id| u32::try_from(id).ok())
            .ok_or_else(|| bad("no [UNK] token".into()))?;
        if model["unk_token"] != UNK {
            return Err(bad(format!("expected the unknown token {UNK:?}")));
        }
        let pre_split = Regex::new(PRE_SPLIT).map_err(|e| bad(e.to_string()))?;
        Ok(TokenizerModel {
            json,
            vocab,
            words,
            pieces,
            unk,
            max_word_chars,
            pre_split,
            reference: OnceLock::new(),
        })
    }

    pub fn to_json(&self) -> &str {
        &self.json
    }

    pub fn vocab_size(&self) -> usize {
        self.vocab.len()
    }

    pub fn id_to_token(&self, id: u32) -> Option<&str> {
        self.vocab.get(id as usize).map(String::as_str)
    }

    pub fn token_to_id(&self, token: &str) -> Option<u32> {
        match token.strip_prefix(CONTINUATION) {
            Some(rest) if !rest.is_empty() => self.pieces.get(rest).copied(),
            _ => self.words.get(token).copied(),
        }
    }

    /// Appends the token ids of `text` to `out`: the fast path.
    pub fn encode_into(&self, text: &str, out: &mut Vec<u32>) {
        self.split_words(text, |start, end| self.encode_word(&text[start..end], out));
    }

    /// Calls `f(start, end)` for each match of [`PRE_SPLIT`] in `text`, in
    /// order: exactly the regex's matches.
    ///
    /// Chat text is mostly ASCII, where `\w` is `[0-9A-Za-z_]` and `\s` is
    /// `[\t\n\x0B\x0C\r ]`, so runs are found with a byte table. A run
    /// that reaches a non-ASCII byte (or starts at one) is handed to the
    /// regex from the run's start: the next match of `\w+|[^\w\s]+` starts
    /// at the first non-space character, so `find_at` from there returns
    /// the very match `find_iter` would have.
    fn split_words(&self, text: &str, mut f: impl FnMut(usize, usize)) {
        let bytes = text.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            let class = ASCII_CLASS[usize::from(bytes[pos])];
            if class == SPACE {
                pos += 1;
                continue;
            }
            if class != NON_ASCII {
                let run = bytes[pos..]
                    .iter()
                    .position(|&b| ASCII_CLASS[usize::from(b)] != class)
                    .map_or(bytes.len(), |n| pos + n);
                if bytes.get(run).is_none_or(|&b| b.is_ascii()) {
                    f(pos, run);
                    pos = run;
                    continue;
                }
            }
            match self.pre_split.find_at(text, pos) {
                Some(m) => {
                    f(m.start(), m.end());
                    pos = m.end();
                }
                None => break,
            }
        }
    }

    fn encode_word(&self, word: &str, out: &mut Vec<u32>) {
        if let Some(&id) = self.words.get(word) {
            out.push(id);
            return;
        }
        if word.chars().count() > self.max_word_chars {
            out.push(self.unk);
            return;
        }
        let mark = out.len();
        let mut start = 0;
        while start < word.len() {
            let table = if start == 0 {
                &self.words
            } else {
                &self.pieces
            };
            let mut end = word.len();
            let mut found = None;
            while start < end {
                if let Some(&id) = table.get(&word[start..end]) {
                    found = Some(id);
                    break;
                }
                end -= word[start..end]
                    .chars()
                    .next_back()
                    .map_or(1, char::len_utf8);
            }
            match found {
                Some(id) => {
                    out.push(id);
                    start = end;
                }
                None => {
                    out.truncate(mark);
                    out.push(self.unk);
                    return;
                }
            }
        }
    }

    /// Encodes through the `tokenizers` crate itself (slow; the reference).
    pub fn encode_reference(&self, text: &str) -> Result<Vec<u32>> {
        let tokenizer = self
            .reference
            .get_or_init(|| Tokenizer::from_str(&self.json).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::Tokenizer {
                what: "tokenizer",
                source: e.clone().into(),
            })?;
        let encoding = tokenizer
            .encode(text, false)
            .map_err(|e| Error::Tokenizer {
                what: "tokenizer",
                source: e,
            })?;
        Ok(encoding.get_ids().to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Vec<String> {
        let base = [
            "video call karo abhi",
            "send money now or i will make your video viral",
            "paise bhejo warna video viral kar dunga",
            "पैसे भेजो नहीं तो वीडियो वायरल कर दूंगा",
            "let's split the rent, i sent 3000 on gpay",
            "good night, talk tomorrow!!",
        ];
        (0..50)
            .flat_map(|_| base.iter().map(|s| s.to_string()))
            .collect()
    }

    #[test]
    fn fast_path_matches_reference() {
        let params = TokenizerParams {
            vocab_size: 300,
            min_frequency: 2,
            limit_alphabet: 200,
        };
        let tok = TokenizerModel::train(corpus().into_iter(), &params).unwrap();
        let probes = [
            "video call karo abhi",
            "videocall pe aao na",
            "unseen wordsxyz and ₹5000 बताओ 📹",
            "a..b!! ??? __init__ x_y",
            "",
            "   \t\x0b\x0c\r\n ok\u{85}done\u{a0}x",
            "abcé ab😂cd ..🙏.. é,, ₹500/- पैसे,भेजो x\u{1}y",
            "caf\u{301} ١٢٣ x²y ½ नमस्ते।ok",
        ];
        for text in probes {
            let mut fast = Vec::new();
            tok.encode_into(text, &mut fast);
            assert_eq!(fast, tok.encode_reference(text).unwrap(), "{text:?}");
        }
    }

    #[test]
    fn round_trips_through_json() {
        let params = TokenizerParams {
            vocab_size: 200,
            min_frequency: 2,
            limit_alphabet: 200,
        };
        let tok = TokenizerModel::train(corpus().into_iter(), &params).unwrap();
        let again = TokenizerModel::from_json(tok.to_json()).unwrap();
        assert_eq!(again.vocab_size(), tok.vocab_size());
        assert_eq!(again.token_to_id("video"), tok.token_to_id("video"));
    }

    #[test]
    fn refuses_other_models() {
        assert!(TokenizerModel::from_json("{}").is_err());
        assert!(TokenizerModel::from_json("not json").is_err());
    }
}
