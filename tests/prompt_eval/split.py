#!/usr/bin/env python3
"""Splits the prompt-injection evaluation set into dev.jsonl and test.jsonl.

Every case of every file in sources/ is read (files in name order), exact duplicates are
dropped (the first one read is kept), and each *group* goes wholly to one side by a hash
of its name: 30 % of groups to the locked test part, 70 % to the development part. The
assignment of a group never depends on any other case, so adding sources later never
moves a case from one side to the other. LOCK records the test part's SHA-256; a test
(tests/prompt_eval.rs) fails if test.jsonl changes without it.

Usage: python3 tests/prompt_eval/split.py
"""
import hashlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SALT = "tower-harden/prompt-eval/v1:"
TEST_PERCENT = 30
LABELS = {"injection", "honest"}


def side(group: str) -> str:
    digest = hashlib.sha256((SALT + group).encode()).digest()
    return "test" if int.from_bytes(digest[:8], "big") % 100 < TEST_PERCENT else "dev"


def main() -> int:
    seen = set()
    parts = {"dev": [], "test": []}
    problems = 0
    for path in sorted((HERE / "sources").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if not line.strip():
                continue
            case = json.loads(line)
            text, label, group = case.get("text"), case.get("label"), case.get("group")
            if not isinstance(text, str) or not text or label not in LABELS or not group:
                print(f"{path.name}:{number}: missing text, label or group", file=sys.stderr)
                problems += 1
                continue
            if text in seen:
                continue
            seen.add(text)
            # The group is namespaced by its file, so two sources never share one.
            case["group"] = f"{path.stem}/{group}"
            parts[side(case["group"])].append(case)
    for name, cases in parts.items():
        body = "".join(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n" for c in cases)
        (HERE / f"{name}.jsonl").write_text(body, encoding="utf-8")
    test_hash = hashlib.sha256((HERE / "test.jsonl").read_bytes()).hexdigest()
    (HERE / "LOCK").write_text(f"{test_hash}  test.jsonl\n", encoding="utf-8")
    for name, cases in parts.items():
        injections = sum(c["label"] == "injection" for c in cases)
        print(f"{name}: {len(cases)} cases, {injections} injections, {len(cases) - injections} honest")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
