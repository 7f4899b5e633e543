//! chatrisk: scores chat conversations for sextortion and messaging-scam risk.
//!
//! Data flows one way: import -> normalize -> tokenize -> signals -> features
//! -> model -> report. See ARCHITECTURE.md for the map.

pub mod conversation;
pub mod error;
pub mod import;
pub mod normalize;
pub mod signals;

pub use conversation::{Conversation, Message, MessageKind};
pub use error::{Error, Location, RecordError, Result};
