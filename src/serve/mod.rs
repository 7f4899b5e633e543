//! `chatrisk serve`: the scorer over HTTP for trust-and-safety tooling.
//!
//! A thin shell over the library: handlers turn request bodies into
//! [`Conversation`](crate::Conversation)s with [`crate::import`], score them
//! with a [`Scorer`] on the blocking pool, and render [`crate::Report`]s. No
//! scoring logic lives here. The contract is the OpenAPI document
//! `api/openapi.json`, also served at `GET /openapi.json`.
//!
//! Behaviour worth knowing when integrating:
//! - `POST /v1/score` takes exactly one conversation; a body holding several
//!   (a JSON array, JSON Lines, a Telegram full-account export) is refused
//!   with 422 `multiple_conversations` pointing to `POST /v1/score/batch`.
//! - Limits (body size, messages per conversation, conversations per batch)
//!   answer 413; malformed JSON 400 with line and column; unsupported content
//!   types 415; a full server 503 with `Retry-After`; a slow request 504.
//! - With a bearer token configured every route needs it except `/healthz`
//!   and `/readyz`, so orchestrator probes work without the secret.
//! - The concurrency limit covers the two scoring routes only: health,
//!   readiness and metrics still answer while scoring is saturated.

// The library's `Error` carries a full `RecordError` by value (see `import`);
// the functions here return it like the rest of the public API does.
#![allow(clippy::result_large_err)]

mod body;
#[cfg(feature = "cases")]
mod cases;
mod conn;
mod error;
mod handlers;
mod metrics;
mod validate;

use std::future::Future;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use sha2::{Digest, Sha256};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower_http::catch_panic::CatchPanicLayer;

#[cfg(feature = "cases")]
pub use cases::{CaseService, Reviewers};
pub use conn::{MAX_HEAD_BYTES, connection_cap};
pub use error::{ApiError, ErrorCode};
pub use metrics::Metrics;

use crate::error::{Error, Result};
use crate::score::Scorer;

/// The OpenAPI 3.1 document describing every route.
pub const OPENAPI: &str = include_str!("../../api/openapi.json");

/// Server settings; [`ServeConfig::default`] is what `chatrisk serve` uses
/// without flags.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub addr: SocketAddr,
    /// Largest request body accepted (413 above).
    pub max_body_bytes: usize,
    /// Largest upload to `POST /v1/cases` (a whole chat export; 413 above).
    pub max_upload_bytes: usize,
    /// Most messages in one conversation (413 above).
    pub max_messages: usize,
    /// Most conversations in one batch request (413 above).
    pub max_batch: usize,
    /// Whole-request deadline, body upload included (504 after).
    pub request_timeout: Duration,
    /// Scoring requests admitted at once (uploading, queued or scoring);
    /// more are refused with 503. Scoring itself runs one job per core.
    pub max_concurrency: usize,
    /// Seconds a refused client is told to wait (`Retry-After`).
    pub retry_after_secs: u64,
    /// Bearer token required on every route but `/healthz` and `/readyz`.
    pub token: Option<BearerToken>,
    /// A second token that opens `/metrics` only, for a Prometheus scraper.
    pub metrics_token: Option<BearerToken>,
    /// A separate listener serving only `GET /metrics`, without a token.
    pub metrics_addr: Option<SocketAddr>,
    /// The whole request body must arrive within this time (408 after).
    pub body_timeout: Duration,
    /// Minimum average upload rate in bytes per second, checked from
    /// [`ServeConfig::body_grace`] on (408 below it).
    pub min_body_rate: u64,
    /// Time a body may take before its rate is checked.
    pub body_grace: Duration,
    /// A request head must arrive within this time of the connection
    /// opening or of the previous response; the same timer closes idle
    /// keep-alive connections.
    pub header_timeout: Duration,
    /// Most open client connections; further connects are answered 503
    /// and closed. Checked against the open-file limit at start.
    pub max_connections: usize,
    /// Log one INFO line per request (5xx are logged as warnings regardless).
    pub log_requests: bool,
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

impl Default for ServeConfig {
    fn default() -> Self {
        let cores = cores();
        ServeConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            max_body_bytes: 2 * 1024 * 1024,
            max_upload_bytes: 32 * 1024 * 1024,
            max_messages: 20_000,
            max_batch: 1_000,
            request_timeout: Duration::from_secs(30),
            max_concurrency: cores * 32,
            retry_after_secs: 1,
            token: None,
            metrics_token: None,
            metrics_addr: None,
            body_timeout: Duration::from_secs(20),
            min_body_rate: 1024,
            body_grace: Duration::from_secs(2),
            header_timeout: Duration::from_secs(10),
            max_connections: 4096,
            log_requests: false,
        }
    }
}

impl ServeConfig {
    pub(crate) fn body_rules(&self) -> body::BodyRules {
        body::BodyRules {
            limit: self.max_body_bytes,
            timeout: self.body_timeout,
            min_rate: self.min_body_rate,
            grace: self.body_grace,
        }
    }
}

/// A shared secret, kept only as its SHA-256 so it is neither logged nor
/// compared byte by byte.
#[derive(Clone)]
pub struct BearerToken {
    digest: [u8; 32],
}

impl std::fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BearerToken(<redacted>)")
    }
}

impl BearerToken {
    /// A token of visible ASCII characters (surrounding whitespace trimmed).
    pub fn new(token: &str) -> Result<BearerToken> {
        let token = token.trim();
        if token.is_empty() {
            return Err(Error::params("token", "the token is empty"));
        }
        if !token.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(Error::params(
                "token",
                "the token must be visible ASCII characters without spaces",
            ));
        }
        Ok(BearerToken {
            digest: Sha256::digest(token.as_bytes()).into(),
        })
    }

    /// Reads the token from the first line of a file.
    pub fn from_file(path: &Path) -> Result<BearerToken> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(&name, e))?;
        BearerToken::new(text.lines().next().unwrap_or_default()).map_err(|e| Error::TokenFile {
            path: name,
            source: Box::new(e),
        })
    }

    /// Constant-time comparison (over digests, so lengths do not leak either).
    pub fn matches(&self, candidate: &str) -> bool {
        let other: [u8; 32] = Sha256::digest(candidate.as_bytes()).into();
        let diff = self
            .digest
            .iter()
            .zip(other.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        std::hint::black_box(diff) == 0
    }
}

/// What the middleware needs; independent of the model.
pub(crate) struct Shared {
    pub config: ServeConfig,
    pub metrics: Metrics,
    pub draining: AtomicBool,
    /// Set once the scorer has scored its warm-up conversation.
    pub warm: AtomicBool,
}

/// Everything a handler needs; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub(crate) shared: Arc<Shared>,
    pub(crate) scorer: Arc<Scorer>,
    /// Admission: scoring requests in flight (body upload included).
    pub(crate) limit: Arc<Semaphore>,
    /// Execution: scoring jobs on CPU at once, one per core; the rest queue in order.
    pub(crate) workers: Arc<Semaphore>,
    pub(crate) model_card: Arc<Vec<u8>>,
    /// The case store behind the review page, when serving with `--db`.
    #[cfg(feature = "cases")]
    pub(crate) cases: Option<Arc<CaseService>>,
}

impl AppState {
    pub fn new(config: ServeConfig, scorer: Scorer) -> AppState {
        let metrics = Metrics::new(
            &route_paths(),
            &scorer.labels(),
            Some((
                scorer.model().file().version.clone(),
                scorer.model().sha256().to_string(),
            )),
        );
        let model_card = handlers::model_card(&scorer);
        AppState {
            limit: Arc::new(Semaphore::new(config.max_concurrency.max(1))),
            workers: Arc::new(Semaphore::new(cores())),
            shared: Arc::new(Shared {
                config,
                metrics,
                draining: AtomicBool::new(false),
                warm: AtomicBool::new(false),
            }),
            scorer: Arc::new(scorer),
            model_card: Arc::new(model_card),
            #[cfg(feature = "cases")]
            cases: None,
        }
    }

    /// Serves the review page and the case API from `service`.
    #[cfg(feature = "cases")]
    pub fn with_cases(mut self, service: CaseService) -> AppState {
        self.cases = Some(Arc::new(service));
        self
    }

    /// Marks the server as shutting down: `/readyz` answers 503 from now on.
    pub fn set_draining(&self) {
        self.shared.draining.store(true, Ordering::SeqCst);
    }

    /// Warms the importers ([`crate::import::warm_up`]) and the scorer
    /// ([`Scorer::warm_up`]: every signal pattern compiled, one built-in chat
    /// scored) so the first client request costs what any other does;
    /// `/readyz` answers 200 only after this.
    pub fn warm_up(&self) {
        crate::import::warm_up();
        self.scorer.warm_up();
        self.shared.warm.store(true, Ordering::SeqCst);
    }

    /// Whether [`AppState::warm_up`] has run.
    pub fn is_warm(&self) -> bool {
        self.shared.warm.load(Ordering::SeqCst)
    }
}

struct RouteDef {
    method: &'static str,
    path: &'static str,
    handler: fn() -> MethodRouter<AppState>,
}

/// Every route; the router is built from this table, so the table is the
/// router's route list.
const ROUTES: [RouteDef; 7] = [
    RouteDef {
        method: "POST",
        path: "/v1/score",
        handler: || post(handlers::score),
    },
    RouteDef {
        method: "POST",
        path: "/v1/score/batch",
        handler: || post(handlers::score_batch),
    },
    RouteDef {
        method: "GET",
        path: "/v1/model",
        handler: || get(handlers::model),
    },
    RouteDef {
        method: "GET",
        path: "/healthz",
        handler: || get(handlers::healthz),
    },
    RouteDef {
        method: "GET",
        path: "/readyz",
        handler: || get(handlers::readyz),
    },
    RouteDef {
        method: "GET",
        path: "/metrics",
        handler: || get(handlers::metrics),
    },
    RouteDef {
        method: "GET",
        path: "/openapi.json",
        handler: || get(handlers::openapi),
    },
];

/// Routes open without the bearer token.
const OPEN_ROUTES: [&str; 2] = ["/healthz", "/readyz"];

const METRICS_ROUTE: &str = "/metrics";

/// The bearer token presented with a request, if any.
fn presented(req: &Request) -> Option<&str> {
    req.headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, rest) = v.split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
        })
}

/// `(method, path)` of every route the router serves.
pub fn routes() -> Vec<(&'static str, &'static str)> {
    ROUTES.iter().map(|r| (r.method, r.path)).collect()
}

/// `(method, path)` of every route mounted with `serve --db` (the review
/// page and the case API); without a case database they answer 404.
#[cfg(feature = "cases")]
pub fn case_routes() -> Vec<(&'static str, &'static str)> {
    cases::routes_served()
}

/// The metrics route table: every route template, the case routes included
/// (a route never requested shows no series).
fn route_paths() -> Vec<&'static str> {
    #[allow(unused_mut)]
    let mut paths: Vec<&'static str> = ROUTES.iter().map(|r| r.path).collect();
    #[cfg(feature = "cases")]
    paths.extend(cases::route_paths());
    paths
}

/// The application: all routes with auth, timeout, panic catching, metrics
/// and request logging.
pub fn router(state: AppState) -> Router {
    let mut app = Router::new();
    for r in &ROUTES {
        app = app.route(r.path, (r.handler)());
    }
    #[cfg(feature = "cases")]
    if state.cases.is_some() {
        app = app.merge(cases::routes());
    }
    let app = app
        .fallback(handlers::not_found)
        .method_not_allowed_fallback(handlers::method_not_allowed);
    with_layers(app, state.shared.clone()).with_state(state)
}

/// The middleware stack, outermost last: observe (metrics + log) wraps
/// panic catching, which wraps the deadline, which wraps auth.
fn with_layers<S: Clone + Send + Sync + 'static>(app: Router<S>, shared: Arc<Shared>) -> Router<S> {
    app.layer(middleware::from_fn_with_state(shared.clone(), auth))
        .layer(middleware::from_fn_with_state(shared.clone(), deadline))
        .layer(CatchPanicLayer::custom(
            |_: Box<dyn std::any::Any + Send>| {
                ApiError::new(
                    ErrorCode::Panic,
                    "internal error while handling the request",
                )
                .into_response()
            },
        ))
        .layer(middleware::from_fn_with_state(shared, observe))
}

async fn auth(State(shared): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let config = &shared.config;
    let path = req.uri().path();
    #[cfg(feature = "cases")]
    if cases::own_auth(path) {
        return next.run(req).await;
    }
    if OPEN_ROUTES.contains(&path) {
        return next.run(req).await;
    }
    // `/metrics` opens with the metrics token or the main one; with only a
    // metrics token configured it guards `/metrics` and nothing else.
    let metrics_token = config
        .metrics_token
        .as_ref()
        .filter(|_| path == METRICS_ROUTE);
    if config.token.is_none() && metrics_token.is_none() {
        return next.run(req).await;
    }
    let accepted = presented(&req).map(|t| {
        config.token.as_ref().is_some_and(|k| k.matches(t))
            || metrics_token.is_some_and(|k| k.matches(t))
    });
    match accepted {
        Some(true) => next.run(req).await,
        Some(false) => {
            ApiError::new(ErrorCode::Unauthorized, "the bearer token is not valid").into_response()
        }
        None => ApiError::new(
            ErrorCode::Unauthorized,
            "this route needs an `Authorization: Bearer <token>` header",
        )
        .into_response(),
    }
}

async fn deadline(State(shared): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let limit = shared.config.request_timeout;
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(
            ErrorCode::Timeout,
            format!(
                "the request took longer than {:.1} s and was abandoned",
                limit.as_secs_f64()
            ),
        )
        .into_response(),
    }
}

/// Status recorded for a request whose client went away before it was
/// answered (nginx's "client closed request").
pub const CLIENT_CLOSED: u16 = 499;

/// Counts and logs one request exactly once: when it is answered, or, if
/// its future is dropped first (the client hung up), when it is dropped.
struct Observed {
    shared: Arc<Shared>,
    started: Instant,
    method: axum::http::Method,
    path: String,
    route: Option<String>,
    done: bool,
}

impl Observed {
    fn finish(&mut self, status: u16, code: Option<ErrorCode>) {
        if std::mem::replace(&mut self.done, true) {
            return;
        }
        let metrics = &self.shared.metrics;
        let latency = self.started.elapsed();
        metrics.request_finished(self.route.as_deref(), status, latency);
        if let Some(code) = code {
            metrics.error(code);
        }
        let latency_ms = (latency.as_secs_f64() * 1e6).round() / 1e3;
        let route = metrics.route_name(self.route.as_deref());
        let error = code.map(|c| c.as_str()).unwrap_or("");
        let (method, path) = (&self.method, &self.path);
        if (500..600).contains(&status) {
            tracing::warn!(%method, %path, route, status, latency_ms, error, "request");
        } else if self.shared.config.log_requests {
            tracing::info!(%method, %path, route, status, latency_ms, error, "request");
        } else {
            tracing::debug!(%method, %path, route, status, latency_ms, error, "request");
        }
    }
}

impl Drop for Observed {
    fn drop(&mut self) {
        self.finish(CLIENT_CLOSED, None);
    }
}

/// Counts and logs every request: method, path, status, latency. Never bodies,
/// query strings or headers.
async fn observe(State(shared): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string());
    shared.metrics.request_started();
    let mut observed = Observed {
        started: Instant::now(),
        method: req.method().clone(),
        path: req.uri().path().to_string(),
        route,
        done: false,
        shared,
    };
    let response = next.run(req).await;
    let code = response.extensions().get::<ErrorCode>().copied();
    observed.finish(response.status().as_u16(), code);
    response
}

/// Binds `config.addr` (and `config.metrics_addr`, if set) and serves
/// until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve<F>(config: ServeConfig, scorer: Scorer, shutdown: F) -> Result<()>
where
    F: Future<Output = ()> + Send + 'static,
{
    let bind = |addr: SocketAddr| async move {
        TcpListener::bind(addr)
            .await
            .map_err(|e| Error::io(format!("cannot listen on {addr}"), e))
    };
    let listener = bind(config.addr).await?;
    let metrics = match config.metrics_addr {
        Some(addr) => Some(bind(addr).await?),
        None => None,
    };
    serve_listeners(listener, metrics, AppState::new(config, scorer), shutdown).await
}

/// Binds the state's addresses and serves it (a state with cases, say).
pub async fn serve_state<F>(state: AppState, shutdown: F) -> Result<()>
where
    F: Future<Output = ()> + Send + 'static,
{
    let config = &state.shared.config;
    let bind = |addr: SocketAddr| async move {
        TcpListener::bind(addr)
            .await
            .map_err(|e| Error::io(format!("cannot listen on {addr}"), e))
    };
    let listener = bind(config.addr).await?;
    let metrics = match config.metrics_addr {
        Some(addr) => Some(bind(addr).await?),
        None => None,
    };
    serve_listeners(listener, metrics, state, shutdown).await
}

/// Serves on a bound listener (tests bind `127.0.0.1:0`).
pub async fn serve_on<F>(listener: TcpListener, state: AppState, shutdown: F) -> Result<()>
where
    F: Future<Output = ()> + Send + 'static,
{
    serve_listeners(listener, None, state, shutdown).await
}

/// Connections the metrics-only listener holds at once.
const METRICS_CONNECTIONS: usize = 16;

/// Serves the application on `listener` and, if given, `GET /metrics`
/// alone without a token on `metrics`. The scorer is warmed up in the
/// background; `/readyz` says ready once it is.
pub async fn serve_listeners<F>(
    listener: TcpListener,
    metrics: Option<TcpListener>,
    state: AppState,
    shutdown: F,
) -> Result<()>
where
    F: Future<Output = ()> + Send + 'static,
{
    let local = listener
        .local_addr()
        .map_err(|e| Error::io("listener", e))?;
    let config = &state.shared.config;
    let cap = conn::connection_cap(config.max_connections + METRICS_CONNECTIONS)
        .saturating_sub(METRICS_CONNECTIONS)
        .max(1);
    tracing::info!(
        addr = %local,
        model = %state.scorer.model().file().version,
        auth = config.token.is_some(),
        max_connections = cap,
        "listening"
    );
    let warm = state.clone();
    tokio::task::spawn_blocking(move || warm.warm_up());
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let shared = state.shared.clone();
    let metrics_task = match metrics {
        Some(m) => {
            let addr = m
                .local_addr()
                .map_err(|e| Error::io("metrics listener", e))?;
            tracing::info!(addr = %addr, "metrics listening");
            let app = metrics_router(state.clone());
            Some(tokio::spawn(conn::accept_loop(
                m,
                app,
                shared.clone(),
                METRICS_CONNECTIONS,
                stop_rx.clone(),
            )))
        }
        None => None,
    };
    let draining = state.clone();
    tokio::spawn(async move {
        shutdown.await;
        draining.set_draining();
        tracing::info!("shutting down: finishing requests in flight");
        let _ = stop_tx.send(true);
    });
    conn::accept_loop(listener, router(state), shared, cap, stop_rx).await;
    if let Some(t) = metrics_task {
        let _ = t.await;
    }
    tracing::info!("stopped");
    Ok(())
}

/// `GET /metrics` and nothing else, without auth: for a listener that only
/// the scraper can reach.
fn metrics_router(state: AppState) -> Router {
    Router::new()
        .route(METRICS_ROUTE, get(handlers::metrics))
        .fallback(handlers::not_found)
        .with_state(state)
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::StatusCode;
    use tower::ServiceExt;

    fn shared() -> Arc<Shared> {
        Arc::new(Shared {
            config: ServeConfig::default(),
            metrics: Metrics::new(&["/boom"], &[], None),
            draining: AtomicBool::new(false),
            warm: AtomicBool::new(false),
        })
    }

    fn score_request() -> Request {
        Request::builder()
            .method("POST")
            .uri("/v1/score")
            .header("content-type", "application/json")
            .body(Body::from(
                r#"{"id":"a","messages":[{"sender":"a","text":"hello there"}]}"#,
            ))
            .expect("request")
    }

    #[tokio::test]
    async fn a_full_server_answers_503_with_retry_after_and_probes_still_answer() {
        let scorer = Scorer::from_paths(None, None).expect("embedded model");
        let config = ServeConfig {
            max_concurrency: 2,
            retry_after_secs: 3,
            ..ServeConfig::default()
        };
        let state = AppState::new(config, scorer);
        state.warm_up();
        let app = router(state.clone());
        let held = state
            .limit
            .clone()
            .acquire_many_owned(2)
            .await
            .expect("slots");
        let resp = app
            .clone()
            .oneshot(score_request())
            .await
            .expect("infallible");
        assert_eq!(resp.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(
            resp.headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok()),
            Some("3")
        );
        let body = axum::body::to_bytes(resp.into_body(), 1 << 16)
            .await
            .expect("body");
        let v: serde_json::Value = serde_json::from_slice(&body).expect("json");
        assert_eq!(v["code"], "overloaded");
        for probe in ["/healthz", "/readyz", "/metrics"] {
            let req = Request::builder()
                .uri(probe)
                .body(Body::empty())
                .expect("request");
            let resp = app.clone().oneshot(req).await.expect("infallible");
            assert_eq!(resp.status(), StatusCode::OK, "{probe}");
        }
        drop(held);
        let resp = app.oneshot(score_request()).await.expect("infallible");
        assert_eq!(resp.status(), StatusCode::OK);
    }

    #[tokio::test]
    async fn readyz_waits_for_the_warm_up() {
        let scorer = Scorer::from_paths(None, None).expect("embedded model");
        let state = AppState::new(ServeConfig::default(), scorer);
        let app = router(state.clone());
        let readyz = || {
            Request::builder()
                .uri("/readyz")
                .body(Body::empty())
                .expect("request")
        };
        let resp = app.clone().oneshot(readyz()).await.expect("infallible");
        assert_eq!(resp.status(), StatusCode::SERVICE_UNAVAILABLE);
        state.warm_up();
        let resp = app.oneshot(readyz()).await.expect("infallible");
        assert_eq!(resp.status(), StatusCode::OK);
    }

    #[test]
    fn the_error_code_enum_in_the_openapi_document_is_the_one_the_code_has() {
        let doc: serde_json::Value = serde_json::from_str(OPENAPI).expect("json");
        let documented: Vec<&str> =
            doc["components"]["schemas"]["Error"]["properties"]["code"]["enum"]
                .as_array()
                .expect("enum")
                .iter()
                .filter_map(|v| v.as_str())
                .collect();
        let coded: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(documented, coded);
    }

    #[tokio::test]
    async fn a_panicking_handler_becomes_a_500_json() {
        let shared = shared();
        let app: Router = with_layers(
            Router::new().route(
                "/boom",
                get(|| async {
                    if std::hint::black_box(true) {
                        panic!("handler bug");
                    }
                    "unreachable"
                }),
            ),
            shared.clone(),
        );
        let req = Request::builder()
            .uri("/boom")
            .body(Body::empty())
            .expect("request");
        let resp = app.oneshot(req).await.expect("infallible");
        assert_eq!(resp.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(resp.into_body(), 1 << 16)
            .await
            .expect("body");
        let v: serde_json::Value = serde_json::from_slice(&body).expect("json");
        assert_eq!(v["code"], "panic");
        assert_eq!(v["status"], 500);
        let text = shared.metrics.render();
        assert!(
            text.contains("chatrisk_errors_total{code=\"panic\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("chatrisk_http_requests_total{route=\"/boom\",status=\"500\"} 1"),
            "{text}"
        );
    }

    #[test]
    fn tokens_compare_by_digest_and_never_print() {
        let t = BearerToken::new(" s3cret-token\n").expect("token");
        assert!(t.matches("s3cret-token"));
        assert!(!t.matches("s3cret-toke"));
        assert!(!t.matches(""));
        assert!(!format!("{t:?}").contains("s3cret"));
        assert!(BearerToken::new("  ").is_err());
        assert!(BearerToken::new("has space").is_err());
    }
}
