#!/usr/bin/env bash
# Real servers for the connector tests (tests/connectors), installed into a cache folder
# that CI should keep: $FAUXPAS_TESTSERVERS, default ${FAUXPAS_CACHE:-~/.cache/fauxpas}/testservers.
#   bluesky/  Bluesky's PDS + PLC directory (npm), Node 22 (npm), better-sqlite3 built for it
#   snac/     snac2 2.96 from Debian trixie-backports, unpacked with dpkg -x (not installed)
# Idempotent: whatever is present with the pinned versions is skipped (first run ~3 min).
# Without root it only checks and says what is missing; the tests then skip with that.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cache="${FAUXPAS_TESTSERVERS:-${FAUXPAS_CACHE:-$HOME/.cache/fauxpas}/testservers}"
node_version=22.23.3
snac_version=2.96-1~bpo13+1
bsky_src="$root/tools/testservers/bluesky"
bsky="$cache/bluesky"
snac="$cache/snac"
is_root=$([ "$(id -u)" = 0 ] && echo yes || echo no)

bluesky_ok() {
  [ -f "$bsky/.stamp" ] && [ "$(cat "$bsky/.stamp")" = "$(bluesky_want)" ] &&
    "$bsky/node22/node_modules/node/bin/node" -e "require('$bsky/node_modules/better-sqlite3')(':memory:')" 2>/dev/null
}
bluesky_want() { echo "$(sha256sum "$bsky_src/package.json" | cut -d' ' -f1) node-$node_version"; }

snac_ok() { [ -x "$snac/usr/bin/snac" ] && [ "$(cat "$snac/.stamp" 2>/dev/null)" = "$snac_version" ]; }

install_bluesky() {
  if ! command -v npm >/dev/null; then
    echo "    npm missing: installing Debian's nodejs and npm"
    apt-get update -qq
    apt-get install -y --no-install-recommends nodejs npm >/dev/null
  fi
  local tmp="$bsky.partial"
  rm -rf "$tmp" && mkdir -p "$tmp/node22"
  echo "    node@$node_version from npm"
  (cd "$tmp/node22" && echo '{"private":true}' > package.json &&
    npm install --no-audit --no-fund --loglevel=error "node@$node_version" >/dev/null)
  local node_bin="$tmp/node22/node_modules/node/bin"
  local headers
  headers=$(echo "$tmp"/node22/node_modules/node/node_modules/node-linux-*)
  [ -d "$headers/include/node" ] || { echo "    no Node headers in $headers" >&2; return 1; }
  echo "    @atproto/pds, @did-plc/server (compiles better-sqlite3 for Node $node_version)"
  cp "$bsky_src/package.json" "$bsky_src/pds.mjs" "$tmp/"
  # npm and node-gyp run on Node 22 (first on PATH) and build against its headers.
  (cd "$tmp" && PATH="$node_bin:$PATH" npm_config_nodedir="$headers" \
    npm install --no-audit --no-fund --loglevel=error --nodedir="$headers" >/dev/null)
  # Built in a .partial folder and renamed at the end: an interrupted install never looks done.
  rm -rf "$bsky" && mv "$tmp" "$bsky"
  bluesky_want > "$bsky/.stamp"
}

install_snac() {
  local apt="$cache/apt-private" tmp="$snac.partial"
  rm -rf "$apt" "$tmp" && mkdir -p "$apt/state/lists/partial" "$apt/cache/archives/partial" "$apt/prefs" "$tmp"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie-backports main" > "$apt/sources.list"
  local opts=(-o "Dir::State=$apt/state" -o "Dir::State::status=/var/lib/dpkg/status"
    -o "Dir::Etc::SourceList=$apt/sources.list" -o "Dir::Etc::SourceParts=$apt/prefs"
    -o "Dir::Etc::Preferences=$apt/prefs/none" -o "Dir::Etc::PreferencesParts=$apt/prefs"
    -o "Dir::Cache=$apt/cache" -o "APT::Sandbox::User=root" -o "Debug::NoLocking=1")
  echo "    snac2=$snac_version (private apt configuration, trixie-backports)"
  apt-get "${opts[@]}" -qq update
  (cd "$apt" && apt-get "${opts[@]}" -qq download "snac2=$snac_version")
  dpkg -x "$apt"/snac2_*.deb "$tmp"
  rm -rf "$snac" && mv "$tmp" "$snac" && rm -rf "$apt"
  echo "$snac_version" > "$snac/.stamp"
}

snac_libs() {
  # snac needs libcurl and OpenSSL 3; on Debian 12 they are libcurl4 and libssl3.
  if ldd "$snac/usr/bin/snac" | grep -q "not found"; then
    echo "    installing libcurl4 libssl3 for snac"
    apt-get update -qq
    apt-get install -y --no-install-recommends libcurl4 libssl3 >/dev/null
  fi
}

start=$(date +%s)
if bluesky_ok; then
  echo "    bluesky test server: present ($bsky)"
elif [ "$is_root" = yes ]; then
  install_bluesky
  bluesky_ok || { echo "    bluesky test server: install failed" >&2; exit 1; }
  echo "    bluesky test server: installed ($bsky)"
else
  echo "    bluesky test server: missing in $bsky (run this script as root); its tests will skip"
fi
if snac_ok; then
  echo "    snac (Mastodon API) test server: present ($snac)"
elif [ "$is_root" = yes ]; then
  install_snac
  echo "    snac (Mastodon API) test server: installed ($snac)"
else
  echo "    snac test server: missing in $snac (run this script as root); its tests will skip"
fi
if snac_ok && [ "$is_root" = yes ]; then snac_libs; fi
echo "    connectors test servers: done in $(( $(date +%s) - start )) s"
