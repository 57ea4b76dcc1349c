#!/usr/bin/env bash
# Scores the PDF reader's words against the poppler oracle of the external test set and writes docs/reader-fidelity.md.
#
#   scripts/score-reader.sh [EXTERNAL_DIR]
#
# EXTERNAL_DIR (default: ../shared/external next to the repository, or $EXTERNAL_DIR) holds pdfs/, icdar2013/ and
# oracle/ as described in its README. Needs the .NET SDK and Python 3 (standard library only). Nothing is copied into
# the repository; the extracted words go to a temporary directory.
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

dotnet build "$root/src/Extraction.Cli" -c Release -o "$work/bin" -nologo -v quiet >/dev/null
pdfs=("$external"/pdfs/*.pdf "$external"/icdar2013/*.pdf)

# One process for all files; a file that fails is reported on stderr as "name.pdf: Code: message".
set +e
"$work/bin/extract" words "${pdfs[@]}" --pages 1-30 --out-dir "$work/words" 2>"$work/errors.txt"
status=$?
set -e
if [ "$status" -gt 1 ]; then
  echo "extract words failed (exit $status):" >&2
  cat "$work/errors.txt" >&2
  exit "$status"
fi

python3 "$root/scripts/compare_words.py" --fast-text --dir "$work/words" "$external/oracle" --json "$work/all.json" >/dev/null
python3 "$root/scripts/compare_words.py" --fast-text --dir "$work/words" "$external/oracle" \
  --skip-file "$external/oracle/CAVEATS.txt" --json "$work/skip.json" >/dev/null
# The PdfPig back end's section (scripts/score-pdfpig.sh) is kept at the end of the rewritten document.
pdfpig_section=$(sed -n '/^## PdfPig back end/,$p' "$root/docs/reader-fidelity.md" 2>/dev/null || true)
python3 "$root/scripts/reader_fidelity_report.py" "$work/all.json" "$work/skip.json" "$work/errors.txt" \
  "$external/oracle/CAVEATS.txt" > "$root/docs/reader-fidelity.md"
if [ -n "$pdfpig_section" ]; then printf '\n%s\n' "$pdfpig_section" >> "$root/docs/reader-fidelity.md"; fi
grep -E '^\| \*\*(All|Without)' "$root/docs/reader-fidelity.md"
