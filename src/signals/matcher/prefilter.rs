//! The literal prefilter: which patterns can possibly match a text, from
//! literals every match of a pattern must contain (one Aho-Corasick pass).

use aho_corasick::{AhoCorasick, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Literal prefilter over all patterns: which patterns can possibly match a
/// text. From each pattern's syntax tree we take up to [`MAX_FACTORS`]
/// "factors", sets of literals such that every match of the pattern
/// contains one literal of EACH factor (see [`factors`]). One Aho-Corasick
/// pass finds the literals present in a text; a pattern is a candidate only
/// if every one of its factors has a literal present. That is a superset of
/// the patterns that match, so running only the candidates finds exactly
/// the matches. Patterns without a usable factor run on every text.
pub(super) struct Prefilter {
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

/// Per-thread scratch of [`Prefilter::candidates`], reused across calls.
#[derive(Default)]
struct Seen {
    /// Per pattern, the factor bits seen in the text being filtered (all
    /// zero between calls: only touched slots are set, then reset).
    bits: Vec<u8>,
    /// Patterns whose slot is non-zero.
    touched: Vec<u32>,
}

thread_local! {
    static SEEN: std::cell::RefCell<Seen> = std::cell::RefCell::new(Seen::default());
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

/// Literals are cut to their first this many bytes when a pattern's factors
/// are made ([`pattern_factors`]). A prefix of a required literal is required
/// too, so candidates stay a superset; the trie is a third the size (its
/// build was most of the prefilter's start-up) for a few more candidates
/// per message.
const MAX_LITERAL_BYTES: usize = 8;

/// Most literals one pattern contributes (per node while extracting).
const MAX_LITERALS: usize = 64;

impl Prefilter {
    /// Builds the prefilter over the patterns' factors ([`pattern_factors`]),
    /// in pattern order.
    pub(super) fn build(patterns: &[Vec<Factor>]) -> Prefilter {
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut ids: ahash::AHashMap<Vec<u8>, u32> = ahash::AHashMap::new();
        let mut by_literal: Vec<Vec<(u32, u8)>> = Vec::new();
        let mut full: Vec<u8> = Vec::with_capacity(patterns.len());
        let mut byte_factors: Vec<Vec<ByteSet>> = Vec::with_capacity(patterns.len());
        let mut always = Vec::new();
        for (idx, pattern_factors) in patterns.iter().enumerate() {
            let idx = idx as u32;
            let (single, multi): (Vec<&Factor>, Vec<&Factor>) = pattern_factors
                .iter()
                .partition(|f| f.iter().any(|l| l.len() == 1));
            byte_factors.push(
                single
                    .iter()
                    .filter(|f| f.iter().all(|l| l.len() == 1))
                    .map(|f| {
                        let mut set = ByteSet::default();
                        for l in f.iter() {
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
                    .iter()
                    .map(|lit| match ids.get(lit.as_slice()) {
                        Some(&id) => id,
                        None => {
                            let id = literals.len() as u32;
                            ids.insert(lit.clone(), id);
                            literals.push(lit.clone());
                            by_literal.push(Vec::new());
                            id
                        }
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
    pub(super) fn candidates(&self, text: &str, out: &mut Vec<u32>) {
        out.clear();
        if let Some(ac) = &self.ac {
            // The factor bits each pattern has seen, in a per-thread table.
            SEEN.with_borrow_mut(|Seen { bits, touched }| {
                bits.resize(self.full.len(), 0);
                for m in ac.find_overlapping_iter(text) {
                    let Some(list) = self.by_literal.get(m.pattern().as_usize()) else {
                        continue;
                    };
                    for &(p, bit) in list {
                        if let Some(slot) = bits.get_mut(p as usize) {
                            if *slot == 0 {
                                touched.push(p);
                            }
                            *slot |= bit;
                        }
                    }
                }
                for p in touched.drain(..) {
                    if let Some(slot) = bits.get_mut(p as usize) {
                        if self.full.get(p as usize) == Some(slot) {
                            out.push(p);
                        }
                        *slot = 0;
                    }
                }
            });
            out.sort_unstable();
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

/// One factor of a pattern: a set of literals, one of which every match of
/// the pattern contains.
pub(super) type Factor = Vec<Vec<u8>>;

/// The factors the prefilter keeps for a pattern's syntax tree ([`factors`]),
/// each literal cut to [`MAX_LITERAL_BYTES`].
pub(super) fn pattern_factors(hir: &Hir) -> Vec<Factor> {
    factors(hir)
        .into_iter()
        .map(|f| {
            let mut set: Factor = f
                .set
                .into_iter()
                .map(|mut l| {
                    l.truncate(MAX_LITERAL_BYTES);
                    l
                })
                .collect();
            set.sort_unstable();
            set.dedup();
            set
        })
        .collect()
}

/// Independent literal sets of `hir`: every match contains a literal of
/// each. The parts of a top-level concatenation give several (runs of
/// exact parts as products, other parts on their own); anything else gives
/// at most its [`required`] set. Sets holding "" filter nothing and are
/// dropped; at most [`MAX_FACTORS`] of the most selective are kept.
pub(super) fn factors(hir: &Hir) -> Vec<Literals> {
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
pub(super) struct Literals {
    pub(super) set: Vec<Vec<u8>>,
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
