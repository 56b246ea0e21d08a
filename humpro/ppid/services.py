"""Writes on information requests: disposition, answers, extension, decision, delivery."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from humpro.core.outbox import Attachment, outbox_enqueue
from humpro.core.workdays import calendar_for
from humpro.orgs.models import Membership, Organization, Unit
from humpro.orgs.roles import Role
from humpro.ppid import clock
from humpro.ppid.models import (
    Decision,
    Disposition,
    EventKind,
    InformationRequest,
    RequestEvent,
    Status,
)
from humpro.ppid.validation import (
    PpidInputError,
    decision_errors,
)


def _actor_label(actor: Any) -> str:
    if actor is not None and getattr(actor, "is_authenticated", False):
        return actor.get_username()
    return actor if isinstance(actor, str) else "sistem"


def record_event(
    *,
    request: InformationRequest,
    kind: str,
    actor: Any = None,
    note: str = "",
    from_status: str = "",
    to_status: str = "",
    public: bool = True,
    at: dt.datetime | None = None,
) -> RequestEvent:
    user = actor if getattr(actor, "is_authenticated", False) else None
    return RequestEvent.objects.create(
        organization_id=request.organization_id,
        request=request,
        kind=kind,
        at=at or timezone.now(),
        actor=user,
        actor_label=_actor_label(actor),
        from_status=from_status,
        to_status=to_status,
        note=note,
        public=public,
    )


def _set_status(
    request: InformationRequest,
    status: str,
    *,
    kind: str,
    actor: Any,
    note: str = "",
    public: bool = True,
) -> None:
    before = request.status
    request.status = status
    request.save()
    record_event(
        request=request,
        kind=kind,
        actor=actor,
        note=note,
        from_status=before,
        to_status=status,
        public=public,
    )


def unit_members(organization: Organization, unit_ids: list[int]) -> list[Any]:
    return [
        m.user
        for m in Membership.objects.filter(
            organization=organization, role=Role.PPID, unit_id__in=unit_ids
        ).select_related("user")
    ]


@transaction.atomic
def request_dispose(
    *, request: InformationRequest, units: list[Unit], instruction: str = "", actor: Any = None
) -> list[Disposition]:
    """Dispose the request to PPID Pelaksana units (units already disposed are skipped)."""
    if not units:
        raise PpidInputError({"units": "Pilih minimal satu unit PPID Pelaksana."})
    if not request.is_open:
        raise PpidInputError({"": "Permohonan sudah diputuskan; disposisi tidak dapat ditambah."})
    if any(u.organization_id != request.organization_id for u in units):
        raise PpidInputError({"units": "Unit tidak ditemukan di organisasi ini."})
    existing = set(request.dispositions.values_list("unit_id", flat=True))
    created = []
    for unit in units:
        if unit.pk in existing:
            continue
        created.append(
            Disposition.objects.create(
                organization_id=request.organization_id,
                request=request,
                unit=unit,
                instruction=instruction.strip(),
                disposed_at=timezone.now(),
                disposed_by=actor if getattr(actor, "is_authenticated", False) else None,
            )
        )
    if not created:
        raise PpidInputError({"units": "Permohonan sudah didisposisikan ke unit tersebut."})
    names = ", ".join(d.unit.name for d in created)
    _set_status(
        request,
        Status.DISPOSED,
        kind=EventKind.DISPOSED,
        actor=actor,
        note=f"Didisposisikan ke {names}.",
    )
    for user in unit_members(request.organization, [d.unit_id for d in created]):
        if user.email:
            outbox_enqueue(
                recipient=user.email,
                organization=request.organization,
                related=request,
                subject=f"Disposisi permohonan informasi {request.number}",
                body=(
                    f"Permohonan {request.number} didisposisikan ke unit Anda.\n\nInformasi "
                    "yang diminta:\n"
                    f"{request.information}\n\nInstruksi: {instruction or '-'}\n"
                    f"Batas waktu jawaban PPID: {request.effective_due:%d-%m-%Y}."
                ),
                purpose="ppid.disposition",
                dedupe_key=f"ppid:disp:{request.pk}:{user.pk}:{names}"[:200],
            )
    return created


@transaction.atomic
def disposition_answer(
    *, disposition: Disposition, answer: str, held: bool = True, actor: Any = None
) -> Disposition:
    answer = answer.strip()
    if not answer:
        raise PpidInputError({"answer": "Jawaban unit wajib diisi."})
    request = InformationRequest.objects.select_for_update().get(pk=disposition.request_id)
    if not request.is_open:
        raise PpidInputError({"": "Permohonan sudah diputuskan; jawaban tidak dapat diubah."})
    disposition.answer, disposition.held = answer, held
    disposition.answered_at = timezone.now()
    disposition.answered_by = actor if getattr(actor, "is_authenticated", False) else None
    disposition.save()
    record_event(
        request=request,
        kind=EventKind.ANSWERED_PART,
        actor=actor,
        public=False,
        note=f"{disposition.unit.name} menjawab bagiannya.",
    )
    if (
        not request.dispositions.filter(answered_at__isnull=True).exists()
        and request.status == Status.DISPOSED
    ):
        _set_status(
            request,
            Status.ANSWERED,
            kind=EventKind.ANSWERED_PART,
            actor=actor,
            note="Semua unit telah menjawab; jawaban digabung menjadi satu tanggapan.",
        )
    return disposition


def merged_answers(request: InformationRequest) -> str:
    """The units' answers merged into one response text (the starting point of the decision)."""
    parts = [
        f"{d.unit.name}:\n{d.answer}" + ("" if d.held else "\n(informasi tidak dikuasai unit ini)")
        for d in request.dispositions.select_related("unit")
        if d.answer
    ]
    return "\n\n".join(parts)


@transaction.atomic
def request_extend(
    *, request: InformationRequest, reason: str, actor: Any = None, today: dt.date | None = None
) -> InformationRequest:
    """Extend by 7 working days (Pasal 22(8)): once, with a written reason, before the due
    day passes."""
    reason = reason.strip()
    today = today or timezone.localdate(timezone=request.organization.tz)
    if request.extended_due_on:
        raise PpidInputError(
            {"": "Permohonan sudah pernah diperpanjang (hanya sekali, 7 hari kerja)."}
        )
    if not request.is_open:
        raise PpidInputError({"": "Permohonan sudah diputuskan."})
    if today > request.due_on:
        raise PpidInputError(
            {"": "Batas waktu sudah lewat; perpanjangan harus diberitahukan sebelum jatuh tempo."}
        )
    if len(reason) < 10:
        raise PpidInputError({"reason": "Alasan perpanjangan wajib ditulis (minimal 10 karakter)."})
    request.extended_due_on = clock.extended_due(calendar_for(request.organization), request.due_on)
    request.extension_reason = reason
    request.save()
    record_event(
        request=request,
        kind=EventKind.EXTENDED,
        actor=actor,
        note=f"Diperpanjang sampai {request.extended_due_on:%d-%m-%Y}. Alasan: {reason}",
    )
    if request.email:
        outbox_enqueue(
            recipient=request.email,
            organization=request.organization,
            related=request,
            subject=f"Perpanjangan waktu permohonan {request.number}",
            body=(
                f"Yth. {request.requester_name},\n\nJangka waktu jawaban atas permohonan "
                f"{request.number} "
                f"diperpanjang sampai {request.extended_due_on:%d-%m-%Y} (Pasal 22 ayat 8 UU "
                "14/2008).\n"
                f"Alasan: {reason}"
            ),
            purpose="ppid.extension",
            dedupe_key=f"ppid:ext:{request.pk}",
        )
    return request


@transaction.atomic
def request_decide(
    *,
    request: InformationRequest,
    decision: str,
    response: str = "",
    exemptions: list[str] = (),
    consequence_test: str = "",
    holding_body: str = "",
    fee: int = 0,
    fee_payment: str = "",
    actor: Any = None,
) -> InformationRequest:
    """Record the decision and issue the written notice (Surat Pemberitahuan Tertulis)."""
    request = InformationRequest.objects.select_for_update().get(pk=request.pk)
    if not request.is_open:
        raise PpidInputError({"": "Pemberitahuan tertulis untuk permohonan ini sudah terbit."})
    if request.dispositions.filter(answered_at__isnull=True).exists():
        raise PpidInputError({"": "Masih ada unit PPID Pelaksana yang belum menjawab disposisi."})
    exemptions = sorted(set(exemptions or []))
    errors = decision_errors(
        decision=decision,
        response=response,
        exemptions=exemptions,
        consequence_test=consequence_test,
        holding_body=holding_body,
    )
    if fee < 0:
        errors["fee"] = "Biaya tidak boleh negatif."
    if errors:
        raise PpidInputError(errors)
    keeps = decision in (Decision.REFUSED, Decision.PARTLY)
    request.decision, request.response = decision, response.strip()
    request.exemptions = exemptions if keeps else []
    request.consequence_test = consequence_test.strip() if keeps else ""
    request.holding_body = holding_body.strip() if decision == Decision.NOT_HELD else ""
    request.fee, request.fee_payment = fee, fee_payment.strip()
    request.notice_issued_at = timezone.now()
    request.notice_number = f"SPT/{request.number}"
    record_event(
        request=request, kind=EventKind.DECIDED, actor=actor, note=request.get_decision_display()
    )
    _set_status(
        request,
        Status.DECIDED,
        kind=EventKind.NOTICE,
        actor=actor,
        note=f"Surat pemberitahuan tertulis {request.notice_number} terbit.",
    )
    if request.email:
        from humpro.ppid.pdf import notice_pdf

        outbox_enqueue(
            recipient=request.email,
            organization=request.organization,
            related=request,
            subject=f"Pemberitahuan tertulis atas permohonan {request.number}",
            body=(
                f"Yth. {request.requester_name},\n\nTerlampir Surat Pemberitahuan Tertulis "
                "atas permohonan "
                f"informasi {request.number}: {request.get_decision_display()}.\n\nBila Anda "
                "tidak puas, "
                "Anda dapat mengajukan keberatan kepada Atasan PPID dalam 30 hari kerja."
            ),
            attachments=[
                Attachment(
                    f"pemberitahuan-{request.number}.pdf", notice_pdf(request), "application/pdf"
                )
            ],
            purpose="ppid.notice",
            dedupe_key=f"ppid:notice:{request.pk}",
        )
    return request


@transaction.atomic
def request_deliver(
    *,
    request: InformationRequest,
    note: str = "",
    delivered_at: dt.datetime | None = None,
    actor: Any = None,
) -> InformationRequest:
    if request.status != Status.DECIDED:
        raise PpidInputError(
            {"": "Penyampaian hanya dicatat setelah pemberitahuan tertulis terbit."}
        )
    request.delivered_at = delivered_at or timezone.now()
    request.delivery_note = note.strip()[:300]
    _set_status(
        request,
        Status.DELIVERED,
        kind=EventKind.DELIVERED,
        actor=actor,
        note=f"Disampaikan ({request.get_delivery_display().lower()}). "
        f"{request.delivery_note}".strip(),
    )
    return request


def request_assign(*, request: InformationRequest, handler: Any) -> InformationRequest:
    request.handler = handler
    request.save()
    return request
