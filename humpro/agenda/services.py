"""Writes to the agenda: items (with clash check), status changes, assignments, settings, feeds."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from humpro.agenda import clash
from humpro.agenda.feeds import clash_rule_save, feed_create, feed_revoke  # noqa: F401
from humpro.agenda.models import (
    AgendaAssignment,
    AgendaItem,
    AgendaStatus,
    AgendaStatusChange,
    AssignmentRole,
    Invitation,
    Visibility,
)
from humpro.agenda.notify import differences, notify_change, snapshot
from humpro.agenda.selectors import check_entry, entry_for, people_of
from humpro.agenda.signals import agenda_item_changed
from humpro.agenda.validation import (
    AgendaError,
    check_coordinates,
    check_timezone,
    normalise_period,
)
from humpro.agenda.validation import (
    check_choice as _check_choice,
)
from humpro.agenda.validation import (
    official_in as _official,
)
from humpro.officials.models import Level, Official
from humpro.orgs.models import Organization

ICS_FIELDS = {
    "title",
    "description",
    "start",
    "end",
    "all_day",
    "timezone",
    "venue_name",
    "venue_address",
    "latitude",
    "longitude",
    "dress_code",
    "representative_id",
    "status",
    "visibility",
    "leader_id",
}


class ClashBlocked(AgendaError):
    """A clash whose rule is "block": nothing was saved."""

    def __init__(self, clashes: list[clash.Clash]) -> None:
        self.clashes = clashes
        super().__init__(
            {"": "Tidak dapat disimpan karena bentrok: " + " ".join(c.message for c in clashes if c.blocking)}
        )


@dataclass
class SaveResult:
    item: AgendaItem
    clashes: list[clash.Clash] = field(default_factory=list)
    notified: int = 0


@transaction.atomic
def agenda_item_save(
    *,
    organization: Organization,
    by: Any = None,
    item: AgendaItem | None = None,
    title: str,
    start: dt.datetime | dt.date,
    end: dt.datetime | dt.date | None = None,
    leader: Official | int,
    all_day: bool = False,
    timezone_name: str = "",
    description: str = "",
    venue_name: str = "",
    venue_address: str = "",
    latitude: float | None = None,
    longitude: float | None = None,
    dress_code: str = "",
    representative: Official | int | None = None,
    status: str | None = None,
    visibility: str = Visibility.INTERNAL,
    level: str = Level.PROVINCE,
    unscheduled: bool = False,
    invitation: Invitation | None = None,
    note: str = "",
    assignments: list[tuple[str, Any]] | None = None,
) -> SaveResult:
    """Create or update an agenda item after validating it and checking clashes.

    Raises AgendaError (nothing saved) on invalid input and ClashBlocked when a clash whose rule is
    "block" is found. An update of time/venue/representative/status bumps SEQUENCE and notifies
    the affected people with the difference.
    """
    title = (title or "").strip()
    if not title:
        raise AgendaError({"title": "Nama acara wajib diisi."})
    tz_name = check_timezone(timezone_name or (item.timezone if item else organization.timezone))
    start_at, end_at = normalise_period(start, end, tz_name, all_day)
    check_coordinates(latitude, longitude)
    leader_obj = _official(organization, leader, "leader")
    if leader_obj is None:
        raise AgendaError({"leader": "Pimpinan wajib dipilih."})
    rep = _official(organization, representative, "representative")
    if rep is not None and rep.pk == leader_obj.pk:
        raise AgendaError({"representative": "Pimpinan tidak dapat mewakili dirinya sendiri."})
    _check_choice(visibility, Visibility, "visibility", "Visibilitas")
    _check_choice(level, Level, "level", "Tingkat acara")
    if status is not None:
        _check_choice(status, AgendaStatus, "status", "Status")
    creating = item is None
    if creating:
        item = AgendaItem(organization=organization, created_by=by if getattr(by, "pk", None) else None)
        before = None
        old_status = ""
    else:
        item = AgendaItem.objects.select_for_update().get(pk=item.pk, organization=organization)
        before = snapshot(item)
        old_status = item.status
    previous = {f: getattr(item, f) for f in ICS_FIELDS}
    old_rep_id = item.representative_id
    item.title, item.description, item.start, item.end = title[:300], description, start_at, end_at
    item.all_day, item.timezone = all_day, tz_name
    item.venue_name, item.venue_address, item.latitude, item.longitude = (
        venue_name,
        venue_address,
        latitude,
        longitude,
    )
    item.dress_code, item.leader, item.representative = dress_code, leader_obj, rep
    item.visibility, item.level, item.unscheduled = visibility, level, unscheduled
    if invitation is not None:
        item.invitation = invitation
    if status is not None:
        item.status = status
    elif rep is not None and item.status in (AgendaStatus.TENTATIVE, AgendaStatus.CONFIRMED):
        item.status = AgendaStatus.REPRESENTED
    elif rep is None and item.status == AgendaStatus.REPRESENTED:
        item.status = AgendaStatus.CONFIRMED
    if item.status == AgendaStatus.REPRESENTED and rep is None:
        raise AgendaError({"representative": "Status diwakilkan memerlukan pejabat yang mewakili."})

    new_assignments = _resolve_assignments(organization, assignments) if assignments is not None else None
    existing = list(item.assignments.select_related("user", "official")) if item.pk else []
    candidates = new_assignments if new_assignments is not None else existing
    entry = entry_for(item, candidates)
    clashes = check_entry(organization=organization, new=entry)
    if any(c.blocking for c in clashes):
        raise ClashBlocked(clashes)

    changed = creating or any(previous[f] != getattr(item, f) for f in ICS_FIELDS)
    if changed and not creating:
        item.sequence += 1
    item.save()
    if new_assignments is not None:
        item.assignments.all().delete()
        for a in new_assignments:
            a.item = item
            a.save()
    if item.status != old_status:
        AgendaStatusChange.objects.create(
            organization=organization,
            item=item,
            from_status=old_status,
            to_status=item.status,
            note=note[:300],
            by=by if getattr(by, "pk", None) else None,
        )
    notified = 0
    if before is not None:
        lines = differences(before, item, organization.timezone)
        notified = notify_change(item=item, lines=lines, headline="Perubahan agenda", extra_official_ids=(old_rep_id,))
    agenda_item_changed.send(sender=AgendaItem, item=item)
    return SaveResult(item, clashes, notified)


def _resolve_assignments(organization: Organization, assignments: list[tuple[str, Any]]) -> list[AgendaAssignment]:
    from django.contrib.auth import get_user_model

    from humpro.orgs.models import Membership

    result = []
    for role, person in assignments:
        _check_choice(role, AssignmentRole, "assignments", "Peran")
        if isinstance(person, Official) or (isinstance(person, str) and person.startswith("official:")):
            pk = person.pk if isinstance(person, Official) else int(person.split(":", 1)[1])
            result.append(
                AgendaAssignment(
                    organization=organization,
                    role=role,
                    official=_official(organization, pk, "assignments"),
                )
            )
            continue
        pk = person.pk if hasattr(person, "pk") else int(str(person).removeprefix("user:"))
        if not Membership.objects.filter(organization=organization, user_id=pk).exists():
            raise AgendaError({"assignments": "Petugas bukan anggota organisasi ini."})
        result.append(AgendaAssignment(organization=organization, role=role, user=get_user_model().objects.get(pk=pk)))
    return result


@transaction.atomic
def agenda_item_set_status(*, item: AgendaItem, to_status: str, by: Any = None, note: str = "") -> AgendaItem:
    """Move an item to another status (history row, SEQUENCE bump, notification)."""
    _check_choice(to_status, AgendaStatus, "status", "Status")
    item = (
        AgendaItem.objects.select_for_update(of=("self",))  # PostgreSQL: lock the item, not the joins
        .select_related("organization", "leader", "representative")
        .get(pk=item.pk)
    )
    if item.status == to_status:
        return item
    if to_status == AgendaStatus.REPRESENTED and not item.representative_id:
        raise AgendaError({"status": "Tetapkan dulu pejabat yang mewakili."})
    if item.status == AgendaStatus.CANCELLED:
        # restoring a cancelled item must not create an unnoticed blocking clash
        probe = entry_for(item)
        probe = dataclasses.replace(probe, cancelled=False)
        blocking = [c for c in check_entry(organization=item.organization, new=probe) if c.blocking]
        if blocking:
            raise ClashBlocked(blocking)
    before = snapshot(item)
    old = item.status
    item.status = to_status
    item.sequence += 1
    item.save()
    AgendaStatusChange.objects.create(
        organization=item.organization,
        item=item,
        from_status=old,
        to_status=to_status,
        note=note[:300],
        by=by if getattr(by, "pk", None) else None,
    )
    if to_status in (AgendaStatus.CANCELLED, AgendaStatus.REPRESENTED) or old == AgendaStatus.CANCELLED:
        headline = "Agenda dibatalkan" if to_status == AgendaStatus.CANCELLED else "Perubahan agenda"
        lines = differences(before, item, item.organization.timezone)
        if note:
            lines.append(f"Catatan: {note}")
        notify_change(item=item, lines=lines, headline=headline)
    agenda_item_changed.send(sender=AgendaItem, item=item)
    return item


def check_proposed(
    *,
    organization: Organization,
    leader: Official | int | None,
    start: Any,
    end: Any,
    all_day: bool = False,
    timezone_name: str = "",
    venue_name: str = "",
    latitude: float | None = None,
    longitude: float | None = None,
    representative: Official | int | None = None,
    item_id: int | None = None,
    title: str = "",
    assignments: list[tuple[str, Any]] | None = None,
) -> list[clash.Clash]:
    """Clashes of an item as it is being entered (htmx, REST clash check); not saved."""
    tz_name = check_timezone(timezone_name or organization.timezone)
    start_at, end_at = normalise_period(start, end, tz_name, all_day)
    check_coordinates(latitude, longitude)
    leader_obj = _official(organization, leader, "leader")
    rep = _official(organization, representative, "representative")
    probe = AgendaItem(
        organization=organization,
        title=title or "(acara baru)",
        start=start_at,
        end=end_at,
        all_day=all_day,
        timezone=tz_name,
        venue_name=venue_name,
        latitude=latitude,
        longitude=longitude,
        leader=leader_obj,
        representative=rep,
        status=AgendaStatus.REPRESENTED if rep else AgendaStatus.TENTATIVE,
    )
    probe.pk = item_id
    if item_id:
        original = AgendaItem.objects.for_org(organization).filter(pk=item_id).first()
        probe.invitation_id = original.invitation_id if original else None
    people = (
        list(people_of(probe, []))
        if leader_obj
        else ([clash.Person(f"official:{rep.pk}", f"{rep.full_name} (mewakili)")] if rep else [])
    )
    extra = _resolve_assignments(organization, assignments or [])
    for a in extra:
        people.append(clash.Person(a.person_key, f"{a.get_role_display()} {a.person_label}"))
    entry = clash.Entry(
        id=item_id,
        title=probe.title,
        start=start_at,
        end=end_at,
        timezone=tz_name,
        all_day=all_day,
        venue=venue_name,
        latitude=latitude,
        longitude=longitude,
        people=tuple(people),
        group=f"inv:{probe.invitation_id}" if probe.invitation_id else "",
    )
    return check_entry(organization=organization, new=entry)


@transaction.atomic
def assignment_add(
    *, item: AgendaItem, role: str, user: Any = None, official: Official | None = None
) -> AgendaAssignment:
    """Assign a person (newsroom crew, aide, protocol officer) after checking their clashes."""
    if (user is None) == (official is None):
        raise AgendaError({"assignments": "Pilih satu petugas (pengguna atau pejabat)."})
    person = official if official is not None else user
    [assignment] = _resolve_assignments(item.organization, [(role, person)])
    others = list(item.assignments.select_related("user", "official")) + [assignment]
    clashes = [
        c
        for c in check_entry(organization=item.organization, new=entry_for(item, others))
        if c.details.get("person") == assignment.person_key
    ]
    if any(c.blocking for c in clashes):
        raise ClashBlocked(clashes)
    assignment.item = item
    assignment.save()
    AgendaItem.objects.filter(pk=item.pk).update(sequence=item.sequence + 1, updated_at=timezone.now())
    return assignment
