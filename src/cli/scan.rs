//! `chatrisk scan`: files and directories, one JSON line per conversation, in order.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::Error;
use chatrisk::report::Level;
use chatrisk::scan::{self, ScanOptions};
use clap::Args;

use super::{FormatArg, ModelArg, OutputArgs, exit_for, render, stdout, write_err};

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
    /// Write results here instead of stdout.
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
    pub fn run(self) -> Result<ExitCode, Error> {
        if let Some(n) = self.threads {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n.max(1))
                .build_global()
                .map_err(|e| Error::Other(e.to_string()))?;
        }
        let opts = ScanOptions {
            format: self.format.format,
            max_line_bytes: self.max_line_bytes,
            exclude: self.out.iter().cloned().collect(),
            include_all: self.include_all,
            ..ScanOptions::default()
        };
        let scorer = self.output.keyed(self.model.scorer()?)?;
        let score_opts = self.output.options();
        let out_path = self.out.as_deref();
        let mut out: Box<dyn Write> = match out_path {
            Some(p) => Box::new(BufWriter::new(
                std::fs::File::create(p).map_err(|e| Error::io(p.display().to_string(), e))?,
            )),
            None => Box::new(stdout()),
        };
        let total: u64 = scan::expand_paths(&self.paths)
            .iter()
            .filter_map(|p| p.as_ref().ok())
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        let show_progress = !self.quiet && std::io::stderr().is_terminal();
        let started = std::time::Instant::now();
        let mut write_error = None;
        let min_level = self.min_level;
        let conversations = std::cell::Cell::new(0u64);
        let mut written = 0u64;
        let summary = scan::scan(
            &self.paths,
            &scorer,
            &score_opts,
            &opts,
            |done| {
                if show_progress {
                    render::progress(done, total, conversations.get(), started.elapsed());
                }
            },
            |o| {
                conversations.set(conversations.get() + 1);
                if write_error.is_none() && scan::passes(o, min_level) {
                    match writeln!(out, "{}", o.to_json_line()) {
                        Ok(()) => written += 1,
                        Err(e) => write_error = Some(e),
                    }
                }
            },
        );
        if let Some(e) = write_error {
            return Err(Error::io(
                out_path.map_or("stdout".into(), |p| p.display().to_string()),
                e,
            ));
        }
        out.flush().map_err(write_err)?;
        if show_progress {
            eprintln!();
        }
        if !self.quiet {
            render::scan_summary(&summary, written, min_level, started.elapsed());
        }
        Ok(exit_for(summary.errors))
    }
}
