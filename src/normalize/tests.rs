//! Whole-pipeline tests: examples, offset-map properties, idempotence, and
//! an ignored throughput report.

use proptest::prelude::*;

use super::*;

fn norm(s: &str) -> String {
    Normalizer::default().normalize(s).as_str().to_owned()
}

/// The original text under the normalized span of the first `needle`.
fn source_of<'a>(original: &'a str, needle: &str) -> &'a str {
    let n = Normalizer::default().normalize(original);
    let at = n
        .as_str()
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {:?}", n.as_str()));
    let (s, e) = n.original_span(at, at + needle.len());
    &original[s..e]
}

#[test]
fn default_pipeline_examples() {
    for (input, expected) in [
        ("v1de0 c@ll", "video call"),
        ("ѵіdеο call", "video call"),
        ("V.I.D.E.O", "video"),
        ("v i d e o c a l l", "videocall"),
        ("s e n d  m o n e y", "send money"),
        ("pleeease s3nd paiseee", "please send paise"),
        ("vc pe aa 📹", "vc pe aa video"),
        ("ＳＥＮＤ 𝐌𝐎𝐍𝐄𝐘", "send money"),
        ("n\u{200B}u\u{200B}d\u{200B}e pic", "nude pic"),
        ("💰💰 bhejo!!!", "money money bhejo!"),
        (
            "rs 5000 at 9:30 to rahul.k@okaxis",
            "rs 5000 at 9:30 to rahul.k@okaxis",
        ),
        ("  Hi   there  ", "hi there"),
        ("", ""),
    ] {
        assert_eq!(norm(input), expected, "{input:?}");
    }
}

#[test]
fn devanagari_is_romanized() {
    for (s, want) in [
        ("पैसे भेजो", "paise bhejo"),
        ("पैसे पाठव", "paise pathav"),
        ("वीडियो कॉल करो", "vidiyo kol karo"),
        ("क्षमा", "kshama"),
    ] {
        assert_eq!(norm(s), want);
    }
    assert_eq!(norm("paise भेजो 📞"), "paise bhejo call");
}

#[test]
fn spans_map_back_to_obfuscated_source() {
    assert_eq!(source_of("pls v1de0 c@ll", "video"), "v1de0");
    assert_eq!(source_of("pls v1de0 c@ll", "call"), "c@ll");
    assert_eq!(source_of("ok ѵіdеο now", "video"), "ѵіdеο");
    assert_eq!(source_of("do v i d e o now", "video"), "v i d e o");
    assert_eq!(source_of("aa 📹 pe", "video"), "📹");
    assert_eq!(source_of("ＳＥＮＤ it", "send"), "ＳＥＮＤ");
    assert_eq!(source_of("pleeease", "please"), "pleeease");
    assert_eq!(source_of("v\u{200B}ideo", "video"), "v\u{200B}ideo");
}

#[test]
fn config_round_trips_as_json() {
    let n = Normalizer::default();
    let json = serde_json::to_string(&n).expect("serialise");
    assert!(json.contains(r#"{"type":"squeeze","max_run":2}"#), "{json}");
    assert!(json.contains(r#"{"type":"letter_spacing"}"#), "{json}");
    let back: Normalizer = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, n);
    let empty: Normalizer = serde_json::from_str("{}").expect("defaults");
    assert_eq!(empty, n);
    let custom: Normalizer =
        serde_json::from_str(r#"{"stages":[{"type":"casefold"}]}"#).expect("custom");
    assert_eq!(custom.normalize("V1DEO").as_str(), "v1deo");
}

#[test]
fn reused_buffer_gives_same_result() {
    let n = Normalizer::default();
    let mut out = NormalizedText::default();
    for s in ["v1de0 c@ll", "पैसे 💰", "a", "", "ѵіdеο"] {
        n.normalize_into(s, &mut out);
        assert_eq!(out.as_str(), n.normalize(s).as_str());
        assert_eq!(out.original_len(), s.len());
    }
}

fn chat_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(" abcdeilmnorsuvxyz".chars().collect::<Vec<_>>()),
        2 => prop::sample::select("0134578@$!|.-_*?,:'\"/#".chars().collect::<Vec<_>>()),
        1 => prop::sample::select("ABCVIDEO\t\n".chars().collect::<Vec<_>>()),
        1 => prop::sample::select("पैसेभजोकषाठव्ं".chars().collect::<Vec<_>>()),
        1 => prop::sample::select("аеорсухіѕԁοαεινρτυᴠɪİКВ".chars().collect::<Vec<_>>()),
        1 => prop::sample::select("📹📞💰🍑👮🏽😂❤♂".chars().collect::<Vec<_>>()),
        1 => prop::sample::select("\u{200B}\u{200C}\u{200D}\u{FE0F}\u{00AD}\u{FEFF}\u{301}\u{308}ＡＶ𝐯é\u{3000}".chars().collect::<Vec<_>>()),
        1 => any::<char>(),
    ]
}

fn chat_text() -> impl Strategy<Value = String> {
    prop::collection::vec(chat_char(), 0..40).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_are_valid_and_monotonic(s in chat_text()) {
        let n = Normalizer::default().normalize(&s);
        let len = n.len();
        let mut prev = (0, 0);
        for i in 0..len {
            let (a, b) = n.original_span(i, i + 1);
            prop_assert!(a <= b && b <= s.len());
            prop_assert!(s.is_char_boundary(a) && s.is_char_boundary(b));
            prop_assert!(a >= prev.0 && b >= prev.1, "not monotonic at {}", i);
            prev = (a, b);
        }
        for i in 0..=len {
            for j in i..=len.min(i + 8) {
                let (a, b) = n.original_span(i, j);
                prop_assert!(a <= b && b <= s.len());
                prop_assert!(s.is_char_boundary(a) && s.is_char_boundary(b));
            }
        }
    }

    #[test]
    fn default_pipeline_is_idempotent(s in chat_text()) {
        let once = norm(&s);
        let twice = norm(&once);
        prop_assert_eq!(&twice, &once, "input {:?}", s);
    }

    #[test]
    fn each_stage_alone_never_panics(s in chat_text()) {
        for stage in Normalizer::recommended_stages() {
            let n = Normalizer::new(vec![stage]).normalize(&s);
            let (a, b) = n.original_span(0, n.len());
            prop_assert!(a <= b && b <= s.len());
        }
    }
}
