//! The result schema: one [`Report`] per conversation, or a [`RecordError`].
//!
//! This is the stable output contract of `score`, `scan` and the HTTP API
//! (documented in the README). Field order here is output order.

use std::collections::BTreeMap;

/// The label of a conversation that is none of the risks; every head
/// treats it as its negative class.
pub const BENIGN: &str = "benign";

use serde::{Deserialize, Serialize};

use crate::error::RecordError;
use crate::signals::indicators::{Indicator, IndicatorKind, Indicators};

/// Risk level from the calibrated score and the label's thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Low,
    Medium,
    High,
}

impl Level {
    pub fn name(&self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
        }
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "low" => Ok(Level::Low),
            "medium" => Ok(Level::Medium),
            "high" => Ok(Level::High),
            _ => Err(format!("unknown level {s:?}: expected low, medium or high")),
        }
    }
}

/// The first time an escalation stage appears.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    pub stage: String,
    pub message: usize,
    pub sender: String,
}

/// A piece of text that moved the score, pointing into the original message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub message: usize,
    pub sender: String,
    /// Byte span `[start, end)` in the original message text.
    pub span: [usize; 2],
    pub text: String,
    pub signal: String,
    /// The signal's weight in the winning head.
    pub weight: f32,
    /// The message's timestamp, where the input had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ts: Option<String>,
}

/// A feature and its contribution `w * x` to the winning head's logit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub feature: String,
    pub contribution: f32,
}

/// The model that produced a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelRef {
    pub version: String,
    pub sha256: String,
}

/// The scoring result for one conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub id: String,
    /// Highest calibrated non-benign score.
    pub risk: f64,
    pub level: Level,
    /// The winning head, or `benign` below its `medium` threshold.
    pub label: String,
    pub scores: BTreeMap<String, f64>,
    pub stages: Vec<Stage>,
    pub evidence: Vec<Evidence>,
    pub top_features: Vec<Contribution>,
    /// First message (0-based) at which the running level reached `medium`.
    pub first_alert_message: Option<usize>,
    /// The messages `[first, last]` of the window that drove the winning
    /// head's score (the conversation's score is its best window's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<[usize; 2]>,
    /// Calibrated risk after each message (with `timeline`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Vec<f64>>,
    pub indicators: IndicatorLists,
    /// Where each indicator was seen: first and last message (and their
    /// timestamps where the input had them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sightings: Vec<Sighting>,
    pub messages: usize,
    pub model: ModelRef,
    /// Where the conversation came from (set by `scan`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// Provenance of a result: the input file, its SHA-256 and the record's
/// place in it, so a result can be traced back to the bytes it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The input path as given (`-` for stdin; `a.zip!/_chat.txt` for a zip entry).
    pub path: String,
    /// Lower-case hex SHA-256 of the input file's bytes.
    pub sha256: String,
    /// 1-based position of the record within the file.
    pub record: u64,
    /// 1-based line where the record starts, for line-oriented inputs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
}

/// The first and last message in which one indicator appears.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sighting {
    pub kind: IndicatorKind,
    pub value: String,
    pub first_message: usize,
    pub last_message: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_ts: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_ts: Option<String>,
}

impl Sighting {
    /// One sighting per (kind, value), in order of first appearance; `ts`
    /// gives a message's timestamp.
    pub fn from_indicators(ind: &Indicators, ts: impl Fn(usize) -> Option<String>) -> Vec<Self> {
        let mut out: Vec<Sighting> = Vec::new();
        for (kind, list) in ind.by_kind() {
            for i in list {
                match out
                    .iter_mut()
                    .find(|s| s.kind == kind && s.value == i.value)
                {
                    Some(s) => {
                        if i.message < s.first_message {
                            s.first_message = i.message;
                        }
                        if i.message > s.last_message {
                            s.last_message = i.message;
                        }
                    }
                    None => out.push(Sighting {
                        kind,
                        value: i.value.clone(),
                        first_message: i.message,
                        last_message: i.message,
                        first_ts: None,
                        last_ts: None,
                    }),
                }
            }
        }
        for s in &mut out {
            s.first_ts = ts(s.first_message);
            s.last_ts = ts(s.last_message);
        }
        out
    }
}

/// Indicator values per kind, deduplicated, in order of first appearance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IndicatorLists {
    pub upi: Vec<String>,
    pub phone: Vec<String>,
    pub crypto: Vec<String>,
    pub url: Vec<String>,
    pub email: Vec<String>,
    pub gift_card: Vec<String>,
}

impl IndicatorLists {
    pub fn from_indicators(ind: &Indicators) -> Self {
        let values = |list: &[Indicator]| {
            let mut out: Vec<String> = Vec::new();
            for i in list {
                if !out.contains(&i.value) {
                    out.push(i.value.clone());
                }
            }
            out
        };
        let mut lists = IndicatorLists::default();
        for (kind, list) in ind.by_kind() {
            *lists.get_mut(kind) = values(list);
        }
        lists
    }

    /// The values of one kind.
    pub fn get(&self, kind: IndicatorKind) -> &Vec<String> {
        match kind {
            IndicatorKind::Upi => &self.upi,
            IndicatorKind::Phone => &self.phone,
            IndicatorKind::Crypto => &self.crypto,
            IndicatorKind::Url => &self.url,
            IndicatorKind::Email => &self.email,
            IndicatorKind::GiftCard => &self.gift_card,
        }
    }

    /// The values of one kind, to change (redaction).
    pub fn get_mut(&mut self, kind: IndicatorKind) -> &mut Vec<String> {
        match kind {
            IndicatorKind::Upi => &mut self.upi,
            IndicatorKind::Phone => &mut self.phone,
            IndicatorKind::Crypto => &mut self.crypto,
            IndicatorKind::Url => &mut self.url,
            IndicatorKind::Email => &mut self.email,
            IndicatorKind::GiftCard => &mut self.gift_card,
        }
    }

    /// All (kind name, value) pairs, in [`IndicatorKind::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        IndicatorKind::ALL
            .into_iter()
            .flat_map(|k| self.get(k).iter().map(move |x| (k.name(), x.as_str())))
    }

    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// How an indicator is printed: `kind:value`, or the pseudonym alone
    /// when redaction replaced the value (it names its kind already).
    pub fn label(kind: &str, value: &str) -> String {
        let masked = value
            .strip_prefix('<')
            .and_then(|v| v.strip_prefix(kind))
            .is_some_and(|v| v.starts_with(':') && v.ends_with('>'));
        if masked {
            value.to_string()
        } else {
            format!("{kind}:{value}")
        }
    }
}

/// One line of `score --json` / `scan` output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Outcome {
    Report(Box<Report>),
    Error(RecordError),
}

impl Outcome {
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }
}
