"""Scaling out: several `humpro worker` processes on one database queue run each task once.

Real processes against a real database: on SQLite a file database made for the test (the
test run's own database is in memory), on PostgreSQL the test database itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from humpro.core.tests.smtp import SmtpServer

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[3]

ENQUEUE = """
from django.db import transaction
from humpro.core.outbox import outbox_enqueue
with transaction.atomic():
    for i in range(30):
        outbox_enqueue(recipient=f"m{i}@example.test", subject=f"Rilis {i}", body="isi")
"""
REPORT = """
from django_tasks_db.models import DBTaskResult
from humpro.core.models import OutboxMessage
sent = OutboxMessage.objects.filter(status="sent").count()
retried = OutboxMessage.objects.filter(attempts__gt=1).count()
unfinished = DBTaskResult.objects.exclude(status="SUCCESSFUL").count()
print(sent, retried, unfinished, len({tuple(r.worker_ids) for r in DBTaskResult.objects.all()}))
"""


def _manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "humpro", "manage", *args], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_two_worker_processes_share_the_queue_without_double_sending(tmp_path) -> None:  # type: ignore[no-untyped-def]
    server = SmtpServer()
    server.start()
    env = {**os.environ, "HUMPRO_EMAIL_BACKEND": "smtp", "HUMPRO_EMAIL_HOST": "127.0.0.1",
           "HUMPRO_EMAIL_PORT": str(server.port), "HUMPRO_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    if connection.vendor == "postgresql":
        s = connection.settings_dict
        env["DATABASE_URL"] = f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    else:
        env.pop("DATABASE_URL", None)
        _manage(env, "migrate", "--verbosity", "0")
    try:
        _manage(env, "shell", "-c", ENQUEUE)
        command = [sys.executable, "-m", "humpro", "worker", "--batch", "--interval", "0"]
        workers = [subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                   for _ in range(2)]
        for w in workers:
            assert w.wait(timeout=120) == 0, w.stderr.read()[-2000:] if w.stderr else ""
        last_line = _manage(env, "shell", "-c", REPORT).strip().splitlines()[-1]
        sent, retried, unfinished, distinct_workers = map(int, last_line.split())
        assert sent == 30 and retried == 0 and unfinished == 0
        assert 1 <= distinct_workers <= 2
        assert len(server.messages) == 30
        assert len({m["Message-ID"] for m in server.messages}) == 30
    finally:
        server.stop()
