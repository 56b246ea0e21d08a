from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Router, Schema

from humpro.api import org_for
from humpro.core.workdays import calendar_for
from humpro.orgs.permissions import roles_of, user_organizations

router = Router(tags=["organisasi"])


class OrganizationOut(Schema):
    slug: str
    name: str
    kind: str
    timezone: str
    parent: str | None
    roles: list[str]


@router.get("/orgs", response=list[OrganizationOut], summary="Organisasi tempat saya bekerja")
def org_list_api(request: HttpRequest) -> list[dict]:
    return [
        {"slug": o.slug, "name": o.name, "kind": o.kind, "timezone": o.timezone,
         "parent": o.parent.slug if o.parent else None, "roles": sorted(roles_of(request.user, o))}
        for o in user_organizations(request.user)
    ]


class WorkdayOut(Schema):
    start: dt.date
    working_days: int
    due: dt.date


@router.get("/orgs/{org}/calendar/add-working-days", response=WorkdayOut,
            summary="Tanggal setelah N hari kerja (kalender kerja organisasi)")
def calendar_add_api(request: HttpRequest, org: str, start: dt.date, days: int) -> dict:
    organization = org_for(request, org, "calendar.view")
    if not 0 <= days <= 1000:
        from ninja.errors import HttpError

        raise HttpError(422, "Jumlah hari kerja harus 0–1000.")
    return {"start": start, "working_days": days, "due": calendar_for(organization).add_working_days(start, days)}
