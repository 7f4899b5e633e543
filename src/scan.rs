//! Batch scanning: many inputs -> exactly one [`Outcome`] per conversation,
//! in input order, with bounded memory and all cores.
//!
//! JSON Lines inputs are streamed in chunks (one chunk in memory at a time,
//! scored in parallel, written in order); other export formats are read
//! whole, since one export is one chat. Nothing is dropped: a record that
//! cannot be read becomes an error outcome in its place.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Location, RecordError};
use crate::import::{self, Format, JsonlReader, Record};
use crate::report::{Level, Outcome};
use crate::score::{ScoreOptions, Scorer};

/// How a scan reads its inputs.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// Force a format instead of detecting it per file.
    pub format: Option<Format>,
    /// Records scored per parallel batch (memory is bounded by this).
    pub chunk: usize,
    /// Longest JSONL line accepted; longer lines become error records.
    pub max_line_bytes: usize,
    /// Files never read as input (the scan's own output file, when it
    /// sits inside a scanned directory).
    pub exclude: Vec<PathBuf>,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            format: None,
            chunk: 1024,
            max_line_bytes: 1 << 20,
            exclude: Vec::new(),
        }
    }
}

/// Counts at the end of a scan.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ScanSummary {
    pub inputs: usize,
    pub conversations: usize,
    pub errors: usize,
    pub bytes: u64,
    pub by_level: BTreeMap<String, usize>,
    pub by_label: BTreeMap<String, usize>,
}

impl ScanSummary {
    fn count(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::Report(r) => {
                self.conversations += 1;
                *self.by_level.entry(r.level.name().to_string()).or_default() += 1;
                *self.by_label.entry(r.label.clone()).or_default() += 1;
            }
            Outcome::Error(_) => self.errors += 1,
        }
    }
}

/// Expands files and directories (recursively, sorted) into input files.
/// `-` stays as stdin. A path that cannot be read becomes an error.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<Result<PathBuf, RecordError>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" || p.is_file() {
            out.push(Ok(p.clone()));
        } else if p.is_dir() {
            walk(p, &mut out);
        } else {
            out.push(Err(RecordError::new(
                Location::new(p.display().to_string()),
                "no such file or directory",
            )));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Result<PathBuf, RecordError>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(Err(RecordError::new(
                Location::new(dir.display().to_string()),
                format!("cannot read directory: {e}"),
            )));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(Ok(p));
        }
    }
}

/// Scans `inputs`, calling `emit` once per conversation (or error) in order
/// and `progress` with the bytes read so far.
pub fn scan(
    inputs: &[PathBuf],
    scorer: &Scorer,
    score_opts: &ScoreOptions,
    opts: &ScanOptions,
    mut progress: impl FnMut(u64),
    mut emit: impl FnMut(&Outcome),
) -> ScanSummary {
    let mut summary = ScanSummary::default();
    let mut bytes_done = 0u64;
    let excluded: Vec<PathBuf> = opts
        .exclude
        .iter()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect();
    for input in expand_paths(inputs) {
        if let Ok(p) = &input {
            if std::fs::canonicalize(p).is_ok_and(|c| excluded.contains(&c)) {
                continue;
            }
        }
        summary.inputs += 1;
        let path = match input {
            Ok(p) => p,
            Err(e) => {
                let o = Outcome::Error(e);
                summary.count(&o);
                emit(&o);
                continue;
            }
        };
        let mut sink = |records: Vec<Record>, summary: &mut ScanSummary| {
            let outcomes: Vec<Outcome> = records
                .into_par_iter()
                .map(|r| match r {
                    Ok(c) => Outcome::Report(Box::new(scorer.score(&c, score_opts))),
                    Err(e) => Outcome::Error(e),
                })
                .collect();
            for o in &outcomes {
                summary.count(o);
                emit(o);
            }
        };
        let name = path.display().to_string();
        let reader: Box<dyn Read> = if name == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            match File::open(&path) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    sink(file_error(&name, format!("cannot open: {e}")), &mut summary);
                    continue;
                }
            }
        };
        let counter = Rc::new(Cell::new(0u64));
        let mut reader = BufReader::with_capacity(
            1 << 16,
            CountingReader {
                inner: reader,
                count: counter.clone(),
            },
        );
        let head = match reader.fill_buf() {
            Ok(b) => b.to_vec(),
            Err(e) => {
                sink(file_error(&name, format!("cannot read: {e}")), &mut summary);
                continue;
            }
        };
        // stdin is a stream of canonical JSON Lines unless told otherwise:
        // `scan -` must work as a line filter (Spark, Hadoop Streaming).
        let stdin = name == "-";
        let format = opts.format.unwrap_or_else(|| {
            if stdin {
                Format::Jsonl
            } else {
                import::detect(&head, Some(&name))
            }
        });
        let jsonl_name = [".jsonl", ".ndjson"].iter().any(|ext| name.ends_with(ext));
        let forced = opts.format == Some(Format::Jsonl) || stdin || jsonl_name;
        if format == Format::Jsonl && (forced || is_json_lines(&head)) {
            let mut records =
                JsonlReader::new(reader, name.clone()).with_max_line_bytes(opts.max_line_bytes);
            loop {
                let chunk: Vec<Record> = records.by_ref().take(opts.chunk.max(1)).collect();
                if chunk.is_empty() {
                    break;
                }
                sink(chunk, &mut summary);
                progress(bytes_done + counter.get());
            }
            bytes_done += counter.get();
        } else {
            let mut bytes = Vec::new();
            if let Err(e) = reader.read_to_end(&mut bytes) {
                sink(
                    vec![Err(RecordError::new(
                        Location::new(&name),
                        format!("cannot read: {e}"),
                    ))],
                    &mut summary,
                );
                continue;
            }
            bytes_done += counter.get();
            let records = import::import_bytes(&bytes, &name, Some(format));
            for chunk in chunk_owned(records, opts.chunk.max(1)) {
                sink(chunk, &mut summary);
            }
            progress(bytes_done);
        }
    }
    summary.bytes = bytes_done;
    summary
}

/// The one record standing for a file that could not be read.
fn file_error(name: &str, error: String) -> Vec<Record> {
    vec![Err(RecordError::new(Location::new(name), error))]
}

/// JSON Lines (streamable) rather than one JSON document (object or array).
fn is_json_lines(head: &[u8]) -> bool {
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF);
    !matches!(start.map(|i| head[i]), Some(b'['))
}

fn chunk_owned<T>(items: Vec<T>, size: usize) -> Vec<Vec<T>> {
    let mut out = Vec::new();
    let mut it = items.into_iter().peekable();
    while it.peek().is_some() {
        out.push(it.by_ref().take(size).collect());
    }
    out
}

/// Counts bytes read, for progress.
struct CountingReader<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// Keeps outcomes at or above `min`; errors always pass.
pub fn passes(outcome: &Outcome, min: Level) -> bool {
    match outcome {
        Outcome::Report(r) => r.level >= min,
        Outcome::Error(_) => true,
    }
}
