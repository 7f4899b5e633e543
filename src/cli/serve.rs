//! `chatrisk serve`: its arguments, the process-wide logger and the runtime.
//! The service itself is the library's `serve` module; only the binary
//! decides logging and exit codes.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use chatrisk::Scorer;
use chatrisk::cases::CaseStore;
use chatrisk::error::{Error, Result};
use chatrisk::serve::{
    AppState, BearerToken, CaseService, Reviewers, ServeConfig, serve_state, shutdown_signal,
};

/// Command-line arguments of `chatrisk serve`.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Model file (default: the model compiled into this binary).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Per-label thresholds (TOML: `[sextortion] medium = 0.4 high = 0.8`).
    #[arg(long)]
    pub policy: Option<PathBuf>,
    /// File whose first line is the bearer token clients must send.
    #[arg(long)]
    pub token_file: Option<PathBuf>,
    /// Largest request body in bytes.
    #[arg(long, default_value_t = ServeConfig::default().max_body_bytes)]
    pub max_body_bytes: usize,
    /// Largest upload to the case workspace (`POST /v1/cases`, the page's
    /// drop zone) in bytes: a whole chat export, media zip included.
    #[arg(long, default_value_t = ServeConfig::default().max_upload_bytes)]
    pub max_upload_bytes: usize,
    /// Most messages per conversation.
    #[arg(long, default_value_t = ServeConfig::default().max_messages)]
    pub max_messages: usize,
    /// Most conversations per batch request.
    #[arg(long, default_value_t = ServeConfig::default().max_batch)]
    pub max_batch: usize,
    /// Per-request deadline in seconds.
    #[arg(long, default_value_t = 30.0)]
    pub timeout: f64,
    /// Scoring requests admitted at once, queued ones included (default: 32 per core).
    #[arg(long)]
    pub concurrency: Option<usize>,
    /// File whose first line is a token that opens `/metrics` only (for a scraper).
    #[arg(long)]
    pub metrics_token_file: Option<PathBuf>,
    /// Also serve `GET /metrics`, without a token, on this address.
    #[arg(long)]
    pub metrics_addr: Option<SocketAddr>,
    /// Seconds a request body may take to arrive.
    #[arg(long, default_value_t = ServeConfig::default().body_timeout.as_secs_f64())]
    pub body_timeout: f64,
    /// Slowest accepted upload, bytes per second (averaged, after the first 2 s).
    #[arg(long, default_value_t = ServeConfig::default().min_body_rate)]
    pub min_body_rate: u64,
    /// Seconds a request head may take, also the idle keep-alive timeout.
    #[arg(long, default_value_t = ServeConfig::default().header_timeout.as_secs_f64())]
    pub header_timeout: f64,
    /// Most open client connections (kept below the open-file limit).
    #[arg(long, default_value_t = ServeConfig::default().max_connections)]
    pub max_connections: usize,
    /// Log one line per request at INFO (off by default; 5xx are always logged).
    #[arg(long)]
    pub log_requests: bool,
    /// Redaction key file for `?redact=true` pseudonyms (`chatrisk key new`);
    /// without it, a random key per process.
    #[arg(long, value_name = "FILE")]
    pub redact_key: Option<PathBuf>,
    /// Case database: serves the review page at `/` and the case API
    /// (created if missing).
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Reviewer tokens for the case workspace, one `name token` per line.
    #[arg(long, requires = "db")]
    pub reviewers: Option<PathBuf>,
}

fn seconds(name: &str, value: f64) -> Result<Duration> {
    if value.is_finite() && value > 0.0 {
        Ok(Duration::from_secs_f64(value))
    } else {
        Err(Error::params(name, "must be a positive number of seconds"))
    }
}

impl ServeArgs {
    pub fn config(&self) -> Result<ServeConfig> {
        let defaults = ServeConfig::default();
        Ok(ServeConfig {
            addr: self.addr,
            max_body_bytes: self.max_body_bytes,
            max_upload_bytes: self.max_upload_bytes,
            max_messages: self.max_messages,
            max_batch: self.max_batch,
            request_timeout: seconds("timeout", self.timeout)?,
            max_concurrency: self.concurrency.unwrap_or(defaults.max_concurrency).max(1),
            retry_after_secs: defaults.retry_after_secs,
            token: self
                .token_file
                .as_deref()
                .map(BearerToken::from_file)
                .transpose()?,
            metrics_token: self
                .metrics_token_file
                .as_deref()
                .map(BearerToken::from_file)
                .transpose()?,
            metrics_addr: self.metrics_addr,
            body_timeout: seconds("body-timeout", self.body_timeout)?,
            min_body_rate: self.min_body_rate,
            body_grace: defaults.body_grace,
            header_timeout: seconds("header-timeout", self.header_timeout)?,
            max_connections: self.max_connections.max(1),
            log_requests: self.log_requests,
        })
    }

    pub fn scorer(&self) -> Result<Scorer> {
        let scorer = Scorer::from_paths(self.model.as_deref(), self.policy.as_deref())?;
        Ok(match &self.redact_key {
            Some(k) => scorer.with_redaction_key(chatrisk::redact::RedactKey::load(k)?),
            None => scorer,
        })
    }
}

/// Logs to stderr; `CHATRISK_LOG` (or `RUST_LOG`) sets the filter, `info` by default.
pub fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = std::env::var("CHATRISK_LOG")
        .ok()
        .or_else(|| std::env::var("RUST_LOG").ok())
        .and_then(|f| EnvFilter::try_new(f).ok())
        .unwrap_or_else(|| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}

/// `chatrisk serve`: loads the model, serves until SIGINT or SIGTERM.
pub fn run(args: &ServeArgs) -> Result<ExitCode> {
    init_logging();
    let config = args.config()?;
    let scorer = args.scorer()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io("tokio runtime", e))?;
    let mut state = AppState::new(config, scorer);
    if let Some(db) = &args.db {
        // Chats are the most private data this tool sees: without a token
        // the case workspace stays on loopback.
        if args.token_file.is_none() && args.reviewers.is_none() && !args.addr.ip().is_loopback() {
            return Err(Error::params(
                "addr",
                format!(
                    "--db on {} would let anyone who can reach it read and judge every case; \
                     give --reviewers FILE or --token-file FILE, or listen on 127.0.0.1",
                    args.addr
                ),
            ));
        }
        let store = CaseStore::open(db)?;
        let reviewers = args
            .reviewers
            .as_deref()
            .map(Reviewers::from_file)
            .transpose()?
            .unwrap_or_default();
        state = state.with_cases(CaseService { store, reviewers });
        eprintln!(
            "review page: http://{}/ (cases in {})",
            args.addr,
            db.display()
        );
    }
    runtime.block_on(serve_state(state, shutdown_signal()))?;
    Ok(ExitCode::SUCCESS)
}
