"""The working-day calendar shared by every module (PPID deadlines, reminders, KPIs).

National holidays ("libur nasional") and cuti bersama come from the `holidays`
package (categories "public" and "government"); `CalendarAdjustment` rows add
closures or reopen days, nationally (organization empty) or per organization.
Whether cuti bersama counts as a working day is an organization setting.
Government offices work Monday to Friday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import holidays

WEEKEND = {5, 6}  # Saturday, Sunday


@lru_cache(maxsize=64)
def national_holidays(year: int) -> dict[dt.date, str]:
    """Libur nasional of `year` (names in Indonesian)."""
    return dict(holidays.country_holidays("ID", years=year, categories=("public",), language="id"))


@lru_cache(maxsize=64)
def cuti_bersama(year: int) -> dict[dt.date, str]:
    """Cuti bersama (joint leave days) of `year`."""
    return dict(holidays.country_holidays("ID", years=year, categories=("government",), language="id"))


@dataclass(frozen=True)
class WorkCalendar:
    """A pure working-day calendar; build one with `calendar_for(org)`."""

    cuti_bersama_is_workday: bool = False
    closed: dict[dt.date, str] = field(default_factory=dict)  # extra closures (adjustments)
    opened: frozenset[dt.date] = frozenset()  # listed holidays that are working days after all

    def closure_reason(self, day: dt.date) -> str | None:
        """Why `day` is not a working day, or None when it is one."""
        if day in self.opened:
            return None
        if day in self.closed:
            return self.closed[day]
        if day.weekday() in WEEKEND:
            return "Sabtu" if day.weekday() == 5 else "Minggu"
        if day in national_holidays(day.year):
            return national_holidays(day.year)[day]
        if not self.cuti_bersama_is_workday and day in cuti_bersama(day.year):
            return cuti_bersama(day.year)[day]
        return None

    def is_working_day(self, day: dt.date) -> bool:
        return self.closure_reason(day) is None

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after `start` (day 1 is the first working day after `start`)."""
        if n < 0:
            raise ValueError("n harus >= 0")
        day, counted = start, 0
        while counted < n:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end` (0 when end <= start)."""
        count, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count


def calendar_for(org: Any | None) -> WorkCalendar:
    """The calendar of `org` with the national and the organization's own adjustments."""
    from django.db.models import F, Q

    from humpro.core.models import CalendarAdjustment

    scope = Q(organization__isnull=True)
    if org is not None:
        scope |= Q(organization=org)
    closed: dict[dt.date, str] = {}
    opened: set[dt.date] = set()
    # Organization rows come last so they override national ones for the same day.
    for adj in CalendarAdjustment.objects.filter(scope).order_by(
        F("organization_id").asc(nulls_first=True), "date"
    ):
        if adj.kind == CalendarAdjustment.Kind.CLOSED:
            closed[adj.date] = adj.reason
            opened.discard(adj.date)
        else:
            opened.add(adj.date)
            closed.pop(adj.date, None)
    return WorkCalendar(
        cuti_bersama_is_workday=bool(org and org.cuti_bersama_is_workday),
        closed=closed,
        opened=frozenset(opened),
    )
