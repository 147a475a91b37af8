#!/usr/bin/env bash
# The run-history tests also run on a real PostgreSQL server, which they start themselves on loopback
# (initdb + pg_ctl in a temporary folder): Debian's package provides the binaries.
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || command -v pg_ctl >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's postgresql for the history tests..." >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  # The tests start their own server; the package's default cluster need not run.
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    for cluster in /etc/postgresql/*/main; do
      [ -d "$cluster" ] && pg_ctlcluster "$(basename "$(dirname "$cluster")")" main stop 2>/dev/null || true
    done
  fi
else
  echo "PostgreSQL not found: the PostgreSQL history tests will be skipped (install Debian's postgresql package)" >&2
fi
