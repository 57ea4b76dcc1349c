#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing (Chromium for the browser tests, the PostgreSQL
# server binaries for the warehouse tests), then runs every test. Arguments go to `dotnet test`
# (e.g. ./test.sh --filter FullyQualifiedName~Cli).
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

sudo_cmd=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; fi

apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1
}

# The page view and report tests look at the generated HTML in headless Chromium (Debian's chromium package).
if ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM:-}" ]; then
  echo "Installing chromium for the browser tests..."
  apt_install chromium || echo "warning: could not install chromium; the browser tests will fail" >&2
fi

# The warehouse tests start a throw-away PostgreSQL server of their own. If this fails, those tests fail and say what
# is missing: they never skip.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && [ -z "${EXTRACTION_PG_BIN:-}" ]; then
  echo "Installing postgresql-15 for the warehouse tests..."
  apt_install postgresql-15 || echo "warning: could not install postgresql-15; the PostgreSQL tests will fail" >&2
fi

dotnet test Extraction.sln "$@"
