//! The one-pass signal matcher over the embedded pattern tables.
//!
//! One Aho-Corasick pass over a message finds the literals the patterns
//! require (derived from each pattern's syntax tree: every match contains a
//! literal of each of the pattern's factors), which names the few patterns
//! that can match; only those patterns' own regexes then run to find spans.
//! The tables are validated by compiling them into one `RegexSet` (see
//! [`SignalMatcher::from_tables`]). Word boundaries are rewritten to ASCII
//! `(?-u:\b)`: Unicode `\b` forces the slow engine on any non-ASCII text
//! (Hinglish chats are full of emoji and Devanagari), and the Latin tables
//! only need ASCII words.

// The crate-wide error type is large; matchers are built once, so size is moot.
#![allow(clippy::result_large_err)]

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{Regex, RegexBuilder, RegexSetBuilder};
use regex_syntax::hir::{Class, Hir, HirKind};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use super::{Hit, Signal};
use crate::error::{Error, Result};
use crate::normalize::NormalizedText;

/// One embedded table: file name, language tag, contents.
struct Table {
    file: &'static str,
    lang: &'static str,
    text: &'static str,
}

/// The shipped tables, in the fixed order that [`SignalMatcher::tables_sha256`] hashes.
const TABLES: &[Table] = &[
    Table {
        file: "en.tsv",
        lang: "en",
        text: include_str!("tables/en.tsv"),
    },
    Table {
        file: "hi_latn.tsv",
        lang: "hi-Latn",
        text: include_str!("tables/hi_latn.tsv"),
    },
    Table {
        file: "hi.tsv",
        lang: "hi",
        text: include_str!("tables/hi.tsv"),
    },
    Table {
        file: "mr.tsv",
        lang: "mr",
        text: include_str!("tables/mr.tsv"),
    },
    Table {
        file: "indic_latn.tsv",
        lang: "indic-Latn",
        text: include_str!("tables/indic_latn.tsv"),
    },
];

/// Compiled-program budgets. The set holds ~1000 patterns; the default lazy
/// DFA cache (2 MiB) would thrash and fall back to the slow engine.
const SIZE_LIMIT: usize = 256 << 20;
const DFA_SIZE_LIMIT: usize = 64 << 20;

struct Pattern {
    signal: Signal,
    lang: &'static str,
    source: String,
    /// Compiled on first use: only patterns the set reports ever need their
    /// own regex (to find spans), and compiling ~1000 of them up front was
    /// most of the start-up time. `None` only if compiling failed, which
    /// cannot happen: the set compiled the same source with the same limits.
    regex: OnceLock<Option<Regex>>,
}

impl Pattern {
    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| compile(&self.source).ok())
            .as_ref()
    }
}

fn compile(source: &str) -> std::result::Result<Regex, regex::Error> {
    RegexBuilder::new(source)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(DFA_SIZE_LIMIT)
        .build()
}

/// The compiled signal tables. Build once (it takes tens of milliseconds) and
/// share: it is `Send + Sync` and matching takes `&self`. Clones share the
/// compiled regexes.
#[derive(Clone)]
pub struct SignalMatcher {
    patterns: Arc<[Pattern]>,
    /// Built on first use, shared by clones.
    prefilter: Arc<OnceLock<Prefilter>>,
    sha256: String,
}

/// One parsed table line, not yet compiled.
struct Entry {
    file: String,
    line: usize,
    signal: Signal,
    lang: &'static str,
    source: String,
}

impl Entry {
    fn error(&self, msg: String) -> Error {
        Error::Other(format!("signal table {}:{}: {msg}", self.file, self.line))
    }
}

impl std::fmt::Debug for SignalMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignalMatcher")
            .field("patterns", &self.patterns.len())
            .field("sha256", &self.sha256)
            .finish()
    }
}

impl Default for SignalMatcher {
    fn default() -> Self {
        SignalMatcher::new()
    }
}

impl SignalMatcher {
    /// Version of the signal set and tables, recorded in the model file.
    pub const VERSION: &'static str = "2026.2";

    /// Builds the matcher from the embedded tables. They are compiled once
    /// per process; later calls return a clone sharing the compiled regexes
    /// (loading a model builds the matcher more than once).
    pub fn new() -> SignalMatcher {
        static EMBEDDED: OnceLock<SignalMatcher> = OnceLock::new();
        // The embedded tables are fixed at compile time and the test suite
        // builds them (`embedded_tables_compile`), so this cannot fail at run time.
        EMBEDDED
            .get_or_init(|| {
                let tables: Vec<(&str, &'static str, &str)> =
                    TABLES.iter().map(|t| (t.file, t.lang, t.text)).collect();
                SignalMatcher::build(&tables, false).expect("embedded signal tables compile")
            })
            .clone()
    }

    /// Builds the matcher from the embedded tables, reporting a bad line as an error.
    pub fn try_new() -> Result<SignalMatcher> {
        let tables: Vec<(&str, &'static str, &str)> =
            TABLES.iter().map(|t| (t.file, t.lang, t.text)).collect();
        SignalMatcher::from_tables(&tables)
    }

    /// Builds a matcher from `(file name, language tag, contents)` tables.
    ///
    /// Each non-empty, non-`#` line is `signal<TAB>pattern`; the pattern is a
    /// `regex` expression matched against normalized text. A line
    /// `=name<TAB>pattern` defines a shorthand that later lines of the same
    /// table use as `{name}`, so shared word lists (verbs, family words,
    /// spellings) are written once. Errors name the file and line.
    pub fn from_tables(tables: &[(&str, &'static str, &str)]) -> Result<SignalMatcher> {
        SignalMatcher::build(tables, true)
    }

    /// Parses the tables; with `validate`, also compiles every pattern
    /// (as one set) and refuses patterns that match the empty string.
    /// [`SignalMatcher::new`] skips that for the embedded tables: they are
    /// fixed at compile time and `embedded_tables_compile` validates them,
    /// and compiling the ~1000-pattern set was most of the start-up time.
    fn build(tables: &[(&str, &'static str, &str)], validate: bool) -> Result<SignalMatcher> {
        let mut entries: Vec<Entry> = Vec::new();
        let mut parse_error = None;
        let mut hasher = Sha256::new();
        'tables: for &(file, lang, text) in tables {
            hasher.update(text.as_bytes());
            // `{name}` shorthands, scoped to one table.
            let mut macros: Vec<(String, String)> = Vec::new();
            for (i, line) in text.lines().enumerate() {
                let at =
                    |msg: String| Error::Other(format!("signal table {file}:{}: {msg}", i + 1));
                let line = line.trim_end_matches('\r');
                if line.trim().is_empty() || line.trim_start().starts_with('#') {
                    continue;
                }
                let parsed = parse_line(line, &mut macros, at);
                match parsed {
                    Ok(None) => {}
                    Ok(Some((signal, source))) => entries.push(Entry {
                        file: file.to_string(),
                        line: i + 1,
                        signal,
                        lang,
                        source,
                    }),
                    Err(e) => {
                        // Lines before this one may still hold an earlier
                        // error; the checked path below reports that first.
                        parse_error = Some(e);
                        break 'tables;
                    }
                }
            }
        }
        if !validate {
            if let Some(e) = parse_error {
                return Err(e);
            }
        }
        let built = if !validate || parse_error.is_some() {
            None
        } else {
            RegexSetBuilder::new(entries.iter().map(|e| e.source.as_str()))
                .size_limit(SIZE_LIMIT)
                .dfa_size_limit(DFA_SIZE_LIMIT)
                .build()
                .ok()
        };
        match built {
            // The set compiled, so every pattern compiles on its own too (same
            // syntax, same limits, smaller program): only the empty-string
            // check is left, and the set answers it for all patterns at once.
            Some(set) => {
                if let Some(first) = set.matches("").iter().next() {
                    return Err(entries[first].error("pattern matches the empty string".into()));
                }
            }
            None if !validate => {}
            // Something is wrong: check line by line, in order, so the first
            // bad line is the one named.
            None => {
                for entry in &entries {
                    let regex = compile(&entry.source)
                        .map_err(|e| entry.error(format!("bad pattern: {e}")))?;
                    if regex.is_match("") {
                        return Err(entry.error("pattern matches the empty string".into()));
                    }
                }
                if let Some(e) = parse_error {
                    return Err(e);
                }
                RegexSetBuilder::new(entries.iter().map(|e| e.source.as_str()))
                    .size_limit(SIZE_LIMIT)
                    .dfa_size_limit(DFA_SIZE_LIMIT)
                    .build()
                    .map_err(|e| Error::Other(format!("signal tables: {e}")))?;
            }
        }
        let sha256 = hasher
            .finalize()
            .iter()
            .fold(String::with_capacity(64), |mut s, b| {
                let _ = write!(s, "{b:02x}");
                s
            });
        let patterns = entries
            .into_iter()
            .map(|e| Pattern {
                signal: e.signal,
                lang: e.lang,
                source: e.source,
                regex: OnceLock::new(),
            })
            .collect();
        Ok(SignalMatcher {
            patterns,
            prefilter: Arc::new(OnceLock::new()),
            sha256,
        })
    }

    /// Hex SHA-256 of the concatenated tables, so a model file can tell
    /// whether it was trained against the same lexicon.
    pub fn tables_sha256(&self) -> String {
        self.sha256.clone()
    }

    /// Number of compiled patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// Whether no patterns were loaded.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Finds every signal in one message and appends the hits to `out`,
    /// sorted by span start. Overlapping hits of the same signal are merged
    /// into the first, longest one; different signals may overlap.
    pub fn match_text(
        &self,
        original: &str,
        normalized: &NormalizedText,
        message: usize,
        out: &mut Vec<Hit>,
    ) {
        let text = normalized.as_str();
        // Most chat messages contain no required literal: no candidates,
        // nothing allocated. Candidates are a superset of the patterns that
        // match, so running each candidate's own regex finds exactly the
        // matches a full `RegexSet` pass would have reported.
        let prefilter = self
            .prefilter
            .get_or_init(|| Prefilter::build(&self.patterns));
        let mut candidates = Vec::new();
        prefilter.candidates(text, &mut candidates);
        if candidates.is_empty() {
            return;
        }
        // (normalized start, normalized end, pattern index)
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for idx in candidates.into_iter().map(|i| i as usize) {
            let Some(regex) = self.patterns[idx].regex() else {
                continue;
            };
            for m in regex.find_iter(text) {
                if m.start() < m.end() {
                    found.push((m.start(), m.end(), idx));
                }
            }
        }
        // Start first, longest first, then table order: deterministic output.
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));

        // Per signal, the end of the last hit kept: later overlapping ones are dropped.
        let mut reach = [0usize; Signal::ALL.len()];
        for (start, end, idx) in found {
            let pattern = &self.patterns[idx];
            let slot = pattern.signal as usize;
            if start < reach[slot] {
                continue;
            }
            reach[slot] = end;
            let (s, e) = normalized.original_span(start, end);
            let Some((s, e)) =
                snap_to_chars(original, s, e).and_then(|(s, e)| trim(original, s, e))
            else {
                continue;
            };
            out.push(Hit {
                signal: pattern.signal,
                message,
                span: (s, e),
                text: original[s..e].to_string(),
                lang: pattern.lang,
            });
        }
    }
}

/// Literal prefilter over all patterns: which patterns can possibly match a
/// text. From each pattern's syntax tree we take up to [`MAX_FACTORS`]
/// "factors", sets of literals such that every match of the pattern
/// contains one literal of EACH factor (see [`factors`]). One Aho-Corasick
/// pass finds the literals present in a text; a pattern is a candidate only
/// if every one of its factors has a literal present. That is a superset of
/// the patterns that match, so running only the candidates finds exactly
/// the matches. Patterns without a usable factor run on every text.
struct Prefilter {
    /// Over the distinct literals; `None` if there are none.
    ac: Option<AhoCorasick>,
    /// Literal id -> (pattern, bit of the pattern's factor) for every
    /// factor holding the literal.
    by_literal: Vec<Vec<(u32, u8)>>,
    /// Per pattern: the bits of all its literal factors; a pattern is a
    /// candidate when the literals present set all of them.
    full: Vec<u8>,
    /// Per pattern: factors made of single bytes, as byte sets. A single
    /// byte in the automaton would report a match at almost every
    /// position, so these are checked against the bytes present instead.
    byte_factors: Vec<Vec<ByteSet>>,
    /// Patterns with no literal factor: candidates for every text that
    /// has a byte of each of their byte factors.
    always: Vec<u32>,
}

/// A set of byte values.
#[derive(Clone, Copy, Default)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn insert(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1 << (b & 63);
    }

    fn of(text: &str) -> ByteSet {
        let mut set = ByteSet::default();
        for b in text.bytes() {
            set.insert(b);
        }
        set
    }

    fn meets(&self, other: &ByteSet) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }
}

/// Most factors kept per pattern (the most selective ones).
const MAX_FACTORS: usize = 4;

/// Most literals one pattern contributes (per node while extracting).
const MAX_LITERALS: usize = 64;

impl Prefilter {
    fn build(patterns: &[Pattern]) -> Prefilter {
        let parsed: Vec<Vec<Literals>> = patterns
            .iter()
            .map(|p| {
                regex_syntax::ParserBuilder::new()
                    .build()
                    .parse(&p.source)
                    .map(|hir| factors(&hir))
                    .unwrap_or_default()
            })
            .collect();
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut ids: ahash::AHashMap<Vec<u8>, u32> = ahash::AHashMap::new();
        let mut by_literal: Vec<Vec<(u32, u8)>> = Vec::new();
        let mut full: Vec<u8> = Vec::with_capacity(patterns.len());
        let mut byte_factors: Vec<Vec<ByteSet>> = Vec::with_capacity(patterns.len());
        let mut always = Vec::new();
        for (idx, pattern_factors) in parsed.into_iter().enumerate() {
            let idx = idx as u32;
            let (single, multi): (Vec<Literals>, Vec<Literals>) = pattern_factors
                .into_iter()
                .partition(|f| f.set.iter().any(|l| l.len() == 1));
            byte_factors.push(
                single
                    .iter()
                    .filter(|f| f.set.iter().all(|l| l.len() == 1))
                    .map(|f| {
                        let mut set = ByteSet::default();
                        for l in &f.set {
                            set.insert(l[0]);
                        }
                        set
                    })
                    .collect(),
            );
            if multi.is_empty() {
                always.push(idx);
                full.push(0);
                continue;
            }
            let mut mask = 0u8;
            for (n, factor) in multi.into_iter().enumerate() {
                let bit = 1u8 << n;
                mask |= bit;
                let mut lit_ids: Vec<u32> = factor
                    .set
                    .into_iter()
                    .map(|lit| {
                        *ids.entry(lit).or_insert_with_key(|lit| {
                            literals.push(lit.clone());
                            by_literal.push(Vec::new());
                            (literals.len() - 1) as u32
                        })
                    })
                    .collect();
                lit_ids.sort_unstable();
                lit_ids.dedup();
                for id in lit_ids {
                    by_literal[id as usize].push((idx, bit));
                }
            }
            full.push(mask);
        }
        let ac = if literals.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&literals)
                .ok()
        };
        if ac.is_none() && !literals.is_empty() {
            // Could not build the automaton (it has no failure mode for
            // these sizes): every pattern runs on every text.
            return Prefilter {
                ac: None,
                by_literal: Vec::new(),
                full: Vec::new(),
                byte_factors: Vec::new(),
                always: (0..patterns.len() as u32).collect(),
            };
        }
        Prefilter {
            ac,
            by_literal,
            full,
            byte_factors,
            always,
        }
    }

    /// Sets `out` to the patterns that may match `text`, ascending and distinct.
    fn candidates(&self, text: &str, out: &mut Vec<u32>) {
        out.clear();
        if let Some(ac) = &self.ac {
            // (pattern, factor bit) for every literal occurrence.
            let mut marks: Vec<(u32, u8)> = Vec::new();
            for m in ac.find_overlapping_iter(text) {
                if let Some(list) = self.by_literal.get(m.pattern().as_usize()) {
                    marks.extend_from_slice(list);
                }
            }
            marks.sort_unstable_by_key(|&(p, _)| p);
            let mut rest = marks.as_slice();
            while let Some(&(p, _)) = rest.first() {
                let n = rest.iter().take_while(|m| m.0 == p).count();
                let mask = rest[..n].iter().fold(0u8, |acc, m| acc | m.1);
                if self.full.get(p as usize) == Some(&mask) {
                    out.push(p);
                }
                rest = &rest[n..];
            }
        }
        if !self.always.is_empty() {
            out.extend_from_slice(&self.always);
            out.sort_unstable();
            out.dedup();
        }
        if out.is_empty() {
            return;
        }
        let bytes = ByteSet::of(text);
        out.retain(|&idx| {
            self.byte_factors
                .get(idx as usize)
                .is_none_or(|fs| fs.iter().all(|f| f.meets(&bytes)))
        });
    }
}

/// Independent literal sets of `hir`: every match contains a literal of
/// each. The parts of a top-level concatenation give several (runs of
/// exact parts as products, other parts on their own); anything else gives
/// at most its [`required`] set. Sets holding "" filter nothing and are
/// dropped; at most [`MAX_FACTORS`] of the most selective are kept.
fn factors(hir: &Hir) -> Vec<Literals> {
    let mut hir = hir;
    while let HirKind::Capture(cap) = hir.kind() {
        hir = &cap.sub;
    }
    let mut out: Vec<Literals> = Vec::new();
    if let HirKind::Concat(subs) = hir.kind() {
        let parts: Vec<Option<Literals>> = subs.iter().map(required).collect();
        // Runs of exact parts, cut greedily wherever the product grows
        // past the limit.
        let mut acc: Vec<Vec<u8>> = vec![Vec::new()];
        for part in &parts {
            match part {
                Some(p) if p.exact => match product(&acc, &p.set) {
                    Some(next) => acc = next,
                    None => {
                        out.push(Literals {
                            set: std::mem::replace(&mut acc, p.set.clone()),
                            exact: false,
                        });
                    }
                },
                other => {
                    out.push(Literals {
                        set: std::mem::replace(&mut acc, vec![Vec::new()]),
                        exact: false,
                    });
                    if let Some(p) = other {
                        out.push(Literals {
                            set: p.set.clone(),
                            exact: false,
                        });
                    }
                }
            }
        }
        out.push(Literals {
            set: acc,
            exact: false,
        });
    } else if let Some(lits) = required(hir) {
        out.push(lits);
    }
    out.retain(|f| !f.set.iter().any(Vec::is_empty));
    for f in &mut out {
        drop_extensions(&mut f.set);
    }
    out.sort_by_key(|f| std::cmp::Reverse(f.score()));
    out.truncate(MAX_FACTORS);
    out
}

/// Literals of one expression: with `exact`, the set of every string it can
/// match; otherwise every match CONTAINS one of them.
struct Literals {
    set: Vec<Vec<u8>>,
    exact: bool,
}

impl Literals {
    fn exact(set: Vec<Vec<u8>>) -> Literals {
        Literals { set, exact: true }
    }

    /// How well the set filters: longer shortest literal first (capped, a
    /// 6-byte literal is already rare), then fewer literals. An empty set
    /// (cannot match) is best; one holding "" filters nothing.
    fn score(&self) -> (usize, std::cmp::Reverse<usize>) {
        let shortest = self.set.iter().map(Vec::len).min().unwrap_or(usize::MAX);
        (shortest.min(6), std::cmp::Reverse(self.set.len()))
    }
}

/// A large Unicode class (`\d` holds every script's digits): the first
/// bytes of its characters' UTF-8 encodings. Every match holds one of
/// them, so they are a (non-exact) literal set if there are few enough.
fn lead_bytes(class: &regex_syntax::hir::ClassUnicode) -> Option<Literals> {
    let mut seen = [false; 256];
    for r in class.iter() {
        let (lo, hi) = (u32::from(r.start()), u32::from(r.end()));
        // UTF-8 lead bytes are fixed within these ranges except the
        // multi-byte ones, where each lead byte covers a contiguous block.
        let mut c = lo;
        while c <= hi {
            let Some(ch) = char::from_u32(c) else {
                c += 1;
                continue;
            };
            let mut buf = [0u8; 4];
            let bytes = ch.encode_utf8(&mut buf).as_bytes();
            seen[usize::from(bytes[0])] = true;
            // Jump to the first code point with a different lead byte.
            c = match bytes.len() {
                1 => c + 1,
                2 => (c | 0x3F) + 1,
                3 => (c | 0xFFF) + 1,
                _ => (c | 0x3_FFFF) + 1,
            };
        }
    }
    let set: Vec<Vec<u8>> = (0u8..=255)
        .filter(|&b| seen[usize::from(b)])
        .map(|b| vec![b])
        .collect();
    // ASCII letters and spaces are in almost every text: no filtering.
    let common = set
        .iter()
        .any(|b| b[0].is_ascii_alphabetic() || b[0] == b' ');
    (set.len() <= 32 && !common).then_some(Literals { set, exact: false })
}

/// Drops literals that extend another literal of the same (non-exact) set:
/// a text holding "in the next " holds "in " too, so the longer one adds
/// automaton states and matches but filters nothing.
fn drop_extensions(set: &mut Vec<Vec<u8>>) {
    set.sort_unstable();
    set.dedup();
    // Sorted, every extension of `p` follows `p` directly or after other
    // extensions of `p`, so comparing with the last kept literal suffices.
    let mut kept: Vec<Vec<u8>> = Vec::with_capacity(set.len());
    for lit in set.drain(..) {
        if kept.last().is_some_and(|p| lit.starts_with(p)) {
            continue;
        }
        kept.push(lit);
    }
    *set = kept;
}

/// Cross product of exact sets, `None` past [`MAX_LITERALS`].
fn product(a: &[Vec<u8>], b: &[Vec<u8>]) -> Option<Vec<Vec<u8>>> {
    if a.len().saturating_mul(b.len()) > MAX_LITERALS {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            let mut s = Vec::with_capacity(x.len() + y.len());
            s.extend_from_slice(x);
            s.extend_from_slice(y);
            out.push(s);
        }
    }
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Required literals of `hir`, or `None` if a match need not contain any
/// literal we can name (within [`MAX_LITERALS`]).
fn required(hir: &Hir) -> Option<Literals> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(Literals::exact(vec![Vec::new()])),
        HirKind::Literal(lit) => Some(Literals::exact(vec![lit.0.to_vec()])),
        HirKind::Class(Class::Unicode(class)) => {
            let mut set = Vec::new();
            for r in class.iter() {
                for c in r.start()..=r.end() {
                    if set.len() >= 16 {
                        return lead_bytes(class);
                    }
                    let mut buf = [0u8; 4];
                    set.push(c.encode_utf8(&mut buf).as_bytes().to_vec());
                }
            }
            Some(Literals::exact(set))
        }
        HirKind::Class(Class::Bytes(class)) => {
            let mut set = Vec::new();
            for r in class.iter() {
                for b in r.start()..=r.end() {
                    if set.len() >= 16 {
                        return None;
                    }
                    set.push(vec![b]);
                }
            }
            Some(Literals::exact(set))
        }
        HirKind::Capture(cap) => required(&cap.sub),
        HirKind::Repetition(rep) => {
            let sub = required(&rep.sub)?;
            match (rep.min, rep.max) {
                (1, Some(1)) => Some(sub),
                (0, Some(1)) if sub.exact => {
                    let mut set = sub.set;
                    set.push(Vec::new());
                    set.sort_unstable();
                    set.dedup();
                    Some(Literals::exact(set))
                }
                (0, _) => None,
                // At least one repetition: every match contains one.
                _ => Some(Literals {
                    set: sub.set,
                    exact: false,
                }),
            }
        }
        HirKind::Alternation(subs) => {
            let mut set = Vec::new();
            let mut exact = true;
            for sub in subs {
                let lits = required(sub)?;
                exact &= lits.exact;
                set.extend(lits.set);
                if set.len() > MAX_LITERALS {
                    return None;
                }
            }
            set.sort_unstable();
            set.dedup();
            Some(Literals { set, exact })
        }
        HirKind::Concat(subs) => {
            let parts: Vec<Option<Literals>> = subs.iter().map(required).collect();
            let mut best: Option<Literals> = None;
            let mut consider = |cand: Literals| {
                if best.as_ref().is_none_or(|b| cand.score() > b.score()) {
                    best = Some(cand);
                }
            };
            // Products of runs of consecutive exact parts: "are" + " " +
            // "you" gives the literal "are you".
            let mut whole_exact = true;
            for i in 0..parts.len() {
                let mut acc: Option<Vec<Vec<u8>>> = Some(vec![Vec::new()]);
                for part in &parts[i..] {
                    let Some(p) = part.as_ref().filter(|p| p.exact) else {
                        break;
                    };
                    acc = acc.and_then(|a| product(&a, &p.set));
                    match &acc {
                        Some(a) => consider(Literals {
                            set: a.clone(),
                            exact: false,
                        }),
                        None => break,
                    }
                }
            }
            for part in &parts {
                match part {
                    Some(p) => {
                        whole_exact &= p.exact;
                        if !p.exact {
                            consider(Literals {
                                set: p.set.clone(),
                                exact: false,
                            });
                        }
                    }
                    None => whole_exact = false,
                }
            }
            if whole_exact {
                // Every part exact: the product over all of them, if it
                // fitted, is exact too.
                let mut acc: Option<Vec<Vec<u8>>> = Some(vec![Vec::new()]);
                for p in parts.iter().flatten() {
                    acc = acc.and_then(|a| product(&a, &p.set));
                }
                if let Some(set) = acc {
                    return Some(Literals::exact(set));
                }
            }
            best
        }
    }
}

/// Parses one non-blank, non-comment table line: `Ok(None)` for a shorthand
/// definition, else the signal and the prepared pattern source.
fn parse_line(
    line: &str,
    macros: &mut Vec<(String, String)>,
    at: impl Fn(String) -> Error,
) -> Result<Option<(Signal, String)>> {
    let Some((name, pattern)) = line.split_once('\t') else {
        return Err(at("expected `signal<TAB>pattern`".into()));
    };
    let name = name.trim();
    if let Some(macro_name) = name.strip_prefix('=') {
        let body = expand(pattern.trim(), macros).map_err(&at)?;
        macros.push((macro_name.to_string(), format!("(?:{body})")));
        return Ok(None);
    }
    let signal = Signal::from_name(name).ok_or_else(|| at(format!("unknown signal {name:?}")))?;
    let source = prepare(&expand(pattern.trim(), macros).map_err(&at)?);
    if source.is_empty() {
        return Err(at("empty pattern".into()));
    }
    Ok(Some((signal, source)))
}

/// Replaces `{name}` with the shorthand's body. Regex repetitions such as
/// `{2,4}` are left alone: shorthand names are letters and underscores.
fn expand(pattern: &str, macros: &[(String, String)]) -> std::result::Result<String, String> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        let name = close.map(|c| &after[..c]);
        match name {
            Some(n) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_') => {
                let body = macros
                    .iter()
                    .rev()
                    .find(|(m, _)| m == n)
                    .map(|(_, b)| b)
                    .ok_or_else(|| format!("unknown shorthand {{{n}}}"))?;
                out.push_str(body);
                rest = &after[n.len() + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Rewrites a table pattern into the form compiled: NFKC (so precomposed and
/// decomposed Devanagari nukta forms both match what the normalizer emits)
/// and ASCII word boundaries.
fn prepare(pattern: &str) -> String {
    let pattern: String = pattern.nfkc().collect();
    // The normalizer romanizes Indic scripts last, so native-script
    // patterns are romanized the same way and meet the text they match.
    let pattern = {
        use crate::normalize::{NormalizeStage, Transliterate};
        let mut t = NormalizedText::default();
        t.reset(&pattern);
        Transliterate.apply(&mut t);
        t.into_string()
    };
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str(r"(?-u:\b)"),
            Some('B') => out.push_str(r"(?-u:\B)"),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Clamps a span to `original` and widens it to whole characters, so slicing
/// can never panic whatever offsets the normalizer reports.
fn snap_to_chars(original: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if start >= end {
        return None;
    }
    let mut s = start.min(original.len());
    let mut e = end.min(original.len());
    while s > 0 && !original.is_char_boundary(s) {
        s -= 1;
    }
    while e < original.len() && !original.is_char_boundary(e) {
        e += 1;
    }
    (s < e).then_some((s, e))
}

/// Drops spaces and punctuation at the edges of a hit: Devanagari patterns
/// end in a separator (they cannot use `\b`), which is not evidence.
fn trim(original: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let text = &original[s..e];
    let edge = |c: char| c.is_whitespace() || matches!(c, '.' | ',' | '!' | '?' | ';' | ':' | '।');
    let lead = text.len() - text.trim_start_matches(edge).len();
    let kept = text.trim_start_matches(edge).trim_end_matches(edge).len();
    (kept > 0).then_some((s + lead, s + lead + kept))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorthands_expand_and_repetitions_survive() {
        let m = vec![("fam".to_string(), "(?:mom|dad)".to_string())];
        assert_eq!(
            expand("to {fam} x{2,3}", &m).as_deref(),
            Ok("to (?:mom|dad) x{2,3}")
        );
        assert!(expand("{nope}", &m).is_err());
    }

    #[test]
    fn prepare_rewrites_word_boundaries_only() {
        assert_eq!(prepare(r"\bpay\b"), r"(?-u:\b)pay(?-u:\b)");
        assert_eq!(prepare(r"a\\b\d"), r"a\\b\d");
        assert_eq!(prepare(r"x\Bq"), r"x(?-u:\B)q");
    }

    #[test]
    fn snap_never_splits_characters() {
        let s = "पैसे";
        assert_eq!(snap_to_chars(s, 1, 2), Some((0, 3)));
        assert_eq!(snap_to_chars(s, 0, 100), Some((0, s.len())));
        assert_eq!(snap_to_chars(s, 5, 5), None);
    }

    fn factor_sets(pattern: &str) -> Vec<Vec<String>> {
        let hir = regex_syntax::ParserBuilder::new()
            .build()
            .parse(&prepare(pattern))
            .unwrap();
        factors(&hir)
            .into_iter()
            .map(|f| {
                f.set
                    .into_iter()
                    .map(|l| String::from_utf8_lossy(&l).into_owned())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn factors_are_required_literals() {
        assert_eq!(
            factor_sets(r"\b(?:are|r) (?:you|u) single\b"),
            [[
                "are u single",
                "are you single",
                "r u single",
                "r you single"
            ]]
        );
        // Optional parts multiply out; unbounded ones cut the run.
        assert_eq!(factor_sets(r"\blet'?s go\b"), [["let's go", "lets go"]]);
        let f = factor_sets(r"\bsend [a-z]+ (?:money|cash)\b");
        assert!(
            f.contains(&vec![" cash".to_string(), " money".to_string()]),
            "{f:?}"
        );
        assert!(f.contains(&vec!["send ".to_string()]), "{f:?}");
        // Nothing required: no factor.
        assert!(factor_sets(r"(?:^|x)[a-z]+").is_empty());
    }

    #[test]
    fn prefilter_keeps_every_matching_pattern() {
        let m = SignalMatcher::new();
        let pf = Prefilter::build(&m.patterns);
        let probes = [
            "send 5000 now or i will leak your video to your family",
            "paise bhejo warna video viral kar dunga, rs 20000 abhi",
            "पैसे भेजो नहीं तो वीडियो वायरल कर दूंगा",
            "hi dear, are you single? lets move to whatsapp",
            "i am inspector from cyber crime, pay ₹25,000 within 2 hours",
            "your kyc is pending, share the otp. beware of such scams",
            "तुमचा व्हिडिओ व्हायरल करेन, पैसे पाठवा",
            "",
            "ok",
        ];
        let mut c = Vec::new();
        for text in probes {
            pf.candidates(text, &mut c);
            for (i, p) in m.patterns.iter().enumerate() {
                if p.regex().is_some_and(|r| r.is_match(text)) {
                    assert!(
                        c.binary_search(&(i as u32)).is_ok(),
                        "pattern {i} {:?} matches {text:?} but is not a candidate",
                        p.source
                    );
                }
            }
        }
    }

    #[test]
    fn table_errors_name_file_and_line() {
        let bad = SignalMatcher::from_tables(&[("x.tsv", "en", "# c\nurgency\tnow\nnope\tx\n")]);
        let msg = bad.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(msg.contains("x.tsv:3"), "{msg}");
        let empty = SignalMatcher::from_tables(&[("y.tsv", "en", "urgency\ta*\n")]);
        assert!(empty.is_err());
        let no_tab = SignalMatcher::from_tables(&[("z.tsv", "en", "urgency now\n")]);
        assert!(no_tab.is_err());
    }
}
