//! Instagram and Facebook Messenger "Download your information" `message_N.json`.
//!
//! Two quirks: messages are stored newest first, and every string is
//! mojibake — its UTF-8 bytes written as `\u00xx` escapes, one per byte — so
//! "😀" arrives as "ðŸ˜€". Both are undone here.

use serde_json::{Map, Value};

use super::json::{iso_from_millis, kind_of, messages_array, path_error};
use super::{Ctx, Record};
use crate::conversation::{Conversation, Message};

/// Undoes the Latin-1-escaped UTF-8 of these exports. Strings that are not
/// mojibake (any char above U+00FF, or bytes that are not UTF-8) are returned as they are.
pub(crate) fn fix_mojibake(s: &str) -> String {
    if s.is_ascii() || s.chars().any(|c| u32::from(c) > 0xFF) {
        return s.to_string();
    }
    // Every char is <= U+00FF here, so the cast keeps its value.
    let bytes: Vec<u8> = s.chars().map(|c| u32::from(c) as u8).collect();
    String::from_utf8(bytes).unwrap_or_else(|_| s.to_string())
}

fn text_field(m: &Map<String, Value>, key: &str) -> Option<String> {
    m.get(key).and_then(Value::as_str).map(fix_mojibake)
}

pub(crate) fn convert(value: Value, ctx: &Ctx) -> Vec<Record> {
    let Value::Object(root) = value else {
        let msg = format!(
            "expected an Instagram/Messenger thread object with \"participants\" and \"messages\", found {}",
            kind_of(&value)
        );
        return vec![Err(path_error(ctx, "$", msg))];
    };
    let title = text_field(&root, "title").filter(|t| !t.is_empty());
    let thread = text_field(&root, "thread_path").filter(|t| !t.is_empty());
    let id = format!(
        "instagram:{}",
        title
            .clone()
            .or(thread.clone())
            .unwrap_or_else(|| ctx.stem.clone())
    );
    let items = match messages_array(&root, ctx, &id) {
        Ok(m) => m,
        Err(e) => return vec![Err(e)],
    };
    let mut stamped: Vec<(Option<i64>, Message)> = items.iter().map(message).collect();
    // Exports are newest first; reverse unless this file is already oldest first.
    let first = stamped.iter().find_map(|(t, _)| *t);
    let last = stamped.iter().rev().find_map(|(t, _)| *t);
    if !matches!((first, last), (Some(a), Some(b)) if a < b) {
        stamped.reverse();
    }
    let mut conv = Conversation::new(id, stamped.into_iter().map(|(_, m)| m).collect());
    conv.source = Some("instagram".into());
    if let Some(t) = title {
        conv.meta.insert("title".into(), Value::String(t));
    }
    if let Some(Value::Array(people)) = root.get("participants") {
        let names: Vec<Value> = people
            .iter()
            .filter_map(|p| p.get("name").and_then(Value::as_str))
            .map(|n| Value::String(fix_mojibake(n)))
            .collect();
        conv.meta.insert("participants".into(), Value::Array(names));
    }
    vec![Ok(conv)]
}

/// One message and its epoch milliseconds (kept for ordering).
fn message(v: &Value) -> (Option<i64>, Message) {
    let Some(m) = v.as_object() else {
        let note = format!(
            "[unreadable message: expected an object, found {}]",
            kind_of(v)
        );
        return (None, Message::system("system", note));
    };
    let ms = m.get("timestamp_ms").and_then(Value::as_i64);
    let sender = text_field(m, "sender_name").unwrap_or_else(|| "unknown".into());
    let kind = m.get("type").and_then(Value::as_str).unwrap_or("");
    let share = m.get("share").and_then(Value::as_object);
    let link = share.and_then(|s| text_field(s, "link"));
    // A shared link is often the point of a scam message; keep it in the text.
    let content = text_field(m, "content")
        .filter(|c| !c.is_empty())
        .map(|mut c| {
            if let Some(l) = link.as_deref().filter(|l| !c.contains(l)) {
                c.push('\n');
                c.push_str(l);
            }
            c
        });
    let mut msg = match content {
        _ if m.get("is_unsent").and_then(Value::as_bool) == Some(true) => {
            Message::system(sender, "[unsent message]")
        }
        Some(c)
            if kind == "Subscribe"
                || kind == "Unsubscribe"
                || is_notice(c.lines().next().unwrap_or_default()) =>
        {
            Message::system(sender, c)
        }
        Some(c) if m.contains_key("call_duration") => {
            Message::system(sender, format!("{c} {}", call_note(m, &c)))
        }
        Some(c) => Message::new(sender, c),
        None => Message::system(sender, media_note(m, link.as_deref())),
    };
    msg.ts = ms.and_then(iso_from_millis);
    (ms, msg)
}

/// App-written contents that are not speech.
fn is_notice(c: &str) -> bool {
    c == "Liked a message"
        || (c.starts_with("Reacted ") && c.ends_with(" to your message"))
        || c.ends_with(" sent an attachment.")
        || c.ends_with(" unsent a message")
}

fn call_note(m: &Map<String, Value>, content: &str) -> String {
    let secs = m.get("call_duration").and_then(Value::as_i64).unwrap_or(0);
    let kind = if content.to_lowercase().contains("video") {
        "video call"
    } else {
        "call"
    };
    format!("[{kind}, {secs} s]")
}

/// Describes a message that has no text: `[photo]`, `[2 photos]`, `[video call, 35 s]`...
fn media_note(m: &Map<String, Value>, link: Option<&str>) -> String {
    let count = |key: &str| m.get(key).and_then(Value::as_array).map_or(0, Vec::len);
    for (key, one) in [
        ("photos", "photo"),
        ("videos", "video"),
        ("audio_files", "audio"),
        ("gifs", "gif"),
        ("files", "file"),
    ] {
        match count(key) {
            0 => {}
            1 => return format!("[{one}]"),
            n => return format!("[{n} {one}s]"),
        }
    }
    if m.contains_key("sticker") {
        return "[sticker]".into();
    }
    if m.contains_key("call_duration") {
        return call_note(m, "");
    }
    match link {
        Some(l) => format!("[share] {l}"),
        None if m.contains_key("share") => "[share]".into(),
        None => "[message without text]".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mojibake_is_undone() {
        assert_eq!(fix_mojibake("\u{f0}\u{9f}\u{98}\u{80}"), "😀");
        assert_eq!(fix_mojibake("na\u{e0}\u{a4}\u{ae}"), "naम");
        assert_eq!(fix_mojibake("café"), "café");
        assert_eq!(fix_mojibake("नमस्ते"), "नमस्ते");
        assert_eq!(fix_mojibake("plain"), "plain");
    }
}
