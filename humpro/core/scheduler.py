"""Scheduled jobs defined in code, run by whichever worker claims each tick first.

Each job has a period; time is cut into slots of that period and every worker's
scheduler thread tries to insert (job, slot) into `ScheduledRun`. The unique
constraint lets exactly one insert win, on SQLite and PostgreSQL alike, so adding
worker processes on more machines never runs a job twice.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, close_old_connections, transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    name: str
    every: dt.timedelta
    task: Any  # a django_tasks Task taking no arguments


JOBS: dict[str, Job] = {}


def scheduled(*, every: dt.timedelta, name: str | None = None):  # type: ignore[no-untyped-def]
    """Register a task (decorated with django_tasks' @task) as a periodic job."""

    def register(task: Any) -> Any:
        job_name = name or f"{task.func.__module__}.{task.func.__name__}"
        JOBS[job_name] = Job(name=job_name, every=every, task=task)
        return task

    return register


def slot_for(now: dt.datetime, every: dt.timedelta) -> dt.datetime:
    epoch = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    period = int(every.total_seconds())
    elapsed = int((now - epoch).total_seconds())
    return epoch + dt.timedelta(seconds=elapsed - elapsed % period)


def tick(*, worker_id: str, now: dt.datetime | None = None) -> list[str]:
    """Enqueue every job whose current slot no worker has claimed yet. Returns the job names."""
    from humpro.core.models import ScheduledRun

    now = now or timezone.now()
    started = []
    for job in JOBS.values():
        slot = slot_for(now, job.every)
        try:
            with transaction.atomic():
                ScheduledRun.objects.create(job=job.name, slot=slot, claimed_by=worker_id[:64])
                job.task.enqueue()
        except IntegrityError:
            continue
        started.append(job.name)
    return started


class SchedulerThread(threading.Thread):
    """Runs `tick` every `interval` seconds inside a worker process."""

    def __init__(self, *, worker_id: str, interval: float = 5.0) -> None:
        super().__init__(name="humpro-scheduler", daemon=True)
        self.worker_id = worker_id
        self.interval = interval
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                tick(worker_id=self.worker_id)
            except Exception:
                logger.exception("scheduler tick failed")
            finally:
                close_old_connections()
            self.stopped.wait(self.interval)

    def stop(self) -> None:
        self.stopped.set()
