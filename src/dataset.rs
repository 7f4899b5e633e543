//! Labeled data as a whole: loading it with provenance, checking its labels,
//! scoring it with a model, and group k-fold cross-validation — the
//! researcher's operations, kept in the library (as linfa keeps
//! `cross_validate` on its dataset type) so the CLI only parses and prints.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::conversation::Conversation;
use crate::error::{Error, RecordError, Result};
use crate::eval::{Evaluation, HeadEval, evaluate, misclassified};
use crate::import;
use crate::model::train::{TrainParams, group_of};
use crate::model::{DataInfo, Model};
use crate::report::{BENIGN, Report};
use crate::score::{ScoreOptions, Scorer};

/// Conversations read from labeled files, with where each file came from.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    pub conversations: Vec<Conversation>,
    /// One entry per input file: path, SHA-256 and how many conversations it gave.
    pub sources: Vec<DataInfo>,
    files: Vec<PathBuf>,
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Dataset {
    /// Reads every file strictly: the first unreadable or unlabeled record is
    /// an error naming its file (training must not silently drop data).
    pub fn load_labeled(files: &[PathBuf]) -> Result<Dataset> {
        let mut data = Dataset {
            files: files.to_vec(),
            ..Dataset::default()
        };
        for f in files {
            let name = f.display().to_string();
            let bytes = std::fs::read(f).map_err(|e| Error::io(&name, e))?;
            let mut n = 0;
            for r in import::import_bytes(&bytes, &name, None) {
                let c = r?;
                if c.label.is_none() {
                    let at = data
                        .locate_in(std::slice::from_ref(f), &c.id)
                        .unwrap_or_else(|| name.clone());
                    return Err(Error::Unlabeled { at, id: c.id });
                }
                data.conversations.push(c);
                n += 1;
            }
            data.sources.push(DataInfo {
                path: name,
                sha256: sha256_hex(&bytes),
                conversations: n,
            });
        }
        Ok(data)
    }

    /// Reads every file leniently: bad records come back as errors and the
    /// rest go on (evaluation of whatever could be read).
    pub fn load_lenient(files: &[PathBuf]) -> (Dataset, Vec<RecordError>) {
        let mut data = Dataset {
            files: files.to_vec(),
            ..Dataset::default()
        };
        let mut errors = Vec::new();
        for f in files {
            let mut n = 0;
            for r in import::import_path(f, None) {
                match r {
                    Ok(c) => {
                        data.conversations.push(c);
                        n += 1;
                    }
                    Err(e) => errors.push(e),
                }
            }
            let sha256 = std::fs::read(f).map(|b| sha256_hex(&b)).unwrap_or_default();
            data.sources.push(DataInfo {
                path: f.display().to_string(),
                sha256,
                conversations: n,
            });
        }
        (data, errors)
    }

    /// Refuses a label outside `allowed`, naming the file and line of the
    /// first record that carries it and the closest allowed label.
    pub fn check_labels(&self, allowed: &[String]) -> Result<()> {
        let Some(c) = self.conversations.iter().find(|c| {
            c.label
                .as_deref()
                .is_some_and(|l| !allowed.iter().any(|a| a == l))
        }) else {
            return Ok(());
        };
        let label = c.label.as_deref().unwrap_or_default();
        let at = self
            .locate_in(&self.files, &c.id)
            .unwrap_or_else(|| format!("conversation {:?}", c.id));
        Err(Error::UnknownLabel {
            at,
            label: label.to_string(),
            allowed: allowed.to_vec(),
        })
    }

    /// `file:line` of the JSONL record with `id`, for error messages.
    fn locate_in(&self, files: &[PathBuf], id: &str) -> Option<String> {
        let needle = format!("\"id\": {}", serde_json::to_string(id).ok()?);
        let compact = needle.replace(": ", ":");
        for f in files {
            let Ok(text) = std::fs::read_to_string(f) else {
                continue;
            };
            for (n, line) in text.lines().enumerate() {
                if line.contains(&needle) || line.contains(&compact) {
                    return Some(format!("{}:{}", f.display(), n + 1));
                }
            }
        }
        None
    }

    /// The input files whose bytes are one of `model`'s training files:
    /// `(input path, training path)` pairs, so a caller can warn that its
    /// figures are not held out.
    pub fn overlap_with_training(&self, model: &Model) -> Vec<(String, String)> {
        self.sources
            .iter()
            .filter_map(|s| {
                model
                    .file()
                    .training
                    .data
                    .iter()
                    .find(|d| !s.sha256.is_empty() && d.sha256 == s.sha256)
                    .map(|d| (s.path.clone(), d.path.clone()))
            })
            .collect()
    }

    /// Scores every conversation with `scorer`, in parallel, keeping order
    /// (every hit kept as evidence, so the stage figures see them all).
    pub fn score_all(&self, scorer: &Scorer) -> Vec<Report> {
        self.conversations
            .par_iter()
            .map(|c| scorer.score(c, &all_evidence()))
            .collect()
    }

    /// Evaluates `reports` (from [`score_all`](Self::score_all) with
    /// `scorer`) against the labels; `with_errors` lists the misclassified ones.
    pub fn evaluation(&self, scorer: &Scorer, reports: &[Report], with_errors: bool) -> Evaluation {
        let items = self.items(reports);
        let labels = scorer.labels();
        let mut e = evaluate(&items, &labels);
        if with_errors {
            e.errors = misclassified(&items, &labels);
        }
        e
    }

    /// Scores and evaluates in one step.
    pub fn evaluate(&self, scorer: &Scorer, with_errors: bool) -> Evaluation {
        self.evaluation(scorer, &self.score_all(scorer), with_errors)
    }

    /// Pairs each conversation with its report.
    pub fn items<'a>(&'a self, reports: &'a [Report]) -> Vec<(&'a Conversation, &'a Report)> {
        self.conversations.iter().zip(reports).collect()
    }

    /// The fold (0..k) of every conversation: whole groups (writer/scenario,
    /// see `train::group_of`) go to one fold, dealt round-robin within each
    /// label in a fixed order, so no writer's brief is on both sides.
    pub fn fold_assignment(&self, k: usize) -> Vec<usize> {
        let convs = &self.conversations;
        let mut groups: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
        for (i, c) in convs.iter().enumerate() {
            let label = c.label.clone().unwrap_or_else(|| BENIGN.to_string());
            groups.entry((label, group_of(c))).or_default().push(i);
        }
        let mut by_label: BTreeMap<String, Vec<Vec<usize>>> = BTreeMap::new();
        for ((label, _), members) in groups {
            by_label.entry(label).or_default().push(members);
        }
        let mut fold_of = vec![0usize; convs.len()];
        for list in by_label.values_mut() {
            list.sort_by_key(|m| sha256_hex(convs[m[0]].id.as_bytes()));
            for (j, members) in list.iter().enumerate() {
                for &i in members {
                    fold_of[i] = j % k.max(1);
                }
            }
        }
        fold_of
    }

    /// Group k-fold cross-validation: each fold is scored by a model trained
    /// (with `params`) on the other folds. `progress` is told when a fold is done.
    pub fn cross_validate(
        &self,
        k: usize,
        params: TrainParams,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<CrossValidation> {
        if k < 2 {
            return Err(Error::params("folds", "must be at least 2"));
        }
        let params = params.check()?;
        let convs = &self.conversations;
        let fold_of = self.fold_assignment(k);
        let mut reports: Vec<Option<Report>> = vec![None; convs.len()];
        let mut labels = Vec::new();
        let mut per_fold = Vec::new();
        for fold in 0..k {
            let train: Vec<Conversation> = convs
                .iter()
                .zip(&fold_of)
                .filter(|(_, f)| **f != fold)
                .map(|(c, _)| c.clone())
                .collect();
            let mut file = params.fit(&train, None, Vec::new())?;
            let bytes = file.to_json()?;
            let model = Model::from_slice(bytes.as_bytes(), &format!("fold {fold}"))?;
            let scorer = Scorer::new(Arc::new(model));
            labels = scorer.labels().iter().map(|s| s.to_string()).collect();
            let scored: Vec<(usize, Report)> = (0..convs.len())
                .into_par_iter()
                .filter(|i| fold_of[*i] == fold)
                .map(|i| (i, scorer.score(&convs[i], &all_evidence())))
                .collect();
            let items: Vec<(&Conversation, &Report)> =
                scored.iter().map(|(i, r)| (&convs[*i], r)).collect();
            let label_refs: Vec<&str> = labels.iter().map(String::as_str).collect();
            per_fold.push(evaluate(&items, &label_refs));
            for (i, r) in scored {
                reports[i] = Some(r);
            }
            progress(fold + 1, k);
        }
        let items: Vec<(&Conversation, &Report)> = convs
            .iter()
            .zip(&reports)
            .filter_map(|(c, r)| r.as_ref().map(|r| (c, r)))
            .collect();
        let label_refs: Vec<&str> = labels.iter().map(String::as_str).collect();
        Ok(CrossValidation {
            pooled: evaluate(&items, &label_refs),
            per_fold,
        })
    }
}

/// Evaluation sees every hit, so the stage figures are complete.
fn all_evidence() -> ScoreOptions {
    ScoreOptions {
        max_evidence: usize::MAX,
        ..ScoreOptions::default()
    }
}

/// Cross-validation result: pooled over all folds, and per fold.
#[derive(Debug, Clone)]
pub struct CrossValidation {
    pub pooled: Evaluation,
    pub per_fold: Vec<Evaluation>,
}

/// Mean and standard deviation of one figure over folds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub mean: f64,
    pub sd: f64,
}

impl CrossValidation {
    /// Mean ± sd over folds of `figure` for `head` (`None` when no fold has it).
    pub fn spread(&self, head: &str, figure: impl Fn(&HeadEval) -> Option<f64>) -> Option<Spread> {
        let v: Vec<f64> = self
            .per_fold
            .iter()
            .filter_map(|e| e.heads.iter().find(|h| h.label == head).and_then(&figure))
            .collect();
        if v.is_empty() {
            return None;
        }
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        let sd = (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / v.len() as f64).sqrt();
        Some(Spread { mean, sd })
    }
}

/// Reads a TOML hyperparameter file (any subset of the defaults); `None` gives the defaults.
pub fn load_params(path: Option<&Path>) -> Result<TrainParams> {
    match path {
        None => Ok(TrainParams::default()),
        Some(p) => {
            let name = p.display().to_string();
            let text = std::fs::read_to_string(p).map_err(|e| Error::io(&name, e))?;
            toml::from_str(&text).map_err(|source| Error::Toml { path: name, source })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(id: &str, label: &str, group: &str) -> Conversation {
        let line = format!(
            r#"{{"id":"{id}","label":"{label}","group":"{group}","messages":[{{"sender":"a","text":"hi"}}]}}"#
        );
        import::import_bytes(line.as_bytes(), "t.jsonl", None)
            .into_iter()
            .next()
            .and_then(|r| r.ok())
            .expect("fixture parses")
    }

    #[test]
    fn folds_keep_groups_together_and_cover_every_label() {
        let mut data = Dataset::default();
        for w in 0..6 {
            for i in 0..3 {
                data.conversations
                    .push(conv(&format!("s{w}-{i}"), "sextortion", &format!("w{w}")));
                data.conversations
                    .push(conv(&format!("b{w}-{i}"), "benign", &format!("v{w}")));
            }
        }
        let folds = data.fold_assignment(3);
        let mut by_group: BTreeMap<String, std::collections::BTreeSet<usize>> = BTreeMap::new();
        for (c, f) in data.conversations.iter().zip(&folds) {
            by_group.entry(group_of(c)).or_default().insert(*f);
        }
        assert!(by_group.values().all(|s| s.len() == 1), "a group was split");
        for fold in 0..3 {
            for label in ["sextortion", "benign"] {
                assert!(
                    data.conversations
                        .iter()
                        .zip(&folds)
                        .any(|(c, f)| *f == fold && c.label.as_deref() == Some(label)),
                    "fold {fold} has no {label}"
                );
            }
        }
    }

    #[test]
    fn unknown_label_is_refused_with_a_suggestion() {
        let mut data = Dataset::default();
        data.conversations.push(conv("x", "sextorsion", "w"));
        let err = data
            .check_labels(&["benign".into(), "sextortion".into(), "scam".into()])
            .expect_err("must refuse");
        let msg = err.to_string();
        assert!(
            msg.contains("sextorsion") && msg.contains("did you mean"),
            "{msg}"
        );
    }

    #[test]
    fn one_fold_is_refused() {
        let data = Dataset::default();
        assert!(
            data.cross_validate(1, TrainParams::default(), |_, _| {})
                .is_err()
        );
    }
}
