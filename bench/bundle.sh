#!/usr/bin/env bash
# Bundle benchmark: every file of dist/ with its raw and gzip -9 size, and the total a first visit
# loads, against the budget. Builds the release bundle first unless --no-build is given.
set -euo pipefail
source "$(dirname "$0")/../scripts/tools.sh"
# Bytes, gzipped, for everything a first visit loads. The respondents' page loads on a phone
# between two patients, so it has the tightest; the organizer's three pages have more room.
budget_of() {
  case "$1" in
    .) echo 100000 ;;
    *) echo 200000 ;;
  esac
}

if [ "${1:-}" != "--no-build" ]; then
  ensure_rust
  ensure_node
  ensure_wasm_tools
  build_release >/dev/null
fi
cd "$ROOT/dist"

# Each page is a first visit of its own: index.html with the files beside it (respondents),
# organizer/index.html with the files in organizer/ (the summary), organizer/setup/index.html with
# the files in organizer/setup/ (creating a survey), organizer/print/index.html with the files in
# organizer/print/ (the staff one-pager and unit reports, opened from the summary). None loads
# another's files.
over=0
for page in . organizer organizer/setup organizer/print; do
  raw_total=0
  gz_total=0
  BUDGET=$(budget_of "$page")
  echo
  printf '%-52s %10s %10s\n' "first visit to ${page#.}/index.html" raw gzip-9
  while IFS= read -r file; do
    raw=$(wc -c <"$file")
    gz=$(gzip -9 -c "$file" | wc -c)
    raw_total=$((raw_total + raw))
    gz_total=$((gz_total + gz))
    printf '  %-50s %10d %10d\n' "${file#./}" "$raw" "$gz"
  done < <(find "$page" -maxdepth 1 -type f | sort)
  printf '  %-50s %10d %10d\n' "total" "$raw_total" "$gz_total"
  printf '  budget: %d bytes gzipped; used %d%%\n' "$BUDGET" $((gz_total * 100 / BUDGET))
  if [ "$gz_total" -gt "$BUDGET" ]; then
    echo "  OVER BUDGET by $((gz_total - BUDGET)) bytes" >&2
    over=1
  fi
done
exit "$over"
