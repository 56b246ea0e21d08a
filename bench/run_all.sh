#!/usr/bin/env bash
# Run every benchmark and print its figures (SQLite unless DATABASE_URL is set; the monitoring
# search bench wants PostgreSQL: give it DATABASE_URL of a scratch database).
set -uo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
run() { echo "== $*"; "$@" 2>&1 | grep -v "^WARNING" | tail -n 12; echo; }
run $PY bench/foundation_pages.py
run $PY bench/agenda_clash.py
run $PY bench/bench_protocol.py
run $PY bench/newsroom_public.py
run $PY bench/newsroom_send.py
run $PY bench/press_import.py
run $PY bench/ppid_clock.py
run $PY bench/monitoring_throughput.py --articles 200 --workers 1
run $PY bench/eval_extract.py --split holdout
