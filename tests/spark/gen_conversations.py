#!/usr/bin/env python3
"""Deterministic generator of canonical chatrisk JSON Lines for the Spark test.

    gen_conversations.py --count 3200 --seed 7 [--malformed] > conversations.jsonl

Produces a varied mix: one-line benign chats, long multi-turn chats with
timestamps, money/UPI/crypto scams, sextortion threats, Hinglish and
Devanagari text, emoji, system messages, extra metadata fields, and records
without an `id` (the scanner then derives one from the line number). With
`--malformed` a few broken lines and blank lines are mixed in, so the test
checks that error records and line numbers pass through the pipeline too.
"""

import argparse
import json
import random
import sys

NAMES = ["Priya", "Rahul", "komal_98", "Arjun 💕", "Sneha", "dev.k", "Aisha", "Vikram",
         "Neha ✨", "Rohan", "Meera", "Kabir", "anon_4821", "Sara", "Imran", "Tanvi"]

BENIGN = [
    "hey, are we still on for lunch tomorrow?",
    "ok see you at 7",
    "lol that meme 😂",
    "can you send me the notes from class",
    "happy birthday!! 🎂",
    "the train is late again",
    "kal milte hain, office ke baad",
    "mummy ne khana bana diya hai, jaldi aa",
    "did you watch the match last night",
    "thanks for the help yesterday",
    "कल मिलते हैं",
    "bhai movie ka plan kya hai",
    "I'll call you when I get home",
    "meeting moved to 3pm",
    "send me the address pls",
    "good night 🌙",
]

REPLIES = ["ok", "sure", "haha", "👍", "kaun?", "what do you mean", "who is this?",
           "please don't", "I don't understand", "theek hai", "hmm", "no"]

SCAM = [
    "Congratulations! You have won Rs 25,00,000 in the KBC lucky draw. Pay processing fee of Rs 4999 to claim.",
    "Your bank account will be blocked today. Update KYC at http://kyc-update-now.example/verify",
    "Send the refundable deposit to upi id winner.claim@okaxis and get your prize",
    "Part time job! Earn 5000 daily by liking videos. Deposit 1000 first to start",
    "Invest in USDT, guaranteed 30% return weekly. Wallet 0x52908400098527886E0F7030069857D2E4169EE7",
    "Your electricity will be disconnected tonight. Call 9876543210 immediately",
    "Buy 5 Google Play gift cards of 2000 each and send me the codes",
    "Dear customer, your parcel is held at customs. Pay Rs 2500 at paycustoms@ybl",
    "FREE entry to win an iPhone! Text WIN to 80082 now",
]

SEXTORTION = [
    "I have your video. Pay 20000 or I send it to all your contacts",
    "send money or I leak your pics to your family",
    "tumhari video viral kar dungi agar paise nahi bheje",
    "screen recording ho gayi hai, 10000 bhejo warna sabko bhej dungi",
    "I will post your nude photos on facebook tonight",
    "pay me on upi ravi.k77@paytm within 1 hour or everyone sees it",
    "your wife will get the video. last warning",
    "video delete karne ke 5000 lagenge, jaldi karo",
]

GROOMING = [
    "hi dear, you look so handsome in your dp",
    "let's video call, I'm alone at home 😘",
    "switch to whatsapp, here is my number +91 98765 43210",
    "show me your face on video na",
]

SYSTEM = ["Messages and calls are end-to-end encrypted.", "<Media omitted>",
          "This message was deleted", "Priya joined using this group's invite link"]


def ts(rng, base_day, minute):
    return f"2025-{rng.randint(1, 12):02d}-{base_day:02d}T{minute // 60 % 24:02d}:{minute % 60:02d}:00+05:30"


def conversation(rng, i):
    kind = rng.choices(["short", "benign", "scam", "sextortion", "grooming"],
                       weights=[30, 30, 15, 18, 7])[0]
    a, b = rng.sample(NAMES, 2)
    with_ts = rng.random() < 0.5
    day, minute = rng.randint(1, 28), rng.randint(0, 1439)
    msgs = []

    def say(sender, text):
        nonlocal minute
        m = {"sender": sender, "text": text}
        if with_ts:
            minute += rng.randint(0, 40)
            m["ts"] = ts(rng, day, minute)
        msgs.append(m)

    if kind == "short":
        say(a, rng.choice(BENIGN + SCAM[:3]))
        label = "benign"
    elif kind == "benign":
        for _ in range(rng.randint(2, 30)):
            say(rng.choice([a, b]), rng.choice(BENIGN + REPLIES))
        label = "benign"
    elif kind == "scam":
        for _ in range(rng.randint(1, 8)):
            say(a, rng.choice(SCAM))
            if rng.random() < 0.6:
                say(b, rng.choice(REPLIES))
        label = "scam"
    else:
        for _ in range(rng.randint(1, 5)):
            say(a, rng.choice(GROOMING))
            say(b, rng.choice(REPLIES + BENIGN[:4]))
        if kind == "sextortion":
            for _ in range(rng.randint(1, 10)):
                say(a, rng.choice(SEXTORTION))
                if rng.random() < 0.7:
                    say(b, rng.choice(REPLIES))
        label = "sextortion" if kind == "sextortion" else "benign"
    if rng.random() < 0.1:
        msgs.insert(rng.randint(0, len(msgs)), {"sender": "system", "text": rng.choice(SYSTEM),
                                                "kind": "system"})
    rec = {}
    if rng.random() < 0.9:  # some records have no id: the scanner derives one
        rec["id"] = f"spark-test-{i:05d}"
    rec["label"] = label
    rec["source"] = "spark-test"
    rec["lang"] = rng.choice(["en", "hi-Latn", "hi"])
    if rng.random() < 0.2:
        rec["platform"] = rng.choice(["whatsapp", "instagram", "telegram"])
    rec["messages"] = msgs
    return rec


MALFORMED = [
    "not json at all",
    '{"id": "truncated-1", "messages": [{"sender": "a", "text": "hi"}',
    '{"id": "no-messages"}',
    '{"id": 42, "messages": []}',
    '{"messages": "oops"}',
    '"just a string"',
    '{"id": "bad-message", "messages": [{"text": "no sender"}]}',
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=3200, help="conversations to write")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--malformed", action="store_true",
                    help="mix in broken lines and blank lines")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout
    # Broken lines at fixed, spread-out positions (never first: see README).
    bad_at = {}
    if args.malformed:
        step = max(args.count // (len(MALFORMED) + 1), 1)
        for k, text in enumerate(MALFORMED):
            bad_at[step * (k + 1)] = text
    for i in range(args.count):
        if i in bad_at:
            out.write(bad_at[i] + "\n")
        if args.malformed and i in (args.count // 3, args.count // 2):
            out.write("\n" if i == args.count // 3 else "   \n")
        rec = conversation(rng, i)
        out.write(json.dumps(rec, ensure_ascii=rng.random() < 0.3) + "\n")


if __name__ == "__main__":
    main()
