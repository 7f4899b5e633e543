//! The `chatrisk` command: parses arguments, calls the library, prints.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: allocation was an eighth of a
/// scan's instructions, and glibc's per-thread arenas give memory back after
/// each request only to fault it in again on the next.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        // The reader went away (`chatrisk scan dir | head`): end quietly, as
        // ripgrep does; nothing more can be said to it.
        Err(chatrisk::Error::Io { source, .. } | chatrisk::Error::Output { source, .. })
            if source.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            ExitCode::SUCCESS
        }
        // The output is incomplete (a full disk, an I/O error on stdout or
        // `--out`): not a usage error, so not 2.
        Err(e @ chatrisk::Error::Output { .. }) => {
            eprintln!("chatrisk: {e}");
            ExitCode::from(cli::EXIT_OUTPUT)
        }
        Err(e) => {
            eprintln!("chatrisk: {e}");
            ExitCode::from(2)
        }
    }
}
