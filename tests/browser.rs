//! The review page in a real browser: Debian's headless Chromium driven
//! through chromedriver (WebDriver, with `fantoccini`) against the real
//! binary (`chatrisk serve --db`). It signs in with a reviewer token,
//! uploads chat exports through the page's file input, opens the top case,
//! checks the highlighted evidence and the heat-map band, records verdicts
//! by keyboard with a note, exports the labels (as the page's button does)
//! and feeds them to `eval`, and checks that hostile chat text renders as
//! inert text.
//!
//! Without `/usr/bin/chromium` or `/usr/bin/chromedriver` (override with
//! `CHATRISK_CHROMIUM`, `CHATRISK_CHROMEDRIVER`) the test prints one
//! "browser test skipped: ..." line and passes; `.ci/run` installs both.
//! With `CHATRISK_SCREENSHOTS=<dir>` it writes `review-queue.png` and
//! `review-case.png` there (the README's screenshots come from
//! `CHATRISK_SCREENSHOTS=docs`).

mod common;

use std::ffi::OsStr;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Killed, free_port, start_serve, wait_for_port};

use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

const WHATSAPP: &str = include_str!("../examples/data/sextortion_whatsapp.txt");

/// A chat whose messages try every way into the page: a script element, an
/// image with an error handler, markdown and bare `javascript:` links.
const XSS: &str = "12/03/2026, 10:00 - Priya: hi <script>window.__pwned=1;alert(1)</script>\n\
                   12/03/2026, 10:01 - Priya: look <img src=x onerror=\"window.__pwned=2;alert(2)\">\n\
                   12/03/2026, 10:02 - Priya: [click](javascript:window.__pwned=3) javascript:alert(3)\n\
                   12/03/2026, 10:03 - Priya: <a href=\"javascript:window.__pwned=4\">open</a>\n\
                   12/03/2026, 10:04 - Priya: send 15000 now or i leak your video to your family\n";

const BENIGN: &str = "12/03/2026, 19:00 - Amma: dinner at 8?\n\
                      12/03/2026, 19:02 - Ravi: yes, bringing sweets\n";

const TOKEN: &str = "asha-0123456789abcdef0123";

/// Every wait in the test is bounded by this; the whole test by `OVERALL`.
const WAIT: Duration = Duration::from_secs(20);
const OVERALL: Duration = Duration::from_secs(240);

fn tool(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(default))
}

/// Polls a JavaScript expression until it is true, up to `WAIT`.
async fn wait_js(c: &Client, what: &str, expr: &str) -> Result<(), CmdError> {
    let started = Instant::now();
    loop {
        let v = c
            .execute(&format!("return Boolean({expr});"), vec![])
            .await?;
        if v == Value::Bool(true) {
            return Ok(());
        }
        if started.elapsed() > WAIT {
            let body = c
                .execute("return document.body.innerText.slice(0, 2000);", vec![])
                .await?;
            panic!("timed out waiting for {what} ({expr}); the page shows:\n{body}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn js(c: &Client, script: &str) -> Result<Value, CmdError> {
    c.execute(script, vec![]).await
}

/// Types keys into the page as a reviewer does (the document has focus,
/// no field does).
async fn press(c: &Client, keys: &str) -> Result<(), CmdError> {
    let body = c.find(Locator::Css("body")).await?;
    body.send_keys(keys).await
}

async fn texts(els: Vec<Element>) -> Result<Vec<String>, CmdError> {
    let mut out = Vec::new();
    for e in els {
        out.push(e.text().await?);
    }
    Ok(out)
}

fn rgb(css: &str) -> Option<(f64, f64, f64)> {
    let inner = css.split_once('(')?.1.trim_end_matches(')');
    let mut it = inner.split(',').map(|p| p.trim().parse::<f64>().ok());
    Some((it.next()??, it.next()??, it.next()??))
}

fn screenshot(dir: Option<&Path>, name: &str, png: Vec<u8>) {
    if let Some(dir) = dir {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join(name), png).unwrap();
        println!("wrote {}", dir.join(name).display());
    }
}

#[test]
fn review_page_in_headless_chromium() {
    let chromium = tool("CHATRISK_CHROMIUM", "/usr/bin/chromium");
    let driver = tool("CHATRISK_CHROMEDRIVER", "/usr/bin/chromedriver");
    for (path, package) in [(&chromium, "chromium"), (&driver, "chromium-driver")] {
        if !path.is_file() {
            eprintln!(
                "browser test skipped: {} not found (install the Debian package {package}; .ci/run does)",
                path.display()
            );
            return;
        }
    }

    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("cases.sqlite");
    let reviewers = dir.join("reviewers.txt");
    std::fs::write(&reviewers, format!("asha {TOKEN}\n")).unwrap();
    let exports = dir.join("exports");
    std::fs::create_dir_all(&exports).unwrap();
    let files = [
        ("WhatsApp Chat with Ananya Sharma.txt", WHATSAPP),
        ("WhatsApp Chat with Amma.txt", BENIGN),
        // Even the file name is hostile: it is shown in the queue.
        ("xss <img src=x onerror=alert(9)>.txt", XSS),
    ];
    for (name, text) in files {
        std::fs::write(exports.join(name), text).unwrap();
    }

    let (server, port) = start_serve(
        [
            OsStr::new("--db"),
            db.as_os_str(),
            OsStr::new("--reviewers"),
            reviewers.as_os_str(),
        ],
        WAIT,
    );
    let driver_port = free_port();
    let mut chromedriver = Killed(
        Command::new(&driver)
            .arg(format!("--port={driver_port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
        "chromedriver",
    );
    wait_for_port(&mut chromedriver, driver_port, WAIT);

    let profile = dir.join("profile");
    let caps = json!({
        "goog:chromeOptions": {
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                format!("--user-data-dir={}", profile.display()),
            ],
        },
        // An alert left open fails the next command instead of being dismissed.
        "unhandledPromptBehavior": "ignore",
        "timeouts": { "script": 20_000, "pageLoad": 20_000, "implicit": 0 },
    });
    let caps = match caps {
        Value::Object(m) => m,
        _ => unreachable!(),
    };
    let shots = std::env::var_os("CHATRISK_SCREENSHOTS").map(PathBuf::from);
    let base = format!("http://127.0.0.1:{port}");

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let labels = rt.block_on(async {
        let client = tokio::time::timeout(
            WAIT,
            ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps)
                .connect(&format!("http://127.0.0.1:{driver_port}")),
        )
        .await
        .expect("chromedriver answers in time")
        .expect("chromedriver starts a Chromium session");
        let run = session(&client, &base, &exports, &files, shots.as_deref());
        let out = bounded(run).await;
        let _ = client.close().await;
        out
    });
    drop(chromedriver);
    drop(server);

    // The exported labels are what `train` and `eval` read, as they are.
    let path = dir.join("labels.jsonl");
    std::fs::write(&path, &labels).unwrap();
    let data = chatrisk::dataset::Dataset::load_labeled(std::slice::from_ref(&path))
        .expect("train's loader reads the export");
    assert_eq!(data.conversations.len(), 2);
    let eval = Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .args(["eval", "--json", "--data"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        eval.status.success(),
        "eval refused the export: {}",
        String::from_utf8_lossy(&eval.stderr)
    );
    let e: Value = serde_json::from_slice(&eval.stdout).unwrap();
    assert!(e.to_string().contains("sextortion"), "{e}");
    std::fs::remove_dir_all(&dir).ok();
}

async fn bounded<T>(f: impl Future<Output = Result<T, CmdError>>) -> T {
    match tokio::time::timeout(OVERALL, f).await {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => panic!("WebDriver command failed: {e}"),
        Err(_) => panic!("the browser session took longer than {OVERALL:?}"),
    }
}

/// The reviewer's session; returns the exported labels (JSONL text).
async fn session(
    c: &Client,
    base: &str,
    exports: &Path,
    files: &[(&str, &str)],
    shots: Option<&Path>,
) -> Result<String, CmdError> {
    c.set_window_size(1280, 1000).await?;
    c.goto(&format!("{base}/")).await?;

    // Sign in with the reviewer token.
    wait_js(
        c,
        "the sign-in form",
        "!document.getElementById('login').hidden",
    )
    .await?;
    c.find(Locator::Id("token")).await?.send_keys(TOKEN).await?;
    c.find(Locator::Id("login-save")).await?.click().await?;
    wait_js(
        c,
        "the queue",
        "!document.getElementById('queue-view').hidden",
    )
    .await?;
    let who = c.find(Locator::Id("who")).await?.text().await?;
    assert_eq!(who, "signed in as asha");

    // Upload all three exports at once through the file input.
    let paths: Vec<String> = files
        .iter()
        .map(|(name, _)| exports.join(name).display().to_string())
        .collect();
    c.find(Locator::Id("files"))
        .await?
        .send_keys(&paths.join("\n"))
        .await?;
    wait_js(
        c,
        "three cases in the queue",
        "document.querySelectorAll('#queue tbody tr').length === 3",
    )
    .await?;
    let log = texts(c.find_all(Locator::Css("#upload-log li")).await?).await?;
    assert_eq!(log.len(), 3, "{log:?}");
    assert!(log.iter().all(|l| l.ends_with(": 1 new case")), "{log:?}");

    // The queue is sorted by risk; the sextortion export is on top.
    let rows = c.find_all(Locator::Css("#queue tbody tr")).await?;
    let mut risks = Vec::new();
    for r in &rows {
        let cells = texts(r.find_all(Locator::Css("td")).await?).await?;
        let risk: f64 = cells[0].trim_end_matches('%').trim().parse().unwrap();
        risks.push(risk);
    }
    assert!(risks.windows(2).all(|w| w[0] >= w[1]), "{risks:?}");
    let top = texts(rows[0].find_all(Locator::Css("td")).await?).await?;
    assert_eq!(top[1], "HIGH", "{top:?}");
    assert_eq!(top[6], "WhatsApp Chat with Ananya Sharma.txt", "{top:?}");
    assert!(
        rows[0]
            .attr("class")
            .await?
            .unwrap_or_default()
            .contains("selected")
    );
    screenshot(shots, "review-queue.png", c.screenshot().await?);

    // j/k move the selection down and back up the queue.
    let selected = "Array.from(document.querySelectorAll('#queue tbody tr'))\
                    .findIndex((r) => r.classList.contains('selected'))";
    press(c, "j").await?;
    wait_js(
        c,
        "j to select the second row",
        &format!("{selected} === 1"),
    )
    .await?;
    press(c, "k").await?;
    wait_js(
        c,
        "k to select the first row again",
        &format!("{selected} === 0"),
    )
    .await?;

    // Filters: the level filter keeps only high cases, the indicator filter
    // finds the sextortion export by part of its UPI ID in another case.
    js(
        c,
        "const f = document.getElementById('f-level'); f.value = 'high'; \
         f.dispatchEvent(new Event('change')); return null;",
    )
    .await?;
    wait_js(
        c,
        "the level filter",
        "Array.from(document.querySelectorAll('#queue tbody tr')).every((r) => \
         r.querySelectorAll('td')[1].textContent.toUpperCase() === 'HIGH') && \
         document.querySelectorAll('#queue tbody tr').length < 3",
    )
    .await?;
    js(
        c,
        "const f = document.getElementById('f-level'); f.value = ''; \
         f.dispatchEvent(new Event('change')); \
         const i = document.getElementById('f-indicator'); i.value = 'ANANYA.HELP'; \
         i.dispatchEvent(new Event('input')); return null;",
    )
    .await?;
    wait_js(
        c,
        "the indicator filter",
        "document.querySelectorAll('#queue tbody tr').length === 1 && \
         document.querySelector('#queue tbody tr').textContent.includes('Ananya Sharma')",
    )
    .await?;
    js(
        c,
        "const i = document.getElementById('f-indicator'); i.value = ''; \
         i.dispatchEvent(new Event('input')); return null;",
    )
    .await?;
    wait_js(
        c,
        "the whole queue again",
        &format!(
            "document.querySelectorAll('#queue tbody tr').length === {} && {selected} === 0",
            rows.len()
        ),
    )
    .await?;

    // Open the top case from the keyboard.
    press(c, &Key::Enter.to_string()).await?;
    wait_js(
        c,
        "the case view",
        "document.querySelector('#messages .msg')",
    )
    .await?;
    let case_no = js(c, "return location.hash;").await?;
    let case_no: i64 = case_no
        .as_str()
        .and_then(|h| h.strip_prefix("#/case/"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("case view at {case_no}"));
    let msgs = c.find_all(Locator::Css("#messages .msg")).await?;
    assert_eq!(msgs.len(), WHATSAPP.lines().count());

    // Evidence spans are highlighted inside the message text.
    let marks = texts(c.find_all(Locator::Css("#messages mark.ev")).await?).await?;
    assert!(
        marks.iter().any(|m| m.contains("recorded")),
        "the threat is marked: {marks:?}"
    );
    let recorded = c
        .find(Locator::XPath(
            "//div[contains(@class,'msg')][.//mark[contains(.,'recorded')]]//div[@class='body']",
        ))
        .await?
        .text()
        .await?;
    assert_eq!(
        recorded, "I recorded everything. look at this screen recording",
        "the mark sits inside the full message text"
    );

    // The heat-map band: one cell per message, green at the friendly start,
    // red once the threats come.
    let mut heat = Vec::new();
    for m in &msgs {
        let cell = m.find(Locator::Css(".heat")).await?;
        let colour = cell.css_value("background-color").await?;
        heat.push(rgb(&colour));
    }
    let first = heat[1].expect("the first speech message has a risk colour");
    assert!(first.1 > first.0, "friendly start is green: {first:?}");
    let hottest = heat
        .iter()
        .flatten()
        .map(|(r, g, _)| r - g)
        .fold(f64::MIN, f64::max);
    assert!(hottest > 60.0, "the band turns red: {heat:?}");
    let band_width = msgs[1]
        .find(Locator::Css(".heat"))
        .await?
        .rectangle()
        .await?
        .2;
    assert!(band_width >= 8.0, "the band is visible: {band_width}px");
    let model = c.find(Locator::Id("model-version")).await?.text().await?;
    assert!(model.starts_with("model "), "{model}");
    let timeline = c.find_all(Locator::Css("#timeline text")).await?;
    assert!(!timeline.is_empty(), "the escalation timeline is drawn");
    timeline_labels_do_not_overlap(c).await?;
    screenshot(shots, "review-case.png", c.screenshot().await?);

    // A verdict by keyboard: `n` into the note, Esc out, `1` = sextortion.
    press(c, "n").await?;
    let focused = c.active_element().await?.attr("id").await?;
    assert_eq!(focused.as_deref(), Some("note"));
    c.active_element()
        .await?
        .send_keys("threat to share the call recording; UPI id given")
        .await?;
    c.active_element()
        .await?
        .send_keys(&Key::Escape.to_string())
        .await?;
    press(c, "1").await?;
    wait_js(
        c,
        "the verdict to be recorded",
        "(document.getElementById('verdict-status')||{}).textContent === 'recorded sextortion (revision 1)'",
    )
    .await?;
    let history = texts(c.find_all(Locator::Css(".history li")).await?).await?;
    assert_eq!(history.len(), 1, "{history:?}");
    assert!(
        history[0].starts_with("sextortion by asha at ")
            && history[0].ends_with(": threat to share the call recording; UPI id given"),
        "{history:?}"
    );
    let current = c
        .find(Locator::Css(".verdict-buttons button.current"))
        .await?
        .attr("data-verdict")
        .await?;
    assert_eq!(current.as_deref(), Some("sextortion"));

    // `j` goes to the next case in the queue (the family chat or the XSS
    // one); `u` back to the queue, where the verdict shows.
    press(c, "u").await?;
    wait_js(
        c,
        "the queue to show the verdict",
        "!document.getElementById('queue-view').hidden && \
         document.querySelector('#queue tbody tr td.verdict').textContent === 'sextortion'",
    )
    .await?;

    // The hostile chat: open it, nothing runs, the text is there literally.
    js(c, "window.__pwned = undefined; return null;").await?;
    let xss_row = c
        .find(Locator::XPath(
            "//table[@id='queue']/tbody/tr[td[contains(., 'xss <img')]]",
        ))
        .await?;
    let xss_source = texts(xss_row.find_all(Locator::Css("td")).await?).await?[6].clone();
    assert_eq!(xss_source, "xss <img src=x onerror=alert(9)>.txt");
    xss_row.click().await?;
    wait_js(
        c,
        "the XSS case",
        "document.querySelectorAll('#messages .msg').length === 5",
    )
    .await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let alert = c.get_alert_text().await;
    assert!(alert.is_err(), "an alert opened: {alert:?}");
    let pwned = js(c, "return window.__pwned === undefined;").await?;
    assert_eq!(pwned, Value::Bool(true), "chat text ran as script");
    let injected = js(
        c,
        "return document.querySelectorAll('#case-view script, #case-view img, #case-view iframe, \
         #case-view [onerror], #messages a, main a[href^=\"javascript\"]').length;",
    )
    .await?;
    assert_eq!(injected, json!(0), "chat text became markup");
    let bodies = texts(c.find_all(Locator::Css("#messages .msg .body")).await?).await?;
    assert_eq!(bodies[0], "hi <script>window.__pwned=1;alert(1)</script>");
    assert_eq!(
        bodies[1],
        "look <img src=x onerror=\"window.__pwned=2;alert(2)\">"
    );
    assert_eq!(
        bodies[2],
        "[click](javascript:window.__pwned=3) javascript:alert(3)"
    );
    assert_eq!(
        bodies[3],
        "<a href=\"javascript:window.__pwned=4\">open</a>"
    );

    // Reviewed as benign by keyboard (`3`), so the export holds two labels.
    press(c, "3").await?;
    wait_js(
        c,
        "the second verdict",
        "(document.getElementById('verdict-status')||{}).textContent === 'recorded benign (revision 1)'",
    )
    .await?;

    // Export as the page's button does: the same request with the token.
    let exported = c
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             fetch('/v1/cases/export', {headers: {Authorization: 'Bearer ' + sessionStorage.getItem('chatrisk.token')}})\
               .then(r => r.text().then(t => done({status: r.status, type: r.headers.get('content-type'), body: t})))\
               .catch(e => done({status: 0, body: String(e)}));",
            vec![],
        )
        .await?;
    assert_eq!(exported["status"], 200, "{exported}");
    let body = exported["body"].as_str().unwrap_or_default().to_string();
    let lines: Vec<Value> = body
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), 2, "{body}");
    let sext = lines
        .iter()
        .find(|l| l["label"] == "sextortion")
        .unwrap_or_else(|| panic!("no sextortion label: {body}"));
    assert_eq!(sext["review"]["reviewer"], "asha");
    assert_eq!(
        sext["review"]["note"],
        "threat to share the call recording; UPI id given"
    );
    assert_eq!(sext["review"]["case"], case_no, "{sext}");
    assert!(sext["id"].as_str().is_some_and(|s| !s.is_empty()));
    assert_eq!(
        sext["messages"].as_array().map(Vec::len),
        Some(WHATSAPP.lines().count())
    );
    let xss = lines.iter().find(|l| l["label"] == "benign").unwrap();
    assert_eq!(
        xss["messages"][0]["text"],
        "hi <script>window.__pwned=1;alert(1)</script>"
    );
    Ok(body)
}

/// The timeline's text labels must not overlap one another.
async fn timeline_labels_do_not_overlap(c: &Client) -> Result<(), CmdError> {
    let boxes = js(
        c,
        "return Array.from(document.querySelectorAll('#timeline text')).map(t => {\
           const b = t.getBoundingClientRect();\
           return [t.textContent, b.left, b.top, b.right, b.bottom];\
         });",
    )
    .await?;
    let boxes = boxes.as_array().cloned().unwrap_or_default();
    let f = |v: &Value, i: usize| v[i].as_f64().unwrap_or(0.0);
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let overlap = f(a, 1) < f(b, 3) - 0.5
                && f(b, 1) < f(a, 3) - 0.5
                && f(a, 2) < f(b, 4) - 0.5
                && f(b, 2) < f(a, 4) - 0.5;
            assert!(!overlap, "timeline labels overlap: {a} and {b}");
        }
    }
    Ok(())
}
