//! Probability calibration: raw head logits -> calibrated probabilities.

use serde::{Deserialize, Serialize};

/// How a head's logit becomes a probability.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Calibration {
    /// `p = sigmoid(a * z + b)` (Platt scaling), fitted on held-out data.
    Platt { a: f64, b: f64 },
}

impl Calibration {
    pub fn apply(&self, logit: f64) -> f64 {
        match *self {
            Calibration::Platt { a, b } => sigmoid(a * logit + b),
        }
    }

    /// Fits Platt scaling by Newton's method on (logit, label) pairs, with
    /// Platt's smoothed targets so a separable split does not diverge.
    pub fn fit_platt(logits: &[f64], labels: &[bool]) -> Calibration {
        let pos = labels.iter().filter(|l| **l).count() as f64;
        let neg = labels.len() as f64 - pos;
        let hi = (pos + 1.0) / (pos + 2.0);
        let lo = 1.0 / (neg + 2.0);
        let t: Vec<f64> = labels.iter().map(|&l| if l { hi } else { lo }).collect();
        let (mut a, mut b) = (1.0f64, 0.0f64);
        for _ in 0..100 {
            let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 1e-9, 0.0, 1e-9);
            for (&z, &ti) in logits.iter().zip(&t) {
                let p = sigmoid(a * z + b);
                let d = p - ti;
                let w = p * (1.0 - p);
                ga += d * z;
                gb += d;
                haa += w * z * z;
                hab += w * z;
                hbb += w;
            }
            let det = haa * hbb - hab * hab;
            if det.abs() < 1e-12 {
                break;
            }
            let da = (hbb * ga - hab * gb) / det;
            let db = (haa * gb - hab * ga) / det;
            // Damped Newton: halve the step until the loss goes down, so a
            // nearly separable split cannot throw the fit far away.
            let before = loss(logits, &t, a, b);
            let mut step = 1.0;
            while step > 1e-6 && loss(logits, &t, a - step * da, b - step * db) > before {
                step *= 0.5;
            }
            a -= step * da;
            b -= step * db;
            if (step * da).abs() < 1e-9 && (step * db).abs() < 1e-9 {
                break;
            }
        }
        if !a.is_finite() || !b.is_finite() {
            return Calibration::Platt { a: 1.0, b: 0.0 };
        }
        Calibration::Platt { a, b }
    }
}

/// Cross-entropy of Platt scaling `(a, b)` against smoothed targets.
fn loss(logits: &[f64], t: &[f64], a: f64, b: f64) -> f64 {
    logits
        .iter()
        .zip(t)
        .map(|(&z, &ti)| {
            let p = sigmoid(a * z + b).clamp(1e-12, 1.0 - 1e-12);
            -(ti * p.ln() + (1.0 - ti) * (1.0 - p).ln())
        })
        .sum()
}

pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platt_recovers_a_known_scaling() {
        // Labels drawn deterministically from p = sigmoid(2z - 1).
        let mut logits = Vec::new();
        let mut labels = Vec::new();
        for i in 0..2000 {
            let z = (i as f64 / 2000.0) * 6.0 - 3.0;
            let p = sigmoid(2.0 * z - 1.0);
            let u = ((i * 7919) % 1000) as f64 / 1000.0;
            logits.push(z);
            labels.push(u < p);
        }
        let Calibration::Platt { a, b } = Calibration::fit_platt(&logits, &labels);
        assert!((a - 2.0).abs() < 0.4, "a = {a}");
        assert!((b + 1.0).abs() < 0.4, "b = {b}");
    }

    #[test]
    fn separable_data_stays_finite() {
        let cal = Calibration::fit_platt(&[-3.0, -2.0, 2.0, 3.0], &[false, false, true, true]);
        let p = cal.apply(2.5);
        assert!(p.is_finite() && p > 0.5);
    }
}
