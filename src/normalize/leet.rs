//! Leetspeak: digits and symbols standing in for letters (`v1de0`, `c@ll`).
//!
//! Only tokens that mix ASCII letters with leet characters are touched, and
//! within them only positions where a letter is plausible:
//! - *interior* runs, between the first and last letter (`c@ll`, `s3nd`,
//!   `v.1.d.e.o`), of at most two digits (`abc123def` is a code, not leet);
//! - a single *leading* `$ 0 1 3 5` glued to a letter (`$ex`, `3vil`);
//! - a single *trailing* `0 3 $` glued to a letter (`vide0`, `nud3`), or any
//!   mappable digit when the token already had an interior substitution.
//!
//! Numbers, amounts and quantities (`5000`, `₹5k`, `10k`, `2nd`, `9:30`),
//! mentions (`@name`), links and e-mail/UPI addresses are never touched,
//! and a token needs two or more letters (`b4`, `5k` stay as they are).
//! Every substitution is one ASCII byte for one, so offsets do not move.

use unicode_normalization::char::is_combining_mark;

use super::NormalizeStage;
use super::shape::{is_number_like, is_protected, tokens, trim_wrapping};
use super::text::NormalizedText;

/// Maps leet characters to the letters they stand for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Leet;

/// For each byte, the letter it stands for in leetspeak, or 0.
static LEET: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'0' as usize] = b'o';
    t[b'1' as usize] = b'i';
    t[b'!' as usize] = b'i';
    t[b'3' as usize] = b'e';
    t[b'4' as usize] = b'a';
    t[b'@' as usize] = b'a';
    t[b'5' as usize] = b's';
    t[b'$' as usize] = b's';
    t[b'7' as usize] = b't';
    t[b'8' as usize] = b'b';
    t[b'|' as usize] = b'l';
    t
};

/// The letter a leet character stands for.
pub(crate) fn leet_letter(b: u8) -> Option<u8> {
    Some(LEET[usize::from(b)]).filter(|&l| l != 0)
}

/// Characters that can take part in a leet run (mappable or not), so that
/// `123` is judged as a whole rather than as `1`, `2`, `3`.
fn is_leetish(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'@' | b'$' | b'!' | b'|')
}

/// Separators inside a whitespace token that start a new word for leet
/// purposes (`.`, `-` and `_` do not, so `v.1.d.e.o` stays one word).
const SUBTOKEN_SEPARATORS: &[char] = &[',', ';', '?', '"', '(', ')', '[', ']', '{', '}', '<', '>'];

impl NormalizeStage for Leet {
    fn apply(&self, t: &mut NormalizedText) {
        if t.ascii_hints().is_some_and(|h| !h.leet) {
            return;
        }
        let text = t.text();
        let mut edits = Vec::new();
        // One byte pass finds ASCII-whitespace-delimited chunks holding both
        // a letter and a leet char; only those are looked at closely.
        let (mut start, mut alpha, mut leet) = (0, false, false);
        for (i, &b) in text.as_bytes().iter().chain([&b' ']).enumerate() {
            if b.is_ascii_whitespace() {
                if alpha && leet {
                    leet_chunk(text, start, i, &mut edits);
                }
                (start, alpha, leet) = (i + 1, false, false);
            } else {
                alpha |= b.is_ascii_alphabetic();
                leet |= LEET[usize::from(b)] != 0;
            }
        }
        if !edits.is_empty() {
            t.replace_ascii(&edits);
        }
    }
}

/// Handles the chunk `text[start..end]`, splitting it further at Unicode
/// whitespace, at word separators and at non-ASCII chars.
fn leet_chunk(text: &str, start: usize, end: usize, edits: &mut Vec<(usize, u8)>) {
    let Some(chunk) = text.get(start..end) else {
        return;
    };
    for (at, token) in tokens(chunk) {
        if is_protected(token) {
            continue;
        }
        // Non-ASCII chars split words too: a substitution next to, say, an
        // unfolded Cyrillic letter would give it Latin context only on the
        // next pass.
        for part in token.split(|c: char| !c.is_ascii() || SUBTOKEN_SEPARATORS.contains(&c)) {
            // `part` is a subslice of `token`: its offset is the pointer difference.
            let offset = part.as_ptr().addr() - token.as_ptr().addr();
            let after = token.get(offset + part.len()..).unwrap_or("");
            let mark_after = after.chars().next().is_some_and(is_combining_mark);
            leet_word(part, start + at + offset, mark_after, edits);
        }
    }
}

/// Finds substitutions in one word starting at byte `at` of the text;
/// `mark_after` tells whether a combining mark follows the word.
fn leet_word(word: &str, at: usize, mark_after: bool, edits: &mut Vec<(usize, u8)>) {
    if word.starts_with(['@', '#']) {
        return; // mention or hashtag
    }
    let core = trim_wrapping(word).trim_start_matches(['!', '.', '-']);
    if core.is_empty() {
        return;
    }
    // `core` is a subslice of `word`: its offset is the pointer difference.
    let core_at = core.as_ptr().addr() - word.as_ptr().addr();
    let mark_after = match word.get(core_at + core.len()..) {
        Some(rest) if !rest.is_empty() => rest.chars().next().is_some_and(is_combining_mark),
        _ => mark_after,
    };
    let at = at + core_at;
    let b = core.as_bytes();
    if b.iter().filter(|b| b.is_ascii_alphabetic()).count() < 2 || is_number_like(core) {
        return;
    }
    let (Some(first), Some(last)) = (
        b.iter().position(u8::is_ascii_alphabetic),
        b.iter().rposition(u8::is_ascii_alphabetic),
    ) else {
        return;
    };
    let start_len = edits.len();
    let mut i = 0;
    let mut trailing = None;
    while i < b.len() {
        if !is_leetish(b[i]) {
            i += 1;
            continue;
        }
        let run_start = i;
        while i < b.len() && is_leetish(b[i]) {
            i += 1;
        }
        let run = &b[run_start..i];
        // A letter before a combining mark would compose with it on the
        // next normalization; leave such runs alone.
        let before_mark = match core.get(i..) {
            Some(rest) if !rest.is_empty() => rest.chars().next().is_some_and(is_combining_mark),
            _ => mark_after,
        };
        let mappable = !before_mark
            && run.iter().all(|&c| leet_letter(c).is_some())
            && run.iter().filter(|c| c.is_ascii_digit()).count() <= 2;
        if !mappable {
            continue;
        }
        if run_start > first && i <= last {
            edits.extend(
                run.iter()
                    .enumerate()
                    .filter_map(|(k, &c)| Some((at + run_start + k, leet_letter(c)?))),
            );
        } else if run_start == 0
            && run.len() == 1
            && i == first
            && matches!(run[0], b'$' | b'0' | b'1' | b'3' | b'5')
        {
            edits.extend(leet_letter(run[0]).map(|l| (at, l)));
        } else if run_start == last + 1 && run.len() <= 2 && i == b.len() {
            trailing = Some((run_start, run.len()));
        }
    }
    if let Some((pos, len)) = trailing {
        let had_interior = edits.len() > start_len;
        if len == 1 {
            let c = b[pos];
            if matches!(c, b'0' | b'3' | b'$') || (had_interior && c.is_ascii_digit()) {
                edits.extend(leet_letter(c).map(|l| (at + pos, l)));
            }
        } else if had_interior {
            // `v1d30`: a two-digit tail after an interior substitution.
            edits.extend((pos..pos + len).filter_map(|k| Some((at + k, leet_letter(b[k])?))));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leet(s: &str) -> String {
        let mut t = NormalizedText::default();
        t.reset(s);
        Leet.apply(&mut t);
        t.as_str().to_owned()
    }

    #[test]
    fn maps_obfuscated_words() {
        assert_eq!(leet("v1de0 c@ll"), "video call");
        assert_eq!(leet("s3nd p@ise"), "send paise");
        assert_eq!(leet("nud3 pics"), "nude pics");
        assert_eq!(leet("v1d30 r3c0rd3d"), "video recorded");
        assert_eq!(leet("abc12"), "abc12");
        assert_eq!(leet("m0n3y"), "money");
        assert_eq!(leet("$ex chat"), "sex chat");
        assert_eq!(leet("h3ll0!!"), "hello!!");
        assert_eq!(leet("c@ll!"), "call!");
        assert_eq!(leet("v.1.d.e.o"), "v.i.d.e.o");
        assert_eq!(leet("pa$$word"), "password");
        assert_eq!(leet("(v1de0)"), "(video)");
        assert_eq!(leet("a@\u{301}b"), "a@\u{301}b");
    }

    #[test]
    fn leaves_numbers_and_amounts() {
        for s in [
            "5000",
            "rs 5000",
            "₹5k",
            "10k",
            "2 lakh",
            "2nd",
            "4g",
            "9:30",
            "9:30pm",
            "12/05/2024",
            "+91 98765 43210",
            "rs5000",
            "5k-10k",
            "1.5k",
            "send 5000 now",
            "$500",
        ] {
            assert_eq!(leet(s), s);
        }
    }

    #[test]
    fn leaves_addresses_links_and_names() {
        for s in [
            "rahul.k@okaxis",
            "x@ybl",
            "pay to 98765@paytm",
            "mail rahul@gmail.com",
            "https://bit.ly/3xY7z",
            "bit.ly/3xy7z",
            "@rahul_01",
            "#b00m",
            "rahul123",
            "room1",
            "pic1",
            "b4",
            "abc123def",
            "hi!",
            "wow!!!",
            "ok!",
            "hello|",
        ] {
            assert_eq!(leet(s), s);
        }
    }

    #[test]
    fn only_ascii_bytes_change() {
        assert_eq!(leet("पैसे5000 भेजो"), "पैसे5000 भेजो");
        assert_eq!(leet("v1de0 पैसे"), "video पैसे");
    }
}
