//! Table parsing and expansion: `signal<TAB>pattern` lines, `{name}`
//! shorthands, NFKC and romanization of the pattern text, ASCII word
//! boundaries, and the one validation every table goes through.

use std::fmt::Write as _;

use regex_syntax::hir::Hir;
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};
use crate::normalize::NormalizedText;
use crate::signals::Signal;

/// One embedded table: file name, language tag, contents.
pub(super) struct Table {
    pub(super) file: &'static str,
    pub(super) lang: &'static str,
    pub(super) text: &'static str,
}

/// The shipped tables, in the fixed order that [`super::SignalMatcher::tables_sha256`] hashes.
pub(super) const TABLES: &[Table] = &[
    Table {
        file: "en.tsv",
        lang: "en",
        text: include_str!("../tables/en.tsv"),
    },
    Table {
        file: "hi_latn.tsv",
        lang: "hi-Latn",
        text: include_str!("../tables/hi_latn.tsv"),
    },
    Table {
        file: "hi.tsv",
        lang: "hi",
        text: include_str!("../tables/hi.tsv"),
    },
    Table {
        file: "mr.tsv",
        lang: "mr",
        text: include_str!("../tables/mr.tsv"),
    },
    Table {
        file: "indic_latn.tsv",
        lang: "indic-Latn",
        text: include_str!("../tables/indic_latn.tsv"),
    },
];

/// One validated table line: what it detects, where it came from, and the
/// prepared regex source with its syntax tree.
pub(super) struct Entry {
    pub(super) file: String,
    pub(super) line: usize,
    pub(super) signal: Signal,
    pub(super) lang: &'static str,
    pub(super) source: String,
    pub(super) hir: Hir,
}

/// The error for line `line` of table `file`.
pub(super) fn table_error(file: &str, line: usize, message: impl Into<String>) -> Error {
    Error::SignalTable {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

/// Parses and validates `(file name, language tag, contents)` tables: every
/// pattern line is expanded, prepared and parsed into a syntax tree, and a
/// pattern that can match the empty string is refused. The first bad line,
/// in table order, is the error. Returns the entries and the hex SHA-256 of
/// the concatenated table texts.
pub(super) fn parse_tables(tables: &[(&str, &'static str, &str)]) -> Result<(Vec<Entry>, String)> {
    let mut entries: Vec<Entry> = Vec::new();
    for &(file, lang, text) in tables {
        // `{name}` shorthands, scoped to one table.
        let mut macros: Vec<(String, String)> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let at = |msg: String| table_error(file, i + 1, msg);
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let Some((signal, source)) = parse_line(line, &mut macros, at)? else {
                continue;
            };
            let hir = parse_hir(&source).map_err(|e| at(format!("bad pattern: {e}")))?;
            // A minimum length of zero is what lets a pattern match "": such
            // a pattern would flag every message (or none, after the empty
            // match is skipped), so it is a table error.
            if hir.properties().minimum_len() == Some(0) {
                return Err(at("pattern matches the empty string".into()));
            }
            entries.push(Entry {
                file: file.to_string(),
                line: i + 1,
                signal,
                lang,
                source,
                hir,
            });
        }
    }
    Ok((entries, tables_sha256(tables)))
}

/// Hex SHA-256 of the concatenated table texts.
pub(super) fn tables_sha256(tables: &[(&str, &'static str, &str)]) -> String {
    let mut hasher = Sha256::new();
    for (_, _, text) in tables {
        hasher.update(text.as_bytes());
    }
    hasher
        .finalize()
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// The syntax tree of a prepared pattern, parsed as `regex` parses it.
pub(super) fn parse_hir(source: &str) -> std::result::Result<Hir, regex_syntax::Error> {
    regex_syntax::ParserBuilder::new().build().parse(source)
}

/// Parses one non-blank, non-comment table line: `Ok(None)` for a shorthand
/// definition, else the signal and the prepared pattern source.
pub(super) fn parse_line(
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
pub(super) fn expand(
    pattern: &str,
    macros: &[(String, String)],
) -> std::result::Result<String, String> {
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
pub(super) fn prepare(pattern: &str) -> String {
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
