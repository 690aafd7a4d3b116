#!/usr/bin/env bash
# Bundles the playground (www/src/playground.js with CodeMirror) into
# www/playground.bundle.js with esbuild from npm. Needs `npm ci` (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
node_modules/.bin/esbuild www/src/playground.js --bundle --format=esm --minify \
  --target=es2022 --outfile=www/playground.bundle.js --log-level=warning
echo "build-web: www/playground.bundle.js: $(stat -c %s www/playground.bundle.js) bytes"
