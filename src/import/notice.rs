//! What an app notice is: the one rule every importer shares.
//!
//! Exports write media, deletions, missed calls and security notices as
//! lines of text (`<Media omitted>`, "video omitted", "📹 Video"). They are
//! the app speaking, not a person, so every importer turns them into
//! [`MessageKind::System`](crate::conversation::MessageKind) messages, the
//! canonical JSON importer included: a corpus that writes them as speech
//! would otherwise teach the model which exporter (or generator) a chat
//! came from.

use std::sync::LazyLock;

use regex::Regex;

/// Placeholders WhatsApp writes instead of media or removed content.
pub(crate) static PLACEHOLDER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:<media omitted>|<attached: [^>]*>|.*\b(?:image|video|audio|sticker|gif|document|contact card|media|video note|view once (?:photo|video|voice message)) omitted>?|this message was deleted\.?|you deleted this message\.?|missed (?:voice|video|group voice|group video) call.*|waiting for this message\. this may take a while\.|null)$",
    )
    .ok()
});

/// Notices that name nobody.
pub(crate) static NOTICE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:messages and calls are end-to-end encrypted|messages to this (?:group|chat) are now secured|your security code with .* changed|.*security code changed|disappearing messages|this chat is with a business account|you're now an admin|this business uses|.* is a contact\.?$|you blocked this contact|you unblocked this contact)",
    )
    .ok()
});

/// Media notes as Telegram, Instagram and copy-pasted chats show them.
static MEDIA_NOTE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:📹|🎥|📷|📸|🖼️?|🎤|🎙️?|🎵|📎|📄|🔊)\s*(?:video|photo|image|voice message|audio|sticker|gif|file|document|video message)s?(?:\s*\(\d+\))?|\[(?:photo|video|sticker|voice message|gif|file)\]|sticker|gif|voice message|video message|photo|you unsent a message|.* sent an attachment\.|missed (?:voice|video) call|call ended|incoming (?:voice|video) call|outgoing (?:voice|video) call)$",
    )
    .ok()
});

/// Compiles the patterns above now instead of on first use.
pub(super) fn warm_up() {
    for re in [&PLACEHOLDER, &NOTICE, &MEDIA_NOTE] {
        LazyLock::force(re);
    }
}

fn is_match(re: &LazyLock<Option<Regex>>, text: &str) -> bool {
    re.as_ref().is_some_and(|r| r.is_match(text))
}

/// Whether a whole message text is an app notice rather than speech.
pub fn is_app_notice(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{200E}' || c == '\u{200F}');
    !t.is_empty() && (is_match(&PLACEHOLDER, t) || is_match(&NOTICE, t) || is_match(&MEDIA_NOTE, t))
}

#[cfg(test)]
mod tests {
    use super::is_app_notice;

    #[test]
    fn notices_of_every_app_and_not_speech() {
        for n in [
            "<Media omitted>",
            "video omitted",
            "\u{200E}image omitted",
            "📹 Video",
            "📷 Photo",
            "<attached: 00000034-PHOTO-2026-03-02.jpg>",
            "Missed video call",
            "This message was deleted",
            "Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
            "Sticker",
        ] {
            assert!(is_app_notice(n), "{n}");
        }
        for s in [
            "send the video",
            "i omitted nothing",
            "photo bhejo",
            "video call karein?",
            "missed your call, sorry",
        ] {
            assert!(!is_app_notice(s), "{s}");
        }
    }
}
