//! Indicators: payment handles, phone numbers, wallets, links, e-mails and
//! gift-card codes, taken from the ORIGINAL message text.
//!
//! These are what an analyst links across cases ("the same UPI handle in 40
//! complaints"), so each value is normalised to one canonical spelling:
//! `Rahul.K@OkAxis` and `rahul.k@okaxis` are the same handle, `098765 43210`
//! and `+91-98765-43210` the same phone. The normalizer is not used here: it
//! folds digits into letters, which would destroy numbers and addresses.

use regex::Regex;
use serde::{Deserialize, Serialize};

/// The kinds of indicator, in the fixed order of feature names, report
/// fields and sightings. Serialized as the snake_case name (`gift_card`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// UPI payment handle (`name@bank`).
    Upi,
    /// Phone number.
    Phone,
    /// Crypto wallet address.
    Crypto,
    /// Link.
    Url,
    /// E-mail address.
    Email,
    /// Gift-card code.
    GiftCard,
}

impl IndicatorKind {
    /// Every kind, in declaration order.
    pub const ALL: [IndicatorKind; 6] = [
        IndicatorKind::Upi,
        IndicatorKind::Phone,
        IndicatorKind::Crypto,
        IndicatorKind::Url,
        IndicatorKind::Email,
        IndicatorKind::GiftCard,
    ];

    /// The stable snake_case name used in reports, feature names and labels.
    pub const fn name(self) -> &'static str {
        match self {
            IndicatorKind::Upi => "upi",
            IndicatorKind::Phone => "phone",
            IndicatorKind::Crypto => "crypto",
            IndicatorKind::Url => "url",
            IndicatorKind::Email => "email",
            IndicatorKind::GiftCard => "gift_card",
        }
    }

    /// The inverse of [`IndicatorKind::name`].
    pub fn from_name(s: &str) -> Option<IndicatorKind> {
        IndicatorKind::ALL.into_iter().find(|k| k.name() == s)
    }
}

impl std::fmt::Display for IndicatorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl PartialEq<str> for IndicatorKind {
    fn eq(&self, other: &str) -> bool {
        self.name() == other
    }
}

impl PartialEq<&str> for IndicatorKind {
    fn eq(&self, other: &&str) -> bool {
        self.name() == *other
    }
}

/// Everything extracted from a conversation, by kind (one field per
/// [`IndicatorKind`], named as the kind).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Indicators {
    pub upi: Vec<Indicator>,
    pub phone: Vec<Indicator>,
    pub crypto: Vec<Indicator>,
    pub url: Vec<Indicator>,
    pub email: Vec<Indicator>,
    pub gift_card: Vec<Indicator>,
}

/// One indicator occurrence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    /// Canonical form: lowercase UPI/e-mail/ETH/bech32, `+<digits>` phones,
    /// scheme-less lowercase-host URLs, uppercase gift-card codes without
    /// separators. Base58 wallets keep their case (it is significant).
    pub value: String,
    /// Index of the message in its conversation.
    pub message: usize,
    /// Byte span in the original message text.
    pub span: (usize, usize),
}

impl Indicators {
    /// Keeps only the first occurrence of each value, per kind.
    pub fn dedup(&mut self) {
        for kind in IndicatorKind::ALL {
            let list = self.get_mut(kind);
            let mut seen = std::collections::HashSet::new();
            list.retain(|i| seen.insert(i.value.clone()));
        }
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        IndicatorKind::ALL.iter().all(|&k| self.get(k).is_empty())
    }

    /// Total number of indicators of all kinds.
    pub fn len(&self) -> usize {
        IndicatorKind::ALL.iter().map(|&k| self.get(k).len()).sum()
    }

    /// The indicators of one kind.
    pub fn get(&self, kind: IndicatorKind) -> &Vec<Indicator> {
        match kind {
            IndicatorKind::Upi => &self.upi,
            IndicatorKind::Phone => &self.phone,
            IndicatorKind::Crypto => &self.crypto,
            IndicatorKind::Url => &self.url,
            IndicatorKind::Email => &self.email,
            IndicatorKind::GiftCard => &self.gift_card,
        }
    }

    /// The indicators of one kind, to change.
    pub fn get_mut(&mut self, kind: IndicatorKind) -> &mut Vec<Indicator> {
        match kind {
            IndicatorKind::Upi => &mut self.upi,
            IndicatorKind::Phone => &mut self.phone,
            IndicatorKind::Crypto => &mut self.crypto,
            IndicatorKind::Url => &mut self.url,
            IndicatorKind::Email => &mut self.email,
            IndicatorKind::GiftCard => &mut self.gift_card,
        }
    }

    /// Every kind with its indicators, in [`IndicatorKind::ALL`] order.
    pub fn by_kind(&self) -> impl Iterator<Item = (IndicatorKind, &[Indicator])> {
        IndicatorKind::ALL
            .into_iter()
            .map(move |k| (k, self.get(k).as_slice()))
    }

    /// Every list, in [`IndicatorKind::ALL`] order.
    fn lists_mut(&mut self) -> [&mut Vec<Indicator>; IndicatorKind::ALL.len()] {
        [
            &mut self.upi,
            &mut self.phone,
            &mut self.crypto,
            &mut self.url,
            &mut self.email,
            &mut self.gift_card,
        ]
    }

    /// Moves every indicator of `other` to the end of this one's lists.
    pub fn append(&mut self, other: &mut Indicators) {
        for kind in IndicatorKind::ALL {
            self.get_mut(kind).append(other.get_mut(kind));
        }
    }
}

/// UPI payment-service handles seen in the wild; unknown handles are still
/// accepted when they look like a bank or wallet (see [`looks_like_psp`]).
const UPI_HANDLES: &[&str] = &[
    "okaxis",
    "oksbi",
    "okhdfcbank",
    "okicici",
    "okbizaxis",
    "ybl",
    "ibl",
    "axl",
    "paytm",
    "ptyes",
    "ptaxis",
    "pthdfc",
    "ptsbi",
    "apl",
    "yapl",
    "rapl",
    "upi",
    "sbi",
    "icici",
    "hdfcbank",
    "axisbank",
    "axisb",
    "kotak",
    "kmbl",
    "federal",
    "fbl",
    "idfcbank",
    "idfcfirst",
    "indus",
    "rbl",
    "yesbank",
    "yesbankltd",
    "boi",
    "pnb",
    "barodampay",
    "cnrb",
    "ubi",
    "citi",
    "hsbc",
    "dbs",
    "jupiteraxis",
    "fam",
    "freecharge",
    "airtel",
    "jio",
    "mahb",
    "aubank",
    "equitas",
    "waaxis",
    "wahdfcbank",
    "wasbi",
    "waicici",
    "abfspay",
    "ikwik",
    "timecosmos",
    "slice",
    "naviaxis",
    "superyes",
    "tapicici",
    "pingpay",
    "postbank",
    "ippb",
    "allbank",
    "idbi",
    "iob",
    "uco",
    "kbl",
    "kvb",
    "tmb",
    "cub",
    "csbpay",
    "juspay",
    "amazonpay",
    "apay",
    "gpay",
    "phonepe",
    "bhim",
    "mobikwik",
    "hdfc",
    "axis",
    "yes",
    "okpaytm",
];

/// Mail providers people write without the `.com`; `x@gmail` is an e-mail
/// typed lazily, not a UPI handle.
const MAIL_HOSTS: &[&str] = &[
    "gmail",
    "googlemail",
    "yahoo",
    "ymail",
    "hotmail",
    "outlook",
    "live",
    "icloud",
    "rediffmail",
    "rediff",
    "protonmail",
    "proton",
    "aol",
    "msn",
    "zoho",
];

/// Words that appear glued to a TLD-like word when people skip the space
/// after a full stop ("done.in 5 min"), so `done.in` is not a domain.
const NOT_HOSTS: &[&str] = &[
    "ok", "okay", "done", "yes", "no", "hi", "hello", "so", "and", "go", "come", "it", "that",
    "this", "me", "you", "u", "ho", "haan", "ha", "han", "nahi", "thik", "theek", "bye", "call",
    "time", "kal", "aaj", "abhi", "sir", "bhai", "di", "ji", "hmm", "pls", "please", "thanks",
];

/// Words near a code that make it a gift-card or voucher code.
const GIFT_CONTEXT: &[&str] = &[
    "gift",
    "voucher",
    "redeem",
    "claim code",
    "code",
    "card",
    "google play",
    "amazon pay",
    "itunes",
    "steam",
    "coupon",
    "pin",
];

/// Words just before a 10-digit number that make it an account number.
const ACCOUNT_CONTEXT: &[&str] = &["a/c", "acc", "account", "acct", "khata", "ac no", "खाता"];

/// Compiled indicator regexes. Build once and share (`Send + Sync`).
#[derive(Debug)]
pub struct IndicatorExtractor {
    at_handle: Regex,
    phone_in: Regex,
    phone_intl: Regex,
    bech32: Regex,
    base58: Regex,
    eth: Regex,
    trx: Regex,
    url_scheme: Regex,
    url_bare: Regex,
    gift: Regex,
}

impl Default for IndicatorExtractor {
    fn default() -> Self {
        IndicatorExtractor::new()
    }
}

/// Compiles a fixed pattern; the patterns are constants covered by tests.
fn re(pattern: &str) -> Regex {
    match Regex::new(pattern) {
        Ok(r) => r,
        Err(e) => unreachable!("indicator pattern {pattern:?} does not compile: {e}"),
    }
}

impl IndicatorExtractor {
    pub fn new() -> Self {
        const TLDS: &str = "com|in|co|net|org|info|biz|io|me|ly|gl|gg|xyz|top|site|online|link|\
                            club|live|app|shop|store|tk|ml|ga|cf|gq|cc|ru|cn|pw|vip|win|bid|icu|\
                            cyou|buzz|fun|space|website|tech|ai|us|uk|to|su|ws|la|im|st|gd|is|\
                            page|click|work|today|loan|tv|pro|asia|dev|cloud|sbs|lat|bond|cfd|\
                            rest|mobi|id|ph|pk|bd|np|lk|ae|sg|my|ng";
        IndicatorExtractor {
            at_handle: re(r"(?i)[a-z0-9][a-z0-9._+-]*@[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"),
            phone_in: re(r"(?:(?:\+|00)\s?91[\s-]*|0)?[6-9](?:\d[\s-]?){8}\d"),
            phone_intl: re(r"\+[1-9]\d{0,2}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d){5,12}"),
            bech32: re(r"(?i)(?-u:\b)bc1[ac-hj-np-z02-9]{20,80}(?-u:\b)"),
            base58: re(r"(?-u:\b)[13][1-9A-HJ-NP-Za-km-z]{25,34}(?-u:\b)"),
            eth: re(r"(?-u:\b)0[xX][0-9a-fA-F]{40}(?-u:\b)"),
            trx: re(r"(?-u:\b)T[1-9A-HJ-NP-Za-km-z]{33}(?-u:\b)"),
            url_scheme: re(r#"(?i)(?:https?://|(?-u:\b)www\.)[^\s<>"'`]+"#),
            url_bare: re(&format!(
                r#"(?i)(?-u:\b)(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{TLDS})(?-u:\b)(?:[/?#][^\s<>"'`]*)?"#
            )),
            // Uppercase groups split by '-' or ' ', any-case groups split by
            // '-', or one solid uppercase run: lowercase words split by spaces
            // ("send more then") are ordinary text.
            gift: re(
                r"(?-u:\b)(?:[A-Z0-9]{4,6}(?:[- ][A-Z0-9]{4,6}){2,4}|[A-Za-z0-9]{4,6}(?:-[A-Za-z0-9]{4,6}){2,4}|[A-Z0-9]{14,20})(?-u:\b)",
            ),
        }
    }

    /// Appends every indicator in one message's original text to `out`.
    pub fn extract(&self, original: &str, message: usize, out: &mut Indicators) {
        let starts = out.lists_mut().map(|l| l.len());
        self.extract_unsorted(original, message, out);
        // Text order within the message, whatever order the patterns ran in.
        for (list, start) in out.lists_mut().into_iter().zip(starts) {
            if let Some(tail) = list.get_mut(start..) {
                tail.sort_by_key(|i| i.span.0);
            }
        }
    }

    fn extract_unsorted(&self, original: &str, message: usize, out: &mut Indicators) {
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let push = |list: &mut Vec<Indicator>, value: String, s: usize, e: usize| {
            list.push(Indicator {
                value,
                message,
                span: (s, e),
            });
        };

        if original.contains('@') {
            for m in self.at_handle.find_iter(original) {
                let (s, e) = (m.start(), m.end());
                let raw = m.as_str().to_ascii_lowercase();
                let Some((local, host)) = raw.split_once('@') else {
                    continue;
                };
                if host.contains('.') {
                    if host
                        .rsplit('.')
                        .next()
                        .is_some_and(|t| t.len() >= 2 && t.bytes().all(|b| b.is_ascii_alphabetic()))
                    {
                        push(&mut out.email, raw.clone(), s, e);
                        taken.push((s, e));
                    }
                } else if local.len() >= 2 && is_upi_handle(host) {
                    push(&mut out.upi, raw.clone(), s, e);
                    taken.push((s, e));
                } else if MAIL_HOSTS.contains(&host) {
                    push(&mut out.email, format!("{raw}.com"), s, e);
                    taken.push((s, e));
                }
            }
        }

        let has_digit = original.bytes().any(|b| b.is_ascii_digit());
        if has_digit {
            // International numbers first, so the Indian pattern cannot take
            // the national part of "+44 7700 900123" as an Indian mobile.
            let mut phones: Vec<(usize, usize, String)> = Vec::new();
            for m in self.phone_intl.find_iter(original) {
                let (s, e) = (m.start(), m.end());
                if !free_standing(original, s, e) {
                    continue;
                }
                let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
                if (8..=15).contains(&digits.len()) {
                    phones.push((s, e, format!("+{digits}")));
                }
            }
            for m in self.phone_in.find_iter(original) {
                let (s, e) = (m.start(), m.end());
                if phones.iter().any(|p| s < p.1 && p.0 < e)
                    || !free_standing(original, s, e)
                    || after_account_word(original, s)
                {
                    continue;
                }
                let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
                let Some(national) = digits.get(digits.len().saturating_sub(10)..) else {
                    continue;
                };
                phones.push((s, e, format!("+91{national}")));
            }
            phones.sort_by_key(|p| p.0);
            for (s, e, value) in phones {
                push(&mut out.phone, value, s, e);
                taken.push((s, e));
            }
        }

        for m in self.bech32.find_iter(original) {
            push(
                &mut out.crypto,
                m.as_str().to_ascii_lowercase(),
                m.start(),
                m.end(),
            );
            taken.push((m.start(), m.end()));
        }
        if has_digit {
            for m in self.eth.find_iter(original) {
                push(
                    &mut out.crypto,
                    m.as_str().to_ascii_lowercase(),
                    m.start(),
                    m.end(),
                );
                taken.push((m.start(), m.end()));
            }
            for m in self
                .base58
                .find_iter(original)
                .chain(self.trx.find_iter(original))
            {
                let v = m.as_str();
                if has_mixed_case(v) && !overlaps(&taken, m.start(), m.end()) {
                    push(&mut out.crypto, v.to_string(), m.start(), m.end());
                    taken.push((m.start(), m.end()));
                }
            }
        }

        if original.contains('.') {
            let mut urls: Vec<(usize, usize)> = Vec::new();
            for m in self
                .url_scheme
                .find_iter(original)
                .chain(self.url_bare.find_iter(original))
            {
                let s = m.start();
                let e = s + trim_url_tail(m.as_str()).len();
                if e <= s || overlaps(&urls, s, e) || overlaps(&taken, s, e) {
                    continue;
                }
                if s > 0 && matches!(original.as_bytes()[s - 1], b'@' | b'.' | b'/') {
                    continue;
                }
                if let Some(value) = canonical_url(&original[s..e]) {
                    push(&mut out.url, value, s, e);
                    urls.push((s, e));
                }
            }
            taken.extend(urls);
        }

        if has_digit {
            let lower = original.to_lowercase();
            let context = GIFT_CONTEXT.iter().any(|w| lower.contains(w));
            for m in self.gift.find_iter(original) {
                let (s, e) = (m.start(), m.end());
                if overlaps(&taken, s, e) {
                    continue;
                }
                if let Some(code) = gift_code(m.as_str(), context) {
                    push(&mut out.gift_card, code, s, e);
                }
            }
        }
    }
}

fn is_upi_handle(host: &str) -> bool {
    UPI_HANDLES.contains(&host) || (!MAIL_HOSTS.contains(&host) && looks_like_psp(host))
}

/// New banks and apps keep adding handles; these shapes cover most of them.
fn looks_like_psp(host: &str) -> bool {
    host.bytes().all(|b| b.is_ascii_alphabetic())
        && (host.starts_with("ok")
            || ["bank", "pay", "upi", "axis", "sbi", "icici", "hdfc"]
                .iter()
                .any(|k| host.contains(k)))
}

/// The match is not part of a longer number or word.
fn free_standing(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric() || c == '+' || c == '/')
        && !after.is_some_and(|c| c.is_alphanumeric())
}

/// Whether an account-number word comes just before `s` ("a/c no: 9876...").
fn after_account_word(text: &str, s: usize) -> bool {
    let mut from = s.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let window = text[from..s].to_lowercase();
    ACCOUNT_CONTEXT.iter().any(|w| window.contains(w))
}

fn overlaps(spans: &[(usize, usize)], s: usize, e: usize) -> bool {
    spans.iter().any(|&(a, b)| s < b && a < e)
}

/// Base58 wallet addresses mix cases; a long single-case token is a word or
/// a number, not an address.
fn has_mixed_case(v: &str) -> bool {
    v.bytes().any(|b| b.is_ascii_uppercase()) && v.bytes().any(|b| b.is_ascii_lowercase())
}

/// Drops sentence punctuation glued to the end of a link.
fn trim_url_tail(url: &str) -> &str {
    url.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\'', '"', '*'])
}

/// `HTTPS://WWW.Bit.ly/AbC/` -> `bit.ly/AbC`: hosts are case-insensitive,
/// paths are not (shortener codes are case-sensitive).
fn canonical_url(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let mut rest = url;
    for scheme in ["https://", "http://"] {
        if lower.starts_with(scheme) {
            rest = &url[scheme.len()..];
            break;
        }
    }
    let split = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, path) = rest.split_at(split);
    let mut host = host.to_ascii_lowercase();
    if let Some(h) = host.strip_prefix("www.") {
        host = h.to_string();
    }
    let host = host.trim_end_matches('.');
    if host.is_empty() || !host.contains('.') {
        return None;
    }
    if !url.contains("://")
        && !lower.starts_with("www.")
        && path.is_empty()
        && host.split('.').count() == 2
        && host
            .split('.')
            .next()
            .is_some_and(|label| NOT_HOSTS.contains(&label))
    {
        return None;
    }
    let path = path.trim_end_matches('/');
    Some(format!("{host}{path}"))
}

/// Accepts a gift-card-shaped token and returns it uppercase without separators.
fn gift_code(raw: &str, context: bool) -> Option<String> {
    let code: String = raw.chars().filter(char::is_ascii_alphanumeric).collect();
    let has_digit = code.bytes().any(|b| b.is_ascii_digit());
    let has_letter = code.bytes().any(|b| b.is_ascii_alphabetic());
    if !(has_digit && has_letter && (14..=20).contains(&code.len())) {
        return None;
    }
    let upper_dashed = raw.contains('-') && !raw.bytes().any(|b| b.is_ascii_lowercase());
    (context || upper_dashed).then(|| code.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Indicators {
        let mut out = Indicators::default();
        IndicatorExtractor::new().extract(text, 0, &mut out);
        out
    }

    fn values(list: &[Indicator]) -> Vec<&str> {
        list.iter().map(|i| i.value.as_str()).collect()
    }

    #[test]
    fn upi_handles_are_lowercased_and_emails_are_not_upi() {
        let text = "pay to Rahul.K@OkAxis or neha99@ybl, mail me at neha.s@example.com";
        let out = run(text);
        assert_eq!(values(&out.upi), ["rahul.k@okaxis", "neha99@ybl"]);
        assert_eq!(values(&out.email), ["neha.s@example.com"]);
        let u = &out.upi[0];
        assert_eq!(&text[u.span.0..u.span.1], "Rahul.K@OkAxis");
    }

    #[test]
    fn upi_negatives() {
        let out = run("meet me @home, my insta is @priya_fun, mail x@gmail");
        assert!(out.upi.is_empty(), "{:?}", out.upi);
        assert_eq!(values(&out.email), ["x@gmail.com"]);
        // unknown but bank-like handles are accepted
        assert_eq!(
            values(&run("send to abc123@newbankpay").upi),
            ["abc123@newbankpay"]
        );
    }

    #[test]
    fn indian_phones_in_many_spellings_link() {
        let text = "call 98765 43210 or +91-98765-43210 or 09876543210 or +91 9876543210";
        let out = run(text);
        assert_eq!(out.phone.len(), 4);
        assert!(
            out.phone.iter().all(|p| p.value == "+919876543210"),
            "{:?}",
            out.phone
        );
        let p = &out.phone[1];
        assert_eq!(&text[p.span.0..p.span.1], "+91-98765-43210");
    }

    #[test]
    fn international_phones() {
        let out = run("whatsapp +44 7700 900123 or +1 (415) 555-0132");
        assert_eq!(values(&out.phone), ["+447700900123", "+14155550132"]);
    }

    #[test]
    fn amounts_years_and_account_numbers_are_not_phones() {
        let out = run("send 5000 by 2026, pay 15000 rs, ref 1234567890123, acc no 9876543219");
        assert!(out.phone.is_empty(), "{:?}", out.phone);
        assert!(run("rs 10,00,000 in 2025-2026").phone.is_empty());
    }

    #[test]
    fn crypto_wallets() {
        let text = "btc BC1QW8R3KZ9D7FX2MQ5TN0H6YV4JLCPES8GA3U7DK or \
                    1Kx7fQmW3zRtYp9LbN2cVhD5sGjA8eUo4 eth 0xAbCdEf0123456789abcdef0123456789ABCDEF01 \
                    trc20 TJRabPrwbZy45sbavfcjinPJC18kjpRTv8";
        let out = run(text);
        assert_eq!(
            values(&out.crypto),
            [
                "bc1qw8r3kz9d7fx2mq5tn0h6yv4jlcpes8ga3u7dk",
                "1Kx7fQmW3zRtYp9LbN2cVhD5sGjA8eUo4",
                "0xabcdef0123456789abcdef0123456789abcdef01",
                "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8",
            ]
        );
        assert!(
            run("1111111111111111111111111111 and abcdefghijklmnopqrstuvwxyz")
                .crypto
                .is_empty()
        );
    }

    #[test]
    fn urls_bare_and_schemed_normalise_host() {
        let text = "open HTTPS://Bit.ly/AbC9x. or www.Example-Pay.in/kyc, see tinyurl.com/y7k2 and rbi.org.in";
        let out = run(text);
        assert_eq!(
            values(&out.url),
            [
                "bit.ly/AbC9x",
                "example-pay.in/kyc",
                "tinyurl.com/y7k2",
                "rbi.org.in"
            ]
        );
        let u = &out.url[0];
        assert_eq!(&text[u.span.0..u.span.1], "HTTPS://Bit.ly/AbC9x");
    }

    #[test]
    fn url_negatives() {
        let out = run("ok done.in 5 min, file photo.jpg, mail a.b@example.com, v2.5 update");
        assert!(out.url.is_empty(), "{:?}", out.url);
    }

    #[test]
    fn gift_cards_need_context_or_a_code_shape() {
        let out = run("buy amazon gift card and send code AQ4X-7HNB-Q8MT-ZK2P now");
        assert_eq!(values(&out.gift_card), ["AQ4X7HNBQ8MTZK2P"]);
        let out = run("google play code: 7PKM 2QXR 9WLT 4HVB");
        assert_eq!(values(&out.gift_card), ["7PKM2QXR9WLT4HVB"]);
        assert!(run("send more then jaldi 1000 okay").gift_card.is_empty());
        assert!(run("order id 1234 5678 9012 3456").gift_card.is_empty());
    }

    #[test]
    fn dedup_keeps_first_occurrence() {
        let mut out = Indicators::default();
        let ex = IndicatorExtractor::new();
        ex.extract("pay Neha@YBL", 0, &mut out);
        ex.extract("again neha@ybl and 9876543210", 3, &mut out);
        out.dedup();
        assert_eq!(out.upi.len(), 1);
        assert_eq!(out.upi[0].message, 0);
        assert_eq!(out.len(), 2);
        assert!(!out.is_empty());
        assert!(Indicators::default().is_empty());
    }

    #[test]
    fn spans_are_char_safe_on_devanagari() {
        let text = "पैसे भेजो 9876543210 पर, नहीं तो वायरल";
        let out = run(text);
        let p = &out.phone[0];
        assert_eq!(&text[p.span.0..p.span.1], "9876543210");
    }
}
