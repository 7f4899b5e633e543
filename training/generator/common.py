"""Shared building blocks for the chatrisk corpus generator.

Every function that makes a choice takes an explicit ``rng: random.Random``;
nothing here touches the global ``random`` module, iterates over a ``set`` or
depends on hash order, so the same seed always yields the same corpus.

Template mini-syntax used by ``expand``:
    {a|b|c}   pick one alternative (may nest, may be empty: {|maybe })
    <slot>    replaced by ``slots["slot"]`` (left as is when not supplied)
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta, timezone

IST = timezone(timedelta(hours=5, minutes=30))

LANGS = ("en", "hi-Latn", "hi", "mr", "mixed")

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def pick(rng: random.Random, seq):
    """Return one element of a non-empty sequence."""
    return seq[rng.randrange(len(seq))]


def chance(rng: random.Random, p: float) -> bool:
    """True with probability p."""
    return rng.random() < p


def weighted(rng: random.Random, pairs):
    """Pick from a sequence of (item, weight) pairs."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def sample(rng: random.Random, seq, k: int) -> list:
    """Return k distinct elements of seq (fewer if seq is shorter), in random order."""
    k = max(0, min(k, len(seq)))
    return rng.sample(list(seq), k)


def _split_alts(body: str) -> list[str]:
    """Split the inside of a {a|b} group on top-level bars."""
    parts, depth, cur = [], 0, []
    for ch in body:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def _expand_alts(rng: random.Random, text: str) -> str:
    """Resolve every {a|b|c} group (innermost choice made after outer choice)."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "{":
            depth, j = 1, i + 1
            while j < len(text) and depth:
                if text[j] == "{":
                    depth += 1
                elif text[j] == "}":
                    depth -= 1
                j += 1
            body = text[i + 1 : j - 1]
            out.append(_expand_alts(rng, pick(rng, _split_alts(body))))
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_SLOT_RE = re.compile(r"<([a-z_0-9]+)>")


def expand(rng: random.Random, template: str, slots: dict | None = None) -> str:
    """Resolve {a|b} alternatives and <slot> placeholders, tidy spaces."""
    text = _expand_alts(rng, template)
    if slots:
        text = _SLOT_RE.sub(lambda m: str(slots.get(m.group(1), m.group(0))), text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,.?!])", r"\1", text)
    return text.strip()


# ---------------------------------------------------------------------------
# names (shared by all labels so that names never reveal the label)
# ---------------------------------------------------------------------------

_MALE_LATN = (
    "Rahul Amit Rohit Vikas Sandeep Ankit Arjun Karan Nikhil Saurabh Aditya Pranav "
    "Rohan Yash Harsh Akash Deepak Manish Vivek Gaurav Abhishek Siddharth Tushar "
    "Omkar Sagar Ganesh Mahesh Suresh Ramesh Pratik Shubham Aniket Swapnil Vaibhav "
    "Kunal Varun Aman Ravi Sunil Ajay Vijay Dinesh Mohit Sachin Tejas Chinmay Rajat "
    "Imran Faizan Salman Arif Joseph Kevin Anand Prakash Hemant Lokesh Naveen "
    "Sumit Ashish Neeraj Pankaj Kartik Ishaan Dhruv Parth Rishabh Vinay Jayesh"
).split()
_FEMALE_LATN = (
    "Priya Neha Pooja Sneha Anjali Riya Kavya Shruti Simran Nisha Aarti Divya "
    "Komal Payal Tanvi Sakshi Ishita Megha Shreya Ananya Aditi Swati Rutuja Pallavi "
    "Prajakta Manasi Gauri Sayali Ketaki Madhuri Sonal Kajal Preeti Jyoti Rani "
    "Ayesha Sana Zoya Fatima Mehak Kiran Nandini Tanya Bhavna Sapna Ritu Shalini "
    "Isha Diya Avni Aishwarya Mansi Vaishnavi Mrunal Harshada Nikita Khushi Sonia"
).split()
_SURNAMES_LATN = (
    "Sharma Verma Gupta Singh Yadav Patil Deshmukh Kulkarni Joshi Pawar Jadhav "
    "Shinde More Gaikwad Chavan Kale Mishra Tiwari Pandey Chauhan Mehta Shah Patel "
    "Nair Menon Iyer Reddy Rao Khan Shaikh Ansari Qureshi Das Ghosh Bose Kapoor "
    "Malhotra Saxena Srivastava Thakur Rathod Bhosale Naik Sawant Desai Agarwal"
).split()
_MALE_DEV = (
    "राहुल अमित रोहित विकास संदीप अंकित अर्जुन करण निखिल सौरभ आदित्य प्रणव रोहन यश "
    "हर्ष आकाश दीपक मनीष विवेक गौरव अभिषेक तुषार ओंकार सागर गणेश महेश सुरेश प्रतीक "
    "शुभम अनिकेत स्वप्निल वैभव कुणाल अमन रवि सुनील अजय विजय सचिन तेजस"
).split()
_FEMALE_DEV = (
    "प्रिया नेहा पूजा स्नेहा अंजली रिया काव्या श्रुती सिमरन निशा आरती दिव्या कोमल पायल "
    "तन्वी साक्षी इशिता मेघा श्रेया अनन्या अदिती स्वाती ऋतुजा पल्लवी प्राजक्ता मानसी गौरी "
    "सायली केतकी माधुरी सोनल काजल प्रीती ज्योती आयशा सना किरण नंदिनी"
).split()
_SURNAMES_DEV = (
    "शर्मा वर्मा गुप्ता सिंह यादव पाटील देशमुख कुलकर्णी जोशी पवार जाधव शिंदे मोरे "
    "गायकवाड चव्हाण काळे मिश्रा तिवारी पांडे चौहान मेहता शाह पटेल ठाकूर राठोड भोसले नाईक सावंत"
).split()

_NAME_EMOJI = ("🌸", "💫", "❤️", "🦋", "✨", "😇", "🔥", "👑", "🌙", "💕", "🙏", "⭐")


def first_name(rng: random.Random, gender: str = "any", script: str = "latn") -> str:
    """A first name; gender 'm', 'f' or 'any'; script 'latn' or 'dev'."""
    if gender == "any":
        gender = pick(rng, ("m", "f"))
    if script == "dev":
        return pick(rng, _MALE_DEV if gender == "m" else _FEMALE_DEV)
    return pick(rng, _MALE_LATN if gender == "m" else _FEMALE_LATN)


def surname(rng: random.Random, script: str = "latn") -> str:
    """A surname in Latin or Devanagari script."""
    return pick(rng, _SURNAMES_DEV if script == "dev" else _SURNAMES_LATN)


def script_for(lang: str) -> str:
    """Preferred name script for a conversation language (Devanagari langs sometimes use Latin names)."""
    return "dev" if lang in ("hi", "mr") else "latn"


def display_name(rng: random.Random, gender: str = "any", lang: str = "en") -> str:
    """A chat display name: 'Rahul', 'Priya Sharma', 'rahul_2001', 'Neha 🌸', 'Amit S', a phone number..."""
    script = script_for(lang)
    if script == "dev" and chance(rng, 0.45):
        script = "latn"  # most Indian users keep Latin-script display names
    fn = first_name(rng, gender, script)
    style = rng.randrange(10)
    if style <= 2:
        return fn
    if style <= 4:
        return f"{fn} {surname(rng, script)}"
    if style == 5 and script == "latn":
        return f"{fn} {surname(rng, script)[0]}"
    if style == 6 and script == "latn":
        return f"{fn.lower()}{pick(rng, ('_', '.', ''))}{rng.randrange(1, 100):02d}"
    if style == 7:
        return f"{fn} {pick(rng, _NAME_EMOJI)}"
    if style == 8 and script == "latn":
        return pick(rng, (f"{fn} {surname(rng)}", f"{fn} ({pick(rng, ('Pune', 'Mumbai', 'Delhi', 'Nagpur', 'Indore', 'Jaipur', 'Lucknow'))})"))
    return phone(rng)


def handle(rng: random.Random, name: str | None = None, gender: str = "any") -> str:
    """An Instagram/Telegram style handle like '@priya.k_21' (no leading @ inside the name)."""
    base = (name or first_name(rng, gender)).split()[0].lower()
    base = re.sub(r"[^a-z]", "", base) or first_name(rng, gender).lower()
    tail = pick(
        rng,
        (
            f"_{rng.randrange(1, 100)}",
            f".{surname(rng).lower()[:rng.randrange(1, 6)]}",
            f"_{pick(rng, ('official', 'xoxo', 'vibes', 'life', 'love', 'world', 'diaries', 'rocks', 'sweety', 'cutie'))}",
            f"{rng.randrange(1990, 2008)}",
            f"__{pick(rng, ('x', 'xx', 'jaan', 'dear'))}",
            f".{rng.randrange(100, 1000)}",
        ),
    )
    return "@" + base + tail


_UPI_SUFFIXES = ("okaxis", "ybl", "paytm", "oksbi", "okicici", "okhdfcbank", "ibl", "axl", "apl", "upi", "jupiteraxis", "fbl")


def upi_id(rng: random.Random, name: str | None = None) -> str:
    """A fake UPI VPA like 'priya.k4521@okaxis' or 'cashhelp77@ybl'."""
    if name and chance(rng, 0.6):
        base = re.sub(r"[^a-z]", "", name.split()[0].lower()) or "user"
        local = pick(rng, (f"{base}.{chr(97 + rng.randrange(26))}{rng.randrange(1000, 10000)}", f"{base}{rng.randrange(10, 1000)}", f"{base}_{rng.randrange(1, 99)}"))
    else:
        word = pick(rng, ("cashhelp", "quickpay", "helpdesk", "support", "payment", "money", "raj", "sonu", "monu", "lucky", "king", "star", "shiv", "om", "bablu", "golu"))
        local = pick(rng, (f"{word}{rng.randrange(10, 1000)}", f"{rng.randrange(6, 10)}{rng.randrange(10**8, 10**9)}", f"{word}.{rng.randrange(100, 10000)}"))
    return f"{local}@{pick(rng, _UPI_SUFFIXES)}"


def phone(rng: random.Random, style: str | None = None) -> str:
    """A fake Indian mobile number in one of several written styles."""
    digits = str(pick(rng, (6, 7, 8, 9))) + "".join(str(rng.randrange(10)) for _ in range(9))
    style = style or pick(rng, ("plain", "plus", "space", "dash"))
    if style == "plus":
        return f"+91 {digits[:5]} {digits[5:]}"
    if style == "space":
        return f"{digits[:5]} {digits[5:]}"
    if style == "dash":
        return f"+91-{digits}"
    return digits


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def btc_wallet(rng: random.Random) -> str:
    """A random (invalid, fake) bitcoin-looking address."""
    if chance(rng, 0.5):
        return "bc1q" + "".join(pick(rng, _BECH) for _ in range(38))
    return pick(rng, ("1", "3")) + "".join(pick(rng, _B58) for _ in range(rng.randrange(32, 34)))


def usdt_wallet(rng: random.Random) -> str:
    """A random fake TRC20 (T...) or ERC20 (0x...) wallet string."""
    if chance(rng, 0.5):
        return "T" + "".join(pick(rng, _B58) for _ in range(33))
    return "0x" + "".join(pick(rng, "0123456789abcdef") for _ in range(40))


def gift_card_code(rng: random.Random) -> str:
    """A fake gift-card code like 'X7QK-92MF-LT4P'."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "-".join("".join(pick(rng, alphabet) for _ in range(4)) for _ in range(pick(rng, (3, 4))))


def bank_account(rng: random.Random) -> tuple[str, str]:
    """A fake (account number, IFSC) pair."""
    acct = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(rng.randrange(10, 15)))
    bank = pick(rng, ("SBIN", "HDFC", "ICIC", "PUNB", "BARB", "UTIB", "KKBK", "CNRB", "IDIB", "UBIN"))
    return acct, f"{bank}0{rng.randrange(10**5, 10**6)}"


def otp(rng: random.Random, n: int = 6) -> str:
    """A random numeric code of n digits."""
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------------------
# money
# ---------------------------------------------------------------------------


def indian_grouping(n: int) -> str:
    """Format 150000 as '1,50,000'."""
    s = str(int(n))
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups) + "," + tail


def round_amount(rng: random.Random, lo: int, hi: int) -> int:
    """A plausible round-ish rupee amount between lo and hi."""
    n = rng.randrange(lo, hi + 1)
    step = 500 if n < 10000 else 1000 if n < 50000 else 5000
    if chance(rng, 0.15) and n < 30000:
        step = 100
    return max(step, int(round(n / step) * step))


def format_inr(rng: random.Random, n: int, lang: str = "en") -> str:
    """Write a rupee amount the way people type it: '₹5,000', '5k', 'Rs 5000', '1 lakh', '5 hazar', '५०००'."""
    opts = [f"₹{indian_grouping(n)}", f"Rs {n}", f"rs.{indian_grouping(n)}", f"{indian_grouping(n)}", f"{n}", f"INR {indian_grouping(n)}", f"{n} rs", f"₹{n}"]
    if n % 1000 == 0 and n < 100000:
        opts += [f"{n // 1000}k", f"{n // 1000}K", f"{n // 1000} thousand"]
        if lang in ("hi-Latn", "mixed"):
            opts += [f"{n // 1000} hazar", f"{n // 1000} hajar"]
        if lang == "mr":
            opts += [f"{n // 1000} हजार", f"{n // 1000} hajar"]
        if lang == "hi":
            opts += [f"{n // 1000} हज़ार", f"{n // 1000} हजार"]
    if n >= 100000 and n % 50000 == 0:
        lakhs = n / 100000
        l_s = str(int(lakhs)) if lakhs == int(lakhs) else f"{lakhs:.1f}"
        opts += [f"{l_s} lakh", f"{l_s} lac", f"₹{l_s} lakh", f"{l_s}L"]
        if lang in ("hi", "mr"):
            opts += [f"{l_s} लाख"]
    if lang in ("hi", "mr") and chance(rng, 0.2):
        opts.append(to_devanagari_digits(f"{n}") + (" रुपये" if lang == "hi" else " रुपये"))
    return pick(rng, opts)


def format_usd(rng: random.Random, n: int) -> str:
    """Write a dollar amount: '$500', 'USD 500', '500 dollars'."""
    return pick(rng, (f"${n}", f"USD {n}", f"{n} USD", f"{n} dollars", f"${n:,}", f"{n}$"))


_DEV_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


def to_devanagari_digits(s: str) -> str:
    """Replace ASCII digits with Devanagari digits."""
    return s.translate(_DEV_DIGITS)


# ---------------------------------------------------------------------------
# time
# ---------------------------------------------------------------------------

GAPS = {
    # name: (min seconds, max seconds)
    "burst": (3, 50),
    "quick": (20, 180),
    "chat": (60, 900),
    "slow": (900, 3 * 3600),
    "pause": (2 * 3600, 10 * 3600),
    "day": (16 * 3600, 40 * 3600),
    "days": (2 * 86400, 6 * 86400),
}


class Clock:
    """Timestamp sequence in IST that advances by realistic gaps and formats ISO 8601 +05:30."""

    def __init__(self, rng: random.Random, start: datetime | None = None, night_bias: float = 0.5):
        """Start at a random moment in 2025-2026 (evening/night with probability night_bias)."""
        self.rng = rng
        if start is None:
            day = datetime(2025, 1, 1, tzinfo=IST) + timedelta(days=rng.randrange(0, 540))
            if chance(rng, night_bias):
                hour = pick(rng, (19, 20, 21, 22, 22, 23, 23, 0, 1))
            else:
                hour = rng.randrange(8, 19)
            start = day.replace(hour=hour, minute=rng.randrange(60), second=0)
        self.now = start

    def advance(self, gap: str = "chat") -> datetime:
        """Move forward by a random duration of the named kind (see GAPS) and return the new time."""
        lo, hi = GAPS.get(gap, GAPS["chat"])
        # skew towards the short end: people reply fast more often than slow
        secs = lo + int((hi - lo) * (self.rng.random() ** 2))
        self.now = self.now + timedelta(seconds=secs)
        return self.now

    def advance_seconds(self, secs: int) -> datetime:
        """Move forward by an exact number of seconds."""
        self.now = self.now + timedelta(seconds=max(0, secs))
        return self.now

    def iso(self) -> str:
        """Current time as '2026-03-14T21:04:00+05:30' (whole minutes, like chat exports)."""
        return self.now.replace(second=0, microsecond=0).isoformat()


# ---------------------------------------------------------------------------
# surface noise
# ---------------------------------------------------------------------------

_KEYBOARD_NEIGHBOURS = {
    "a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
    "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc",
    "y": "tu", "z": "x",
}


def typo(rng: random.Random, text: str, p: float = 0.05) -> str:
    """Introduce keyboard typos (swap, drop, double, neighbour key) in about p of the words."""
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) >= 4 and w.isascii() and w.isalpha() and chance(rng, p):
            i = rng.randrange(1, len(w) - 1)
            kind = rng.randrange(4)
            if kind == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            elif kind == 1:
                w = w[:i] + w[i + 1 :]
            elif kind == 2:
                w = w[:i] + w[i] + w[i:]
            else:
                nb = _KEYBOARD_NEIGHBOURS.get(w[i].lower())
                if nb:
                    w = w[:i] + pick(rng, nb) + w[i + 1 :]
        out.append(w)
    return " ".join(out)


def lowercase(text: str) -> str:
    """All lower case (leaves non-Latin scripts untouched)."""
    return text.lower()


def strip_punct(text: str) -> str:
    """Drop sentence punctuation and apostrophes, like fast phone typing."""
    text = text.replace("'", "").replace("’", "")
    text = re.sub(r"[.,;:!](?=\s|$)", "", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def shout(text: str) -> str:
    """Upper-case Latin letters (for angry messages)."""
    return text.upper()


_SMS = (
    (r"\byou\b", ("u", "u", "you", "yu")),
    (r"\byour\b", ("ur", "ur", "yr")),
    (r"\byou're\b", ("ur", "u r", "youre")),
    (r"\bplease\b", ("pls", "plz", "plss", "plzz", "pleasee")),
    (r"\bokay\b", ("ok", "k", "okk", "okie")),
    (r"\bare\b", ("r", "are")),
    (r"\bbecause\b", ("bcoz", "coz", "bcz", "cuz")),
    (r"\bwhat\b", ("wat", "wht", "what")),
    (r"\bwhy\b", ("y", "why")),
    (r"\btomorrow\b", ("tmrw", "2mrw", "tmrrw")),
    (r"\btonight\b", ("2nite", "tonite")),
    (r"\breally\b", ("rly", "realy")),
    (r"\bpeople\b", ("ppl",)),
    (r"\bmessage\b", ("msg", "mssg")),
    (r"\bbefore\b", ("b4",)),
    (r"\bthanks\b", ("thx", "tnx", "thnks", "thanku")),
    (r"\bthank you\b", ("thanku", "thank u", "ty", "tq")),
    (r"\bsorry\b", ("sry", "sorryy")),
    (r"\bbrother\b", ("bro", "bhai")),
    (r"\bnumber\b", ("no.", "num", "nmbr")),
    (r"\bsomething\b", ("smthng", "sth")),
    (r"\bwith\b", ("wid", "wit", "with")),
    (r"\bknow\b", ("knw", "kno")),
    (r"\bgood\b", ("gud", "gd")),
    (r"\bnight\b", ("nyt", "nite")),
    (r"\bmorning\b", ("mrng", "mng")),
    (r"\bpicture\b", ("pic",)),
    (r"\bpictures\b", ("pics",)),
)


def sms_speak(rng: random.Random, text: str, p: float = 0.6) -> str:
    """Replace common English words with SMS forms (u, ur, pls, k, r, bcoz) with probability p each."""
    for pat, repls in _SMS:
        text = re.sub(pat, lambda m: _keep_case(m.group(0), pick(rng, repls)) if chance(rng, p) else m.group(0), text, flags=re.IGNORECASE)
    return text


def _keep_case(orig: str, new: str) -> str:
    """Capitalise new if orig started with a capital."""
    if orig[:1].isupper() and new:
        return new[0].upper() + new[1:]
    return new


_HINGLISH = (
    ("kya", ("kya", "kia", "kyaa", "kyu")),
    ("hai", ("hai", "h", "he", "hy", "hain", "hae")),
    ("hain", ("hain", "hai", "h", "hein")),
    ("nahi", ("nahi", "nhi", "nai", "nahin", "ni", "nahii")),
    ("main", ("main", "mai", "me", "mein")),
    ("mein", ("mein", "me", "mai", "mei")),
    ("kar", ("kar", "kr")),
    ("karo", ("karo", "kro", "krdo", "karo na")),
    ("karna", ("karna", "krna")),
    ("raha", ("raha", "rha", "reha")),
    ("rahi", ("rahi", "rhi")),
    ("mujhe", ("mujhe", "mjhe", "muje", "mujhey", "mereko")),
    ("tum", ("tum", "tm")),
    ("tumhe", ("tumhe", "tumhein", "tmhe", "tujhe")),
    ("tumhara", ("tumhara", "tmhara", "tera", "tumahra")),
    ("kyun", ("kyun", "kyu", "q", "kyon", "kiu")),
    ("acha", ("acha", "accha", "achha", "acchha", "achaa")),
    ("theek", ("theek", "thik", "thk", "theek", "thick")),
    ("bhai", ("bhai", "bhaii", "bhaiya", "bro")),
    ("yaar", ("yaar", "yar", "yr", "yaara")),
    ("paise", ("paise", "paisa", "pese", "paisee")),
    ("abhi", ("abhi", "abi", "abhie")),
    ("bhej", ("bhej", "bhejo", "bhj")),
    ("bhejo", ("bhejo", "bhjo", "bhej do", "send karo")),
    ("kaise", ("kaise", "kese", "kaisey", "kaese")),
    ("hoon", ("hoon", "hu", "hun", "hoo")),
    ("hum", ("hum", "ham")),
    ("bahut", ("bahut", "bohot", "bht", "bhot", "bahot")),
    ("sab", ("sab", "sb")),
    ("mat", ("mat", "mt")),
    ("please", ("please", "plz", "pls", "plss")),
    ("video", ("video", "vdo", "vedio", "vidio", "vid")),
    ("kuch", ("kuch", "kuchh", "kch")),
    ("karunga", ("karunga", "krunga", "karuga")),
    ("dunga", ("dunga", "dunga", "duga")),
    ("de", ("de", "dy")),
    ("toh", ("toh", "to", "tho")),
    ("bhi", ("bhi", "bi", "v")),
    ("ho", ("ho", "hoo")),
    ("gaya", ("gaya", "gya", "gyaa")),
    ("gayi", ("gayi", "gyi", "gai")),
    ("kal", ("kal", "kl")),
    ("aur", ("aur", "or", "aor")),
)
_HINGLISH_RES = tuple((re.compile(r"\b" + w + r"\b", re.IGNORECASE), v) for w, v in _HINGLISH)


def hinglish_vary(rng: random.Random, text: str, p: float = 0.5) -> str:
    """Swap romanized Hindi words for common alternative spellings (nahi→nhi, kya→kia, hai→h) with probability p."""
    for rx, variants in _HINGLISH_RES:
        text = rx.sub(lambda m: _keep_case(m.group(0), pick(rng, variants)) if chance(rng, p) else m.group(0), text)
    return text


EMOJI = {
    "happy": ("😊", "😄", "😁", "🙂", "😀", "☺️", "😃", "🤗"),
    "laugh": ("😂", "🤣", "😆", "😹", "😅"),
    "flirt": ("😘", "😍", "🥰", "😉", "❤️", "💕", "😚", "🙈", "😋", "💋", "🌹"),
    "sad": ("😢", "😭", "😞", "😔", "🥺", "😟", "💔"),
    "scared": ("😰", "😨", "😱", "🥺", "😥", "🙏"),
    "angry": ("😡", "🤬", "😠", "👊", "💢"),
    "threat": ("😈", "🔪", "⚠️", "🚨", "👿", "😏", "💀"),
    "money": ("💰", "💸", "🤑", "💵"),
    "ok": ("👍", "👌", "🙏", "✅", "👍🏻"),
    "neutral": ("🙂", "👍", "😅", "🤔", "😐", "🙄"),
}


def emoji(rng: random.Random, mood: str = "happy") -> str:
    """One emoji fitting a mood (keys of EMOJI)."""
    return pick(rng, EMOJI.get(mood, EMOJI["happy"]))


def add_emoji(rng: random.Random, text: str, mood: str = "happy", p: float = 0.3) -> str:
    """With probability p append (or rarely prepend) one to three emoji of a mood."""
    if not chance(rng, p):
        return text
    e = emoji(rng, mood)
    if chance(rng, 0.25):
        e = e * rng.randrange(2, 4)
    if chance(rng, 0.1):
        return f"{e} {text}"
    return f"{text} {e}" if chance(rng, 0.7) else f"{text}{e}"


_LEET = {"a": ("4", "@"), "e": ("3",), "i": ("1", "!"), "o": ("0",), "s": ("$", "5"), "t": ("7",), "l": ("1",), "g": ("9",), "b": ("8",)}
CYRILLIC = {
    "a": "а", "e": "е", "o": "о", "i": "і", "c": "с", "p": "р", "x": "х", "y": "у", "s": "ѕ", "j": "ј",
    "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х",
}
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")


def leet(rng: random.Random, word: str, p: float = 0.6) -> str:
    """Leetspeak a word: video→v1de0, paise→p@153."""
    return "".join(pick(rng, _LEET[c.lower()]) if c.lower() in _LEET and chance(rng, p) else c for c in word)


def space_letters(rng: random.Random, word: str) -> str:
    """Spread letters out: 'video' → 'v i d e o' or 'v.i.d.e.o' or 'v-i-d-e-o'."""
    sep = pick(rng, (" ", " ", ".", "-", "_", "*"))
    return sep.join(word)


def cyrillic(rng: random.Random, word: str, p: float = 0.7) -> str:
    """Replace Latin letters with Cyrillic look-alikes (vіdеo with U+0456/U+0435)."""
    return "".join(CYRILLIC[c] if c in CYRILLIC and chance(rng, p) else c for c in word)


def zero_width(rng: random.Random, word: str, p: float = 0.5) -> str:
    """Insert invisible zero-width characters between letters."""
    if len(word) < 2:
        return word
    out = [word[0]]
    for c in word[1:]:
        if chance(rng, p):
            out.append(pick(rng, ZERO_WIDTH))
        out.append(c)
    return "".join(out)


def stretch(rng: random.Random, word: str) -> str:
    """Repeat a vowel or final letter: please → pleeease, no → nooo."""
    vowels = [i for i, c in enumerate(word) if c.lower() in "aeiou"]
    i = pick(rng, vowels) if vowels else len(word) - 1
    if i < 0:
        return word
    return word[: i + 1] + word[i] * rng.randrange(1, 4) + word[i + 1 :]


def star_mask(rng: random.Random, word: str) -> str:
    """Mask inner letters with * or .: video → v*deo, money → m0ney style partial masks."""
    if len(word) < 3:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + pick(rng, ("*", ".", "#")) + word[i + 1 :]


OBFUSCATORS = ("leet", "space", "cyrillic", "zero_width", "star", "stretch")

# words scammers typically disguise to slip past filters; also usable by other labels
SENSITIVE_WORDS = (
    "video", "videos", "call", "viral", "leak", "upload", "money", "paise", "pay", "payment",
    "police", "nude", "private", "photo", "photos", "record", "recorded", "recording", "family",
    "friends", "followers", "youtube", "instagram", "facebook", "delete", "send", "transfer",
    "upi", "paytm", "bitcoin", "btc", "crypto", "whatsapp", "telegram", "arrest", "case",
    "contacts", "share", "post", "screenshot", "screen", "camera", "webcam", "account",
)


def obfuscate_word(rng: random.Random, word: str, method: str | None = None) -> str:
    """Disguise one word with a named or random method from OBFUSCATORS."""
    method = method or pick(rng, OBFUSCATORS)
    if method == "leet":
        return leet(rng, word)
    if method == "space":
        return space_letters(rng, word)
    if method == "cyrillic":
        return cyrillic(rng, word)
    if method == "zero_width":
        return zero_width(rng, word)
    if method == "star":
        return star_mask(rng, word)
    return stretch(rng, word)


def obfuscate(rng: random.Random, text: str, p: float = 0.7, words=SENSITIVE_WORDS, method: str | None = None) -> str:
    """Disguise sensitive words in text (each matching word with probability p), using one method per call unless mixed."""
    method = method or pick(rng, OBFUSCATORS)
    lookup = tuple(w.lower() for w in words)

    def repl(m):
        w = m.group(0)
        if w.lower() in lookup and chance(rng, p):
            return obfuscate_word(rng, w, method)
        return w

    return re.sub(r"[A-Za-z]+", repl, text)


EMOJI_WORDS = (
    (r"\bvideos?\b", ("📹", "🎥", "📸")),
    (r"\bvdo\b", ("📹", "🎥")),
    (r"\b(?:money|paise|paisa)\b", ("💰", "💵", "💸")),
    (r"\bpolice\b", ("👮", "🚓", "👮‍♂️")),
    (r"\bcall\b", ("📞", "📲")),
    (r"\b(?:phone|mobile)\b", ("📱",)),
    (r"\bviral\b", ("🌐", "📢")),
    (r"\bfamily\b", ("👨‍👩‍👧",)),
    (r"\bjail\b", ("🔒", "⛓️")),
)
_EMOJI_WORD_RES = tuple((re.compile(p, re.IGNORECASE), e) for p, e in EMOJI_WORDS)


def emoji_words(rng: random.Random, text: str, p: float = 0.7) -> str:
    """Replace some words with emoji standing for them (video→📹, money→💰, police→👮, call→📞)."""
    for rx, emo in _EMOJI_WORD_RES:
        text = rx.sub(lambda m: pick(rng, emo) if chance(rng, p) else m.group(0), text)
    return text


# ---------------------------------------------------------------------------
# speaker style
# ---------------------------------------------------------------------------


class Style:
    """A speaker's typing habits, applied consistently to every message they send."""

    def __init__(self, lower=False, nopunct=False, sms=0.0, typos=0.0, emoji_p=0.0, hinglish=0.0, stretch_p=0.0, caps=False, mood="happy"):
        """Store the habits; probabilities are per message (sms/hinglish per word)."""
        self.lower = lower
        self.nopunct = nopunct
        self.sms = sms
        self.typos = typos
        self.emoji_p = emoji_p
        self.hinglish = hinglish
        self.stretch_p = stretch_p
        self.caps = caps
        self.mood = mood

    @classmethod
    def random(cls, rng: random.Random, lang: str = "en", casual: float = 0.6) -> "Style":
        """A random plausible style; casual (0..1) raises the chance of lowercase, SMS-speak and typos."""
        return cls(
            lower=chance(rng, 0.25 + 0.5 * casual),
            nopunct=chance(rng, 0.2 + 0.5 * casual),
            sms=pick(rng, (0.0, 0.0, 0.3, 0.6, 0.9)) * casual,
            typos=pick(rng, (0.0, 0.0, 0.02, 0.04, 0.08)),
            emoji_p=pick(rng, (0.0, 0.1, 0.2, 0.35, 0.5)),
            hinglish=pick(rng, (0.2, 0.4, 0.6)) if lang in ("hi-Latn", "mixed", "mr") else 0.0,
            stretch_p=pick(rng, (0.0, 0.0, 0.0, 0.04)),
        )

    @classmethod
    def formal(cls) -> "Style":
        """Careful typing: no changes at all."""
        return cls()

    def render(self, rng: random.Random, text: str, mood: str | None = None) -> str:
        """Apply this style's noise to one message."""
        if self.hinglish:
            text = hinglish_vary(rng, text, self.hinglish)
        if self.sms:
            text = sms_speak(rng, text, self.sms)
        if self.typos:
            text = typo(rng, text, self.typos)
        if self.stretch_p and chance(rng, self.stretch_p):
            words = text.split(" ")
            cand = [i for i, w in enumerate(words) if w.isascii() and w.isalpha() and 2 <= len(w) <= 7]
            if cand:
                i = pick(rng, cand)
                words[i] = stretch(rng, words[i])
                text = " ".join(words)
        if self.nopunct:
            text = strip_punct(text)
        if self.lower:
            text = lowercase(text)
        if self.caps:
            text = shout(text)
        if self.emoji_p:
            text = add_emoji(rng, text, mood or self.mood, self.emoji_p)
        return text


# ---------------------------------------------------------------------------
# small talk
# ---------------------------------------------------------------------------
# Each entry: "opener || reply one | reply two | ...". Languages: en, hi-Latn,
# hi (Devanagari Hindi), mr (Devanagari Marathi), mr-Latn (romanized Marathi).

SMALL_TALK = {
    "en": {
        "greeting": [
            "Hi, how are you? || I'm good, you? | doing fine, what about you | all good here",
            "Good morning! || good morning 🙂 | morning! slept well? | gm, just woke up",
            "hey what's up || nothing much, just chilling | same old, you tell | bored at home",
            "Hello, long time no see || yes! been busy with stuff | haha true, how have you been",
            "good night, sleep well || gn, take care | night night | you too, talk tomorrow",
            "how was your day || tiring but ok | pretty good actually | long day, office was crazy",
        ],
        "food": [
            "had dinner? || yes just now, dal rice | not yet, ordering something | skipping tonight, not hungry",
            "what did you eat for lunch || paneer and roti | just maggi lol | canteen food, nothing great",
            "I'm craving pani puri right now || same! nothing beats street food | haha get some then",
            "do you cook or order mostly || mom cooks, I just eat 😅 | mostly order, Swiggy is my best friend",
            "chai or coffee? || chai always | coffee person here | depends on the mood",
        ],
        "weather": [
            "it's raining so much here || here also, roads are flooded | lucky, it's so hot here",
            "too hot today na || yes 40 degrees, can't go out | AC is running all day",
            "weather is so nice today || perfect for a long drive | yes finally some breeze",
            "is it cold there? || a little in the mornings | not really, still fan weather",
        ],
        "work": [
            "so what do you do? || I work in an IT company | still searching for a job | I'm in sales, lots of travel",
            "office tomorrow? || yes, sadly | work from home this week | half day, then free",
            "how is your job going || same routine, boss is strict | good, got a small hike | tiring but ok",
            "do you have weekend off || only Sunday | both days, thank god | depends on shifts",
        ],
        "college": [
            "which college are you in || engineering, final year | doing BCom, second year | just finished, waiting for results",
            "exams going on? || yes, next paper on Monday | just got over, finally free",
            "do you stay in hostel || yes, food is terrible 😂 | no, I'm a day scholar",
            "what are you studying || computer science | commerce | preparing for govt exams",
        ],
        "cricket": [
            "did you watch the match yesterday || yes what a finish! | missed it, who won? | only the last few overs",
            "who is your favourite player || Virat obviously | Dhoni forever | Bumrah, what a bowler",
            "IPL starting soon na || yes can't wait | which team do you support?",
            "India will win the series this time || hope so, batting looks strong | bowling is the worry",
        ],
        "family": [
            "how many people in your family || mom dad and one sister | joint family, lots of people | just me and my parents",
            "are you staying with family || yes, in my hometown | no, alone in the city for work",
            "your parents are strict? || a bit, especially dad | not really, they're chill",
            "going home for the festival? || yes, booked tickets already | not this time, too much work",
        ],
    },
    "hi-Latn": {
        "greeting": [
            "Hii kaise ho || main theek hoon, tum batao | badhiya, aap? | sab mast",
            "good morning ji || good morning 🙂 | gm, abhi utha hoon",
            "kya chal raha hai || kuch nahi bas aise hi | timepass kar raha hoon | kaam chal raha hai yaar",
            "bahut din baad yaad kiya || haan yaar busy tha | sorry sorry, kaam mein phasa tha",
            "so gaye kya || nahi abhi jaag raha hoon | bas sone hi wala tha",
            "din kaisa raha || thaka dene wala | accha tha | bas theek thaak",
        ],
        "food": [
            "khana kha liya? || haan abhi khaya | nahi abhi banega | bahar se mangwaya hai",
            "aaj kya banaya ghar pe || rajma chawal | aloo paratha 😋 | kuch khaas nahi, dal roti",
            "chai piyoge? || haan bilkul | abhi abhi pi hai",
            "golgappe khane ka mann hai || chalo kal chalte hain | mujhe bhi yaar",
            "maggi best hai raat ko || haha sach mein | bachelor life ka sahara",
        ],
        "weather": [
            "yahan bahut baarish ho rahi hai || yahan bhi, light bhi gayi hai | yahan toh dhoop hai",
            "aaj bahut garmi hai yaar || haan bahar nikalna mushkil hai | cooler bhi kaam nahi kar raha",
            "thand badh gayi hai || haan razai se nikalne ka mann nahi karta",
            "mausam accha hai aaj || haan, ghoomne chalein?",
        ],
        "work": [
            "kya karte ho aap || private job hai | abhi padhai kar raha hoon | apna business hai chhota sa",
            "office kaisa chal raha hai || wahi roz ka, boss pareshan karta hai | theek hai, chhutti chahiye",
            "kal chhutti hai? || haan Sunday hai | nahi yaar, kal bhi kaam",
            "naukri mili kya || abhi nahi, interview diya hai | haan last month join kiya",
        ],
        "college": [
            "kaunse college mein ho || engineering kar raha hoon | BA final year | abhi coaching chal rahi hai",
            "exam kab hai || agle hafte se | khatam ho gaye finally",
            "hostel mein rehte ho? || haan, khana bekar hai | nahi ghar se aata hoon",
            "padhai kaisi chal rahi || bas chal rahi hai 😅 | backlog hai ek",
        ],
        "cricket": [
            "kal ka match dekha? || haan kya last over tha | nahi, kaun jeeta? | highlights dekhe bas",
            "favourite player kaun hai || Virat bhai | Dhoni, aur kaun | Rohit ka pull shot",
            "IPL mein kaunsi team || CSK hamesha | RCB, is baar cup | MI",
            "India jeetega na is baar || pakka, team strong hai | bowling pe depend hai",
        ],
        "family": [
            "ghar pe kaun kaun hai || mummy papa aur ek behen | joint family hai, bahut log | bas main aur mummy",
            "ghar jaa rahe ho diwali pe || haan ticket ho gaya | nahi is baar chhutti nahi mili",
            "mummy papa strict hain? || papa thode | nahi, chill hain",
            "shaadi ka kya plan hai || abhi nahi yaar | ghar wale ladki dekh rahe hain 😅",
        ],
    },
    "hi": {
        "greeting": [
            "नमस्ते, कैसे हो? || मैं ठीक हूँ, आप बताओ | बढ़िया, आप कैसे हो",
            "सुप्रभात || सुप्रभात जी 🙏 | गुड मॉर्निंग",
            "क्या चल रहा है || कुछ खास नहीं | बस काम चल रहा है",
            "बहुत दिन बाद बात हुई || हाँ, थोड़ा व्यस्त था | सही कहा",
            "शुभ रात्रि || शुभ रात्रि, ध्यान रखना | गुड नाइट",
        ],
        "food": [
            "खाना खाया? || हाँ अभी खाया | नहीं, अभी बन रहा है",
            "आज क्या बनाया || दाल चावल | आलू के पराठे",
            "चाय पियोगे? || हाँ ज़रूर | अभी पी है",
            "बाहर खाने चलें कभी || हाँ, इस रविवार? | ठीक है",
        ],
        "weather": [
            "यहाँ बहुत बारिश हो रही है || यहाँ भी | यहाँ तो धूप है",
            "आज बहुत गर्मी है || हाँ, बाहर निकलना मुश्किल है",
            "ठंड बढ़ गई है || हाँ, सुबह उठने का मन नहीं करता",
        ],
        "work": [
            "आप क्या करते हो || प्राइवेट नौकरी | पढ़ाई कर रहा हूँ | छोटा सा बिज़नेस है",
            "ऑफिस कैसा चल रहा है || ठीक है, काम बहुत है | वही रोज़ का",
            "कल छुट्टी है? || हाँ रविवार है | नहीं, कल भी काम है",
        ],
        "college": [
            "किस कॉलेज में हो || इंजीनियरिंग कर रहा हूँ | बी.ए. अंतिम वर्ष",
            "परीक्षा कब है || अगले हफ्ते | खत्म हो गई",
            "पढ़ाई कैसी चल रही है || चल रही है | थोड़ी मुश्किल है",
        ],
        "cricket": [
            "कल का मैच देखा? || हाँ, क्या आखिरी ओवर था | नहीं, कौन जीता?",
            "पसंदीदा खिलाड़ी कौन है || विराट | धोनी",
            "इस बार भारत जीतेगा || पक्का | उम्मीद है",
        ],
        "family": [
            "घर पर कौन कौन है || माँ पापा और एक बहन | संयुक्त परिवार है",
            "दिवाली पर घर जा रहे हो? || हाँ टिकट हो गया | इस बार नहीं",
            "घर वाले कैसे हैं || सब ठीक हैं | अच्छे हैं, धन्यवाद",
        ],
    },
    "mr": {
        "greeting": [
            "नमस्कार, कसा आहेस? || मी बरा आहे, तू सांग | मस्त, तू कसा आहेस",
            "सुप्रभात || शुभ सकाळ 🙏 | गुड मॉर्निंग",
            "काय चाललंय || काही नाही, निवांत | काम चालू आहे",
            "खूप दिवसांनी आठवण आली || हो रे, जरा बिझी होतो | सॉरी यार",
            "झोपलास का || नाही अजून | झोपायलाच चाललो होतो",
        ],
        "food": [
            "जेवण झालं का? || हो आत्ताच झालं | नाही अजून",
            "आज काय बनवलं || पिठलं भाकरी | वरण भात",
            "चहा घेणार का? || हो नक्की | आत्ताच घेतला",
            "मिसळ खायला जाऊया का || हो चल, रविवारी | भारी आयडिया",
        ],
        "weather": [
            "इकडे खूप पाऊस पडतोय || इकडे पण | इकडे तर ऊन आहे",
            "आज खूप उकडतंय || हो ना, बाहेर जाववत नाही",
            "थंडी वाढलीये || हो, सकाळी उठवत नाही",
        ],
        "work": [
            "तू काय करतोस || आयटी मध्ये जॉब आहे | शिकतोय अजून | स्वतःचा छोटा बिझनेस आहे",
            "ऑफिस कसं चाललंय || ठीक आहे, काम खूप आहे | नेहमीसारखंच",
            "उद्या सुट्टी आहे का || हो रविवार | नाही रे",
        ],
        "college": [
            "कोणत्या कॉलेजला आहेस || इंजिनिअरिंग करतोय | बी.कॉम. दुसरं वर्ष",
            "परीक्षा कधी आहे || पुढच्या आठवड्यात | संपली एकदाची",
            "अभ्यास कसा चाललाय || चाललाय कसातरी 😅 | ठीक आहे",
        ],
        "cricket": [
            "कालची मॅच पाहिलीस का || हो, शेवटची ओव्हर भारी होती | नाही, कोण जिंकलं?",
            "आवडता खेळाडू कोण || विराट | धोनी",
            "आयपीएल मध्ये कोणती टीम || मुंबई इंडियन्स | सीएसके",
        ],
        "family": [
            "घरी कोण कोण असतं || आई बाबा आणि बहीण | मोठं कुटुंब आहे",
            "दिवाळीला गावी जाणार का || हो तिकीट काढलंय | यावेळी नाही",
            "घरचे कसे आहेत || सगळे मजेत | बरे आहेत",
        ],
    },
    "mr-Latn": {
        "greeting": [
            "kasa ahes? || mi bara ahe, tu sang | mast, tu?",
            "good morning || gm 🙂 | shubh sakal",
            "kay chalu ahe || kahi nahi, nivant | kam chalu ahe re",
            "khup divsanni athvan ali || ho re busy hoto | sorry yaar",
            "zoplas ka || nahi ajun | zopaylach chalo hoto",
        ],
        "food": [
            "jevan zala ka? || ho atach zala | nahi ajun",
            "aaj kay banavla || pithla bhakri | varan bhat",
            "misal khayla jauya ka || ho chal, ravivari | bhari idea",
            "chaha ghenar ka || ho nakki | atach ghetla",
        ],
        "weather": [
            "ikde khup paus padtoy || ikde pan | ikde tar un ahe",
            "aaj khup garmi ahe || ho na, baher javat nahi",
            "thandi vadhliye || ho, sakali uthavat nahi",
        ],
        "work": [
            "tu kay kartos || IT madhe job ahe | shiktoy ajun | swatacha business ahe",
            "office kasa chalu ahe || thik ahe, kam khup ahe | nehmisarkha",
            "udya sutti ahe ka || ho ravivar | nahi re",
        ],
        "college": [
            "konatya college la ahes || engineering kartoy | BCom second year",
            "exam kadhi ahe || pudhchya athavdyat | samplya ekdachya",
            "abhyas kasa chalu ahe || chalu ahe kasatari 😅 | thik",
        ],
        "cricket": [
            "kalchi match pahilis ka || ho, shevatchi over bhari hoti | nahi, kon jinkla?",
            "avadta player kon || Virat | Dhoni",
        ],
        "family": [
            "ghari kon kon asta || aai baba ani bahin | motha kutumb ahe",
            "diwali la gavi janar ka || ho ticket kadhlay | yaveli nahi",
            "gharche kase ahet || sagle majet | bare ahet",
        ],
    },
}

SMALL_TALK_TOPICS = ("greeting", "food", "weather", "work", "college", "cricket", "family")


def small_talk_bank_lang(lang: str, rng: random.Random | None = None) -> str:
    """Map a conversation language to a small-talk bank key ('mr' may use romanized Marathi, 'mixed' any)."""
    if lang == "mixed":
        return pick(rng, ("en", "hi-Latn", "hi-Latn", "mr-Latn")) if rng else "hi-Latn"
    if lang == "mr" and rng is not None and chance(rng, 0.4):
        return "mr-Latn"
    return lang if lang in SMALL_TALK else "en"


def small_talk(rng: random.Random, lang: str, topic: str | None = None, topics=None) -> tuple[str, str]:
    """One (opener, reply) small-talk exchange in a language; topic random (from topics if given) unless named."""
    key = small_talk_bank_lang(lang, rng)
    bank = SMALL_TALK[key]
    topic = topic if topic in bank else pick(rng, topics or SMALL_TALK_TOPICS)
    opener, replies = pick(rng, bank[topic]).split(" || ")
    return opener.strip(), pick(rng, replies.split(" | ")).strip()


# ---------------------------------------------------------------------------
# media / system lines (use sparingly and for every label alike)
# ---------------------------------------------------------------------------

MEDIA_PLACEHOLDERS = ("<Media omitted>", "image omitted", "<attached: photo>", "sticker omitted", "GIF omitted", "audio omitted", "video omitted")
CALL_LINES = ("Missed video call", "Missed voice call", "Video call", "Voice call", "📹 Video call, 4 min", "📞 Missed video call")


# ---------------------------------------------------------------------------
# conversation builder
# ---------------------------------------------------------------------------


class Conversation:
    """Builds one conversation dict (no id) with consistent senders, styles and timestamps."""

    def __init__(self, rng: random.Random, label: str, lang: str, scenario: str, clock: Clock | None = None, with_ts: bool = True):
        """Start an empty conversation; with_ts=False omits timestamps (like copied text)."""
        self.rng = rng
        self.label = label
        self.lang = lang
        self.scenario = scenario
        self.clock = clock or Clock(rng)
        self.with_ts = with_ts
        self.messages: list[dict] = []
        self.styles: dict[str, Style] = {}

    def set_style(self, sender: str, style: Style) -> None:
        """Fix the typing style used for a sender."""
        self.styles[sender] = style

    def say(self, sender: str, text: str, gap: str = "chat", mood: str | None = None, raw: bool = False, system: bool = False) -> dict:
        """Append a message after a gap of the named kind; styled unless raw; system=True marks app lines."""
        if self.messages:
            self.clock.advance(gap)
        if not raw and not system and sender in self.styles:
            text = self.styles[sender].render(self.rng, text, mood)
        text = text.strip() or "ok"
        msg = {"sender": sender, "text": text}
        if self.with_ts:
            msg["ts"] = self.clock.iso()
        if system:
            msg["kind"] = "system"
        self.messages.append(msg)
        return msg

    def small_talk(self, a: str, b: str, n: int = 1, lang: str | None = None, gap: str = "quick", topics=None) -> None:
        """Insert n small-talk exchanges: a asks, b replies (topics restricts the topic pool)."""
        for _ in range(n):
            q, r = small_talk(self.rng, lang or self.lang, topics=topics)
            self.say(a, q, gap=gap)
            self.say(b, r, gap="quick")

    def interleave(self, other: list[tuple[str, str]], a: str, b: str, p: float = 0.3, lang: str | None = None) -> None:
        """Append (sender, text) pairs, inserting a small-talk exchange between them with probability p."""
        for sender, text in other:
            if self.messages and chance(self.rng, p):
                self.small_talk(a, b, 1, lang)
            self.say(sender, text)

    def __len__(self) -> int:
        """Number of messages so far."""
        return len(self.messages)

    def to_dict(self) -> dict:
        """The conversation as a JSON-ready dict without id/source."""
        return {"label": self.label, "lang": self.lang, "scenario": self.scenario, "messages": list(self.messages)}
