//! `chatrisk model verify`: schema, checksum, signals, layout, tokenizer.

use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::{Error, Model};
use clap::{Args, Subcommand};

use super::{print_document, render};

#[derive(Args)]
pub struct ModelArgs {
    #[command(subcommand)]
    command: ModelCommand,
}

#[derive(Subcommand)]
enum ModelCommand {
    /// Verify a model file (schema, checksum, signals, layout, tokenizer).
    Verify {
        /// Model file (default: the embedded model).
        file: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

impl ModelArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        match self.command {
            ModelCommand::Verify { file, json } => verify(file, json),
        }
    }
}

fn verify(file: Option<PathBuf>, json: bool) -> Result<ExitCode, Error> {
    let (model, source) = match file {
        Some(p) => (Model::load(&p)?, p.display().to_string()),
        None => (
            Model::embedded()?,
            chatrisk::model::EMBEDDED_NAME.to_string(),
        ),
    };
    let v = model.verify(&source, chatrisk::model::VERIFY_SAMPLES)?;
    print_document(json, &v, |out| render::verification(out, &v))?;
    Ok(if v.tokenizer_agrees {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
