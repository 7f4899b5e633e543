//! One self-contained HTML file: no scripts, no external resources, inline
//! CSS (with print rules) and SVG.

use std::fmt::Write;

use super::{CaseFile, indicator_list, provenance, stage_list, svg};
use crate::report::{Level, Report};

/// Escapes text for HTML element content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #111; margin: 24px auto; max-width: 980px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0; }
h3 { font-size: 14px; margin: 14px 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #ddd; }
th { font-weight: 600; background: #f3f4f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.meta td:first-child { width: 170px; color: #444; }
code, .hash { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; word-break: break-all; }
mark { background: #ffe08a; color: #000; font-weight: 600; padding: 0 2px; }
.case { border: 1px solid #ccc; border-radius: 6px; padding: 14px 16px; margin: 18px 0; }
.verdict { display: inline-block; padding: 2px 8px; border-radius: 4px; font-weight: 700; color: #fff; }
.level-high { background: #b71c1c; }
.level-medium { background: #e07b00; }
.level-low { background: #4b5563; }
.muted { color: #555; }
.errors li { margin: 2px 0; }
svg.timeline { max-width: 720px; display: block; margin: 4px 0; }
svg.timeline text { font-family: Helvetica, Arial, sans-serif; fill: #222; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .case { border: none; border-top: 2px solid #000; border-radius: 0; padding: 8px 0; break-inside: avoid-page; }
  .case + .case { break-before: page; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr { break-inside: avoid; }
}
@page { margin: 16mm 14mm; }
"#;

fn verdict(r: &Report) -> String {
    let class = match r.level {
        Level::High => "level-high",
        Level::Medium => "level-medium",
        Level::Low => "level-low",
    };
    format!(
        "<span class=\"verdict {class}\">{} {}</span> risk {:.2}",
        esc(&r.label),
        r.level.name().to_uppercase(),
        r.risk
    )
}

pub fn render(cf: &CaseFile) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n",
        esc(&cf.title)
    );
    let _ = writeln!(s, "<h1>{}</h1>", esc(&cf.title));
    let flagged = cf
        .reports
        .iter()
        .filter(|r| r.level >= Level::Medium)
        .count();
    let _ = writeln!(
        s,
        "<p class=\"muted\">{} conversations, {} flagged medium or high, {} records unreadable.</p>",
        cf.reports.len(),
        flagged,
        cf.errors.len() + cf.unreadable.len()
    );
    if !cf.inputs.is_empty() {
        s.push_str("<table class=\"meta\"><tr><th>results file</th><th>SHA-256</th></tr>");
        for f in &cf.inputs {
            let _ = write!(
                s,
                "<tr><td>{}</td><td class=\"hash\">{}</td></tr>",
                esc(&f.path),
                esc(&f.sha256)
            );
        }
        s.push_str("</table>\n");
    }
    // Summary, highest risk first.
    let mut order: Vec<usize> = (0..cf.reports.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (&cf.reports[a], &cf.reports[b]);
        rb.level
            .cmp(&ra.level)
            .then(rb.risk.total_cmp(&ra.risk))
            .then(a.cmp(&b))
    });
    s.push_str("<h3>Summary</h3><table><tr><th>#</th><th>conversation</th><th>verdict</th><th>stages</th><th>first alert</th></tr>");
    for &i in &order {
        let r = &cf.reports[i];
        let _ = write!(
            s,
            "<tr><td class=\"num\">{}</td><td><a href=\"#case-{}\">{}</a></td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            i + 1,
            i + 1,
            esc(&r.id),
            verdict(r),
            esc(&stage_list(r)),
            r.first_alert_message
                .map_or("–".to_string(), |m| format!("message {m}"))
        );
    }
    s.push_str("</table>\n");
    for &i in &order {
        case(&mut s, i + 1, &cf.reports[i]);
    }
    if !cf.errors.is_empty() || !cf.unreadable.is_empty() {
        s.push_str(
            "<section class=\"case\"><h2>Records that could not be read</h2><ul class=\"errors\">",
        );
        for e in &cf.errors {
            let _ = write!(s, "<li>{}</li>", esc(&e.to_string()));
        }
        for e in &cf.unreadable {
            let _ = write!(s, "<li>{}</li>", esc(e));
        }
        s.push_str("</ul></section>\n");
    }
    s.push_str("</body></html>\n");
    s
}

fn case(s: &mut String, n: usize, r: &Report) {
    let _ = writeln!(
        s,
        "<section class=\"case\" id=\"case-{n}\"><h2>{n}. {}</h2><p>{}</p>",
        esc(&r.id),
        verdict(r)
    );
    s.push_str("<table class=\"meta\">");
    let mut row = |k: &str, v: String| {
        let _ = write!(s, "<tr><td>{k}</td><td>{v}</td></tr>");
    };
    if let Some((path, sha, record, line)) = provenance(r) {
        row("input file", esc(path));
        row(
            "input SHA-256",
            format!("<span class=\"hash\">{}</span>", esc(sha)),
        );
        row(
            "record",
            match line {
                Some(l) => format!("{record} (line {l})"),
                None => record.to_string(),
            },
        );
    } else {
        row(
            "input file",
            "<span class=\"muted\">not recorded in these results</span>".into(),
        );
    }
    row(
        "scores",
        r.scores
            .iter()
            .map(|(l, v)| format!("{} {v:.3}", esc(l)))
            .collect::<Vec<_>>()
            .join(", "),
    );
    row("messages", r.messages.to_string());
    row(
        "first alert",
        r.first_alert_message
            .map_or("none".into(), |m| format!("message {m}")),
    );
    if let Some([a, b]) = r.window {
        row("driving window", format!("messages {a}–{b}"));
    }
    row(
        "model",
        format!(
            "{} <span class=\"hash\">sha256 {}</span>",
            esc(&r.model.version),
            esc(&r.model.sha256)
        ),
    );
    s.push_str("</table>\n");

    s.push_str("<h3>Stage timeline</h3>\n");
    s.push_str(&svg::timeline(r));
    if r.timeline.is_none() {
        s.push_str("<p class=\"muted\">Running risk not in these results (scan with <code>--timeline</code> to draw it).</p>");
    }
    if !r.stages.is_empty() {
        s.push_str("<table><tr><th>stage</th><th>message</th><th>sender</th></tr>");
        for st in &r.stages {
            let _ = write!(
                s,
                "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                esc(&st.stage),
                st.message,
                esc(&st.sender)
            );
        }
        s.push_str("</table>\n");
    }

    let _ = writeln!(s, "<h3>Evidence ({})</h3>", r.evidence.len());
    if r.evidence.is_empty() {
        s.push_str("<p class=\"muted\">No signal matched.</p>");
    } else {
        s.push_str("<table><tr><th>message</th><th>time</th><th>sender</th><th>signal</th><th>weight</th><th>quote</th></tr>");
        for e in &r.evidence {
            let _ = write!(
                s,
                "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{:+.2}</td><td><mark>{}</mark></td></tr>",
                e.message,
                e.ts.as_deref().map_or("–".to_string(), esc),
                esc(&e.sender),
                esc(&e.signal),
                e.weight,
                esc(&e.text)
            );
        }
        s.push_str("</table>\n");
    }

    let indicators = indicator_list(r);
    let _ = writeln!(s, "<h3>Indicators ({})</h3>", indicators.len());
    if indicators.is_empty() {
        s.push_str("<p class=\"muted\">None found.</p>");
    } else {
        s.push_str("<table><tr><th>indicator</th><th>first seen</th><th>last seen</th></tr>");
        for (kind, value) in r.indicators.iter() {
            let seen = r
                .sightings
                .iter()
                .find(|x| x.kind == kind && x.value == value);
            let when = |m: Option<usize>, ts: Option<&String>| match (m, ts) {
                (Some(m), Some(t)) => format!("message {m}, {}", esc(t)),
                (Some(m), None) => format!("message {m}"),
                _ => "–".into(),
            };
            let _ = write!(
                s,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                esc(&crate::report::IndicatorLists::label(kind, value)),
                when(
                    seen.map(|x| x.first_message),
                    seen.and_then(|x| x.first_ts.as_ref())
                ),
                when(
                    seen.map(|x| x.last_message),
                    seen.and_then(|x| x.last_ts.as_ref())
                ),
            );
        }
        s.push_str("</table>\n");
    }
    if !r.top_features.is_empty() {
        s.push_str("<h3>Features that moved the score</h3><table><tr><th>feature</th><th>contribution</th></tr>");
        for f in &r.top_features {
            let _ = write!(
                s,
                "<tr><td><code>{}</code></td><td class=\"num\">{:+.3}</td></tr>",
                esc(&f.feature),
                f.contribution
            );
        }
        s.push_str("</table>\n");
    }
    s.push_str("</section>\n");
}
