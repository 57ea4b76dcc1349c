#!/usr/bin/env bash
# Page view benchmark (docs/benchmarks.md, "Page view"): how long a 100-page document takes to become a page view
# (`extract inspect`, Release build, whole process) and, in headless Chromium, from the start of loading the file until
# its first page is drawn; the reference, measured in the same run, is the same for a one-page document. The browser
# time is read inside the page (Navigation Timing), so Chromium's own start-up is not counted: a copy of each view gets
# a small script that waits for the first drawn page and logs the time to the console.
#
#   scripts/bench-page-view.sh            # 100 pages, 5 repetitions (the median is reported)
#   PAGES=300 REPEAT=3 scripts/bench-page-view.sh
#
# Needs qpdf (to assemble the test document from the corpus pages) and chromium. Nothing is written to the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

pages=${PAGES:-100}
repeat=${REPEAT:-5}
work=$(mktemp -d /tmp/extraction-page-view-XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build src/Extraction.Cli -c Release -o "$work/bin" -v quiet -nologo >/dev/null
extract=("dotnet" "$work/bin/extract.dll")
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome)

# The corpus pages in turn, as many times as it takes, cut to the number of pages asked for.
corpus=(fixtures/corpus/*.pdf)
sources=()
total=0
while [ "$total" -lt "$pages" ]; do
  for pdf in "${corpus[@]}"; do
    sources+=("$pdf")
    total=$((total + $(qpdf --show-npages "$pdf")))
  done
done
qpdf --empty --pages "${sources[@]}" -- "$work/all.pdf"
qpdf --empty --pages "$work/all.pdf" "1-$pages" -- "$work/long.pdf"
qpdf --empty --pages "${corpus[0]}" 1 -- "$work/one.pdf"

seconds() { # command … → wall seconds of one run
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk "BEGIN { printf \"%.3f\", $end - $start }"
}

median() { # command … → median wall seconds over $repeat runs
  local times=()
  for ((i = 0; i < repeat; i++)); do times+=("$(seconds "$@")"); done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# A copy of the view with a script that logs, once a page has been drawn, the milliseconds since navigation start
# and how many pages are drawn and laid out.
timed_copy() { # view → timed copy
  local timer='<script>(function w(){var d=document.querySelectorAll("section.page[data-rendered]").length;if(!d||document.body.dataset.ready!=="true"){return setTimeout(w,5);}console.log("PAGEVIEW "+performance.now().toFixed(0)+" "+d+" "+document.querySelectorAll("section.page").length);})();</script>'
  sed "s#</body>#${timer}</body>#" "$1" >"${1%.html}-timed.html"
  echo "${1%.html}-timed.html"
}

first_page_ms() { # timed view → "milliseconds drawn laid-out" of one load in a fresh headless browser
  "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-sync \
    --disable-extensions --disable-component-update --enable-logging=stderr --v=0 \
    --user-data-dir="$work/profile-$RANDOM" --dump-dom "file://$1" 2>&1 >/dev/null | grep -o 'PAGEVIEW [0-9]* [0-9]* [0-9]*' | cut -d' ' -f2-
}

median_ms() { # timed view → "median milliseconds, drawn, laid out" over $repeat loads
  local runs=()
  for ((i = 0; i < repeat; i++)); do runs+=("$(first_page_ms "$1")"); done
  printf '%s\n' "${runs[@]}" | sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'
}

inspect_one=$(median "${extract[@]}" inspect "$work/one.pdf" --out "$work/views")
inspect_long=$(median "${extract[@]}" inspect "$work/long.pdf" --out "$work/views")

read -r open_one _ _ <<<"$(median_ms "$(timed_copy "$work/views/one.html")")"
read -r open_long drawn laid_out <<<"$(median_ms "$(timed_copy "$work/views/long.html")")"
# A view that lost pages would open fast for the wrong reason.
[ "${laid_out:-0}" -eq "$pages" ] || { echo "the page view lays out ${laid_out:-no} pages, not $pages" >&2; exit 1; }

size() { awk "BEGIN { printf \"%.0f\", $(stat -c %s "$1") / 1024 }"; }
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }

echo "| step | 1 page (reference) | $pages pages | ratio |"
echo "|---|---:|---:|---:|"
echo "| \`extract inspect\`, whole process | ${inspect_one} s | ${inspect_long} s | $(ratio "$inspect_long" "$inspect_one") |"
echo "| page view file | $(size "$work/views/one.html") KiB | $(size "$work/views/long.html") KiB | |"
echo "| headless Chromium: loading to first page drawn ($drawn of $pages pages drawn) | ${open_one} ms | ${open_long} ms | $(ratio "$open_long" "$open_one") |"
