# Sourced by scripts/run and scripts/test: installs what is missing, and nothing that is already
# there, so a second run installs nothing. Every version is pinned here or in a lockfile.
# shellcheck shell=bash

TRUNK_VERSION=0.21.14
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Root on these machines and in CI; elsewhere apt needs sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  say "installing Debian packages: $*"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_rust() {
  command -v cargo >/dev/null || { echo "Rust is needed: install it with rustup first." >&2; exit 1; }
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
}

# The wasm-bindgen version Cargo.lock resolved; the CLI must match it exactly.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_tools() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing Trunk $TRUNK_VERSION (takes several minutes, once)"
    cargo install --locked "trunk@$TRUNK_VERSION"
  fi
  local want
  want=$(locked_wasm_bindgen)
  [ -n "$want" ] || { echo "Cargo.lock names no wasm-bindgen version" >&2; exit 1; }
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ] \
    || [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $want" ]; then
    say "installing wasm-bindgen-cli $want (takes a few minutes, once)"
    # Not --locked: its lockfile currently fails to resolve a dependency.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

# What bench/breakdown.sh reads a page's wasm with: its functions and data, by size.
TWIGGY_VERSION=0.8.0
ensure_twiggy() {
  if [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt $TWIGGY_VERSION" ]; then
    say "installing twiggy $TWIGGY_VERSION (takes a few minutes, once)"
    cargo install --locked "twiggy@$TWIGGY_VERSION"
  fi
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
  local stamp="$ROOT/node_modules/.candor-lock"
  local want
  want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing the npm tools from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
  fi
  export CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium)}
  export CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)}
}

# The other engines of the cross-engine suite (tests/engines/): Firefox ESR with geckodriver, and
# WebKitGTK's MiniBrowser with WebKitWebDriver, which needs an X display (xvfb-run gives one).
GECKODRIVER_VERSION=0.37.1
ensure_engines() {
  local missing=()
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $2 }')" != "$GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (takes a few minutes, once)"
    cargo install --locked "geckodriver@$GECKODRIVER_VERSION"
  fi
}

# What reads the pages' output back in the tests: zbarimg the QR codes of the poster and of the
# slips, poppler's pdfinfo, pdftotext and pdftoppm (which rasterizes the sheet of slips) the
# printed PDFs.
ensure_readers() {
  local missing=()
  command -v zbarimg >/dev/null || missing+=(zbar-tools)
  if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
    missing+=(poppler-utils)
  fi
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}

# Bench-only npm packages, kept out of package.json so that CI and `npm ci` never fetch them:
# each set goes into an ignored node_modules of its own under bench/, so that installing one never
# disturbs another (there is no package.json there to remember them). The versions are pinned here.
# SurveyJS's core and its plain-JavaScript renderer must be the same release (the renderer names
# its core exactly); bench/first-question.mjs builds a SurveyJS page of the survey from them.
SURVEYJS_VERSION=2.5.38
# bench/lighthouse.mjs: Lighthouse 13 asks for Node 22.19 or later, so the last 12.x release, which
# runs on the Node 20 that package.json allows.
LIGHTHOUSE_VERSION=12.8.2

# The version of npm package $2 installed under the folder $1, or nothing.
bench_npm_version() {
  node -p "require('$ROOT/$1/node_modules/$2/package.json').version" 2>/dev/null
}

# Installs into $ROOT/$1/node_modules exactly the packages given as name@version, unless all of
# them are there at those versions already.
bench_npm_install() {
  local dir=$1 spec
  shift
  for spec in "$@"; do
    if [ "$(bench_npm_version "$dir" "${spec%@*}")" != "${spec##*@}" ]; then
      say "installing $* into $dir/ (bench only)"
      mkdir -p "$ROOT/$dir"
      npm install --prefix "$ROOT/$dir" --no-save --no-package-lock --no-audit --no-fund \
        --loglevel=error "$@" >/dev/null
      return
    fi
  done
}

ensure_surveyjs() {
  bench_npm_install bench/surveyjs "survey-core@$SURVEYJS_VERSION" "survey-js-ui@$SURVEYJS_VERSION"
}

ensure_lighthouse() {
  bench_npm_install bench/lighthouse "lighthouse@$LIGHTHOUSE_VERSION"
}

# The release build that is deployed and that the end-to-end tests drive (scripts/build-pages
# knows the four pages and their order), stamped with its build fingerprint.
build_release() {
  say "building the release bundle into dist/"
  (cd "$ROOT" && scripts/build-pages --release && node scripts/verify.mjs --stamp dist >/dev/null)
}
