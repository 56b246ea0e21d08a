"""Writes on the Daftar Informasi Publik (DIP)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from humpro.orgs.models import Organization, Unit
from humpro.ppid.models_dip import Category, PublicDocument, PublicInformation
from humpro.ppid.validation import MAX_DOCUMENT_BYTES, PpidInputError

DIP_FIELDS = (
    "title",
    "summary",
    "category",
    "legal_basis",
    "consequence_test",
    "responsible",
    "form",
    "period",
    "retention",
    "published",
)
DOC_SUFFIXES = {
    "pdf",
    "xlsx",
    "xls",
    "docx",
    "doc",
    "csv",
    "jpg",
    "jpeg",
    "png",
    "zip",
    "odt",
    "ods",
}


def dip_errors(data: dict[str, Any]) -> dict[str, str]:
    errors = {}
    if not (data.get("title") or "").strip():
        errors["title"] = "Judul informasi wajib diisi."
    if data.get("category") not in Category.values:
        errors["category"] = "Pilih kategori: berkala, serta-merta, setiap saat, atau dikecualikan."
    if data.get("category") == Category.DIKECUALIKAN:
        if not (data.get("legal_basis") or "").strip():
            errors["legal_basis"] = (
                "Informasi dikecualikan wajib mencantumkan dasar hukum (Pasal 17)."
            )
        if not (data.get("consequence_test") or "").strip():
            errors["consequence_test"] = (
                "Informasi dikecualikan wajib mencantumkan hasil uji konsekuensi."
            )
    return errors


@transaction.atomic
def dip_save(
    *,
    organization: Organization,
    data: dict[str, Any],
    info: PublicInformation | None = None,
    owner_unit: Unit | None = None,
    last_updated_on: dt.date | None = None,
) -> PublicInformation:
    if errors := dip_errors(data):
        raise PpidInputError(errors)
    if owner_unit is not None and owner_unit.organization_id != organization.pk:
        raise PpidInputError({"owner_unit": "Unit tidak ditemukan di organisasi ini."})
    info = info or PublicInformation(organization=organization)
    for name in DIP_FIELDS:
        if name in data:
            value = data[name]
            setattr(info, name, value.strip() if isinstance(value, str) else value)
    info.owner_unit = owner_unit
    info.last_updated_on = (
        last_updated_on or info.last_updated_on or timezone.localdate(timezone=organization.tz)
    )
    info.save()
    return info


@transaction.atomic
def dip_add_document(
    *, info: PublicInformation, title: str, name: str, content: bytes
) -> PublicDocument:
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in DOC_SUFFIXES:
        raise PpidInputError(
            {"file": "Jenis berkas tidak didukung (PDF, dokumen kantor, gambar, ZIP)."}
        )
    if len(content) > 4 * MAX_DOCUMENT_BYTES:
        raise PpidInputError({"file": "Berkas terlalu besar (maks. 20 MB)."})
    doc = PublicDocument(
        organization_id=info.organization_id,
        info=info,
        title=(title or name).strip()[:300],
        original_name=name[:200],
    )
    doc.file.save(name[-80:], ContentFile(content), save=False)
    doc.save()
    info.last_updated_on = timezone.localdate(timezone=info.organization.tz)
    info.save()
    return doc


def dip_search(
    *, organization: Organization, q: str = "", category: str = "", public_only: bool = False
):  # type: ignore[no-untyped-def]
    from django.db.models import Q

    qs = (
        PublicInformation.objects.for_org(organization)
        .select_related("owner_unit")
        .prefetch_related("documents")
    )
    if public_only:
        qs = qs.filter(
            published=True
        )  # exempt items are listed (with basis), their documents never served
    if category:
        qs = qs.filter(category=category)
    for word in q.split()[:8]:
        qs = qs.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(owner_unit__name__icontains=word)
        )
    return qs
