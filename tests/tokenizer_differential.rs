//! The fast WordPiece path against the `tokenizers` crate it re-implements:
//! token-for-token equal ids on arbitrary strings, on corpus messages with
//! random edits, and on every message of every corpus file (as written and
//! as the normalizer leaves it).

mod common;

use std::sync::{Arc, LazyLock};

use chatrisk::Model;
use common::corpus_texts;
use proptest::prelude::*;

static MODEL: LazyLock<Arc<Model>> =
    LazyLock::new(|| Arc::new(Model::embedded().expect("embedded model loads")));

/// `Err` describes the first difference between the two paths.
fn compare(text: &str) -> Result<(), String> {
    let tok = &MODEL.pipeline().tokenizer;
    let mut fast = Vec::new();
    tok.encode_into(text, &mut fast);
    let reference = tok
        .encode_reference(text)
        .map_err(|e| format!("reference failed on {text:?}: {e}"))?;
    if fast != reference {
        let at = fast
            .iter()
            .zip(&reference)
            .take_while(|(a, b)| a == b)
            .count();
        return Err(format!(
            "{text:?}: first difference at token {at}: fast {:?}, tokenizers {:?}",
            fast.get(at..(at + 3).min(fast.len())),
            reference.get(at..(at + 3).min(reference.len()))
        ));
    }
    Ok(())
}

static SEEDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut seeds: Vec<String> = [
        "video call karo abhi",
        "unseen wordsxyz and ₹5000 बताओ 📹",
        "abcé ab😂cd ..🙏.. é,, ₹500/- पैसे,भेजो x\u{1}y",
        "caf\u{301} ١٢٣ x²y ½ नमस्ते।ok",
    ]
    .map(String::from)
    .to_vec();
    for (_, texts) in corpus_texts() {
        seeds.extend(texts.into_iter().step_by(50));
    }
    seeds
});

fn mutate(text: &str, edits: &[(usize, u8, char)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(at, op, c) in edits {
        let n = chars.len();
        match op % 3 {
            0 => chars.insert(at % (n + 1), c),
            1 if n > 0 => {
                chars.remove(at % n);
            }
            2 if n > 0 => chars[at % n] = c,
            _ => {}
        }
    }
    chars.into_iter().collect()
}

fn interesting_char() -> impl Strategy<Value = char> {
    // Word and punctuation edges, marks, digits of other scripts, spaces
    // the ASCII table does not know, and anything else.
    prop_oneof![
        Just(' '),
        Just('_'),
        Just('\u{a0}'),
        Just('\u{85}'),
        Just('\u{301}'),
        Just('٣'),
        Just('।'),
        Just('😂'),
        proptest::char::range('a', 'z'),
        any::<char>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn fast_path_agrees_with_tokenizers_on_arbitrary_text(text in "\\PC{0,80}") {
        compare(&text).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn fast_path_agrees_with_tokenizers_on_edited_corpus_text(
        pick in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<usize>(), any::<u8>(), interesting_char()), 0..6),
    ) {
        let text = mutate(pick.get::<String>(SEEDS.as_slice()), &edits);
        compare(&text).map_err(TestCaseError::fail)?;
        let normalized = MODEL.pipeline().normalizer.normalize(&text);
        compare(normalized.as_str()).map_err(TestCaseError::fail)?;
    }
}

/// Every message of every corpus file, as written and normalized.
#[test]
fn fast_path_agrees_with_tokenizers_on_every_corpus_message() {
    let files = corpus_texts();
    let mut messages = 0;
    for (file, texts) in &files {
        for text in texts {
            let normalized = MODEL.pipeline().normalizer.normalize(text);
            for t in [text.as_str(), normalized.as_str()] {
                if let Err(e) = compare(t) {
                    panic!("{}: {e}", file.display());
                }
            }
            messages += 1;
        }
    }
    // The corpus ships with the repository: an empty walk is a broken path.
    assert!(
        messages > 10_000,
        "only {messages} messages in {} files",
        files.len()
    );
}

/// Words that begin with the continuation prefix: at a word's start
/// WordPiece matches the raw text against every token, `##…` ones included
/// (found by the arbitrary-text property above).
#[test]
fn words_starting_with_the_continuation_prefix_agree() {
    for text in ["##:ﬓ", "##", "##a", "##ing", "x ##s ##", "a##b", "## ##:"] {
        compare(text).unwrap_or_else(|e| panic!("{e}"));
    }
}
