//! The HTTP service end to end: a real server on an ephemeral loopback port,
//! a real HTTP client, and every response checked against `api/openapi.json`.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use chatrisk::model::train::TrainParams;
use chatrisk::serve::{self, AppState, BearerToken, ServeConfig};
use chatrisk::tokenize::TokenizerParams;
use chatrisk::{Conversation, Message, Model, Policy, Scorer};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

// ---------------------------------------------------------------- a tiny model

fn conv(id: String, label: &str, lines: &[(&str, String)]) -> Conversation {
    let mut c = Conversation::new(
        id,
        lines
            .iter()
            .map(|(s, t)| Message::new(*s, t.as_str()))
            .collect(),
    );
    c.label = Some(label.to_string());
    c
}

/// A few dozen labeled conversations, enough to fit every head.
fn training_set() -> Vec<Conversation> {
    let mut out = Vec::new();
    for i in 0..18 {
        let n = 2000 + i * 500;
        out.push(conv(
            format!("sx-{i}"),
            "sextortion",
            &[
                ("riya_{i}", format!("hi dear, video call karo na {i}")),
                ("victim", "ok".to_string()),
                (
                    "riya_{i}",
                    "maine tumhara video record kar liya hai".to_string(),
                ),
                (
                    "riya_{i}",
                    format!("paise bhejo {n} warna video viral kar dunga"),
                ),
                ("victim", "please delete it, I beg you".to_string()),
                (
                    "riya_{i}",
                    format!("send {n} to upi id pay{i}@okaxis or your family sees it"),
                ),
            ],
        ));
        out.push(conv(
            format!("sc-{i}"),
            "scam",
            &[
                (
                    "VK-BANK",
                    format!("Dear customer your KYC is pending, account {i} will be blocked"),
                ),
                (
                    "VK-BANK",
                    "update now at https://kyc-update.example.invalid".to_string(),
                ),
                ("user", "is this real?".to_string()),
                (
                    "VK-BANK",
                    format!("pay the fee of Rs {n} today or call 90000000{i:02}"),
                ),
            ],
        ));
        out.push(conv(
            format!("bn-{i}"),
            "benign",
            &[
                ("Asha", format!("see you at {} tomorrow?", i % 12 + 1)),
                ("Ravi", "ok, khana kha liya?".to_string()),
                ("Asha", "haan, movie chalein kal".to_string()),
                ("Ravi", format!("sure, ticket {i} book kar deta hoon")),
            ],
        ));
    }
    out
}

/// Trains once per test binary; tests do not depend on the shipped weights.
fn tiny_model() -> Arc<Model> {
    static MODEL: OnceLock<Arc<Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            let params = TrainParams {
                tokenizer: TokenizerParams {
                    vocab_size: 300,
                    ..Default::default()
                },
                epochs: 4,
                text: chatrisk::features::TextParams {
                    hash_bits: 12,
                    ..Default::default()
                },
                ..Default::default()
            };
            let mut file = params
                .check()
                .and_then(|p| p.fit(&training_set(), None, vec![]))
                .expect("train the test model");
            let json = file.to_json().expect("render the test model");
            Arc::new(Model::from_slice(json.as_bytes(), "test model").expect("load"))
        })
        .clone()
}

fn scorer() -> Scorer {
    Scorer::new(tiny_model())
}

// ---------------------------------------------------------------- the server

struct Server {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<chatrisk::Result<()>>,
}

impl Server {
    async fn start(config: ServeConfig) -> Server {
        Server::start_with(config, scorer()).await
    }

    async fn start_with(config: ServeConfig, scorer: Scorer) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (tx, rx) = oneshot::channel::<()>();
        let state = AppState::new(config, scorer);
        let task = tokio::spawn(serve::serve_on(listener, state, async move {
            let _ = rx.await;
        }));
        let s = Server {
            addr,
            stop: Some(tx),
            task,
        };
        s.wait_ready().await;
        s
    }

    /// Waits until `/readyz` says the scorer is warm.
    async fn wait_ready(&self) {
        for _ in 0..200 {
            if let Ok(r) = client().get(self.url("/readyz")).send().await {
                if r.status().as_u16() == 200 {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("the server did not become ready");
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    fn shutdown(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }

    async fn stop(mut self) {
        self.shutdown();
        let done = tokio::time::timeout(Duration::from_secs(10), self.task)
            .await
            .expect("server stops in time");
        done.expect("server task").expect("server result");
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client")
}

struct Reply {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

async fn post(s: &Server, path: &str, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
    let resp = client()
        .post(s.url(path))
        .header("content-type", content_type)
        .body(body.into())
        .send()
        .await
        .expect("send");
    reply(resp).await
}

async fn get(s: &Server, path: &str) -> Reply {
    reply(client().get(s.url(path)).send().await.expect("send")).await
}

async fn reply(resp: reqwest::Response) -> Reply {
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let body = resp.bytes().await.expect("body").to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A request whose body is sent later: the server holds it in flight.
struct Pending {
    stream: TcpStream,
    rest: Vec<u8>,
}

impl Pending {
    async fn open(addr: SocketAddr, path: &str, body: &[u8], sent: usize) -> Pending {
        let mut stream = TcpStream::connect(addr).await.expect("connect");
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).await.expect("write head");
        stream.write_all(&body[..sent]).await.expect("write part");
        stream.flush().await.expect("flush");
        Pending {
            stream,
            rest: body[sent..].to_vec(),
        }
    }

    /// Sends the rest of the body and reads the response: (status, body).
    async fn finish(mut self) -> (u16, Value) {
        let _ = self.stream.write_all(&self.rest).await;
        self.read().await
    }

    async fn read(mut self) -> (u16, Value) {
        let mut raw = Vec::new();
        tokio::time::timeout(Duration::from_secs(10), self.stream.read_to_end(&mut raw))
            .await
            .expect("response in time")
            .expect("read");
        parse_raw(&raw)
    }
}

fn parse_raw(raw: &[u8]) -> (u16, Value) {
    let text = String::from_utf8_lossy(raw);
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {text:?}"));
    let body = text.split("\r\n\r\n").nth(1).unwrap_or_default();
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

// ---------------------------------------------------------------- the contract

fn openapi() -> Value {
    serde_json::from_str(serve::OPENAPI).expect("api/openapi.json is JSON")
}

/// A small JSON Schema check for the subset the document uses.
fn validate(doc: &Value, schema: &Value, v: &Value, at: &str, errs: &mut Vec<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/components/schemas/");
        let target = &doc["components"]["schemas"][name];
        assert!(!target.is_null(), "dangling $ref {r}");
        return validate(doc, target, v, at, errs);
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for s in all {
            validate(doc, s, v, at, errs);
        }
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(any) = schema.get(key).and_then(Value::as_array) {
            let ok = any.iter().any(|s| {
                let mut e = Vec::new();
                validate(doc, s, v, at, &mut e);
                e.is_empty()
            });
            if !ok {
                errs.push(format!("{at}: matches none of {key}"));
            }
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let fits = types.iter().any(|t| match *t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "integer" => v.is_u64() || v.is_i64(),
            "number" => v.is_number(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            _ => false,
        });
        if !fits {
            errs.push(format!("{at}: {v} is not of type {t}"));
            return;
        }
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            errs.push(format!("{at}: {v} not in enum {e:?}"));
        }
    }
    if let (Some(min), Some(x)) = (schema.get("minimum").and_then(Value::as_f64), v.as_f64()) {
        if x < min {
            errs.push(format!("{at}: {x} < minimum {min}"));
        }
    }
    if let (Some(max), Some(x)) = (schema.get("maximum").and_then(Value::as_f64), v.as_f64()) {
        if x > max {
            errs.push(format!("{at}: {x} > maximum {max}"));
        }
    }
    if let Some(obj) = v.as_object() {
        if let Some(req) = schema.get("required").and_then(Value::as_array) {
            for r in req.iter().filter_map(Value::as_str) {
                if !obj.contains_key(r) {
                    errs.push(format!("{at}: missing required field {r:?}"));
                }
            }
        }
        let props = schema.get("properties").and_then(Value::as_object);
        for (k, x) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(s) => validate(doc, s, x, &format!("{at}.{k}"), errs),
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => errs.push(format!("{at}: unexpected field {k:?}")),
                    Some(s @ Value::Object(_)) => validate(doc, s, x, &format!("{at}.{k}"), errs),
                    _ => {}
                },
            }
        }
    }
    if let Some(arr) = v.as_array() {
        if let Some(items) = schema.get("items") {
            for (i, x) in arr.iter().enumerate() {
                validate(doc, items, x, &format!("{at}[{i}]"), errs);
            }
        }
        let n = arr.len() as u64;
        if schema
            .get("minItems")
            .and_then(Value::as_u64)
            .is_some_and(|m| n < m)
            || schema
                .get("maxItems")
                .and_then(Value::as_u64)
                .is_some_and(|m| n > m)
        {
            errs.push(format!("{at}: {n} items out of bounds"));
        }
    }
}

/// Asserts that the documented response for (path, method, status) is
/// there and that a JSON body satisfies its schema.
fn conforms(path: &str, method: &str, r: &Reply) {
    let doc = openapi();
    let op = &doc["paths"][path][method];
    assert!(!op.is_null(), "{method} {path} is not documented");
    let resp = &op["responses"][r.status.to_string()];
    assert!(
        !resp.is_null(),
        "{method} {path}: status {} is not documented; body {}",
        r.status,
        String::from_utf8_lossy(&r.body)
    );
    if let Some(schema) = resp["content"]
        .get("application/json")
        .map(|c| &c["schema"])
    {
        let ct = r
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(
            ct.starts_with("application/json"),
            "{method} {path}: content type {ct}"
        );
        let mut errs = Vec::new();
        validate(&doc, schema, &r.json(), "$", &mut errs);
        assert!(errs.is_empty(), "{method} {path} {}: {errs:#?}", r.status);
    }
}

/// An error reply: status, code, and conformance to the `Error` schema.
fn assert_error(path: &str, method: &str, r: &Reply, status: u16, code: &str) -> Value {
    assert_eq!(
        r.status,
        status,
        "{method} {path}: {}",
        String::from_utf8_lossy(&r.body)
    );
    let v = r.json();
    assert_eq!(v["code"], code, "{v}");
    assert_eq!(v["status"], status, "{v}");
    assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()), "{v}");
    conforms(path, method, r);
    v
}

// ---------------------------------------------------------------- tests

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_is_documented_and_every_documented_route_is_served() {
    let doc = openapi();
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .flat_map(|(p, ops)| {
            ops.as_object()
                .expect("operations")
                .keys()
                .map(move |m| (m.to_uppercase(), p.clone()))
        })
        .collect();
    let cases: BTreeSet<(String, String)> = serve::case_routes()
        .into_iter()
        .map(|(m, p)| (m.to_string(), p.replace("{case}", "1")))
        .collect();
    let routed: BTreeSet<(String, String)> = serve::routes()
        .into_iter()
        .chain(serve::case_routes())
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, routed);

    let s = Server::start(ServeConfig::default()).await;
    for (method, path) in &documented {
        let url = path.replace("{case}", "1");
        let r = match method.as_str() {
            "GET" => get(&s, &url).await,
            _ => post(&s, &url, "application/json", "[]").await,
        };
        if cases.contains(&(method.clone(), url.clone())) {
            // This server has no case database (`--db`).
            assert_error(path, &method.to_lowercase(), &r, 404, "not_found");
        } else if r.status == 404 {
            assert_ne!(
                r.json()["code"],
                "not_found",
                "{method} {path} is not routed"
            );
        }
        conforms(path, &method.to_lowercase(), &r);
    }
    let served = get(&s, "/openapi.json").await;
    assert_eq!(served.status, 200);
    assert_eq!(served.json(), doc);
    let r = get(&s, "/v2/nothing").await;
    let v = r.json();
    assert_eq!((r.status, v["code"].as_str()), (404, Some("not_found")));
    let r = get(&s, "/v1/score").await;
    assert_eq!(r.status, 405);
    assert_eq!(r.json()["code"], "method_not_allowed");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scores_every_input_format() {
    let s = Server::start(ServeConfig::default()).await;
    let canonical = json!({
        "id": "canon-1",
        "messages": [
            {"sender": "riya", "text": "maine tumhara video record kar liya hai"},
            {"sender": "riya", "text": "paise bhejo 5000 warna video viral kar dunga"},
        ]
    })
    .to_string();
    let first_line = String::from_utf8(fixture("canonical.jsonl"))
        .expect("utf-8")
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    let cases: Vec<(&str, &str, &str, Vec<u8>)> = vec![
        ("canonical", "application/json", "", canonical.into_bytes()),
        (
            "canonical charset",
            "application/json; charset=utf-8",
            "",
            br#"{"id":"c2","messages":[{"sender":"a","text":"hi"}]}"#.to_vec(),
        ),
        (
            "ndjson",
            "application/x-ndjson",
            "",
            first_line.into_bytes(),
        ),
        (
            "telegram",
            "application/json",
            "",
            fixture("telegram_single.json"),
        ),
        (
            "instagram",
            "application/json",
            "",
            fixture("instagram_message_1.json"),
        ),
        ("discord", "application/json", "", fixture("discord.json")),
        (
            "whatsapp android",
            "text/plain",
            "",
            fixture("whatsapp_android.txt"),
        ),
        (
            "whatsapp ios",
            "text/plain; charset=utf-8",
            "",
            fixture("whatsapp_ios.txt"),
        ),
        ("transcript", "text/plain", "", fixture("transcript.txt")),
        (
            "detected",
            "application/octet-stream",
            "",
            fixture("telegram_single.json"),
        ),
        (
            "forced",
            "application/octet-stream",
            "?format=transcript",
            fixture("transcript.txt"),
        ),
        (
            "forced telegram",
            "application/json",
            "?format=telegram",
            fixture("telegram_single.json"),
        ),
    ];
    for (name, ct, query, body) in cases {
        let r = post(&s, &format!("/v1/score{query}"), ct, body).await;
        assert_eq!(
            r.status,
            200,
            "{name}: {}",
            String::from_utf8_lossy(&r.body)
        );
        conforms("/v1/score", "post", &r);
        let v = r.json();
        assert!(v["messages"].as_u64().is_some_and(|n| n > 0), "{name}: {v}");
        assert_eq!(v["model"]["sha256"], tiny_model().sha256(), "{name}");
        assert!(
            v.get("timeline").is_none() && v.get("trace").is_none(),
            "{name}"
        );
    }
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn options_mirror_the_cli() {
    let s = Server::start(ServeConfig::default()).await;
    let body = fixture("whatsapp_android.txt");
    let r = post(
        &s,
        "/v1/score?timeline=true&id=case-77",
        "text/plain",
        body.clone(),
    )
    .await;
    conforms("/v1/score", "post", &r);
    let v = r.json();
    assert_eq!(v["id"], "case-77");
    let n = v["messages"].as_u64().unwrap_or_default() as usize;
    assert_eq!(v["timeline"].as_array().map(Vec::len), Some(n));

    // The report is exactly what the library gives.
    let conv = chatrisk::import::import_bytes(&body, "request", None)
        .pop()
        .and_then(Result::ok)
        .expect("fixture imports");
    let lib = scorer().score(
        &conv,
        &chatrisk::ScoreOptions {
            timeline: true,
            ..Default::default()
        },
    );
    // Through text, as the server sends it (f32 fields print short).
    let mut expected: Value =
        serde_json::from_str(&serde_json::to_string(&lib).expect("report json")).expect("json");
    expected["id"] = json!("case-77");
    assert_eq!(v, expected);

    let r = post(&s, "/v1/score?explain", "text/plain", body.clone()).await;
    conforms("/v1/score", "post", &r);
    let v = r.json();
    assert_eq!(v["trace"].as_array().map(Vec::len), Some(n));
    assert!(v["timeline"].is_array());

    let r = post(&s, "/v1/score?redact=1", "text/plain", body.clone()).await;
    conforms("/v1/score", "post", &r);

    let r = post(
        &s,
        "/v1/score?explain=true&redact=true",
        "text/plain",
        body.clone(),
    )
    .await;
    assert_error("/v1/score", "post", &r, 400, "invalid_query");
    let r = post(&s, "/v1/score?format=xml", "text/plain", body.clone()).await;
    assert_error("/v1/score", "post", &r, 400, "invalid_query");
    let r = post(&s, "/v1/score?explain=maybe", "text/plain", body.clone()).await;
    assert_error("/v1/score", "post", &r, 400, "invalid_query");
    let r = post(&s, "/v1/score?verbose=1", "text/plain", body).await;
    assert_error("/v1/score", "post", &r, 400, "invalid_query");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batch_answers_one_outcome_per_input_in_order() {
    let s = Server::start(ServeConfig::default()).await;
    // JSON Lines with a blank line and a malformed record in the middle.
    let r = post(
        &s,
        "/v1/score/batch",
        "application/x-ndjson",
        fixture("canonical.jsonl"),
    )
    .await;
    conforms("/v1/score/batch", "post", &r);
    let v = r.json();
    let results = v["results"].as_array().expect("results");
    let expected = chatrisk::import::import_bytes(&fixture("canonical.jsonl"), "request", None);
    assert_eq!(results.len(), expected.len());
    for (got, want) in results.iter().zip(&expected) {
        match want {
            Ok(c) => assert_eq!(got["id"], c.id.as_str(), "{got}"),
            Err(e) => {
                assert_eq!(got["error"], e.error.as_str());
                assert_eq!(got["line"], json!(e.location.line));
            }
        }
    }
    assert_eq!(v["errors"], 1);
    assert_eq!(v["count"].as_u64(), Some(expected.len() as u64));

    // A JSON array of many: order is kept though scoring runs in parallel.
    let many: Vec<Value> = (0..60)
        .map(|i| {
            json!({"id": format!("c{i:03}"), "messages": [
                {"sender": "a", "text": format!("paise bhejo {i} warna video viral")},
                {"sender": "b", "text": "ok"},
            ]})
        })
        .collect();
    let r = post(
        &s,
        "/v1/score/batch?timeline=true",
        "application/json",
        Value::Array(many).to_string(),
    )
    .await;
    conforms("/v1/score/batch", "post", &r);
    let ids: Vec<String> = r.json()["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|x| x["id"].as_str().unwrap_or_default().to_string())
        .collect();
    let want: Vec<String> = (0..60).map(|i| format!("c{i:03}")).collect();
    assert_eq!(ids, want);

    // A Telegram full-account export is a batch of its chats...
    let r = post(
        &s,
        "/v1/score/batch",
        "application/json",
        fixture("telegram_full.json"),
    )
    .await;
    conforms("/v1/score/batch", "post", &r);
    let n = r.json()["count"].as_u64().unwrap_or_default();
    assert!(n >= 2, "{n}");
    // ...which /v1/score refuses, pointing to the batch route.
    let r = post(
        &s,
        "/v1/score",
        "application/json",
        fixture("telegram_full.json"),
    )
    .await;
    let e = assert_error("/v1/score", "post", &r, 422, "multiple_conversations");
    assert!(
        e["error"]
            .as_str()
            .unwrap_or_default()
            .contains("/v1/score/batch")
    );
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_gets_json_errors_with_the_right_status() {
    let config = ServeConfig {
        max_body_bytes: 4096,
        max_messages: 10,
        max_batch: 3,
        ..ServeConfig::default()
    };
    let s = Server::start(config).await;
    let score = "/v1/score";

    // 400: malformed JSON names line and column.
    let r = post(
        &s,
        score,
        "application/json",
        "{\n  \"id\": \"x\",\n  \"messages\": [ }\n}",
    )
    .await;
    let v = assert_error(score, "post", &r, 400, "invalid_json");
    assert_eq!(
        (v["line"].as_u64(), v["column"].as_u64().is_some()),
        (Some(3), true)
    );
    let r = post(
        &s,
        score,
        "application/x-ndjson",
        "\n{\"id\": \"a\", \"messages\": [}\n",
    )
    .await;
    let v = assert_error(score, "post", &r, 400, "invalid_json");
    assert_eq!(v["line"], 2);
    let r = post(&s, score, "application/json", "  \n").await;
    assert_error(score, "post", &r, 400, "empty_body");
    let r = post(&s, "/v1/score/batch", "application/json", "[{]").await;
    assert_error("/v1/score/batch", "post", &r, 400, "invalid_json");

    // 415: an unsupported content type.
    let r = post(&s, score, "application/xml", "<chat/>").await;
    assert_error(score, "post", &r, 415, "unsupported_media_type");
    let r = post(&s, "/v1/score/batch", "multipart/form-data", "x").await;
    assert_error("/v1/score/batch", "post", &r, 415, "unsupported_media_type");

    // 422: valid JSON that is not a conversation, and no conversation at all.
    let r = post(
        &s,
        score,
        "application/json",
        r#"{"id": "x", "text": "hi"}"#,
    )
    .await;
    let v = assert_error(score, "post", &r, 422, "unprocessable");
    assert_eq!(v["source"], "request");
    let r = post(&s, score, "application/json", "[]").await;
    assert_error(score, "post", &r, 422, "unprocessable");

    // Input that was not read is an error, never a benign score.
    let canonical =
        br#"{"id":"c","messages":[{"sender":"a","text":"paise bhejo warna video viral"}]}"#;
    for format in ["whatsapp", "discord", "instagram"] {
        let r = post(
            &s,
            &format!("{score}?format={format}"),
            "application/json",
            canonical.to_vec(),
        )
        .await;
        let v = assert_error(score, "post", &r, 422, "no_messages");
        assert!(
            v["error"].as_str().is_some_and(|e| e.contains(format)),
            "{v}"
        );
    }
    for scalar in ["42", "null", "true", "\"hello\""] {
        let r = post(&s, score, "application/json", scalar).await;
        assert_error(score, "post", &r, 422, "not_a_conversation");
        let r = post(&s, "/v1/score/batch", "application/json", scalar).await;
        assert_error("/v1/score/batch", "post", &r, 422, "not_a_conversation");
    }
    let deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
    for ct in ["application/json", "application/octet-stream"] {
        let r = post(&s, score, ct, deep.clone()).await;
        assert_error(score, "post", &r, 422, "nesting_too_deep");
    }
    let r = post(&s, "/v1/score/batch", "application/json", deep.clone()).await;
    assert_error("/v1/score/batch", "post", &r, 422, "nesting_too_deep");
    // A lone surrogate says what it is.
    let lone = r#"{"id":"u","messages":[{"sender":"a","text":"\ud800"}]}"#;
    let r = post(&s, score, "application/json", lone).await;
    let v = assert_error(score, "post", &r, 400, "invalid_unicode");
    assert!(
        v["error"]
            .as_str()
            .is_some_and(|e| e.contains("lone UTF-16 surrogate")),
        "{v}"
    );
    // The same bad JSON gets the same answer whatever the content type says.
    let broken = r#"{"id":"x","messages":[{"sender":"a","text":"hi"}"#;
    for ct in ["application/json", "application/octet-stream"] {
        let r = post(&s, score, ct, broken).await;
        assert_error(score, "post", &r, 400, "invalid_json");
        let r = post(&s, score, ct, lone).await;
        assert_error(score, "post", &r, 400, "invalid_unicode");
    }
    // A batch whose only conversation has no messages: an error in its place.
    let r = post(
        &s,
        "/v1/score/batch",
        "application/json",
        r#"[{"id":"e","messages":[]}]"#,
    )
    .await;
    conforms("/v1/score/batch", "post", &r);
    let v = r.json();
    assert_eq!(
        (v["scored"].as_u64(), v["errors"].as_u64()),
        (Some(0), Some(1))
    );
    assert_eq!(v["results"][0]["id"], "e");

    // 413: body size (declared, and chunked without a length).
    let big = json!({"id": "big", "messages": [{"sender": "a", "text": "x".repeat(8000)}]});
    let r = post(&s, score, "application/json", big.to_string()).await;
    assert_error(score, "post", &r, 413, "payload_too_large");
    let mut stream = TcpStream::connect(s.addr).await.expect("connect");
    let chunk = "y".repeat(3000);
    let head = "POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n\
                Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    stream.write_all(head.as_bytes()).await.expect("head");
    for _ in 0..2 {
        let c = format!("{:x}\r\n{chunk}\r\n", chunk.len());
        let _ = stream.write_all(c.as_bytes()).await;
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let (status, v) = Pending {
        stream,
        rest: Vec::new(),
    }
    .read()
    .await;
    assert_eq!(
        (status, v["code"].as_str()),
        (413, Some("payload_too_large"))
    );

    // 413: too many messages, too many conversations.
    let long: Vec<Value> = (0..11)
        .map(|i| json!({"sender": "a", "text": format!("m{i}")}))
        .collect();
    let r = post(
        &s,
        score,
        "application/json",
        json!({"id": "long", "messages": long}).to_string(),
    )
    .await;
    let v = assert_error(score, "post", &r, 413, "too_many_messages");
    assert_eq!(v["id"], "long");
    let four: Vec<Value> = (0..4)
        .map(|i| json!({"id": format!("b{i}"), "messages": [{"sender": "a", "text": "hi"}]}))
        .collect();
    let r = post(
        &s,
        "/v1/score/batch",
        "application/json",
        Value::Array(four).to_string(),
    )
    .await;
    assert_error("/v1/score/batch", "post", &r, 413, "too_many_conversations");
    // In a batch, an over-long conversation is an error outcome in its place.
    let mixed = json!([
        {"id": "ok1", "messages": [{"sender": "a", "text": "hi"}]},
        {"id": "long", "messages": long},
        {"id": "ok2", "messages": [{"sender": "a", "text": "hi"}]},
    ]);
    let r = post(&s, "/v1/score/batch", "application/json", mixed.to_string()).await;
    conforms("/v1/score/batch", "post", &r);
    let v = r.json();
    assert_eq!(v["results"][0]["id"], "ok1");
    assert_eq!(v["results"][1]["id"], "long");
    assert!(v["results"][1]["error"].is_string());
    assert_eq!(v["results"][2]["id"], "ok2");
    assert_eq!(
        (v["scored"].as_u64(), v["errors"].as_u64()),
        (Some(2), Some(1))
    );

    // The server is still fine.
    let r = get(&s, "/healthz").await;
    conforms("/healthz", "get", &r);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_bodies_hold_no_scoring_slot_and_are_cut_off() {
    let config = ServeConfig {
        max_concurrency: 1,
        body_grace: Duration::from_millis(400),
        min_body_rate: 1000,
        ..ServeConfig::default()
    };
    let s = Server::start(config).await;
    let body =
        br#"{"id":"slow","messages":[{"sender":"a","text":"hello there, how are you today"}]}"#;
    // Eight uploads trickling one byte each: none of them takes the one slot.
    let mut slow = Vec::new();
    for _ in 0..8 {
        slow.push(Pending::open(s.addr, "/v1/score", body, 1).await);
    }
    for _ in 0..3 {
        let r = post(&s, "/v1/score", "application/json", body.to_vec()).await;
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    }
    // Past the grace period they are refused for their rate, in JSON.
    for p in slow {
        let (status, v) = p.read().await;
        assert_eq!((status, v["code"].as_str()), (408, Some("body_timeout")));
        assert!(
            v["error"]
                .as_str()
                .is_some_and(|e| e.contains("too slowly")),
            "{v}"
        );
    }
    // A body complete within the grace period is fine however slow its start.
    let held = Pending::open(s.addr, "/v1/score", body, 10).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let (status, v) = held.finish().await;
    assert_eq!((status, v["id"].as_str()), (200, Some("slow")));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn body_timeout_bounds_the_whole_upload() {
    let config = ServeConfig {
        body_timeout: Duration::from_millis(500),
        min_body_rate: 1,
        ..ServeConfig::default()
    };
    let s = Server::start(config).await;
    let body = br#"{"id":"slow","messages":[{"sender":"a","text":"hello"}]}"#;
    let held = Pending::open(s.addr, "/v1/score", body, 5).await;
    let (status, v) = held.read().await;
    assert_eq!((status, v["code"].as_str()), (408, Some("body_timeout")));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_requests_time_out_with_504() {
    let config = ServeConfig {
        request_timeout: Duration::from_millis(300),
        ..ServeConfig::default()
    };
    let s = Server::start(config).await;
    let body = br#"{"id":"stuck","messages":[{"sender":"a","text":"hello"}]}"#;
    let held = Pending::open(s.addr, "/v1/score", body, 5).await;
    let (status, v) = held.read().await;
    assert_eq!((status, v["code"].as_str()), (504, Some("timeout")));
    // The slot is released: the next request is scored.
    let r = post(&s, "/v1/score", "application/json", body.to_vec()).await;
    assert_eq!(r.status, 200);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_shutdown_finishes_requests_in_flight() {
    let mut s = Server::start(ServeConfig::default()).await;
    let body = br#"{"id":"inflight","messages":[{"sender":"a","text":"paise bhejo"}]}"#;
    let held = Pending::open(s.addr, "/v1/score", body, 12).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    s.shutdown();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        !s.task.is_finished(),
        "the server waits for the request in flight"
    );
    let (status, v) = held.finish().await;
    assert_eq!((status, v["id"].as_str()), (200, Some("inflight")));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_case_database_the_case_routes_answer_404_even_before_the_token() {
    let config = ServeConfig {
        token: Some(BearerToken::new("t0ken-for-tests").expect("token")),
        ..ServeConfig::default()
    };
    let s = Server::start(config).await;
    for (method, path) in serve::case_routes() {
        let url = path.replace("{case}", "1");
        let r = match method {
            "GET" => get(&s, &url).await,
            _ => post(&s, &url, "application/json", "{}").await,
        };
        // Not 401: there is nothing here to sign in to.
        assert_error(path, &method.to_lowercase(), &r, 404, "not_found");
    }
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bearer_token_guards_everything_but_the_probes() {
    let config = ServeConfig {
        token: Some(BearerToken::new("t0ken-for-tests").expect("token")),
        ..ServeConfig::default()
    };
    let s = Server::start(config).await;
    let r = get(&s, "/v1/model").await;
    assert_error("/v1/model", "get", &r, 401, "unauthorized");
    assert!(r.headers.get("www-authenticate").is_some());
    let r = client()
        .get(s.url("/v1/model"))
        .bearer_auth("wrong")
        .send()
        .await
        .expect("send");
    let r = reply(r).await;
    assert_error("/v1/model", "get", &r, 401, "unauthorized");
    let r = post(&s, "/v1/score", "application/json", "{}").await;
    assert_error("/v1/score", "post", &r, 401, "unauthorized");
    assert_eq!(get(&s, "/metrics").await.status, 401);
    let r = client()
        .get(s.url("/v1/model"))
        .bearer_auth("t0ken-for-tests")
        .send()
        .await
        .expect("send");
    let r = reply(r).await;
    assert_eq!(r.status, 200);
    conforms("/v1/model", "get", &r);
    let r = client()
        .post(s.url("/v1/score"))
        .header("authorization", "bearer t0ken-for-tests")
        .header("content-type", "text/plain")
        .body(fixture("transcript.txt"))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status().as_u16(), 200);
    for probe in ["/healthz", "/readyz"] {
        let r = get(&s, probe).await;
        assert_eq!(r.status, 200, "{probe}");
        conforms(probe, "get", &r);
    }
    s.stop().await;

    // Without a token nothing asks for one.
    let s = Server::start(ServeConfig::default()).await;
    assert_eq!(get(&s, "/v1/model").await.status, 200);
    assert_eq!(get(&s, "/metrics").await.status, 200);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn model_card_shows_thresholds_in_force() {
    let policy = Policy::from_toml("[scam]\nmedium = 0.3\nhigh = 0.7\n", "policy").expect("policy");
    let scorer = scorer().with_policy(&policy).expect("labels");
    let s = Server::start_with(ServeConfig::default(), scorer).await;
    let r = get(&s, "/v1/model").await;
    conforms("/v1/model", "get", &r);
    let v = r.json();
    let model = tiny_model();
    assert_eq!(v["sha256"], model.sha256());
    assert_eq!(v["version"], model.file().version);
    assert_eq!(v["features"], model.space().len());
    assert_eq!(v["policy"], true);
    assert_eq!(
        v["thresholds"]["scam"],
        json!({"medium": 0.3, "high": 0.7, "source": "policy"})
    );
    assert_eq!(v["thresholds"]["sextortion"]["source"], "model");
    assert_eq!(
        v["training"]["validation"],
        serde_json::to_value(&model.file().training.validation).expect("json")
    );
    let labels: Vec<&str> = v["labels"]
        .as_array()
        .expect("labels")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(labels, ["scam", "sextortion"]);
    let r = get(&s, "/readyz").await;
    conforms("/readyz", "get", &r);
    assert_eq!(r.json()["model"]["sha256"], model.sha256());
    s.stop().await;
}

fn metric(text: &str, series: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.trim().parse().ok())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_requests_levels_and_errors() {
    let s = Server::start(ServeConfig::default()).await;
    for _ in 0..2 {
        let r = post(&s, "/v1/score", "text/plain", fixture("transcript.txt")).await;
        assert_eq!(r.status, 200);
    }
    let r = post(
        &s,
        "/v1/score/batch",
        "application/x-ndjson",
        fixture("canonical.jsonl"),
    )
    .await;
    let batch = r.json();
    assert_eq!(
        post(&s, "/v1/score", "application/xml", "x").await.status,
        415
    );
    assert_eq!(get(&s, "/nope").await.status, 404);
    let r = get(&s, "/metrics").await;
    assert_eq!(r.status, 200);
    let ct = r.headers.get("content-type").and_then(|v| v.to_str().ok());
    assert!(ct.is_some_and(|c| c.starts_with("text/plain")), "{ct:?}");
    let text = String::from_utf8(r.body).expect("utf-8");
    let m = |s: &str| metric(&text, s);
    assert_eq!(
        m("chatrisk_http_requests_total{route=\"/v1/score\",status=\"200\"}"),
        2
    );
    assert_eq!(
        m("chatrisk_http_requests_total{route=\"/v1/score\",status=\"415\"}"),
        1
    );
    assert_eq!(
        m("chatrisk_http_requests_total{route=\"/v1/score/batch\",status=\"200\"}"),
        1
    );
    assert_eq!(
        m("chatrisk_http_requests_total{route=\"unmatched\",status=\"404\"}"),
        1
    );
    assert_eq!(
        m("chatrisk_http_request_duration_seconds_count{route=\"/v1/score\"}"),
        3
    );
    assert_eq!(
        m("chatrisk_http_request_duration_seconds_bucket{route=\"/v1/score\",le=\"+Inf\"}"),
        3
    );
    assert_eq!(
        m("chatrisk_errors_total{code=\"unsupported_media_type\"}"),
        1
    );
    assert_eq!(m("chatrisk_errors_total{code=\"not_found\"}"), 1);
    assert_eq!(m("chatrisk_record_errors_total"), 1);
    let scored: u64 = text
        .lines()
        .filter(|l| l.starts_with("chatrisk_conversations_scored_total{"))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<u64>().ok())
        .sum();
    assert_eq!(scored, 2 + batch["scored"].as_u64().unwrap_or_default());
    assert_eq!(
        m("chatrisk_http_requests_in_flight"),
        1,
        "the /metrics request itself"
    );
    assert!(text.contains(&format!(
        "chatrisk_model_info{{version=\"{}\"",
        tiny_model().file().version
    )));
    s.stop().await;
}

/// Sends raw bytes on a fresh connection and reads until the server closes it.
async fn raw(addr: SocketAddr, bytes: &[u8]) -> (u16, Value) {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let _ = stream.write_all(bytes).await;
    Pending {
        stream,
        rest: Vec::new(),
    }
    .read()
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_raised_before_routing_are_json_too() {
    let s = Server::start(ServeConfig::default()).await;
    let cases: Vec<(Vec<u8>, u16, &str)> = vec![
        (b"GARBAGE\r\n\r\n".to_vec(), 400, "bad_request"),
        (
            b"POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n".to_vec(),
            400,
            "bad_request",
        ),
        (
            b"POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"
                .to_vec(),
            400,
            "bad_request",
        ),
        (
            format!(
                "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
                "b".repeat(serve::MAX_HEAD_BYTES + 10)
            )
            .into_bytes(),
            431,
            "headers_too_large",
        ),
        (
            format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(70_000)).into_bytes(),
            0,
            "",
        ),
    ];
    for (bytes, status, code) in cases {
        let (got, v) = raw(s.addr, &bytes).await;
        if status == 0 {
            // An over-long target: 414 or 431 depending on where the parser stops.
            assert!(matches!(got, 414 | 431), "{got}");
            assert!(
                matches!(
                    v["code"].as_str(),
                    Some("uri_too_long" | "headers_too_large")
                ),
                "{v}"
            );
            continue;
        }
        assert_eq!((got, v["code"].as_str()), (status, Some(code)), "{v}");
        assert_eq!(v["status"], status);
    }
    // Counted like any other request.
    let text = String::from_utf8(get(&s, "/metrics").await.body).expect("utf-8");
    assert!(
        metric(&text, "chatrisk_errors_total{code=\"bad_request\"}") >= 3,
        "{text}"
    );
    assert_eq!(get(&s, "/healthz").await.status, 200);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_and_idle_connections_are_closed() {
    let config = ServeConfig {
        header_timeout: Duration::from_millis(300),
        ..ServeConfig::default()
    };
    let s = Server::start(config).await;
    // A connect that never sends anything, and a slowloris head.
    let mut silent = TcpStream::connect(s.addr).await.expect("connect");
    let mut slowloris = TcpStream::connect(s.addr).await.expect("connect");
    slowloris
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: ")
        .await
        .expect("write");
    // A keep-alive connection that goes idle after one answer.
    let mut idle = TcpStream::connect(s.addr).await.expect("connect");
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .expect("write");
    for stream in [&mut silent, &mut slowloris, &mut idle] {
        let mut buf = Vec::new();
        tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut buf))
            .await
            .expect("the server closes the connection")
            .expect("read");
    }
    let text = String::from_utf8(get(&s, "/metrics").await.body).expect("utf-8");
    assert!(
        metric(&text, "chatrisk_connections_timed_out_total") >= 2,
        "{text}"
    );
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_over_the_cap_get_a_json_503() {
    let config = ServeConfig {
        max_connections: 3,
        ..ServeConfig::default()
    };
    let s = Server::start(config).await;
    // wait_ready's client may keep its connection; let it go first.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(TcpStream::connect(s.addr).await.expect("connect"));
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let (status, v) = raw(s.addr, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await;
    assert_eq!(
        (status, v["code"].as_str()),
        (503, Some("too_many_connections")),
        "{v}"
    );
    drop(held);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let text = String::from_utf8(get(&s, "/metrics").await.body).expect("utf-8");
    assert!(
        metric(&text, "chatrisk_connections_refused_total") >= 1,
        "{text}"
    );
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_hangs_up_is_counted_once_and_leaves_nothing_in_flight() {
    let s = Server::start(ServeConfig::default()).await;
    let body = br#"{"id":"gone","messages":[{"sender":"a","text":"hello"}]}"#;
    for _ in 0..3 {
        let p = Pending::open(s.addr, "/v1/score", body, 5).await;
        drop(p);
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let text = String::from_utf8(get(&s, "/metrics").await.body).expect("utf-8");
    assert_eq!(
        metric(&text, "chatrisk_http_requests_in_flight"),
        1,
        "only the /metrics request itself: {text}"
    );
    let counted: u64 = text
        .lines()
        .filter(|l| l.starts_with("chatrisk_http_requests_total{route=\"/v1/score\""))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<u64>().ok())
        .sum();
    assert_eq!(counted, 3, "{text}");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_open_with_their_own_token_or_listener() {
    let config = ServeConfig {
        token: Some(BearerToken::new("main-token").expect("token")),
        metrics_token: Some(BearerToken::new("scrape-token").expect("token")),
        ..ServeConfig::default()
    };
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let metrics_listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let maddr = metrics_listener.local_addr().expect("addr");
    let (tx, rx) = oneshot::channel::<()>();
    let state = AppState::new(config, scorer());
    let task = tokio::spawn(serve::serve_listeners(
        listener,
        Some(metrics_listener),
        state,
        async move {
            let _ = rx.await;
        },
    ));
    let s = Server {
        addr,
        stop: Some(tx),
        task,
    };
    s.wait_ready().await;
    let with = |path: &str, token: &str| client().get(s.url(path)).bearer_auth(token).send();
    assert_eq!(
        with("/metrics", "scrape-token")
            .await
            .expect("send")
            .status(),
        200
    );
    assert_eq!(
        with("/metrics", "main-token").await.expect("send").status(),
        200
    );
    assert_eq!(
        with("/v1/model", "scrape-token")
            .await
            .expect("send")
            .status(),
        401
    );
    assert_eq!(get(&s, "/metrics").await.status, 401);
    // The metrics listener needs no token and serves nothing else.
    let plain = |path: &str| client().get(format!("http://{maddr}{path}")).send();
    let r = plain("/metrics").await.expect("send");
    assert_eq!(r.status(), 200);
    assert!(
        r.text()
            .await
            .expect("text")
            .contains("chatrisk_http_requests_total")
    );
    assert_eq!(plain("/v1/model").await.expect("send").status(), 404);
    s.stop().await;

    // A metrics token alone guards /metrics and nothing else.
    let config = ServeConfig {
        metrics_token: Some(BearerToken::new("scrape-token").expect("token")),
        ..ServeConfig::default()
    };
    let s = Server::start(config).await;
    assert_eq!(get(&s, "/metrics").await.status, 401);
    assert_eq!(get(&s, "/v1/model").await.status, 200);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_zip_that_expands_past_the_cap_is_refused_before_inflating() {
    use std::io::Write;
    let config = ServeConfig {
        max_body_bytes: 64 * 1024,
        ..ServeConfig::default()
    };
    let s = Server::start(config).await;
    let line = "12/02/2026, 10:00 - Ravi: hello, are you coming to the meeting today?\n";
    let zip_of = |lines: usize| {
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        z.start_file("_chat.txt", opts).expect("entry");
        for _ in 0..lines {
            z.write_all(line.as_bytes()).expect("write");
        }
        z.finish().expect("finish");
        buf.into_inner()
    };
    // 8 × 64 KiB = 512 KiB allowed; this one expands to about 2 MiB.
    let bomb = zip_of(30_000);
    assert!(bomb.len() < 64 * 1024, "{}", bomb.len());
    let r = post(&s, "/v1/score", "application/zip", bomb).await;
    let v = assert_error("/v1/score", "post", &r, 413, "payload_too_large");
    assert!(
        v["error"]
            .as_str()
            .is_some_and(|e| e.contains("zip archive expands")),
        "{v}"
    );
    // A small export is scored.
    let r = post(&s, "/v1/score", "application/zip", zip_of(20)).await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    s.stop().await;
}

/// A deflated WhatsApp export of `lines` lines, as `_chat.txt` in a zip.
fn whatsapp_zip(lines: usize) -> Vec<u8> {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    z.start_file("_chat.txt", opts).expect("entry");
    for i in 0..lines {
        writeln!(
            z,
            "12/02/2026, 10:00 - Ravi: hello {i}, are you coming today?"
        )
        .expect("write");
    }
    z.finish().expect("finish");
    buf.into_inner()
}

/// The same archive with every declared uncompressed size rewritten to
/// `size` (local header offset 22, central directory offset 24): a bomb
/// that lies about what it expands to.
fn lying_sizes(mut zip: Vec<u8>, size: u32) -> Vec<u8> {
    for (sig, at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
        let starts: Vec<usize> = zip
            .windows(4)
            .enumerate()
            .filter(|(_, w)| w == sig)
            .map(|(i, _)| i)
            .collect();
        for i in starts {
            zip[i + at..i + at + 4].copy_from_slice(&size.to_le_bytes());
        }
    }
    zip
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imports_run_under_the_service_limits_on_every_route() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-serve-limits-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let store = chatrisk::cases::CaseStore::open(&dir.join("cases.db")).expect("store");
    let config = ServeConfig {
        max_body_bytes: 64 * 1024,
        max_messages: 50,
        ..ServeConfig::default()
    };
    let state = AppState::new(config, scorer()).with_cases(serve::CaseService {
        store,
        reviewers: Default::default(),
    });
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(serve::serve_on(listener, state, async move {
        let _ = rx.await;
    }));
    let s = Server {
        addr,
        stop: Some(tx),
        task,
    };
    s.wait_ready().await;

    // The message cap is the importer's, checked while parsing: the error
    // says where parsing stopped, not how many messages there were in all.
    let text: String = (0..400)
        .map(|i| format!("12/02/2026, 10:{:02} - Ravi: message {i}\n", i % 60))
        .collect();
    let r = post(
        &s,
        "/v1/score?filename=chat.txt",
        "text/plain",
        text.clone(),
    )
    .await;
    let v = assert_error("/v1/score", "post", &r, 413, "too_many_messages");
    let msg = v["error"].as_str().unwrap_or_default();
    assert!(msg.contains("more than 50 messages"), "{v}");
    assert_eq!(v["line"], 51, "{v}");
    // In a batch it is that conversation's error record, the rest scored.
    let lines = format!(
        "{}\n{}\n",
        json!({"id": "long", "messages": (0..60).map(|i| json!({"sender": "a", "text": format!("m{i}")})).collect::<Vec<_>>()}),
        json!({"id": "short", "messages": [{"sender": "a", "text": "hi"}]}),
    );
    let r = post(&s, "/v1/score/batch", "application/x-ndjson", lines.clone()).await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    assert_eq!(
        (v["scored"].as_u64(), v["errors"].as_u64()),
        (Some(1), Some(1)),
        "{v}"
    );
    assert!(
        v["results"][0]["error"]
            .as_str()
            .unwrap_or_default()
            .contains("more than 50 messages"),
        "{v}"
    );
    assert_eq!(v["results"][0]["id"], "long");
    assert_eq!(v["results"][1]["id"], "short");

    // A zip whose declared sizes pass the check but whose entry inflates
    // past 8 × the body limit is stopped at the cap on every route.
    let small = whatsapp_zip(40);
    assert_eq!(
        post(&s, "/v1/score", "application/zip", small.clone())
            .await
            .status,
        200
    );
    let bomb = lying_sizes(whatsapp_zip(20_000), 1_000);
    assert!(bomb.len() < 64 * 1024, "{}", bomb.len());
    for path in [
        "/v1/score",
        "/v1/score/batch",
        "/v1/cases?filename=chat.zip",
    ] {
        let r = post(&s, path, "application/zip", bomb.clone()).await;
        assert_eq!(
            r.status,
            413,
            "{path}: {}",
            String::from_utf8_lossy(&r.body)
        );
        let v = r.json();
        assert_eq!(v["code"], "payload_too_large", "{path}: {v}");
        let msg = v["error"].as_str().unwrap_or_default();
        assert!(
            msg.contains(&format!("more than {} bytes", 8 * 64 * 1024)),
            "{path}: {v}"
        );
    }
    // A case upload is held to the message cap too.
    let r = post(&s, "/v1/cases?filename=chat.txt", "text/plain", text).await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let body = String::from_utf8_lossy(&r.body).to_string();
    assert!(body.contains("more than 50 messages"), "{body}");
    s.stop().await;
    let _ = std::fs::remove_dir_all(&dir);
}
