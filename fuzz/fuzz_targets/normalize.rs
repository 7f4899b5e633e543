//! The normalizer: any UTF-8 text, every stage, span mapping.
//!
//! Invariants: nothing panics; every span of the normalized text maps to a
//! range of the original that lies on char boundaries; char origins are
//! monotonic and within the original; the recommended pipeline is idempotent
//! on its own output's text.
#![no_main]

use chatrisk::normalize::{NormalizedText, Normalizer, Stage};
use libfuzzer_sys::fuzz_target;

fn check_spans(original: &str, n: &NormalizedText) {
    let len = n.len();
    assert_eq!(n.original_len(), original.len());
    let mut last_start = 0;
    for (at, c, range) in n.char_origins() {
        assert!(n.as_str().is_char_boundary(at));
        assert!(
            range.start <= range.end && range.end <= original.len(),
            "{c:?} {range:?}"
        );
        assert!(original.is_char_boundary(range.start) && original.is_char_boundary(range.end));
        assert!(range.start >= last_start, "origins went backwards");
        last_start = range.start;
    }
    // Every pair of normalized byte offsets (a sample of them for long texts).
    let step = (len / 64).max(1);
    let mut points: Vec<usize> = (0..=len).step_by(step).collect();
    points.push(len);
    points.push(len + 3);
    for &s in &points {
        for &e in &points {
            let (a, b) = n.original_span(s, e);
            assert!(a <= b && b <= original.len(), "span {s}..{e} -> {a}..{b}");
            assert!(
                original.is_char_boundary(a) && original.is_char_boundary(b),
                "span {s}..{e} -> {a}..{b} splits a char of {original:?}"
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let full = Normalizer::default();
    let out = full.normalize(text);
    check_spans(text, &out);
    // Idempotence of the recommended pipeline.
    let again = full.normalize(out.as_str());
    assert_eq!(again.as_str(), out.as_str(), "not idempotent on {text:?}");

    // A single stage, or a pair, picked by the selector: stages must also
    // keep the map sound when run in unusual orders.
    let all = [
        Stage::ZeroWidth,
        Stage::Nfkc,
        Stage::Confusables,
        Stage::Casefold,
        Stage::Emoji,
        Stage::Leet,
        Stage::LetterSpacing,
        Stage::Squeeze {
            max_run: usize::from(selector % 4),
        },
        Stage::Whitespace,
    ];
    let a = all[usize::from(selector) % all.len()];
    let b = all[usize::from(selector / 16) % all.len()];
    let custom = Normalizer::new(vec![a, b]);
    let mut reused = NormalizedText::default();
    custom.normalize_into(text, &mut reused);
    check_spans(text, &reused);
    // Reusing buffers gives the same result as a fresh value.
    assert_eq!(reused.as_str(), custom.normalize(text).as_str());
});
