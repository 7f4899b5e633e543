//! Threshold-free and threshold metrics over (score, truth) pairs.
//!
//! A leaf module, as linfa keeps `metrics_classification`: it depends on
//! nothing else in the crate, so training, evaluation and the server can
//! all use it without import circles.

use serde::{Deserialize, Serialize};

/// Area under the ROC curve (ties counted half), `None` without both classes.
pub fn roc_auc(scores: &[f64], truth: &[bool]) -> Option<f64> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    let pos = truth.iter().filter(|t| **t).count() as f64;
    let neg = truth.len() as f64 - pos;
    if pos == 0.0 || neg == 0.0 {
        return None;
    }
    // Rank-sum with average ranks for ties.
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && scores[order[j + 1]] == scores[order[i]] {
            j += 1;
        }
        let avg = (i + j) as f64 / 2.0 + 1.0;
        for k in i..=j {
            if truth[order[k]] {
                rank_sum += avg;
            }
        }
        i = j + 1;
    }
    Some((rank_sum - pos * (pos + 1.0) / 2.0) / (pos * neg))
}

/// The ranking from the highest score down, one step per group of tied
/// scores: (score, true positives, false positives) at or above it.
pub fn cumulative(scores: &[f64], truth: &[bool]) -> Vec<(f64, usize, usize)> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let (mut tp, mut fp) = (0usize, 0usize);
    let mut steps: Vec<(f64, usize, usize)> = Vec::new();
    for i in order {
        if truth[i] {
            tp += 1
        } else {
            fp += 1
        }
        match steps.last_mut() {
            Some(last) if last.0 == scores[i] => *last = (scores[i], tp, fp),
            _ => steps.push((scores[i], tp, fp)),
        }
    }
    steps
}

/// Average precision (area under the precision-recall curve).
pub fn pr_auc(scores: &[f64], truth: &[bool]) -> Option<f64> {
    let pos = truth.iter().filter(|t| **t).count();
    if pos == 0 {
        return None;
    }
    let mut before = 0;
    let mut ap = 0.0;
    for (_, tp, fp) in cumulative(scores, truth) {
        ap += (tp - before) as f64 / pos as f64 * (tp as f64 / (tp + fp) as f64);
        before = tp;
    }
    Some(ap)
}

/// Recall at the strictest cut-off whose false-positive rate is <= `fpr`.
pub fn recall_at_fpr(scores: &[f64], truth: &[bool], fpr: f64) -> Option<f64> {
    let pos = truth.iter().filter(|t| **t).count();
    let neg = truth.len() - pos;
    if pos == 0 || neg == 0 {
        return None;
    }
    let best = cumulative(scores, truth)
        .into_iter()
        .take_while(|(_, _, fp)| *fp as f64 / neg as f64 <= fpr)
        .last()
        .map_or(0.0, |(_, tp, _)| tp as f64 / pos as f64);
    Some(best)
}

/// Expected calibration error over `bins` equal-width bins.
pub fn ece(scores: &[f64], truth: &[bool], bins: usize) -> f64 {
    let mut sum = vec![0.0; bins];
    let mut hit = vec![0.0; bins];
    let mut n = vec![0usize; bins];
    for (&s, &t) in scores.iter().zip(truth) {
        let b = ((s * bins as f64) as usize).min(bins - 1);
        sum[b] += s;
        hit[b] += t as u8 as f64;
        n[b] += 1;
    }
    let total = scores.len().max(1) as f64;
    (0..bins)
        .filter(|&b| n[b] > 0)
        .map(|b| (n[b] as f64 / total) * ((sum[b] - hit[b]) / n[b] as f64).abs())
        .sum()
}

/// Confusion counts at one cut-off.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Confusion {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub tn: usize,
}

impl Confusion {
    pub fn at(scores: &[f64], truth: &[bool], cut: f64) -> Confusion {
        let mut c = Confusion::default();
        for (&s, &t) in scores.iter().zip(truth) {
            match (s >= cut, t) {
                (true, true) => c.tp += 1,
                (true, false) => c.fp += 1,
                (false, true) => c.fn_ += 1,
                (false, false) => c.tn += 1,
            }
        }
        c
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn fpr(&self) -> f64 {
        ratio(self.fp, self.fp + self.tn)
    }
    pub fn f_beta(&self, beta: f64) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        let b2 = beta * beta;
        if p + r == 0.0 {
            0.0
        } else {
            (1.0 + b2) * p * r / (b2 * p + r)
        }
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The figures stored in the model file for one head, on its calibration split.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeadSummary {
    pub conversations: usize,
    pub positives: usize,
    pub roc_auc: Option<f64>,
    pub pr_auc: Option<f64>,
    pub ece: f64,
    pub medium: OperatingPoint,
    pub high: OperatingPoint,
}

/// Precision, recall and false-positive rate at one threshold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct OperatingPoint {
    pub threshold: f64,
    pub precision: f64,
    pub recall: f64,
    pub fpr: f64,
}

impl OperatingPoint {
    pub fn at(probs: &[f64], truth: &[bool], threshold: f64) -> Self {
        let c = Confusion::at(probs, truth, threshold);
        OperatingPoint {
            threshold,
            precision: c.precision(),
            recall: c.recall(),
            fpr: c.fpr(),
        }
    }
}

impl HeadSummary {
    pub fn new(probs: &[f64], truth: &[bool], t: impl Into<(f64, f64)>) -> Self {
        let (medium, high) = t.into();
        HeadSummary {
            conversations: probs.len(),
            positives: truth.iter().filter(|x| **x).count(),
            roc_auc: roc_auc(probs, truth),
            pr_auc: pr_auc(probs, truth),
            ece: ece(probs, truth, 10),
            medium: OperatingPoint::at(probs, truth, medium),
            high: OperatingPoint::at(probs, truth, high),
        }
    }
}

/// The lowest score cut-off whose precision on (probs, truth) is at least
/// `target` (maximising recall); 1.0 when none reaches it.
pub fn threshold_for_precision(probs: &[f64], truth: &[bool], target: f64) -> f64 {
    cumulative(probs, truth)
        .into_iter()
        .filter(|(_, tp, fp)| *tp as f64 / (tp + fp) as f64 >= target)
        .map(|(t, _, _)| t)
        .next_back()
        .unwrap_or(1.0)
}
