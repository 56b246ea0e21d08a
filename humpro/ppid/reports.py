"""Laporan Layanan Informasi Publik (Perki 1/2021 Pasal 56) and the PPID KPI selector."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from django.utils import timezone

from humpro.core.workdays import calendar_for
from humpro.orgs.models import Organization
from humpro.ppid.models import (
    OPEN_STATUSES,
    Channel,
    Decision,
    Disposition,
    DisputeOutcome,
    Exemption,
    InformationRequest,
    Objection,
    ObjectionDecision,
    ObjectionReason,
)


def period_bounds(year: int, semester: int | None = None) -> tuple[dt.date, dt.date]:
    if semester == 1:
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    if semester == 2:
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _rate(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _local_date(value: dt.datetime | None, org: Organization) -> dt.date | None:
    return timezone.localtime(value, org.tz).date() if value else None


def report_data(org: Organization, start: dt.date, end: dt.date) -> dict[str, Any]:
    """Every figure of the report for requests/objections received between start and end
    (inclusive)."""
    cal = calendar_for(org)
    today = timezone.localdate(timezone=org.tz)
    requests = list(
        InformationRequest.objects.for_org(org)
        .filter(received_on__range=(start, end))
        .order_by("received_on", "sequence")
    )
    decided = [r for r in requests if r.notice_issued_at]
    durations, on_time = [], 0
    for r in decided:
        notice_on = _local_date(r.notice_issued_at, org)
        durations.append(cal.working_days_between(r.received_on, notice_on))
        on_time += notice_on <= r.effective_due
    decisions = Counter(r.decision for r in decided)
    exemptions = Counter(
        e
        for r in decided
        if r.decision in (Decision.REFUSED, Decision.PARTLY)
        for e in r.exemptions
    )
    open_ = [r for r in requests if r.status in OPEN_STATUSES]
    objections = list(
        Objection.objects.for_org(org)
        .filter(received_on__range=(start, end))
        .select_related("request")
        .order_by("received_on", "number")
    )
    answered = [o for o in objections if o.responded_at]
    obj_on_time = sum(_local_date(o.responded_at, org) <= o.due_on for o in answered)
    disputes = list(Objection.objects.for_org(org).filter(dispute_filed_on__range=(start, end)))
    units: dict[str, dict[str, Any]] = {}
    for d in (
        Disposition.objects.for_org(org)
        .filter(request__received_on__range=(start, end))
        .select_related("unit", "request")
    ):
        row = units.setdefault(
            d.unit.name, {"unit": d.unit.name, "dispositions": 0, "answered": 0, "on_time": 0}
        )
        row["dispositions"] += 1
        if d.answered_at:
            row["answered"] += 1
            row["on_time"] += _local_date(d.answered_at, org) <= d.request.effective_due
    for row in units.values():
        row["on_time_rate"] = _rate(row["on_time"], row["dispositions"])
    return {
        "organization": org,
        "start": start,
        "end": end,
        "requests": requests,
        "total": len(requests),
        "by_channel": [
            (label, sum(r.channel == value for r in requests)) for value, label in Channel.choices
        ],
        "decided": len(decided),
        "open": len(open_),
        "overdue_open": sum(today > r.effective_due for r in open_),
        "granted": decisions[Decision.GRANTED],
        "partly": decisions[Decision.PARTLY],
        "refused": decisions[Decision.REFUSED],
        "not_held": decisions[Decision.NOT_HELD],
        "refusal_reasons": [
            (label, exemptions[value]) for value, label in Exemption.choices if exemptions[value]
        ],
        "extended": sum(bool(r.extended_due_on) for r in requests),
        "avg_days": round(sum(durations) / len(durations), 1) if durations else None,
        "max_days": max(durations) if durations else None,
        "min_days": min(durations) if durations else None,
        "on_time": on_time,
        "on_time_rate": _rate(on_time, len(decided)),
        "objections": objections,
        "objection_total": len(objections),
        "objection_reasons": [
            (label, sum(value in o.reasons for o in objections))
            for value, label in ObjectionReason.choices
        ],
        "objection_answered": len(answered),
        "objection_on_time": obj_on_time,
        "objection_decisions": [
            (label, sum(o.decision == value for o in answered))
            for value, label in ObjectionDecision.choices
        ],
        "disputes": disputes,
        "dispute_total": len(disputes),
        "dispute_outcomes": [
            (label, sum(o.dispute_outcome == value for o in disputes))
            for value, label in DisputeOutcome.choices
        ],
        "dispute_pending": sum(not o.dispute_outcome for o in disputes),
        "court_total": sum(o.court_filed for o in disputes),
        "units": sorted(units.values(), key=lambda r: r["unit"]),
    }


def ppid_kpis(org: Organization, start: dt.date, end: dt.date) -> dict[str, Any]:
    """Plain figures (numbers only) for the future KPI module."""
    data = report_data(org, start, end)
    keys = (
        "total",
        "decided",
        "open",
        "overdue_open",
        "granted",
        "partly",
        "refused",
        "not_held",
        "extended",
        "avg_days",
        "on_time",
        "on_time_rate",
        "objection_total",
        "objection_answered",
        "objection_on_time",
        "dispute_total",
        "court_total",
    )
    result: dict[str, Any] = {k: data[k] for k in keys}
    result["start"], result["end"] = start.isoformat(), end.isoformat()
    result["units"] = [
        {k: row[k] for k in ("unit", "dispositions", "answered", "on_time", "on_time_rate")}
        for row in data["units"]
    ]
    return result
