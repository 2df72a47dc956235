#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on the loopback interface for the test suite and prints
# its URL (the tests read it from ACCREDIT_TEST_POSTGRESQL). Stop it with:
#   scripts/postgres_for_tests.sh stop
# Uses Debian's postgresql package, installing it when missing and allowed (root with apt-get);
# otherwise it says what to install and exits 3, and the PostgreSQL tests are skipped.
set -euo pipefail

port=${ACCREDIT_TEST_PG_PORT:-54329}
home=${ACCREDIT_TEST_PG_HOME:-/tmp/accredit-test-postgresql-$port}
password=accredit-test  # a throw-away server on 127.0.0.1 only, deleted by "stop"

server_bin() {
  local found
  found=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1)
  echo "$found"
}

as_owner() {
  # initdb and the server refuse to run as root: run them as the postgres account then.
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "${1:-start}" = stop ]; then
  bin=$(server_bin)
  if [ -n "$bin" ] && [ -d "$home/data" ]; then
    as_owner "$bin/pg_ctl" -D "$home/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$home"
  exit 0
fi

bin=$(server_bin)
if [ -z "$bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing PostgreSQL for the tests (Debian's postgresql package)…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(server_bin)
  else
    echo "PostgreSQL is not installed; its tests will be skipped." >&2
    echo "Install it with: sudo apt-get install postgresql" >&2
    exit 3
  fi
fi

if [ -f "$home/data/postmaster.pid" ] &&
   as_owner "$bin/pg_ctl" -D "$home/data" status >/dev/null 2>&1; then
  echo "postgresql+psycopg://accredit:$password@127.0.0.1:$port/postgres"
  exit 0
fi

rm -rf "$home"
mkdir -p "$home"
printf '%s\n' "$password" >"$home/password"
[ "$(id -u)" = 0 ] && chown -R postgres "$home"
as_owner "$bin/initdb" -D "$home/data" -U accredit --pwfile="$home/password" \
  --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$home/initdb.log"
# Durability is not under test here: without fsync the suite runs several times faster.
as_owner "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w start -o \
  "-p $port -k $home -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
   -c full_page_writes=off -c max_connections=200" >/dev/null
echo "postgresql+psycopg://accredit:$password@127.0.0.1:$port/postgres"
