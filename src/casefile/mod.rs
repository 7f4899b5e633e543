//! Case reports: scan results rendered for an investigator or a
//! spreadsheet — one self-contained HTML file (inline CSS and SVG, prints
//! cleanly), CSV, or Markdown.
//!
//! Everything taken from a chat (ids, names, quotes, indicators) is
//! escaped for the target format: HTML entities, Markdown punctuation, and
//! for CSV a leading `'` before `= + - @` so a spreadsheet never runs a
//! quote as a formula.

mod csv;
pub(crate) mod html;
mod markdown;
mod svg;

use crate::error::RecordError;
use crate::report::{Outcome, Report};

/// Output formats of `chatrisk report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseFormat {
    Html,
    Csv,
    Markdown,
}

impl std::str::FromStr for CaseFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "html" => Ok(CaseFormat::Html),
            "csv" => Ok(CaseFormat::Csv),
            "md" | "markdown" => Ok(CaseFormat::Markdown),
            _ => Err(format!(
                "unknown report format {s:?}: expected html, csv or md"
            )),
        }
    }
}

/// The results file a case report was made from (chain of custody for the
/// report itself).
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsFile {
    pub path: String,
    pub sha256: String,
}

/// What a case report shows: results in input order, plus the records
/// of the results files that were not chatrisk results.
#[derive(Debug, Clone, Default)]
pub struct CaseFile {
    pub title: String,
    pub inputs: Vec<ResultsFile>,
    pub reports: Vec<Report>,
    /// Records the scan could not read (as the scan reported them).
    pub errors: Vec<RecordError>,
    /// Lines of the results files that were not chatrisk results.
    pub unreadable: Vec<String>,
}

impl CaseFile {
    pub fn new(title: impl Into<String>) -> CaseFile {
        CaseFile {
            title: title.into(),
            ..CaseFile::default()
        }
    }

    pub fn push(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Report(r) => self.reports.push(*r),
            Outcome::Error(e) => self.errors.push(e),
        }
    }

    pub fn render(&self, format: CaseFormat) -> String {
        match format {
            CaseFormat::Html => html::render(self),
            CaseFormat::Csv => csv::render(self),
            CaseFormat::Markdown => markdown::render(self),
        }
    }
}

/// The stages as `stage@message` in order.
fn stage_list(r: &Report) -> String {
    r.stages
        .iter()
        .map(|s| format!("{}@{}", s.stage, s.message))
        .collect::<Vec<_>>()
        .join(" → ")
}

/// Indicators as printed (`kind:value`, pseudonyms alone).
fn indicator_list(r: &Report) -> Vec<String> {
    r.indicators
        .iter()
        .map(|(k, v)| crate::report::IndicatorLists::label(k, v))
        .collect()
}

/// Where a report came from: `(path, sha256, record, line)` when the
/// results carry provenance.
fn provenance(r: &Report) -> Option<(&str, &str, u64, Option<u64>)> {
    r.source
        .as_ref()
        .map(|s| (s.path.as_str(), s.sha256.as_str(), s.record, s.line))
}

#[cfg(test)]
mod tests;
