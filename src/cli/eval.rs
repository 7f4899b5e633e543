//! `chatrisk eval`: one model on labeled data, two or more models side by
//! side, a threshold sweep, or group k-fold cross-validation.

use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::dataset::{Dataset, load_params};
use chatrisk::eval::{Evaluation, HeadSweep, PairedHead, paired, sweep};
use chatrisk::model::train::TrainParams;
use chatrisk::{Error, Report, Scorer};
use clap::Args;
use serde::Serialize;

use super::{exit_for, print_document, render, report_errors, research};

#[derive(Args)]
pub struct EvalArgs {
    #[arg(long, required = true, num_args = 1..)]
    data: Vec<PathBuf>,
    /// Model file (default: the embedded model). Give it twice or more to
    /// compare models on the same data; `embedded` names the built-in one.
    #[arg(long)]
    model: Vec<PathBuf>,
    /// Per-label thresholds (TOML: `[sextortion] medium = 0.4 high = 0.8`).
    #[arg(long)]
    policy: Option<PathBuf>,
    #[arg(long)]
    json: bool,
    /// Group k-fold cross-validation (folds by writer/scenario group,
    /// stratified by label): train and test on `--data`.
    #[arg(long)]
    folds: Option<usize>,
    /// Hyperparameters for --folds training.
    #[arg(long)]
    params: Option<PathBuf>,
    /// List misclassified conversations with score, level and top features.
    #[arg(long)]
    errors: bool,
    /// Precision, recall and benign-flagged share per threshold, to choose a policy.
    #[arg(long)]
    sweep: bool,
    /// Threshold step of --sweep.
    #[arg(long, default_value_t = 0.05)]
    sweep_step: f64,
}

/// One model's figures in a comparison.
#[derive(Serialize)]
struct ModelEval {
    model: String,
    version: String,
    #[serde(flatten)]
    evaluation: Evaluation,
    #[serde(skip_serializing_if = "Option::is_none")]
    sweep: Option<Vec<HeadSweep>>,
}

/// `eval --model A --model B`: every model's figures, and each later model
/// paired with the first.
#[derive(Serialize)]
struct Comparison {
    conversations: usize,
    models: Vec<ModelEval>,
    paired: Vec<Paired>,
}

#[derive(Serialize)]
struct Paired {
    first: String,
    second: String,
    heads: Vec<PairedHead>,
}

impl EvalArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        if !(self.sweep_step > 0.0 && self.sweep_step < 1.0) {
            return Err(Error::params("sweep-step", "must be between 0 and 1"));
        }
        let (data, errors) = Dataset::load_lenient(&self.data);
        report_errors(&errors);
        data.check_labels(&TrainParams::default().labels)?;
        if let Some(k) = self.folds {
            let cv = data.cross_validate(k, load_params(self.params.as_deref())?, |done, k| {
                eprintln!("fold {done}/{k} done");
            })?;
            if !self.json {
                eprintln!("{}", research::fold_summary(&cv));
            }
            let mut evaluation = cv.pooled;
            if !self.errors {
                evaluation.errors.clear();
            }
            print_document(self.json, &evaluation, |out| {
                render::evaluation(out, &evaluation)
            })?;
            return Ok(exit_for(errors.len()));
        }
        let paths: Vec<Option<&std::path::Path>> = if self.model.is_empty() {
            vec![None]
        } else {
            self.model
                .iter()
                .map(|p| (p.as_os_str() != "embedded").then_some(p.as_path()))
                .collect()
        };
        let mut scored: Vec<(String, Scorer, Vec<Report>)> = Vec::new();
        for p in &paths {
            let scorer = Scorer::from_paths(*p, self.policy.as_deref())?;
            for (input, trained) in data.overlap_with_training(scorer.model()) {
                eprintln!(
                    "warning: {input} is the model's training file {trained} (same sha256): these figures are not held out"
                );
            }
            let name = p.map_or("embedded".to_string(), |p| p.display().to_string());
            let reports = data.score_all(&scorer);
            scored.push((name, scorer, reports));
        }
        let thresholds = sweep_thresholds(self.sweep_step);
        let mut models: Vec<ModelEval> = scored
            .iter()
            .map(|(name, scorer, reports)| {
                let mut evaluation = data.evaluation(scorer, reports, self.errors);
                if !self.errors {
                    evaluation.errors.clear();
                }
                ModelEval {
                    model: name.clone(),
                    version: scorer.model().file().version.clone(),
                    evaluation,
                    sweep: self
                        .sweep
                        .then(|| sweep(&data.items(reports), &scorer.labels(), &thresholds)),
                }
            })
            .collect();
        if models.len() == 1 {
            let only = models.remove(0);
            if self.json {
                print_document(true, &only, |_| Ok(()))?;
            } else {
                print_document(false, &only, |out| {
                    render::evaluation(out, &only.evaluation)?;
                    if let Some(s) = &only.sweep {
                        research::sweep(out, s)?;
                    }
                    Ok(())
                })?;
            }
            return Ok(exit_for(errors.len()));
        }
        let convs: Vec<_> = data.conversations.iter().collect();
        let (first_name, first_scorer, first_reports) = &scored[0];
        let first_refs: Vec<&Report> = first_reports.iter().collect();
        let paired = scored[1..]
            .iter()
            .map(|(name, _, reports)| {
                let refs: Vec<&Report> = reports.iter().collect();
                Paired {
                    first: first_name.clone(),
                    second: name.clone(),
                    heads: paired(&convs, &first_refs, &refs, &first_scorer.labels()),
                }
            })
            .collect();
        let comparison = Comparison {
            conversations: data.conversations.len(),
            models,
            paired,
        };
        print_document(self.json, &comparison, |out| {
            research::comparison(
                out,
                comparison.conversations,
                comparison
                    .models
                    .iter()
                    .map(|m| {
                        (
                            m.model.as_str(),
                            m.version.as_str(),
                            &m.evaluation,
                            m.sweep.as_deref(),
                        )
                    })
                    .collect(),
                comparison
                    .paired
                    .iter()
                    .map(|p| (p.first.as_str(), p.second.as_str(), p.heads.as_slice()))
                    .collect(),
            )
        })?;
        Ok(exit_for(errors.len()))
    }
}

/// `step, 2·step, …` below 1, rounded so the printed thresholds are exact.
fn sweep_thresholds(step: f64) -> Vec<f64> {
    (1..)
        .map(|i| ((i as f64 * step) * 1e6).round() / 1e6)
        .take_while(|t| *t < 1.0)
        .collect()
}
