//! Canonical JSON Lines: one conversation per line; also one JSON object or an array of them.
//!
//! [`JsonlReader`] streams with a bounded buffer, so a corpus of any size (or
//! one absurdly long line) never has to fit in memory.

use std::io::BufRead;

use serde_json::{Map, Value};

use super::json::{kind_of, path_error, syntax_error};
use super::{Ctx, Record};
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
    fn invalid_utf8_line() {
        let recs = read(b"{\"id\":\"a\xff\",\"messages\":[]}\n", 1 << 20);
        assert_eq!(
            err(&recs[0]),
            "mem.jsonl:1:9: line is not valid UTF-8 (invalid byte at column 9)"
        );
    }
}
