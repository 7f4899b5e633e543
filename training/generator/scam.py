"""Messaging scams that are NOT sextortion (label "scam").

These conversations are the negatives for the sextortion head and the
positives for the scam head: task-job fraud, pig-butchering investment,
romance money requests, "digital arrest", KYC / electricity-bill scares,
lottery prizes, OTP theft, fake army buyers, loan-app harassment, job
registration fees, refund/support scams, UPI collect tricks, SMS phishing
and wrong-number investment friendships.

Some of them share surface words with sextortion (police, video call,
"your photos"), on purpose, but none contains undressing, recording the
victim or leaking a private video.

Each phrasing bank maps a language key to templates in the mini-syntax of
``common.expand``:  en, hl (romanized Hindi), hi (Devanagari Hindi),
mr (Devanagari Marathi), ml (romanized Marathi).
"""

from __future__ import annotations

import random
import re

try:  # package import (python -m training.generator.generate)
    from . import common as C
except ImportError:  # plain import with the generator folder on sys.path
    import common as C

LABEL = "scam"

LANG_WEIGHTS = (("en", 45), ("hi-Latn", 30), ("hi", 12), ("mr", 8), ("mixed", 5))

_KEY = {"en": "en", "hi-Latn": "hl", "hi": "hi", "mr": "mr", "mr-Latn": "ml"}
_FALLBACK = {"ml": ("ml", "mr", "hl", "en"), "mr": ("mr", "ml", "hi", "en"), "hi": ("hi", "hl", "en"), "hl": ("hl", "en"), "en": ("en", "hl")}


# ---------------------------------------------------------------------------
# helpers (local to this module)
# ---------------------------------------------------------------------------


def _rand_word(rng: random.Random) -> str:
    return C.pick(rng, ("secure", "verify", "update", "kyc", "bonus", "reward", "care", "help", "pay", "win", "gift", "claim",
                        "portal", "online", "india", "bank", "point", "refund", "alert", "service", "task", "earn", "trade", "prime"))


def fake_link(rng: random.Random, kind: str = "any") -> str:
    """A fake-looking URL (short link or odd domain); never a real service."""
    tld = C.pick(rng, ("xyz", "top", "in", "online", "site", "live", "cc", "info", "co", "shop", "vip", "club"))
    a, b = _rand_word(rng), _rand_word(rng)
    code = "".join(C.pick(rng, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randrange(5, 8)))
    shapes = [
        f"https://{a}-{b}.{tld}/{code}",
        f"http://{a}{rng.randrange(10, 999)}.{tld}",
        f"bit.ly/{code}",
        f"tinyurl.com/{a}{code[:4]}",
        f"https://{a}{b}.{tld}/login",
        f"www.{a}-{b}{rng.randrange(1, 99)}.{tld}",
        f"https://t.me/{a}_{b}{rng.randrange(10, 99)}",
        f"https://{code.lower()}.{a}{b}.{tld}",
    ]
    if kind == "telegram":
        return f"https://t.me/{C.pick(rng, ('HR', 'Task', 'Earn', 'Mentor', 'Join', 'Reception'))}_{C.first_name(rng)}{rng.randrange(10, 999)}"
    if kind == "app":
        return f"https://{C.pick(rng, ('app', 'www', 'm', 'h5'))}.{C.pick(rng, ('coin', 'bit', 'fx', 'gold', 'trade', 'ex', 'vault', 'nova'))}{C.pick(rng, ('max', 'pro', 'ex', 'hub', 'go', 'one', 'x'))}{rng.randrange(1, 99)}.{tld}"
    return C.pick(rng, shapes)


def choose_lang(rng: random.Random) -> str:
    return C.weighted(rng, LANG_WEIGHTS)


# first-person verb forms that change with the speaker's gender
_GENDER_PAIRS = (
    ("raha hu", "rahi hu"), ("jaanta hu", "jaanti hu"), ("sakta hu", "sakti hu"), ("chahta hu", "chahti hu"), ("जानता हूँ", "जानती हूँ"), ("सकता हूँ", "सकती हूँ"), ("raha hoon", "rahi hoon"), ("rha hu", "rhi hu"), ("karunga", "karungi"), ("bhejunga", "bhejungi"),
    ("dunga", "dungi"), ("lunga", "lungi"), ("aaunga", "aaungi"), ("jaunga", "jaungi"), ("sochunga", "sochungi"), ("dekhunga", "dekhungi"),
    ("bataunga", "bataungi"), ("chuka hu", "chuki hu"), ("karta hu", "karti hu"),
    ("deta hu", "deti hu"), ("puchta hu", "puchti hu"), ("batata hu", "batati hu"), ("gaya tha", "gayi thi"), ("aaya hu", "aayi hu"),
    ("milunga", "milungi"), ("rakhunga", "rakhungi"), ("bolunga", "bolungi"), ("paunga", "paungi"),
    ("रहा हूँ", "रही हूँ"), ("करूँगा", "करूँगी"), ("भेजूँगा", "भेजूँगी"), ("दूँगा", "दूँगी"), ("जाऊँगा", "जाऊँगी"), ("आऊँगा", "आऊँगी"),
    ("चुका हूँ", "चुकी हूँ"), ("लूँगा", "लूँगी"), ("सोचूँगा", "सोचूँगी"), ("करता हूँ", "करती हूँ"),
    ("पूछता हूँ", "पूछती हूँ"), ("देता हूँ", "देती हूँ"),
    ("karto", "karte"), ("bharto", "bharte"), ("gheto", "ghete"), ("yeto", "yete"), ("boltoy", "boltey"), ("vicharto", "vicharte"),
    ("pathavto", "pathavte"), ("sangto", "sangte"), ("deto", "dete"), ("baghto", "baghte"), ("jato", "jate"), ("yein", "yein"),
    ("करतो", "करते"), ("भरतो", "भरते"), ("घेतो", "घेते"), ("येतो", "येते"), ("बोलतोय", "बोलतेय"), ("विचारतो", "विचारते"),
    ("पाठवतो", "पाठवते"), ("सांगतो", "सांगते"), ("देतो", "देते"), ("बघतो", "बघते"), ("करतोय", "करतेय"), ("जातो", "जाते"),
)
_TO_F = tuple((re.compile(r"(?<![\w\u0900-\u097F])" + re.escape(m) + r"(?![\w\u0900-\u097F])", re.IGNORECASE), f) for m, f in _GENDER_PAIRS if m != f)
_TO_M = tuple((re.compile(r"(?<![\w\u0900-\u097F])" + re.escape(f) + r"(?![\w\u0900-\u097F])", re.IGNORECASE), m) for m, f in _GENDER_PAIRS if m != f)


def gender_fix(text: str, gender: str) -> str:
    """Make Hindi/Marathi first-person verb forms agree with the speaker's gender ('m' or 'f')."""
    if gender not in ("m", "f"):
        return text
    for rx, rep in (_TO_F if gender == "f" else _TO_M):
        text = rx.sub(rep, text)
    return text


class Ctx:
    """One conversation being written: language, speakers, slots and the builder."""

    def __init__(self, rng: random.Random, lang: str, scenario: str, label: str = LABEL, night_bias: float = 0.35, with_ts: bool = True):
        self.rng = rng
        self.lang = lang
        if lang == "mr":
            self.sub = "ml" if C.chance(rng, 0.4) else "mr"
        else:
            self.sub = _KEY.get(lang, "en")
        clock = C.Clock(rng, night_bias=night_bias)
        self.conv = C.Conversation(rng, label, lang, scenario, clock=clock, with_ts=with_ts)
        self.slots: dict = {}
        self.mix_bias = rng.random()
        self.gender: dict[str, str] = {}
        self.used: set[str] = set()  # membership tests only, never iterated

    def line_key(self) -> str:
        if self.lang == "mixed":
            r = self.rng.random()
            if r < 0.06:
                return "hi"
            return "en" if r < 0.3 + 0.4 * self.mix_bias else "hl"
        return self.sub

    def text(self, bank: dict, key: str | None = None, at: float | None = None) -> str:
        """One expanded template; at (0..1) picks by position so staged banks keep their order."""
        k = key or self.line_key()
        opts = None
        for fk in _FALLBACK[k]:
            if bank.get(fk):
                opts = bank[fk]
                break
        if opts is None:
            opts = bank["en"]
        n = len(opts)
        if at is not None:
            i = min(n - 1, int(at * n))
            for j in list(range(i, n)) + list(range(i - 1, -1, -1)):
                if opts[j] not in self.used:
                    i = j
                    break
            else:
                return ""  # every staged line already said: skip rather than repeat
        else:
            i = self.rng.randrange(n)
            for _ in range(4):
                if opts[i] not in self.used:
                    break
                i = self.rng.randrange(n)
        self.used.add(opts[i])
        return C.expand(self.rng, opts[i], self.slots)

    def say(self, who: str, bank, gap: str = "chat", mood: str | None = None, raw: bool = False, key: str | None = None, at: float | None = None):
        if isinstance(bank, str):
            t = C.expand(self.rng, bank, self.slots)
        else:
            t = self.text(bank, key, at)
        if not t:
            return
        t = gender_fix(t, self.gender.get(who, ""))
        tag = _bank_tag(bank)
        # a bank entry may hold several messages separated by " // "
        parts = [p.strip() for p in t.split(" // ") if p.strip()]
        for i, p in enumerate(parts):
            is_media = p in C.MEDIA_PLACEHOLDERS or p in C.CALL_LINES
            msg = self.conv.say(who, p, gap=gap if i == 0 else "burst", mood=mood, raw=raw or is_media)
            if is_media:
                msg["_stage"] = "media"
            elif tag in ("victim", "soft"):
                msg["_stage"] = tag
            else:
                # scammer bank or inline lines: a "move" when it asks, pitches, threatens or demands
                msg["_stage"] = ("move" if _MOVE_CUES.search(p) else "soft") if tag == "scammer" else "?" + ("move" if _MOVE_CUES.search(p) else "soft")

    def person(self, gender: str = "any", casual: float = 0.6, style: C.Style | None = None) -> str:
        if gender == "any":
            gender = C.pick(self.rng, ("m", "f"))
        name = C.display_name(self.rng, gender, self.lang)
        while name in self.conv.styles:
            name = C.display_name(self.rng, gender, self.lang)
        self.conv.set_style(name, style or C.Style.random(self.rng, self.lang, casual))
        self.gender[name] = gender
        return name

    def official(self, names: tuple, casual: float = 0.1, gender: str = "m") -> str:
        name = C.pick(self.rng, names)
        if name in self.conv.styles:
            name = name + " " + str(self.rng.randrange(2, 9))
        st = C.Style.random(self.rng, self.lang, casual)
        st.emoji_p = 0.0 if C.chance(self.rng, 0.7) else st.emoji_p
        self.conv.set_style(name, st)
        self.gender[name] = gender
        return name

    def small_talk(self, a: str, b: str, n: int = 1) -> None:
        self.conv.small_talk(a, b, n, gap="chat")

    def done(self) -> dict:
        return self.conv.to_dict()

    def __len__(self) -> int:
        return len(self.conv)


# ---------------------------------------------------------------------------
# internal stage tags (message key "_stage", stripped before output) used by the
# snippet augmentation in generate.py: a scam snippet must contain a "move"
# ---------------------------------------------------------------------------

_VICTIM_BANKS = ("V_WHO", "V_OK", "V_DOUBT", "V_REFUSE", "V_PAID", "V_AFTER_LOSS", "TJ_V_FIRST", "PB_WRONG_V", "PB_PROFIT_V", "RM_SWEET_V",
                 "RM_DOUBT", "DA_V", "SMS_REPLY", "LOT_V", "OLX_V", "LOAN_V", "REFUND_V", "NEWNUM_V")
_SOFT_BANKS = ("PB_WRONG", "PB_SORRY", "RM_SWEET")
_BANK_NAMES: dict[int, str] = {}

_MOVE_CUES = re.compile(
    r"₹|\brs\.?\s?\d|\binr\b|\$\d|£\d|\d\s?(k|lakh|lac|hazar)\b|\bupi\b|\bpay|\bpaid\b|\bsend\b|\btransfer|\bdeposit|\binvest|\bfee|\bcharges?\b|\bearn|\bprofit|\breturns?\b|\bcommission"
    r"|\btask|\botp\b|\bpin\b|\bcode\b|\bkyc\b|\blink\b|https?://|bit\.ly|t\.me/|\.xyz|\.top\b|\bclick|\binstall|\bapk\b|\bqr\b|\bscan|\bprize|\blottery|\bwon\b|\bwinner"
    r"|\barrest|\bwarrant|\bpolice|\bcbi\b|\bcustoms|\bparcel|\bcourier|\bblock(ed)?\b|\bsuspend|\bdisconnect|\brefund|\bloan|\bdefaulter|\bselected\b|\bregistration"
    r"|\baccount|\ba/c\b|\bcredited|\bdebit|\bbank\b|\bmoney|\bcash\b|\bgift card|\bwallet|\bbitcoin|\busdt|\bcrypto|\btrading|\bplatform\b|\bnew number|\bemergency|\bhospital"
    r"|\bpaise|\bpaisa|\bbhej|\bpathv|\bbhar(o|a|na|e)\b|\bjama\b|\bkamai|\bkama\b|\bkamv|\bpaisa"
    r"|\d\s?rs\b|\d{4,}|[०-९]{3,}|\burgent|\bsignal|\bnafa\b|\bmunafa|\bkamaye|\broz\b|\bsim\b|\bbill\b|\belectricity|\bplacement|\bseats?\b|\binterview|\bshame|\bwarning|\breminder|\bid card|\bsoldier|\barmy\b"
    r"|\bwrong (number|no)|thousand|\d,\d{3}|\bhelp\b|\blast chance|\btime is running|\bfd\b|\bsurveillance|\bteam will reach|\bcooperate|\bcontacts\b|\baadhaar|\bcrime branch|\btry again|\bcredit card|\breverse|tinyurl|\.com/|\bmistake|\bgalti"
    r"|हज़ार|हजार|मदद|ब्लॉक|कॉन्टैक्ट|धोखेबाज|लॉन्ड्रिंग|आधार|क्राइम|\bgalat|\bchukun|\breturn|\bwapas|\bparat\b|\bfinancial freedom"
    r"|नफा|मुनाफ|कमाए|सिम|बंद हो|काट|बिल\b|बिजली|वीज|सेना|आर्मी|गलती|चुकून|लौटा|वापस|परत|केवाईसी|तुरंत|जल्दी|लवकर|पैसे|पैसा|रुपये|रुपए|भेज|पाठव|जमा|फीस|फी\b|लिंक|ओटीपी|पिन|केवायसी|निवेश|गुंतव|इनाम|बक्षीस|लॉटरी|अटक|गिरफ्तार|वॉरंट|वारंट|पुलिस|पोलीस|खात|अकाउंट|यूपीआ|कर्ज|लोन|टास्क|पेमेंट|भरा|भरें|भरो|भरिए|कमाई|कमव|रिफंड|पार्सल|कूरियर|क्यूआर|स्कॅन|स्कैन|नवीन नंबर|नया नंबर",
    re.IGNORECASE,
)


def _bank_tag(bank) -> str:
    """'victim', 'soft', 'scammer' (a named scammer bank) or 'inline' for an unnamed bank."""
    if not _BANK_NAMES:
        for k, v in globals().items():
            if k.isupper() and isinstance(v, (dict, list)):
                _BANK_NAMES[id(v)] = k
    name = _BANK_NAMES.get(id(bank)) if not isinstance(bank, str) else None
    if name is None:
        return "inline"
    if name in _VICTIM_BANKS:
        return "victim"
    if name in _SOFT_BANKS:
        return "soft"
    return "scammer"


def _resolve_tags(conv: dict) -> None:
    """Settle tags of inline lines: a sender who ever spoke a victim bank is the victim."""
    victims = {m["sender"] for m in conv["messages"] if m.get("_stage") == "victim"}
    for m in conv["messages"]:
        st = m.get("_stage")
        if st is None:
            m["_stage"] = "other"
        elif st.startswith("?"):
            m["_stage"] = "victim" if m["sender"] in victims else st[1:]


def is_snippet_anchor(msg: dict) -> bool:
    """A scam snippet must contain at least one of these (the request, pitch or demand)."""
    return msg.get("_stage") == "move"


def stages(rng: random.Random, n: int, lo: float = 0.0, hi: float = 1.0) -> list[float]:
    """n increasing positions in [lo, hi) for walking a staged bank in order."""
    return sorted(lo + (hi - lo) * rng.random() for _ in range(n))


def _inr(x: Ctx, lo: int, hi: int) -> str:
    return C.format_inr(x.rng, C.round_amount(x.rng, lo, hi), x.lang)


# ---------------------------------------------------------------------------
# generic victim reactions, reused by many scenarios
# ---------------------------------------------------------------------------

V_WHO = {
    "en": ["who is this?", "{sorry, |}who {are you|is this}?", "do I know you?", "how did you get my number?", "which company?", "{hmm|ok}, what is this about", "hello?", "{sorry|}I didn't get you", "is this genuine?", "where did you get my details from"],
    "hl": ["kaun?", "aap kaun {ho|bol rahe ho}?", "mera number kahan se mila?", "kaun si company?", "{haan|ha} bolo", "kya kaam hai?", "main aapko jaanta nahi", "ye kya hai?", "sach me?", "kis baare me?"],
    "hi": ["आप कौन?", "कौन बोल रहा है?", "मेरा नंबर कहाँ से मिला?", "कौन सी कंपनी?", "क्या काम है?", "मैं आपको नहीं जानता"],
    "mr": ["कोण बोलताय?", "तुम्ही कोण?", "माझा नंबर कुठून मिळाला?", "काय काम आहे?", "कोणती कंपनी?"],
    "ml": ["kon boltay?", "tumhi kon?", "majha number kuthun milala?", "kay kaam ahe?", "kuthli company?"],
}
V_OK = {
    "en": ["ok", "okay", "ok sir", "hmm ok", "ok I'll check", "alright", "ok tell me", "fine", "got it", "yes", "sure", "ok what next"],
    "hl": ["ok", "theek hai", "achha", "haan ji", "ok sir", "thik h", "hmm", "acha batao", "ok kar deta hu", "haan"],
    "hi": ["ठीक है", "अच्छा", "हाँ जी", "ओके सर", "जी", "बताइए"],
    "mr": ["ठीक आहे", "बरं", "हो", "ओके सर", "सांगा"],
    "ml": ["ok", "bara", "theek ahe", "ho", "sanga"],
}
V_DOUBT = {
    "en": ["this sounds like a scam tbh", "why do I have to pay to {get|receive} money?", "{hmm,|} can I verify this somewhere?", "is there any {official|company} website?", "I'm not sure about this", "why should I trust you", "no company asks for money like this", "let me ask my {brother|dad|friend} first", "can you send some official document?", "I'll think about it", "this seems fishy", "my friend said these things are fraud"],
    "hl": ["ye fraud to nahi hai na?", "paise dene ke liye paise kyun bharu?", "mujhe trust nahi ho raha", "koi official website hai kya?", "pehle ghar pe puchta hu", "bhai ye scam lag raha hai", "itna paisa kyun chahiye?", "mere dost ke saath aisa fraud hua tha", "proof bhejo pehle", "sochke batata hu"],
    "hi": ["ये फ्रॉड तो नहीं है?", "पैसे पाने के लिए पैसे क्यों दूँ?", "मुझे भरोसा नहीं हो रहा", "पहले घर पर पूछता हूँ", "कोई ऑफिशियल वेबसाइट है?", "सबूत भेजिए पहले"],
    "mr": ["हे फ्रॉड तर नाही ना?", "पैसे मिळवायला पैसे का भरायचे?", "मला विश्वास नाही बसत", "आधी घरी विचारतो", "काही अधिकृत वेबसाइट आहे का?"],
    "ml": ["he fraud tar nahi na?", "paise milvayla paise ka bharayche?", "mala vishwas nahi basat", "adhi ghari vicharto", "kahi proof ahe ka?"],
}
V_REFUSE = {
    "en": ["no thanks", "not interested", "I'm not paying anything", "stop messaging me", "I know this is a scam. blocking you", "I'm reporting this number", "please don't contact me again", "nice try", "I'll go to the {bank|branch} directly, bye", "reported on 1930. don't message again", "lol no", "go scam someone else"],
    "hl": ["nahi chahiye", "interest nahi hai", "main koi paisa nahi bhejunga", "message mat karo", "fraud ho tum, block kar raha hu", "report kar diya hai number", "dobara contact mat karna", "main bank jaake khud baat karunga", "1930 pe complaint kar di hai", "chal nikal", "bhai kisi aur ko bewakoof banao"],
    "hi": ["नहीं चाहिए", "मुझे कोई रुचि नहीं", "मैं कोई पैसा नहीं भेजूँगा", "दोबारा मैसेज मत करना", "आप फ्रॉड हो, ब्लॉक कर रहा हूँ", "१९३० पर शिकायत कर दी है"],
    "mr": ["नको", "मला इंटरेस्ट नाही", "मी कोणतेही पैसे पाठवणार नाही", "परत मेसेज करू नका", "फ्रॉड आहात तुम्ही, ब्लॉक करतो", "१९३० ला तक्रार केली आहे"],
    "ml": ["nako", "interest nahi", "mi kahi paise pathavnar nahi", "parat message karu naka", "fraud ahat tumhi, block karto"],
}
V_PAID = {
    "en": ["done. sent {it|the amount}", "paid, check", "sent <amt>, please confirm", "ok transferred", "payment done, screenshot sent", "I've sent it. now what?", "done, when will I get {my money|it}?", "paid. please hurry"],
    "hl": ["bhej diya", "payment ho gaya, check karo", "<amt> transfer kar diya", "kar diya, ab?", "ho gaya, screenshot bheja hai", "paise bhej diye, jaldi karo", "done, ab mera paisa kab aayega?"],
    "hi": ["भेज दिया", "पेमेंट हो गया, चेक कीजिए", "<amt> ट्रांसफर कर दिया", "कर दिया, अब?"],
    "mr": ["पाठवले", "पेमेंट झाले, चेक करा", "<amt> ट्रान्सफर केले", "केलं, आता?"],
    "ml": ["pathavle", "payment jhala, check kara", "<amt> transfer kela", "kela, ata?"],
}
V_AFTER_LOSS = {
    "en": ["you said this was the last payment", "I don't have more money", "please just return my money", "I borrowed this money from my friend", "why is it still showing pending", "I want a refund now", "this is not what you said", "I'm going to the police", "I already paid twice"],
    "hl": ["aapne bola tha last payment hai", "mere paas aur paise nahi hai", "please mera paisa wapas karo", "ye paise maine udhaar liye the", "abhi bhi pending dikha raha hai", "mujhe refund chahiye abhi", "main police complaint karunga", "do baar pay kar chuka hu"],
    "hi": ["आपने कहा था ये आखिरी पेमेंट है", "मेरे पास और पैसे नहीं हैं", "कृपया मेरे पैसे वापस कर दो", "मैं पुलिस में शिकायत करूँगा"],
    "mr": ["तुम्ही म्हणालात हे शेवटचं पेमेंट आहे", "माझ्याकडे अजून पैसे नाहीत", "माझे पैसे परत करा", "मी पोलिसात तक्रार करणार"],
    "ml": ["tumhi mhanalat he shevatcha payment ahe", "majhyakade ajun paise nahit", "majhe paise parat kara", "mi police madhe takrar karnar"],
}


def victim_close(x: Ctx, v: str, s: str, pay_bank: dict | None = None, push_bank: dict | None = None, fall_p: float = 0.35) -> None:
    """End of many scams: the victim refuses, doubts, or pays (sometimes more than once)."""
    rng = x.rng
    r = rng.random()
    if r < fall_p:
        x.say(v, V_PAID, gap="slow")
        if push_bank and C.chance(rng, 0.7):
            x.slots["amt"] = _inr(x, 2000, 60000)
            x.say(s, push_bank, at=0.6 + 0.4 * rng.random())
            x.say(v, V_AFTER_LOSS, mood="sad")
            if C.chance(rng, 0.5):
                x.say(s, push_bank, at=0.7 + 0.3 * rng.random())
                x.say(v, V_AFTER_LOSS if C.chance(rng, 0.6) else V_REFUSE)
    elif r < fall_p + 0.3:
        x.say(v, V_DOUBT)
        if pay_bank:
            x.say(s, pay_bank, at=0.5 + 0.5 * rng.random())
        if C.chance(rng, 0.5):
            x.say(v, V_REFUSE)
    else:
        x.say(v, V_REFUSE, mood="angry")


# ---------------------------------------------------------------------------
# task / job scams
# ---------------------------------------------------------------------------

TJ_HOOK = {
    "en": [
        "Hello {dear|sir|ma'am}, I am <sname> from {<company> HR team|<company> recruitment|<company> digital marketing}. We are offering {a part time job|part-time work from home|an online job} {where you can earn|with daily income of} <daily> per day. {Interested?|Are you interested?|Would you like to know more?}",
        "Hi! {Are you looking for|Want} part time {work|income}? {Just|Simply} like YouTube videos and earn {₹50|Rs 50|₹40|₹70} per like. {Daily payment|Instant payment} to your bank. {Reply YES|Interested?}",
        "Good {morning|afternoon}, this is <sname> from <company>. {We got your resume from|Your profile was shortlisted on} {Naukri|a job portal|LinkedIn}. We have {a simple|an easy} {home based|online} job: {rate hotels on Google Maps|like Instagram posts|subscribe YouTube channels|give 5 star reviews}. {Salary|Earning} <daily> daily.",
        "Congratulations! You have been selected for {our|a} {work from home|part-time} programme. {Only 10-15 minutes a day|Just 30 mins daily}, earn {₹2000-₹8000|₹3000 to ₹10000|Rs 1500-5000} daily. No investment {needed|required}. Reply to know more.",
        "Hi, I'm <sname> {from|working with} {an|a} {advertising|digital promotion|app ranking} agency. {We need people to|Our clients pay us to} {boost|increase} likes on {YouTube|Google reviews|app store}. You get paid for every task. {Can I explain?|Shall I tell you more?}",
        "Dear candidate, {<company>|Amazon partner agency|our company} is hiring {housewives, students and freelancers|part timers}. {Salary|Earnings} <daily>/day. {Work on mobile only|Only a smartphone needed}. Interested?",
    ],
    "hl": [
        "Hello {sir|ma'am|dear}, main <sname> <company> se. Hum part time job de rahe hai, ghar baithe <daily> roz kama sakte ho. Interested ho?",
        "Hi, part time kaam chahiye? Sirf YouTube video like karo aur har like ka {₹50|50 rs} milega. Payment turant bank me.",
        "Namaste, aapka resume {Naukri|job portal} pe mila. Ek simple online kaam hai, {Google pe hotel rating dena|Instagram posts like karna|YouTube channel subscribe karna}. Roz <daily> tak kama sakte ho.",
        "Ghar baithe kamai karo! Roz sirf {aadha ghanta|30 min} kaam, {2000-8000|3000-10000} daily. Koi investment nahi. Details ke liye reply karo",
        "Hello ji, hamari company me {housewife, students|koi bhi} part time kaam kar sakte hai, mobile se. Roz ka payment <daily>. Batau details?",
    ],
    "hi": [
        "नमस्ते, मैं <company> से <sname> बोल रही हूँ। हम पार्ट टाइम जॉब दे रहे हैं, घर बैठे रोज़ <daily> कमा सकते हैं। क्या आप इच्छुक हैं?",
        "घर बैठे कमाई! सिर्फ यूट्यूब वीडियो लाइक करें और हर लाइक पर ₹50 पाएं। पेमेंट तुरंत बैंक में।",
        "आपका रिज्यूमे जॉब पोर्टल पर मिला। एक आसान ऑनलाइन काम है, होटल को रेटिंग देना। रोज़ <daily> तक कमाई।",
    ],
    "mr": [
        "नमस्कार, मी <company> मधून <sname>. आम्ही पार्ट टाइम जॉब देत आहोत, घरी बसून रोज <daily> कमवू शकता. इंटरेस्ट आहे का?",
        "घरबसल्या कमाई! फक्त यूट्यूब व्हिडिओ लाईक करा आणि प्रत्येक लाईकला ₹50 मिळवा.",
        "तुमचा रिज्युम जॉब पोर्टलवर मिळाला. एक सोपं ऑनलाइन काम आहे, रोज <daily> पर्यंत कमाई.",
    ],
    "ml": [
        "Namaskar, mi <company> madhun <sname>. Part time job ahe, gharun roj <daily> kamvu shakta. Interest ahe ka?",
        "Gharbaslya kamai! Fakt YouTube video like kara ani pratyek like la ₹50 milva.",
    ],
}
TJ_EXPLAIN = {
    "en": [
        "{It's very simple.|Very easy.} I'll send you {3|4|5} {YouTube|video} links, you {like and subscribe|like them}, send screenshot, and get {₹150|₹200|₹210} {instantly|immediately}.",
        "Just open this link, {subscribe the channel|give 5 stars to the hotel|like the post} and send me the screenshot. {Each task pays ₹50.|You get ₹50 per task.} // <link>",
        "First do {3|2} free tasks {to check|as trial}. After that {I will add you to|you join} our Telegram group {for more tasks|where receptionist gives daily tasks}.",
        "{Your salary|Payment} will come to your bank account {same day|within 5 minutes}. Please share your {UPI ID|account number} for payment.",
        "{Step 1|First}: like the video. {Step 2|Then}: screenshot. {Step 3|Then}: send to me. That's all {ma'am|sir|dear} 😊",
    ],
    "hl": [
        "Bahut simple hai. Main aapko {3|4} YouTube link bhejungi, like karke screenshot bhejna, turant {₹150|₹200} milenge.",
        "Ye link kholo, {channel subscribe karo|hotel ko 5 star do|post like karo} aur screenshot bhejo. Har task ka 50 rupay. // <link>",
        "Pehle {2|3} free task karo trial ke liye. Phir Telegram group me add karungi, wahan receptionist roz task deti hai.",
        "Payment usi din bank me aa jayega. Apna UPI ID bhejo payment ke liye.",
    ],
    "hi": [
        "बहुत आसान है। मैं आपको 3 लिंक भेजूँगी, लाइक करके स्क्रीनशॉट भेजिए, तुरंत ₹150 मिलेंगे।",
        "पहले दो फ्री टास्क कीजिए। फिर टेलीग्राम ग्रुप में जोड़ देंगे, वहाँ रोज़ टास्क मिलते हैं।",
        "पेमेंट के लिए अपनी यूपीआई आईडी भेजिए।",
    ],
    "mr": [
        "खूप सोपं आहे. मी ३ लिंक पाठवते, लाईक करून स्क्रीनशॉट पाठवा, लगेच ₹150 मिळतील.",
        "आधी दोन फ्री टास्क करा. मग टेलिग्राम ग्रुपमध्ये ॲड करू, तिथे रोज टास्क मिळतात.",
    ],
    "ml": [
        "Khup sopa ahe. Mi 3 link pathavte, like karun screenshot pathva, lagech ₹150 miltil.",
        "Adhi don free task kara. Mag Telegram group madhe add karu.",
    ],
}
TJ_V_FIRST = {
    "en": ["done, sent screenshots", "ok did all 3", "done. {here's|sending} my upi <vupi>", "liked them, check", "got ₹150, thanks!", "wow received {it|the money} already", "ok received. what next?"],
    "hl": ["kar diya, screenshot bheje", "teeno ho gaye", "ye lo mera upi <vupi>", "₹150 aa gaye, thanks", "arre sach me paise aa gaye", "ok mil gaya, ab aage?"],
    "hi": ["कर दिया, स्क्रीनशॉट भेजे", "₹150 आ गए, धन्यवाद", "मेरी यूपीआई <vupi>"],
    "mr": ["केलं, स्क्रीनशॉट पाठवले", "₹150 आले, धन्यवाद", "माझा यूपीआय <vupi>"],
    "ml": ["kela, screenshot pathavle", "₹150 ale, thanks", "majha upi <vupi>"],
}
TJ_PREPAID = {
    "en": [
        "Now you are eligible for {the|our} {merchant task|VIP task|prepaid task}. Invest <amt> and get <ret> back {in 30 minutes|within an hour|today itself}. {It's 30% profit.|Commission is 30%.}",
        "{Dear|Sir}, next is a {prepaid|welfare|merchant} task. You need to {deposit|recharge} <amt> {to unlock|for} {the|this} order, you will get <ret> with commission.",
        "{Our|The} receptionist will guide you in Telegram. Join here: <tlink> // {Send code|Tell her your code} <code> to {get|receive} tasks.",
        "This is a combination task. {Your|The} account shows negative balance, please {clear|top up} <amt> to complete and withdraw {everything|your full amount of <ret>}.",
        "You made a mistake in task {14|17|22|9}, so the system {froze|locked} your account. To {unfreeze|recover} it pay <amt> {as correction fee|as security}. {All|Your} money will be {refunded|returned} with profit.",
        "Everyone in the group {is doing|completed} it, see screenshots. {Last chance|Slots are limited} for today.",
    ],
    "hl": [
        "Ab aap {merchant task|VIP task|prepaid task} ke liye eligible ho. <amt> invest karo aur {30 min|1 ghante} me <ret> wapas milega.",
        "Agla task prepaid hai. <amt> recharge karna hoga, commission ke saath <ret> milenge.",
        "Telegram pe receptionist guide karegi. Yahan join karo: <tlink> // code bolna <code>",
        "Aapse task {14|17|9} me galti hui, account freeze ho gaya. Unfreeze ke liye <amt> bharo, sab paisa profit ke saath wapas milega.",
        "Group me sab log kar rahe hai, screenshot dekho. Aaj last chance hai.",
    ],
    "hi": [
        "अब आप प्रीपेड टास्क के लिए योग्य हैं। <amt> निवेश करें और 30 मिनट में <ret> वापस पाएं।",
        "आपसे टास्क में गलती हुई, अकाउंट फ्रीज़ हो गया है। अनफ्रीज़ के लिए <amt> जमा करें।",
        "टेलीग्राम पर रिसेप्शनिस्ट गाइड करेगी: <tlink>",
    ],
    "mr": [
        "आता तुम्ही प्रीपेड टास्कसाठी पात्र आहात. <amt> गुंतवा आणि ३० मिनिटांत <ret> परत मिळवा.",
        "तुमच्याकडून टास्कमध्ये चूक झाली, अकाउंट फ्रीझ झालं. अनफ्रीझसाठी <amt> भरा.",
    ],
    "ml": [
        "Ata tumhi prepaid task sathi eligible ahat. <amt> invest kara ani 30 min madhe <ret> parat milva.",
        "Tumchyakadun task madhe chuk jhali, account freeze jhala. <amt> bhara.",
    ],
}


def _sc_task_job(x: Ctx) -> None:
    rng = x.rng
    s = x.person("f" if C.chance(rng, 0.7) else "m", casual=0.2)
    v = x.person()
    x.slots.update(
        sname=C.first_name(rng, "f"), company=C.pick(rng, ("Sunrise Digital", "MediaPlus Solutions", "BrightAds", "Zenith Marketing", "Apex Promotions", "Nova Media", "TrendUp Agency", "StarReach Digital", "GlobeTask", "Skyline Ads")),
        daily=C.pick(rng, ("₹3000-₹5000", "₹2000 to ₹8000", "Rs 4000", "₹5,000", "₹1500-₹3500")), link=fake_link(rng), tlink=fake_link(rng, "telegram"),
        vupi=C.upi_id(rng, v), code=f"{C.pick(rng, ('A', 'B', 'V', 'T', 'M'))}{rng.randrange(100, 999)}",
    )
    x.say(s, TJ_HOOK, gap="chat")
    if C.chance(rng, 0.12):
        return  # single unsolicited message
    x.say(v, V_WHO if C.chance(rng, 0.4) else V_OK)
    if C.chance(rng, 0.15):
        x.say(v, V_REFUSE)
        return
    for at in stages(rng, rng.randrange(1, 3), 0.0, 0.8):
        x.say(s, TJ_EXPLAIN, gap="quick", at=at)
        if C.chance(rng, 0.3):
            x.say(v, V_OK)
    x.say(v, TJ_V_FIRST, gap="slow")
    if C.chance(rng, 0.4):
        x.say(s, {"en": ["{Very good|Great} {dear|ma'am|sir}! {You|Your} {₹150|commission} {is|has been} {sent|credited}. {Check your account|Please check}.", "{Well done|Good job}, payment sent ✅"], "hl": ["Bahut badhiya! ₹150 bhej diye, check karo", "Well done, payment ho gaya ✅"], "hi": ["बहुत बढ़िया! ₹150 भेज दिए ✅"], "mr": ["छान! ₹150 पाठवले ✅"]})
        x.say(v, TJ_V_FIRST)
    steps = rng.randrange(1, 5)
    amt = C.round_amount(rng, 1000, 10000)
    for at in stages(rng, steps):
        x.slots["amt"] = C.format_inr(rng, amt, x.lang)
        x.slots["ret"] = C.format_inr(rng, int(amt * C.pick(rng, (1.3, 1.4, 1.5))), x.lang)
        x.say(s, TJ_PREPAID, at=at)
        if C.chance(rng, 0.3):
            x.say(s, TJ_PREPAID, gap="quick")
        r = rng.random()
        if r < 0.45:
            x.say(v, V_PAID, gap="slow")
            amt = C.round_amount(rng, amt * 2, amt * 4)
        elif r < 0.75:
            x.say(v, V_DOUBT)
        else:
            x.say(v, V_REFUSE)
            return
    x.say(v, V_AFTER_LOSS, mood="sad")


# ---------------------------------------------------------------------------
# pig-butchering / wrong-number investment
# ---------------------------------------------------------------------------

PB_WRONG = {
    "en": [
        "Hi, is this {Mr. <fake>|<fake>}? {We met at the|I got your number at the} {conference|yoga class|wedding} {last week|in Goa}",
        "Hello, {are you free for|is tomorrow ok for} {golf|the dinner|the meeting} on {Sunday|Saturday}?",
        "Hi <fake>, {long time no see|it's me}! {How is your|How's} {family|new job}?",
        "Hey, {did you reach home safely?|is the apartment viewing still on?}",
        "Good evening, {I'm the|this is} {interior designer|tailor|tutor} you {asked about|spoke to}, when can we meet?",
    ],
    "hl": ["Hi, kya ye <fake> ka number hai?", "Hello, kal meeting confirm hai na?", "Hi <fake>, kaise ho? Bahut din ho gaye", "Hello, ghar pahunch gaye?"],
    "hi": ["नमस्ते, क्या ये <fake> जी का नंबर है?", "हेलो, कल की मीटिंग पक्की है ना?"],
    "mr": ["नमस्कार, हा <fake> यांचा नंबर आहे का?", "हॅलो, उद्याची मीटिंग नक्की आहे ना?"],
    "ml": ["Hi, ha <fake> cha number ahe ka?", "Hello, udyachi meeting nakki ahe na?"],
}
PB_WRONG_V = {
    "en": ["wrong number", "sorry, wrong number", "I think you have the wrong number", "no, this is not <fake>", "nope, wrong person"],
    "hl": ["wrong number hai", "sorry galat number", "main <fake> nahi hu", "nahi ji, galat number"],
    "hi": ["गलत नंबर है", "माफ़ कीजिए, गलत नंबर"],
    "mr": ["चुकीचा नंबर आहे", "नाही, मी <fake> नाही"],
    "ml": ["chukicha number ahe", "nahi, mi <fake> nahi"],
}
PB_SORRY = {
    "en": ["Oh I'm so sorry for disturbing you. {Maybe my friend gave me wrong digits.|My secretary must have saved it wrong.} {But it's nice to meet you|Anyway nice talking to you} 😊 {Where are you from?|Can we be friends?}",
           "Sorry! {My mistake.|Oops.} {You seem very polite though.|You are very kind to reply.} I'm <sname>, {I work in|I'm from} {Singapore|Dubai|Hong Kong|Bangalore}. {And you?|What do you do?}"],
    "hl": ["Oh sorry disturb kiya. Shayad dost ne galat number diya. Lekin aap bahut polite ho 😊 kahan se ho?", "Sorry meri galti. Main <sname>, {Dubai|Singapore|Bangalore} me kaam karti hu. Aap?"],
    "hi": ["ओह माफ़ कीजिए, शायद दोस्त ने गलत नंबर दिया। वैसे आपसे बात करके अच्छा लगा, आप कहाँ से हैं?"],
    "mr": ["अरे सॉरी, कदाचित मित्राने चुकीचा नंबर दिला. पण तुम्ही खूप नम्र आहात 😊 कुठून आहात?"],
    "ml": ["Arey sorry, kadachit mitrane chukicha number dila. Pan tumhi khup polite ahat 😊 kuthun ahat?"],
}
PB_LIFE = {
    "en": [
        "{Just finished|Back from} {yoga|gym|my morning run}. {Now having|Making} {green tea|a smoothie}. {What about you?|Have you eaten?}",
        "I {run a small|manage my family's} {boutique|jewellery|import} business, and in free time I do {crypto trading|some trading}. {It gives me freedom.|It's my passion.}",
        "{Today|This week} I made {good profit|12% profit} {on|from} {BTC|a gold contract|USDT futures} 😄 {My uncle|My aunt|My mentor} {works at|is an analyst at} {a big exchange|a fund} and gives me {insider tips|signals}.",
        "{Life is short|Money should work for us}, {I believe in|I always say} financial freedom {is important|first}.",
        "{Good morning|Morning} {dear|friend}! {Have a nice day|Don't skip breakfast} ☀️",
        "{Sent you|Here's} a photo of my {lunch|dog|view from office} {haha|😊}",
    ],
    "hl": [
        "Abhi yoga karke aayi, green tea pi rahi hu. Aapne khana khaya?",
        "Mera chhota {boutique|import} business hai, free time me crypto trading karti hu.",
        "Aaj {BTC|gold} me achha profit hua 😄 mere uncle ek badi exchange me analyst hai, wo tips dete hai.",
        "Good morning dost! Nashta zaroor karna ☀️",
        "Financial freedom bahut zaroori hai life me, paisa humare liye kaam kare.",
    ],
    "hi": ["अभी योगा करके आई, ग्रीन टी पी रही हूँ। आपने खाना खाया?", "आज गोल्ड ट्रेडिंग में अच्छा मुनाफ़ा हुआ 😄 मेरे अंकल एक बड़ी कंपनी में एनालिस्ट हैं।", "सुप्रभात दोस्त! नाश्ता ज़रूर करना ☀️"],
    "mr": ["आत्ताच योगा करून आले, ग्रीन टी घेतेय. तुम्ही जेवलात का?", "आज गोल्ड ट्रेडिंगमध्ये चांगला नफा झाला 😄 माझे काका मोठ्या कंपनीत ॲनालिस्ट आहेत."],
    "ml": ["Atta yoga karun ale, green tea ghetey. Tumhi jevlat ka?", "Aaj gold trading madhe changla nafa jhala 😄 majhe kaka analyst ahet."],
}
PB_PITCH = {
    "en": [
        "If you want, I can teach you. {Just|Only} open an account on <app>, {it's a|very} {regulated|safe} platform. {Start with small amount|Start with <amt> only}.",
        "{My uncle|My mentor} will give a signal {at 8 pm|tonight|tomorrow at 2}. {Buy exactly when I say|Follow my instruction exactly} and you'll {see|get} {20%|15%|30%} {return|profit} {in one hour|same day}.",
        "Don't use {Binance|normal apps}, {the fees are high|they're slow}. Use <app>, {deposit USDT to this address|their customer service will give you a deposit address}: <wallet>",
        "{See|Check} my {profit screenshot|account}, {last month|this month} I {made|earned} {8 lakh|₹12 lakh|$15,000}.",
        "You can {buy USDT from|convert rupees via} {a P2P seller|the agent} {on UPI|through UPI}: <upi>. Then {deposit|transfer} to the platform.",
    ],
    "hl": [
        "Aap chaho to main sikha sakti hu. <app> pe account kholo, safe platform hai. Sirf <amt> se start karo.",
        "Uncle aaj {8 baje|raat ko} signal denge. Jab bolu tab buy karna, ek ghante me {20%|30%} profit.",
        "Binance mat use karo, fees zyada hai. <app> use karo, is address pe USDT deposit karo: <wallet>",
        "Mera profit screenshot dekho, pichhle mahine {8 lakh|12 lakh} kamaye.",
        "USDT UPI se le sakte ho agent se: <upi>",
    ],
    "hi": ["आप चाहें तो मैं सिखा सकती हूँ। <app> पर अकाउंट खोलिए, सिर्फ <amt> से शुरू करें।", "आज रात अंकल सिग्नल देंगे, एक घंटे में 20% मुनाफ़ा।"],
    "mr": ["तुम्हाला हवं तर मी शिकवते. <app> वर अकाउंट उघडा, फक्त <amt> पासून सुरुवात करा.", "आज रात्री काका सिग्नल देतील, एका तासात २०% नफा."],
    "ml": ["Tumhala hava tar mi shikavte. <app> var account ughda, fakt <amt> pasun suru kara.", "Aaj ratri kaka signal detil, eka tasat 20% nafa."],
}
PB_PROFIT_V = {
    "en": ["wow it shows {profit|₹<ret>} already", "ok I deposited <amt>", "it worked! balance is up", "nice, how do I withdraw?", "I want to withdraw now", "can I put more?"],
    "hl": ["wow profit dikha raha hai", "<amt> deposit kar diya", "chal gaya! balance badh gaya", "withdraw kaise karu?", "ab withdraw karna hai"],
    "hi": ["वाह, मुनाफ़ा दिख रहा है", "<amt> जमा कर दिया", "अब निकालना है, कैसे करूँ?"],
    "mr": ["वा, नफा दिसतोय", "<amt> जमा केले", "आता काढायचे आहेत, कसे?"],
    "ml": ["wa, nafa distoy", "<amt> jama kela", "ata withdraw karaycha ahe, kasa?"],
}
PB_FEE = {
    "en": [
        "To withdraw you need to pay {20%|15%} {tax|withdrawal fee|security deposit} first: <amt>. {It's the platform rule.|Platform rule dear.}",
        "Customer service says your account {is under review|needs VIP upgrade} because {profit is high|amount is large}. Pay <amt> {to upgrade|to release funds}.",
        "{Dear|Don't worry}, {everyone|I also} paid the {tax|fee} {once|before withdrawal}. After that {money comes in 24 hours|you can withdraw anytime}.",
        "{Your credit score dropped|There is a margin call}, you have to {deposit|top up} <amt> or {you'll lose everything|the funds will be frozen}.",
        "{I can lend you half|I'll add half from my side} because I trust you. You arrange <amt>.",
    ],
    "hl": [
        "Withdraw ke liye pehle {20%|15%} tax dena hoga: <amt>. Platform ka rule hai.",
        "Customer service bol raha hai account review me hai, <amt> bharo to release hoga.",
        "Maine bhi pehle fee bhari thi, uske baad 24 ghante me paisa aa gaya.",
        "Aadha main de deti hu kyunki aap pe bharosa hai. Aap <amt> arrange karo.",
    ],
    "hi": ["निकालने के लिए पहले 20% टैक्स देना होगा: <amt>।", "कस्टमर सर्विस कह रही है अकाउंट रिव्यू में है, <amt> भरिए।"],
    "mr": ["काढण्यासाठी आधी २०% टॅक्स भरावा लागेल: <amt>.", "कस्टमर सर्विस म्हणतेय अकाउंट रिव्ह्यूमध्ये आहे, <amt> भरा."],
    "ml": ["Withdraw sathi adhi 20% tax bharava lagel: <amt>.", "Customer service mhantey account review madhe ahe, <amt> bhara."],
}


def _sc_pig_butchering(x: Ctx, wrong_number: bool) -> None:
    rng = x.rng
    s = x.person("f" if C.chance(rng, 0.75) else "m", casual=0.2)
    v = x.person()
    x.slots.update(
        fake=C.first_name(rng), sname=C.first_name(rng, "f"),
        app=C.pick(rng, ("CoinVault Pro", "BitNova", "GoldFX Max", "TradeOne", "ExaCoin", "NovaX Exchange", "Aurex Global", "ZenTrade")) + (" (" + fake_link(rng, "app") + ")" if C.chance(rng, 0.5) else ""),
        wallet=C.usdt_wallet(rng), upi=C.upi_id(rng), amt=_inr(x, 5000, 50000), ret=C.indian_grouping(C.round_amount(rng, 6000, 90000)),
    )
    if wrong_number:
        x.say(s, PB_WRONG)
        x.say(v, PB_WRONG_V)
        x.say(s, PB_SORRY)
        if C.chance(rng, 0.15):
            x.say(v, V_REFUSE)
            return
    else:
        x.say(s, PB_LIFE)
    n_build = rng.randrange(1, 14)
    for _ in range(n_build):
        if C.chance(rng, 0.5):
            x.small_talk(s, v, 1)
        else:
            x.say(s, PB_LIFE, gap=C.pick(rng, ("slow", "pause", "day")))
            x.say(v, V_OK if C.chance(rng, 0.6) else {"en": ["nice", "haha", "good for you", "oh nice", "cool", "wow"], "hl": ["wah", "nice", "haha", "mast"], "hi": ["वाह", "अच्छा है"], "mr": ["वा", "छान"], "ml": ["wa", "chan"]})
    x.say(s, PB_PITCH, gap="day", at=0.0)
    x.say(v, V_DOUBT if C.chance(rng, 0.4) else V_OK)
    for at in stages(rng, rng.randrange(1, 4), 0.2):
        x.say(s, PB_PITCH, at=at)
        if C.chance(rng, 0.5):
            x.say(v, V_OK if C.chance(rng, 0.6) else V_DOUBT)
    if C.chance(rng, 0.2):
        x.say(v, V_REFUSE)
        return
    x.say(v, PB_PROFIT_V, gap="slow")
    x.slots["amt"] = _inr(x, 10000, 300000)
    x.say(s, PB_FEE, gap="slow")
    victim_close(x, v, s, PB_FEE, PB_FEE, fall_p=0.4)


# ---------------------------------------------------------------------------
# romance money request (no threats)
# ---------------------------------------------------------------------------

RM_SWEET = {
    "en": ["Good morning my {love|dear|sweetheart} ❤️ {did you sleep well?|I dreamt of you}", "I can't stop thinking about you {honey|darling}", "{You make me so happy|Talking to you is the best part of my day} 😘", "I miss you {so much|a lot}, when will we finally meet?", "{Soon|In two months} I'll {come to India|finish my contract} and we'll be together", "Have you eaten, my {love|dear}?", "{My heart is yours|You are my everything} ❤️"],
    "hl": ["Good morning jaan ❤️ neend achhi aayi?", "Tumhari bahut yaad aati hai", "Tumse baat karke din ban jaata hai 😘", "Kab milenge hum finally?", "Jaldi India aaunga aur hum saath honge", "Khana khaya meri jaan?"],
    "hi": ["सुप्रभात मेरी जान ❤️", "तुम्हारी बहुत याद आती है", "जल्दी भारत आऊँगा और हम साथ होंगे"],
    "mr": ["गुड मॉर्निंग माझ्या प्रिये ❤️", "तुझी खूप आठवण येते", "लवकरच भारतात येईन आणि आपण एकत्र असू"],
    "ml": ["Good morning majhya priye ❤️", "tujhi khup athvan yete", "lavkarach India la yein ani apan ektra asu"],
}
RM_SWEET_V = {
    "en": ["miss you too ❤️", "good morning ☺️", "me too", "can't wait to meet you", "you're sweet", "when are you coming?"],
    "hl": ["miss you too ❤️", "good morning ☺️", "mujhe bhi", "kab aaoge?", "tum bahut sweet ho"],
    "hi": ["मुझे भी ❤️", "कब आओगे?"], "mr": ["मलाही ❤️", "कधी येणार?"], "ml": ["malahi ❤️", "kadhi yenar?"],
}
RM_EMERG = {
    "en": [
        "{Baby|Honey} I'm in trouble. {My daughter|My mother} {is in hospital|had an accident} and my {cards are blocked|account is frozen} here. {Can you help me with|I need} <amt>? I'll return it {when I land|next week}.",
        "I {sent|shipped} you a gift {box|parcel} with {gold jewellery|an iPhone and pounds}, but customs at Delhi {is asking|wants} <amt> {clearance fee|duty}. {Please pay them|Kindly pay}, the agent will contact you.",
        "{My visa|My ticket to India} is stuck, {the embassy needs|agent needs} <amt> {for processing|urgently}. {I'm so embarrassed to ask|I have nobody else to ask} 🥺",
        "I'm on the {oil rig|ship|UN mission} and can't access my bank. {Just this once|Only this time} please send <amt> to {my agent|this account}: <acct> IFSC <ifsc>",
        "{The hospital won't start treatment|They won't release my salary} without <amt>. {Please love|I promise I'll pay you back double}.",
    ],
    "hl": [
        "Jaan main problem me hu. {Mummy|Beti} hospital me hai aur mera card block ho gaya. <amt> help kar sakti ho? Aate hi lauta dunga.",
        "Maine tumhe gift parcel bheja tha, Delhi customs <amt> clearance fee maang raha hai. Please bhar do, agent call karega.",
        "Mera visa atka hua hai, embassy <amt> maang rahi hai. Kisi aur se nahi maang sakta 🥺",
        "Ship pe hu, bank access nahi hai. Bas is baar <amt> is account me bhej do: <acct> IFSC <ifsc>",
    ],
    "hi": ["जान, मैं मुसीबत में हूँ। माँ अस्पताल में है और मेरा कार्ड ब्लॉक है। <amt> मदद कर सकती हो?", "तुम्हारे लिए गिफ्ट पार्सल भेजा था, कस्टम वाले <amt> मांग रहे हैं।"],
    "mr": ["मी अडचणीत आहे, आई हॉस्पिटलमध्ये आहे आणि माझं कार्ड ब्लॉक आहे. <amt> मदत करशील का?", "तुझ्यासाठी गिफ्ट पार्सल पाठवलं होतं, कस्टमवाले <amt> मागत आहेत."],
    "ml": ["Mi adchanit ahe, aai hospital madhe ahe ani card block ahe. <amt> madat karshil ka?", "Tujhyasathi gift parcel pathavla, customs vale <amt> magat ahet."],
}
RM_CUSTOMS = {
    "en": ["Hello, this is {Delhi|Mumbai} airport customs {department|clearance}. A parcel from <sname> is {held|pending} in your name. Pay <amt> {duty|clearance charges} to release. {UPI|Account}: <upi>", "Madam your parcel contains {foreign currency|gold items}, {penalty|anti-money laundering charge} <amt> must be paid today."],
    "hl": ["Namaste, main airport customs se. Aapke naam pe <sname> ka parcel aaya hai. <amt> duty bharo release ke liye: <upi>"],
    "hi": ["नमस्ते, मैं एयरपोर्ट कस्टम विभाग से। आपके नाम पार्सल आया है, <amt> ड्यूटी भरें: <upi>"],
    "mr": ["नमस्कार, मी एअरपोर्ट कस्टम विभागातून. तुमच्या नावाने पार्सल आलं आहे, <amt> ड्युटी भरा: <upi>"],
}


RM_DOUBT = {
    "en": ["we've never even met and you're asking for money?", "I don't have that kind of money", "why can't your friends there help you?", "every time something happens you need money", "send me a photo of the hospital bill first", "my sister says this sounds like a scam"],
    "hl": ["hum kabhi mile bhi nahi aur tum paise maang rahe ho?", "mere paas itne paise nahi hai", "wahan tumhare dost help nahi kar sakte?", "har baar tumhe paise hi chahiye", "pehle hospital ka bill bhejo", "meri behen bol rahi hai ye scam hai"],
    "hi": ["हम कभी मिले भी नहीं और तुम पैसे माँग रहे हो?", "मेरे पास इतने पैसे नहीं हैं", "पहले अस्पताल का बिल भेजो"],
    "mr": ["आपण कधी भेटलो पण नाही आणि तू पैसे मागतोस?", "माझ्याकडे एवढे पैसे नाहीत", "आधी हॉस्पिटलचं बिल पाठव"],
    "ml": ["apan kadhi bhetlo pan nahi ani tu paise magtos?", "majhyakade evdhe paise nahit"],
}


def _sc_romance(x: Ctx) -> None:
    rng = x.rng
    s = x.person("m" if C.chance(rng, 0.7) else "f", casual=0.3)
    v = x.person()
    acct, ifsc = C.bank_account(rng)
    x.slots.update(sname=C.first_name(rng), amt=_inr(x, 15000, 300000), acct=acct, ifsc=ifsc, upi=C.upi_id(rng))
    for _ in range(rng.randrange(1, 6)):
        x.say(s, RM_SWEET, gap=C.pick(rng, ("chat", "slow", "day")), mood="flirt")
        x.say(v, RM_SWEET_V, mood="flirt")
        if C.chance(rng, 0.3):
            x.small_talk(v, s)
    x.say(s, RM_EMERG, gap="day", mood="sad")
    gift = C.chance(rng, 0.3)
    r = rng.random()
    if r < 0.4:
        x.say(v, {"en": ["oh no, are you ok?", "don't worry, I'll try", "how much exactly?", "send me the details"], "hl": ["arre, tum theek ho?", "tension mat lo, try karti hu", "kitna chahiye exactly?"], "hi": ["अरे, तुम ठीक हो?"], "mr": ["अरे, तू ठीक आहेस ना?"]})
        if gift:
            o = x.official(("Customs Officer", "Airport Cargo Desk", C.phone(rng)))
            x.say(o, RM_CUSTOMS, gap="slow")
        x.say(v, V_PAID, gap="slow")
        if C.chance(rng, 0.6):
            x.slots["amt"] = _inr(x, 20000, 200000)
            x.say(s, RM_EMERG, gap="day")
            x.say(v, V_AFTER_LOSS)
    elif r < 0.75:
        x.say(v, RM_DOUBT)
        x.say(s, {"en": ["{Don't you trust me?|After everything, you doubt me?} 😢", "I thought you loved me", "I'll return it, I swear on my mother"], "hl": ["Tumhe mujhpe bharosa nahi? 😢", "Maine socha tum mujhse pyaar karti ho"], "hi": ["तुम्हें मुझ पर भरोसा नहीं? 😢"], "mr": ["तुझा माझ्यावर विश्वास नाही? 😢"]}, mood="sad")
        x.say(v, V_REFUSE if C.chance(rng, 0.5) else RM_DOUBT)
    else:
        x.say(v, {"en": ["let's video call first, then I'll decide", "why do you always need money", "you never turn on your camera. I don't think you're real"], "hl": ["pehle video call karo phir sochungi", "tum hamesha paise kyun maangte ho", "tum kabhi camera on nahi karte"], "hi": ["पहले वीडियो कॉल करो फिर सोचूँगी"], "mr": ["आधी व्हिडिओ कॉल कर मग बघते"]})
        x.say(s, {"en": ["{My camera is broken|Network is bad here} dear", "Calls not allowed on the {rig|base}", "Soon, I promise"], "hl": ["Camera kharab hai jaan", "Yahan network nahi hai", "Jaldi karunga promise"], "hi": ["कैमरा खराब है"], "mr": ["कॅमेरा खराब आहे"]})


# ---------------------------------------------------------------------------
# digital arrest / courier parcel
# ---------------------------------------------------------------------------

DA_COURIER = {
    "en": [
        "This is {an automated call|a message} from <courier>. Your parcel {to|from} {Taiwan|Iran|Thailand|Cambodia} has been {seized|held} by customs. {Press 9|Reply 1} to speak to {our executive|customer care}.",
        "{Hello sir|Madam}, I'm calling from <courier> {Mumbai|Andheri} branch. A parcel {booked|sent} in your name {using your Aadhaar|with your ID} contains {5 passports, 3 credit cards and 200 grams MDMA|illegal drugs and fake passports|140 grams of narcotics}. Tracking no <track>.",
        "Your {Aadhaar|mobile number} is {linked to|used in} {a parcel with drugs|money laundering case|illegal SIM cards}. {We are connecting|I'm transferring} you to {Mumbai Cyber Crime|the narcotics department|CBI}.",
    ],
    "hl": [
        "Main <courier> Mumbai se bol raha hu. Aapke Aadhaar se ek parcel book hua hai jisme {drugs aur fake passport|MDMA|illegal items} mile hai. Tracking <track>.",
        "Aapka Aadhaar ek money laundering case me use hua hai. Call {narcotics department|cyber crime branch} ko transfer kar rahe hai.",
    ],
    "hi": ["मैं <courier> मुंबई से बोल रहा हूँ। आपके आधार से बुक पार्सल में ड्रग्स और नकली पासपोर्ट मिले हैं। ट्रैकिंग <track>।", "आपका आधार मनी लॉन्ड्रिंग केस में इस्तेमाल हुआ है। कॉल क्राइम ब्रांच को ट्रांसफर कर रहे हैं।"],
    "mr": ["मी <courier> मुंबईतून बोलतोय. तुमच्या आधारवर बुक झालेल्या पार्सलमध्ये ड्रग्स आणि बनावट पासपोर्ट सापडले आहेत.", "तुमचा आधार मनी लाँड्रिंग केसमध्ये वापरला आहे."],
    "ml": ["Mi <courier> Mumbai madhun boltoy. Tumchya Aadhaar var parcel madhe drugs sapadle ahet. Tracking <track>."],
}
DA_OFFICER = {
    "en": [
        "I am {Inspector|Sub-Inspector|DCP|Officer} <oname> from {Mumbai Police cyber cell|CBI|Narcotics Control Bureau|ED}. {Your name has come up|You are a suspect} in case {no.|number} <case>. {Join|Come on} {Skype|WhatsApp} video call {immediately|now} for statement.",
        "{From now|As of now} you are under digital arrest. {Do not disconnect the video call|Keep your camera on at all times}, {do not tell anyone|don't inform family}, {this is a confidential investigation|national security matter}.",
        "{We will send|I'm sending} you the arrest warrant {on WhatsApp|by email}. {It has|Signed by} {Supreme Court|RBI} {seal|stamp}. {Read carefully.|Check it.}",
        "{To prove your innocence|For verification}, {transfer|move} all your {funds|savings} to the {RBI secure account|government verification account}. It will be {returned|refunded} within {24|48} hours after verification.",
        "{Don't go anywhere|Stay in the room}. {Our team is watching|You are under surveillance}. {If you disconnect|If you inform anyone}, {local police will arrest you|a team will reach your house} {in 2 hours|tonight}.",
        "{Your|The} verification amount is <amt>. {Account|A/c}: <acct>, IFSC <ifsc>. {Send receipt|Share screenshot} {after|once done}.",
        "{Break FD if needed.|Take a loan from the app if savings are not enough.} {This is your last chance to cooperate.|Time is running out.}",
    ],
    "hl": [
        "Main {Inspector|DCP} <oname> {Mumbai Police|CBI|NCB} se. Aapke khilaaf case <case> darj hai. Turant {Skype|WhatsApp} video call pe aao statement ke liye.",
        "Ab se aap digital arrest me ho. Video call band mat karna, kisi ko batana mat, ye confidential investigation hai.",
        "Arrest warrant WhatsApp pe bhej raha hu, Supreme Court ki mohar hai.",
        "Apni bekasoori prove karne ke liye saara paisa RBI verification account me transfer karo. 24 ghante me wapas aa jayega.",
        "Verification amount <amt> hai. Account: <acct>, IFSC <ifsc>. Receipt bhejna.",
        "Agar call kaata to local police 2 ghante me ghar pe aa jayegi.",
    ],
    "hi": [
        "मैं <oname>, {सीबीआई|मुंबई पुलिस|नारकोटिक्स विभाग} से। आपके खिलाफ केस <case> दर्ज है। तुरंत वीडियो कॉल पर आइए।",
        "अब आप डिजिटल अरेस्ट में हैं। कॉल मत काटिए, किसी को मत बताइए।",
        "अपनी बेगुनाही साबित करने के लिए सारे पैसे आरबीआई वेरिफिकेशन खाते में भेजिए: <acct>, IFSC <ifsc>",
    ],
    "mr": [
        "मी <oname>, {सीबीआय|मुंबई पोलीस} मधून. तुमच्यावर केस <case> दाखल आहे. लगेच व्हिडिओ कॉलवर या.",
        "आता तुम्ही डिजिटल अरेस्टमध्ये आहात. कॉल कट करू नका, कोणालाही सांगू नका.",
        "निर्दोष सिद्ध करण्यासाठी सर्व पैसे व्हेरिफिकेशन खात्यात पाठवा: <acct>, IFSC <ifsc>",
    ],
    "ml": ["Mi <oname>, CBI madhun. Tumchyavar case <case> ahe. Lagech video call var ya.", "Ata tumhi digital arrest madhe ahat. Call cut karu naka."],
}
DA_V = {
    "en": ["{Sir|Officer} I haven't sent any parcel", "I'm innocent, I don't know anything about this", "please sir, I'm scared, what should I do", "can I call my {husband|son|lawyer}?", "ok sir I'm on the call", "sir I have only <amt> in my account", "which police station is this?", "I will come to the police station in person", "why would police ask for money on video call?", "sir please don't arrest me"],
    "hl": ["Sir maine koi parcel nahi bheja", "main innocent hu sir", "sir darr lag raha hai, kya karu", "kya main apne {bete|husband} ko bata sakti hu?", "ok sir call pe hu", "mere account me sirf <amt> hai", "kaunsa police station hai ye?", "main khud thane aa jaunga", "police video call pe paise kyun maangegi?"],
    "hi": ["सर मैंने कोई पार्सल नहीं भेजा", "मैं बेकसूर हूँ सर", "डर लग रहा है, क्या करूँ", "मैं खुद थाने आ जाऊँगा"],
    "mr": ["सर मी कोणतंही पार्सल पाठवलं नाही", "मी निर्दोष आहे", "भीती वाटतेय, काय करू", "मी स्वतः पोलीस स्टेशनला येतो"],
    "ml": ["Sir mi kahi parcel pathavla nahi", "mi nirdosh ahe", "bhiti vatatey, kay karu"],
}


def _sc_digital_arrest(x: Ctx) -> None:
    rng = x.rng
    c = x.official(("Courier Helpdesk", "Customer Care", C.phone(rng), C.phone(rng)), casual=0.05)
    v = x.person()
    o = x.official((C.phone(rng), "Inspector " + C.surname(rng), "CBI Officer", "Cyber Cell", C.first_name(rng, "m") + " " + C.surname(rng)), casual=0.1)
    acct, ifsc = C.bank_account(rng)
    x.slots.update(courier=C.pick(rng, ("FedEx", "DHL", "Blue Dart", "Speed Post", "courier company")), track=f"{C.pick(rng, ('FX', 'DL', 'BD', 'IN'))}{rng.randrange(10**8, 10**9)}",
                   oname=C.first_name(rng, "m") + " " + C.surname(rng), case=f"{C.pick(rng, ('MH', 'CBI', 'NCB', 'ED'))}/{rng.randrange(100, 9999)}/{rng.randrange(2024, 2027)}",
                   amt=_inr(x, 50000, 2500000), acct=acct, ifsc=ifsc)
    x.say(c, DA_COURIER, at=0.0)
    if C.chance(rng, 0.1):
        return
    x.say(v, DA_V)
    x.say(c, DA_COURIER, at=0.6)
    for at in stages(rng, rng.randrange(2, 9)):
        x.say(o, DA_OFFICER, gap=C.pick(rng, ("quick", "chat")), at=at)
        if C.chance(rng, 0.6):
            x.say(v, DA_V, mood="scared")
    if C.chance(rng, 0.3):
        x.conv.say(o, C.pick(rng, ("Missed video call", "📹 Video call, 47 min", "Video call", "📹 Video call, 2 hr 10 min")), gap="quick", raw=True)
    victim_close(x, v, o, DA_OFFICER, DA_OFFICER, fall_p=0.35)


# ---------------------------------------------------------------------------
# KYC / electricity bill / SMS phishing (often single messages)
# ---------------------------------------------------------------------------

SMS_PHISH = {
    "en": [
        "Dear {Customer|User|customer}, your {SBI|HDFC|ICICI|Axis|PNB|bank} {account|YONO account|net banking} {will be blocked|has been suspended|is temporarily locked} {today|within 24 hrs} {due to|because of} {incomplete KYC|PAN not updated|suspicious activity}. {Update|Verify} {now|immediately}: <link>",
        "Dear Consumer, your electricity power will be disconnected {tonight|today} at {9:30|10:30|9.00} PM {because|as} your previous month bill was not updated. Please {immediately|urgently} contact our electricity officer <phone>. Thank you",
        "{Your|Ur} {parcel|shipment|package} {could not be delivered|is on hold} due to {incomplete address|unpaid customs fee of ₹25}. {Update details|Reschedule} here: <link>",
        "{Congrats|Congratulations}! {Your|Ur} {reward points|credit card points} worth {₹4,850|Rs 7,250|₹9,999} {expire today|are expiring}. Redeem {now|before midnight}: <link>",
        "Income Tax Dept: {You are eligible for|Your} {a refund|refund} of {₹15,490|Rs 18,760|₹12,300}. {Submit|Verify} your {account details|bank a/c} {to receive|within 24hrs}: <link>",
        "{ALERT|URGENT}: {Rs.|₹}{24,999|49,500|9,800} {debited|will be debited} from your a/c {XX4521|XX8890|XX1032}. {If not done by you|Not you?} {call|cancel at} <phone>",
        "Your {FASTag|Paytm|PhonePe} KYC {is expired|has expired}. {Complete|Update} KYC {to avoid|or face} {blocking|deactivation}: <link>",
        "{Hi|Hello}, your {Netflix|Amazon Prime|Jio} subscription {payment failed|is suspended}. {Update payment method|Renew now}: <link>",
        "Your {SIM|mobile number} will be {deactivated|blocked} {in 2 hours|today} {due to|for} {KYC verification pending|TRAI rules}. Call {customer care|TRAI officer} <phone>",
        "{Dear user|Dear customer}, you have {won|received} a {cashback|gift} of {₹2,000|₹5,000|Rs 1,500}. Click to {claim|receive}: <link>",
        "{USPS|Royal Mail|India Post}: {Your package|Parcel} is {waiting|held} at {the warehouse|our depot}. {Pay|A small fee of} {$1.99|£1.45|₹30} {is required|to redeliver}: <link>",
        "Your {Apple ID|Google account|bank card} has been {locked|used to sign in from a new device}. {If this wasn't you,|Not you?} verify {now|here}: <link>",
        "{PM Kisan|Govt scheme|Ration card}: {₹6000|₹3000} {subsidy|installment} {pending|on hold}. Complete e-KYC: <link>",
        "{Your|Ur} {traffic challan|e-challan} of {₹500|₹1000} is {pending|unpaid}. Pay {now|today} {to avoid court|or licence will be suspended}: <link>",
        "{Hey|Hi} it's {the HR|HR} team, {your salary|a bonus} {slip|letter} is {ready|waiting}, download: <link>",
        "{Dear|Hello} {Sir|Madam}, {your loan|pre-approved loan} of {₹5,00,000|₹2,50,000} is {approved|sanctioned}. {Pay|Just pay} {processing fee ₹2,999|₹1,499 file charge} {to disburse|today}: <upi>",
        "Hey! {Work from home|Part time job}, {earn|salary} {₹3000-₹7000|₹5,000} daily. {No experience needed.|Only 30 min a day.} WhatsApp: <phone>",
        "{You have won|Congratulations you won} {₹25,00,000|25 lakh rupees|£50,000} in the {KBC lucky draw|Jio lucky draw|UK national lottery}. {Contact|Call} {manager|lottery manager} <phone> {to claim|on WhatsApp}",
    ],
    "hl": [
        "Priya grahak, aapka {SBI|bank} account aaj band ho jayega KYC update nahi hone ki wajah se. Turant update kare: <link>",
        "Aapka bijli connection aaj raat {9:30|10 baje} kaat diya jayega kyunki pichhle mahine ka bill update nahi hua. Turant officer se sampark kare <phone>",
        "Badhai ho! Aapne KBC lucky draw me {25 lakh|₹25,00,000} jeete hai. Claim ke liye WhatsApp kare <phone>",
        "Aapke {PhonePe|Paytm} ka KYC expire ho gaya hai, abhi update kare warna account block: <link>",
        "Ghar baithe kamaye {₹3000-₹8000|5000} roz. Sirf mobile chahiye. WhatsApp kare <phone>",
        "Aapka loan {₹3,00,000|₹5 lakh} approve ho gaya hai. Processing fee {₹1999|₹2499} bhare: <upi>",
    ],
    "hi": [
        "प्रिय ग्राहक, आपका बैंक खाता आज बंद हो जाएगा क्योंकि केवाईसी अपडेट नहीं है। तुरंत अपडेट करें: <link>",
        "प्रिय उपभोक्ता, आज रात 9:30 बजे आपकी बिजली काट दी जाएगी क्योंकि पिछले महीने का बिल अपडेट नहीं है। तुरंत बिजली अधिकारी से संपर्क करें <phone>",
        "बधाई हो! आपने केबीसी लॉटरी में 25 लाख रुपये जीते हैं। दावा करने के लिए संपर्क करें <phone>",
        "आपका सिम कार्ड 2 घंटे में बंद हो जाएगा। केवाईसी के लिए कॉल करें <phone>",
        "आपका ट्रैफिक चालान ₹1000 बकाया है। अभी भुगतान करें: <link>",
    ],
    "mr": [
        "प्रिय ग्राहक, तुमचे बँक खाते आज बंद होईल कारण केवायसी अपडेट नाही. लगेच अपडेट करा: <link>",
        "प्रिय ग्राहक, आज रात्री ९:३० वाजता तुमची वीज कापली जाईल कारण मागील महिन्याचे बिल अपडेट नाही. लगेच वीज अधिकाऱ्याशी संपर्क करा <phone>",
        "अभिनंदन! तुम्ही लकी ड्रॉमध्ये २५ लाख रुपये जिंकले आहेत. संपर्क करा <phone>",
        "तुमचे महावितरण बिल थकीत आहे, आज रात्री वीज पुरवठा खंडित होईल. संपर्क <phone>",
    ],
    "ml": ["Priya grahak, tumcha bank khata aaj band hoil, KYC update kara: <link>", "Aaj ratri tumchi light kapli jail, bill update nahi. Sampark kara <phone>"],
}
SMS_REPLY = {
    "en": ["?", "stop", "who is this", "I paid my bill already", "which account?", "STOP", "is this real?", "lol", "ok", "I don't have an account in that bank"],
    "hl": ["?", "kaun?", "bill to bhar diya tha", "kaunsa account?", "sach me?", "fraud", "ok"],
    "hi": ["?", "कौन?", "बिल तो भर दिया था", "फ्रॉड"],
    "mr": ["?", "कोण?", "बिल तर भरलं होतं", "फ्रॉड"],
    "ml": ["?", "kon?", "bill tar bharla hota"],
}
KYC_CALL = {
    "en": [
        "{Sir|Madam}, I am calling from {MSEB|electricity board|the bijli office}. Your last bill {is not updated|shows unpaid} in our system. {To avoid disconnection|To stop the cut}, {download|install} {the|our} {app|support app} {from|using} this link and pay {₹10|a token ₹10} {to update|for verification}: <link>",
        "{Please|Kindly} {install|open} {AnyDesk|QuickSupport|the app} and {tell me|share} the {9 digit|9-digit} code {so I can update your bill|for verification}.",
        "{Sir|Ma'am}, {your KYC|your account} will be {blocked|frozen} in {30 minutes|1 hour}. {I will send an OTP|An OTP will come}, {just tell me|please share} {it|the code} {to verify|for verification}.",
        "{Don't worry|No tension}, {it's a|this is} {routine|one-time} process. {Refund will come|Nothing will be deducted}. {Only tell the OTP|Just share the code}.",
        "{Sir|Ma'am} {the payment failed|it didn't update}, {try with another card|use your credit card}, I will {reverse|refund} it.",
    ],
    "hl": [
        "Sir main bijli office se bol raha hu. Aapka pichhla bill update nahi hua. Line katne se bachne ke liye ye app download karo aur ₹10 pay karo: <link>",
        "AnyDesk install karo aur 9 digit code batao, main bill update kar deta hu.",
        "Aapka KYC 30 minute me block ho jayega. OTP aayega, wo bata do verify ke liye.",
        "Tension mat lo, koi paisa nahi katega. Sirf OTP batao.",
    ],
    "hi": ["सर मैं बिजली विभाग से बोल रहा हूँ। आपका बिल अपडेट नहीं है। ये ऐप डाउनलोड करें और ₹10 भरें: <link>", "आपका केवाईसी 30 मिनट में ब्लॉक होगा। ओटीपी आएगा, बता दीजिए।"],
    "mr": ["सर मी वीज मंडळातून बोलतोय. तुमचं बिल अपडेट नाही. हे ॲप डाउनलोड करा आणि ₹10 भरा: <link>", "ओटीपी येईल, तो सांगा व्हेरिफिकेशनसाठी."],
    "ml": ["Sir mi MSEB madhun boltoy. Tumcha bill update nahi. He app download kara ani ₹10 bhara: <link>", "OTP yeil, to sanga."],
}


def _sc_sms_phish(x: Ctx) -> None:
    rng = x.rng
    s = x.official((C.phone(rng), C.phone(rng, "plus"), C.pick(rng, ("VM-", "AD-", "JD-", "BZ-", "TX-")) + C.pick(rng, ("SBIUPD", "ALERTS", "KYCUPD", "INFOSM", "REWRDS", "BILLUP", "PRIZES")), "Unknown"), casual=0.0)
    x.slots.update(link=fake_link(rng), phone=C.phone(rng), upi=C.upi_id(rng))
    x.say(s, SMS_PHISH)
    if C.chance(rng, 0.3):
        x.slots.update(link=fake_link(rng), phone=C.phone(rng))
        x.say(s, SMS_PHISH, gap=C.pick(rng, ("burst", "pause", "day")))
    elif C.chance(rng, 0.2):
        v = x.person()
        x.say(v, SMS_REPLY, gap="slow")


def _sc_kyc_bill(x: Ctx) -> None:
    rng = x.rng
    s = x.official((C.phone(rng), "Electricity Office", "KYC Support", C.phone(rng, "plus")), casual=0.15)
    v = x.person()
    x.slots.update(link=fake_link(rng), phone=C.phone(rng), upi=C.upi_id(rng), otp=C.otp(rng))
    x.say(s, SMS_PHISH)
    x.say(v, SMS_REPLY if C.chance(rng, 0.5) else V_WHO, gap="slow")
    for at in stages(rng, rng.randrange(1, 5)):
        x.say(s, KYC_CALL, at=at)
        r = rng.random()
        if r < 0.3:
            x.say(v, V_OK)
        elif r < 0.5:
            x.say(v, {"en": ["OTP is <otp>", "code is <otp>", "ok installed. code <otp>", "paid ₹10, it says failed"], "hl": ["OTP <otp> hai", "install kar liya, code <otp>", "₹10 bhara, failed dikha raha"], "hi": ["ओटीपी <otp> है"], "mr": ["ओटीपी <otp> आहे"], "ml": ["OTP <otp> ahe"]})
        else:
            x.say(v, V_DOUBT)
    r = rng.random()
    if r < 0.3:
        x.say(v, {"en": ["{wait|hey} ₹{49,000|23,500|98,000} just got debited!!", "why did I get a debit message?? you said nothing will be deducted", "my account balance is zero now what did you do"], "hl": ["arre {49,000|23,500} kat gaye account se!!", "aapne bola tha kuch nahi katega, debit ka message aaya hai"], "hi": ["अरे खाते से पैसे कट गए!!"], "mr": ["अरे खात्यातून पैसे कापले गेले!!"]}, mood="scared")
    else:
        x.say(v, V_REFUSE)


# ---------------------------------------------------------------------------
# lottery / KBC prize
# ---------------------------------------------------------------------------

LOT = {
    "en": [
        "{Congratulations|Congrats} {sir|madam|dear}! {Your number|Your WhatsApp number} {has won|won} {₹25 lakh|25,00,000 rupees|a Tata Nexon car} in {KBC|Kaun Banega Crorepati} {lucky draw|lottery} {2025|2026|season 16}. {Lottery no.|Lucky no.} <lot>",
        "I am {Rana Pratap|Vijay Kumar|<sname>}, {manager|lottery manager} {of KBC|at KBC head office Mumbai}. {To receive the amount|For transfer of prize} you have to pay {processing fee|GST|registration charge} {of|:} <amt>.",
        "{This is|It's} {fully genuine|100% genuine}, {see|check} {my ID card|the certificate|Amitabh sir's video}. {Don't tell anyone|Keep this confidential} {until|till} {the amount is credited|you receive money}, {otherwise|else} {it will be cancelled|someone else will claim it}.",
        "{Your amount is ready|The cheque is ready}. {Just|Only} {pay|deposit} <amt> {today|within 2 hours} {as|for} {income tax|RBI clearance|bank transfer charges}.",
        "{Sir|Madam} {the RBI|income tax department} {put|has put} a hold, {one more|final} payment of <amt> {required|needed}, then {full amount|25 lakh} {will be credited|comes to your account}.",
    ],
    "hl": [
        "Badhai ho! Aapke number ne KBC lucky draw me {25 lakh|25,00,000} jeete hai. Lottery no. <lot>",
        "Main KBC head office Mumbai se manager <sname>. Prize lene ke liye processing fee <amt> bharna hoga.",
        "Ye bilkul genuine hai, mera ID card dekho. Kisi ko batana mat jab tak paisa account me na aaye.",
        "Bas <amt> GST bharo aaj, phir poora amount aa jayega.",
        "RBI ne hold lagaya hai, ek last payment <amt>, phir 25 lakh credit.",
    ],
    "hi": ["बधाई हो! आपके नंबर ने केबीसी लकी ड्रॉ में 25 लाख जीते हैं। लॉटरी नंबर <lot>", "इनाम लेने के लिए प्रोसेसिंग फीस <amt> भरनी होगी।", "किसी को मत बताइए जब तक पैसे न आएं।"],
    "mr": ["अभिनंदन! तुमच्या नंबरने केबीसी लकी ड्रॉमध्ये २५ लाख जिंकले आहेत. लॉटरी नंबर <lot>", "बक्षीस मिळवण्यासाठी प्रोसेसिंग फी <amt> भरावी लागेल."],
    "ml": ["Abhinandan! Tumchya number ne KBC lucky draw madhe 25 lakh jinkle. Lottery no <lot>", "Prize sathi processing fee <amt> bharavi lagel."],
}
LOT_V = {
    "en": ["really?? I never entered any lottery", "how did I win without buying a ticket", "omg is this true", "ok what do I do", "send proof", "why should I pay to receive a prize?"],
    "hl": ["sach me?? maine to koi lottery nahi li", "bina ticket ke kaise jeeta", "kya ye sach hai", "ok kya karna hai", "proof bhejo"],
    "hi": ["सच में?? मैंने तो कोई लॉटरी नहीं ली", "क्या करना होगा?"],
    "mr": ["खरंच?? मी तर लॉटरी घेतलीच नाही", "काय करायचं?"],
    "ml": ["khara?? mi lottery ghetlich nahi", "kay karaycha?"],
}


def _sc_lottery(x: Ctx) -> None:
    rng = x.rng
    s = x.official(("KBC Lottery", "KBC Head Office", C.phone(rng, "plus"), C.first_name(rng, "m") + " " + C.surname(rng), "Lucky Draw Dept"), casual=0.15)
    v = x.person()
    x.slots.update(lot=str(rng.randrange(1000, 9999)), sname=C.first_name(rng, "m") + " " + C.surname(rng), amt=_inr(x, 5000, 45000), upi=C.upi_id(rng))
    x.say(s, LOT, at=0.0)
    if C.chance(rng, 0.2):
        return
    x.say(v, LOT_V)
    for at in stages(rng, rng.randrange(1, 5), 0.2):
        x.say(s, LOT, at=at)
        if C.chance(rng, 0.5):
            x.say(v, LOT_V if C.chance(rng, 0.5) else V_OK)
    if C.chance(rng, 0.5):
        x.say(s, {"en": ["Pay on this UPI: <upi>", "UPI ID: <upi>"], "hl": ["Is UPI pe bhejo: <upi>"], "hi": ["इस यूपीआई पर भेजें: <upi>"], "mr": ["या यूपीआयवर पाठवा: <upi>"]})
    victim_close(x, v, s, LOT, LOT, fall_p=0.3)


# ---------------------------------------------------------------------------
# OTP theft
# ---------------------------------------------------------------------------

OTP_ASK = {
    "en": [
        "{Hey|Hi} {sorry|}, I {accidentally|mistakenly} {sent|entered} {my|your} {number|OTP} {instead of mine|by mistake}. {Can you|Could you please} {forward|send} the {6 digit|} code {you just got|that came to you}? {Urgent pls|It's urgent}",
        "{Bro|Hi}, {my phone|I'm} {logged out of WhatsApp|changing my phone}, {I've sent|a code went} {a code|an OTP} to {your number|you} by mistake. {Just send it|Please share} {quickly|}🙏",
        "Hello {dear|}, {I'm a delivery executive|This is from the delivery team}. {Your order|A parcel} {is at your door|needs verification}. {Please tell|Share} the OTP {you received|for delivery}.",
        "Hi, {this is|} <sname> {from your society group|from the building}. {I'm registering you for|Adding you to} {the new society app|the voting poll}, {an OTP will come|you'll get an OTP}, {send it to me|please share}.",
        "{Sir|Hello} I am calling from {your bank|SBI card department}, {for blocking the fraud transaction|to stop ₹49,999 debit}, {please read out|share} the OTP {now|quickly}.",
    ],
    "hl": [
        "Hi sorry, galti se mera OTP aapke number pe chala gaya. Please wo 6 digit code bhej do, urgent hai 🙏",
        "Bhai mera WhatsApp logout ho gaya, code tere number pe aaya hai galti se. Jaldi bhej de",
        "Main delivery boy hu, parcel ke liye OTP batao jo aaya hai.",
        "Society app me register kar raha hu aapko, OTP aayega wo bhej dena.",
    ],
    "hi": ["माफ़ कीजिए, गलती से मेरा ओटीपी आपके नंबर पर चला गया। कृपया वो कोड भेज दीजिए 🙏", "भाई मेरा व्हाट्सऐप लॉगआउट हो गया, कोड तेरे नंबर पर आया है, भेज दे।"],
    "mr": ["सॉरी, चुकून माझा ओटीपी तुमच्या नंबरवर गेला. प्लीज तो कोड पाठवा 🙏", "भाऊ माझं व्हॉट्सॲप लॉगआउट झालं, कोड तुझ्या नंबरवर आलाय, पाठव ना."],
    "ml": ["Sorry, chukun majha OTP tumchya number var gela. Please to code pathva 🙏", "Bhau majha WhatsApp logout jhala, code tujhya number var alay, pathav na."],
}
OTP_SYS = [
    "<otp> is your WhatsApp code. Don't share this code with others",
    "Your OTP for login is <otp>. Do not share it with anyone. -<bank>",
    "<otp> is the OTP for transaction of INR {49,999.00|24,500.00|9,999.00} at {AMAZON|FLIPKART|PAYU*MERCH}. Valid for 10 mins. Never share OTP.",
    "Your verification code is <otp>",
]


def _sc_otp(x: Ctx) -> None:
    rng = x.rng
    s = x.person(casual=0.5)
    v = x.person()
    x.slots.update(otp=C.otp(rng), sname=C.first_name(rng), bank=C.pick(rng, ("SBI", "HDFC Bank", "ICICI", "Axis Bank")))
    x.say(s, OTP_ASK)
    if C.chance(rng, 0.3):
        x.say(v, {"en": ["{got|here's} the msg: " + C.pick(rng, OTP_SYS)], "hl": ["ye aaya hai: " + C.pick(rng, OTP_SYS)]}, gap="quick", raw=True)
    r = rng.random()
    if r < 0.3:
        x.say(v, {"en": ["<otp>", "it's <otp>", "ok here <otp>", "<otp> is this it?"], "hl": ["<otp>", "ye lo <otp>"], "hi": ["<otp>"], "mr": ["<otp>"]}, gap="quick")
        x.say(s, {"en": ["thanks {a lot|}!", "one more came, send that also pls", "it expired, send the new one"], "hl": ["thanks!", "ek aur aaya hoga wo bhi bhejo", "expire ho gaya, naya bhejo"], "hi": ["धन्यवाद!", "एक और आया होगा, वो भी भेजो"], "mr": ["थँक्स!", "अजून एक आला असेल तो पण पाठवा"]})
        if C.chance(rng, 0.6):
            x.say(v, {"en": ["wait why does it say WhatsApp code?? I can't open my whatsapp now", "hey my whatsapp just logged out", "why did I get a debit sms??"], "hl": ["arre mera whatsapp logout ho gaya", "debit ka msg kyun aaya??"], "hi": ["अरे मेरा व्हाट्सऐप बंद हो गया"], "mr": ["अरे माझं व्हॉट्सॲप लॉगआउट झालं"]}, gap="slow", mood="scared")
    elif r < 0.6:
        x.say(v, {"en": ["why would your code come to my number?", "who is this first", "OTP is never shared. sorry", "call me, then I'll see"], "hl": ["tera code mere number pe kyun aayega?", "pehle batao kaun ho", "OTP kisi ko nahi dete", "call karo pehle"], "hi": ["आपका कोड मेरे नंबर पर क्यों आएगा?"], "mr": ["तुमचा कोड माझ्या नंबरवर का येईल?"]})
        x.say(s, OTP_ASK)
        x.say(v, V_REFUSE)
    else:
        x.say(v, V_REFUSE)


# ---------------------------------------------------------------------------
# fake army buyer / marketplace QR
# ---------------------------------------------------------------------------

OLX_S = {
    "en": [
        "Hello, {is the|I saw your} <item> {still available|on OLX}? I {want to buy|am interested}.",
        "I am {an army officer|in the Indian Army|CRPF jawan} {posted at|from} {Pune cantonment|Jammu|Ambala}. {I'll take it at your price|No bargaining, I'll pay full}.",
        "{I can't come myself|We can't leave the camp}, {my jawan|a colleague} will {pick it up|collect it}. {I'll pay in advance|Payment first} {via|on} {Google Pay|PhonePe}.",
        "{Army rule|Our account rule}: {first you send ₹1|please send ₹1 to check the account}, {I'll send ₹2 back|then I send double back}.",
        "{I've sent|Sending} a QR code. {Scan it and enter|Scan and type} <amt> {to receive|for receiving} the payment.",
        "{It failed|Payment not come} {because of|due to} {army account limit|server issue}. {Scan again|Try once more} and enter <amt2>, {you'll get|it will be refunded} {total|everything} back.",
        "{Why are you wasting time|Trust me sir}, I'm {a defence person|a soldier}. {Here's my ID card|See my army canteen card}.",
    ],
    "hl": [
        "Hello, <item> available hai? Mujhe lena hai.",
        "Main army me hu, {Pune cantt|Jammu} me posting hai. Aapke price pe le lunga.",
        "Main khud nahi aa sakta, jawan bhejunga. Payment pehle kar dunga GPay se.",
        "Army account ka rule hai, pehle aap ₹1 bhejo, main ₹2 wapas bhejunga.",
        "QR bhej raha hu, scan karke <amt> daalo to payment receive hoga.",
        "Fail ho gaya, dobara scan karo <amt2> daalo, sab refund ho jayega.",
    ],
    "hi": ["नमस्ते, <item> उपलब्ध है? मुझे लेना है।", "मैं सेना में हूँ, आपके दाम पर ले लूँगा।", "क्यूआर भेज रहा हूँ, स्कैन करके <amt> डालिए, पेमेंट मिल जाएगा।"],
    "mr": ["नमस्कार, <item> अजून आहे का? मला घ्यायचं आहे.", "मी आर्मीत आहे, तुमच्या किमतीत घेतो.", "क्यूआर पाठवतो, स्कॅन करून <amt> टाका, पेमेंट मिळेल."],
    "ml": ["Namaskar, <item> ahe ka ajun? Mala ghyaycha ahe.", "Mi army madhe ahe, tumchya kimtit gheto.", "QR pathavto, scan karun <amt> taka, payment milel."],
}
OLX_V = {
    "en": ["yes available", "ok sir, when will you pick up?", "scanning... it's asking for my PIN", "why do I have to enter PIN to receive?", "I thought receiving money doesn't need PIN", "money got deducted instead!", "ok sent ₹1", "no, come and pay cash"],
    "hl": ["haan available hai", "kab loge sir?", "scan kiya, PIN maang raha hai", "receive karne ke liye PIN kyun?", "paise kat gaye mere!", "₹1 bhej diya", "cash pe aake le jao"],
    "hi": ["हाँ उपलब्ध है", "स्कैन किया, पिन माँग रहा है", "मेरे पैसे कट गए!"],
    "mr": ["हो आहे", "स्कॅन केलं, पिन मागतंय", "माझे पैसे कापले गेले!"],
    "ml": ["ho ahe", "scan kela, PIN magtay", "majhe paise kaple gele!"],
}


def _sc_army_olx(x: Ctx) -> None:
    rng = x.rng
    s = x.person("m", casual=0.3)
    v = x.person()
    a = C.round_amount(rng, 5000, 40000)
    x.slots.update(item=C.pick(rng, ("sofa", "fridge", "bike", "iPhone 12", "washing machine", "study table", "Activa", "dining table", "cooler", "laptop", "flat on rent", "cycle")),
                   amt=C.format_inr(rng, a, x.lang), amt2=C.format_inr(rng, a * 2, x.lang))
    for at in [0.0] + stages(rng, rng.randrange(3, 9), 0.15):
        x.say(s, OLX_S, at=at)
        if C.chance(rng, 0.7):
            x.say(v, OLX_V, at=at)
    if C.chance(rng, 0.3):
        x.conv.say(s, C.pick(rng, C.MEDIA_PLACEHOLDERS[:3]), gap="quick", raw=True)
    victim_close(x, v, s, OLX_S, OLX_S, fall_p=0.3)


# ---------------------------------------------------------------------------
# loan-app harassment (abusive recovery, no morphed images)
# ---------------------------------------------------------------------------

LOAN_S = {
    "en": [
        "{Your|Ur} loan of <amt> from <lapp> is {overdue|due today}. {Pay|Repay} {immediately|before 6 pm} {or face consequences|otherwise legal action}.",
        "{Why are you not picking up|Pick up the phone}? {You took the loan, now pay|Loan liya hai to bharna padega}. {Pay now|Repay today} <upi>",
        "{We have access to your contacts|All your contacts are with us}. {If not paid today|If you don't pay}, {we will call|we'll message} {everyone|your relatives and office} {and tell them|that} you are a {fraud|defaulter|chor}.",
        "{We will send|We'll forward} your {photo|Aadhaar photo|profile photo} {to your contacts|to all your WhatsApp groups} {with|under} {the title 'loan fraud'|a defaulter notice}.",
        "{Extension fee|Rollover charge} {is|:} <amt2>. Pay {it|that} {today|now} {and get 7 more days|to extend}.",
        "{Your|The} {penalty|late fee} is {increasing|going up} {₹500|₹1000} {per day|daily}. {Don't make us|Don't force us to} {come to your house|visit your office}.",
        "{You shameless|Useless} {fellow|person}, {pay the money|do you have no shame}. {Last warning|Final reminder}.",
    ],
    "hl": [
        "<lapp> ka <amt> loan overdue hai. Aaj 6 baje tak bharo warna legal action.",
        "Phone kyun nahi utha rahe? Loan liya hai to bharna padega. Abhi bharo <upi>",
        "Tumhare saare contacts humare paas hai. Aaj paisa nahi aaya to sabko bolenge tum fraud ho.",
        "Tumhari photo 'loan fraud' likh ke saare contacts ko bhejenge.",
        "Extension fee <amt2> bharo aaj, 7 din aur milenge.",
        "Besharam insaan, paisa bharo. Last warning.",
        "Roz ₹{500|1000} penalty badh rahi hai. Ghar aana pade aisa mat karo.",
    ],
    "hi": ["<lapp> का <amt> लोन बकाया है। आज शाम तक भरो वरना कानूनी कार्रवाई।", "तुम्हारे सारे कॉन्टैक्ट्स हमारे पास हैं। सबको बताएँगे कि तुम धोखेबाज़ हो।", "तुम्हारी फोटो डिफॉल्टर लिखकर सबको भेजेंगे।"],
    "mr": ["<lapp> चं <amt> कर्ज थकीत आहे. आज संध्याकाळपर्यंत भरा नाहीतर कारवाई.", "तुमचे सगळे कॉन्टॅक्ट्स आमच्याकडे आहेत. सगळ्यांना सांगू तुम्ही फ्रॉड आहात.", "तुमचा फोटो डिफॉल्टर म्हणून सगळ्यांना पाठवू."],
    "ml": ["<lapp> cha <amt> loan thakit ahe. Aaj bhara nahitar action.", "Tumche sagle contacts amchyakade ahet. Sagalyanna sangu tumhi fraud ahat."],
}
LOAN_V = {
    "en": ["I took only ₹{3000|5000|4000} and already paid back ₹{7000|9000}", "the app gave me less than shown and the due date was 7 days", "I'll pay on salary day, please give time", "stop calling my relatives", "this is harassment", "I've already paid, check", "I'm filing a complaint with the cyber cell", "your app isn't even RBI registered"],
    "hl": ["maine sirf ₹{3000|5000} liye the aur ₹{7000|9000} bhar chuka hu", "salary aate hi bhar dunga, time do", "mere rishtedaaron ko call mat karo", "ye harassment hai", "bhar diya hai, check karo", "cyber cell me complaint kar raha hu", "tumhara app RBI registered bhi nahi hai"],
    "hi": ["मैंने सिर्फ 3000 लिए थे और 7000 भर चुका हूँ", "तनख्वाह आते ही भर दूँगा", "मेरे रिश्तेदारों को फोन मत करो", "साइबर सेल में शिकायत कर रहा हूँ"],
    "mr": ["मी फक्त ३००० घेतले होते आणि ७००० भरले आहेत", "पगार आला की भरतो", "माझ्या नातेवाईकांना फोन करू नका", "सायबर सेलमध्ये तक्रार करतोय"],
    "ml": ["mi fakt 3000 ghetle hote ani 7000 bharle ahet", "pagar ala ki bharto", "majhya natevaikanna phone karu naka"],
}


def _sc_loan_app(x: Ctx) -> None:
    rng = x.rng
    s = x.official(("Recovery Team", "Collection Dept", C.phone(rng), C.phone(rng, "plus"), C.first_name(rng, "m") + " Recovery"), casual=0.5)
    v = x.person()
    x.slots.update(amt=_inr(x, 3000, 25000), amt2=_inr(x, 1000, 5000), upi=C.upi_id(rng),
                   lapp=C.pick(rng, ("CashNow", "RupeeGo", "QuickLoan", "PaisaPro", "KreditJet", "LoanTap Pro", "InstaRupee", "MoneyFast")))
    for at in stages(rng, rng.randrange(2, 12)):
        x.say(s, LOAN_S, at=at, gap=C.pick(rng, ("quick", "chat", "slow", "day")), mood="angry")
        if C.chance(rng, 0.6):
            x.say(v, LOAN_V)
    if C.chance(rng, 0.3):
        x.say(v, V_PAID)
        x.say(s, LOAN_S, mood="angry")


# ---------------------------------------------------------------------------
# job offer with registration fee
# ---------------------------------------------------------------------------

JOB_S = {
    "en": [
        "Dear candidate, {congratulations|greetings}! You are {shortlisted|selected} for the post of {<role>|<role> (work from office)} at {<company>|Indigo Airlines|Amazon warehouse|a reputed MNC}. {Salary|CTC} {₹28,000|₹35,000|₹4.5 LPA|₹22,000 + incentives} per month.",
        "{To confirm your seat|To proceed}, {pay|deposit} {a refundable|the} {registration fee|security deposit|training kit charge} of <amt> {within 24 hours|today}.",
        "{After|On} payment {you'll get|we will send} {your offer letter|the joining letter} and {interview|medical} {date|schedule} {on email|immediately}.",
        "{Interview|Your online interview} is {just a formality|only 10 minutes}, {selection is confirmed|100% placement}.",
        "{Next|Now} {pay|submit} <amt2> for {uniform and ID card|background verification|laptop security}. {It will be refunded|Fully refundable} with first salary.",
        "{Sir|Ma'am} {only 2 seats left|many candidates waiting}, {please do fast|hurry up}.",
    ],
    "hl": [
        "Badhai ho! Aap <company> me <role> post ke liye select hue ho. Salary {₹28,000|₹35,000} mahina.",
        "Seat confirm karne ke liye <amt> registration fee bharo aaj.",
        "Payment ke baad offer letter aur interview date email pe milegi.",
        "Interview sirf formality hai, selection pakka hai.",
        "Ab <amt2> uniform aur ID card ke liye bharo, pehli salary ke saath refund ho jayega.",
    ],
    "hi": ["बधाई हो! आप <company> में <role> पद के लिए चुने गए हैं। वेतन ₹28,000 महीना।", "सीट पक्की करने के लिए <amt> रजिस्ट्रेशन फीस भरें।", "भुगतान के बाद ऑफर लेटर भेजा जाएगा।"],
    "mr": ["अभिनंदन! तुमची <company> मध्ये <role> पदासाठी निवड झाली आहे.", "सीट कन्फर्म करण्यासाठी <amt> रजिस्ट्रेशन फी भरा.", "पेमेंटनंतर ऑफर लेटर मिळेल."],
    "ml": ["Abhinandan! Tumchi <company> madhe <role> sathi nivad jhali ahe.", "Seat confirm karnyasathi <amt> registration fee bhara."],
}


def _sc_job_fee(x: Ctx) -> None:
    rng = x.rng
    s = x.official(("HR Desk", "Recruitment Team", C.first_name(rng, "f") + " HR", C.phone(rng), C.first_name(rng, "f") + " " + C.surname(rng)), casual=0.15)
    v = x.person()
    x.slots.update(role=C.pick(rng, ("ground staff", "data entry operator", "customer support executive", "back office", "warehouse supervisor", "cabin crew", "receptionist", "delivery manager")),
                   company=C.pick(rng, ("Apex Global Services", "SkyJet Aviation", "Prime Logistics", "Metro HR Solutions", "Vision Infotech", "BlueStar Careers")),
                   amt=_inr(x, 1500, 9000), amt2=_inr(x, 3000, 20000), upi=C.upi_id(rng))
    x.say(s, JOB_S, at=0.0)
    x.say(v, {"en": ["I didn't apply for this", "oh great, thank you!", "what's the job location?", "is it permanent?", "I applied on Naukri, is this that?"], "hl": ["maine apply nahi kiya tha", "thank you! location kya hai?", "permanent hai?"], "hi": ["धन्यवाद! जगह कहाँ है?"], "mr": ["धन्यवाद! लोकेशन कुठे आहे?"]})
    for at in stages(rng, rng.randrange(1, 5), 0.17):
        x.say(s, JOB_S, at=at)
        if C.chance(rng, 0.5):
            x.say(v, V_OK if C.chance(rng, 0.5) else V_DOUBT)
    x.say(s, {"en": ["Pay to: <upi>", "UPI: <upi> (HR account)"], "hl": ["Is UPI pe bhejo: <upi>"], "hi": ["यूपीआई: <upi>"], "mr": ["यूपीआय: <upi>"]})
    victim_close(x, v, s, JOB_S, JOB_S, fall_p=0.35)


# ---------------------------------------------------------------------------
# refund / fake customer support, UPI collect tricks
# ---------------------------------------------------------------------------

REFUND_S = {
    "en": [
        "{Hello|Hi}, {this is|I am} <sname> from {Flipkart|Amazon|Swiggy|Zomato|IRCTC|the airline} {customer care|refund department}. {Your refund of|Regarding your refund of} <amt> {is pending|failed}.",
        "{To process the refund|For the refund to reach you}, {I'm sending|I'll send} a {UPI request|payment link}. {Just accept it and enter your PIN|Approve and enter UPI PIN} {to receive the money|to receive}.",
        "{Please|Kindly} {install|download} {AnyDesk|RustDesk|the refund app} {so I can help you|and share the code} {faster|}.",
        "{Sir|Ma'am}, {it failed|the transaction failed} {from your side|due to server}. {Try again|Please approve again}, this time {it will come|refund will be double reversed}.",
        "{Your|The} {refund|amount} {will be|gets} credited {in 10 minutes|instantly} {after verification|once you approve}.",
    ],
    "hl": [
        "Hello, main <sname> {Flipkart|Amazon|Swiggy|IRCTC} customer care se. Aapka <amt> refund pending hai.",
        "Refund ke liye UPI request bhej raha hu, accept karke PIN daalo to paisa aa jayega.",
        "AnyDesk download karo, main help karta hu.",
        "Transaction fail ho gaya, dobara approve karo, is baar refund aa jayega.",
    ],
    "hi": ["नमस्ते, मैं कस्टमर केयर से। आपका <amt> रिफंड पेंडिंग है।", "रिफंड के लिए यूपीआई रिक्वेस्ट भेज रहा हूँ, पिन डालिए तो पैसे आ जाएंगे।"],
    "mr": ["नमस्कार, मी कस्टमर केअरमधून. तुमचा <amt> रिफंड पेंडिंग आहे.", "रिफंडसाठी यूपीआय रिक्वेस्ट पाठवतो, पिन टाका म्हणजे पैसे येतील."],
    "ml": ["Namaskar, mi customer care madhun. Tumcha <amt> refund pending ahe.", "Refund sathi UPI request pathavto, PIN taka."],
}
REFUND_V = {
    "en": ["I searched the helpline on Google and called, yes my refund is pending", "ok I got a request", "it says 'pay <amt>', is that right?", "why PIN for receiving?", "ok approved", "money went out of my account!!", "I'll just wait for the automatic refund"],
    "hl": ["haan refund pending hai", "request aayi hai", "isme 'pay <amt>' likha hai, sahi hai?", "receive ke liye PIN kyun?", "approve kar diya", "paise kat gaye!!"],
    "hi": ["हाँ रिफंड पेंडिंग है", "रिक्वेस्ट आई है", "पैसे कट गए!!"],
    "mr": ["हो रिफंड पेंडिंग आहे", "रिक्वेस्ट आली", "पैसे कापले गेले!!"],
    "ml": ["ho refund pending ahe", "request ali", "paise kaple gele!!"],
}
MISTAKE_S = {
    "en": [
        "{Hello|Hi} {sir|bhai|madam}, {I mistakenly sent|by mistake I transferred} <amt> to your {number|UPI}. {Please return it|Kindly send it back}, {it was for my mother's medicine|it's my rent money} 🙏",
        "{Check your|See} {Paytm|GPay|PhonePe} {message|SMS}, <amt> {came from my side|credited}. {Please send back|Return please} {to|on} <upi>",
        "{I'm a poor man|Please help}, {I sent it by mistake|wrong number daal diya}. {God will bless you|Please be honest}.",
        "{Sir|Bhai} {why are you not returning|please return fast}, {I will complain to police|I'll file a case}.",
    ],
    "hl": [
        "Bhai galti se <amt> aapke number pe chala gaya. Please wapas kar do, mummy ki dawai ke paise the 🙏",
        "Apna GPay msg check karo, <amt> credit hua hoga. <upi> pe wapas bhej do",
        "Garib aadmi hu bhai, galat number daal diya tha. Bhagwan bhala karega.",
        "Wapas kyun nahi kar rahe, police complaint karunga.",
    ],
    "hi": ["भाई गलती से <amt> आपके नंबर पर चला गया। कृपया लौटा दीजिए 🙏", "<upi> पर वापस भेज दीजिए।"],
    "mr": ["भाऊ चुकून <amt> तुमच्या नंबरवर गेले. प्लीज परत करा 🙏", "<upi> वर परत पाठवा."],
    "ml": ["Bhau chukun <amt> tumchya number var gele. Please parat kara 🙏", "<upi> var parat pathva."],
}
MISTAKE_SMS = [
    "Rs.<num>.00 credited to your A/c XX{4521|7781|0923} {on|dt} {12-03|04-11|28-06} by UPI ref {4108|3926|5521}{77812|01923|88120}. -{SBI|HDFC|ICICI}",
    "Dear Customer, your a/c is credited with INR <num> {via UPI|by IMPS}. Avl bal: INR {0.00|1,245.32|312.50}",
]


def _sc_refund(x: Ctx) -> None:
    rng = x.rng
    s = x.official(("Customer Care", "Refund Desk", C.phone(rng), C.phone(rng, "plus"), "Support " + str(rng.randrange(10, 99))), casual=0.15)
    v = x.person()
    x.slots.update(sname=C.first_name(rng), amt=_inr(x, 400, 30000))
    if C.chance(rng, 0.5):
        x.say(v, {"en": ["hi, is this customer care? my refund hasn't come", "hello I need help with a refund", "my {order|ticket} was cancelled but no refund yet"], "hl": ["hello customer care? mera refund nahi aaya", "order cancel hua tha, refund abhi tak nahi aaya"], "hi": ["नमस्ते, मेरा रिफंड नहीं आया"], "mr": ["नमस्कार, माझा रिफंड आला नाही"]})
    for at in [0.0] + stages(rng, rng.randrange(1, 5), 0.2):
        x.say(s, REFUND_S, at=at)
        if C.chance(rng, 0.7):
            x.say(v, REFUND_V, at=at)
    victim_close(x, v, s, REFUND_S, REFUND_S, fall_p=0.35)


def _sc_upi_mistake(x: Ctx) -> None:
    rng = x.rng
    s = x.person(casual=0.6)
    v = x.person()
    n = C.round_amount(rng, 2000, 25000)
    x.slots.update(amt=C.format_inr(rng, n, x.lang), upi=C.upi_id(rng), num=C.indian_grouping(n))
    if C.chance(rng, 0.5):
        o = x.official(("VM-SBIINB", "AD-HDFCBK", "JD-ICICIT", C.phone(rng)), casual=0.0)
        x.say(o, C.pick(rng, MISTAKE_SMS), raw=True)
    for at in [0.0] + stages(rng, rng.randrange(0, 4), 0.25):
        x.say(s, MISTAKE_S, at=at)
        if C.chance(rng, 0.7):
            x.say(v, {"en": ["let me check my bank app", "I haven't received anything in my account, only an SMS", "that SMS looks fake, my balance hasn't changed", "go to your bank, they can reverse it", "ok sending back", "which bank?"], "hl": ["bank app check karta hu", "account me kuch nahi aaya, sirf SMS aaya", "ye SMS fake lag raha hai, balance same hai", "apne bank jao, wo reverse karenge", "ok bhej raha hu"], "hi": ["बैंक ऐप चेक करता हूँ", "खाते में कुछ नहीं आया, सिर्फ मैसेज आया"], "mr": ["बँक ॲप चेक करतो", "खात्यात काही आलं नाही, फक्त मेसेज आला"]})
    victim_close(x, v, s, MISTAKE_S, MISTAKE_S, fall_p=0.3)


# ---------------------------------------------------------------------------
# "hi mum" / new number impersonation (UK/US flavour plus Indian)
# ---------------------------------------------------------------------------

NEWNUM_S = {
    "en": [
        "Hi {Mum|Mom|Dad|mummy}, {this is my new number|I've got a new number}, {my phone broke|dropped my phone in the loo|phone got stolen}. {You can delete the old one|Save this one} x",
        "{Can you do me a favour?|Need a quick favour} {I have to pay|I've got} a {bill|rent payment|invoice} {today|by 5} but {my banking app won't work on the new phone|I can't log into my bank}. {Could you pay it for me|Can you send it} and I'll {pay you back|sort it} tomorrow x",
        "It's <amt>. {Here are the details|Details below}: {Name|Payee}: <payee> {Sort code|Acc}: <acct>",
        "{Please mum|pls}, it's {urgent|due today}, {I'll explain later|can't talk right now, in a meeting}",
        "{Thanks|Thank you} {so much|}, {let me know when it's done|send me a screenshot when done} x",
    ],
    "hl": [
        "Hi mummy, ye mera naya number hai, purana phone toot gaya. Save kar lo",
        "Ek kaam karo na, aaj ek payment karna hai par naye phone me bank app nahi chal raha. Aap kar do, kal wapas de dunga",
        "<amt> hai. Is UPI pe bhej do: <upi>",
        "Urgent hai mummy, meeting me hu call nahi kar sakta",
    ],
    "hi": ["मम्मी ये मेरा नया नंबर है, पुराना फोन टूट गया।", "आज एक पेमेंट करनी है पर बैंक ऐप नहीं चल रहा। <amt> इस यूपीआई पर भेज दो: <upi>"],
    "mr": ["आई हा माझा नवीन नंबर आहे, जुना फोन तुटला.", "आज एक पेमेंट करायचं आहे पण बँक ॲप चालत नाही. <amt> या यूपीआयवर पाठव: <upi>"],
    "ml": ["Aai ha majha navin number ahe, juna phone tutla.", "Aaj ek payment karaycha ahe. <amt> ya UPI var pathav: <upi>"],
}
NEWNUM_V = {
    "en": ["{which one of you is this?|is this <kid>?}", "oh no! are you ok?", "why can't you call me?", "ok love, how much?", "what's the name of our dog?", "I'll call your old number first", "done x", "that's not your account name though?"],
    "hl": ["kaun, <kid>?", "arre tu theek hai?", "call kyun nahi kar raha?", "kitne bhejne hai?", "pehle purane number pe call karti hu", "bhej diya beta"],
    "hi": ["कौन, <kid>?", "फोन क्यों नहीं कर रहा?", "पहले पुराने नंबर पर कॉल करती हूँ"],
    "mr": ["कोण, <kid>?", "फोन का नाही करत?", "आधी जुन्या नंबरवर फोन करते"],
    "ml": ["kon, <kid>?", "phone ka nahi karat?"],
}


def _sc_new_number(x: Ctx) -> None:
    rng = x.rng
    s = x.official((C.phone(rng, "plus"), C.phone(rng), "+44 7" + str(rng.randrange(100, 999)) + " " + str(rng.randrange(100000, 999999))), casual=0.6)
    v = x.person()
    acct, _ = C.bank_account(rng)
    x.slots.update(amt=C.pick(rng, (C.format_usd(rng, rng.randrange(4, 30) * 100), "£" + str(rng.randrange(3, 20) * 100) + (".00" if C.chance(rng, 0.5) else ""), _inr(x, 5000, 60000))),
                   payee=C.first_name(rng) + " " + C.surname(rng), acct=f"{rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)} {acct[:8]}", upi=C.upi_id(rng), kid=C.first_name(rng))
    x.say(s, NEWNUM_S, at=0.0)
    x.say(v, NEWNUM_V)
    for at in stages(rng, rng.randrange(1, 5), 0.2):
        x.say(s, NEWNUM_S, at=at)
        if C.chance(rng, 0.6):
            x.say(v, NEWNUM_V)
    victim_close(x, v, s, NEWNUM_S, NEWNUM_S, fall_p=0.3)


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

SCENARIOS = (
    ("task_job", 11, _sc_task_job),
    ("pig_butchering_investment", 8, lambda x: _sc_pig_butchering(x, False)),
    ("wrong_number_investment", 6, lambda x: _sc_pig_butchering(x, True)),
    ("romance_money_request", 7, _sc_romance),
    ("digital_arrest_parcel", 8, _sc_digital_arrest),
    ("kyc_bill_disconnection", 8, _sc_kyc_bill),
    ("sms_phishing", 15, _sc_sms_phish),
    ("lottery_kbc_prize", 6, _sc_lottery),
    ("otp_theft", 6, _sc_otp),
    ("army_marketplace_buyer", 6, _sc_army_olx),
    ("loan_app_harassment", 6, _sc_loan_app),
    ("job_registration_fee", 6, _sc_job_fee),
    ("refund_support_scam", 5, _sc_refund),
    ("upi_mistake_reversal", 4, _sc_upi_mistake),
    ("new_number_impersonation", 4, _sc_new_number),
)


def _obfuscate_some(rng: random.Random, conv: dict) -> None:
    """Some scammers disguise trigger words; do it to a few messages."""
    if not C.chance(rng, 0.08):
        return
    for m in conv["messages"]:
        if C.chance(rng, 0.3):
            m["text"] = C.obfuscate(rng, m["text"], p=0.5)


def generate(rng: random.Random, count: int) -> list[dict]:
    """Return `count` scam conversations (dicts without ids)."""
    out = []
    pairs = tuple((i, w) for i, (_, w, _f) in enumerate(SCENARIOS))
    for _ in range(count):
        name, _w, fn = SCENARIOS[C.weighted(rng, pairs)]
        lang = choose_lang(rng)
        x = Ctx(rng, lang, name, with_ts=not C.chance(rng, 0.04))
        fn(x)
        conv = x.done()
        conv["messages"] = conv["messages"][:60]
        _resolve_tags(conv)
        _obfuscate_some(rng, conv)
        out.append(conv)
    return out
