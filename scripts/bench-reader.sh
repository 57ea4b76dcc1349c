#!/usr/bin/env bash
# Reader benchmark: whole-process wall time of `extract words` against `pdftotext -bbox-layout` (poppler) over the
# same PDFs, first 30 pages each, measured in the same run, several rounds interleaved; writes the Reader section
# of docs/benchmarks.md with the median times and their ratio.
#
#   scripts/bench-reader.sh [PDF_DIR...]        (default: the external test set's pdfs/ and icdar2013/)
#   ROUNDS=5 scripts/bench-reader.sh
#
# `extract` is published ReadyToRun (no JIT at start-up) and reads all files in one process (--out-dir), which is
# how batch jobs use it; one process per file is measured too, to show what .NET start-up costs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${ROUNDS:-3}
if [ "$#" -gt 0 ]; then dirs=("$@"); else
  external=${EXTERNAL_DIR:-$root/../shared/external}
  dirs=("$external/pdfs" "$external/icdar2013")
fi
pdfs=()
for d in "${dirs[@]}"; do pdfs+=("$d"/*.pdf); done
command -v pdftotext >/dev/null || { echo "pdftotext (poppler-utils) is needed as the reference." >&2; exit 2; }

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;; Linux-aarch64) rid=linux-arm64 ;;
  Darwin-arm64) rid=osx-arm64 ;; Darwin-x86_64) rid=osx-x64 ;; *) rid="" ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "$rid" ]; then
  dotnet publish "$root/src/Extraction.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
    -o "$work/bin" -nologo -v quiet >/dev/null
else
  dotnet build "$root/src/Extraction.Cli" -c Release -o "$work/bin" -nologo -v quiet >/dev/null
fi
extract="$work/bin/extract"

now() { date +%s.%N; }
seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }

poppler_times=(); batch_times=(); per_file_times=()
for round in $(seq 1 "$rounds"); do
  t0=$(now)
  for f in "${pdfs[@]}"; do pdftotext -q -f 1 -l 30 -bbox-layout "$f" "$work/out.html" || true; done
  t1=$(now)
  rm -rf "$work/words"
  "$extract" words "${pdfs[@]}" --pages 1-30 --out-dir "$work/words" 2>/dev/null || true
  t2=$(now)
  for f in "${pdfs[@]}"; do "$extract" words "$f" --pages 1-30 >"$work/out.json" 2>/dev/null || true; done
  t3=$(now)
  poppler_times+=("$(seconds "$t0" "$t1")"); batch_times+=("$(seconds "$t1" "$t2")"); per_file_times+=("$(seconds "$t2" "$t3")")
  echo "round $round: pdftotext ${poppler_times[-1]} s, extract (one process) ${batch_times[-1]} s, extract (process per file) ${per_file_times[-1]} s" >&2
done

python3 - "$root/docs/benchmarks.md" "${#pdfs[@]}" "$rounds" "$(nproc 2>/dev/null || echo ?)" \
  "${poppler_times[*]}" "${batch_times[*]}" "${per_file_times[*]}" "$(pdftotext -v 2>&1 | head -1)" <<'PY'
import re, statistics, sys
from datetime import date
path, files, rounds, cores, poppler, batch, per_file, version = sys.argv[1:]
med = lambda s: statistics.median(float(x) for x in s.split())
p, b, f = med(poppler), med(batch), med(per_file)
section = f"""## Reader

`scripts/bench-reader.sh` ({date.today().isoformat()}): whole-process wall time over {files} PDFs (the external test
set, first 30 pages each), {rounds} rounds interleaved, medians; {cores} cores shared with other work, so compare the
ratios rather than the seconds. Reference: {version}, `pdftotext -bbox-layout`, one process per file.

| run | wall time (s) | ratio to poppler |
|---|---:|---:|
| poppler `pdftotext -f 1 -l 30 -bbox-layout FILE` per file | {p:.2f} | 1.00 |
| `extract words FILES… --pages 1-30 --out-dir DIR` (one process, ReadyToRun) | {b:.2f} | **{b / p:.2f}** |
| `extract words FILE --pages 1-30` per file (ReadyToRun) | {f:.2f} | {f / p:.2f} |

Target: no slower than poppler (ratio ≤ 1.00) for batch use, i.e. one process over many files. A process per file
pays .NET start-up (runtime load, assembly loading) each time, which dominates on small files.
"""
try:
    text = open(path, encoding="utf-8").read()
except FileNotFoundError:
    text = "# Benchmarks\n\nSpeed targets are ratios against a reference measured in the same run.\n"
pattern = re.compile(r"## Reader\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(section.rstrip("\n"), text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w", encoding="utf-8").write(text.rstrip("\n") + "\n")
print(f"ratio (one process) {b / p:.2f}, (process per file) {f / p:.2f}")
PY
