//! Scoring: a [`Conversation`] -> a [`Report`], with the running score after
//! every message computed incrementally (early warning without O(n²)).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::conversation::Conversation;
use crate::error::{Error, Result};
use crate::features::{self, Row, TextScratch};
use crate::model::{Model, Thresholds};
use crate::report::{
    BENIGN, Contribution, Evidence, IndicatorLists, Level, ModelRef, Report, Stage,
};
use crate::signals::Hit;
use crate::signals::indicators::Indicators;
use crate::signals::sequence::SequenceState;

/// Per-deployment thresholds (`--policy policy.toml`):
/// `[sextortion]\nmedium = 0.4\nhigh = 0.8`. A section may set only one
/// of the two; the other stays the model's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Policy {
    pub thresholds: BTreeMap<String, PolicyThresholds>,
}

/// One label's thresholds in a policy; a missing one keeps the model's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyThresholds {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
}

impl From<Thresholds> for PolicyThresholds {
    fn from(t: Thresholds) -> Self {
        PolicyThresholds {
            medium: Some(t.medium),
            high: Some(t.high),
        }
    }
}

impl Policy {
    pub fn from_toml(text: &str, source: &str) -> Result<Policy> {
        let policy: Policy = toml::from_str(text).map_err(|e| Error::PolicyParse {
            path: source.into(),
            source: Box::new(e),
        })?;
        for (label, t) in &policy.thresholds {
            if t.medium.is_none() && t.high.is_none() {
                return Err(Error::Policy {
                    path: source.into(),
                    label: label.clone(),
                    reason: "sets neither `medium` nor `high`: give at least one (a number between 0 and 1)".into(),
                });
            }
            for (name, v) in [("medium", t.medium), ("high", t.high)] {
                if let Some(v) = v {
                    if !(0.0..=1.0).contains(&v) {
                        return Err(Error::Policy {
                            path: source.into(),
                            label: label.clone(),
                            reason: format!("{name} = {v} is outside 0..=1"),
                        });
                    }
                }
            }
            if let (Some(m), Some(h)) = (t.medium, t.high) {
                if h < m {
                    return Err(Error::Policy {
                        path: source.into(),
                        label: label.clone(),
                        reason: format!("needs medium <= high, got medium {m} high {h}"),
                    });
                }
            }
        }
        Ok(policy)
    }
}

/// What to include in a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScoreOptions {
    /// Include the calibrated risk after every message.
    pub timeline: bool,
    /// Mask phones, UPI IDs, e-mails and sender names.
    pub redact: bool,
    pub top_features: usize,
    pub max_evidence: usize,
}

impl Default for ScoreOptions {
    fn default() -> Self {
        ScoreOptions {
            timeline: false,
            redact: false,
            top_features: 8,
            max_evidence: 12,
        }
    }
}

/// One message as `explain` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct MessageTrace {
    pub message: usize,
    pub sender: String,
    pub text: String,
    pub system: bool,
    pub signals: Vec<String>,
    pub hits: Vec<Evidence>,
    /// Calibrated risk after this message.
    pub risk: f64,
    pub level: Level,
}

/// A report plus the message-by-message trace behind it. Serialised as
/// the report's fields plus `trace` (`explain --json` and the service's
/// `?explain=true` give this one shape).
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    #[serde(flatten)]
    pub report: Report,
    #[serde(rename = "trace")]
    pub messages: Vec<MessageTrace>,
}

/// Scores conversations with one model; cheap to clone and share.
#[derive(Debug, Clone)]
pub struct Scorer {
    model: Arc<Model>,
    thresholds: Vec<Thresholds>,
    /// Every head's weights interleaved (feature `i` of head `h` at
    /// `i * heads + h`), so one window's lookups touch one cache line per
    /// bucket for all heads.
    interleaved: Arc<[f32]>,
    /// Key for redaction pseudonyms (default: a random key per process).
    redact_key: Option<Arc<crate::redact::RedactKey>>,
}

/// The window that scored highest for one head.
#[derive(Debug, Clone, Default)]
struct Best {
    logit: f32,
    row: Row,
    /// Speech messages in the window, oldest first.
    messages: Vec<usize>,
}

/// Everything one pass over a conversation produces.
struct Pass {
    hits: Vec<Hit>,
    indicators: Indicators,
    state: SequenceState,
    /// Per head: the window with the highest logit.
    best: Vec<Best>,
    /// Per message: calibrated probability of each head for the window
    /// ending there, one row of `width` values per message, flat.
    running: Vec<f64>,
    /// Heads per row of `running`.
    width: usize,
    /// Rows in `running`: one per message.
    steps: usize,
}

impl Pass {
    /// The calibrated probabilities of each head after message `i`.
    fn row(&self, i: usize) -> &[f64] {
        let w = self.width;
        self.running.get(i * w..(i + 1) * w).unwrap_or(&[])
    }

    /// The rows of `running`, in message order.
    fn rows(&self) -> impl Iterator<Item = &[f64]> {
        (0..self.steps).map(|i| self.row(i))
    }
}

impl Scorer {
    pub fn new(model: Arc<Model>) -> Self {
        let thresholds = model
            .heads()
            .iter()
            .map(|(l, _)| model.thresholds(l))
            .collect();
        let width = model.heads().len();
        let mut interleaved = vec![0.0f32; model.space().len() * width];
        for (h, (_, head)) in model.heads().iter().enumerate() {
            for (i, w) in head.weights.iter().enumerate() {
                if let Some(slot) = interleaved.get_mut(i * width + h) {
                    *slot = *w;
                }
            }
        }
        Scorer {
            model,
            thresholds,
            interleaved: interleaved.into(),
            redact_key: None,
        }
    }

    /// Does now what the first conversation would otherwise pay for: builds
    /// the signal prefilter and compiles every pattern (see
    /// [`SignalMatcher::warm`](crate::signals::SignalMatcher::warm)), then
    /// scores a short built-in chat. For services, before they say ready.
    pub fn warm_up(&self) {
        self.model.pipeline().matcher.warm();
        let _ = self.score(&warm_up_conversation(), &ScoreOptions::default());
    }

    /// The key redaction uses: the one given, else this process's random key.
    pub fn redaction_key(&self) -> &crate::redact::RedactKey {
        match &self.redact_key {
            Some(k) => k,
            None => crate::redact::RedactKey::ephemeral(),
        }
    }

    /// Pseudonyms under `key` (a per-deployment key file) when redacting.
    pub fn with_redaction_key(mut self, key: crate::redact::RedactKey) -> Self {
        self.redact_key = Some(Arc::new(key));
        self
    }

    /// Overrides thresholds for the labels the policy names.
    pub fn with_policy(mut self, policy: &Policy) -> Result<Self> {
        for (label, t) in &policy.thresholds {
            let i = self
                .model
                .heads()
                .iter()
                .position(|(l, _)| l == label)
                .ok_or_else(|| Error::PolicyModel {
                    label: label.clone(),
                    reason: format!(
                        "the model has no such label (its labels are {:?})",
                        self.labels()
                    ),
                })?;
            let model = self.thresholds[i];
            let t = Thresholds {
                medium: t.medium.unwrap_or(model.medium),
                high: t.high.unwrap_or(model.high),
            };
            if t.high < t.medium {
                return Err(Error::PolicyModel {
                    label: label.clone(),
                    reason: format!(
                        "medium {} would be above high {} (the {} one is the model's); set both",
                        t.medium,
                        t.high,
                        if policy.thresholds[label].high.is_none() {
                            "high"
                        } else {
                            "medium"
                        }
                    ),
                });
            }
            self.thresholds[i] = t;
        }
        Ok(self)
    }

    /// A scorer from an optional model file (default: the embedded model)
    /// and an optional policy TOML file: what the CLI and the server load.
    pub fn from_paths(
        model: Option<&std::path::Path>,
        policy: Option<&std::path::Path>,
    ) -> Result<Self> {
        let model = match model {
            Some(p) => Model::load(p)?,
            None => Model::embedded()?,
        };
        let scorer = Scorer::new(Arc::new(model));
        match policy {
            Some(p) => {
                let name = p.display().to_string();
                let text = std::fs::read_to_string(p).map_err(|e| Error::io(&name, e))?;
                scorer.with_policy(&Policy::from_toml(&text, &name)?)
            }
            None => Ok(scorer),
        }
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    pub fn labels(&self) -> Vec<&str> {
        self.model.heads().iter().map(|(l, _)| l.as_str()).collect()
    }

    pub fn thresholds(&self) -> impl Iterator<Item = (&str, Thresholds)> {
        self.model
            .heads()
            .iter()
            .map(|(l, _)| l.as_str())
            .zip(self.thresholds.iter().copied())
    }

    fn level(&self, head: usize, p: f64) -> Level {
        let t = self.thresholds[head];
        if p >= t.high {
            Level::High
        } else if p >= t.medium {
            Level::Medium
        } else {
            Level::Low
        }
    }

    /// The winning head: highest level, then highest score.
    fn verdict(&self, probs: &[f64]) -> (usize, Level) {
        let mut best = (0, Level::Low, f64::MIN);
        for (h, &p) in probs.iter().enumerate() {
            let level = self.level(h, p);
            if (level, p) > (best.1, best.2) {
                best = (h, level, p);
            }
        }
        (best.0, best.1)
    }

    /// One pass over a conversation: every window's logit per head, the
    /// best window per head, hits and indicators.
    ///
    /// The window keeps running f64 sums of its text block (squares and
    /// each head's dot product), so each message costs the buckets it
    /// changes. The estimate they give comes with a bound on its distance
    /// to the exact f32 logit ([`features::WindowState::estimate`]); the
    /// exact logit (the same f32 operations in the same order as
    /// [`Row::dot`], so the same bits) is computed only where the bound
    /// cannot decide: a window that may beat the best so far, a running
    /// probability that may cross a level threshold, or every window when
    /// `exact_running` (a timeline or trace prints every probability).
    /// Best windows, levels and scores are therefore the reference's bits.
    fn pass(&self, conv: &Conversation, exact_running: bool) -> Pass {
        let model = &*self.model;
        let space = model.space();
        let heads = model.heads();
        let width = heads.len();
        let scale = space.layout.text.scale;
        let floor = space.layout.text.norm_floor;
        let mut hits = Vec::new();
        let mut indicators = Indicators::default();
        let mut running = Vec::with_capacity(conv.messages.len() * width);
        // Before any speech, and for a chat with none: the empty window.
        let mut empty = Row::default();
        SequenceState::new().fill(&mut empty.structural);
        empty.structural.resize(space.n_structural(), 0.0);
        let mut best: Vec<Best> = heads
            .iter()
            .map(|(_, h)| Best {
                logit: empty.dot(&h.weights) + h.intercept,
                row: empty.clone(),
                messages: Vec::new(),
            })
            .collect();
        let mut current: Vec<f64> = best
            .iter()
            .zip(heads)
            .map(|(b, (_, h))| h.calibration.apply(b.logit as f64))
            .collect();
        let mut recent: std::collections::VecDeque<usize> = Default::default();
        let mut any_speech = false;
        let mut structural: Vec<f32> = Vec::with_capacity(space.n_structural());
        let u = f32::EPSILON as f64 / 2.0;
        let state = features::walk_windows_tracking(
            model.pipeline(),
            space,
            conv,
            self.interleaved.clone(),
            width,
            |i, window, obs| {
                if let Some((prefix, window)) = window {
                    recent.push_back(i);
                    if recent.len() > space.window() {
                        recent.pop_front();
                    }
                    window.structural(prefix, &mut structural);
                    let mut factor = None;
                    for (h, (_, head)) in heads.iter().enumerate() {
                        let dense: f32 = structural
                            .iter()
                            .zip(&head.weights)
                            .map(|(x, w)| x * w)
                            .sum();
                        let decided = match window.estimate(h, scale, floor) {
                            Some(e) if any_speech && !exact_running => {
                                let za = dense as f64 + e.value + head.intercept as f64;
                                // Two f32 additions after the dot product.
                                let margin = e.bound
                                    + 4.0
                                        * u
                                        * (dense.abs() as f64
                                            + e.value.abs()
                                            + head.intercept.abs() as f64
                                            + e.bound);
                                let (lo, hi) = (
                                    head.calibration.apply(za - margin),
                                    head.calibration.apply(za + margin),
                                );
                                let cannot_win = za + margin < best[h].logit as f64;
                                let same_level =
                                    self.level(h, lo.min(hi)) == self.level(h, lo.max(hi));
                                (cannot_win && same_level).then(|| head.calibration.apply(za))
                            }
                            _ => None,
                        };
                        if let Some(p) = decided {
                            current[h] = p;
                            continue;
                        }
                        let factor =
                            *factor.get_or_insert_with(|| window.text_factor(scale, floor));
                        let text = window.text_dot(factor, &self.interleaved, width, h);
                        let z = dense + text + head.intercept;
                        current[h] = head.calibration.apply(z as f64);
                        if !any_speech || z > best[h].logit {
                            let b = &mut best[h];
                            b.logit = z;
                            window.row(prefix, scale, floor, &mut b.row);
                            b.messages.clear();
                            b.messages.extend(recent.iter().copied());
                        }
                    }
                    any_speech = true;
                    hits.append(&mut obs.hits);
                    indicators.append(&mut obs.indicators);
                }
                running.extend_from_slice(&current);
            },
        );
        Pass {
            hits,
            indicators,
            state,
            best,
            running,
            width,
            steps: conv.messages.len(),
        }
    }

    /// The straightforward pass: every window written out as a [`Row`] and
    /// dotted with each head ([`Scorer::pass`] must give the same bits).
    #[cfg(test)]
    fn pass_reference(&self, conv: &Conversation) -> Pass {
        let model = &*self.model;
        let space = model.space();
        let heads = model.heads();
        let width = heads.len();
        let mut hits = Vec::new();
        let mut indicators = Indicators::default();
        let mut running = Vec::with_capacity(conv.messages.len() * width);
        // Before any speech, and for a chat with none: the empty window.
        let mut empty = Row::default();
        SequenceState::new().fill(&mut empty.structural);
        empty.structural.resize(space.n_structural(), 0.0);
        let mut best: Vec<Best> = heads
            .iter()
            .map(|(_, h)| Best {
                logit: empty.dot(&h.weights) + h.intercept,
                row: empty.clone(),
                messages: Vec::new(),
            })
            .collect();
        let mut current: Vec<f64> = best
            .iter()
            .zip(heads)
            .map(|(b, (_, h))| h.calibration.apply(b.logit as f64))
            .collect();
        let mut recent: std::collections::VecDeque<usize> = Default::default();
        let mut any_speech = false;
        let state = features::walk(model.pipeline(), space, conv, |i, row, obs| {
            if let Some(row) = row {
                recent.push_back(i);
                if recent.len() > space.window() {
                    recent.pop_front();
                }
                for (h, (_, head)) in heads.iter().enumerate() {
                    let z = row.dot(&head.weights) + head.intercept;
                    current[h] = head.calibration.apply(z as f64);
                    if !any_speech || z > best[h].logit {
                        best[h] = Best {
                            logit: z,
                            row: row.clone(),
                            messages: recent.iter().copied().collect(),
                        };
                    }
                }
                any_speech = true;
                hits.append(&mut obs.hits);
                indicators.append(&mut obs.indicators);
            }
            running.extend_from_slice(&current);
        });
        Pass {
            hits,
            indicators,
            state,
            best,
            running,
            width,
            steps: conv.messages.len(),
        }
    }

    /// Calibrated conversation scores: each head's best window.
    fn final_probs(&self, pass: &Pass) -> Vec<f64> {
        self.model
            .heads()
            .iter()
            .zip(&pass.best)
            .map(|((_, h), b)| h.calibration.apply(b.logit as f64))
            .collect()
    }

    /// Contributions of the best window's features to `head`'s logit:
    /// the structural block by name, the text block word by word (each
    /// hashed bucket's share split among the words that produced it).
    fn contributions(&self, conv: &Conversation, head: usize, best: &Best) -> Vec<(String, f32)> {
        let model = &*self.model;
        let weights = &model.heads()[head].1.weights;
        let space = model.space();
        let mut out: Vec<(String, f32)> = best
            .row
            .structural_contributions(weights)
            .into_iter()
            .filter(|(_, c)| *c != 0.0)
            .map(|(i, c)| (space.name(i), c))
            .collect();
        let names = space.names(conv.messages.iter().map(|m| m.sender.as_str()));
        let mut scratch = TextScratch::default();
        let mut words: Vec<(String, Vec<u32>)> = Vec::new();
        for &i in &best.messages {
            if let Some(m) = conv.messages.get(i) {
                let normalized = model.pipeline().normalizer.normalize(&m.text);
                words.extend(space.words(normalized.as_str(), &names, &mut scratch));
            }
        }
        let mut uses: ahash::AHashMap<u32, u32> = ahash::AHashMap::new();
        for (_, buckets) in &words {
            for b in buckets {
                *uses.entry(*b).or_default() += 1;
            }
        }
        let value = |b: u32| {
            best.row
                .text
                .binary_search_by_key(&b, |(i, _)| *i)
                .map_or(0.0, |k| best.row.text[k].1)
        };
        let mut by_word: BTreeMap<String, f32> = BTreeMap::new();
        for (word, buckets) in &words {
            let c: f32 = buckets
                .iter()
                .map(|&b| {
                    let n = uses.get(&b).copied().unwrap_or(1).max(1) as f32;
                    weights.get(b as usize).copied().unwrap_or(0.0) * value(b) / n
                })
                .sum();
            *by_word.entry(word.clone()).or_default() += c;
        }
        out.extend(
            by_word
                .into_iter()
                .filter(|(w, c)| *c != 0.0 && w.chars().any(char::is_alphabetic))
                .map(|(w, c)| (format!("text:{w}"), c)),
        );
        out
    }

    /// Scores one conversation.
    pub fn score(&self, conv: &Conversation, opts: &ScoreOptions) -> Report {
        let pass = self.pass(conv, opts.timeline);
        self.report(conv, &pass, opts)
    }

    fn report(&self, conv: &Conversation, pass: &Pass, opts: &ScoreOptions) -> Report {
        let model = &*self.model;
        let probs = self.final_probs(pass);
        let (win, level) = self.verdict(&probs);
        let (label, head) = &model.heads()[win];
        let risk = probs.iter().copied().fold(0.0, f64::max);
        let sender = |i: usize| {
            conv.messages
                .get(i)
                .map_or(String::new(), |m| m.sender.clone())
        };

        let stages = pass
            .state
            .stages()
            .into_iter()
            .map(|(s, i)| Stage {
                stage: s.name().to_string(),
                message: i,
                sender: sender(i),
            })
            .collect();

        let mut evidence: Vec<Evidence> = pass
            .hits
            .iter()
            .map(|h| Evidence {
                message: h.message,
                sender: sender(h.message),
                span: [h.span.0, h.span.1],
                text: h.text.clone(),
                signal: h.signal.name().to_string(),
                weight: head.weights[h.signal as usize],
                ts: conv.messages.get(h.message).and_then(|m| m.ts.clone()),
            })
            .collect();
        evidence.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then(a.message.cmp(&b.message))
        });
        evidence.truncate(opts.max_evidence);
        evidence.sort_by_key(|e| (e.message, e.span[0]));

        let best = &pass.best[win];
        let mut contributions = self.contributions(conv, win, best);
        contributions.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
        let top_features = contributions
            .into_iter()
            .take(opts.top_features)
            .map(|(feature, contribution)| Contribution {
                feature,
                contribution,
            })
            .collect();
        let window = match (best.messages.first(), best.messages.last()) {
            (Some(&a), Some(&b)) => Some([a, b]),
            _ => None,
        };

        let first_alert_message = pass.rows().position(|p| self.verdict(p).1 >= Level::Medium);
        let timeline = opts.timeline.then(|| {
            pass.rows()
                .map(|p| p.iter().copied().fold(0.0, f64::max))
                .collect()
        });

        let mut report = Report {
            id: conv.id.clone(),
            risk,
            level,
            label: if level >= Level::Medium {
                label.clone()
            } else {
                BENIGN.to_string()
            },
            scores: model
                .heads()
                .iter()
                .map(|(l, _)| l.clone())
                .zip(probs.iter().copied())
                .collect(),
            stages,
            evidence,
            top_features,
            first_alert_message,
            window,
            timeline,
            indicators: IndicatorLists::from_indicators(&pass.indicators),
            sightings: crate::report::Sighting::from_indicators(&pass.indicators, |i| {
                conv.messages.get(i).and_then(|m| m.ts.clone())
            }),
            messages: conv.messages.len(),
            model: ModelRef {
                version: model.file().version.clone(),
                sha256: model.sha256().to_string(),
            },
            source: None,
        };
        if opts.redact {
            let mut senders: Vec<String> = conv.messages.iter().map(|m| m.sender.clone()).collect();
            senders.sort();
            senders.dedup();
            crate::redact::redact_report(
                &mut report,
                self.redaction_key(),
                &senders,
                &pass.indicators,
            );
        }
        report
    }

    /// The report plus a message-by-message trace for a human reviewer.
    pub fn explain(&self, conv: &Conversation, opts: &ScoreOptions) -> Explanation {
        let pass = self.pass(conv, true);
        let report = self.report(
            conv,
            &pass,
            &ScoreOptions {
                timeline: true,
                ..opts.clone()
            },
        );
        let win = self
            .model
            .heads()
            .iter()
            .position(|(l, _)| *l == report.label)
            .unwrap_or(0);
        let weights = &self.model.heads()[win].1.weights;
        let messages = conv
            .messages
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let hits: Vec<Evidence> = pass
                    .hits
                    .iter()
                    .filter(|h| h.message == i)
                    .map(|h| Evidence {
                        message: i,
                        sender: m.sender.clone(),
                        span: [h.span.0, h.span.1],
                        text: h.text.clone(),
                        signal: h.signal.name().to_string(),
                        weight: weights[h.signal as usize],
                        ts: m.ts.clone(),
                    })
                    .collect();
                let mut signals: Vec<String> = hits.iter().map(|h| h.signal.clone()).collect();
                signals.dedup();
                let probs = pass.row(i);
                let (h, level) = self.verdict(probs);
                MessageTrace {
                    message: i,
                    sender: m.sender.clone(),
                    text: m.text.clone(),
                    system: m.is_system(),
                    signals,
                    hits,
                    risk: probs
                        .get(h)
                        .copied()
                        .unwrap_or(0.0)
                        .max(probs.iter().copied().fold(0.0, f64::max)),
                    level,
                }
            })
            .collect();
        Explanation { report, messages }
    }
}

/// A short chat that touches the normalizer, the signal tables and the
/// indicator extractors.
fn warm_up_conversation() -> Conversation {
    use crate::Message;
    let lines = [
        (
            "a",
            "hi dear, video call karo na \u{1f60a} https://example.invalid",
        ),
        ("b", "ok, kaun?"),
        (
            "a",
            "maine tumhara video record kar liya, 25000 bhejo warna viral",
        ),
        ("a", "UPI pe bhejo: pay.help@okaxis ya call +91 90000 11223"),
        ("b", "please delete it, I beg you"),
    ];
    let messages = lines
        .iter()
        .enumerate()
        .map(|(i, (sender, text))| {
            let mut m = Message::new(*sender, *text);
            // Timestamps too: parsing them is part of a first request.
            m.ts = Some(format!("2026-01-01T10:0{i}:00+05:30"));
            m
        })
        .collect();
    Conversation::new("warm-up".to_string(), messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every corpus file the repository ships (training and held-out).
    pub(crate) fn corpus_files() -> Vec<std::path::PathBuf> {
        crate::testdata::files(&["training/corpus", "training/heldout"], &["jsonl"])
    }

    /// The fast pass (window counts dotted in place, interleaved weights)
    /// gives byte-identical reports, timeline included, to the reference
    /// pass that writes every window out as a row, on every corpus chat.
    #[test]
    fn fast_pass_matches_reference_on_every_corpus_file() {
        let scorer = Scorer::new(Arc::new(Model::embedded().unwrap()));
        let opts = ScoreOptions {
            timeline: true,
            ..ScoreOptions::default()
        };
        let plain = ScoreOptions::default();
        let files = corpus_files();
        assert!(files.len() >= 20, "corpus files: {files:?}");
        let mut chats = 0;
        for file in files {
            let bytes = std::fs::read(&file).unwrap();
            for (n, conv) in crate::import::JsonlReader::new(&bytes[..], "corpus").enumerate() {
                let conv = conv.unwrap();
                let reference = scorer.pass_reference(&conv);
                // With a timeline every window is exact; without one the
                // running estimates decide what they can.
                for (exact, opts) in [(true, &opts), (false, &plain)] {
                    let fast = scorer.report(&conv, &scorer.pass(&conv, exact), opts);
                    let slow = scorer.report(&conv, &reference, opts);
                    assert_eq!(
                        serde_json::to_string(&fast).unwrap(),
                        serde_json::to_string(&slow).unwrap(),
                        "{} record {} (exact running: {exact})",
                        file.display(),
                        n + 1
                    );
                }
                chats += 1;
            }
        }
        assert!(chats > 4000, "{chats} chats");
    }

    /// The running estimate of every window's text dot product is within
    /// its stated bound of the exact f32 value, on every corpus chat (the
    /// bound is what lets the fast pass skip the exact computation).
    #[test]
    fn window_estimates_stay_within_their_bound_on_every_corpus_file() {
        let scorer = Scorer::new(Arc::new(Model::embedded().unwrap()));
        let model = scorer.model();
        let space = model.space();
        let width = model.heads().len();
        let (scale, floor) = (space.layout.text.scale, space.layout.text.norm_floor);
        let (mut windows, mut worst, mut widest) = (0usize, 0f64, 0f64);
        for file in corpus_files() {
            let bytes = std::fs::read(&file).unwrap();
            for conv in crate::import::JsonlReader::new(&bytes[..], "corpus") {
                let conv = conv.unwrap();
                features::walk_windows_tracking(
                    model.pipeline(),
                    space,
                    &conv,
                    scorer.interleaved.clone(),
                    width,
                    |_, window, _| {
                        let Some((_, window)) = window else { return };
                        let factor = window.text_factor(scale, floor);
                        for h in 0..width {
                            let exact = window.text_dot(factor, &scorer.interleaved, width, h);
                            let e = window.estimate(h, scale, floor).unwrap();
                            let d = (e.value - exact as f64).abs();
                            assert!(d <= e.bound, "{}: {d} > {}", file.display(), e.bound);
                            worst = worst.max(d);
                            widest = widest.max(e.bound);
                            windows += 1;
                        }
                    },
                );
            }
        }
        assert!(windows > 10_000, "{windows} windows");
        eprintln!(
            "{windows} windows: largest |estimate - exact| {worst:e}, largest bound {widest:e}"
        );
    }
}
