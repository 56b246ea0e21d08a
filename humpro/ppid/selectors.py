"""Reads: the register with its countdown, dashboard figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from humpro.core.workdays import calendar_for
from humpro.orgs.models import Organization
from humpro.ppid import clock
from humpro.ppid.models import OPEN_STATUSES, InformationRequest

DUE_SOON_DAYS = 3


def with_countdown(
    requests: Iterable[InformationRequest], org: Organization, today: dt.date | None = None
) -> list[InformationRequest]:
    """Attach `.left` (working days, None when closed), `.countdown` text and `.urgency` to
    each request."""
    cal = calendar_for(org)
    today = today or timezone.localdate(timezone=org.tz)
    result = []
    for r in requests:
        if r.is_open:
            r.left = clock.days_left(cal, today, r.effective_due)
            r.countdown = clock.countdown_label(r.left)
            r.urgency = "bad" if r.left < 0 else ("warn" if r.left <= DUE_SOON_DAYS else "ok")
            r.day_number = clock.working_day_number(cal, r.received_on, today)
        else:
            r.left, r.countdown, r.urgency, r.day_number = (
                None,
                r.get_status_display(),
                "done",
                None,
            )
        result.append(r)
    return result


def request_search(
    qs: QuerySet[InformationRequest],
    *,
    q: str = "",
    status: str = "",
    overdue: bool = False,
    org: Organization | None = None,
) -> QuerySet[InformationRequest]:
    if status:
        qs = qs.filter(status=status)
    for word in q.split()[:6]:
        qs = qs.filter(
            Q(number__icontains=word)
            | Q(requester_name__icontains=word)
            | Q(information__icontains=word)
        )
    if overdue and org is not None:
        today = timezone.localdate(timezone=org.tz)
        qs = qs.filter(status__in=OPEN_STATUSES).filter(
            Q(extended_due_on__isnull=True, due_on__lt=today) | Q(extended_due_on__lt=today)
        )
    return qs.select_related("handler")


def dashboard_figures(org: Organization, qs: QuerySet[InformationRequest]) -> dict[str, Any]:
    open_ = with_countdown(qs.filter(status__in=OPEN_STATUSES), org)
    return {
        "open": len(open_),
        "due_soon": sum(0 <= r.left <= DUE_SOON_DAYS for r in open_),
        "overdue": sum(r.left < 0 for r in open_),
    }
