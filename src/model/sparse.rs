//! L2-regularised logistic regression over sparse rows, with optional
//! lower bounds of zero on chosen weights.
//!
//! Why not `linfa-logistic` for the shipped model: it takes a dense
//! `ndarray` design matrix (windows × 2^18 hashed buckets would be tens of
//! gigabytes) and cannot bound weights, and issue-level design needs risk
//! signals that only ever *raise* risk. This is mini-batch AdaGrad with a
//! projection onto the bounds after every step (projected stochastic
//! gradient), deterministic for a seed. The test module checks it against
//! `linfa-logistic` on a small dense problem, where both should find the
//! same optimum.

use crate::features::Row;

/// One training row: features, class and weight.
pub struct Example<R> {
    pub row: R,
    pub positive: bool,
    pub weight: f32,
}

/// Where an example's [`Row`] comes from: a row held as it is, or a
/// compact form written out into a scratch row when the fitter reads it.
pub trait RowSource {
    fn row<'a>(&'a self, scratch: &'a mut Row) -> &'a Row;

    /// Asks the CPU to start loading the row's memory (the fitter reads
    /// rows in shuffled order, so each would otherwise start with cache
    /// misses): a hint, which changes no result.
    fn prefetch(&self) {}
}

impl RowSource for &Row {
    fn row<'a>(&'a self, _: &'a mut Row) -> &'a Row {
        self
    }
}

/// Optimiser settings.
#[derive(Debug, Clone, Copy)]
pub struct SgdParams {
    /// L2 penalty per unit of example weight.
    pub l2: f32,
    pub epochs: usize,
    pub batch: usize,
    pub learning_rate: f32,
    pub seed: u64,
}

/// Fits `(weights, intercept)` over a space of `dim` features.
/// `nonnegative[i]` bounds weight `i` below by zero.
pub fn fit<R: RowSource>(
    examples: &[Example<R>],
    dim: usize,
    nonnegative: &[bool],
    p: SgdParams,
) -> (Vec<f32>, f32) {
    // Everything the fitter keeps per weight in one place: an example's
    // dot product fetches the cache lines its gradient and update then use.
    let mut state: Vec<Slot> = (0..dim)
        .map(|i| Slot {
            w: 0.0,
            grad: 0.0,
            g2: 1e-6,
            seen: false,
            nonnegative: nonnegative.get(i).copied().unwrap_or(false),
        })
        .collect();
    let mut touched: Vec<u32> = Vec::new();
    let mut scratch = Row::default();
    let (mut b, mut b_g2) = (0.0f32, 1e-6f32);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = SplitMix(p.seed);
    let total_weight: f32 = examples.iter().map(|e| e.weight).sum::<f32>().max(1e-9);
    for _ in 0..p.epochs {
        // Fisher-Yates with a seeded generator: the same order every run.
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for batch in order.chunks(p.batch.max(1)) {
            let mut bw = 0.0f32;
            let mut gb = 0.0f32;
            for (j, &k) in batch.iter().enumerate() {
                if let Some(next) = batch.get(j + 1).and_then(|&n| examples.get(n)) {
                    next.row.prefetch();
                }
                let e = &examples[k];
                let row = e.row.row(&mut scratch);
                let z = b + dot(row, &state);
                let prob = sigmoid(z);
                let err = (prob - if e.positive { 1.0 } else { 0.0 }) * e.weight;
                bw += e.weight;
                gb += err;
                for (i, x) in row.structural.iter().enumerate() {
                    if *x != 0.0 {
                        let s = &mut state[i];
                        s.grad += err * x;
                        if !s.seen {
                            s.seen = true;
                            touched.push(i as u32);
                        }
                    }
                }
                for &(i, x) in &row.text {
                    let s = &mut state[i as usize];
                    s.grad += err * x;
                    if !s.seen {
                        s.seen = true;
                        touched.push(i);
                    }
                }
            }
            let bw = bw.max(1e-9);
            // The batch's share of the whole penalty, on the weights it touched.
            let l2 = p.l2 * bw / total_weight;
            for &i in &touched {
                let s = &mut state[i as usize];
                let g = s.grad / bw + l2 * s.w;
                s.g2 += g * g;
                s.w -= p.learning_rate * g / s.g2.sqrt();
                if s.nonnegative && s.w < 0.0 {
                    s.w = 0.0;
                }
                s.grad = 0.0;
                s.seen = false;
            }
            touched.clear();
            let g = gb / bw;
            b_g2 += g * g;
            b -= p.learning_rate * g / b_g2.sqrt();
        }
    }
    (state.iter().map(|s| s.w).collect(), b)
}

/// One weight and its optimiser state.
#[derive(Debug, Clone, Copy)]
struct Slot {
    w: f32,
    /// The batch's gradient so far.
    grad: f32,
    /// AdaGrad's sum of squared gradients.
    g2: f32,
    /// In `touched` this batch.
    seen: bool,
    nonnegative: bool,
}

/// [`Row::dot`] over the weights in `state`: the same products summed in
/// the same order, so the same bits.
fn dot(row: &Row, state: &[Slot]) -> f32 {
    let dense: f32 = row.structural.iter().zip(state).map(|(x, s)| x * s.w).sum();
    let text: f32 = row
        .text
        .iter()
        .map(|&(i, v)| state.get(i as usize).map_or(0.0, |s| s.w) * v)
        .sum();
    dense + text
}

pub fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// SplitMix64: a tiny seeded generator for shuffling.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use linfa::prelude::*;
    use linfa_logistic::LogisticRegression;
    use ndarray::{Array1, Array2};

    fn data() -> (Vec<Row>, Vec<bool>) {
        let mut rng = SplitMix(7);
        let mut rows = Vec::new();
        let mut ys = Vec::new();
        for _ in 0..600 {
            let x: Vec<f32> = (0..4)
                .map(|_| (rng.next() % 1000) as f32 / 500.0 - 1.0)
                .collect();
            let z = 2.0 * x[0] - 1.5 * x[1] + 0.5 * x[2] + 0.3;
            let noise = (rng.next() % 1000) as f32 / 1000.0;
            ys.push(sigmoid(z) > noise);
            rows.push(Row {
                structural: x,
                text: Vec::new(),
            });
        }
        (rows, ys)
    }

    fn examples<'a>(rows: &'a [Row], ys: &[bool]) -> Vec<Example<&'a Row>> {
        rows.iter()
            .zip(ys)
            .map(|(r, &y)| Example {
                row: r,
                positive: y,
                weight: 1.0,
            })
            .collect()
    }

    #[test]
    fn agrees_with_linfa_logistic_on_a_dense_problem() {
        let (rows, ys) = data();
        let ex = examples(&rows, &ys);
        // linfa minimises the summed loss + alpha/2 |w|^2; ours the mean
        // loss + l2/2 |w|^2; linfa's penalty works out at alpha |w|^2, so l2 = 2 alpha / n.
        let p = SgdParams {
            l2: 2.0 / rows.len() as f32,
            epochs: 200,
            batch: 32,
            learning_rate: 0.2,
            seed: 1,
        };
        let (w, b) = fit(&ex, 4, &[false; 4], p);
        let x = Array2::from_shape_fn((rows.len(), 4), |(i, j)| rows[i].structural[j] as f64);
        let y: Array1<bool> = ys.iter().copied().collect();
        let m = LogisticRegression::default()
            .alpha(1.0)
            .max_iterations(500)
            .fit(&Dataset::new(x, y))
            .unwrap();
        let sign = if m.labels().pos.class { 1.0 } else { -1.0 };
        for (ours, theirs) in w.iter().zip(m.params().iter()) {
            assert!(
                (*ours as f64 - sign * theirs).abs() < 0.08,
                "{w:?} vs {:?}",
                m.params()
            );
        }
        assert!((b as f64 - sign * m.intercept()).abs() < 0.08);
    }

    #[test]
    fn bounded_weights_stay_nonnegative() {
        let (rows, ys) = data();
        let ex = examples(&rows, &ys);
        let p = SgdParams {
            l2: 1.0,
            epochs: 50,
            batch: 32,
            learning_rate: 0.2,
            seed: 1,
        };
        // x1 has a negative true weight: bounded, it must end at zero.
        let (w, _) = fit(&ex, 4, &[false, true, false, false], p);
        assert_eq!(w[1], 0.0);
        assert!(w[0] > 1.0);
        let again = fit(&ex, 4, &[false, true, false, false], p);
        assert_eq!(w, again.0, "deterministic for a seed");
    }
}
