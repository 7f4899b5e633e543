//! Generates a deterministic, realistic mixed JSON Lines corpus for benchmarks.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --mb 20 --out target/bench-data/scan-20mb.jsonl
//! cargo run --release --example gen_corpus -- --conversations 50000 --labeled --out train.jsonl
//! ```
//!
//! Conversations are built from the phrase pools below: English, Hinglish
//! (romanised Hindi) and Devanagari chats, mostly benign, some sextortion and
//! some messaging-scam escalations, with names, amounts, UPI IDs, phone
//! numbers, emoji, timestamps and a little obfuscation (letter spacing, leet,
//! repeated letters) mixed in. The same seed always gives the same bytes.
//! The output is benchmark input only: it is generated, never committed.

use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// SplitMix64: small, fast and fully deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const NAMES: &[&str] = &[
    "Priya",
    "Rahul",
    "Ankit",
    "Sneha",
    "Rohan",
    "Pooja",
    "Vikram",
    "Neha",
    "Arjun",
    "Kavya",
    "Aditya",
    "Meera",
    "Karan",
    "Isha",
    "Sahil",
    "Tanvi",
    "Nikhil",
    "Riya",
    "Dev",
    "Anjali",
    "rahul_07",
    "sweety.angel",
    "ishaan94",
    "komal_98",
    "Mom",
    "Papa",
    "Bhaiya",
    "Didi",
    "Sarah",
    "James",
    "Emily",
    "Mike",
    "Olivia",
    "Daniel",
    "प्रिया",
    "राहुल",
    "अमित",
];

const FOOD: &[&str] = &[
    "biryani",
    "pizza",
    "momos",
    "dosa",
    "chai",
    "pav bhaji",
    "paneer tikka",
    "burger",
    "maggi",
    "samosa",
];

const PLACES: &[&str] = &[
    "office", "college", "mall", "station", "metro", "gym", "library", "canteen", "market",
    "airport",
];

const EMOJI: &[&str] = &[
    "😂", "🙏", "👍", "❤️", "😊", "🔥", "😭", "💸", "📹", "😡", "😘", "🤣", "💰", "🎉", "😅",
];

/// Benign chat lines: `{n}` is an amount, `{f}` a food, `{p}` a place, `{t}` a time.
const BENIGN_EN: &[&str] = &[
    "hey, are you coming to the {p} today?",
    "running 10 mins late, traffic is crazy",
    "did you finish the assignment? i am stuck on question {n}",
    "let's order {f} tonight, i'm starving",
    "sent you {n} on gpay for the tickets",
    "happy birthday!! have an amazing year",
    "can you pick up milk on the way home",
    "meeting moved to {t}, please update the invite",
    "lol that meme was too good",
    "the match starts at {t}, come over",
    "ok see you tomorrow, good night",
    "thanks a lot, really appreciate it",
    "mom says dinner is ready, come down",
    "i'll split the rent with you, {n} each",
    "how was the interview? tell me everything",
    "my phone battery is dying, call you later",
    "did you watch the new episode? no spoilers pls",
    "reached home safely",
    "can you send the notes from today's lecture",
    "the {p} is closed on sunday btw",
    "Let me know when you are free to talk about the project plan.",
    "I booked the cab for {t}, please be ready downstairs",
    "Weather is so nice today, let's go for a walk in the evening",
];

const BENIGN_HINGLISH: &[&str] = &[
    "kal {p} chalein? {t} baje milte hain",
    "bhai {f} khane chalein aaj?",
    "mummy bol rahi hai jaldi ghar aa jao",
    "haan yaar kal milte hain, abhi busy hoon",
    "kya kar rahe ho? bore ho raha hai",
    "maine {n} bhej diye rent ke liye, check kar lena",
    "arre wah, congratulations bhai!!",
    "kal ka test cancel ho gaya kya?",
    "thik hai, main {t} tak pahunch jaunga",
    "bas ghar pe hi hoon, tu bata",
    "chal theek hai, baad mein baat karte hain",
    "papa ne bola {p} se saaman le aana",
    "itna late kyun hua? sab thik hai na?",
    "aaj bahut garmi hai yaar",
    "movie dekhne chalein weekend pe?",
    "notes bhej de na please, kal submission hai",
];

const BENIGN_HI: &[&str] = &[
    "कल मिलते हैं, {t} बजे",
    "खाना खा लिया क्या?",
    "मैं घर पहुँच गया हूँ",
    "आज ऑफिस में बहुत काम था",
    "मम्मी ने बुलाया है, जल्दी आओ",
    "जन्मदिन की बहुत बहुत शुभकामनाएं!",
    "ठीक है, बाद में बात करते हैं",
    "किराए के {n} रुपये भेज दिए हैं",
    "शाम को {p} चलेंगे?",
    "आज मौसम बहुत अच्छा है",
];

const SEXTORTION_EN: &[&str] = &[
    "hi dear, i saw your profile, you look so handsome",
    "you are so cute, can we be friends?",
    "lets move to whatsapp, send me your number",
    "come on video call na, i am alone",
    "switch on your camera please",
    "take off your shirt, let me see you",
    "i have recorded your video call, watch this",
    "i have screenshots of everything",
    "i will send this video to your family and friends",
    "i will upload your video on youtube and instagram",
    "i have all your contacts and followers list",
    "send {n} now or your video goes viral",
    "pay on this upi {u} within 1 hour",
    "i am from cyber crime police, your case is registered",
    "don't tell anyone and delete this chat",
    "last warning, time is running out",
];

const SEXTORTION_HINGLISH: &[&str] = &[
    "hii handsome, video call pe aao na",
    "camera on karo na jaan",
    "tumhara video record ho gaya hai",
    "mere paas tumhari screen recording hai",
    "{n} bhejo warna video viral kar dunga",
    "tere ghar walon ko bhej dungi video",
    "tumhari friend list mere paas hai sabko jayegi",
    "paise bhejo jaldi, 1 ghante ka time hai",
    "paytm number {ph} pe {n} daal",
    "main cyber cell se bol raha hoon, FIR hogi",
    "kisi ko mat batana warna",
];

const SEXTORTION_HI: &[&str] = &[
    "तुम्हारा वीडियो मेरे पास है",
    "पैसे भेजो नहीं तो वीडियो वायरल कर दूंगा",
    "{n} रुपये भेजो अभी",
    "तुम्हारे घर वालों को वीडियो भेज दूंगी",
    "किसी को मत बताना",
    "मैं साइबर क्राइम पुलिस से बात कर रहा हूँ",
];

const SCAM: &[&str] = &[
    "Dear customer your KYC is pending, update now or account will be blocked",
    "congratulations! you have won a lucky draw prize of Rs {n}",
    "part time job: earn {n} daily by liking youtube videos",
    "share the OTP you received to complete verification",
    "invest {n} and get double returns in 7 days guaranteed",
    "click here to claim: bit.ly/claim-{n}",
    "aapka bijli connection aaj raat kat jayega, turant call karein {ph}",
    "pay registration fee {n} on upi {u}",
    "your parcel is on hold, pay customs charge now",
    "आपका KYC अपडेट नहीं हुआ है, तुरंत अपडेट करें",
    "task complete karo aur {n} commission pao",
    "send amazon gift card code of {n} to unlock",
];

const VICTIM: &[&str] = &[
    "who are you? how did you get my number",
    "please don't do this, i'm begging you",
    "mere paas itne paise nahi hai",
    "please delete it, i will pay tomorrow",
    "i am going to report this to the police",
    "कृपया ऐसा मत करो",
    "bhai please maaf kar do",
    "is this real? sounds like a scam",
];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Benign,
    Sextortion,
    Scam,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Benign => "benign",
            Kind::Sextortion => "sextortion",
            Kind::Scam => "scam",
        }
    }
}

fn fill(template: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        match &after[..close] {
            "n" => {
                let amount = [500, 1200, 2000, 5000, 10000, 15000, 21000, 50000][rng.below(8)];
                match rng.below(4) {
                    0 => write!(out, "₹{amount}"),
                    1 => write!(out, "Rs {amount}"),
                    _ => write!(out, "{amount}"),
                }
                .unwrap_or(());
            }
            "f" => out.push_str(rng.pick(FOOD)),
            "p" => out.push_str(rng.pick(PLACES)),
            "t" => write!(out, "{}:{:02}", rng.range(1, 12), rng.below(4) * 15).unwrap_or(()),
            "u" => write!(
                out,
                "{}{}@oksbi",
                rng.pick(&["pay", "cash", "help"]),
                rng.below(999)
            )
            .unwrap_or(()),
            "ph" => write!(out, "+91-9{:09}", rng.next() % 1_000_000_000).unwrap_or(()),
            other => out.push_str(other),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Occasional chat noise and obfuscation, as real chats have.
fn noise(text: String, rng: &mut Rng) -> String {
    let mut text = text;
    if rng.chance(15) {
        text.push(' ');
        text.push_str(rng.pick(EMOJI));
    }
    if rng.chance(5) {
        text = text.to_uppercase();
    }
    if rng.chance(3) {
        text = text
            .replace("video", "v i d e o")
            .replace("paise", "p@ise")
            .replace("send", "s3nd");
    }
    if rng.chance(3) {
        text = text.replace("please", "pleaseeee").replace("na", "naaa");
    }
    text
}

fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn conversation(n: usize, rng: &mut Rng, labeled: bool) -> String {
    let kind = match rng.below(100) {
        0..=79 => Kind::Benign,
        80..=89 => Kind::Sextortion,
        _ => Kind::Scam,
    };
    let (lang, benign) = match rng.below(10) {
        0..=4 => ("en", BENIGN_EN),
        5..=7 => ("hi-Latn", BENIGN_HINGLISH),
        _ => ("hi", BENIGN_HI),
    };
    let a = rng.pick(NAMES);
    let mut b = rng.pick(NAMES);
    if a == b {
        b = "Friend";
    }
    let messages = rng.range(4, 36);
    let mut line = String::with_capacity(messages * 90);
    let _ = write!(line, "{{\"id\":\"bench-{n:07}\"");
    if labeled {
        let _ = write!(line, ",\"label\":\"{}\"", kind.label());
    }
    let _ = write!(
        line,
        ",\"source\":\"bench-generated\",\"lang\":\"{lang}\",\"messages\":["
    );
    let (day, mut minute) = (rng.range(1, 28), rng.range(0, 1200));
    for i in 0..messages {
        let progress = i * 100 / messages;
        let from_a = rng.chance(55);
        let template = match kind {
            Kind::Benign => {
                if rng.chance(20) {
                    rng.pick(BENIGN_EN)
                } else {
                    rng.pick(benign)
                }
            }
            Kind::Sextortion if from_a && progress >= 15 => match lang {
                "hi" if rng.chance(60) => rng.pick(SEXTORTION_HI),
                "en" => rng.pick(SEXTORTION_EN),
                _ if rng.chance(50) => rng.pick(SEXTORTION_HINGLISH),
                _ => rng.pick(SEXTORTION_EN),
            },
            Kind::Scam if from_a && progress >= 10 => rng.pick(SCAM),
            _ if !from_a && progress >= 40 && rng.chance(50) => rng.pick(VICTIM),
            _ => rng.pick(benign),
        };
        let text = noise(fill(template, rng), rng);
        minute += rng.range(0, 7);
        if i > 0 {
            line.push(',');
        }
        line.push_str("{\"sender\":");
        push_json_str(&mut line, if from_a { a } else { b });
        line.push_str(",\"text\":");
        push_json_str(&mut line, &text);
        let _ = write!(
            line,
            ",\"ts\":\"2026-03-{:02}T{:02}:{:02}:00+05:30\"}}",
            day,
            (minute / 60) % 24,
            minute % 60
        );
    }
    line.push_str("]}\n");
    line
}

struct Args {
    out: PathBuf,
    mb: Option<f64>,
    conversations: Option<usize>,
    seed: u64,
    labeled: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        out: PathBuf::new(),
        mb: None,
        conversations: None,
        seed: 42,
        labeled: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--out" => args.out = PathBuf::from(value()?),
            "--mb" => args.mb = Some(value()?.parse().map_err(|e| format!("--mb: {e}"))?),
            "--conversations" => {
                args.conversations = Some(
                    value()?
                        .parse()
                        .map_err(|e| format!("--conversations: {e}"))?,
                );
            }
            "--seed" => args.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--labeled" => args.labeled = true,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if args.out.as_os_str().is_empty() {
        return Err("--out FILE is required".into());
    }
    if args.mb.is_none() && args.conversations.is_none() {
        return Err("give --mb N or --conversations N".into());
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "gen_corpus: {e}\nusage: gen_corpus --out FILE (--mb N | --conversations N) [--seed S] [--labeled]"
            );
            return ExitCode::from(2);
        }
    };
    let file = match std::fs::File::create(&args.out) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("gen_corpus: cannot create {}: {e}", args.out.display());
            return ExitCode::FAILURE;
        }
    };
    let mut out = BufWriter::with_capacity(1 << 20, file);
    let mut rng = Rng(args.seed);
    let max_bytes = args.mb.map_or(u64::MAX, |mb| (mb * 1e6) as u64);
    let max_convs = args.conversations.unwrap_or(usize::MAX);
    let (mut bytes, mut n) = (0u64, 0usize);
    while bytes < max_bytes && n < max_convs {
        let line = conversation(n, &mut rng, args.labeled);
        if let Err(e) = out.write_all(line.as_bytes()) {
            eprintln!("gen_corpus: write failed: {e}");
            return ExitCode::FAILURE;
        }
        bytes += line.len() as u64;
        n += 1;
    }
    if let Err(e) = out.flush() {
        eprintln!("gen_corpus: write failed: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!("gen_corpus: {n} conversations, {bytes} bytes");
    ExitCode::SUCCESS
}
