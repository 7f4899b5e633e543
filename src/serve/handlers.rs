//! Route handlers: request -> library calls -> JSON. No scoring logic here.

use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use rayon::prelude::*;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::json;
use tokio::sync::OwnedSemaphorePermit;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::AppState;
use super::body::read_body;
use super::error::{ApiError, ErrorCode, JSON};
use super::validate;
use crate::error::{Location, RecordError};
use crate::import::limits::SERVICE_ZIP_EXPANSION;
use crate::import::{self, Format, Limits, Record};
use crate::report::{Outcome, Report};
use crate::score::{MessageTrace, ScoreOptions, Scorer};

/// What request bodies are called in errors and, for text formats, the id
/// of the conversation unless `?filename=` or `?id=` says otherwise.
pub(super) const DEFAULT_SOURCE: &str = "request";

/// How the body is to be read, from its `Content-Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BodyKind {
    /// One JSON document: a conversation, an array of them, or a JSON export.
    Json,
    /// JSON Lines, one canonical conversation per line.
    Ndjson,
    /// Text: a WhatsApp export or a plain transcript.
    Text,
    /// Anything the importers can detect, `.zip` WhatsApp exports included.
    Binary,
}

const ACCEPTED: &str = "application/json, application/x-ndjson, text/plain, \
                        application/octet-stream, application/zip";

pub(super) fn body_kind(headers: &HeaderMap) -> Result<BodyKind, ApiError> {
    let Some(value) = headers.get(header::CONTENT_TYPE) else {
        return Ok(BodyKind::Binary);
    };
    let essence = value
        .to_str()
        .ok()
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match essence.as_str() {
        "application/json" => Ok(BodyKind::Json),
        "application/x-ndjson" | "application/jsonl" => Ok(BodyKind::Ndjson),
        "text/plain" => Ok(BodyKind::Text),
        "application/octet-stream" | "application/zip" => Ok(BodyKind::Binary),
        _ => Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            format!("content type {essence:?} is not accepted; use one of {ACCEPTED}"),
        )),
    }
}

/// Query options of `POST /v1/score`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreQuery {
    /// Force an input format instead of detecting it.
    #[serde(default)]
    format: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    timeline: bool,
    #[serde(default, deserialize_with = "flag")]
    redact: bool,
    #[serde(default, deserialize_with = "flag")]
    explain: bool,
    /// Replaces the conversation's id in the report.
    #[serde(default)]
    id: Option<String>,
    /// The export's file name: a detection hint, and the id of text formats.
    #[serde(default)]
    filename: Option<String>,
}

/// Query options of `POST /v1/score/batch`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchQuery {
    #[serde(default)]
    format: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    timeline: bool,
    #[serde(default, deserialize_with = "flag")]
    redact: bool,
    #[serde(default)]
    filename: Option<String>,
}

/// `?x`, `?x=true`, `?x=1` are on; `?x=false`, `?x=0` off.
fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    let s = String::deserialize(d)?;
    match s.to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        other => Err(serde::de::Error::custom(format!(
            "expected true or false, got {other:?}"
        ))),
    }
}

pub(super) fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(q)| q)
        .map_err(|e| ApiError::new(ErrorCode::InvalidQuery, e.body_text()))
}

pub(super) fn parse_format(name: Option<&str>) -> Result<Option<Format>, ApiError> {
    name.map(|n| {
        n.parse::<Format>()
            .map_err(|e| ApiError::new(ErrorCode::InvalidQuery, e.to_string()))
    })
    .transpose()
}

pub(super) fn json_response(status: StatusCode, body: impl Into<Body>) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, HeaderValue::from_static(JSON))],
        body.into(),
    )
        .into_response()
}

/// A scoring slot, or 503 with `Retry-After` when all are taken.
pub(super) fn acquire(st: &AppState) -> Result<OwnedSemaphorePermit, ApiError> {
    st.limit.clone().try_acquire_owned().map_err(|_| {
        ApiError::new(
            ErrorCode::Overloaded,
            "the server is handling as many scoring requests as it is allowed to; retry shortly",
        )
        .retry_after(st.shared.config.retry_after_secs)
    })
}

/// Set when the request that started a job is gone: its client hung up or
/// it was answered 504. Jobs check it between steps and stop early.
#[derive(Clone, Default)]
pub(crate) struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub(crate) fn is_set(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Sets its [`Cancel`] when dropped before [`CancelOnDrop::disarm`].
struct CancelOnDrop(Option<Cancel>);

impl CancelOnDrop {
    fn disarm(&mut self) {
        self.0 = None;
    }
}

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        if let Some(c) = self.0.take() {
            c.0.store(true, Ordering::Relaxed);
        }
    }
}

fn abandoned() -> ApiError {
    ApiError::new(ErrorCode::Timeout, "the request was abandoned")
}

/// Runs CPU-bound work on the blocking pool, holding the scoring slot until
/// it is done, and answers 200 with its JSON. Jobs wait in line for a core
/// rather than all contending at once; a job whose request is dropped while
/// it waits never starts, and one already running is told to stop.
pub(super) async fn blocking<F>(
    st: &AppState,
    permit: OwnedSemaphorePermit,
    work: F,
) -> Result<Response, ApiError>
where
    F: FnOnce(&Cancel) -> Result<Vec<u8>, ApiError> + Send + 'static,
{
    let worker = st
        .workers
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| ApiError::new(ErrorCode::Internal, "the scoring pool is closed"))?;
    let cancel = Cancel::default();
    let mut guard = CancelOnDrop(Some(cancel.clone()));
    let metrics = st.shared.clone();
    let task = tokio::task::spawn_blocking(move || {
        let _slots = (permit, worker);
        let out = work(&cancel);
        if cancel.is_set() {
            metrics.metrics.job_abandoned();
        }
        out
    });
    let joined = task.await;
    guard.disarm();
    match joined {
        Ok(Ok(json)) => Ok(json_response(StatusCode::OK, json)),
        Ok(Err(e)) => Err(e),
        Err(e) if e.is_panic() => Err(ApiError::new(
            ErrorCode::Panic,
            "internal error while scoring the request",
        )),
        Err(_) => Err(ApiError::new(
            ErrorCode::Internal,
            "the scoring task was cancelled",
        )),
    }
}

/// Body bytes -> conversations through the importers. `strict_lines`: a
/// malformed JSON line fails the request (single scoring) instead of
/// becoming an error record (batches).
pub(super) fn import_body(
    kind: BodyKind,
    bytes: &[u8],
    format: Option<Format>,
    source: &str,
    strict_lines: bool,
    limits: &Limits,
) -> Result<Vec<Record>, ApiError> {
    if import::trim_start_ws(import::strip_bom(bytes)).is_empty() {
        return Err(ApiError::new(
            ErrorCode::EmptyBody,
            "the request body is empty",
        ));
    }
    if bytes.starts_with(ZIP_MAGIC) {
        check_zip_expansion(bytes, limits.max_zip_entry_bytes)?;
    }
    let json_format =
        |f: Option<Format>| f.is_none_or(|f| !matches!(f, Format::WhatsApp | Format::Transcript));
    let format = match kind {
        BodyKind::Json => {
            if json_format(format) {
                validate::conversation_shape(validate::json_document(bytes, source)?)?;
            }
            format
        }
        BodyKind::Ndjson => {
            let format = format.unwrap_or(Format::Jsonl);
            if strict_lines && format == Format::Jsonl {
                validate::json_lines(bytes, source)?;
            }
            Some(format)
        }
        BodyKind::Text => Some(format.unwrap_or_else(|| match import::detect(bytes, None) {
            Format::WhatsApp => Format::WhatsApp,
            _ => Format::Transcript,
        })),
        BodyKind::Binary => {
            // Detected JSON is checked as if it had been declared, so the
            // same bad JSON gets the same answer whatever the content type.
            if format.is_none() && !bytes.starts_with(ZIP_MAGIC) {
                match import::detect(bytes, None) {
                    Format::WhatsApp | Format::Transcript => {
                        // Text that opens more brackets than any JSON parser
                        // follows is JSON, not a transcript.
                        if let Err(e) = validate::json_document(bytes, source) {
                            if e.code == ErrorCode::NestingTooDeep {
                                return Err(e);
                            }
                        }
                    }
                    _ if object_lines(bytes) => {
                        if strict_lines {
                            validate::json_lines(bytes, source)?;
                        }
                    }
                    _ => {
                        validate::conversation_shape(validate::json_document(bytes, source)?)?;
                    }
                }
            }
            format
        }
    };
    let records = import::import_bytes_with(bytes, source, format, limits);
    // An archive that inflates past its cap is the whole body refused,
    // whichever route it came to.
    if let [Err(e)] = records.as_slice() {
        if limits.is_zip_too_large(e) {
            return Err(record_error(e.clone(), limits));
        }
    }
    Ok(records)
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// Refuses an archive whose entries declare more bytes than `limit`, before
/// anything is decompressed. (Declared sizes can lie; the importer bounds
/// what it actually inflates by the same limit.)
fn check_zip_expansion(bytes: &[u8], limit: u64) -> Result<(), ApiError> {
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(()); // the importer reports what is wrong with it
    };
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        if let Ok(entry) = archive.by_index_raw(i) {
            total = total.saturating_add(entry.size());
        }
    }
    if total > limit {
        return Err(ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!(
                "the zip archive expands to {total} bytes; the limit is {limit} bytes \
                 ({SERVICE_ZIP_EXPANSION} times the body limit)"
            ),
        ));
    }
    Ok(())
}

/// What the importers may hold for one request: the service's message cap,
/// checked while parsing, and a zip expansion relative to the body limit
/// ([`Limits::for_service`]).
pub(super) fn import_limits(st: &AppState) -> Limits {
    let config = &st.shared.config;
    Limits {
        max_messages: config.max_messages,
        ..Limits::for_service(config.max_body_bytes)
    }
}

/// An importer's refusal as the API error for its cause: the message cap
/// is 413 `too_many_messages`, an expansion past the zip cap 413
/// `payload_too_large`, anything else 422.
pub(super) fn record_error(e: RecordError, limits: &Limits) -> ApiError {
    let code = if limits.is_too_many_messages(&e) {
        ErrorCode::TooManyMessages
    } else if limits.is_zip_too_large(&e) {
        ErrorCode::PayloadTooLarge
    } else {
        ErrorCode::Unprocessable
    };
    ApiError {
        code,
        ..ApiError::record(e)
    }
}

/// Whether a body is JSON Lines (an object on the first line, another
/// starting the next) rather than one JSON document.
fn object_lines(bytes: &[u8]) -> bool {
    let body = import::trim_start_ws(import::strip_bom(bytes));
    let first_end = body.iter().position(|&b| b == b'\n').unwrap_or(body.len());
    let (first, rest) = body.split_at(first_end);
    body.first() == Some(&b'{')
        && import::trim_start_ws(rest).first() == Some(&b'{')
        && serde_json::from_slice::<serde::de::IgnoredAny>(first).is_ok()
}

/// A non-empty body from which no message was read is an error, never a score.
pub(super) fn no_messages(format: Option<Format>, bytes: &[u8]) -> ApiError {
    let read_as = format.unwrap_or_else(|| import::detect(bytes, None)).name();
    ApiError::new(
        ErrorCode::NoMessages,
        format!(
            "no message could be read from the {}-byte body (read as {read_as}: \
             nothing but app notices, or nothing at all); check ?format= and the content type",
            bytes.len()
        ),
    )
}

pub(super) fn too_many_messages(n: usize, limit: usize) -> String {
    format!("the conversation has {n} messages; the limit is {limit}")
}

/// A report with the message trace of `?explain=true`.
#[derive(Serialize)]
struct Explained<'a> {
    #[serde(flatten)]
    report: &'a Report,
    trace: &'a [MessageTrace],
}

pub(super) fn internal(e: serde_json::Error) -> ApiError {
    ApiError::new(
        ErrorCode::Internal,
        format!("cannot render the response: {e}"),
    )
}

/// `POST /v1/score`: one conversation -> its report.
pub(crate) async fn score(
    State(st): State<AppState>,
    q: Result<Query<ScoreQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let q = query(q)?;
    let format = parse_format(q.format.as_deref())?;
    if q.explain && q.redact {
        return Err(ApiError::new(
            ErrorCode::InvalidQuery,
            "explain shows the original messages and cannot be combined with redact",
        ));
    }
    let kind = body_kind(&headers)?;
    // The body is read before admission: a slow upload holds its
    // connection, never a scoring slot.
    let bytes = read_body(body, &headers, st.shared.config.body_rules()).await?;
    let permit = acquire(&st)?;
    let job = st.clone();
    blocking(&st, permit, move |cancel| {
        score_one(&job, kind, &bytes, &q, format, cancel)
    })
    .await
}

fn score_one(
    st: &AppState,
    kind: BodyKind,
    bytes: &[u8],
    q: &ScoreQuery,
    format: Option<Format>,
    cancel: &Cancel,
) -> Result<Vec<u8>, ApiError> {
    if cancel.is_set() {
        return Err(abandoned());
    }
    let metrics = &st.shared.metrics;
    let source = q.filename.as_deref().unwrap_or(DEFAULT_SOURCE);
    let limits = import_limits(st);
    let mut records = import_body(kind, bytes, format, source, true, &limits)?;
    if records.len() > 1 {
        return Err(ApiError::new(
            ErrorCode::MultipleConversations,
            format!(
                "the body holds {} conversations and /v1/score takes one; \
                 POST them to /v1/score/batch",
                records.len()
            ),
        ));
    }
    let mut conv = match records.pop() {
        Some(Ok(c)) => c,
        Some(Err(e)) => {
            metrics.record_error();
            return Err(record_error(e, &limits));
        }
        None => {
            return Err(ApiError::new(
                ErrorCode::Unprocessable,
                "the body holds no conversation",
            ));
        }
    };
    if !conv.messages.iter().any(|m| !m.is_system()) {
        let mut e = no_messages(format, bytes);
        e.id = Some(conv.id);
        return Err(e);
    }
    let limit = st.shared.config.max_messages;
    if conv.messages.len() > limit {
        let mut e = ApiError::new(
            ErrorCode::TooManyMessages,
            too_many_messages(conv.messages.len(), limit),
        );
        e.id = Some(conv.id);
        return Err(e);
    }
    if let Some(id) = &q.id {
        conv.id.clone_from(id);
    }
    let opts = ScoreOptions {
        timeline: q.timeline,
        redact: q.redact,
        ..ScoreOptions::default()
    };
    if cancel.is_set() {
        return Err(abandoned());
    }
    if q.explain {
        let ex = st.scorer.explain(&conv, &opts);
        metrics.scored(&ex.report.label, ex.report.level);
        serde_json::to_vec(&Explained {
            report: &ex.report,
            trace: &ex.messages,
        })
        .map_err(internal)
    } else {
        let report = st.scorer.score(&conv, &opts);
        metrics.scored(&report.label, report.level);
        serde_json::to_vec(&report).map_err(internal)
    }
}

/// `POST /v1/score/batch`: many conversations -> one outcome each, in order.
pub(crate) async fn score_batch(
    State(st): State<AppState>,
    q: Result<Query<BatchQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let q = query(q)?;
    let format = parse_format(q.format.as_deref())?;
    let kind = body_kind(&headers)?;
    let bytes = read_body(body, &headers, st.shared.config.body_rules()).await?;
    let permit = acquire(&st)?;
    let job = st.clone();
    blocking(&st, permit, move |cancel| {
        score_many(&job, kind, &bytes, &q, format, cancel)
    })
    .await
}

#[derive(Serialize)]
struct BatchResponse {
    count: usize,
    scored: usize,
    errors: usize,
    results: Vec<Outcome>,
}

fn score_many(
    st: &AppState,
    kind: BodyKind,
    bytes: &[u8],
    q: &BatchQuery,
    format: Option<Format>,
    cancel: &Cancel,
) -> Result<Vec<u8>, ApiError> {
    let metrics = &st.shared.metrics;
    let config = &st.shared.config;
    let source = q.filename.as_deref().unwrap_or(DEFAULT_SOURCE);
    let records = import_body(kind, bytes, format, source, false, &import_limits(st))?;
    if records.len() > config.max_batch {
        return Err(ApiError::new(
            ErrorCode::TooManyConversations,
            format!(
                "the body holds {} conversations; the limit per batch is {}",
                records.len(),
                config.max_batch
            ),
        ));
    }
    let opts = ScoreOptions {
        timeline: q.timeline,
        redact: q.redact,
        ..ScoreOptions::default()
    };
    let scorer: &Scorer = &st.scorer;
    let results: Vec<Outcome> = records
        .into_par_iter()
        .enumerate()
        .map(|(i, r)| match r {
            _ if cancel.is_set() => Outcome::Error(RecordError {
                location: Location::new(source).path(format!("$[{i}]")),
                error: "the request was abandoned".to_string(),
                id: None,
                sha256: None,
                record: None,
            }),
            Ok(c) if c.messages.len() > config.max_messages => Outcome::Error(RecordError {
                location: Location::new(source).path(format!("$[{i}]")),
                error: too_many_messages(c.messages.len(), config.max_messages),
                id: Some(c.id),
                sha256: None,
                record: None,
            }),
            Ok(c) if !c.messages.iter().any(|m| !m.is_system()) => Outcome::Error(RecordError {
                location: Location::new(source).path(format!("$[{i}]")),
                error: "no message could be read from this conversation \
                        (it is empty or holds only app notices)"
                    .to_string(),
                id: Some(c.id),
                sha256: None,
                record: None,
            }),
            Ok(c) => Outcome::Report(Box::new(scorer.score(&c, &opts))),
            Err(e) => Outcome::Error(e),
        })
        .collect();
    if cancel.is_set() {
        return Err(abandoned());
    }
    if results.is_empty() {
        return Err(no_messages(format, bytes));
    }
    let mut errors = 0;
    for o in &results {
        match o {
            Outcome::Report(r) => metrics.scored(&r.label, r.level),
            Outcome::Error(_) => {
                errors += 1;
                metrics.record_error();
            }
        }
    }
    serde_json::to_vec(&BatchResponse {
        count: results.len(),
        scored: results.len() - errors,
        errors,
        results,
    })
    .map_err(internal)
}

/// The `GET /v1/model` document, computed once at start.
pub(crate) fn model_card(scorer: &Scorer) -> Vec<u8> {
    let model = scorer.model();
    let file = &model.file();
    let thresholds: serde_json::Map<String, serde_json::Value> = scorer
        .thresholds()
        .map(|(label, t)| {
            let from_model = model.thresholds(label);
            let source = if from_model == t { "model" } else { "policy" };
            (
                label.to_string(),
                json!({"medium": t.medium, "high": t.high, "source": source}),
            )
        })
        .collect();
    let policy = thresholds.values().any(|t| t["source"] == "policy");
    let card = json!({
        "schema": file.schema,
        "version": file.version,
        "sha256": model.sha256(),
        "checksum": file.checksum,
        "labels": scorer.labels(),
        "thresholds": thresholds,
        "policy": policy,
        "signals": {"version": file.signals.version, "sha256": file.signals.sha256},
        "features": model.space().len(),
        "hash_bits": file.features.text.hash_bits,
        "vocab": model.pipeline().tokenizer.vocab_size(),
        "training": {
            "created_by": file.training.created_by,
            "labels": file.training.labels,
            "data": file.training.data,
            "validation": file.training.validation,
        },
    });
    serde_json::to_vec(&card).unwrap_or_default()
}

pub(crate) async fn model(State(st): State<AppState>) -> Response {
    json_response(StatusCode::OK, st.model_card.as_ref().clone())
}

pub(crate) async fn healthz() -> Response {
    json_response(StatusCode::OK, r#"{"status":"ok"}"#)
}

pub(crate) async fn readyz(State(st): State<AppState>) -> Response {
    if st.shared.draining.load(std::sync::atomic::Ordering::SeqCst) {
        return ApiError::new(ErrorCode::NotReady, "the server is shutting down")
            .retry_after(st.shared.config.retry_after_secs)
            .into_response();
    }
    if !st.is_warm() {
        return ApiError::new(ErrorCode::NotReady, "the scorer is warming up")
            .retry_after(st.shared.config.retry_after_secs)
            .into_response();
    }
    let model = st.scorer.model();
    let body = json!({
        "status": "ready",
        "model": {"version": model.file().version, "sha256": model.sha256()},
    });
    json_response(StatusCode::OK, body.to_string())
}

pub(crate) async fn metrics(State(st): State<AppState>) -> Response {
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        )],
        st.shared.metrics.render(),
    )
        .into_response()
}

pub(crate) async fn openapi() -> Response {
    json_response(StatusCode::OK, super::OPENAPI)
}

pub(crate) async fn not_found(method: Method, uri: Uri) -> ApiError {
    ApiError::new(
        ErrorCode::NotFound,
        format!("no route {method} {}", uri.path()),
    )
}

pub(crate) async fn method_not_allowed(method: Method, uri: Uri) -> ApiError {
    ApiError::new(
        ErrorCode::MethodNotAllowed,
        format!("{method} is not allowed on {}", uri.path()),
    )
}
