//! `chatrisk train` and `chatrisk train-tokenizer`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::Error;
use chatrisk::dataset::{Dataset, load_params};
use chatrisk::model::train::{TrainStep, train_tokenizer};
use chatrisk::tokenize::{TokenizerModel, TokenizerParams};
use clap::Args;
use serde::Serialize;

use super::{research, stdout, write_err};

#[derive(Args)]
pub struct TrainArgs {
    /// Labeled conversations (canonical JSON Lines, each with a `label`).
    #[arg(long, required = true, num_args = 1..)]
    data: Vec<PathBuf>,
    /// Where to write the model file (the whole trained pipeline, one JSON file).
    #[arg(long)]
    out: PathBuf,
    /// Hyperparameters (TOML; any subset of the defaults).
    #[arg(long)]
    params: Option<PathBuf>,
    /// Use this tokenizer instead of training one.
    #[arg(long)]
    tokenizer: Option<PathBuf>,
    /// The labels the data may carry (comma-separated; `benign` plus at
    /// least one other). Anything else is refused with its file and line.
    #[arg(long, value_delimiter = ',')]
    labels: Option<Vec<String>>,
    /// Print the training summary as JSON on stdout (progress stays on stderr).
    #[arg(long)]
    json: bool,
    /// No progress on stderr.
    #[arg(long, short)]
    quiet: bool,
}

/// What `train --json` prints: where the model went and how it did on the
/// calibration split.
#[derive(Serialize)]
struct TrainSummary<'a> {
    out: String,
    version: &'a str,
    seconds: f64,
    training: &'a chatrisk::model::TrainingInfo,
}

impl TrainArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        let mut params = load_params(self.params.as_deref())?;
        if let Some(l) = self.labels {
            params.labels = l;
        }
        let params = params.check()?;
        let show = !self.quiet;
        let started = std::time::Instant::now();
        let step = |what: &str| {
            if show {
                eprintln!("[{:>5.1}s] {what}", started.elapsed().as_secs_f64());
            }
        };
        step("reading labeled data");
        let data = Dataset::load_labeled(&self.data)?;
        data.check_labels(&params.params().labels)?;
        let tokenizer = match &self.tokenizer {
            Some(p) => {
                let name = p.display().to_string();
                Some(TokenizerModel::from_json(
                    &std::fs::read_to_string(p).map_err(|e| Error::io(&name, e))?,
                )?)
            }
            None => None,
        };
        let mut file = params.fit_with_progress(
            &data.conversations,
            tokenizer,
            data.sources.clone(),
            &mut |s| match s {
                TrainStep::Tokenizer => step("training the WordPiece tokenizer"),
                TrainStep::Features { conversations } => {
                    step(&format!("featurizing {conversations} conversations"))
                }
                TrainStep::Heads { labels } => step(&format!(
                    "fitting heads: {} (one per core)",
                    labels.join(", ")
                )),
                TrainStep::Calibration { conversations } => step(&format!(
                    "calibrating on {conversations} held-back conversations"
                )),
            },
        )?;
        let text = file.to_json()?;
        std::fs::write(&self.out, &text)
            .map_err(|e| Error::io(self.out.display().to_string(), e))?;
        let seconds = started.elapsed().as_secs_f64();
        step(&format!("wrote {}", self.out.display()));
        let mut out = stdout();
        if self.json {
            let summary = TrainSummary {
                out: self.out.display().to_string(),
                version: &file.version,
                seconds,
                training: &file.training,
            };
            let line = serde_json::to_string_pretty(&summary)
                .map_err(|e| Error::json("training summary", e))?;
            writeln!(out, "{line}").map_err(write_err)?;
        } else {
            research::training(&mut out, &file, &self.out, seconds).map_err(write_err)?;
        }
        out.flush().map_err(write_err)?;
        Ok(ExitCode::SUCCESS)
    }
}

#[derive(Args)]
pub struct TrainTokenizerArgs {
    /// Conversations whose text the tokenizer learns from (canonical JSON Lines).
    #[arg(long, required = true, num_args = 1..)]
    data: Vec<PathBuf>,
    /// Where to write the tokenizer (the `tokenizers` crate's JSON).
    #[arg(long)]
    out: PathBuf,
    /// Vocabulary size.
    #[arg(long, default_value_t = TokenizerParams::default().vocab_size)]
    vocab_size: usize,
}

impl TrainTokenizerArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        let data = Dataset::load_labeled(&self.data)?;
        let params = TokenizerParams {
            vocab_size: self.vocab_size,
            ..TokenizerParams::default()
        };
        let tok = train_tokenizer(
            &data.conversations,
            &chatrisk::normalize::Normalizer::default(),
            &params,
        )?;
        std::fs::write(&self.out, tok.to_json())
            .map_err(|e| Error::io(self.out.display().to_string(), e))?;
        eprintln!(
            "tokenizer with {} tokens -> {}",
            tok.vocab_size(),
            self.out.display()
        );
        Ok(ExitCode::SUCCESS)
    }
}
