use std::sync::Arc;

use super::*;
use crate::conversation::{Conversation, Message};
use crate::{Model, ScoreOptions, Scorer};

fn hostile_report() -> Report {
    let scorer = Scorer::new(Arc::new(Model::embedded().expect("embedded model")));
    let mut msgs = vec![
        Message::new("<script>alert(1)</script>", "hi dear, video call karo"),
        Message::new("Victim", "<img src=x onerror=alert(2)> ok"),
        Message::new(
            "<script>alert(1)</script>",
            "=HYPERLINK(\"x\") paise bhejo warna video viral kar dunga, pay 9988776655@ybl",
        ),
    ];
    for (i, m) in msgs.iter_mut().enumerate() {
        m.ts = Some(format!("2026-03-14T21:0{i}:00+05:30"));
    }
    let conv = Conversation {
        id: "case <b>1</b>".into(),
        label: None,
        source: None,
        lang: None,
        messages: msgs,
        meta: Default::default(),
    };
    scorer.score(
        &conv,
        &ScoreOptions {
            timeline: true,
            ..ScoreOptions::default()
        },
    )
}

#[test]
fn html_escapes_everything_from_the_chat_and_is_self_contained() {
    let r = hostile_report();
    assert!(!r.evidence.is_empty(), "the threat must give evidence");
    let mut cf = CaseFile::new("Case <report>");
    cf.push(Outcome::Report(Box::new(r.clone())));
    let html = cf.render(CaseFormat::Html);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b>1</b>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("case &lt;b&gt;1&lt;/b&gt;"));
    // Self-contained: no external resources.
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
    assert!(html.contains("<svg class=\"timeline\""));
    assert!(html.contains("@media print"));
    // Evidence rows carry sender and timestamp; the model version is named.
    let ev = r
        .evidence
        .iter()
        .find(|e| e.message == 2)
        .expect("evidence in the threat");
    assert_eq!(ev.ts.as_deref(), Some("2026-03-14T21:02:00+05:30"));
    assert!(html.contains("2026-03-14T21:02:00+05:30"));
    assert!(html.contains(&r.model.version));
    assert!(html.contains("upi:9988776655@ybl"));
}

#[test]
fn csv_has_one_row_per_conversation_and_defuses_formulas() {
    let r = hostile_report();
    let mut cf = CaseFile::new("t");
    cf.push(Outcome::Report(Box::new(r.clone())));
    cf.unreadable.push("=cmd|' /C calc'!A0".into());
    let text = cf.render(CaseFormat::Csv);
    let mut rd = ::csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, csv::HEADER);
    let rows: Vec<::csv::StringRecord> = rd.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][0], "case <b>1</b>");
    assert_eq!(&rows[0][2], r.level.name());
    assert_eq!(&rows[0][16], r.model.version);
    assert!(rows[0][9].contains("2026-03-14T21:02:00+05:30"));
    assert!(rows[1][18].starts_with("'="), "{:?}", &rows[1][18]);
    for row in &rows {
        for c in row.iter() {
            assert!(!c.starts_with(['=', '+', '-', '@']), "{c:?}");
        }
    }
}

#[test]
fn markdown_neutralises_html_and_table_breaks() {
    let mut cf = CaseFile::new("t");
    cf.push(Outcome::Report(Box::new(hostile_report())));
    let md = cf.render(CaseFormat::Markdown);
    assert!(!md.contains("<script") && !md.contains("<img"), "{md}");
    assert!(md.contains("&lt;script&gt;"));
    // Every evidence table row has exactly the 7 unescaped pipes of 6 columns.
    for line in md
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("**"))
    {
        let pipes = line.replace("\\|", "").matches('|').count();
        assert_eq!(pipes, 7, "{line}");
    }
}
