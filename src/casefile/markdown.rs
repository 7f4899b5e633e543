//! Markdown: a summary table and one section per conversation.

use std::fmt::Write;

use super::{CaseFile, indicator_list, provenance, stage_list};
use crate::report::Level;

/// Escapes chat text for Markdown: HTML is neutralised and the characters
/// that make tables, emphasis, links or code are backslash-escaped.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '!' | '~' | '(' | ')' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

pub fn render(cf: &CaseFile) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", md(&cf.title));
    let flagged = cf
        .reports
        .iter()
        .filter(|r| r.level >= Level::Medium)
        .count();
    let _ = writeln!(
        s,
        "{} conversations, {flagged} flagged medium or high, {} records unreadable.\n",
        cf.reports.len(),
        cf.errors.len() + cf.unreadable.len()
    );
    for f in &cf.inputs {
        let _ = writeln!(
            s,
            "- results file `{}`, SHA-256 `{}`",
            md(&f.path),
            f.sha256
        );
    }
    s.push_str("\n| # | conversation | verdict | level | risk | first alert |\n|---|---|---|---|---|---|\n");
    for (i, r) in cf.reports.iter().enumerate() {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {:.2} | {} |",
            i + 1,
            md(&r.id),
            md(&r.label),
            r.level.name(),
            r.risk,
            r.first_alert_message
                .map_or("–".into(), |m| format!("message {m}"))
        );
    }
    for (i, r) in cf.reports.iter().enumerate() {
        let _ = writeln!(
            s,
            "\n## {}. {} — {} {} ({:.2})\n",
            i + 1,
            md(&r.id),
            md(&r.label),
            r.level.name().to_uppercase(),
            r.risk
        );
        if let Some((path, sha, record, line)) = provenance(r) {
            let _ = writeln!(
                s,
                "- input: {} (record {record}{}), SHA-256 `{sha}`",
                md(path),
                line.map_or(String::new(), |l| format!(", line {l}"))
            );
        }
        let _ = writeln!(
            s,
            "- model: {} (sha256 `{}`)",
            md(&r.model.version),
            r.model.sha256
        );
        let _ = writeln!(
            s,
            "- messages: {}; first alert: {}",
            r.messages,
            r.first_alert_message
                .map_or("none".into(), |m| format!("message {m}"))
        );
        if !r.stages.is_empty() {
            let _ = writeln!(s, "- stages: {}", md(&stage_list(r)));
        }
        let ind = indicator_list(r);
        if !ind.is_empty() {
            let list: Vec<String> = ind
                .iter()
                .map(|i| format!("`{}`", i.replace('`', "'")))
                .collect();
            let _ = writeln!(s, "- indicators: {}", list.join(", "));
        }
        if !r.evidence.is_empty() {
            s.push_str("\n| message | time | sender | signal | weight | quote |\n|---|---|---|---|---|---|\n");
            for e in &r.evidence {
                let _ = writeln!(
                    s,
                    "| {} | {} | {} | {} | {:+.2} | **{}** |",
                    e.message,
                    e.ts.as_deref().map_or("–".into(), md),
                    md(&e.sender),
                    md(&e.signal),
                    e.weight,
                    md(&e.text)
                );
            }
        }
    }
    if !cf.errors.is_empty() || !cf.unreadable.is_empty() {
        s.push_str("\n## Records that could not be read\n\n");
        for e in &cf.errors {
            let _ = writeln!(s, "- {}", md(&e.to_string()));
        }
        for e in &cf.unreadable {
            let _ = writeln!(s, "- {}", md(e));
        }
    }
    s
}
