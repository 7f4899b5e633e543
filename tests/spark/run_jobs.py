#!/usr/bin/env python3
"""Runs the remaining Spark job variants for run.sh in one Spark application.

    spark-submit --master local[2] run_jobs.py JOB_PY WORKDIR BINARY MODEL

(One application instead of one spark-submit each saves a JVM start per
variant.) Writes WORKDIR/out-keyed, WORKDIR/out-parquet and
WORKDIR/negative.txt (`ok` when the job refused a binary that drops lines).
"""

import importlib.util
import os
import sys
import time

from pyspark.sql import SparkSession


def main():
    job_py, work, binary, model = sys.argv[1:5]
    spec = importlib.util.spec_from_file_location("chatrisk_job", job_py)
    job = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(job)
    W = lambda name: os.path.join(work, name)  # noqa: E731

    spark = SparkSession.builder.appName("chatrisk-spark-test").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    common = ["--binary", binary, "--model", model]

    t = time.time()
    job.run(spark, job.parse_args(common + [
        "--partitions", "3", "--with-key",
        W("half-a.jsonl"), W("half-b.jsonl"), W("out-keyed")]))
    print(f"variant: two files, jsonl --with-key, 3 partitions: {time.time() - t:.1f}s")

    t = time.time()
    job.run(spark, job.parse_args(common + [
        "--partitions", "2", "--output-format", "parquet",
        W("conversations.jsonl"), W("out-parquet")]))
    print(f"variant: parquet, 2 partitions: {time.time() - t:.1f}s")

    # The count check must catch a filter that loses lines: a stand-in binary
    # that swallows the first line of every partition has to fail the job.
    bad = W("chatrisk-drops-lines")
    with open(bad, "w") as f:
        f.write("#!/bin/sh\nexec sed 1d\n")
    os.chmod(bad, 0o755)
    t = time.time()
    try:
        job.run(spark, job.parse_args(["--binary", bad, "--partitions", "2",
                                       W("conversations.jsonl"), W("out-bad")]))
        verdict = "FAIL: the job accepted a binary that drops lines"
    except BaseException as e:  # SystemExit from the count check or a Spark error from zip
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        verdict = f"ok: refused ({first[:120]})"
    print(f"variant: line-dropping binary: {verdict} in {time.time() - t:.1f}s")
    with open(W("negative.txt"), "w") as f:
        f.write(verdict + "\n")
    spark.stop()


if __name__ == "__main__":
    main()
