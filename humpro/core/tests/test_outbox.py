from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from humpro.core.models import OutboxAttempt, OutboxMessage, OutboxStatus
from humpro.core.outbox import Attachment, backoff, outbox_deliver, outbox_enqueue, outbox_flush
from humpro.core.tests.smtp import SmtpServer
from humpro.core.worker import run_pending_tasks
from humpro.testing import make_org

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def smtp(settings):  # type: ignore[no-untyped-def]
    server = SmtpServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 3
    yield server
    server.stop()


def _due_now() -> None:
    """Let the back-off delay pass."""
    OutboxMessage.objects.filter(status=OutboxStatus.PENDING).update(next_attempt_at=timezone.now())


def test_it_sends_through_the_worker_with_attachment(smtp: SmtpServer) -> None:
    org = make_org()
    msg = outbox_enqueue(organization=org, recipient="redaksi@example.test", subject="Siaran pers",
                         body="Isi siaran", attachments=[Attachment("rilis.pdf", b"%PDF-1.4 uji", "application/pdf")])
    assert msg.status == OutboxStatus.PENDING  # persisted first, nothing sent yet
    assert smtp.messages == []
    run_pending_tasks()  # the task enqueued on commit
    msg.refresh_from_db()
    assert msg.status == OutboxStatus.SENT and msg.attempts == 1 and msg.sent_at is not None
    assert len(smtp.messages) == 1
    received = smtp.messages[0]
    assert received["Subject"] == "Siaran pers" and received["Message-ID"] == msg.message_id
    names = [part.get_filename() for part in received.walk() if part.get_filename()]
    assert names == ["rilis.pdf"]
    assert OutboxAttempt.objects.filter(message=msg, ok=True).count() == 1


def test_server_down_then_up_loses_nothing_and_sends_nothing_twice(smtp: SmtpServer) -> None:
    org = make_org()
    smtp.stop()
    messages = [outbox_enqueue(organization=org, recipient=f"media{i}@example.test", subject=f"Rilis {i}",
                               body="isi") for i in range(5)]
    run_pending_tasks()
    for m in messages:
        m.refresh_from_db()
        assert m.status == OutboxStatus.PENDING and m.attempts == 1
        assert m.next_attempt_at > timezone.now()  # backed off
        assert "Error" in m.last_error or "refused" in m.last_error.lower()
    assert OutboxAttempt.objects.filter(ok=False).count() == 5
    assert outbox_flush() == 0  # not due yet: no hammering of a dead server

    smtp.start()
    _due_now()
    assert outbox_flush() == 5
    assert outbox_flush() == 0
    _due_now()
    assert outbox_flush() == 0
    assert sorted(m["To"] for m in smtp.messages) == sorted(f"media{i}@example.test" for i in range(5))
    assert len({m["Message-ID"] for m in smtp.messages}) == 5
    assert OutboxMessage.objects.filter(status=OutboxStatus.SENT, attempts=2).count() == 5


def test_a_claimed_message_is_not_sent_by_a_second_worker(smtp: SmtpServer) -> None:
    msg = outbox_enqueue(recipient="a@example.test", subject="x", body="y")
    OutboxMessage.objects.filter(pk=msg.pk).update(status=OutboxStatus.SENDING, claimed_at=timezone.now())
    assert outbox_deliver(message_id=msg.pk) is False
    assert smtp.messages == []


def test_a_stale_claim_is_released_and_retried(smtp: SmtpServer) -> None:
    msg = outbox_enqueue(recipient="a@example.test", subject="x", body="y")
    OutboxMessage.objects.filter(pk=msg.pk).update(
        status=OutboxStatus.SENDING, claimed_at=timezone.now() - timedelta(hours=1))
    assert outbox_flush() == 1
    assert len(smtp.messages) == 1


def test_it_gives_up_after_the_maximum_attempts(settings, smtp: SmtpServer) -> None:  # type: ignore[no-untyped-def]
    settings.OUTBOX_MAX_ATTEMPTS = 3
    smtp.stop()
    msg = outbox_enqueue(recipient="a@example.test", subject="x", body="y")
    for _ in range(5):
        _due_now()
        outbox_flush()
    msg.refresh_from_db()
    assert msg.status == OutboxStatus.FAILED and msg.attempts == 3
    assert msg.attempt_log.count() == 3


def test_dedupe_key_enqueues_once() -> None:
    a = outbox_enqueue(recipient="a@example.test", subject="x", dedupe_key="rilis-1-a")
    b = outbox_enqueue(recipient="a@example.test", subject="x", dedupe_key="rilis-1-a")
    assert a.pk == b.pk and OutboxMessage.objects.count() == 1


def test_backoff_grows_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3)] == [30, 60, 120]
    assert backoff(30).total_seconds() == 3600
