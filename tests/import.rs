//! Importer tests over the fixtures in `tests/fixtures/import/`.

use std::io::Write;
use std::path::{Path, PathBuf};

use chatrisk::import::{self, Format, JsonlReader, Record};
use chatrisk::{Conversation, Message, RecordError};
use proptest::prelude::*;

const FIXTURES: [&str; 9] = [
    "whatsapp_android.txt",
    "whatsapp_ios.txt",
    "telegram_single.json",
    "telegram_full.json",
    "instagram_message_1.json",
    "discord.json",
    "transcript.txt",
    "canonical.jsonl",
    "canonical_array.json",
];

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixture_path(name)).unwrap_or_default()
}

/// Imports a fixture by path with detection and returns the conversations, failing on errors.
fn convs(name: &str) -> Vec<Conversation> {
    import::import_path(&fixture_path(name), None)
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("{name}: unexpected error {e}")))
        .collect()
}

fn one(name: &str) -> Conversation {
    let mut all = convs(name);
    assert_eq!(all.len(), 1, "{name}: conversation count");
    all.remove(0)
}

fn senders(c: &Conversation) -> Vec<&str> {
    c.messages.iter().map(|m| m.sender.as_str()).collect()
}

fn system_flags(c: &Conversation) -> Vec<bool> {
    c.messages.iter().map(Message::is_system).collect()
}

fn assert_sorted(c: &Conversation) {
    let ts: Vec<&str> = c.messages.iter().filter_map(|m| m.ts.as_deref()).collect();
    assert!(
        ts.windows(2).all(|w| w[0] <= w[1]),
        "{}: not chronological: {ts:?}",
        c.id
    );
}

fn errors(records: &[Record]) -> Vec<&RecordError> {
    records.iter().filter_map(|r| r.as_ref().err()).collect()
}

#[test]
fn detection_by_content() {
    let expect = [
        ("whatsapp_android.txt", Format::WhatsApp),
        ("whatsapp_ios.txt", Format::WhatsApp),
        ("telegram_single.json", Format::Telegram),
        ("telegram_full.json", Format::Telegram),
        ("instagram_message_1.json", Format::Instagram),
        ("discord.json", Format::Discord),
        ("transcript.txt", Format::Transcript),
        ("canonical.jsonl", Format::Jsonl),
        ("canonical_array.json", Format::Jsonl),
    ];
    for (name, format) in expect {
        // No file name: content alone decides.
        assert_eq!(import::detect(&fixture(name), None), format, "{name}");
    }
}

#[test]
fn whatsapp_android() {
    let c = one("whatsapp_android.txt");
    assert_eq!(c.id, "whatsapp_android");
    assert_eq!(c.messages.len(), 12);
    assert_eq!(
        system_flags(&c),
        [
            true, true, true, true, false, false, false, true, false, true, true, false
        ]
    );
    assert_eq!(
        senders(&c),
        [
            "system",
            "Kavya",
            "Kavya",
            "+91 90000 12345",
            "Kavya",
            "Rohit",
            "+91 90000 12345",
            "Kavya",
            "Rohit",
            "+91 90000 12345",
            "Kavya",
            "Rohit"
        ]
    );
    assert_eq!(
        c.messages[5].text,
        "Haan bilkul\nSunday ko milte hain?\nMain cake le aaunga"
    );
    assert_eq!(c.messages[5].ts.as_deref(), Some("2024-03-14T21:03:00"));
    assert_eq!(c.messages[8].text, "यह नंबर कौन है? 🤔");
    assert_eq!(c.messages[7].text, "<Media omitted>");
    assert_eq!(c.messages[11].ts.as_deref(), Some("2024-03-15T09:15:00"));
    assert_sorted(&c);
}

#[test]
fn whatsapp_ios() {
    let c = one("whatsapp_ios.txt");
    assert_eq!(c.messages.len(), 8);
    assert_eq!(
        system_flags(&c),
        [true, false, false, true, false, false, true, true]
    );
    assert_eq!(
        senders(&c),
        [
            "system",
            "Arjun",
            "Priya Nair",
            "Arjun",
            "Arjun",
            "Priya Nair",
            "Priya Nair",
            "Arjun"
        ]
    );
    // Month/day order (3/14), 12-hour clock with U+202F before PM, midnight as 00.
    assert_eq!(c.messages[1].ts.as_deref(), Some("2024-03-14T21:04:17"));
    assert_eq!(c.messages[5].ts.as_deref(), Some("2024-03-14T23:59:59"));
    assert_eq!(c.messages[6].ts.as_deref(), Some("2024-03-15T00:00:30"));
    assert_eq!(c.messages[1].text, "Hey Priya! Long time 😊");
    assert_eq!(c.messages[3].text, "image omitted");
    assert_eq!(c.messages[4].text, "Ek video call karein?\nBas 2 minute");
    assert_eq!(c.messages[5].text, "Nahi, abhi nahi. शुभ रात्रि 🌙");
    assert!(
        c.messages
            .iter()
            .all(|m| !m.text.contains('\u{200E}') && !m.text.contains('\r'))
    );
    assert_sorted(&c);
}

#[test]
fn whatsapp_zip_export() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-import-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let zip_path = dir.join("WhatsApp Chat - Reunion.zip");
    {
        let file = std::fs::File::create(&zip_path).unwrap();
        let mut zw = zip::ZipWriter::new(file);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zw.start_file("IMG-20240314-WA0001.jpg", opts).unwrap();
        zw.write_all(b"not really a jpeg").unwrap();
        zw.start_file("_chat.txt", opts).unwrap();
        zw.write_all(&fixture("whatsapp_ios.txt")).unwrap();
        zw.finish().unwrap();
    }
    let records = import::import_path(&zip_path, None);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(records.len(), 1);
    let c = records[0].as_ref().unwrap();
    assert_eq!(c.id, "WhatsApp Chat - Reunion");
    assert_eq!(c.messages.len(), 8);
    assert_eq!(c.messages[5].text, "Nahi, abhi nahi. शुभ रात्रि 🌙");

    let bad = import::import_bytes(b"PK\x03\x04 truncated", "broken.zip", None);
    let e = errors(&bad);
    assert_eq!(e.len(), 1);
    assert!(
        e[0].to_string()
            .starts_with("broken.zip: corrupt zip archive, cannot open it"),
        "{}",
        e[0]
    );
}

#[test]
fn telegram_single_chat() {
    let c = one("telegram_single.json");
    assert_eq!(c.id, "telegram:4815162342");
    assert_eq!(c.messages.len(), 6);
    assert_eq!(system_flags(&c), [false, false, false, true, true, false]);
    assert_eq!(c.messages[0].ts.as_deref(), Some("2024-03-12T21:04:00"));
    assert_eq!(
        c.messages[0].text,
        "Namaste! Aapka parcel customs mein ruka hai 📦"
    );
    assert_eq!(
        c.messages[2].text,
        "Fee bharo yahan: https://customs-fee.example.invalid/pay warna parcel return ho jayega"
    );
    assert_eq!(c.messages[3].text, "Sameer phone call (42 s)");
    // `from` is null: the account id stands in.
    assert_eq!(
        (c.messages[4].sender.as_str(), c.messages[4].text.as_str()),
        ("user999", "[photo]")
    );
    assert_eq!(c.messages[5].text, "मैं पुलिस को बताऊँगा");
    assert_eq!(
        c.meta.get("title").and_then(|v| v.as_str()),
        Some("Meera Joshi")
    );
    assert_sorted(&c);
}

#[test]
fn telegram_full_account() {
    let all = convs("telegram_full.json");
    let ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["telegram:7001", "telegram:7002", "telegram:7003"]);
    let counts: Vec<usize> = all.iter().map(|c| c.messages.len()).collect();
    assert_eq!(counts, [3, 4, 1]);
    assert_eq!(all[0].messages[0].text, "Hey @sameer_demo, urgent 🙏");
    assert_eq!(all[0].messages[2].text, "[voice message]");
    assert!(all[0].messages[2].is_system());
    let group = &all[1];
    assert_eq!(system_flags(group), [true, true, false, false]);
    assert_eq!(
        group.messages[0].text,
        "Omkar create group \"Pune Cycling Club\": Omkar, Sameer"
    );
    assert_eq!(group.messages[1].text, "Omkar invite members: Isha");
    assert_eq!(group.messages[2].text, "उद्या सकाळी राइड आहे का? 🚴");
    assert_eq!(group.messages[3].text, "Ho, 6 vajta. Route: map");
    for c in &all {
        assert_sorted(c);
    }
}

#[test]
fn instagram_newest_first_and_mojibake() {
    let c = one("instagram_message_1.json");
    assert_eq!(c.id, "instagram:Anaya ✨");
    assert_eq!(c.messages.len(), 6);
    assert_eq!(
        senders(&c),
        [
            "Anaya ✨",
            "Vikram",
            "Anaya ✨",
            "Anaya ✨",
            "Vikram",
            "Anaya ✨"
        ]
    );
    assert_eq!(c.messages[0].text, "Hi 😀 kaise ho?");
    assert_eq!(
        c.messages[0].ts.as_deref(),
        Some("2024-03-12T15:34:00+00:00")
    );
    assert_eq!(c.messages[1].text, "Theek hoon. नमस्ते");
    assert_eq!(system_flags(&c), [false, false, true, true, true, false]);
    assert_eq!(c.messages[2].text, "[photo]");
    assert_eq!(c.messages[3].text, "Video chat ended [video call, 35 s]");
    assert_eq!(
        c.messages[4].text,
        "Vikram sent an attachment.\nhttps://www.instagram.com/p/FAKEpost123/"
    );
    assert_eq!(
        c.messages[5].ts.as_deref(),
        Some("2024-03-12T15:39:00.123+00:00")
    );
    let people = c
        .meta
        .get("participants")
        .and_then(|v| v.as_array())
        .map(Vec::len);
    assert_eq!(people, Some(2));
    assert_sorted(&c);
}

#[test]
fn discord_export() {
    let c = one("discord.json");
    assert_eq!(c.id, "discord:1100000000000000001");
    assert_eq!(c.messages.len(), 6);
    assert_eq!(system_flags(&c), [true, false, false, true, true, false]);
    assert_eq!(
        senders(&c),
        [
            "QuickCash Helper",
            "QuickCash Helper",
            "devika.r",
            "devika.r",
            "Harsh",
            "Harsh"
        ]
    );
    assert_eq!(c.messages[0].text, "[GuildMemberJoin]");
    assert_eq!(
        c.messages[3].text,
        "[ChannelPinnedMessage] Pinned a message."
    );
    assert_eq!(c.messages[4].text, "[attachment]");
    assert_eq!(c.messages[5].text, "धन्यवाद, report kar diya ✅");
    assert_eq!(
        c.messages[1].ts.as_deref(),
        Some("2024-03-12T21:04:00.000+05:30")
    );
    assert_sorted(&c);
}

#[test]
fn transcript() {
    let c = one("transcript.txt");
    assert_eq!(c.id, "transcript");
    assert_eq!(
        senders(&c),
        ["unknown", "Neha", "Unknown Caller", "Neha", "Agent Note"]
    );
    assert_eq!(
        c.messages[0].text,
        "Ticket #4471 - chat pasted by the reporter"
    );
    assert_eq!(
        c.messages[2].text,
        "Aapka account block ho jayega\nagar aaj KYC update nahi kiya"
    );
    assert_eq!(c.messages[3].text, "link mat bhejo please 🙏");
    assert_eq!(c.messages[3].ts.as_deref(), Some("2024-03-12T21:07:00"));
    assert_eq!(
        c.messages[4].text,
        "reported at https://report.example.invalid/t/4471"
    );
    assert!(c.messages.iter().all(|m| !m.is_system()));
}

#[test]
fn canonical_jsonl_keeps_reading_after_a_bad_line() {
    let records = import::import_path(&fixture_path("canonical.jsonl"), None);
    // Six lines, one blank: five records.
    assert_eq!(records.len(), 5);
    let ids: Vec<String> = records
        .iter()
        .map(|r| {
            r.as_ref()
                .map(|c| c.id.clone())
                .unwrap_or_else(|e| format!("error@{:?}", e.location.line))
        })
        .collect();
    assert_eq!(
        ids,
        [
            "sms-001",
            "canonical:3",
            "error@Some(4)",
            "sms-004",
            "sms-005"
        ]
    );
    let e = errors(&records)[0];
    assert!(e.location.source.ends_with("canonical.jsonl"));
    assert_eq!(e.location.column, Some(59));
    assert!(e.error.contains("invalid JSON"), "{e}");

    let first = records[0].as_ref().unwrap();
    assert_eq!(
        first.meta.get("channel").and_then(|v| v.as_str()),
        Some("sms")
    );
    assert_eq!(first.label.as_deref(), Some("scam"));
    let marathi = records[3].as_ref().unwrap();
    assert!(marathi.messages[0].is_system());
    assert_eq!(marathi.messages[1].text, "तुमचे पार्सल अडकले आहे, शुल्क भरा");
    let second = records[1].as_ref().unwrap();
    assert_eq!(
        second.messages[0].ts.as_deref(),
        Some("2024-03-12T18:00:00+05:30")
    );
    // The unknown field survives a round trip.
    assert!(first.to_json_line().contains("\"channel\":\"sms\""));
}

#[test]
fn canonical_json_array_and_single_object() {
    let all = convs("canonical_array.json");
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].id, "arr-1");
    assert_eq!(all[1].id, "canonical_array:2");
    assert_eq!(all[1].messages[0].text, "Khana kha liya? 🍲");

    let pretty =
        b"{\n  \"id\": \"solo\",\n  \"messages\": [{\"sender\": \"a\", \"text\": \"b\"}]\n}\n";
    let recs = import::import_bytes(pretty, "solo.json", None);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0].as_ref().map(|c| c.id.as_str()).ok(), Some("solo"));
}

#[test]
fn structural_errors_name_the_path() {
    let input =
        b"{\"id\":\"x\",\"messages\":[{\"sender\":\"a\",\"text\":\"ok\"},{\"sender\":\"b\"},{}]}\n\
                  {\"id\":\"y\"}\n";
    let recs = import::import_bytes(input, "paths.jsonl", Some(Format::Jsonl));
    let e = errors(&recs);
    assert_eq!(e.len(), 2);
    assert_eq!(
        e[0].to_string(),
        "paths.jsonl:1 ($.messages[1]): conversation \"x\": missing field \"text\""
    );
    assert_eq!(e[0].location.path.as_deref(), Some("$.messages[1]"));
    assert_eq!(e[1].location.line, Some(2));
    assert!(e[1].error.contains("missing field \"messages\""));

    let tg = import::import_bytes(
        b"{\"chats\": {\"list\": [{\"id\": 5, \"messages\": 3}]}}",
        "result.json",
        None,
    );
    let e = errors(&tg);
    assert_eq!(e.len(), 1);
    assert_eq!(
        e[0].location.path.as_deref(),
        Some("$.chats.list[0].messages")
    );
    assert_eq!(e[0].id.as_deref(), Some("telegram:5"));

    let broken = import::import_bytes(
        b"{\n \"name\": \"A\",\n \"type\": \"personal_chat\",\n \"messages\": [\n",
        "result.json",
        None,
    );
    let e = errors(&broken);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].location.line, Some(5));
    assert!(e[0].error.starts_with("JSON ends early"), "{}", e[0]);
}

#[test]
fn jsonl_reader_caps_line_length_and_keeps_numbering() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":\"a\",\"messages\":[]}\n");
    input.extend_from_slice(
        format!(
            "{{\"id\":\"big\",\"messages\":[{{\"sender\":\"s\",\"text\":\"{}\"}}]}}\n",
            "x".repeat(10_000)
        )
        .as_bytes(),
    );
    input.extend_from_slice(b"\n{\"messages\":[]}\n{\"id\":\"d\",\"messages\":[]}");
    let reader = std::io::BufReader::with_capacity(64, input.as_slice());
    let recs: Vec<Record> = JsonlReader::new(reader, "big.jsonl")
        .with_max_line_bytes(1000)
        .collect();
    assert_eq!(recs.len(), 4);
    assert!(recs[0].is_ok());
    let e = recs[1].as_ref().err().unwrap();
    assert_eq!(e.location.line, Some(2));
    assert_eq!(e.error, "line longer than 1000 bytes; skipped");
    assert_eq!(recs[2].as_ref().map(|c| c.id.as_str()).ok(), Some("big:4"));
    assert_eq!(recs[3].as_ref().map(|c| c.id.as_str()).ok(), Some("d"));
}

#[test]
fn unreadable_file_is_one_error_naming_it() {
    let recs = import::import_path(Path::new("no/such/chat.txt"), None);
    assert_eq!(recs.len(), 1);
    let e = recs[0].as_ref().err().unwrap();
    assert_eq!(e.location.source, "no/such/chat.txt");
    assert!(e.error.starts_with("cannot read input"), "{e}");
}

/// Non-blank lines as JSON Lines counts them: whitespace-only lines are not records.
fn non_blank_lines(bytes: &[u8]) -> usize {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count()
}

/// The JSON Lines contract: outside whole JSON documents, one record per
/// non-blank line (and one error record for an input without any).
fn check_jsonl_count(bytes: &[u8]) -> Result<(), TestCaseError> {
    let records = import::import_bytes(bytes, "prop.jsonl", Some(Format::Jsonl));
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let trimmed: &[u8] = {
        let start = body
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(body.len());
        &body[start..]
    };
    let whole_document = trimmed.first() == Some(&b'[')
        || serde_json::from_slice::<serde_json::Value>(body).is_ok()
        || bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF]);
    if !whole_document {
        // An input with no non-blank line answers with one error record
        // saying it is empty, never with nothing.
        prop_assert_eq!(records.len(), non_blank_lines(bytes).max(1));
        if non_blank_lines(bytes) == 0 {
            prop_assert!(records[0].is_err());
        }
    }
    let streamed: Vec<Record> = JsonlReader::new(bytes, "prop.jsonl").collect();
    if !bytes.starts_with(&[0xFF, 0xFE]) && !bytes.starts_with(&[0xFE, 0xFF]) {
        prop_assert_eq!(streamed.len(), non_blank_lines(bytes));
    }
    Ok(())
}

fn import_every_way(bytes: &[u8]) -> Result<(), TestCaseError> {
    for format in Format::ALL {
        let recs = import::import_bytes(bytes, "prop.txt", Some(format));
        prop_assert!(!recs.is_empty(), "{} gave no record at all", format.name());
    }
    let _ = import::import_bytes(bytes, "prop", None);
    let _ = import::detect(bytes, None);
    check_jsonl_count(bytes)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        import_every_way(&bytes)?;
    }

    #[test]
    fn truncated_fixtures_never_panic(which in 0..FIXTURES.len(), cut in 0.0f64..1.0) {
        let data = fixture(FIXTURES[which]);
        let end = (data.len() as f64 * cut) as usize;
        import_every_way(&data[..end.min(data.len())])?;
    }

    #[test]
    fn text_mutations_never_panic(s in "[\\[\\]0-9/.,: \\-APMapm\u{202F}\u{200E}\nA-Za-zअ-ह😀{}\"]{0,300}") {
        import_every_way(s.as_bytes())?;
    }
}

/// Inputs that hold no conversation answer with one error record that says
/// so, in every format: nothing vanishes from a batch, and zero messages is
/// never scored as a benign conversation.
#[test]
fn empty_inputs_are_one_error_saying_so() {
    let cases: &[(&[u8], Option<Format>, &str)] = &[
        (b"", None, "empty"),
        (b"\n \n\t\n", None, "empty"),
        (b"\xEF\xBB\xBF", None, "empty"),
        (b"[]", None, "JSON array is empty"),
        (b" [ ]\n", Some(Format::Jsonl), "JSON array is empty"),
        (b"", Some(Format::WhatsApp), "empty"),
        (b"\n\n", Some(Format::Transcript), "empty"),
        (b"", Some(Format::Jsonl), "empty"),
    ];
    for (bytes, format, says) in cases {
        let recs = import::import_bytes(bytes, "empty.txt", *format);
        assert_eq!(recs.len(), 1, "{bytes:?} as {format:?}: {recs:?}");
        let e = recs[0]
            .as_ref()
            .expect_err("an empty input must be an error, not a conversation");
        assert_eq!(e.location.source, "empty.txt");
        assert!(e.error.contains(says), "{bytes:?} as {format:?}: {e}");
    }
}
