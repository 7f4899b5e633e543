//! Prometheus counters kept in atomics, rendered in the text format by hand.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

use super::error::ErrorCode;
use crate::report::Level;

/// Upper bounds (seconds) of the latency histogram buckets.
const BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Status codes are counted in one slot each between these bounds.
const STATUS_MIN: u16 = 100;
const STATUS_SLOTS: usize = 500;

struct RouteStats {
    by_status: Vec<AtomicU64>,
    /// Non-cumulative: one slot per bucket plus one for `+Inf`.
    buckets: Vec<AtomicU64>,
    sum_micros: AtomicU64,
    count: AtomicU64,
}

impl RouteStats {
    fn new() -> Self {
        RouteStats {
            by_status: (0..STATUS_SLOTS).map(|_| AtomicU64::new(0)).collect(),
            buckets: (0..=BUCKETS.len()).map(|_| AtomicU64::new(0)).collect(),
            sum_micros: AtomicU64::new(0),
            count: AtomicU64::new(0),
        }
    }
}

/// Counters for the `/metrics` endpoint.
pub struct Metrics {
    /// Route templates; the last one collects requests that matched none.
    routes: Vec<&'static str>,
    stats: Vec<RouteStats>,
    in_flight: AtomicU64,
    /// Labels the model can give (`benign` included), in order.
    labels: Vec<String>,
    /// `[label][level]`.
    scored: Vec<[AtomicU64; 3]>,
    errors: Vec<AtomicU64>,
    record_errors: AtomicU64,
    jobs_abandoned: AtomicU64,
    connections_open: AtomicU64,
    connections_refused: AtomicU64,
    connections_timed_out: AtomicU64,
    model: Option<(String, String)>,
}

pub(crate) const UNMATCHED: &str = "unmatched";

impl Metrics {
    pub fn new(routes: &[&'static str], labels: &[&str], model: Option<(String, String)>) -> Self {
        let mut routes = routes.to_vec();
        routes.push(UNMATCHED);
        let mut labels: Vec<String> = labels.iter().map(|s| s.to_string()).collect();
        if !labels.iter().any(|l| l == crate::report::BENIGN) {
            labels.push(crate::report::BENIGN.to_string());
        }
        Metrics {
            stats: routes.iter().map(|_| RouteStats::new()).collect(),
            routes,
            in_flight: AtomicU64::new(0),
            scored: labels.iter().map(|_| Default::default()).collect(),
            labels,
            errors: ErrorCode::ALL.iter().map(|_| AtomicU64::new(0)).collect(),
            record_errors: AtomicU64::new(0),
            jobs_abandoned: AtomicU64::new(0),
            connections_open: AtomicU64::new(0),
            connections_refused: AtomicU64::new(0),
            connections_timed_out: AtomicU64::new(0),
            model,
        }
    }

    fn route_index(&self, route: Option<&str>) -> usize {
        route
            .and_then(|r| self.routes.iter().position(|x| *x == r))
            .unwrap_or(self.routes.len() - 1)
    }

    pub fn route_name(&self, route: Option<&str>) -> &'static str {
        self.routes[self.route_index(route)]
    }

    pub fn request_started(&self) {
        self.in_flight.fetch_add(1, Relaxed);
    }

    pub fn request_finished(&self, route: Option<&str>, status: u16, latency: Duration) {
        self.in_flight.fetch_sub(1, Relaxed);
        let stats = &self.stats[self.route_index(route)];
        let slot = usize::from(status.saturating_sub(STATUS_MIN)).min(STATUS_SLOTS - 1);
        stats.by_status[slot].fetch_add(1, Relaxed);
        let secs = latency.as_secs_f64();
        let bucket = BUCKETS
            .iter()
            .position(|b| secs <= *b)
            .unwrap_or(BUCKETS.len());
        stats.buckets[bucket].fetch_add(1, Relaxed);
        stats.sum_micros.fetch_add(
            u64::try_from(latency.as_micros()).unwrap_or(u64::MAX),
            Relaxed,
        );
        stats.count.fetch_add(1, Relaxed);
    }

    /// A request answered before it reached the application (hyper's parse
    /// errors, connections over the cap): counted as unmatched, not in flight.
    pub fn answered_outside_app(&self, status: u16) {
        self.in_flight.fetch_add(1, Relaxed);
        self.request_finished(None, status, Duration::ZERO);
    }

    /// A connection closed for not sending a request head in time.
    pub fn connection_timed_out(&self) {
        self.connections_timed_out.fetch_add(1, Relaxed);
    }

    pub fn error(&self, code: ErrorCode) {
        self.errors[code.index()].fetch_add(1, Relaxed);
    }

    pub fn scored(&self, label: &str, level: Level) {
        // A label the model did not announce cannot occur; count it as benign rather than lose it.
        let i = self
            .labels
            .iter()
            .position(|l| l == label)
            .or_else(|| self.labels.iter().position(|l| l == crate::report::BENIGN))
            .unwrap_or_default();
        let li = match level {
            Level::Low => 0,
            Level::Medium => 1,
            Level::High => 2,
        };
        if let Some(row) = self.scored.get(i) {
            row[li].fetch_add(1, Relaxed);
        }
    }

    pub fn record_error(&self) {
        self.record_errors.fetch_add(1, Relaxed);
    }

    /// A scoring job that finished after its request was gone.
    pub fn job_abandoned(&self) {
        self.jobs_abandoned.fetch_add(1, Relaxed);
    }

    pub fn connection_opened(&self) {
        self.connections_open.fetch_add(1, Relaxed);
    }

    pub fn connection_closed(&self) {
        self.connections_open.fetch_sub(1, Relaxed);
    }

    /// A connection refused because the connection cap was reached.
    pub fn connection_refused(&self) {
        self.connections_refused.fetch_add(1, Relaxed);
    }

    /// The Prometheus text exposition format (version 0.0.4).
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(4096);
        let w = &mut out;
        header(
            w,
            "chatrisk_http_requests_total",
            "counter",
            "HTTP requests by route template and status code.",
        );
        for (route, stats) in self.routes.iter().zip(&self.stats) {
            for (slot, n) in stats.by_status.iter().enumerate() {
                let n = n.load(Relaxed);
                if n > 0 {
                    let status = slot + usize::from(STATUS_MIN);
                    let _ = writeln!(
                        w,
                        "chatrisk_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}"
                    );
                }
            }
        }
        header(
            w,
            "chatrisk_http_request_duration_seconds",
            "histogram",
            "Time from request received to response headers, by route template.",
        );
        for (route, stats) in self.routes.iter().zip(&self.stats) {
            let count = stats.count.load(Relaxed);
            if count == 0 {
                continue;
            }
            let mut cumulative = 0;
            for (i, b) in BUCKETS.iter().enumerate() {
                cumulative += stats.buckets[i].load(Relaxed);
                let _ = writeln!(
                    w,
                    "chatrisk_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{b}\"}} {cumulative}"
                );
            }
            cumulative += stats.buckets[BUCKETS.len()].load(Relaxed);
            let _ = writeln!(
                w,
                "chatrisk_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {cumulative}"
            );
            let sum = stats.sum_micros.load(Relaxed) as f64 / 1e6;
            let _ = writeln!(
                w,
                "chatrisk_http_request_duration_seconds_sum{{route=\"{route}\"}} {sum}"
            );
            let _ = writeln!(
                w,
                "chatrisk_http_request_duration_seconds_count{{route=\"{route}\"}} {count}"
            );
        }
        header(
            w,
            "chatrisk_http_requests_in_flight",
            "gauge",
            "Requests being handled now.",
        );
        let _ = writeln!(
            w,
            "chatrisk_http_requests_in_flight {}",
            self.in_flight.load(Relaxed)
        );
        header(
            w,
            "chatrisk_conversations_scored_total",
            "counter",
            "Conversations scored, by outcome label and level.",
        );
        for (label, row) in self.labels.iter().zip(&self.scored) {
            for (level, n) in [Level::Low, Level::Medium, Level::High].iter().zip(row) {
                let _ = writeln!(
                    w,
                    "chatrisk_conversations_scored_total{{label=\"{}\",level=\"{}\"}} {}",
                    escape(label),
                    level.name(),
                    n.load(Relaxed)
                );
            }
        }
        header(
            w,
            "chatrisk_record_errors_total",
            "counter",
            "Conversations in request bodies that could not be imported.",
        );
        let _ = writeln!(
            w,
            "chatrisk_record_errors_total {}",
            self.record_errors.load(Relaxed)
        );
        header(
            w,
            "chatrisk_jobs_abandoned_total",
            "counter",
            "Scoring jobs that were stopped or finished after their request was gone.",
        );
        let _ = writeln!(
            w,
            "chatrisk_jobs_abandoned_total {}",
            self.jobs_abandoned.load(Relaxed)
        );
        header(
            w,
            "chatrisk_connections_open",
            "gauge",
            "Client connections open now.",
        );
        let _ = writeln!(
            w,
            "chatrisk_connections_open {}",
            self.connections_open.load(Relaxed)
        );
        header(
            w,
            "chatrisk_connections_refused_total",
            "counter",
            "Connections answered 503 and closed because the connection cap was reached.",
        );
        let _ = writeln!(
            w,
            "chatrisk_connections_refused_total {}",
            self.connections_refused.load(Relaxed)
        );
        header(
            w,
            "chatrisk_connections_timed_out_total",
            "counter",
            "Connections closed because no request head arrived in time (slow or idle clients).",
        );
        let _ = writeln!(
            w,
            "chatrisk_connections_timed_out_total {}",
            self.connections_timed_out.load(Relaxed)
        );
        header(
            w,
            "chatrisk_errors_total",
            "counter",
            "Error responses by error code.",
        );
        for (code, n) in ErrorCode::ALL.iter().zip(&self.errors) {
            let _ = writeln!(
                w,
                "chatrisk_errors_total{{code=\"{}\"}} {}",
                code.as_str(),
                n.load(Relaxed)
            );
        }
        if let Some((version, sha256)) = &self.model {
            header(w, "chatrisk_model_info", "gauge", "The model being served.");
            let _ = writeln!(
                w,
                "chatrisk_model_info{{version=\"{}\",sha256=\"{}\"}} 1",
                escape(version),
                escape(sha256)
            );
        }
        out
    }
}

fn header(w: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(w, "# HELP {name} {help}");
    let _ = writeln!(w, "# TYPE {name} {kind}");
}

/// Escapes a label value for the text format.
fn escape(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_cumulative_buckets() {
        let m = Metrics::new(&["/a"], &["scam"], Some(("v1".into(), "ab".into())));
        m.request_started();
        m.request_finished(Some("/a"), 200, Duration::from_millis(3));
        m.request_started();
        m.request_finished(None, 404, Duration::from_secs(20));
        m.scored("scam", Level::High);
        m.error(ErrorCode::NotFound);
        let text = m.render();
        assert!(text.contains("chatrisk_http_requests_total{route=\"/a\",status=\"200\"} 1"));
        assert!(
            text.contains("chatrisk_http_requests_total{route=\"unmatched\",status=\"404\"} 1")
        );
        assert!(text.contains(
            "chatrisk_http_request_duration_seconds_bucket{route=\"/a\",le=\"0.0025\"} 0"
        ));
        assert!(text.contains(
            "chatrisk_http_request_duration_seconds_bucket{route=\"/a\",le=\"0.005\"} 1"
        ));
        assert!(text.contains(
            "chatrisk_http_request_duration_seconds_bucket{route=\"unmatched\",le=\"+Inf\"} 1"
        ));
        assert!(
            text.contains("chatrisk_conversations_scored_total{label=\"scam\",level=\"high\"} 1")
        );
        assert!(text.contains("chatrisk_errors_total{code=\"not_found\"} 1"));
        assert!(text.contains("chatrisk_http_requests_in_flight 0"));
    }
}
