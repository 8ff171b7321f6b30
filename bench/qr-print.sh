#!/usr/bin/env bash
# QR print benchmark: the QR codes of docs/link-format.md's table ("How small the QR code gets"),
# readable and compact, at error correction M and L, each printed by Chromium to PDF at a range of
# widths (quiet zone included), rasterized at 100 dpi with pdftoppm and read back with zbarimg.
# Prints, for each code, its side in modules and the narrowest width that reads back exactly.
set -euo pipefail
source "$(dirname "$0")/../scripts/tools.sh"
ensure_chromium
ensure_readers
WIDTHS=(25 30 35 40 45 50 55 60 65 70 75 85 105)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$ROOT" && QR_OUT="$out" cargo test --quiet --test link_qr -- --ignored write_the_qr_codes_for_printing >/dev/null)
cd "$out"
printf '%-28s %8s %10s %14s\n' "QR code" modules "narrowest" "module there"
for svg in $(ls ./*.svg | sort); do
  name=$(basename "$svg" .svg)
  modules=$(sed -E 's/.*viewBox="0 0 ([0-9]+) .*/\1/' "$svg")
  {
    echo '<!doctype html><meta charset="utf-8"><style>@page{size:A4;margin:10mm}img{display:block;break-after:page}</style>'
    for width in "${WIDTHS[@]}"; do echo "<img src=\"$name.svg\" style=\"width:${width}mm\">"; done
  } >"$name.html"
  "$CHROMIUM_PATH" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$name.pdf" "file://$out/$name.html" >/dev/null 2>&1
  pdftoppm -r 100 -png "$name.pdf" "$name-page"
  narrowest=none
  page=0
  for width in "${WIDTHS[@]}"; do
    page=$((page + 1))
    png=$(ls "$name"-page-*.png | sort -V | sed -n "${page}p")
    if [ "$(zbarimg --quiet --raw "$png" 2>/dev/null)" = "$(cat "$name.txt")" ]; then
      narrowest=$width
      break
    fi
  done
  if [ "$narrowest" = none ]; then
    printf '%-28s %8d %10s %14s\n' "$name" "$((modules - 8))" none -
  else
    printf '%-28s %8d %8s mm %11s mm\n' "$name" "$((modules - 8))" "$narrowest" \
      "$(awk -v w="$narrowest" -v m="$modules" 'BEGIN { printf "%.2f", w / m }')"
  fi
done
