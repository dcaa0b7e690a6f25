#!/usr/bin/env bash
# Installs what Nunchi's demo and tests need from the system, on Debian/Ubuntu: Chromium (runs the
# extension), CJK fonts (Korean, Chinese and Japanese render as boxes without them) and openssl
# (the e2e fixture server's throwaway certificate). Skips what is already there.
set -euo pipefail

PACKAGES=(chromium fonts-noto-cjk openssl ca-certificates)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages present: ${PACKAGES[*]}"
elif command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "Not a Debian system: install Chromium and Noto CJK fonts yourself and set CHROME_PATH." >&2
fi

if ! command -v node >/dev/null 2>&1; then
  echo "Node.js 20.19 or newer is required." >&2
  exit 1
fi
echo "node $(node --version), npm $(npm --version), $("${CHROME_PATH:-/usr/bin/chromium}" --version 2>/dev/null | tail -n 1)"
