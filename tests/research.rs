//! The researcher's commands end to end: `train` output, `eval` comparing
//! two models, and the threshold sweep.

use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run chatrisk")
}

fn ok(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON document ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

const DATA: &str = "training/corpus/handwritten-v2/t01.jsonl";
const DEV: &str = "training/heldout/heldout.jsonl";

/// Trains a small model on one writer's file (a few seconds), once per test.
fn small_model(dir: &str) -> (PathBuf, Output) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-research-{}-{dir}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let params = dir.join("params.toml");
    std::fs::write(&params, "epochs = 3\n[text]\nhash_bits = 12\n").expect("params");
    let model = dir.join("small.json");
    let out = run(&[
        "train",
        "--json",
        "--data",
        DATA,
        "--tokenizer",
        "models/tokenizer.json",
        "--params",
        params.to_str().expect("utf-8"),
        "--out",
        model.to_str().expect("utf-8"),
    ]);
    (model, out)
}

#[test]
fn train_json_is_one_document_and_progress_goes_to_stderr() {
    let (model, out) = small_model("train");
    let v = ok(&out);
    assert_eq!(v["out"], model.to_str().expect("utf-8"));
    assert_eq!(v["training"]["labels"]["sextortion"], 75);
    assert_eq!(v["training"]["data"][0]["conversations"], 220);
    let calib = v["training"]["calibration_conversations"]
        .as_u64()
        .expect("calibration count");
    assert!(calib > 0 && calib < 220, "{calib}");
    for head in ["sextortion", "scam"] {
        let auc = v["training"]["validation"][head]["roc_auc"]
            .as_f64()
            .expect("roc");
        assert!((0.0..=1.0).contains(&auc), "{head} {auc}");
    }
    let err = String::from_utf8_lossy(&out.stderr);
    for step in [
        "reading labeled data",
        "featurizing 220 conversations",
        "fitting heads: scam, sextortion",
        "calibrating on",
        "wrote",
    ] {
        assert!(err.contains(step), "stderr lacks {step:?}: {err}");
    }
    assert!(model.exists());
}

#[test]
fn train_summary_explains_its_figures() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-research-{}-human", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let params = dir.join("params.toml");
    std::fs::write(&params, "epochs = 2\n[text]\nhash_bits = 10\n").expect("params");
    let out = run(&[
        "train",
        "--quiet",
        "--data",
        DATA,
        "--tokenizer",
        "models/tokenizer.json",
        "--params",
        params.to_str().expect("utf-8"),
        "--out",
        dir.join("m.json").to_str().expect("utf-8"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "--quiet printed progress");
    let text = String::from_utf8_lossy(&out.stdout);
    for words in [
        "trained on 220 conversations",
        "calibration split:",
        "never fitted on",
        "ECE: calibration error",
    ] {
        assert!(text.contains(words), "summary lacks {words:?}:\n{text}");
    }
}

#[test]
fn eval_compares_two_models_on_the_same_data() {
    let (small, out) = small_model("compare");
    ok(&out);
    let small = small.to_str().expect("utf-8");
    let v = ok(&run(&[
        "eval", "--json", "--data", DEV, "--model", "embedded", "--model", small,
    ]));
    assert_eq!(v["conversations"], 206);
    let models = v["models"].as_array().expect("models");
    assert_eq!(models.len(), 2);
    assert_eq!(models[0]["model"], "embedded");
    assert_eq!(models[1]["model"], small);
    assert_ne!(models[0]["version"], models[1]["version"]);
    // Each model's figures are the same as evaluating it alone.
    let alone = ok(&run(&["eval", "--json", "--data", DEV, "--model", small]));
    assert_eq!(alone["heads"], models[1]["heads"]);
    // Paired counts: conversations one model gets right and the other wrong.
    let paired = &v["paired"][0];
    assert_eq!(paired["first"], "embedded");
    for h in paired["heads"].as_array().expect("heads") {
        let a = h["only_first_right"].as_u64().expect("count");
        let b = h["only_second_right"].as_u64().expect("count");
        assert!(a + b <= 206);
        let chi = h["mcnemar_chi2"].as_f64().expect("chi2");
        let expect = if a + b == 0 {
            0.0
        } else {
            ((a as f64 - b as f64).abs() - 1.0).max(0.0).powi(2) / (a + b) as f64
        };
        assert!((chi - expect).abs() < 1e-9, "{chi} vs {expect}");
    }
    let text = run(&[
        "eval", "--data", DEV, "--model", "embedded", "--model", small,
    ]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("[A] embedded") && text.contains("[B]"),
        "{text}"
    );
    assert!(text.contains("McNemar"), "{text}");
}

#[test]
fn sweep_is_monotone_over_thresholds_and_checks_its_step() {
    let v = ok(&run(&["eval", "--json", "--sweep", "--data", DEV]));
    let sweeps = v["sweep"].as_array().expect("sweep");
    assert_eq!(sweeps.len(), 2);
    for s in sweeps {
        let rows = s["rows"].as_array().expect("rows");
        assert_eq!(rows.len(), 19, "0.05 .. 0.95");
        assert_eq!(rows[0]["threshold"], 0.05);
        for pair in rows.windows(2) {
            let f = |r: &serde_json::Value, k: &str| r[k].as_f64().expect(k);
            assert!(f(&pair[1], "recall") <= f(&pair[0], "recall"));
            assert!(f(&pair[1], "benign_flagged") <= f(&pair[0], "benign_flagged"));
            assert!(pair[1]["flagged"].as_u64() <= pair[0]["flagged"].as_u64());
        }
        assert_eq!(s["benign"], 94);
    }
    let text = run(&["eval", "--sweep", "--sweep-step", "0.25", "--data", DEV]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("threshold sweep: sextortion"), "{text}");
    assert!(text.contains("benign flagged"), "{text}");
    assert!(text.contains("0.75"), "{text}");
    let bad = run(&["eval", "--sweep", "--sweep-step", "0", "--data", DEV]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("sweep-step"));
}

#[test]
fn eval_without_positives_of_a_head_counts_false_alarms_only() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-research-{}-sms", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let data = dir.join("sms.jsonl");
    std::fs::write(
        &data,
        "{\"id\":\"a\",\"label\":\"benign\",\"messages\":[{\"sender\":\"x\",\"text\":\"reached home, call you later\"}]}\n\
         {\"id\":\"b\",\"label\":\"scam\",\"messages\":[{\"sender\":\"x\",\"text\":\"Your KYC expired, update at http://kyc-upd.example now or account blocked\"}]}\n",
    )
    .expect("write");
    let out = run(&["eval", "--data", data.to_str().expect("utf-8")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("no sextortion conversations in this data: false alarms only"),
        "{text}"
    );
    // One-message items: no early-warning figures.
    assert!(!text.contains("early warning"), "{text}");
}

#[test]
fn eval_on_whole_chats_explains_its_early_warning_figures() {
    let out = run(&["eval", "--data", "training/heldout/heldout.jsonl"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("early warning: median first alert"), "{text}");
    // Each figure's meaning, once, under the heads.
    for term in [
        "first alert = 0-based index",
        "alert - demand = messages",
        "F_latency = F1 x speed",
    ] {
        assert_eq!(text.matches(term).count(), 1, "{term:?} in {text}");
    }
}

#[test]
fn scan_into_a_closed_pipe_ends_quietly_with_exit_0() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .args(["scan", "--quiet", "training/corpus/handwritten-v2"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("one line");
    assert!(first.starts_with('{'), "{first}");
    // The reader is gone (like `| head -1`); the scan must notice and stop.
    let out = child.wait_with_output().expect("wait");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn scan_summary_says_what_min_level_wrote_and_what_was_skipped() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-research-{}-media", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::copy(
        root().join("examples/data/conversations.jsonl"),
        dir.join("chats.jsonl"),
    )
    .expect("copy");
    std::fs::write(dir.join("IMG-0001.jpg"), b"\xff\xd8\xff\xe0 not a chat").expect("jpg");
    let out = run(&[
        "scan",
        "--min-level",
        "medium",
        dir.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let lines = String::from_utf8_lossy(&out.stdout).lines().count();
    assert!(
        err.contains(&format!(
            "written: {lines} lines (errors, and results at or above medium)"
        )),
        "{err}"
    );
    assert!(err.contains("skipped files: media 1"), "{err}");
    assert!(err.contains("conversations/s"), "{err}");
    let low = err.find("low").expect("low");
    assert!(
        err[low..].contains("medium") || !err.contains("medium "),
        "{err}"
    );
    // --include-all reads the image as a chat: it becomes an error record, not a skip.
    let all = run(&["scan", "--include-all", dir.to_str().expect("utf-8")]);
    let err = String::from_utf8_lossy(&all.stderr);
    assert!(!err.contains("skipped files: media"), "{err}");
}
