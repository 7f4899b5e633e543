//! `chatrisk signals`: per-message signal hits and the stage timeline.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::{Error, ScoreOptions};
use clap::Args;

use super::{
    FormatArg, ModelArg, color, exit_for, read_all, render, report_errors, stdout, write_err,
};

#[derive(Args)]
pub struct SignalsArgs {
    #[arg(required = true)]
    files: Vec<PathBuf>,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    model: ModelArg,
    /// One JSON object per message with hits.
    #[arg(long)]
    json: bool,
}

impl SignalsArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        let scorer = self.model.scorer()?;
        let (convs, errors) = read_all(&self.files, self.format.format);
        report_errors(&errors);
        let mut out = stdout();
        for c in &convs {
            let ex = scorer.explain(c, &ScoreOptions::default());
            if self.json {
                for m in ex.messages.iter().filter(|m| !m.hits.is_empty()) {
                    let line = serde_json::json!({"id": c.id, "message": m.message, "sender": m.sender, "hits": m.hits});
                    writeln!(out, "{line}").map_err(write_err)?;
                }
            } else {
                render::signals(&mut out, &ex, color()).map_err(write_err)?;
            }
        }
        out.flush().map_err(write_err)?;
        Ok(exit_for(errors.len()))
    }
}
