#!/bin/sh
# Install Debian's chromium for the page tests when it is missing (CI runs as root).
set -e
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "chromium is missing and this user cannot apt-get install it: the browser tests will fail" >&2
  exit 0
fi
echo "installing Debian chromium for the page tests..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v chromium
