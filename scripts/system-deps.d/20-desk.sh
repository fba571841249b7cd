#!/usr/bin/env bash
# The desk's browser and PostgreSQL tests need Debian's chromium (driven by Playwright with
# executable_path=/usr/bin/chromium; never `playwright install`) and postgresql (a throwaway
# server per test session). Installs them as root when missing; otherwise says what is missing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -eq 0 ]; then
  echo "desk: chromium and postgresql present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "desk: missing ${missing[*]} (run as root to install; those tests skip meanwhile)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
