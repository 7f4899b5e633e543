//! Message text cut into plain and evidence segments for the review page.
//!
//! Evidence spans are byte offsets into the original text; the page works
//! in UTF-16 and must never build markup from chat text, so the cut is made
//! here and the page only sets `textContent` per segment.

use serde::{Deserialize, Serialize};

/// A run of message text; `signals` is empty for plain text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signals: Vec<String>,
}

/// Cuts `text` at the spans `(start, end, signal)`. Overlapping spans merge
/// into one highlighted run carrying every signal; spans outside the text or
/// not on character boundaries are ignored rather than trusted. The
/// segments' texts concatenate to `text` exactly.
pub fn segments(text: &str, spans: &[(usize, usize, String)]) -> Vec<Segment> {
    let mut valid: Vec<&(usize, usize, String)> = spans
        .iter()
        .filter(|(a, b, _)| a < b && text.get(*a..*b).is_some())
        .collect();
    valid.sort_by_key(|(a, b, _)| (*a, *b));
    let mut merged: Vec<(usize, usize, Vec<String>)> = Vec::new();
    for (a, b, signal) in valid {
        match merged.last_mut() {
            Some((_, end, signals)) if *a < *end => {
                *end = (*end).max(*b);
                if !signals.contains(signal) {
                    signals.push(signal.clone());
                }
            }
            _ => merged.push((*a, *b, vec![signal.clone()])),
        }
    }
    let mut out = Vec::with_capacity(merged.len() * 2 + 1);
    let mut at = 0;
    for (a, b, signals) in merged {
        if a > at {
            out.push(Segment {
                text: text[at..a].to_string(),
                signals: Vec::new(),
            });
        }
        out.push(Segment {
            text: text[a..b].to_string(),
            signals,
        });
        at = b;
    }
    if at < text.len() || out.is_empty() {
        out.push(Segment {
            text: text[at..].to_string(),
            signals: Vec::new(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: usize, b: usize, sig: &str) -> (usize, usize, String) {
        (a, b, sig.to_string())
    }

    #[test]
    fn cuts_at_spans_and_rejoins_exactly() {
        let text = "pay 5000 now or i leak it";
        let segs = segments(text, &[s(16, 25, "leak_threat"), s(0, 8, "money_demand")]);
        let texts: Vec<&str> = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["pay 5000", " now or ", "i leak it"]);
        assert_eq!(segs[0].signals, ["money_demand"]);
        assert!(segs[1].signals.is_empty());
        assert_eq!(texts.concat(), text);
    }

    #[test]
    fn overlapping_spans_merge_and_bad_spans_are_ignored() {
        let text = "वीडियो भेजो now";
        // 0..18 is "वीडियो"; 1 is inside a character; 99 is past the end.
        let segs = segments(
            text,
            &[s(0, 18, "a"), s(6, 22, "b"), s(1, 4, "c"), s(3, 99, "d")],
        );
        assert_eq!(segs[0].signals, ["a", "b"]);
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text);
        assert!(segs.iter().all(|s| !s.signals.contains(&"c".to_string())));
    }

    #[test]
    fn markup_stays_text() {
        let text = "<img src=x onerror=alert(1)>";
        let segs = segments(text, &[]);
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].text, text);
    }
}
