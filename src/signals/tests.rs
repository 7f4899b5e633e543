//! Lexicon tests: per-signal positives and negatives in each language,
//! obfuscated spellings, hard negatives, span fidelity and throughput.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use super::{Hit, Signal, SignalMatcher};
use crate::normalize::Normalizer;

static MATCHER: LazyLock<SignalMatcher> = LazyLock::new(SignalMatcher::new);

fn hits(text: &str) -> Vec<Hit> {
    let normalized = Normalizer::default().normalize(text);
    let mut out = Vec::new();
    MATCHER.match_text(text, &normalized, 7, &mut out);
    out
}

fn signals(text: &str) -> BTreeSet<Signal> {
    hits(text).into_iter().map(|h| h.signal).collect()
}

#[track_caller]
fn fires(signal: Signal, texts: &[&str]) {
    for text in texts {
        let found = signals(text);
        assert!(
            found.contains(&signal),
            "{signal} should fire on {text:?}; got {found:?}"
        );
    }
}

#[track_caller]
fn silent(signal: Signal, texts: &[&str]) {
    for text in texts {
        let found = hits(text);
        let bad: Vec<&Hit> = found.iter().filter(|h| h.signal == signal).collect();
        assert!(
            bad.is_empty(),
            "{signal} should NOT fire on {text:?}; got {bad:?}"
        );
    }
}

/// The stages that must stay silent on benign chats about the same topics.
const SEVERE: &[Signal] = &[
    Signal::LeakThreat,
    Signal::RecordingClaim,
    Signal::UndressRequest,
    Signal::MoneyDemand,
];

#[track_caller]
fn no_severe(text: &str) {
    for &s in SEVERE {
        silent(s, &[text]);
    }
}

#[test]
fn embedded_tables_compile() {
    let m = SignalMatcher::try_new();
    assert!(m.is_ok(), "{:?}", m.err());
    let m = m.unwrap();
    assert!(m.len() > 500, "only {} patterns", m.len());
    assert_eq!(m.tables_sha256().len(), 64);
    assert_eq!(SignalMatcher::VERSION, "2026.2");
}

#[test]
fn every_signal_has_patterns_and_names_round_trip() {
    let all: String = [
        include_str!("tables/en.tsv"),
        include_str!("tables/hi_latn.tsv"),
        include_str!("tables/hi.tsv"),
        include_str!("tables/mr.tsv"),
    ]
    .concat();
    for s in Signal::ALL {
        assert_eq!(Signal::from_name(s.name()), Some(*s));
        let json = serde_json::to_string(s).unwrap();
        assert_eq!(json, format!("\"{}\"", s.name()));
        let lines = all
            .lines()
            .filter(|l| l.starts_with(&format!("{}\t", s.name())))
            .count();
        assert!(lines >= 2, "{s} has {lines} patterns");
    }
    assert_eq!(Signal::from_name("nope"), None);
    assert!(Signal::LeakThreat.is_stage() && !Signal::Warning.is_stage());
    assert!(Signal::Refusal.is_protective());
    assert!(Signal::RecordingClaim.stage_order() < Signal::MoneyDemand.stage_order());
}

#[test]
fn matcher_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<SignalMatcher>();
}

#[test]
fn spans_point_into_the_original_text() {
    let texts = [
        "OK so I RECORDED your video call. Send Rs 5000 NOW or I will send it to your family",
        "tera video mere paas hai, 10k bhej warna viral kar dunga",
        "तुम्हारा वीडियो मेरे पास है, पैसे भेजो वरना वायरल कर दूंगा",
        "तुझा व्हिडिओ माझ्याकडे आहे, पैसे पाठव नाहीतर तुझ्या घरच्यांना पाठवेन",
    ];
    for text in texts {
        let found = hits(text);
        assert!(!found.is_empty(), "{text}");
        let mut last = 0;
        for h in &found {
            assert_eq!(h.message, 7);
            assert!(h.span.0 < h.span.1 && h.span.1 <= text.len());
            assert_eq!(&text[h.span.0..h.span.1], h.text, "{h:?}");
            assert_eq!(h.text.trim(), h.text, "untrimmed {h:?}");
            assert!(h.span.0 >= last, "hits not sorted: {found:?}");
            last = h.span.0;
        }
    }
    let text = "Send Rs 5000 NOW";
    let h = hits(text)
        .into_iter()
        .find(|h| h.signal == Signal::MoneyDemand)
        .unwrap();
    assert_eq!(h.text, "Send Rs 5000");
    assert_eq!(h.lang, "en");
}

#[test]
fn same_signal_overlaps_are_merged() {
    let found = hits("video call video call");
    let vc = found
        .iter()
        .filter(|h| h.signal == Signal::VideoCallRequest)
        .count();
    assert_eq!(vc, 2, "{found:?}");
}

// --- per-signal lexicon -------------------------------------------------

#[test]
fn first_contact_and_flattery() {
    fires(
        Signal::FirstContact,
        &[
            "hi dear",
            "Hello handsome",
            "i saw your profile and liked it",
            "are you single?",
            "can we be friends",
            "aap kaha se ho",
            "friendship karoge?",
            "आप कहाँ से हो",
            "तुम्ही कुठून आहात",
        ],
    );
    silent(
        Signal::FirstContact,
        &["hi mom, reaching home by 8", "see you at the office"],
    );
    fires(
        Signal::Flattery,
        &[
            "you look so handsome",
            "u r very cute",
            "aap bahut smart ho",
            "bohot handsome lagte ho",
            "आप बहुत सुंदर हो",
            "तू खूप छान दिसतोस",
        ],
    );
    silent(Signal::Flattery, &["the weather is nice today"]);
}

#[test]
fn platform_move() {
    fires(
        Signal::PlatformMove,
        &[
            "add me on whatsapp",
            "give me your number",
            "let's talk on telegram",
            "dm me on insta",
            "apna number do",
            "whatsapp pe aao",
            "अपना नंबर दो",
            "व्हाट्सएप पर आओ",
        ],
    );
    silent(Signal::PlatformMove, &["my phone battery is low"]);
}

#[test]
fn video_call_request() {
    fires(
        Signal::VideoCallRequest,
        &[
            "video call me now",
            "vc pe aao",
            "turn on your camera",
            "camera chalu karo",
            "can we facetime",
            "video call karo na",
            "वीडियो कॉल करो",
            "व्हिडिओ कॉल कर",
        ],
    );
    silent(
        Signal::VideoCallRequest,
        &["I watched a video yesterday", "call me later"],
    );
}

#[test]
fn undress_request() {
    fires(
        Signal::UndressRequest,
        &[
            "take off your shirt",
            "remove your clothes",
            "show me your body",
            "kapde utaro",
            "shirt utaro na",
            "body dikhao",
            "कपड़े उतारो",
            "कपडे काढ",
        ],
    );
    silent(
        Signal::UndressRequest,
        &[
            "take off your shoes before coming in",
            "I will remove the stain from the shirt",
        ],
    );
}

#[test]
fn recording_claim() {
    fires(
        Signal::RecordingClaim,
        &[
            "I recorded everything",
            "i have your video",
            "your video is with me",
            "recording kar li maine",
            "tumhara video mere paas hai",
            "sab record ho gaya",
            "तुम्हारा वीडियो मेरे पास है",
            "तुझा व्हिडिओ माझ्याकडे आहे",
        ],
    );
    silent(
        Signal::RecordingClaim,
        &["the concert video is on youtube", "I saved the file"],
    );
}

#[test]
fn leak_threat() {
    fires(
        Signal::LeakThreat,
        &[
            "I will send this video to your family",
            "i'll upload it on youtube",
            "your video will go viral",
            "I will make it viral",
            "viral kar dunga",
            "tere ghar walon ko bhej dunga",
            "sabko bhej dungi",
            "youtube pe daal dunga",
            "वायरल कर दूंगा",
            "तेरे घर वालों को भेज दूंगा",
            "व्हायरल करेन",
            "तुझ्या घरच्यांना पाठवेन",
        ],
    );
    silent(
        Signal::LeakThreat,
        &[
            "I sent the wedding photos to the family group",
            "this reel went viral lol",
        ],
    );
}

#[test]
fn contact_harvest() {
    fires(
        Signal::ContactHarvest,
        &[
            "i have your friends list",
            "i have all your followers",
            "tere sab contacts mere paas hai",
            "mere paas tumhari friend list hai",
            "तुम्हारे सारे कॉन्टैक्ट्स मेरे पास",
        ],
    );
    silent(
        Signal::ContactHarvest,
        &["I have your charger, will return tomorrow"],
    );
}

#[test]
fn money_demand() {
    fires(
        Signal::MoneyDemand,
        &[
            "send money now",
            "Send 5000",
            "pay me 10k",
            "transfer rs 20000 immediately",
            "paise bhejo",
            "paisa bhej jaldi",
            "pese de",
            "10k bhej",
            "पैसे भेजो",
            "पैसे पाठव",
            "पैसे दे",
        ],
    );
    silent(
        Signal::MoneyDemand,
        &[
            "I sent you 3000 for rent",
            "paise nahi dunga",
            "paise mat dena kisi ko",
        ],
    );
}

#[test]
fn payment_channel() {
    fires(
        Signal::PaymentChannel,
        &[
            "pay on rahul.k@okaxis",
            "gpay karo",
            "send to my paytm",
            "account number and ifsc please",
            "buy a google play gift card",
            "send usdt to this wallet address",
        ],
    );
    silent(Signal::PaymentChannel, &["let's play a game"]);
}

#[test]
fn urgency() {
    fires(
        Signal::Urgency,
        &[
            "within 1 hour",
            "in 30 minutes",
            "last warning",
            "jaldi karo",
            "warna",
            "nahi to",
            "लास्ट वार्निंग",
            "लवकर",
        ],
    );
    silent(Signal::Urgency, &["see you next week"]);
}

#[test]
fn authority_impersonation() {
    fires(
        Signal::AuthorityImpersonation,
        &[
            "I am calling from cyber cell",
            "this is crime branch",
            "youtube officer here, your video is uploaded",
            "arrest warrant is issued",
            "you are under digital arrest",
            "साइबर सेल से बोल रहा हूँ",
            "पोलीस येतील",
        ],
    );
    silent(
        Signal::AuthorityImpersonation,
        &["the court is near my house? no, the mall is"],
    );
}

#[test]
fn secrecy() {
    fires(
        Signal::Secrecy,
        &[
            "don't tell anyone",
            "delete this chat",
            "keep it secret",
            "kisi ko mat batana",
            "chat delete kar do",
            "किसी को मत बताना",
            "कोणालाही सांगू नको",
        ],
    );
    silent(Signal::Secrecy, &["tell everyone about the party"]);
}

#[test]
fn scam_families() {
    fires(
        Signal::OtpRequest,
        &["share the otp", "otp bata do", "ओटीपी बताओ"],
    );
    fires(
        Signal::KycUpdate,
        &[
            "your KYC is pending, account will be blocked",
            "kyc update karo",
        ],
    );
    fires(
        Signal::PrizeLottery,
        &[
            "congratulations you won a lottery of 25 lakh",
            "kbc lottery",
        ],
    );
    fires(
        Signal::TaskJob,
        &[
            "part time job, earn 3000 per day",
            "like youtube videos and earn",
            "prepaid task",
        ],
    );
    fires(
        Signal::InvestmentReturns,
        &[
            "guaranteed returns 10% daily",
            "double your money",
            "usdt investment platform",
        ],
    );
    fires(
        Signal::SuspiciousLink,
        &[
            "open bit.ly/abc123",
            "install this app.apk",
            "download anydesk",
        ],
    );
    silent(Signal::OtpRequest, &["what's the plan"]);
}

#[test]
fn protective_signals() {
    fires(
        Signal::Warning,
        &[
            "beware of fake video calls",
            "never accept video calls from strangers",
            "report to cybercrime.gov.in or call 1930",
            "bro this is a scam",
            "savdhan rahe",
        ],
    );
    fires(
        Signal::Refusal,
        &[
            "I will go to police",
            "I won't pay",
            "i blocked you",
            "police me complaint karunga",
            "paise nahi dunga",
        ],
    );
    fires(
        Signal::Plea,
        &[
            "please don't share it",
            "mere paas paise nahi hai",
            "maaf kar do",
        ],
    );
}

// --- obfuscation (needs the full normalizer) ----------------------------

/// These exercise leet, spacing, squeezing and emoji folding. They pass
/// once the normalizer implements those stages; with a lowercase-only
/// normalizer they are skipped.
#[test]
fn obfuscated_variants() {
    let probe = Normalizer::default().normalize("v1de0");
    assert_eq!(probe.as_str(), "video", "normalizer does not fold leet yet");
    fires(
        Signal::VideoCallRequest,
        &["v1de0 c@ll", "v i d e o c a l l", "📹📞 now"],
    );
    fires(Signal::MoneyDemand, &["paiseee bhejooo", "send 💰 now"]);
    fires(
        Signal::LeakThreat,
        &["v1ral kar dunga", "I w1ll s3nd it to your f@mily"],
    );
    fires(Signal::Secrecy, &["🤫 ok"]);
}

// --- hard negatives -----------------------------------------------------

#[test]
fn couple_planning_a_video_call() {
    let text = "let's video call tonight babe";
    let found = signals(text);
    assert!(found.contains(&Signal::VideoCallRequest), "{found:?}");
    assert_eq!(
        found.len(),
        1,
        "only video_call_request should fire: {found:?}"
    );
    no_severe("miss you! video call after dinner? I'll show you the new haircut");
}

#[test]
fn friends_splitting_rent_over_upi() {
    for text in [
        "I sent you 3000 for rent",
        "sent 3000 to your upi for rent, check",
        "bhai maine rent ke 3000 gpay kar diye",
        "I'll send you the electricity share tomorrow",
        "did you get the money I sent?",
    ] {
        no_severe(text);
    }
    assert!(signals("sent 3000 to neha@okaxis for rent").contains(&Signal::PaymentChannel));
}

#[test]
fn friend_warning_about_sextortion() {
    let text = "bro be careful, there is a sextortion scam going on. a fake girl video calls you, \
                records the call and threatens to send it to your family unless you pay. never \
                accept video calls from strangers and report to 1930";
    no_severe(text);
    assert!(signals(text).contains(&Signal::Warning));
    let hinglish = "bhai savdhan rehna, anjaan number se video call aaye to mat uthana. \
                    ye scam hai, paise mat dena, police me complaint karo";
    no_severe(hinglish);
    assert!(signals(hinglish).contains(&Signal::Warning));
}

#[test]
fn police_awareness_post() {
    let text = "Cyber police advisory: fraudsters pose as women on social media, record video \
                calls and blackmail victims for money. Do not pay anything. Report at \
                cybercrime.gov.in or dial 1930.";
    no_severe(text);
    assert!(signals(text).contains(&Signal::Warning));
    let hindi = "सावधान! अनजान नंबर से वीडियो कॉल ना उठाएं। पैसे ना दें, 1930 पर शिकायत करें।";
    no_severe(hindi);
    assert!(signals(hindi).contains(&Signal::Warning));
}

#[test]
fn full_sextortion_chat_fires_the_stages() {
    let chat = [
        "hi dear, i saw your profile",
        "add me on whatsapp",
        "video call karo na",
        "kapde utaro",
        "tumhara video mere paas hai",
        "10k bhej warna tere ghar walon ko bhej dunga",
        "main cyber cell se bol raha hu",
    ];
    let mut all = BTreeSet::new();
    for m in chat {
        all.extend(signals(m));
    }
    for s in [
        Signal::FirstContact,
        Signal::PlatformMove,
        Signal::VideoCallRequest,
        Signal::UndressRequest,
        Signal::RecordingClaim,
        Signal::MoneyDemand,
        Signal::Urgency,
        Signal::LeakThreat,
        Signal::AuthorityImpersonation,
    ] {
        assert!(all.contains(&s), "missing {s}: {all:?}");
    }
}

#[test]
fn consequence_shaped_threats_and_verbless_demands() {
    fires(
        Signal::LeakThreat,
        &[
            "pay by tonight or this video goes to your mom, dad and your boss",
            "or i send it to all of them tonight",
            "your sister's husband will have a nice evening watching this",
            "police ke paas gaye toh bhi video jayega",
            "video seedha ghar walo tak jayega",
        ],
    );
    fires(Signal::MoneyDemand, &["20k. aadhe ghante mein"]);
    for text in [
        "this video goes to the wedding album, mom will love it",
        "send the video to mom, she wants to see the dance",
        "20 minutes mein aata hoon",
        "police ke paas gaye the, complaint ho gayi",
    ] {
        no_severe(text);
    }
}

#[test]
fn tamil_telugu_kannada_malayalam_bengali_gujarati_punjabi() {
    // Romanized and native script: the normalizer romanizes the latter.
    fires(
        Signal::LeakThreat,
        &[
            "un video ellarukkum anuppuven",
            "உன் வீடியோ எல்லாருக்கும் அனுப்புவேன்",
            "nee video andariki pampistha",
            "ninna video ellarigu kalustini",
            "ninte video ellarkum ayakkum",
            "tomar video sobaike pathabo",
            "tamaro video badha ne moklish",
            "tera video sab nu bhej du",
        ],
    );
    fires(
        Signal::MoneyDemand,
        &[
            "panam anuppu",
            "dabbulu pampu",
            "duddu kalsu",
            "paisa ayakku",
            "taka pathao",
            "paisa moklo",
        ],
    );
    fires(
        Signal::RecordingClaim,
        &["record panniten", "record chesanu", "record korechi"],
    );
    for text in [
        "amma video call pannu",
        "wedding video ellarukkum share pannalama?",
        "photos andariki nachayi",
        "dabbulu ivvali ani ammaku cheppu",
        "taka pathiyechi, receipt dekho",
        "video kal sab nu dikhavange, party vich",
    ] {
        silent(Signal::LeakThreat, &[text]);
        silent(Signal::RecordingClaim, &[text]);
    }
}
