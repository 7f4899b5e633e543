//! The repository's own corpora, for tests that run over every file.

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
