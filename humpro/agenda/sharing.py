"""Sharing the daily agenda: "Agenda Pimpinan" as WhatsApp-ready text and as a printable PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.template.loader import render_to_string

from humpro.agenda.models import AgendaItem, AgendaStatus, Visibility
from humpro.agenda.selectors import items_in_range, official_label
from humpro.core.dates import long_date
from humpro.orgs.models import TZ_ABBREVIATIONS, Organization


def day_bounds(organization: Organization, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time.min, tzinfo=organization.tz)
    return start, start + dt.timedelta(days=1)


def time_text(item: AgendaItem, organization: Organization) -> str:
    """ "09.00–11.00 WIB" in the item's own zone; "Sepanjang hari" for all-day items."""
    if item.all_day:
        return "Sepanjang hari"
    tz = item.tz
    start, end = item.start.astimezone(tz), item.end.astimezone(tz)
    abbreviation = TZ_ABBREVIATIONS.get(item.timezone, item.timezone)
    if start.date() != end.date():
        return f"{start:%d/%m %H.%M}–{end:%d/%m %H.%M} {abbreviation}"
    return f"{start:%H.%M}–{end:%H.%M} {abbreviation}"


@dataclass
class LeaderDay:
    label: str
    name: str
    items: list[AgendaItem]


def daily_agenda(*, organization: Organization, day: dt.date, public_only: bool = False) -> list[LeaderDay]:
    """The day's non-cancelled items grouped by leader (leaders ordered by their first item)."""
    start, end = day_bounds(organization, day)
    groups: dict[int, LeaderDay] = {}
    for item in items_in_range(
        organization=organization,
        start=start,
        end=end,
        public_only=public_only,
        include_cancelled=False,
    ):
        if item.leader_id not in groups:
            groups[item.leader_id] = LeaderDay(official_label(item.leader), item.leader.full_name, [])
        groups[item.leader_id].items.append(item)
    return list(groups.values())


def whatsapp_text(*, organization: Organization, day: dt.date, public_only: bool = False) -> str:
    """Plain text with WhatsApp emphasis (*bold*, _italic_), ready to paste into a group."""
    lines = ["*AGENDA PIMPINAN*", f"*{organization.name}*", long_date(day), ""]
    groups = daily_agenda(organization=organization, day=day, public_only=public_only)
    if not groups:
        lines.append("_Tidak ada agenda._")
    for group in groups:
        lines.append(f"*{group.label}* ({group.name})" if group.label != group.name else f"*{group.name}*")
        for n, item in enumerate(group.items, 1):
            lines.append(f"{n}. {time_text(item, organization)} — {item.title}")
            if item.venue_name:
                lines.append(f"   Tempat: {item.venue_name}")
            if item.dress_code:
                lines.append(f"   Pakaian: {item.dress_code}")
            if item.status == AgendaStatus.REPRESENTED and item.representative_id:
                lines.append(f"   _Diwakili oleh {item.representative.full_name}_")
            elif item.status == AgendaStatus.TENTATIVE:
                lines.append("   _(tentatif)_")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def daily_pdf(*, organization: Organization, day: dt.date, public_only: bool = False) -> bytes:
    from weasyprint import HTML

    html = render_to_string(
        "agenda/daily_pdf.html",
        {
            "org": organization,
            "day_text": long_date(day),
            "public_only": public_only,
            "groups": [
                (g, [(i, time_text(i, organization)) for i in g.items])
                for g in daily_agenda(organization=organization, day=day, public_only=public_only)
            ],
            "statuses": AgendaStatus,
            "visibility": Visibility,
        },
    )
    return HTML(string=html).write_pdf()
