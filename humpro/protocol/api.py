"""REST endpoints of protocol under /api/v1/orgs/{org}/protocol/… (auth and errors: humpro/api.py).

- ``POST …/protocol/order?level=…``: the same JSON in and out as ``humpro protocol order``.
- ``GET …/protocol/row/{n}``: the seat order of a row, as ``humpro protocol row N``.
- events (protocol files), attendees, precedence, manual tiers; seating, rundown and the MC
  script are in ``api_documents`` (same router).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import BaseModel, Field

from humpro.agenda.models import AgendaItem
from humpro.api import org_for
from humpro.officials.models import Official
from humpro.orgs.models import Organization
from humpro.protocol import services
from humpro.protocol.api_io import body_doc, parse, read_json
from humpro.protocol.law.order import order_attendees
from humpro.protocol.law.seating import row_order, row_order_text
from humpro.protocol.law.tiers import LEVELS
from humpro.protocol.models import Attendee, EventProtocol
from humpro.protocol.services import ProtocolError

router = Router(tags=["protokol"])

LevelName = Literal["nasional", "provinsi", "kabupaten"]
MAX_ORDER_ITEMS = 5000

ORDER_ITEM_SCHEMA: dict[str, Any] = {
    "type": "array",
    "items": {"type": "object", "required": ["name", "position"], "properties": {
        "name": {"type": "string"}, "position": {"type": "string"},
        "represents": {"type": "string", "nullable": True},
        "spouse_of": {"type": "string", "nullable": True},
        "tier": {"type": "string", "nullable": True, "description": 'mis. "10.1.g"'},
    }},
}


# --- stateless operations (same as the CLI) ---------------------------------------------------


@router.post("/orgs/{org}/protocol/order", summary="Urutkan peserta menurut tata tempat",
             openapi_extra=body_doc(ORDER_ITEM_SCHEMA))
def order_api(request: HttpRequest, org: str, level: str) -> list[dict[str, Any]]:
    """Body: a JSON list ``[{"name", "position", "represents"?, "spouse_of"?}]``; returns the
    list in precedence order with ``tier``, ``basis`` and ``unmapped`` (as the CLI)."""
    org_for(request, org, "protocol.view")
    if level not in LEVELS:
        raise HttpError(422, f"Tingkat acara tidak dikenal: {level!r}; pilih salah satu: "
                             + ", ".join(LEVELS) + ".")
    data = read_json(request)
    if not isinstance(data, list):
        raise HttpError(422, "Isi permintaan harus berupa daftar (JSON array) peserta, "
                             'misalnya [{"name": "...", "position": "..."}].')
    if len(data) > MAX_ORDER_ITEMS:
        raise HttpError(422, f"Terlalu banyak peserta (maks. {MAX_ORDER_ITEMS}).")
    try:
        return [p.to_dict() for p in order_attendees(data, level)]
    except ValueError as exc:
        raise HttpError(422, str(exc)) from exc


class RowOut(Schema):
    n: int
    order: list[int]
    text: str


@router.get("/orgs/{org}/protocol/row/{n}", response=RowOut,
            summary="Urutan kursi satu baris (sudut pandang yang duduk)")
def row_api(request: HttpRequest, org: str, n: int) -> dict[str, Any]:
    org_for(request, org, "protocol.view")
    if not 1 <= n <= 500:
        raise HttpError(422, "Jumlah kursi harus bilangan bulat 1–500.")
    return {"n": n, "order": row_order(n), "text": row_order_text(n)}


# --- events -------------------------------------------------------------------------------------


class EventOut(Schema):
    id: int
    agenda_item_id: int
    title: str
    start: dt.datetime
    venue_name: str
    level: str
    template: str
    host_id: int | None
    seats_per_row: str
    front_rows: int


class EventIn(BaseModel):
    agenda_item_id: int


class EventPatch(BaseModel):
    level: LevelName | None = None
    template: Literal["acara_resmi", "upacara_bendera", "pelantikan",
                      "rapat_koordinasi"] | None = None
    host_id: int | None = None
    seats_per_row: str | None = Field(default=None, max_length=60)
    front_rows: int | None = Field(default=None, ge=1, le=20)


def event_out(event: EventProtocol) -> dict[str, Any]:
    item = event.agenda_item
    return {"id": event.pk, "agenda_item_id": item.pk, "title": item.title, "start": item.start,
            "venue_name": item.venue_name, "level": event.level, "template": event.template,
            "host_id": event.host_id, "seats_per_row": event.seats_per_row,
            "front_rows": event.front_rows}


def get_event(organization: Organization, event_id: int) -> EventProtocol:
    return get_object_or_404(EventProtocol.objects.for_org(organization)
                             .select_related("agenda_item", "organization"), pk=event_id)


@router.get("/orgs/{org}/protocol/events", response=list[EventOut], summary="Berkas protokol")
def event_list_api(request: HttpRequest, org: str) -> list[dict[str, Any]]:
    organization = org_for(request, org, "protocol.view")
    events = (EventProtocol.objects.for_org(organization).select_related("agenda_item")
              .order_by("-agenda_item__start")[:500])
    return [event_out(e) for e in events]


@router.post("/orgs/{org}/protocol/events", response={201: EventOut},
             summary="Buka berkas protokol untuk satu agenda", openapi_extra=body_doc(EventIn))
def event_open_api(request: HttpRequest, org: str) -> Status:
    organization = org_for(request, org, "protocol.change")
    data = parse(request, EventIn)
    item = get_object_or_404(AgendaItem.objects.for_org(organization), pk=data.agenda_item_id)
    return Status(201, event_out(services.event_protocol_open(organization=organization,
                                                             agenda_item=item)))


@router.get("/orgs/{org}/protocol/events/{event_id}", response=EventOut, summary="Satu berkas")
def event_detail_api(request: HttpRequest, org: str, event_id: int) -> dict[str, Any]:
    return event_out(get_event(org_for(request, org, "protocol.view"), event_id))


@router.patch("/orgs/{org}/protocol/events/{event_id}", response=EventOut,
              summary="Ubah tingkat, templat, tuan rumah, kursi",
              openapi_extra=body_doc(EventPatch))
def event_patch_api(request: HttpRequest, org: str, event_id: int) -> dict[str, Any]:
    event = get_event(org_for(request, org, "protocol.change"), event_id)
    data = parse(request, EventPatch).model_dump(exclude_unset=True)
    host = event.host
    if "host_id" in data:
        host = None if data["host_id"] is None else \
            event.attendees.filter(pk=data["host_id"]).first()
        if data["host_id"] is not None and host is None:
            raise HttpError(422, "Tuan rumah harus salah satu peserta acara ini.")
    sizes = data.get("seats_per_row", event.seats_per_row)
    from humpro.protocol.seating import parse_seat_sizes

    try:
        seats = ",".join(str(n) for n in parse_seat_sizes(sizes))
        services.event_settings_save(
            event=event, level=data.get("level") or event.level,
            template=data.get("template") or event.template, host=host, seats_per_row=seats,
            front_rows=data.get("front_rows") or event.front_rows, notes=event.notes)
    except ProtocolError as exc:
        raise HttpError(422, str(exc)) from exc
    return event_out(event)


# --- attendees and precedence ------------------------------------------------------------------


class AttendeeOut(Schema):
    id: int
    rank: int | None
    honour_rank: int | None
    name: str
    position: str
    official_id: int | None
    represents: str
    spouse_of_id: int | None
    tier: str
    basis: str
    unmapped: bool
    manual_tier: str
    manual_reason: str
    order_in_tier: int | None
    speaks: bool
    source: str
    note: str


class AttendeeIn(BaseModel):
    official_id: int | None = None
    name: str = Field(default="", max_length=200)
    position: str = Field(default="", max_length=300)
    represents: str = Field(default="", max_length=300)
    represents_official_id: int | None = None
    spouse_of_id: int | None = None
    order_in_tier: int | None = Field(default=None, ge=1, le=999)
    speaks: bool = False


class TierIn(BaseModel):
    tier: str = Field(default="", max_length=10)
    reason: str = Field(min_length=1, max_length=300)


def attendee_out(a: Attendee) -> dict[str, Any]:
    return {"id": a.pk, "rank": a.rank, "honour_rank": a.honour_rank, "name": a.name,
            "position": a.position, "official_id": a.official_id, "represents": a.represents,
            "spouse_of_id": a.spouse_of_id, "tier": a.tier, "basis": a.basis,
            "unmapped": a.unmapped, "manual_tier": a.manual_tier,
            "manual_reason": a.manual_reason, "order_in_tier": a.order_in_tier,
            "speaks": a.speaks, "source": a.source, "note": a.placement_note}


@router.get("/orgs/{org}/protocol/events/{event_id}/attendees", response=list[AttendeeOut],
            summary="Peserta acara (urut tata tempat)")
def attendee_list_api(request: HttpRequest, org: str, event_id: int) -> list[dict[str, Any]]:
    event = get_event(org_for(request, org, "protocol.view"), event_id)
    return [attendee_out(a) for a in event.attendees.order_by("rank", "id")]


def _official(organization: Organization, pk: int | None) -> Official | None:
    if pk is None:
        return None
    official = Official.objects.for_org(organization).filter(pk=pk).first()
    if official is None:
        raise HttpError(422, f"Pejabat dengan id {pk} tidak ada di direktori organisasi ini.")
    return official


@router.post("/orgs/{org}/protocol/events/{event_id}/attendees", response={201: AttendeeOut},
             summary="Tambah peserta (pejabat direktori atau tamu)",
             openapi_extra=body_doc(AttendeeIn))
def attendee_add_api(request: HttpRequest, org: str, event_id: int) -> Status:
    organization = org_for(request, org, "protocol.change")
    event = get_event(organization, event_id)
    data = parse(request, AttendeeIn)
    spouse = None
    if data.spouse_of_id is not None:
        spouse = event.attendees.filter(pk=data.spouse_of_id).first()
        if spouse is None:
            raise HttpError(422, "Pasangan harus peserta acara yang sama.")
    try:
        attendee = services.attendee_add(
            event=event, official=_official(organization, data.official_id), name=data.name,
            position=data.position, represents=data.represents,
            represents_official=_official(organization, data.represents_official_id),
            spouse_of=spouse, order_in_tier=data.order_in_tier, speaks=data.speaks)
    except ProtocolError as exc:
        raise HttpError(422, str(exc)) from exc
    return Status(201, attendee_out(attendee))


@router.delete("/orgs/{org}/protocol/events/{event_id}/attendees/{attendee_id}",
               response={204: None}, summary="Hapus peserta")
def attendee_delete_api(request: HttpRequest, org: str, event_id: int,
                        attendee_id: int) -> HttpResponse:
    event = get_event(org_for(request, org, "protocol.change"), event_id)
    services.attendee_remove(attendee=get_object_or_404(event.attendees.all(), pk=attendee_id))
    return HttpResponse(status=204)


@router.post("/orgs/{org}/protocol/events/{event_id}/attendees/{attendee_id}/tier",
             response=AttendeeOut, summary="Tetapkan/hapus tier manual (dengan alasan)",
             openapi_extra=body_doc(TierIn))
def attendee_tier_api(request: HttpRequest, org: str, event_id: int,
                      attendee_id: int) -> dict[str, Any]:
    event = get_event(org_for(request, org, "protocol.change"), event_id)
    attendee = get_object_or_404(event.attendees.all(), pk=attendee_id)
    data = parse(request, TierIn)
    try:
        attendee = services.attendee_set_tier(attendee=attendee, tier=data.tier,
                                              reason=data.reason, user=request.user)
    except ProtocolError as exc:
        raise HttpError(422, str(exc)) from exc
    return attendee_out(attendee)


@router.get("/orgs/{org}/protocol/events/{event_id}/precedence",
            summary="Urutan tata tempat dihitung saat ini (format sama dengan CLI)")
def precedence_api(request: HttpRequest, org: str, event_id: int) -> list[dict[str, Any]]:
    event = get_event(org_for(request, org, "protocol.view"), event_id)
    out = []
    for p in services.compute_precedence(event):
        row = p.to_dict()
        row["attendee_id"] = row.pop("key")
        out.append(row)
    return out


from humpro.protocol import api_documents  # noqa: E402,F401  (registers more routes on `router`)
