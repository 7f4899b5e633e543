//! DiscordChatExporter JSON: `{"guild", "channel", "messages": [{"type", "timestamp", "content", "author"}]}`.
//!
//! `Default` and `Reply` messages are speech; every other type (joins, pins,
//! calls, thread creation) is a system message. Timestamps already carry an offset.

use serde_json::{Map, Value};

use super::json::{kind_of, messages_array, path_error, str_or_num};
use super::{Ctx, Record};
use crate::conversation::{Conversation, Message};

pub(crate) fn convert(value: Value, ctx: &Ctx) -> Vec<Record> {
    let Value::Object(root) = value else {
        let msg = format!(
            "expected a DiscordChatExporter object with \"channel\" and \"messages\", found {}",
            kind_of(&value)
        );
        return vec![Err(path_error(ctx, "$", msg))];
    };
    let channel = root.get("channel").and_then(Value::as_object);
    let channel_id = channel.and_then(|c| str_or_num(c.get("id")));
    let id = format!("discord:{}", channel_id.unwrap_or_else(|| ctx.stem.clone()));
    let items = match messages_array(&root, ctx, &id) {
        Ok(m) => m,
        Err(e) => return vec![Err(e)],
    };
    let mut conv = Conversation::new(id, items.iter().map(message).collect());
    conv.source = Some("discord".into());
    let name_of = |v: Option<&Value>| {
        v.and_then(|g| g.get("name"))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    if let Some(g) = name_of(root.get("guild")) {
        conv.meta.insert("guild".into(), Value::String(g));
    }
    if let Some(c) = name_of(root.get("channel")) {
        conv.meta.insert("channel".into(), Value::String(c));
    }
    vec![Ok(conv)]
}

fn message(v: &Value) -> Message {
    let Some(m) = v.as_object() else {
        let note = format!(
            "[unreadable message: expected an object, found {}]",
            kind_of(v)
        );
        return Message::system("system", note);
    };
    let author = m.get("author").and_then(Value::as_object);
    let field = |k: &str| {
        author
            .and_then(|a| a.get(k))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    let sender = field("nickname")
        .or(field("name"))
        .unwrap_or("unknown")
        .to_string();
    let content = m.get("content").and_then(Value::as_str).unwrap_or("");
    let kind = m.get("type").and_then(Value::as_str).unwrap_or("Default");
    let mut msg = if kind != "Default" && kind != "Reply" {
        let text = if content.is_empty() {
            format!("[{kind}]")
        } else {
            format!("[{kind}] {content}")
        };
        Message::system(sender, text)
    } else if content.trim().is_empty() {
        Message::system(sender, attachment_note(m))
    } else {
        Message::new(sender, content)
    };
    msg.ts = m
        .get("timestamp")
        .and_then(Value::as_str)
        .map(str::to_string);
    if let Some(id) = m.get("id").filter(|v| v.is_string() || v.is_number()) {
        msg.meta.insert("id".into(), id.clone());
    }
    msg
}

/// What a message without text carried.
fn attachment_note(m: &Map<String, Value>) -> String {
    let count = |k: &str| m.get(k).and_then(Value::as_array).map_or(0, Vec::len);
    match (count("attachments"), count("stickers"), count("embeds")) {
        (1, _, _) => "[attachment]".into(),
        (n, _, _) if n > 1 => format!("[{n} attachments]"),
        (_, s, _) if s > 0 => "[sticker]".into(),
        (_, _, e) if e > 0 => "[embed]".into(),
        _ => "[empty message]".into(),
    }
}
