//! Prepares the shipped model for embedding, once at build time:
//!
//! - its sha256, so the binary does not hash its own 5 MB model at every start;
//! - its weights in binary form (`embedded-model.weights`: per head, in the
//!   order of the head names, the entry count as u32 then the indices as u32
//!   and the values as f32, little-endian) beside the rest of the document
//!   with empty weight arrays (`embedded-model.stripped.json`), so start-up
//!   does not parse ~700k JSON numbers. The values are the ones the JSON
//!   parser gives at run time (same parser, same features); the test
//!   `embedded_prepared_equals_the_file` checks it.
//!
//! A model that cannot be prepared leaves both files empty and the binary
//! parses the JSON itself, reporting whatever is wrong with it.
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
    let write = |name: &str, contents: &[u8]| {
        std::fs::write(format!("{out}/{name}"), contents)
            .unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    };
    write("embedded-model.sha256", hex.as_bytes());
    let (stripped, weights) = prepare(&bytes).unwrap_or_default();
    write("embedded-model.stripped.json", &stripped);
    write("embedded-model.weights", &weights);
}

/// The document without its weight arrays, and the weights as bytes.
fn prepare(bytes: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let mut doc: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let heads = doc.get_mut("heads")?.as_object_mut()?;
    let mut names: Vec<String> = heads.keys().cloned().collect();
    names.sort();
    let mut blob = Vec::new();
    for name in names {
        let weights = heads.get_mut(&name)?.get_mut("weights")?.as_object_mut()?;
        let index = weights.get_mut("index")?.as_array_mut()?;
        let index: Vec<u32> = std::mem::take(index)
            .iter()
            .map(|v| v.as_u64().and_then(|i| u32::try_from(i).ok()))
            .collect::<Option<_>>()?;
        let value = weights.get_mut("value")?.as_array_mut()?;
        // `as f32` from the parsed f64: what deserializing an f32 does.
        let value: Vec<f32> = std::mem::take(value)
            .iter()
            .map(|v| v.as_f64().map(|x| x as f32))
            .collect::<Option<_>>()?;
        if index.len() != value.len() {
            return None;
        }
        blob.extend_from_slice(&u32::try_from(index.len()).ok()?.to_le_bytes());
        for i in index {
            blob.extend_from_slice(&i.to_le_bytes());
        }
        for v in value {
            blob.extend_from_slice(&v.to_le_bytes());
        }
    }
    Some((serde_json::to_vec(&doc).ok()?, blob))
}
