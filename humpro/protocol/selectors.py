"""Reads of the protocol app."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from humpro.agenda.models import AgendaItem
from humpro.orgs.models import Organization
from humpro.protocol.models import EventProtocol

CANCELLED = "dibatalkan"


def upcoming_items(*, organization: Organization, days: int = 30,
                   now: dt.datetime | None = None) -> QuerySet[AgendaItem]:
    """Agenda items that have not ended yet (next ``days`` days), not cancelled, with their
    protocol file (if any) and its attendee / unmapped counts."""
    now = now or timezone.now()
    return (AgendaItem.objects.for_org(organization).exclude(status=CANCELLED)
            .filter(end__gte=now, start__lte=now + dt.timedelta(days=days))
            .select_related("leader", "representative", "protocol")
            .annotate(n_attendees=Count("protocol__attendees", distinct=True),
                      n_unmapped=Count("protocol__attendees",
                                       filter=Q(protocol__attendees__unmapped=True),
                                       distinct=True))
            .order_by("start", "id"))


def needing_protocol(*, organization: Organization, days: int = 14) -> dict[str, Any]:
    """Dashboard figures: upcoming events without a protocol file or with unmapped people."""
    items = list(upcoming_items(organization=organization, days=days))
    # a reverse one-to-one that is absent raises (an AttributeError subclass) on access
    missing = [i for i in items if not hasattr(i, "protocol")]
    unmapped = [i for i in items if i.n_unmapped]
    return {"upcoming": len(items), "missing": missing[:5], "n_missing": len(missing),
            "unmapped": unmapped[:5], "n_unmapped": len(unmapped)}


def event_list(*, organization: Organization) -> QuerySet[EventProtocol]:
    return (EventProtocol.objects.for_org(organization).select_related("agenda_item")
            .annotate(n_attendees=Count("attendees"),
                      n_unmapped=Count("attendees", filter=Q(attendees__unmapped=True)))
            .order_by("-agenda_item__start"))
