//! `chatrisk scan`: files and directories, one JSON line per conversation, in order.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chatrisk::Error;
use chatrisk::report::Level;
use chatrisk::scan::{self, ScanOptions};
use clap::Args;

use super::{FormatArg, ModelArg, OutputArgs, exit_for, render, stdout};

#[derive(Args)]
pub struct ScanArgs {
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    model: ModelArg,
    #[command(flatten)]
    output: OutputArgs,
    /// Write results here instead of stdout (`-` is stdout).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Only output results at or above this level (errors always).
    #[arg(long, default_value = "low")]
    min_level: Level,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Longest JSONL line accepted, in bytes.
    #[arg(long, default_value_t = 1 << 20)]
    max_line_bytes: usize,
    /// No summary or progress on stderr.
    #[arg(long, short)]
    quiet: bool,
    /// Read media files (images, audio, video, documents) too instead of
    /// skipping them.
    #[arg(long)]
    include_all: bool,
}

impl ScanArgs {
    /// The `--out` file, or `None` for stdout (no `--out`, or `--out -`).
    fn out_file(&self) -> Option<&Path> {
        self.out.as_deref().filter(|p| p.as_os_str() != "-")
    }

    pub fn run(self) -> Result<ExitCode, Error> {
        if let Some(n) = self.threads {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n.max(1))
                .build_global()
                .map_err(|e| Error::Threads {
                    threads: n.max(1),
                    source: e,
                })?;
        }
        let opts = ScanOptions {
            format: self.format.format,
            max_line_bytes: self.max_line_bytes,
            exclude: self.out_file().into_iter().map(Path::to_path_buf).collect(),
            include_all: self.include_all,
            ..ScanOptions::default()
        };
        let scorer = self.output.keyed(self.model.scorer()?)?;
        let score_opts = self.output.options();
        let out_path = self.out_file();
        let mut out: Box<dyn Write> = match out_path {
            Some(p) => Box::new(BufWriter::new(
                std::fs::File::create(p).map_err(|e| Error::output(p.display().to_string(), e))?,
            )),
            None => Box::new(stdout()),
        };
        let total: u64 = scan::expand_paths(&self.paths)
            .iter()
            .filter_map(|p| p.as_ref().ok())
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        let progress = render::scan_progress(total, self.quiet);
        let started = std::time::Instant::now();
        let min_level = self.min_level;
        let conversations = std::cell::Cell::new(0u64);
        let mut written = 0u64;
        let out_name = || out_path.map_or("stdout".into(), |p| p.display().to_string());
        let result = scan::try_scan(
            &self.paths,
            &scorer,
            &score_opts,
            &opts,
            |done| {
                progress.set_position(done);
                let secs = started.elapsed().as_secs_f64().max(1e-3);
                progress.set_message(format!("{:.0} conv/s", conversations.get() as f64 / secs));
            },
            |o| {
                conversations.set(conversations.get() + 1);
                if scan::passes(o, min_level) {
                    // Each line is flushed as it is written, to a file as to
                    // stdout: a run that is killed keeps every result so far,
                    // and a full disk stops the scan at the first failed write.
                    writeln!(out, "{}", o.to_json_line()).and_then(|()| out.flush())?;
                    written += 1;
                }
                Ok::<(), std::io::Error>(())
            },
        );
        let summary = match result {
            Ok(summary) => summary,
            Err((_, e)) => return Err(Error::output(out_name(), e)),
        };
        out.flush().map_err(|e| Error::output(out_name(), e))?;
        progress.finish_and_clear();
        if !self.quiet {
            render::scan_summary(&summary, written, min_level, started.elapsed());
        }
        Ok(exit_for(summary.errors))
    }
}
