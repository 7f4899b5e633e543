#!/usr/bin/env python3
"""The scikit-learn peer, side by side with chatrisk.

Trains a plain baseline on exactly the files chatrisk was trained on
(TF-IDF over word 1-2 grams and char_wb 2-5 grams, sublinear tf, then
multinomial LogisticRegression), scores every evaluation set with both
systems, and prints one table:

- threshold-free: ROC-AUC, PR-AUC (average precision), recall at 2.5 % FPR;
- at the operating point: chatrisk's own levels (label >= medium), and the
  peer's threshold set so it flags as much everyday SMS (the `--calibrate`
  set, UCI ham) as chatrisk does.

Usage:
  benches/baseline/peer.py --train FILE... --eval NAME=FILE... \
      [--calibrate FILE] [--chatrisk target/release/chatrisk] [--model M] [--json OUT]

Requires scikit-learn and numpy (`pip install scikit-learn`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from scipy.sparse import hstack

BENIGN = "benign"


def load(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def text_of(conv):
    return "\n".join(m.get("text", "") for m in conv.get("messages", []) if m.get("kind") != "system")


class Peer:
    def __init__(self, seed=0):
        self.word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
        self.char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        self.lr = LogisticRegression(max_iter=2000, C=10.0, class_weight="balanced", random_state=seed)

    def fit(self, convs):
        texts = [text_of(c) for c in convs]
        y = [c["label"] for c in convs]
        x = hstack([self.word.fit_transform(texts), self.char.fit_transform(texts)]).tocsr()
        self.lr.fit(x, y)
        return self

    def proba(self, convs):
        texts = [text_of(c) for c in convs]
        x = hstack([self.word.transform(texts), self.char.transform(texts)]).tocsr()
        p = self.lr.predict_proba(x)
        return {label: p[:, i] for i, label in enumerate(self.lr.classes_)}


def chatrisk_scores(binary, model, path):
    cmd = [binary, "scan", "-q", path]
    if model:
        cmd[2:2] = ["--model", model]
    out = subprocess.run(cmd, check=False, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"chatrisk scan failed on {path}: {out.stderr.strip()}")
    reports = {}
    for line in out.stdout.splitlines():
        r = json.loads(line)
        if "error" in r:
            continue
        reports[r["id"]] = r
    return reports


def recall_at_fpr(y, s, fpr=0.025):
    y = np.asarray(y, bool)
    s = np.asarray(s, float)
    neg = (~y).sum()
    pos = y.sum()
    if pos == 0 or neg == 0:
        return None
    order = np.argsort(-s, kind="stable")
    best = 0.0
    tp = fp = 0
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and s[order[j + 1]] == s[order[i]]:
            j += 1
        for k in order[i : j + 1]:
            if y[k]:
                tp += 1
            else:
                fp += 1
        if fp / neg <= fpr:
            best = tp / pos
        else:
            break
        i = j + 1
    return best


def metrics(y, s):
    y = np.asarray(y, bool)
    if y.all() or (~y).all():
        return {"roc_auc": None, "pr_auc": None, "recall_2_5": None}
    return {
        "roc_auc": float(roc_auc_score(y, s)),
        "pr_auc": float(average_precision_score(y, s)),
        "recall_2_5": recall_at_fpr(y, s),
    }


def at_point(y, flagged):
    y = np.asarray(y, bool)
    f = np.asarray(flagged, bool)
    rec = float((f & y).sum() / y.sum()) if y.sum() else None
    ben = float((f & ~y).sum() / (~y).sum()) if (~y).sum() else None
    return rec, ben


def threshold_matching(ham_scores, share):
    """The lowest threshold flagging at most `share` of `ham_scores`."""
    s = np.sort(np.asarray(ham_scores))[::-1]
    k = int(np.floor(share * len(s) + 1e-9))
    if k <= 0:
        return float(s[0]) + 1e-9
    return float(s[k - 1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--eval", nargs="+", required=True, help="NAME=FILE")
    ap.add_argument("--calibrate", help="everyday benign texts (UCI ham) to match the peer's flag rate on")
    ap.add_argument("--chatrisk", default="target/release/chatrisk")
    ap.add_argument("--model")
    ap.add_argument("--json")
    a = ap.parse_args()

    train = [c for f in a.train for c in load(f)]
    peer = Peer().fit(train)
    heads = [l for l in peer.lr.classes_ if l != BENIGN]

    # Operating point of the peer: flag as much everyday SMS as chatrisk.
    thresholds = {h: 0.5 for h in heads + ["any"]}
    if a.calibrate:
        ham = [c for c in load(a.calibrate) if c["label"] == BENIGN]
        rep = chatrisk_scores(a.chatrisk, a.model, a.calibrate)
        pp = peer.proba(ham)
        for h in heads + ["any"]:
            if h == "any":
                share = np.mean([rep[c["id"]]["label"] != BENIGN for c in ham if c["id"] in rep])
                scores = 1 - pp[BENIGN]
            else:
                share = np.mean([rep[c["id"]]["label"] == h for c in ham if c["id"] in rep])
                scores = pp[h]
            thresholds[h] = threshold_matching(scores, share)

    rows = []
    for spec in a.eval:
        name, path = spec.split("=", 1)
        convs = load(path)
        rep = chatrisk_scores(a.chatrisk, a.model, path)
        convs = [c for c in convs if c["id"] in rep]
        pp = peer.proba(convs)
        labels = [c["label"] for c in convs]
        for h in [h for h in heads if h in labels] + ["any"]:
            if h == "any":
                y = [l != BENIGN for l in labels]
                cs = [max(rep[c["id"]]["scores"].values(), default=0.0) for c in convs]
                cflag = [rep[c["id"]]["label"] != BENIGN for c in convs]
                ps = 1 - pp[BENIGN]
            else:
                y = [l == h for l in labels]
                cs = [rep[c["id"]]["scores"].get(h, 0.0) for c in convs]
                cflag = [rep[c["id"]]["label"] == h for c in convs]
                ps = pp[h]
            if not any(y):
                continue
            pflag = ps >= thresholds[h]
            cm, pm = metrics(y, cs), metrics(y, ps)
            crec, cben = at_point(y, cflag)
            prec, pben = at_point(y, pflag)
            rows.append(
                {
                    "set": name,
                    "head": h,
                    "n": len(y),
                    "positives": int(sum(y)),
                    "chatrisk": {**cm, "recall": crec, "benign_flagged": cben},
                    "peer": {**pm, "recall": prec, "benign_flagged": pben, "threshold": thresholds[h]},
                }
            )

    f = lambda v: "–" if v is None else f"{v:.3f}"
    print("| set | head | n (pos) | ROC-AUC chatrisk / peer | PR-AUC chatrisk / peer | recall@2.5%FPR chatrisk / peer | at operating point: recall chatrisk / peer | benign flagged chatrisk / peer |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        c, p = r["chatrisk"], r["peer"]
        print(
            f"| {r['set']} | {r['head']} | {r['n']} ({r['positives']}) | {f(c['roc_auc'])} / {f(p['roc_auc'])} | "
            f"{f(c['pr_auc'])} / {f(p['pr_auc'])} | {f(c['recall_2_5'])} / {f(p['recall_2_5'])} | "
            f"{f(c['recall'])} / {f(p['recall'])} | {f(c['benign_flagged'])} / {f(p['benign_flagged'])} |"
        )
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(rows, fh, indent=1)


if __name__ == "__main__":
    main()
