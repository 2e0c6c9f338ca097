#!/usr/bin/env bash
# Starts Debian's PostgreSQL for the PostgreSQL store tests and prints the URL to export as
# STORYLINE_TEST_POSTGRES. Installs the server and libpq headers (for the optional
# pg-native package) when missing. Needs root, as on CI; a developer with their own
# server just sets STORYLINE_TEST_POSTGRES instead.
set -euo pipefail
missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v pg_config >/dev/null 2>&1 || missing+=(libpq-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >&2
  pg_ctlcluster "$version" main start >&2
fi
su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'storyline'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE storyline LOGIN PASSWORD 'storyline'\"" >&2
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'storyline_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O storyline storyline_test" >&2
echo "postgresql://storyline:storyline@localhost/storyline_test"
