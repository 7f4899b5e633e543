//! `chatrisk score`: a readable summary per conversation, or JSON lines.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::{Error, Outcome};
use clap::Args;

use super::{FormatArg, ModelArg, OutputArgs, color, exit_for, render, stdout, write_err};

#[derive(Args)]
pub struct ScoreArgs {
    #[arg(required = true)]
    files: Vec<PathBuf>,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    model: ModelArg,
    #[command(flatten)]
    output: OutputArgs,
    /// One JSON result per line (the default when stdout is not a terminal).
    #[arg(long)]
    json: bool,
}

impl ScoreArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        let scorer = self.output.keyed(self.model.scorer()?)?;
        let opts = self.output.options();
        let json = self.json || !std::io::stdout().is_terminal();
        let mut out = stdout();
        let mut failed = 0;
        for f in &self.files {
            for r in chatrisk::import::import_path(f, self.format.format) {
                let outcome = match r {
                    Ok(c) => Outcome::Report(Box::new(scorer.score(&c, &opts))),
                    Err(e) => {
                        failed += 1;
                        Outcome::Error(e)
                    }
                };
                if json {
                    writeln!(out, "{}", outcome.to_json_line()).map_err(write_err)?;
                } else {
                    render::outcome(&mut out, &outcome, color()).map_err(write_err)?;
                }
            }
        }
        out.flush().map_err(write_err)?;
        Ok(exit_for(failed))
    }
}
