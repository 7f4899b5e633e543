//! [`NormalizedText`]: the text being normalized plus, for every byte, the
//! byte range of the original it came from.
//!
//! Each stage maps its output straight to *original* offsets (not to the
//! previous stage's offsets), so no composition step is needed: an output
//! char derived from input bytes `a..b` gets the union of their origins.
//! All bytes of one output char share one origin and origins never go
//! backwards, which is what makes [`NormalizedText::original_span`] a simple
//! lookup.
//!
//! Until a stage actually rewrites the text (most messages: plain ASCII
//! that only gets lowercased), the map is the identity and is not stored:
//! in-place stages change ASCII bytes only, so char boundaries still match
//! the original's.

use std::mem;
use std::ops::Range;

use super::hints::AsciiHints;

/// What is known about the current text's bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Scan {
    /// Not scanned since the last change.
    #[default]
    Unknown,
    NonAscii,
    Ascii(AsciiHints),
}

/// Byte range `start..end` of the original text. `u32` keeps the map small
/// (8 bytes per normalized byte); offsets past 4 GiB saturate instead of
/// wrapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Origin {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl Origin {
    fn new(start: usize, end: usize) -> Self {
        Origin {
            start: saturate(start),
            end: saturate(end),
        }
    }

    /// The smallest range covering both (origins are monotonic, so this is
    /// `self.start..other.end` in practice; min/max keeps it safe anyway).
    pub(crate) fn union(self, other: Origin) -> Origin {
        Origin {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Normalized text plus, for every byte of it, the original byte range it
/// came from. Reuse one value with [`super::Normalizer::normalize_into`] on
/// hot paths: its buffers are kept between calls.
#[derive(Debug, Clone, Default)]
pub struct NormalizedText {
    text: String,
    /// For each byte of `text`: the range in the original it came from.
    /// Unused while `identity` holds.
    origin: Vec<Origin>,
    /// Whether `text` still has the original's char boundaries, each char
    /// coming from the same range of the original.
    identity: bool,
    /// Cached scan of `text`, reset by every change.
    scan: Scan,
    /// Length in bytes of the original text.
    original_len: usize,
    /// Spare buffers that rewriting stages write into and swap with.
    spare_text: String,
    spare_origin: Vec<Origin>,
}

impl NormalizedText {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length of the normalized text in bytes.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Whether the normalized text is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Length in bytes of the original text this was normalized from.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// Consumes this value, returning the normalized string.
    pub fn into_string(self) -> String {
        self.text
    }

    /// Maps a byte span of the normalized text back to the original text.
    ///
    /// The result is the exact original range the span's bytes were derived
    /// from, on char boundaries of the original. Out-of-range ends are
    /// clamped; an empty span maps to an empty span at the corresponding
    /// original position.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.identity {
            let start = floor_boundary(&self.text, start);
            let end = ceil_boundary(&self.text, end).max(start);
            return (start, end);
        }
        let len = self.origin.len();
        let start = start.min(len);
        let end = end.min(len);
        if start >= end {
            let at = match self.origin.get(start) {
                Some(o) => o.start as usize,
                None => self.original_len,
            };
            return (at, at);
        }
        let (first, last) = (self.origin[start], self.origin[end - 1]);
        let s = first.start.min(last.start) as usize;
        let e = first.end.max(last.end) as usize;
        (s, e)
    }

    /// Iterates over the chars of the normalized text with their byte offset
    /// in the normalized text and the original range each came from.
    pub fn char_origins(&self) -> impl Iterator<Item = (usize, char, Range<usize>)> + '_ {
        self.text
            .char_indices()
            .map(|(i, c)| match self.origin.get(i) {
                Some(o) if !self.identity => (i, c, o.start as usize..o.end as usize),
                _ => (i, c, i..i + c.len_utf8()),
            })
    }

    /// Resets to an unnormalized copy of `original` (identity origins).
    pub(crate) fn reset(&mut self, original: &str) {
        self.text.clear();
        self.origin.clear();
        self.text.push_str(original);
        self.original_len = original.len();
        self.identity = true;
        self.scan = Scan::Unknown;
    }

    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// Lowercases ASCII letters in place; origins are unchanged because the
    /// length is.
    pub(crate) fn make_ascii_lowercase(&mut self) {
        self.text.make_ascii_lowercase();
        if let Scan::Ascii(h) = &mut self.scan {
            h.upper = false;
        }
    }

    /// Whether the text is ASCII (cached).
    pub(crate) fn is_ascii(&mut self) -> bool {
        self.ascii_hints().is_some()
    }

    /// What stages may have to do, if the text is ASCII (cached until the
    /// next change).
    pub(crate) fn ascii_hints(&mut self) -> Option<AsciiHints> {
        if self.scan == Scan::Unknown {
            self.scan = if self.text.is_ascii() {
                Scan::Ascii(AsciiHints::scan(self.text.as_bytes()))
            } else {
                Scan::NonAscii
            };
        }
        match self.scan {
            Scan::Ascii(h) => Some(h),
            _ => None,
        }
    }

    /// Replaces single ASCII bytes in place (`at` must index ASCII bytes;
    /// others are ignored). Origins are unchanged.
    pub(crate) fn replace_ascii(&mut self, edits: &[(usize, u8)]) {
        if !edits.is_empty() {
            self.scan = Scan::Unknown;
        }
        for &(at, byte) in edits {
            let is_ascii_at = self.text.as_bytes().get(at).is_some_and(u8::is_ascii);
            if is_ascii_at && byte.is_ascii() {
                let mut buf = [0u8; 4];
                let with = char::from(byte).encode_utf8(&mut buf);
                self.text.replace_range(at..at + 1, with);
            }
        }
    }

    /// The one offset-preserving rewrite every rewriting stage uses (in the
    /// spirit of `tokenizers`' `NormalizedString::transform_range`, with
    /// whole-run alignment): `f` reads the current text and reports, left to
    /// right, the byte ranges it replaces, removes or inserts before to an
    /// [`Edits`]. Text between edits is kept with its origins; every byte a
    /// replacement writes maps to the union of the origins of the range it
    /// replaces, so spans found in the result still map back to the
    /// original.
    pub(crate) fn edit_runs(&mut self, f: impl FnOnce(&str, &mut Edits<'_, '_>)) {
        self.rewrite(|src, out| {
            let mut edits = Edits { src, out, kept: 0 };
            f(src.text, &mut edits);
            let kept = edits.kept;
            out.copy(src, kept..src.text.len());
        });
    }

    /// Runs `f` to build a new text from the current one, then swaps it in.
    /// The old buffers become the spares, so steady-state use allocates
    /// nothing.
    fn rewrite(&mut self, f: impl FnOnce(&Source<'_>, &mut Sink)) {
        let mut sink = Sink {
            text: mem::take(&mut self.spare_text),
            origin: mem::take(&mut self.spare_origin),
        };
        sink.text.clear();
        sink.origin.clear();
        sink.text.reserve(self.text.len());
        sink.origin.reserve(self.text.len());
        let origin = (!self.identity).then_some(self.origin.as_slice());
        f(
            &Source {
                text: &self.text,
                origin,
            },
            &mut sink,
        );
        self.spare_text = mem::replace(&mut self.text, sink.text);
        self.spare_origin = mem::replace(&mut self.origin, sink.origin);
        self.identity = false;
        self.scan = Scan::Unknown;
    }
}

/// The edits of one [`NormalizedText::edit_runs`] pass. Ranges are byte
/// ranges of the text `f` was given, on char boundaries, reported in
/// increasing order without overlap; a range starting before the end of
/// the previous edit keeps nothing in between.
pub(crate) struct Edits<'s, 'a> {
    src: &'s Source<'a>,
    out: &'s mut Sink,
    /// Where the text not yet written starts.
    kept: usize,
}

impl Edits<'_, '_> {
    /// Keeps the text from the previous edit up to `at`.
    fn keep_to(&mut self, at: usize) {
        debug_assert!(at >= self.kept, "edits out of order: {at} < {}", self.kept);
        self.out.copy(self.src, self.kept..at);
    }

    /// Replaces `range` with the concatenation of `pieces`.
    pub(crate) fn replace_pieces(&mut self, range: Range<usize>, pieces: &[&str]) {
        self.keep_to(range.start);
        let origin = self.src.origin(range.clone());
        for piece in pieces {
            self.out.push_str(piece, origin);
        }
        self.kept = range.end;
    }

    /// Replaces `range` with `with`.
    pub(crate) fn replace(&mut self, range: Range<usize>, with: &str) {
        self.replace_pieces(range, &[with]);
    }

    /// Replaces `range` with the chars of `with`.
    pub(crate) fn replace_chars(
        &mut self,
        range: Range<usize>,
        with: impl IntoIterator<Item = char>,
    ) {
        self.keep_to(range.start);
        let origin = self.src.origin(range.clone());
        for c in with {
            self.out.push(c, origin);
        }
        self.kept = range.end;
    }

    /// Replaces `range` with `c`.
    pub(crate) fn replace_char(&mut self, range: Range<usize>, c: char) {
        self.replace_chars(range, [c]);
    }

    /// Removes `range`.
    pub(crate) fn remove(&mut self, range: Range<usize>) {
        self.keep_to(range.start);
        self.kept = range.end;
    }

    /// Inserts `s` at `at`, mapping it to the origin of `from` (the text
    /// it derives from, such as the consonant whose vowel it spells).
    pub(crate) fn insert(&mut self, at: usize, s: &str, from: Range<usize>) {
        self.keep_to(at);
        self.out.push_str(s, self.src.origin(from));
        self.kept = self.kept.max(at);
    }
}

/// The text a rewrite reads.
struct Source<'a> {
    text: &'a str,
    /// Per-byte origins, or `None` for the identity map.
    origin: Option<&'a [Origin]>,
}

impl Source<'_> {
    /// Origin of the byte range `range` of the source (union of its bytes).
    /// An empty or out-of-range span yields an empty origin at its start.
    fn origin(&self, range: Range<usize>) -> Origin {
        let Some(origin) = self.origin else {
            let start = floor_boundary(self.text, range.start);
            return Origin::new(start, ceil_boundary(self.text, range.end).max(start));
        };
        let first = origin.get(range.start);
        let last = range.end.checked_sub(1).and_then(|i| origin.get(i));
        match (first, last) {
            (Some(&f), Some(&l)) if range.start < range.end => f.union(l),
            (Some(&f), _) => Origin {
                start: f.start,
                end: f.start,
            },
            _ => {
                let at = origin.last().map_or(0, |o| o.end);
                Origin { start: at, end: at }
            }
        }
    }
}

/// The char boundary at or before `i` (clamped to the text).
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char boundary at or after `i` (clamped to the text).
fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The text a rewrite writes.
struct Sink {
    text: String,
    origin: Vec<Origin>,
}

impl Sink {
    /// Appends `s`, every byte of it coming from `origin`.
    fn push_str(&mut self, s: &str, origin: Origin) {
        self.text.push_str(s);
        self.origin.extend(std::iter::repeat_n(origin, s.len()));
    }

    /// Appends `c`, coming from `origin`.
    fn push(&mut self, c: char, origin: Origin) {
        let mut buf = [0u8; 4];
        self.push_str(c.encode_utf8(&mut buf), origin);
    }

    /// Copies `range` of the source unchanged, origins included. The range
    /// must lie on char boundaries; an invalid one is skipped.
    fn copy(&mut self, src: &Source<'_>, range: Range<usize>) {
        let Some(s) = src.text.get(range.clone()) else {
            return;
        };
        match src.origin {
            Some(origin) => {
                if let Some(o) = origin.get(range) {
                    self.text.push_str(s);
                    self.origin.extend_from_slice(o);
                }
            }
            None => {
                self.text.push_str(s);
                let base = range.start;
                if s.is_ascii() {
                    self.origin
                        .extend((base..range.end).map(|i| Origin::new(i, i + 1)));
                } else {
                    for (i, c) in s.char_indices() {
                        let o = Origin::new(base + i, base + i + c.len_utf8());
                        self.origin.extend(std::iter::repeat_n(o, c.len_utf8()));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_origins_cover_chars() {
        let mut t = NormalizedText::default();
        t.reset("aपb");
        assert_eq!(t.as_str(), "aपb");
        assert_eq!(t.original_span(0, 1), (0, 1));
        assert_eq!(t.original_span(1, 2), (1, 4));
        assert_eq!(t.original_span(2, 5), (1, 5));
        assert_eq!(t.original_span(4, 4), (4, 4));
        assert_eq!(t.original_span(9, 20), (5, 5));
    }

    #[test]
    fn rewrite_swaps_buffers() {
        let mut t = NormalizedText::default();
        t.reset("abc");
        t.rewrite(|src, out| {
            out.push_str("xy", src.origin(0..2));
            out.copy(src, 2..3);
        });
        assert_eq!(t.as_str(), "xyc");
        assert_eq!(t.original_span(0, 1), (0, 2));
        assert_eq!(t.original_span(2, 3), (2, 3));
    }

    #[test]
    fn edit_runs_keeps_the_text_between_edits() {
        let mut t = NormalizedText::default();
        t.reset("aपb  c");
        t.edit_runs(|text, e| {
            assert_eq!(text, "aपb  c");
            e.replace(1..4, "pa");
            e.insert(4, "-", 1..4);
            e.replace_char(5..7, ' ');
        });
        assert_eq!(t.as_str(), "apa-b c");
        // Each written byte maps to the whole range it replaced.
        assert_eq!(t.original_span(1, 3), (1, 4));
        assert_eq!(t.original_span(3, 4), (1, 4));
        assert_eq!(t.original_span(4, 5), (4, 5));
        assert_eq!(t.original_span(5, 6), (5, 7));
        assert_eq!(t.original_span(6, 7), (7, 8));
    }

    #[test]
    fn edit_runs_composes_with_earlier_passes() {
        let mut t = NormalizedText::default();
        t.reset("x\u{200B}y📹");
        t.edit_runs(|_, e| e.remove(1..4));
        t.edit_runs(|text, e| {
            let at = text.find('📹').unwrap_or(text.len());
            e.replace_pieces(at..text.len(), &[" ", "video", " "]);
        });
        assert_eq!(t.as_str(), "xy video ");
        // `y` still maps to its own byte, the word to the whole emoji.
        assert_eq!(t.original_span(1, 2), (4, 5));
        assert_eq!(t.original_span(3, 8), (5, 9));
        // With no edits the text and its map are unchanged.
        let before: Vec<_> = t.char_origins().collect();
        t.edit_runs(|_, _| {});
        assert_eq!(t.char_origins().collect::<Vec<_>>(), before);
    }
}
