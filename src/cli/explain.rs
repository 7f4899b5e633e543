//! `chatrisk explain`: a conversation message by message with stages and running risk.

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
    file: PathBuf,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    model: ModelArg,
    #[arg(long)]
    json: bool,
}

impl ExplainArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        let scorer = self.model.scorer()?;
        let (convs, errors) = read_all(std::slice::from_ref(&self.file), self.format.format);
        report_errors(&errors);
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
