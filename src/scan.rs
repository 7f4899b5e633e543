//! Batch scanning: many inputs -> exactly one [`Outcome`] per conversation,
//! in input order, with bounded memory and all cores.
//!
//! One reader thread walks the inputs and imports them in order; the calling
//! thread scores whatever has been read so far in parallel and emits the
//! outcomes in order, so results are written as soon as they are ready (a
//! slow `scan -` prints each line as it comes) and many small files keep
//! every core busy. JSON Lines and JSON arrays are streamed; other export
//! formats are one conversation each, read whole under [`Limits`]. What is
//! held between the two threads is capped in bytes. Nothing is dropped: a
//! record that cannot be read becomes an error outcome in its place; a file
//! that is not read (media, a second path to a file already read, a
//! symbolic-link loop) is counted in [`ScanSummary::skipped`].
//!
//! Every outcome names where it came from: the input path, the SHA-256 of
//! the file's bytes and the record's 1-based position in it (a report's
//! [`Source`], an error's `sha256` and `record`). Ids are made unique within
//! a scan: a second `_chat` becomes `_chat#2`.

use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, sync_channel};
use std::sync::{Arc, Condvar, Mutex};

use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::{Location, RecordError};
use crate::import::{self, Format, JsonlReader, Limits, Record};
use crate::redact::RedactKey;
use crate::report::{Level, Outcome, Source};
use crate::score::{ScoreOptions, Scorer};

/// How a scan reads its inputs.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// Force a format instead of detecting it per file.
    pub format: Option<Format>,
    /// Most records scored per parallel batch.
    pub chunk: usize,
    /// Longest JSONL line accepted; longer lines become error records.
    pub max_line_bytes: usize,
    /// Files never read as input (the scan's own output file, when it
    /// sits inside a scanned directory).
    pub exclude: Vec<PathBuf>,
    /// Caps on what one input may make the importers hold.
    pub limits: Limits,
    /// Read media files (images, audio, video, documents) as chats too,
    /// instead of skipping them.
    pub include_all: bool,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            format: None,
            chunk: 1024,
            max_line_bytes: 1 << 20,
            exclude: Vec::new(),
            limits: Limits::default(),
            include_all: false,
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
    /// Reports per level, in level order (low, medium, high).
    pub by_level: BTreeMap<Level, usize>,
    pub by_label: BTreeMap<String, usize>,
    /// Files not read, per reason (`media`, `duplicate`, `symlink loop`).
    pub skipped: BTreeMap<String, usize>,
}

impl ScanSummary {
    fn count(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::Report(r) => {
                self.conversations += 1;
                *self.by_level.entry(r.level).or_default() += 1;
                *self.by_label.entry(r.label.clone()).or_default() += 1;
            }
            Outcome::Error(_) => self.errors += 1,
        }
    }
}

/// One entry of the expanded input list.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// A file to read (`-` is stdin).
    Read(PathBuf),
    /// A file not read, and why (`media`, `duplicate`, `symlink loop`).
    Skip { path: PathBuf, reason: &'static str },
    /// A path that cannot be read: it becomes an error record.
    Fail(RecordError),
}

/// Expands files and directories (recursively, sorted, hidden entries left
/// out) into the inputs of a scan. Symbolic links are followed, loops are
/// detected, and each real file is read once however many paths lead to it.
/// Inside directories, entries that are not regular files (FIFOs, sockets,
/// devices) become error records instead of being opened; a path named
/// explicitly is read whatever it is (`scan <(zcat a.jsonl.gz)` works).
pub fn inputs(paths: &[PathBuf], include_all: bool) -> Vec<Input> {
    let mut out = Vec::new();
    let mut seen: HashSet<(u64, u64)> = HashSet::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Read(p.clone()));
            continue;
        }
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, include_all, &mut seen, &mut out),
            Ok(m) => {
                if !first_time(&mut seen, &m) {
                    out.push(Input::Skip {
                        path: p.clone(),
                        reason: "duplicate",
                    });
                } else if !include_all && media_by_name(p) {
                    out.push(Input::Skip {
                        path: p.clone(),
                        reason: "media",
                    });
                } else {
                    out.push(Input::Read(p.clone()));
                }
            }
            Err(e) => out.push(Input::Fail(RecordError::new(
                Location::new(p.display().to_string()),
                if e.kind() == std::io::ErrorKind::NotFound {
                    "no such file or directory".to_string()
                } else {
                    format!("cannot read: {e}")
                },
            ))),
        }
    }
    out
}

/// The readable files among [`inputs`] (skipped ones left out, failures as
/// errors), for callers that only need the list, such as a progress total.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<Result<PathBuf, RecordError>> {
    inputs(paths, false)
        .into_iter()
        .filter_map(|i| match i {
            Input::Read(p) => Some(Ok(p)),
            Input::Skip { .. } => None,
            Input::Fail(e) => Some(Err(e)),
        })
        .collect()
}

/// Whether this is the first path to the file `m` describes.
fn first_time(seen: &mut HashSet<(u64, u64)>, m: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        seen.insert((m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = (seen, m);
        true
    }
}

fn walk(root: &Path, include_all: bool, seen: &mut HashSet<(u64, u64)>, out: &mut Vec<Input>) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by(|a, b| a.file_name().cmp(b.file_name()))
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0 || !e.file_name().to_str().is_some_and(|n| n.starts_with('.'))
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                if e.loop_ancestor().is_some() {
                    out.push(Input::Skip {
                        path,
                        reason: "symlink loop",
                    });
                } else {
                    let why = e
                        .io_error()
                        .map_or_else(|| e.to_string(), std::string::ToString::to_string);
                    out.push(Input::Fail(RecordError::new(
                        Location::new(path.display().to_string()),
                        format!("cannot read: {why}"),
                    )));
                }
                continue;
            }
        };
        let path = entry.path().to_path_buf();
        let kind = entry.file_type();
        if kind.is_dir() {
            continue;
        }
        if !kind.is_file() {
            out.push(Input::Fail(RecordError::new(
                Location::new(path.display().to_string()),
                format!(
                    "not a regular file ({}); skipped without reading it",
                    special_kind(&kind)
                ),
            )));
            continue;
        }
        let first = entry.metadata().map_or(true, |m| first_time(seen, &m));
        if !first {
            out.push(Input::Skip {
                path,
                reason: "duplicate",
            });
        } else if !include_all && media_by_name(&path) {
            out.push(Input::Skip {
                path,
                reason: "media",
            });
        } else {
            out.push(Input::Read(path));
        }
    }
}

fn special_kind(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    let _ = kind;
    "not a file or directory"
}

/// File types chat exports carry besides the chat: photos, voice notes,
/// videos, stickers, documents and contact cards.
const MEDIA_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "bmp", "tif", "tiff", "svg", "mp4", "mov",
    "m4v", "3gp", "mkv", "avi", "webm", "mp3", "m4a", "aac", "opus", "ogg", "oga", "wav", "amr",
    "flac", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "vcf", "tgs",
];

fn media_by_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| MEDIA_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Media recognised by its first bytes (an attachment saved without its extension).
fn media_by_content(head: &[u8]) -> bool {
    const MAGIC: &[&[u8]] = &[
        b"\xFF\xD8\xFF",      // JPEG
        b"\x89PNG\r\n\x1A\n", // PNG
        b"GIF87a",
        b"GIF89a",
        b"%PDF-",
        b"OggS",
        b"ID3", // MP3
        b"#!AMR",
        b"\x1A\x45\xDF\xA3", // Matroska / WebM
    ];
    MAGIC.iter().any(|m| head.starts_with(m))
        || (head.len() >= 12 && &head[4..8] == b"ftyp") // MP4, MOV, HEIC, M4A
        || (head.len() >= 12 && head.starts_with(b"RIFF") && matches!(&head[8..12], b"WEBP" | b"WAVE" | b"AVI "))
}

/// Scans `inputs`, calling `emit` once per conversation (or error) in order
/// and `progress` after each batch with the bytes read up to the last record
/// scored (not the reader's lead, which runs ahead of scoring).
pub fn scan(
    inputs: &[PathBuf],
    scorer: &Scorer,
    score_opts: &ScoreOptions,
    opts: &ScanOptions,
    progress: impl FnMut(u64),
    mut emit: impl FnMut(&Outcome),
) -> ScanSummary {
    let result = try_scan(inputs, scorer, score_opts, opts, progress, |o| {
        emit(o);
        Ok::<(), std::convert::Infallible>(())
    });
    match result {
        Ok(summary) => summary,
        Err((_, never)) => match never {},
    }
}

/// [`scan`] whose `emit` can fail (a closed pipe, a full disk): the scan
/// stops at the first failure and returns it with the summary so far.
pub fn try_scan<E>(
    inputs: &[PathBuf],
    scorer: &Scorer,
    score_opts: &ScoreOptions,
    opts: &ScanOptions,
    mut progress: impl FnMut(u64),
    mut emit: impl FnMut(&Outcome) -> Result<(), E>,
) -> Result<ScanSummary, (ScanSummary, E)> {
    let chunk = opts.chunk.max(1);
    // What the reader may hold ahead of scoring: a few batches' worth, and
    // always room for one input read whole.
    let budget = Arc::new(Budget::new(
        opts.limits.max_input_bytes.saturating_mul(2).max(256 << 20),
    ));
    let bytes_read = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut summary = ScanSummary::default();
    let mut emitter = Emitter {
        redact: score_opts.redact.then(|| scorer.redaction_key().clone()),
        ..Emitter::default()
    };
    let (tx, rx) = sync_channel::<Msg>(chunk);
    let reader = Reader {
        opts: opts.clone(),
        tx,
        budget: budget.clone(),
        bytes_read: bytes_read.clone(),
        stop: stop.clone(),
    };
    let paths = inputs.to_vec();
    // Not a scoped thread: when `emit` fails the scan returns at once, even
    // if the reader is blocked on a slow stream (it ends at its next send).
    let handle = std::thread::Builder::new()
        .name("chatrisk-scan-reader".into())
        .spawn(move || reader.run(&paths));
    let handle = match handle {
        Ok(h) => h,
        Err(e) => {
            let err = RecordError::new(
                Location::new("scan"),
                format!("cannot start the reader thread: {e}"),
            );
            let o = Outcome::Error(err);
            summary.count(&o);
            return match emit(&o) {
                Ok(()) => Ok(summary),
                Err(e) => Err((summary, e)),
            };
        }
    };
    let mut scored_mark = 0u64;
    let outcome = {
        let result = consume(&rx, chunk, &mut summary, |batch, summary| {
            let outcomes: Vec<(Outcome, Provenance)> = batch
                .into_par_iter()
                .map(|item| {
                    let o = match item.record {
                        Ok(c) => Outcome::Report(Box::new(scorer.score(&c, score_opts))),
                        Err(e) => Outcome::Error(e),
                    };
                    (o, item.provenance)
                })
                .collect();
            let mut freed = 0;
            for (mut o, prov) in outcomes {
                freed += prov.weight;
                scored_mark = scored_mark.max(prov.read_mark);
                emitter.stamp(&mut o, prov);
                summary.count(&o);
                emit(&o)?;
            }
            budget.release(freed);
            progress(scored_mark);
            Ok(())
        });
        if result.is_err() {
            // Stop the reader: it must not wait for room that never comes.
            stop.store(true, Ordering::Relaxed);
            budget.close();
            drop(rx);
        } else {
            // The channel is closed, so the reader has finished.
            let _ = handle.join();
        }
        result
    };
    summary.bytes = bytes_read.load(Ordering::Relaxed);
    match outcome {
        Ok(()) => Ok(summary),
        Err(e) => Err((summary, e)),
    }
}

/// Receives what the reader sends and hands it to `score` in batches: as
/// many records as have arrived (up to `chunk`), so nothing waits for a full
/// batch while the input is slow.
fn consume<E>(
    rx: &Receiver<Msg>,
    chunk: usize,
    summary: &mut ScanSummary,
    mut score: impl FnMut(Vec<Item>, &mut ScanSummary) -> Result<(), E>,
) -> Result<(), E> {
    let mut batch = Vec::with_capacity(chunk);
    while let Ok(first) = rx.recv() {
        take(first, &mut batch, summary);
        while batch.len() < chunk {
            match rx.try_recv() {
                Ok(m) => take(m, &mut batch, summary),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
            }
        }
        if !batch.is_empty() {
            score(std::mem::take(&mut batch), summary)?;
        }
    }
    Ok(())
}

fn take(msg: Msg, batch: &mut Vec<Item>, summary: &mut ScanSummary) {
    match msg {
        Msg::Item(item) => batch.push(*item),
        Msg::Input => summary.inputs += 1,
        Msg::Skipped(reason) => *summary.skipped.entry(reason.to_string()).or_default() += 1,
    }
}

/// What the reader thread sends, in input order.
enum Msg {
    /// One record, with where it came from.
    Item(Box<Item>),
    /// An input was started (for the summary's count).
    Input,
    /// A file was not read.
    Skipped(&'static str),
}

struct Item {
    record: Record,
    provenance: Provenance,
}

/// Where a record came from, attached to its outcome after scoring.
struct Provenance {
    path: Arc<str>,
    /// The file's SHA-256; `None` for a stream, whose records are hashed one by one.
    sha256: Option<Arc<str>>,
    /// SHA-256 of the record's own bytes, for a stream.
    record_sha256: Option<String>,
    record: u64,
    line: Option<u64>,
    /// Bytes this record holds against the reader's budget.
    weight: u64,
    /// Bytes the reader had read when it sent this record: once the record
    /// is scored, the scan's progress.
    read_mark: u64,
}

/// Attaches provenance to outcomes and keeps ids unique, in output order.
#[derive(Default)]
struct Emitter {
    /// Hashes of the ids emitted so far (8 bytes per conversation).
    ids: HashSet<u64>,
    /// Under `--redact`: the key that masks source paths and error ids.
    redact: Option<RedactKey>,
}

impl Emitter {
    fn stamp(&mut self, outcome: &mut Outcome, prov: Provenance) {
        let sha256 = prov
            .sha256
            .map(|s| s.to_string())
            .or(prov.record_sha256)
            .unwrap_or_default();
        match outcome {
            Outcome::Report(r) => {
                self.unique(&mut r.id);
                let mut src = Source {
                    path: prov.path.to_string(),
                    sha256,
                    record: prov.record,
                    line: prov.line,
                };
                if let Some(key) = &self.redact {
                    crate::redact::redact_source(&mut src, key);
                }
                r.source = Some(src);
            }
            Outcome::Error(e) => {
                if let Some(key) = &self.redact {
                    crate::redact::redact_error(e, key);
                }
                if let Some(id) = &mut e.id {
                    self.unique(id);
                }
                e.sha256 = (!sha256.is_empty()).then_some(sha256);
                e.record = Some(prov.record);
            }
        }
    }

    /// Renames `id` to `id#2`, `id#3`, ... if an earlier outcome has it.
    fn unique(&mut self, id: &mut String) {
        if self.ids.insert(hash_id(id)) {
            return;
        }
        for n in 2u64.. {
            let candidate = format!("{id}#{n}");
            if self.ids.insert(hash_id(&candidate)) {
                *id = candidate;
                return;
            }
        }
    }
}

fn hash_id(id: &str) -> u64 {
    // SipHash with fixed keys: the same ids are renamed the same way every run.
    let mut h = std::hash::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

/// A cap on the bytes read ahead of scoring: the reader waits while the
/// records it has sent hold more than the budget (it may always send one).
struct Budget {
    state: Mutex<(u64, bool)>,
    freed: Condvar,
    cap: u64,
}

impl Budget {
    fn new(cap: u64) -> Self {
        Budget {
            state: Mutex::new((0, false)),
            freed: Condvar::new(),
            cap,
        }
    }

    fn acquire(&self, n: u64) {
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        while !state.1 && state.0 > 0 && state.0.saturating_add(n) > self.cap {
            state = match self.freed.wait(state) {
                Ok(s) => s,
                Err(_) => return,
            };
        }
        state.0 = state.0.saturating_add(n);
    }

    fn release(&self, n: u64) {
        if let Ok(mut state) = self.state.lock() {
            state.0 = state.0.saturating_sub(n);
        }
        self.freed.notify_all();
    }

    /// Never wait again (the consumer stopped).
    fn close(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.1 = true;
        }
        self.freed.notify_all();
    }
}

/// The reader thread: walks the inputs and imports them, in order.
struct Reader {
    opts: ScanOptions,
    tx: SyncSender<Msg>,
    budget: Arc<Budget>,
    bytes_read: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
}

impl Reader {
    fn run(self, paths: &[PathBuf]) {
        let excluded: Vec<PathBuf> = self
            .opts
            .exclude
            .iter()
            .filter_map(|p| std::fs::canonicalize(p).ok())
            .collect();
        for input in inputs(paths, self.opts.include_all) {
            if self.stop.load(Ordering::Relaxed) {
                return;
            }
            let ok = match input {
                Input::Read(p) => {
                    if std::fs::canonicalize(&p).is_ok_and(|c| excluded.contains(&c)) {
                        continue;
                    }
                    self.send(Msg::Input) && self.read(&p)
                }
                Input::Skip { reason, .. } => self.send(Msg::Skipped(reason)),
                Input::Fail(e) => {
                    let path: Arc<str> = e.location.source.as_str().into();
                    self.send(Msg::Input) && self.item(Err(e), &path, None, None, 1, None, 0)
                }
            };
            if !ok {
                return;
            }
        }
    }

    fn send(&self, msg: Msg) -> bool {
        self.tx.send(msg).is_ok()
    }

    /// Sends one record; `false` once the consumer has gone.
    #[allow(clippy::too_many_arguments)]
    fn item(
        &self,
        record: Record,
        path: &Arc<str>,
        sha256: Option<&Arc<str>>,
        record_sha256: Option<String>,
        position: u64,
        line: Option<u64>,
        weight: u64,
    ) -> bool {
        let weight = weight.max(record_weight(&record));
        let read_mark = self.bytes_read.load(Ordering::Relaxed);
        self.budget.acquire(weight);
        self.send(Msg::Item(Box::new(Item {
            record,
            provenance: Provenance {
                path: path.clone(),
                sha256: sha256.cloned(),
                record_sha256,
                record: position,
                line,
                weight,
                read_mark,
            },
        })))
    }

    /// Reads one input; `false` once the consumer has gone.
    fn read(&self, path: &Path) -> bool {
        let name = path.display().to_string();
        let label: Arc<str> = name.as_str().into();
        let fail = |msg: String, sha: Option<&Arc<str>>| {
            self.item(
                Err(RecordError::new(Location::new(&name), msg)),
                &label,
                sha,
                None,
                1,
                None,
                0,
            )
        };
        let stdin = name == "-";
        let regular = !stdin && std::fs::metadata(path).is_ok_and(|m| m.is_file());
        // A regular file is hashed before its records are sent, so every
        // record can carry the hash; a stream cannot be, and each of its
        // records carries the hash of its own bytes instead.
        let sha256: Option<Arc<str>> = if regular {
            match hash_file(path) {
                Ok(h) => Some(h.into()),
                Err(e) => return fail(format!("cannot read: {e}"), None),
            }
        } else {
            None
        };
        let raw: Box<dyn Read + Send> = if stdin {
            Box::new(std::io::stdin())
        } else {
            match File::open(path) {
                Ok(f) => Box::new(f),
                Err(e) => return fail(format!("cannot open: {e}"), sha256.as_ref()),
            }
        };
        let mut reader = BufReader::with_capacity(
            1 << 16,
            CountingReader {
                inner: raw,
                count: &self.bytes_read,
            },
        );
        let head = match reader.fill_buf() {
            Ok(b) => b.to_vec(),
            Err(e) => return fail(read_error(&e), sha256.as_ref()),
        };
        if !self.opts.include_all && !stdin && media_by_content(&head) {
            return self.send(Msg::Skipped("media"));
        }
        // stdin is a stream of canonical JSON Lines unless told otherwise:
        // `scan -` must work as a line filter (Spark, Hadoop Streaming).
        let format = self.opts.format.unwrap_or_else(|| {
            if stdin {
                Format::Jsonl
            } else {
                import::detect(&head, Some(&name))
            }
        });
        let jsonl_name = [".jsonl", ".ndjson"].iter().any(|ext| name.ends_with(ext));
        let forced = self.opts.format == Some(Format::Jsonl) || stdin || jsonl_name;
        let sha = sha256.as_ref();
        if format == Format::Jsonl && (forced || is_json_lines(&head)) {
            let mut records = JsonlReader::new(reader, name.clone())
                .with_max_line_bytes(self.opts.max_line_bytes)
                .with_limits(&self.opts.limits);
            let mut position = 0;
            while let Some(record) = records.next() {
                position += 1;
                let line = records.line() as u64;
                let own = sha
                    .is_none()
                    .then(|| hex(&Sha256::digest(records.last_line())));
                if !self.item(record, &label, sha, own, position, Some(line), 0) {
                    return false;
                }
            }
            return true;
        }
        if format == Format::Jsonl && starts_array(&head) {
            let mut position = 0;
            let mut alive = true;
            import::stream_array(reader, &name, &self.opts.limits, |record| {
                position += 1;
                alive = alive && self.item(record, &label, sha, None, position, None, 0);
            });
            return alive;
        }
        let bytes = match import::read_capped(reader, self.opts.limits.max_input_bytes) {
            Ok(Ok(b)) => b,
            Ok(Err(n)) => {
                let msg = self.opts.limits.max_input_bytes;
                return fail(
                    format!(
                        "the input is more than {msg} bytes (read {n} before stopping), the \
                         limit on a {format} input, which is read whole; it was not read"
                    ),
                    sha,
                );
            }
            Err(e) => return fail(read_error(&e), sha),
        };
        let own = sha.is_none().then(|| hex(&Sha256::digest(&bytes)));
        let weight = bytes.len() as u64;
        let records = import::import_bytes_with(&bytes, &name, Some(format), &self.opts.limits);
        drop(bytes);
        for (i, record) in records.into_iter().enumerate() {
            if !self.item(record, &label, sha, own.clone(), i as u64 + 1, None, weight) {
                return false;
            }
        }
        true
    }
}

/// An I/O error while reading an input, in words.
fn read_error(e: &std::io::Error) -> String {
    format!("cannot read: {e}")
}

/// Bytes a record holds in memory, roughly (its text).
fn record_weight(record: &Record) -> u64 {
    match record {
        Ok(c) => c
            .messages
            .iter()
            .map(|m| (m.text.len() + m.sender.len() + 64) as u64)
            .sum(),
        Err(e) => e.error.len() as u64 + 64,
    }
}

fn hash_file(path: &Path) -> std::io::Result<String> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher)?;
    Ok(hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// JSON Lines (streamable) rather than one JSON document (object or array).
fn is_json_lines(head: &[u8]) -> bool {
    !starts_array(head)
}

fn starts_array(head: &[u8]) -> bool {
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF);
    matches!(start.map(|i| head[i]), Some(b'['))
}

/// Counts bytes read, for progress.
struct CountingReader<'a, R> {
    inner: R,
    count: &'a AtomicU64,
}

impl<R: Read> Read for CountingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
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
