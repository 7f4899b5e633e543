//! Racket linking: conversations that share a payment handle, phone number,
//! wallet or URL are probably the same operation. Groups them into
//! clusters, largest first, and tables each indicator with the
//! conversations it appears in.
//!
//! Known-legitimate indicators (helplines, government and bank domains, see
//! `ignore.txt`) are never linked on: victims are told to use them, so they
//! join unrelated chats.

mod graph;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::redact::{RedactKey, is_masked};
use crate::report::{IndicatorLists, Level, Report};
use crate::signals::IndicatorKind;

pub use graph::{GraphFormat, to_dot, to_graphml};

/// Indicator kinds that identify an operator (e-mail and gift cards too).
const LINKING_KINDS: [IndicatorKind; 5] = [
    IndicatorKind::Upi,
    IndicatorKind::Phone,
    IndicatorKind::Crypto,
    IndicatorKind::Url,
    IndicatorKind::Email,
];

/// Whether indicators of the kind named `kind` link conversations.
fn links(kind: &str) -> bool {
    LINKING_KINDS.iter().any(|k| *k == kind)
}

/// The linking kinds' names, for error messages.
fn linking_names() -> String {
    LINKING_KINDS.map(IndicatorKind::name).join(", ")
}

/// The default ignore-list, compiled in.
const DEFAULT_IGNORE: &str = include_str!("ignore.txt");

/// A group of conversations joined by shared indicators.
#[derive(Debug, Clone, Serialize)]
pub struct Cluster {
    pub size: usize,
    pub conversations: Vec<String>,
    /// `kind:value` indicators seen in at least two members.
    pub shared: Vec<String>,
    pub max_risk: f64,
    pub labels: BTreeMap<String, usize>,
    /// Positions of the members in the input reports.
    #[serde(skip)]
    pub members: Vec<usize>,
}

/// One indicator and where it was seen.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorRow {
    /// `kind:value` (or the pseudonym alone under redaction).
    pub indicator: String,
    pub conversations: Vec<String>,
    /// Earliest and latest message timestamp with the indicator, as
    /// written in the input (absent when no message had a timestamp).
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Whether the ignore-list kept it from linking.
    pub ignored: bool,
    #[serde(skip)]
    pub members: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
enum Rule {
    Exact(String),
    /// `*.gov.in`: hosts (or e-mail domains) ending in `.gov.in`, and `gov.in`.
    Suffix(String),
}

/// Indicators never linked on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IgnoreList {
    rules: Vec<(String, Rule)>,
    /// Pseudonyms of the exact rules of masked kinds under a key, so
    /// already-redacted results are filtered too.
    masked: Vec<String>,
}

impl IgnoreList {
    /// The compiled-in list of helplines, government and bank domains.
    pub fn builtin() -> IgnoreList {
        // The built-in list is checked by a unit test; a parse failure here
        // would be a build defect, so fall back to an empty list.
        IgnoreList::parse(DEFAULT_IGNORE, "built-in ignore-list").unwrap_or_default()
    }

    /// Parses `kind:value` / `kind:*.suffix` lines; `#` starts a comment.
    pub fn parse(text: &str, source: &str) -> Result<IgnoreList> {
        let mut rules = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let Some((kind, value)) = line.split_once(':') else {
                return Err(Error::IgnoreList {
                    path: source.into(),
                    line: n + 1,
                    reason: format!(
                        "expected `kind:value` (kinds: {}), got {line:?}",
                        linking_names()
                    ),
                });
            };
            let kind = kind.trim();
            if !links(kind) {
                return Err(Error::IgnoreList {
                    path: source.into(),
                    line: n + 1,
                    reason: format!(
                        "unknown indicator kind {kind:?} (kinds: {})",
                        linking_names()
                    ),
                });
            }
            let value = value.trim();
            let rule = match value.strip_prefix("*.") {
                Some(suffix) if !suffix.is_empty() => Rule::Suffix(suffix.to_ascii_lowercase()),
                _ if value.is_empty() || value.contains('*') => {
                    return Err(Error::IgnoreList {
                        path: source.into(),
                        line: n + 1,
                        reason: format!("{line:?}: a value, or `*.` followed by a domain suffix"),
                    });
                }
                _ => Rule::Exact(canonical(kind, value)),
            };
            rules.push((kind.to_string(), rule));
        }
        Ok(IgnoreList {
            rules,
            masked: Vec::new(),
        })
    }

    pub fn load(path: &std::path::Path) -> Result<IgnoreList> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(&name, e))?;
        IgnoreList::parse(&text, &name)
    }

    pub fn extend(&mut self, other: IgnoreList) {
        self.rules.extend(other.rules);
        self.masked.extend(other.masked);
    }

    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Also matches pseudonyms made under `key` of the exact phone, UPI
    /// and e-mail rules (for results scanned with `--redact`).
    pub fn with_key(mut self, key: &RedactKey) -> IgnoreList {
        self.masked = self
            .rules
            .iter()
            .filter(|(k, _)| is_masked(k))
            .filter_map(|(k, r)| match r {
                Rule::Exact(v) => Some(key.pseudonym(k, v)),
                Rule::Suffix(_) => None,
            })
            .collect();
        self
    }

    pub fn matches(&self, kind: &str, value: &str) -> bool {
        if self.masked.iter().any(|m| m == value) {
            return true;
        }
        let value = canonical(kind, value);
        let host = match kind {
            "url" => value.split(['/', '?', '#', ':']).next().unwrap_or(""),
            "email" => value.rsplit('@').next().unwrap_or(""),
            _ => value.as_str(),
        };
        self.rules.iter().any(|(k, rule)| {
            k == kind
                && match rule {
                    Rule::Exact(v) if kind == "url" && !v.contains('/') => host == v,
                    Rule::Exact(v) if kind == "url" => value.starts_with(v.as_str()),
                    Rule::Exact(v) if kind == "email" && !v.contains('@') => host == v,
                    Rule::Exact(v) => value == *v,
                    Rule::Suffix(s) => {
                        (kind == "url" || kind == "email")
                            && (host == s
                                || host.len() > s.len()
                                    && host.ends_with(s.as_str())
                                    && host.as_bytes()[host.len() - s.len() - 1] == b'.')
                    }
                }
        })
    }
}

/// The extractor's canonical spelling for values written by hand.
fn canonical(kind: &str, value: &str) -> String {
    match kind {
        "url" => {
            let v = value.trim();
            let lower = v.to_ascii_lowercase();
            let v = ["https://", "http://"]
                .iter()
                .find_map(|s| lower.starts_with(s).then(|| &v[s.len()..]))
                .unwrap_or(v);
            let (host, path) = v.split_at(v.find(['/', '?', '#']).unwrap_or(v.len()));
            let host = host.to_ascii_lowercase();
            let host = host.strip_prefix("www.").unwrap_or(&host);
            format!("{host}{path}")
        }
        "upi" | "email" => value.trim().to_lowercase(),
        "phone" => {
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            if value.trim_start().starts_with('+') {
                format!("+{digits}")
            } else {
                value.trim().to_string()
            }
        }
        _ => value.trim().to_string(),
    }
}

/// What `link_with` considers.
#[derive(Debug, Clone)]
pub struct LinkOptions {
    pub ignore: IgnoreList,
    /// Reports below this level take no part.
    pub min_level: Level,
}

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions {
            ignore: IgnoreList::builtin(),
            min_level: Level::Low,
        }
    }
}

/// Clusters and the indicator table.
#[derive(Debug, Clone, Serialize)]
pub struct Linked {
    /// Reports at or above the level, of all given.
    pub considered: usize,
    pub total: usize,
    pub clusters: Vec<Cluster>,
    /// Every indicator of a linking kind, most conversations first.
    pub indicators: Vec<IndicatorRow>,
}

impl Linked {
    /// The ignored indicators that would have joined two or more conversations.
    pub fn ignored_links(&self) -> impl Iterator<Item = &IndicatorRow> {
        self.indicators
            .iter()
            .filter(|r| r.ignored && r.members.len() > 1)
    }

    /// Masks conversation ids and phone, UPI and e-mail values with
    /// pseudonyms under `key` (values already masked stay as they are).
    pub fn redact(&mut self, key: &RedactKey) {
        let id = |s: &mut String| {
            if !crate::redact::is_pseudonym(s) {
                *s = key.pseudonym("id", s);
            }
        };
        let indicator = |s: &mut String| {
            if let Some((kind, value)) = s.split_once(':') {
                if is_masked(kind) && !crate::redact::is_pseudonym(s) {
                    *s = key.pseudonym(kind, value);
                }
            }
        };
        for c in &mut self.clusters {
            c.conversations.iter_mut().for_each(id);
            c.shared.iter_mut().for_each(indicator);
        }
        for r in &mut self.indicators {
            r.conversations.iter_mut().for_each(id);
            indicator(&mut r.indicator);
        }
    }
}

/// Clusters reports sharing any indicator (union-find); singletons are left
/// out. Uses the built-in ignore-list.
pub fn link(reports: &[Report]) -> Vec<Cluster> {
    link_with(reports, &LinkOptions::default()).clusters
}

/// Clusters and indicator table under `opts`.
pub fn link_with(reports: &[Report], opts: &LinkOptions) -> Linked {
    let considered: Vec<usize> = (0..reports.len())
        .filter(|&i| reports[i].level >= opts.min_level)
        .collect();
    // Per indicator: members in input order, first and last timestamp.
    let mut rows: BTreeMap<String, IndicatorRow> = BTreeMap::new();
    for &i in &considered {
        let r = &reports[i];
        for (kind, value) in r.indicators.iter() {
            if !links(kind) {
                continue;
            }
            let key = IndicatorLists::label(kind, value);
            let row = rows.entry(key.clone()).or_insert_with(|| IndicatorRow {
                indicator: key,
                conversations: Vec::new(),
                first_seen: None,
                last_seen: None,
                ignored: opts.ignore.matches(kind, value),
                members: Vec::new(),
            });
            if row.members.last() != Some(&i) {
                row.members.push(i);
                row.conversations.push(r.id.clone());
            }
            for s in r
                .sightings
                .iter()
                .filter(|s| s.kind == kind && s.value == value)
            {
                // ISO 8601 as written: ordered as text (same zone assumed).
                if let Some(t) = &s.first_ts {
                    if row.first_seen.as_ref().is_none_or(|f| t < f) {
                        row.first_seen = Some(t.clone());
                    }
                }
                if let Some(t) = &s.last_ts {
                    if row.last_seen.as_ref().is_none_or(|l| t > l) {
                        row.last_seen = Some(t.clone());
                    }
                }
            }
        }
    }

    let mut parent: Vec<usize> = (0..reports.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for row in rows.values().filter(|r| !r.ignored) {
        for w in row.members.windows(2) {
            let (a, b) = (find(&mut parent, w[0]), find(&mut parent, w[1]));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &i in &considered {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let mut clusters: Vec<Cluster> = groups
        .into_values()
        .filter(|m| m.len() > 1)
        .map(|members| {
            let shared = rows
                .values()
                .filter(|r| !r.ignored && r.members.len() > 1 && members.contains(&r.members[0]))
                .map(|r| r.indicator.clone())
                .collect();
            let mut labels = BTreeMap::new();
            for &i in &members {
                *labels.entry(reports[i].label.clone()).or_default() += 1;
            }
            Cluster {
                size: members.len(),
                conversations: members.iter().map(|&i| reports[i].id.clone()).collect(),
                shared,
                max_risk: members.iter().map(|&i| reports[i].risk).fold(0.0, f64::max),
                labels,
                members,
            }
        })
        .collect();
    clusters.sort_by(|a, b| {
        b.size
            .cmp(&a.size)
            .then(a.conversations.cmp(&b.conversations))
    });
    let mut indicators: Vec<IndicatorRow> = rows.into_values().collect();
    indicators.sort_by(|a, b| {
        b.members
            .len()
            .cmp(&a.members.len())
            .then(a.indicator.cmp(&b.indicator))
    });
    Linked {
        considered: considered.len(),
        total: reports.len(),
        clusters,
        indicators,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_list_parses_and_matches_helplines_and_domains() {
        let list = IgnoreList::parse(DEFAULT_IGNORE, "ignore.txt").unwrap();
        assert!(list.len() > 20);
        assert!(list.matches("url", "cybercrime.gov.in"));
        assert!(list.matches("url", "cybercrime.gov.in/Webform/Crime_AuthoLogin.aspx"));
        assert!(list.matches("url", "www.incometax.gov.in"));
        assert!(list.matches("url", "onlinesbi.sbi"));
        assert!(list.matches("phone", "+911930"));
        // Look-alikes are not ignored.
        assert!(!list.matches("url", "cybercrime-gov.in"));
        assert!(!list.matches("url", "gov.in.refund-help.com"));
        assert!(!list.matches("url", "notsbi.co.in.example.com"));
        assert!(!list.matches("url", "bit.ly/AbC9x"));
        assert!(!list.matches("upi", "cash.help.44@ybl"));
    }

    #[test]
    fn bad_rules_name_file_and_line() {
        let e = IgnoreList::parse("url:ok.in\nfax:123\n", "mine.txt")
            .unwrap_err()
            .to_string();
        assert!(e.contains("mine.txt:2") && e.contains("fax"), "{e}");
        let e = IgnoreList::parse("rbi.org.in\n", "mine.txt")
            .unwrap_err()
            .to_string();
        assert!(e.contains("mine.txt:1") && e.contains("kind:value"), "{e}");
    }

    #[test]
    fn masked_rules_match_pseudonyms_under_the_key() {
        let key = RedactKey::from_bytes([3; 32]);
        let list = IgnoreList::parse("phone:+911800114000\n", "x")
            .unwrap()
            .with_key(&key);
        assert!(list.matches("phone", &key.pseudonym("phone", "+911800114000")));
        assert!(!list.matches("phone", &key.pseudonym("phone", "+919811122334")));
    }
}
