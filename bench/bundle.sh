#!/usr/bin/env bash
# Bundle benchmark: every file of dist/ with its raw and gzip -9 size, and the total a first visit
# loads, against the budget. Builds the release bundle first unless --no-build is given.
set -euo pipefail
source "$(dirname "$0")/../scripts/tools.sh"
BUDGET=150000 # bytes, gzipped, for everything a first visit loads

if [ "${1:-}" != "--no-build" ]; then
  ensure_rust
  ensure_node
  ensure_wasm_tools
  build_release >/dev/null
fi
cd "$ROOT/dist"

# A first visit loads index.html and everything it references; dist/ holds nothing else.
raw_total=0
gz_total=0
printf '%-44s %10s %10s\n' file raw gzip-9
while IFS= read -r file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  raw_total=$((raw_total + raw))
  gz_total=$((gz_total + gz))
  printf '%-44s %10d %10d\n' "$file" "$raw" "$gz"
done < <(find . -type f | sed 's|^\./||' | sort)
printf '%-44s %10d %10d\n' "first visit, total" "$raw_total" "$gz_total"
printf 'budget: %d bytes gzipped; used %d%%\n' "$BUDGET" $((gz_total * 100 / BUDGET))
if [ "$gz_total" -gt "$BUDGET" ]; then
  echo "OVER BUDGET by $((gz_total - BUDGET)) bytes" >&2
  exit 1
fi
