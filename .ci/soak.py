#!/usr/bin/env python3
"""A bounded soak of the CMS example on loopback: mixed traffic from a few clients in
rounds, each round's load followed by the wait until the job queue and the outbox are
empty, then checks that memory held steady, caches kept their bound, nothing was left
undone and nothing answered an error.

    python3 .ci/soak.py target/debug/examples/cms [--warm-up 40] [--seconds 60] [--rounds 3] [--clients 8]

A warm-up round of its own length comes first: it fills the bounded caches, the
database's page caches and the allocator's pools (heaptrack shows the live heap flat
after it; what resident memory still gains is the allocator keeping freed pages). Fails (exit 1) when resident memory after the last round
is more than 10 % above its level after the first, a cache holds more entries than its
bound, a round's jobs or events are not done within DRAIN_LIMIT seconds, or any response
was a 5xx (or a 4xx other than the ones the traffic provokes on purpose).
SOAK_LOG=<file> keeps the server's log.
"""

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from cms_http import call_raw, edit_headers, free_port


def call(base, method, path, token=None, body=None):
    return call_raw(base, method, path, token, body, timeout=10)


def call_current(base, method, path, token, body=None):
    """A write made from the item's current version (the CMS requires If-Match)."""
    return call_raw(base, method, path, token, body, timeout=10, headers=edit_headers(base, path, token, 10))


PASSWORD = "soak test password"
CACHE_BOUND = 500
DRAIN_LIMIT = 300


def rss_kib(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def rss_parts(pid):
    """Resident memory by kind, in MiB: anonymous (the heap), file-backed, shared."""
    return {field: rss_kib(pid, field) // 1024 for field in ("RssAnon", "RssFile", "RssShmem")}


def client(base, token, until, stats, lock):
    rng = random.Random()
    mine = []
    while time.time() < until:
        roll = rng.random()
        if roll < 0.35:
            # Many distinct slugs and queries: the caches must stay within their bound.
            status, _ = call(base, "GET", f"/api/public/contents/bulk-{rng.randint(1, 3000)}")
            expected = (200,)
        elif roll < 0.55:
            status, _ = call(base, "GET", f"/api/search?q=place+{rng.randint(1, 3000)}")
            expected = (200,)
        elif roll < 0.65:
            status, _ = call(base, "GET", f"/api/public/contents?type=hotel&limit={rng.randint(1, 50)}")
            expected = (200,)
        elif roll < 0.80:
            body = {"type": "article", "title": f"Soak {rng.getrandbits(48):x}", "blocks": [{"type": "paragraph", "html": "<p>x</p>"}]}
            status, raw = call(base, "POST", "/api/contents", token, body)
            expected = (201,)
            if status == 201:
                mine.append(json.loads(raw)["id"])
        elif roll < 0.92 and mine:
            status, _ = call_current(base, "POST", f"/api/contents/{rng.choice(mine)}/publish", token)
            expected = (200,)
        elif mine:
            status, _ = call_current(base, "PATCH", f"/api/contents/{rng.choice(mine)}", token, {"title": f"Soak edit {rng.random()}"})
            expected = (200,)
        else:
            continue
        with lock:
            stats["requests"] += 1
            if status not in expected:
                stats["unexpected"].append(status)


def metric(text, name, labels):
    pattern = re.compile(rf'^{re.escape(name)}\{{{re.escape(labels)}\}} ([0-9.e+-]+)$', re.M)
    match = pattern.search(text)
    return float(match.group(1)) if match else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--warm-up", type=int, default=40)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    data = tempfile.mkdtemp(prefix="cms_soak_")
    env = dict(os.environ, CMS_DATA_DIR=data, CMS_ADMIN_PASSWORD=PASSWORD, RUST_LOG="warn",
               PUBLIC_CACHE_ENTRIES=str(CACHE_BOUND), LOGIN_FAILURES_PER_ADDRESS="100")
    env.pop("DATABASE_URL", None)
    try:
        subprocess.run([args.binary, "seed", "--contents", "3000"], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = free_port()
        log = open(os.environ.get("SOAK_LOG", os.devnull), "w")
        process = subprocess.Popen([args.binary], env=dict(env, PORT=str(port)), stdout=log, stderr=log)
        base = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                if call(base, "GET", "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.05)
        _, raw = call(base, "POST", "/api/auth/login", None, {"email": "admin@example.com", "password": PASSWORD})
        token = json.loads(raw)["token"]

        stats = {"requests": 0, "unexpected": []}
        lock = threading.Lock()
        rounds = []
        for seconds in [args.warm_up] + [args.seconds / args.rounds] * args.rounds:
            rounds.append(one_round(base, token, seconds, args.clients, stats, lock, process.pid))
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    finally:
        shutil.rmtree(data, ignore_errors=True)

    print(f"soak: {args.warm_up} s of warm-up, then {args.seconds} s in {args.rounds} rounds, {args.clients} clients, {stats['requests']} requests, "
          f"{len(stats['unexpected'])} unexpected answers {sorted(set(stats['unexpected']))}")
    for number, r in enumerate(rounds):
        print(f"  {'warm-up' if number == 0 else f'round {number}'}: RSS {r['rss_loaded'] // 1024} MiB when the load stopped, {r['rss'] // 1024} MiB "
              f"once drained ({r['parts']}) after {r['drain']:.1f} s; cache entries {r['entries']}; "
              f"left {r['queued']} queued jobs, {r['events']} undelivered events")
    # From the end of the warm-up on, resident memory must hold.
    warm, end = rounds[0]["rss"], rounds[-1]["rss"]
    growth = (end - warm) / warm * 100 if warm else 0.0
    print(f"  RSS after the warm-up round {warm // 1024} MiB, at the end {end // 1024} MiB ({growth:+.1f} %); "
          f"peak sample {max(max(r['samples']) for r in rounds) // 1024} MiB")
    failed = (growth > 10
              or any(n > CACHE_BOUND for r in rounds for n in r["entries"].values())
              or any(r["queued"] or r["events"] for r in rounds)
              or stats["unexpected"] or stats["requests"] == 0)
    sys.exit(1 if failed else 0)


def one_round(base, token, seconds, clients, stats, lock, pid):
    """`clients` clients for `seconds`, then the wait until the job queue and the outbox
    are empty (at most DRAIN_LIMIT seconds): memory, cache sizes and what was left."""
    until = time.time() + seconds
    threads = [threading.Thread(target=client, args=(base, token, until, stats, lock)) for _ in range(clients)]
    for thread in threads:
        thread.start()
    samples = []
    while any(thread.is_alive() for thread in threads):
        time.sleep(1)
        samples.append(rss_kib(pid))
    for thread in threads:
        thread.join()
    # Before the drain: the cache-invalidating handler empties the caches as it catches up.
    metrics_text = call(base, "GET", "/metrics")[1].decode()
    entries = {cache: metric(metrics_text, "cache_entries", f'cache="{cache}"')
               for cache in ("public_content", "public_list", "search")}
    rss_loaded = rss_kib(pid)
    started = time.time()
    while True:
        overview = json.loads(call(base, "GET", "/api/admin/jobs", token)[1])
        queued, events = sum(overview["queued"].values()), overview["undeliveredEvents"]
        if (queued == 0 and events == 0) or time.time() - started > DRAIN_LIMIT:
            break
        time.sleep(0.2)
    return {"rss_loaded": rss_loaded, "rss": rss_kib(pid), "parts": rss_parts(pid), "samples": samples or [rss_loaded],
            "drain": time.time() - started, "entries": entries, "queued": queued, "events": events}


if __name__ == "__main__":
    main()
