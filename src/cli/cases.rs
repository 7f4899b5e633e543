//! `chatrisk cases`: fill the case database from files and export reviewed
//! cases as labeled training data. The review itself happens in the page
//! `chatrisk serve --db` serves.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chatrisk::Scorer;
use chatrisk::cases::{CaseStore, NewCase, Source};
use chatrisk::error::{Error, Result};
use chatrisk::import::{self, Format};
use chatrisk::scan;
use sha2::{Digest, Sha256};

#[derive(Debug, clap::Subcommand)]
pub enum CasesCommand {
    /// Score conversations (files or directories, any format `scan` reads)
    /// and store each as a case; conversations already stored are skipped.
    ///
    /// With `--results`, PATHS are the JSON Lines a batch `chatrisk scan`
    /// wrote: each result becomes a case. A result holds the report, not the
    /// messages, so its conversation is read again from the input it names
    /// (`source.path`, relative to where `scan` ran; `--base` changes that),
    /// which must still have the SHA-256 the scan saw.
    Import {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// PATHS are `scan` results, not chats (detected when every PATH is a
        /// file whose first record is a scan result).
        #[arg(long)]
        results: bool,
        /// Directory the results' `source.path` are relative to (default: the
        /// current directory). Only for results.
        #[arg(long)]
        base: Option<PathBuf>,
        /// The case database (created if missing).
        #[arg(long)]
        db: PathBuf,
        /// Input format (default: detected).
        #[arg(long)]
        format: Option<Format>,
        /// Model file (default: the model compiled into this binary).
        #[arg(long)]
        model: Option<PathBuf>,
        /// Per-label thresholds (TOML).
        #[arg(long)]
        policy: Option<PathBuf>,
    },
    /// Write reviewed cases as canonical labeled JSON Lines that `train`
    /// and `eval` read (verdict `unsure` and open cases are left out).
    Export {
        #[arg(long)]
        db: PathBuf,
        /// Output file (`-` for stdout).
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
pub struct CasesArgs {
    #[command(subcommand)]
    command: CasesCommand,
}

impl CasesArgs {
    pub fn run(&self) -> Result<ExitCode> {
        run(&self.command)
    }
}

/// Whether `path` is a file of `scan` output: its first record is a report
/// (`risk`, `level`, `model`) or a scan error record, not a conversation.
fn holds_scan_results(path: &Path) -> bool {
    use std::io::{BufRead, Read};
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut reader = std::io::BufReader::new(file.take(4 << 20));
    let mut line = String::new();
    loop {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return false,
            Ok(_) if line.trim().is_empty() => continue,
            Ok(_) => break,
        }
    }
    let Ok(serde_json::Value::Object(v)) = serde_json::from_str(line.trim()) else {
        return false;
    };
    let report = ["risk", "level", "model"]
        .iter()
        .all(|k| v.contains_key(*k));
    let scan_error =
        v.contains_key("error") && v.contains_key("source") && !v.contains_key("messages");
    report || scan_error
}

fn run(command: &CasesCommand) -> Result<ExitCode> {
    // `cases import results.jsonl` on what `scan` wrote: the files hold
    // reports, not chats, so read them as `--results` would, and say so.
    if let CasesCommand::Import {
        paths,
        results: false,
        base,
        db,
        format,
        model,
        policy,
    } = command
        && !paths.is_empty()
        && paths.iter().all(|p| p.is_file() && holds_scan_results(p))
    {
        eprintln!(
            "note: {} hold{} `chatrisk scan` results; importing them as with --results",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            if paths.len() == 1 { "s" } else { "" }
        );
        return super::cases_results::import_results(
            paths,
            base.as_deref(),
            db,
            *format,
            model.as_deref(),
            policy.as_deref(),
        );
    }
    match command {
        CasesCommand::Import {
            paths,
            results: true,
            base,
            db,
            format,
            model,
            policy,
        } => super::cases_results::import_results(
            paths,
            base.as_deref(),
            db,
            *format,
            model.as_deref(),
            policy.as_deref(),
        ),
        CasesCommand::Import {
            paths,
            db,
            format,
            model,
            policy,
            ..
        } => import_cases(paths, db, *format, model.as_deref(), policy.as_deref()),
        CasesCommand::Export { db, out } => export(db, out),
    }
}

pub(super) fn file_sha256(path: &Path) -> Result<String> {
    let name = path.display().to_string();
    let mut file = std::fs::File::open(path).map_err(|e| Error::io(&name, e))?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).map_err(|e| Error::io(&name, e))?;
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// What both ways of importing cases share: the scorer, the store they
/// write to, and the counts behind the closing summary and the exit code.
pub(super) struct CaseImport {
    pub(super) scorer: Scorer,
    store: CaseStore,
    db: PathBuf,
    added: usize,
    duplicates: usize,
    errors: usize,
}

impl CaseImport {
    pub(super) fn open(db: &Path, model: Option<&Path>, policy: Option<&Path>) -> Result<Self> {
        Ok(CaseImport {
            scorer: Scorer::from_paths(model, policy)?,
            store: CaseStore::open(db)?,
            db: db.to_path_buf(),
            added: 0,
            duplicates: 0,
            errors: 0,
        })
    }

    /// Stores `cases` in one transaction; returns how many were new and
    /// how many were stored already.
    pub(super) fn add(&mut self, cases: &[NewCase]) -> Result<(usize, usize)> {
        let stored = self.store.add(cases)?;
        let dup = stored.iter().filter(|a| a.duplicate).count();
        let new = stored.len() - dup;
        self.added += new;
        self.duplicates += dup;
        Ok((new, dup))
    }

    /// Reports something that did not become a case, and counts it.
    pub(super) fn error(&mut self, e: &dyn std::fmt::Display) {
        eprintln!("error: {e}");
        self.errors += 1;
    }

    /// The closing line on stderr (`skipped` names what else was left out,
    /// ending with ", ") and the exit code: 1 when anything failed.
    pub(super) fn finish(&self, skipped: &str) -> ExitCode {
        eprintln!(
            "{}: {} case(s) added, {} already stored, {skipped}{} error(s)",
            self.db.display(),
            self.added,
            self.duplicates,
            self.errors
        );
        if self.errors > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

fn import_cases(
    paths: &[PathBuf],
    db: &Path,
    format: Option<Format>,
    model: Option<&Path>,
    policy: Option<&Path>,
) -> Result<ExitCode> {
    let mut imp = CaseImport::open(db, model, policy)?;
    for path in scan::expand_paths(paths) {
        let path = match path {
            Ok(p) => p,
            Err(e) => {
                imp.error(&e);
                continue;
            }
        };
        let name = path.display().to_string();
        let stdin = path == Path::new("-");
        let mut bytes = Vec::new();
        if stdin {
            use std::io::Read;
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                imp.error(&Error::io("-", e));
                continue;
            }
        }
        let hashed = if stdin {
            Ok(Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect())
        } else {
            file_sha256(&path)
        };
        let sha256 = match hashed {
            Ok(s) => s,
            Err(e) => {
                imp.error(&e);
                continue;
            }
        };
        let source = Source {
            name: path
                .file_name()
                .map_or(name.clone(), |n| n.to_string_lossy().into_owned()),
            sha256,
        };
        let mut cases = Vec::new();
        let records = if stdin {
            import::import_bytes(&bytes, "-", format)
        } else {
            import::import_path(&path, format)
        };
        for record in records {
            match record {
                Ok(conv) => cases.push(NewCase::score(&imp.scorer, conv, source.clone())),
                Err(e) => imp.error(&e),
            }
        }
        let (new, dup) = imp.add(&cases)?;
        eprintln!("{name}: {new} new case(s), {dup} already stored");
    }
    Ok(imp.finish(""))
}

fn export(db: &Path, out: &Path) -> Result<ExitCode> {
    let store = CaseStore::open(db)?;
    let name = out.display().to_string();
    let summary = if out == Path::new("-") {
        let stdout = std::io::stdout();
        let mut w = BufWriter::new(stdout.lock());
        let s = store.export(&mut w)?;
        w.flush().map_err(|e| Error::io("stdout", e))?;
        s
    } else {
        let file = std::fs::File::create(out).map_err(|e| Error::io(&name, e))?;
        let mut w = BufWriter::new(file);
        let s = store.export(&mut w)?;
        w.flush().map_err(|e| Error::io(&name, e))?;
        s
    };
    eprintln!(
        "wrote {} labeled conversation(s) to {name} ({} unsure and {} open case(s) left out)",
        summary.written, summary.unsure, summary.open
    );
    Ok(ExitCode::SUCCESS)
}
