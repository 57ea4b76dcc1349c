#!/usr/bin/env bash
# Scores the generated budget layouts (fixtures/generated: random variants of the corpus documents, rendered by
# Chromium and LibreOffice, each with its exact truth) cell by cell with the golden suite's own comparison
# (tests/Extraction.Tests/Golden/Generated), and writes the summary into docs/table-structure.md under
# "Generated budget layouts" (that section is replaced up to its end marker; the rest of the file is left as it is).
#
#   scripts/score-generated.sh          # score, write the docs section
#   scripts/score-generated.sh --pin    # also rewrite fixtures/generated/known-failures.json with today's counts
#   scripts/score-generated.sh --dir D  # score another generator output (e.g. fresh seeds never tuned on) and only
#                                       # print its summary; D holds one folder per seed, as ../shared/generator writes
#
# --pin is for after a change that makes files better (the suite fails until their pinned counts are lowered) or
# after regenerating the fixtures; review the diff of known-failures.json before committing it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pin=0
dir=
case "${1:-}" in
  --pin) pin=1 ;;
  --dir) dir=$(cd "${2:?--dir needs a folder}" && pwd) ;;
  "") ;;
  *) echo "usage: $0 [--pin | --dir FOLDER]" >&2; exit 2 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

GENERATED_FOLDER="$dir" GENERATED_SCORE_OUT="$work" dotnet test "$root/tests/Extraction.Tests" -nologo -v quiet \
  --filter "FullyQualifiedName~Golden.Generated.GeneratedGoldenTests.The_scores_add_up" >"$work/test.log" 2>&1 \
  || { cat "$work/test.log" >&2; exit 1; }
[ -f "$work/summary.md" ] || { echo "The scoring test wrote no summary." >&2; cat "$work/test.log" >&2; exit 1; }

if [ -n "$dir" ]; then
  cat "$work/summary.md"
  exit 0
fi

doc="$root/docs/table-structure.md"
section="## Generated budget layouts"
end="<!-- end of scripts/score-generated.sh output -->"
# The section runs from its heading to the end marker; what is before and after it (the hand-written notes on the
# causes below the marker) stays.
awk -v s="$section" '$0 == s { exit } { print }' "$doc" >"$work/before.md"
awk -v e="$end" 'found { print } $0 == e { found = 1 }' "$doc" >"$work/after.md"
{
  cat "$work/before.md"
  [ -z "$(tail -c 1 "$work/before.md")" ] && [ -n "$(tail -n 1 "$work/before.md")" ] && echo
  echo "$section"
  echo
  echo "The golden suite's scores on the 60 PDFs of \`fixtures/generated\` (random variants of the five corpus documents,"
  echo "seeds 1-3, each rendered by Chromium and by LibreOffice; see its README), written by \`scripts/score-generated.sh\`"
  echo "on $(date -u +%Y-%m-%d). Every numeric cell of the truth (table id, row label, row kind, column label, measure,"
  echo "year, value, scale, page) is looked up in the facts. *Matched*: all equal. *Wrong values*: the truth's place"
  echo "with another value. *Wrong measure/year/kind*: the right value at the right place typed differently."
  echo "*Wrong labels*: the right value on the right page with one of table id, row label or column label different (a"
  echo "wrapped label cut or merged with its neighbour, a stacked header under the wrong parent; its scale or kind may"
  echo "differ too). *Missing* and *spurious*: in the truth only, in the facts only. A file pinned in"
  echo "\`fixtures/generated/known-failures.json\` may get neither worse nor better than pinned; every other file must"
  echo "stay exact; no file may have a wrong value."
  echo
  cat "$work/summary.md"
  echo "$end"
  cat "$work/after.md"
} >"$work/doc.md"
cp "$work/doc.md" "$doc"

if [ "$pin" = 1 ]; then
  cp "$work/known-failures.json" "$root/fixtures/generated/known-failures.json"
  echo "fixtures/generated/known-failures.json rewritten."
fi
grep -F '| **all** |' "$work/summary.md"
