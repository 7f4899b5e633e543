//! Emoji used in place of words (`vc pe aa 📹`, `💰 bhejo`) replaced by
//! those words, padded with spaces so they never glue to neighbours. The
//! words are deliberately plain and non-graphic (`🍑` becomes `adult`).
//! Skin-tone modifiers, gender signs and presentation selectors after a
//! mapped emoji are absorbed into it; other emoji pass through unchanged.

use super::NormalizeStage;
use super::text::NormalizedText;

/// Replaces word-like emoji with words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Emoji;

/// The word an emoji stands for.
pub(crate) fn emoji_word(c: char) -> Option<&'static str> {
    Some(match c {
        '📹' | '🎥' | '📽' | '🎬' | '📼' => "video",
        '📷' | '📸' | '🖼' => "photo",
        '🤳' => "selfie",
        '📞' | '☎' | '📲' => "call",
        '📱' => "phone",
        '💰' | '💵' | '💴' | '💶' | '💷' | '💸' | '💲' | '🤑' => "money",
        '💳' => "card",
        '🏦' => "bank",
        '🪙' | '₿' => "crypto",
        '🍑' | '🍆' | '🔞' | '💦' | '👅' => "adult",
        '👙' | '🩲' => "undress",
        '🤫' | '🙊' => "secret",
        '👮' | '🚔' | '🚓' | '🚨' => "police",
        '⚖' => "court",
        '😘' | '😍' | '🥰' | '❤' | '💋' | '💕' | '💖' | '💘' | '😻' | '💞' => {
            "love"
        }
        '⏰' | '⌛' | '⏳' | '⏱' => "deadline",
        '🔥' => "hot",
        '😡' | '😠' | '🤬' => "angry",
        '🙏' | '🥺' => "please",
        '🎁' => "gift",
        '🔗' => "link",
        '🔒' | '🔐' => "lock",
        '💬' | '📩' | '📨' | '✉' => "message",
        '📧' => "email",
        '🆘' => "help",
        '😱' | '😰' | '😨' => "scared",
        '😭' | '😢' => "crying",
        '🛑' => "stop",
        '📍' => "location",
        '🤝' => "deal",
        '🔪' | '💣' | '🔫' => "threat",
        _ => return None,
    })
}

/// Characters that only modify the emoji before them.
fn is_emoji_modifier(c: char) -> bool {
    matches!(
        c,
        '\u{1F3FB}'..='\u{1F3FF}' | '\u{FE0E}' | '\u{FE0F}' | '\u{200D}' | '♀' | '♂'
    )
}

impl NormalizeStage for Emoji {
    fn apply(&self, t: &mut NormalizedText) {
        if t.is_ascii() || !t.text().chars().any(|c| emoji_word(c).is_some()) {
            return;
        }
        t.edit_runs(|text, edits| {
            let mut it = text.char_indices().peekable();
            while let Some((i, c)) = it.next() {
                let Some(word) = emoji_word(c) else {
                    continue;
                };
                let mut end = i + c.len_utf8();
                while let Some(&(j, m)) = it.peek().filter(|&&(_, m)| is_emoji_modifier(m)) {
                    end = j + m.len_utf8();
                    it.next();
                }
                edits.replace_pieces(i..end, &[" ", word, " "]);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emoji(s: &str) -> NormalizedText {
        let mut t = NormalizedText::default();
        t.reset(s);
        Emoji.apply(&mut t);
        t
    }

    #[test]
    fn maps_emoji_to_words() {
        assert_eq!(emoji("vc pe aa 📹").as_str(), "vc pe aa  video ");
        assert_eq!(emoji("💰bhejo").as_str(), " money bhejo");
        assert_eq!(
            emoji("👮🏽\u{200D}♂\u{FE0F} aa gaye").as_str(),
            " police  aa gaye"
        );
        assert_eq!(emoji("😂 ok").as_str(), "😂 ok");
        assert_eq!(emoji("पैसे 💸 भेजो").as_str(), "पैसे  money  भेजो");
    }

    #[test]
    fn word_maps_to_whole_emoji() {
        let t = emoji("a📹b");
        assert_eq!(t.as_str(), "a video b");
        assert_eq!(t.original_span(2, 7), (1, 5));
        assert_eq!(t.original_span(8, 9), (5, 6));
    }

    #[test]
    fn table_has_enough_entries() {
        let n = ('\u{2000}'..='\u{1FAFF}')
            .filter(|&c| emoji_word(c).is_some())
            .count();
        assert!((40..=80).contains(&n), "{n}");
    }
}
