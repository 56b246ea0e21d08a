"""Proof-of-publication suggestions from media monitoring (issue 6 → issue 5).

When monitoring saw a contracted outlet publish — a pickup of one of our releases, or any of its
articles — inside the period of an open deliverable (no proof yet, or proof returned), the
publication is suggested on the contract page. Media relations accept it with one click: a
`Proof` of kind URL (`online`) is created through the normal `proof_submit` service, submitted by
the staff member, with a dated PDF record of what monitoring captured as the file; it is then
verified or returned through the normal flow.

Press never imports monitoring: publications come from the provider registered in
`humpro.press.hooks` (see there); without one there are simply no suggestions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from humpro.press import hooks
from humpro.press.hooks import Publication
from humpro.press.models import Contract, Deliverable, DeliverableKind, Proof
from humpro.press.proofs import proof_submit

# Deliverables a news article can prove (banners and broadcast spots need their own evidence).
SUGGESTIBLE = (DeliverableKind.ARTICLE, DeliverableKind.ADVERTORIAL)
OPEN = (Deliverable.Status.PENDING, Deliverable.Status.RETURNED)
PER_DELIVERABLE = 5


def used_urls(contract: Contract) -> set[str]:
    """URLs already given as proof (submitted or verified) for a deliverable of the contract."""
    return set(
        Proof.objects.filter(deliverable__contract=contract)
        .exclude(status=Proof.Status.RETURNED)
        .exclude(url="")
        .values_list("url", flat=True)
    )


def _fits(deliverable: Deliverable, publication: Publication, today: dt.date) -> bool:
    return (
        deliverable.period_start <= publication.published_on <= deliverable.due_date
        and publication.published_on <= today
    )


def contract_suggestions(
    contract: Contract, limit: int = PER_DELIVERABLE
) -> list[tuple[Deliverable, list[Publication]]]:
    """(open deliverable, its suggested publications — pickups first), only those with any."""
    provider = hooks.coverage_provider()
    if provider is None or contract.status != Contract.Status.ACTIVE:
        return []
    open_items = list(
        contract.deliverables.filter(status__in=OPEN, kind__in=SUGGESTIBLE).order_by("due_date", "sequence")
    )
    if not open_items:
        return []
    today = timezone.localdate()
    start = min(d.period_start for d in open_items)
    end = min(max(d.due_date for d in open_items), today)
    if end < start:
        return []
    used = used_urls(contract)
    found = [
        p
        for p in provider.publications(contract.organization, contract.outlet_id, start, end)
        if p.url not in used
    ]
    result = []
    for deliverable in open_items:
        mine = [p for p in found if _fits(deliverable, p, today)][:limit]
        if mine:
            result.append((deliverable, mine))
    return result


def deliverable_suggestions(deliverable: Deliverable) -> list[Publication]:
    for item, publications in contract_suggestions(deliverable.contract, limit=50):
        if item.pk == deliverable.pk:
            return publications
    return []


def capture_pdf(deliverable: Deliverable, publication: Publication, user: Any = None) -> bytes:
    """A dated PDF record of what monitoring captured (the proof file of an accepted suggestion)."""
    from weasyprint import HTML

    html = render_to_string(
        "press/suggestion_capture.html",
        {
            "deliverable": deliverable,
            "contract": deliverable.contract,
            "p": publication,
            "captured_at": timezone.localtime(publication.captured_at) if publication.captured_at else None,
            "now": timezone.localtime(),
            "user": user,
        },
    )
    return HTML(string=html).write_pdf()


def suggestion_accept(*, deliverable: Deliverable, key: str, user: Any = None) -> Proof:
    """Turn a suggested publication into a submitted proof (kind URL) of the deliverable."""
    provider = hooks.coverage_provider()
    if provider is None:
        raise ValidationError("Pemantauan media belum tersedia: usulan bukti tidak dapat diterima.")
    deliverable = Deliverable.objects.select_related("contract__outlet", "organization").get(pk=deliverable.pk)
    contract = deliverable.contract
    if deliverable.kind not in SUGGESTIBLE:
        raise ValidationError("Usulan bukti dari pemantauan hanya untuk keluaran berita/artikel dan advertorial.")
    publication = provider.publication(contract.organization, contract.outlet_id, str(key))
    if publication is None:
        raise ValidationError(
            f"Usulan bukti tidak ditemukan: berita ini tidak tercatat sebagai terbitan {contract.outlet.name}."
        )
    if not _fits(deliverable, publication, timezone.localdate()):
        raise ValidationError(
            f"Berita terbit {publication.published_on:%d/%m/%Y}, di luar periode keluaran ini "
            f"({deliverable.period_start:%d/%m/%Y}–{deliverable.due_date:%d/%m/%Y})."
        )
    pdf = capture_pdf(deliverable, publication, user)
    note = f"Diusulkan pemantauan media: {publication.title}"
    if publication.pickup_of:
        note += f" (memuat ulang siaran pers: {publication.pickup_of})"
    with transaction.atomic():
        Contract.objects.select_for_update().filter(pk=contract.pk).first()  # one accept at a time
        if publication.url in used_urls(contract):
            raise ValidationError("Berita ini sudah menjadi bukti tayang keluaran lain pada kontrak ini.")
        return proof_submit(
            deliverable=deliverable,
            kind=Proof.Kind.ONLINE,
            url=publication.url[:500],
            published_on=publication.published_on,
            upload=SimpleUploadedFile(
                f"pemantauan-{publication.key}.pdf", pdf, content_type="application/pdf"
            ),
            note=note[:2000],
            user=user,
        )
