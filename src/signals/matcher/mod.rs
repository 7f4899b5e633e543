//! The one-pass signal matcher over the embedded pattern tables.
//!
//! Three parts: [`table`] parses and validates the tables (shorthand
//! expansion, NFKC and romanization of patterns, ASCII word boundaries);
//! [`prefilter`] finds, with one Aho-Corasick pass over literals every match
//! of a pattern must contain, the few patterns that can match a message; and
//! this module runs only those patterns' own regexes to find spans.
//! [`prepared`] holds the shipped tables already parsed, so that a process
//! does not parse them at start-up. Word
//! boundaries are rewritten to ASCII `(?-u:\b)`: Unicode `\b` forces the slow
//! engine on any non-ASCII text (Hinglish chats are full of emoji and
//! Devanagari), and the Latin tables only need ASCII words.

// The crate-wide error type is large; matchers are built once, so size is moot.
#![allow(clippy::result_large_err)]

#[cfg(test)]
mod differential;
mod prefilter;
mod prepared;
mod table;

use std::sync::{Arc, OnceLock};

use regex::{Regex, RegexBuilder};

use super::{Hit, Signal};
use crate::error::Result;
use crate::normalize::NormalizedText;
use prefilter::{Factor, Prefilter};
use table::{TABLES, table_error};

/// Compiled-program budgets. The set holds ~1000 patterns; the default lazy
/// DFA cache (2 MiB) would thrash and fall back to the slow engine.
const SIZE_LIMIT: usize = 256 << 20;
const DFA_SIZE_LIMIT: usize = 64 << 20;

struct Pattern {
    signal: Signal,
    lang: &'static str,
    file: String,
    line: usize,
    source: String,
    /// Compiled on first use: only candidate patterns ever need their own
    /// regex (to find spans), and compiling ~1000 of them up front was most
    /// of the start-up time. `None` only if compiling failed, which
    /// [`SignalMatcher::from_tables`] rules out by compiling every pattern
    /// (the embedded tables go through it in `embedded_tables_compile`).
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
    /// Per pattern, the literal sets the prefilter is built from.
    factors: Arc<[Vec<Factor>]>,
    /// Built on first use, shared by clones.
    prefilter: Arc<OnceLock<Prefilter>>,
    sha256: String,
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

fn embedded() -> Vec<(&'static str, &'static str, &'static str)> {
    TABLES.iter().map(|t| (t.file, t.lang, t.text)).collect()
}

impl SignalMatcher {
    /// Version of the signal set and tables, recorded in the model file.
    pub const VERSION: &'static str = "2026.2";

    /// Builds the matcher from the embedded tables. They are read once per
    /// process, from their form prepared ahead of time (`tables/prepared.jsonl`) when
    /// it is current; later calls return a clone sharing the compiled
    /// regexes (loading a model builds the matcher more than once).
    /// Patterns compile on first use.
    pub fn new() -> SignalMatcher {
        static EMBEDDED: OnceLock<SignalMatcher> = OnceLock::new();
        // The embedded tables are fixed at compile time and the test suite
        // builds them with `try_new` (`embedded_tables_compile`), so this
        // cannot fail at run time.
        EMBEDDED
            .get_or_init(|| {
                prepared::load(&embedded()).unwrap_or_else(|| {
                    SignalMatcher::parse(&embedded()).expect("embedded signal tables parse")
                })
            })
            .clone()
    }

    /// Builds the matcher from the embedded tables, compiling every pattern
    /// and reporting a bad line as an error.
    pub fn try_new() -> Result<SignalMatcher> {
        SignalMatcher::from_tables(&embedded())
    }

    /// Builds a matcher from `(file name, language tag, contents)` tables.
    ///
    /// Each non-empty, non-`#` line is `signal<TAB>pattern`; the pattern is a
    /// `regex` expression matched against normalized text. A line
    /// `=name<TAB>pattern` defines a shorthand that later lines of the same
    /// table use as `{name}`, so shared word lists (verbs, family words,
    /// spellings) are written once. Every pattern is compiled here, so a
    /// pattern past the size limits is refused too. Errors name the file
    /// and line of the first bad pattern.
    pub fn from_tables(tables: &[(&str, &'static str, &str)]) -> Result<SignalMatcher> {
        let matcher = SignalMatcher::parse(tables)?;
        for p in matcher.patterns.iter() {
            let regex = compile(&p.source)
                .map_err(|e| table_error(&p.file, p.line, format!("bad pattern: {e}")))?;
            // Fills the cache `Pattern::regex` reads: clones share it.
            let _ = p.regex.set(Some(regex));
        }
        Ok(matcher)
    }

    /// Parses and validates the tables ([`table::parse_tables`]); regexes
    /// are compiled later.
    fn parse(tables: &[(&str, &'static str, &str)]) -> Result<SignalMatcher> {
        let (entries, sha256) = table::parse_tables(tables)?;
        let factors = entries
            .iter()
            .map(|e| prefilter::pattern_factors(&e.hir))
            .collect();
        let patterns = entries
            .into_iter()
            .map(|e| Pattern {
                signal: e.signal,
                lang: e.lang,
                file: e.file,
                line: e.line,
                source: e.source,
                regex: OnceLock::new(),
            })
            .collect();
        Ok(SignalMatcher::assemble(patterns, factors, sha256))
    }

    fn assemble(
        patterns: Vec<Pattern>,
        factors: Vec<Vec<Factor>>,
        sha256: String,
    ) -> SignalMatcher {
        SignalMatcher {
            patterns: patterns.into(),
            factors: factors.into(),
            prefilter: Arc::new(OnceLock::new()),
            sha256,
        }
    }

    fn prefilter(&self) -> &Prefilter {
        self.prefilter
            .get_or_init(|| Prefilter::build(&self.factors))
    }

    /// Builds the literal prefilter now (what the first message would
    /// otherwise pay for). A command can call it on a second thread while
    /// it loads the model: clones share the prefilter, and a caller that
    /// needs it meanwhile waits for this build instead of starting its own.
    pub fn build_prefilter(&self) {
        let _ = self.prefilter();
    }

    /// Builds the literal prefilter and compiles every pattern's regex now,
    /// so that no later call pays for first use. For long-running services,
    /// whose first request should cost what any other does; a one-shot
    /// command is faster without it (it compiles only its candidates).
    pub fn warm(&self) {
        let _ = self.prefilter();
        for p in self.patterns.iter() {
            let _ = p.regex();
        }
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
        let prefilter = self.prefilter();
        let mut candidates = Vec::new();
        prefilter.candidates(text, &mut candidates);
        if candidates.is_empty() {
            return;
        }
        let candidates = candidates.into_iter().map(|i| i as usize);
        self.match_candidates(original, normalized, message, candidates, out);
    }

    /// The matching step of [`match_text`](Self::match_text): runs the
    /// regexes of `candidates` (pattern indices, any order) and appends
    /// their hits. The differential tests call it with the patterns a full
    /// `RegexSet` pass reports.
    fn match_candidates(
        &self,
        original: &str,
        normalized: &NormalizedText,
        message: usize,
        candidates: impl Iterator<Item = usize> + Clone,
        out: &mut Vec<Hit>,
    ) {
        let text = normalized.as_str();
        // Compiling a pattern costs ~100x matching it on a message: a cold
        // matcher (a one-shot command) compiles a message's new candidates
        // on all cores. A warm one allocates nothing here.
        let cold: Vec<usize> = candidates
            .clone()
            .filter(|&i| self.patterns[i].regex.get().is_none())
            .collect();
        if cold.len() > 1 {
            use rayon::prelude::*;
            cold.par_iter().for_each(|&i| {
                let _ = self.patterns[i].regex();
            });
        }
        // (normalized start, normalized end, pattern index)
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for idx in candidates {
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
    use super::prefilter::factors;
    use super::table::{expand, prepare};
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
        let hir = table::parse_hir(&prepare(pattern)).unwrap();
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
        let pf = m.prefilter();
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
