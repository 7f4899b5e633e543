//! The repository's own corpora, for tests that run over every file. The
//! integration tests include this same file (`tests/common/mod.rs`), so it
//! names nothing of the crate: the caller brings the importer.

use std::path::{Path, PathBuf};

/// Files under `dirs` (relative to the crate root, walked recursively)
/// whose extension is one of `exts`, sorted.
pub(crate) fn files(dirs: &[&str], exts: &[&str]) -> Vec<PathBuf> {
    fn collect(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                collect(&p, exts, out);
            } else if p.extension().is_some_and(|x| exts.iter().any(|e| x == *e)) {
                out.push(p);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for d in dirs {
        collect(&root.join(d), exts, &mut out);
    }
    out.sort();
    out
}

/// Speech texts of every corpus file (the training and held-out corpora and
/// the examples): `speech` reads one file's bytes with the importer its
/// format needs and returns the texts of its non-system messages.
pub(crate) fn corpus_texts(
    speech: impl Fn(&Path, &[u8]) -> Vec<String>,
) -> Vec<(PathBuf, Vec<String>)> {
    files(
        &["training/corpus", "training/heldout", "examples/data"],
        &["jsonl", "txt", "json"],
    )
    .into_iter()
    .filter_map(|f| {
        let bytes = std::fs::read(&f).ok()?;
        let texts = speech(&f, &bytes);
        Some((f, texts))
    })
    .collect()
}
