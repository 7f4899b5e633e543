//! Helpers shared by the integration tests that start the real binary.

#![allow(dead_code)]

use std::ffi::OsStr;
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A child process killed (and reaped) when the test ends, however it ends.
pub struct Killed(pub Child, pub &'static str);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A port that was free a moment ago.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits until `port` accepts connections, failing the test if the child
/// exits first or `within` passes.
pub fn wait_for_port(child: &mut Killed, port: u16, within: Duration) {
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = child.0.try_wait() {
            panic!("{} exited before listening: {status}", child.1);
        }
        assert!(
            started.elapsed() < within,
            "{} did not listen on port {port} within {within:?}",
            child.1
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Starts `chatrisk serve` on a free local port with `args` after the
/// address (output discarded) and waits until it listens.
pub fn start_serve<I, S>(args: I, within: Duration) -> (Killed, u16)
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut server = Killed(child, "chatrisk serve");
    wait_for_port(&mut server, port, within);
    (server, port)
}

#[path = "../../src/testdata.rs"]
mod testdata;

/// Speech texts of every corpus file (training, held-out, examples), each
/// read with the importer its format needs.
pub fn corpus_texts() -> Vec<(std::path::PathBuf, Vec<String>)> {
    testdata::corpus_texts(|f, bytes| {
        chatrisk::import::import_bytes(bytes, &f.to_string_lossy(), None)
            .into_iter()
            .flatten()
            .flat_map(|c| c.messages)
            .filter(|m| !m.is_system())
            .map(|m| m.text)
            .collect()
    })
}
