#!/usr/bin/env python3
"""Builds the round-3 benchmark file: every corpus chat
(training/corpus/**/*.jsonl, training/heldout/**/*.jsonl) repeated, with a
suffix on each `id`, until the file holds MB megabytes.

Usage: python3 benches/scan/make_real.py MB OUT
"""
import glob
import json
import sys


def main():
    mb, out = int(sys.argv[1]), sys.argv[2]
    files = sorted(glob.glob("training/corpus/**/*.jsonl", recursive=True))
    files += sorted(glob.glob("training/heldout/**/*.jsonl", recursive=True))
    lines = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            lines += [l for l in fh if l.strip()]
    limit = mb * 1_000_000
    written, rep = 0, 0
    with open(out, "w", encoding="utf-8") as fh:
        while written < limit:
            for l in lines:
                d = json.loads(l)
                if "id" in d:
                    d["id"] = f"{d['id']}~{rep}"
                s = json.dumps(d, ensure_ascii=False) + "\n"
                fh.write(s)
                written += len(s.encode("utf-8"))
                if written >= limit:
                    break
            rep += 1


if __name__ == "__main__":
    main()
