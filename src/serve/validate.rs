//! One pass over a JSON body before import: syntax, string escapes, depth
//! and the top-level kind, so each cause gets its own error code and no
//! conversation is built from input that is not one.

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use super::error::{ApiError, ErrorCode};
use crate::error::Location;
use crate::import;

/// What the top level of a JSON document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Object,
    Array,
    Scalar(&'static str),
}

/// Deserializes any JSON value and keeps only its shape. Unlike
/// `IgnoredAny` it decodes every string and key, so invalid escapes are
/// found, and serde_json's recursion limit applies to it.
struct Check(Shape);

impl<'de> Deserialize<'de> for Check {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Check, D::Error> {
        d.deserialize_any(CheckVisitor)
    }
}

struct CheckVisitor;

impl<'de> Visitor<'de> for CheckVisitor {
    type Value = Check;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Check, E> {
        Ok(Check(Shape::Scalar("a boolean")))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Check, E> {
        Ok(Check(Shape::Scalar("a number")))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Check, E> {
        Ok(Check(Shape::Scalar("a number")))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Check, E> {
        Ok(Check(Shape::Scalar("a number")))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Check, E> {
        Ok(Check(Shape::Scalar("a string")))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Check, E> {
        Ok(Check(Shape::Scalar("null")))
    }
    fn visit_none<E: de::Error>(self) -> Result<Check, E> {
        Ok(Check(Shape::Scalar("null")))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Check, A::Error> {
        while seq.next_element::<Check>()?.is_some() {}
        Ok(Check(Shape::Array))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Check, A::Error> {
        while map.next_entry::<Check, Check>()?.is_some() {}
        Ok(Check(Shape::Object))
    }
}

/// Turns a serde_json error into the response for its cause.
pub(crate) fn json_error(e: &serde_json::Error, source: &str, line_offset: usize) -> ApiError {
    let text = e.to_string();
    let line = e.line() + line_offset;
    let at = Location::new(source).line(line).column(e.column());
    if text.starts_with("recursion limit exceeded") {
        return ApiError::new(
            ErrorCode::NestingTooDeep,
            format!(
                "the JSON at line {line} column {} is nested deeper than 128 levels; \
                 no conversation is that deep",
                e.column()
            ),
        )
        .at(at);
    }
    if text.contains("hex escape") || text.contains("surrogate") {
        return ApiError::new(
            ErrorCode::InvalidUnicode,
            format!(
                "a \\u escape at line {line} near column {} is a lone UTF-16 surrogate \
                 (like \\ud800 without its pair): JSON strings must be valid Unicode; \
                 write the character itself or a full surrogate pair such as \\ud83d\\ude00",
                e.column()
            ),
        )
        .at(at);
    }
    if text.starts_with("invalid unicode code point") {
        return ApiError::new(
            ErrorCode::InvalidUnicode,
            format!(
                "a \\u escape at line {line} near column {} is not a Unicode character",
                e.column()
            ),
        )
        .at(at);
    }
    ApiError::json(e, source, line_offset)
}

/// Checks one JSON document; returns its top-level shape.
pub(crate) fn json_document(bytes: &[u8], source: &str) -> Result<Shape, ApiError> {
    let bytes = import::strip_bom(bytes);
    serde_json::from_slice::<Check>(bytes)
        .map(|c| c.0)
        .map_err(|e| {
            let mut err = json_error(&e, source, 0);
            if e.to_string().contains("trailing characters") {
                err.message
                    .push_str(" (several JSON documents? send JSON Lines as application/x-ndjson)");
            }
            err
        })
}

/// Checks JSON Lines: every non-blank line one document.
pub(crate) fn json_lines(bytes: &[u8], source: &str) -> Result<(), ApiError> {
    let bytes = import::strip_bom(bytes);
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if import::trim_start_ws(line).is_empty() {
            continue;
        }
        serde_json::from_slice::<Check>(line).map_err(|e| json_error(&e, source, i))?;
    }
    Ok(())
}

/// A JSON body must be an object or an array to hold a conversation.
pub(crate) fn conversation_shape(shape: Shape) -> Result<(), ApiError> {
    match shape {
        Shape::Object | Shape::Array => Ok(()),
        Shape::Scalar(what) => Err(ApiError::new(
            ErrorCode::NotAConversation,
            format!(
                "the JSON body is {what}, not a conversation: send an object with \
                 \"messages\", an array of them, or a chat export"
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(body: &str) -> &'static str {
        match json_document(body.as_bytes(), "t").and_then(conversation_shape) {
            Ok(()) => "ok",
            Err(e) => e.code.as_str(),
        }
    }

    #[test]
    fn each_cause_has_its_code() {
        assert_eq!(code(r#"{"messages": [{"text": "hi"}]}"#), "ok");
        assert_eq!(code("[]"), "ok");
        for scalar in ["42", "null", "true", "\"hello\"", "-1.5e3"] {
            assert_eq!(code(scalar), "not_a_conversation", "{scalar}");
        }
        assert_eq!(code(r#"{"messages": [}"#), "invalid_json");
        assert_eq!(code(r#"{"a": "\ud800"}"#), "invalid_unicode");
        assert_eq!(code(r#"{"a": "\ud800x"}"#), "invalid_unicode");
        assert_eq!(code(r#"{"\udc00": 1}"#), "invalid_unicode");
        assert_eq!(code(r#"{"a": "\ud83d\ude00"}"#), "ok");
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(code(&deep), "nesting_too_deep");
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(code(&fine), "ok");
    }

    #[test]
    fn the_surrogate_message_says_what_is_wrong() {
        let e = json_document(br#"{"a": "\ud800"}"#, "t").unwrap_err();
        assert!(e.message.contains("lone UTF-16 surrogate"), "{}", e.message);
        assert_eq!(e.location.and_then(|l| l.line), Some(1));
    }
}
