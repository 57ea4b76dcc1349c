#!/usr/bin/env bash
# Packs the command line as a .NET tool, installs it from that local feed into a folder of its own, and runs it from a
# folder outside the repository (no pipeline.json there): `extract --help`, then `extract run` on one corpus PDF.
# Exit 0 when all of it works. Used by .ci/run.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack "$repo/src/Extraction.Cli/Extraction.Cli.csproj" -c Release -o "$work/feed" --nologo -v quiet
dotnet tool install Extraction.Cli --tool-path "$work/tools" --add-source "$work/feed" --ignore-failed-sources
extract="$work/tools/extract"

mkdir "$work/elsewhere"
cd "$work/elsewhere"
"$extract" --help | grep -q "Commands:"
pdf="$(ls "$repo"/fixtures/corpus/*.pdf | head -1)"
cp "$pdf" budget.pdf
"$extract" run budget.pdf --out results --no-progress
test "$(wc -l < results/facts.csv)" -gt 1
echo "dotnet tool: packed, installed and run outside the repository ($(($(wc -l < results/facts.csv) - 1)) facts)"
