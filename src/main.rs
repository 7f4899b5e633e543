//! The `chatrisk` command: parses arguments, calls the library, prints.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        // The reader went away (`chatrisk scan dir | head`): end quietly, as
        // ripgrep does; nothing more can be said to it.
        Err(chatrisk::Error::Io { source, .. })
            if source.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("chatrisk: {e}");
            ExitCode::from(2)
        }
    }
}
