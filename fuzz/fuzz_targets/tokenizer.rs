//! The tokenizer pair: the fast WordPiece path against the `tokenizers`
//! crate it re-implements, on any UTF-8 text as written and as the
//! normalizer leaves it.
//!
//! Invariant: both give the same token ids, token for token.
#![no_main]

use std::sync::OnceLock;

use chatrisk::Model;
use libfuzzer_sys::fuzz_target;

fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::embedded().expect("embedded model loads"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let pipeline = model().pipeline();
    let normalized = pipeline.normalizer.normalize(text);
    for t in [text, normalized.as_str()] {
        let mut fast = Vec::new();
        pipeline.tokenizer.encode_into(t, &mut fast);
        let reference = pipeline
            .tokenizer
            .encode_reference(t)
            .expect("the reference tokenizer loads");
        assert_eq!(fast, reference, "fast path and tokenizers differ on {t:?}");
    }
});
