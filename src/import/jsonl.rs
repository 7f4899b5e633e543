//! Canonical JSON Lines: one conversation per line; also one JSON object or an array of them.
//!
//! [`JsonlReader`] streams with a bounded buffer, so a corpus of any size (or
//! one absurdly long line) never has to fit in memory.

use std::cell::Cell;
use std::io::{BufRead, BufReader, Read};
use std::rc::Rc;

use serde::Deserializer as _;
use serde::de::{SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::json::{kind_of, path_error, syntax_error};
use super::{Ctx, Limits, Record};
use crate::conversation::Conversation;
use crate::error::RecordError;

/// Default cap on one line: conversations longer than this are almost surely not chat.
const DEFAULT_MAX_LINE_BYTES: usize = 1024 * 1024;

/// Streams canonical JSON Lines, one [`Record`] per non-blank line.
///
/// A malformed line becomes an error naming its line and column (or JSON
/// path) and reading goes on. Lines longer than the cap are skipped without
/// being held in memory and reported as errors; line numbers stay exact.
pub struct JsonlReader<R: BufRead> {
    reader: R,
    ctx: Ctx,
    max_line_bytes: usize,
    /// 1-based number of the last line read.
    line: usize,
    buf: Vec<u8>,
    done: bool,
}

/// What reading one physical line produced.
enum Line {
    Eof,
    Text,
    TooLong,
}

impl<R: BufRead> JsonlReader<R> {
    /// `source` names the stream in errors; its file stem makes ids for records without one.
    pub fn new(reader: R, source: impl Into<String>) -> Self {
        let source = source.into();
        JsonlReader {
            reader,
            ctx: Ctx::new(&source, &source),
            max_line_bytes: DEFAULT_MAX_LINE_BYTES,
            line: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    /// Sets the longest line (in bytes, newline excluded) that is parsed; default 1 MiB.
    pub fn with_max_line_bytes(mut self, n: usize) -> Self {
        self.max_line_bytes = n;
        self
    }

    /// Applies `limits` (the message cap) to every record.
    pub fn with_limits(mut self, limits: &Limits) -> Self {
        self.ctx.limits = limits.clone();
        self
    }

    /// The 1-based line of the record last returned (where it starts).
    pub fn line(&self) -> usize {
        self.line
    }

    /// The bytes of the line last returned (empty for a line over the cap).
    pub fn last_line(&self) -> &[u8] {
        &self.buf
    }

    /// Reads the next physical line into `buf`, never keeping more than the cap.
    fn read_line(&mut self) -> std::io::Result<Line> {
        self.buf.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                if !any {
                    return Ok(Line::Eof);
                }
                break;
            }
            any = true;
            let newline = chunk.iter().position(|&b| b == b'\n');
            let take = newline.unwrap_or(chunk.len());
            if !too_long {
                if self.buf.len().saturating_add(take) > self.max_line_bytes {
                    too_long = true;
                    self.buf.clear();
                } else {
                    self.buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.reader.consume(newline.map_or(take, |i| i + 1));
            if newline.is_some() {
                break;
            }
        }
        self.line += 1;
        Ok(if too_long { Line::TooLong } else { Line::Text })
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        while !self.done {
            match self.read_line() {
                Ok(Line::Eof) => self.done = true,
                Ok(Line::TooLong) => {
                    let loc = self.ctx.loc().line(self.line);
                    let msg = format!("line longer than {} bytes; skipped", self.max_line_bytes);
                    return Some(Err(RecordError::new(loc, msg)));
                }
                Ok(Line::Text) => {
                    let mut bytes = self.buf.as_slice();
                    if self.line == 1 {
                        bytes = super::strip_bom(bytes);
                    }
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(parse_line(bytes, self.line, &self.ctx));
                }
                Err(e) => {
                    self.done = true;
                    let loc = self.ctx.loc().line(self.line + 1);
                    return Some(Err(RecordError::new(loc, format!("read error: {e}"))));
                }
            }
        }
        None
    }
}

/// Parses one line of JSON Lines; `line` is its 1-based number in the file.
fn parse_line(bytes: &[u8], line: usize, ctx: &Ctx) -> Record {
    if let Err(e) = std::str::from_utf8(bytes) {
        let column = e.valid_up_to() + 1;
        return Err(RecordError::new(
            ctx.loc().line(line).column(column),
            format!("line is not valid UTF-8 (invalid byte at column {column})"),
        ));
    }
    // Fast path: a well-formed line deserializes straight into the typed
    // conversation, without building a `Value` tree first. Every line that
    // the checked path below would reject (or rewrite, such as a missing or
    // numeric id) fails here too, so it falls through and gets exactly the
    // checked path's result and error message.
    if let Ok(conversation) = serde_json::from_slice::<Conversation>(bytes) {
        if conversation.messages.len() > ctx.limits.max_messages {
            return Err(ctx.too_many_messages(ctx.loc().line(line), Some(conversation.id)));
        }
        return Ok(conversation);
    }
    let value: Value =
        serde_json::from_slice(bytes).map_err(|e| syntax_error(ctx, &e, line - 1))?;
    to_conversation(value, "$", &format!("{}:{line}", ctx.stem), ctx).map_err(|e| RecordError {
        location: e.location.line(line),
        ..e
    })
}

/// Imports a whole canonical input held in memory: a JSON array, one
/// (possibly pretty-printed) object, or JSON Lines.
pub(crate) fn import(bytes: &[u8], ctx: &Ctx, parsed: Option<Value>) -> Vec<Record> {
    let body = super::trim_start_ws(super::strip_bom(bytes));
    let starts_array = body.first() == Some(&b'[');
    let value = match parsed {
        Some(v) => Some(v),
        None if starts_array || !body.contains(&b'\n') => {
            // Not JSON Lines by shape; but one bad line is still worth reading as JSON Lines.
            match serde_json::from_slice::<Value>(super::strip_bom(bytes)) {
                Ok(v) => Some(v),
                // A `.jsonl` file that merely starts with a damaged `[` line
                // is read line by line, so one bad line does not cost the file.
                Err(_) if starts_array && super::is_jsonl_name(Some(&ctx.source)) => None,
                Err(e) if starts_array => return vec![Err(syntax_error(ctx, &e, 0))],
                Err(_) => None,
            }
        }
        None => serde_json::from_slice::<Value>(super::strip_bom(bytes)).ok(),
    };
    match value {
        Some(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let path = format!("$[{i}]");
                to_conversation(item, &path, &format!("{}:{}", ctx.stem, i + 1), ctx)
            })
            .collect(),
        Some(value) => {
            let line = bytes.len() - body.len();
            let line = bytes[..line].iter().filter(|&&b| b == b'\n').count() + 1;
            vec![
                to_conversation(value, "$", &format!("{}:{line}", ctx.stem), ctx).map_err(|e| {
                    RecordError {
                        location: e.location.line(line),
                        ..e
                    }
                }),
            ]
        }
        None => {
            let reader = JsonlReader {
                reader: bytes,
                ctx: Ctx {
                    source: ctx.source.clone(),
                    stem: ctx.stem.clone(),
                    limits: ctx.limits.clone(),
                },
                max_line_bytes: usize::MAX,
                line: 0,
                buf: Vec::new(),
                done: false,
            };
            reader.collect()
        }
    }
}

/// Checks the shape of a canonical conversation and builds it, so errors can
/// say exactly which field at which path was wrong.
fn to_conversation(mut value: Value, path: &str, default_id: &str, ctx: &Ctx) -> Record {
    let Some(map) = value.as_object_mut() else {
        let msg = format!(
            "expected a JSON object (one conversation), found {}",
            kind_of(&value)
        );
        return Err(path_error(ctx, path, msg));
    };
    let id = match map.get("id") {
        None | Some(Value::Null) => default_id.to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => {
            let msg = format!("field \"id\": expected a string, found {}", kind_of(other));
            return Err(path_error(ctx, &format!("{path}.id"), msg));
        }
    };
    map.insert("id".into(), Value::String(id.clone()));
    let with_id = |e: RecordError| RecordError {
        id: Some(id.clone()),
        ..e
    };
    check_shape(map, path, ctx).map_err(with_id)?;
    let mut conv = serde_json::from_value::<Conversation>(value)
        .map_err(|e| path_error(ctx, path, format!("invalid conversation: {e}")))
        .map_err(with_id)?;
    for m in &mut conv.messages {
        if !m.is_system() && super::notice::is_app_notice(&m.text) {
            m.kind = crate::conversation::MessageKind::System;
        }
    }
    Ok(conv)
}

fn check_shape(map: &Map<String, Value>, path: &str, ctx: &Ctx) -> Result<(), RecordError> {
    for key in ["label", "source", "lang"] {
        optional_string(map, key, path, ctx)?;
    }
    let messages = match map.get("messages") {
        Some(Value::Array(m)) => m,
        None => {
            return Err(path_error(
                ctx,
                path,
                "missing field \"messages\" (an array of {\"sender\", \"text\"})",
            ));
        }
        Some(other) => {
            let msg = format!(
                "field \"messages\": expected an array, found {}",
                kind_of(other)
            );
            return Err(path_error(ctx, &format!("{path}.messages"), msg));
        }
    };
    if messages.len() > ctx.limits.max_messages {
        return Err(ctx.too_many_messages(ctx.loc().path(format!("{path}.messages")), None));
    }
    for (i, m) in messages.iter().enumerate() {
        let mpath = format!("{path}.messages[{i}]");
        let Some(m) = m.as_object() else {
            let msg = format!(
                "expected a message object {{\"sender\", \"text\"}}, found {}",
                kind_of(m)
            );
            return Err(path_error(ctx, &mpath, msg));
        };
        for key in ["sender", "text"] {
            match m.get(key) {
                Some(Value::String(_)) => {}
                None => return Err(path_error(ctx, &mpath, format!("missing field \"{key}\""))),
                Some(other) => {
                    let msg = format!(
                        "field \"{key}\": expected a string, found {}",
                        kind_of(other)
                    );
                    return Err(path_error(ctx, &format!("{mpath}.{key}"), msg));
                }
            }
        }
        optional_string(m, "ts", &mpath, ctx)?;
        match m.get("kind") {
            None => {}
            Some(Value::String(k)) if k == "speech" || k == "system" => {}
            Some(other) => {
                let msg =
                    format!("field \"kind\": expected \"speech\" or \"system\", found {other}");
                return Err(path_error(ctx, &format!("{mpath}.kind"), msg));
            }
        }
    }
    Ok(())
}

fn optional_string(
    map: &Map<String, Value>,
    key: &str,
    path: &str,
    ctx: &Ctx,
) -> Result<(), RecordError> {
    match map.get(key) {
        None | Some(Value::Null) | Some(Value::String(_)) => Ok(()),
        Some(other) => {
            let msg = format!(
                "field \"{key}\": expected a string, found {}",
                kind_of(other)
            );
            Err(path_error(ctx, &format!("{path}.{key}"), msg))
        }
    }
}

/// Streams a JSON array of canonical conversations from `reader`, handing
/// each element to `emit` as soon as it is read, so memory holds one element
/// at a time (at most `limits.max_input_bytes` of it). Records are the same
/// as [`super::import_bytes`] gives for the array. A syntax error, or an
/// element past the byte cap, ends the array with one error record naming
/// where; the elements before it have been emitted. Returns the count of
/// records emitted.
pub fn stream_array<R: Read>(
    reader: R,
    source: &str,
    limits: &Limits,
    mut emit: impl FnMut(Record),
) -> u64 {
    let ctx = Ctx::new(source, source).with_limits(limits);
    let since_mark = Rc::new(Cell::new(0u64));
    let guard = Guard {
        inner: reader,
        since_mark: since_mark.clone(),
        cap: limits.max_input_bytes,
    };
    let mut de = serde_json::Deserializer::from_reader(BufReader::with_capacity(1 << 16, guard));
    let done = Cell::new(0u64);
    let visitor = ArrayVisitor {
        emit: &mut emit,
        ctx: &ctx,
        since_mark: &since_mark,
        done: &done,
    };
    let result = de.deserialize_seq(visitor).and_then(|_| de.end());
    if let Err(e) = result {
        let i = done.get();
        let msg = if e.is_io() && since_mark.get() > limits.max_input_bytes {
            format!(
                "array element $[{i}] is longer than {} bytes, the limit on one conversation \
                 read whole; it and the rest of the array were not read",
                limits.max_input_bytes
            )
        } else {
            let e = syntax_error(&ctx, &e, 0);
            emit(Err(RecordError {
                error: format!(
                    "{} (in array element $[{i}]); the rest of the array was not read",
                    e.error
                ),
                ..e
            }));
            return i + 1;
        };
        emit(Err(RecordError::new(
            ctx.loc().path(format!("$[{i}]")),
            msg,
        )));
        return i + 1;
    }
    done.get()
}

/// Fails the read once more than `cap` bytes came since the last mark.
struct Guard<R> {
    inner: R,
    since_mark: Rc<Cell<u64>>,
    cap: u64,
}

impl<R: Read> Read for Guard<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.since_mark.get() > self.cap {
            return Err(std::io::Error::other("array element over the byte limit"));
        }
        let n = self.inner.read(buf)?;
        self.since_mark.set(self.since_mark.get() + n as u64);
        Ok(n)
    }
}

struct ArrayVisitor<'a, F> {
    emit: &'a mut F,
    ctx: &'a Ctx,
    since_mark: &'a Cell<u64>,
    done: &'a Cell<u64>,
}

impl<'de, F: FnMut(Record)> Visitor<'de> for ArrayVisitor<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON array of conversations")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        loop {
            // The buffered reader may hold up to 64 KiB of the element already.
            self.since_mark.set(0);
            let Some(item) = seq.next_element::<Value>()? else {
                return Ok(());
            };
            let i = self.done.get();
            let path = format!("$[{i}]");
            let id = format!("{}:{}", self.ctx.stem, i + 1);
            (self.emit)(to_conversation(item, &path, &id, self.ctx));
            self.done.set(i + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &[u8], cap: usize) -> Vec<Record> {
        JsonlReader::new(input, "mem.jsonl")
            .with_max_line_bytes(cap)
            .collect()
    }

    fn err(r: &Record) -> String {
        r.as_ref().err().map(|e| e.to_string()).unwrap_or_default()
    }

    #[test]
    fn reads_lines_and_reports_bad_ones() {
        let input = b"{\"id\":\"a\",\"messages\":[{\"sender\":\"x\",\"text\":\"hi\"}]}\n\n\
            {\"id\":\"b\",\"messages\":[{\"sender\":\"x\",\"text\":5}]}\n\
            {\"messages\":[]}\r\n\
            {\"id\":\"d\"}\n\
            {\"id\": \n";
        let recs = read(input, 1 << 20);
        assert_eq!(recs.len(), 5);
        assert!(recs[0].is_ok());
        assert_eq!(
            err(&recs[1]),
            "mem.jsonl:3 ($.messages[0].text): conversation \"b\": field \"text\": expected a string, found a number"
        );
        assert_eq!(recs[2].as_ref().map(|c| c.id.as_str()).ok(), Some("mem:4"));
        assert!(
            err(&recs[3]).contains("missing field \"messages\""),
            "{}",
            err(&recs[3])
        );
        assert!(
            err(&recs[4]).starts_with("mem.jsonl:6:"),
            "{}",
            err(&recs[4])
        );
    }

    #[test]
    fn long_lines_are_skipped_with_exact_numbering() {
        let long = format!("{{\"id\":\"{}\",\"messages\":[]}}", "x".repeat(100));
        let input = format!("{long}\n{{\"id\":\"ok\",\"messages\":[]}}\n{long}");
        // A tiny BufReader forces the line to arrive in many chunks.
        let reader = std::io::BufReader::with_capacity(7, input.as_bytes());
        let recs: Vec<Record> = JsonlReader::new(reader, "s")
            .with_max_line_bytes(50)
            .collect();
        assert_eq!(recs.len(), 3);
        assert_eq!(err(&recs[0]), "s:1: line longer than 50 bytes; skipped");
        assert_eq!(recs[1].as_ref().map(|c| c.id.as_str()).ok(), Some("ok"));
        assert_eq!(err(&recs[2]), "s:3: line longer than 50 bytes; skipped");
    }

    #[test]
    fn streamed_array_matches_the_whole_import() {
        let input = br#"[{"messages":[{"sender":"a","text":"hi"}]}, 5,
            {"id":"x","messages":[]}]"#;
        let mut streamed = Vec::new();
        let n = stream_array(&input[..], "arr.json", &Limits::default(), |r| {
            streamed.push(r)
        });
        assert_eq!(n, 3);
        assert_eq!(
            streamed,
            super::super::import_bytes(input, "arr.json", None)
        );
    }

    #[test]
    fn streamed_array_stops_at_a_syntax_error_or_an_oversized_element() {
        let mut out = Vec::new();
        stream_array(
            &b"[{\"messages\":[]}, {\"messages\": [}]"[..],
            "a.json",
            &Limits::default(),
            |r| out.push(r),
        );
        assert_eq!(out.len(), 2);
        assert!(out[0].is_ok());
        assert_eq!(
            err(&out[1]),
            "a.json:1:33: invalid JSON: expected value (in array element $[1]); \
             the rest of the array was not read"
        );
        let limits = Limits {
            max_input_bytes: 100_000,
            ..Limits::default()
        };
        let big = format!(
            "[{{\"messages\":[]}},{{\"messages\":[{{\"sender\":\"a\",\"text\":\"{}\"}}]}}]",
            "x".repeat(300_000)
        );
        let mut out = Vec::new();
        stream_array(big.as_bytes(), "b.json", &limits, |r| out.push(r));
        assert_eq!(out.len(), 2, "{out:?}");
        assert!(out[0].is_ok());
        assert_eq!(
            err(&out[1]),
            "b.json ($[1]): array element $[1] is longer than 100000 bytes, the limit on one \
             conversation read whole; it and the rest of the array were not read"
        );
    }

    #[test]
    fn invalid_utf8_line() {
        let recs = read(b"{\"id\":\"a\xff\",\"messages\":[]}\n", 1 << 20);
        assert_eq!(
            err(&recs[0]),
            "mem.jsonl:1:9: line is not valid UTF-8 (invalid byte at column 9)"
        );
    }
}
