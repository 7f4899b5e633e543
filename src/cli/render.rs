//! Human-readable terminal output. Everything printed for people lives here.

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use chatrisk::eval::{Evaluation, GroupEval};
use chatrisk::link::Linked;
use chatrisk::model::Verification;
use chatrisk::report::{Level, Outcome, Report};
use chatrisk::scan::ScanSummary;
use chatrisk::score::Explanation;

struct Paint(bool);

impl Paint {
    fn level(&self, level: Level, s: &str) -> String {
        let code = match level {
            Level::Low => "32",
            Level::Medium => "33",
            Level::High => "1;31",
        };
        self.code(code, s)
    }
    fn code(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn dim(&self, s: &str) -> String {
        self.code("2", s)
    }
    /// Evidence: bold black on yellow; `«…»` without colour.
    fn mark(&self, s: &str) -> String {
        if self.0 {
            self.code("1;30;43", s)
        } else {
            format!("«{s}»")
        }
    }
    /// Background heat for a running risk in [0, 1].
    fn heat(&self, risk: f64, s: &str) -> String {
        let code = if risk >= 0.85 {
            "41;97"
        } else if risk >= 0.5 {
            "43;30"
        } else if risk >= 0.2 {
            "47;30"
        } else {
            "0"
        };
        self.code(code, s)
    }
}

fn bar(risk: f64) -> String {
    let filled = (risk.clamp(0.0, 1.0) * 20.0).round() as usize;
    format!("[{}{}]", "#".repeat(filled), ".".repeat(20 - filled))
}

/// The running risk as a sparkline of at most `width` cells (each cell the
/// highest risk of the messages it covers).
pub fn sparkline(values: &[f64], width: usize) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    if values.is_empty() || width == 0 {
        return String::new();
    }
    let cells = values.len().min(width);
    (0..cells)
        .map(|c| {
            let (a, b) = (c * values.len() / cells, (c + 1) * values.len() / cells);
            let v = values[a..b.max(a + 1)]
                .iter()
                .copied()
                .fold(0.0, f64::max)
                .clamp(0.0, 1.0);
            BLOCKS[((v * 8.0) as usize).min(7)]
        })
        .collect()
}

/// The whole message on one line with every hit span highlighted.
fn highlighted(p: &Paint, text: &str, spans: &[[usize; 2]]) -> String {
    let mut spans: Vec<[usize; 2]> = spans
        .iter()
        .copied()
        .filter(|[a, b]| {
            a < b && *b <= text.len() && text.is_char_boundary(*a) && text.is_char_boundary(*b)
        })
        .collect();
    spans.sort();
    let mut merged: Vec<[usize; 2]> = Vec::new();
    for s in spans {
        match merged.last_mut() {
            Some(last) if s[0] <= last[1] => last[1] = last[1].max(s[1]),
            _ => merged.push(s),
        }
    }
    let one_line = |s: &str| s.replace('\n', " ⏎ ");
    let mut out = String::new();
    let mut at = 0;
    for [a, b] in merged {
        out.push_str(&one_line(&text[at..a]));
        out.push_str(&p.mark(&one_line(&text[a..b])));
        at = b;
    }
    out.push_str(&one_line(&text[at..]));
    out
}

fn clip(s: &str, max: usize) -> String {
    let one_line = s.replace('\n', " ⏎ ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let cut: String = one_line.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

pub fn outcome(out: &mut impl Write, outcome: &Outcome, color: bool) -> io::Result<()> {
    match outcome {
        Outcome::Report(r) => report(out, r, color),
        Outcome::Error(e) => writeln!(out, "error: {e}\n"),
    }
}

pub fn report(out: &mut impl Write, r: &Report, color: bool) -> io::Result<()> {
    let p = Paint(color);
    writeln!(
        out,
        "{}  {} {:.2}  {}  {}",
        r.id,
        bar(r.risk),
        r.risk,
        p.level(r.level, &r.level.name().to_uppercase()),
        r.label
    )?;
    let scores: Vec<String> = r
        .scores
        .iter()
        .map(|(l, s)| format!("{l} {s:.2}"))
        .collect();
    writeln!(
        out,
        "  scores: {}   messages: {}",
        scores.join(", "),
        r.messages
    )?;
    if let Some(m) = r.first_alert_message {
        writeln!(out, "  first alert at message {m}")?;
    }
    if let Some([a, b]) = r.window {
        writeln!(out, "  driving window: messages {a}–{b}")?;
    }
    if !r.stages.is_empty() {
        let stages: Vec<String> = r
            .stages
            .iter()
            .map(|s| format!("{}@{}", s.stage, s.message))
            .collect();
        writeln!(out, "  stages: {}", stages.join(" → "))?;
    }
    // Strongest evidence first, highlighted (not dimmed); say how much is left out.
    let mut evidence: Vec<_> = r.evidence.iter().filter(|e| e.weight > 0.0).collect();
    evidence.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then(a.message.cmp(&b.message))
    });
    for e in evidence.iter().take(6) {
        writeln!(
            out,
            "  #{:<3} {:<24} {:+.2}  {}: {}",
            e.message,
            e.signal,
            e.weight,
            e.sender,
            p.mark(&clip(&e.text, 60))
        )?;
    }
    if evidence.len() > 6 {
        writeln!(
            out,
            "  +{} more evidence (see --json or explain)",
            evidence.len() - 6
        )?;
    }
    let (up, down): (Vec<_>, Vec<_>) = r.top_features.iter().partition(|f| f.contribution > 0.0);
    let names = |v: &[&chatrisk::report::Contribution]| -> String {
        v.iter()
            .take(4)
            .map(|f| format!("{} {:+.2}", f.feature, f.contribution))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if r.level >= Level::Medium {
        if !up.is_empty() {
            writeln!(out, "  raised by: {}", names(&up))?;
        }
    } else if !down.is_empty() {
        writeln!(out, "  kept low by: {}", names(&down))?;
    }
    if let Some(t) = &r.timeline {
        let (at, max) = t
            .iter()
            .enumerate()
            .fold((0, 0.0), |b, (i, &v)| if v > b.1 { (i, v) } else { b });
        writeln!(
            out,
            "  running risk: {} (highest {max:.2} at message {at})",
            p.code("31", &sparkline(t, 64))
        )?;
    }
    if !r.indicators.is_empty() {
        let ind: Vec<String> = r
            .indicators
            .iter()
            .map(|(k, v)| chatrisk::report::IndicatorLists::label(k, v))
            .collect();
        writeln!(out, "  indicators: {}", ind.join(", "))?;
    }
    writeln!(out)
}

pub fn signals(out: &mut impl Write, ex: &Explanation, color: bool) -> io::Result<()> {
    let p = Paint(color);
    writeln!(out, "{} ({} messages)", ex.report.id, ex.messages.len())?;
    for m in ex.messages.iter().filter(|m| !m.hits.is_empty()) {
        writeln!(out, "  #{:<3} {}", m.message, m.sender)?;
        for h in &m.hits {
            writeln!(
                out,
                "       {:<24} [{}..{}] {}",
                h.signal,
                h.span[0],
                h.span[1],
                p.mark(&clip(&h.text, 60))
            )?;
        }
    }
    if ex.report.stages.is_empty() {
        writeln!(out, "  stages: none")?;
    } else {
        writeln!(out, "  stage timeline:")?;
        for s in &ex.report.stages {
            writeln!(
                out,
                "    message {:<4} {:<24} {}",
                s.message, s.stage, s.sender
            )?;
        }
    }
    writeln!(out)
}

pub fn explanation(out: &mut impl Write, ex: &Explanation, color: bool) -> io::Result<()> {
    let p = Paint(color);
    report(out, &ex.report, color)?;
    writeln!(out, "  message by message (running risk):")?;
    for m in &ex.messages {
        let tags = if m.signals.is_empty() {
            String::new()
        } else {
            format!(" [{}]", m.signals.join(", "))
        };
        let risk = p.heat(m.risk, &format!(" {:.2} ", m.risk));
        // Flagged messages in full with their evidence highlighted.
        let text = if m.system {
            p.dim(&clip(&m.text, 70))
        } else if m.hits.is_empty() {
            clip(&m.text, 100)
        } else {
            let spans: Vec<[usize; 2]> = m.hits.iter().map(|h| h.span).collect();
            highlighted(&p, &m.text, &spans)
        };
        writeln!(
            out,
            "  {risk} #{:<3} {}: {}{}",
            m.message,
            m.sender,
            text,
            p.code("36", &tags)
        )?;
    }
    writeln!(
        out,
        "  features that moved the score ({}):",
        ex.report.label
    )?;
    for f in &ex.report.top_features {
        writeln!(out, "    {:+7.3}  {}", f.contribution, f.feature)?;
    }
    writeln!(out)
}

pub fn linked(out: &mut impl Write, l: &Linked, table: bool) -> io::Result<()> {
    let below = l.total - l.considered;
    writeln!(
        out,
        "{} clusters among {} conversations{}",
        l.clusters.len(),
        l.considered,
        if below > 0 {
            format!(" ({below} below --min-level left out)")
        } else {
            String::new()
        }
    )?;
    for (i, c) in l.clusters.iter().enumerate() {
        let labels: Vec<String> = c.labels.iter().map(|(l, n)| format!("{l} {n}")).collect();
        writeln!(
            out,
            "cluster {}: {} conversations, max risk {:.2} ({})",
            i + 1,
            c.size,
            c.max_risk,
            labels.join(", ")
        )?;
        writeln!(out, "  shared: {}", c.shared.join(", "))?;
        writeln!(out, "  conversations: {}", c.conversations.join(", "))?;
    }
    let ignored: Vec<String> = l
        .ignored_links()
        .map(|r| format!("{} ({} conversations)", r.indicator, r.conversations.len()))
        .collect();
    if !ignored.is_empty() {
        writeln!(
            out,
            "not linked on (known-legitimate, ignore-list): {}",
            ignored.join(", ")
        )?;
    }
    if table {
        writeln!(out, "\nindicators ({}):", l.indicators.len())?;
        writeln!(
            out,
            "  {:<40} {:>5}  {:<25} {:<25} conversations",
            "indicator", "convs", "first seen", "last seen"
        )?;
        for r in &l.indicators {
            writeln!(
                out,
                "  {:<40} {:>5}  {:<25} {:<25} {}{}",
                r.indicator,
                r.conversations.len(),
                r.first_seen.as_deref().unwrap_or("-"),
                r.last_seen.as_deref().unwrap_or("-"),
                r.conversations.join(", "),
                if r.ignored { "  (ignored)" } else { "" }
            )?;
        }
    }
    Ok(())
}

fn group_table(
    out: &mut impl Write,
    title: &str,
    groups: &std::collections::BTreeMap<String, GroupEval>,
) -> io::Result<()> {
    writeln!(out, "{title}:")?;
    for (g, e) in groups {
        let parts: Vec<String> = e
            .labels
            .iter()
            .map(|(l, x)| {
                if l == "benign" {
                    format!("benign n={} flagged={:.1}%", x.count, 100.0 * x.flagged)
                } else {
                    format!("{l} n={} recall={:.1}%", x.count, 100.0 * x.correct)
                }
            })
            .collect();
        writeln!(out, "  {g:<44} {}", parts.join("  "))?;
    }
    Ok(())
}

fn opt(x: Option<f64>) -> String {
    x.map_or("-".into(), |v| format!("{v:.3}"))
}

pub fn evaluation(out: &mut impl Write, e: &Evaluation) -> io::Result<()> {
    writeln!(out, "{} conversations", e.conversations)?;
    for h in &e.heads {
        writeln!(
            out,
            "\n== {} (positives {}, negatives {})",
            h.label, h.positives, h.negatives
        )?;
        writeln!(
            out,
            "  ROC-AUC {}  PR-AUC {}  recall@1%FPR {}  recall@2.5%FPR {}  ECE {:.3}",
            opt(h.roc_auc),
            opt(h.pr_auc),
            opt(h.recall_at_1pct_fpr),
            opt(h.recall_at_2_5pct_fpr),
            h.ece
        )?;
        if h.positives == 0 {
            // Precision and recall mean nothing without positives: say what can be counted.
            writeln!(
                out,
                "  no {} conversations in this data: false alarms only — medium+ {} ({:.2}% of {}), high {}",
                h.label,
                h.medium.confusion.fp,
                100.0 * h.medium.fpr,
                h.negatives,
                h.high.confusion.fp
            )?;
            continue;
        }
        for (name, l) in [("medium+", &h.medium), ("high", &h.high)] {
            let c = &l.confusion;
            writeln!(
                out,
                "  {name:<8} precision {:.3}  recall {:.3}  F1 {:.3}  F0.5 {:.3}  FPR {:.4}   TP {} FP {} FN {} TN {}",
                l.precision, l.recall, l.f1, l.f05, l.fpr, c.tp, c.fp, c.fn_, c.tn
            )?;
        }
        if let Some(w) = &h.early_warning {
            writeln!(
                out,
                "  early warning: median first alert at message {:.1}; alerted by first money demand {}; median alert - demand {}; speed {:.3}; F_latency {:.3}",
                w.median_alert_message,
                w.alerted_by_first_demand
                    .map_or("-".into(), |v| format!("{:.1}%", 100.0 * v)),
                opt(w.median_alert_minus_demand),
                w.speed,
                w.f_latency
            )?;
        }
    }
    if e.heads.iter().any(|h| h.early_warning.is_some()) {
        writeln!(
            out,
            "\n  early warning, over the caught conversations of each label: first alert = 0-based index of\n  \
             the first message at which the running risk reaches medium; alerted by first money demand =\n  \
             share alerted at or before the first money demand the signals found; alert - demand = messages\n  \
             from that demand to the alert (negative: earlier); speed = 1 - median latency penalty (0.5 at\n  \
             the median chat length) and F_latency = F1 x speed (eSPD, Vogt et al., ACL 2021)."
        )?;
    }
    writeln!(out, "\nconfusion (rows: true, columns: predicted):")?;
    let mut cols: Vec<&String> = e.confusion.values().flat_map(|r| r.keys()).collect();
    cols.sort();
    cols.dedup();
    write!(out, "  {:<12}", "")?;
    for c in &cols {
        write!(out, "{c:>12}")?;
    }
    writeln!(out)?;
    for (t, row) in &e.confusion {
        write!(out, "  {t:<12}")?;
        for c in &cols {
            write!(out, "{:>12}", row.get(*c).copied().unwrap_or(0))?;
        }
        writeln!(out)?;
    }
    group_table(out, "\nby source", &e.by_source)?;
    group_table(out, "by lang", &e.by_lang)?;
    if let Some(st) = &e.stages {
        writeln!(
            out,
            "\nstages against annotations ({} annotated conversations; per message):",
            st.annotated
        )?;
        writeln!(
            out,
            "  {:<16} {:>9} {:>9} {:>9} {:>7}",
            "stage", "annotated", "detected", "precision", "recall"
        )?;
        for (name, f) in &st.per_stage {
            writeln!(
                out,
                "  {name:<16} {:>9} {:>9} {:>9.3} {:>7.3}",
                f.annotated, f.detected, f.precision, f.recall
            )?;
        }
        if let Some(v) = st.alert_by_first_demand {
            writeln!(
                out,
                "  first alert at or before the first annotated money demand: {:.1}% of {} caught sextortion chats with a demand",
                100.0 * v,
                st.caught_with_demand
            )?;
        }
    }
    if !e.errors.is_empty() {
        writeln!(out, "\nmisclassified ({}):", e.errors.len())?;
        for m in &e.errors {
            writeln!(
                out,
                "  {:<24} truth {:<10} predicted {:<10} risk {:.3} {:?}  [{}]  {}",
                m.id,
                m.truth,
                m.predicted,
                m.risk,
                m.level,
                m.lang.as_deref().unwrap_or("-"),
                m.top_features.join(", ")
            )?;
        }
    }
    Ok(())
}

pub fn verification(out: &mut impl Write, v: &Verification) -> io::Result<()> {
    writeln!(out, "model:     {}", v.source)?;
    writeln!(out, "schema:    {} (ok)", v.schema)?;
    writeln!(out, "version:   {}", v.version)?;
    writeln!(out, "sha256:    {}", v.sha256)?;
    writeln!(out, "checksum:  {} (content verified)", v.checksum)?;
    writeln!(out, "signals:   {} (matches this build)", v.signals)?;
    writeln!(out, "heads:     {}", v.heads.join(", "))?;
    writeln!(out, "features:  {} (layout matches this build)", v.features)?;
    writeln!(
        out,
        "tokenizer: {} tokens; fast path {} the tokenizers crate",
        v.vocab,
        if v.tokenizer_agrees {
            "agrees with"
        } else {
            "DISAGREES with"
        }
    )?;
    Ok(())
}

/// The scan's progress bar on stderr (bytes read of `total`, rate,
/// conversations per second, ETA), drawn by `indicatif` at a bounded rate;
/// hidden with `--quiet` and when stderr is not a terminal.
pub fn scan_progress(total: u64, quiet: bool) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let template = if total > 0 {
        "[{bar:20}] {percent:>3}%  {bytes}  {bytes_per_sec}  {msg}  ETA {eta}"
    } else {
        "{bytes}  {bytes_per_sec}  {msg}"
    };
    let style = ProgressStyle::with_template(template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("#>.");
    ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()).with_style(style)
}

pub fn scan_summary(s: &ScanSummary, written: u64, min_level: Level, elapsed: Duration) {
    let levels: Vec<String> = s.by_level.iter().map(|(l, n)| format!("{l} {n}")).collect();
    let labels: Vec<String> = s.by_label.iter().map(|(l, n)| format!("{l} {n}")).collect();
    let secs = elapsed.as_secs_f64();
    eprintln!(
        "scanned {} inputs, {} conversations, {} errors in {:.2}s ({:.1} MB, {:.0} conversations/s)",
        s.inputs,
        s.conversations,
        s.errors,
        secs,
        s.bytes as f64 / 1e6,
        s.conversations as f64 / secs.max(1e-3),
    );
    // A scan of media files only has no levels or labels: no empty lines.
    if !levels.is_empty() {
        eprintln!("  levels: {}", levels.join(", "));
    }
    if !labels.is_empty() {
        eprintln!("  labels: {}", labels.join(", "));
    }
    if min_level > Level::Low {
        eprintln!(
            "  written: {written} lines (errors, and results at or above {})",
            min_level.name()
        );
    }
    if !s.skipped.is_empty() {
        let skipped: Vec<String> = s.skipped.iter().map(|(k, n)| format!("{k} {n}")).collect();
        eprintln!(
            "  skipped files: {}{}",
            skipped.join(", "),
            if s.skipped.contains_key("media") {
                " (--include-all reads media too)"
            } else {
                ""
            }
        );
    }
}
