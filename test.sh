#!/usr/bin/env bash
# Runs every test: unit tests, the Pax Exam integration tests against the built distribution,
# and the browser tests in headless Chromium (installed from Debian's packages when missing).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing Chromium and ChromeDriver for the browser tests..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser tests need Chromium and ChromeDriver on the PATH (chromium, chromedriver)." >&2
    exit 1
  fi
fi

mvn -B install "$@"
