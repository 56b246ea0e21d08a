from __future__ import annotations

import datetime as dt

import pytest
from django_tasks_db.models import DBTaskResult

from humpro.core.models import ScheduledRun
from humpro.core.scheduler import JOBS, slot_for, tick

pytestmark = pytest.mark.django_db


def test_jobs_are_defined_in_code() -> None:
    assert {"core.outbox_flush", "core.prune"} <= set(JOBS)


def test_each_slot_is_claimed_by_exactly_one_worker() -> None:
    now = dt.datetime(2026, 11, 22, 8, 0, 5, tzinfo=dt.UTC)
    first = tick(worker_id="mesin-a", now=now)
    second = tick(worker_id="mesin-b", now=now + dt.timedelta(seconds=3))
    assert "core.outbox_flush" in first and second == []
    assert ScheduledRun.objects.filter(job="core.outbox_flush").count() == 1
    later = tick(worker_id="mesin-b", now=now + dt.timedelta(seconds=31))
    assert later == ["core.outbox_flush"]
    assert DBTaskResult.objects.count() == len(first) + 1


def test_slots_are_aligned() -> None:
    every = dt.timedelta(seconds=30)
    a = slot_for(dt.datetime(2026, 1, 1, 0, 0, 29, tzinfo=dt.UTC), every)
    b = slot_for(dt.datetime(2026, 1, 1, 0, 0, 1, tzinfo=dt.UTC), every)
    assert a == b == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
