#!/usr/bin/env bash
# Builds the CLI into a private folder and runs the sample-DPA scorer with it, so several people
# can score at once without overwriting dist/.   scripts/dev-score.sh NAME [scorer args...]
set -euo pipefail
name=${1:?usage: scripts/dev-score.sh NAME [args]}; shift
out=.cache/dev-score-$name  # inside the project so node_modules resolves
mkdir -p "$out"
npx esbuild cli/main.ts --bundle --platform=node --target=node20 --format=cjs --log-level=warning \
  --external:pdfjs-dist --external:mongoose --external:pg --external:pg-native --external:redis --external:memjs \
  --outfile="$out/cli.js"

node ../shared/eval/score.mjs --cli "node $out/cli.js" "$@"
