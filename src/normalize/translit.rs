//! Indic scripts -> one plain Latin romanization, so `वीडियो`, `வீடியோ` and
//! the romanized `vidiyo` meet the same character n-grams.
//!
//! The nine Brahmic blocks Unicode encodes from U+0900 (Devanagari, Bengali,
//! Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam) share one
//! layout: the same offset inside each 128-code-point block is the same
//! letter. One table over the offsets therefore romanizes all of them; the
//! few letters a single script adds (Malayalam chillus, Bengali khanda ta,
//! Gurmukhi tippi) have entries of their own.
//!
//! The romanization is the way people type on phones, not ISO 15919: no
//! diacritics, long and short vowels alike (`ī` and `i` are both `i`), the
//! inherent vowel written after a consonant unless a vowel sign or virama
//! follows, and dropped at the end of a word (`कमल` -> `kamal`). A table of
//! our own instead of a crate: the whole thing is ~130 entries, it must keep
//! the byte map of [`NormalizedText`], and it must be deterministic across
//! versions because the model's hashed features depend on it.

use super::NormalizeStage;
use super::text::NormalizedText;

/// Romanizes Indic letters (see the module docs); other text is unchanged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Transliterate;

/// What an Indic code point is.
#[derive(Clone, Copy)]
enum Kind {
    /// A consonant with its inherent vowel.
    Consonant(&'static str),
    /// An independent vowel, a sign (anusvara, visarga) or a digit.
    Plain(&'static str),
    /// A dependent vowel sign: replaces the inherent vowel.
    Matra(&'static str),
    /// Virama: kills the inherent vowel.
    Virama,
    /// Marks that change nothing we spell (nukta, length marks).
    Silent,
}

/// The first code point of the nine Brahmic blocks and the last one.
const FIRST: u32 = 0x0900;
const LAST: u32 = 0x0D7F;

fn classify(c: char) -> Option<Kind> {
    let cp = c as u32;
    if !(FIRST..=LAST).contains(&cp) {
        return None;
    }
    // Letters only some scripts have.
    match cp {
        0x09CE => return Some(Kind::Plain("t")), // Bengali khanda ta
        0x09F0 => return Some(Kind::Consonant("r")), // Assamese ra
        0x09F1 => return Some(Kind::Consonant("w")), // Assamese wa
        0x0A70 => return Some(Kind::Plain("n")), // Gurmukhi tippi
        0x0A71 => return Some(Kind::Silent),     // Gurmukhi addak
        0x0A72 => return Some(Kind::Plain("i")), // Gurmukhi iri
        0x0A73 => return Some(Kind::Plain("u")), // Gurmukhi ura
        0x0D7A | 0x0D7B => return Some(Kind::Plain("n")), // Malayalam chillu nn, n
        0x0D7C => return Some(Kind::Plain("r")),
        0x0D7D | 0x0D7E => return Some(Kind::Plain("l")),
        0x0D7F => return Some(Kind::Plain("k")),
        0x0D4E => return Some(Kind::Silent), // Malayalam dot reph
        0x0D02 => return Some(Kind::Plain("m")), // Malayalam anusvara
        _ => {}
    }
    let k = match (cp - FIRST) % 0x80 {
        0x00..=0x02 => Kind::Plain("n"),
        0x03 => Kind::Plain("h"),
        0x04 => Kind::Plain("a"),
        0x05 | 0x06 => Kind::Plain("a"),
        0x07 | 0x08 => Kind::Plain("i"),
        0x09 | 0x0A => Kind::Plain("u"),
        0x0B | 0x60 => Kind::Plain("ri"),
        0x0C | 0x61 => Kind::Plain("li"),
        0x0D..=0x0F => Kind::Plain("e"),
        0x10 => Kind::Plain("ai"),
        0x11..=0x13 => Kind::Plain("o"),
        0x14 => Kind::Plain("au"),
        0x15 | 0x58 => Kind::Consonant("k"),
        0x16 | 0x59 => Kind::Consonant("kh"),
        0x17 | 0x5A => Kind::Consonant("g"),
        0x18 => Kind::Consonant("gh"),
        0x19 => Kind::Consonant("n"),
        0x1A => Kind::Consonant("ch"),
        0x1B => Kind::Consonant("chh"),
        0x1C => Kind::Consonant("j"),
        0x1D => Kind::Consonant("jh"),
        0x1E => Kind::Consonant("n"),
        0x1F => Kind::Consonant("t"),
        0x20 => Kind::Consonant("th"),
        0x21 | 0x5C => Kind::Consonant("d"),
        0x22 | 0x5D => Kind::Consonant("dh"),
        0x23 => Kind::Consonant("n"),
        0x24 => Kind::Consonant("t"),
        0x25 => Kind::Consonant("th"),
        0x26 => Kind::Consonant("d"),
        0x27 => Kind::Consonant("dh"),
        0x28 | 0x29 => Kind::Consonant("n"),
        0x2A => Kind::Consonant("p"),
        0x2B | 0x5E => Kind::Consonant("ph"),
        0x2C => Kind::Consonant("b"),
        0x2D => Kind::Consonant("bh"),
        0x2E => Kind::Consonant("m"),
        0x2F | 0x5F => Kind::Consonant("y"),
        0x30 | 0x31 => Kind::Consonant("r"),
        0x32 | 0x33 => Kind::Consonant("l"),
        0x34 => Kind::Consonant("zh"),
        0x35 => Kind::Consonant("v"),
        0x36 | 0x37 => Kind::Consonant("sh"),
        0x38 => Kind::Consonant("s"),
        0x39 => Kind::Consonant("h"),
        0x5B => Kind::Consonant("z"),
        0x3E => Kind::Matra("a"),
        0x3F | 0x40 => Kind::Matra("i"),
        0x41 | 0x42 => Kind::Matra("u"),
        0x43 | 0x44 => Kind::Matra("ri"),
        0x62 | 0x63 => Kind::Matra("li"),
        0x45..=0x47 => Kind::Matra("e"),
        0x48 => Kind::Matra("ai"),
        0x49..=0x4B => Kind::Matra("o"),
        0x4C => Kind::Matra("au"),
        0x4D => Kind::Virama,
        0x50 => Kind::Plain("om"),
        0x64 | 0x65 => Kind::Plain("."),
        0x66 => Kind::Plain("0"),
        0x67 => Kind::Plain("1"),
        0x68 => Kind::Plain("2"),
        0x69 => Kind::Plain("3"),
        0x6A => Kind::Plain("4"),
        0x6B => Kind::Plain("5"),
        0x6C => Kind::Plain("6"),
        0x6D => Kind::Plain("7"),
        0x6E => Kind::Plain("8"),
        0x6F => Kind::Plain("9"),
        // Nukta, avagraha, length marks, vedic signs and unassigned points.
        _ => Kind::Silent,
    };
    Some(k)
}

impl NormalizeStage for Transliterate {
    fn apply(&self, t: &mut NormalizedText) {
        if t.is_ascii() || !t.text().chars().any(|c| classify(c).is_some()) {
            return;
        }
        t.edit_runs(|text, edits| {
            // The consonant whose inherent vowel is still undecided (its
            // spelling was just written, so an inserted vowel follows it).
            let mut pending: Option<std::ops::Range<usize>> = None;
            for (i, c) in text.char_indices() {
                let end = i + c.len_utf8();
                let Some(kind) = classify(c) else {
                    if let Some(r) = pending.take() {
                        // Word end: the inherent vowel is dropped; inside a
                        // word (another letter follows) it is spoken.
                        if c.is_alphanumeric() {
                            edits.insert(i, "a", r);
                        }
                    }
                    continue;
                };
                match kind {
                    Kind::Consonant(s) => {
                        if let Some(r) = pending.take() {
                            edits.insert(i, "a", r);
                        }
                        edits.replace(i..end, s);
                        pending = Some(i..end);
                    }
                    Kind::Matra(s) => {
                        pending = None;
                        edits.replace(i..end, s);
                    }
                    Kind::Virama => {
                        pending = None;
                        edits.remove(i..end);
                    }
                    Kind::Silent => edits.remove(i..end),
                    Kind::Plain(s) => {
                        if let Some(r) = pending.take() {
                            // Anusvara and visarga follow the vowel they
                            // nasalise; a digit or danda ends the word.
                            if matches!((c as u32 - FIRST) % 0x80, 0x01..=0x03) || c == '\u{0D02}' {
                                edits.insert(i, "a", r);
                            }
                        }
                        edits.replace(i..end, s);
                    }
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(s: &str) -> String {
        let mut t = NormalizedText::default();
        t.reset(s);
        Transliterate.apply(&mut t);
        t.as_str().to_string()
    }

    #[test]
    fn scripts_meet_in_one_romanization() {
        assert_eq!(tr("वीडियो"), "vidiyo");
        assert_eq!(tr("पैसे भेजो"), "paise bhejo");
        assert_eq!(tr("कमल"), "kamal");
        assert_eq!(tr("वायरल कर दूंगी"), "vayaral kar dungi");
        // Tamil, Telugu, Kannada, Malayalam, Bengali, Gujarati, Gurmukhi.
        // Tamil writes t and d with one letter.
        assert_eq!(tr("வீடியோ"), "vitiyo");
        assert_eq!(tr("వీడియో"), "vidiyo");
        assert_eq!(tr("ವೀಡಿಯೋ"), "vidiyo");
        assert_eq!(tr("വീഡിയോ"), "vidiyo");
        assert_eq!(tr("ভিডিও"), "bhidio");
        assert_eq!(tr("વીડિયો"), "vidiyo");
        assert_eq!(tr("ਵੀਡੀਓ"), "vidio");
        assert_eq!(tr("പണം അയക്കൂ"), "panam ayakku");
    }

    #[test]
    fn latin_and_mixed_text_keep_the_rest() {
        assert_eq!(tr("send 5000 now"), "send 5000 now");
        assert_eq!(tr("UPI: ravi@ybl पे भेजो!"), "UPI: ravi@ybl pe bhejo!");
        assert_eq!(tr("१९३० पर कॉल"), "1930 par kol");
    }

    #[test]
    fn offsets_point_back_into_the_original() {
        let s = "ok वीडियो";
        let mut t = NormalizedText::default();
        t.reset(s);
        Transliterate.apply(&mut t);
        let at = t.as_str().find("vidiyo").unwrap();
        let (a, b) = t.original_span(at, at + "vidiyo".len());
        assert_eq!(&s[a..b], "वीडियो");
    }
}
