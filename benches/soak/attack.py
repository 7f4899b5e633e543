#!/usr/bin/env python3
"""Abusive clients for the soak test, loopback only, bounded in time.

Usage: attack.py HOST PORT SECONDS [kinds...]
kinds: slowbody (64 conns, one body byte every 5 s), slowloris (200 conns,
one header byte every 5 s), idle (1100 plain TCP connects held open),
zipbomb (a zip whose chat text expands to ZIP_MIB MiB, every 2 s),
malformed (a rotating set of bad bodies and bad heads, 5 a second).
Every connection that the server closes is opened again. Prints counts.
"""
import asyncio, io, os, random, sys, time, zipfile

HOST, PORT, SECONDS = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
KINDS = sys.argv[4:] or ["slowbody", "slowloris", "idle", "zipbomb", "malformed"]
assert HOST in ("127.0.0.1", "localhost", "::1"), "loopback only"
END = time.monotonic() + SECONDS
stats = {}

def count(key, n=1):
    stats[key] = stats.get(key, 0) + n

async def hold(head: bytes, drip: bytes, every: float, key: str):
    while time.monotonic() < END:
        try:
            r, w = await asyncio.open_connection(HOST, PORT)
        except OSError:
            count(key + "_connect_failed"); await asyncio.sleep(0.5); continue
        count(key + "_opened")
        try:
            w.write(head); await w.drain()
            while time.monotonic() < END:
                if drip:
                    w.write(drip); await w.drain()
                try:
                    data = await asyncio.wait_for(r.read(4096), timeout=every)
                except asyncio.TimeoutError:
                    continue
                if not data:
                    count(key + "_closed_by_server"); break
                count(key + "_answered")
                if data.startswith(b"HTTP/1.1 "):
                    count(key + "_status_" + data[9:12].decode())
                break
        except OSError:
            count(key + "_reset")
        finally:
            w.close()

def zip_bomb(mib: int) -> bytes:
    line = b"12/02/2026, 10:00 - Ravi: hello, are you coming to the meeting today?\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open("_chat.txt", "w") as f:
            chunk = line * (1024 * 1024 // len(line))
            for _ in range(mib):
                f.write(chunk)
    return buf.getvalue()

async def request(raw: bytes, key: str):
    try:
        r, w = await asyncio.open_connection(HOST, PORT)
        w.write(raw); await w.drain()
        data = await asyncio.wait_for(r.read(65536), timeout=60)
        w.close()
        count(key + "_status_" + (data[9:12].decode() if data.startswith(b"HTTP/1.1 ") else "none"))
    except (OSError, asyncio.TimeoutError):
        count(key + "_failed")

def post(body: bytes, ctype: str, path="/v1/score") -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body

MALFORMED = [
    post(b"42", "application/json"), post(b"null", "application/json"),
    post(b'{"id":"x","messages":[{"sender":"a","text":"\\ud800"}]}', "application/json"),
    post(b"[" * 5000 + b"]" * 5000, "application/json"),
    post(b'{"id":"x","messages":[', "application/octet-stream"),
    post(b'{"id":"c","messages":[{"sender":"a","text":"hi"}]}', "application/json", "/v1/score?format=whatsapp"),
    post(os.urandom(4096), "application/octet-stream"),
    post(b"PK\x03\x04" + os.urandom(2000), "application/zip"),
    b"GARBAGE\r\n\r\n",
    b"POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
    b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 100_000 + b"\r\n\r\n",
]

async def loop_requests(make, every, key):
    tasks = []
    while time.monotonic() < END:
        tasks.append(asyncio.create_task(request(make(), key)))
        await asyncio.sleep(every)
    await asyncio.gather(*tasks)

async def main():
    jobs = []
    body_head = post(b"", "application/json").replace(b"Content-Length: 0", b"Content-Length: 4000")
    if "slowbody" in KINDS:
        jobs += [hold(body_head, b"{", 5.0, "slowbody") for _ in range(64)]
    if "slowloris" in KINDS:
        jobs += [hold(b"GET /healthz HTTP/1.1\r\nHost: x\r\n", b"X", 5.0, "slowloris") for _ in range(200)]
    if "idle" in KINDS:
        jobs += [hold(b"", b"", 5.0, "idle") for _ in range(1100)]
    if "zipbomb" in KINDS:
        bomb = zip_bomb(int(os.environ.get("ZIP_MIB", "64")))
        count("zipbomb_bytes", len(bomb))
        jobs.append(loop_requests(lambda: post(bomb, "application/zip"), 2.0, "zipbomb"))
    if "malformed" in KINDS:
        jobs.append(loop_requests(lambda: random.choice(MALFORMED), 0.2, "malformed"))
    await asyncio.gather(*jobs)
    for k in sorted(stats):
        print(f"ATTACK {k} {stats[k]}")

asyncio.run(main())
