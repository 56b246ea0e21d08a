"""Susunan acara of an event (generated from a template, then edited) and the MC script."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.db import transaction
from django.utils import timezone

from humpro.core.dates import long_date
from humpro.orgs.models import TZ_ABBREVIATIONS
from humpro.protocol.law import rundown as law_rundown
from humpro.protocol.law.order import Placed
from humpro.protocol.models import EventProtocol, RundownItem
from humpro.protocol.services import ProtocolError, compute_precedence


def date_text(value: dt.datetime | None, tz_name: str) -> str:
    """'Kamis, 12 Juni 2025, pukul 09.00 WIB' in the event's time zone."""
    if value is None:
        return "-"
    local = timezone.localtime(value, zoneinfo.ZoneInfo(tz_name)) \
        if timezone.is_aware(value) else value
    return f"{long_date(local)}, pukul {local:%H.%M} {TZ_ABBREVIATIONS.get(tz_name, tz_name)}"


def _speakers(event: EventProtocol, placed: list[Placed]) -> list[Placed]:
    speaking = set(event.attendees.filter(speaks=True).values_list("pk", flat=True))
    return [p for p in placed if p.key in speaking and not p.unmapped]


@transaction.atomic
def rundown_generate(*, event: EventProtocol, template: str | None = None) -> list[RundownItem]:
    """Replace the rundown with the template's items; speeches in ascending honour, the
    highest last (attendees marked "memberi sambutan")."""
    key = template or event.template
    if key not in law_rundown.TEMPLATES:
        raise ProtocolError(f"Templat susunan acara tidak dikenal: {key!r}.")
    if key != event.template:
        event.template = key
        event.save(update_fields=["template", "updated_at"])
    placed = compute_precedence(event)
    items = law_rundown.build_rundown(key, speakers=_speakers(event, placed))
    event.rundown.all().delete()
    return RundownItem.objects.bulk_create([
        RundownItem(organization=event.organization, event=event, seq=i.seq, title=i.title[:400],
                    kind=i.kind, speaker_id=i.speaker.key if i.speaker else None,
                    optional=i.optional, note=i.note[:400])
        for i in items
    ])


def _renumber(event: EventProtocol) -> None:
    items = list(event.rundown.order_by("seq", "id"))
    for n, item in enumerate(items, start=1):
        item.seq = n
    RundownItem.objects.bulk_update(items, ["seq"])


@transaction.atomic
def rundown_item_save(*, event: EventProtocol, item: RundownItem | None = None, title: str,
                      time: dt.time | None = None, minutes: int | None = None,
                      note: str = "") -> RundownItem:
    """Edit an item, or add one at the end when ``item`` is None."""
    title = title.strip()
    if not title:
        raise ProtocolError("Nama acara wajib diisi.")
    if len(title) > 400 or len(note) > 400:
        raise ProtocolError("Teks terlalu panjang (maks. 400 karakter).")
    if minutes is not None and not 0 < minutes <= 24 * 60:
        raise ProtocolError("Durasi harus 1–1440 menit.")
    if item is None:
        last = event.rundown.order_by("-seq").first()
        item = RundownItem(organization=event.organization, event=event,
                           seq=(last.seq + 1) if last else 1)
    elif item.event_id != event.pk:
        raise ProtocolError("Butir susunan acara bukan milik acara ini.")
    item.title, item.time, item.minutes, item.note = title, time, minutes, note.strip()
    item.save()
    return item


@transaction.atomic
def rundown_item_delete(*, item: RundownItem) -> None:
    event = item.event
    item.delete()
    _renumber(event)


@transaction.atomic
def rundown_item_move(*, item: RundownItem, up: bool) -> None:
    items = list(item.event.rundown.order_by("seq", "id"))
    i = next(n for n, x in enumerate(items) if x.pk == item.pk)
    j = i - 1 if up else i + 1
    if 0 <= j < len(items):
        items[i], items[j] = items[j], items[i]
        for n, x in enumerate(items, start=1):
            x.seq = n
        RundownItem.objects.bulk_update(items, ["seq"])


def law_items(event: EventProtocol, placed: list[Placed]) -> list[law_rundown.RundownItem]:
    """The stored rundown as the engine's items (speakers as their current Placed)."""
    by_key = {p.key: p for p in placed}
    out = []
    for item in event.rundown.order_by("seq", "id"):
        title = f"{item.time:%H.%M} {item.title}" if item.time else item.title
        out.append(law_rundown.RundownItem(item.seq, title, item.kind,
                                           by_key.get(item.speaker_id), item.optional,
                                           item.note))
    return out


def mc_script(event: EventProtocol) -> list[law_rundown.Paragraph]:
    """Naskah pembawa acara: greetings in precedence order, narration per rundown item.

    With no stored rundown the template is expanded on the fly (nothing is written).
    """
    placed = compute_precedence(event)
    items = law_items(event, placed)
    if not items:
        items = law_rundown.build_rundown(event.template, speakers=_speakers(event, placed))
    agenda = event.agenda_item
    return law_rundown.mc_script(
        agenda.title, date_text(agenda.start, agenda.timezone or event.organization.timezone),
        agenda.venue_name or "-", items, placed)
