#!/usr/bin/env bash
# Scores the tables the pipeline finds against the ICDAR 2013 table-competition ground truth (table structure, the
# adjacency-relation metric of scripts/icdar2013_eval.py) and writes docs/table-structure.md.
#
#   scripts/score-tables.sh [EXTERNAL_DIR]
#
# EXTERNAL_DIR (default: ../shared/external next to the repository, or $EXTERNAL_DIR) holds icdar2013/ with the PDFs and
# their *-str.xml and *-reg.xml ground truth. Needs the .NET SDK and Python 3 (standard library only); with poppler's
# pdfinfo the tables outside every ground-truth table region are found by their boxes, without it only those on pages
# with no ground-truth table. Nothing is copied into the repository; the tables go to a temporary directory. The
# "Generated budget layouts" section of the file (scripts/score-generated.sh) is kept. Prints the micro score and how
# many tables lie outside the ground truth (a chart or figure read as a table is one of them).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
external=${1:-${EXTERNAL_DIR:-$root/../shared/external}}
if [ ! -d "$external/icdar2013" ]; then
  echo "No ICDAR 2013 set at $external/icdar2013." >&2
  exit 2
fi
external=$(cd "$external" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/Extraction.Cli" -c Release -o "$work/bin" -nologo -v quiet >/dev/null

# One process for all files; a file that fails is reported on stderr as "name.pdf: Code: message" and scored as no tables.
set +e
(cd "$root" && "$work/bin/extract" tables "$external"/icdar2013/*.pdf --out-dir "$work/tables" 2>"$work/errors.txt")
status=$?
set -e
if [ "$status" -gt 1 ]; then
  echo "extract tables failed (exit $status):" >&2
  cat "$work/errors.txt" >&2
  exit "$status"
fi

# Displayed page heights (a page turned a quarter shows its width), to turn the regions' bottom-up coordinates into ours.
: >"$work/heights.txt"
if command -v pdfinfo >/dev/null; then
  for pdf in "$external"/icdar2013/*.pdf; do
    pdfinfo -f 1 -l 9999 "$pdf" 2>/dev/null | awk -v stem="$(basename "$pdf" .pdf)" '
      /^Page +[0-9]+ size:/ { w[$2] = $4; h[$2] = $6 }
      /^Page +[0-9]+ rot:/ { r[$2] = $4 }
      END { for (p in h) print stem, p, (r[p] % 180 == 90 ? w[p] : h[p]) }' >>"$work/heights.txt"
  done
fi

python3 "$root/scripts/icdar2013_eval.py" --dir "$work/tables" "$external/icdar2013" \
  --outside "$work/outside.txt" --page-heights "$work/heights.txt" >"$work/score.txt"
# The section scripts/score-generated.sh writes (and the notes after it) is kept as it is.
awk '$0 == "## Generated budget layouts" { found = 1 } found { print }' "$root/docs/table-structure.md" >"$work/generated.md"
documents=$(find "$external/icdar2013" -name '*.pdf' | wc -l)
{
  echo "# Table structure: ICDAR 2013"
  echo
  echo "The tables the pipeline finds (\`extract tables\`, with the repository's pipeline.json) in the $documents PDFs of the"
  echo "ICDAR 2013 table competition, scored by \`scripts/icdar2013_eval.py\` against the competition's structure ground"
  echo "truth: each non-empty cell's relation to its nearest neighbour to the right and below, texts compared without"
  echo "spaces or case; precision over the relations we give, recall over the ground truth's. Written by"
  echo "\`scripts/score-tables.sh\` on $(date -u +%Y-%m-%d)."
  echo
  echo '```'
  tail -3 "$work/score.txt"
  awk '$1 ~ /^(eu|us)-/ && NF >= 12 { sum += $NF; n++ } END { if (n) printf "mean F1 per document %.4f over %d documents\n", sum / n, n }' "$work/score.txt"
  echo '```'
  echo
  echo "Documents the pipeline could not read: $(grep -c . "$work/errors.txt" || true)."
  sed 's/^/- /' "$work/errors.txt"
  echo
  echo "## Reading the figures"
  echo
  cat <<'NOTES'
Two kinds of detectors find the tables. The budget detectors come first: a table grows from lines that end in numbers
in any convention of `numbers.conventions` ("4.511", "0,54", "16 403,3", "1,234.5", "1.370.000 kr.", "(12.440)"; each
table is then read in one of them), with header lines above them and columns from the alignment of the
numbers; headers are typed with the vocabularies of pipeline.json (years, R23, B25, Regnskab, Budget; units such as
"1.000 kr."); tables of text start under a caption. Where they find nothing, the general detectors
(`src/Extraction.Pipeline/Stages/2-Tables/General`, options `tables.general`) look for tables of any kind, each an
`ITableRegionDetector` over the page's evidence (its free lines and merged rulings):

- `RuledGridDetector`: connected sets of rulings with at least two horizontal and two vertical lines; its grid is
  built as a lattice (`LatticeGridBuilder`): the distinct ruling positions cut it into slots, slots with no ruling
  between them are one spanning cell, each word goes to the slot its centre lies in.
- `AlignedLineDetector`: runs of lines split into several cells by wide blank spaces, with at most a few one-cell
  lines between them; its grid is built as a stream (`StreamGridBuilder`, after Tabula's and Nurminen's text edges):
  columns are the blank spaces between words that (nearly) all of its lines share, rows are the lines, a line that
  continues the row above or a label wrapped around its values is joined to it (`WrappedRows`), a column of prose
  beside the table is left out.

`GeneralTableAcceptance` keeps a candidate with enough columns and rows of cells side by side, short cells (not prose
set in columns; a ruled grid may hold descriptions), rows mostly filled (not a chart's axis labels scattered over the
plot) and no image under it (a page-wide image is a background band, not a chart). A lone number left of a run of
aligned lines is an axis tick: the run is a chart. A ruled grid takes the words of every line reaching into it (a
table beside prose); one whose cell holds a table of its own (rules only under the header) is left to the stream
builder. A
budget table without a header gives way to a general table that takes in its lines and starts above it. General
tables have kind `general`: cells of text, no facts.

**Charts and figures are not tables.** Whichever detector found it, a region is a chart or figure and no table
(`src/Extraction.Pipeline/Stages/2-Tables/Figures`, options `tables.figures`) when a figure caption
(`structure.figure_caption_patterns`: "Figur 2", "Figure 1:", "Fig. 3", "Chart 2", "Graf 1") is its first line or one of
the few lines right above it with no wide blank space between (a table caption met first on the way up makes it a table;
a caption nearer to the text or picture above it than to the region is the caption under a figure, and the table after
it is kept), or when it holds ticks of a chart's axis: at least five numbers stepping evenly from 0 at even distances,
in a row (0% 10% … 100%) or in a right-aligned column (0 20 40 …). The lines of such a region are offered to no later
detector. Filled bars are no sign: the page model carries rulings and images, no filled shapes. The chart and figure
pages that gave tables before (`eu-012` p3, a stacked bar chart "Figure 1" read with its ticks as a header; `us-001` p2
"Figure 2." and `eu-017` p1 "Figure CA2b.", captions taken into the first cell; `us-002` p4, bar data labels beside the
ticks 0 … 100; `us-015` p1, the diagram "Figure 4.") give none. Looking at each table in "Tables outside the ground
truth" below (2026-12-04): none is a chart or figure; they are notes and glossaries printed under a table (`eu-005` p2,
`eu-012` p3 and p4, `us-037` p1), a numbered list (`us-030` p2) and a bulleted list (`us-011a` p1).

Recall says which tables are not found or only in part; precision how the tables that are found come out: how many of
the cell neighbours we give are in the ground truth (a wrong column boundary, merged or split rows, a header read
differently all lower it; so does a table the ground truth splits in two, or a header row the ground truth leaves
out). The budget detectors read many of these tables (those ending in figures, English
ones included) with their own rules for rows and headers.

Use the score to see that a change to a table detector does not lose structure on tables it already finds
(precision), and what it gains on tables of other kinds (recall). The budget documents themselves are scored cell by
cell by the golden tests against their own ground truth; the general detectors must find nothing there.
NOTES
  echo
  echo "## Tables outside the ground truth"
  echo
  echo "The tables we give that overlap no table region of the ground truth (\`*-reg.xml\`), or lie on a page where it has"
  echo "no table ($(grep -c . "$work/outside.txt" || true)); a chart or figure read as a table would be one of them:"
  echo
  echo '```'
  cat "$work/outside.txt"
  echo '```'
  echo
  echo "## Per document"
  echo
  echo '```'
  cat "$work/score.txt"
  echo '```'
  if [ -s "$work/generated.md" ]; then
    echo
    cat "$work/generated.md"
  fi
} >"$root/docs/table-structure.md"
tail -1 "$work/score.txt"
echo "tables outside the ground truth: $(grep -c . "$work/outside.txt" || true) (docs/table-structure.md)"
