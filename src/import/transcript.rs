//! Plain transcripts as pasted into a ticket: `Name: text` lines, optionally
//! after a timestamp such as `[21:04]` or `2024-03-12 21:04`.
//!
//! Lines without a speaker continue the previous message. A transcript with
//! no speaker lines at all becomes one "unknown" message per line, so no
//! text is ever lost.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::{Ctx, Record};
use crate::conversation::{Conversation, Message};

static SPEAKER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t]*(?:[\[(]?(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T,]+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[ \u{00A0}\u{202F}]?([AaPp])\.?[Mm]\.?)?[\])]?[ \t]*(?:[-–|][ \t]*)?)?([^\s:\[\]<>()][^:\[\]<>]{0,39}):(?:[ \t]+(.*)|$)",
    )
    .ok()
});

/// Compiles the pattern above now instead of on first use.
pub(super) fn warm_up() {
    LazyLock::force(&SPEAKER);
}

/// A speaker line: who, what, and when if it said.
struct Line<'a> {
    name: &'a str,
    text: &'a str,
    ts: Option<String>,
    time: Option<String>,
}

fn speaker(line: &str) -> Option<Line<'_>> {
    let caps = SPEAKER.as_ref()?.captures(line)?;
    let name = caps.get(8)?.as_str().trim();
    let text = caps.get(9).map_or("", |m| m.as_str());
    // "https://..." or "10:30" are not speakers; names have a letter and few words.
    let plausible = name.chars().any(char::is_alphabetic)
        && name.split_whitespace().count() <= 4
        && !text.starts_with("//");
    if !plausible {
        return None;
    }
    let num = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let (ts, time) = match (num(4), num(5)) {
        (Some(h), Some(mi)) => {
            let s = num(6).unwrap_or(0);
            let h = match caps.get(7).map(|m| m.as_str().eq_ignore_ascii_case("p")) {
                None => Some(h),
                Some(_) if h == 0 || h > 12 => None,
                Some(pm) => Some(h % 12 + if pm { 12 } else { 0 }),
            };
            match h.filter(|&h| h < 24 && mi < 60 && s < 61) {
                None => (None, None),
                Some(h) => match (num(1), num(2), num(3)) {
                    (Some(y), Some(mo), Some(d))
                        if (1..=12).contains(&mo) && (1..=31).contains(&d) =>
                    {
                        (
                            Some(format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}")),
                            None,
                        )
                    }
                    _ => (None, Some(format!("{h:02}:{mi:02}:{s:02}"))),
                },
            }
        }
        _ => (None, None),
    };
    Some(Line {
        name,
        text,
        ts,
        time,
    })
}

/// Parses a transcript into one conversation; stops with an error at the
/// first message past the limit.
pub(crate) fn parse(text: &str, ctx: &Ctx) -> Record {
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let limit = ctx.limits.max_messages;
    let over =
        |line: usize| Err(ctx.too_many_messages(ctx.loc().line(line + 1), Some(ctx.stem.clone())));
    let parsed: Vec<Option<Line<'_>>> = lines.iter().map(|(_, l)| speaker(l)).collect();
    let mut messages: Vec<Message> = Vec::new();
    if parsed.iter().all(Option::is_none) {
        if let Some((n, _)) = lines.get(limit) {
            return over(*n);
        }
        messages = lines
            .iter()
            .map(|(_, l)| Message::new("unknown", l.trim()))
            .collect();
    } else {
        for ((n, raw), line) in lines.iter().zip(parsed) {
            if messages.len() >= limit && (line.is_some() || messages.is_empty()) {
                return over(*n);
            }
            match line {
                Some(l) => {
                    let mut m = Message::new(l.name, l.text);
                    m.ts = l.ts;
                    if let Some(t) = l.time {
                        // A time of day alone is not an ISO timestamp; keep it beside.
                        m.meta.insert("time".into(), Value::String(t));
                    }
                    messages.push(m);
                }
                None => match messages.last_mut() {
                    Some(last) => {
                        if !last.text.is_empty() {
                            last.text.push('\n');
                        }
                        last.text.push_str(raw.trim());
                    }
                    None => messages.push(Message::new("unknown", raw.trim())),
                },
            }
        }
    }
    let mut conv = Conversation::new(ctx.stem.clone(), messages);
    conv.source = Some("transcript".into());
    Ok(conv)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<Message> {
        let ctx = Ctx::new("ticket.txt", "ticket.txt");
        parse(text, &ctx).map(|c| c.messages).unwrap_or_default()
    }

    #[test]
    fn stops_at_the_message_past_the_limit() {
        let mut ctx = Ctx::new("ticket.txt", "ticket.txt");
        ctx.limits.max_messages = 1;
        let err = parse("Asha: hi\nmore\n\nRavi: ok\n", &ctx)
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some(
                "ticket.txt:4: conversation \"ticket\": the conversation has more than 1 messages, \
                 the limit per conversation; it was not scored"
            )
        );
        let err = parse("no speaker\nat all\n", &ctx)
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.starts_with("ticket.txt:2:")));
    }

    #[test]
    fn speakers_timestamps_and_continuations() {
        let m = run("[21:04] Asha: hi\nsee https://pay.example\n2024-03-12 9:05 PM Ravi: ok\n");
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].text, "hi\nsee https://pay.example");
        assert_eq!(
            m[0].meta.get("time").and_then(Value::as_str),
            Some("21:04:00")
        );
        assert_eq!(m[1].ts.as_deref(), Some("2024-03-12T21:05:00"));
    }

    #[test]
    fn no_speakers_keeps_every_line() {
        let m = run("hello there\n\nsend money now\n");
        assert_eq!(m.len(), 2);
        assert!(m.iter().all(|m| m.sender == "unknown"));
    }
}
