//! WhatsApp "Export chat" text, Android and iOS variants.
//!
//! Android: `12/03/2024, 21:04 - Name: text`; iOS: `[12/03/24, 9:04:17 PM] Name: text`.
//! Dates are day/month or month/day depending on the phone's locale, which the
//! file does not state, so the order is decided once per file from the values.
//! WhatsApp records no time zone, so timestamps carry no offset.

use std::sync::LazyLock;

use regex::Regex;

use super::{Ctx, Record};
use crate::conversation::{Conversation, Message};

/// Date, time and optional AM/PM; shared by both header shapes. The space
/// before AM/PM may be a narrow no-break space (U+202F) or a no-break space.
const DATE_TIME: &str = r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4}),?[ \u{00A0}\u{202F}]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[ \u{00A0}\u{202F}]*([AaPp])\.?[ \u{00A0}\u{202F}]?[Mm]\.?)?";

static IOS: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(&[r"^\[", DATE_TIME, r"\][ \u{00A0}]?(.*)$"].concat()).ok());
static ANDROID: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(&["^", DATE_TIME, r"[ \u{00A0}]+[-–][ \u{00A0}](.*)$"].concat()).ok()
});

/// Group and account events, written without a `Name:`; group 1 is who did it.
static EVENT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"^(.{1,100}?) (?:joined using this group's invite link|joined using this community's invite link|joined from the community|added .*|created group .*|created this group|left|removed .*|changed the subject .*|changed this group's (?:icon|settings)|changed the group description|deleted this group's icon|changed their phone number.*|changed to .*|was added|was removed|pinned a message|started a (?:video |voice )?call|is a contact|requested to join|turned (?:on|off) disappearing messages.*|blocked this contact|unblocked this contact)\.?$",
    )
    .ok()
});

/// Compiles the patterns above now instead of on first use.
pub(super) fn warm_up() {
    for re in [&IOS, &ANDROID, &EVENT] {
        LazyLock::force(re);
    }
}

use super::notice::{NOTICE, PLACEHOLDER};

/// Invisible direction marks iOS puts at line starts and around phone numbers.
fn strip_marks(s: &str) -> &str {
    s.trim_matches(|c| matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'))
}

fn remove_marks(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// True when the first non-empty lines of `text` look like WhatsApp headers.
pub(crate) fn looks_like(text: &str) -> bool {
    text.lines()
        .map(strip_marks)
        .filter(|l| !l.trim().is_empty())
        .take(10)
        .any(|l| header(l).is_some())
}

/// The raw fields of a header line, before the date order is known.
struct Header<'a> {
    date: [u32; 3],
    /// Whether the first date field was written with 3-4 digits (a year).
    year_first: bool,
    two_digit_year: bool,
    hour: u32,
    minute: u32,
    second: u32,
    pm: Option<bool>,
    rest: &'a str,
}

fn header(line: &str) -> Option<Header<'_>> {
    // Most continuation lines fail this before any regex runs.
    if !line.starts_with(|c: char| c == '[' || c.is_ascii_digit()) {
        return None;
    }
    let caps = IOS
        .as_ref()
        .and_then(|r| r.captures(line))
        .or_else(|| ANDROID.as_ref().and_then(|r| r.captures(line)))?;
    let num = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let first_len = caps.get(1).map_or(0, |m| m.as_str().len());
    let third_len = caps.get(3).map_or(0, |m| m.as_str().len());
    let year_first = first_len >= 3;
    Some(Header {
        date: [num(1)?, num(2)?, num(3)?],
        year_first,
        two_digit_year: if year_first {
            first_len <= 2
        } else {
            third_len <= 2
        },
        hour: num(4)?,
        minute: num(5)?,
        second: num(6).unwrap_or(0),
        pm: caps.get(7).map(|m| m.as_str().eq_ignore_ascii_case("p")),
        rest: caps.get(8).map_or("", |m| m.as_str()),
    })
}

/// Day/month order of a file: day first unless only the second field ever exceeds 12.
fn day_first<'h, 'a: 'h>(headers: impl Iterator<Item = &'h Header<'a>>) -> bool {
    let dm: Vec<&Header<'_>> = headers.filter(|h| !h.year_first).collect();
    if dm.iter().any(|h| h.date[0] > 12) {
        return true;
    }
    !dm.iter().any(|h| h.date[1] > 12)
}

/// `YYYY-MM-DDTHH:MM:SS`, or `None` when the fields do not make a time.
fn timestamp(h: &Header<'_>, day_first: bool) -> Option<String> {
    let [a, b, c] = h.date;
    let (mut year, month, day) = if h.year_first {
        (a, b, c)
    } else if day_first {
        (c, b, a)
    } else {
        (c, a, b)
    };
    if h.two_digit_year {
        year += 2000;
    }
    let hour = match h.pm {
        None => h.hour,
        Some(_) if h.hour == 0 || h.hour > 12 => return None,
        Some(false) => h.hour % 12,
        Some(true) => h.hour % 12 + 12,
    };
    let valid = (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && year <= 9999
        && hour < 24
        && h.minute < 60
        && h.second < 61;
    valid.then(|| {
        format!(
            "{year:04}-{month:02}-{day:02}T{hour:02}:{:02}:{:02}",
            h.minute, h.second
        )
    })
}

/// Splits `Name: text`; `None` when there is no plausible name.
fn split_sender(rest: &str) -> Option<(&str, &str)> {
    let i = rest
        .find(": ")
        .or_else(|| rest.strip_suffix(':').map(str::len))?;
    let name = &rest[..i];
    let text = rest.get(i + 2..).unwrap_or("");
    (!name.trim().is_empty() && name.chars().count() <= 100).then_some((name, text))
}

fn is_match(re: &LazyLock<Option<Regex>>, s: &str) -> bool {
    re.as_ref().is_some_and(|r| r.is_match(s))
}

/// Who did a group event ("Asha added Ravi" -> "Asha").
fn event_actor(text: &str) -> Option<String> {
    let caps = EVENT.as_ref()?.captures(text)?;
    let actor = strip_marks(caps.get(1)?.as_str());
    (!actor.contains(": ")).then(|| actor.to_string())
}

/// Builds the message a header line starts.
fn start_message(rest: &str) -> Message {
    let rest = strip_marks(rest);
    if is_match(&NOTICE, rest) {
        return Message::system("system", rest);
    }
    if let Some(actor) = event_actor(rest) {
        return Message::system(actor, rest);
    }
    let Some((name, text)) = split_sender(rest) else {
        return Message::system("system", rest);
    };
    let sender = remove_marks(name).trim().to_string();
    let marked = text.starts_with('\u{200E}');
    let text = strip_marks(text);
    if is_match(&PLACEHOLDER, text) {
        return Message::system(sender, text);
    }
    // iOS writes group events as "Group name: \u{200E}Asha added Ravi".
    if marked || is_match(&NOTICE, text) {
        if is_match(&NOTICE, text) {
            return Message::system("system", text);
        }
        if let Some(actor) = event_actor(text) {
            return Message::system(actor, text);
        }
    }
    Message::new(sender, text)
}

/// Parses a whole exported chat into one conversation named after the file;
/// stops with an error at the first message past the limit.
pub(crate) fn parse(text: &str, ctx: &Ctx) -> Record {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let headers: Vec<Option<Header<'_>>> =
        lines.iter().map(|l| header(strip_marks_start(l))).collect();
    let day_first = day_first(headers.iter().flatten());

    let mut messages: Vec<Message> = Vec::new();
    let mut preamble: Vec<&str> = Vec::new();
    // Text before the first header becomes one more message (a system note),
    // so it counts against the message cap like any other.
    let mut noted = 0;
    for (i, (line, head)) in lines.iter().zip(headers).enumerate() {
        match head {
            Some(h) => {
                if messages.is_empty() {
                    noted = usize::from(preamble.iter().any(|l| !l.trim().is_empty()));
                }
                if messages.len() + noted >= ctx.limits.max_messages {
                    return Err(
                        ctx.too_many_messages(ctx.loc().line(i + 1), Some(ctx.stem.clone()))
                    );
                }
                let mut msg = start_message(h.rest);
                msg.ts = timestamp(&h, day_first);
                messages.push(msg);
            }
            None => match messages.last_mut() {
                Some(last) => {
                    last.text.push('\n');
                    last.text.push_str(line);
                }
                None => preamble.push(line),
            },
        }
    }
    for m in &mut messages {
        let trimmed = m.text.trim_end_matches(['\n', '\r']).len();
        m.text.truncate(trimmed);
    }
    // Text before the first header is not lost: it becomes a system note.
    let preamble = preamble.join("\n");
    let preamble = preamble.trim_matches(['\n', '\r']);
    if !preamble.trim().is_empty() {
        messages.insert(0, Message::system("system", preamble));
    }
    let mut conv = Conversation::new(ctx.stem.clone(), messages);
    conv.source = Some("whatsapp".into());
    Ok(conv)
}

/// Header detection ignores the marks iOS puts before the `[`.
fn strip_marks_start(line: &str) -> &str {
    line.trim_start_matches(['\u{200E}', '\u{200F}', '\u{FEFF}'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Conversation {
        let ctx = Ctx::new("WhatsApp Chat with Asha.txt", "WhatsApp Chat with Asha.txt");
        parse(text, &ctx).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn stops_at_the_message_past_the_limit() {
        let mut ctx = Ctx::new("chat.txt", "chat.txt");
        ctx.limits.max_messages = 2;
        let text = "13/03/2024, 21:04 - Asha: a\nmore\n13/03/2024, 21:05 - Ravi: b\n13/03/2024, 21:06 - Asha: c\n";
        let err = parse(text, &ctx)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(
            err,
            "chat.txt:4: conversation \"chat\": the conversation has more than 2 messages, \
             the limit per conversation; it was not scored"
        );
        assert!(parse(&text[..text.len() - 27], &ctx).is_ok());
    }

    /// Text before the first header becomes a message of its own, so it
    /// counts against the cap (found by the `import_limits` fuzz target).
    #[test]
    fn a_preamble_counts_against_the_limit() {
        let mut ctx = Ctx::new("chat.txt", "chat.txt");
        ctx.limits.max_messages = 1;
        let text = "exported by a tool\n13/03/2024, 21:04 - Asha: a\n";
        let err = parse(text, &ctx)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.starts_with("chat.txt:2: "), "{err}");
        assert!(err.contains("more than 1 messages"), "{err}");
        let alone = parse(&text[19..], &ctx).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(alone.messages.len(), 1);
        ctx.limits.max_messages = 2;
        let both = parse(text, &ctx).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(both.messages.len(), 2);
    }

    #[test]
    fn android_24h_day_first() {
        let c = parse_str(
            "13/03/2024, 21:04 - Asha: hi\nsecond line\n13/03/2024, 21:05 - Ravi: <Media omitted>\n",
        );
        assert_eq!(c.id, "WhatsApp Chat with Asha");
        assert_eq!(c.messages.len(), 2);
        assert_eq!(c.messages[0].text, "hi\nsecond line");
        assert_eq!(c.messages[0].ts.as_deref(), Some("2024-03-13T21:04:00"));
        assert!(c.messages[1].is_system());
        assert_eq!(c.messages[1].sender, "Ravi");
    }

    #[test]
    fn ios_12h_month_first_with_marks() {
        let c = parse_str(
            "\u{200E}[3/13/24, 9:04:17\u{202F}PM] Asha: hello\n[3/13/24, 12:01:00\u{00A0}AM] Ravi: \u{200E}image omitted\n",
        );
        assert_eq!(c.messages[0].ts.as_deref(), Some("2024-03-13T21:04:17"));
        assert_eq!(c.messages[1].ts.as_deref(), Some("2024-03-13T00:01:00"));
        assert!(c.messages[1].is_system());
        assert_eq!(c.messages[1].text, "image omitted");
    }

    #[test]
    fn system_lines_and_preamble() {
        let c = parse_str(
            "exported note\n01/02/2024, 10:00 - Asha created group \"Trip\"\n01/02/2024, 10:01 - Asha added Ravi\n01/02/2024, 10:02 - Ravi: Asha added me: ok\n",
        );
        assert_eq!(c.messages.len(), 4);
        assert_eq!(
            (c.messages[0].sender.as_str(), c.messages[0].is_system()),
            ("system", true)
        );
        assert_eq!(c.messages[1].sender, "Asha");
        assert!(c.messages[2].is_system());
        assert_eq!(
            (c.messages[3].sender.as_str(), c.messages[3].is_system()),
            ("Ravi", false)
        );
        assert_eq!(c.messages[1].ts.as_deref(), Some("2024-02-01T10:00:00"));
    }
}
