#!/usr/bin/env python3
"""Crash consistency of the CMS example: run it as a child process, drive creates,
publishes and bulk status changes, kill -9 it at random moments, restart, and check the
database for what a crash must never leave behind.

    python3 .ci/crash_check.py target/debug/examples/cms [--kills 20] [--postgres URL]

Checks, after the last restart has drained the outbox:
  - no hotel or attraction without its type row;
  - no published content without the revision of its version;
  - no bulk update applied to part of its ids;
  - every outbox event delivered, and the search index holding exactly the published
    contents.
Exits non-zero on any violation.
"""

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

from cms_http import Cms as Server, call, call_current

PASSWORD = "crash check password"


def drive(cms, token, stop, counter):
    """Creates, publishes and bulk-updates until told to stop (or the server dies)."""
    n = 0
    while not stop.is_set():
        n += 1
        try:
            kind = random.choice(["hotel", "attraction", "article"])
            body = {"type": kind, "title": f"Crash {random.getrandbits(48):x}"}
            if kind == "hotel":
                body["hotel"] = {"stars": 4}
            status, content = call(cms.base, "POST", "/api/contents", token, body)
            if status != 201:
                continue
            counter["created"] += 1
            if random.random() < 0.6:
                call_current(cms.base, "POST", f"/api/contents/{content['id']}/publish", token)
            if n % 5 == 0:
                _, page = call(cms.base, "GET", "/api/public/contents?type=hotel&limit=5")
                ids = [item["id"] for item in (page or {}).get("items", [])] + [content["id"]]
                call(cms.base, "POST", "/api/contents/bulk-status", token,
                     {"ids": ids, "status": random.choice(["published", "archived", "draft"])})
        except OSError:
            return


def check(query):
    """Runs the consistency queries through `query(sql) -> int`; returns the violations."""
    checks = {
        "content without its type row": """
            SELECT COUNT(*) FROM contents c WHERE
              (c.kind = 'hotel' AND NOT EXISTS (SELECT 1 FROM hotels h WHERE h.content_id = c.id)) OR
              (c.kind = 'attraction' AND NOT EXISTS (SELECT 1 FROM attractions a WHERE a.content_id = c.id))""",
        "published content without the revision of its version": """
            SELECT COUNT(*) FROM contents c WHERE c.status = 'published' AND NOT EXISTS
              (SELECT 1 FROM revisions r WHERE r.content_id = c.id AND r.version = c.version)""",
        "published content with no publication time": """
            SELECT COUNT(*) FROM contents WHERE status = 'published' AND published_at IS NULL""",
        "outbox events never delivered": "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL",
    }
    return {name: query(sql) for name, sql in checks.items()}


def run(binary, kills, env, query, search_mismatch):
    random.seed(kills)
    survived = 0
    counter = {"created": 0}
    for round_ in range(kills):
        cms = Server(binary, env, PASSWORD)
        _, login = call(cms.base, "POST", "/api/auth/login", None, {"email": "admin@example.com", "password": PASSWORD})
        token = login["token"]
        stop = threading.Event()
        drivers = [threading.Thread(target=drive, args=(cms, token, stop, counter)) for _ in range(4)]
        for thread in drivers:
            thread.start()
        time.sleep(random.uniform(0.2, 1.2))
        cms.kill()
        stop.set()
        for thread in drivers:
            thread.join()
        survived += 1
    # A last start delivers whatever the crashes left in the outbox.
    cms = Server(binary, env, PASSWORD)
    deadline = time.time() + 60
    while query("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL") and time.time() < deadline:
        time.sleep(0.2)
    cms.stop()
    violations = check(query)
    violations["search index not matching published content"] = search_mismatch()
    return survived, counter["created"], violations


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--postgres")
    args = parser.parse_args()
    results = []

    data = tempfile.mkdtemp(prefix="cms_crash_")
    try:
        path = os.path.join(data, "cms.db")
        env = dict(os.environ, CMS_DATA_DIR=data)
        env.pop("DATABASE_URL", None)

        def sqlite_query(sql):
            with sqlite3.connect(path, timeout=30) as db:
                return db.execute(sql).fetchone()[0]

        def sqlite_search():
            with sqlite3.connect(path, timeout=30) as db:
                published = {r[0] for r in db.execute("SELECT id FROM contents WHERE status = 'published'")}
                indexed = {r[0] for r in db.execute("SELECT content_id FROM search_index")}
                return len(published ^ indexed)

        results.append(("SQLite",) + run(args.binary, args.kills, env, sqlite_query, sqlite_search))
    finally:
        shutil.rmtree(data, ignore_errors=True)

    if args.postgres:
        schema = f"cms_crash_{os.getpid()}"
        psql = ["psql", args.postgres, "-qAtX", "-v", "ON_ERROR_STOP=1"]
        os.environ["PGOPTIONS"] = "--client-min-messages=warning"
        subprocess.run(psql + ["-c", f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"], check=True)
        separator = "&" if "?" in args.postgres else "?"
        env = dict(os.environ, DATABASE_URL=f"{args.postgres}{separator}options[search_path]={schema}")

        def pg_query(sql):
            out = subprocess.run(psql + ["-c", f"SET search_path = {schema}; {sql}"], check=True,
                                 capture_output=True, text=True).stdout.split()
            return int(out[-1])

        def pg_search():
            return pg_query("""SELECT COUNT(*) FROM (
                (SELECT id FROM contents WHERE status = 'published' EXCEPT SELECT content_id FROM search_documents)
                UNION ALL
                (SELECT content_id FROM search_documents EXCEPT SELECT id FROM contents WHERE status = 'published')) d""")

        try:
            results.append(("PostgreSQL",) + run(args.binary, args.kills, env, pg_query, pg_search))
        finally:
            subprocess.run(psql + ["-c", f"DROP SCHEMA IF EXISTS {schema} CASCADE"], check=False)

    failed = False
    for backend, survived, created, violations in results:
        total = sum(violations.values())
        failed |= total > 0
        print(f"crash check on {backend}: {survived} kill -9s survived, {created} contents created, {total} violations")
        for name, count in violations.items():
            print(f"  {name}: {count}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
