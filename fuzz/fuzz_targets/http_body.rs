//! The HTTP request decoder: fuzzed bodies (and a few header and query
//! variants) sent through the real router in-process to `POST /v1/score`
//! and `POST /v1/score/batch`.
//!
//! The first byte picks route, content type and query; the rest is the body.
//! Invariant: no panic (the fuzzer aborts on any panic, even one the panic
//! layer would turn into a 500) and no 5xx other than 503/504.
#![no_main]

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, header};
use chatrisk::serve::{AppState, ServeConfig, router};
use chatrisk::{Model, Scorer};
use libfuzzer_sys::fuzz_target;
use tower::ServiceExt;

struct Env {
    rt: tokio::runtime::Runtime,
    app: Router,
}

fn env() -> &'static Env {
    static E: OnceLock<Env> = OnceLock::new();
    E.get_or_init(|| {
        let model = Model::embedded().expect("the embedded model loads");
        let config = ServeConfig {
            max_body_bytes: 256 * 1024,
            max_messages: 2_000,
            max_batch: 200,
            request_timeout: Duration::from_secs(120),
            max_concurrency: 4,
            ..ServeConfig::default()
        };
        let app = router(AppState::new(config, Scorer::new(Arc::new(model))));
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime");
        Env { rt, app }
    })
}

const CONTENT_TYPES: [Option<&str>; 8] = [
    Some("application/json"),
    Some("application/x-ndjson"),
    Some("text/plain; charset=utf-8"),
    Some("application/octet-stream"),
    None,
    Some("application/zip"),
    Some("application/jsonl"),
    Some("image/png"),
];

const QUERIES: [&str; 4] = [
    "",
    "?explain=true",
    "?format=whatsapp&redact=true",
    "?format=jsonl&trace=1",
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let path = if selector & 1 == 0 {
        "/v1/score"
    } else {
        "/v1/score/batch"
    };
    let content_type = CONTENT_TYPES[usize::from(selector >> 1) % CONTENT_TYPES.len()];
    let query = QUERIES[usize::from(selector >> 4) % QUERIES.len()];
    let mut req = Request::post(format!("{path}{query}"));
    if let Some(ct) = content_type {
        req = req.header(header::CONTENT_TYPE, ct);
    }
    let Ok(req) = req.body(Body::from(body.to_vec())) else {
        return;
    };
    let env = env();
    let Ok(response) = env.rt.block_on(env.app.clone().oneshot(req));
    let status = response.status();
    assert!(
        !status.is_server_error() || status.as_u16() == 503 || status.as_u16() == 504,
        "{path}{query} ({content_type:?}) answered {status}"
    );
});
