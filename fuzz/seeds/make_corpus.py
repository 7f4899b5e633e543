#!/usr/bin/env python3
"""Writes the seed corpora under fuzz/corpus/<target>/ from the import fixtures
and a few hand-written texts. Re-run after adding fixtures; then minimise with
`cargo fuzz cmin <target>`."""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FUZZ = os.path.dirname(HERE)
ROOT = os.path.dirname(FUZZ)
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "import")

TEXTS = [
    "hi dear, I saw your profile",
    "I recorded your video call. Send 5000 on UPI scammer@okaxis within 1 hour or I send to your family",
    "v i d e o   c a l l   k a r o",
    "s3nd m0n3y n0w!!! p4y 10000",
    "\u0421\u0435nd \u0440\u0430\u0443m\u0435nt n\u043ew",  # Cyrillic look-alikes
    "\uff53\uff45\uff4e\uff44 \uff4d\uff4f\uff4e\uff45\uff59",  # full-width
    "pa\u200by\u200d n\u2060ow \ufeff",  # zero-width splitters
    "\U0001f4f8\U0001f51e\U0001f4b0\U0001f64f\U0001f469\u200d\U0001f469\u200d\U0001f467",
    "\u092a\u0948\u0938\u0947 \u092d\u0947\u091c\u094b \u0935\u0930\u0928\u093e \u0935\u0940\u0921\u093f\u092f\u094b \u0935\u093e\u092f\u0930\u0932",
    "paise bhejo warna video viral kar dunga, cyber cell se bol raha hu",
    "Your KYC is pending, update now: bit.ly/x1 or account blocked. OTP batao",
    "sooooooo   prettyyyyy   \t\n  babe",
    "call +91 98765 43210 or mail a.b@example.com, BTC bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "A\u0301\u0308\u0323 e\u0301 \u1e9b\u0323 \ufb01 \u2163 \u33a1",
    "\u0130stanbul \u03a3\u0399\u03a3\u03a5\u03a6\u039f\u03a3 stra\u00dfe",
    "Beware of such calls, report to 1930. I blocked him.",
    "",
    " ",
]


def write(target, name, data):
    d = os.path.join(FUZZ, "corpus", target)
    os.makedirs(d, exist_ok=True)
    if not name:
        name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def fixtures():
    out = []
    for name in sorted(os.listdir(FIXTURES)):
        with open(os.path.join(FIXTURES, name), "rb") as f:
            out.append((name, f.read()))
    return out


def main():
    fx = fixtures()
    # import: detection (0xff) plus the format each fixture really is, plus a few wrong ones.
    forced = {"canonical": 0, "whatsapp": 1, "telegram": 2, "instagram": 3, "discord": 4, "transcript": 5}
    for name, data in fx:
        stem = name.split(".")[0]
        write("import", f"detect-{stem}", b"\xff" + data)
        for key, idx in forced.items():
            if stem.startswith(key):
                write("import", f"forced-{stem}", bytes([idx]) + data)
        write("import", f"as-transcript-{stem}", b"\x05" + data[:300])
    write("import", "utf16", b"\xff\xff\xfe" + "Asha: hi \U0001f64f".encode("utf-16-le"))
    write("import", "bad-lines", b"\x00" + b'{"id":"a","messages":[]}\n{"id": \n\xff\xfe\n[1,2]\n{"messages":[{"sender":"x","text":5}]}\n')
    write("import", "nested", b"\x00" + b"[" * 200 + b"]" * 200)
    # normalize / signals / tokenizer: texts.
    for i, t in enumerate(TEXTS):
        b = t.encode("utf-8")
        write("normalize", f"text-{i:02}", bytes([i * 17 % 256]) + b)
        write("signals", f"text-{i:02}", b)
        write("tokenizer", f"text-{i:02}", b)
    # http_body: each fixture to /v1/score with detection, and JSON to the batch route.
    for name, data in fx:
        stem = name.split(".")[0]
        write("http_body", f"score-{stem}", bytes([4 << 1]) + data)
        if name.endswith(".json") or name.endswith(".jsonl"):
            write("http_body", f"batch-json-{stem}", bytes([1]) + data)
            write("http_body", f"batch-ndjson-{stem}", bytes([1 | 1 << 1]) + data)
    write("http_body", "text-explain", bytes([2 << 1 | 1 << 4]) + "Ravi: send 5000 now\nAsha: no".encode())
    # model_file: the small model in each mode.
    with open(os.path.join(HERE, "small-model.json"), "rb") as f:
        model = f.read()
    write("model_file", "raw", b"\x00" + model)
    write("model_file", "reseal", b"\x01" + model)
    write("model_file", "edits-none", b"\x02")
    write("model_file", "edit-weight", b"\x02" + bytes([0x10, 0x20, 0x00, ord("7")]))
    write("model_file", "truncate", b"\x03" + b"abcd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
