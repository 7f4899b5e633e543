#!/usr/bin/env python3
"""Convert hand-written chats in the compact `.chat` format to canonical JSON Lines.

Writers type conversations in a compact form (one message a line) and this
script turns them into canonical conversations, with timestamps laid out
deterministically from the conversation id. The same rules apply to every
label, so nothing about the layout can give a label away.

Format (UTF-8; blank lines and lines starting with '#' between conversations
are ignored):

    === w07-0001
    label: sextortion            # sextortion | scam | benign
    lang: ta-Latn                # BCP-47-ish: en, hi, hi-Latn, mr, mr-Latn, ta, ...
    scenario: insta_video_call_recorded
    platform: instagram          # whatsapp | instagram | telegram | facebook | discord | sms | snapchat | dating_app | call_transcript | other
    exported_by: victim          # victim | scammer_side | friend | counsellor | moderator | police | family | self | other
    start: 2026-03-14 21:04      # optional; otherwise derived from the id
    A: Ananya Roy                # participants: one capital letter each
    B: Karthik M
    ---
    A[befriend]: hiii
    A: saw ur reels           # no [stage] means stage "none"
    B: haha thanks\\nwho is this   # \\n inside a message is a line break
    ~: <Media omitted>        # an app notice (system message), never speech
    @ +3h                     # a gap before the next message (m, h, d or w)
    B[victim_plea]: please dont

Usage:
    chatfmt.py FILE.chat... --out OUT.jsonl [--writer NAME]
    chatfmt.py --check FILE.chat...      # parse only, report errors
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys

LABELS = {"sextortion", "scam", "benign"}
STAGES = {
    "befriend",
    "platform_move",
    "video_call",
    "undress_request",
    "recording",
    "leak_threat",
    "money_demand",
    "payment_handle",
    "impersonation",
    "victim_plea",
    "none",
}
PLATFORMS = {
    "whatsapp",
    "instagram",
    "telegram",
    "facebook",
    "discord",
    "sms",
    "snapchat",
    "dating_app",
    "call_transcript",
    "other",
}
HEADER_KEYS = {"label", "lang", "scenario", "platform", "exported_by", "start"}
REQUIRED = ("label", "lang", "scenario", "platform", "exported_by")
MSG_RE = re.compile(r"^([A-Z])(?:\[([a-z_]+)\])?:\s?(.*)$")
GAP_RE = re.compile(r"^@\s*\+(\d+)\s*([mhdw])$")
TZ = dt.timezone(dt.timedelta(hours=5, minutes=30))


class ChatError(Exception):
    def __init__(self, path: str, line: int, msg: str):
        super().__init__(f"{path}:{line}: {msg}")


def _start_time(conv_id: str, header_start: str | None, path: str, line: int) -> dt.datetime:
    if header_start:
        try:
            return dt.datetime.strptime(header_start, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
        except ValueError:
            raise ChatError(path, line, f"start must look like 2026-03-14 21:04, got {header_start!r}")
    h = int.from_bytes(hashlib.sha256(conv_id.encode()).digest()[:8], "big")
    base = dt.datetime(2025, 6, 1, 8, 0, tzinfo=TZ)
    return base + dt.timedelta(days=h % 540, minutes=(h >> 12) % 900)


def parse(path: str, text: str, writer: str | None = None) -> list[dict]:
    convs: list[dict] = []
    cur: dict | None = None
    in_body = False
    lines = text.splitlines()

    def finish(lineno: int):
        nonlocal cur
        if cur is None:
            return
        for k in REQUIRED:
            if k not in cur["header"]:
                raise ChatError(path, cur["line"], f"conversation {cur['id']} has no '{k}:' header")
        if not cur["msgs"]:
            raise ChatError(path, cur["line"], f"conversation {cur['id']} has no messages")
        h = cur["header"]
        if h["label"] not in LABELS:
            raise ChatError(path, cur["line"], f"unknown label {h['label']!r}")
        if h["platform"] not in PLATFORMS:
            raise ChatError(path, cur["line"], f"unknown platform {h['platform']!r}")
        rng = random.Random(cur["id"])
        t = _start_time(cur["id"], h.get("start"), path, cur["line"])
        messages = []
        for kind, who, stage, body, gap, ln in cur["msgs"]:
            if gap is not None:
                t += gap
            else:
                # Same gap distribution for every label: mostly quick replies,
                # sometimes a pause.
                r = rng.random()
                secs = rng.randint(5, 90) if r < 0.6 else rng.randint(90, 900) if r < 0.92 else rng.randint(900, 7200)
                t += dt.timedelta(seconds=secs)
            m = {"sender": who, "text": body, "ts": t.replace(second=0).isoformat()}
            if kind == "system":
                m["kind"] = "system"
            m["stage"] = stage
            messages.append(m)
        conv = {
            "id": cur["id"],
            "label": h["label"],
            "source": "chatrisk-handwritten",
            "lang": h["lang"],
            "scenario": h["scenario"],
            "platform": h["platform"],
            "exported_by": h["exported_by"],
        }
        if writer:
            conv["writer"] = writer
        conv["messages"] = messages
        if h["label"] != "sextortion":
            bad = [m for m in messages if m["stage"] != "none"]
            if bad:
                raise ChatError(path, cur["line"], f"{cur['id']}: {h['label']} chats carry stage 'none' only")
        convs.append(conv)
        cur = None

    pending_gap = None
    for i, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if line.startswith("==="):
            finish(i)
            cid = line[3:].strip()
            if not re.fullmatch(r"[A-Za-z0-9_.-]+", cid):
                raise ChatError(path, i, f"bad conversation id {cid!r}")
            cur = {"id": cid, "header": {}, "people": {}, "msgs": [], "line": i}
            in_body = False
            pending_gap = None
            continue
        if cur is None:
            if line.strip() == "" or line.lstrip().startswith("#"):
                continue
            raise ChatError(path, i, "text before the first '=== id' line")
        if not in_body:
            s = line.split("#", 1)[0].strip() if not re.match(r"^[A-Z]:", line) else line.strip()
            if s == "":
                continue
            if s == "---":
                in_body = True
                continue
            m = re.match(r"^([A-Z]):\s*(.+)$", s)
            if m:
                cur["people"][m.group(1)] = m.group(2).strip()
                continue
            m = re.match(r"^([a-z_]+):\s*(.+)$", s)
            if m and m.group(1) in HEADER_KEYS:
                cur["header"][m.group(1)] = m.group(2).strip()
                continue
            raise ChatError(path, i, f"unexpected header line {line!r}")
        if line.strip() == "":
            continue
        g = GAP_RE.match(line.strip())
        if g:
            n, unit = int(g.group(1)), g.group(2)
            pending_gap = {"m": dt.timedelta(minutes=n), "h": dt.timedelta(hours=n), "d": dt.timedelta(days=n), "w": dt.timedelta(weeks=n)}[unit]
            continue
        if line.startswith("~:"):
            body = line[2:].strip()
            cur["msgs"].append(("system", "", "none", body, pending_gap, i))
            pending_gap = None
            continue
        m = MSG_RE.match(line)
        if not m:
            raise ChatError(path, i, f"expected 'A: text', 'A[stage]: text', '~: notice' or '@ +2h', got {line!r}")
        who, stage, body = m.group(1), m.group(2) or "none", m.group(3).replace("\\n", "\n").strip()
        if who not in cur["people"]:
            raise ChatError(path, i, f"sender {who} is not declared in the header")
        if stage not in STAGES:
            raise ChatError(path, i, f"unknown stage {stage!r}; one of {sorted(STAGES)}")
        if body == "":
            raise ChatError(path, i, "empty message")
        cur["msgs"].append(("speech", cur["people"][who], stage, body, pending_gap, i))
        pending_gap = None
    finish(len(lines) + 1)
    return convs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--out")
    ap.add_argument("--writer")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = []
    seen: dict[str, str] = {}
    errors = 0
    for f in a.files:
        try:
            with open(f, encoding="utf-8") as fh:
                convs = parse(f, fh.read(), a.writer)
        except ChatError as e:
            print(f"error: {e}", file=sys.stderr)
            errors += 1
            continue
        for c in convs:
            if c["id"] in seen:
                print(f"error: {f}: duplicate id {c['id']} (also in {seen[c['id']]})", file=sys.stderr)
                errors += 1
            seen[c["id"]] = f
        out.extend(convs)
    if errors:
        return 1
    if a.check or not a.out:
        from collections import Counter

        print(f"{len(out)} conversations: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c['label'] for c in out).items())))
        return 0
    with open(a.out, "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} conversations to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
