//! Stretched words (`pleeease`, `hiiii`, `paiseee`) squeezed back.
//!
//! A run of the same letter longer than `max_run` becomes one letter; runs
//! up to `max_run` stay, so with the default of 2 `call`, `meet` and `good`
//! are untouched. Runs of `!` or `?` become one. Digits are never squeezed
//! (`1000`), nor is anything inside a link or an address (`www.`).

use super::NormalizeStage;
use super::shape::{is_protected, token_around};
use super::text::NormalizedText;

/// Collapses over-long runs of one letter, and repeated `!`/`?`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Squeeze {
    /// The longest run of one letter kept as it is.
    pub max_run: usize,
}

impl Default for Squeeze {
    fn default() -> Self {
        Squeeze { max_run: 2 }
    }
}

impl Squeeze {
    /// The run starting with `c` that should collapse, if its length `n`
    /// calls for it.
    fn squeezes(&self, c: char, n: usize) -> bool {
        (c.is_alphabetic() && n > self.max_run.max(1)) || (matches!(c, '!' | '?') && n > 1)
    }

    /// Calls `f(start, end, char)` for every run of one char in `text`.
    fn runs(text: &str, mut f: impl FnMut(usize, usize, char)) {
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, _)) = it.peek().filter(|&&(_, n)| n == c) {
                end = j + c.len_utf8();
                it.next();
            }
            f(i, end, c);
        }
    }

    /// Whether anything would change (ASCII text is answered by the hints).
    fn has_work(&self, text: &str) -> bool {
        let mut found = false;
        Self::runs(text, |s, e, c| {
            found |= self.squeezes(c, text[s..e].chars().count())
        });
        found
    }
}

impl NormalizeStage for Squeeze {
    fn apply(&self, t: &mut NormalizedText) {
        if let Some(h) = t.ascii_hints() {
            if h.letter_run <= self.max_run.max(1) && !h.repeated_mark {
                return;
            }
        } else if !self.has_work(t.text()) {
            return;
        }
        t.edit_runs(|text, edits| {
            Self::runs(text, |start, end, c| {
                let n = (end - start) / c.len_utf8();
                if self.squeezes(c, n) && !is_protected(token_around(text, start)) {
                    edits.replace_char(start..end, c);
                }
            });
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn squeeze(s: &str) -> NormalizedText {
        let mut t = NormalizedText::default();
        t.reset(s);
        Squeeze::default().apply(&mut t);
        t
    }

    #[test]
    fn squeezes_long_runs() {
        for (a, b) in [
            ("pleeease", "please"),
            ("sooo", "so"),
            ("hiiii", "hi"),
            ("paiseee bhejo", "paise bhejo"),
            ("what!!!!", "what!"),
            ("kya????", "kya?"),
            ("पैसेेे", "पैसे"),
        ] {
            assert_eq!(squeeze(a).as_str(), b, "{a}");
        }
    }

    #[test]
    fn keeps_short_runs_digits_and_links() {
        for s in [
            "call",
            "meet",
            "good",
            "1000",
            "rs 50000",
            "www.example.com",
            "ok!",
            "...",
            "hmm",
        ] {
            assert_eq!(squeeze(s).as_str(), s);
        }
    }

    #[test]
    fn squeezed_letter_maps_to_whole_run() {
        let t = squeeze("pleeease");
        assert_eq!(t.original_span(2, 3), (2, 5));
        assert_eq!(t.original_span(0, 6), (0, 8));
    }

    #[test]
    fn max_run_is_configurable() {
        let mut t = NormalizedText::default();
        t.reset("gooood");
        Squeeze { max_run: 1 }.apply(&mut t);
        assert_eq!(t.as_str(), "god");
        t.reset("gooood");
        Squeeze { max_run: 4 }.apply(&mut t);
        assert_eq!(t.as_str(), "gooood");
    }
}
