//! The embedded tables prepared ahead of time.
//!
//! Reading the tables means expanding shorthands, normalizing and parsing
//! ~700 patterns into syntax trees and extracting their literal factors:
//! over half of a one-shot command's start-up. `tables/prepared.jsonl`
//! holds the outcome for the shipped tables (each pattern's prepared source
//! and factors) under the SHA-256 of the tables it was made from, and the
//! embedded matcher is built from it when that hash is the tables' own.
//! It is generated, like Unicode data tables are: the test
//! `prepared_tables_are_current` compares it with what parsing gives and,
//! run with `CHATRISK_BLESS=1`, rewrites it. A stale file is never used:
//! the matcher then parses the tables as before.
//!
//! Format: a first line `{"tables_sha256": …, "patterns": N}`, then one
//! line per pattern in table order with its file, line, signal, prepared
//! source and factors (literals hex-encoded: some are lone UTF-8 lead bytes).

use serde::{Deserialize, Serialize};

use super::prefilter::Factor;
use super::{Pattern, SignalMatcher, table};
use crate::signals::Signal;

/// The prepared form of the embedded tables.
pub(super) const PREPARED: &str = include_str!("../tables/prepared.jsonl");

#[derive(Serialize, Deserialize)]
struct Header {
    tables_sha256: String,
    patterns: usize,
}

#[derive(Serialize, Deserialize)]
struct Line {
    file: String,
    line: usize,
    signal: String,
    source: String,
    factors: Vec<Vec<String>>,
}

/// The matcher for `tables` from [`PREPARED`]; `None` when it was made from
/// other tables or does not read back.
pub(super) fn load(tables: &[(&str, &'static str, &str)]) -> Option<SignalMatcher> {
    from_text(PREPARED, tables)
}

fn from_text(text: &str, tables: &[(&str, &'static str, &str)]) -> Option<SignalMatcher> {
    let mut lines = text.lines();
    let header: Header = serde_json::from_str(lines.next()?).ok()?;
    let sha256 = table::tables_sha256(tables);
    if header.tables_sha256 != sha256 {
        return None;
    }
    let mut patterns = Vec::with_capacity(header.patterns);
    let mut factors = Vec::with_capacity(header.patterns);
    for line in lines {
        let l: Line = serde_json::from_str(line).ok()?;
        let lang = tables.iter().find(|t| t.0 == l.file)?.1;
        patterns.push(Pattern {
            signal: Signal::from_name(&l.signal)?,
            lang,
            file: l.file,
            line: l.line,
            source: l.source,
            regex: Default::default(),
        });
        factors.push(
            l.factors
                .iter()
                .map(|f| f.iter().map(|h| unhex(h)).collect::<Option<Factor>>())
                .collect::<Option<Vec<Factor>>>()?,
        );
    }
    (patterns.len() == header.patterns).then(|| SignalMatcher::assemble(patterns, factors, sha256))
}

/// The prepared form of a matcher (what [`PREPARED`] must hold).
#[cfg(test)]
fn render(m: &SignalMatcher) -> String {
    let mut out = String::new();
    let header = Header {
        tables_sha256: m.sha256.clone(),
        patterns: m.patterns.len(),
    };
    out.push_str(&json_line(&header));
    out.push('\n');
    for (p, f) in m.patterns.iter().zip(m.factors.iter()) {
        let line = Line {
            file: p.file.clone(),
            line: p.line,
            signal: p.signal.name().to_string(),
            source: p.source.clone(),
            factors: f
                .iter()
                .map(|set| set.iter().map(|l| hex(l)).collect())
                .collect(),
        };
        out.push_str(&json_line(&line));
        out.push('\n');
    }
    out
}

/// A value as one line of JSON (structs of strings and numbers always
/// serialise).
#[cfg(test)]
fn json_line<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes
        .iter()
        .fold(String::with_capacity(2 * bytes.len()), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let b = text.as_bytes();
    if b.len() % 2 != 0 {
        return None;
    }
    b.chunks_exact(2)
        .map(|p| Some(digit(p[0])? << 4 | digit(p[1])?))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::embedded;
    use super::*;

    /// The prepared file is what parsing the shipped tables gives; with
    /// `CHATRISK_BLESS=1` it is rewritten instead (after a table change).
    #[test]
    fn prepared_tables_are_current() {
        let parsed = SignalMatcher::parse(&embedded()).expect("the shipped tables parse");
        let fresh = render(&parsed);
        if std::env::var_os("CHATRISK_BLESS").is_some() {
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/src/signals/tables/prepared.jsonl"
            );
            std::fs::write(path, &fresh).expect("write the prepared tables");
            return;
        }
        assert!(
            PREPARED == fresh,
            "src/signals/tables/prepared.jsonl is stale: the tables changed. Regenerate it with \
             `CHATRISK_BLESS=1 cargo test --lib prepared_tables_are_current`"
        );
        assert!(load(&embedded()).is_some(), "the prepared tables read back");
    }

    /// Reading the prepared form back gives the parsed matcher: same
    /// patterns, same factors, same hash.
    #[test]
    fn prepared_tables_read_back_as_parsed() {
        let parsed = SignalMatcher::parse(&embedded()).expect("the shipped tables parse");
        let back = from_text(&render(&parsed), &embedded()).expect("reads back");
        assert_eq!(back.sha256, parsed.sha256);
        assert_eq!(back.factors, parsed.factors);
        assert_eq!(back.patterns.len(), parsed.patterns.len());
        for (a, b) in back.patterns.iter().zip(parsed.patterns.iter()) {
            assert_eq!(
                (a.signal, a.lang, &a.file, a.line, &a.source),
                (b.signal, b.lang, &b.file, b.line, &b.source)
            );
        }
        assert!(
            back.factors
                .iter()
                .flatten()
                .flatten()
                .any(|l| l.len() == 1)
        );
    }

    /// Prepared text made from other tables, or damaged, is not used.
    #[test]
    fn stale_or_damaged_prepared_text_is_refused() {
        let parsed = SignalMatcher::parse(&embedded()).expect("the shipped tables parse");
        let text = render(&parsed);
        let mut other = embedded();
        other[0].2 = "urgency\tnow\n";
        assert!(from_text(&text, &other).is_none());
        let cut: String = text.lines().take(10).map(|l| format!("{l}\n")).collect();
        assert!(from_text(&cut, &embedded()).is_none());
        assert!(
            from_text(
                &text.replacen("\"factors\":[[\"", "\"factors\":[[\"z", 1),
                &embedded()
            )
            .is_none()
        );
        assert!(from_text("", &embedded()).is_none());
        assert_eq!(unhex("e0a4"), Some(vec![0xe0, 0xa4]));
        assert_eq!(unhex("e0a"), None);
    }
}
