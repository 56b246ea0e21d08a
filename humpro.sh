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
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  touch "$stamp"
fi
exec .venv/bin/humpro "$@"
