//! `chatrisk key new`: a per-deployment redaction key.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::Error;
use chatrisk::redact::RedactKey;
use clap::{Args, Subcommand};

#[derive(Args)]
pub struct KeyArgs {
    #[command(subcommand)]
    command: KeyCommand,
}

#[derive(Subcommand)]
enum KeyCommand {
    /// Write a new random key (readable by its owner only); never overwrites.
    New {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Print a key file's fingerprint (which key made a set of pseudonyms).
    Fingerprint { file: PathBuf },
}

impl KeyArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        match self.command {
            KeyCommand::New { out } => {
                let key = RedactKey::generate()?;
                let name = out.display().to_string();
                let mut opts = std::fs::OpenOptions::new();
                opts.write(true).create_new(true);
                #[cfg(unix)]
                {
                    use std::os::unix::fs::OpenOptionsExt;
                    opts.mode(0o600);
                }
                let mut f = opts.open(&out).map_err(|e| {
                    if e.kind() == std::io::ErrorKind::AlreadyExists {
                        Error::KeyExists { path: name.clone() }
                    } else {
                        Error::io(&name, e)
                    }
                })?;
                f.write_all(key.to_file_text().as_bytes())
                    .and_then(|_| f.sync_all())
                    .map_err(|e| Error::io(&name, e))?;
                eprintln!("new redaction key {} -> {name}", key.fingerprint());
                Ok(ExitCode::SUCCESS)
            }
            KeyCommand::Fingerprint { file } => {
                println!("{}", RedactKey::load(&file)?.fingerprint());
                Ok(ExitCode::SUCCESS)
            }
        }
    }
}
