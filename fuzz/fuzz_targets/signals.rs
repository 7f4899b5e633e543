//! Normalize + match (and tokenize + extract indicators) through the
//! embedded model's pipeline: every hit and indicator span must be valid in
//! the original text.
#![no_main]

use std::sync::OnceLock;

use chatrisk::Message;
use chatrisk::Model;
use chatrisk::pipeline::{MessageObservation, Scratch};
use libfuzzer_sys::fuzz_target;

fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::embedded().expect("the embedded model loads"))
}

fn check_span(text: &str, (s, e): (usize, usize), what: &str) {
    assert!(
        s < e && e <= text.len(),
        "{what} span {s}..{e} outside {text:?}"
    );
    assert!(
        text.is_char_boundary(s) && text.is_char_boundary(e),
        "{what} span {s}..{e} splits a char of {text:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let pipeline = &model().pipeline;
    let mut scratch = Scratch::default();
    let mut out = MessageObservation::default();
    pipeline.observe(&Message::new("x", text), 7, &mut scratch, &mut out);
    let mut last = 0;
    for hit in &out.hits {
        check_span(text, hit.span, "hit");
        assert_eq!(text.get(hit.span.0..hit.span.1), Some(hit.text.as_str()));
        assert_eq!(hit.message, 7);
        assert!(hit.span.0 >= last, "hits not sorted by start");
        last = hit.span.0;
    }
    let ind = &out.indicators;
    for list in [
        &ind.upi,
        &ind.phone,
        &ind.crypto,
        &ind.url,
        &ind.email,
        &ind.gift_card,
    ] {
        for i in list {
            check_span(text, i.span, "indicator");
            assert_eq!(i.message, 7);
        }
    }
    // The matcher alone, on the raw normalizer output.
    let normalized = pipeline.normalizer.normalize(text);
    let mut hits = Vec::new();
    pipeline.matcher.match_text(text, &normalized, 0, &mut hits);
    assert_eq!(hits.len(), out.hits.len());
});
