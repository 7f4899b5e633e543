//! One pass over ASCII text telling each stage whether it has any work.
//!
//! Most chat messages are short ASCII that no stage changes. Scanning them
//! once for all stages, instead of once per stage, is most of what keeps the
//! normalizer fast. A hint may say "maybe" when there is nothing to do, but
//! never "nothing" when there is something.

/// Byte classes.
const ALPHA: u8 = 1;
const DIGIT: u8 = 2;
const LEET: u8 = 4;
const UPPER: u8 = 8;
const SPACE: u8 = 16;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if b.is_ascii_alphabetic() {
            t[i] |= ALPHA;
        }
        if b.is_ascii_uppercase() {
            t[i] |= UPPER;
        }
        if b.is_ascii_digit() {
            t[i] |= DIGIT;
        }
        if matches!(
            b,
            b'0' | b'1' | b'3' | b'4' | b'5' | b'7' | b'8' | b'@' | b'$' | b'!' | b'|'
        ) {
            t[i] |= LEET;
        }
        if b.is_ascii_whitespace() {
            t[i] |= SPACE;
        }
        i += 1;
    }
    t
};

/// What an ASCII text may need.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct AsciiHints {
    /// Some uppercase letter.
    pub(crate) upper: bool,
    /// Both letters and leet chars occur (the leet stage looks closer).
    pub(crate) leet: bool,
    /// Some letter stands alone (or as a run of itself).
    pub(crate) single: bool,
    /// The longest run of one letter (case-insensitive).
    pub(crate) letter_run: usize,
    /// `!!` or `??` somewhere.
    pub(crate) repeated_mark: bool,
    /// Whitespace other than single spaces between words.
    pub(crate) messy_space: bool,
}

impl AsciiHints {
    /// Scans `b`, which must be ASCII. Written to be branch-light: it runs
    /// over every message.
    pub(crate) fn scan(b: &[u8]) -> AsciiHints {
        let mut all = 0u8; // union of byte classes
        let mut messy = b.first() == Some(&b' ') || b.last() == Some(&b' ');
        let mut repeated_mark = false;
        let mut single = false;
        let mut letter_run = 0usize;
        let mut run = 0usize;
        let mut prev = 0u8; // previous byte, lowercased if a letter
        let mut prev_alnum = false;
        // The previous byte is a letter that began a word, or continues a
        // run of that same letter: the word may turn out to be a single.
        let mut candidate = false;
        for &c in b {
            let class = CLASS[usize::from(c)];
            all |= class;
            let low = c | ((class & ALPHA) << 5);
            let same = low == prev;
            run = if same { run + 1 } else { 1 };
            if class & ALPHA != 0 {
                letter_run = letter_run.max(run);
            }
            repeated_mark |= same && (c == b'!' || c == b'?');
            messy |= class & SPACE != 0 && (c != b' ' || same);
            let alnum = class & (ALPHA | DIGIT) != 0;
            if candidate {
                single |= !alnum;
                candidate = alnum && same;
            }
            candidate |= class & ALPHA != 0 && !prev_alnum;
            prev = low;
            prev_alnum = alnum;
        }
        single |= candidate;
        AsciiHints {
            upper: all & UPPER != 0,
            leet: all & (ALPHA | LEET) == ALPHA | LEET,
            single,
            letter_run,
            repeated_mark,
            messy_space: messy,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_find_work() {
        let h = AsciiHints::scan(b"hello there");
        assert_eq!(
            h,
            AsciiHints {
                letter_run: 2,
                ..AsciiHints::default()
            }
        );
        let h = AsciiHints::scan(b"Pleeease v1de0 a  b!!");
        assert!(h.upper && h.leet && h.single && h.repeated_mark && h.messy_space);
        assert_eq!(h.letter_run, 3);
        assert!(AsciiHints::scan(b"xxx").single);
        assert!(AsciiHints::scan(b"ok i").single);
        assert!(AsciiHints::scan(b"(a)").single);
        assert!(!AsciiHints::scan(b"ab1 a1").single);
        assert!(!AsciiHints::scan(b"5000 ok").single);
        assert!(AsciiHints::scan(b"\tx").messy_space);
    }
}
