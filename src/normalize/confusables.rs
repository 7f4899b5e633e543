//! Look-alike letters from other scripts (Cyrillic `а`, Greek `ο`, Latin
//! small capitals `ᴠ`) folded to the ASCII letter they imitate.
//!
//! A word (a run of letters, digits, marks and leet symbols) is folded when
//! it contains an ASCII letter or digit (`ѵіdеο` has `d`; `vіdео` has `v`),
//! or when every letter in it has a Latin look-alike (`сор`). Genuine
//! Russian or Greek words almost always contain a letter without one
//! (`привет`), so they stay. Devanagari and other scripts have no entries
//! and are never touched. A look-alike followed by a combining mark is kept,
//! so that folding never creates a new composition (which would make the
//! pipeline non-idempotent).

use unicode_normalization::char::is_combining_mark;

use super::NormalizeStage;
use super::text::NormalizedText;

/// Folds look-alike letters to ASCII.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Confusables;

/// The ASCII letter `c` imitates. Capitals map to capitals so the stage is
/// independent of case folding; the table is closed under case mapping.
pub(crate) fn latin_lookalike(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic
        'а' => 'a',
        'А' => 'A',
        'в' => 'b',
        'В' => 'B',
        'е' => 'e',
        'Е' => 'E',
        'ѕ' => 's',
        'Ѕ' => 'S',
        'і' => 'i',
        'І' => 'I',
        'ј' => 'j',
        'Ј' => 'J',
        'к' => 'k',
        'К' => 'K',
        'м' => 'm',
        'М' => 'M',
        'н' => 'h',
        'Н' => 'H',
        'о' => 'o',
        'О' => 'O',
        'р' => 'p',
        'Р' => 'P',
        'с' => 'c',
        'С' => 'C',
        'т' => 't',
        'Т' => 'T',
        'у' => 'y',
        'У' => 'Y',
        'х' => 'x',
        'Х' => 'X',
        'ѵ' => 'v',
        'Ѵ' => 'V',
        'ԁ' => 'd',
        'Ԁ' => 'D',
        'ԛ' => 'q',
        'Ԛ' => 'Q',
        'ԝ' => 'w',
        'Ԝ' => 'W',
        'һ' => 'h',
        'Һ' => 'H',
        'ӏ' => 'l',
        'Ӏ' => 'I',
        'ү' => 'y',
        'Ү' => 'Y',
        'ɡ' => 'g',
        'Ɡ' => 'G',
        // Greek
        'α' => 'a',
        'Α' => 'A',
        'β' => 'b',
        'Β' => 'B',
        'ε' => 'e',
        'Ε' => 'E',
        'ζ' => 'z',
        'Ζ' => 'Z',
        'η' => 'n',
        'Η' => 'H',
        'ι' => 'i',
        'Ι' => 'I',
        'κ' => 'k',
        'Κ' => 'K',
        'μ' => 'u',
        'Μ' => 'M',
        'ν' => 'v',
        'Ν' => 'N',
        'ο' => 'o',
        'Ο' => 'O',
        'ρ' => 'p',
        'Ρ' => 'P',
        'τ' => 't',
        'Τ' => 'T',
        'υ' => 'u',
        'Υ' => 'Y',
        'χ' => 'x',
        'Χ' => 'X',
        'ϲ' => 'c',
        'Ϲ' => 'C',
        'ω' => 'w',
        'Ω' => 'W',
        // Latin variants that NFKC leaves alone
        'ı' => 'i',
        'İ' => 'I',
        'ɑ' => 'a',
        'Ɑ' => 'A',
        'ɩ' => 'i',
        'Ɩ' => 'I',
        'ʀ' => 'r',
        'Ʀ' => 'R',
        'ɪ' => 'i',
        'Ɪ' => 'I',
        'ʏ' => 'y',
        'ꞵ' => 'b',
        'Ꞵ' => 'B',
        // Latin small capitals (used by "fancy text" generators)
        'ᴀ' => 'a',
        'ʙ' => 'b',
        'ᴄ' => 'c',
        'ᴅ' => 'd',
        'ᴇ' => 'e',
        'ꜰ' => 'f',
        'ɢ' => 'g',
        'ʜ' => 'h',
        'ᴊ' => 'j',
        'ᴋ' => 'k',
        'ʟ' => 'l',
        'ᴍ' => 'm',
        'ɴ' => 'n',
        'ᴏ' => 'o',
        'ᴘ' => 'p',
        'ꞯ' => 'q',
        'ꜱ' => 's',
        'ᴛ' => 't',
        'ᴜ' => 'u',
        'ᴠ' => 'v',
        'ᴡ' => 'w',
        'ᴢ' => 'z',
        // Armenian
        'օ' => 'o',
        'Օ' => 'O',
        'ս' => 'u',
        'Ս' => 'U',
        _ => return None,
    })
}

/// Leet symbols count as word characters so that a later leet
/// substitution cannot create Latin context the fold did not see.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || matches!(c, '@' | '$' | '!' | '|')
}

impl NormalizeStage for Confusables {
    fn apply(&self, t: &mut NormalizedText) {
        if t.is_ascii() || !t.text().chars().any(|c| latin_lookalike(c).is_some()) {
            return;
        }
        t.edit_runs(|text, edits| {
            let mut word_start = None;
            // A sentinel space closes the last word.
            let chars = text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')));
            for (i, c) in chars {
                if is_word_char(c) && i < text.len() {
                    word_start.get_or_insert(i);
                    continue;
                }
                let Some(ws) = word_start.take() else {
                    continue;
                };
                let word = &text[ws..i];
                if !should_fold(word) {
                    continue;
                }
                let mut it = word.char_indices().peekable();
                while let Some((j, wc)) = it.next() {
                    let followed_by_mark = it.peek().is_some_and(|&(_, n)| is_combining_mark(n));
                    if let Some(l) = latin_lookalike(wc).filter(|_| !followed_by_mark) {
                        let at = ws + j;
                        edits.replace_char(at..at + wc.len_utf8(), l);
                    }
                }
            }
        });
    }
}

/// ASCII letters and digits, and the few letters that lowercase to ASCII
/// (`İ` -> `i̇`), which would otherwise create Latin context only after
/// case folding.
fn is_latin_context(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii() && c.to_lowercase().next().is_some_and(|l| l.is_ascii()))
}

fn should_fold(word: &str) -> bool {
    let mut any_lookalike = false;
    let mut all_letters_lookalike = true;
    for c in word.chars() {
        if is_latin_context(c) {
            return true;
        }
        if latin_lookalike(c).is_some() {
            any_lookalike = true;
        } else if c.is_alphabetic() {
            all_letters_lookalike = false;
        }
    }
    any_lookalike && all_letters_lookalike
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        let mut t = NormalizedText::default();
        t.reset(s);
        Confusables.apply(&mut t);
        t.as_str().to_owned()
    }

    #[test]
    fn folds_mixed_words() {
        assert_eq!(fold("ѵіdеο"), "video");
        assert_eq!(fold("vіdео саll"), "video call");
        assert_eq!(fold("ВИДЕО"), "ВИДЕО");
        assert_eq!(fold("ᴠɪᴅᴇᴏ ᴄᴀʟʟ"), "video call");
        assert_eq!(fold("сор"), "cop");
        // Words made only of look-alikes fold even in real Russian.
        assert_eq!(fold("привет как"), "привет kak");
        assert_eq!(fold("sеnd mоnеy"), "send money");
    }

    #[test]
    fn leaves_other_scripts() {
        for s in [
            "привет дела",
            "पैसे भेजो",
            "पैसे पाठव",
            "καλημέρα",
            "plain ascii",
        ] {
            assert_eq!(fold(s), s);
        }
    }

    #[test]
    fn keeps_lookalike_before_mark() {
        assert_eq!(fold("vі\u{301}deo"), "vі\u{301}deo");
    }

    #[test]
    fn spans_point_to_original_chars() {
        let mut t = NormalizedText::default();
        t.reset("ѵіdеο");
        Confusables.apply(&mut t);
        assert_eq!(t.as_str(), "video");
        assert_eq!(t.original_span(0, 5), (0, 9));
        assert_eq!(t.original_span(2, 3), (4, 5));
    }

    #[test]
    fn table_closed_under_case_mapping() {
        let all = (0x80u32..0x1_0000).filter_map(char::from_u32);
        for c in all.filter(|&c| latin_lookalike(c).is_some()) {
            for other in [
                c.to_lowercase().collect::<Vec<_>>(),
                c.to_uppercase().collect(),
            ] {
                if let [o] = other[..] {
                    assert!(
                        o.is_ascii() || latin_lookalike(o).is_some(),
                        "{c} -> {o} missing"
                    );
                }
            }
        }
    }
}
