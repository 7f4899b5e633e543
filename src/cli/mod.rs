//! Command definitions and dispatch. No scoring logic lives here.

mod render;
mod serve;

use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use chatrisk::eval::{Evaluation, evaluate};
use chatrisk::import::{self, Format};
use chatrisk::model::train::{TrainParams, train_tokenizer};
use chatrisk::model::{DataInfo, Model};
use chatrisk::report::BENIGN;
use chatrisk::report::{Level, Outcome, Report};
use chatrisk::scan::{self, ScanOptions};
use chatrisk::tokenize::{TokenizerModel, TokenizerParams};
use chatrisk::{Conversation, Error, ScoreOptions, Scorer};
use clap::{Args, Parser, Subcommand};
use sha2::{Digest, Sha256};

#[derive(Parser)]
#[command(
    name = "chatrisk",
    version,
    about = "Scores chat conversations for sextortion and messaging-scam risk"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Convert any supported export to canonical JSON Lines on stdout.
    Import {
        /// Input files (`-` for stdin).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Print the per-message signal hits and the stage timeline.
    Signals {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        format: FormatArg,
        #[command(flatten)]
        model: ModelArg,
        /// One JSON object per message with hits.
        #[arg(long)]
        json: bool,
    },
    /// Score conversations: a readable summary, or the JSON schema with --json.
    Score {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        format: FormatArg,
        #[command(flatten)]
        model: ModelArg,
        #[command(flatten)]
        output: OutputArgs,
        /// One JSON result per line (the default when stdout is not a terminal).
        #[arg(long)]
        json: bool,
    },
    /// Scan files and directories: one JSON line per conversation, in order.
    Scan {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        format: FormatArg,
        #[command(flatten)]
        model: ModelArg,
        #[command(flatten)]
        output: OutputArgs,
        /// Write results here instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Only output results at or above this level (errors always).
        #[arg(long, default_value = "low")]
        min_level: Level,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Longest JSONL line accepted, in bytes.
        #[arg(long, default_value_t = 1 << 20)]
        max_line_bytes: usize,
        /// No summary or progress on stderr.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Show a conversation message by message with stages and running risk.
    Explain {
        file: PathBuf,
        #[command(flatten)]
        format: FormatArg,
        #[command(flatten)]
        model: ModelArg,
        #[arg(long)]
        json: bool,
    },
    /// Cluster scan results that share a UPI ID, phone, wallet, URL or e-mail.
    Link {
        /// Results JSONL from `scan` or `score --json`.
        #[arg(required = true)]
        results: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Train a model from labeled JSONL.
    Train {
        #[arg(long, required = true, num_args = 1..)]
        data: Vec<PathBuf>,
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
    },
    /// Train only the WordPiece tokenizer.
    TrainTokenizer {
        #[arg(long, required = true, num_args = 1..)]
        data: Vec<PathBuf>,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = TokenizerParams::default().vocab_size)]
        vocab_size: usize,
    },
    /// Evaluate a model on labeled data (or cross-validate with --folds).
    Eval {
        #[arg(long, required = true, num_args = 1..)]
        data: Vec<PathBuf>,
        #[command(flatten)]
        model: ModelArg,
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
    },
    /// Serve the scorer over HTTP (see api/openapi.json).
    Serve(serve::ServeArgs),
    /// Inspect model files.
    Model {
        #[command(subcommand)]
        command: ModelCommand,
    },
}

#[derive(Subcommand)]
enum ModelCommand {
    /// Verify a model file (schema, checksum, signals, layout, tokenizer).
    Verify {
        /// Model file (default: the embedded model).
        file: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
struct FormatArg {
    /// Input format (default: detected): jsonl, whatsapp, telegram, instagram, discord, transcript.
    #[arg(long)]
    format: Option<Format>,
}

#[derive(Args)]
struct ModelArg {
    /// Model file (default: the model compiled into this binary).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Per-label thresholds (TOML: `[sextortion] medium = 0.4 high = 0.8`).
    #[arg(long)]
    policy: Option<PathBuf>,
}

#[derive(Args)]
struct OutputArgs {
    /// Include the calibrated risk after every message.
    #[arg(long)]
    timeline: bool,
    /// Mask phone numbers, UPI IDs, e-mails and sender names.
    #[arg(long)]
    redact: bool,
}

impl OutputArgs {
    fn options(&self) -> ScoreOptions {
        ScoreOptions {
            timeline: self.timeline,
            redact: self.redact,
            ..ScoreOptions::default()
        }
    }
}

impl ModelArg {
    fn scorer(&self) -> Result<Scorer, Error> {
        Scorer::from_paths(self.model.as_deref(), self.policy.as_deref())
    }
}

pub fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Import { files, format } => cmd_import(&files, format.format),
        Command::Signals {
            files,
            format,
            model,
            json,
        } => cmd_signals(&files, format.format, &model, json),
        Command::Score {
            files,
            format,
            model,
            output,
            json,
        } => cmd_score(&files, format.format, &model, &output, json),
        Command::Scan {
            paths,
            format,
            model,
            output,
            out,
            min_level,
            threads,
            max_line_bytes,
            quiet,
        } => {
            if let Some(n) = threads {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build_global()
                    .map_err(|e| Error::Other(e.to_string()))?;
            }
            let opts = ScanOptions {
                format: format.format,
                max_line_bytes,
                exclude: out.iter().cloned().collect(),
                ..ScanOptions::default()
            };
            cmd_scan(
                &paths,
                &model,
                &output,
                out.as_deref(),
                min_level,
                &opts,
                quiet,
            )
        }
        Command::Explain {
            file,
            format,
            model,
            json,
        } => cmd_explain(&file, format.format, &model, json),
        Command::Link { results, json } => cmd_link(&results, json),
        Command::Train {
            data,
            out,
            params,
            tokenizer,
            labels,
        } => cmd_train(&data, &out, params.as_deref(), tokenizer.as_deref(), labels),
        Command::TrainTokenizer {
            data,
            out,
            vocab_size,
        } => cmd_train_tokenizer(&data, &out, vocab_size),
        Command::Eval {
            data,
            model,
            json,
            folds,
            params,
            errors,
        } => cmd_eval(&data, &model, json, folds, params.as_deref(), errors),
        Command::Model {
            command: ModelCommand::Verify { file, json },
        } => cmd_verify(file.as_deref(), json),
        Command::Serve(args) => serve::run(&args),
    }
}

/// Reads conversations from files; errors go to stderr and are counted.
fn read_all(
    files: &[PathBuf],
    format: Option<Format>,
) -> (Vec<Conversation>, Vec<chatrisk::RecordError>) {
    let mut convs = Vec::new();
    let mut errors = Vec::new();
    for f in files {
        for r in import::import_path(f, format) {
            match r {
                Ok(c) => convs.push(c),
                Err(e) => errors.push(e),
            }
        }
    }
    (convs, errors)
}

fn report_errors(errors: &[chatrisk::RecordError]) {
    for e in errors {
        eprintln!("error: {e}");
    }
}

fn exit_for(errors: usize) -> ExitCode {
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn stdout() -> BufWriter<std::io::StdoutLock<'static>> {
    BufWriter::new(std::io::stdout().lock())
}

/// Prints one document: pretty JSON with `--json`, else the human rendering.
fn print_document<T: serde::Serialize>(
    json: bool,
    value: &T,
    render: impl FnOnce(&mut BufWriter<std::io::StdoutLock<'static>>) -> std::io::Result<()>,
) -> Result<(), Error> {
    let mut out = stdout();
    if json {
        let text = serde_json::to_string_pretty(value).map_err(|e| Error::Other(e.to_string()))?;
        writeln!(out, "{text}").map_err(write_err)?;
    } else {
        render(&mut out).map_err(write_err)?;
    }
    out.flush().map_err(write_err)
}

fn write_err(e: std::io::Error) -> Error {
    Error::io("stdout", e)
}

fn cmd_import(files: &[PathBuf], format: Option<Format>) -> Result<ExitCode, Error> {
    let mut out = stdout();
    let mut failed = 0;
    for f in files {
        for r in import::import_path(f, format) {
            match r {
                Ok(c) => writeln!(out, "{}", c.to_json_line()).map_err(write_err)?,
                Err(e) => {
                    failed += 1;
                    eprintln!("error: {e}");
                }
            }
        }
    }
    out.flush().map_err(write_err)?;
    Ok(exit_for(failed))
}

fn cmd_signals(
    files: &[PathBuf],
    format: Option<Format>,
    model: &ModelArg,
    json: bool,
) -> Result<ExitCode, Error> {
    let scorer = model.scorer()?;
    let (convs, errors) = read_all(files, format);
    report_errors(&errors);
    let mut out = stdout();
    for c in &convs {
        let ex = scorer.explain(c, &ScoreOptions::default());
        if json {
            for m in ex.messages.iter().filter(|m| !m.hits.is_empty()) {
                let line = serde_json::json!({"id": c.id, "message": m.message, "sender": m.sender, "hits": m.hits});
                writeln!(out, "{line}").map_err(write_err)?;
            }
        } else {
            render::signals(&mut out, &ex, color()).map_err(write_err)?;
        }
    }
    out.flush().map_err(write_err)?;
    Ok(exit_for(errors.len()))
}

fn color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn cmd_score(
    files: &[PathBuf],
    format: Option<Format>,
    model: &ModelArg,
    output: &OutputArgs,
    json: bool,
) -> Result<ExitCode, Error> {
    let scorer = model.scorer()?;
    let opts = output.options();
    let json = json || !std::io::stdout().is_terminal();
    let mut out = stdout();
    let mut failed = 0;
    for f in files {
        for r in import::import_path(f, format) {
            let outcome = match r {
                Ok(c) => Outcome::Report(Box::new(scorer.score(&c, &opts))),
                Err(e) => {
                    failed += 1;
                    Outcome::Error(e)
                }
            };
            if json {
                writeln!(out, "{}", outcome.to_json_line()).map_err(write_err)?;
            } else {
                render::outcome(&mut out, &outcome, color()).map_err(write_err)?;
            }
        }
    }
    out.flush().map_err(write_err)?;
    Ok(exit_for(failed))
}

fn cmd_scan(
    paths: &[PathBuf],
    model: &ModelArg,
    output: &OutputArgs,
    out_path: Option<&Path>,
    min_level: Level,
    opts: &ScanOptions,
    quiet: bool,
) -> Result<ExitCode, Error> {
    let scorer = model.scorer()?;
    let score_opts = output.options();
    let mut out: Box<dyn Write> = match out_path {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).map_err(|e| Error::io(p.display().to_string(), e))?,
        )),
        None => Box::new(stdout()),
    };
    let total: u64 = scan::expand_paths(paths)
        .iter()
        .filter_map(|p| p.as_ref().ok())
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let show_progress = !quiet && std::io::stderr().is_terminal();
    let started = std::time::Instant::now();
    let mut write_error = None;
    let summary = scan::scan(
        paths,
        &scorer,
        &score_opts,
        opts,
        |done| {
            if show_progress {
                render::progress(done, total, started.elapsed());
            }
        },
        |o| {
            if write_error.is_none() && scan::passes(o, min_level) {
                if let Err(e) = writeln!(out, "{}", o.to_json_line()) {
                    write_error = Some(e);
                }
            }
        },
    );
    if let Some(e) = write_error {
        return Err(Error::io(
            out_path.map_or("stdout".into(), |p| p.display().to_string()),
            e,
        ));
    }
    out.flush().map_err(write_err)?;
    if show_progress {
        eprintln!();
    }
    if !quiet {
        render::scan_summary(&summary, started.elapsed());
    }
    Ok(exit_for(summary.errors))
}

fn cmd_explain(
    file: &Path,
    format: Option<Format>,
    model: &ModelArg,
    json: bool,
) -> Result<ExitCode, Error> {
    let scorer = model.scorer()?;
    let (convs, errors) = read_all(std::slice::from_ref(&file.to_path_buf()), format);
    report_errors(&errors);
    let mut out = stdout();
    for c in &convs {
        let ex = scorer.explain(c, &ScoreOptions::default());
        if json {
            writeln!(out, "{}", serde_json::to_string(&ex).unwrap_or_default())
                .map_err(write_err)?;
        } else {
            render::explanation(&mut out, &ex, color()).map_err(write_err)?;
        }
    }
    out.flush().map_err(write_err)?;
    Ok(exit_for(errors.len()))
}

fn cmd_link(files: &[PathBuf], json: bool) -> Result<ExitCode, Error> {
    let mut reports: Vec<Report> = Vec::new();
    let mut failed = 0;
    for f in files {
        let name = f.display().to_string();
        let text = std::fs::read_to_string(f).map_err(|e| Error::io(&name, e))?;
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Outcome>(line) {
                Ok(Outcome::Report(r)) => reports.push(*r),
                Ok(Outcome::Error(_)) => {}
                Err(e) => {
                    failed += 1;
                    eprintln!("error: {name}:{}: not a chatrisk result: {e}", i + 1);
                }
            }
        }
    }
    let clusters = chatrisk::link::link(&reports);
    let mut out = stdout();
    if json {
        for c in &clusters {
            writeln!(out, "{}", serde_json::to_string(c).unwrap_or_default()).map_err(write_err)?;
        }
    } else {
        render::clusters(&mut out, &clusters, reports.len()).map_err(write_err)?;
    }
    out.flush().map_err(write_err)?;
    Ok(exit_for(failed))
}

/// Loads labeled data for training; any unreadable record is an error.
fn load_labeled(files: &[PathBuf]) -> Result<(Vec<Conversation>, Vec<DataInfo>), Error> {
    let mut all = Vec::new();
    let mut infos = Vec::new();
    for f in files {
        let name = f.display().to_string();
        let bytes = std::fs::read(f).map_err(|e| Error::io(&name, e))?;
        let mut n = 0;
        for r in import::import_bytes(&bytes, &name, None) {
            let c = r?;
            if c.label.is_none() {
                return Err(Error::Other(format!(
                    "{name}: conversation {:?} has no label",
                    c.id
                )));
            }
            all.push(c);
            n += 1;
        }
        infos.push(DataInfo {
            path: name,
            sha256: hex(&Sha256::digest(&bytes)),
            conversations: n,
        });
    }
    Ok((all, infos))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn load_params(path: Option<&Path>) -> Result<TrainParams, Error> {
    match path {
        None => Ok(TrainParams::default()),
        Some(p) => {
            let name = p.display().to_string();
            let text = std::fs::read_to_string(p).map_err(|e| Error::io(&name, e))?;
            toml::from_str(&text).map_err(|e| Error::Other(format!("{name}: {e}")))
        }
    }
}

fn cmd_train(
    data: &[PathBuf],
    out: &Path,
    params: Option<&Path>,
    tokenizer: Option<&Path>,
    labels: Option<Vec<String>>,
) -> Result<ExitCode, Error> {
    let mut params = load_params(params)?;
    if let Some(l) = labels {
        params.labels = l;
    }
    let params = params.check()?;
    let (convs, infos) = load_labeled(data)?;
    check_labels(data, &convs, &params.params().labels)?;
    let tokenizer = match tokenizer {
        Some(p) => {
            let name = p.display().to_string();
            Some(TokenizerModel::from_json(
                &std::fs::read_to_string(p).map_err(|e| Error::io(&name, e))?,
            )?)
        }
        None => None,
    };
    let started = std::time::Instant::now();
    let mut file = params.fit(&convs, tokenizer, infos)?;
    let json = file.to_json()?;
    std::fs::write(out, &json).map_err(|e| Error::io(out.display().to_string(), e))?;
    eprintln!(
        "trained on {} conversations in {:.1}s -> {} (version {})",
        convs.len(),
        started.elapsed().as_secs_f64(),
        out.display(),
        file.version
    );
    eprintln!(
        "calibration split: {} conversations in held-out groups (never fitted on); per head:",
        file.training.calibration_conversations
    );
    for (head, v) in &file.training.validation {
        eprintln!(
            "  {head:<11} positives {:>4}  ROC-AUC {}  PR-AUC {}  ECE {:.3}  medium >= {:.3}: precision {:.3} recall {:.3}  high >= {:.3}: precision {:.3} recall {:.3}",
            v.positives,
            v.roc_auc.map_or("-".into(), |x| format!("{x:.3}")),
            v.pr_auc.map_or("-".into(), |x| format!("{x:.3}")),
            v.ece,
            v.medium.threshold,
            v.medium.precision,
            v.medium.recall,
            v.high.threshold,
            v.high.precision,
            v.high.recall
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn cmd_train_tokenizer(data: &[PathBuf], out: &Path, vocab_size: usize) -> Result<ExitCode, Error> {
    let (convs, _) = load_labeled(data)?;
    let params = TokenizerParams {
        vocab_size,
        ..TokenizerParams::default()
    };
    let tok = train_tokenizer(&convs, &chatrisk::normalize::Normalizer::default(), &params)?;
    std::fs::write(out, tok.to_json()).map_err(|e| Error::io(out.display().to_string(), e))?;
    eprintln!(
        "tokenizer with {} tokens -> {}",
        tok.vocab_size(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn cmd_eval(
    data: &[PathBuf],
    model: &ModelArg,
    json: bool,
    folds: Option<usize>,
    params: Option<&Path>,
    with_errors: bool,
) -> Result<ExitCode, Error> {
    let (convs, errors) = read_all(data, None);
    report_errors(&errors);
    check_labels(data, &convs, &TrainParams::default().labels)?;
    let mut evaluation = match folds {
        None => {
            let scorer = model.scorer()?;
            warn_overlap(data, scorer.model());
            eval_with(&scorer, &convs, with_errors)
        }
        Some(k) => {
            let cv = cross_validate(&convs, k, load_params(params)?)?;
            if !json {
                eprintln!("{}", fold_summary(&cv.per_fold));
            }
            cv.pooled
        }
    };
    if !with_errors {
        evaluation.errors.clear();
    }
    print_document(json, &evaluation, |out| {
        render::evaluation(out, &evaluation)
    })?;
    Ok(exit_for(errors.len()))
}

/// Refuses labels outside the model vocabulary, naming the file and line.
fn check_labels(
    files: &[PathBuf],
    convs: &[Conversation],
    allowed: &[String],
) -> Result<(), Error> {
    if let Some(c) = convs.iter().find(|c| {
        c.label
            .as_deref()
            .is_some_and(|l| !allowed.iter().any(|a| a == l))
    }) {
        let label = c.label.as_deref().unwrap_or_default();
        let at = locate(files, &c.id).unwrap_or_else(|| format!("conversation {:?}", c.id));
        return Err(Error::Other(format!(
            "{at}: unknown label {label:?} (allowed: {}){}",
            allowed.join(", "),
            chatrisk::eval::did_you_mean(label, allowed)
        )));
    }
    Ok(())
}

/// `file:line` of the JSONL record with `id`, for error messages.
fn locate(files: &[PathBuf], id: &str) -> Option<String> {
    let needle = format!("\"id\": {}", serde_json::to_string(id).ok()?);
    let compact = needle.replace(": ", ":");
    for f in files {
        let text = std::fs::read_to_string(f).ok()?;
        for (n, line) in text.lines().enumerate() {
            if line.contains(&needle) || line.contains(&compact) {
                return Some(format!("{}:{}", f.display(), n + 1));
            }
        }
    }
    None
}

/// Warns when an evaluation file is one the model was trained on.
fn warn_overlap(files: &[PathBuf], model: &Model) {
    for f in files {
        let Ok(bytes) = std::fs::read(f) else {
            continue;
        };
        let sha = hex(&Sha256::digest(&bytes));
        if let Some(d) = model.file.training.data.iter().find(|d| d.sha256 == sha) {
            eprintln!(
                "warning: {} is the model's training file {} (same sha256): these figures are not held out",
                f.display(),
                d.path
            );
        }
    }
}

fn eval_with(scorer: &Scorer, convs: &[Conversation], with_errors: bool) -> Evaluation {
    use rayon::prelude::*;
    // All evidence, so the stage figures see every hit.
    let opts = ScoreOptions {
        max_evidence: usize::MAX,
        ..ScoreOptions::default()
    };
    let reports: Vec<Report> = convs.par_iter().map(|c| scorer.score(c, &opts)).collect();
    let items: Vec<(&Conversation, &Report)> = convs.iter().zip(&reports).collect();
    let labels = scorer.labels();
    let thresholds: Vec<_> = scorer
        .thresholds()
        .map(|(l, t)| (l.to_string(), t))
        .collect();
    let mut e = evaluate(&items, &labels, &thresholds);
    if with_errors {
        e.errors = chatrisk::eval::misclassified(&items, &labels);
    }
    e
}

/// Cross-validation result: pooled over all folds, and per fold.
struct CrossValidation {
    pooled: Evaluation,
    per_fold: Vec<Evaluation>,
}

/// "metric: mean ± sd" lines over folds.
fn fold_summary(folds: &[Evaluation]) -> String {
    let mut out = format!("per-fold figures over {} folds (mean ± sd):", folds.len());
    let heads: Vec<String> = folds
        .first()
        .map(|f| f.heads.iter().map(|h| h.label.clone()).collect())
        .unwrap_or_default();
    for head in heads {
        let pick = |f: &dyn Fn(&chatrisk::eval::HeadEval) -> Option<f64>| -> String {
            let v: Vec<f64> = folds
                .iter()
                .filter_map(|e| e.heads.iter().find(|h| h.label == head).and_then(f))
                .collect();
            if v.is_empty() {
                return "-".into();
            }
            let m = v.iter().sum::<f64>() / v.len() as f64;
            let sd = (v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / v.len() as f64).sqrt();
            format!("{m:.3} ± {sd:.3}")
        };
        out.push_str(&format!(
            "\n  {head:<11} ROC-AUC {}  PR-AUC {}  recall {}  precision {}  FPR {}",
            pick(&|h| h.roc_auc),
            pick(&|h| h.pr_auc),
            pick(&|h| Some(h.medium.recall)),
            pick(&|h| Some(h.medium.precision)),
            pick(&|h| Some(h.medium.fpr)),
        ));
    }
    out
}

/// Group k-fold: whole groups (writer/scenario, see `train::group_of`) go to
/// one fold, dealt round-robin within each label, so no template or writer's
/// brief is on both sides. Each fold is scored by a model trained on the others.
fn cross_validate(
    convs: &[Conversation],
    k: usize,
    params: TrainParams,
) -> Result<CrossValidation, Error> {
    if k < 2 {
        return Err(Error::params("folds", "must be at least 2"));
    }
    let params = params.check()?;
    let mut groups: std::collections::BTreeMap<(String, String), Vec<usize>> = Default::default();
    for (i, c) in convs.iter().enumerate() {
        let label = c.label.clone().unwrap_or_else(|| BENIGN.to_string());
        groups
            .entry((label, chatrisk::model::train::group_of(c)))
            .or_default()
            .push(i);
    }
    let mut fold_of = vec![0usize; convs.len()];
    let mut by_label: std::collections::BTreeMap<String, Vec<Vec<usize>>> = Default::default();
    for ((label, _), members) in groups {
        by_label.entry(label).or_default().push(members);
    }
    for list in by_label.values_mut() {
        list.sort_by_key(|m| hex(&Sha256::digest(convs[m[0]].id.as_bytes())));
        for (j, members) in list.iter().enumerate() {
            for &i in members {
                fold_of[i] = j % k;
            }
        }
    }
    let mut reports: Vec<Option<Report>> = vec![None; convs.len()];
    let mut labels = Vec::new();
    let mut thresholds = Vec::new();
    let mut per_fold = Vec::new();
    let opts = ScoreOptions {
        max_evidence: usize::MAX,
        ..ScoreOptions::default()
    };
    for fold in 0..k {
        let train: Vec<Conversation> = convs
            .iter()
            .enumerate()
            .filter(|(i, _)| fold_of[*i] != fold)
            .map(|(_, c)| c.clone())
            .collect();
        let mut file = params.fit(&train, None, Vec::new())?;
        let bytes = file.to_json()?;
        let model = Model::from_slice(bytes.as_bytes(), &format!("fold {fold}"))?;
        let scorer = Scorer::new(Arc::new(model));
        labels = scorer.labels().iter().map(|s| s.to_string()).collect();
        thresholds = scorer
            .thresholds()
            .map(|(l, t)| (l.to_string(), t))
            .collect();
        use rayon::prelude::*;
        let scored: Vec<(usize, Report)> = (0..convs.len())
            .into_par_iter()
            .filter(|i| fold_of[*i] == fold)
            .map(|i| (i, scorer.score(&convs[i], &opts)))
            .collect();
        let items: Vec<(&Conversation, &Report)> =
            scored.iter().map(|(i, r)| (&convs[*i], r)).collect();
        let label_refs: Vec<&str> = labels.iter().map(String::as_str).collect();
        per_fold.push(evaluate(&items, &label_refs, &thresholds));
        for (i, r) in scored {
            reports[i] = Some(r);
        }
        eprintln!("fold {}/{k} done", fold + 1);
    }
    let items: Vec<(&Conversation, &Report)> = convs
        .iter()
        .zip(&reports)
        .filter_map(|(c, r)| r.as_ref().map(|r| (c, r)))
        .collect();
    let label_refs: Vec<&str> = labels.iter().map(String::as_str).collect();
    Ok(CrossValidation {
        pooled: evaluate(&items, &label_refs, &thresholds),
        per_fold,
    })
}

fn cmd_verify(file: Option<&Path>, json: bool) -> Result<ExitCode, Error> {
    let (model, source) = match file {
        Some(p) => (Model::load(p)?, p.display().to_string()),
        None => (
            Model::embedded()?,
            chatrisk::model::EMBEDDED_NAME.to_string(),
        ),
    };
    let samples = [
        "hi dear, can we video call? 📹",
        "paise bhejo warna video viral kar dunga",
        "पैसे भेजो नहीं तो वीडियो वायरल कर दूंगा",
        "send 5000 to rahul.k@okaxis within 1 hour",
        "v1de0 c@ll k4r0 abhi!!!",
    ];
    let v = model.verify(&source, &samples)?;
    print_document(json, &v, |out| render::verification(out, &v))?;
    Ok(if v.tokenizer_agrees {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
