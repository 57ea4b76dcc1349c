#!/usr/bin/env bash
# Start-up and batch benchmark, in one run: the start-up of `extract --help` and of `extract run` on one small PDF,
# published ReadyToRun against a plain (JIT) build, and a 30-file batch (`extract run`, ReadyToRun) against poppler's
# `pdftotext -bbox-layout` over the same files, one process per file. Times come from farm-bench (whole process,
# medians, A and B interleaved, ratio pair by pair). Writes the "Start-up" section of docs/benchmarks.md.
#
#   scripts/bench-startup.sh            RUNS=5 scripts/bench-startup.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
command -v farm-bench >/dev/null || { echo "farm-bench is needed." >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext (poppler-utils) is needed as the reference." >&2; exit 2; }
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) echo "unsupported machine" >&2; exit 2 ;; esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish "$root/src/Extraction.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  -o "$work/r2r" -nologo -v quiet >/dev/null
dotnet publish "$root/src/Extraction.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=false \
  -o "$work/jit" -nologo -v quiet >/dev/null

small="$root/fixtures/corpus/000_360efd37c18e3eeb.pdf"
mkdir "$work/batch"
pdfs=("$root"/fixtures/corpus/*.pdf)
for i in $(seq 0 29); do
  # Each copy gets its own bytes (a comment appended), so the batch processes 30 documents, not 5 and 25 repeats.
  cp "${pdfs[$((i % ${#pdfs[@]}))]}" "$work/batch/doc-$(printf %02d "$i").pdf"
  printf '\n%% copy %d\n' "$i" >>"$work/batch/doc-$(printf %02d "$i").pdf"
done
pages=$(for f in "$work"/batch/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | paste -sd+ | bc)

bench() { farm-bench -n "$runs" --warmup 1 --timeout 1200 "$@" 2>&1; }
cd "$work"
help=$(bench --vs "$work/jit/extract --help" -- "$work/r2r/extract" --help)
run_one=$(bench --vs "$work/jit/extract run $small --out $work/o-jit --force -q --no-progress" -- \
  "$work/r2r/extract" run "$small" --out "$work/o-r2r" --force -q --no-progress)
batch=$(bench --vs "sh -c 'for f in $work/batch/*.pdf; do pdftotext -q -bbox-layout \"\$f\" /dev/null; done'" -- \
  "$work/r2r/extract" run "$work/batch" --out "$work/o-batch" --force -q --no-progress)
printf '%s\n\n%s\n\n%s\n' "$help" "$run_one" "$batch" >&2

python3 - "$root/docs/benchmarks.md" "$runs" "$pages" "$(pdftotext -v 2>&1 | head -1)" "$(dotnet --version)" "$help" "$run_one" "$batch" <<'PY'
import re, sys
from datetime import date
path, runs, pages, poppler, sdk, help_, run_one, batch = sys.argv[1:]
def median(report, row):
    return float(re.search(rf"^{re.escape(row)}\s+\S+\s+(\S+)", report, re.M).group(1))
rows = []
for name, report, a, b in [
    ("`extract --help`", help_, "ReadyToRun", "JIT"),
    ("`extract run` on one 6-page PDF (`--force`)", run_one, "ReadyToRun", "JIT"),
]:
    rows.append(f"| {name} | {median(report, 'A wall s'):.2f} | {median(report, 'A cpu s'):.2f} | {median(report, 'B wall s'):.2f} | {median(report, 'B cpu s'):.2f} | **{median(report, 'A/B wall'):.2f}** |")
bw, bc, pw, pc, ratio = (median(batch, r) for r in ["A wall s", "A cpu s", "B wall s", "B cpu s", "A/B wall"])
cpu_ratio = median(batch, "A/B cpu")
section = f"""## Start-up

`scripts/bench-startup.sh` ({date.today().isoformat()}, .NET SDK {sdk}, {poppler}): whole-process times from
farm-bench, {runs} runs of each after a warm-up, the two commands interleaved, medians; the ratio is taken pair by
pair. The machine's 2 cores are shared with other work: compare the ratios rather than the seconds.

Start-up: the published tool (`dotnet publish -r linux-x64 -p:PublishReadyToRun=true`, what the Dockerfile builds)
against the same build without ReadyToRun (the JIT compiles everything at start).

| command | ReadyToRun wall (s) | cpu (s) | JIT wall (s) | cpu (s) | wall ratio |
|---|---:|---:|---:|---:|---:|
{chr(10).join(rows)}

Batch: 30 distinct copies of the corpus PDFs ({pages} pages), `extract run DIR --force -q` (ReadyToRun, every
output: JSON, facts.csv, page views, report) against `pdftotext -bbox-layout` run once per file over the same files.

| command | wall (s) | cpu (s) |
|---|---:|---:|
| poppler `pdftotext -bbox-layout FILE`, 30 processes | {pw:.2f} | {pc:.2f} |
| `extract run` over the 30 files, one process | {bw:.2f} | {bc:.2f} |
| ratio extract / poppler | **{ratio:.2f}** | {cpu_ratio:.2f} |

Goal: the batch ≤ 1.0× poppler's wall time.

Reading the figures: poppler only lays out words and writes them; `extract run` reads the words as well (in one process
faster than poppler, see "Reader"), then runs every stage of the pipeline and writes the JSON, facts.csv, a page view per
document, run.json and the report. Wall time above cpu time means the shared cores were busy with other work while
this ran; the cpu ratio is the steadier figure. The `dotnet tool` package is portable IL (the JIT column); the
container image and `dotnet publish -r RID -p:PublishReadyToRun=true` give the ReadyToRun start-up.
"""
try:
    text = open(path, encoding="utf-8").read()
except FileNotFoundError:
    text = "# Benchmarks\n"
pattern = re.compile(r"## Start-up\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(section.rstrip("\n"), text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w", encoding="utf-8").write(text.rstrip("\n") + "\n")
print(section)
PY
