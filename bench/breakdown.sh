#!/usr/bin/env bash
# Where a page's wasm bytes go: the release wasm of one page's binary (candor-respondent unless
# another is named) through wasm-bindgen and wasm-opt with the flags its HTML gives Trunk, plus
# -g to keep the function names, then twiggy. Prints the total raw and gzip -9 size; raw bytes by
# crate and module (Yew's parts, our modules, core/alloc, data); the 25 largest functions; and the
# data segments against the code, each gzipped alone. Names kept, the module is a little larger
# than the one in dist/ (bench/bundle.sh), whose imports are also renamed short after the build.
#
#   bash bench/breakdown.sh [candor-respondent|candor-organizer|candor-setup|candor-print]
set -euo pipefail
source "$(dirname "$0")/../scripts/tools.sh"
BIN=${1:-candor-respondent}
case "$BIN" in
  candor-respondent) HTML=index.html ;;
  candor-organizer) HTML=organizer/index.html ;;
  candor-setup) HTML=organizer/setup/index.html ;;
  candor-print) HTML=organizer/print/index.html ;;
  *) echo "unknown page binary: $BIN" >&2; exit 2 ;;
esac
ensure_rust
ensure_wasm_tools
ensure_node
ensure_twiggy

TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
WASM="$TARGET/wasm32-unknown-unknown/release/$BIN.wasm"
if [ ! -f "$WASM" ]; then
  say "building $BIN"
  (cd "$ROOT" && cargo build --release --target wasm32-unknown-unknown --bin "$BIN" --locked --offline)
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# The same wasm-opt level and parameters Trunk reads from the page's HTML.
read_attr() { grep -o "data-$1=\"[^\"]*\"" "$ROOT/$HTML" | head -1 | sed 's/^[^"]*"//; s/"$//'; }
LEVEL=$(read_attr wasm-opt)
PARAMS=$(read_attr wasm-opt-params)
wasm-bindgen --target web --no-typescript --keep-debug --out-dir "$WORK" --out-name page "$WASM"
# shellcheck disable=SC2086 # the parameters are words
wasm-opt "-O$LEVEL" $PARAMS -g --output "$WORK/page.wasm" "$WORK/page_bg.wasm"

# Code and data alone, each as its own byte stream, to see what each costs once gzipped.
node - "$WORK/page.wasm" "$WORK" <<'EOF'
const fs = require('node:fs');
const [file, out] = process.argv.slice(2);
const wasm = fs.readFileSync(file);
const leb = (at) => {
  let [value, shift] = [0, 0];
  for (;;) {
    const byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
};
for (let at = 8; at < wasm.length; ) {
  const id = wasm[at];
  const [size, start] = leb(at + 1);
  if (id === 10) fs.writeFileSync(`${out}/code.bin`, wasm.subarray(start, start + size));
  if (id === 11) fs.writeFileSync(`${out}/data.bin`, wasm.subarray(start, start + size));
  at = start + size;
}
EOF

gz() { gzip -9 -c "$1" | wc -c; }
# Without the name section -g kept: the bytes a browser would load.
# shellcheck disable=SC2086
wasm-opt $PARAMS --strip-debug --output "$WORK/stripped.wasm" "$WORK/page.wasm"
echo "$BIN ($HTML, wasm-opt -O$LEVEL as Trunk runs it)"
printf '  %-30s %10s %10s\n' "" raw gzip-9
printf '  %-30s %10d %10d\n' "wasm (names stripped)" "$(wc -c <"$WORK/stripped.wasm")" "$(gz "$WORK/stripped.wasm")"
printf '  %-30s %10d %10d\n' "code section alone" "$(wc -c <"$WORK/code.bin")" "$(gz "$WORK/code.bin")"
printf '  %-30s %10d %10d\n' "data section alone" "$(wc -c <"$WORK/data.bin")" "$(gz "$WORK/data.bin")"

twiggy top --format csv "$WORK/page.wasm" >"$WORK/top.csv"
python3 - "$WORK/top.csv" <<'EOF'
import csv, re, sys

rows = list(csv.DictReader(open(sys.argv[1])))
items = [(r["Name"], int(r["ShallowSize"])) for r in rows]
NAMES = "(function names: kept by -g, not shipped)"

# Yew's parts by module; our modules two levels deep (candor::ui::pages…); anything else by crate.
# `<T as Trait>::f` is charged to the trait's crate when T is generic or a primitive, else to T's.
# Yew's lifecycle of one component type (`CompStateInner<COMP>`, where each view is inlined) is
# counted apart: every component type costs a page its own copy.
PRIMITIVE = re.compile(r"^(&(mut )?)?([A-Z]|char|str|bool|u8|u16|u32|u64|usize|i8|i16|i32|i64|isize|f32|f64|\[.*\]|\(.*\)|dyn .*)$")
def path_of(name):
    name = re.sub(r"\[[0-9a-f]{6,}\]", "", name)
    m = re.match(r"^<(.+?) as ([\w:]+)", name)
    if m:
        return m.group(2) if PRIMITIVE.match(m.group(1).strip()) else m.group(1)
    m = re.match(r"^<([^>]+)>::", name)
    if m:
        return "core" if PRIMITIVE.match(m.group(1)) else m.group(1)
    return name
def group(name):
    if name.startswith("data segment") or name.startswith("data["):
        return "data segments"
    if "subsection" in name or name == "name section headers":
        return "(function names: kept by -g, not shipped)"
    if name.startswith("import "):
        return "imports (the JavaScript glue's functions)"
    if re.match(r"^\w+\[\d+\]$", name):
        return "(module structure, unnamed code)"
    if "CompStateInner<COMP>" in name:
        return "yew::html lifecycle per component (views inlined)"
    parts = [p for p in re.split(r"::", path_of(name).lstrip("&")) if p]
    parts = [re.sub(r"<.*", "", p) for p in parts]
    crate = parts[0] if parts else ""
    if crate == "yew":
        return "yew::" + parts[1] if len(parts) > 1 else "yew"
    if crate == "candor":
        return "::".join(parts[:3]) if len(parts) > 2 and parts[1] == "ui" else "::".join(parts[:2])
    if crate == "std" and len(parts) > 2 and parts[1] == "collections" and parts[2] == "hash":
        return "hashbrown"
    if crate in ("core", "alloc", "std"):
        return crate + (("::" + parts[1]) if len(parts) > 1 and parts[1] in ("fmt", "str", "panicking", "unicode") else "")
    return crate or "(other)"

groups = {}
for name, size in items:
    if group(name) != NAMES:
        groups[group(name)] = groups.get(group(name), 0) + size
total = sum(groups.values())
print()
print("  raw bytes by crate and module (twiggy, shallow sizes)")
for name, size in sorted(groups.items(), key=lambda kv: -kv[1]):
    if size * 1000 >= total * 3:
        print(f"  {name:<52} {size:8d} {100 * size / total:5.1f}%")
rest = sum(s for s in groups.values() if s * 1000 < total * 3)
print(f"  {'(smaller groups, each under 0.3%)':<52} {rest:8d} {100 * rest / total:5.1f}%")
print(f"  {'total (the module without its names)':<52} {total:8d}")

print()
print("  the 25 largest functions")
functions = [(re.sub(r"\[[0-9a-f]{6,}\]", "", n), s) for n, s in items
             if group(n) not in ("data segments", NAMES)]
for name, size in sorted(functions, key=lambda kv: -kv[1])[:25]:
    short = name if len(name) <= 100 else name[:44] + "…" + name[-55:]
    print(f"  {size:7d}  {short}")

data = [(n, s) for n, s in items if group(n) == "data segments"]
print()
print(f"  data segments: {len(data)}, {sum(s for _, s in data)} raw bytes (gzipped alone: above); the largest:")
for name, size in sorted(data, key=lambda kv: -kv[1])[:5]:
    print(f"  {size:7d}  {name}")
EOF
