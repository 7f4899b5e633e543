//! Normalize + match, and indicator extraction: every hit and indicator span
//! must be valid in the original text.
//!
//! Built from the signal tables, normalizer and extractor directly (no model
//! file), so the target keeps working while tables and model are retrained.
#![no_main]

use std::sync::OnceLock;

use chatrisk::normalize::{NormalizedText, Normalizer};
use chatrisk::signals::{IndicatorExtractor, Indicators, SignalMatcher};
use libfuzzer_sys::fuzz_target;

struct Env {
    normalizer: Normalizer,
    matcher: SignalMatcher,
    extractor: IndicatorExtractor,
}

fn env() -> &'static Env {
    static E: OnceLock<Env> = OnceLock::new();
    E.get_or_init(|| Env {
        normalizer: Normalizer::default(),
        matcher: SignalMatcher::new(),
        extractor: IndicatorExtractor::new(),
    })
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
    let env = env();
    let mut normalized = NormalizedText::default();
    env.normalizer.normalize_into(text, &mut normalized);
    let mut hits = Vec::new();
    env.matcher.match_text(text, &normalized, 7, &mut hits);
    let mut last = 0;
    for hit in &hits {
        check_span(text, hit.span, "hit");
        assert_eq!(text.get(hit.span.0..hit.span.1), Some(hit.text.as_str()));
        assert_eq!(hit.message, 7);
        assert!(hit.span.0 >= last, "hits not sorted by start");
        last = hit.span.0;
    }
    let mut ind = Indicators::default();
    env.extractor.extract(text, 7, &mut ind);
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
});
