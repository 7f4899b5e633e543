//! `chatrisk link`: clusters of results that share indicators.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::{Error, Outcome, Report};
use clap::Args;

use super::{exit_for, render, stdout, write_err};

#[derive(Args)]
pub struct LinkArgs {
    /// Results JSONL from `scan` or `score --json`.
    #[arg(required = true)]
    results: Vec<PathBuf>,
    #[arg(long)]
    json: bool,
}

impl LinkArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        let mut reports: Vec<Report> = Vec::new();
        let mut failed = 0;
        for f in &self.results {
            let name = f.display().to_string();
            let text = std::fs::read_to_string(f).map_err(|e| Error::io(&name, e))?;
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                match serde_json::from_str::<Outcome>(line) {
                    Ok(Outcome::Report(r)) => reports.push(*r),
                    Ok(Outcome::Error(_)) => {}
                    Err(e) => {
                        failed += 1;
                        eprintln!("error: {name}:{}: not a chatrisk result: {e}", i + 1);
                    }
                }
            }
        }
        let clusters = chatrisk::link::link(&reports);
        let mut out = stdout();
        if self.json {
            for c in &clusters {
                let line = serde_json::to_string(c).map_err(|e| Error::json("cluster", e))?;
                writeln!(out, "{line}").map_err(write_err)?;
            }
        } else {
            render::clusters(&mut out, &clusters, reports.len()).map_err(write_err)?;
        }
        out.flush().map_err(write_err)?;
        Ok(exit_for(failed))
    }
}
