//! `chatrisk unredact`: pseudonyms back to values, for the holder of the
//! redaction key and of the evidence the pseudonyms were made from.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::redact::{RedactKey, Resolver};
use chatrisk::{Error, Outcome, ScoreOptions, Scorer};
use clap::Args;

use super::{exit_for, stdout, write_err};

#[derive(Args)]
pub struct UnredactArgs {
    /// Redacted output (results, `link` output, a case report...); `-` for stdin.
    #[arg(default_value = "-")]
    input: PathBuf,
    /// The key the pseudonyms were made with.
    #[arg(long, value_name = "FILE")]
    key: PathBuf,
    /// The evidence the values come from: unredacted results JSONL, or the
    /// original exports (any format `scan` reads). Repeatable.
    #[arg(long = "source", value_name = "FILE", required = true)]
    sources: Vec<PathBuf>,
    /// Print a `pseudonym<TAB>value` table of the pseudonyms in the input
    /// instead of the resolved text.
    #[arg(long)]
    table: bool,
}

impl UnredactArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        let key = RedactKey::load(&self.key)?;
        let mut resolver = Resolver::new(key);
        let mut scorer: Option<Scorer> = None;
        let mut failed = 0;
        for f in &self.sources {
            if is_results(f) {
                let results = super::read_results(std::slice::from_ref(f))?;
                for e in &results.unreadable {
                    failed += 1;
                    eprintln!("error: {e}");
                }
                for o in &results.outcomes {
                    match o {
                        Outcome::Report(r) => resolver.add_report(r),
                        Outcome::Error(e) => resolver.add_error(e),
                    }
                }
                continue;
            }
            // Original exports (a file, or a folder as `scan` walks it):
            // their ids, senders, paths and indicators.
            let scorer = match &mut scorer {
                Some(s) => s,
                None => scorer.insert(Scorer::from_paths(None, None)?),
            };
            for file in chatrisk::scan::expand_paths(std::slice::from_ref(f)) {
                let file = match file {
                    Ok(p) => p,
                    Err(e) => {
                        failed += 1;
                        eprintln!("error: {e}");
                        continue;
                    }
                };
                for r in chatrisk::import::import_path(&file, None) {
                    match r {
                        Ok(c) => {
                            for m in &c.messages {
                                resolver.add("sender", &m.sender);
                            }
                            resolver.add_report(&scorer.score(&c, &ScoreOptions::default()));
                        }
                        Err(e) => {
                            failed += 1;
                            eprintln!("error: {e}");
                            // Its id and path can still be resolved.
                            resolver.add_error(&e);
                        }
                    }
                }
                resolver.add("path", &file.display().to_string());
            }
        }
        let name = self.input.display().to_string();
        let reader: Box<dyn BufRead> = if name == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::io::BufReader::new(
                std::fs::File::open(&self.input).map_err(|e| Error::io(&name, e))?,
            ))
        };
        let mut out = stdout();
        let mut unresolved: Vec<String> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut resolved = 0usize;
        for line in reader.lines() {
            let line = line.map_err(|e| Error::io(&name, e))?;
            let (text, missing) = resolve_line(&resolver, &line);
            let found = chatrisk::redact::find_pseudonyms(&line);
            resolved += found
                .iter()
                .filter(|p| resolver.lookup(p).is_some())
                .count();
            unresolved.extend(missing);
            if self.table {
                for p in found {
                    if !seen.contains(&p) {
                        if let Some(v) = resolver.lookup(&p) {
                            writeln!(out, "{p}\t{v}").map_err(write_err)?;
                        }
                        seen.push(p);
                    }
                }
            } else {
                writeln!(out, "{text}").map_err(write_err)?;
            }
        }
        out.flush().map_err(write_err)?;
        unresolved.sort();
        unresolved.dedup();
        if !unresolved.is_empty() {
            eprintln!(
                "{} pseudonyms not resolved (made under another key, or from values not in the --source files): {}",
                unresolved.len(),
                unresolved
                    .iter()
                    .take(5)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        if resolved == 0 {
            eprintln!(
                "warning: {name}: no pseudonym resolved ({}); nothing was changed",
                if unresolved.is_empty() {
                    "the input holds none"
                } else {
                    "none was made under this key from the --source values"
                }
            );
            return Ok(ExitCode::from(1));
        }
        Ok(exit_for(failed))
    }
}

/// Whether a file is chatrisk results (its first non-blank line parses as one).
fn is_results(path: &std::path::Path) -> bool {
    let Ok(f) = std::fs::File::open(path) else {
        return false;
    };
    std::io::BufReader::new(f)
        .lines()
        .map_while(Result::ok)
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| serde_json::from_str::<Outcome>(&l).is_ok())
}

/// Resolves a line; JSON lines are resolved string by string so a value
/// with quotes or backslashes keeps the JSON valid.
fn resolve_line(resolver: &Resolver, line: &str) -> (String, Vec<String>) {
    if let Ok(mut v) = serde_json::from_str::<serde_json::Value>(line) {
        if v.is_object() || v.is_array() {
            let mut missing = Vec::new();
            walk(&mut v, resolver, &mut missing);
            return (v.to_string(), missing);
        }
    }
    resolver.resolve(line)
}

fn walk(v: &mut serde_json::Value, resolver: &Resolver, missing: &mut Vec<String>) {
    walk_in(v, resolver, missing, false);
}

/// `kinded` marks the values of `link --json`'s `shared` and `indicator`
/// fields, which read `kind:value` in the clear and the bare pseudonym
/// `<kind:tag>` when redacted: resolving one puts its kind back in front.
fn walk_in(
    v: &mut serde_json::Value,
    resolver: &Resolver,
    missing: &mut Vec<String>,
    kinded: bool,
) {
    match v {
        serde_json::Value::String(s) => {
            let kind = kinded
                .then(|| pseudonym_kind(s))
                .flatten()
                .map(str::to_string);
            let (t, m) = resolver.resolve(s);
            *s = match kind {
                Some(kind) if m.is_empty() => format!("{kind}:{t}"),
                _ => t,
            };
            missing.extend(m);
        }
        serde_json::Value::Array(a) => a
            .iter_mut()
            .for_each(|x| walk_in(x, resolver, missing, kinded)),
        serde_json::Value::Object(o) => o
            .iter_mut()
            .for_each(|(k, x)| walk_in(x, resolver, missing, k == "shared" || k == "indicator")),
        _ => {}
    }
}

/// The kind of a string that is one whole pseudonym (`<upi:…>` → `upi`).
fn pseudonym_kind(s: &str) -> Option<&str> {
    if !chatrisk::redact::is_pseudonym(s) {
        return None;
    }
    s.strip_prefix('<')?.split_once(':').map(|(kind, _)| kind)
}
