//! Telegram Desktop "Export chat history" `result.json`: one chat, or a
//! full-account export holding `chats.list` (and `left_chats.list`).
//!
//! Message text is a string or an array of strings and entity objects
//! (`{"type": "link", "text": "..."}`); the pieces are concatenated. Service
//! messages (joins, pins, calls) become system messages. A message the
//! importer cannot read is kept as a system note saying so, never dropped.

use serde_json::{Map, Value};

use super::json::{kind_of, path_error, str_or_num};
use super::{Ctx, Record};
use crate::conversation::{Conversation, Message};

pub(crate) fn convert(value: Value, ctx: &Ctx) -> Vec<Record> {
    let Value::Object(root) = value else {
        let msg = format!(
            "expected a Telegram export object (a chat with \"messages\", or \"chats\": {{\"list\"}}), found {}",
            kind_of(&value)
        );
        return vec![Err(path_error(ctx, "$", msg))];
    };
    if root.contains_key("messages") {
        return vec![chat(&root, "$", ctx)];
    }
    let mut out = Vec::new();
    for key in ["chats", "left_chats"] {
        let Some(section) = root.get(key) else {
            continue;
        };
        match section.get("list") {
            Some(Value::Array(list)) => {
                for (i, item) in list.iter().enumerate() {
                    let path = format!("$.{key}.list[{i}]");
                    out.push(match item {
                        Value::Object(c) => chat(c, &path, ctx),
                        other => Err(path_error(
                            ctx,
                            &path,
                            format!("expected a chat object, found {}", kind_of(other)),
                        )),
                    });
                }
            }
            _ => out.push(Err(path_error(
                ctx,
                &format!("$.{key}"),
                "expected an object with a \"list\" array of chats",
            ))),
        }
    }
    if out.is_empty() {
        out.push(Err(path_error(
            ctx,
            "$",
            "no \"messages\" array and no \"chats\": {\"list\": [...]}; not a Telegram chat export",
        )));
    }
    out
}

/// One chat object -> one conversation with id `telegram:<chat id>`.
fn chat(c: &Map<String, Value>, path: &str, ctx: &Ctx) -> Record {
    let id = match str_or_num(c.get("id")) {
        Some(id) => format!("telegram:{id}"),
        None if path == "$" => format!("telegram:{}", ctx.stem),
        None => format!("telegram:{}:{path}", ctx.stem),
    };
    let items = match c.get("messages") {
        Some(Value::Array(m)) if m.len() > ctx.limits.max_messages => {
            let loc = ctx.loc().path(format!("{path}.messages"));
            return Err(ctx.too_many_messages(loc, Some(id)));
        }
        Some(Value::Array(m)) => m,
        Some(other) => {
            let msg = format!(
                "field \"messages\": expected an array, found {}",
                kind_of(other)
            );
            let mut e = path_error(ctx, &format!("{path}.messages"), msg);
            e.id = Some(id);
            return Err(e);
        }
        None => {
            let mut e = path_error(ctx, path, "missing field \"messages\"");
            e.id = Some(id);
            return Err(e);
        }
    };
    let messages = items.iter().map(message).collect();
    let mut conv = Conversation::new(id, messages);
    conv.source = Some("telegram".into());
    for (from, to) in [("name", "title"), ("type", "chat_type")] {
        if let Some(v) = c.get(from).filter(|v| !v.is_null()) {
            conv.meta.insert(to.into(), v.clone());
        }
    }
    Ok(conv)
}

fn message(v: &Value) -> Message {
    let Some(m) = v.as_object() else {
        return Message::system(
            "system",
            format!(
                "[unreadable message: expected an object, found {}]",
                kind_of(v)
            ),
        );
    };
    let text = m.get("text").map(flatten_text).unwrap_or_default();
    let ts = m
        .get("date")
        .and_then(Value::as_str)
        // Local time as `YYYY-MM-DDTHH:MM:SS`; anything else is not a timestamp.
        .filter(|d| d.len() >= 19 && d.as_bytes()[4] == b'-' && d.as_bytes()[10] == b'T')
        .map(str::to_string);
    let mut msg = if m.get("type").and_then(Value::as_str) == Some("service") {
        let actor = str_or_num(m.get("actor")).or_else(|| str_or_num(m.get("actor_id")));
        Message::system(
            actor.clone().unwrap_or_else(|| "system".into()),
            service_text(m, actor.as_deref(), &text),
        )
    } else {
        let sender = str_or_num(m.get("from"))
            .or_else(|| str_or_num(m.get("from_id")))
            .unwrap_or_else(|| "unknown".into());
        match (text.trim().is_empty(), media_note(m)) {
            (true, Some(note)) => Message::system(sender, note),
            _ => Message::new(sender, text),
        }
    };
    msg.ts = ts;
    if let Some(id) = m.get("id").filter(|v| v.is_number() || v.is_string()) {
        msg.meta.insert("id".into(), id.clone());
    }
    msg
}

/// Concatenates a `text` that is a string or an array of strings and entities.
/// Unexpected pieces are rendered as JSON rather than dropped.
fn flatten_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(parts) => parts
            .iter()
            .map(|p| match p {
                Value::String(s) => s.clone(),
                Value::Object(o) => match o.get("text") {
                    Some(Value::String(s)) => s.clone(),
                    Some(other) => flatten_text(other),
                    None => String::new(),
                },
                other => flatten_text(other),
            })
            .collect(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// "Asha invited Ravi, Meena", "Asha created group "Goa trip"", ...
fn service_text(m: &Map<String, Value>, actor: Option<&str>, text: &str) -> String {
    let action = m
        .get("action")
        .and_then(Value::as_str)
        .unwrap_or("service message");
    let mut out = String::new();
    if let Some(a) = actor {
        out.push_str(a);
        out.push(' ');
    }
    out.push_str(&action.replace('_', " "));
    if let Some(title) = m.get("title").and_then(Value::as_str) {
        out.push_str(&format!(" \"{title}\""));
    }
    if let Some(Value::Array(members)) = m.get("members") {
        let names: Vec<String> = members.iter().filter_map(|x| str_or_num(Some(x))).collect();
        if !names.is_empty() {
            out.push_str(": ");
            out.push_str(&names.join(", "));
        }
    }
    if let Some(d) = m.get("duration_seconds").and_then(Value::as_i64) {
        out.push_str(&format!(" ({d} s)"));
    }
    if !text.trim().is_empty() {
        out.push_str(": ");
        out.push_str(text);
    }
    out
}

/// What a message without text carried: `[photo]`, `[sticker 😀]`, `[voice message]`...
fn media_note(m: &Map<String, Value>) -> Option<String> {
    if m.contains_key("photo") {
        return Some("[photo]".into());
    }
    if let Some(kind) = m.get("media_type").and_then(Value::as_str) {
        let label = kind.replace('_', " ");
        return Some(match m.get("sticker_emoji").and_then(Value::as_str) {
            Some(e) => format!("[{label} {e}]"),
            None => format!("[{label}]"),
        });
    }
    if m.contains_key("file") {
        return Some("[file]".into());
    }
    if m.contains_key("location_information") {
        return Some("[location]".into());
    }
    if m.contains_key("contact_information") {
        return Some("[contact]".into());
    }
    if m.contains_key("poll") {
        return Some("[poll]".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn entity_arrays_and_service() {
        let ctx = Ctx::new("result.json", "result.json");
        let v = json!({"name": "Asha", "type": "personal_chat", "id": 42, "messages": [
            {"id": 1, "type": "service", "date": "2024-03-12T21:00:00", "actor": "Asha", "action": "phone_call", "duration_seconds": 30, "text": ""},
            {"id": 2, "type": "message", "date": "2024-03-12T21:04:00", "from": null, "from_id": "user9", "text": ["see ", {"type": "link", "text": "pay.example"}, {"type": "bold", "text": 5}]},
            7
        ]});
        let recs = convert(v, &ctx);
        let c = recs[0].as_ref().ok();
        let m = c.map(|c| c.messages.clone()).unwrap_or_default();
        assert_eq!(c.map(|c| c.id.as_str()), Some("telegram:42"));
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].text, "Asha phone call (30 s)");
        assert_eq!(
            (m[1].sender.as_str(), m[1].text.as_str()),
            ("user9", "see pay.example5")
        );
        assert!(m[2].is_system());
    }
}
