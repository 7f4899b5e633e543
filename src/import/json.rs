//! Helpers shared by the JSON importers: classifying a document by its keys,
//! turning parse errors into located [`RecordError`]s, and reading fields leniently.

use serde_json::{Map, Value};

use super::{Ctx, Format, Record};
use crate::error::RecordError;

/// Which export a parsed JSON object is, judged by its keys; `None` if they say nothing.
pub(crate) fn classify(map: &Map<String, Value>) -> Option<Format> {
    let first_msg = map
        .get("messages")
        .and_then(Value::as_array)
        .and_then(|m| m.first())
        .and_then(Value::as_object);
    let msg_has = |k: &str| first_msg.is_some_and(|m| m.contains_key(k));
    if map.contains_key("participants") && (msg_has("sender_name") || msg_has("timestamp_ms")) {
        return Some(Format::Instagram);
    }
    if (map.contains_key("guild") || map.contains_key("channel")) && map.contains_key("messages") {
        return Some(Format::Discord);
    }
    if map.get("chats").is_some_and(|c| c.get("list").is_some()) || map.contains_key("left_chats") {
        return Some(Format::Telegram);
    }
    if msg_has("from") || msg_has("from_id") || msg_has("date") || msg_has("date_unixtime") {
        return Some(Format::Telegram);
    }
    if msg_has("sender_name") {
        return Some(Format::Instagram);
    }
    if msg_has("author") {
        return Some(Format::Discord);
    }
    if msg_has("sender") || msg_has("text") {
        return Some(Format::Jsonl);
    }
    let chat_type = map.get("type").and_then(Value::as_str).unwrap_or("");
    if map.contains_key("messages") && TELEGRAM_CHAT_TYPES.contains(&chat_type) {
        return Some(Format::Telegram);
    }
    if map.contains_key("participants") && map.contains_key("messages") {
        return Some(Format::Instagram);
    }
    None
}

const TELEGRAM_CHAT_TYPES: [&str; 7] = [
    "personal_chat",
    "private_group",
    "private_supergroup",
    "public_supergroup",
    "private_channel",
    "public_channel",
    "bot_chat",
];

/// Classification of JSON that does not parse, from keys seen in its text.
pub(crate) fn classify_text(text: &str) -> Option<Format> {
    if text.contains("\"sender_name\"") || text.contains("\"timestamp_ms\"") {
        Some(Format::Instagram)
    } else if text.contains("\"guild\"") || text.contains("\"author\"") {
        Some(Format::Discord)
    } else if text.contains("\"chats\"")
        || text.contains("\"from_id\"")
        || text.contains("\"date_unixtime\"")
        || TELEGRAM_CHAT_TYPES
            .iter()
            .any(|t| text.contains(&format!("\"{t}\"")))
    {
        Some(Format::Telegram)
    } else if text.contains("\"messages\"") {
        Some(Format::Jsonl)
    } else {
        None
    }
}

/// Parses a whole JSON document (unless detection already did) and hands it
/// to a platform converter; a document that does not parse is one error.
pub(crate) fn import_document(
    bytes: &[u8],
    ctx: &Ctx,
    parsed: Option<Value>,
    convert: fn(Value, &Ctx) -> Vec<Record>,
) -> Vec<Record> {
    let value = match parsed {
        Some(v) => v,
        None => match serde_json::from_slice::<Value>(super::strip_bom(bytes)) {
            Ok(v) => v,
            Err(e) => return vec![Err(syntax_error(ctx, &e, 0))],
        },
    };
    convert(value, ctx)
}

/// A serde_json parse error as a located record error. `line_offset` is
/// added to serde's line, for parsers that see one line of a larger file.
pub(crate) fn syntax_error(ctx: &Ctx, e: &serde_json::Error, line_offset: usize) -> RecordError {
    let mut loc = ctx.loc();
    if e.line() > 0 {
        loc = loc.line(e.line() + line_offset).column(e.column().max(1));
    }
    let text = e.to_string();
    // serde_json appends " at line L column C"; the location already says that.
    let msg = text
        .rfind(" at line ")
        .map_or(text.as_str(), |i| &text[..i]);
    let what = match e.classify() {
        serde_json::error::Category::Eof => "JSON ends early",
        serde_json::error::Category::Io => "read error",
        _ => "invalid JSON",
    };
    RecordError::new(loc, format!("{what}: {msg}"))
}

/// "a string", "an array", ... for messages that say what was found.
pub(crate) fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A field as text: strings as they are, numbers as digits, anything else `None`.
/// Exports disagree on whether ids are numbers or strings; both are fine.
pub(crate) fn str_or_num(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A structural error at a JSON path inside a document.
pub(crate) fn path_error(ctx: &Ctx, path: &str, msg: impl Into<String>) -> RecordError {
    RecordError::new(ctx.loc().path(path), msg)
}

/// The `messages` array of an export document, or the error saying what
/// was there instead (carrying the conversation id).
pub(crate) fn messages_array<'a>(
    root: &'a serde_json::Map<String, Value>,
    ctx: &Ctx,
    id: &str,
) -> Result<&'a Vec<Value>, RecordError> {
    let mut e = match root.get("messages") {
        Some(Value::Array(m)) if m.len() > ctx.limits.max_messages => {
            ctx.too_many_messages(ctx.loc().path("$.messages"), None)
        }
        Some(Value::Array(m)) => return Ok(m),
        None => path_error(ctx, "$", "missing field \"messages\""),
        Some(v) => path_error(
            ctx,
            "$.messages",
            format!(
                "field \"messages\": expected an array, found {}",
                kind_of(v)
            ),
        ),
    };
    e.id = Some(id.to_string());
    Err(e)
}

/// Days since 1970-01-01 -> (year, month, day), proleptic Gregorian
/// (the "civil from days" algorithm), so timestamps need no date crate.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Milliseconds since the Unix epoch as ISO 8601 UTC (`+00:00`); fractional
/// seconds only when present. `None` outside years 0..=9999.
pub(crate) fn iso_from_millis(ms: i64) -> Option<String> {
    let secs = ms.div_euclid(1000);
    let frac = ms.rem_euclid(1000);
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    if !(0..=9999).contains(&y) {
        return None;
    }
    let sod = secs.rem_euclid(86_400);
    let (h, mi, s) = (sod / 3600, sod % 3600 / 60, sod % 60);
    let frac = if frac == 0 {
        String::new()
    } else {
        format!(".{frac:03}")
    };
    Some(format!(
        "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{frac}+00:00"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn millis_to_iso() {
        assert_eq!(
            iso_from_millis(0).as_deref(),
            Some("1970-01-01T00:00:00+00:00")
        );
        assert_eq!(
            iso_from_millis(1_710_257_640_000).as_deref(),
            Some("2024-03-12T15:34:00+00:00")
        );
        assert_eq!(
            iso_from_millis(951_782_400_123).as_deref(),
            Some("2000-02-29T00:00:00.123+00:00")
        );
        assert_eq!(iso_from_millis(i64::MAX), None);
        assert_eq!(iso_from_millis(i64::MIN), None);
    }
}
