//! The model-file loader: `Model::from_slice` on mutated copies of a small
//! model must return `Err` (never panic), and anything it accepts must be
//! the very model it was mutated from (the checksum seals the content).
//!
//! The first byte picks the mode:
//! - `0`: the rest is a model file as is (libFuzzer mutates the seed bytes);
//! - `1`: the rest is parsed as a model document and re-sealed with a fresh
//!   checksum first, so mutations reach the checks behind the checksum
//!   (signal hash, tokenizer, feature layout, heads, thresholds);
//! - otherwise: the rest is a list of edits `(offset: u24, byte)` applied to
//!   the small model, with a truncation when the mode byte is odd.
#![no_main]

use std::sync::OnceLock;

use chatrisk::Model;
use chatrisk::model::ModelFile;
use chatrisk::signals::SignalMatcher;
use libfuzzer_sys::fuzz_target;

/// A small model trained on a few hundred conversations. Its signal-table
/// hash is brought up to date and the file re-sealed at start-up, so the
/// target survives table edits without retraining the seed.
const SEED: &[u8] = include_bytes!("../seeds/small-model.json");

struct Env {
    small: Vec<u8>,
    model: Model,
}

fn env() -> &'static Env {
    static E: OnceLock<Env> = OnceLock::new();
    E.get_or_init(|| {
        let mut file: ModelFile = serde_json::from_slice(SEED).expect("the seed model parses");
        file.signals.sha256 = SignalMatcher::new().tables_sha256();
        let small = file.to_json().expect("reseal").into_bytes();
        let model = Model::from_slice(&small, "small-model.json").expect("the seed model loads");
        Env { small, model }
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode {
        0 => {
            if let Ok(model) = Model::from_slice(rest, "fuzz.json") {
                assert!(!model.heads().is_empty());
            }
        }
        1 => {
            let Ok(mut file) = serde_json::from_slice::<ModelFile>(rest) else {
                return;
            };
            let Ok(json) = file.to_json() else {
                return;
            };
            if let Ok(model) = Model::from_slice(json.as_bytes(), "resealed.json") {
                assert!(!model.heads().is_empty());
                for (_, head) in model.heads() {
                    assert_eq!(head.weights.len(), model.space().len());
                }
            }
        }
        _ => {
            let small = &env().small;
            let mut bytes = small.clone();
            for edit in rest.chunks_exact(4) {
                let offset =
                    usize::from(edit[0]) | usize::from(edit[1]) << 8 | usize::from(edit[2]) << 16;
                if let Some(b) = bytes.get_mut(offset % small.len()) {
                    *b = edit[3];
                }
            }
            if mode % 2 == 1 {
                let keep = rest.len().wrapping_mul(2654435761) % small.len();
                bytes.truncate(keep);
            }
            let result = Model::from_slice(&bytes, "mutated.json");
            if let Ok(model) = result {
                assert!(
                    model.file() == env().model.file(),
                    "a mutated model file was accepted with different content"
                );
            } else if let Err(e) = result {
                assert!(e.to_string().contains("mutated.json"), "{e}");
            }
        }
    }
});
