"""Invitations (surat undangan / permohonan) and their dispositions."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from humpro.agenda.models import (
    AgendaItem,
    AgendaStatus,
    Decision,
    Disposition,
    Invitation,
    InvitationAttachment,
    InvitationSource,
    InvitationStatus,
    Visibility,
)
from humpro.agenda.notify import notify_people
from humpro.agenda.selectors import clash_rule_for
from humpro.agenda.services import _official, agenda_item_save, agenda_item_set_status
from humpro.agenda.validation import (
    AgendaError,
    check_attachments,
    check_coordinates,
    check_timezone,
    normalise_period,
)
from humpro.core.tabular import check_email
from humpro.officials.models import Level
from humpro.orgs.models import Organization

TRACKING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_tracking_number(now: dt.datetime | None = None) -> str:
    """ "UND-2603-7KQ4MX": month of receipt plus six unambiguous random characters."""
    stamp = (now or timezone.now()).strftime("%y%m")
    while True:
        code = "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(6))
        number = f"UND-{stamp}-{code}"
        if not Invitation.objects.filter(tracking_number=number).exists():
            return number


def is_urgent(*, organization: Organization, start: dt.datetime, received: dt.datetime | None = None) -> bool:
    """Shorter notice than the organization's lead time (default 3 days) is "mendesak"."""
    days = clash_rule_for(organization).lead_time_days
    return start - (received or timezone.now()) < dt.timedelta(days=days)


@transaction.atomic
def invitation_register(
    *,
    organization: Organization,
    by: Any = None,
    source: str = InvitationSource.LETTER,
    sender_name: str,
    event_title: str,
    start: dt.datetime | dt.date,
    end: dt.datetime | dt.date | None = None,
    all_day: bool = False,
    timezone_name: str = "",
    sender_institution: str = "",
    sender_email: str = "",
    sender_phone: str = "",
    letter_number: str = "",
    letter_date: dt.date | None = None,
    description: str = "",
    venue_name: str = "",
    venue_address: str = "",
    latitude: float | None = None,
    longitude: float | None = None,
    dress_code: str = "",
    contact_name: str = "",
    contact_phone: str = "",
    invited_leader: Any = None,
    level: str = Level.PROVINCE,
    files: list[tuple[str, bytes]] | None = None,
) -> Invitation:
    """Register an incoming invitation or a request.

    All attachments are checked before anything is saved.
    """
    errors = {}
    if not (sender_name or "").strip():
        errors["sender_name"] = "Nama pengirim wajib diisi."
    if not (event_title or "").strip():
        errors["event_title"] = "Nama acara wajib diisi."
    if message := check_email(sender_email or ""):
        errors["sender_email"] = message
    if level not in Level.values:
        errors["level"] = f"Tingkat acara tidak dikenal: {level!r}."
    if errors:
        raise AgendaError(errors)
    tz_name = check_timezone(timezone_name or organization.timezone)
    start_at, end_at = normalise_period(start, end, tz_name, all_day)
    if start_at < timezone.now() - dt.timedelta(days=1) and source == InvitationSource.FORM:
        raise AgendaError({"start": "Waktu acara sudah lewat."})
    check_coordinates(latitude, longitude)
    checked = check_attachments(files or [])
    leader = _official(organization, invited_leader, "invited_leader")
    invitation = Invitation.objects.create(
        organization=organization,
        tracking_number=new_tracking_number(),
        source=source,
        status=InvitationStatus.AWAITING,
        sender_name=sender_name.strip()[:200],
        sender_institution=sender_institution[:200],
        sender_email=sender_email,
        sender_phone=sender_phone[:40],
        letter_number=letter_number[:120],
        letter_date=letter_date,
        event_title=event_title.strip()[:300],
        description=description,
        start=start_at,
        end=end_at,
        all_day=all_day,
        timezone=tz_name,
        venue_name=venue_name[:200],
        venue_address=venue_address[:300],
        latitude=latitude,
        longitude=longitude,
        dress_code=dress_code[:120],
        contact_name=contact_name[:120],
        contact_phone=contact_phone[:40],
        invited_leader=leader,
        level=level,
        urgent=is_urgent(organization=organization, start=start_at),
        created_by=by if getattr(by, "pk", None) else None,
    )
    _store(invitation, checked)
    return invitation


def _store(invitation: Invitation, checked: list[Any]) -> list[InvitationAttachment]:
    stored = []
    for f in checked:
        attachment = InvitationAttachment(
            organization=invitation.organization,
            invitation=invitation,
            original_name=f.name,
            mimetype=f.mimetype,
            size=len(f.content),
        )
        attachment.file.save(f.name, ContentFile(f.content), save=False)
        attachment.save()
        stored.append(attachment)
    return stored


@transaction.atomic
def invitation_add_attachments(*, invitation: Invitation, files: list[tuple[str, bytes]]) -> list[InvitationAttachment]:
    """Add attachments to a registered invitation (all checked first; all or none stored)."""
    if not files:
        raise AgendaError({"attachments": "Tidak ada berkas yang diunggah."})
    if invitation.attachments.count() + len(files) > 10:
        raise AgendaError({"attachments": "Paling banyak 10 lampiran per undangan."})
    return _store(invitation, check_attachments(files))


def _item_for(invitation: Invitation) -> AgendaItem | None:
    return invitation.agenda_items.filter(leader=invitation.invited_leader).order_by("id").first()


@transaction.atomic
def invitation_dispose(
    *,
    invitation: Invitation,
    by: Any,
    decision: str,
    representative: Any = None,
    reason: str = "",
    coordinate_with: str = "",
    note: str = "",
    leader: Any = None,
    visibility: str | None = None,
) -> Disposition:
    """Record a disposition (history row) and bring the leader's agenda item in line with it.

    hadir → item terkonfirmasi; diwakili → item diwakilkan by `representative`; tidak hadir (with a
    reason) → item dibatalkan; koordinasi → item tentatif. The people affected are notified.
    A blocking clash rolls the whole disposition back.
    """
    organization = invitation.organization
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if decision not in Decision.values:
        raise AgendaError({"decision": f"Disposisi tidak dikenal: {decision!r}."})
    rep = _official(organization, representative, "representative")
    if decision == Decision.REPRESENTED and rep is None:
        raise AgendaError({"representative": "Pilih pejabat yang mewakili."})
    if decision != Decision.REPRESENTED:
        rep = None
    if decision == Decision.DECLINE and not reason.strip():
        raise AgendaError({"reason": "Alasan tidak hadir wajib diisi."})
    if decision == Decision.COORDINATE and not (coordinate_with.strip() or note.strip()):
        raise AgendaError({"coordinate_with": "Isi dengan siapa acara ini dikoordinasikan."})
    chosen_leader = _official(organization, leader, "leader") or invitation.invited_leader
    if chosen_leader is None:
        raise AgendaError({"leader": "Tentukan pimpinan yang diundang."})
    if rep is not None and rep.pk == chosen_leader.pk:
        raise AgendaError({"representative": "Pimpinan tidak dapat mewakili dirinya sendiri."})
    if invitation.invited_leader_id != chosen_leader.pk:
        invitation.invited_leader = chosen_leader
    disposition = Disposition.objects.create(
        organization=organization,
        invitation=invitation,
        decision=decision,
        representative=rep,
        reason=reason.strip(),
        coordinate_with=coordinate_with.strip()[:200],
        note=note.strip(),
        decided_by=by if getattr(by, "pk", None) else None,
    )
    item = _item_for(invitation)
    label = disposition.get_decision_display()
    if decision == Decision.DECLINE:
        if item is not None and item.status != AgendaStatus.CANCELLED:
            agenda_item_set_status(
                item=item,
                to_status=AgendaStatus.CANCELLED,
                by=by,
                note=f"Disposisi: tidak hadir — {reason.strip()}",
            )
        invitation.status = InvitationStatus.DECLINED
    else:
        status = {
            Decision.ATTEND: AgendaStatus.CONFIRMED,
            Decision.REPRESENTED: AgendaStatus.REPRESENTED,
            Decision.COORDINATE: AgendaStatus.TENTATIVE,
        }[decision]
        agenda_item_save(
            organization=organization,
            by=by,
            item=item,
            title=invitation.event_title,
            description=invitation.description,
            start=invitation.start,
            end=invitation.end,
            all_day=invitation.all_day,
            timezone_name=invitation.timezone,
            venue_name=invitation.venue_name,
            venue_address=invitation.venue_address,
            latitude=invitation.latitude,
            longitude=invitation.longitude,
            dress_code=invitation.dress_code,
            leader=chosen_leader,
            representative=rep,
            status=status,
            visibility=visibility or (item.visibility if item else Visibility.INTERNAL),
            level=invitation.level,
            invitation=invitation,
            note=f"Disposisi: {label}",
        )
        invitation.status = InvitationStatus.DISPOSED if decision == Decision.COORDINATE else InvitationStatus.SCHEDULED
    invitation.save()
    _notify_disposition(invitation, disposition, chosen_leader)
    return disposition


def _notify_disposition(invitation: Invitation, disposition: Disposition, leader: Any) -> None:
    local = invitation.start.astimezone(invitation.tz)
    lines = [
        f"Undangan {invitation.tracking_number}: {invitation.event_title}",
        f"Waktu : {local:%d/%m/%Y %H:%M} ({invitation.timezone})",
        f"Tempat: {invitation.venue_name or '—'}",
        f"Disposisi: {disposition.get_decision_display()}",
    ]
    people: list[tuple[str, str]] = []
    if disposition.representative:
        lines.append(f"Diwakili oleh: {disposition.representative.full_name}")
        people.append((disposition.representative.full_name, disposition.representative.email))
    if disposition.reason:
        lines.append(f"Alasan: {disposition.reason}")
    if disposition.coordinate_with:
        lines.append(f"Koordinasi dengan: {disposition.coordinate_with}")
    if disposition.note:
        lines.append(f"Catatan: {disposition.note}")
    if disposition.decision in (Decision.ATTEND, Decision.COORDINATE):
        people.append((leader.full_name, leader.email))
    if invitation.sender_email:
        people.append((invitation.sender_name, invitation.sender_email))
    notify_people(
        organization=invitation.organization,
        people=people,
        subject=f"Disposisi undangan: {invitation.event_title}",
        body="\n".join(lines),
        key=f"disposition:{disposition.pk}",
        related=invitation,
    )
