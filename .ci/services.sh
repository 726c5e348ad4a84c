#!/usr/bin/env bash
# Starts the local services the tests need (PostgreSQL on 127.0.0.1:54329) and writes their
# addresses to .ci/services.env. Installs Debian's packages when they are missing.
set -euo pipefail
cd "$(dirname "$0")"
PGPORT=54329
PGDATA=/tmp/virta-pg-data
need=()
command -v pg_ctlcluster >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if ! su postgres -c "$bindir/pg_ctl -D $PGDATA status" >/dev/null 2>&1; then
  rm -rf "$PGDATA"
  mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA"
  su postgres -c "$bindir/initdb -D $PGDATA -A trust -U postgres -E UTF8" >/dev/null
  pg_options="-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1"
  su postgres -c "$bindir/pg_ctl -D $PGDATA -o '$pg_options' -l /tmp/virta-pg.log -w start" >/dev/null
fi
echo "export VIRTA_PG_URL=postgres://postgres@127.0.0.1:$PGPORT/postgres" > services.env
echo "PostgreSQL ready on 127.0.0.1:$PGPORT"
