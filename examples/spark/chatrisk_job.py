#!/usr/bin/env python3
"""Run `chatrisk scan` inside Apache Spark as a plain filter.

Reads canonical conversations (JSON Lines text files, plain or compressed),
pipes every partition through the `chatrisk` binary with `RDD.pipe`, checks
that each partition gave back exactly one result line per conversation line,
and writes the results as JSON Lines or Parquet.

    spark-submit --master local[2] examples/spark/chatrisk_job.py \
        --binary target/release/chatrisk --model model.json \
        --partitions 8 --output-format jsonl  conversations.jsonl  out/

The binary (and the optional model file) is shipped to the executors with
`SparkContext.addFile`; on an executor it is found with `SparkFiles.get`'s
directory or, on a cluster, in the executor's working directory, where
`spark-submit --files` puts it. See README.md beside this file.

Results are the binary's own lines. Two numbers the binary derives from the
position of a line in its input are made file-wide again, so that the output
is what `chatrisk scan --format jsonl - < FILE` prints for each input file:
  * the `line` of an error record, and
  * the `stdin:N` id given to a conversation that has no `id` of its own.
Every result is keyed by its input file and 1-based line number (`input`,
`line`), so it can be joined back to the conversation it came from.
"""

import argparse
import os
import shlex
import sys
import time

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession

# Runs on the executors: finds the shipped binary and model, runs one scan
# over the partition on stdin, and turns exit code 1 ("some records were
# error records", which are in the output as records) into success. Any other
# non-zero code (bad model, bad arguments, crash) fails the task.
RUNNER = r"""
bin=$1; bin_name=$2; model=$3; model_name=$4; shift 4
[ -x "$bin" ] || bin=./$bin_name
if [ -n "$model_name" ]; then
  [ -f "$model" ] || model=./$model_name
  set -- --model "$model" "$@"
fi
"$bin" scan "$@"
rc=$?
if [ "$rc" -eq 1 ]; then exit 0; fi
exit "$rc"
"""

# What the binary counts as a blank line (Rust's `u8::is_ascii_whitespace`):
# it skips such lines and prints nothing for them.
ASCII_WS = " \t\n\r\x0c"


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Score chat conversations for sextortion/scam risk with chatrisk on Spark.")
    ap.add_argument("inputs", nargs="+",
                    help="JSONL files, directories or globs (any Hadoop file system)")
    ap.add_argument("output", help="output directory (must not exist unless --overwrite)")
    ap.add_argument("--binary", default="chatrisk",
                    help="chatrisk executable to ship to the executors (default: %(default)s; "
                         "a bare name already shipped with spark-submit --files also works)")
    ap.add_argument("--model", help="model file to ship and pass as --model (optional)")
    ap.add_argument("--partitions", type=int,
                    help="number of partitions to scan in (default: as the input splits)")
    ap.add_argument("--output-format", choices=["jsonl", "parquet"], default="jsonl")
    ap.add_argument("--with-key", action="store_true",
                    help='jsonl: write {"input":..,"line":..,"result":{..}} instead of the bare '
                         "result lines (parquet always has the key columns)")
    ap.add_argument("--min-level", choices=["low", "medium", "high"],
                    help="drop reports below this level after scanning (errors are kept)")
    ap.add_argument("--threads", type=int,
                    help="worker threads of each chatrisk process (default: spark.task.cpus)")
    ap.add_argument("--overwrite", action="store_true", help="replace the output directory")
    return ap.parse_args(argv)


def expand_inputs(sc, inputs):
    """Input paths, globs and directories -> sorted list of file URIs."""
    jvm = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    files = []
    for arg in inputs:
        path = jvm.org.apache.hadoop.fs.Path(arg)
        fs = path.getFileSystem(conf)
        statuses = fs.globStatus(path)
        if not statuses:
            raise SystemExit(f"chatrisk_job: no such input: {arg}")
        found = []
        for st in statuses:
            if st.isDirectory():
                it = fs.listFiles(st.getPath(), True)
                while it.hasNext():
                    f = it.next()
                    name = f.getPath().getName()
                    if f.isFile() and not name.startswith((".", "_")):
                        found.append(f.getPath().toString())
            else:
                found.append(st.getPath().toString())
        files.extend(sorted(found))
    return files


def ship(sc, path):
    """addFile a local path or URI; returns (driver-side path, file name)."""
    if path is None:
        return "", ""
    name = os.path.basename(path.rstrip("/"))
    if os.path.exists(path) or "://" in path:
        sc.addFile(path)
    # else: a bare name that spark-submit --files already shipped.
    try:
        local = SparkFiles.get(name)
    except Exception:
        local = ""
    return local, name


def fix_positions(pairs):
    """Make partition-relative line numbers and `stdin:N` ids file-wide again.

    `pairs` is one partition of ((file_no, line, text), result), in the order
    the lines were piped; k (1-based) is the line number the binary saw.
    """
    import json
    for k, ((file_no, line, text), result) in enumerate(pairs, start=1):
        if k != line:
            err_head = '{"source":"-","line":%d,' % k
            if result.startswith(err_head):
                result = '{"source":"-","line":%d,' % line + result[len(err_head):]
            local_id = '"id":"stdin:%d"' % k
            if local_id in result:
                try:
                    had_id = json.loads(text).get("id") is not None
                except Exception:
                    had_id = True
                if not had_id:
                    result = result.replace(local_id, '"id":"stdin:%d"' % line, 1)
        yield file_no, line, result


def level_ok(result, min_rank):
    ranks = {"low": 0, "medium": 1, "high": 2}
    for name, rank in ranks.items():
        if '"level":"%s"' % name in result:
            return rank >= min_rank
    return True  # error records always pass


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    spark = SparkSession.builder.appName("chatrisk-scan").getOrCreate()
    try:
        run(spark, args)
    finally:
        spark.stop()


def run(spark, args):
    """Scans args.inputs into args.output; returns the number of results."""
    sc = spark.sparkContext
    started = time.time()

    bin_local, bin_name = ship(sc, args.binary)
    model_local, model_name = ship(sc, args.model)
    threads = args.threads or int(sc.getConf().get("spark.task.cpus", "1"))
    command = shlex.join([
        "/bin/sh", "-c", RUNNER, "chatrisk-runner",
        bin_local, bin_name, model_local, model_name,
        "--quiet", "--format", "jsonl", "--threads", str(threads), "-",
    ])
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}

    files = expand_inputs(sc, args.inputs)
    per_file = None
    if args.partitions:
        per_file = max(1, args.partitions // len(files))
    numbered = []
    for file_no, f in enumerate(files):
        lines = sc.textFile(f, minPartitions=per_file) if per_file else sc.textFile(f)
        numbered.append(lines.zipWithIndex().map(
            lambda t, n=file_no: (n, t[1] + 1, t[0])))
    rdd = numbered[0] if len(numbered) == 1 else sc.union(numbered)
    if args.partitions and rdd.getNumPartitions() != args.partitions:
        rdd = rdd.repartition(args.partitions)

    # The binary prints nothing for blank lines, so they are not piped at all.
    lines = rdd.filter(lambda r: r[2].strip(ASCII_WS) != "")
    lines.persist(StorageLevel.MEMORY_AND_DISK)

    # One chatrisk process per partition; zip() fails the job unless every
    # partition gave back exactly as many lines as it was given.
    results = lines.map(lambda r: r[2]).pipe(command, env=env, checkCode=True)
    keyed = lines.zip(results).mapPartitions(fix_positions)
    keyed.persist(StorageLevel.MEMORY_AND_DISK)

    n_lines = lines.count()
    try:
        n_results = keyed.count()
    except Exception as e:
        if ("number of items in batches" in str(e)
                or "same number of elements in each partition" in str(e)):
            raise SystemExit(
                "chatrisk_job: contract broken: a partition got back a different number of "
                "result lines than the conversation lines piped into it") from e
        raise
    if n_results != n_lines:
        raise SystemExit(f"chatrisk_job: contract broken: {n_lines} conversation lines "
                         f"but {n_results} results")
    scanned = time.time()

    kept = keyed
    if args.min_level:
        rank = {"low": 0, "medium": 1, "high": 2}[args.min_level]
        kept = keyed.filter(lambda r: level_ok(r[2], rank))

    mode = "overwrite" if args.overwrite else "errorifexists"
    if args.output_format == "jsonl":
        if args.overwrite:
            jpath = sc._jvm.org.apache.hadoop.fs.Path(args.output)
            jpath.getFileSystem(sc._jsc.hadoopConfiguration()).delete(jpath, True)
        # Sorted by (file, line): the part files, concatenated, are in input order.
        ordered = kept.sortBy(lambda r: (r[0], r[1]), numPartitions=kept.getNumPartitions())
        if args.with_key:
            names = sc.broadcast(files)
            out = ordered.map(lambda r: '{"input":%s,"line":%d,"result":%s}' % (
                __import__("json").dumps(names.value[r[0]]), r[1], r[2]))
        else:
            out = ordered.map(lambda r: r[2])
        out.saveAsTextFile(args.output)
    else:
        from pyspark.sql import functions as F
        names = sc.broadcast(files)
        df = kept.map(lambda r: (names.value[r[0]], r[1], r[2])).toDF(
            "input string, line long, result string")
        j = F.col("result")
        df = df.select(
            "input", "line",
            F.get_json_object(j, "$.id").alias("id"),
            F.get_json_object(j, "$.risk").cast("double").alias("risk"),
            F.get_json_object(j, "$.level").alias("level"),
            F.get_json_object(j, "$.label").alias("label"),
            F.get_json_object(j, "$.error").alias("error"),
            "result",
        )
        df.write.mode(mode).parquet(args.output)

    done = time.time()
    print(f"chatrisk_job: {len(files)} file(s), {n_lines} conversation lines -> "
          f"{n_results} results in {lines.getNumPartitions()} partitions; "
          f"scan {scanned - started:.1f}s, total {done - started:.1f}s "
          f"({n_lines / max(done - started, 1e-9):.0f} lines/s)", file=sys.stderr)
    lines.unpersist()
    keyed.unpersist()
    return n_results


if __name__ == "__main__":
    main()
