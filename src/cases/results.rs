//! Cases from a batch `scan`'s results. A result line carries the report and
//! where its conversation came from (`source`: input path, the file's
//! SHA-256, the record's position), not the messages a reviewer reads, so
//! the conversation is read again from that input, checked against the
//! SHA-256 the scan saw, and picked by position.

use std::path::{Path, PathBuf};

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::Conversation;
use crate::error::{Location, RecordError};
use crate::import::{self, Format};
use crate::report::Report;

/// What one result line asks for.
#[derive(Debug)]
pub enum ResultLine {
    /// A scored conversation: its report (as `scan` wrote it).
    Report(Box<Report>),
    /// A record the scan could not read: it has no conversation to review.
    ScanError(RecordError),
}

/// Reads one line of `scan` output. `Err` names the results file and line.
pub fn parse_result_line(
    line: &str,
    file: &str,
    line_no: usize,
) -> Result<ResultLine, Box<RecordError>> {
    let at = || Location::new(file).line(line_no);
    let bad = |msg: String| Box::new(RecordError::new(at(), msg));
    let value: Value =
        serde_json::from_str(line).map_err(|e| bad(format!("not a JSON scan result: {e}")))?;
    if value.get("error").is_some() && value.get("risk").is_none() {
        let e: RecordError = serde_json::from_value(value)
            .map_err(|e| bad(format!("unreadable scan error record: {e}")))?;
        return Ok(ResultLine::ScanError(e));
    }
    let report: Report = serde_json::from_value(value).map_err(|e| {
        bad(format!(
            "not a scan result (a report with `source`, or an error record): {e}"
        ))
    })?;
    Ok(ResultLine::Report(Box::new(report)))
}

/// Finds the conversations results point at. Inputs are read one at a time
/// and kept only while consecutive results name the same file (scan writes
/// them in input order), so memory stays at one input's worth.
pub struct Inputs {
    base: PathBuf,
    format: Option<Format>,
    current: Option<OpenInput>,
}

struct OpenInput {
    path: String,
    sha256: String,
    records: Vec<import::Record>,
}

impl Inputs {
    pub fn new(base: Option<&Path>, format: Option<Format>) -> Inputs {
        Inputs {
            base: base.map_or_else(PathBuf::new, Path::to_path_buf),
            format,
            current: None,
        }
    }

    /// The conversation behind `report`, or what is missing to find it. The
    /// error is located at the result's file and line.
    pub fn conversation(
        &mut self,
        report: &Report,
        file: &str,
        line_no: usize,
    ) -> Result<Conversation, Box<RecordError>> {
        let fail = |msg: String| {
            let mut e = RecordError::new(Location::new(file).line(line_no), msg);
            e.id = Some(report.id.clone());
            Box::new(e)
        };
        let Some(src) = &report.source else {
            return Err(fail(
                "the result has no `source` (input path and record), which `chatrisk scan` writes; \
                 import the chats themselves with `chatrisk cases import FILES`"
                    .into(),
            ));
        };
        if src.path == "-" {
            return Err(fail(
                "the result was scanned from stdin, which cannot be read again; \
                 import that input itself with `chatrisk cases import FILE`"
                    .into(),
            ));
        }
        // A zip entry is named `a.zip!/_chat.txt`: the file is the zip.
        let outer = src.path.split("!/").next().unwrap_or(&src.path).to_string();
        if self.current.as_ref().is_none_or(|c| c.path != outer) {
            self.current = None;
            let path = self.base.join(&outer);
            let bytes = std::fs::read(&path).map_err(|e| {
                fail(format!(
                    "cannot read the input {} the result names: {e}",
                    path.display()
                ))
            })?;
            let sha256 = hex(&Sha256::digest(&bytes));
            let records = import::import_bytes(&bytes, &outer, self.format);
            self.current = Some(OpenInput {
                path: outer.clone(),
                sha256,
                records,
            });
        }
        let Some(input) = &self.current else {
            return Err(fail("internal: input not loaded".into()));
        };
        if !src.sha256.eq_ignore_ascii_case(&input.sha256) {
            return Err(fail(format!(
                "{outer} changed since the scan (SHA-256 {} now, {} in the result); \
                 scan it again",
                input.sha256, src.sha256
            )));
        }
        let index = usize::try_from(src.record).unwrap_or(usize::MAX);
        let record = index
            .checked_sub(1)
            .and_then(|i| input.records.get(i))
            .ok_or_else(|| {
                fail(format!(
                    "{outer} has {} record(s); the result names record {}",
                    input.records.len(),
                    src.record
                ))
            })?;
        let conv = match record {
            Ok(c) => c.clone(),
            Err(e) => {
                return Err(fail(format!(
                    "record {} of {outer} no longer reads: {}",
                    src.record, e.error
                )));
            }
        };
        // `scan` keeps ids unique by suffixing repeats (`id#2`).
        let same = report.id == conv.id
            || report
                .id
                .strip_prefix(conv.id.as_str())
                .is_some_and(|rest| rest.starts_with('#'));
        if !same {
            return Err(fail(format!(
                "record {} of {outer} is conversation {:?}, not {:?}",
                src.record, conv.id, report.id
            )));
        }
        Ok(conv)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
