"""A scikit-learn baseline for `chatrisk scan`: TF-IDF + logistic regression.

Trains word 1-2 gram and char 2-5 gram TF-IDF features with one multinomial
LogisticRegression on the labeled corpus (text = the conversation's messages
joined by newlines), then scores a scan file on one core. Only scoring
(reading lines, vectorizing, predicting) is timed, in batches as a scan
would; training time is printed separately.

usage: sklearn_baseline.py --train FILE [FILE ...] --scan FILE [--batch N]
"""

import argparse
import json
import os
import sys
import time

# One core: BLAS and joblib must not fan out.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

from scipy.sparse import hstack  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402


def conversation_text(line):
    conv = json.loads(line)
    return conv, "\n".join(m.get("text", "") for m in conv.get("messages", []))


def read_labeled(paths):
    texts, labels = [], []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                conv, text = conversation_text(line)
                if conv.get("label"):
                    texts.append(text)
                    labels.append(conv["label"])
    return texts, labels


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--scan", required=True)
    ap.add_argument("--batch", type=int, default=1024)
    args = ap.parse_args()

    t0 = time.perf_counter()
    texts, labels = read_labeled(args.train)
    word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
    x = hstack([word.fit_transform(texts), char.fit_transform(texts)]).tocsr()
    clf = LogisticRegression(max_iter=1000)
    clf.fit(x, labels)
    train_s = time.perf_counter() - t0
    print(f"trained on {len(texts)} conversations in {train_s:.1f} s", file=sys.stderr)

    size = os.path.getsize(args.scan)
    n = 0
    t0 = time.perf_counter()
    with open(args.scan, encoding="utf-8") as f:
        batch = []

        def flush():
            xb = hstack([word.transform(batch), char.transform(batch)]).tocsr()
            return len(clf.predict_proba(xb))

        for line in f:
            if not line.strip():
                continue
            batch.append(conversation_text(line)[1])
            if len(batch) >= args.batch:
                n += flush()
                batch = []
        if batch:
            n += flush()
    secs = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "conversations": n,
                "bytes": size,
                "seconds": round(secs, 3),
                "mb_per_s": round(size / secs / 1e6, 3),
                "conversations_per_s": round(n / secs, 1),
                "train_seconds": round(train_s, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
