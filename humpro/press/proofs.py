"""Proofs of publication (bukti tayang): upload checks, submit → verify/return, payments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from humpro.core.files import sniff_content_type
from humpro.press.contracts import record_transition
from humpro.press.models import (
    Contract,
    Deliverable,
    PaymentRequest,
    PaymentTransition,
    Proof,
)

MB = 1024 * 1024
# Accepted content (sniffed from the file's first bytes, never from the client's header) and size.
IMAGE_TYPES = {"image/png", "image/jpeg", "image/webp"}
ALLOWED = {
    Proof.Kind.ONLINE: (IMAGE_TYPES | {"application/pdf"}, 10 * MB),
    Proof.Kind.PRINT: (IMAGE_TYPES | {"application/pdf"}, 20 * MB),
    Proof.Kind.BROADCAST: (
        {"audio/mpeg", "audio/mp4", "video/mp4", "audio/ogg", "audio/wav", "video/webm"},
        200 * MB,
    ),
}
KIND_LABEL = {
    Proof.Kind.ONLINE: "tangkapan layar (PNG/JPEG/WebP/PDF)",
    Proof.Kind.PRINT: "pindaian halaman (PNG/JPEG/WebP/PDF)",
    Proof.Kind.BROADCAST: "rekaman siaran (MP3/M4A/MP4/OGG/WAV/WebM)",
}


def check_upload(kind: str, upload: UploadedFile) -> str:
    """The sniffed content type of a proof file; ValidationError when not acceptable."""
    if kind not in ALLOWED:
        raise ValidationError("Jenis bukti tidak dikenal.")
    types, limit = ALLOWED[kind]
    if upload.size is None or upload.size == 0:
        raise ValidationError("Berkas bukti kosong.")
    if upload.size > limit:
        raise ValidationError(f"Berkas terlalu besar: {upload.size / MB:.1f} MB (maks. {limit // MB} MB).")
    upload.seek(0)
    head = upload.read(32)
    upload.seek(0)
    content_type = sniff_content_type(head)
    if content_type not in types:
        raise ValidationError(f"Isi berkas tidak sesuai: untuk bukti ini unggah {KIND_LABEL[kind]}.")
    if content_type in IMAGE_TYPES:
        from PIL import Image

        try:
            with Image.open(upload) as image:
                image.verify()
        except Exception as exc:
            raise ValidationError("Berkas gambar rusak atau tidak dapat dibaca.") from exc
        finally:
            upload.seek(0)
    return content_type


def _actor(user: Any) -> Any:
    return user if getattr(user, "is_authenticated", False) else None


@transaction.atomic
def proof_submit(
    *,
    deliverable: Deliverable,
    kind: str,
    published_on: dt.date,
    upload: UploadedFile,
    url: str = "",
    note: str = "",
    user: Any = None,
) -> Proof:
    """Attach a proof to a deliverable that has none pending (new, or returned)."""
    deliverable = Deliverable.objects.select_for_update().select_related("contract").get(pk=deliverable.pk)
    contract = deliverable.contract
    problems = []
    if contract.status != Contract.Status.ACTIVE:
        problems.append("Kontrak tidak sedang berjalan: bukti tayang tidak dapat diajukan.")
    if deliverable.status in (Deliverable.Status.SUBMITTED, Deliverable.Status.VERIFIED):
        problems.append(
            f'Keluaran ini berstatus "{deliverable.get_status_display().lower()}"; '
            "bukti baru hanya untuk keluaran yang belum ada bukti atau dikembalikan."
        )
    if kind == Proof.Kind.ONLINE and not url:
        problems.append("Bukti media daring wajib menyertakan URL tayang.")
    today = timezone.localdate()
    if published_on > today:
        problems.append("Tanggal tayang tidak boleh di masa depan.")
    if published_on < contract.start_date:
        problems.append(f"Tanggal tayang sebelum kontrak dimulai ({contract.start_date:%d/%m/%Y}).")
    try:
        content_type = check_upload(kind, upload)
    except ValidationError as exc:
        problems.extend(exc.messages)
        content_type = ""
    if problems:
        raise ValidationError(problems)
    proof = Proof.objects.create(
        organization=deliverable.organization,
        deliverable=deliverable,
        kind=kind,
        url=url,
        published_on=published_on,
        file=upload,
        content_type=content_type,
        note=note,
        submitted_by=_actor(user),
    )
    record_transition(deliverable, Deliverable.Status.SUBMITTED, actor=user, note=note)
    deliverable.save()
    return proof


def _pending_proof(proof: Proof) -> Proof:
    proof = Proof.objects.select_for_update().select_related("deliverable").get(pk=proof.pk)
    if proof.status != Proof.Status.SUBMITTED or proof.deliverable.status != Deliverable.Status.SUBMITTED:
        raise ValidationError(f"Bukti ini sudah {proof.get_status_display().lower()}; tidak ada yang diperiksa.")
    return proof


@transaction.atomic
def proof_verify(*, proof: Proof, user: Any = None, note: str = "") -> Proof:
    proof = _pending_proof(proof)
    deliverable = proof.deliverable
    proof.status, proof.review_note = Proof.Status.VERIFIED, note
    proof.save()
    record_transition(deliverable, Deliverable.Status.VERIFIED, actor=user, note=note)
    deliverable.verified_at = timezone.now()
    deliverable.on_time = proof.published_on <= deliverable.due_date
    deliverable.save()
    return proof


@transaction.atomic
def proof_return(*, proof: Proof, reason: str, user: Any = None) -> Proof:
    if not reason.strip():
        raise ValidationError("Alasan pengembalian wajib diisi agar media tahu apa yang harus diperbaiki.")
    proof = _pending_proof(proof)
    deliverable = proof.deliverable
    proof.status, proof.review_note = Proof.Status.RETURNED, reason.strip()
    proof.save()
    record_transition(deliverable, Deliverable.Status.RETURNED, actor=user, note=reason.strip())
    deliverable.save()
    return proof


def payable_deliverables(contract: Contract) -> list[Deliverable]:
    """Verified deliverables of a contract not yet in a live payment request."""
    return list(
        contract.deliverables.filter(status=Deliverable.Status.VERIFIED, payment__isnull=True).select_related("quota")
    )


@transaction.atomic
def payment_request_create(
    *, contract: Contract, deliverable_ids: list[int], user: Any = None, note: str = ""
) -> PaymentRequest:
    """A termin for verified deliverables only; the amount is the sum of their unit prices."""
    contract = Contract.objects.select_for_update().get(pk=contract.pk)
    if contract.status == Contract.Status.CANCELLED:
        raise ValidationError("Kontrak dibatalkan: tidak dapat mengajukan pembayaran.")
    ids = set(deliverable_ids)
    if not ids:
        raise ValidationError("Pilih minimal satu keluaran yang sudah terverifikasi.")
    items = list(Deliverable.objects.select_for_update().filter(contract=contract, pk__in=ids).select_related("quota"))
    problems = []
    if len(items) != len(ids):
        problems.append("Sebagian keluaran tidak ditemukan di kontrak ini.")
    for item in items:
        if item.status != Deliverable.Status.VERIFIED:
            problems.append(f"{item}: belum terverifikasi ({item.get_status_display().lower()}).")
        elif item.payment_id is not None:
            problems.append(f"{item}: sudah masuk pengajuan termin lain.")
    if problems:
        raise ValidationError(problems)
    amount = sum((item.quota.unit_price for item in items), Decimal(0))
    term = (contract.payments.aggregate(n=Max("term"))["n"] or 0) + 1
    payment = PaymentRequest.objects.create(
        organization=contract.organization, contract=contract, term=term, amount=amount
    )
    PaymentTransition.objects.create(payment=payment, to_status=payment.status, note=note, actor=_actor(user))
    Deliverable.objects.filter(pk__in=ids).update(payment=payment)
    return payment


PAYMENT_FLOW = {
    PaymentRequest.Status.SUBMITTED: {
        PaymentRequest.Status.APPROVED,
        PaymentRequest.Status.REJECTED,
    },
    PaymentRequest.Status.APPROVED: {PaymentRequest.Status.PAID, PaymentRequest.Status.REJECTED},
}


@transaction.atomic
def payment_set_status(
    *,
    payment: PaymentRequest,
    status: str,
    user: Any = None,
    note: str = "",
    reference: str = "",
    paid_on: dt.date | None = None,
) -> PaymentRequest:
    payment = PaymentRequest.objects.select_for_update().get(pk=payment.pk)
    if status not in PAYMENT_FLOW.get(payment.status, set()):
        raise ValidationError(
            f"Status pembayaran tidak dapat diubah dari {payment.get_status_display().lower()} ke {status!r}."
        )
    if status == PaymentRequest.Status.PAID and not (reference.strip() and paid_on):
        raise ValidationError("Pembayaran dicatat dengan nomor SP2D/bukti bayar dan tanggal bayar.")
    if status == PaymentRequest.Status.REJECTED and not note.strip():
        raise ValidationError("Alasan penolakan wajib diisi.")
    PaymentTransition.objects.create(
        payment=payment,
        from_status=payment.status,
        to_status=status,
        note=note.strip(),
        actor=_actor(user),
    )
    payment.status = status
    if status == PaymentRequest.Status.PAID:
        payment.reference, payment.paid_on = reference.strip(), paid_on
    payment.save()
    if status == PaymentRequest.Status.REJECTED:
        payment.deliverables.update(payment=None)  # the items may be requested again
    return payment
