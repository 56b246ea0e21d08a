"""REST endpoints of agenda under /api/v1/orgs/{org}/agenda/...

Auth and errors: see humpro/api.py.

Invalid input → 422 with an Indonesian `detail`; a clash whose rule is "block" → 409.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import File, Router, Status, UploadedFile
from ninja.errors import HttpError

from humpro.agenda import services
from humpro.agenda.api_schemas import (
    AssignmentIn,
    AssignmentOut,
    AttachmentOut,
    ClashCheckIn,
    ClashOut,
    DispositionIn,
    DispositionOut,
    InvitationDetailOut,
    InvitationIn,
    InvitationOut,
    ItemIn,
    ItemOut,
    ItemSaved,
    StatusIn,
    WhenWhere,
)
from humpro.agenda.clash import Clash
from humpro.agenda.invitations import (
    invitation_add_attachments,
    invitation_dispose,
    invitation_register,
)
from humpro.agenda.models import AgendaItem, Invitation, InvitationSource
from humpro.agenda.selectors import clashes_by_item, items_in_range
from humpro.agenda.validation import AgendaError, max_attachment_bytes
from humpro.api import org_for

router = Router(tags=["agenda"])


def _clashes(clashes: list[Clash]) -> list[dict[str, Any]]:
    return [
        {
            "kind": c.kind,
            "action": c.action,
            "blocking": c.blocking,
            "message": c.message,
            "other_id": c.other_id,
            "person": c.person,
        }
        for c in clashes
    ]


def _when(payload: WhenWhere) -> dict[str, Any]:
    return {
        "start": payload.start,
        "end": payload.end,
        "all_day": payload.all_day,
        "timezone_name": payload.timezone,
        "venue_name": payload.venue_name,
        "venue_address": payload.venue_address,
        "latitude": payload.latitude,
        "longitude": payload.longitude,
        "dress_code": payload.dress_code,
    }


def _fail(exc: AgendaError) -> HttpError:
    if isinstance(exc, services.ClashBlocked):
        return HttpError(409, str(exc))
    return HttpError(422, str(exc))


def _invitation_detail(invitation: Invitation) -> dict[str, Any]:
    data = {f: getattr(invitation, f) for f in InvitationOut.model_fields}
    data["attachments"] = list(invitation.attachments.all())
    data["dispositions"] = list(invitation.dispositions.all())
    data["agenda_item_ids"] = list(invitation.agenda_items.values_list("id", flat=True))
    return data


@router.get("/orgs/{org}/agenda/invitations", response=list[InvitationOut], summary="Daftar undangan")
def invitation_list_api(request: HttpRequest, org: str, status: str = "", limit: int = 100, offset: int = 0) -> Any:
    organization = org_for(request, org, "agenda.view")
    qs = Invitation.objects.for_org(organization).order_by("-created_at")
    if status:
        qs = qs.filter(status=status)
    limit = min(max(limit, 1), 500)
    return list(qs[offset : offset + limit])


@router.post("/orgs/{org}/agenda/invitations", response={201: InvitationDetailOut}, summary="Catat undangan")
def invitation_create_api(request: HttpRequest, org: str, payload: InvitationIn) -> Status:
    organization = org_for(request, org, "agenda.change")
    data = payload.dict()
    try:
        invitation = invitation_register(
            organization=organization,
            by=request.user,
            source=InvitationSource.API,
            invited_leader=data.pop("invited_leader_id"),
            **{
                k: data[k]
                for k in (
                    "sender_name",
                    "sender_institution",
                    "sender_email",
                    "sender_phone",
                    "letter_number",
                    "letter_date",
                    "event_title",
                    "description",
                    "contact_name",
                    "contact_phone",
                    "level",
                )
            },
            **_when(payload),
        )
    except AgendaError as exc:
        raise _fail(exc) from exc
    return Status(201, _invitation_detail(invitation))


@router.get(
    "/orgs/{org}/agenda/invitations/{invitation_id}",
    response=InvitationDetailOut,
    summary="Satu undangan",
)
def invitation_detail_api(request: HttpRequest, org: str, invitation_id: int) -> Any:
    organization = org_for(request, org, "agenda.view")
    return _invitation_detail(get_object_or_404(Invitation.objects.for_org(organization), pk=invitation_id))


@router.post(
    "/orgs/{org}/agenda/invitations/{invitation_id}/attachments",
    response={201: list[AttachmentOut]},
    summary="Tambah lampiran (PDF/gambar) ke undangan",
)
def invitation_attach_api(
    request: HttpRequest,
    org: str,
    invitation_id: int,
    file: UploadedFile = File(...),  # noqa: B008
) -> Status:
    organization = org_for(request, org, "agenda.change")
    invitation = get_object_or_404(Invitation.objects.for_org(organization), pk=invitation_id)
    try:
        stored = invitation_add_attachments(
            invitation=invitation,
            files=[(file.name or "lampiran", file.read(max_attachment_bytes() + 1))],
        )
    except AgendaError as exc:
        raise _fail(exc) from exc
    return Status(201, stored)


@router.post(
    "/orgs/{org}/agenda/invitations/{invitation_id}/dispositions",
    response={201: DispositionOut},
    summary="Beri disposisi (hadir / diwakili / tidak_hadir / koordinasi)",
)
def disposition_create_api(request: HttpRequest, org: str, invitation_id: int, payload: DispositionIn) -> Status:
    organization = org_for(request, org, "agenda.dispose")
    invitation = get_object_or_404(Invitation.objects.for_org(organization), pk=invitation_id)
    try:
        disposition = invitation_dispose(
            invitation=invitation,
            by=request.user,
            decision=payload.decision,
            leader=payload.leader_id,
            representative=payload.representative_id,
            reason=payload.reason,
            coordinate_with=payload.coordinate_with,
            note=payload.note,
            visibility=payload.visibility,
        )
    except AgendaError as exc:
        raise _fail(exc) from exc
    return Status(201, disposition)


@router.get("/orgs/{org}/agenda/items", response=list[ItemOut], summary="Agenda dalam rentang waktu")
def item_list_api(
    request: HttpRequest,
    org: str,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    leader_id: int | None = None,
) -> Any:
    organization = org_for(request, org, "agenda.view")
    start = start or dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    end = end or start + dt.timedelta(days=31)
    if end < start:
        raise HttpError(422, "Akhir rentang tidak boleh sebelum awal rentang.")
    if end - start > dt.timedelta(days=400):
        raise HttpError(422, "Rentang paling panjang 400 hari.")
    return list(items_in_range(organization=organization, start=start, end=end, leader_id=leader_id))


def _item_kwargs(payload: ItemIn) -> dict[str, Any]:
    return {
        "title": payload.title,
        "leader": payload.leader_id,
        "representative": payload.representative_id,
        "description": payload.description,
        "status": payload.status,
        "visibility": payload.visibility,
        "level": payload.level,
        "unscheduled": payload.unscheduled,
        **_when(payload),
    }


@router.post(
    "/orgs/{org}/agenda/items",
    response={201: ItemSaved},
    summary="Tambah agenda (dengan cek bentrok)",
)
def item_create_api(request: HttpRequest, org: str, payload: ItemIn) -> Status:
    organization = org_for(request, org, "agenda.change")
    try:
        result = services.agenda_item_save(organization=organization, by=request.user, **_item_kwargs(payload))
    except AgendaError as exc:
        raise _fail(exc) from exc
    return Status(201, {"item": result.item, "clashes": _clashes(result.clashes)})


@router.get("/orgs/{org}/agenda/items/{item_id}", response=ItemSaved, summary="Satu agenda dan bentroknya")
def item_detail_api(request: HttpRequest, org: str, item_id: int) -> Any:
    organization = org_for(request, org, "agenda.view")
    item = get_object_or_404(AgendaItem.objects.for_org(organization), pk=item_id)
    return {
        "item": item,
        "clashes": _clashes(clashes_by_item(organization=organization, items=[item]).get(item.pk, [])),
    }


@router.put("/orgs/{org}/agenda/items/{item_id}", response=ItemSaved, summary="Ubah agenda")
def item_update_api(request: HttpRequest, org: str, item_id: int, payload: ItemIn) -> Any:
    organization = org_for(request, org, "agenda.change")
    item = get_object_or_404(AgendaItem.objects.for_org(organization), pk=item_id)
    try:
        result = services.agenda_item_save(
            organization=organization, by=request.user, item=item, **_item_kwargs(payload)
        )
    except AgendaError as exc:
        raise _fail(exc) from exc
    return {"item": result.item, "clashes": _clashes(result.clashes)}


@router.post("/orgs/{org}/agenda/items/{item_id}/status", response=ItemOut, summary="Ubah status agenda")
def item_status_api(request: HttpRequest, org: str, item_id: int, payload: StatusIn) -> Any:
    organization = org_for(request, org, "agenda.change")
    item = get_object_or_404(AgendaItem.objects.for_org(organization), pk=item_id)
    try:
        return services.agenda_item_set_status(item=item, to_status=payload.status, by=request.user, note=payload.note)
    except AgendaError as exc:
        raise _fail(exc) from exc


@router.post(
    "/orgs/{org}/agenda/items/{item_id}/assignments",
    response={201: AssignmentOut},
    summary="Tugaskan petugas (ajudan, protokol, peliput, fotografer)",
)
def assignment_create_api(request: HttpRequest, org: str, item_id: int, payload: AssignmentIn) -> Status:
    from django.contrib.auth import get_user_model

    from humpro.officials.models import Official

    organization = org_for(request, org, "agenda.change")
    item = get_object_or_404(AgendaItem.objects.for_org(organization), pk=item_id)
    official = (
        get_object_or_404(Official.objects.for_org(organization), pk=payload.official_id)
        if payload.official_id
        else None
    )
    user = get_object_or_404(get_user_model(), pk=payload.user_id) if payload.user_id else None
    try:
        assignment = services.assignment_add(item=item, role=payload.role, user=user, official=official)
    except AgendaError as exc:
        raise _fail(exc) from exc
    return Status(201, assignment)


@router.post(
    "/orgs/{org}/agenda/clash-check",
    response=list[ClashOut],
    summary="Cek bentrok sebuah agenda tanpa menyimpannya",
)
def clash_check_api(request: HttpRequest, org: str, payload: ClashCheckIn) -> Any:
    organization = org_for(request, org, "agenda.view")
    try:
        clashes = services.check_proposed(
            organization=organization,
            leader=payload.leader_id,
            representative=payload.representative_id,
            item_id=payload.item_id,
            title=payload.title,
            **{k: v for k, v in _when(payload).items() if k not in ("venue_address", "dress_code")},
        )
    except AgendaError as exc:
        raise _fail(exc) from exc
    return _clashes(clashes)
