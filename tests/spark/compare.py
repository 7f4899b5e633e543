#!/usr/bin/env python3
"""Checks the Spark job's outputs against `chatrisk scan -` run directly.

    compare.py WORKDIR

WORKDIR holds what run.sh made:
  conversations.jsonl            the generated input (with broken and blank lines)
  direct.jsonl                   chatrisk scan --quiet - < conversations.jsonl
  half-a.jsonl, half-b.jsonl     the same input split in two files,
  direct-a.jsonl, direct-b.jsonl   and each scanned directly
  out-jsonl/                     job: --output-format jsonl (bare result lines)
  out-keyed/                     job on the two halves: jsonl --with-key
  out-parquet/                   job: --output-format parquet
  negative.txt                   verdict of the job on a line-dropping binary
Prints one line per check and `N passed, M failed`; exits 1 on any failure.
"""

import glob
import json
import os
import sys
from collections import Counter

WS = " \t\n\r\x0c"
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""))


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def part_lines(directory):
    out = []
    for p in sorted(glob.glob(os.path.join(directory, "part-*"))):
        out.extend(read_lines(p))
    return out


def by_input_line(input_path, direct_path):
    """Direct results keyed by the 1-based input line each one answers."""
    nonblank = [i for i, t in enumerate(read_lines(input_path), 1) if t.strip(WS)]
    direct = read_lines(direct_path)
    return nonblank, direct, dict(zip(nonblank, direct))


def first_diff(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"first difference at result {i + 1}:\n  spark:  {x[:200]}\n  direct: {y[:200]}"
    return f"lengths {len(a)} vs {len(b)}"


def main():
    work = sys.argv[1]
    W = lambda name: os.path.join(work, name)  # noqa: E731

    nonblank, direct, direct_at = by_input_line(W("conversations.jsonl"), W("direct.jsonl"))
    n_errors = sum(1 for line in direct if line.startswith('{"source":'))
    check("direct scan: one result per non-blank input line", len(direct) == len(nonblank),
          f"{len(direct)} results for {len(nonblank)} lines")
    check("direct scan: the broken lines gave error records", n_errors >= 5, f"{n_errors}")
    check("direct scan: some conversations had derived stdin:N ids",
          any(line.startswith('{"id":"stdin:') for line in direct))

    # 1. JSONL, bare results: same multiset, and in input order the same bytes.
    spark = part_lines(W("out-jsonl"))
    check("jsonl: result count equals input count", len(spark) == len(direct),
          f"{len(spark)} vs {len(direct)}")
    check("jsonl: same multiset of result lines", Counter(spark) == Counter(direct))
    check("jsonl: part files in order equal the direct output line for line",
          spark == direct, first_diff(spark, direct))

    # 2. Two input files, results keyed by (input, line), joined to each file's direct scan.
    keyed = [json.loads(line) for line in part_lines(W("out-keyed"))]
    for half in ("a", "b"):
        lines, d, d_at = by_input_line(W(f"half-{half}.jsonl"), W(f"direct-{half}.jsonl"))
        # Compared as raw text: re-encoding a float could hide a difference.
        raw = {}
        for text in part_lines(W("out-keyed")):
            head, _, rest = text.partition(',"result":')
            key = json.loads(head + "}")
            if key["input"].endswith(f"half-{half}.jsonl"):
                raw[key["line"]] = rest[:-1]
        check(f"keyed/{half}: one result for every non-blank line, keyed by line",
              sorted(raw) == lines, f"{len(raw)} keys for {len(lines)} lines")
        bad = [n for n in lines if raw.get(n) != d_at.get(n)]
        check(f"keyed/{half}: joined by input line, every result identical", not bad,
              f"{len(bad)} differ, first at line {bad[0] if bad else None}: "
              f"{raw.get(bad[0], '')[:150] if bad else ''} vs {d_at.get(bad[0], '')[:150] if bad else ''}")
    check("keyed: results came in file order", [(r["input"], r["line"]) for r in keyed] ==
          sorted((r["input"], r["line"]) for r in keyed))

    # 3. Parquet: key columns, extracted columns, raw result.
    from pyspark.sql import SparkSession
    s = (SparkSession.builder.master("local[1]").appName("chatrisk-compare")
         .config("spark.ui.enabled", "false").getOrCreate())
    s.sparkContext.setLogLevel("ERROR")
    rows = s.read.parquet(W("out-parquet")).collect()
    s.stop()
    at = {r["line"]: r for r in rows}
    check("parquet: one row per non-blank input line", sorted(at) == nonblank and
          len(rows) == len(nonblank), f"{len(rows)} rows for {len(nonblank)} lines")
    bad = [n for n in nonblank if n not in at or at[n]["result"] != direct_at[n]]
    check("parquet: joined by input line, every result identical", not bad,
          f"{len(bad)} differ, first at line {bad[0] if bad else None}")
    cols_ok = all(
        (r["error"] is not None) == r["result"].startswith('{"source":')
        and (r["error"] is not None or (
            r["id"] == json.loads(r["result"])["id"]
            and r["level"] == json.loads(r["result"])["level"]
            and r["risk"] == json.loads(r["result"])["risk"]))
        for r in rows)
    check("parquet: id/risk/level/error columns agree with the result JSON", cols_ok)

    # 4. The job refuses a filter that loses lines.
    verdict = open(W("negative.txt")).read().strip() if os.path.exists(W("negative.txt")) else ""
    check("a binary that drops lines fails the job", verdict.startswith("ok"), verdict)

    passed = sum(results)
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
