#!/usr/bin/env bash
# Scores the PdfPig back end (src/Extraction.Reading.PdfPig) next to the repository's own reader: both read the
# external test set (first 30 pages) in one process each, in the same run; their words are scored against poppler's
# with compare_words.py and their CPU times compared. Writes the "PdfPig back end" section of docs/reader-fidelity.md
# (scripts/score-reader.sh keeps that section when it rewrites the rest).
#
#   scripts/score-pdfpig.sh [EXTERNAL_DIR]
#
# EXTERNAL_DIR as for score-reader.sh. Needs the .NET SDK and Python 3 (standard library only). Nothing is copied
# into the repository; the extracted words go to a temporary directory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
external=${1:-${EXTERNAL_DIR:-$root/../shared/external}}
if [ ! -d "$external/oracle" ]; then
  echo "No external test set at $external (expected pdfs/, icdar2013/ and oracle/)." >&2
  exit 2
fi
external=$(cd "$external" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/Extraction.Cli" -c Release -o "$work/cli" -nologo -v quiet >/dev/null
pdfs=("$external"/pdfs/*.pdf "$external"/icdar2013/*.pdf)

# CPU seconds (user + system) of one command, measured by Python around the child; a failing file is reported on
# stderr as "name.pdf: Code: message" and does not stop the run.
cpu() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{usage.ru_utime + usage.ru_stime:.2f}")
PY
}

ours_cpu=$(cpu "$work/cli/extract" words "${pdfs[@]}" --pages 1-30 --out-dir "$work/ours" 2>"$work/ours-errors.txt")
pdfpig_cpu=$(cpu "$work/cli/extract" words --reader pdfpig "${pdfs[@]}" --pages 1-30 --out-dir "$work/pdfpig-words" 2>"$work/pdfpig-errors.txt")

score() {
  python3 "$root/scripts/compare_words.py" --fast-text --dir "$1" "$external/oracle" ${2:+--skip-file "$2"} --json "$3" >/dev/null
}
score "$work/ours" "" "$work/ours-all.json"
score "$work/ours" "$external/oracle/CAVEATS.txt" "$work/ours-skip.json"
score "$work/pdfpig-words" "" "$work/pdfpig-all.json"
score "$work/pdfpig-words" "$external/oracle/CAVEATS.txt" "$work/pdfpig-skip.json"

python3 "$root/scripts/pdfpig_fidelity_section.py" "$root/docs/reader-fidelity.md" "${#pdfs[@]}" "$ours_cpu" "$pdfpig_cpu" \
  "$work/ours-all.json" "$work/ours-skip.json" "$work/pdfpig-all.json" "$work/pdfpig-skip.json" \
  "$work/ours-errors.txt" "$work/pdfpig-errors.txt"
sed -n '/^## PdfPig back end/,/^## /p' "$root/docs/reader-fidelity.md" | grep -E '^\| '
