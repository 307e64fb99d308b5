#!/usr/bin/env bash
# Time-boxed fuzzing of the sanitizers and the CMS config parser (fuzz/, outside the
# workspace). Installs cargo-fuzz if missing, builds every target, seeds each from the
# test corpora and runs it for FUZZ_SECONDS (default 20). Fails on the first crash,
# failed assertion or timeout; the input is kept in fuzz/artifacts/<target>/.
#
# The toolchain is stable: RUSTC_BOOTSTRAP=1 lets cargo-fuzz use the nightly flags it
# needs, and `-s none` builds without a sanitizer (ASan needs a nightly std).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-20}"
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz"
  cargo install cargo-fuzz --version 0.13.2 --locked --quiet
fi

# -a: debug assertions and overflow checks on, so arithmetic bugs fail too.
build=(-s none -a --fuzz-dir fuzz)
echo "== building the fuzz targets"
cargo fuzz build "${build[@]}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Seeds: one corpus case per line (escapes decoded as tests/support/corpus.rs does), and
# for the config parser the settings of .env.example, all together and one per file.
python3 - "$work" <<'PY'
import hashlib, pathlib, re, sys

work = pathlib.Path(sys.argv[1])
corpora = pathlib.Path("tests/corpora")

def cases(name):
    path = corpora / name
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        out.append(re.sub(
            r"\\(u\{([0-9a-fA-F]+)\}|[nrt\\])",
            lambda m: chr(int(m.group(2), 16)) if m.group(2)
            else {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}[m.group(1)],
            line,
        ))
    return out

def write(target, samples):
    d = work / target
    d.mkdir(parents=True, exist_ok=True)
    for s in samples:
        data = s.encode("utf-8")
        (d / hashlib.sha1(data).hexdigest()).write_bytes(data)

prompt = ["injection.txt", "injection_extra.txt", "benign_prompt.txt", "benign_prompt_extra.txt"]
html = ["xss.txt", "xss_extra.txt", "xss_benign.txt"]
write("prompt_sanitizer", [c for f in prompt for c in cases(f)])
write("html_sanitizer", [c for f in html for c in cases(f)])

settings = []
for line in pathlib.Path("examples/cms/.env.example").read_text(encoding="utf-8").splitlines():
    m = re.match(r"#\s*([A-Z][A-Z_]*=\S*)", line)
    if m:
        settings.append(m.group(1))
write("cms_config", ["\n".join(settings)] + settings + [
    "PORT=9000\nCMS_DATA_DIR=/tmp/cms",
    "INTELLIGENCE_URL=http://127.0.0.1:11434/v1\nTRANSLATION_LANGUAGES=ar, de",
    "CMS_ADMIN_EMAIL= Admin@Example.COM \nCMS_ADMIN_PASSWORD=correct horse battery",
])
PY

failed=()
for target in $(cargo fuzz list --fuzz-dir fuzz); do
  mkdir -p "$work/$target"
  echo "== fuzzing $target for ${seconds}s ($(ls "$work/$target" | wc -l) seeds)"
  # -timeout: one input taking 10 s is a denial of service, and fails the run too.
  if ! cargo fuzz run "${build[@]}" "$target" "$work/$target" -- \
      -max_total_time="$seconds" -timeout=10 -print_final_stats=1; then
    echo "!! $target failed: see fuzz/artifacts/$target/"
    failed+=("$target")
  fi
done

if ((${#failed[@]})); then
  echo "fuzzing failed: ${failed[*]}"
  exit 1
fi
echo "fuzzing passed"
