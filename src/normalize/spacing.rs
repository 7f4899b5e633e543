//! Spacing stages: letters spelled out one by one (`v i d e o`, `c-a-l-l`)
//! joined back into words, and whitespace collapsed.
//!
//! Letter-spacing rule: a *single* is one ASCII letter standing alone
//! (neighbours are whitespace, `.-_*`, bracket or sentence punctuation, or
//! the text's ends), or the same letter repeated three or more times (what
//! squeezing turns into one letter), or a lone leet digit/symbol between two
//! singles (`v 1 d e o`). Singles linked by one separator char (`.`, `-`,
//! `_`, `*`) or by whitespace form a chain; a chain keeps to one kind of
//! link, so `v.i.d.e.o c.a.l.l` gives two words. A chain collapses when it has at
//! least three singles, starts and ends with letters, and is not exactly
//! three of the common one-letter words of chat (`a b c i k n o r u y`:
//! `u r a`, `i c u` stay). Single whitespace chars join; longer whitespace
//! runs separate words (`s e n d  m o n e y` becomes `send money`) unless
//! some group is a lone letter, in which case the whole chain joins, so
//! that collapsing whitespace afterwards cannot create a new chain.
//! Chains touching a link or address token are left alone.

use super::NormalizeStage;
use super::leet::leet_letter;
use super::shape::{is_protected, token_around};
use super::text::{Edits, NormalizedText};

/// Joins spelled-out letters into words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LetterSpacing;

/// Collapses whitespace runs to one space and trims the ends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Whitespace;

/// One-letter words common enough in chat that three of them in a row are
/// more likely words than a spelled-out word.
const COMMON_SINGLES: &[u8] = b"abciknoruy";

/// A neighbour that lets a letter count as standing alone.
fn is_boundary(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            matches!(
                c,
                '.' | '-'
                    | '_'
                    | '*'
                    | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '{'
                    | '}'
                    | '"'
                    | '<'
                    | '>'
            ) || c.is_whitespace()
        }
    }
}

fn is_link_separator(b: u8) -> bool {
    matches!(b, b'.' | b'-' | b'_' | b'*')
}

#[derive(Debug, Clone, Copy)]
struct Single {
    start: usize,
    end: usize,
    /// The letter, or for a leet member the letter it stands for.
    letter: u8,
    leet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Link {
    /// One separator char (the byte) or one whitespace char (`b' '`): join.
    Join(u8),
    /// Two or more whitespace chars: a word break, if the chain allows.
    Break,
}

impl Link {
    /// Links of one kind: the same separator, or any whitespace.
    fn kind(self) -> u8 {
        match self {
            Link::Join(b) => b,
            Link::Break => b' ',
        }
    }
}

/// If `text[at..]` starts a single, returns it.
fn single_at(text: &str, at: usize) -> Option<Single> {
    let b = text.as_bytes();
    let first = *b.get(at)?;
    if !first.is_ascii() {
        return None;
    }
    // `at` indexes an ASCII byte, so it is a char boundary.
    let prev = text[..at].chars().next_back();
    if !is_boundary(prev) {
        return None;
    }
    let (end, letter, leet) = if first.is_ascii_alphabetic() {
        let run = b[at..].iter().take_while(|&&c| c == first).count();
        if run == 2 {
            return None;
        }
        (at + run, first.to_ascii_lowercase(), false)
    } else {
        let l = leet_letter(first).filter(|_| first != b'!' && first != b'|')?;
        (at + 1, l, true)
    };
    let next = text.get(end..)?.chars().next();
    is_boundary(next).then_some(Single {
        start: at,
        end,
        letter,
        leet,
    })
}

/// If the gap `text[from..]` up to the next single is a link, returns it and
/// where the next single starts.
fn link_at(text: &str, from: usize) -> Option<(Link, usize)> {
    let b = text.as_bytes();
    let first = *b.get(from)?;
    if is_link_separator(first) {
        return Some((Link::Join(first), from + 1));
    }
    let rest = text.get(from..)?;
    let ws: usize = rest
        .chars()
        .take_while(|c| c.is_whitespace())
        .map(char::len_utf8)
        .sum();
    let count = rest[..ws].chars().count();
    match count {
        0 => None,
        1 => Some((Link::Join(b' '), from + ws)),
        _ => Some((Link::Break, from + ws)),
    }
}

/// Finds the chain starting with the single at `at`: its members and the
/// links between them.
fn chain_at(text: &str, first: Single, members: &mut Vec<Single>, links: &mut Vec<Link>) {
    members.clear();
    links.clear();
    members.push(first);
    let mut end = first.end;
    while let Some((link, next)) = link_at(text, end) {
        // A chain uses one kind of link: `v.i.d.e.o c.a.l.l` is two words.
        if links
            .first()
            .is_some_and(|l: &Link| l.kind() != link.kind())
        {
            break;
        }
        let Some(s) = single_at(text, next) else {
            break;
        };
        links.push(link);
        members.push(s);
        end = s.end;
    }
    // Leet members may not sit at either end.
    while members.last().is_some_and(|m| m.leet) {
        members.pop();
        links.pop();
    }
}

fn should_collapse(text: &str, members: &[Single]) -> bool {
    if members.len() < 3 {
        return false;
    }
    let all_common = members
        .iter()
        .all(|m| !m.leet && m.end - m.start == 1 && COMMON_SINGLES.contains(&m.letter));
    if members.len() == 3 && all_common {
        return false;
    }
    // Singles glued by separators may be part of a link or an address.
    members
        .iter()
        .all(|m| !is_protected(token_around(text, m.start)))
}

/// Finds the next chain to collapse at or after byte `from`, leaving it in
/// `members`/`links`.
fn next_chain(text: &str, from: usize, members: &mut Vec<Single>, links: &mut Vec<Link>) -> bool {
    let b = text.as_bytes();
    let mut i = from;
    let mut prev_alnum = i > 0 && b.get(i - 1).is_some_and(u8::is_ascii_alphanumeric);
    while i < b.len() {
        // Cheap rejection of the usual case, a word of several letters.
        let c = b[i];
        let starts_word = !prev_alnum && c.is_ascii_alphabetic();
        prev_alnum = c.is_ascii_alphanumeric();
        if !starts_word
            || b.get(i + 1)
                .is_some_and(|&n| n != c && n.is_ascii_alphanumeric())
        {
            i += 1;
            continue;
        }
        let Some(first) = single_at(text, i).filter(|s| !s.leet) else {
            i += 1;
            continue;
        };
        chain_at(text, first, members, links);
        if should_collapse(text, members) {
            return true;
        }
        i = members.last().map_or(i + 1, |m| m.end.max(i + 1));
        prev_alnum = b.get(i - 1).is_some_and(u8::is_ascii_alphanumeric);
    }
    false
}

impl NormalizeStage for LetterSpacing {
    fn apply(&self, t: &mut NormalizedText) {
        if t.ascii_hints().is_some_and(|h| !h.single) {
            return;
        }
        let mut members = Vec::new();
        let mut links = Vec::new();
        if !next_chain(t.text(), 0, &mut members, &mut links) {
            return;
        }
        t.edit_runs(|text, edits| {
            while let Some(last) = members.last().copied() {
                edit_chain(edits, &members, &links);
                if !next_chain(text, last.end, &mut members, &mut links) {
                    break;
                }
            }
        });
    }
}

/// Removes the separators between the members of a chain (or turns them
/// into one space where word breaks survive) and writes leet members as
/// their letters.
fn edit_chain(edits: &mut Edits<'_, '_>, members: &[Single], links: &[Link]) {
    // Word breaks survive only when every group has two or more letters.
    let mut keep_breaks = links.contains(&Link::Break);
    let mut group = 1;
    for link in links {
        if *link == Link::Break {
            keep_breaks &= group >= 2;
            group = 1;
        } else {
            group += 1;
        }
    }
    keep_breaks &= group >= 2;

    let mut prev_end = None;
    for (m, link) in members
        .iter()
        .zip([None].into_iter().chain(links.iter().map(Some)))
    {
        if let Some(prev_end) = prev_end {
            if keep_breaks && link == Some(&Link::Break) {
                edits.replace_char(prev_end..m.start, ' ');
            } else {
                edits.remove(prev_end..m.start);
            }
        }
        if m.leet {
            edits.replace_char(m.start..m.end, char::from(m.letter));
        }
        prev_end = Some(m.end);
    }
}

impl NormalizeStage for Whitespace {
    fn apply(&self, t: &mut NormalizedText) {
        if t.ascii_hints().is_some_and(|h| !h.messy_space) || is_clean(t.text()) {
            return;
        }
        t.edit_runs(|text, edits| {
            let mut it = text.char_indices().peekable();
            while let Some((i, c)) = it.next() {
                if !c.is_whitespace() {
                    continue;
                }
                let mut end = i + c.len_utf8();
                while let Some(&(j, w)) = it.peek().filter(|(_, w)| w.is_whitespace()) {
                    end = j + w.len_utf8();
                    it.next();
                }
                // A run is maximal, so one starting past 0 follows a kept
                // non-space: inner runs become one space, the ends go.
                if i > 0 && end < text.len() {
                    edits.replace_char(i..end, ' ');
                } else {
                    edits.remove(i..end);
                }
            }
        });
    }
}

/// Whether the text already has only single ASCII spaces between words.
fn is_clean(text: &str) -> bool {
    let b = text.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    for &c in b {
        if c == b' ' {
            if prev_space {
                return false;
            }
            prev_space = true;
        } else {
            if c.is_ascii_whitespace() {
                return false;
            }
            prev_space = false;
        }
    }
    text.is_ascii() || !text.chars().any(|c| c.is_whitespace() && c != ' ')
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

    fn spacing(s: &str) -> String {
        run(LetterSpacing, s).as_str().to_owned()
    }

    #[test]
    fn joins_spelled_out_words() {
        assert_eq!(spacing("v i d e o"), "video");
        assert_eq!(spacing("v.i.d.e.o"), "video");
        assert_eq!(spacing("c-a-l-l me"), "call me");
        assert_eq!(spacing("v_i_d_e_o c*a*l*l"), "video call");
        assert_eq!(spacing("v i d e o c a l l"), "videocall");
        assert_eq!(spacing("v.i.d.e.o c.a.l.l"), "video call");
        assert_eq!(spacing("s e n d  m o n e y"), "send money");
        assert_eq!(spacing("v 1 d e o"), "video");
        assert_eq!(spacing("do (v i d e o) now"), "do (video) now");
        assert_eq!(spacing("c a m!"), "cam!");
        assert_eq!(spacing("s e x x x"), "sexxx");
    }

    #[test]
    fn leaves_normal_words() {
        for s in [
            "i am a boy",
            "a i ml",
            "u r a cutie",
            "i c u",
            "r u ok",
            "plan a. b c",
            "it's a b",
            "x@ybl a b",
            "e.g. this",
            "5 a b",
            "I'm ok",
            "https://a.b.c.in/x",
            "आ ई ऊ",
        ] {
            assert_eq!(spacing(s), s);
        }
    }

    #[test]
    fn lone_letter_groups_join() {
        assert_eq!(spacing("x  y  z"), "xyz");
    }

    #[test]
    fn span_covers_spelled_word() {
        let t = run(LetterSpacing, "pls v i d e o now");
        assert_eq!(t.as_str(), "pls video now");
        assert_eq!(t.original_span(4, 9), (4, 13));
    }

    #[test]
    fn whitespace_collapses() {
        assert_eq!(run(Whitespace, "  a \t b\n\nc  ").as_str(), "a b c");
        assert_eq!(run(Whitespace, "a\u{3000}b\u{2028}").as_str(), "a b");
        assert_eq!(run(Whitespace, "a b").as_str(), "a b");
        assert_eq!(run(Whitespace, "   ").as_str(), "");
        let t = run(Whitespace, "a \n b");
        assert_eq!(t.original_span(1, 2), (1, 4));
    }
}
