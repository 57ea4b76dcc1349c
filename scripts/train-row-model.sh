#!/usr/bin/env bash
# Trains the row model of the tables stage (docs/table-structure.md, "Learned row decisions") and writes it where the
# pipeline embeds it, with its recipe and held-out scores beside it:
#   src/Extraction.Pipeline/Stages/2-Tables/Rows/row-boundaries.zip
#   src/Extraction.Pipeline/Stages/2-Tables/Rows/row-boundaries.recipe.json
#
# The data: random budget layouts from ../shared/generator (both producers), seeds 100 and 101, 40 variants each
# (160 PDFs, about 3 s each to render). Never seeds 1-3 (the committed evaluation fixtures, fixtures/generated) and
# never ICDAR 2013 (the test set). Every 5th variant (in name order) is held out; the model is trained on the rest
# with FastTree, seed 7.
#
#   scripts/train-row-model.sh                 # render the data into a temporary folder, train
#   ROW_MODEL_DATA=/tmp/rows scripts/train-row-model.sh   # render into (or reuse) that folder
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
generator=${GENERATOR:-"$root/../shared/generator"}
seeds=(100 101)
variants=40
rows="$root/src/Extraction.Pipeline/Stages/2-Tables/Rows"

data=${ROW_MODEL_DATA:-}
if [ -z "$data" ]; then
  data=$(mktemp -d)
  trap 'rm -rf "$data"' EXIT
fi

folders=()
for seed in "${seeds[@]}"; do
  out="$data/seed-$seed"
  if [ ! -f "$out/manifest.json" ]; then
    python3 "$generator/build.py" --random "$variants" --seed "$seed" --out "$out" --work "$data/build-$seed" >"$data/generate-$seed.log" 2>&1 \
      || { tail -n 20 "$data/generate-$seed.log" >&2; exit 1; }
  fi
  folders+=("$out")
done

dotnet run --project "$root/src/Extraction.Training" -c Release -- \
  --data "${folders[@]}" \
  --config "$root/pipeline.json" \
  --model "$rows/row-boundaries.zip" \
  --recipe "$rows/row-boundaries.recipe.json" \
  --seed 7 --held-out-every 5 --trees 100 --leaves 16 --min-leaf-examples 10
