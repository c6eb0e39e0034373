#!/usr/bin/env bash
# Installs what the build needs and is missing: Debian packages, the npm packages pinned in
# package-lock.json, and the Dear ImGui 1.86 sources (from Debian's `imgui` source package) into
# the build tree. Idempotent: when everything is present it only checks, in a second or two.
# Used by both README commands (serve.py and tests/run.py); safe to run by hand.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deps="$root/build/_deps"
imgui_dir="$deps/imgui-1.86"

# The packages the build and the tests use. See docs/build.md for why each is here.
packages=(
  cmake ninja-build g++ clang libclang-rt-14-dev
  emscripten nlohmann-json3-dev libhowardhinnant-date-dev doctest-dev
  chromium fonts-dejavu-core fonts-noto-core fonts-opendyslexic python3-fonttools
  python3-icalendar python3-html5lib nodejs npm xz-utils ca-certificates patch
  brotli librsvg2-bin nginx libnginx-mod-http-brotli-static universal-ctags
  firefox-esr webkit2gtk-driver xvfb xauth libgl1-mesa-dri
)

say() { printf 'setup: %s\n' "$*" >&2; }

need_root() {
  say "missing: $1"
  say "run this once as root, then try again:"
  say "  $2"
  exit 1
}

# --- Debian packages ------------------------------------------------------------------------
missing=()
for p in "${packages[@]}"; do
  # nodejs/npm: any working node and npm will do (CI images ship their own, newer ones).
  case "$p" in
    nodejs) command -v node >/dev/null 2>&1 && continue ;;
    npm) command -v npm >/dev/null 2>&1 && continue ;;
  esac
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  [ "$(id -u)" = 0 ] || need_root "Debian packages: ${missing[*]}" "sudo sh -c '$cmd'"
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- npm packages (exact versions from package-lock.json) ----------------------------------
# node_modules/.package-lock.json is npm's own record of what it installed; when it matches the
# committed lock file nothing needs doing.
if ! cmp -s <(sed -n '/"packages"/,$p' "$root/package-lock.json") \
            <(sed -n '/"packages"/,$p' "$root/node_modules/.package-lock.json" 2>/dev/null); then
  say "installing npm packages from package-lock.json"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

# --- Dear ImGui 1.86 sources ---------------------------------------------------------------
# libimgui-dev has no .cpp files, so the WebAssembly build compiles the source package.
# A private apt configuration (own sources and lists directories under the build tree) keeps
# the system's apt set-up untouched.
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  [ "$(id -u)" = 0 ] || need_root "Dear ImGui 1.86 sources in $imgui_dir" "sudo $0"
  say "fetching the Dear ImGui 1.86 sources (Debian source package imgui)"
  apt_dir="$deps/apt"
  mkdir -p "$apt_dir/sources.list.d" "$apt_dir/lists/partial" "$deps/download"
  src=/etc/apt/sources.list.d/debian.sources
  if [ -f "$src" ]; then
    # Reuse the first deb822 stanza's URIs, Suites and Signed-By, as Types: deb-src.
    awk 'BEGIN{RS="";FS="\n"} NR==1{for(i=1;i<=NF;i++) if($i ~ /^(URIs|Suites|Components|Signed-By):/) print $i}' "$src" \
      | { echo "Types: deb-src"; cat; } >"$apt_dir/sources.list.d/imgui-src.sources"
  else
    grep -h '^deb ' /etc/apt/sources.list | head -n1 | sed 's/^deb /deb-src /' >"$apt_dir/sources.list.d/imgui-src.list"
  fi
  apt_opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
            -o "Dir::State::Lists=$apt_dir/lists" -o "Debug::NoLocking=1"
            -o "APT::Sandbox::User=root")
  apt-get "${apt_opts[@]}" update -qq
  (cd "$deps/download" && apt-get "${apt_opts[@]}" source --download-only -qq imgui >/dev/null)
  tarball=$(ls "$deps"/download/imgui_1.86*.orig.tar.* | head -n1)
  rm -rf "$imgui_dir.tmp" && mkdir -p "$imgui_dir.tmp"
  tar -xf "$tarball" -C "$imgui_dir.tmp" --strip-components=1
  [ -f "$imgui_dir.tmp/imgui.cpp" ] || { say "the imgui source package did not contain imgui.cpp"; exit 1; }
  grep -q 'IMGUI_VERSION *"1.86"' "$imgui_dir.tmp/imgui.h" || { say "expected Dear ImGui 1.86 in $tarball"; exit 1; }
  rm -rf "$imgui_dir" && mv "$imgui_dir.tmp" "$imgui_dir"
fi
exit 0
