//! Hashes the shipped model once at build time, so the binary does not
//! hash its own 5 MB embedded model at every start.
use sha2::{Digest, Sha256};
use std::fmt::Write;

fn main() {
    let path = "models/chatrisk-model.json";
    println!("cargo:rerun-if-changed={path}");
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let hex = Sha256::digest(&bytes)
        .iter()
        .fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        });
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    std::fs::write(format!("{out}/embedded-model.sha256"), hex)
        .unwrap_or_else(|e| panic!("cannot write the model hash: {e}"));
}
