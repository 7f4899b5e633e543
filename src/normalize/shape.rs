//! Token shapes that rewriting stages must leave alone: links, e-mail and
//! UPI addresses, numbers and amounts. They are evidence (indicators) in
//! their own right, and "fixing" them would destroy it.

/// Splits `text` into maximal runs of non-whitespace, with byte offsets.
pub(crate) fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text;
    let mut offset = 0;
    std::iter::from_fn(move || {
        let start = rest.find(|c: char| !c.is_whitespace())?;
        let len = rest[start..]
            .find(char::is_whitespace)
            .unwrap_or(rest.len() - start);
        let token = &rest[start..start + len];
        let at = offset + start;
        offset = at + len;
        rest = &rest[start + len..];
        Some((at, token))
    })
}

/// The whitespace-delimited token containing byte `at`.
pub(crate) fn token_around(text: &str, at: usize) -> &str {
    if !text.is_char_boundary(at) {
        return "";
    }
    let start = text[..at].rfind(char::is_whitespace).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[at..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| at + i);
    text.get(start..end).unwrap_or("")
}

/// Strips the punctuation that wraps a token in running text.
pub(crate) fn trim_wrapping(token: &str) -> &str {
    token
        .trim_start_matches(['(', '[', '{', '<', '"', '\'', '*', '_', '~', '`'])
        .trim_end_matches([
            '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', '\'', '*', '_', '~', '`', '-',
        ])
}

/// Whether a (whitespace-delimited) token is a link or an address that no
/// stage may rewrite.
pub(crate) fn is_protected(token: &str) -> bool {
    let core = trim_wrapping(token);
    is_url(core) || is_address(core)
}

/// Top-level domains common in chat links (shorteners, messaging, scams).
const TLDS: &[&str] = &[
    "app", "biz", "cc", "cf", "club", "co", "com", "ga", "gl", "gq", "in", "info", "io", "link",
    "live", "ly", "me", "ml", "net", "online", "org", "ru", "shop", "site", "store", "tk", "to",
    "top", "uk", "us", "vip", "win", "xyz",
];

/// `https://…`, `www.…`, or `name.tld` / `name.tld/path` with a known TLD.
pub(crate) fn is_url(s: &str) -> bool {
    if s.contains("://") || starts_with_ignore_case(s, "www.") {
        return true;
    }
    let host = s.split('/').next().unwrap_or("");
    let Some((name, tld)) = host.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld))
}

/// Common UPI payment-provider handles (the part after `@`).
const UPI_HANDLES: &[&str] = &[
    "abfspay",
    "airtel",
    "apl",
    "axisb",
    "axisbank",
    "axl",
    "barodampay",
    "fam",
    "freecharge",
    "hdfcbank",
    "hsbc",
    "ibl",
    "icici",
    "idbi",
    "idfcbank",
    "ikwik",
    "indus",
    "jio",
    "jupiteraxis",
    "kotak",
    "mbk",
    "naviaxis",
    "okaxis",
    "okhdfcbank",
    "okicici",
    "oksbi",
    "paytm",
    "pingpay",
    "postbank",
    "ptaxis",
    "pthdfc",
    "ptsbi",
    "ptyes",
    "rbl",
    "sbi",
    "slice",
    "timecosmos",
    "upi",
    "waaxis",
    "wahdfcbank",
    "waicici",
    "wasbi",
    "ybl",
    "yapl",
    "yesbank",
    "yesbankltd",
];

/// An e-mail or UPI address: `local@domain` with one `@`, a local part of
/// letters, digits and `._-+`, and a domain starting with two letters.
/// To tell `rahul.k@okaxis` from leet such as `c@ll`, the domain must be a
/// known UPI handle or contain a dot, or the local part must look like a
/// name or number (4+ chars, or containing a dot or underscore).
pub(crate) fn is_address(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if local.is_empty()
        || domain.contains('@')
        || !local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-+".contains(&b))
        || !domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        || !domain.bytes().take(2).all(|b| b.is_ascii_alphabetic())
        || domain.len() < 2
    {
        return false;
    }
    let dotted = domain.rsplit_once('.').is_some_and(|(host, tld)| {
        !host.is_empty() && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
    });
    dotted
        || UPI_HANDLES.iter().any(|h| h.eq_ignore_ascii_case(domain))
        || local.len() >= 4
        || local.contains(['.', '_'])
}

/// Unit and ordinal suffixes that turn digits into a quantity, not leet:
/// `10k`, `2nd`, `4g`, `9pm`, `2lakh`, `5min`, `1jan`.
const UNITS: &[&str] = &[
    "am", "apr", "aug", "cr", "crore", "crores", "d", "day", "days", "dec", "feb", "fps", "gb",
    "gm", "hr", "hrs", "inr", "jan", "jul", "jun", "k", "kb", "kg", "km", "kk", "l", "lac", "lacs",
    "lakh", "lakhs", "mar", "may", "mb", "min", "mins", "ml", "mm", "mn", "mo", "nd", "nov", "oct",
    "pcs", "pm", "rd", "rs", "sec", "secs", "sep", "sept", "st", "tb", "th", "usd", "wk", "yr",
    "yrs",
];

/// Currency prefixes in front of amounts: `rs5000`, `rs.500`, `inr2k`.
const CURRENCY_PREFIXES: &[&str] = &["₹", "$", "rs.", "rs", "inr", "usd", "€", "£"];

/// Whether the token is a number, amount, time, date or quantity: each
/// `-`/`/`-separated part is an optional currency prefix, digits (with
/// `.,:+`), and an optional unit suffix of a known unit or at most two
/// letters.
pub(crate) fn is_number_like(s: &str) -> bool {
    !s.is_empty()
        && s.split(['-', '/', '–', '~'])
            .all(|p| p.is_empty() || is_quantity(p))
}

fn is_quantity(part: &str) -> bool {
    let mut s = part;
    for p in CURRENCY_PREFIXES {
        if starts_with_ignore_case(s, p) {
            s = &s[p.len()..];
            break;
        }
    }
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let body = s.trim_start_matches(|c: char| c.is_ascii_digit() || ".,:+".contains(c));
    let suffix = body.trim_end_matches('+');
    suffix.is_empty()
        || (suffix.bytes().all(|b| b.is_ascii_alphabetic())
            && (suffix.len() <= 2 || UNITS.iter().any(|u| u.eq_ignore_ascii_case(suffix))))
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_with_offsets() {
        let v: Vec<_> = tokens("  ab  पै c\n").collect();
        assert_eq!(v, vec![(2, "ab"), (6, "पै"), (13, "c")]);
        assert_eq!(token_around("ab cd ef", 4), "cd");
        assert_eq!(token_around("ab cd", 0), "ab");
    }

    #[test]
    fn addresses() {
        for s in [
            "rahul.k@okaxis",
            "x@ybl",
            "9876543210@paytm",
            "rahul@gmail.com",
            "abcd@xyz",
        ] {
            assert!(is_address(s), "{s}");
        }
        for s in ["c@ll", "p@ise", "ple@se", "a@b@c", "@rahul", "x@1b"] {
            assert!(!is_address(s), "{s}");
        }
    }

    #[test]
    fn urls() {
        for s in [
            "https://bit.ly/3xY7z",
            "www.example.com",
            "bit.ly/3xY7z",
            "t.me/abc",
        ] {
            assert!(is_url(s), "{s}");
        }
        for s in ["v1de0", "c.a.l.l", "ok.bye"] {
            assert!(!is_url(s), "{s}");
        }
    }

    #[test]
    fn numbers() {
        for s in [
            "5000",
            "₹5k",
            "10k",
            "2nd",
            "4g",
            "9:30",
            "9:30pm",
            "12/05/2024",
            "rs5000",
            "1.5k",
            "5k-10k",
            "2lakh",
            "10k+",
            "1jan",
        ] {
            assert!(is_number_like(s), "{s}");
        }
        for s in ["v1de0", "3vil", "s3nd", "c@ll", "abc", "4ever"] {
            assert!(!is_number_like(s), "{s}");
        }
    }
}
