#!/usr/bin/env bash
# `npm test`: type check, unit and integration tests on real SQLite files, then end-to-end tests in Chromium.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

if [ -z "${PLAYWRIGHT_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the end-to-end tests …"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "apt-get could not install chromium"
  fi
  command -v chromium >/dev/null 2>&1 || npx playwright install chromium || true
fi

# One seed of the real data for both suites: Vitest copies it per test file, Playwright's server gets a copy of its own.
# The type check runs beside it (each takes one of the two cores).
seeded="data/test/seeded-$$.db"
mkdir -p data/test
trap 'rm -f "$seeded" "$seeded-wal" "$seeded-shm"' EXIT
npx tsc --noEmit -p . &
typecheck=$!
DATABASE_URL="file:$PWD/$seeded" npx prisma migrate deploy >/dev/null
DATABASE_URL="file:$PWD/$seeded" npm run -s db:seed >/dev/null
wait "$typecheck"
# The end-to-end build skips Next's own type check: the one above covered the same files.
export TEST_SEEDED_DB="$PWD/$seeded" E2E_SEEDED_DB="$PWD/$seeded" NEXT_TYPECHECKED=1
npx vitest run
# The fast part of `npm run test:resilience`: the authorisation sweep and the export sizes (the unfiltered exports, per_page
# at the maximum). Header checks run with the end-to-end specs (e2e/headers.spec.ts). The long suites stay nightly.
npx vitest run -c vitest.resilience.config.ts resilience/auth-sweep.test.ts
npx vitest run -c vitest.resilience.config.ts resilience/fuzz-api.test.ts -t "most common export URLs"
npx playwright test
