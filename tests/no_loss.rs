//! No loss: `chatrisk scan` over a directory of messy JSON Lines files gives
//! exactly one output record per non-blank input line, in per-file order,
//! errors carry file and line, and every valid record scores exactly as it
//! does when scored on its own by the library.
//!
//! Each case runs the real binary once (a model load), so cases are kept
//! few and large.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, OnceLock};

use chatrisk::import::{self, Format};
use chatrisk::{Model, Outcome, ScoreOptions, Scorer};

use proptest::prelude::*;
use serde_json::{Value, json};

/// Line cap passed to `scan`; "huge" lines are a little longer.
const CAP: usize = 2048;

const TEXTS: &[&str] = &[
    "hi dear, I saw your profile",
    "I recorded your video call, send 5000 now or I post it to your family",
    "paise bhejo warna video viral kar dunga",
    "पैसे भेजो नहीं तो वीडियो वायरल कर दूंगा",
    "v i d e o c@ll k4r0 abhi!!! 📹🔥",
    "pay to rahul.k@okaxis within 1 hour",
    "ok see you at 6 🙂",
    "p\u{200b}a\u{200d}y n\u{2060}ow",
    "Your KYC is pending, update at bit.ly/x1 or account blocked",
    "beware of such calls, report to 1930",
    "",
    "\"quoted\" \\ backslash \t tab",
];

/// What one physical line of a generated file is.
#[derive(Debug, Clone)]
enum Kind {
    Valid,
    Malformed,
    Truncated,
    BadUtf8,
    Huge,
    Blank,
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        5 => Just(Kind::Valid),
        2 => Just(Kind::Malformed),
        1 => Just(Kind::Truncated),
        1 => Just(Kind::BadUtf8),
        1 => Just(Kind::Huge),
        1 => Just(Kind::Blank),
    ]
}

/// What the output record for a line must be.
#[derive(Debug)]
enum Expect {
    Report {
        id: String,
        line: Vec<u8>,
    },
    /// An error; the id when the record had a readable one.
    Error {
        id: Option<String>,
    },
    Nothing,
}

fn valid_line(id: &str, seed: u32) -> String {
    let n = 1 + (seed as usize % 4);
    let messages: Vec<Value> = (0..n)
        .map(|i| {
            let text = TEXTS[(seed as usize / 4 + i * 7) % TEXTS.len()];
            let sender = if i % 2 == 0 { "Asha" } else { "Ravi" };
            json!({"sender": sender, "text": text})
        })
        .collect();
    json!({"id": id, "label": "benign", "messages": messages}).to_string()
}

/// Bytes of one line (without its newline) and what it must produce.
fn materialize(kind: &Kind, id: &str, seed: u32, first: bool) -> (Vec<u8>, Expect) {
    match kind {
        Kind::Valid => {
            let line = valid_line(id, seed).into_bytes();
            (
                line.clone(),
                Expect::Report {
                    id: id.into(),
                    line,
                },
            )
        }
        Kind::Malformed => {
            let (text, has_id) = match seed % 7 {
                0 => (format!(r#"{{"id":"{id}","messages":5}}"#), true),
                1 => (format!(r#"{{"id": "{id}", "messages": ["#), false),
                2 => (format!("not json at all {id}"), false),
                3 => (
                    format!(r#"{{"id":"{id}","messages":[{{"sender":"x"}}]}}"#),
                    true,
                ),
                4 => (r#""just a string""#.to_string(), false),
                5 => (
                    format!(r#"{{"id":"{id}","messages":[{{"sender":"x","text":1}}]}}"#),
                    true,
                ),
                // An array line starting a file makes the file one JSON
                // document to `scan`; keep it off first lines (see the report).
                _ if first => ("{}}".to_string(), false),
                _ => ("[1, 2, 3]".to_string(), false),
            };
            let id = has_id.then(|| id.to_string());
            (text.into_bytes(), Expect::Error { id })
        }
        Kind::Truncated => {
            let full = valid_line(id, seed);
            let mut cut = 1 + seed as usize % (full.len() - 1);
            while !full.is_char_boundary(cut) {
                cut -= 1;
            }
            (full.as_bytes()[..cut].to_vec(), Expect::Error { id: None })
        }
        Kind::BadUtf8 => {
            let full = valid_line(id, seed);
            let at = full.find("\"text\":\"").map_or(1, |i| i + 8);
            let mut bytes = full.into_bytes();
            bytes.insert(at, 0xFF);
            (bytes, Expect::Error { id: None })
        }
        Kind::Huge => {
            let filler = "x".repeat(CAP + 1 + seed as usize % 100);
            let line = json!({"id": id, "messages": [{"sender": "a", "text": filler}]}).to_string();
            (line.into_bytes(), Expect::Error { id: None })
        }
        Kind::Blank => {
            let blank = ["", "   ", "\t", "\r"][seed as usize % 4];
            (blank.as_bytes().to_vec(), Expect::Nothing)
        }
    }
}

fn scratch(tag: &str) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-no-loss-{}-{tag}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn run(args: &[&str]) -> (i32, Vec<Value>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .args(args)
        .output()
        .expect("the chatrisk binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let records = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("scan prints JSON lines"))
        .collect();
    (out.status.code().unwrap_or(-1), records, stderr)
}

/// A valid line scored on its own by the library, as `score --json` prints it.
fn score_alone(line: &[u8]) -> Value {
    static SCORER: OnceLock<Scorer> = OnceLock::new();
    let scorer =
        SCORER.get_or_init(|| Scorer::new(Arc::new(Model::embedded().expect("embedded model"))));
    let records = import::import_bytes(line, "alone.jsonl", Some(Format::Jsonl));
    assert_eq!(records.len(), 1);
    let outcome = match records.into_iter().next() {
        Some(Ok(conv)) => Outcome::Report(Box::new(scorer.score(&conv, &ScoreOptions::default()))),
        other => panic!("a valid line did not import: {other:?}"),
    };
    serde_json::from_str(&outcome.to_json_line()).expect("outcome JSON")
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

/// One generated file: its lines (kind, seed) and whether it ends in a newline.
type FileSpec = (Vec<(Kind, u32)>, bool);

fn check(files: &[FileSpec]) -> Result<(), TestCaseError> {
    let dir = scratch("in");
    let mut expected: Vec<(String, usize, Expect)> = Vec::new();
    for (fi, (lines, trailing_newline)) in files.iter().enumerate() {
        let name = format!("f{fi:02}.jsonl");
        let mut bytes = Vec::new();
        let mut first = true;
        for (li, (kind, seed)) in lines.iter().enumerate() {
            let id = format!("f{fi}-l{}", li + 1);
            let (line, expect) = materialize(kind, &id, *seed, first);
            first &= matches!(expect, Expect::Nothing);
            bytes.extend_from_slice(&line);
            if li + 1 < lines.len() || *trailing_newline {
                bytes.push(b'\n');
            }
            expected.push((name.clone(), li + 1, expect));
        }
        std::fs::write(dir.join(&name), &bytes).expect("write input");
    }
    let cap = CAP.to_string();
    let (code, records, stderr) =
        run(&["scan", "--quiet", "--max-line-bytes", &cap, path_str(&dir)]);
    prop_assert!(code == 0 || code == 1, "scan exited {code}: {stderr}");
    let wanted: Vec<&(String, usize, Expect)> = expected
        .iter()
        .filter(|(_, _, e)| !matches!(e, Expect::Nothing))
        .collect();
    prop_assert_eq!(
        records.len(),
        wanted.len(),
        "one output per non-blank line; stderr: {}",
        stderr
    );

    for (got, (file, line, expect)) in records.iter().zip(&wanted) {
        match expect {
            Expect::Report { id, line: bytes } => {
                prop_assert_eq!(
                    got["id"].as_str(),
                    Some(id.as_str()),
                    "{} line {}: {}",
                    file,
                    line,
                    got
                );
                prop_assert!(got.get("error").is_none(), "{}", got);
                let single = score_alone(bytes);
                // `scan` adds where the record came from; scoring alone does not.
                let mut got = got.clone();
                let source = got.as_object_mut().and_then(|o| o.remove("source"));
                prop_assert_eq!(
                    source.as_ref().and_then(|s| s["line"].as_u64()),
                    Some(*line as u64),
                    "{} line {}: source {:?}",
                    file,
                    line,
                    source
                );
                prop_assert!(
                    source
                        .as_ref()
                        .and_then(|s| s["path"].as_str())
                        .is_some_and(|p| p.ends_with(file.as_str())),
                    "{} line {}: source {:?}",
                    file,
                    line,
                    source
                );
                prop_assert_eq!(
                    &got,
                    &single,
                    "{} line {}: scored differently alone",
                    file,
                    line
                );
            }
            Expect::Error { id } => {
                let err = got["error"].as_str();
                prop_assert!(
                    err.is_some(),
                    "{} line {}: expected an error, got {}",
                    file,
                    line,
                    got
                );
                let source = got["source"].as_str().unwrap_or_default();
                prop_assert!(
                    source.ends_with(file.as_str()),
                    "error names {source}, not {file}"
                );
                prop_assert_eq!(got["line"].as_u64(), Some(*line as u64), "{}", got);
                if let Some(id) = id {
                    prop_assert_eq!(got["id"].as_str(), Some(id.as_str()), "{}", got);
                }
            }
            Expect::Nothing => {}
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn scan_keeps_every_record(
        files in prop::collection::vec(
            (prop::collection::vec((kind(), any::<u32>()), 0..24), any::<bool>()),
            1..4,
        )
    ) {
        check(&files)?;
    }
}

/// Every line kind at the head of a file, deterministically.
#[test]
fn every_kind_may_start_a_file() {
    let kinds = [
        Kind::Valid,
        Kind::Malformed,
        Kind::Truncated,
        Kind::BadUtf8,
        Kind::Huge,
        Kind::Blank,
    ];
    let files: Vec<FileSpec> = kinds
        .iter()
        .enumerate()
        .map(|(i, k)| {
            (
                vec![
                    (k.clone(), i as u32 * 3),
                    (Kind::Valid, 1),
                    (Kind::Malformed, i as u32),
                    (Kind::Valid, 9),
                ],
                i % 2 == 0,
            )
        })
        .collect();
    if let Err(e) = check(&files) {
        panic!("{e}");
    }
}

/// A zip whose `_chat.txt` inflates past the CLI's 64 MiB expansion cap
/// (about 65 KB on disk).
fn zip_bomb() -> Vec<u8> {
    use std::io::Write;
    let line = b"12/02/2026, 10:00 - Ravi: hello, are you coming to the meeting today?\n";
    let chunk = line.repeat(1024 * 1024 / line.len());
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    z.start_file("_chat.txt", opts).expect("zip entry");
    for _ in 0..66 {
        z.write_all(&chunk).expect("zip write");
    }
    z.finish().expect("zip finish");
    buf.into_inner()
}

/// The messy files of [`every_kind_may_start_a_file`] plus a symbolic-link
/// loop back to the tree, a second link to it, a FIFO and a zip bomb: each
/// real file is read once, the FIFO and the bomb are one error record each,
/// naming them, and the scan ends.
#[cfg(unix)]
#[test]
fn symlink_loops_fifos_and_zip_bombs_are_each_accounted_for() {
    let dir = scratch("hazards");
    let mut bytes = Vec::new();
    for (i, kind) in [Kind::Valid, Kind::Malformed, Kind::Valid]
        .iter()
        .enumerate()
    {
        let (line, _) = materialize(kind, &format!("h-l{}", i + 1), i as u32, i == 0);
        bytes.extend_from_slice(&line);
        bytes.push(b'\n');
    }
    std::fs::create_dir_all(dir.join("a")).expect("dir");
    std::fs::write(dir.join("a/chats.jsonl"), &bytes).expect("write");
    std::os::unix::fs::symlink(&dir, dir.join("a/loop")).expect("symlink");
    std::os::unix::fs::symlink(dir.join("a"), dir.join("b")).expect("symlink");
    std::fs::write(dir.join("bomb.zip"), zip_bomb()).expect("write bomb");
    let fifo = dir.join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status();
    let have_fifo = made.is_ok_and(|s| s.success());

    let (code, records, stderr) = run(&["scan", path_str(&dir)]);
    assert_eq!(code, 1, "{stderr}");
    let source_of = |r: &Value| {
        r["source"]["path"]
            .as_str()
            .or(r["source"].as_str())
            .unwrap_or_default()
            .to_string()
    };
    // a/chats.jsonl, read once (not again through a/loop or b): two reports
    // and the malformed line's error, in order.
    let chats: Vec<&Value> = records
        .iter()
        .filter(|r| source_of(r).ends_with("chats.jsonl"))
        .collect();
    assert_eq!(chats.len(), 3, "{records:?}\n{stderr}");
    assert_eq!(chats[0]["id"], "h-l1");
    assert!(chats[1]["error"].is_string(), "{}", chats[1]);
    assert_eq!(chats[2]["id"], "h-l3");
    let bomb: Vec<&Value> = records
        .iter()
        .filter(|r| source_of(r).ends_with("bomb.zip"))
        .collect();
    assert_eq!(bomb.len(), 1, "{records:?}");
    assert!(
        bomb[0]["error"]
            .as_str()
            .is_some_and(|e| e.contains("expands to more than")),
        "{}",
        bomb[0]
    );
    let pipes: Vec<&Value> = records
        .iter()
        .filter(|r| source_of(r).ends_with("pipe"))
        .collect();
    if have_fifo {
        assert_eq!(pipes.len(), 1, "{records:?}");
        assert!(
            pipes[0]["error"]
                .as_str()
                .is_some_and(|e| e.contains("FIFO")),
            "{}",
            pipes[0]
        );
    }
    let expected = 3 + 1 + usize::from(have_fifo);
    assert_eq!(
        records.len(),
        expected,
        "nothing else and nothing twice: {records:?}"
    );
    assert!(
        stderr.contains("symlink loop"),
        "the loop is reported as skipped: {stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Progress follows the records scored, not the reader, which runs ahead of
/// scoring by up to a channel's worth of records: otherwise the ETA reaches
/// 0 s while most of the work is still to do.
#[test]
fn scan_progress_counts_bytes_of_records_scored_not_bytes_read_ahead() {
    let dir = std::env::temp_dir().join(format!("chatrisk-progress-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("many.jsonl");
    let filler = "x".repeat(900);
    let mut text = String::new();
    for i in 0..4000 {
        let line = json!({"id": format!("c{i:05}"), "messages": [{"sender": "a", "text": filler}]});
        let mut l = line.to_string();
        l.push('\n');
        text.push_str(&l);
    }
    let line_len = text.lines().next().unwrap().len() as u64 + 1;
    std::fs::write(&file, &text).unwrap();
    let emitted = std::cell::Cell::new(0u64);
    let worst = std::cell::Cell::new(0i64);
    let scorer = Scorer::new(Arc::new(Model::embedded().expect("embedded model")));
    chatrisk::scan::scan(
        &[file],
        &scorer,
        &ScoreOptions::default(),
        &chatrisk::scan::ScanOptions::default(),
        |done| {
            // What was read beyond the records emitted, less one read buffer.
            let ahead = done as i64 - (emitted.get() * line_len) as i64 - (1 << 16);
            worst.set(worst.get().max(ahead));
        },
        |_| emitted.set(emitted.get() + 1),
    );
    assert_eq!(emitted.get(), 4000);
    assert!(
        worst.get() <= 0,
        "progress ran {} bytes ahead of scoring",
        worst.get()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
