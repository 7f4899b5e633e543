//! Every importer under tight limits, zip archives included.
//!
//! First byte: bits 0..2 pick the format (`0..6` forces `Format::ALL[b]`,
//! 6 and 7 detect), bit 3 wraps the rest in a deflated `.zip` as
//! `_chat.txt`, bits 4..7 set the message cap (1..16). The caps are a few
//! KiB, so inputs routinely hit them. Invariants: nothing panics, every
//! input yields at least one record, no conversation returned holds more
//! messages than the cap, a zip whose entry is larger than its expansion
//! cap never yields a conversation, and every error names its source.
#![no_main]

use std::io::Write;

use chatrisk::import::{self, Format, Limits};
use libfuzzer_sys::fuzz_target;

const CAP: u64 = 4096;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let forced = Format::ALL.get(usize::from(selector & 7)).copied();
    let limits = Limits {
        max_messages: usize::from(selector >> 4) + 1,
        max_input_bytes: CAP,
        max_zip_entry_bytes: CAP,
    };
    let zipped;
    let input: &[u8] = if selector & 8 != 0 {
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        if z.start_file("_chat.txt", opts).is_err() || z.write_all(body).is_err() || z.finish().is_err() {
            return;
        }
        zipped = buf.into_inner();
        &zipped
    } else {
        body
    };
    let records = import::import_bytes_with(input, "input.zip", forced, &limits);
    assert!(!records.is_empty(), "an input produced no record at all");
    for record in &records {
        match record {
            Ok(conv) => {
                assert!(
                    conv.messages.len() <= limits.max_messages,
                    "{} messages passed a cap of {}",
                    conv.messages.len(),
                    limits.max_messages
                );
                assert!(
                    selector & 8 == 0 || body.len() as u64 <= CAP,
                    "a {}-byte zip entry passed the {CAP}-byte expansion cap",
                    body.len()
                );
            }
            Err(e) => assert!(!e.location.source.is_empty(), "error without a source: {e}"),
        }
    }
});
