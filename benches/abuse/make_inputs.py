#!/usr/bin/env python3
"""Writes the hostile and oversized inputs the scanner's memory figures are
measured on (README, "Limits"): a zip bomb, a big JSON array, a big WhatsApp
export and a big transcript.

Usage: benches/abuse/make_inputs.py OUT_DIR
"""
import json
import os
import sys
import zipfile

MIB = 1024 * 1024


def whatsapp_lines(total):
    """WhatsApp Android lines, `total` bytes in all, as an iterator of chunks."""
    line = "12/03/2024, 21:04 - Asha: hello, how are you? did you see the video I sent\n"
    block = line * 4096
    written = 0
    while written < total:
        chunk = block[: total - written]
        written += len(chunk)
        yield chunk


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)

    # 500 MiB of WhatsApp lines deflated into a ~1.5 MB zip.
    with zipfile.ZipFile(os.path.join(out, "bomb.zip"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open("_chat.txt", "w", force_zip64=True) as f:
            for chunk in whatsapp_lines(500 * MIB):
                f.write(chunk.encode())

    # A 43 MB WhatsApp export (one chat).
    with open(os.path.join(out, "big_whatsapp.txt"), "w") as f:
        for chunk in whatsapp_lines(43 * 1000 * 1000):
            f.write(chunk)

    # A 200 MB transcript.
    with open(os.path.join(out, "big_transcript.txt"), "w") as f:
        line = "Asha: hello, how are you? did you see the video I sent\n"
        n = 200 * 1000 * 1000 // len(line)
        block = line * 4096
        for _ in range(n // 4096):
            f.write(block)

    # A 200 MB JSON array of small canonical conversations.
    conv = {
        "id": "c",
        "messages": [
            {"sender": "a", "text": "hi, how are you doing today?"},
            {"sender": "b", "text": "fine, and you? send me your number"},
        ],
    }
    with open(os.path.join(out, "big_array.json"), "w") as f:
        f.write("[\n")
        size = 2
        i = 0
        while size < 200 * 1000 * 1000:
            conv["id"] = f"c{i}"
            s = ("," if i else "") + json.dumps(conv) + "\n"
            f.write(s)
            size += len(s)
            i += 1
        f.write("]\n")


if __name__ == "__main__":
    main()
