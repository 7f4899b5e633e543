//! `chatrisk cases import --results`: each result of a batch `scan` becomes
//! a case, its conversation read again from the input the result names.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chatrisk::cases::results::{Inputs, ResultLine, parse_result_line};
use chatrisk::cases::{NewCase, Source};
use chatrisk::error::{Error, Result};
use chatrisk::import::Format;

use super::cases::CaseImport;

/// Cases are written in batches of this many (one transaction each).
const BATCH: usize = 256;

pub fn import_results(
    paths: &[PathBuf],
    base: Option<&Path>,
    db: &Path,
    format: Option<Format>,
    model: Option<&Path>,
    policy: Option<&Path>,
) -> Result<ExitCode> {
    let mut imp = CaseImport::open(db, model, policy)?;
    let version = imp.scorer.model().file().version.clone();
    let mut inputs = Inputs::new(base, format);
    let (mut unread, mut rescored) = (0, 0);
    for path in paths {
        let name = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|e| Error::io(&name, e))?;
        let mut pending: Vec<NewCase> = Vec::new();
        let (mut file_added, mut file_dup) = (0usize, 0usize);
        let mut flush = |imp: &mut CaseImport, pending: &mut Vec<NewCase>| -> Result<()> {
            if pending.is_empty() {
                return Ok(());
            }
            let (new, dup) = imp.add(pending)?;
            file_added += new;
            file_dup += dup;
            pending.clear();
            Ok(())
        };
        for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line_no = i + 1;
            let line = line.map_err(|e| Error::io(&name, e))?;
            if line.trim().is_empty() {
                continue;
            }
            let result = match parse_result_line(&line, &name, line_no) {
                Ok(ResultLine::Report(r)) => r,
                Ok(ResultLine::ScanError(e)) => {
                    eprintln!("{name}:{line_no}: not a case: the scan could not read it: {e}");
                    unread += 1;
                    continue;
                }
                Err(e) => {
                    imp.error(&e);
                    continue;
                }
            };
            let conv = match inputs.conversation(&result, &name, line_no) {
                Ok(c) => c,
                Err(e) => {
                    imp.error(&e);
                    continue;
                }
            };
            let src = result.source.as_ref();
            let source = Source {
                name: src
                    .map(|s| s.path.rsplit('/').next().unwrap_or(&s.path).to_string())
                    .unwrap_or_default(),
                sha256: src.map(|s| s.sha256.clone()).unwrap_or_default(),
            };
            let case = NewCase::score(&imp.scorer, conv, source);
            if result.model.version != version {
                rescored += 1;
            }
            pending.push(case);
            if pending.len() >= BATCH {
                flush(&mut imp, &mut pending)?;
            }
        }
        flush(&mut imp, &mut pending)?;
        eprintln!("{name}: {file_added} new case(s), {file_dup} already stored");
    }
    if rescored > 0 {
        eprintln!(
            "note: {rescored} result(s) came from another model than {version}; their cases carry this model's scores"
        );
    }
    Ok(imp.finish(&format!("{unread} scan error(s) skipped, ")))
}
