#!/usr/bin/env python3
"""Generate the chatrisk training corpus as JSON Lines.

    python3 training/generator/generate.py --seed 20261128 --out training/corpus/generated.jsonl

Each label module (sextortion, scam, benign) exposes
``generate(rng, count) -> list[dict]``. Every label gets its own
``random.Random`` derived from the seed, so changing one module or count
does not disturb the others. Output is byte-identical for the same seed.

After the full conversations come "snippets": contiguous windows of 2-8
messages cut from freshly generated conversations (ids ``gen-<label>-sNNNNN``,
scenario ``<original>_snippet``), drawn from a separate RNG stream per label so
the full conversations do not change when snippet counts do. A label module
may define ``is_snippet_anchor(message) -> bool`` using the internal
``_stage`` tag of a message; every window then contains at least one anchor
(a coercive move for sextortion, the request/pitch/demand for scam). Benign
windows are random. Keys starting with ``_`` are internal and never written.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

LABELS = ("sextortion", "scam", "benign")  # output order
SOURCE = "chatrisk-generated"
FIELD_ORDER = ("id", "label", "source", "lang", "scenario", "messages")
SNIPPET_LENGTHS = ((2, 10), (3, 15), (4, 16), (5, 15), (6, 13), (7, 11), (8, 10))  # (messages, weight), same for every label


def label_rng(seed: int, label: str) -> random.Random:
    """An independent, stable RNG for one label (no dependence on hash randomisation)."""
    digest = hashlib.sha256(f"{seed}:{label}".encode("utf-8")).hexdigest()
    return random.Random(int(digest[:16], 16))


def load(label: str):
    """Import a label module, or None with a warning when it does not exist yet."""
    try:
        return importlib.import_module(label)
    except ModuleNotFoundError as exc:
        if exc.name == label:
            print(f"warning: module {label}.py not found, skipping label {label!r}", file=sys.stderr)
            return None
        raise


def strip_internal(conv: dict) -> dict:
    """Drop internal keys (leading underscore) from a conversation and its messages."""
    out = {k: v for k, v in conv.items() if not k.startswith("_")}
    if "messages" in out:
        out["messages"] = [{k: v for k, v in m.items() if not k.startswith("_")} for m in out["messages"]]
    return out


def snippet_rng(seed: int, label: str) -> random.Random:
    """The RNG stream for one label's snippets (independent of the full-conversation stream)."""
    return label_rng(seed, f"{label}:snippets")


def make_snippets(mod, label: str, rng: random.Random, count: int) -> list[dict]:
    """Cut `count` windows of 2-8 messages, one from each freshly generated conversation."""
    anchor = getattr(mod, "is_snippet_anchor", None)
    lengths = tuple(SNIPPET_LENGTHS)
    out = []
    tries = 0
    n = weighted_pick(rng, lengths)
    while len(out) < count:
        tries += 1
        if tries > count * 50:
            raise RuntimeError(f"could not cut enough {label} snippets")
        conv = mod.generate(rng, 1)[0]
        msgs = conv.get("messages", [])
        if len(msgs) < n:
            continue  # keep the drawn length and try another conversation: same length mix for every label
        if anchor is not None:
            idxs = [i for i, m in enumerate(msgs) if anchor(m)]
            if not idxs:
                continue
            i = idxs[rng.randrange(len(idxs))]
            lo, hi = max(0, i - n + 1), min(i, len(msgs) - n)
            start = rng.randrange(lo, hi + 1)
        else:
            start = rng.randrange(0, len(msgs) - n + 1)
        snip = dict(conv)
        snip["messages"] = msgs[start : start + n]
        snip["scenario"] = conv.get("scenario", "") + "_snippet"
        out.append(snip)
        n = weighted_pick(rng, lengths)
    return out


def weighted_pick(rng: random.Random, pairs) -> int:
    """Pick an item from (item, weight) pairs."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def normalise(conv: dict, label: str, idx) -> dict:
    """Attach id/source, drop internal keys and put fields in a fixed order (idx int or 's00001')."""
    out = strip_internal(conv)
    out["id"] = f"gen-{label}-{idx:05d}" if isinstance(idx, int) else f"gen-{label}-{idx}"
    out["source"] = SOURCE
    out.setdefault("label", label)
    if out["label"] != label:
        raise ValueError(f"{label} module produced label {out['label']!r}")
    ordered = {k: out[k] for k in FIELD_ORDER if k in out}
    for k in sorted(out):
        if k not in ordered:
            ordered[k] = out[k]
    return ordered


def main(argv=None) -> int:
    """Parse arguments, generate every label, write JSONL, print counts to stderr."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20261128)
    ap.add_argument("--out", default=os.path.join("training", "corpus", "generated.jsonl"))
    ap.add_argument("--sextortion", type=int, default=2000)
    ap.add_argument("--scam", type=int, default=2000)
    ap.add_argument("--benign", type=int, default=5000)
    ap.add_argument("--snippets-sextortion", type=int, default=1200)
    ap.add_argument("--snippets-scam", type=int, default=500)
    ap.add_argument("--snippets-benign", type=int, default=1800)
    args = ap.parse_args(argv)

    counts = {"sextortion": args.sextortion, "scam": args.scam, "benign": args.benign}
    rows = []
    for label in LABELS:
        if counts[label] <= 0:
            continue
        mod = load(label)
        if mod is None:
            continue
        convs = mod.generate(label_rng(args.seed, label), counts[label])
        for i, conv in enumerate(convs, start=1):
            rows.append(normalise(conv, label, i))

    snip_counts = {"sextortion": args.snippets_sextortion, "scam": args.snippets_scam, "benign": args.snippets_benign}
    for label in LABELS:
        if snip_counts[label] <= 0:
            continue
        mod = load(label)
        if mod is None:
            continue
        for i, conv in enumerate(make_snippets(mod, label, snippet_rng(args.seed, label), snip_counts[label]), start=1):
            rows.append(normalise(conv, label, f"s{i:05d}"))

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")

    by_label = collections.Counter(r["label"] for r in rows)
    by_scen = collections.Counter((r["label"], r.get("scenario", "")) for r in rows)
    by_lang = collections.Counter((r["label"], r.get("lang", "")) for r in rows)
    print(f"wrote {len(rows)} conversations to {args.out}", file=sys.stderr)
    for label in sorted(by_label):
        lens = sorted(len(r["messages"]) for r in rows if r["label"] == label)
        snip = sorted(len(r["messages"]) for r in rows if r["label"] == label and r["id"].startswith(f"gen-{label}-s"))
        for name, ls in (("all", lens), ("snippets", snip)):
            if ls:
                print(f"length {label} {name}: n={len(ls)} min={ls[0]} median={ls[len(ls) // 2]} mean={sum(ls) / len(ls):.1f} max={ls[-1]}", file=sys.stderr)
    for label in sorted(by_label):
        print(f"{label}: {by_label[label]}", file=sys.stderr)
        for (lb, lang), n in sorted(by_lang.items()):
            if lb == label:
                print(f"  lang {lang}: {n}", file=sys.stderr)
        for (lb, sc), n in sorted(by_scen.items()):
            if lb == label:
                print(f"  scenario {sc}: {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
