//! Importers: bytes of a chat export -> [`Conversation`]s.
//!
//! Formats are detected from content (file name only as a hint) and can be
//! forced. A file may hold many conversations; a bad record becomes a
//! [`RecordError`] in the stream and the rest of the file is still read.
//! No importer drops text silently: lines it cannot place become system
//! messages, and inputs it cannot read at all become one error naming why.

// `Record` carries a full `RecordError` by value on purpose: errors are one
// per bad record, rare, and consumers match on them directly.
#![allow(clippy::result_large_err)]

mod discord;
mod instagram;
mod json;
mod jsonl;
pub mod limits;
pub mod notice;
mod telegram;
mod transcript;
mod whatsapp;

use std::io::{Cursor, Read};
use std::path::Path;
use std::str::FromStr;

use serde_json::Value;

use crate::conversation::Conversation;
use crate::error::{Error, Location, RecordError};

pub use jsonl::{JsonlReader, stream_array};
pub use limits::Limits;

/// One item of an import: a conversation or the reason a record could not be read.
pub type Record = Result<Conversation, RecordError>;

/// Supported input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Canonical JSON Lines, or one JSON object, or a JSON array of them.
    Jsonl,
    /// WhatsApp "Export chat" text (Android or iOS), or the `.zip` holding it.
    WhatsApp,
    /// Telegram Desktop `result.json`: one chat or a full-account export.
    Telegram,
    /// Instagram or Facebook Messenger "Download your information" `message_N.json`.
    Instagram,
    /// DiscordChatExporter JSON.
    Discord,
    /// Plain `Name: text` lines, as pasted into a ticket.
    Transcript,
}

/// Names accepted by [`Format::from_str`], aliases included.
const FORMAT_NAMES: &str =
    "jsonl, json, whatsapp, telegram, instagram, messenger, discord, transcript";

impl Format {
    /// Every format, in the order detection and help texts list them.
    pub const ALL: [Format; 6] = [
        Format::Jsonl,
        Format::WhatsApp,
        Format::Telegram,
        Format::Instagram,
        Format::Discord,
        Format::Transcript,
    ];

    /// The canonical lower-case name, as accepted by `FromStr`.
    pub fn name(&self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::WhatsApp => "whatsapp",
            Format::Telegram => "telegram",
            Format::Instagram => "instagram",
            Format::Discord => "discord",
            Format::Transcript => "transcript",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "jsonl" | "json" => Ok(Format::Jsonl),
            "whatsapp" => Ok(Format::WhatsApp),
            "telegram" => Ok(Format::Telegram),
            // Messenger and Instagram share the "Download your information" layout.
            "instagram" | "messenger" => Ok(Format::Instagram),
            "discord" => Ok(Format::Discord),
            "transcript" => Ok(Format::Transcript),
            _ => Err(Error::params(
                "format",
                format!("unknown format {s:?}; expected one of {FORMAT_NAMES}"),
            )),
        }
    }
}

/// How much of an input detection looks at when it has to scan text.
const DETECT_WINDOW: usize = 64 * 1024;

/// Guesses the format of `bytes` from their content; `file_name` only breaks ties
/// (empty input, or JSON whose keys say nothing).
pub fn detect(bytes: &[u8], file_name: Option<&str>) -> Format {
    detect_inner(bytes, file_name).0
}

/// Detection that hands back the parsed JSON document, so importing does not parse it twice.
fn detect_inner(bytes: &[u8], file_name: Option<&str>) -> (Format, Option<Value>) {
    if is_zip(bytes) {
        return (Format::WhatsApp, None);
    }
    let body = trim_start_ws(strip_bom(bytes));
    let hint = name_hint(file_name);
    if body.is_empty() {
        return (hint.unwrap_or(Format::Transcript), None);
    }
    if body[0] == b'{' || body[0] == b'[' {
        return detect_json(body, hint);
    }
    let window = &body[..body.len().min(DETECT_WINDOW)];
    // A cut at the window edge may split a character; detection only needs the valid prefix.
    let text = match std::str::from_utf8(window) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&window[..e.valid_up_to()]).unwrap_or_default(),
    };
    if whatsapp::looks_like(text) {
        return (Format::WhatsApp, None);
    }
    // A `.jsonl` file whose first line is damaged (or is not JSON at all)
    // is still read as JSON Lines, as its name says: line by line, so each
    // bad line becomes one error and the good lines are still scored.
    if is_jsonl_name(file_name) {
        return (Format::Jsonl, None);
    }
    (Format::Transcript, None)
}

/// Whether a file name says JSON Lines (not just JSON).
pub(crate) fn is_jsonl_name(file_name: Option<&str>) -> bool {
    file_name.is_some_and(|n| {
        let n = n.to_ascii_lowercase();
        n.ends_with(".jsonl") || n.ends_with(".ndjson")
    })
}

fn detect_json(body: &[u8], hint: Option<Format>) -> (Format, Option<Value>) {
    let first_line_end = body.iter().position(|&b| b == b'\n').unwrap_or(body.len());
    let (first, rest) = body.split_at(first_line_end);
    // One object on the first line and another object starting the next: JSON Lines.
    if body[0] == b'{'
        && trim_start_ws(rest).first() == Some(&b'{')
        && matches!(serde_json::from_slice::<Value>(first), Ok(Value::Object(_)))
    {
        return (Format::Jsonl, None);
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(value) => {
            let format = match &value {
                Value::Object(map) => json::classify(map).or(hint).unwrap_or(Format::Jsonl),
                _ => Format::Jsonl,
            };
            (format, Some(value))
        }
        // Not JSON after all (iOS WhatsApp lines and many transcripts start
        // with `[`), or broken JSON: guess from the text near the start.
        Err(_) => {
            let window = &body[..body.len().min(DETECT_WINDOW)];
            let text = String::from_utf8_lossy(window);
            if whatsapp::looks_like(&text) {
                return (Format::WhatsApp, None);
            }
            let second = trim_start_ws(&body[1..]).first().copied();
            let json_like = body[0] == b'{' || matches!(second, Some(b'{' | b'"' | b']') | None);
            let fallback = if json_like {
                Format::Jsonl
            } else {
                Format::Transcript
            };
            (
                json::classify_text(&text).or(hint).unwrap_or(fallback),
                None,
            )
        }
    }
}

/// The format a file name suggests, used only when content does not decide.
fn name_hint(file_name: Option<&str>) -> Option<Format> {
    let name = Path::new(file_name?)
        .file_name()?
        .to_str()?
        .to_ascii_lowercase();
    if name == "result.json" {
        Some(Format::Telegram)
    } else if name.starts_with("message_") && name.ends_with(".json") {
        Some(Format::Instagram)
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".json") {
        Some(Format::Jsonl)
    } else if name.ends_with(".zip") || name.contains("whatsapp") {
        Some(Format::WhatsApp)
    } else {
        None
    }
}

/// Compiles the importers' line patterns now (they compile on first use),
/// so that a long-running service's first upload costs what any other does.
pub fn warm_up() {
    notice::warm_up();
    whatsapp::warm_up();
    transcript::warm_up();
}

/// Imports a whole input held in memory. `source` names it in errors and
/// supplies the file stem used for ids; `format` forces a format, `None` detects.
pub fn import_bytes(bytes: &[u8], source: &str, format: Option<Format>) -> Vec<Record> {
    import_bytes_with(bytes, source, format, &Limits::default())
}

/// [`import_bytes`] under explicit [`Limits`] (the service passes its own).
pub fn import_bytes_with(
    bytes: &[u8],
    source: &str,
    format: Option<Format>,
    limits: &Limits,
) -> Vec<Record> {
    if is_zip(bytes) {
        return import_zip(bytes, source, format, limits);
    }
    let ctx = Ctx::new(source, source).with_limits(limits);
    import_with_ctx(bytes, &ctx, format)
}

/// Reads a file (`-` = stdin) and imports it; a WhatsApp `.zip` export is
/// opened and its chat text imported. An unreadable file yields one error naming it.
pub fn import_path(path: &Path, format: Option<Format>) -> Vec<Record> {
    import_path_with(path, format, &Limits::default())
}

/// [`import_path`] under explicit [`Limits`]: an input larger than
/// `max_input_bytes` is refused after reading one byte past the cap.
pub fn import_path_with(path: &Path, format: Option<Format>, limits: &Limits) -> Vec<Record> {
    let source = path.display().to_string();
    let fail = |msg: String| vec![Err(RecordError::new(Location::new(&source), msg))];
    let reader: Box<dyn Read> = if source == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        match std::fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => return fail(format!("cannot read input: {e}")),
        }
    };
    match read_capped(reader, limits.max_input_bytes) {
        Ok(Ok(bytes)) => import_bytes_with(&bytes, &source, format, limits),
        Ok(Err(n)) => fail(limits.too_large("the input", n)),
        Err(e) => fail(format!("cannot read input: {e}")),
    }
}

/// Reads at most `cap` bytes; `Ok(Err(n))` when there were more (`n` is
/// how many were read before stopping, one past the cap).
pub fn read_capped(reader: impl Read, cap: u64) -> std::io::Result<Result<Vec<u8>, u64>> {
    let mut bytes = Vec::new();
    reader.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Ok(Err(bytes.len() as u64));
    }
    Ok(Ok(bytes))
}

/// Where records come from: the label errors carry and the stem ids are built from.
pub(crate) struct Ctx {
    pub source: String,
    pub stem: String,
    pub limits: Limits,
}

impl Ctx {
    fn new(source: &str, id_from: &str) -> Self {
        Ctx {
            source: source.to_string(),
            stem: file_stem(id_from),
            limits: Limits::default(),
        }
    }

    fn with_limits(mut self, limits: &Limits) -> Self {
        self.limits = limits.clone();
        self
    }

    /// The error for a conversation that passed the message limit.
    pub fn too_many_messages(&self, loc: Location, id: Option<String>) -> RecordError {
        RecordError {
            id,
            ..RecordError::new(loc, self.limits.too_many_messages())
        }
    }

    pub fn loc(&self) -> Location {
        Location::new(&self.source)
    }

    pub fn err(&self, error: impl Into<String>) -> RecordError {
        RecordError::new(self.loc(), error)
    }
}

/// The file stem of a source label: `chats/Priya.txt` -> `Priya`, `-` -> `stdin`.
fn file_stem(source: &str) -> String {
    if source == "-" {
        return "stdin".to_string();
    }
    Path::new(source)
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty())
        .unwrap_or(source)
        .to_string()
}

fn import_with_ctx(bytes: &[u8], ctx: &Ctx, format: Option<Format>) -> Vec<Record> {
    let decoded;
    let bytes = match decode_utf16(bytes) {
        Some(Ok(text)) => {
            decoded = text;
            decoded.as_bytes()
        }
        Some(Err(offset)) => {
            return vec![Err(ctx.err(format!(
                "input starts with a UTF-16 byte-order mark but is not valid UTF-16 \
                 (bad code unit at byte offset {offset})"
            )))];
        }
        None => bytes,
    };
    // JSON Lines are bounded per line; anything else is parsed whole, so
    // it is refused before detection parses it.
    if bytes.len() as u64 > ctx.limits.max_input_bytes && !json_lines_shaped(bytes, format, ctx) {
        return vec![Err(
            ctx.err(ctx.limits.too_large("the input", bytes.len() as u64))
        )];
    }
    let (format, parsed) = match format {
        Some(f) => (f, None),
        None => detect_inner(bytes, Some(&ctx.source)),
    };
    let records = match format {
        Format::Jsonl => jsonl::import(bytes, ctx, parsed),
        Format::Telegram => json::import_document(bytes, ctx, parsed, telegram::convert),
        Format::Instagram => json::import_document(bytes, ctx, parsed, instagram::convert),
        Format::Discord => json::import_document(bytes, ctx, parsed, discord::convert),
        Format::WhatsApp => {
            vec![utf8_text(bytes, ctx).and_then(|t| text_export(t, ctx, whatsapp::parse))]
        }
        Format::Transcript => {
            vec![utf8_text(bytes, ctx).and_then(|t| text_export(t, ctx, transcript::parse))]
        }
    };
    if records.is_empty() {
        // Every input answers with at least one record: an input that holds
        // no conversation says so instead of vanishing from a batch.
        return vec![Err(ctx.err(no_conversation(bytes, format)))];
    }
    records
}

/// Why an input yielded no conversation at all, in words.
fn no_conversation(bytes: &[u8], format: Format) -> String {
    let body = trim_start_ws(strip_bom(bytes));
    if body.is_empty() {
        "the input is empty (or only blank lines): no conversation in it".to_string()
    } else if body.first() == Some(&b'[') {
        "the JSON array is empty: no conversation in it".to_string()
    } else {
        format!(
            "no conversation found in the input read as {}",
            format.name()
        )
    }
}

/// Whether `bytes` are read line by line (JSON Lines) rather than whole.
fn json_lines_shaped(bytes: &[u8], format: Option<Format>, ctx: &Ctx) -> bool {
    let body = trim_start_ws(strip_bom(bytes));
    if !matches!(format, None | Some(Format::Jsonl)) || body.first() == Some(&b'[') {
        return false;
    }
    if is_jsonl_name(Some(&ctx.source)) {
        return true;
    }
    let first_line_end = body.iter().position(|&b| b == b'\n').unwrap_or(body.len());
    let (first, rest) = body.split_at(first_line_end);
    body.first() == Some(&b'{')
        && trim_start_ws(rest).first() == Some(&b'{')
        && serde_json::from_slice::<serde::de::IgnoredAny>(first).is_ok()
}

/// Longest line, and longest message, a text export (WhatsApp, transcript)
/// may hold: the same cap as a JSON Lines line. Normalizing and matching one
/// message costs memory proportional to it, so a 200 MB single-line "chat"
/// must not reach the pipeline.
pub const MAX_MESSAGE_BYTES: usize = 1024 * 1024;

/// Parses a text export, refusing one whose lines or messages exceed
/// [`MAX_MESSAGE_BYTES`] with an error naming the place (the conversation is
/// one record, so it becomes one error record instead of a report).
fn text_export(text: &str, ctx: &Ctx, parse: fn(&str, &Ctx) -> Record) -> Record {
    let mut line_no = 0;
    for line in text.split('\n') {
        line_no += 1;
        if line.len() > MAX_MESSAGE_BYTES {
            return Err(RecordError::new(
                ctx.loc().line(line_no),
                format!(
                    "line is {} bytes, longer than the {MAX_MESSAGE_BYTES}-byte cap; \
                     the conversation was not scored",
                    line.len()
                ),
            ));
        }
    }
    let conv = parse(text, ctx)?;
    if conv.messages.is_empty() {
        // Zero messages is an error, never a score: a benign verdict on
        // input that was not read would be a silent miss.
        let what = if text.trim().is_empty() {
            "the input is empty (or only blank lines): no messages in it".to_string()
        } else {
            "no line of the input could be read as a message".to_string()
        };
        return Err(RecordError {
            id: Some(conv.id.clone()),
            ..ctx.err(what)
        });
    }
    if let Some((i, m)) = conv
        .messages
        .iter()
        .enumerate()
        .find(|(_, m)| m.text.len() > MAX_MESSAGE_BYTES)
    {
        return Err(RecordError {
            id: Some(conv.id.clone()),
            ..ctx.err(format!(
                "message {i} is {} bytes, longer than the {MAX_MESSAGE_BYTES}-byte cap; \
                 the conversation was not scored",
                m.text.len()
            ))
        });
    }
    Ok(conv)
}

/// Text formats need UTF-8; say where it stops being UTF-8 rather than guess an encoding.
fn utf8_text<'a>(bytes: &'a [u8], ctx: &Ctx) -> Result<&'a str, RecordError> {
    let bytes = strip_bom(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = bytes[..offset]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        RecordError::new(
            ctx.loc().line(line).column(offset - line_start + 1),
            format!("input is not UTF-8 text: invalid byte at offset {offset}"),
        )
    })
}

/// Decodes input that starts with a UTF-16 byte-order mark (some Windows tools
/// save chat exports that way). `None` when there is no such mark; `Err` holds
/// the byte offset of the first bad code unit.
fn decode_utf16(bytes: &[u8]) -> Option<Result<String, usize>> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks(2).map(|c| match (c, little) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        // A dangling odd byte is not UTF-16; map it to a lone surrogate so it is reported.
        _ => 0xD800,
    });
    let mut out = String::with_capacity(bytes.len() / 2);
    let mut offset = 2;
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => {
                out.push(c);
                offset += c.len_utf16() * 2;
            }
            Err(_) => return Some(Err(offset)),
        }
    }
    Some(Ok(out))
}

fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Opens a WhatsApp `.zip` export: `_chat.txt` if present, else its only `.txt`.
fn import_zip(bytes: &[u8], source: &str, format: Option<Format>, limits: &Limits) -> Vec<Record> {
    let fail = |msg: String| vec![Err(RecordError::new(Location::new(source), msg))];
    let mut archive = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(a) => a,
        Err(e) => return fail(format!("corrupt zip archive, cannot open it: {e}")),
    };
    let names: Vec<String> = archive.file_names().map(str::to_string).collect();
    let base = |n: &str| n.rsplit('/').next().unwrap_or(n).to_string();
    let chosen = names
        .iter()
        .find(|n| base(n) == "_chat.txt")
        .cloned()
        .or_else(|| {
            let txt: Vec<&String> = names
                .iter()
                .filter(|n| n.to_ascii_lowercase().ends_with(".txt"))
                .collect();
            match txt.as_slice() {
                [only] => Some((*only).clone()),
                _ => None,
            }
        });
    let Some(entry_name) = chosen else {
        let mut listed: Vec<&str> = names.iter().map(String::as_str).take(10).collect();
        if names.len() > 10 {
            listed.push("...");
        }
        return fail(format!(
            "zip archive has no _chat.txt and not exactly one .txt file (entries: {})",
            listed.join(", ")
        ));
    };
    // The entry is read through a cap: its declared size is not trusted.
    let cap = limits.max_zip_entry_bytes;
    let read = archive
        .by_name(&entry_name)
        .map_err(|e| e.to_string())
        .and_then(|entry| read_capped(entry, cap).map_err(|e| e.to_string()));
    let text = match read {
        Ok(Ok(text)) => text,
        Ok(Err(_)) => return fail(limits.zip_too_large(&entry_name)),
        Err(e) => {
            return fail(format!(
                "corrupt zip archive, cannot read {entry_name} from it: {e}"
            ));
        }
    };
    // Errors name the entry inside the archive; ids come from the archive's name.
    let ctx = Ctx::new(&format!("{source}!/{entry_name}"), source).with_limits(limits);
    import_with_ctx(&text, &ctx, format)
}

pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

pub(crate) fn trim_start_ws(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>().ok(), Some(f));
        }
        assert_eq!("messenger".parse::<Format>().ok(), Some(Format::Instagram));
        assert_eq!("JSON".parse::<Format>().ok(), Some(Format::Jsonl));
        let err = "xml"
            .parse::<Format>()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("expected one of jsonl"), "{err}");
    }

    #[test]
    fn stems() {
        assert_eq!(file_stem("a/b/WhatsApp Chat.txt"), "WhatsApp Chat");
        assert_eq!(file_stem("-"), "stdin");
        assert_eq!(file_stem("x.tar.gz"), "x.tar");
    }

    #[test]
    fn detects_by_content_with_name_as_tie_breaker() {
        assert_eq!(detect(b"", Some("result.json")), Format::Telegram);
        assert_eq!(detect(b"", None), Format::Transcript);
        assert_eq!(
            detect(
                b"{\"id\":\"a\",\"messages\":[]}\n{\"id\":\"b\",\"messages\":[]}",
                None
            ),
            Format::Jsonl
        );
        assert_eq!(
            detect(b"12/03/2024, 21:04 - Asha: hi", None),
            Format::WhatsApp
        );
        assert_eq!(detect(b"Asha: hi\nRavi: hello", None), Format::Transcript);
        assert_eq!(detect(b"PK\x03\x04rest", None), Format::WhatsApp);
    }

    #[test]
    fn non_utf8_text_names_offset() {
        let recs = import_bytes(
            b"Asha: hi\nRavi: \xff\xfe",
            "t.txt",
            Some(Format::Transcript),
        );
        let err = recs[0]
            .as_ref()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("offset 15") && err.contains("t.txt:2:7"),
            "{err}"
        );
    }

    #[test]
    fn utf16_input_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Asha: namaste 🙏".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let recs = import_bytes(&bytes, "t.txt", None);
        let conv = recs[0].as_ref().ok();
        assert_eq!(
            conv.map(|c| c.messages[0].text.as_str()),
            Some("namaste 🙏")
        );
    }
}
