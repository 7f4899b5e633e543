//! Terminal rendering for researchers: the training summary, model
//! comparisons, threshold sweeps and cross-validation spread.

use std::io::{self, Write};
use std::path::Path;

use chatrisk::dataset::CrossValidation;
use chatrisk::eval::{Evaluation, HeadEval, HeadSweep, PairedHead};
use chatrisk::model::ModelFile;

fn opt(x: Option<f64>) -> String {
    x.map_or("-".into(), |v| format!("{v:.3}"))
}

/// What `train` prints when it is done: where the model went, what it was
/// trained on, and how each head did on the calibration split.
pub fn training(
    out: &mut impl Write,
    file: &ModelFile,
    path: &Path,
    seconds: f64,
) -> io::Result<()> {
    let t = &file.training;
    let total: usize = t.labels.values().sum();
    writeln!(
        out,
        "model {} -> {} ({seconds:.1} s)",
        file.version,
        path.display()
    )?;
    let labels: Vec<String> = t.labels.iter().map(|(l, n)| format!("{l} {n}")).collect();
    writeln!(
        out,
        "trained on {total} conversations from {} file(s): {}",
        t.data.len(),
        labels.join(", ")
    )?;
    writeln!(
        out,
        "calibration split: {} conversations in held-out writer/scenario groups, never fitted on;\n\
         Platt scaling and the thresholds were set on them, so the figures below are optimistic\n\
         for new data (evaluate on a held-out set with `chatrisk eval`).",
        t.calibration_conversations
    )?;
    writeln!(
        out,
        "\n  {:<11} {:>9} {:>8} {:>7} {:>6}   {:>27}   {:>27}",
        "head",
        "positives",
        "ROC-AUC",
        "PR-AUC",
        "ECE",
        "medium: thr  prec  recall",
        "high: thr  prec  recall"
    )?;
    for (head, v) in &t.validation {
        writeln!(
            out,
            "  {head:<11} {:>9} {:>8} {:>7} {:>6.3}   {:>12.3} {:>5.3} {:>7.3}   {:>10.3} {:>5.3} {:>7.3}",
            v.positives,
            opt(v.roc_auc),
            opt(v.pr_auc),
            v.ece,
            v.medium.threshold,
            v.medium.precision,
            v.medium.recall,
            v.high.threshold,
            v.high.precision,
            v.high.recall
        )?;
    }
    writeln!(
        out,
        "\n  positives: calibration conversations of that label; ROC/PR-AUC: ranking quality;\n  \
         ECE: calibration error (0 = risk scores are frequencies); thr: the risk at which the\n  \
         level starts; prec/recall: at that level on the calibration split."
    )
}

/// Per-head mean ± sd over the folds of a cross-validation.
pub fn fold_summary(cv: &CrossValidation) -> String {
    let mut out = format!(
        "per-fold figures over {} folds (mean ± sd):",
        cv.per_fold.len()
    );
    let heads: Vec<String> = cv
        .per_fold
        .first()
        .map(|f| f.heads.iter().map(|h| h.label.clone()).collect())
        .unwrap_or_default();
    for head in heads {
        let pick = |f: fn(&HeadEval) -> Option<f64>| {
            cv.spread(&head, f)
                .map_or("-".into(), |s| format!("{:.3} ± {:.3}", s.mean, s.sd))
        };
        out.push_str(&format!(
            "\n  {head:<11} ROC-AUC {}  PR-AUC {}  recall {}  precision {}  FPR {}",
            pick(|h| h.roc_auc),
            pick(|h| h.pr_auc),
            pick(|h| Some(h.medium.recall)),
            pick(|h| Some(h.medium.precision)),
            pick(|h| Some(h.medium.fpr)),
        ));
    }
    out
}

/// The threshold sweep, one table per head.
pub fn sweep(out: &mut impl Write, sweeps: &[HeadSweep]) -> io::Result<()> {
    for s in sweeps {
        writeln!(
            out,
            "\nthreshold sweep: {} ({} positives, {} benign)",
            s.label, s.positives, s.benign
        )?;
        writeln!(
            out,
            "  {:>9} {:>8} {:>9} {:>7} {:>7} {:>14}",
            "threshold", "flagged", "precision", "recall", "FPR", "benign flagged"
        )?;
        for r in &s.rows {
            writeln!(
                out,
                "  {:>9.2} {:>8} {:>9.3} {:>7.3} {:>7.4} {:>13.1}%",
                r.threshold,
                r.flagged,
                r.precision,
                r.recall,
                r.fpr,
                100.0 * r.benign_flagged
            )?;
        }
    }
    writeln!(
        out,
        "\n  a policy file sets `medium` and `high` per label from this table, e.g.\n  \
         [sextortion]\n  medium = 0.5\n  high = 0.8"
    )
}

type Named<'a> = (&'a str, &'a str, &'a Evaluation, Option<&'a [HeadSweep]>);

/// Models side by side on the same data, then the paired disagreement counts.
pub fn comparison(
    out: &mut impl Write,
    conversations: usize,
    models: Vec<Named<'_>>,
    paired: Vec<(&str, &str, &[PairedHead])>,
) -> io::Result<()> {
    writeln!(
        out,
        "{conversations} conversations, {} models:",
        models.len()
    )?;
    for (i, (name, version, _, _)) in models.iter().enumerate() {
        writeln!(
            out,
            "  [{}] {name} (version {version})",
            (b'A' + i as u8) as char
        )?;
    }
    let heads: Vec<&str> = models
        .first()
        .map(|m| m.2.heads.iter().map(|h| h.label.as_str()).collect())
        .unwrap_or_default();
    type Figure = fn(&HeadEval) -> Option<f64>;
    let figures: [(&str, Figure); 9] = [
        ("ROC-AUC", |h| h.roc_auc),
        ("PR-AUC", |h| h.pr_auc),
        ("recall@2.5%FPR", |h| h.recall_at_2_5pct_fpr),
        ("ECE", |h| Some(h.ece)),
        ("medium+ precision", |h| Some(h.medium.precision)),
        ("medium+ recall", |h| Some(h.medium.recall)),
        ("medium+ FPR", |h| Some(h.medium.fpr)),
        ("high precision", |h| Some(h.high.precision)),
        ("high recall", |h| Some(h.high.recall)),
    ];
    for head in &heads {
        write!(out, "\n== {head}\n  {:<18}", "")?;
        for i in 0..models.len() {
            write!(out, "{:>9}", format!("[{}]", (b'A' + i as u8) as char))?;
        }
        writeln!(out)?;
        for (name, f) in &figures {
            write!(out, "  {name:<18}")?;
            for (_, _, e, _) in &models {
                let v = e.heads.iter().find(|h| h.label == *head).and_then(f);
                write!(out, "{:>9}", opt(v))?;
            }
            writeln!(out)?;
        }
    }
    for (first, second, heads) in &paired {
        writeln!(out, "\npaired at medium+, {first} vs {second}:")?;
        for h in *heads {
            writeln!(
                out,
                "  {:<11} only first right {:>4}  only second right {:>4}  McNemar chi² {:.2}{}",
                h.label,
                h.only_first_right,
                h.only_second_right,
                h.mcnemar_chi2,
                if h.mcnemar_chi2 > 3.84 {
                    " (p < 0.05)"
                } else {
                    ""
                }
            )?;
        }
    }
    for (name, _, _, s) in &models {
        if let Some(s) = s {
            writeln!(out, "\n-- {name}")?;
            sweep(out, s)?;
        }
    }
    Ok(())
}
