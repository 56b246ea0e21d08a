"""iCalendar (RFC 5545) export of agenda items: stable UIDs, SEQUENCE, LAST-MODIFIED, STATUS."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils import timezone
from icalendar import Calendar, Event, vGeo

from humpro.agenda.models import AgendaItem, AgendaStatus, CalendarFeed, FeedKind, Visibility

ICS_STATUS = {
    AgendaStatus.TENTATIVE: "TENTATIVE",
    AgendaStatus.CONFIRMED: "CONFIRMED",
    AgendaStatus.REPRESENTED: "CONFIRMED",
    AgendaStatus.DONE: "CONFIRMED",
    AgendaStatus.CANCELLED: "CANCELLED",
}
FEED_PAST = dt.timedelta(days=90)
FEED_FUTURE = dt.timedelta(days=400)


def uid_for(item: AgendaItem) -> str:
    return f"{item.uid}@humpro"


def event_for(item: AgendaItem, *, public: bool) -> Event:
    event = Event()
    event.add("uid", uid_for(item))
    event.add("dtstamp", timezone.now())
    event.add("sequence", item.sequence)
    event.add("last-modified", item.updated_at or timezone.now())
    event.add("created", item.created_at or timezone.now())
    summary = item.title
    if item.status == AgendaStatus.REPRESENTED and item.representative_id:
        summary = f"{item.title} (diwakili {item.representative.full_name})"
    event.add("summary", summary)
    if item.all_day:
        local_start = item.start.astimezone(item.tz).date()
        local_end = item.end.astimezone(item.tz).date()
        event.add("dtstart", local_start)
        event.add("dtend", local_end + dt.timedelta(days=1))
    else:
        event.add("dtstart", item.start.astimezone(dt.UTC))
        event.add("dtend", max(item.end, item.start).astimezone(dt.UTC))
    location = ", ".join(v for v in (item.venue_name, item.venue_address) if v)
    if location:
        event.add("location", location)
    if item.latitude is not None and item.longitude is not None:
        event.add("geo", vGeo((item.latitude, item.longitude)))
    lines = [f"Pimpinan: {item.leader.full_name}"]
    if item.representative_id:
        lines.append(f"Diwakili oleh: {item.representative.full_name}")
    if item.dress_code:
        lines.append(f"Pakaian: {item.dress_code}")
    if item.description and not public:
        lines.append(item.description)
    event.add("description", "\n".join(lines))
    event.add("status", ICS_STATUS.get(item.status, "TENTATIVE"))
    event.add("class", "PUBLIC" if item.visibility == Visibility.PUBLIC else "CONFIDENTIAL")
    event.add("transp", "OPAQUE")
    return event


def calendar_for(items: Iterable[AgendaItem], *, name: str, public: bool = False) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//humpro//Agenda Pimpinan//ID")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("refresh-interval;value=duration", "PT15M")
    for item in items:
        cal.add_component(event_for(item, public=public))
    return cal.to_ical()


def feed_items(feed: CalendarFeed) -> QuerySet[AgendaItem]:
    """Items of a feed: one leader's (or all) items, public-only for a public audience;
    cancelled items
    stay in the feed (STATUS:CANCELLED) so subscribed calendars remove them."""
    now = timezone.now()
    qs = (
        AgendaItem.objects.for_org(feed.organization)
        .between(now - FEED_PAST, now + FEED_FUTURE)
        .select_related("leader", "representative")
        .order_by("start", "id")
    )
    if feed.kind == FeedKind.LEADER and feed.leader_id:
        qs = qs.filter(leader_id=feed.leader_id)
    if feed.audience == Visibility.PUBLIC:
        qs = qs.filter(visibility=Visibility.PUBLIC)
    return qs
