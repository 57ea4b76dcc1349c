#!/usr/bin/env bash
# Batch benchmark (docs/benchmarks.md, "Batch"): distinct copies of the corpus PDFs (a comment appended to each, so
# every copy has its own SHA-256) run through `extract run` (Release build) at each batch size and worker count.
# Prints a Markdown table: documents, workers, pages, wall time, pages/s, documents/s, peak memory (the process's
# peak working set, from run.json), and the machine's load average when the run started (other jobs on the machine
# skew the figures; compare runs made under the same load); then the reference for the workers' speed-up (the largest
# batch split between two single-worker processes run at once) and a re-run of the largest batch at the most workers,
# where every document is skipped as unchanged.
#
#   scripts/bench-batch.sh                      # sizes 250 500 1000, workers 1 2
#   SIZES="100 1000" WORKERS="1 2 4" scripts/bench-batch.sh
#
# The copies go to a temporary folder (or $WORK), deleted at the end unless KEEP=1. Nothing is written to the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${SIZES:-"250 500 1000"}
workers=${WORKERS:-"1 2"}
work=${WORK:-$(mktemp -d /tmp/extraction-bench-XXXXXX)}
mkdir -p "$work"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

dotnet build src/Extraction.Cli -c Release -o "$work/bin" -v quiet -nologo >/dev/null
extract=("dotnet" "$work/bin/extract.dll")

largest=0
for n in $sizes; do [ "$n" -gt "$largest" ] && largest=$n; done
corpus=(fixtures/corpus/*.pdf)
mkdir -p "$work/copies"
for ((i = 0; i < largest; i++)); do
  copy=$(printf '%s/copies/doc-%05d.pdf' "$work" "$i")
  cp "${corpus[i % ${#corpus[@]}]}" "$copy"
  printf '\n%% distinct copy %d\n' "$i" >>"$copy"
done

# One batch folder per size, of hard links to the first N copies.
for n in $sizes; do
  mkdir -p "$work/in-$n"
  for ((i = 0; i < n; i++)); do
    name=$(printf 'doc-%05d.pdf' "$i")
    ln -f "$work/copies/$name" "$work/in-$n/$name"
  done
done

report() { # run label, run.json, load average at the start → one table row
  jq -r --arg run "$1" --arg load "$3" '[$run, (.totals.documents|tostring), (.parallelism|tostring), (.totals.pages_processed|tostring),
      ((.elapsed_ms/1000*10|round/10)|tostring) + " s", (.totals.pages_per_second|round|tostring),
      ((.totals.documents/(.elapsed_ms/1000))*10|round/10|tostring), ((.peak_memory_bytes/1048576)|round|tostring) + " MiB", $load]
      | "| " + join(" | ") + " |"' "$2"
}

echo "| run | documents | workers | pages | wall time | pages/s | documents/s | peak memory | load average |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  for w in $workers; do
    out="$work/out-$n-$w"
    rm -rf "$out"
    load=$(cut -d' ' -f1 /proc/loadavg)
    "${extract[@]}" run "$work/in-$n" --out "$out" --parallelism "$w" --no-progress --force >/dev/null 2>&1 || { echo "run failed: $n documents, $w workers" >&2; exit 1; }
    report "first run" "$out/run.json" "$load"
  done
done

# Reference for the workers' speed-up, measured in the same run: the largest batch as two single-worker processes at
# once, each given half of it (--shard 0/2 and 1/2). They share nothing, so their joint rate is what two cores of this
# machine give this workload; compare the two-worker row with it, not with twice the one-worker row.
load=$(cut -d' ' -f1 /proc/loadavg)
start=$(date +%s.%N)
for k in 0 1; do
  rm -rf "$work/out-ref-$k"
  "${extract[@]}" run "$work/in-$largest" --out "$work/out-ref-$k" --parallelism 1 --shard "$k/2" --no-progress --force >/dev/null 2>&1 &
done
wait
end=$(date +%s.%N)
jq -rs --arg wall "$(awk "BEGIN { print $end - $start }")" --arg load "$load" '
    ($wall|tonumber) as $s | (map(.totals.documents)|add) as $d | (map(.totals.pages_processed)|add) as $p
    | ["reference: 2 processes × 1 worker (--shard 0/2, 1/2)", ($d|tostring), "1 + 1", ($p|tostring),
       (($s*10|round/10)|tostring) + " s", (($p/$s)|round|tostring), (($d/$s)*10|round/10|tostring),
       ((map(.peak_memory_bytes)|max/1048576)|round|tostring) + " MiB each", $load] | "| " + join(" | ") + " |"' \
    "$work/out-ref-0/run.json" "$work/out-ref-1/run.json"

w=${workers##* }
load=$(cut -d' ' -f1 /proc/loadavg)
"${extract[@]}" run "$work/in-$largest" --out "$work/out-$largest-$w" --parallelism "$w" --no-progress >/dev/null 2>&1
report "re-run, all unchanged" "$work/out-$largest-$w/run.json" "$load"
