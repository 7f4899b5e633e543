//! `chatrisk explain`: conversations message by message with stages and
//! running risk: every conversation of the input, or the one `--id` names.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::{Error, ScoreOptions};
use clap::Args;

use super::{
    FormatArg, ModelArg, color, exit_for, read_all, render, report_errors, stdout, write_err,
};

#[derive(Args)]
pub struct ExplainArgs {
    /// Input files (a JSONL file explains every conversation in it).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    model: ModelArg,
    /// Only the conversation with this id.
    #[arg(long)]
    id: Option<String>,
    /// One JSON object per conversation: the report's fields plus `trace`,
    /// the same shape as `POST /v1/score?explain=true`.
    #[arg(long)]
    json: bool,
}

impl ExplainArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        let scorer = self.model.scorer()?;
        let (mut convs, errors) = read_all(&self.files, self.format.format);
        report_errors(&errors);
        if let Some(id) = &self.id {
            let ids: Vec<String> = convs.iter().map(|c| c.id.clone()).collect();
            convs.retain(|c| &c.id == id);
            if convs.is_empty() {
                return Err(Error::NoConversation {
                    id: id.clone(),
                    files: self.files.iter().map(|f| f.display().to_string()).collect(),
                    known: ids,
                });
            }
        }
        let mut out = stdout();
        for c in &convs {
            let ex = scorer.explain(c, &ScoreOptions::default());
            if self.json {
                let line = serde_json::to_string(&ex).map_err(|e| Error::json("explanation", e))?;
                writeln!(out, "{line}").map_err(write_err)?;
            } else {
                render::explanation(&mut out, &ex, color()).map_err(write_err)?;
            }
        }
        out.flush().map_err(write_err)?;
        Ok(exit_for(errors.len()))
    }
}
