//! Redaction with keyed pseudonyms.
//!
//! A pseudonym is `<kind:tag>` with `tag` the first 64 bits of
//! HMAC-SHA256(key, kind NUL value). The same value under the same key
//! always gets the same pseudonym, so `link` still groups conversations
//! after redaction; without the key nobody can test a guess (an unkeyed hash
//! of a 10-digit phone number is brute-forced in minutes). Pseudonyms made
//! under different keys never match.
//!
//! Resolving is recomputing: [`Resolver`] hashes the values found in the
//! evidence an investigator holds (the original exports or unredacted
//! results) under the same key and maps each pseudonym back.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::error::{Error, Result};
use crate::report::Report;
use crate::signals::indicators::{Indicator, IndicatorKind, Indicators};

/// The indicator kinds that are masked (operator handles a victim may
/// share too); wallets, URLs and gift cards stay readable.
pub const MASKED_KINDS: [IndicatorKind; 3] = [
    IndicatorKind::Upi,
    IndicatorKind::Phone,
    IndicatorKind::Email,
];

/// Whether indicators of the kind named `kind` are masked.
pub fn is_masked(kind: &str) -> bool {
    MASKED_KINDS.iter().any(|k| *k == kind)
}

/// Every kind a pseudonym may carry.
pub const PSEUDONYM_KINDS: [&str; 6] = ["upi", "phone", "email", "sender", "id", "path"];

const KEY_HEADER: &str = "# chatrisk redaction key v1";

/// A per-deployment secret for pseudonyms (32 random bytes).
#[derive(Clone, PartialEq, Eq)]
pub struct RedactKey {
    bytes: [u8; 32],
}

impl std::fmt::Debug for RedactKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RedactKey({})", self.fingerprint())
    }
}

impl RedactKey {
    /// A new key from the operating system's random source.
    pub fn generate() -> Result<RedactKey> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| Error::Random { source: e })?;
        Ok(RedactKey { bytes })
    }

    pub fn from_bytes(bytes: [u8; 32]) -> RedactKey {
        RedactKey { bytes }
    }

    /// The key file's text: a comment line and 64 hex digits.
    pub fn to_file_text(&self) -> String {
        let hex: String = self.bytes.iter().map(|b| format!("{b:02x}")).collect();
        format!(
            "{KEY_HEADER} (fingerprint {}). Keep it secret: whoever holds it can test guesses against pseudonyms.\n{hex}\n",
            self.fingerprint()
        )
    }

    /// Parses a key file: `#` comment lines and one line of 64 hex digits.
    pub fn parse(text: &str, source: &str) -> Result<RedactKey> {
        let mut lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim()))
            .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));
        let Some((line, hex)) = lines.next() else {
            return Err(Error::Key {
                path: source.into(),
                line: None,
                reason: format!("no key line (create one with `chatrisk key new --out {source}`)"),
            });
        };
        if let Some((extra, _)) = lines.next() {
            return Err(Error::Key {
                path: source.into(),
                line: Some(extra),
                reason: "more than one key line".into(),
            });
        }
        if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::Key {
                path: source.into(),
                line: Some(line),
                reason: format!(
                    "expected 64 hex digits, found {} characters",
                    hex.chars().count()
                ),
            });
        }
        let mut bytes = [0u8; 32];
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|e| Error::Key {
                path: source.into(),
                line: Some(line),
                reason: e.to_string(),
            })?;
        }
        Ok(RedactKey { bytes })
    }

    pub fn load(path: &Path) -> Result<RedactKey> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(&name, e))?;
        RedactKey::parse(&text, &name)
    }

    /// A random key for this process only, used when redaction is asked
    /// for without a key file: pseudonyms then link within one run and can
    /// never be resolved.
    pub fn ephemeral() -> &'static RedactKey {
        static KEY: OnceLock<RedactKey> = OnceLock::new();
        KEY.get_or_init(|| {
            RedactKey::generate().unwrap_or_else(|_| {
                // No OS random source: std's randomly seeded hasher keys.
                use std::hash::{BuildHasher, Hasher};
                let mut bytes = [0u8; 32];
                for chunk in bytes.chunks_mut(8) {
                    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
                    h.write_u64(std::process::id() as u64);
                    chunk.copy_from_slice(&h.finish().to_le_bytes());
                }
                RedactKey { bytes }
            })
        })
    }

    fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        // HMAC accepts keys of any length, so this cannot fail.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.bytes)
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        for p in parts {
            mac.update(p);
        }
        mac.finalize().into_bytes().into()
    }

    /// A short public name for the key (not the key): which key made a
    /// set of pseudonyms.
    pub fn fingerprint(&self) -> String {
        hex(&self.mac(&[b"chatrisk-key-fingerprint"])[..4])
    }

    /// `<kind:tag>` for a value.
    pub fn pseudonym(&self, kind: &str, value: &str) -> String {
        let tag = hex(&self.mac(&[kind.as_bytes(), &[0], value.as_bytes()])[..8]);
        format!("<{kind}:{tag}>")
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `value` is a pseudonym (`<kind:16 hex>`, not HTML-escaped).
pub fn is_pseudonym(value: &str) -> bool {
    pseudonym_regex().captures(value).is_some_and(|c| {
        c.get(1).is_none()
            && c.get(0)
                .is_some_and(|m| m.start() == 0 && m.end() == value.len())
    })
}

/// Pseudonyms as written raw (`<upi:…>`) or HTML-escaped (`&lt;upi:…&gt;`,
/// as HTML and Markdown case reports write them).
fn pseudonym_regex() -> &'static regex::Regex {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(&format!(
            "<(?:{kinds}):[0-9a-f]{{16}}>|&lt;((?:{kinds}):[0-9a-f]{{16}})&gt;",
            kinds = PSEUDONYM_KINDS.join("|")
        ))
        .unwrap_or_else(|e| unreachable!("fixed pattern: {e}"))
    })
}

/// The pseudonym a match stands for, and whether it was HTML-escaped.
fn canonical(c: &regex::Captures) -> (String, bool) {
    match c.get(1) {
        Some(inner) => (format!("<{}>", inner.as_str()), true),
        None => (c[0].to_string(), false),
    }
}

/// Every pseudonym in `text`, raw or HTML-escaped, as `<kind:tag>`, in order.
pub fn find_pseudonyms(text: &str) -> Vec<String> {
    pseudonym_regex()
        .captures_iter(text)
        .map(|c| canonical(&c).0)
        .collect()
}

/// The words of a name or handle that are worth masking on their own
/// (`Ananya Sharma` → `Ananya`, `Sharma`; `priya.k@ybl` → `priya`, `ybl`).
fn name_parts(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && w.chars().any(char::is_alphabetic))
}

/// What to mask in one conversation's texts.
pub struct Masker<'a> {
    key: &'a RedactKey,
    /// Indicator occurrences of the masked kinds.
    indicators: Vec<(&'static str, &'a Indicator)>,
    /// Sender names and their parts, case-insensitive, longest first.
    names: Option<regex::Regex>,
}

impl<'a> Masker<'a> {
    pub fn new(key: &'a RedactKey, senders: &[String], raw: &'a Indicators) -> Masker<'a> {
        let indicators = MASKED_KINDS
            .into_iter()
            .flat_map(|k| raw.get(k).iter().map(move |i| (k.name(), i)))
            .collect();
        let mut words: Vec<&str> = senders
            .iter()
            .map(|s| s.trim())
            .filter(|s| s.chars().count() >= 2)
            .chain(senders.iter().flat_map(|s| name_parts(s)))
            .collect();
        words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        words.dedup();
        let names = (!words.is_empty())
            .then(|| {
                let alternation: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
                regex::RegexBuilder::new(&alternation.join("|"))
                    .case_insensitive(true)
                    .size_limit(1 << 24)
                    .build()
                    .ok()
            })
            .flatten();
        Masker {
            key,
            indicators,
            names,
        }
    }

    /// A sender's pseudonym: names are matched without regard to case, so
    /// `Priya` in one place and `priya` in another are one person.
    pub fn sender(&self, name: &str) -> String {
        self.key.pseudonym("sender", &name.to_lowercase())
    }

    /// Masks `text`, the bytes `[offset, offset + text.len())` of message
    /// `message`: indicator spans first (where two overlap, the longer
    /// wins, so `9988776655@ybl` becomes the UPI ID's pseudonym and never a
    /// mix of two), then sender names outside them. All cuts are chosen on
    /// the original text and applied once, so no mask is ever cut again.
    pub fn text(&self, message: usize, offset: usize, text: &str) -> String {
        let end = offset + text.len();
        let mut found: Vec<(usize, usize, String)> = self
            .indicators
            .iter()
            .filter(|(_, i)| i.message == message && i.span.0 < end && i.span.1 > offset)
            .map(|(k, i)| {
                (
                    i.span.0.max(offset) - offset,
                    i.span.1.min(end) - offset,
                    self.key.pseudonym(k, &i.value),
                )
            })
            .collect();
        // Longest first, then leftmost; keep those that overlap nothing kept.
        found.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
        let mut cuts: Vec<(usize, usize, String)> = Vec::new();
        for c in found {
            if text.is_char_boundary(c.0)
                && text.is_char_boundary(c.1)
                && !cuts.iter().any(|k| c.0 < k.1 && k.0 < c.1)
            {
                cuts.push(c);
            }
        }
        if let Some(names) = &self.names {
            for m in names.find_iter(text) {
                if !cuts.iter().any(|k| m.start() < k.1 && k.0 < m.end()) {
                    cuts.push((m.start(), m.end(), self.sender(m.as_str())));
                }
            }
        }
        cuts.sort_by_key(|c| c.0);
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (s, e, mask) in cuts {
            out.push_str(&text[at..s]);
            out.push_str(&mask);
            at = e;
        }
        out.push_str(&text[at..]);
        out
    }

    /// Whether a word (of a `text:` feature) is a name or handle part.
    fn is_name_word(&self, word: &str, senders: &[String]) -> bool {
        let w = word.to_lowercase();
        let w = w.trim();
        senders
            .iter()
            .flat_map(|s| name_parts(s).chain(std::iter::once(s.as_str())))
            .chain(
                self.indicators
                    .iter()
                    .flat_map(|(_, i)| name_parts(&i.value)),
            )
            .any(|p| p.to_lowercase() == w)
    }
}

/// Masks a report: the id (often a file name such as "WhatsApp Chat with
/// Ananya Sharma"), the source path, phone numbers, UPI IDs and e-mails in
/// the indicator lists and evidence, sender names everywhere, and
/// `text:` features that are a name or handle part. `raw` are the
/// indicators with their spans in the original messages.
pub fn redact_report(report: &mut Report, key: &RedactKey, senders: &[String], raw: &Indicators) {
    let masker = Masker::new(key, senders, raw);
    report.id = key.pseudonym("id", &report.id);
    if let Some(src) = &mut report.source {
        redact_source(src, key);
    }
    for kind in MASKED_KINDS {
        for v in report.indicators.get_mut(kind).iter_mut() {
            *v = key.pseudonym(kind.name(), v);
        }
    }
    for s in &mut report.sightings {
        if MASKED_KINDS.contains(&s.kind) {
            s.value = key.pseudonym(s.kind.name(), &s.value);
        }
    }
    for stage in &mut report.stages {
        stage.sender = masker.sender(&stage.sender);
    }
    for ev in &mut report.evidence {
        ev.text = masker.text(ev.message, ev.span[0], &ev.text);
        ev.sender = masker.sender(&ev.sender);
    }
    report.top_features.retain(|f| {
        f.feature
            .strip_prefix("text:")
            .is_none_or(|w| !masker.is_name_word(w, senders))
    });
}

/// Masks a result's source path (file names carry names: "WhatsApp Chat
/// with Ananya Sharma.txt"); the file's SHA-256 and the record position
/// stay, so the result can still be traced to its bytes.
pub fn redact_source(src: &mut crate::report::Source, key: &RedactKey) {
    if !is_pseudonym(&src.path) {
        src.path = key.pseudonym("path", &src.path);
    }
}

/// Masks an error record: its source path and, when it was read, its
/// conversation id, with the same pseudonyms a result would get.
pub fn redact_error(e: &mut crate::error::RecordError, key: &RedactKey) {
    if !is_pseudonym(&e.location.source) {
        e.location.source = key.pseudonym("path", &e.location.source);
    }
    if let Some(id) = &mut e.id {
        if !is_pseudonym(id) {
            *id = key.pseudonym("id", id);
        }
    }
}

/// Maps pseudonyms back to values: feed it every value an investigator
/// holds (with [`Resolver::add`]), then resolve text made under the same key.
pub struct Resolver {
    key: RedactKey,
    map: HashMap<String, String>,
}

impl Resolver {
    pub fn new(key: RedactKey) -> Resolver {
        Resolver {
            key,
            map: HashMap::new(),
        }
    }

    /// Registers a value of a kind (and, for names and handles, its parts as
    /// the redactor masks them).
    pub fn add(&mut self, kind: &str, value: &str) {
        if value.is_empty() || is_pseudonym(value) {
            return;
        }
        if kind == "sender" {
            for v in std::iter::once(value).chain(name_parts(value)) {
                self.map
                    .entry(self.key.pseudonym("sender", &v.to_lowercase()))
                    .or_insert_with(|| v.to_string());
            }
        } else {
            self.map
                .insert(self.key.pseudonym(kind, value), value.to_string());
        }
    }

    /// Registers what a report shows: its id, source path, senders and indicators.
    pub fn add_report(&mut self, r: &Report) {
        self.add("id", &r.id);
        if let Some(src) = &r.source {
            self.add("path", &src.path);
        }
        for s in &r.stages {
            self.add("sender", &s.sender);
        }
        for e in &r.evidence {
            self.add("sender", &e.sender);
        }
        for (kind, value) in r.indicators.iter() {
            self.add(kind, value);
        }
    }

    /// Registers what an error record shows: its source path and id.
    pub fn add_error(&mut self, e: &crate::error::RecordError) {
        self.add("path", &e.location.source);
        if let Some(id) = &e.id {
            self.add("id", id);
        }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn lookup(&self, pseudonym: &str) -> Option<&str> {
        self.map.get(pseudonym).map(String::as_str)
    }

    /// Replaces every known pseudonym in `text`, raw or HTML-escaped (an
    /// escaped one is replaced by its value HTML-escaped, so an HTML or
    /// Markdown report stays well-formed); returns the text and the
    /// pseudonyms left unresolved.
    pub fn resolve(&self, text: &str) -> (String, Vec<String>) {
        let mut unresolved = Vec::new();
        let out = pseudonym_regex()
            .replace_all(text, |c: &regex::Captures| {
                let (p, escaped) = canonical(c);
                match self.map.get(&p) {
                    Some(v) if escaped => crate::casefile::html::esc(v),
                    Some(v) => v.clone(),
                    None => {
                        unresolved.push(p);
                        c[0].to_string()
                    }
                }
            })
            .into_owned();
        (out, unresolved)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> RedactKey {
        RedactKey::from_bytes([7; 32])
    }

    fn ind(value: &str, span: (usize, usize)) -> Indicator {
        Indicator {
            value: value.into(),
            message: 0,
            span,
        }
    }

    #[test]
    fn pseudonyms_are_keyed_and_stable() {
        let a = key().pseudonym("phone", "+919988776655");
        assert_eq!(a, key().pseudonym("phone", "+919988776655"));
        assert!(is_pseudonym(&a), "{a}");
        let other = RedactKey::from_bytes([8; 32]).pseudonym("phone", "+919988776655");
        assert_ne!(a, other, "another key must give another pseudonym");
        assert_ne!(a, key().pseudonym("upi", "+919988776655"));
    }

    #[test]
    fn key_file_round_trips_and_bad_files_say_why() {
        let k = RedactKey::generate().unwrap();
        assert_eq!(RedactKey::parse(&k.to_file_text(), "k").unwrap(), k);
        let e = RedactKey::parse("# only a comment\n", "k.key")
            .unwrap_err()
            .to_string();
        assert!(e.contains("k.key") && e.contains("no key line"), "{e}");
        let e = RedactKey::parse("abc\n", "k.key").unwrap_err().to_string();
        assert!(e.contains("k.key:1") && e.contains("64 hex digits"), "{e}");
    }

    #[test]
    fn overlapping_indicators_never_garble_evidence() {
        let text = "pay 9988776655@ybl now";
        let raw = Indicators {
            upi: vec![ind("9988776655@ybl", (4, 18))],
            phone: vec![ind("+919988776655", (4, 14))],
            ..Indicators::default()
        };
        let k = key();
        let m = Masker::new(&k, &[], &raw);
        let masked = m.text(0, 0, text);
        assert_eq!(
            masked,
            format!("pay {} now", key().pseudonym("upi", "9988776655@ybl"))
        );
        // Evidence that starts inside the message.
        let masked = m.text(0, 4, &text[4..18]);
        assert_eq!(masked, key().pseudonym("upi", "9988776655@ybl"));
    }

    #[test]
    fn names_are_masked_case_insensitively_and_never_inside_masks() {
        let senders = vec!["Ananya Sharma".to_string(), "ab".to_string()];
        let raw = Indicators::default();
        let k = key();
        let m = Masker::new(&k, &senders, &raw);
        let out = m.text(0, 0, "ANANYA, Sharma ji: ab");
        assert!(!out.to_lowercase().contains("ananya"), "{out}");
        assert!(!out.contains("Sharma"), "{out}");
        assert!(!out.contains(": ab"), "{out}");
        // Every mask is whole: resolving gives the names back.
        let mut r = Resolver::new(key());
        for s in &senders {
            r.add("sender", s);
        }
        let (back, unresolved) = r.resolve(&out);
        assert!(unresolved.is_empty(), "{unresolved:?}");
        assert_eq!(back, "Ananya, Sharma ji: ab");
    }

    #[test]
    fn resolver_maps_back_only_under_the_same_key() {
        let p = key().pseudonym("upi", "rahul.k@okaxis");
        let mut r = Resolver::new(key());
        r.add("upi", "rahul.k@okaxis");
        assert_eq!(r.resolve(&format!("pay {p}")).0, "pay rahul.k@okaxis");
        let mut wrong = Resolver::new(RedactKey::from_bytes([9; 32]));
        wrong.add("upi", "rahul.k@okaxis");
        let (out, unresolved) = wrong.resolve(&p);
        assert_eq!(out, p);
        assert_eq!(unresolved, vec![p]);
    }
}
