#!/usr/bin/env python3
"""Builds a benchmark file from the repository's own chats: every corpus chat
(training/corpus/**/*.jsonl, and training/heldout/**/*.jsonl unless
--train-only) repeated, with a suffix on each `id`, until the file holds MB
megabytes, or --chats N conversations.

Usage: python3 benches/scan/make_real.py MB OUT
       python3 benches/scan/make_real.py --chats N [--train-only] OUT

--train-only keeps the held-out chats out, for the training benchmark. The
files go under target/bench-data/ and are never committed.
"""
import argparse
import glob
import json


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mb", nargs="?", type=int, help="size in megabytes")
    ap.add_argument("out")
    ap.add_argument("--chats", type=int, help="number of conversations instead of a size")
    ap.add_argument("--train-only", action="store_true", help="leave the held-out chats out")
    args = ap.parse_args()
    if (args.mb is None) == (args.chats is None):
        ap.error("give either MB or --chats N")
    files = sorted(glob.glob("training/corpus/**/*.jsonl", recursive=True))
    if not args.train_only:
        files += sorted(glob.glob("training/heldout/**/*.jsonl", recursive=True))
    lines = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            lines += [l for l in fh if l.strip()]
    if not lines:
        ap.error("no corpus files found: run from the repository root")

    def done(written, chats):
        if args.chats is not None:
            return chats >= args.chats
        return written >= args.mb * 1_000_000

    written, chats, rep = 0, 0, 0
    with open(args.out, "w", encoding="utf-8") as fh:
        while not done(written, chats):
            for l in lines:
                d = json.loads(l)
                if "id" in d:
                    d["id"] = f"{d['id']}~{rep}"
                s = json.dumps(d, ensure_ascii=False) + "\n"
                fh.write(s)
                written += len(s.encode("utf-8"))
                chats += 1
                if done(written, chats):
                    break
            rep += 1


if __name__ == "__main__":
    main()
