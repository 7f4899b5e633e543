//! Reading request bodies: a size cap, a deadline and a minimum rate, all
//! before the request takes a scoring slot, so clients that trickle their
//! bodies hold a connection but never the capacity other clients need.

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, header};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use tokio::time::Instant;

use super::error::{ApiError, ErrorCode};

/// How a body must arrive.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BodyRules {
    /// Largest body accepted (413 above).
    pub limit: usize,
    /// The whole body must have arrived by then (408 after).
    pub timeout: Duration,
    /// After [`BodyRules::grace`], the average rate since the head must stay
    /// at or above this many bytes per second (or the body be complete).
    pub min_rate: u64,
    /// Time before the rate is first checked.
    pub grace: Duration,
}

/// How often the rate is checked once the grace period is over.
const RATE_CHECK: Duration = Duration::from_millis(500);

impl BodyRules {
    /// Bytes that must have arrived `elapsed` after the head, given the
    /// declared length (a short body must simply be complete by then).
    fn required(&self, elapsed: Duration, declared: Option<u64>) -> u64 {
        if elapsed < self.grace {
            return 0;
        }
        let by_rate = (self.min_rate as f64 * elapsed.as_secs_f64()) as u64;
        declared.map_or(by_rate, |n| by_rate.min(n))
    }
}

fn too_large(limit: usize) -> ApiError {
    ApiError::new(
        ErrorCode::PayloadTooLarge,
        format!("the request body is larger than the limit of {limit} bytes"),
    )
}

/// Reads the whole body under `rules`.
pub(crate) async fn read_body(
    body: Body,
    headers: &HeaderMap,
    rules: BodyRules,
) -> Result<Bytes, ApiError> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > rules.limit as u64) {
        return Err(too_large(rules.limit));
    }
    let started = Instant::now();
    let deadline = started + rules.timeout;
    let mut body = Limited::new(body, rules.limit);
    let mut buf: Vec<u8> = Vec::with_capacity(
        declared.map_or(0, |n| usize::try_from(n).unwrap_or(0).min(rules.limit)),
    );
    let mut next_check = started + rules.grace;
    loop {
        let wake = next_check.min(deadline);
        match tokio::time::timeout_at(wake, body.frame()).await {
            Ok(None) => break,
            Ok(Some(Ok(frame))) => {
                if let Ok(data) = frame.into_data() {
                    buf.extend_from_slice(&data);
                }
            }
            Ok(Some(Err(e))) if e.downcast_ref::<LengthLimitError>().is_some() => {
                return Err(too_large(rules.limit));
            }
            Ok(Some(Err(e))) => {
                return Err(ApiError::new(
                    ErrorCode::UnreadableBody,
                    format!("cannot read the request body: {e}"),
                ));
            }
            Err(_) => {}
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(ApiError::new(
                ErrorCode::BodyTimeout,
                format!(
                    "the request body did not arrive within {:.1} s ({} bytes received)",
                    rules.timeout.as_secs_f64(),
                    buf.len()
                ),
            ));
        }
        if now >= next_check {
            let elapsed = now - started;
            if (buf.len() as u64) < rules.required(elapsed, declared) {
                return Err(ApiError::new(
                    ErrorCode::BodyTimeout,
                    format!(
                        "the request body arrives too slowly: {} bytes in {:.1} s, \
                         the minimum is {} bytes/s",
                        buf.len(),
                        elapsed.as_secs_f64(),
                        rules.min_rate
                    ),
                ));
            }
            next_check = now + RATE_CHECK;
        }
    }
    Ok(Bytes::from(buf))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_is_averaged_from_the_head_and_short_bodies_must_be_complete() {
        let rules = BodyRules {
            limit: 1 << 20,
            timeout: Duration::from_secs(20),
            min_rate: 1000,
            grace: Duration::from_secs(2),
        };
        assert_eq!(rules.required(Duration::from_secs(1), None), 0);
        assert_eq!(rules.required(Duration::from_secs(3), None), 3000);
        assert_eq!(rules.required(Duration::from_secs(3), Some(500)), 500);
        assert_eq!(rules.required(Duration::from_secs(3), Some(50_000)), 3000);
    }
}
