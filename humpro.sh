#!/usr/bin/env bash
# humpro launcher: prepares everything a fresh machine needs (idempotent), then runs the command.
#   ./humpro.sh demo   – web app with demo data on SQLite
#   ./humpro.sh test   – ruff, migration check, whole test suite (SQLite, plus PostgreSQL if DATABASE_URL is set)
# Any other argument is passed to the `humpro` command (e.g. ./humpro.sh worker, ./humpro.sh protocol row 5).
set -euo pipefail
cd "$(dirname "$0")"
PY="${PYTHON:-python3}"
stamp=.venv/.humpro-installed
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  # WeasyPrint needs Pango; install it from apt when missing (root on the target machines).
  if ! ldconfig -p 2>/dev/null | grep -q libpango-1.0; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null
    else
      echo "Pasang dulu: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0" >&2
    fi
  fi
  echo "Menyiapkan lingkungan Python (.venv)…" >&2
  mkdir -p var
  if ! { .venv/bin/python -m pip install --upgrade pip && .venv/bin/python -m pip install -e ".[dev]"; } > var/install.log 2>&1; then
    tail -n 40 var/install.log >&2
    echo "Pemasangan dependensi gagal; log lengkap di var/install.log" >&2
    exit 1
  fi
  touch "$stamp"
fi
exec .venv/bin/humpro "$@"
