//! Evaluation: reports vs labels -> the figures of the model card.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::conversation::{Conversation, STAGES};
use crate::report::{BENIGN, Level, Report};

pub use crate::metrics;

pub use crate::error::did_you_mean;

use metrics::{Confusion, ratio};

/// Figures for one head.
#[derive(Debug, Clone, Serialize)]
pub struct HeadEval {
    pub label: String,
    pub positives: usize,
    pub negatives: usize,
    /// Predicted label == this head at level >= medium, vs truth.
    pub medium: LevelEval,
    pub high: LevelEval,
    pub roc_auc: Option<f64>,
    pub pr_auc: Option<f64>,
    pub recall_at_1pct_fpr: Option<f64>,
    pub recall_at_2_5pct_fpr: Option<f64>,
    pub ece: f64,
    pub early_warning: Option<EarlyWarning>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelEval {
    pub confusion: Confusion,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub f05: f64,
    pub fpr: f64,
}

impl LevelEval {
    fn new(c: Confusion) -> Self {
        LevelEval {
            confusion: c,
            precision: c.precision(),
            recall: c.recall(),
            f1: c.f_beta(1.0),
            f05: c.f_beta(0.5),
            fpr: c.fpr(),
        }
    }
}

/// How early true positives are caught.
#[derive(Debug, Clone, Serialize)]
pub struct EarlyWarning {
    pub true_positives: usize,
    /// Median 0-based message index of the first alert.
    pub median_alert_message: f64,
    /// Of true positives with a money demand: alerted at or before it.
    pub alerted_by_first_demand: Option<f64>,
    /// Median (alert - first money demand) in messages, negative = earlier.
    pub median_alert_minus_demand: Option<f64>,
    /// eSPD speed and F_latency (Vogt et al., 2021).
    pub speed: f64,
    pub f_latency: f64,
    pub penalty_p: f64,
}

/// Breakdown of one group (a `source` or a `lang`).
#[derive(Debug, Clone, Serialize)]
pub struct GroupEval {
    pub conversations: usize,
    /// Per true label: count and share predicted as that label (recall);
    /// for `benign`, `flagged` is the share predicted as anything else.
    pub labels: BTreeMap<String, GroupLabel>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupLabel {
    pub count: usize,
    pub correct: f64,
    pub flagged: f64,
}

/// The whole evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub conversations: usize,
    pub heads: Vec<HeadEval>,
    /// Rows: true label; columns: predicted label (at `medium`).
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
    pub by_source: BTreeMap<String, GroupEval>,
    pub by_lang: BTreeMap<String, GroupEval>,
    /// Detected stages against the `stage` annotations, where the data has them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stages: Option<StageEval>,
    /// Misclassified conversations (with `eval --errors`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Misclassified>,
}

/// Per-stage precision and recall of the signals against annotations, and
/// how early caught sextortion chats were flagged.
#[derive(Debug, Clone, Serialize)]
pub struct StageEval {
    /// Conversations carrying annotations.
    pub annotated: usize,
    pub per_stage: BTreeMap<String, StageFigures>,
    /// Caught sextortion chats with an annotated money demand.
    pub caught_with_demand: usize,
    /// Of those, the share whose first alert came at or before the first
    /// annotated `money_demand` message.
    pub alert_by_first_demand: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StageFigures {
    /// Messages annotated with the stage.
    pub annotated: usize,
    /// Messages where the stage's signal fired.
    pub detected: usize,
    pub precision: f64,
    pub recall: f64,
}

/// A conversation the model got wrong (at `medium`).
#[derive(Debug, Clone, Serialize)]
pub struct Misclassified {
    pub id: String,
    pub truth: String,
    pub predicted: String,
    pub risk: f64,
    pub level: Level,
    pub lang: Option<String>,
    /// The winning head's strongest features.
    pub top_features: Vec<String>,
}

/// The annotation stage a signal stands for.
fn stage_of(signal: &str) -> Option<&'static str> {
    Some(match signal {
        "first_contact" | "flattery" => "befriend",
        "platform_move" => "platform_move",
        "video_call_request" => "video_call",
        "undress_request" => "undress_request",
        "recording_claim" => "recording",
        "leak_threat" | "contact_harvest" => "leak_threat",
        "money_demand" => "money_demand",
        "payment_channel" => "payment_handle",
        "authority_impersonation" => "impersonation",
        "plea" => "victim_plea",
        _ => return None,
    })
}

/// Stage figures over conversations whose messages carry `stage`; `None`
/// when none do. Reports must carry all evidence (no `max_evidence` cut).
pub fn stage_eval(items: &[(&Conversation, &Report)]) -> Option<StageEval> {
    let annotated: Vec<&(&Conversation, &Report)> = items
        .iter()
        .filter(|(c, _)| c.messages.iter().any(|m| m.meta.contains_key("stage")))
        .collect();
    if annotated.is_empty() {
        return None;
    }
    let mut counts: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let (mut caught, mut early) = (0usize, 0usize);
    for (c, r) in &annotated {
        let mut detected: Vec<std::collections::BTreeSet<&str>> =
            vec![Default::default(); c.messages.len()];
        for e in &r.evidence {
            if let (Some(s), Some(slot)) = (stage_of(&e.signal), detected.get_mut(e.message)) {
                slot.insert(s);
            }
        }
        for (m, found) in c.messages.iter().zip(&detected) {
            let truth = m
                .meta
                .get("stage")
                .and_then(|v| v.as_str())
                .unwrap_or("none");
            if truth != "none" {
                counts.entry(stage_name(truth)).or_default().0 += 1;
            }
            for s in found {
                let e = counts.entry(s).or_default();
                e.1 += 1;
                if *s == truth {
                    e.2 += 1;
                }
            }
        }
        if c.label.as_deref() == Some("sextortion") && r.label == "sextortion" {
            let demand = c
                .messages
                .iter()
                .position(|m| m.meta.get("stage").and_then(|v| v.as_str()) == Some("money_demand"));
            if let (Some(d), Some(a)) = (demand, r.first_alert_message) {
                caught += 1;
                early += usize::from(a <= d);
            } else if demand.is_some() {
                caught += 1;
            }
        }
    }
    let per_stage = counts
        .into_iter()
        .filter(|(s, _)| *s != "none")
        .map(|(s, (annotated, detected, hit))| {
            (
                s.to_string(),
                StageFigures {
                    annotated,
                    detected,
                    precision: ratio(hit, detected),
                    recall: ratio(hit, annotated),
                },
            )
        })
        .collect();
    Some(StageEval {
        annotated: annotated.len(),
        per_stage,
        caught_with_demand: caught,
        alert_by_first_demand: (caught > 0).then(|| early as f64 / caught as f64),
    })
}

/// The annotation vocabulary as `'static` names ("none" for anything else).
fn stage_name(s: &str) -> &'static str {
    STAGES.iter().find(|a| **a == s).copied().unwrap_or("none")
}

/// Conversations whose predicted label differs from the truth, riskiest first.
pub fn misclassified(items: &[(&Conversation, &Report)], heads: &[&str]) -> Vec<Misclassified> {
    let mut out: Vec<Misclassified> = items
        .iter()
        .filter_map(|(c, r)| {
            let truth = truth_label(c, heads);
            (truth != r.label).then(|| Misclassified {
                id: c.id.clone(),
                truth,
                predicted: r.label.clone(),
                risk: r.risk,
                level: r.level,
                lang: c.lang.clone(),
                top_features: r
                    .top_features
                    .iter()
                    .take(5)
                    .map(|f| format!("{} {:+.2}", f.feature, f.contribution))
                    .collect(),
            })
        })
        .collect();
    out.sort_by(|a, b| b.risk.total_cmp(&a.risk).then(a.id.cmp(&b.id)));
    out
}

/// Maps a data label onto the model's heads (anything not a head is benign).
fn truth_label(conv: &Conversation, heads: &[&str]) -> String {
    match conv.label.as_deref() {
        Some(l) if heads.contains(&l) => l.to_string(),
        _ => BENIGN.to_string(),
    }
}

/// Evaluates reports against the conversations' labels.
pub fn evaluate(items: &[(&Conversation, &Report)], heads: &[&str]) -> Evaluation {
    let truths: Vec<String> = items.iter().map(|(c, _)| truth_label(c, heads)).collect();
    let mut head_evals = Vec::new();
    for head in heads {
        let scores: Vec<f64> = items
            .iter()
            .map(|(_, r)| r.scores.get(*head).copied().unwrap_or(0.0))
            .collect();
        let truth: Vec<bool> = truths.iter().map(|t| t == head).collect();
        let predicted_at = |level: Level| -> Vec<bool> {
            items
                .iter()
                .map(|(_, r)| r.label == *head && r.level >= level)
                .collect()
        };
        let confusion = |pred: &[bool]| {
            let as_score: Vec<f64> = pred.iter().map(|p| *p as u8 as f64).collect();
            Confusion::at(&as_score, &truth, 0.5)
        };
        let pred_m = predicted_at(Level::Medium);
        let medium = confusion(&pred_m);
        let high = confusion(&predicted_at(Level::High));
        let early = early_warning(items, &truth, &pred_m, medium.f_beta(1.0));
        head_evals.push(HeadEval {
            label: head.to_string(),
            positives: truth.iter().filter(|t| **t).count(),
            negatives: truth.iter().filter(|t| !**t).count(),
            medium: LevelEval::new(medium),
            high: LevelEval::new(high),
            roc_auc: metrics::roc_auc(&scores, &truth),
            pr_auc: metrics::pr_auc(&scores, &truth),
            recall_at_1pct_fpr: metrics::recall_at_fpr(&scores, &truth, 0.01),
            recall_at_2_5pct_fpr: metrics::recall_at_fpr(&scores, &truth, 0.025),
            ece: metrics::ece(&scores, &truth, 10),
            early_warning: early,
        });
    }
    let mut confusion: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for ((_, r), t) in items.iter().zip(&truths) {
        *confusion
            .entry(t.clone())
            .or_default()
            .entry(r.label.clone())
            .or_default() += 1;
    }
    let group = |key: &dyn Fn(&Conversation) -> String| {
        let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, (c, _)) in items.iter().enumerate() {
            groups.entry(key(c)).or_default().push(i);
        }
        groups
            .into_iter()
            .map(|(g, idx)| {
                let mut labels: BTreeMap<String, GroupLabel> = BTreeMap::new();
                let mut by_label: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
                for &i in &idx {
                    by_label.entry(truths[i].as_str()).or_default().push(i);
                }
                for (l, members) in by_label {
                    let correct = members.iter().filter(|&&i| items[i].1.label == l).count();
                    let flagged = members
                        .iter()
                        .filter(|&&i| items[i].1.label != BENIGN)
                        .count();
                    labels.insert(
                        l.to_string(),
                        GroupLabel {
                            count: members.len(),
                            correct: ratio(correct, members.len()),
                            flagged: ratio(flagged, members.len()),
                        },
                    );
                }
                (
                    g,
                    GroupEval {
                        conversations: idx.len(),
                        labels,
                    },
                )
            })
            .collect()
    };
    Evaluation {
        conversations: items.len(),
        heads: head_evals,
        confusion,
        by_source: group(&|c: &Conversation| c.source.clone().unwrap_or_else(|| "-".into())),
        by_lang: group(&|c: &Conversation| c.lang.clone().unwrap_or_else(|| "-".into())),
        stages: stage_eval(items),
        errors: Vec::new(),
    }
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

/// eSPD early-warning figures. A true positive alerted after reading `k`
/// messages pays `penalty(k) = -1 + 2 / (1 + exp(-p (k - 1)))`; speed is
/// `1 - median penalty` and `F_latency = F1 * speed` (Vogt et al., ACL
/// 2021, after Sadeque et al., 2018). `p` is set so that the penalty is
/// 0.5 at the median length of the positive conversations.
fn early_warning(
    items: &[(&Conversation, &Report)],
    truth: &[bool],
    pred: &[bool],
    f1: f64,
) -> Option<EarlyWarning> {
    let tps: Vec<&Report> = items
        .iter()
        .zip(truth.iter().zip(pred))
        .filter(|(_, (t, p))| **t && **p)
        .map(|((_, r), _)| *r)
        .collect();
    if tps.is_empty() {
        return None;
    }
    let lengths: Vec<f64> = items
        .iter()
        .zip(truth)
        .filter(|(_, t)| **t)
        .map(|((c, _), _)| c.messages.len() as f64)
        .collect();
    let median_len = median(lengths).unwrap_or(0.0);
    if median_len < 3.0 {
        // One- and two-message items (SMS): "how early" means nothing.
        return None;
    }
    let p = 3f64.ln() / (median_len - 1.0);
    let alerts: Vec<f64> = tps
        .iter()
        .map(|r| {
            r.first_alert_message
                .unwrap_or(r.messages.saturating_sub(1)) as f64
        })
        .collect();
    let penalties: Vec<f64> = alerts
        .iter()
        .map(|a| -1.0 + 2.0 / (1.0 + (-p * a).exp()))
        .collect();
    let mut deltas = Vec::new();
    let mut by_demand = 0usize;
    for (r, a) in tps.iter().zip(&alerts) {
        if let Some(d) = r.stages.iter().find(|s| s.stage == "money_demand") {
            let delta = a - d.message as f64;
            by_demand += (delta <= 0.0) as usize;
            deltas.push(delta);
        }
    }
    let speed = 1.0 - median(penalties).unwrap_or(0.0);
    Some(EarlyWarning {
        true_positives: tps.len(),
        median_alert_message: median(alerts).unwrap_or(0.0),
        alerted_by_first_demand: (!deltas.is_empty())
            .then(|| by_demand as f64 / deltas.len() as f64),
        median_alert_minus_demand: median(deltas),
        speed,
        f_latency: f1 * speed,
        penalty_p: p,
    })
}

#[cfg(test)]
mod tests {
    use super::metrics::*;

    #[test]
    fn auc_of_perfect_and_inverted_rankings() {
        let s = [0.1, 0.2, 0.8, 0.9];
        assert_eq!(roc_auc(&s, &[false, false, true, true]), Some(1.0));
        assert_eq!(roc_auc(&s, &[true, true, false, false]), Some(0.0));
        assert_eq!(roc_auc(&[0.5, 0.5], &[true, false]), Some(0.5));
        assert_eq!(roc_auc(&s, &[true; 4]), None);
    }

    #[test]
    fn pr_auc_and_recall_at_fpr() {
        let s = [0.9, 0.8, 0.7, 0.1];
        let t = [true, false, true, false];
        let ap = pr_auc(&s, &t).unwrap();
        assert!((ap - (0.5 * 1.0 + 0.5 * (2.0 / 3.0))).abs() < 1e-9);
        assert_eq!(recall_at_fpr(&s, &t, 0.0), Some(0.5));
        assert_eq!(recall_at_fpr(&s, &t, 0.5), Some(1.0));
    }

    #[test]
    fn ece_is_zero_when_calibrated() {
        let s = [0.05, 0.05, 0.95, 0.95];
        assert!(ece(&s, &[false, false, true, true], 10) < 0.06);
        assert!(ece(&[0.95, 0.95], &[false, false], 10) > 0.9);
    }

    #[test]
    fn confusion_figures() {
        let c = Confusion {
            tp: 8,
            fp: 2,
            fn_: 2,
            tn: 88,
        };
        assert!((c.precision() - 0.8).abs() < 1e-9);
        assert!((c.recall() - 0.8).abs() < 1e-9);
        assert!((c.f_beta(1.0) - 0.8).abs() < 1e-9);
        assert!((c.fpr() - 2.0 / 90.0).abs() < 1e-9);
    }
}

/// One row of a threshold sweep for one head.
#[derive(Debug, Clone, Serialize)]
pub struct SweepRow {
    pub threshold: f64,
    /// Conversations scored at or above the threshold on this head.
    pub flagged: usize,
    pub precision: f64,
    pub recall: f64,
    /// Share of the head's negatives (benign and other labels) flagged.
    pub fpr: f64,
    /// Share of the `benign` conversations flagged.
    pub benign_flagged: f64,
}

/// A threshold sweep for one head: what a policy file's `medium` or `high`
/// set at each threshold would give on this data.
#[derive(Debug, Clone, Serialize)]
pub struct HeadSweep {
    pub label: String,
    pub positives: usize,
    pub benign: usize,
    pub rows: Vec<SweepRow>,
}

/// Sweeps `thresholds` over each head's calibrated score.
pub fn sweep(
    items: &[(&Conversation, &Report)],
    heads: &[&str],
    thresholds: &[f64],
) -> Vec<HeadSweep> {
    let truths: Vec<String> = items.iter().map(|(c, _)| truth_label(c, heads)).collect();
    let is_benign: Vec<bool> = truths.iter().map(|t| t == BENIGN).collect();
    let benign = is_benign.iter().filter(|b| **b).count();
    heads
        .iter()
        .map(|head| {
            let scores: Vec<f64> = items
                .iter()
                .map(|(_, r)| r.scores.get(*head).copied().unwrap_or(0.0))
                .collect();
            let truth: Vec<bool> = truths.iter().map(|t| t == head).collect();
            let rows = thresholds
                .iter()
                .map(|&t| {
                    let c = Confusion::at(&scores, &truth, t);
                    let benign_hit = scores
                        .iter()
                        .zip(&is_benign)
                        .filter(|(s, b)| **b && **s >= t)
                        .count();
                    SweepRow {
                        threshold: t,
                        flagged: c.tp + c.fp,
                        precision: c.precision(),
                        recall: c.recall(),
                        fpr: c.fpr(),
                        benign_flagged: ratio(benign_hit, benign),
                    }
                })
                .collect();
            HeadSweep {
                label: head.to_string(),
                positives: truth.iter().filter(|t| **t).count(),
                benign,
                rows,
            }
        })
        .collect()
}

/// Two models on the same conversations, one head: where they disagree at
/// `medium` (predicted label == head at level >= medium vs truth).
#[derive(Debug, Clone, Serialize)]
pub struct PairedHead {
    pub label: String,
    /// Conversations the first model gets right and the second wrong.
    pub only_first_right: usize,
    /// Conversations the second model gets right and the first wrong.
    pub only_second_right: usize,
    /// McNemar's chi-square with continuity correction over the two counts
    /// above (1 degree of freedom; > 3.84 is p < 0.05).
    pub mcnemar_chi2: f64,
}

/// Paired comparison of two models' reports (`a[i]` and `b[i]` are the same conversation).
pub fn paired(
    convs: &[&Conversation],
    a: &[&Report],
    b: &[&Report],
    heads: &[&str],
) -> Vec<PairedHead> {
    heads
        .iter()
        .map(|head| {
            let (mut first, mut second) = (0, 0);
            for ((c, ra), rb) in convs.iter().zip(a).zip(b) {
                let truth = truth_label(c, heads) == *head;
                let right = |r: &Report| (r.label == *head && r.level >= Level::Medium) == truth;
                match (right(ra), right(rb)) {
                    (true, false) => first += 1,
                    (false, true) => second += 1,
                    _ => {}
                }
            }
            let n = (first + second) as f64;
            let d = (first as f64 - second as f64).abs() - 1.0;
            PairedHead {
                label: head.to_string(),
                only_first_right: first,
                only_second_right: second,
                mcnemar_chi2: if n > 0.0 { d.max(0.0).powi(2) / n } else { 0.0 },
            }
        })
        .collect()
}
