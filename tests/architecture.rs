//! Invariants of ARCHITECTURE.md checked on the source tree: the top-level
//! modules form no import cycle, and the library never prints or exits.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a library file belongs to (`src/model/train.rs` -> `model`).
fn module_of(file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src()).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main" | "cli")).then(|| name.to_string())
}

/// The code of a file before its `#[cfg(test)]` module.
fn non_test(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

fn library_files() -> Vec<(String, PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files.sort();
    files
        .into_iter()
        // `tests.rs` files are `#[cfg(test)] mod tests;` of their parent.
        .filter(|f| f.file_name().is_none_or(|n| n != "tests.rs"))
        .filter_map(|f| {
            let m = module_of(&f)?;
            let text = std::fs::read_to_string(&f).ok()?;
            Some((m, f, text))
        })
        .collect()
}

#[test]
fn top_level_modules_form_no_cycle() {
    let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, _, text) in library_files() {
        let entry = deps.entry(m.clone()).or_default();
        for part in text.split("crate::").skip(1) {
            let dep: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !dep.is_empty() && dep != m {
                entry.insert(dep);
            }
        }
    }
    assert!(deps.len() > 10, "found only {:?}", deps.keys());
    // Depth-first search for a back edge; report the cycle it closes.
    fn visit(
        m: &str,
        deps: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == m) {
            let mut cycle = path[i..].to_vec();
            cycle.push(m.to_string());
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for d in deps.get(m).into_iter().flatten() {
            if let Some(c) = visit(d, deps, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in deps.keys() {
        if let Some(cycle) = visit(m, &deps, &mut Vec::new(), &mut done) {
            panic!(
                "import cycle between top-level modules: {}",
                cycle.join(" -> ")
            );
        }
    }
}

#[test]
fn the_library_never_prints_exits_or_installs_a_logger() {
    let forbidden = [
        "println!(",
        "eprintln!(",
        "print!(",
        "eprint!(",
        "dbg!(",
        "std::process::exit",
        "tracing_subscriber",
    ];
    let mut found = Vec::new();
    for (_, f, text) in library_files() {
        for (n, line) in non_test(&text).lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for bad in forbidden {
                if code.contains(bad) {
                    found.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "library code prints or exits:\n{}",
        found.join("\n")
    );
}

#[test]
fn module_graph_check_sees_real_edges() {
    // Guards the cycle test against reading nothing: known edges exist.
    let files = library_files();
    let uses = |m: &str, dep: &str| {
        files
            .iter()
            .any(|(x, _, t)| x == m && t.contains(&format!("crate::{dep}")))
    };
    assert!(uses("score", "model"));
    assert!(uses("dataset", "eval"));
    assert!(!uses("metrics", "eval"), "metrics must stay a leaf");
}
