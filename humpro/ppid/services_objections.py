"""Writes on objections (keberatan, UU 14/2008 Pasal 35–36) and disputes at the Komisi Informasi."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from humpro.core.outbox import outbox_enqueue
from humpro.core.workdays import calendar_for
from humpro.ppid import clock
from humpro.ppid.models import (
    DisputeOutcome,
    EventKind,
    InformationRequest,
    Objection,
    ObjectionDecision,
    ObjectionStatus,
)
from humpro.ppid.services import record_event
from humpro.ppid.validation import PpidInputError, objection_reason_errors


def _next_number(organization_id: int, year: int) -> str:
    prefix = f"KEB-{year}-"
    last = Objection.objects.filter(
        organization_id=organization_id, number__startswith=prefix
    ).aggregate(m=Max("number"))["m"]
    seq = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{seq:04d}"


def objection_file(
    *,
    request: InformationRequest,
    reasons: list[str],
    description: str = "",
    received_at: dt.datetime | None = None,
    actor: Any = None,
) -> Objection:
    """Register an objection to the Atasan PPID; its answer is due in 30 working days."""
    reasons = sorted(set(reasons))
    if message := objection_reason_errors(reasons):
        raise PpidInputError({"reasons": message})
    if len(description) > 5000:
        raise PpidInputError(
            {"description": "Uraian keberatan terlalu panjang (maks. 5000 karakter)."}
        )
    if request.objections.filter(status=ObjectionStatus.RECEIVED).exists():
        raise PpidInputError(
            {"": "Masih ada keberatan atas permohonan ini yang menunggu tanggapan."}
        )
    received_at = received_at or timezone.now()
    organization = request.organization
    received_on = timezone.localtime(received_at, organization.tz).date()
    for _attempt in range(5):
        try:
            with transaction.atomic():
                objection = Objection.objects.create(
                    organization=organization,
                    request=request,
                    number=_next_number(organization.pk, received_on.year),
                    received_at=received_at,
                    received_on=received_on,
                    reasons=reasons,
                    description=description.strip(),
                    due_on=clock.objection_due(calendar_for(organization), received_on),
                )
                record_event(
                    request=request,
                    kind=EventKind.OBJECTION,
                    actor=actor or request.requester_name,
                    note=f"Keberatan {objection.number} (alasan {', '.join(reasons)}); tanggapan "
                    f"Atasan PPID paling lambat {objection.due_on:%d-%m-%Y}.",
                )
                if request.email:
                    outbox_enqueue(
                        recipient=request.email,
                        organization=organization,
                        related=objection,
                        subject=f"Tanda terima keberatan {objection.number}",
                        body=(
                            f"Yth. {request.requester_name},\n\nKeberatan Anda atas "
                            f"permohonan {request.number} "
                            f"telah diterima dengan nomor {objection.number}. Atasan PPID "
                            "akan menanggapi "
                            f"paling lambat {objection.due_on:%d-%m-%Y} (30 hari kerja)."
                        ),
                        purpose="ppid.objection_receipt",
                        dedupe_key=f"ppid:objection:{objection.pk}",
                    )
                return objection
        except IntegrityError:
            continue
    raise PpidInputError({"": "Nomor keberatan bentrok; silakan kirim ulang."})


@transaction.atomic
def objection_respond(
    *, objection: Objection, decision: str, response: str, responder_name: str, actor: Any = None
) -> Objection:
    """Record the Atasan PPID's written response."""
    errors = {}
    if objection.status != ObjectionStatus.RECEIVED:
        raise PpidInputError({"": "Keberatan ini sudah ditanggapi."})
    if decision not in ObjectionDecision.values:
        errors["decision"] = "Pilih tanggapan: diterima, diterima sebagian, atau ditolak."
    if len(response.strip()) < 10:
        errors["response"] = "Isi tanggapan Atasan PPID (minimal 10 karakter)."
    if not responder_name.strip():
        errors["responder_name"] = "Nama/jabatan Atasan PPID wajib diisi."
    if errors:
        raise PpidInputError(errors)
    objection.decision, objection.response = decision, response.strip()
    objection.responder_name = responder_name.strip()[:200]
    objection.responded_at = timezone.now()
    objection.status = ObjectionStatus.ANSWERED
    objection.save()
    request = objection.request
    record_event(
        request=request,
        kind=EventKind.OBJECTION_ANSWERED,
        actor=actor,
        note=f"Keberatan {objection.number}: {objection.get_decision_display()}.",
    )
    if request.email:
        outbox_enqueue(
            recipient=request.email,
            organization=objection.organization,
            related=objection,
            subject=f"Tanggapan atas keberatan {objection.number}",
            body=(
                "Yth. "
                f"{request.requester_name},\n\n{objection.get_decision_display()}.\n\n{objection.response}\n\n"
                f"{objection.responder_name}\n\nBila tidak puas, Anda dapat mengajukan "
                "sengketa ke Komisi "
                "Informasi dalam 14 hari kerja (Pasal 37 UU 14/2008)."
            ),
            purpose="ppid.objection_response",
            dedupe_key=f"ppid:objection-response:{objection.pk}",
        )
    return objection


@transaction.atomic
def objection_dispute(
    *, objection: Objection, dispute_number: str, filed_on: dt.date, actor: Any = None
) -> Objection:
    """The requester took the matter to the Komisi Informasi."""
    if objection.status == ObjectionStatus.DISPUTE or objection.dispute_filed_on:
        raise PpidInputError({"": "Sengketa sudah dicatat."})
    if not dispute_number.strip():
        raise PpidInputError({"dispute_number": "Nomor register Komisi Informasi wajib diisi."})
    if filed_on < objection.received_on:
        raise PpidInputError(
            {"filed_on": "Tanggal sengketa tidak boleh sebelum tanggal keberatan."}
        )
    objection.dispute_number, objection.dispute_filed_on = dispute_number.strip()[:80], filed_on
    objection.status = ObjectionStatus.DISPUTE
    objection.save()
    record_event(
        request=objection.request,
        kind=EventKind.DISPUTE,
        actor=actor,
        note=f"Sengketa ke Komisi Informasi, register {objection.dispute_number}.",
    )
    return objection


@transaction.atomic
def objection_dispute_outcome(
    *,
    objection: Objection,
    outcome: str,
    outcome_on: dt.date,
    note: str = "",
    court_filed: bool = False,
    court_note: str = "",
    actor: Any = None,
) -> Objection:
    if objection.status != ObjectionStatus.DISPUTE:
        raise PpidInputError({"": "Catat dulu sengketanya sebelum hasilnya."})
    if outcome not in DisputeOutcome.values:
        raise PpidInputError({"outcome": "Pilih hasil sengketa."})
    if objection.dispute_filed_on and outcome_on < objection.dispute_filed_on:
        raise PpidInputError({"outcome_on": "Tanggal hasil tidak boleh sebelum tanggal sengketa."})
    objection.dispute_outcome, objection.dispute_outcome_on = outcome, outcome_on
    objection.dispute_note, objection.court_filed, objection.court_note = (
        note.strip(),
        court_filed,
        court_note.strip(),
    )
    objection.status = ObjectionStatus.CLOSED
    objection.save()
    record_event(
        request=objection.request,
        kind=EventKind.DISPUTE_OUTCOME,
        actor=actor,
        note=f"Hasil sengketa {objection.dispute_number}: "
        f"{objection.get_dispute_outcome_display()}.",
    )
    return objection
