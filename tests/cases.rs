//! The case workspace: upload, queue, case view, verdicts (history and
//! conflicts), CSRF refusal, labeled export that `eval` reads, the database
//! never served, and a `kill -9` in the middle of uploads.

mod common;

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use chatrisk::Scorer;
use chatrisk::cases::CaseStore;
use chatrisk::serve::{self, AppState, CaseService, Reviewers, ServeConfig};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

const WHATSAPP: &str = include_str!("../examples/data/sextortion_whatsapp.txt");

const XSS: &str = "Priya: hi <script>window.__pwned=1</script>\n\
                   Priya: look <img src=x onerror=\"window.__pwned=1\">\n\
                   Priya: [click](javascript:window.__pwned=1) javascript:alert(1)\n\
                   Priya: send 15000 now or i leak your video to your family\n";

fn tmp(name: &str) -> PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-cases-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn app(db: &Path, reviewers: Option<&str>) -> axum::Router {
    let scorer = Scorer::from_paths(None, None).unwrap();
    let store = CaseStore::open(db).unwrap();
    let reviewers = reviewers
        .map(|r| Reviewers::parse(r, "reviewers.txt").unwrap())
        .unwrap_or_default();
    let state =
        AppState::new(ServeConfig::default(), scorer).with_cases(CaseService { store, reviewers });
    serve::router(state)
}

async fn call(app: &axum::Router, req: Request<Body>) -> (StatusCode, Vec<u8>) {
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let body = resp
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    (status, body)
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, Value) {
    let (s, b) = call(app, Request::get(uri).body(Body::empty()).unwrap()).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

async fn upload(app: &axum::Router, name: &str, text: &str) -> (StatusCode, Value) {
    let req = Request::post(format!("/v1/cases?filename={}", name.replace(' ', "%20")))
        .header("content-type", "text/plain")
        .body(Body::from(text.to_string()))
        .unwrap();
    let (s, b) = call(app, req).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

async fn verdict(app: &axum::Router, case: i64, body: Value) -> (StatusCode, Value) {
    let req = Request::post(format!("/v1/cases/{case}/verdict"))
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let (s, b) = call(app, req).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

#[tokio::test]
async fn upload_review_and_export_round_trip_through_eval() {
    let dir = tmp("roundtrip");
    let db = dir.join("cases.sqlite");
    let app = app(&db, None);

    let (s, up) = upload(&app, "WhatsApp Chat with Ananya.txt", WHATSAPP).await;
    assert_eq!(s, StatusCode::OK, "{up}");
    assert_eq!(up["added"], 1);
    let (_, again) = upload(&app, "WhatsApp Chat with Ananya.txt", WHATSAPP).await;
    assert_eq!(again["added"], 0);
    assert_eq!(again["duplicates"], 1, "the same chat twice is one case");
    let benign = "Amma: dinner at 8?\nRavi: yes, bringing sweets\n";
    upload(&app, "family.txt", benign).await;
    upload(&app, "xss.txt", XSS).await;

    let (s, q) = get(&app, "/v1/cases").await;
    assert_eq!(s, StatusCode::OK);
    let cases = q["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 3);
    let risks: Vec<f64> = cases.iter().map(|c| c["risk"].as_f64().unwrap()).collect();
    assert!(
        risks.windows(2).all(|w| w[0] >= w[1]),
        "queue sorted by risk: {risks:?}"
    );
    let top = cases
        .iter()
        .find(|c| c["source"] == "WhatsApp Chat with Ananya.txt")
        .unwrap();
    assert_eq!(top["level"], "high");
    let id = top["case"].as_i64().unwrap();

    // Filters.
    let (_, open) = get(&app, "/v1/cases?state=open&level=high").await;
    assert!(
        open["cases"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["level"] == "high")
    );
    let (_, by_upi) = get(&app, "/v1/cases?indicator=ananya.help77@okaxis").await;
    assert_eq!(by_upi["cases"].as_array().unwrap().len(), 1);

    // The case view: every message, running risk, stage tags, evidence cut.
    let (s, c) = get(&app, &format!("/v1/cases/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    let view = c["view"].as_array().unwrap();
    assert_eq!(view.len() as u64, c["messages"].as_u64().unwrap());
    assert!(view.iter().all(|m| m["risk"].is_number()));
    let marked: Vec<&str> = view
        .iter()
        .flat_map(|m| m["segments"].as_array().unwrap())
        .filter(|s| s.get("signals").is_some())
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(marked.iter().any(|t| t.contains("recorded")), "{marked:?}");
    assert!(
        view.iter()
            .any(|m| !m["stages"].as_array().unwrap().is_empty())
    );
    assert!(c["model_version"].as_str().unwrap().len() > 3);

    // Verdicts: a stale revision is a conflict; history keeps every verdict.
    let (s, v) = verdict(
        &app,
        id,
        json!({"verdict": "sextortion", "reviewer": "asha", "revision": 0}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["revision"], 1);
    let (s, v) = verdict(
        &app,
        id,
        json!({"verdict": "benign", "reviewer": "ravi", "revision": 0}),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT, "{v}");
    assert_eq!(v["code"], "conflict");
    let (s, _) = verdict(
        &app,
        id,
        json!({"verdict": "scam", "reviewer": "ravi", "note": "UPI only"}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "without a revision the last write wins");
    let (s, _) = verdict(
        &app,
        id,
        json!({"verdict": "sextortion", "reviewer": "asha", "note": "threat to leak the call"}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (_, c) = get(&app, &format!("/v1/cases/{id}")).await;
    let history: Vec<&str> = c["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(history, ["sextortion", "scam", "sextortion"]);
    assert_eq!(c["verdict"], "sextortion");
    let (s, _) = verdict(&app, id, json!({"verdict": "maybe", "reviewer": "asha"})).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, _) = verdict(&app, id, json!({"verdict": "benign"})).await;
    assert_eq!(
        s,
        StatusCode::UNPROCESSABLE_ENTITY,
        "who is reviewing must be known"
    );

    // The benign chat reviewed benign; the XSS chat unsure (not exported).
    let family = cases.iter().find(|c| c["source"] == "family.txt").unwrap()["case"]
        .as_i64()
        .unwrap();
    let xss = cases.iter().find(|c| c["source"] == "xss.txt").unwrap()["case"]
        .as_i64()
        .unwrap();
    verdict(
        &app,
        family,
        json!({"verdict": "benign", "reviewer": "asha"}),
    )
    .await;
    verdict(&app, xss, json!({"verdict": "unsure", "reviewer": "asha"})).await;

    // XSS text comes back as data, byte for byte.
    let (_, x) = get(&app, &format!("/v1/cases/{xss}")).await;
    let text: String = x["view"][0]["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(text, "hi <script>window.__pwned=1</script>");

    // Export: canonical labeled JSONL.
    let (s, body) = call(
        &app,
        Request::get("/v1/cases/export")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let text = String::from_utf8(body).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "unsure is left out: {text}");
    assert_eq!(lines[0]["label"], "sextortion");
    assert_eq!(lines[0]["review"]["reviewer"], "asha");
    assert_eq!(lines[1]["label"], "benign");
    let labels = dir.join("labels.jsonl");
    std::fs::write(&labels, &text).unwrap();

    // The CLI export writes the same file, and eval reads it as it is.
    drop(app);
    let out = dir.join("cli-labels.jsonl");
    let st = Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .args(["cases", "export", "--db"])
        .arg(&db)
        .arg("--out")
        .arg(&out)
        .status()
        .unwrap();
    assert!(st.success());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), text);
    let eval = Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .args(["eval", "--json", "--data"])
        .arg(&labels)
        .output()
        .unwrap();
    assert!(
        eval.status.success(),
        "eval: {}",
        String::from_utf8_lossy(&eval.stderr)
    );
    let e: Value = serde_json::from_slice(&eval.stdout).unwrap();
    assert!(e.to_string().contains("sextortion"), "{e}");
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn page_is_locked_down_and_the_database_is_never_served() {
    let dir = tmp("page");
    let db = dir.join("cases.sqlite");
    let app = app(&db, Some("asha 0123456789abcdef0123\n"));
    let (s, page) = call(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK, "the page itself is open");
    assert!(String::from_utf8_lossy(&page).contains("/review/app.js"));
    let resp = app
        .clone()
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let csp = resp.headers()["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    // Data needs the token; the token names the reviewer.
    let (s, _) = get(&app, "/v1/cases").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let req = |uri: &str| {
        Request::get(uri)
            .header("authorization", "Bearer 0123456789abcdef0123")
            .body(Body::empty())
            .unwrap()
    };
    let (s, who) = call(&app, req("/v1/cases/session")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        serde_json::from_slice::<Value>(&who).unwrap()["reviewer"],
        "asha"
    );
    for path in [
        "/cases.sqlite",
        "/review/../cases.sqlite",
        "/review/cases.sqlite",
        "/v1/cases/..%2Fcases.sqlite",
    ] {
        let (s, body) = call(&app, req(path)).await;
        assert!(s == StatusCode::NOT_FOUND, "{path}: {s}");
        assert!(!body.starts_with(b"SQLite format"), "{path}");
    }
    // A cross-site upload is refused even with a valid token.
    let cross = Request::post("/v1/cases")
        .header("authorization", "Bearer 0123456789abcdef0123")
        .header("content-type", "text/plain")
        .header("origin", "http://evil.example")
        .header("host", "127.0.0.1:8080")
        .body(Body::from(WHATSAPP))
        .unwrap();
    let (s, _) = call(&app, cross).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // A verdict must be JSON (a form post cannot be).
    let form = Request::post("/v1/cases/1/verdict")
        .header("authorization", "Bearer 0123456789abcdef0123")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from("verdict=benign"))
        .unwrap();
    let (s, _) = call(&app, form).await;
    assert_eq!(s, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    std::fs::remove_dir_all(&dir).ok();
}

/// One raw HTTP/1.1 upload; `Some(case numbers)` when the server answered 200.
fn raw_upload(port: u16, body: &str) -> Option<Vec<i64>> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(20))).ok()?;
    let req = format!(
        "POST /v1/cases?filename=chat.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).ok()?;
    let mut resp = String::new();
    s.read_to_string(&mut resp).ok()?;
    if !resp.starts_with("HTTP/1.1 200") {
        return None;
    }
    let json = resp.split("\r\n\r\n").nth(1)?;
    let v: Value = serde_json::from_str(json).ok()?;
    Some(
        v["cases"]
            .as_array()?
            .iter()
            .filter_map(|c| c["case"].as_i64())
            .collect(),
    )
}

#[test]
fn kill_9_mid_upload_loses_no_committed_case() {
    let dir = tmp("kill9");
    let db = dir.join("cases.sqlite");
    let (mut server, port) = common::start_serve(
        [OsStr::new("--db"), db.as_os_str()],
        Duration::from_secs(30),
    );
    let started = Instant::now();
    // Four uploaders, each sending distinct chats until the server dies.
    let acked = std::sync::Arc::new(std::sync::Mutex::new(Vec::<i64>::new()));
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let acked = acked.clone();
            std::thread::spawn(move || {
                for i in 0.. {
                    let body = format!("{WHATSAPP}12/03/2026, 22:00 - Rohit: upload {w}-{i}\n");
                    match raw_upload(port, &body) {
                        Some(ids) => acked.lock().unwrap().extend(ids),
                        None => return,
                    }
                }
            })
        })
        .collect();
    while acked.lock().unwrap().len() < 20 {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "uploads too slow"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    server.0.kill().unwrap(); // SIGKILL
    server.0.wait().unwrap();
    for w in workers {
        w.join().unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    let store = CaseStore::open(&db).expect("the database opens after kill -9");
    store.integrity_check().expect("and is consistent");
    let stored = store
        .list(&chatrisk::cases::Filter {
            limit: Some(5_000),
            ..Default::default()
        })
        .unwrap();
    for id in &acked {
        assert!(
            stored.iter().any(|c| c.case == *id),
            "acknowledged case {id} lost"
        );
    }
    assert!(stored.len() >= acked.len());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn scan_results_import_as_cases_from_the_inputs_they_name() {
    let dir = tmp("results");
    let chats = dir.join("chats");
    std::fs::create_dir_all(&chats).unwrap();
    std::fs::write(chats.join("ananya.txt"), WHATSAPP).unwrap();
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/data/conversations.jsonl"
        ),
        chats.join("conversations.jsonl"),
    )
    .unwrap();
    let expected = 1 + std::fs::read_to_string(chats.join("conversations.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    // A batch scan, from the directory the results' paths are relative to.
    let scan = Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .current_dir(&dir)
        .args(["scan", "chats", "--quiet"])
        .output()
        .unwrap();
    assert!(
        scan.status.success(),
        "{}",
        String::from_utf8_lossy(&scan.stderr)
    );
    let results = dir.join("results.jsonl");
    std::fs::write(&results, &scan.stdout).unwrap();
    let written = String::from_utf8_lossy(&scan.stdout).lines().count();
    assert!(written >= 2, "scan wrote {written} result(s)");
    assert!(written <= expected);

    // From elsewhere, with --base: every result becomes a case.
    let db = dir.join("cases.sqlite");
    let import = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_chatrisk"))
            .args(["cases", "import", "--results"])
            .arg(&results)
            .arg("--db")
            .arg(&db)
            .args(extra)
            .output()
            .unwrap()
    };
    let base = dir.display().to_string();
    let out = import(&["--base", &base]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains(&format!("{written} case(s) added, 0 already stored")),
        "{err}"
    );
    let store = CaseStore::open(&db).unwrap();
    let stored = store.list(&chatrisk::cases::Filter::default()).unwrap();
    assert_eq!(stored.len(), written);
    let top = &stored[0];
    assert_eq!(top.source, "ananya.txt");
    assert_eq!(top.level, "high");
    // The case is the conversation itself: every message is there.
    assert_eq!(top.messages as usize, WHATSAPP.lines().count());
    drop(store);

    // Again: nothing new. An input changed since the scan is named, with
    // the results file and line, and the rest still import.
    let out = import(&["--base", &base]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("0 case(s) added"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(chats.join("ananya.txt"), format!("{WHATSAPP}\n")).unwrap();
    let out = import(&["--base", &base]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("results.jsonl:") && err.contains("changed since the scan"),
        "{err}"
    );
    // Without --base the relative paths do not resolve from here.
    let out = import(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot read the input chats/"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn helplines_link_nothing_and_the_indicator_filter_matches_parts() {
    let dir = tmp("ignore");
    let app = app(&dir.join("cases.sqlite"), None);
    // Two unrelated chats that both name the national cybercrime portal,
    // and two that share a payment handle.
    let helpline = |who: &str| {
        format!(
            "{who}: someone is threatening me online, what do i do\n\
             Friend: report it on https://cybercrime.gov.in or call 1930\n\
             {who}: ok thanks\n"
        )
    };
    let payer = |who: &str| {
        format!(
            "Ananya: send 15000 to Ananya.Help77@okaxis now or i leak your video\n\
             {who}: please don't\n"
        )
    };
    for (name, text) in [
        ("one.txt", helpline("Ravi")),
        ("two.txt", helpline("Meera")),
        ("three.txt", payer("Karan")),
        ("four.txt", payer("Dev")),
    ] {
        let (s, b) = upload(&app, name, &text).await;
        assert_eq!(s, StatusCode::OK, "{b}");
    }
    let (_, q) = get(&app, "/v1/cases").await;
    let cases = q["cases"].as_array().unwrap();
    let case_of = |source: &str| {
        cases
            .iter()
            .find(|c| c["source"] == source)
            .and_then(|c| c["case"].as_i64())
            .unwrap_or_else(|| panic!("no case from {source}: {q}"))
    };
    let (_, one) = get(&app, &format!("/v1/cases/{}", case_of("one.txt"))).await;
    let url = one["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "url")
        .unwrap_or_else(|| panic!("no url indicator: {one}"));
    assert_eq!(url["ignored"], true, "{url}");
    assert_eq!(url["cases"], serde_json::json!([]), "{url}");

    let (_, three) = get(&app, &format!("/v1/cases/{}", case_of("three.txt"))).await;
    let upi = three["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "upi")
        .unwrap_or_else(|| panic!("no upi indicator: {three}"));
    assert_eq!(upi["ignored"], false, "{upi}");
    assert_eq!(upi["cases"][0]["case"].as_i64(), Some(case_of("four.txt")));

    // Part of the value, in any case, finds both payers and nobody else.
    let (_, found) = get(&app, "/v1/cases?indicator=ANANYA.help").await;
    let mut sources: Vec<&str> = found["cases"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["source"].as_str())
        .collect();
    sources.sort();
    assert_eq!(sources, ["four.txt", "three.txt"], "{found}");
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn without_tokens_only_loopback_hosts_are_answered() {
    let dir = tmp("host");
    let app = app(&dir.join("cases.sqlite"), None);
    let with_host = |host: &str| {
        Request::get("/v1/cases")
            .header("host", host)
            .body(Body::empty())
            .unwrap()
    };
    for ok in [
        "127.0.0.1:8080",
        "localhost:8080",
        "[::1]:8080",
        "localhost",
    ] {
        let (s, b) = call(&app, with_host(ok)).await;
        assert_eq!(s, StatusCode::OK, "{ok}: {}", String::from_utf8_lossy(&b));
    }
    // A DNS-rebinding page sends its own name.
    let (s, b) = call(&app, with_host("evil.example:8080")).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{}", String::from_utf8_lossy(&b));
    assert!(String::from_utf8_lossy(&b).contains("loopback"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn cases_import_reads_scan_output_as_results_and_open_mode_stays_on_loopback() {
    let dir = tmp("autodetect");
    let chats = dir.join("chats");
    std::fs::create_dir_all(&chats).unwrap();
    std::fs::write(chats.join("ananya.txt"), WHATSAPP).unwrap();
    let scan = Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .current_dir(&dir)
        .args(["scan", "chats", "--quiet", "--out", "results.jsonl"])
        .output()
        .unwrap();
    assert!(scan.status.success());
    // The command as a user types it, without --results.
    let out = Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .current_dir(&dir)
        .args(["cases", "import", "results.jsonl", "--db", "cases.sqlite"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("importing them as with --results"), "{err}");
    assert!(err.contains("1 case(s) added"), "{err}");

    // --db on a public address with no token is refused before it starts.
    let out = Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .current_dir(&dir)
        .args(["serve", "--db", "cases.sqlite", "--addr", "0.0.0.0:0"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("--reviewers"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn uploads_have_their_own_limit_and_a_refusal_names_the_flag() {
    let dir = tmp("upload-limit");
    let config = ServeConfig {
        max_body_bytes: 1_000,
        max_upload_bytes: 4_000,
        ..ServeConfig::default()
    };
    let state =
        AppState::new(config, Scorer::from_paths(None, None).unwrap()).with_cases(CaseService {
            store: CaseStore::open(&dir.join("cases.sqlite")).unwrap(),
            reviewers: Reviewers::default(),
        });
    let app = serve::router(state);
    // Larger than the scoring limit, within the upload limit: stored.
    let chat = "Priya: hi\n".repeat(200);
    assert!(chat.len() > 1_000 && chat.len() < 4_000);
    let (s, b) = upload(&app, "chat.txt", &chat).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    // Over it: 413, and the message says which flag raises it.
    let (s, b) = upload(&app, "big.txt", &chat.repeat(3)).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{b}");
    assert!(b.to_string().contains("--max-upload-bytes"), "{b}");
    std::fs::remove_dir_all(&dir).ok();
}
