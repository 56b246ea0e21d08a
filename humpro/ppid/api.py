"""REST endpoints of ppid under /api/v1/orgs/{org}/ppid/... and the public request endpoint."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from humpro.api import org_for
from humpro.core.workdays import calendar_for
from humpro.orgs.models import Organization
from humpro.ppid import clock, services
from humpro.ppid.access import can_answer, is_utama, visible_dispositions, visible_requests
from humpro.ppid.models import Channel, Disposition, InformationRequest
from humpro.ppid.ratelimit import is_limited, record_hit
from humpro.ppid.reports import ppid_kpis
from humpro.ppid.selectors import request_search, with_countdown
from humpro.ppid.services_intake import request_create
from humpro.ppid.validation import PpidInputError

router = Router(tags=["ppid"])


class RequestIn(Schema):
    requester_kind: str = "perorangan"
    requester_name: str = Field(max_length=200)
    nik: str = ""
    representative: str = ""
    address: str
    phone: str = ""
    email: str = ""
    occupation: str = ""
    information: str
    purpose: str
    form: str = "softcopy"
    delivery: str = "email"


class StaffRequestIn(RequestIn):
    channel: str = Channel.COUNTER
    received_at: dt.datetime | None = None


class DispositionOut(Schema):
    id: int
    unit_id: int
    unit: str
    instruction: str
    answer: str
    held: bool
    answered_at: dt.datetime | None


class RequestOut(Schema):
    id: int
    number: str
    status: str
    channel: str
    received_at: dt.datetime
    received_on: dt.date
    requester_name: str
    information: str
    purpose: str
    due_on: dt.date
    extended_due_on: dt.date | None
    working_days_left: int | None
    countdown: str
    decision: str
    response: str
    exemptions: list[str]
    consequence_test: str
    holding_body: str
    notice_issued_at: dt.datetime | None
    dispositions: list[DispositionOut]


class CreatedOut(Schema):
    id: int
    number: str
    tracking_code: str
    due_on: dt.date


class PublicCreatedOut(Schema):
    number: str
    tracking_code: str
    due_on: dt.date


class DisposeIn(Schema):
    unit_ids: list[int]
    instruction: str = ""


class AnswerIn(Schema):
    answer: str
    held: bool = True


class ExtendIn(Schema):
    reason: str


class DecideIn(Schema):
    decision: str
    response: str = ""
    exemptions: list[str] = []
    consequence_test: str = ""
    holding_body: str = ""
    fee: int = 0
    fee_payment: str = ""


class DeadlineOut(Schema):
    received: str
    due: str
    extended_due: str | None
    working_days: int


def _out(request: HttpRequest, org: Organization, obj: InformationRequest) -> dict[str, Any]:
    with_countdown([obj], org)
    return {
        **{
            f: getattr(obj, f)
            for f in (
                "number",
                "status",
                "channel",
                "received_at",
                "received_on",
                "requester_name",
                "information",
                "purpose",
                "due_on",
                "extended_due_on",
                "decision",
                "response",
                "exemptions",
                "consequence_test",
                "holding_body",
                "notice_issued_at",
            )
        },
        "id": obj.pk,
        "working_days_left": obj.left,
        "countdown": obj.countdown,
        "dispositions": [
            {
                "id": d.pk,
                "unit_id": d.unit_id,
                "unit": d.unit.name,
                "instruction": d.instruction,
                "answer": d.answer,
                "held": d.held,
                "answered_at": d.answered_at,
            }
            for d in visible_dispositions(request.user, org, obj)
        ],
    }


def _invalid(exc: PpidInputError) -> HttpError:
    return HttpError(422, "; ".join(exc.errors.values()))


def _utama(request: HttpRequest, org: Organization) -> None:
    if not is_utama(request.user, org):
        raise HttpError(403, "Hanya PPID Utama yang dapat melakukan operasi ini.")


def _get(request: HttpRequest, org: Organization, request_id: int) -> InformationRequest:
    return get_object_or_404(visible_requests(request.user, org), pk=request_id)


@router.get("/orgs/{org}/ppid/requests", response=list[RequestOut], summary="Register permohonan")
def request_list_api(
    request: HttpRequest,
    org: str,
    q: str = "",
    status: str = "",
    overdue: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> list[dict]:
    organization = org_for(request, org, "ppid.view")
    limit = min(max(limit, 1), 500)
    qs = request_search(
        visible_requests(request.user, organization),
        q=q,
        status=status,
        overdue=overdue,
        org=organization,
    )[offset : offset + limit]
    return [_out(request, organization, r) for r in qs]


@router.post(
    "/orgs/{org}/ppid/requests",
    response={201: CreatedOut},
    summary="Catat permohonan (loket/surat/email); kode lacak hanya tampil sekali",
)
def request_create_api(request: HttpRequest, org: str, payload: StaffRequestIn) -> Status:
    organization = org_for(request, org, "ppid.manage")
    _utama(request, organization)
    data = payload.dict()
    try:
        obj, code = request_create(
            organization=organization,
            data=data,
            channel=data.pop("channel"),
            received_at=data.pop("received_at"),
            actor=request.user,
            handler=request.user,
        )
    except PpidInputError as exc:
        raise _invalid(exc) from exc
    return Status(
        201, {"id": obj.pk, "number": obj.number, "tracking_code": code, "due_on": obj.due_on}
    )


@router.get(
    "/orgs/{org}/ppid/requests/{request_id}", response=RequestOut, summary="Satu permohonan"
)
def request_detail_api(request: HttpRequest, org: str, request_id: int) -> dict:
    organization = org_for(request, org, "ppid.view")
    return _out(request, organization, _get(request, organization, request_id))


@router.post(
    "/orgs/{org}/ppid/requests/{request_id}/dispose",
    response=RequestOut,
    summary="Disposisi ke unit PPID Pelaksana",
)
def request_dispose_api(
    request: HttpRequest, org: str, request_id: int, payload: DisposeIn
) -> dict:
    organization = org_for(request, org, "ppid.manage")
    _utama(request, organization)
    obj = _get(request, organization, request_id)
    units = list(organization.units.filter(pk__in=payload.unit_ids))
    if len(units) != len(set(payload.unit_ids)):
        raise HttpError(422, "Unit tidak ditemukan di organisasi ini.")
    try:
        services.request_dispose(
            request=obj, units=units, instruction=payload.instruction, actor=request.user
        )
    except PpidInputError as exc:
        raise _invalid(exc) from exc
    obj.refresh_from_db()
    return _out(request, organization, obj)


@router.post(
    "/orgs/{org}/ppid/dispositions/{disposition_id}/answer",
    response=RequestOut,
    summary="Jawaban unit atas disposisi",
)
def disposition_answer_api(
    request: HttpRequest, org: str, disposition_id: int, payload: AnswerIn
) -> dict:
    organization = org_for(request, org, "ppid.answer")
    disposition = get_object_or_404(Disposition.objects.for_org(organization), pk=disposition_id)
    if not can_answer(request.user, organization, disposition):
        raise HttpError(403, "Disposisi ini bukan untuk unit Anda.")
    try:
        services.disposition_answer(
            disposition=disposition, answer=payload.answer, held=payload.held, actor=request.user
        )
    except PpidInputError as exc:
        raise _invalid(exc) from exc
    obj = InformationRequest.objects.get(pk=disposition.request_id)
    return _out(request, organization, obj)


@router.post(
    "/orgs/{org}/ppid/requests/{request_id}/extend",
    response=RequestOut,
    summary="Perpanjang 7 hari kerja dengan alasan tertulis",
)
def request_extend_api(request: HttpRequest, org: str, request_id: int, payload: ExtendIn) -> dict:
    organization = org_for(request, org, "ppid.manage")
    _utama(request, organization)
    obj = _get(request, organization, request_id)
    try:
        services.request_extend(request=obj, reason=payload.reason, actor=request.user)
    except PpidInputError as exc:
        raise _invalid(exc) from exc
    return _out(request, organization, obj)


@router.post(
    "/orgs/{org}/ppid/requests/{request_id}/decide",
    response=RequestOut,
    summary="Keputusan dan surat pemberitahuan tertulis",
)
def request_decide_api(request: HttpRequest, org: str, request_id: int, payload: DecideIn) -> dict:
    organization = org_for(request, org, "ppid.manage")
    _utama(request, organization)
    obj = _get(request, organization, request_id)
    try:
        obj = services.request_decide(request=obj, actor=request.user, **payload.dict())
    except PpidInputError as exc:
        raise _invalid(exc) from exc
    return _out(request, organization, obj)


@router.get(
    "/orgs/{org}/ppid/deadline",
    response=DeadlineOut,
    summary="Hitung batas waktu (10 hari kerja, +7 perpanjangan, 30 untuk keberatan)",
)
def deadline_api(
    request: HttpRequest,
    org: str,
    received: dt.date,
    extended: bool = False,
    objection: bool = False,
) -> dict:
    organization = org_for(request, org, "ppid.view")
    cal = calendar_for(organization)
    if objection:
        return clock.objection_deadline(cal, received).as_dict()
    return clock.request_deadline(cal, received, extended=extended).as_dict()


@router.get("/orgs/{org}/ppid/kpis", summary="Angka kinerja PPID untuk periode (modul KPI)")
def kpis_api(request: HttpRequest, org: str, start: dt.date, end: dt.date) -> dict:
    organization = org_for(request, org, "ppid.report")
    if end < start:
        raise HttpError(422, "Tanggal akhir tidak boleh sebelum tanggal awal.")
    return ppid_kpis(organization, start, end)


@router.post(
    "/public/{org_slug}/ppid/requests",
    auth=None,
    response={201: PublicCreatedOut},
    summary="Permohonan informasi dari publik (tanpa login, dibatasi per IP)",
)
def public_request_api(request: HttpRequest, org_slug: str, payload: RequestIn) -> Status:
    organization = get_object_or_404(Organization, slug=org_slug)
    if is_limited(request, "mohon"):
        raise HttpError(
            429, "Terlalu banyak permohonan dari alamat Anda. Coba lagi dalam satu jam."
        )
    record_hit(request, "mohon")
    try:
        obj, code = request_create(
            organization=organization, data=payload.dict(), channel=Channel.WEB
        )
    except PpidInputError as exc:
        raise _invalid(exc) from exc
    return Status(201, {"number": obj.number, "tracking_code": code, "due_on": obj.due_on})
