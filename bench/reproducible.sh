#!/usr/bin/env bash
# Reproducibility benchmark: clones this commit twice into two different folders, builds each
# release bundle with its own Cargo target directory, and compares the two dist/ folders byte for
# byte with scripts/verify.mjs. Prints how long each build took. Not part of the test run: two
# builds from nothing take several minutes on a two-core machine (docs/verify.md).
set -euo pipefail
source "$(dirname "$0")/../scripts/tools.sh"
ensure_rust
ensure_node
ensure_wasm_tools

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
commit=$(git -C "$ROOT" rev-parse HEAD)
say "building $commit twice, in two folders with their own target directories"
for copy in first second-copy; do
  git clone -q "$ROOT" "$work/$copy"
  git -C "$work/$copy" checkout -q "$commit"
  # Installed tools are shared; everything built is the copy's own.
  ln -s "$ROOT/node_modules" "$work/$copy/node_modules"
  start=$(date +%s)
  (cd "$work/$copy" && CARGO_TARGET_DIR="$work/$copy-target" ROOT="$work/$copy" build_release >/dev/null 2>&1) \
    || { echo "the $copy build failed" >&2; exit 1; }
  echo "$copy build: $(($(date +%s) - start)) s"
done
node "$ROOT/scripts/verify.mjs" "$work/first/dist" "$work/second-copy/dist" | tail -n 3
