//! The accept loop: a connection cap kept below the open-file limit,
//! header-read and idle keep-alive timeouts, graceful shutdown, and JSON
//! bodies on the errors hyper answers itself before the application sees a
//! request (garbage request line, bad `Content-Length`, 414, 431).

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll, ready};
use std::time::{Duration, Instant};

use axum::Router;
use axum::http::StatusCode;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};

use super::Shared;
use super::error::{ApiError, ErrorCode};

/// Largest request head (request line and headers) accepted; 431 above.
pub const MAX_HEAD_BYTES: usize = 32 * 1024;

/// Open files kept free for everything but client connections (the
/// listeners, the model file, logs, the blocking pool's needs).
const FD_RESERVE: u64 = 64;

/// At most one "connection cap reached" warning per this interval.
const WARN_EVERY: Duration = Duration::from_secs(10);

/// Refused connections answered at once; past that they are just closed.
const MAX_REFUSING: usize = 64;

/// The connection cap to use: `wanted`, or less if the open-file limit is
/// lower even after raising the soft limit to the hard one.
pub fn connection_cap(wanted: usize) -> usize {
    match raise_fd_limit(wanted as u64 + FD_RESERVE) {
        Some(limit) if limit < wanted as u64 + FD_RESERVE => {
            let cap = usize::try_from(limit.saturating_sub(FD_RESERVE))
                .unwrap_or(usize::MAX)
                .max(1);
            tracing::warn!(
                wanted,
                cap,
                open_file_limit = limit,
                "the open-file limit is too low for the connection cap; lowering the cap"
            );
            cap
        }
        _ => wanted,
    }
}

/// Raises the soft `RLIMIT_NOFILE` towards `wanted` (never above the hard
/// limit); returns the soft limit in force, or `None` where unknown.
#[cfg(unix)]
// `rlim_t` is `u64` on Linux but not on every Unix.
#[allow(clippy::unnecessary_cast)]
fn raise_fd_limit(wanted: u64) -> Option<u64> {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes one `rlimit` through a valid pointer.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) } != 0 {
        return None;
    }
    let current = lim.rlim_cur as u64;
    if current >= wanted || lim.rlim_cur == libc::RLIM_INFINITY {
        return Some(current.max(wanted));
    }
    let target = if lim.rlim_max == libc::RLIM_INFINITY {
        wanted
    } else {
        wanted.min(lim.rlim_max as u64)
    };
    let raised = libc::rlimit {
        rlim_cur: target as libc::rlim_t,
        rlim_max: lim.rlim_max,
    };
    // SAFETY: setrlimit reads one `rlimit` through a valid pointer.
    if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } == 0 {
        Some(target)
    } else {
        Some(current)
    }
}

#[cfg(not(unix))]
fn raise_fd_limit(_wanted: u64) -> Option<u64> {
    None
}

/// Serves `app` on `listener` until `stop` turns true, then lets every
/// open connection finish its request in flight.
pub(crate) async fn accept_loop(
    listener: TcpListener,
    app: Router,
    shared: Arc<Shared>,
    cap: usize,
    mut stop: watch::Receiver<bool>,
) {
    let slots = Arc::new(Semaphore::new(cap));
    let refusing = Arc::new(Semaphore::new(MAX_REFUSING));
    let warned = AtomicU64::new(0);
    let epoch = Instant::now();
    loop {
        if *stop.borrow() {
            break;
        }
        let accepted = tokio::select! {
            biased;
            changed = stop.changed() => match changed {
                Ok(()) => continue,
                Err(_) => break,
            },
            accepted = listener.accept() => accepted,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                // EMFILE and friends: wait a little instead of spinning.
                if should_warn(&warned, epoch) {
                    tracing::warn!(error = %e, "cannot accept a connection");
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        match slots.clone().try_acquire_owned() {
            Ok(slot) => {
                let app = app.clone();
                let shared = shared.clone();
                let stop = stop.clone();
                tokio::spawn(async move {
                    shared.metrics.connection_opened();
                    serve_connection(stream, app, &shared, stop).await;
                    shared.metrics.connection_closed();
                    drop(slot);
                });
            }
            Err(_) => {
                shared.metrics.connection_refused();
                shared.metrics.answered_outside_app(503);
                shared.metrics.error(ErrorCode::TooManyConnections);
                if should_warn(&warned, epoch) {
                    tracing::warn!(
                        cap,
                        "connection cap reached: new connections are answered 503 and closed"
                    );
                }
                if let Ok(permit) = refusing.clone().try_acquire_owned() {
                    let retry = shared.config.retry_after_secs;
                    tokio::spawn(async move {
                        refuse(stream, retry).await;
                        drop(permit);
                    });
                }
            }
        }
    }
    // Wait for the open connections (each finishing its request in flight).
    let _ = slots.acquire_many(cap as u32).await;
}

fn should_warn(last: &AtomicU64, epoch: Instant) -> bool {
    let now = epoch.elapsed().as_millis() as u64 + 1;
    let prev = last.load(Ordering::Relaxed);
    (prev == 0 || now.saturating_sub(prev) >= WARN_EVERY.as_millis() as u64)
        && last
            .compare_exchange(prev, now, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
}

/// Answers a connection over the cap with a JSON 503 and closes it.
async fn refuse(mut stream: TcpStream, retry_after: u64) {
    let err = ApiError::new(
        ErrorCode::TooManyConnections,
        "the server holds as many connections as it is allowed to; retry shortly",
    );
    let body = err.to_json();
    let head = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nretry-after: {retry_after}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    let write = async {
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(&body).await?;
        stream.shutdown().await
    };
    let _ = tokio::time::timeout(Duration::from_secs(1), write).await;
}

async fn serve_connection(
    stream: TcpStream,
    app: Router,
    shared: &Arc<Shared>,
    mut stop: watch::Receiver<bool>,
) {
    let config = &shared.config;
    let io = TokioIo::new(ShapeErrors::new(stream, shared.clone()));
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(config.header_timeout)
        .max_header_size(MAX_HEAD_BYTES)
        .keep_alive(true);
    let conn = builder.serve_connection(io, TowerToHyperService::new(app));
    tokio::pin!(conn);
    let stopping = async move {
        let _ = stop.wait_for(|s| *s).await;
    };
    let result = tokio::select! {
        r = conn.as_mut() => r,
        () = stopping => {
            conn.as_mut().graceful_shutdown();
            conn.as_mut().await
        }
    };
    if let Err(e) = result {
        if e.is_timeout() {
            shared.metrics.connection_timed_out();
        }
    }
}

/// Rewrites the body-less error responses hyper writes itself for requests
/// it cannot parse into the service's JSON error shape. Everything else
/// passes through untouched.
///
/// hyper answers such a request with exactly
/// `HTTP/1.1 <400|414|431> <reason>\r\nconnection: close\r\ncontent-length: 0\r\n...`
/// and then closes the connection; the application's own responses always
/// carry a `content-type` and a non-empty body, so the two cannot be confused.
struct ShapeErrors {
    inner: TcpStream,
    shared: Arc<Shared>,
    /// Replacement bytes still to be written before anything else.
    pending: Vec<u8>,
    written: usize,
}

impl ShapeErrors {
    fn new(inner: TcpStream, shared: Arc<Shared>) -> Self {
        ShapeErrors {
            inner,
            shared,
            pending: Vec::new(),
            written: 0,
        }
    }

    fn poll_drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.written < self.pending.len() {
            let n =
                ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending[self.written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.written += n;
        }
        self.pending.clear();
        self.written = 0;
        Poll::Ready(Ok(()))
    }
}

/// If `buf` starts with one of hyper's own error heads, its length and the
/// code it stands for.
fn hyper_error_head(buf: &[u8]) -> Option<(usize, ErrorCode)> {
    let code = if buf.starts_with(b"HTTP/1.1 400 ") {
        ErrorCode::BadRequest
    } else if buf.starts_with(b"HTTP/1.1 414 ") {
        ErrorCode::UriTooLong
    } else if buf.starts_with(b"HTTP/1.1 431 ") {
        ErrorCode::HeadersTooLarge
    } else {
        return None;
    };
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let head = std::str::from_utf8(&buf[..end]).ok()?.to_ascii_lowercase();
    let bodyless =
        head.contains("\r\ncontent-length: 0\r\n") && !head.contains("\r\ncontent-type:");
    bodyless.then_some((end, code))
}

fn shaped(code: ErrorCode) -> Vec<u8> {
    let message = match code {
        ErrorCode::UriTooLong => "the request target is too long",
        ErrorCode::HeadersTooLarge => "the request headers are larger than the limit",
        _ => {
            "the request could not be parsed as HTTP/1.1 (request line, a header, \
             or the Content-Length)"
        }
    };
    let body = ApiError::new(code, message).to_json();
    let status: StatusCode = code.status();
    let mut out = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(&body);
    out
}

impl AsyncRead for ShapeErrors {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for ShapeErrors {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        ready!(self.poll_drain(cx))?;
        if let Some((len, code)) = hyper_error_head(buf) {
            let metrics = &self.shared.metrics;
            metrics.answered_outside_app(code.status().as_u16());
            metrics.error(code);
            self.pending = shaped(code);
            self.written = 0;
            // The replacement is written by the next poll_write / flush; hyper
            // is told its head went out.
            let _ = self.poll_drain(cx)?;
            return Poll::Ready(Ok(len));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_drain(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_drain(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        // hyper then writes each response from one flat buffer, so an error
        // head always arrives whole at the start of one write.
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hypers_bodyless_error_heads_are_rewritten() {
        let hyper = b"HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\
                      date: Sun, 06 Dec 2026 23:11:32 GMT\r\n\r\n";
        assert_eq!(
            hyper_error_head(hyper),
            Some((hyper.len(), ErrorCode::BadRequest))
        );
        let long = b"HTTP/1.1 431 Request Header Fields Too Large\r\nconnection: close\r\n\
                     content-length: 0\r\n\r\n";
        assert_eq!(
            hyper_error_head(long).map(|h| h.1),
            Some(ErrorCode::HeadersTooLarge)
        );
        let app = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n\
                    content-length: 60\r\n\r\n{\"error\":";
        assert_eq!(hyper_error_head(app), None);
        assert_eq!(
            hyper_error_head(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"),
            None
        );
        let out = String::from_utf8(shaped(ErrorCode::UriTooLong)).expect("utf-8");
        assert!(out.starts_with("HTTP/1.1 414 URI Too Long\r\n"), "{out}");
        let body = out.split("\r\n\r\n").nth(1).expect("body");
        let v: serde_json::Value = serde_json::from_str(body).expect("json");
        assert_eq!(
            (v["code"].as_str(), v["status"].as_u64()),
            (Some("uri_too_long"), Some(414))
        );
    }
}
