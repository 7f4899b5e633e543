//! Scoring: a [`Conversation`] -> a [`Report`], with the running score after
//! every message computed incrementally (early warning without O(n²)).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::conversation::Conversation;
use crate::error::{Error, Result};
use crate::features::FeatureVector;
use crate::model::{Model, Thresholds};
use crate::pipeline::{MessageObservation, Scratch};
use crate::report::{Contribution, Evidence, IndicatorLists, Level, ModelRef, Report, Stage};
use crate::signals::indicators::Indicators;
use crate::signals::sequence::SequenceState;
use crate::signals::{Hit, Signal};

/// Per-deployment thresholds (`--policy policy.toml`):
/// `[sextortion]\nmedium = 0.4\nhigh = 0.8`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Policy {
    pub thresholds: BTreeMap<String, Thresholds>,
}

impl Policy {
    pub fn from_toml(text: &str, source: &str) -> Result<Policy> {
        let policy: Policy = toml::from_str(text)
            .map_err(|e| Error::Other(format!("{source}: invalid policy: {e}")))?;
        for (label, t) in &policy.thresholds {
            if !(0.0..=1.0).contains(&t.medium)
                || !(0.0..=1.0).contains(&t.high)
                || t.high < t.medium
            {
                return Err(Error::Other(format!(
                    "{source}: [{label}] needs 0 <= medium <= high <= 1, got medium {} high {}",
                    t.medium, t.high
                )));
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

/// A report plus the message-by-message trace behind it.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    pub report: Report,
    pub messages: Vec<MessageTrace>,
}

/// Scores conversations with one model; cheap to clone and share.
#[derive(Debug, Clone)]
pub struct Scorer {
    model: Arc<Model>,
    thresholds: Vec<Thresholds>,
}

/// Everything one pass over a conversation produces.
struct Pass {
    hits: Vec<Hit>,
    indicators: Indicators,
    state: SequenceState,
    vector: FeatureVector,
    /// Per message: calibrated probability of each head, one row of
    /// `width` values per message, flat (one allocation per conversation).
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
            .heads
            .iter()
            .map(|(l, _)| model.thresholds(l))
            .collect();
        Scorer { model, thresholds }
    }

    /// Overrides thresholds for the labels the policy names.
    pub fn with_policy(mut self, policy: &Policy) -> Result<Self> {
        for (label, t) in &policy.thresholds {
            let i = self
                .model
                .heads
                .iter()
                .position(|(l, _)| l == label)
                .ok_or_else(|| {
                    Error::Other(format!(
                        "policy names label {label:?}, but the model's labels are {:?}",
                        self.labels()
                    ))
                })?;
            self.thresholds[i] = *t;
        }
        Ok(self)
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    pub fn labels(&self) -> Vec<&str> {
        self.model.heads.iter().map(|(l, _)| l.as_str()).collect()
    }

    pub fn thresholds(&self) -> impl Iterator<Item = (&str, Thresholds)> {
        self.model
            .heads
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

    fn pass(&self, conv: &Conversation) -> Pass {
        let model = &*self.model;
        let space = &model.space;
        let ngram_value = space.layout.ngram_value;
        let heads = &model.heads;
        let mut state = SequenceState::new();
        let mut scratch = Scratch::default();
        let mut obs = MessageObservation::default();
        let mut hits = Vec::new();
        let mut indicators = Indicators::default();
        let mut seen = vec![false; space.layout.ngrams.len()];
        let mut present: Vec<u32> = Vec::new();
        let mut sparse = vec![0.0f32; heads.len()];
        let mut structural = Vec::with_capacity(space.n_structural());
        let width = heads.len();
        let mut running = Vec::with_capacity(conv.messages.len() * width);
        let n_structural = space.n_structural();
        for (i, m) in conv.messages.iter().enumerate() {
            model.pipeline.observe(m, i, &mut scratch, &mut obs);
            if !m.is_system() {
                state.push(i, &m.sender, m.ts.as_deref(), &obs.hits, &obs.indicators);
                for key in &obs.ngrams {
                    if let Some(f) = space.ngram(*key) {
                        let slot = f - n_structural;
                        if !seen[slot] {
                            seen[slot] = true;
                            present.push(f as u32);
                            for (h, (_, head)) in heads.iter().enumerate() {
                                sparse[h] += head.weights[f];
                            }
                        }
                    }
                }
                hits.append(&mut obs.hits);
                append_indicators(&mut indicators, &mut obs.indicators);
            }
            state.fill(&mut structural);
            for (h, (_, head)) in heads.iter().enumerate() {
                let dense: f32 = structural
                    .iter()
                    .zip(&head.weights)
                    .map(|(x, w)| x * w)
                    .sum();
                let logit = head.intercept + dense + ngram_value * sparse[h];
                running.push(head.calibration.apply(logit as f64));
            }
        }
        if conv.messages.is_empty() {
            state.fill(&mut structural);
        }
        present.sort_unstable();
        let vector = FeatureVector {
            structural,
            ngrams: present,
            ngram_value,
        };
        Pass {
            hits,
            indicators,
            state,
            vector,
            running,
            width,
            steps: conv.messages.len(),
        }
    }

    fn final_probs(&self, pass: &Pass) -> Vec<f64> {
        match pass.steps.checked_sub(1) {
            Some(last) => pass.row(last).to_vec(),
            None => self
                .model
                .heads
                .iter()
                .map(|(_, h)| {
                    h.calibration
                        .apply((pass.vector.dot(&h.weights) + h.intercept) as f64)
                })
                .collect(),
        }
    }

    /// Scores one conversation.
    pub fn score(&self, conv: &Conversation, opts: &ScoreOptions) -> Report {
        let pass = self.pass(conv);
        self.report(conv, &pass, opts)
    }

    fn report(&self, conv: &Conversation, pass: &Pass, opts: &ScoreOptions) -> Report {
        let model = &*self.model;
        let probs = self.final_probs(pass);
        let (win, level) = self.verdict(&probs);
        let (label, head) = &model.heads[win];
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
            })
            .collect();
        evidence.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then(a.message.cmp(&b.message))
        });
        evidence.truncate(opts.max_evidence);
        evidence.sort_by_key(|e| (e.message, e.span[0]));

        let mut contributions = pass.vector.contributions(&head.weights);
        contributions.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
        let top_features = contributions
            .into_iter()
            .take(opts.top_features)
            .map(|(i, c)| Contribution {
                feature: model.space.name(i),
                contribution: c,
            })
            .collect();

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
                "benign".to_string()
            },
            scores: model
                .heads
                .iter()
                .map(|(l, _)| l.clone())
                .zip(probs.iter().copied())
                .collect(),
            stages,
            evidence,
            top_features,
            first_alert_message,
            timeline,
            indicators: IndicatorLists::from_indicators(&pass.indicators),
            messages: conv.messages.len(),
            model: ModelRef {
                version: model.file.version.clone(),
                sha256: model.sha256.clone(),
            },
        };
        if opts.redact {
            let mut senders: Vec<String> = conv.messages.iter().map(|m| m.sender.clone()).collect();
            senders.sort();
            senders.dedup();
            report.redact(&senders, &pass.indicators);
        }
        report
    }

    /// The report plus a message-by-message trace for a human reviewer.
    pub fn explain(&self, conv: &Conversation, opts: &ScoreOptions) -> Explanation {
        let pass = self.pass(conv);
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
            .heads
            .iter()
            .position(|(l, _)| *l == report.label)
            .unwrap_or(0);
        let weights = &self.model.heads[win].1.weights;
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

fn append_indicators(into: &mut Indicators, from: &mut Indicators) {
    into.upi.append(&mut from.upi);
    into.phone.append(&mut from.phone);
    into.crypto.append(&mut from.crypto);
    into.url.append(&mut from.url);
    into.email.append(&mut from.email);
    into.gift_card.append(&mut from.gift_card);
}

/// Index of the `sig:` feature of a signal (the dense block starts with them).
pub fn signal_feature(signal: Signal) -> usize {
    signal as usize
}
