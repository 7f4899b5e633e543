//! The model file is refused, with a message naming the problem, whenever it
//! is not exactly what was sealed; `chatrisk model verify` says so too.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chatrisk::Model;
use chatrisk::model::{EMBEDDED, ModelFile};

fn chatrisk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .args(args)
        .output()
        .expect("the chatrisk binary runs")
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-model-file-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write model file");
    p
}

/// The message `from_slice` refuses `bytes` with.
fn refusal(bytes: &[u8]) -> String {
    match Model::from_slice(bytes, "bad-model.json") {
        Ok(_) => panic!("a bad model file was accepted"),
        Err(e) => e.to_string(),
    }
}

fn embedded_file() -> ModelFile {
    serde_json::from_slice(EMBEDDED).expect("the embedded model parses")
}

/// The embedded model with the first weight of the first head changed.
fn edited_weight() -> Vec<u8> {
    let text = std::str::from_utf8(EMBEDDED).expect("model is UTF-8");
    let key = "\"value\":[";
    let at = text.find(key).expect("a weights array") + key.len();
    let rest = &text[at..];
    let end = rest.find([',', ']']).expect("end of first weight");
    let old = rest[..end].trim();
    let new = if old == "0.125" { "0.25" } else { "0.125" };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..at]);
    out.push_str(&rest[..end].replacen(old, new, 1));
    out.push_str(&rest[end..]);
    out.into_bytes()
}

/// Variants that keep a valid checksum (re-sealed) but break one check behind it.
fn resealed(edit: impl FnOnce(&mut ModelFile)) -> Vec<u8> {
    let mut file = embedded_file();
    edit(&mut file);
    file.to_json().expect("reseal").into_bytes()
}

#[test]
fn embedded_model_loads_and_verifies() {
    let model = Model::embedded().expect("embedded model loads");
    assert!(!model.heads().is_empty());
    let out = chatrisk(&["model", "verify"]);
    assert!(
        out.status.success(),
        "model verify failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = scratch("good");
    let path = write(&dir, "model.json", EMBEDDED);
    let out = chatrisk(&[
        "model",
        "verify",
        "--json",
        path.to_str().expect("utf-8 path"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("verify --json");
    assert_eq!(v["schema"], "chatrisk-model/1");
    assert_eq!(v["tokenizer_agrees"], true);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn truncated_model_is_refused() {
    for keep in [0, 1, EMBEDDED.len() / 3, EMBEDDED.len() - 3] {
        let msg = refusal(&EMBEDDED[..keep]);
        assert!(msg.contains("bad-model.json"), "{msg}");
        assert!(
            msg.contains("not valid JSON") && msg.contains("truncated"),
            "keep {keep}: {msg}"
        );
    }
}

#[test]
fn edited_weight_is_refused_by_checksum() {
    let bytes = edited_weight();
    assert_ne!(bytes, EMBEDDED);
    let msg = refusal(&bytes);
    assert!(msg.contains("checksum mismatch"), "{msg}");
    assert!(msg.contains("edited or corrupted"), "{msg}");
}

#[test]
fn wrong_schema_is_refused() {
    let text = std::str::from_utf8(EMBEDDED).expect("utf-8");
    let bytes = text.replacen("\"chatrisk-model/1\"", "\"chatrisk-model/9\"", 1);
    let msg = refusal(bytes.as_bytes());
    assert!(
        msg.contains("schema \"chatrisk-model/9\" is not supported"),
        "{msg}"
    );
    let msg = refusal(br#"{"hello": "world"}"#);
    assert!(msg.contains("not a chatrisk model file"), "{msg}");
    let msg = refusal(b"[1, 2, 3]");
    assert!(msg.contains("not a chatrisk model file"), "{msg}");
}

#[test]
fn wrong_signal_hash_is_refused() {
    let bytes = resealed(|f| f.signals.sha256 = "0".repeat(64));
    let msg = refusal(&bytes);
    assert!(msg.contains("signal tables differ"), "{msg}");
    assert!(msg.contains("retrain"), "{msg}");
}

#[test]
fn broken_layout_and_heads_are_refused() {
    let bytes = resealed(|f| {
        if let Some(head) = f.heads.values_mut().next() {
            head.weights.len -= 1;
        }
    });
    let msg = refusal(&bytes);
    assert!(
        msg.contains("weights for") && msg.contains("features"),
        "{msg}"
    );

    // An index past the end, and a non-finite weight, are refused by name.
    let bytes = resealed(|f| {
        if let Some(head) = f.heads.values_mut().next() {
            head.weights.index[0] = u32::MAX;
        }
    });
    assert!(refusal(&bytes).contains("out of range"));

    let bytes = resealed(|f| f.heads.clear());
    assert!(refusal(&bytes).contains("no heads"));

    let bytes = resealed(|f| f.thresholds.clear());
    assert!(refusal(&bytes).contains("no thresholds"));

    // An unknown top-level field is refused (deny_unknown_fields), not ignored.
    let mut value: serde_json::Value = serde_json::from_slice(EMBEDDED).expect("json");
    value["surprise"] = serde_json::json!(1);
    let msg = refusal(&serde_json::to_vec(&value).expect("json"));
    assert!(msg.contains("surprise"), "{msg}");
}

#[test]
fn verify_cli_refuses_bad_files_with_the_reason() {
    let dir = scratch("bad");
    let text = std::str::from_utf8(EMBEDDED).expect("utf-8");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated.json",
            EMBEDDED[..EMBEDDED.len() / 2].to_vec(),
            "truncated",
        ),
        ("edited.json", edited_weight(), "checksum mismatch"),
        (
            "schema.json",
            text.replacen("\"chatrisk-model/1\"", "\"chatrisk-model/9\"", 1)
                .into_bytes(),
            "is not supported",
        ),
        (
            "signals.json",
            resealed(|f| f.signals.sha256 = "0".repeat(64)),
            "signal tables differ",
        ),
    ];
    for (name, bytes, expect) in cases {
        let path = write(&dir, name, &bytes);
        let out = chatrisk(&["model", "verify", path.to_str().expect("utf-8 path")]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name}: verify passed");
        assert!(stderr.contains(expect), "{name}: {stderr}");
        assert!(
            stderr.contains(name),
            "{name}: the message does not name the file: {stderr}"
        );
        // Scoring with the bad model is refused the same way.
        let conv = write(
            &dir,
            "conv.jsonl",
            br#"{"id":"a","messages":[{"sender":"x","text":"hi"}]}"#,
        );
        let out = chatrisk(&[
            "score",
            "--json",
            "--model",
            path.to_str().expect("utf-8 path"),
            conv.to_str().expect("utf-8 path"),
        ]);
        assert!(!out.status.success(), "{name}: score ran with a bad model");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(expect),
            "{name}"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// Risk signals only ever raise risk: in the shipped model every weight the
/// trainer bounds (a head's own risk signals) is >= 0.
#[test]
fn risk_signal_weights_are_not_negative() {
    let model = chatrisk::model::Model::embedded().expect("embedded model");
    let names = &model.file().features.structural;
    for (head, h) in model.heads() {
        let bounded = chatrisk::model::train::nonnegative(head, names);
        assert!(bounded.iter().any(|b| *b), "{head}: no bounded features");
        for (i, b) in bounded.iter().enumerate() {
            if *b {
                assert!(
                    h.weights[i] >= 0.0,
                    "{head}: {} has weight {}",
                    names[i],
                    h.weights[i]
                );
            }
        }
        // And it is not vacuous: the video call request can only help sextortion.
        if head == "sextortion" {
            let i = names
                .iter()
                .position(|n| n == "sig:video_call_request")
                .expect("feature");
            assert!(bounded[i]);
        }
    }
}

/// The embedded model skips the content checksum at start-up (its bytes are
/// fixed at build time); this is the check that stands in for it, with the
/// build script's hash of the bytes.
#[test]
fn embedded_checksum_holds() {
    use sha2::{Digest, Sha256};
    let model = Model::embedded().expect("the embedded model loads");
    let v = model
        .verify("embedded", chatrisk::model::VERIFY_SAMPLES)
        .expect("the embedded model's content checksum holds");
    assert!(v.tokenizer_agrees, "fast and reference tokenizers disagree");
    let hex: String = Sha256::digest(EMBEDDED)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(model.sha256(), hex, "the build script hashed other bytes");
    let loaded = Model::from_slice(EMBEDDED, "copy").expect("loads from bytes");
    assert_eq!(loaded.sha256(), model.sha256());
}
