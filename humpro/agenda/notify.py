"""Notifications of agenda changes through the outbox, with the difference spelled out."""

from __future__ import annotations

from typing import Any

from humpro.agenda.clash import Entry, describe_time, zone
from humpro.agenda.models import AgendaItem
from humpro.core.outbox import outbox_enqueue

WATCHED = (
    "start",
    "end",
    "all_day",
    "timezone",
    "venue_name",
    "venue_address",
    "representative_id",
    "status",
    "title",
)


def snapshot(item: AgendaItem) -> dict[str, Any]:
    return {name: getattr(item, name) for name in WATCHED}


def when_text(values: dict[str, Any], display_tz: str) -> str:
    """ "12/03/2026 09:00–11:00" (date added for same-day entries)."""
    entry = Entry(
        id=None,
        title="",
        start=values["start"],
        end=values["end"],
        timezone=values["timezone"],
        all_day=values["all_day"],
    )
    text = describe_time(entry, display_tz)
    if "/" in text:
        return text
    return f"{values['start'].astimezone(zone(values['timezone'])):%d/%m/%Y} {text}"


def differences(before: dict[str, Any], item: AgendaItem, display_tz: str) -> list[str]:
    """Human lines "Waktu: … → …", "Tempat: … → …", "Diwakili oleh: … → …", "Status: … → …"."""
    after = snapshot(item)
    lines = []
    if before["title"] != after["title"]:
        lines.append(f"Acara: {before['title']} → {after['title']}")
    if any(before[k] != after[k] for k in ("start", "end", "all_day", "timezone")):
        lines.append(f"Waktu: {when_text(before, display_tz)} → {when_text(after, display_tz)}")
    if before["venue_name"] != after["venue_name"] or before["venue_address"] != after["venue_address"]:
        old = ", ".join(v for v in (before["venue_name"], before["venue_address"]) if v) or "—"
        new = ", ".join(v for v in (after["venue_name"], after["venue_address"]) if v) or "—"
        lines.append(f"Tempat: {old} → {new}")
    if before["representative_id"] != after["representative_id"]:
        from humpro.officials.models import Official

        old_rep = Official.objects.filter(pk=before["representative_id"]).first()
        lines.append(
            f"Diwakili oleh: {old_rep.full_name if old_rep else '—'} → "
            f"{item.representative.full_name if item.representative else '—'}"
        )
    if before["status"] != after["status"]:
        labels = dict(AgendaItem._meta.get_field("status").choices)
        lines.append(
            f"Status: {labels.get(before['status'], before['status'] or '—')} → "
            f"{labels.get(after['status'], after['status'])}"
        )
    return lines


def recipients(item: AgendaItem, extra_official_ids: tuple[int | None, ...] = ()) -> list[tuple[str, str]]:
    """(name, email) of everyone affected: leader, representative(s), assigned people."""
    from humpro.officials.models import Official

    people: dict[str, str] = {}
    officials = [item.leader]
    if item.representative_id:
        officials.append(item.representative)
    officials += list(Official.objects.filter(pk__in=[i for i in extra_official_ids if i]))
    for a in item.assignments.select_related("user", "official"):
        if a.official_id:
            officials.append(a.official)
        elif a.user.email:
            people.setdefault(a.user.email.lower(), getattr(a.user, "full_name", "") or a.user.get_username())
    for official in officials:
        if official is not None and official.email:
            people.setdefault(official.email.lower(), official.full_name)
    return sorted((name, email) for email, name in people.items())


def notify_change(
    *,
    item: AgendaItem,
    lines: list[str],
    headline: str,
    extra_official_ids: tuple[int | None, ...] = (),
) -> int:
    """Queue one email per affected person (sent by the worker right after commit)."""
    if not lines:
        return 0
    org = item.organization
    body = "\n".join(
        [
            f"{headline}",
            "",
            f"Acara : {item.title}",
            f"Waktu : {when_text(snapshot(item), org.timezone)} ({org.tz_abbreviation})",
            f"Tempat: {item.venue_name or '—'}",
            "",
            "Perubahan:",
            *[f"- {line}" for line in lines],
            "",
            "Pesan ini dikirim otomatis oleh humpro.",
        ]
    )
    count = 0
    for name, email in recipients(item, extra_official_ids):
        outbox_enqueue(
            recipient=email,
            subject=f"{headline}: {item.title}"[:300],
            body=f"Yth. {name},\n\n{body}",
            organization=org,
            purpose="agenda.change",
            dedupe_key=f"agenda:{item.pk}:{item.sequence}:{email}",
            related=item,
        )
        count += 1
    return count


def notify_people(
    *,
    organization: Any,
    people: list[tuple[str, str]],
    subject: str,
    body: str,
    key: str,
    related: Any,
) -> int:
    count = 0
    for name, email in people:
        if email:
            outbox_enqueue(
                recipient=email,
                subject=subject[:300],
                body=f"Yth. {name},\n\n{body}",
                organization=organization,
                purpose="agenda.disposition",
                dedupe_key=f"{key}:{email.lower()}",
                related=related,
            )
            count += 1
    return count
