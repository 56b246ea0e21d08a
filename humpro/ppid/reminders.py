"""Deadline reminders (day 7, day 9, due day), escalation when overdue, berkala update reminders.

Every message goes through the outbox with a `dedupe_key`, so running the job every hour (or on
several workers) sends each reminder once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from humpro.core.models import OutboxMessage
from humpro.core.outbox import outbox_enqueue
from humpro.core.workdays import calendar_for
from humpro.orgs.models import Membership, Organization
from humpro.orgs.roles import Role
from humpro.ppid import clock
from humpro.ppid.models import (
    OPEN_STATUSES,
    EventKind,
    InformationRequest,
    Objection,
    ObjectionStatus,
)
from humpro.ppid.models_dip import Category, PublicInformation
from humpro.ppid.services import record_event

STAGE_TEXT = {
    "sisa-3": "hari kerja ke-7: sisa 3 hari kerja",
    "sisa-1": "hari kerja ke-9: sisa 1 hari kerja",
    "jatuh-tempo": "hari ini batas waktu",
}
BERKALA_NOTICE_DAYS = 14


def _users(
    org: Organization,
    roles: list[str],
    *,
    unit_ids: list[int] | None = None,
    without_unit: bool = False,
) -> list[Any]:
    qs = Membership.objects.filter(organization=org, role__in=roles).select_related("user")
    if unit_ids is not None:
        qs = qs.filter(unit_id__in=unit_ids)
    if without_unit:
        qs = qs.filter(unit__isnull=True)
    seen, users = set(), []
    for m in qs:
        if m.user.email and m.user.is_active and m.user.pk not in seen:
            seen.add(m.user.pk)
            users.append(m.user)
    return users


def request_handlers(request: InformationRequest) -> list[Any]:
    """The handler (or every PPID Utama member) plus Pelaksana of units that have not answered."""
    org = request.organization
    users = (
        [request.handler]
        if request.handler and request.handler.email
        else _users(org, [Role.PPID], without_unit=True)
    )
    pending = list(
        request.dispositions.filter(answered_at__isnull=True).values_list("unit_id", flat=True)
    )
    if pending:
        users += [u for u in _users(org, [Role.PPID], unit_ids=pending) if u not in users]
    return users


def _link(org: Organization, name: str, pk: int) -> str:
    from django.urls import reverse

    return settings.SITE_URL + reverse(name, kwargs={"org": org.slug, "pk": pk})


def _send(
    *,
    users: list[Any],
    key: str,
    subject: str,
    body: str,
    org: Organization,
    related: Any,
    purpose: str,
) -> int:
    sent = 0
    for user in users:
        dedupe = f"{key}:{user.pk}"[:200]
        if OutboxMessage.objects.filter(dedupe_key=dedupe).exists():
            continue
        outbox_enqueue(
            recipient=user.email,
            subject=subject,
            body=body,
            organization=org,
            related=related,
            purpose=purpose,
            dedupe_key=dedupe,
        )
        sent += 1
    return sent


def _request_reminders(org: Organization, cal: Any, today: dt.date) -> int:
    sent = 0
    for req in (
        InformationRequest.objects.for_org(org)
        .filter(status__in=OPEN_STATUSES)
        .select_related("handler", "organization")
    ):
        due = req.effective_due
        stage = clock.reminder_stage(cal, today, due)
        if stage is None:
            continue
        link = _link(org, "ppid:detail", req.pk)
        if stage == "terlambat":
            users = _users(org, [Role.HEAD])
            n = _send(
                users=users,
                key=f"ppid:overdue:{req.pk}:{due}",
                org=org,
                related=req,
                purpose="ppid.escalation",
                subject=f"TERLAMBAT: permohonan informasi {req.number} melewati batas waktu",
                body=(
                    f"Permohonan {req.number} ({req.requester_name}) jatuh tempo "
                    f"{due:%d-%m-%Y} dan "
                    f"belum ada pemberitahuan tertulis. Keterlambatan dapat menjadi sengketa di "
                    f"Komisi Informasi.\n\n{link}"
                ),
            )
        else:
            users = request_handlers(req)
            n = _send(
                users=users,
                key=f"ppid:reminder:{req.pk}:{due}:{stage}",
                org=org,
                related=req,
                purpose="ppid.reminder",
                subject=f"Pengingat PPID {req.number}: {STAGE_TEXT[stage]}",
                body=(
                    f"Permohonan {req.number} dari {req.requester_name} jatuh tempo {due:%d-%m-%Y} "
                    f"({STAGE_TEXT[stage]}).\n\nInformasi yang "
                    f"diminta:\n{req.information}\n\n{link}"
                ),
            )
        if n:
            kind = "eskalasi ke kepala" if stage == "terlambat" else STAGE_TEXT[stage]
            record_event(
                request=req,
                kind=EventKind.REMINDER,
                public=False,
                note=f"Pengingat ({kind}) ke {n} orang.",
            )
        sent += n
    return sent


def _objection_reminders(org: Organization, cal: Any, today: dt.date) -> int:
    sent = 0
    for obj in (
        Objection.objects.for_org(org)
        .filter(status=ObjectionStatus.RECEIVED)
        .select_related("request")
    ):
        stage = clock.reminder_stage(cal, today, obj.due_on)
        if stage is None:
            continue
        users = _users(org, [Role.HEAD, Role.LEADER]) + _users(org, [Role.PPID], without_unit=True)
        text = "melewati batas waktu" if stage == "terlambat" else STAGE_TEXT[stage]
        sent += _send(
            users=users,
            key=f"ppid:objection:{obj.pk}:{obj.due_on}:{stage}",
            org=org,
            related=obj,
            purpose="ppid.escalation" if stage == "terlambat" else "ppid.reminder",
            subject=f"Keberatan {obj.number}: {text}",
            body=(
                f"Keberatan {obj.number} atas permohonan {obj.request.number} menunggu tanggapan "
                f"Atasan PPID, batas {obj.due_on:%d-%m-%Y} (30 hari kerja).\n\n"
                f"{_link(org, 'ppid:objection_detail', obj.pk)}"
            ),
        )
    return sent


def deadline_reminders(*, now: dt.datetime | None = None) -> int:
    """Send due reminders and escalations for every organization. Returns messages queued."""
    now = now or timezone.now()
    org_ids = set(
        InformationRequest.objects.filter(status__in=OPEN_STATUSES).values_list(
            "organization_id", flat=True
        )
    )
    org_ids |= set(
        Objection.objects.filter(status=ObjectionStatus.RECEIVED).values_list(
            "organization_id", flat=True
        )
    )
    sent = 0
    for org in Organization.objects.filter(pk__in=org_ids):
        cal = calendar_for(org)
        today = timezone.localtime(now, org.tz).date()
        sent += _request_reminders(org, cal, today) + _objection_reminders(org, cal, today)
    return sent


def berkala_reminders(*, now: dt.datetime | None = None) -> int:
    """Remind owners of 'berkala' DIP items that are due for their 6-monthly update."""
    now = now or timezone.now()
    sent = 0
    for info in PublicInformation.objects.filter(category=Category.BERKALA).select_related(
        "organization", "owner_unit"
    ):
        org = info.organization
        today = timezone.localtime(now, org.tz).date()
        next_on = info.next_update_on
        if next_on is None or next_on - today > dt.timedelta(days=BERKALA_NOTICE_DAYS):
            continue
        users = (
            _users(org, [Role.PPID], unit_ids=[info.owner_unit_id]) if info.owner_unit_id else []
        )
        users = users or _users(org, [Role.PPID], without_unit=True) or _users(org, [Role.HEAD])
        sent += _send(
            users=users,
            key=f"ppid:berkala:{info.pk}:{next_on}",
            org=org,
            related=info,
            purpose="ppid.berkala",
            subject=f"Perbarui informasi berkala: {info.title}",
            body=(
                f'Informasi berkala "{info.title}" terakhir diperbarui '
                f"{info.last_updated_on:%d-%m-%Y}"
                f" dan wajib diperbarui paling lambat {next_on:%d-%m-%Y} (sekurang-kurangnya "
                "6 bulan "
                f"sekali, Pasal 9 ayat 3 UU 14/2008).\n\n{_link(org, 'ppid:dip_detail', info.pk)}"
            ),
        )
    return sent


def overdue_requests(org: Organization, today: dt.date | None = None):  # type: ignore[no-untyped-def]
    today = today or timezone.localdate(timezone=org.tz)
    return (
        InformationRequest.objects.for_org(org)
        .filter(status__in=OPEN_STATUSES)
        .filter(Q(extended_due_on__isnull=True, due_on__lt=today) | Q(extended_due_on__lt=today))
    )
