#!/usr/bin/env python3
"""Generate the chatrisk training corpus as JSON Lines.

    python3 training/generator/generate.py --seed 20261128 --out training/corpus/generated.jsonl

Each label module (sextortion, scam, benign) exposes
``generate(rng, count) -> list[dict]``. Every label gets its own
``random.Random`` derived from the seed, so changing one module or count
does not disturb the others. Output is byte-identical for the same seed.
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


def normalise(conv: dict, label: str, idx: int) -> dict:
    """Attach id/source and put fields in a fixed order."""
    out = dict(conv)
    out["id"] = f"gen-{label}-{idx:05d}"
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

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")

    by_label = collections.Counter(r["label"] for r in rows)
    by_scen = collections.Counter((r["label"], r.get("scenario", "")) for r in rows)
    by_lang = collections.Counter((r["label"], r.get("lang", "")) for r in rows)
    print(f"wrote {len(rows)} conversations to {args.out}", file=sys.stderr)
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
