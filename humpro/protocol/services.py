"""Writes of the protocol app: event files, attendees, manual tiers, precedence, agenda sync.

Every write recomputes the event's precedence (``precedence_refresh``) in the same
transaction, so the stored rank/tier/basis always matches the attendees.
"""

from __future__ import annotations

import re
from typing import Any

from django.db import transaction

from humpro.officials.models import Official
from humpro.orgs.models import Organization
from humpro.protocol.law import order as law_order
from humpro.protocol.law.text import normalize
from humpro.protocol.law.tiers import LEVELS, get_tier
from humpro.protocol.models import Attendee, EventProtocol, TierChange, TierOrder

#: Agenda statuses for which no one attends (the synced attendee is removed).
CANCELLED_STATUSES = frozenset({"dibatalkan", "batal", "cancelled"})
_REGION_PREFIX = re.compile(r"^(pemerintah\s+)?(provinsi|kabupaten|kota)\s+(.+)$", re.IGNORECASE)


class ProtocolError(ValueError):
    """Invalid protocol input; the message is Indonesian and shown to the user."""


# --- the organization's context for recognition --------------------------------------------


def region_levels(organization: Organization) -> dict[str, str]:
    """Region names read from the organization's name (and its parent/children's names).

    "Pemerintah Provinsi Nusa Makmur" -> {"Nusa Makmur": "provinsi"}, so that titles such as
    "Ketua DPRD Nusa Makmur" can be read without the word "Provinsi".
    """
    regions: dict[str, str] = {}
    orgs = [organization]
    if organization.parent_id:
        orgs.append(organization.parent)
    orgs.extend(organization.children.all())
    for org in orgs:
        match = _REGION_PREFIX.match(org.name.strip())
        if match:
            regions[match.group(3).strip()] = ("provinsi" if match.group(2).lower() == "provinsi"
                                               else "kabupaten")
    return regions


def assume_level(organization: Organization) -> str:
    """Level of titles that name none ("Kepala Dinas Kesehatan"): the organization's own."""
    return "provinsi" if organization.kind == "provinsi" else "kabupaten"


# --- precedence ------------------------------------------------------------------------------


def _law_attendee(a: Attendee) -> law_order.Attendee:
    tier = a.manual_tier or a.directory_tier or None
    return law_order.Attendee(
        name=a.name, position=a.position, represents=a.represents or None,
        spouse_of=a.spouse_of.name if a.spouse_of_id and a.spouse_of else None,
        tier=tier, key=a.pk)


def _directory_tier(official: Official | None) -> tuple[str, str]:
    """(position title, tier) of an official's current office in the directory."""
    if official is None:
        return "", ""
    office = official.current_office()
    if office is None:
        return "", ""
    return office.title, office.tier if get_tier(office.tier or "") else ""


def compute_precedence(event: EventProtocol,
                       attendees: list[Attendee] | None = None) -> list[law_order.Placed]:
    """The event's attendees in urutan Tata Tempat (nothing is written)."""
    people = attendees if attendees is not None else list(
        event.attendees.select_related("spouse_of").order_by("id"))
    org = event.organization
    law_people = [_law_attendee(a) for a in people]
    options: dict[str, Any] = {"assume_level": assume_level(org),
                               "region_levels": region_levels(org)}
    first = law_order.order_attendees(law_people, event.level, **options)
    # keywords and positions compared in normalised form ("Sekda" = "sekretaris daerah")
    rules = {t.tier: [normalize(k) for k in t.keyword_list()]
             for t in TierOrder.objects.for_org(org)}
    tier_of = {p.key: p.tier for p in first}
    override = {a.pk: a.order_in_tier for a in people}
    if not rules and not any(v is not None for v in override.values()):
        return first

    def within(att: law_order.Attendee) -> tuple[int, int]:
        explicit = override.get(att.key)
        keywords = rules.get(tier_of.get(att.key) or "", [])
        position = f" {normalize(att.position)} "
        index = next((i for i, k in enumerate(keywords) if f" {k} " in position),
                     len(keywords))
        return (explicit if explicit is not None else 10_000, index)

    return law_order.order_attendees(law_people, event.level, within_tier=within, **options)


def precedence_refresh(event: EventProtocol) -> list[law_order.Placed]:
    """Recompute and store rank, tier, basis and the unmapped flag of every attendee."""
    people = list(event.attendees.select_related("spouse_of", "official").order_by("id"))
    for a in people:
        if a.official_id:
            _, tier = _directory_tier(a.official)
            a.directory_tier = tier
    placed = compute_precedence(event, people)
    by_pk = {a.pk: a for a in people}
    for p in placed:
        a = by_pk[p.key]
        a.rank, a.honour_rank, a.tier, a.unmapped = p.rank, p.honour_rank, p.tier or "", p.unmapped
        basis = p.basis
        if a.manual_tier and not p.unmapped and not a.spouse_of_id:
            basis = f"{basis}; ditetapkan manual: {a.manual_reason}"
        a.basis, a.placement_note = basis[:400], p.note[:400]
    Attendee.objects.bulk_update(
        people, ["directory_tier", "rank", "honour_rank", "tier", "basis", "unmapped",
                 "placement_note"], batch_size=500)
    return placed


# --- event files -------------------------------------------------------------------------------


@transaction.atomic
def event_protocol_open(*, organization: Organization, agenda_item: Any) -> EventProtocol:
    """The protocol file of an agenda item, created on first use with the agenda's level."""
    if agenda_item.organization_id != organization.pk:
        raise ProtocolError("Agenda bukan milik organisasi ini.")
    event = EventProtocol.objects.filter(agenda_item=agenda_item).first()
    if event is not None:
        return event
    level = getattr(agenda_item, "level", "") or assume_level(organization)
    event = EventProtocol.objects.create(organization=organization, agenda_item=agenda_item,
                                         level=level if level in LEVELS else "provinsi")
    _sync(event, agenda_item)
    precedence_refresh(event)
    return event


@transaction.atomic
def event_settings_save(*, event: EventProtocol, level: str, template: str,
                        host: Attendee | None, seats_per_row: str, front_rows: int,
                        notes: str = "") -> EventProtocol:
    if level not in LEVELS:
        raise ProtocolError(f"Tingkat acara tidak dikenal: {level!r}.")
    if host is not None and host.event_id != event.pk:
        raise ProtocolError("Tuan rumah harus salah satu peserta acara ini.")
    event.level, event.template, event.host = level, template, host
    event.seats_per_row, event.front_rows, event.notes = seats_per_row, front_rows, notes
    event.save()
    precedence_refresh(event)
    return event


# --- attendees ---------------------------------------------------------------------------------


def _check_text(name: str, position: str, spouse_of: Attendee | None) -> None:
    if not name.strip():
        raise ProtocolError("Nama peserta wajib diisi.")
    if not position.strip() and spouse_of is None:
        raise ProtocolError("Jabatan wajib diisi (kecuali untuk pasangan dari peserta lain).")
    if len(name) > 200 or len(position) > 300:
        raise ProtocolError("Nama (maks. 200) atau jabatan (maks. 300 karakter) terlalu panjang.")


@transaction.atomic
def attendee_add(*, event: EventProtocol, official: Official | None = None, name: str = "",
                 position: str = "", represents: str = "",
                 represents_official: Official | None = None,
                 spouse_of: Attendee | None = None, order_in_tier: int | None = None,
                 speaks: bool = False, source: str = Attendee.Source.MANUAL) -> Attendee:
    """Add an official from the directory (name/position taken from it when left empty) or
    a free-text guest. The precedence is recomputed; an unrecognised position is flagged."""
    for other in (official, represents_official):
        if other is not None and other.organization_id != event.organization_id:
            raise ProtocolError("Pejabat tidak ditemukan di direktori organisasi ini.")
    if spouse_of is not None and spouse_of.event_id != event.pk:
        raise ProtocolError("Pasangan harus peserta acara yang sama.")
    office_title, tier = _directory_tier(official)
    if official is not None:
        name = name.strip() or official.full_name
        position = position.strip() or office_title
    if represents_official is not None and not represents.strip():
        represents = _directory_tier(represents_official)[0] or represents_official.full_name
    _check_text(name, position, spouse_of)
    attendee = Attendee.objects.create(
        organization=event.organization, event=event, official=official, name=name.strip(),
        position=position.strip(), directory_tier=tier, represents=represents.strip()[:300],
        represents_official=represents_official, spouse_of=spouse_of,
        order_in_tier=order_in_tier, speaks=speaks, source=source)
    precedence_refresh(event)
    attendee.refresh_from_db()
    return attendee


@transaction.atomic
def attendee_update(*, attendee: Attendee, name: str, position: str, represents: str = "",
                    order_in_tier: int | None = None, speaks: bool = False) -> Attendee:
    _check_text(name, position, attendee.spouse_of)
    attendee.name, attendee.position = name.strip(), position.strip()
    attendee.represents, attendee.order_in_tier = represents.strip()[:300], order_in_tier
    attendee.speaks = speaks
    attendee.save()
    precedence_refresh(attendee.event)
    attendee.refresh_from_db()
    return attendee


@transaction.atomic
def attendee_remove(*, attendee: Attendee) -> None:
    event = attendee.event
    if event.host_id == attendee.pk:
        event.host = None
        event.save(update_fields=["host", "updated_at"])
    attendee.delete()
    precedence_refresh(event)


@transaction.atomic
def attendee_set_tier(*, attendee: Attendee, tier: str, reason: str, user: Any = None) -> Attendee:
    """Set (or clear, with ``tier=""``) a manual tier; a history row keeps who, when and why."""
    tier = tier.strip().lower()
    if tier and get_tier(tier) is None:
        raise ProtocolError(f"Kode tata tempat tidak dikenal: {tier!r} (contoh: 10.1.g).")
    if not reason.strip():
        raise ProtocolError("Alasan penempatan manual wajib diisi.")
    if tier == attendee.manual_tier:
        raise ProtocolError("Tier manual tidak berubah.")
    TierChange.objects.create(organization=attendee.organization, attendee=attendee,
                              from_tier=attendee.manual_tier, to_tier=tier,
                              reason=reason.strip()[:300],
                              by=user if getattr(user, "is_authenticated", False) else None)
    attendee.manual_tier, attendee.manual_reason = tier, reason.strip()[:300] if tier else ""
    attendee.save()
    precedence_refresh(attendee.event)
    attendee.refresh_from_db()
    return attendee


@transaction.atomic
def tier_order_save(*, organization: Organization, tier: str, keywords: str) -> TierOrder | None:
    """The organization's order inside a tier; empty keywords delete the rule."""
    tier = tier.strip().lower()
    if get_tier(tier) is None:
        raise ProtocolError(f"Kode tata tempat tidak dikenal: {tier!r} (contoh: 10.1.g).")
    lines = [k.strip() for k in keywords.splitlines() if k.strip()]
    existing = TierOrder.objects.for_org(organization).filter(tier=tier).first()
    if not lines:
        if existing is not None:
            existing.delete()
        return None
    rule = existing or TierOrder(organization=organization, tier=tier)
    rule.keywords = "\n".join(lines)
    rule.save()
    return rule


# --- the agenda's disposition ------------------------------------------------------------------


def _sync(event: EventProtocol, item: Any) -> Attendee | None:
    synced = list(event.attendees.filter(source=Attendee.Source.AGENDA))
    leader = getattr(item, "leader", None)
    rep = getattr(item, "representative", None)
    person = rep or leader
    if getattr(item, "status", "") in CANCELLED_STATUSES or person is None:
        for a in synced:
            attendee_remove(attendee=a)
        return None
    title, tier = _directory_tier(person)
    represents = ""
    if rep is not None and leader is not None:
        represents = _directory_tier(leader)[0] or leader.full_name
    keep = next((a for a in synced if a.official_id == person.pk), None)
    for a in synced:
        if a is not keep:
            attendee_remove(attendee=a)
    if keep is None:
        return attendee_add(event=event, official=person, represents=represents,
                            represents_official=leader if rep is not None else None,
                            speaks=True, source=Attendee.Source.AGENDA)
    keep.name, keep.position, keep.directory_tier = person.full_name, title, tier
    keep.represents = represents
    keep.represents_official = leader if rep is not None else None
    keep.save()
    precedence_refresh(event)
    return keep


@transaction.atomic
def protocol_sync_representative(item: Any) -> Attendee | None:
    """Call after a disposition of an agenda item changes (for the agenda app).

    - "diwakili" (``item.representative`` set): the representative is an attendee with
      ``represents`` = the leader's office (seated by their OWN position, UU 9/2010 Pasal 15;
      greeted as "… yang dalam hal ini diwakili oleh …").
    - the leader attends (no representative): the leader is the attendee.
    - cancelled (status "dibatalkan"): the synced attendee is removed.

    Only the one attendee created by this sync (``source="agenda"``) is touched; the protocol
    file is created if it does not exist. Returns the synced attendee or None.
    """
    event = EventProtocol.objects.filter(agenda_item=item).first()
    if event is None:
        return event_protocol_open(organization=item.organization, agenda_item=item) \
            .attendees.filter(source=Attendee.Source.AGENDA).first()
    return _sync(event, item)


def sync_from_agenda(sender: Any, item: Any, **kwargs: Any) -> None:
    """Receiver of `agenda_item_changed`: keep an open protocol file in step with its agenda item."""
    if EventProtocol.objects.filter(agenda_item=item).exists():
        protocol_sync_representative(item)
