"""Bench: send one published release to 300 recipients through the outbox to a loopback SMTP server.

Run: .venv/bin/python bench/newsroom_send.py [recipients]
Uses a throw-away SQLite database in a temporary directory; target: < 60 s for 300 recipients.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

TMP = tempfile.mkdtemp(prefix="humpro-bench-send-")
os.environ.update(
    {
        "HUMPRO_DATA_DIR": TMP,
        "HUMPRO_MEDIA_ROOT": os.path.join(TMP, "media"),
        "DJANGO_SETTINGS_MODULE": "humpro.config.settings",
    }
)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(count: int = 300) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from humpro.core.models import OutboxMessage, OutboxStatus
    from humpro.core.tests.smtp import SmtpServer
    from humpro.core.worker import run_pending_tasks
    from humpro.newsroom.distribution import distribution_create
    from humpro.newsroom.models import ReleaseStatus
    from humpro.newsroom.tests.factories import make_list, make_release
    from humpro.testing import make_org

    call_command("migrate", verbosity=0)
    server = SmtpServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    org = make_org(slug="nusa-makmur-bench", name="Pemerintah Provinsi Nusa Makmur")
    release = make_release(org, status=ReleaseStatus.PUBLISHED)
    dl = make_list(org, [f"redaksi{i}@media{i % 40}.test" for i in range(count)], name="Semua media")
    started = time.perf_counter()
    distribution_create(release=release, lists=[dl], user=None)
    run_pending_tasks()
    elapsed = time.perf_counter() - started
    sent = OutboxMessage.objects.filter(status=OutboxStatus.SENT).count()
    server.stop()
    print(
        f"newsroom_send: {count} penerima, {sent} terkirim, {len(server.messages)} diterima server SMTP, "
        f"{elapsed:.1f} s ({count / elapsed:.1f} pesan/s); target < 60 s: {'OK' if elapsed < 60 else 'GAGAL'}"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
