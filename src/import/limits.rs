//! How much one input may make an importer hold, checked while parsing.
//!
//! A conversation is scored whole, so whatever an importer builds stays in
//! memory until it is scored. These caps keep that bounded whatever the
//! input claims: a zip entry stops being read once it expands past its cap,
//! a text export stops being parsed at the message past the limit, a JSON
//! document is refused before it is parsed. Each refusal is one error record
//! naming the file and the limit hit.

/// Caps applied by every importer. [`Limits::default`] is what the CLI uses;
/// [`Limits::for_service`] derives the service's from its body limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Most messages in one conversation.
    pub max_messages: usize,
    /// Largest input an importer reads whole into memory: a WhatsApp or
    /// transcript text, a Telegram/Instagram/Discord document, one element
    /// of a JSON array. JSON Lines and JSON arrays stream and are not
    /// bounded as a whole, only per record.
    pub max_input_bytes: u64,
    /// Most bytes the chat text inside a `.zip` may expand to.
    pub max_zip_entry_bytes: u64,
}

/// The CLI's cap on one whole-read input and on a zip entry's expansion.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// The CLI's cap on messages per conversation (a 43 MB WhatsApp export
/// holds about 570,000).
pub const DEFAULT_MAX_MESSAGES: usize = 1_000_000;

/// How far an upload may expand past the service's body limit (deflated
/// chat text shrinks 3-5x; a zip bomb, a thousand times).
pub const SERVICE_ZIP_EXPANSION: u64 = 8;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_messages: DEFAULT_MAX_MESSAGES,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_zip_entry_bytes: DEFAULT_MAX_INPUT_BYTES,
        }
    }
}

impl Limits {
    /// Limits for a service that accepts bodies of at most `max_body_bytes`:
    /// a zip entry, and any input read whole, may expand to
    /// [`SERVICE_ZIP_EXPANSION`] times the body. The message cap stays the
    /// CLI's; the service sets its own, lower one in `max_messages` so the
    /// importers stop at it while parsing.
    pub fn for_service(max_body_bytes: usize) -> Self {
        let body = max_body_bytes as u64;
        let expanded = body.saturating_mul(SERVICE_ZIP_EXPANSION);
        Limits {
            max_messages: DEFAULT_MAX_MESSAGES,
            max_input_bytes: expanded,
            max_zip_entry_bytes: expanded,
        }
    }

    /// The error text for a conversation that passed the message limit.
    pub(crate) fn too_many_messages(&self) -> String {
        format!(
            "the conversation has more than {} messages, the limit per conversation; \
             it was not scored",
            self.max_messages
        )
    }

    /// Whether `e` is this limit's refusal of a conversation past the message cap.
    pub fn is_too_many_messages(&self, e: &crate::error::RecordError) -> bool {
        e.error == self.too_many_messages()
    }

    /// The error text for a zip entry that inflated past `max_zip_entry_bytes`.
    pub(crate) fn zip_too_large(&self, entry: &str) -> String {
        format!(
            "{entry} in the zip archive expands to more than {} bytes, \
             the limit on what a zip entry may expand to; it was not read",
            self.max_zip_entry_bytes
        )
    }

    /// Whether `e` is this limit's refusal of a zip entry that inflated too far.
    pub fn is_zip_too_large(&self, e: &crate::error::RecordError) -> bool {
        let cap = format!(
            " in the zip archive expands to more than {} bytes,",
            self.max_zip_entry_bytes
        );
        e.error.contains(&cap) && e.error.ends_with("; it was not read")
    }

    /// The error text for an input larger than what is read whole.
    pub(crate) fn too_large(&self, what: &str, bytes: u64) -> String {
        format!(
            "{what} is {bytes} bytes, more than the {}-byte limit on input read whole; \
             it was not read",
            self.max_input_bytes
        )
    }
}
