"""Intake of information requests: registration number, tracking code, documents, receipt."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from humpro.core.files import sniff_content_type
from humpro.core.outbox import Attachment, outbox_enqueue
from humpro.core.workdays import calendar_for
from humpro.orgs.models import Organization
from humpro.ppid import clock
from humpro.ppid.models import (
    Channel,
    EventKind,
    InformationRequest,
    RequesterDocument,
    RequesterKind,
    Status,
    hash_code,
)
from humpro.ppid.services import record_event
from humpro.ppid.validation import PpidInputError, document_errors, requester_errors

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
REQUEST_FIELDS = (
    "requester_kind",
    "requester_name",
    "nik",
    "representative",
    "address",
    "phone",
    "email",
    "occupation",
    "information",
    "purpose",
    "form",
    "delivery",
)


@dataclass(frozen=True)
class UploadedDocument:
    kind: str
    name: str
    content: bytes
    content_type: str = "application/octet-stream"


def new_tracking_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


def normalise_code(code: str) -> str:
    return code.replace("-", "").replace(" ", "").strip().upper()


def code_hash(code: str) -> str:
    return hash_code(normalise_code(code))


def _next_number(organization: Organization, year: int) -> tuple[int, str]:
    last = InformationRequest.objects.filter(organization=organization, year=year).aggregate(
        m=Max("sequence")
    )
    seq = (last["m"] or 0) + 1
    return seq, f"PPID-{year}-{seq:04d}"


def request_create(
    *,
    organization: Organization,
    data: dict[str, Any],
    channel: str = Channel.WEB,
    documents: list[UploadedDocument] = (),
    received_at: dt.datetime | None = None,
    actor: Any = None,
    handler: Any = None,
) -> tuple[InformationRequest, str]:
    """Register a request; returns it with the secret tracking code (shown once, stored hashed)."""
    data = {
        k: (data.get(k) or "").strip() if isinstance(data.get(k), str | None) else data[k]
        for k in REQUEST_FIELDS
    }
    data["requester_kind"] = data["requester_kind"] or RequesterKind.PERSON
    data["form"] = data["form"] or "softcopy"
    data["delivery"] = data["delivery"] or "email"
    errors = requester_errors({**data, "channel": channel})
    for doc in documents:
        if message := document_errors(doc.kind, doc.name, len(doc.content), doc.content[:32]):
            errors[f"document_{doc.kind}"] = message
        if doc.kind not in RequesterDocument.Kind.values:
            errors["documents"] = "Jenis dokumen tidak dikenal."
    if data["requester_kind"] == RequesterKind.ENTITY and not any(
        d.kind in (RequesterDocument.Kind.DEED, RequesterDocument.Kind.LEGALISATION)
        for d in documents
    ):
        errors["documents"] = (
            "Badan hukum wajib melampirkan akta pendirian atau pengesahan Kemenkumham."
        )
    if errors:
        raise PpidInputError(errors)
    received_at = received_at or timezone.now()
    received_on = timezone.localtime(received_at, organization.tz).date()
    cal = calendar_for(organization)
    code = new_tracking_code()
    for _attempt in range(5):
        try:
            with transaction.atomic():
                seq, number = _next_number(organization, received_on.year)
                request = InformationRequest.objects.create(
                    organization=organization,
                    number=number,
                    year=received_on.year,
                    sequence=seq,
                    tracking_code_hash=code_hash(code),
                    received_at=received_at,
                    received_on=received_on,
                    channel=channel,
                    due_on=clock.request_due(cal, received_on),
                    handler=handler,
                    **data,
                )
                for doc in documents:
                    stored = RequesterDocument(
                        organization=organization,
                        request=request,
                        kind=doc.kind,
                        original_name=doc.name[:200],
                        content_type=sniff_content_type(doc.content[:32]) or "application/octet-stream",
                    )

                    stored.file.save(doc.name, ContentFile(doc.content), save=False)
                    stored.save()
                record_event(
                    request=request,
                    kind=EventKind.RECEIVED,
                    actor=actor or request.requester_name,
                    to_status=Status.RECEIVED,
                    note=f"Diterima melalui {request.get_channel_display().lower()}; batas waktu "
                    f"{request.due_on:%d-%m-%Y}.",
                )
                _notify_receipt(request, code)
                return request, code
        except IntegrityError:
            continue
    raise PpidInputError({"": "Nomor pendaftaran bentrok; silakan kirim ulang."})


def _notify_receipt(request: InformationRequest, code: str) -> None:
    if not request.email:
        return
    from humpro.ppid.pdf import receipt_pdf

    pdf = receipt_pdf(request)
    outbox_enqueue(
        recipient=request.email,
        organization=request.organization,
        related=request,
        subject=f"Tanda terima permohonan informasi {request.number}",
        body=(
            f"Yth. {request.requester_name},\n\nPermohonan informasi Anda telah kami terima "
            "dengan nomor "
            f"pendaftaran {request.number}. Kode lacak rahasia: {code}\n"
            f"Pemberitahuan tertulis paling lambat {request.due_on:%d-%m-%Y} (10 hari kerja).\n\n"
            f"PPID {request.organization.name}"
        ),
        attachments=[Attachment(f"tanda-terima-{request.number}.pdf", pdf, "application/pdf")],
        purpose="ppid.receipt",
        dedupe_key=f"ppid:receipt:{request.pk}",
    )
