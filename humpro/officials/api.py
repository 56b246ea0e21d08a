from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import File, Router, Schema, Status, UploadedFile
from ninja.errors import HttpError
from pydantic import Field

from humpro.api import org_for
from humpro.core.tabular import check_email
from humpro.officials import services
from humpro.officials.models import Level, Official
from humpro.officials.selectors import officials_list
from humpro.officials.tiers import is_valid_tier

router = Router(tags=["pejabat"])


class OfficeOut(Schema):
    title: str
    institution: str
    level: str
    tier: str
    tier_source: str
    start_date: dt.date | None
    end_date: dt.date | None


class OfficialOut(Schema):
    id: int
    name: str
    full_name: str
    front_title: str
    degrees: str
    phone: str
    email: str
    office: OfficeOut | None


class OfficialIn(Schema):
    name: str = Field(min_length=1, max_length=200)
    front_title: str = ""
    degrees: str = ""
    phone: str = ""
    email: str = ""
    office_title: str = Field(min_length=1, max_length=300)
    institution: str = ""
    level: Level
    tier: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None


class ImportOut(Schema):
    ok: bool
    rows: int
    created: int
    errors: list[dict]
    warnings: list[dict]
    duplicates: list[dict]


def _out(official: Official) -> dict:
    office = official.current_office()
    return {
        "id": official.pk, "name": official.name, "full_name": official.full_name,
        "front_title": official.front_title, "degrees": official.degrees, "phone": official.phone,
        "email": official.email, "office": office,
    }


@router.get("/orgs/{org}/officials", response=list[OfficialOut], summary="Daftar pejabat")
def official_list_api(request: HttpRequest, org: str, q: str = "", level: str = "", tier: str = "",
                      limit: int = 100, offset: int = 0) -> list[dict]:
    organization = org_for(request, org, "officials.view")
    limit = min(max(limit, 1), 500)
    qs = officials_list(organization=organization, q=q, level=level, tier=tier)[offset:offset + limit]
    return [_out(o) for o in qs]


@router.post("/orgs/{org}/officials/import", response={200: ImportOut, 400: ImportOut},
             summary="Impor pejabat dari XLSX/CSV (dry_run=true hanya memeriksa)")
def official_import_api(request: HttpRequest, org: str, file: UploadedFile = File(...),
                        dry_run: bool = True) -> Status:
    organization = org_for(request, org, "officials.import")
    report = services.officials_import(
        organization=organization, content=file.read(), filename=file.name or "", dry_run=dry_run
    )
    return Status(200 if report.ok else 400, report.as_dict())


@router.get("/orgs/{org}/officials/{official_id}", response=OfficialOut, summary="Satu pejabat")
def official_detail_api(request: HttpRequest, org: str, official_id: int) -> dict:
    organization = org_for(request, org, "officials.view")
    return _out(get_object_or_404(Official.objects.for_org(organization), pk=official_id))


@router.post("/orgs/{org}/officials", response={201: OfficialOut}, summary="Tambah pejabat")
def official_create_api(request: HttpRequest, org: str, payload: OfficialIn) -> Status:
    organization = org_for(request, org, "officials.change")
    data = payload.dict()
    if data["tier"] and not is_valid_tier(data["tier"]):
        raise HttpError(422, f"Kode tata tempat tidak dikenal: {data['tier']!r}.")
    if data["start_date"] and data["end_date"] and data["end_date"] < data["start_date"]:
        raise HttpError(422, "Tanggal selesai tidak boleh sebelum tanggal mulai.")
    if message := check_email(data["email"]):
        raise HttpError(422, message)
    with transaction.atomic():
        official = services.official_save(organization=organization, **data)
    return Status(201, _out(official))
