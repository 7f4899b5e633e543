//! `chatrisk import`: any supported export to canonical JSON Lines.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::Error;
use clap::Args;

use super::{FormatArg, exit_for, stdout, write_err};

#[derive(Args)]
pub struct ImportArgs {
    /// Input files (`-` for stdin).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    #[command(flatten)]
    format: FormatArg,
}

impl ImportArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        let mut out = stdout();
        let mut failed = 0;
        for f in &self.files {
            for r in chatrisk::import::import_path(f, self.format.format) {
                match r {
                    Ok(c) => writeln!(out, "{}", c.to_json_line()).map_err(write_err)?,
                    Err(e) => {
                        failed += 1;
                        eprintln!("error: {e}");
                    }
                }
            }
        }
        out.flush().map_err(write_err)?;
        Ok(exit_for(failed))
    }
}
