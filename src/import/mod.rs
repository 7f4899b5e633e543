//! Importers: bytes of a chat export -> [`Conversation`]s.
//!
//! Formats are detected from content (file name only as a hint) and can be
//! forced. A file may hold many conversations; a bad record becomes a
//! [`RecordError`] in the stream and the rest of the file is still read.

use crate::conversation::Conversation;
use crate::error::RecordError;

/// One item of an import: a conversation or the reason a record could not be read.
pub type Record = Result<Conversation, RecordError>;

/// Supported input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Canonical JSON Lines, or one JSON object, or a JSON array of them.
    Jsonl,
    WhatsApp,
    Telegram,
    Instagram,
    Discord,
    Transcript,
}
