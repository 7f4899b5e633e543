//! Unicode-level stages: invisible-character removal, NFKC and case folding.

use unicode_normalization::char::{
    canonical_combining_class, decompose_compatible, is_combining_mark,
};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use super::NormalizeStage;
use super::text::{Edits, NormalizedText};

/// Removes invisible characters used to split words past filters.
///
/// ZWJ (U+200D) and ZWNJ (U+200C) are removed everywhere, Devanagari
/// included: they only choose between conjunct and half-form rendering, so
/// the same word typed with or without them must match the same patterns.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ZeroWidth;

/// Whether `c` is invisible formatting that carries no letters.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'                  // soft hyphen
        | '\u{034F}'                // combining grapheme joiner
        | '\u{061C}'                // Arabic letter mark
        | '\u{115F}' | '\u{1160}'   // Hangul fillers
        | '\u{17B4}' | '\u{17B5}'   // Khmer invisible vowels
        | '\u{180B}'..='\u{180F}'   // Mongolian selectors and vowel separator
        | '\u{200B}'..='\u{200F}'   // zero-width space, ZWNJ, ZWJ, LRM, RLM
        | '\u{202A}'..='\u{202E}'   // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}'   // word joiner, invisible operators
        | '\u{2066}'..='\u{206F}'   // bidi isolates, deprecated format chars
        | '\u{3164}' | '\u{FFA0}'   // Hangul fillers
        | '\u{FE00}'..='\u{FE0F}'   // variation selectors
        | '\u{FEFF}'                // BOM / zero-width no-break space
        | '\u{E0000}'..='\u{E007F}' // tag characters
        | '\u{E0100}'..='\u{E01EF}' // variation selectors supplement
    )
}

impl NormalizeStage for ZeroWidth {
    fn apply(&self, t: &mut NormalizedText) {
        if t.is_ascii() || !t.text().chars().any(is_invisible) {
            return;
        }
        t.edit_runs(|text, edits| {
            for (i, c) in text.char_indices() {
                if is_invisible(c) {
                    edits.remove(i..i + c.len_utf8());
                }
            }
        });
    }
}

/// Unicode NFKC: folds full-width forms, mathematical alphanumerics,
/// ligatures, superscripts and composes accents. Devanagari is unchanged
/// except for the nukta letters (U+0958..U+095F), which become base +
/// nukta as NFKC requires.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Nfkc;

/// Whether normalization can never combine `c` with what precedes it, so
/// the text can be cut before `c` and each piece normalized on its own.
/// That holds when the first char of its compatibility decomposition is a
/// starter that is not a second half of any composition (quick-check
/// `Maybe`).
fn starts_segment(c: char) -> bool {
    if c.is_ascii() {
        return true;
    }
    let mut first = None;
    decompose_compatible(c, |d| {
        first.get_or_insert(d);
    });
    let d = first.unwrap_or(c);
    canonical_combining_class(d) == 0 && is_nfkc_quick(std::iter::once(d)) != IsNormalized::Maybe
}

impl NormalizeStage for Nfkc {
    fn apply(&self, t: &mut NormalizedText) {
        if t.is_ascii() || is_nfkc_quick(t.text().chars()) == IsNormalized::Yes {
            return;
        }
        t.edit_runs(|text, edits| {
            let mut seg_start = 0;
            for (i, c) in text.char_indices() {
                if i > seg_start && starts_segment(c) {
                    nfkc_segment(text, edits, seg_start..i);
                    seg_start = i;
                }
            }
            nfkc_segment(text, edits, seg_start..text.len());
        });
    }
}

/// Normalizes one independent segment. When it changes, every output char
/// maps to the whole segment (usually one char plus its marks).
fn nfkc_segment(text: &str, edits: &mut Edits<'_, '_>, range: std::ops::Range<usize>) {
    let Some(seg) = text.get(range.clone()) else {
        return;
    };
    if is_nfkc_quick(seg.chars()) == IsNormalized::Yes {
        return;
    }
    let normalized: String = seg.nfkc().collect();
    if normalized != seg {
        edits.replace(range, &normalized);
    }
}

/// Lowercases (`char::to_lowercase`, full Unicode mapping).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Casefold;

impl NormalizeStage for Casefold {
    fn apply(&self, t: &mut NormalizedText) {
        if let Some(h) = t.ascii_hints() {
            if h.upper {
                t.make_ascii_lowercase();
            }
            return;
        }
        if !t.text().chars().any(changes_case) {
            return;
        }
        t.edit_runs(|text, edits| {
            let mut it = text.char_indices().peekable();
            while let Some((i, c)) = it.next() {
                if !changes_case(c) {
                    continue;
                }
                let lower = c.to_lowercase();
                let mut end = i + c.len_utf8();
                let before_mark = it.peek().is_some_and(|&(_, m)| is_combining_mark(m));
                if !before_mark {
                    edits.replace_chars(i..end, lower);
                } else {
                    // A lowercase letter may compose with marks its capital
                    // did not (`T` + U+0308 -> `ẗ`), and `İ` becomes `i` +
                    // U+0307: normalize the letter with its marks so the
                    // result stays NFC.
                    while let Some(&(j, m)) = it.peek().filter(|&&(_, m)| is_combining_mark(m)) {
                        end = j + m.len_utf8();
                        it.next();
                    }
                    let tail = text.get(i + c.len_utf8()..end).unwrap_or("");
                    let seq: String = lower.chain(tail.chars()).nfc().collect();
                    edits.replace(i..end, &seq);
                }
            }
        });
    }
}

/// Whether lowercasing changes `c` (uppercase and titlecase letters, plus
/// a few others such as Roman numerals).
fn changes_case(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    let mut lower = c.to_lowercase();
    !(lower.next() == Some(c) && lower.next().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(stage: impl NormalizeStage, s: &str) -> NormalizedText {
        let mut t = NormalizedText::default();
        t.reset(s);
        stage.apply(&mut t);
        t
    }

    #[test]
    fn zero_width_removed() {
        let t = run(
            ZeroWidth,
            "v\u{200B}i\u{200C}d\u{200D}e\u{2060}o\u{FEFF}\u{00AD}!",
        );
        assert_eq!(t.as_str(), "video!");
        assert_eq!(t.original_span(4, 5), (16, 17));
        assert_eq!(run(ZeroWidth, "❤\u{FE0F}").as_str(), "❤");
        assert_eq!(run(ZeroWidth, "plain text").as_str(), "plain text");
    }

    #[test]
    fn zero_width_devanagari_joiners_removed() {
        assert_eq!(run(ZeroWidth, "क्\u{200D}ष").as_str(), "क्ष");
        assert_eq!(run(ZeroWidth, "पैसे भेजो").as_str(), "पैसे भेजो");
    }

    #[test]
    fn nfkc_folds_fullwidth_and_math() {
        let t = run(Nfkc, "ＶＩＤＥＯ 𝐜𝐚𝐥𝐥");
        assert_eq!(t.as_str(), "VIDEO call");
        // Each folded char maps to its own original char.
        assert_eq!(t.original_span(1, 2), (3, 6));
        assert_eq!(t.original_span(6, 7), (16, 20));
    }

    #[test]
    fn nfkc_composes_accents() {
        let t = run(Nfkc, "cafe\u{301}!");
        assert_eq!(t.as_str(), "café!");
        assert_eq!(t.original_span(3, 5), (3, 6));
        assert_eq!(t.original_span(5, 6), (6, 7));
    }

    #[test]
    fn nfkc_keeps_devanagari() {
        for s in ["पैसे भेजो", "पैसे पाठव", "क्षमा करें"]
        {
            assert_eq!(run(Nfkc, s).as_str(), s);
        }
    }

    #[test]
    fn casefold_lowercases() {
        assert_eq!(run(Casefold, "Send MONEY").as_str(), "send money");
        assert_eq!(run(Casefold, "ВИДЕО Ok पैसे").as_str(), "видео ok पैसे");
        let t = run(Casefold, "İx");
        assert_eq!(t.as_str(), "i\u{307}x");
        assert_eq!(t.original_span(0, 3), (0, 2));
    }
}
