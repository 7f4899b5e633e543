//! chatrisk: scores chat conversations for sextortion and messaging-scam risk.
//!
//! Data flows one way: import -> normalize -> tokenize -> signals -> features
//! -> model -> report. See ARCHITECTURE.md for the map.

pub mod casefile;
#[cfg(feature = "cases")]
pub mod cases;
pub mod conversation;
pub mod dataset;
pub mod error;
pub mod eval;
pub mod features;
pub mod import;
pub mod link;
pub mod metrics;
pub mod model;
pub mod normalize;
pub mod pipeline;
pub mod redact;
pub mod report;
pub mod scan;
pub mod score;
#[cfg(feature = "serve")]
pub mod serve;
pub mod signals;
#[cfg(test)]
mod testdata;
pub mod tokenize;

pub use conversation::{Conversation, Message, MessageKind};
pub use error::{Error, Location, RecordError, Result};
pub use model::Model;
pub use report::{Level, Outcome, Report, Source};
pub use score::{Policy, PolicyThresholds, ScoreOptions, Scorer};
