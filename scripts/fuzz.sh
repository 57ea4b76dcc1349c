#!/usr/bin/env bash
# Long fuzz run through the whole program (docs/reliability.md): N corpus PDFs mutated by every kind of
# tests/Extraction.Pdf.Tests/Robustness/Fuzz/PdfMutations (truncations, byte flips, broken xref, reference loops, deep
# nesting, huge numbers, decompression bombs, operator floods, broken fonts, annotation fan-out), run through
# `extract run` (Release build, pipeline.json as it is) in batches of BATCH files. Reports per batch and in total:
# inputs, entries in run.json (every input must have one), PipelineError count, process deaths (an exit other than
# 0 or 1, or no run.json), and the batch's peak memory (VmHWM of the process, from /usr/bin/time).
# Exits 1 when any PipelineError, death or missing entry is found; the file names hold kind and seed, so
# PdfMutations.Mutate rebuilds each case.
#
#   scripts/fuzz.sh 5000                    # 5000 cases, batches of 250, 2 documents at a time
#   BATCH=100 PARALLELISM=1 SEED=7 scripts/fuzz.sh 500
#
# Work goes to a temporary folder (or $WORK), deleted at the end unless KEEP=1. Nothing is written to the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:?usage: scripts/fuzz.sh N}
batch=${BATCH:-250}
parallelism=${PARALLELISM:-2}
work=${WORK:-$(mktemp -d /tmp/extraction-fuzz-XXXXXX)}
mkdir -p "$work"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

dotnet build src/Extraction.Cli -c Release -o "$work/bin" -v quiet -nologo >/dev/null
FUZZ_OUTPUT="$work/cases" FUZZ_COUNT="$count" FUZZ_SEED="${SEED:-0}" \
  dotnet test tests/Extraction.Pdf.Tests -v quiet -nologo --filter "FullyQualifiedName~FuzzFileWriter.Write_mutated_corpus" >/dev/null

mapfile -t cases < <(ls "$work/cases")
printf '| batch | inputs | entries | PipelineError | deaths | peak MiB | seconds |\n|---|---|---|---|---|---|---|\n'
total_errors=0 total_deaths=0 total_missing=0 max_peak=0 started=$SECONDS
for ((first = 0; first < ${#cases[@]}; first += batch)); do
  number=$((first / batch))
  input="$work/in-$number" output="$work/out-$number"
  mkdir -p "$input"
  for name in "${cases[@]:first:batch}"; do ln "$work/cases/$name" "$input/$name"; done
  inputs=$(ls "$input" | wc -l)
  clock=$SECONDS
  set +e
  /usr/bin/time -f '%M' -o "$work/peak-$number" dotnet "$work/bin/extract.dll" run "$input" --out "$output" \
    --parallelism "$parallelism" --no-progress >"$work/log-$number.txt" 2>&1
  exit_code=$?
  set -e
  peak=$(( $(tail -n 1 "$work/peak-$number") / 1024 ))
  read -r entries errors < <(python3 - "$output/run.json" <<'PY'
import json, sys
try:
    documents = json.load(open(sys.argv[1]))["documents"]
except (OSError, ValueError, KeyError):
    print(0, 0); sys.exit()
errors = [d["file"] for d in documents if (d.get("error") or {}).get("code") == "PipelineError"]
for name in errors:
    print("PipelineError:", name, file=sys.stderr)
print(len(documents), len(errors))
PY
  )
  deaths=0
  if [ "$exit_code" -gt 1 ] || [ ! -f "$output/run.json" ]; then deaths=1; fi
  total_errors=$((total_errors + errors)) total_deaths=$((total_deaths + deaths)) total_missing=$((total_missing + inputs - entries))
  [ "$peak" -gt "$max_peak" ] && max_peak=$peak
  printf '| %d | %d | %d | %d | %d | %d | %d |\n' "$number" "$inputs" "$entries" "$errors" "$deaths" "$peak" $((SECONDS - clock))
done

printf '\n%d cases in %d s: %d PipelineError, %d process deaths, %d inputs without an outcome, peak memory per batch at most %d MiB\n' \
  "${#cases[@]}" $((SECONDS - started)) "$total_errors" "$total_deaths" "$total_missing" "$max_peak"
python3 - "$work" <<'PY'
import collections, glob, json, sys
codes = collections.Counter()
for path in glob.glob(sys.argv[1] + "/out-*/run.json"):
    for d in json.load(open(path))["documents"]:
        kind = d["file"].split("_")[1]
        codes[(kind, d["status"] if d["error"] is None else d["error"]["code"])] += 1
print("\nOutcomes by mutation kind:")
for kind in sorted({k for k, _ in codes}):
    print(f"  {kind}: " + ", ".join(f"{outcome} {n}" for (k, outcome), n in sorted(codes.items()) if k == kind))
PY
[ "$total_errors" -eq 0 ] && [ "$total_deaths" -eq 0 ] && [ "$total_missing" -eq 0 ]
