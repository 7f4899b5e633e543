//! Every importer, plus detection.
//!
//! The first byte picks the format: `0..6` forces `Format::ALL[b]`, anything
//! else lets `import_bytes` detect it. The rest is the input. Invariants:
//! nothing panics, every input yields at least one record, and detection
//! agrees with itself.
#![no_main]

use chatrisk::import::{self, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let forced = Format::ALL.get(usize::from(selector)).copied();
    let detected = import::detect(body, Some("input.txt"));
    assert_eq!(detected, import::detect(body, Some("input.txt")));
    let _ = import::detect(body, None);
    let records = import::import_bytes(body, "input.txt", forced);
    assert!(!records.is_empty(), "an input produced no record at all");
    for record in &records {
        match record {
            Ok(conv) => {
                // The canonical form of an imported conversation is always
                // one JSON line that reads back.
                let line = conv.to_json_line();
                assert!(!line.contains('\n'));
                let back = import::import_bytes(line.as_bytes(), "back.jsonl", Some(Format::Jsonl));
                assert_eq!(back.len(), 1);
                assert!(back[0].is_ok(), "canonical line did not read back: {line}");
            }
            Err(e) => assert!(!e.location.source.is_empty()),
        }
    }
    // The streaming reader never panics either, whatever the cap.
    let cap = usize::from(selector) * 16;
    for record in import::JsonlReader::new(body, "input.jsonl").with_max_line_bytes(cap) {
        if let Err(e) = record {
            assert!(e.location.line.is_some(), "JSONL error without a line: {e}");
        }
    }
});
