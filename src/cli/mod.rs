//! Command definitions and dispatch: one module per subcommand, each an
//! `Args` struct with its own `run()`. No scoring logic lives here.

mod cases;
mod cases_results;
mod eval;
mod explain;
mod import;
mod key;
mod link;
mod model;
mod render;
mod report;
mod research;
mod scan;
mod score;
mod serve;
mod signals;
mod train;
mod unredact;

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::import::Format;
use chatrisk::{Conversation, Error, RecordError, ScoreOptions, Scorer};
use clap::{Args, Parser, Subcommand};

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
    Import(import::ImportArgs),
    /// Print the per-message signal hits and the stage timeline.
    Signals(signals::SignalsArgs),
    /// Score conversations: a readable summary, or the JSON schema with --json.
    Score(score::ScoreArgs),
    /// Scan files and directories: one JSON line per conversation, in order.
    Scan(scan::ScanArgs),
    /// Show a conversation message by message with stages and running risk.
    Explain(explain::ExplainArgs),
    /// Cluster scan results that share a UPI ID, phone, wallet, URL or e-mail.
    Link(link::LinkArgs),
    /// Train a model from labeled JSONL.
    Train(train::TrainArgs),
    /// Train only the WordPiece tokenizer.
    TrainTokenizer(train::TrainTokenizerArgs),
    /// Evaluate a model on labeled data (or cross-validate with --folds).
    Eval(eval::EvalArgs),
    /// Serve the scorer over HTTP (see api/openapi.json).
    Serve(serve::ServeArgs),
    /// The case database behind the review page: import and export.
    Cases(cases::CasesArgs),
    /// Inspect model files.
    Model(model::ModelArgs),
    /// A case report from results: one HTML file, CSV or Markdown.
    Report(report::ReportArgs),
    /// Redaction keys: `key new --out FILE` makes one.
    Key(key::KeyArgs),
    /// Resolve pseudonyms with the redaction key and the evidence you hold.
    Unredact(unredact::UnredactArgs),
}

pub fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Import(a) => a.run(),
        Command::Signals(a) => a.run(),
        Command::Score(a) => a.run(),
        Command::Scan(a) => a.run(),
        Command::Explain(a) => a.run(),
        Command::Link(a) => a.run(),
        Command::Train(a) => a.run(),
        Command::TrainTokenizer(a) => a.run(),
        Command::Eval(a) => a.run(),
        Command::Serve(a) => serve::run(&a),
        Command::Cases(a) => a.run(),
        Command::Model(a) => a.run(),
        Command::Report(a) => a.run(),
        Command::Key(a) => a.run(),
        Command::Unredact(a) => a.run(),
    }
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

impl ModelArg {
    fn scorer(&self) -> Result<Scorer, Error> {
        // The signal prefilter takes about as long to build as the model
        // takes to load: build it on a second core meanwhile. Every matcher
        // shares it, and the first message waits for it if it is not done.
        std::thread::spawn(|| chatrisk::signals::SignalMatcher::new().build_prefilter());
        Scorer::from_paths(self.model.as_deref(), self.policy.as_deref())
    }
}

#[derive(Args)]
struct OutputArgs {
    /// Include the calibrated risk after every message.
    #[arg(long)]
    timeline: bool,
    /// Mask phone numbers, UPI IDs, e-mails, sender names, ids and file
    /// names with keyed pseudonyms.
    #[arg(long)]
    redact: bool,
    /// Redaction key file (`chatrisk key new`): pseudonyms link across runs
    /// and key holders can resolve them. Without it, a random key per run.
    #[arg(long, value_name = "FILE", requires = "redact")]
    key: Option<PathBuf>,
}

impl OutputArgs {
    /// The scorer with the redaction key, when `--redact`.
    fn keyed(&self, scorer: Scorer) -> Result<Scorer, Error> {
        match (&self.key, self.redact) {
            (Some(k), _) => Ok(scorer.with_redaction_key(chatrisk::redact::RedactKey::load(k)?)),
            (None, true) => {
                eprintln!(
                    "note: --redact without --key: pseudonyms use a random key for this run only; \
                     they will not match other runs and cannot be resolved (create a key with `chatrisk key new`)"
                );
                Ok(scorer)
            }
            (None, false) => Ok(scorer),
        }
    }

    fn options(&self) -> ScoreOptions {
        ScoreOptions {
            timeline: self.timeline,
            redact: self.redact,
            ..ScoreOptions::default()
        }
    }
}

/// Reads conversations from files; bad records come back as errors.
fn read_all(files: &[PathBuf], format: Option<Format>) -> (Vec<Conversation>, Vec<RecordError>) {
    let mut convs = Vec::new();
    let mut errors = Vec::new();
    for f in files {
        for r in chatrisk::import::import_path(f, format) {
            match r {
                Ok(c) => convs.push(c),
                Err(e) => errors.push(e),
            }
        }
    }
    (convs, errors)
}

fn report_errors(errors: &[RecordError]) {
    for e in errors {
        eprintln!("error: {e}");
    }
}

/// Ids that several inputs share (two scans each with a `_chat`) are told
/// apart by their source path: `_chat (case/a/_chat.txt)`.
fn disambiguate_ids(outcomes: &mut [chatrisk::Outcome]) {
    let mut count: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for o in outcomes.iter() {
        if let chatrisk::Outcome::Report(r) = o {
            *count.entry(r.id.clone()).or_default() += 1;
        }
    }
    for o in outcomes.iter_mut() {
        if let chatrisk::Outcome::Report(r) = o
            && count.get(&r.id).is_some_and(|n| *n > 1)
            && let Some(src) = &r.source
        {
            r.id = format!("{} ({})", r.id, src.path);
        }
    }
}

fn exit_for(errors: usize) -> ExitCode {
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

type Stdout = BufWriter<std::io::StdoutLock<'static>>;

fn stdout() -> Stdout {
    BufWriter::new(std::io::stdout().lock())
}

fn color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Prints one document: pretty JSON with `--json`, else the human rendering.
fn print_document<T: serde::Serialize>(
    json: bool,
    value: &T,
    render: impl FnOnce(&mut Stdout) -> std::io::Result<()>,
) -> Result<(), Error> {
    let mut out = stdout();
    if json {
        let text = serde_json::to_string_pretty(value).map_err(|e| Error::json("document", e))?;
        writeln!(out, "{text}").map_err(write_err)?;
    } else {
        render(&mut out).map_err(write_err)?;
    }
    out.flush().map_err(write_err)
}

fn write_err(e: std::io::Error) -> Error {
    Error::output("stdout", e)
}

/// Exit code when results could not be written (disk full, I/O error on
/// stdout or an `--out` file). 0 is success, 1 "some records failed", 2 a
/// usage or configuration error.
pub const EXIT_OUTPUT: u8 = 3;

/// Results JSONL (`scan`, `score --json`) read back: outcomes in order,
/// lines that are not results (as `file:line: what`), and each file's SHA-256.
struct Results {
    outcomes: Vec<chatrisk::Outcome>,
    unreadable: Vec<String>,
    files: Vec<(String, String)>,
}

fn read_results(files: &[PathBuf]) -> Result<Results, Error> {
    use sha2::{Digest, Sha256};
    use std::io::BufRead;
    let mut r = Results {
        outcomes: Vec::new(),
        unreadable: Vec::new(),
        files: Vec::new(),
    };
    for f in files {
        let name = f.display().to_string();
        let file = std::fs::File::open(f).map_err(|e| Error::io(&name, e))?;
        let mut hash = Sha256::new();
        let mut reader = std::io::BufReader::new(file);
        let mut line = Vec::new();
        let mut n = 0;
        loop {
            line.clear();
            let read = reader
                .read_until(b'\n', &mut line)
                .map_err(|e| Error::io(&name, e))?;
            if read == 0 {
                break;
            }
            n += 1;
            hash.update(&line);
            let text = String::from_utf8_lossy(&line);
            if text.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<chatrisk::Outcome>(&text) {
                Ok(o) => r.outcomes.push(o),
                Err(e) => r
                    .unreadable
                    .push(format!("{name}:{n}: not a chatrisk result: {e}")),
            }
        }
        let sha: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
        r.files.push((name, sha));
    }
    Ok(r)
}
