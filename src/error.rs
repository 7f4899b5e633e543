//! One error type for the library, carrying where in the input things went wrong.
//!
//! Reviewers and analysts act on error messages, so every error names the
//! source (file or stream), the line and, where known, the column or JSON path.

use std::fmt;

/// Where in an input a problem was found. Lines and columns are 1-based.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Location {
    /// File name, `-` for stdin, or another label for in-memory input.
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// JSON path such as `$.messages[3].text`, when the format is JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

impl Location {
    pub fn new(source: impl Into<String>) -> Self {
        Location {
            source: source.into(),
            ..Default::default()
        }
    }
    pub fn line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }
    pub fn column(mut self, column: usize) -> Self {
        self.column = Some(column);
        self
    }
    pub fn path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.source)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        if let Some(path) = &self.path {
            write!(f, " ({path})")?;
        }
        Ok(())
    }
}

/// A record (one conversation) that could not be read. The rest of its file
/// still is: batch readers yield these in the stream instead of stopping.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RecordError {
    #[serde(flatten)]
    pub location: Location,
    /// The conversation id, when it could be read before the failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What was wrong and what was expected.
    pub error: String,
    /// SHA-256 of the input file (set by `scan`, as in a report's `source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// 1-based position of the record within its file (set by `scan`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
}

impl RecordError {
    pub fn new(location: Location, error: impl Into<String>) -> Self {
        RecordError {
            location,
            id: None,
            error: error.into(),
            sha256: None,
            record: None,
        }
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.location)?;
        if let Some(id) = &self.id {
            write!(f, "conversation {id:?}: ")?;
        }
        write!(f, "{}", self.error)
    }
}

impl std::error::Error for RecordError {}

/// Errors of the library API.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Record(Box<RecordError>),
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    /// Writing results failed (a full disk, a closed pipe): the command's
    /// output is incomplete, whatever it read.
    #[error("cannot write {path}: {source}")]
    Output {
        path: String,
        source: std::io::Error,
    },
    #[error("model file {path}: {message}")]
    Model { path: String, message: String },
    #[error("invalid parameter {name}: {message}")]
    Params { name: String, message: String },
    /// A labeled record without a label where one is required (training).
    #[error("{at}: conversation {id:?} has no label; training needs labels")]
    Unlabeled { at: String, id: String },
    /// A label outside the allowed vocabulary.
    #[error("{at}: unknown label {label:?} (allowed: {}){}", allowed.join(", "), did_you_mean(label, allowed))]
    UnknownLabel {
        at: String,
        label: String,
        allowed: Vec<String>,
    },
    /// The data cannot train a model as asked (labels or groups missing).
    #[error("training data: {0}")]
    Training(String),
    /// A TOML file (hyperparameters, policy) that does not parse.
    #[error("{path}: {source}")]
    Toml {
        path: String,
        #[source]
        source: toml::de::Error,
    },
    /// Serializing or re-reading JSON we produced ourselves failed.
    #[error("{what}: {source}")]
    Json {
        what: String,
        #[source]
        source: serde_json::Error,
    },
    /// A bad line in a signal table (syntax, unknown signal or shorthand,
    /// a pattern that does not compile or matches the empty string).
    #[error("signal table {file}:{line}: {message}")]
    SignalTable {
        file: String,
        line: usize,
        message: String,
    },
    /// The case database could not be opened, read or written.
    #[cfg(feature = "cases")]
    #[error("case database {path}: {source}")]
    CaseDb {
        path: String,
        #[source]
        source: Box<rusqlite::Error>,
    },
    /// The case database is not one this build can use (journal mode,
    /// schema version) or fails a check.
    #[error("case database {path}: {reason}")]
    CaseDbState { path: String, reason: String },
    /// A value stored in the case database does not parse.
    #[error("case database {path}: case {case}: stored {what} is unreadable: {source}")]
    CaseDbCorrupt {
        path: String,
        case: i64,
        what: &'static str,
        #[source]
        source: serde_json::Error,
    },
    /// The model's structural features differ from what this build
    /// computes; `index` is the first position that differs.
    #[error(
        "feature layout mismatch: the model's structural feature {index} is {model:?}, this build computes {computed:?} \
         ({model_count} vs {computed_count} features; retrain the model with this version)"
    )]
    FeatureLayout {
        index: usize,
        /// The model's name at `index` (`<none>` past its end).
        model: String,
        /// This build's name at `index` (`<none>` past its end).
        computed: String,
        model_count: usize,
        computed_count: usize,
    },
    /// The `tokenizers` crate failed (`what` says at what).
    #[error("{what}: {source}")]
    Tokenizer {
        what: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A tokenizer JSON that parses but is not the kind of model we use.
    #[error("tokenizer: {0}")]
    TokenizerFile(String),
    /// A redaction key file that is not one.
    #[error("{path}{}: not a redaction key: {reason}", line.map_or(String::new(), |l| format!(":{l}")))]
    Key {
        path: String,
        line: Option<usize>,
        reason: String,
    },
    /// `key new` refuses to overwrite a key.
    #[error(
        "{path}: already exists; a key is never overwritten (pseudonyms made under it could no longer be resolved)"
    )]
    KeyExists { path: String },
    /// The operating system gave no random bytes.
    #[error("no random source for a new key: {source}")]
    Random {
        #[source]
        source: getrandom::Error,
    },
    /// A token file whose token is unusable.
    #[error("{path}: {source}")]
    TokenFile {
        path: String,
        #[source]
        source: Box<Error>,
    },
    /// A reviewer file without any reviewer line.
    #[error("{path}: no reviewer tokens")]
    NoReviewers { path: String },
    /// `explain --id` found no conversation with that id.
    #[error("{}", no_conversation(id, files, known))]
    NoConversation {
        id: String,
        files: Vec<String>,
        /// The ids that were read.
        known: Vec<String>,
    },
    /// The worker thread pool could not be started.
    #[error("cannot start {threads} worker threads: {source}")]
    Threads {
        threads: usize,
        #[source]
        source: rayon::ThreadPoolBuildError,
    },
    /// A bad line in an indicator ignore-list.
    #[error("{path}:{line}: {reason}")]
    IgnoreList {
        path: String,
        line: usize,
        reason: String,
    },
    /// A policy file that is not TOML of the policy's shape.
    #[error(
        "{path}: invalid policy: {source}\n(a policy has one section per label with `medium` and/or `high` between 0 and 1, e.g. `[sextortion]` `medium = 0.4`)"
    )]
    PolicyParse {
        path: String,
        #[source]
        source: Box<toml::de::Error>,
    },
    /// A policy section with values that cannot be thresholds.
    #[error("{path}: [{label}] {reason}")]
    Policy {
        path: String,
        label: String,
        reason: String,
    },
    /// A policy section that does not fit the model it is applied to.
    #[error("policy [{label}]: {reason}")]
    PolicyModel { label: String, reason: String },
}

fn no_conversation(id: &str, files: &[String], known: &[String]) -> String {
    let shown: Vec<&str> = known.iter().take(10).map(String::as_str).collect();
    format!(
        "no conversation with id {id:?} in {} ({} conversations{}{}){}",
        files.join(", "),
        known.len(),
        if shown.is_empty() { "" } else { ": " },
        shown.join(", "),
        did_you_mean(id, known)
    )
}

impl Error {
    pub fn io(path: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
    /// A failure writing output to `path` (`stdout`, an `--out` file).
    pub fn output(path: impl Into<String>, source: std::io::Error) -> Self {
        Error::Output {
            path: path.into(),
            source,
        }
    }
    pub fn model(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Model {
            path: path.into(),
            message: message.into(),
        }
    }
    pub fn json(what: impl Into<String>, source: serde_json::Error) -> Self {
        Error::Json {
            what: what.into(),
            source,
        }
    }
    pub fn params(name: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Params {
            name: name.into(),
            message: message.into(),
        }
    }
}

impl From<RecordError> for Error {
    fn from(e: RecordError) -> Self {
        Error::Record(Box::new(e))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// ", did you mean \"x\"?" when `got` is a small edit away from one of
/// `allowed` (a typo in a label), else "".
pub fn did_you_mean(got: &str, allowed: &[String]) -> String {
    fn distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut cur = vec![i + 1; b.len() + 1];
            for (j, cb) in b.iter().enumerate() {
                cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                    .min(prev[j + 1] + 1)
                    .min(cur[j] + 1);
            }
            prev = cur;
        }
        prev[b.len()]
    }
    let lower = got.to_lowercase();
    allowed
        .iter()
        .map(|a| (distance(&lower, a), a))
        .filter(|(d, a)| *d <= 3.max(a.len() / 3))
        .min()
        .map_or(String::new(), |(_, a)| format!("; did you mean {a:?}?"))
}
