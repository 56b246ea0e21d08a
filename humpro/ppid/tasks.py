"""Background jobs of PPID: deadline reminders and berkala update reminders."""

from __future__ import annotations

import datetime as dt

from django_tasks import task

from humpro.core.scheduler import scheduled
from humpro.ppid.reminders import berkala_reminders, deadline_reminders


@scheduled(every=dt.timedelta(hours=1), name="ppid.deadline_reminders")
@task()
def deadline_reminders_task() -> int:
    return deadline_reminders()


@scheduled(every=dt.timedelta(days=1), name="ppid.berkala_reminders")
@task()
def berkala_reminders_task() -> int:
    return berkala_reminders()
