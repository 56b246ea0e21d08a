"""Background tasks of the core app: thin wrappers around services."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django_tasks import task

from humpro.core.outbox import outbox_deliver, outbox_flush
from humpro.core.scheduler import scheduled


@task()
def outbox_deliver_task(message_id: int) -> bool:
    return outbox_deliver(message_id=message_id)


@scheduled(every=dt.timedelta(seconds=30), name="core.outbox_flush")
@task()
def outbox_flush_task() -> int:
    return outbox_flush()


@scheduled(every=dt.timedelta(days=1), name="core.prune")
@task()
def prune_task() -> int:
    """Forget finished task results and schedule claims older than 30 days."""
    from django_tasks_db.models import DBTaskResult

    from humpro.core.models import ScheduledRun

    cutoff = timezone.now() - dt.timedelta(days=30)
    deleted, _ = DBTaskResult.objects.filter(finished_at__lt=cutoff).delete()
    ScheduledRun.objects.filter(slot__lt=cutoff).delete()
    return deleted
