"""REST endpoints for an event's seating plan, rundown and MC script (on the protocol router)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Schema, Status
from ninja.errors import HttpError
from pydantic import BaseModel, Field

from humpro.api import org_for
from humpro.protocol import rundown as rundown_service
from humpro.protocol import seating as seating_service
from humpro.protocol.api import get_event, router
from humpro.protocol.api_io import body_doc, parse
from humpro.protocol.law.order import Placed
from humpro.protocol.law.rundown import mc_greetings
from humpro.protocol.models import RundownItem
from humpro.protocol.services import ProtocolError, compute_precedence


def _person(p: Placed | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"attendee_id": p.key, "name": p.name, "position": p.position, "tier": p.tier,
            "represents": p.represents}


@router.get("/orgs/{org}/protocol/events/{event_id}/seating",
            summary="Denah baris depan (posisi 0 = paling kiri dari sudut pandang yang duduk)")
def seating_api(request: HttpRequest, org: str, event_id: int) -> dict[str, Any]:
    event = get_event(org_for(request, org, "protocol.view"), event_id)
    plan = seating_service.seating_plan(event)
    return {
        "rows": [[{"position": s.position, "number": s.number, "person": _person(s.person)}
                  for s in row] for row in plan.rows],
        "overflow": [_person(p) for p in plan.overflow],
        "unplaced": [_person(p) for p in plan.unplaced],
        "warnings": plan.warnings,
        "overrides": [{"id": o.pk, "attendee_id": o.attendee_id, "row": o.row,
                       "seat_number": o.seat_number, "reason": o.reason}
                      for o in plan.applied],
    }


class OverrideIn(BaseModel):
    attendee_id: int
    row: int = Field(ge=1, le=20)
    seat_number: int = Field(ge=1, le=60)
    reason: str = Field(min_length=1, max_length=300)


class OverrideOut(Schema):
    id: int
    attendee_id: int
    row: int
    seat_number: int
    reason: str


@router.post("/orgs/{org}/protocol/events/{event_id}/seating/overrides",
             response={201: OverrideOut}, summary="Pindahkan peserta ke kursi (dengan alasan)",
             openapi_extra=body_doc(OverrideIn))
def seat_override_api(request: HttpRequest, org: str, event_id: int) -> Status:
    event = get_event(org_for(request, org, "protocol.change"), event_id)
    data = parse(request, OverrideIn)
    attendee = event.attendees.filter(pk=data.attendee_id).first()
    if attendee is None:
        raise HttpError(422, "Peserta bukan peserta acara ini.")
    try:
        o = seating_service.seat_override_add(event=event, attendee=attendee, row=data.row,
                                              seat_number=data.seat_number,
                                              reason=data.reason, user=request.user)
    except ProtocolError as exc:
        raise HttpError(422, str(exc)) from exc
    return Status(201, {"id": o.pk, "attendee_id": o.attendee_id, "row": o.row,
                        "seat_number": o.seat_number, "reason": o.reason})


# --- rundown --------------------------------------------------------------------------------------


class RundownOut(Schema):
    id: int
    seq: int
    time: dt.time | None
    minutes: int | None
    title: str
    kind: str
    speaker_id: int | None
    optional: bool
    note: str


class RundownIn(BaseModel):
    title: str = Field(min_length=1, max_length=400)
    time: dt.time | None = None
    minutes: int | None = Field(default=None, ge=1, le=1440)
    note: str = Field(default="", max_length=400)


class GenerateIn(BaseModel):
    template: str | None = None


def _item_out(i: RundownItem) -> dict[str, Any]:
    return {"id": i.pk, "seq": i.seq, "time": i.time, "minutes": i.minutes, "title": i.title,
            "kind": i.kind, "speaker_id": i.speaker_id, "optional": i.optional, "note": i.note}


@router.get("/orgs/{org}/protocol/events/{event_id}/rundown", response=list[RundownOut],
            summary="Susunan acara")
def rundown_api(request: HttpRequest, org: str, event_id: int) -> list[dict[str, Any]]:
    event = get_event(org_for(request, org, "protocol.view"), event_id)
    return [_item_out(i) for i in event.rundown.order_by("seq", "id")]


@router.post("/orgs/{org}/protocol/events/{event_id}/rundown/generate",
             response=list[RundownOut], openapi_extra=body_doc(GenerateIn),
             summary="Buat ulang susunan acara dari templat (sambutan naik, tertinggi terakhir)")
def rundown_generate_api(request: HttpRequest, org: str, event_id: int) -> list[dict[str, Any]]:
    event = get_event(org_for(request, org, "protocol.change"), event_id)
    data = parse(request, GenerateIn)
    try:
        items = rundown_service.rundown_generate(event=event, template=data.template)
    except ProtocolError as exc:
        raise HttpError(422, str(exc)) from exc
    return [_item_out(i) for i in items]


@router.post("/orgs/{org}/protocol/events/{event_id}/rundown", response={201: RundownOut},
             summary="Tambah butir acara", openapi_extra=body_doc(RundownIn))
def rundown_add_api(request: HttpRequest, org: str, event_id: int) -> Status:
    event = get_event(org_for(request, org, "protocol.change"), event_id)
    data = parse(request, RundownIn)
    item = rundown_service.rundown_item_save(event=event, **data.model_dump())
    return Status(201, _item_out(item))


@router.put("/orgs/{org}/protocol/events/{event_id}/rundown/{item_id}", response=RundownOut,
            summary="Ubah butir acara", openapi_extra=body_doc(RundownIn))
def rundown_update_api(request: HttpRequest, org: str, event_id: int,
                       item_id: int) -> dict[str, Any]:
    event = get_event(org_for(request, org, "protocol.change"), event_id)
    item = get_object_or_404(event.rundown.all(), pk=item_id)
    data = parse(request, RundownIn)
    return _item_out(rundown_service.rundown_item_save(event=event, item=item,
                                                       **data.model_dump()))


@router.delete("/orgs/{org}/protocol/events/{event_id}/rundown/{item_id}",
               response={204: None}, summary="Hapus butir acara")
def rundown_delete_api(request: HttpRequest, org: str, event_id: int,
                       item_id: int) -> HttpResponse:
    event = get_event(org_for(request, org, "protocol.change"), event_id)
    rundown_service.rundown_item_delete(item=get_object_or_404(event.rundown.all(), pk=item_id))
    return HttpResponse(status=204)


@router.get("/orgs/{org}/protocol/events/{event_id}/mc-script",
            summary="Naskah pembawa acara (paragraf) dan urutan sapaan")
def mc_script_api(request: HttpRequest, org: str, event_id: int) -> dict[str, Any]:
    event = get_event(org_for(request, org, "protocol.view"), event_id)
    return {
        "greetings": mc_greetings(compute_precedence(event)),
        "paragraphs": [{"kind": p.kind, "text": p.text}
                       for p in rundown_service.mc_script(event)],
    }
