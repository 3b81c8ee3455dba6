#!/usr/bin/env bash
# The one test command (`npm test`): typecheck, lint, format, unit tests, the date tests under three
# time zones, then the browser tests in Debian's Chromium. Any failure stops it with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "typecheck"; npm run -s typecheck
step "lint"; npm run -s lint
step "format"; npm run -s format:check
step "unit tests"; npx vitest run
for tz in UTC Asia/Baku America/Los_Angeles; do
  step "date-range tests, TZ=$tz"; TZ="$tz" npx vitest run tests/data/time.test.ts tests/data/query.test.ts
done

step "browser tests (Playwright + Debian chromium; pdftotext reads back the brief's PDF)"
if [ ! -x /usr/bin/chromium ] || ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium and poppler-utils for the browser tests…"
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium poppler-utils >/dev/null
  else
    echo "The browser tests need Debian's chromium at /usr/bin/chromium and pdftotext. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y chromium poppler-utils" >&2
    exit 1
  fi
fi
# The browser tests drive the map through test hooks that only a VITE_TEST_HOOKS build contains.
VITE_TEST_HOOKS=true npx vite build
npx playwright test
