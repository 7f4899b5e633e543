//! Regression tests: inputs found by fuzzing or review that once misbehaved,
//! and pathological inputs that must finish (no timing assertions here; see
//! `benches/pathological.rs` for the figures).

use std::sync::{Arc, OnceLock};

use chatrisk::import::{self, Format, JsonlReader, MAX_MESSAGE_BYTES, Record};
use chatrisk::normalize::Normalizer;
use chatrisk::{Conversation, Message, Model, ScoreOptions, Scorer};

fn scorer() -> &'static Scorer {
    static S: OnceLock<Scorer> = OnceLock::new();
    S.get_or_init(|| Scorer::new(Arc::new(Model::embedded().expect("embedded model"))))
}

fn err(r: &Record) -> String {
    r.as_ref().err().map(|e| e.to_string()).unwrap_or_default()
}

fn ids(records: &[Record]) -> Vec<String> {
    records
        .iter()
        .map(|r| match r {
            Ok(c) => c.id.clone(),
            Err(e) => format!("error@{}", e.location.line.unwrap_or(0)),
        })
        .collect()
}

// --- Limits -----------------------------------------------------------------

#[test]
fn whatsapp_line_over_the_cap_is_an_error_record() {
    let mut chat = b"12/03/2024, 21:04 - Asha: hi\n12/03/2024, 21:05 - Ravi: ".to_vec();
    chat.extend(std::iter::repeat_n(b'a', MAX_MESSAGE_BYTES + 1));
    chat.extend_from_slice(b"\n12/03/2024, 21:06 - Asha: ok\n");
    let recs = import::import_bytes(&chat, "chat.txt", None);
    assert_eq!(recs.len(), 1);
    let msg = err(&recs[0]);
    assert!(msg.starts_with("chat.txt:2:"), "{msg}");
    assert!(msg.contains("cap"), "{msg}");
}

#[test]
fn transcript_message_over_the_cap_is_an_error_record() {
    // Many short continuation lines joined into one huge message.
    let mut text = String::from("Asha: start\n");
    let line = format!("{}\n", "b".repeat(1000));
    for _ in 0..(MAX_MESSAGE_BYTES / 1000 + 2) {
        text.push_str(&line);
    }
    let recs = import::import_bytes(text.as_bytes(), "t.txt", Some(Format::Transcript));
    assert_eq!(recs.len(), 1);
    let msg = err(&recs[0]);
    assert!(msg.contains("message 0") && msg.contains("cap"), "{msg}");
}

#[test]
fn text_exports_under_the_cap_still_import() {
    let mut chat = b"12/03/2024, 21:04 - Asha: ".to_vec();
    chat.extend(std::iter::repeat_n(b'a', MAX_MESSAGE_BYTES - 100));
    let recs = import::import_bytes(&chat, "chat.txt", Some(Format::WhatsApp));
    assert!(recs[0].is_ok(), "{}", err(&recs[0]));
}

#[test]
fn jsonl_reader_skips_long_lines_without_holding_them() {
    let long = format!(
        r#"{{"id":"x","messages":[{{"sender":"a","text":"{}"}}]}}"#,
        "y".repeat(5000)
    );
    let input = format!("{long}\n{{\"id\":\"ok\",\"messages\":[]}}\n");
    let recs: Vec<Record> = JsonlReader::new(input.as_bytes(), "in.jsonl")
        .with_max_line_bytes(1000)
        .collect();
    assert_eq!(ids(&recs), ["error@1", "ok"]);
    assert!(err(&recs[0]).contains("longer than 1000 bytes"));
}

#[test]
fn deeply_nested_json_is_a_clean_error() {
    for depth in [200, 10_000, 1_000_000] {
        let mut doc = br#"{"id":"deep","messages":[{"sender":"a","text":"x","meta":"#.to_vec();
        doc.extend(std::iter::repeat_n(b'[', depth));
        doc.extend(std::iter::repeat_n(b']', depth));
        doc.extend_from_slice(b"}]}");
        // As one document, as a JSON Lines line, and as an array.
        let recs = import::import_bytes(&doc, "deep.json", None);
        assert_eq!(recs.len(), 1);
        assert!(
            err(&recs[0]).contains("recursion limit"),
            "{}",
            err(&recs[0])
        );
        let mut lines = doc.clone();
        lines.extend_from_slice(b"\n{\"id\":\"ok\",\"messages\":[]}\n");
        let recs: Vec<Record> = JsonlReader::new(lines.as_slice(), "deep.jsonl")
            .with_max_line_bytes(usize::MAX)
            .collect();
        assert_eq!(ids(&recs), ["error@1", "ok"]);
        let arr = [b"[".as_slice(), &doc, b"]"].concat();
        let recs = import::import_bytes(&arr, "deep.json", None);
        assert!(recs.iter().all(|r| r.is_err()), "{:?}", ids(&recs));
        // Every importer on the bare nesting.
        let bare = [vec![b'['; depth], vec![b']'; depth]].concat();
        for f in Format::ALL {
            let recs = import::import_bytes(&bare, "bare", Some(f));
            assert!(!recs.is_empty());
        }
    }
}

// --- Detection of damaged JSON Lines files ------------------------------------

#[test]
fn jsonl_file_with_a_damaged_first_line_is_read_line_by_line() {
    let good = r#"{"id":"a","messages":[{"sender":"x","text":"hi"}]}"#;
    for first in [
        "not json at all",
        "\"just a string\"",
        "\u{FFFD}garbage",
        "[1, 2",
    ] {
        let input = format!("{first}\n{good}\n{}\n", good.replace("\"a\"", "\"b\""));
        let recs = import::import_bytes(input.as_bytes(), "dump.jsonl", None);
        assert_eq!(ids(&recs), ["error@1", "a", "b"], "first line {first:?}");
    }
    // Without the .jsonl name, text that is not JSON is still a transcript.
    let recs = import::import_bytes(b"Asha: hi\nRavi: hello", "notes.txt", None);
    assert_eq!(recs.len(), 1);
    assert!(recs[0].is_ok());
}

// --- Pathological inputs complete ---------------------------------------------

fn score(conv: &Conversation) -> chatrisk::Report {
    let opts = ScoreOptions {
        timeline: true,
        ..ScoreOptions::default()
    };
    scorer().score(conv, &opts)
}

/// The signals named in a report's evidence.
fn evidence_signals(r: &chatrisk::Report) -> Vec<&str> {
    let mut s: Vec<&str> = r.evidence.iter().map(|e| e.signal.as_str()).collect();
    s.sort_unstable();
    s.dedup();
    s
}

#[test]
fn hundred_thousand_messages_score() {
    let messages: Vec<Message> = (0..100_000)
        .map(|i| {
            Message::new(
                if i % 2 == 0 { "a" } else { "b" },
                "send 5000 now or I share the video",
            )
        })
        .collect();
    let r = score(&Conversation::new("long", messages));
    assert_eq!(r.messages, 100_000);
    // Every message was scored: one running risk per message.
    assert_eq!(r.timeline.as_ref().map(Vec::len), Some(100_000));
    // The demand is found and cited, inside the conversation.
    assert!(
        evidence_signals(&r).contains(&"money_demand"),
        "{:?}",
        r.evidence
    );
    assert!(r.evidence.iter().all(|e| e.message < 100_000));
}

#[test]
fn a_million_emoji_and_zero_width_chars_finish() {
    let normalizer = Normalizer::default();
    let emoji = "😀🔥🙏📸".repeat(250_000);
    let n = normalizer.normalize(&emoji);
    assert!(n.original_span(0, n.len()).1 <= emoji.len());
    // Emoji alone say nothing: no evidence, the lowest level.
    let r = score(&Conversation::new("e", vec![Message::new("a", emoji)]));
    assert_eq!((r.messages, r.evidence.len()), (1, 0));
    assert_eq!(r.level, chatrisk::Level::Low, "risk {}", r.risk);

    let zw = "\u{200b}".repeat(1_000_000);
    assert!(normalizer.normalize(&zw).is_empty());
    let r = score(&Conversation::new("z", vec![Message::new("a", zw)]));
    assert_eq!((r.messages, r.evidence.len()), (1, 0));
    assert_eq!(r.level, chatrisk::Level::Low, "risk {}", r.risk);

    // Zero-width characters inside a word are removed, not word breaks:
    // the normalized text is the word itself, over and over.
    let split = "p\u{200b}a\u{200d}y ".repeat(250_000);
    let n = normalizer.normalize(&split);
    assert!(
        n.as_str().split(' ').all(|w| w == "pay"),
        "{:?}",
        &n.as_str()[..40]
    );
    let r = score(&Conversation::new("s", vec![Message::new("a", split)]));
    assert_eq!(r.messages, 1);
    // Spans of whatever it cites are byte offsets into the original text.
    assert!(r.evidence.iter().all(|e| e.span[0] < e.span[1]));

    let spaced = "v i d e o ".repeat(100_000);
    assert!(!normalizer.normalize(&spaced).is_empty());
}
