"""The outbox: every outgoing message is persisted first, then sent by the worker.

A message is claimed with a conditional UPDATE (pending → sending), so two
workers never send the same message; failures are retried with exponential
back-off and every attempt is logged. A message stuck in "sending" (a worker
died mid-send) is released after `STALE_AFTER` and retried.
"""

from __future__ import annotations

import json
import logging
import time
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from humpro.core.models import OutboxAttempt, OutboxMessage, OutboxStatus

logger = logging.getLogger(__name__)
STALE_AFTER = timedelta(minutes=10)
BACKOFF_BASE_SECONDS = 30
BACKOFF_MAX_SECONDS = 3600


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mimetype: str = "application/octet-stream"


def backoff(attempts: int) -> timedelta:
    """Delay before the next try after `attempts` failed tries: 30 s, 60 s, 120 s … max 1 h."""
    return timedelta(seconds=min(BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0), BACKOFF_MAX_SECONDS))


def outbox_enqueue(
    *,
    recipient: str,
    subject: str = "",
    body: str = "",
    html_body: str = "",
    organization: Any = None,
    channel: str = OutboxMessage.Channel.EMAIL,
    attachments: Iterable[Attachment] = (),
    purpose: str = "",
    dedupe_key: str | None = None,
    related: models.Model | None = None,
) -> OutboxMessage:
    """Store one outgoing message; the worker sends it after the transaction commits.

    With `dedupe_key`, enqueueing the same logical message twice returns the first one.
    """
    if dedupe_key:
        existing = OutboxMessage.objects.filter(dedupe_key=dedupe_key).first()
        if existing:
            return existing
    stored = []
    for att in attachments:
        path = default_storage.save(f"outbox/{timezone.now():%Y/%m}/{att.filename}", ContentFile(att.content))
        stored.append({"filename": att.filename, "path": path, "mimetype": att.mimetype})
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.create(
                organization=organization,
                channel=channel,
                recipient=recipient,
                subject=subject[:300],
                body=body,
                html_body=html_body,
                attachments=stored,
                purpose=purpose,
                dedupe_key=dedupe_key,
                related_type=ContentType.objects.get_for_model(related) if related is not None else None,
                related_id=str(related.pk) if related is not None else "",
            )
    except IntegrityError:
        if dedupe_key:
            return OutboxMessage.objects.get(dedupe_key=dedupe_key)
        raise
    transaction.on_commit(lambda: _enqueue_delivery(message.pk))
    return message


def _enqueue_delivery(message_id: int) -> None:
    from humpro.core.tasks import outbox_deliver_task

    try:
        outbox_deliver_task.enqueue(message_id)
    except Exception:  # the periodic flush picks it up anyway
        logger.exception("could not enqueue outbox delivery %s", message_id)


def _claim(message_id: int) -> bool:
    now = timezone.now()
    claimed = OutboxMessage.objects.filter(
        pk=message_id, status=OutboxStatus.PENDING, next_attempt_at__lte=now
    ).update(status=OutboxStatus.SENDING, claimed_at=now)
    return claimed == 1


def _send_email(message: OutboxMessage) -> None:
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.recipient],
        headers={"Message-ID": message.message_id, "X-Humpro-Outbox": str(message.uuid)},
    )
    if message.html_body:
        email.attach_alternative(message.html_body, "text/html")
    for att in message.attachments:
        with default_storage.open(att["path"], "rb") as fh:
            email.attach(att["filename"], fh.read(), att["mimetype"])
    email.send(fail_silently=False)


def _send_webhook(message: OutboxMessage) -> None:
    payload = json.dumps({"subject": message.subject, "body": message.body, "id": str(message.uuid)})
    request = urllib.request.Request(  # noqa: S310 (URL is configured by an organization admin)
        message.recipient,
        data=payload.encode("utf-8"),
        headers={"Content-Type": "application/json", "Idempotency-Key": str(message.uuid)},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=15) as response:  # noqa: S310
        if response.status >= 300:
            raise RuntimeError(f"HTTP {response.status}")


SENDERS = {OutboxMessage.Channel.EMAIL: _send_email, OutboxMessage.Channel.WEBHOOK: _send_webhook}


def outbox_deliver(*, message_id: int) -> bool:
    """Try to send one message now. Returns True when it was sent by this call."""
    if not _claim(message_id):
        return False
    message = OutboxMessage.objects.get(pk=message_id)
    started = time.monotonic()
    try:
        SENDERS[message.channel](message)
    except Exception as exc:  # any failure is recorded and retried
        duration = int((time.monotonic() - started) * 1000)
        attempts = message.attempts + 1
        final = attempts >= settings.OUTBOX_MAX_ATTEMPTS
        OutboxAttempt.objects.create(message=message, ok=False, error=f"{type(exc).__name__}: {exc}"[:2000],
                                     duration_ms=duration)
        OutboxMessage.objects.filter(pk=message.pk).update(
            status=OutboxStatus.FAILED if final else OutboxStatus.PENDING,
            attempts=attempts,
            last_error=f"{type(exc).__name__}: {exc}"[:2000],
            next_attempt_at=timezone.now() + backoff(attempts),
            claimed_at=None,
        )
        return False
    duration = int((time.monotonic() - started) * 1000)
    OutboxAttempt.objects.create(message=message, ok=True, duration_ms=duration)
    OutboxMessage.objects.filter(pk=message.pk).update(
        status=OutboxStatus.SENT, attempts=message.attempts + 1, sent_at=timezone.now(),
        claimed_at=None, last_error="",
    )
    return True


def outbox_release_stale() -> int:
    """Give messages whose sender died mid-send back to the queue."""
    return OutboxMessage.objects.filter(
        status=OutboxStatus.SENDING, claimed_at__lt=timezone.now() - STALE_AFTER
    ).update(status=OutboxStatus.PENDING, claimed_at=None)


def outbox_flush(*, limit: int = 500) -> int:
    """Send every due message (used by the periodic job). Returns how many were sent."""
    outbox_release_stale()
    due = OutboxMessage.objects.filter(
        status=OutboxStatus.PENDING, next_attempt_at__lte=timezone.now()
    ).order_by("next_attempt_at").values_list("pk", flat=True)[:limit]
    return sum(1 for pk in list(due) if outbox_deliver(message_id=pk))


def outbox_retry_now(*, message: OutboxMessage) -> None:
    """Put a failed message back in the queue for an immediate try (admin action)."""
    OutboxMessage.objects.filter(pk=message.pk, status__in=[OutboxStatus.FAILED, OutboxStatus.PENDING]).update(
        status=OutboxStatus.PENDING, next_attempt_at=timezone.now()
    )
    transaction.on_commit(lambda: _enqueue_delivery(message.pk))
