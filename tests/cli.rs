//! End-to-end tests of the `chatrisk` binary on the bundled model.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_chatrisk"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .current_dir(root())
        .output()
        .expect("run chatrisk")
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn score_json_follows_the_schema_in_input_order() {
    let out = run(&["score", "--json", "examples/data/conversations.jsonl"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results = lines(&out);
    let ids: Vec<&str> = results.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["case-101", "case-102", "case-103", "case-104", "case-105"]
    );
    for r in &results {
        for key in [
            "risk",
            "level",
            "label",
            "scores",
            "stages",
            "evidence",
            "top_features",
            "indicators",
            "model",
        ] {
            assert!(r.get(key).is_some(), "missing {key} in {r}");
        }
        let risk = r["risk"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&risk));
    }
    // The obvious cases must come out right with the shipped model.
    assert_eq!(results[1]["label"], "sextortion");
    assert_eq!(results[3]["label"], "scam");
    assert_eq!(results[0]["label"], "benign");
    assert_eq!(results[4]["label"], "benign");
}

#[test]
fn evidence_spans_point_into_the_original_text() {
    let out = run(&["score", "--json", "examples/data/sextortion_whatsapp.txt"]);
    let r = &lines(&out)[0];
    let imported = run(&["import", "examples/data/sextortion_whatsapp.txt"]);
    let conv = &lines(&imported)[0];
    let evidence = r["evidence"].as_array().unwrap();
    assert!(!evidence.is_empty());
    for e in evidence {
        let m = e["message"].as_u64().unwrap() as usize;
        let text = conv["messages"][m]["text"].as_str().unwrap();
        let (s, t) = (
            e["span"][0].as_u64().unwrap() as usize,
            e["span"][1].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..t], e["text"].as_str().unwrap());
        assert_eq!(conv["messages"][m]["sender"], e["sender"]);
    }
    // Message indices count the system line too, as `import` emits them.
    assert_eq!(conv["messages"][0]["kind"], "system");
    assert!(
        r["stages"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["sender"] != "system")
    );
}

#[test]
fn timeline_has_one_point_per_message_and_alert_matches_it() {
    let out = run(&[
        "score",
        "--json",
        "--timeline",
        "examples/data/sextortion_whatsapp.txt",
    ]);
    let r = &lines(&out)[0];
    let timeline = r["timeline"].as_array().unwrap();
    assert_eq!(timeline.len(), r["messages"].as_u64().unwrap() as usize);
    let alert = r["first_alert_message"].as_u64().unwrap() as usize;
    assert!(timeline[alert].as_f64().unwrap() > timeline[0].as_f64().unwrap());
}

#[test]
fn scan_writes_one_line_per_input_conversation_and_reports_bad_records() {
    let dir = tempdir("scan");
    std::fs::copy(
        root().join("examples/data/conversations.jsonl"),
        dir.join("a.jsonl"),
    )
    .unwrap();
    std::fs::write(
        dir.join("b.jsonl"),
        "{\"id\":\"ok-1\",\"messages\":[{\"sender\":\"a\",\"text\":\"hi\"}]}\n\
         {\"id\":\"broken\",\"messages\":[{\"sender\":\"a\"\n\
         \n\
         {\"id\":\"ok-2\",\"messages\":[{\"sender\":\"b\",\"text\":\"send 5000 now\"}]}\n",
    )
    .unwrap();
    std::fs::write(dir.join("c.json"), [0xff, 0xfe, 0x00, b'{', 0xc3]).unwrap();
    std::fs::create_dir(dir.join("nested")).unwrap();
    std::fs::copy(
        root().join("examples/data/sextortion_whatsapp.txt"),
        dir.join("nested/chat.txt"),
    )
    .unwrap();
    let out_file = dir.join("results.jsonl");
    let out = run(&[
        "scan",
        "--quiet",
        dir.to_str().unwrap(),
        "--out",
        out_file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "some records failed: exit 1");
    let text = std::fs::read_to_string(&out_file).unwrap();
    let results: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // 5 + 3 records + 1 unreadable file + 1 WhatsApp chat (results.jsonl did not exist yet).
    let ids: Vec<String> = results
        .iter()
        .map(|r| {
            r["id"]
                .as_str()
                .map(String::from)
                .unwrap_or_else(|| format!("error@{}", r["line"]))
        })
        .collect();
    assert_eq!(results.len(), 10, "{ids:?}");
    assert_eq!(
        &ids[..5],
        ["case-101", "case-102", "case-103", "case-104", "case-105"]
    );
    assert_eq!(ids[5], "ok-1");
    assert!(
        results[6]["error"].is_string() && results[6]["line"] == 2,
        "{}",
        results[6]
    );
    assert!(results[6]["source"].as_str().unwrap().ends_with("b.jsonl"));
    assert_eq!(ids[7], "ok-2");
    assert!(results[8]["error"].is_string());
    assert_eq!(ids[9], "chat");
}

#[test]
fn scan_reads_stdin_as_a_filter() {
    let input = std::fs::read(root().join("examples/data/conversations.jsonl")).unwrap();
    let mut child = bin()
        .args(["scan", "--quiet", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "--quiet keeps stderr empty");
    assert_eq!(lines(&out).len(), 5);
}

#[test]
fn min_level_filters_output() {
    let out = run(&[
        "scan",
        "--quiet",
        "--min-level",
        "high",
        "examples/data/conversations.jsonl",
    ]);
    let results = lines(&out);
    assert!(!results.is_empty());
    assert!(results.iter().all(|r| r["level"] == "high"));
}

#[test]
fn redact_leaves_no_raw_identifiers_and_keeps_linking() {
    let out = run(&[
        "scan",
        "--quiet",
        "--redact",
        "examples/data/conversations.jsonl",
    ]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    for raw in [
        "cash.help.44@ybl",
        "priya.m@oksbi",
        "98111",
        "+919811122334",
        "Neha",
        "Amit",
        "Priya",
        "Karan",
    ] {
        assert!(!text.contains(raw), "{raw} leaked: {text}");
    }
    let results = lines(&out);
    let upi = |i: usize| {
        results[i]["indicators"]["upi"][0]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(upi(1).starts_with("<upi:"));
    assert_eq!(upi(1), upi(2), "the same UPI ID gets the same pseudonym");
}

#[test]
fn link_clusters_conversations_sharing_a_upi_id() {
    let dir = tempdir("link");
    let results = dir.join("results.jsonl");
    let out = run(&[
        "scan",
        "--quiet",
        "examples/data/conversations.jsonl",
        "--out",
        results.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let out = run(&["link", "--json", results.to_str().unwrap()]);
    assert!(out.status.success());
    let clusters = lines(&out);
    assert_eq!(clusters.len(), 1, "{clusters:?}");
    assert_eq!(
        clusters[0]["conversations"],
        serde_json::json!(["case-102", "case-103"])
    );
    assert_eq!(
        clusters[0]["shared"],
        serde_json::json!(["upi:cash.help.44@ybl"])
    );
    let text = run(&["link", results.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("cluster 1: 2 conversations"));
}

#[test]
fn explain_and_signals_show_the_conversation() {
    let out = run(&["explain", "examples/data/sextortion_whatsapp.txt"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("message by message"));
    assert!(text.contains("recording_claim"));
    let out = run(&["signals", "examples/data/sextortion_whatsapp.txt"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("stage timeline"));
    assert!(text.contains("leak_threat"));
    let out = run(&["explain", "--json", "examples/data/sextortion_whatsapp.txt"]);
    let v = &lines(&out)[0];
    assert_eq!(v["trace"].as_array().unwrap().len(), 13);
}

#[test]
fn import_converts_exports_to_canonical_jsonl() {
    let out = run(&["import", "examples/data/sextortion_whatsapp.txt"]);
    assert!(out.status.success());
    let convs = lines(&out);
    assert_eq!(convs.len(), 1);
    assert_eq!(convs[0]["messages"].as_array().unwrap().len(), 13);
    assert_eq!(convs[0]["messages"][1]["ts"], "2026-03-12T21:02:00");
    assert!(
        convs[0]["messages"][1]["text"]
            .as_str()
            .unwrap()
            .contains('😊')
    );
}

#[test]
fn policy_overrides_thresholds_and_bad_policies_are_refused() {
    let dir = tempdir("policy");
    let strict = dir.join("strict.toml");
    std::fs::write(
        &strict,
        "[sextortion]\nmedium = 1.0\nhigh = 1.0\n[scam]\nmedium = 1.0\nhigh = 1.0\n",
    )
    .unwrap();
    let out = run(&[
        "score",
        "--json",
        "--policy",
        strict.to_str().unwrap(),
        "examples/data/conversations.jsonl",
    ]);
    assert!(out.status.success());
    assert!(
        lines(&out)
            .iter()
            .all(|r| r["label"] == "benign" || r["risk"].as_f64() == Some(1.0))
    );
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "[sextortion]\nmedium = 0.9\nhigh = 0.2\n").unwrap();
    let out = run(&[
        "score",
        "--policy",
        bad.to_str().unwrap(),
        "examples/data/conversations.jsonl",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("medium <= high"));
    let unknown = dir.join("unknown.toml");
    std::fs::write(&unknown, "[romance]\nmedium = 0.5\nhigh = 0.9\n").unwrap();
    let out = run(&[
        "score",
        "--policy",
        unknown.to_str().unwrap(),
        "examples/data/conversations.jsonl",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("romance"));
}

#[test]
fn usage_errors_exit_2_and_missing_files_are_named() {
    let out = run(&["scan", "--min-level", "severe", "x"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["score", "--json", "no/such/file.jsonl"]);
    assert_eq!(out.status.code(), Some(1));
    let r = &lines(&out)[0];
    assert!(r["error"].as_str().unwrap().contains("cannot read"));
    assert_eq!(r["source"], "no/such/file.jsonl");
}

#[test]
fn model_verify_passes_on_the_shipped_model() {
    let out = run(&["model", "verify"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("agrees with"));
    let out = run(&["model", "verify", "models/chatrisk-model.json"]);
    assert!(out.status.success());
}

/// The shared public datasets live outside the repository; skip without them.
fn shared(name: &str) -> Option<PathBuf> {
    let p = root().join("../shared/data").join(name);
    p.exists().then_some(p)
}

#[test]
fn scanning_a_public_dataset_loses_nothing() {
    let Some(path) = shared("uci-sms-spam.jsonl") else {
        eprintln!("skipped: ../shared/data is not present");
        return;
    };
    let expected = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    let out = run(&["scan", "--quiet", path.to_str().unwrap()]);
    assert!(out.status.success());
    let results = lines(&out);
    assert_eq!(results.len(), expected);
    assert!(results.iter().all(|r| r.get("id").is_some()));
}

#[test]
fn eval_prints_every_figure() {
    let out = run(&["eval", "--data", "training/heldout/heldout.jsonl"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for figure in [
        "ROC-AUC",
        "PR-AUC",
        "recall@1%FPR",
        "ECE",
        "F0.5",
        "F_latency",
        "by source",
        "by lang",
        "confusion",
    ] {
        assert!(text.contains(figure), "missing {figure}");
    }
    let out = run(&["eval", "--json", "--data", "training/heldout/heldout.jsonl"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["conversations"], 206);
}

#[test]
fn unknown_labels_are_refused_with_file_line_and_a_suggestion() {
    let dir = tempdir("labels");
    let data = dir.join("typo.jsonl");
    std::fs::write(
        &data,
        "{\"id\":\"a\",\"label\":\"benign\",\"messages\":[{\"sender\":\"x\",\"text\":\"hi\"}]}\n\
         {\"id\":\"b\",\"label\":\"sextorsion\",\"messages\":[{\"sender\":\"x\",\"text\":\"pay\"}]}\n",
    )
    .expect("write");
    let path = data.to_str().expect("utf-8 path");
    for args in [
        vec!["eval", "--data", path],
        vec![
            "train",
            "--data",
            path,
            "--out",
            "/dev/null",
            "--labels",
            "benign,sextortion",
        ],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("typo.jsonl:2"), "{err}");
        assert!(err.contains("did you mean \"sextortion\"?"), "{err}");
    }
}

/// Exit codes: 3 when results cannot be written (a full disk), whether to
/// `--out` or to stdout; 2 stays for usage errors.
#[test]
#[cfg(target_os = "linux")]
fn a_full_disk_exits_3_not_the_usage_code() {
    let full = std::path::Path::new("/dev/full");
    if !full.exists() {
        return; // no /dev/full in this sandbox
    }
    let out = run(&["scan", "--quiet", "examples/data", "--out", "/dev/full"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("cannot write /dev/full") && stderr.contains("No space left"),
        "{stderr}"
    );

    for args in [
        &["scan", "--quiet", "examples/data"][..],
        &["import", "examples/data/conversations.jsonl"][..],
    ] {
        let out = bin()
            .args(args)
            .current_dir(root())
            .stdout(std::fs::File::create(full).expect("open /dev/full"))
            .output()
            .expect("run chatrisk");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {stderr}");
        assert!(stderr.contains("cannot write stdout"), "{args:?}: {stderr}");
    }
    assert_eq!(run(&["scan", "--no-such-flag"]).status.code(), Some(2));
}

/// `--out FILE` holds each result as soon as it is scored, before the scan
/// ends (a killed run keeps what it wrote).
#[test]
fn scan_out_is_flushed_per_record() {
    let dir = tempdir("flush");
    let out_file = dir.join("results.jsonl");
    let mut child = bin()
        .args(["scan", "--quiet", "-", "--out"])
        .arg(&out_file)
        .current_dir(root())
        .stdin(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    writeln!(
        stdin,
        r#"{{"id":"first","messages":[{{"sender":"a","text":"hi"}}]}}"#
    )
    .expect("write");
    stdin.flush().expect("flush");
    // The input stays open: the scan cannot have finished, so a line on
    // disk was flushed per record.
    let mut text = String::new();
    for _ in 0..300 {
        text = std::fs::read_to_string(&out_file).unwrap_or_default();
        if text.ends_with('\n') {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(
        child.try_wait().expect("wait").is_none(),
        "scan ended early"
    );
    let first: serde_json::Value = serde_json::from_str(text.trim()).expect("one JSON line");
    assert_eq!(first["id"], "first", "{text}");
    writeln!(
        stdin,
        r#"{{"id":"second","messages":[{{"sender":"a","text":"ok"}}]}}"#
    )
    .expect("write");
    drop(stdin);
    assert!(child.wait().expect("wait").success());
    let text = std::fs::read_to_string(&out_file).expect("read");
    assert_eq!(text.lines().count(), 2, "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
