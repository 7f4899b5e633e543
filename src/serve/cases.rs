//! The reviewer's workspace over HTTP: the review page at `/`, the case API
//! under `/v1/cases`, mounted when the server has a case database
//! (`chatrisk serve --db cases.sqlite`).
//!
//! Access: with reviewer tokens (`--reviewers`, one `name token` per line)
//! each token names its reviewer; the server's bearer token (`--token-file`)
//! is accepted too, the reviewer then names themself in the verdict. With
//! neither, the workspace is open (for a reviewer on their own machine).
//! These routes check tokens themselves, so reviewer tokens work here and
//! nowhere else. The page and its assets are open: they hold no data.
//!
//! Safety: chat text reaches the page only as JSON and is only ever set as
//! `textContent`; the page's Content-Security-Policy allows no inline script.
//! State changes (upload, verdict) are refused when the browser says they
//! come from another site (`Sec-Fetch-Site`, `Origin`), and tokens travel in
//! the `Authorization` header, never in a cookie. No route reads files: the
//! database is never served.

use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::handlers::{self, BodyKind, DEFAULT_SOURCE, too_many_messages};
use super::{ApiError, AppState, BearerToken, ErrorCode};
use crate::cases::{
    CaseDetail, CaseStore, Filter, NewCase, Segment, Source, VerdictError, VerdictInput, is_stage,
    segments,
};
use crate::error::{Error, Location, RecordError, Result};
use crate::import::Format;

const INDEX_HTML: &str = include_str!("web/index.html");
const APP_JS: &str = include_str!("web/app.js");
const APP_CSS: &str = include_str!("web/app.css");

/// The page may load only its own script and style; nothing inline, no
/// other origin, no frames, no forms posting anywhere.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
                   connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

/// Reviewer tokens: `name token` per line; `#` starts a comment line.
#[derive(Debug, Clone, Default)]
pub struct Reviewers {
    tokens: Vec<(String, BearerToken)>,
}

impl Reviewers {
    pub fn from_file(path: &Path) -> Result<Reviewers> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(&name, e))?;
        Reviewers::parse(&text, &name)
    }

    pub fn parse(text: &str, source: &str) -> Result<Reviewers> {
        let mut tokens: Vec<(String, BearerToken)> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |what: &str| {
                Error::from(RecordError::new(
                    Location::new(source).line(i + 1),
                    format!("{what}; expected `reviewer-name token`"),
                ))
            };
            let mut parts = line.split_whitespace();
            let (Some(who), Some(token), None) = (parts.next(), parts.next(), parts.next()) else {
                return Err(bad("a line must hold a name and a token"));
            };
            if who.chars().count() > 100 {
                return Err(bad("the reviewer name is longer than 100 characters"));
            }
            if token.len() < 16 {
                return Err(bad("the token is shorter than 16 characters"));
            }
            if tokens.iter().any(|(n, _)| n == who) {
                return Err(bad(&format!("reviewer {who:?} is listed twice")));
            }
            let token = BearerToken::new(token).map_err(|e| bad(&e.to_string()))?;
            tokens.push((who.to_string(), token));
        }
        if tokens.is_empty() {
            return Err(Error::NoReviewers {
                path: source.to_string(),
            });
        }
        Ok(Reviewers { tokens })
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The reviewer a token belongs to. Every entry is compared, so the
    /// time taken does not say which one matched.
    fn identify(&self, presented: &str) -> Option<&str> {
        let mut found = None;
        for (name, token) in &self.tokens {
            if token.matches(presented) && found.is_none() {
                found = Some(name.as_str());
            }
        }
        found
    }
}

/// The case store and who may use it.
#[derive(Debug)]
pub struct CaseService {
    pub store: CaseStore,
    pub reviewers: Reviewers,
}

/// Paths these routes authenticate themselves (the page and the case API).
pub(crate) fn own_auth(path: &str) -> bool {
    path == "/"
        || path.starts_with("/review/")
        || path == "/v1/cases"
        || path.starts_with("/v1/cases/")
}

struct CaseRoute {
    method: &'static str,
    path: &'static str,
    handler: fn() -> MethodRouter<AppState>,
}

/// Every route mounted with `--db`. The router is built from this table, and
/// so are the metrics route table and [`routes_served`], which a test checks
/// against `api/openapi.json`.
const ROUTES: [CaseRoute; 9] = [
    CaseRoute {
        method: "GET",
        path: "/",
        handler: || get(page),
    },
    CaseRoute {
        method: "GET",
        path: "/review/app.js",
        handler: || get(script),
    },
    CaseRoute {
        method: "GET",
        path: "/review/app.css",
        handler: || get(style),
    },
    CaseRoute {
        method: "GET",
        path: "/v1/cases",
        handler: || get(list),
    },
    CaseRoute {
        method: "POST",
        path: "/v1/cases",
        handler: || post(upload),
    },
    CaseRoute {
        method: "GET",
        path: "/v1/cases/session",
        handler: || get(session),
    },
    CaseRoute {
        method: "GET",
        path: "/v1/cases/export",
        handler: || get(export),
    },
    CaseRoute {
        method: "GET",
        path: "/v1/cases/{case}",
        handler: || get(detail),
    },
    CaseRoute {
        method: "POST",
        path: "/v1/cases/{case}/verdict",
        handler: || post(verdict),
    },
];

/// `(method, path)` of every case route.
pub fn routes_served() -> Vec<(&'static str, &'static str)> {
    ROUTES.iter().map(|r| (r.method, r.path)).collect()
}

/// The route templates, each once (for the metrics route table).
pub(crate) fn route_paths() -> Vec<&'static str> {
    let mut paths: Vec<&'static str> = Vec::new();
    for r in &ROUTES {
        if !paths.contains(&r.path) {
            paths.push(r.path);
        }
    }
    paths
}

pub(crate) fn routes() -> Router<AppState> {
    ROUTES
        .iter()
        .fold(Router::new(), |app, r| app.route(r.path, (r.handler)()))
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    let mut r = (
        StatusCode::OK,
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

async fn page() -> Response {
    asset("text/html; charset=utf-8", INDEX_HTML)
}

async fn script() -> Response {
    asset("text/javascript; charset=utf-8", APP_JS)
}

async fn style() -> Response {
    asset("text/css; charset=utf-8", APP_CSS)
}

/// Who is asking.
#[derive(Debug, Clone, Serialize)]
struct Identity {
    /// Set when a reviewer token named them.
    reviewer: Option<String>,
    /// `reviewer_token`, `bearer_token` or `none`.
    auth: &'static str,
}

fn service(st: &AppState) -> Result<Arc<CaseService>, ApiError> {
    st.cases.clone().ok_or_else(|| {
        ApiError::new(
            ErrorCode::NotFound,
            "this server has no case database; start it with --db",
        )
    })
}

fn authenticate(
    st: &AppState,
    svc: &CaseService,
    headers: &HeaderMap,
) -> Result<Identity, ApiError> {
    let bearer = st.shared.config.token.as_ref();
    if bearer.is_none() && svc.reviewers.is_empty() {
        // Open mode serves loopback only (the CLI refuses anything else):
        // a page on another site that rebinds its name to 127.0.0.1 sends
        // its own name as Host, and is refused here.
        loopback_host(headers)?;
        return Ok(Identity {
            reviewer: None,
            auth: "none",
        });
    }
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, rest) = v.split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
        });
    let Some(presented) = presented else {
        return Err(ApiError::new(
            ErrorCode::Unauthorized,
            "the case workspace needs an `Authorization: Bearer <token>` header",
        ));
    };
    if let Some(name) = svc.reviewers.identify(presented) {
        return Ok(Identity {
            reviewer: Some(name.to_string()),
            auth: "reviewer_token",
        });
    }
    if bearer.is_some_and(|t| t.matches(presented)) {
        return Ok(Identity {
            reviewer: None,
            auth: "bearer_token",
        });
    }
    Err(ApiError::new(
        ErrorCode::Unauthorized,
        "the token is not valid",
    ))
}

/// Without tokens the case workspace answers only requests addressed to a
/// loopback name (`localhost`, `127.0.0.1`, `[::1]`, any port), so a DNS
/// rebinding page cannot read or change cases through a reviewer's browser.
fn loopback_host(headers: &HeaderMap) -> Result<(), ApiError> {
    // Browsers always send Host; a request without one is no rebinding page.
    let Some(host) = headers.get(header::HOST) else {
        return Ok(());
    };
    let host = host.to_str().unwrap_or("");
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(n, _)| n),
    };
    let loopback = name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    if loopback {
        Ok(())
    } else {
        Err(ApiError::new(
            ErrorCode::CrossOrigin,
            format!(
                "without reviewer tokens the case workspace answers only requests to a loopback \
                 address; Host is {host:?}"
            ),
        ))
    }
}

/// Refuses a state change a browser says comes from another site. Clients
/// that are not browsers send neither header and pass.
fn same_origin(headers: &HeaderMap) -> Result<(), ApiError> {
    let refuse = |why: String| {
        Err(ApiError::new(
            ErrorCode::CrossOrigin,
            format!("cross-site request refused: {why}"),
        ))
    };
    if let Some(site) = headers.get("sec-fetch-site") {
        let site = site.to_str().unwrap_or("");
        if site != "same-origin" && site != "none" {
            return refuse(format!("Sec-Fetch-Site is {site:?}"));
        }
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or("");
        let host = headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("");
        let origin_host = origin
            .strip_prefix("http://")
            .or_else(|| origin.strip_prefix("https://"));
        if host.is_empty() || origin_host != Some(host) {
            return refuse(format!("Origin {origin:?} is not this server ({host:?})"));
        }
    }
    Ok(())
}

fn json<T: Serialize>(status: StatusCode, value: &T) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(value).map_err(handlers::internal)?;
    let mut r = handlers::json_response(status, body);
    r.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(r)
}

fn store_error(e: Error) -> ApiError {
    ApiError::new(ErrorCode::Internal, e.to_string())
}

/// Runs a store call on the blocking pool.
async fn on_store<T, F>(svc: Arc<CaseService>, f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&CaseService) -> Result<T, ApiError> + Send + 'static,
{
    tokio::task::spawn_blocking(move || f(&svc))
        .await
        .map_err(|_| ApiError::new(ErrorCode::Internal, "the case store task failed"))?
}

/// `GET /v1/cases/session`: who the token says you are.
async fn session(State(st): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let svc = service(&st)?;
    let who = authenticate(&st, &svc, &headers)?;
    json(
        StatusCode::OK,
        &serde_json::json!({
            "reviewer": who.reviewer,
            "auth": who.auth,
            "model": st.scorer.model().file().version,
        }),
    )
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct UploadQuery {
    #[serde(default)]
    format: Option<String>,
    /// The uploaded file's name: a detection hint, and the case's source.
    #[serde(default)]
    filename: Option<String>,
}

/// `POST /v1/cases`: any body `/v1/score/batch` takes; every conversation
/// in it is scored and stored as a case, in one transaction.
async fn upload(
    State(st): State<AppState>,
    q: Result<Query<UploadQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let svc = service(&st)?;
    authenticate(&st, &svc, &headers)?;
    same_origin(&headers)?;
    let q = handlers::query(q)?;
    let format = handlers::parse_format(q.format.as_deref())?;
    let kind = handlers::body_kind(&headers)?;
    let config = &st.shared.config;
    let rules = super::body::BodyRules {
        limit: config.max_upload_bytes,
        ..config.body_rules()
    };
    let bytes = super::body::read_body(body, &headers, rules)
        .await
        .map_err(|mut e| {
            if e.code == ErrorCode::PayloadTooLarge {
                e.message.push_str(
                    "; a larger export needs the server started with a larger --max-upload-bytes",
                );
            }
            e
        })?;
    let permit = handlers::acquire(&st)?;
    let job = st.clone();
    handlers::blocking(&st, permit, move |_cancel| {
        store_upload(&job, &svc, kind, &bytes, q.filename.as_deref(), format)
    })
    .await
}

#[derive(Serialize)]
struct UploadResponse {
    count: usize,
    added: usize,
    duplicates: usize,
    errors: usize,
    cases: Vec<crate::cases::Added>,
    failed: Vec<RecordError>,
}

fn store_upload(
    st: &AppState,
    svc: &CaseService,
    kind: BodyKind,
    bytes: &[u8],
    filename: Option<&str>,
    format: Option<Format>,
) -> Result<Vec<u8>, ApiError> {
    let config = &st.shared.config;
    let name = filename.unwrap_or(DEFAULT_SOURCE);
    let records = handlers::import_body(
        kind,
        bytes,
        format,
        name,
        false,
        &handlers::import_limits(st),
    )?;
    if records.is_empty() {
        return Err(ApiError::new(
            ErrorCode::Unprocessable,
            "the body holds no conversation",
        ));
    }
    if records.len() > config.max_batch {
        return Err(ApiError::new(
            ErrorCode::TooManyConversations,
            format!(
                "the body holds {} conversations; the limit per upload is {}",
                records.len(),
                config.max_batch
            ),
        ));
    }
    let source = Source::of_bytes(name, bytes);
    let scorer = &st.scorer;
    let scored: Vec<std::result::Result<NewCase, RecordError>> = records
        .into_par_iter()
        .enumerate()
        .map(|(i, r)| match r {
            Ok(c) if c.messages.len() > config.max_messages => Err(RecordError {
                location: Location::new(name).path(format!("$[{i}]")),
                error: too_many_messages(c.messages.len(), config.max_messages),
                id: Some(c.id),
                sha256: None,
                record: Some(i as u64 + 1),
            }),
            Ok(c) => Ok(NewCase::score(scorer, c, source.clone())),
            Err(e) => Err(e),
        })
        .collect();
    let count = scored.len();
    let (ok, failed): (Vec<_>, Vec<_>) = scored.into_iter().partition(|r| r.is_ok());
    let new: Vec<NewCase> = ok.into_iter().filter_map(|r| r.ok()).collect();
    let failed: Vec<RecordError> = failed.into_iter().filter_map(|r| r.err()).collect();
    let metrics = &st.shared.metrics;
    for c in &new {
        metrics.scored(&c.report.label, c.report.level);
    }
    for _ in &failed {
        metrics.record_error();
    }
    let cases = svc.store.add(&new).map_err(store_error)?;
    let duplicates = cases.iter().filter(|a| a.duplicate).count();
    serde_json::to_vec(&UploadResponse {
        count,
        added: cases.len() - duplicates,
        duplicates,
        errors: failed.len(),
        cases,
        failed,
    })
    .map_err(handlers::internal)
}

/// `GET /v1/cases`: the queue (highest risk first) and the filter values.
async fn list(
    State(st): State<AppState>,
    q: Result<Query<Filter>, QueryRejection>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let svc = service(&st)?;
    authenticate(&st, &svc, &headers)?;
    let filter = handlers::query(q)?;
    let (cases, facets) = on_store(svc, move |svc| {
        let cases = svc.store.list(&filter).map_err(|e| match e {
            Error::Params { message, .. } => ApiError::new(ErrorCode::InvalidQuery, message),
            e => store_error(e),
        })?;
        let facets = svc.store.facets().map_err(store_error)?;
        Ok((cases, facets))
    })
    .await?;
    json(
        StatusCode::OK,
        &serde_json::json!({"facets": facets, "cases": cases}),
    )
}

/// One message as the case view shows it.
#[derive(Serialize)]
struct ViewMessage {
    index: usize,
    sender: String,
    ts: Option<String>,
    system: bool,
    /// Running risk after this message.
    risk: Option<f64>,
    stages: Vec<String>,
    signals: Vec<String>,
    segments: Vec<Segment>,
}

#[derive(Serialize)]
struct CaseView {
    #[serde(flatten)]
    summary: crate::cases::CaseSummary,
    source_sha256: String,
    model_sha256: String,
    report: crate::report::Report,
    history: Vec<crate::cases::Verdict>,
    indicators: Vec<crate::cases::SharedIndicator>,
    conversation_meta: serde_json::Map<String, serde_json::Value>,
    view: Vec<ViewMessage>,
}

fn case_view(d: CaseDetail) -> CaseView {
    let timeline = d.report.timeline.clone().unwrap_or_default();
    let view = d
        .conversation
        .messages
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let marks = d.marks.get(i).cloned().unwrap_or_default();
            ViewMessage {
                index: i,
                sender: m.sender.clone(),
                ts: m.ts.clone(),
                system: m.is_system(),
                risk: timeline.get(i).copied(),
                stages: marks
                    .signals
                    .iter()
                    .filter(|s| is_stage(s))
                    .cloned()
                    .collect(),
                segments: segments(&m.text, &marks.spans),
                signals: marks.signals,
            }
        })
        .collect();
    CaseView {
        summary: d.summary,
        source_sha256: d.source_sha256,
        model_sha256: d.model_sha256,
        report: d.report,
        history: d.history,
        indicators: d.indicators,
        conversation_meta: d.conversation.meta,
        view,
    }
}

fn case_id(p: Result<UrlPath<String>, PathRejection>) -> Result<i64, ApiError> {
    let raw = p.map(|UrlPath(s)| s).unwrap_or_default();
    raw.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, format!("no case {raw:?}")))
}

/// `GET /v1/cases/{case}`: everything the case view shows.
async fn detail(
    State(st): State<AppState>,
    p: Result<UrlPath<String>, PathRejection>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let svc = service(&st)?;
    authenticate(&st, &svc, &headers)?;
    let case = case_id(p)?;
    let d = on_store(svc, move |svc| svc.store.get(case).map_err(store_error)).await?;
    match d {
        Some(d) => json(StatusCode::OK, &case_view(d)),
        None => Err(ApiError::new(
            ErrorCode::NotFound,
            format!("no case {case}"),
        )),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VerdictBody {
    verdict: String,
    #[serde(default)]
    note: String,
    /// Used when the token does not name the reviewer.
    #[serde(default)]
    reviewer: Option<String>,
    #[serde(default)]
    revision: Option<i64>,
}

/// `POST /v1/cases/{case}/verdict`: JSON only (a cross-site form cannot
/// send it without a preflight the server never grants).
async fn verdict(
    State(st): State<AppState>,
    p: Result<UrlPath<String>, PathRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let svc = service(&st)?;
    let who = authenticate(&st, &svc, &headers)?;
    same_origin(&headers)?;
    let case = case_id(p)?;
    if handlers::body_kind(&headers)? != BodyKind::Json {
        return Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            "a verdict is a JSON body (content-type application/json)",
        ));
    }
    let rules = super::body::BodyRules {
        limit: 64 * 1024,
        ..st.shared.config.body_rules()
    };
    let bytes = super::body::read_body(body, &headers, rules).await?;
    let b: VerdictBody =
        serde_json::from_slice(&bytes).map_err(|e| ApiError::json(&e, DEFAULT_SOURCE, 0))?;
    let reviewer = match (who.reviewer, b.reviewer) {
        (Some(named), _) => named,
        (None, Some(given)) if !given.trim().is_empty() => given.trim().to_string(),
        _ => {
            return Err(ApiError::new(
                ErrorCode::Unprocessable,
                "say who you are: `reviewer` is required unless your token names you",
            ));
        }
    };
    let input = VerdictInput {
        verdict: b.verdict,
        note: b.note,
        reviewer,
        revision: b.revision,
    };
    let recorded = on_store(svc, move |svc| {
        svc.store.set_verdict(case, &input).map_err(|e| match e {
            VerdictError::NotFound(_) => ApiError::new(ErrorCode::NotFound, e.to_string()),
            VerdictError::Invalid(m) => ApiError::new(ErrorCode::Unprocessable, m),
            VerdictError::Conflict { .. } => ApiError::new(ErrorCode::Conflict, e.to_string()),
            VerdictError::Store(e) => store_error(e),
        })
    })
    .await?;
    json(StatusCode::OK, &recorded)
}

/// `GET /v1/cases/export`: reviewed cases as canonical labeled JSON Lines.
async fn export(State(st): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let svc = service(&st)?;
    authenticate(&st, &svc, &headers)?;
    let (bytes, summary) = on_store(svc, |svc| {
        let mut out = Vec::new();
        let summary = svc.store.export(&mut out).map_err(store_error)?;
        Ok((out, summary))
    })
    .await?;
    let mut r = (
        StatusCode::OK,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/x-ndjson"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"labels.jsonl\""),
            ),
        ],
        bytes,
    )
        .into_response();
    let h = r.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    for (name, n) in [
        ("x-chatrisk-written", summary.written),
        ("x-chatrisk-unsure", summary.unsure),
        ("x-chatrisk-open", summary.open),
    ] {
        h.insert(name, HeaderValue::from(n));
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviewer_file_names_line_of_a_bad_entry() {
        let ok = Reviewers::parse(
            "# team\nasha 0123456789abcdef0123\nravi fedcba9876543210fedc\n",
            "r.txt",
        )
        .unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!(ok.identify("fedcba9876543210fedc"), Some("ravi"));
        assert_eq!(ok.identify("nope"), None);
        let e = Reviewers::parse("asha 0123456789abcdef0123\nravi short\n", "r.txt").unwrap_err();
        assert!(e.to_string().starts_with("r.txt:2:"), "{e}");
        let e = Reviewers::parse(
            "asha 0123456789abcdef0123\nasha 0123456789abcdef9999\n",
            "r.txt",
        )
        .unwrap_err();
        assert!(e.to_string().contains("listed twice"), "{e}");
    }

    #[test]
    fn cross_site_state_changes_are_refused() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert!(
            same_origin(&h).is_ok(),
            "no browser headers: a script client"
        );
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:8080"),
        );
        assert!(same_origin(&h).is_ok());
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://evil.example"),
        );
        assert_eq!(same_origin(&h).unwrap_err().code, ErrorCode::CrossOrigin);
        h.remove(header::ORIGIN);
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert_eq!(same_origin(&h).unwrap_err().code, ErrorCode::CrossOrigin);
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(same_origin(&h).is_ok());
    }

    #[test]
    fn the_page_builds_no_markup_from_data() {
        for forbidden in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
        ] {
            assert!(!APP_JS.contains(forbidden), "app.js uses {forbidden}");
        }
        assert!(!INDEX_HTML.contains("<script>"), "no inline script");
        assert!(
            !INDEX_HTML.contains("http://") && !INDEX_HTML.contains("https://"),
            "no CDN"
        );
    }
}
