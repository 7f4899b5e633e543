//! The one error shape every endpoint answers with.
//!
//! `{"error": "...", "code": "...", "status": 400, "line": 3, "column": 7}`:
//! `error` is for people, `code` for programs, and the location fields are
//! present when the problem has a place in the request body.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::error::{Location, RecordError};

/// Machine-readable error codes (the `code` field), also the `code` label of
/// the `chatrisk_errors_total` metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    InvalidJson,
    InvalidQuery,
    EmptyBody,
    UnreadableBody,
    Unauthorized,
    /// A state change from another site's page (CSRF).
    CrossOrigin,
    NotFound,
    /// A verdict based on a revision that is no longer current.
    Conflict,
    MethodNotAllowed,
    PayloadTooLarge,
    TooManyMessages,
    TooManyConversations,
    UnsupportedMediaType,
    Unprocessable,
    MultipleConversations,
    Overloaded,
    Timeout,
    NotReady,
    Internal,
    Panic,
    /// The body did not arrive within the body timeout, or arrived slower than the minimum rate.
    BodyTimeout,
    /// A non-empty body from which no message could be read (wrong `?format=`, say).
    NoMessages,
    /// A JSON body that is a number, string, boolean or null.
    NotAConversation,
    /// JSON nested deeper than the parser's limit.
    NestingTooDeep,
    /// A lone UTF-16 surrogate escape (`\ud800`) in a JSON string.
    InvalidUnicode,
    /// A request line or header the HTTP parser refused (answered before routing).
    BadRequest,
    /// Request headers larger than the limit (answered before routing).
    HeadersTooLarge,
    /// A request target longer than the limit (answered before routing).
    UriTooLong,
    /// The server holds as many connections as it is allowed to.
    TooManyConnections,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 29] = [
        ErrorCode::InvalidJson,
        ErrorCode::InvalidQuery,
        ErrorCode::EmptyBody,
        ErrorCode::UnreadableBody,
        ErrorCode::Unauthorized,
        ErrorCode::CrossOrigin,
        ErrorCode::NotFound,
        ErrorCode::Conflict,
        ErrorCode::MethodNotAllowed,
        ErrorCode::PayloadTooLarge,
        ErrorCode::TooManyMessages,
        ErrorCode::TooManyConversations,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::Unprocessable,
        ErrorCode::MultipleConversations,
        ErrorCode::Overloaded,
        ErrorCode::Timeout,
        ErrorCode::NotReady,
        ErrorCode::Internal,
        ErrorCode::Panic,
        ErrorCode::BodyTimeout,
        ErrorCode::NoMessages,
        ErrorCode::NotAConversation,
        ErrorCode::NestingTooDeep,
        ErrorCode::InvalidUnicode,
        ErrorCode::BadRequest,
        ErrorCode::HeadersTooLarge,
        ErrorCode::UriTooLong,
        ErrorCode::TooManyConnections,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorCode::InvalidJson => "invalid_json",
            ErrorCode::InvalidQuery => "invalid_query",
            ErrorCode::EmptyBody => "empty_body",
            ErrorCode::UnreadableBody => "unreadable_body",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::CrossOrigin => "cross_origin",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::TooManyMessages => "too_many_messages",
            ErrorCode::TooManyConversations => "too_many_conversations",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::Unprocessable => "unprocessable",
            ErrorCode::MultipleConversations => "multiple_conversations",
            ErrorCode::Overloaded => "overloaded",
            ErrorCode::Timeout => "timeout",
            ErrorCode::NotReady => "not_ready",
            ErrorCode::Internal => "internal",
            ErrorCode::Panic => "panic",
            ErrorCode::BodyTimeout => "body_timeout",
            ErrorCode::NoMessages => "no_messages",
            ErrorCode::NotAConversation => "not_a_conversation",
            ErrorCode::NestingTooDeep => "nesting_too_deep",
            ErrorCode::InvalidUnicode => "invalid_unicode",
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::HeadersTooLarge => "headers_too_large",
            ErrorCode::UriTooLong => "uri_too_long",
            ErrorCode::TooManyConnections => "too_many_connections",
        }
    }

    pub(crate) fn index(&self) -> usize {
        ErrorCode::ALL
            .iter()
            .position(|c| c == self)
            .unwrap_or_default()
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ErrorCode::InvalidJson
            | ErrorCode::InvalidQuery
            | ErrorCode::EmptyBody
            | ErrorCode::UnreadableBody
            | ErrorCode::InvalidUnicode
            | ErrorCode::BadRequest => StatusCode::BAD_REQUEST,
            ErrorCode::BodyTimeout => StatusCode::REQUEST_TIMEOUT,
            ErrorCode::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            ErrorCode::UriTooLong => StatusCode::URI_TOO_LONG,
            ErrorCode::NoMessages | ErrorCode::NotAConversation | ErrorCode::NestingTooDeep => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ErrorCode::TooManyConnections => StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorCode::CrossOrigin => StatusCode::FORBIDDEN,
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::Conflict => StatusCode::CONFLICT,
            ErrorCode::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::PayloadTooLarge
            | ErrorCode::TooManyMessages
            | ErrorCode::TooManyConversations => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::Unprocessable | ErrorCode::MultipleConversations => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ErrorCode::Overloaded | ErrorCode::NotReady => StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Timeout => StatusCode::GATEWAY_TIMEOUT,
            ErrorCode::Internal | ErrorCode::Panic => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// An error response. Its status follows from its code.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    pub location: Option<Box<Location>>,
    pub id: Option<String>,
    /// Seconds for a `Retry-After` header (503s).
    pub retry_after: Option<u64>,
}

#[derive(Serialize)]
struct Body<'a> {
    error: &'a str,
    code: &'static str,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            code,
            message: message.into(),
            location: None,
            id: None,
            retry_after: None,
        }
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(Box::new(location));
        self
    }

    pub fn retry_after(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self
    }

    /// A record the importer could not read: 422 with its location.
    pub fn record(e: RecordError) -> Self {
        ApiError {
            code: ErrorCode::Unprocessable,
            message: e.error,
            location: Some(Box::new(e.location)),
            id: e.id,
            retry_after: None,
        }
    }

    /// Malformed JSON, naming where it broke.
    pub fn json(e: &serde_json::Error, source: &str, line_offset: usize) -> Self {
        let line = e.line() + line_offset;
        let text = e.to_string();
        // serde_json ends its message with its own (per-line) position.
        let what = text
            .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
            .unwrap_or(&text);
        ApiError::new(
            ErrorCode::InvalidJson,
            format!(
                "malformed JSON at line {line} column {}: {what}",
                e.column()
            ),
        )
        .at(Location::new(source).line(line).column(e.column()))
    }

    pub fn status(&self) -> StatusCode {
        self.code.status()
    }

    pub fn to_json(&self) -> Vec<u8> {
        let loc = self.location.as_deref();
        let body = Body {
            error: &self.message,
            code: self.code.as_str(),
            status: self.status().as_u16(),
            source: loc.map(|l| l.source.as_str()),
            line: loc.and_then(|l| l.line),
            column: loc.and_then(|l| l.column),
            path: loc.and_then(|l| l.path.as_deref()),
            id: self.id.as_deref(),
        };
        serde_json::to_vec(&body).unwrap_or_else(|_| {
            br#"{"error":"cannot render error","code":"internal","status":500}"#.to_vec()
        })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (
            self.status(),
            [(header::CONTENT_TYPE, HeaderValue::from_static(JSON))],
            self.to_json(),
        )
            .into_response();
        if let Some(s) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(s));
        }
        if self.code == ErrorCode::Unauthorized {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"chatrisk\""),
            );
        }
        // The observing middleware counts errors by this code.
        response.extensions_mut().insert(self.code);
        response
    }
}

pub(crate) const JSON: &str = "application/json";
