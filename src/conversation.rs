//! The conversation model and its canonical JSON form.
//!
//! Every importer produces [`Conversation`]s; every later stage reads only
//! them. The canonical interchange format is JSON Lines, one conversation per
//! line; unknown fields are kept in `meta` so a round trip loses nothing.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The values a message's `stage` annotation (kept in its `meta`) may take:
/// the role the message plays in a sextortion escalation, `none` otherwise.
/// Training reads them to label windows, `eval` to score the stage timeline;
/// `training/tools/chatfmt.py` checks the same list when a corpus is written.
pub const STAGES: [&str; 11] = [
    "befriend",
    "platform_move",
    "video_call",
    "undress_request",
    "recording",
    "leak_threat",
    "money_demand",
    "payment_handle",
    "impersonation",
    "victim_plea",
    "none",
];

/// One conversation: a chat, a DM thread, an SMS, a call transcript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub messages: Vec<Message>,
    /// Fields of the input this model does not know, preserved as they were.
    #[serde(flatten)]
    pub meta: Map<String, Value>,
}

/// Whether a message was said by a person or written by the app.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MessageKind {
    #[default]
    Speech,
    /// App-generated lines ("Messages are end-to-end encrypted",
    /// `<Media omitted>`, joins, deletions): kept for completeness, never scored as speech.
    System,
}

impl MessageKind {
    fn is_speech(&self) -> bool {
        *self == MessageKind::Speech
    }
}

/// One message. `ts` is ISO 8601 (`2026-03-14T21:04:00+05:30`, or without
/// an offset when the export does not say which zone it was written in).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub sender: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ts: Option<String>,
    #[serde(default, skip_serializing_if = "MessageKind::is_speech")]
    pub kind: MessageKind,
    /// Fields of the input this model does not know, preserved as they were.
    #[serde(flatten)]
    pub meta: Map<String, Value>,
}

impl Message {
    pub fn new(sender: impl Into<String>, text: impl Into<String>) -> Self {
        Message {
            sender: sender.into(),
            text: text.into(),
            ts: None,
            kind: MessageKind::Speech,
            meta: Map::new(),
        }
    }

    pub fn system(sender: impl Into<String>, text: impl Into<String>) -> Self {
        Message {
            kind: MessageKind::System,
            ..Message::new(sender, text)
        }
    }

    pub fn with_ts(mut self, ts: impl Into<String>) -> Self {
        self.ts = Some(ts.into());
        self
    }

    pub fn is_system(&self) -> bool {
        self.kind == MessageKind::System
    }
}

impl Conversation {
    pub fn new(id: impl Into<String>, messages: Vec<Message>) -> Self {
        Conversation {
            id: id.into(),
            label: None,
            source: None,
            lang: None,
            messages,
            meta: Map::new(),
        }
    }

    /// The canonical one-line JSON form.
    pub fn to_json_line(&self) -> String {
        // Serialising plain strings and maps cannot fail.
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }
}
