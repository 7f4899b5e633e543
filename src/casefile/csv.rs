//! One row per conversation, for a spreadsheet (the `csv` crate quotes).

use super::{CaseFile, indicator_list, provenance, stage_list};

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
/// carriage return first) gets a leading `'`.
fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

pub const HEADER: [&str; 19] = [
    "id",
    "verdict",
    "level",
    "risk",
    "scores",
    "messages",
    "first_alert_message",
    "window",
    "stages",
    "evidence",
    "evidence_count",
    "indicators",
    "input_file",
    "input_sha256",
    "record",
    "line",
    "model_version",
    "model_sha256",
    "error",
];

pub fn render(cf: &CaseFile) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let mut rows: Vec<Vec<String>> = vec![HEADER.iter().map(|h| h.to_string()).collect()];
    for r in &cf.reports {
        let evidence: Vec<String> = r
            .evidence
            .iter()
            .map(|e| {
                format!(
                    "#{} {}{} {} ({:+.2}): {}",
                    e.message,
                    e.ts.as_deref().map_or(String::new(), |t| format!("{t} ")),
                    e.sender,
                    e.signal,
                    e.weight,
                    e.text.replace('\n', " ")
                )
            })
            .collect();
        let prov = provenance(r);
        rows.push(vec![
            r.id.clone(),
            r.label.clone(),
            r.level.name().to_string(),
            format!("{:.4}", r.risk),
            r.scores
                .iter()
                .map(|(l, v)| format!("{l} {v:.4}"))
                .collect::<Vec<_>>()
                .join("; "),
            r.messages.to_string(),
            r.first_alert_message
                .map_or(String::new(), |m| m.to_string()),
            r.window.map_or(String::new(), |[a, b]| format!("{a}-{b}")),
            stage_list(r),
            evidence.join(" | "),
            r.evidence.len().to_string(),
            indicator_list(r).join(" "),
            prov.map_or(String::new(), |p| p.0.to_string()),
            prov.map_or(String::new(), |p| p.1.to_string()),
            prov.map_or(String::new(), |p| p.2.to_string()),
            prov.and_then(|p| p.3)
                .map_or(String::new(), |l| l.to_string()),
            r.model.version.clone(),
            r.model.sha256.clone(),
            String::new(),
        ]);
    }
    for e in &cf.errors {
        let mut row = vec![String::new(); HEADER.len()];
        row[0] = e.id.clone().unwrap_or_default();
        row[12] = e.location.source.clone();
        row[15] = e.location.line.map_or(String::new(), |l| l.to_string());
        row[18] = e.error.clone();
        rows.push(row);
    }
    for e in &cf.unreadable {
        let mut row = vec![String::new(); HEADER.len()];
        row[18] = e.clone();
        rows.push(row);
    }
    for row in rows {
        // Writing to a Vec cannot fail.
        let _ = w.write_record(row.iter().map(|c| cell(c)));
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}
