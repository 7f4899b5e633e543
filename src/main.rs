//! The `chatrisk` command: parses arguments, calls the library, prints.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("chatrisk: {e}");
            ExitCode::from(2)
        }
    }
}
