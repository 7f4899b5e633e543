//! `chatrisk report`: a case report from results JSONL.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::Error;
use chatrisk::casefile::{CaseFile, CaseFormat, ResultsFile};
use clap::Args;

use super::{exit_for, read_results, stdout, write_err};

#[derive(Args)]
pub struct ReportArgs {
    /// Results JSONL from `scan` or `score --json` (`--timeline` results
    /// draw the running risk).
    #[arg(required = true)]
    results: Vec<PathBuf>,
    /// html (one self-contained file that prints cleanly), csv or md.
    #[arg(long, default_value = "html")]
    format: CaseFormat,
    /// Write here instead of stdout (`-` is stdout).
    #[arg(long, short)]
    out: Option<PathBuf>,
    /// The report's heading.
    #[arg(long, default_value = "chatrisk case report")]
    title: String,
}

impl ReportArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        let mut results = read_results(&self.results)?;
        for e in &results.unreadable {
            eprintln!("error: {e}");
        }
        super::disambiguate_ids(&mut results.outcomes);
        let mut cf = CaseFile::new(&self.title);
        cf.inputs = results
            .files
            .into_iter()
            .map(|(path, sha256)| ResultsFile { path, sha256 })
            .collect();
        let bad = results.unreadable.len();
        cf.unreadable = results.unreadable;
        for o in results.outcomes {
            cf.push(o);
        }
        let text = cf.render(self.format);
        match self.out.as_ref().filter(|p| p.as_os_str() != "-") {
            Some(p) => {
                let name = p.display().to_string();
                std::fs::write(p, text).map_err(|e| Error::io(&name, e))?;
                eprintln!(
                    "{} conversations, {} unreadable records -> {name}",
                    cf.reports.len(),
                    cf.errors.len() + bad
                );
            }
            None => {
                let mut out = stdout();
                out.write_all(text.as_bytes()).map_err(write_err)?;
                out.flush().map_err(write_err)?;
            }
        }
        Ok(exit_for(bad))
    }
}
