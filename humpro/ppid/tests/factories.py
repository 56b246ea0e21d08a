"""Test data for PPID (fictional province Nusa Makmur) and the permission-walk registrations."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from django.utils import timezone

from humpro.orgs.models import Organization, Unit
from humpro.ppid.models import Disposition, InformationRequest, Objection
from humpro.ppid.models_dip import PublicDocument, PublicInformation
from humpro.ppid.services import disposition_answer, request_decide, request_dispose
from humpro.ppid.services_dip import dip_add_document, dip_save
from humpro.ppid.services_intake import UploadedDocument, request_create
from humpro.ppid.services_objections import objection_file
from humpro.testing import api_sample, sample

_seq = itertools.count(1)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def person_data(**overrides: Any) -> dict[str, Any]:
    n = next(_seq)
    data = {
        "requester_kind": "perorangan",
        "requester_name": f"Rahmat Hidayat {n}",
        "nik": "7371031505900001",
        "address": "Jl. Cempaka No. 7, Kota Makmur",
        "phone": "081234567890",
        "email": f"pemohon{n}@contoh.test",
        "occupation": "Wartawan",
        "information": "Realisasi anggaran belanja publikasi Biro Humas tahun 2025",
        "purpose": "Bahan liputan transparansi anggaran",
        "form": "softcopy",
        "delivery": "email",
    }
    data.update(overrides)
    return data


def make_unit(org: Organization, name: str | None = None) -> Unit:
    return Unit.objects.create(organization=org, name=name or f"Dinas Uji {next(_seq)}")


def make_request(
    org: Organization,
    *,
    received_at: dt.datetime | None = None,
    documents: bool = False,
    **overrides: Any,
) -> tuple[InformationRequest, str]:
    docs = [UploadedDocument("ktp", "ktp.png", PNG, "image/png")] if documents else []
    return request_create(organization=org, data=person_data(**overrides), documents=docs, received_at=received_at)


def make_disposed(org: Organization, units: list[Unit] | None = None) -> InformationRequest:
    req, _ = make_request(org)
    request_dispose(request=req, units=units or [make_unit(org)], instruction="Siapkan datanya")
    req.refresh_from_db()
    return req


def make_decided(org: Organization) -> InformationRequest:
    req = make_disposed(org)
    for d in req.dispositions.all():
        disposition_answer(disposition=d, answer="Data terlampir.")
    return request_decide(request=req, decision="dikabulkan", response="Data realisasi terlampir.")


def make_objection(org: Organization) -> Objection:
    return objection_file(request=make_decided(org), reasons=["d"], description="Data tidak lengkap.")


def make_dip(org: Organization, **overrides: Any) -> PublicInformation:
    data = {
        "title": f"Laporan keuangan Biro Humas {next(_seq)}",
        "category": "berkala",
        "summary": "Realisasi anggaran semester",
        "published": True,
    }
    data.update(overrides)
    return dip_save(organization=org, data=data, last_updated_on=overrides.pop("last_updated_on", None))


def make_dip_document(org: Organization) -> PublicDocument:
    return dip_add_document(info=make_dip(org), title="LRA 2025", name="lra-2025.pdf", content=b"%PDF-1.4 uji")


# --- permission walk: URL kwargs of the staff views ---------------------------------------------


@sample("ppid:detail")
@sample("ppid:dispose")
@sample("ppid:extend")
@sample("ppid:decide")
@sample("ppid:deliver")
@sample("ppid:receipt")
@sample("ppid:objection_create")
def _request_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_request(org)[0].pk}


@sample("ppid:notice")
def _decided_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_decided(org).pk}


@sample("ppid:answer")
def _disposition_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": Disposition.objects.filter(request=make_disposed(org)).first().pk}


@sample("ppid:identity_document")
def _identity_kwargs(org: Organization) -> dict[str, Any]:
    req, _ = make_request(org, documents=True)
    return {"pk": req.documents.first().pk}


@sample("ppid:objection_detail")
@sample("ppid:objection_respond")
@sample("ppid:objection_dispute")
@sample("ppid:objection_outcome")
def _objection_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_objection(org).pk}


@sample("ppid:dip_detail")
@sample("ppid:dip_edit")
@sample("ppid:dip_upload")
def _dip_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_dip(org).pk}


@sample("ppid:dip_document")
def _dip_document_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_dip_document(org).pk}


# --- API walk ------------------------------------------------------------------------------------


@api_sample("GET", "/api/v1/orgs/{org}/ppid/requests", "ppid.view")
def _api_list(org: Organization) -> dict[str, Any]:
    make_request(org)
    return {}


@api_sample("GET", "/api/v1/orgs/{org}/ppid/deadline", "ppid.view")
def _api_deadline(org: Organization) -> dict[str, Any]:
    return {"query": {"received": "2026-03-16", "extended": "true"}}


@api_sample("GET", "/api/v1/orgs/{org}/ppid/kpis", "ppid.report")
def _api_kpis(org: Organization) -> dict[str, Any]:
    return {"query": {"start": "2026-01-01", "end": "2026-12-31"}}


@api_sample("POST", "/api/v1/orgs/{org}/ppid/requests", "ppid.manage", ok=201)
def _api_create(org: Organization) -> dict[str, Any]:
    data = person_data()
    data["channel"] = "surat"
    return {"json": data}


@api_sample("GET", "/api/v1/orgs/{org}/ppid/requests/{request_id}", "ppid.view")
def _api_detail(org: Organization) -> dict[str, Any]:
    return {"path": {"request_id": make_request(org)[0].pk}}


@api_sample("POST", "/api/v1/orgs/{org}/ppid/requests/{request_id}/dispose", "ppid.manage")
def _api_dispose(org: Organization) -> dict[str, Any]:
    unit = make_unit(org)
    return {"path": {"request_id": make_request(org)[0].pk}, "json": {"unit_ids": [unit.pk]}}


@api_sample("POST", "/api/v1/orgs/{org}/ppid/requests/{request_id}/extend", "ppid.manage")
def _api_extend(org: Organization) -> dict[str, Any]:
    req, _ = make_request(org, received_at=timezone.now())
    return {"path": {"request_id": req.pk}, "json": {"reason": "Data tersebar di beberapa OPD."}}


@api_sample("POST", "/api/v1/orgs/{org}/ppid/dispositions/{disposition_id}/answer", "ppid.answer")
def _api_answer(org: Organization) -> dict[str, Any]:
    d = Disposition.objects.filter(request=make_disposed(org)).first()
    return {"path": {"disposition_id": d.pk}, "json": {"answer": "Data terlampir.", "held": True}}


@api_sample("POST", "/api/v1/orgs/{org}/ppid/requests/{request_id}/decide", "ppid.manage")
def _api_decide(org: Organization) -> dict[str, Any]:
    return {
        "path": {"request_id": make_request(org)[0].pk},
        "json": {"decision": "dikabulkan", "response": "Data terlampir."},
    }
