#!/usr/bin/env python3
"""Obfuscated variants of sextortion chats, scored against the originals.

For every sextortion conversation of the input, writes five variants, each
applying one trick to the speech of every message, the way rackets dodge
keyword filters:

- leet:      a->4, e->3, i->1, o->0, s->5, t->7 in every other word
- spacing:   key words spelled out letter by letter ("v i d e o")
- lookalike: Latin letters swapped for Cyrillic look-alikes (a, e, o, p, c, x)
- zerowidth: zero-width spaces inside every word longer than three letters
- emoji:     words replaced by emoji (video -> 📹, money -> 💰, call -> 📞 ...)

Then runs `chatrisk scan` on both and prints, per trick, the mean absolute
change of the sextortion score, the share of chats within 0.05 of the
original, and the recall at the model's own `medium` level.

Usage: benches/robustness/obfuscate.py DATA.jsonl [--chatrisk BIN] [--model M]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
LOOK = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х"})
EMOJI = {
    "video": "📹", "videos": "📹", "call": "📞", "money": "💰", "paise": "💰", "paisa": "💰",
    "phone": "📱", "photo": "📷", "photos": "📷", "pic": "📷", "pics": "📷", "camera": "📷",
}
KEY = re.compile(r"(?i)\b(video|videos|call|record\w*|send|money|paise|paisa|viral|leak|upload|family|police|pay|delete|photos?)\b")
WORD = re.compile(r"\w+", re.UNICODE)


def leet(text, rng):
    return WORD.sub(lambda m: m.group(0).translate(LEET) if rng.random() < 0.5 else m.group(0), text)


def spacing(text, rng):
    return KEY.sub(lambda m: " ".join(m.group(0)), text)


def lookalike(text, rng):
    return text.translate(LOOK)


def zerowidth(text, rng):
    return WORD.sub(lambda m: "\u200b".join(m.group(0)) if len(m.group(0)) > 3 else m.group(0), text)


def emoji(text, rng):
    return re.sub(r"(?i)\b(\w+)\b", lambda m: EMOJI.get(m.group(1).lower(), m.group(1)), text)


TRICKS = {"leet": leet, "spacing": spacing, "lookalike": lookalike, "zerowidth": zerowidth, "emoji": emoji}


def scan(binary, model, path):
    cmd = [binary, "scan", "-q", path] if not model else [binary, "scan", "-q", "--model", model, path]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    res = {}
    for line in out.stdout.splitlines():
        r = json.loads(line)
        if "error" not in r:
            res[r["id"]] = r
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="+")
    ap.add_argument("--chatrisk", default="target/release/chatrisk")
    ap.add_argument("--model")
    a = ap.parse_args()
    convs = []
    for f in a.data:
        with open(f, encoding="utf-8") as fh:
            convs += [json.loads(l) for l in fh if l.strip()]
    convs = [c for c in convs if c.get("label") == "sextortion"]
    rng = random.Random(20261206)
    with tempfile.TemporaryDirectory() as d:
        orig = os.path.join(d, "orig.jsonl")
        with open(orig, "w") as fh:
            for c in convs:
                fh.write(json.dumps(c, ensure_ascii=False) + "\n")
        base = scan(a.chatrisk, a.model, orig)
        print(f"{len(convs)} sextortion conversations; original recall at medium: "
              f"{sum(base[c['id']]['label'] == 'sextortion' for c in convs) / max(1, len(convs)):.3f}")
        print(f"{'trick':<10} {'mean |Δ|':>9} {'within 0.05':>12} {'recall':>7}")
        for name, f in TRICKS.items():
            path = os.path.join(d, f"{name}.jsonl")
            with open(path, "w") as fh:
                for c in convs:
                    v = json.loads(json.dumps(c))
                    for m in v["messages"]:
                        if m.get("kind") != "system":
                            m["text"] = f(m["text"], rng)
                    fh.write(json.dumps(v, ensure_ascii=False) + "\n")
            var = scan(a.chatrisk, a.model, path)
            deltas = [abs(var[c["id"]]["scores"]["sextortion"] - base[c["id"]]["scores"]["sextortion"]) for c in convs if c["id"] in var]
            within = sum(x <= 0.05 for x in deltas) / max(1, len(deltas))
            recall = sum(var[c["id"]]["label"] == "sextortion" for c in convs if c["id"] in var) / max(1, len(convs))
            print(f"{name:<10} {sum(deltas) / max(1, len(deltas)):>9.3f} {within:>12.3f} {recall:>7.3f}")


if __name__ == "__main__":
    sys.exit(main())
