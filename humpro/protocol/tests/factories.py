"""Protocol test data (fictional province "Nusa Makmur") and the permission-walk registrations."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from django.utils import timezone

from humpro.agenda.models import AgendaItem
from humpro.officials.models import Official
from humpro.orgs.models import Organization
from humpro.protocol import services
from humpro.protocol.models import Attendee, EventProtocol
from humpro.protocol.rundown import rundown_generate
from humpro.testing import api_sample, make_official, make_org, sample

_seq = itertools.count(1)


def make_province(**overrides: Any) -> Organization:
    n = next(_seq)
    data = {"slug": f"nusa-makmur-{n}", "name": "Pemerintah Provinsi Nusa Makmur",
            "kind": "provinsi", "timezone": "Asia/Makassar"}
    data.update(overrides)
    return make_org(**data)


def make_governor(org: Organization) -> Official:
    return make_official(org, name="H. Arif Wicaksana", title="Gubernur Nusa Makmur",
                         tier="10.1.a")


def make_item(org: Organization, *, leader: Official | None = None,
              representative: Official | None = None, **overrides: Any) -> AgendaItem:
    start = overrides.pop("start", timezone.now() + dt.timedelta(days=3))
    data = {"title": "Peresmian Gedung Pelayanan Terpadu", "venue_name": "Aula Kantor Gubernur",
            "level": "provinsi", "status": "terkonfirmasi"}
    data.update(overrides)
    return AgendaItem.objects.create(
        organization=org, start=start, end=start + dt.timedelta(hours=2),
        leader=leader or make_governor(org), representative=representative, **data)


def make_event(org: Organization, **item_overrides: Any) -> EventProtocol:
    return services.event_protocol_open(organization=org,
                                        agenda_item=make_item(org, **item_overrides))


def make_guest(event: EventProtocol, name: str = "Irjen Pol. Bagus Santoso",
               position: str = "Kapolda Nusa Makmur", **kw: Any) -> Attendee:
    return services.attendee_add(event=event, name=name, position=position, **kw)


# --- web views -----------------------------------------------------------------------------------


@sample("protocol:event_open")
def _item_kwargs(org: Organization) -> dict[str, Any]:
    return {"item_pk": make_item(org).pk}


@sample("protocol:event")
@sample("protocol:event_settings")
@sample("protocol:attendee_add")
@sample("protocol:seating")
@sample("protocol:seat_override")
@sample("protocol:seat_overrides_clear")
@sample("protocol:seating_pdf")
@sample("protocol:rundown")
@sample("protocol:rundown_generate")
@sample("protocol:rundown_add")
@sample("protocol:mc_script")
@sample("protocol:mc_script_docx")
@sample("protocol:mc_script_pdf")
def _event_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_event(org).pk}


@sample("protocol:attendee_remove")
@sample("protocol:attendee_tier")
def _attendee_kwargs(org: Organization) -> dict[str, Any]:
    event = make_event(org)
    return {"pk": event.pk, "attendee_pk": make_guest(event).pk}


@sample("protocol:rundown_item")
def _rundown_kwargs(org: Organization) -> dict[str, Any]:
    event = make_event(org)
    return {"pk": event.pk, "item_pk": rundown_generate(event=event)[0].pk}


# --- REST API ------------------------------------------------------------------------------------

API = "/api/v1/orgs/{org}/protocol"


@api_sample("POST", f"{API}/order", "protocol.view")
def _api_order(org: Organization) -> dict[str, Any]:
    return {"query": {"level": "provinsi"},
            "json": [{"name": "A", "position": "Kapolda Nusa Makmur"},
                     {"name": "B", "position": "Gubernur Nusa Makmur"}]}


# `n` is a number, not a record: the same path for every organization (no foreign-404 check)
@api_sample("GET", f"{API}/row/{{n}}", "protocol.view")
def _api_row(org: Organization) -> dict[str, Any]:
    return {"path": {"n": 5}}


@api_sample("GET", f"{API}/events", "protocol.view")
def _api_events(org: Organization) -> dict[str, Any]:
    make_event(org)
    return {}


@api_sample("POST", f"{API}/events", "protocol.change", ok=201)
def _api_event_open(org: Organization) -> dict[str, Any]:
    return {"json": {"agenda_item_id": make_item(org).pk}}


@api_sample("GET", f"{API}/events/{{event_id}}", "protocol.view")
@api_sample("GET", f"{API}/events/{{event_id}}/attendees", "protocol.view")
@api_sample("GET", f"{API}/events/{{event_id}}/precedence", "protocol.view")
@api_sample("GET", f"{API}/events/{{event_id}}/seating", "protocol.view")
@api_sample("GET", f"{API}/events/{{event_id}}/rundown", "protocol.view")
@api_sample("GET", f"{API}/events/{{event_id}}/mc-script", "protocol.view")
def _api_event(org: Organization) -> dict[str, Any]:
    return {"path": {"event_id": make_event(org).pk}}


@api_sample("PATCH", f"{API}/events/{{event_id}}", "protocol.change")
def _api_event_patch(org: Organization) -> dict[str, Any]:
    return {"path": {"event_id": make_event(org).pk}, "json": {"seats_per_row": "5,7"}}


@api_sample("POST", f"{API}/events/{{event_id}}/attendees", "protocol.change", ok=201)
def _api_attendee_add(org: Organization) -> dict[str, Any]:
    return {"path": {"event_id": make_event(org).pk},
            "json": {"name": "Mayjen TNI Rudi Hartono", "position": "Pangdam XX/Nusa Makmur"}}


@api_sample("DELETE", f"{API}/events/{{event_id}}/attendees/{{attendee_id}}", "protocol.change",
            ok=204)
def _api_attendee_delete(org: Organization) -> dict[str, Any]:
    event = make_event(org)
    return {"path": {"event_id": event.pk, "attendee_id": make_guest(event).pk}}


@api_sample("POST", f"{API}/events/{{event_id}}/attendees/{{attendee_id}}/tier",
            "protocol.change")
def _api_attendee_tier(org: Organization) -> dict[str, Any]:
    event = make_event(org)
    guest = make_guest(event, name="Dr. Wulan", position="Direktur RSUD Makmur Sehat")
    return {"path": {"event_id": event.pk, "attendee_id": guest.pk},
            "json": {"tier": "10.1.q", "reason": "setara eselon III menurut SK"}}


@api_sample("POST", f"{API}/events/{{event_id}}/seating/overrides", "protocol.change", ok=201)
def _api_override(org: Organization) -> dict[str, Any]:
    event = make_event(org)
    guest = make_guest(event)
    return {"path": {"event_id": event.pk},
            "json": {"attendee_id": guest.pk, "row": 1, "seat_number": 1,
                     "reason": "permintaan ajudan"}}


@api_sample("POST", f"{API}/events/{{event_id}}/rundown/generate", "protocol.change")
def _api_generate(org: Organization) -> dict[str, Any]:
    return {"path": {"event_id": make_event(org).pk}, "json": {"template": "rapat_koordinasi"}}


@api_sample("POST", f"{API}/events/{{event_id}}/rundown", "protocol.change", ok=201)
def _api_rundown_add(org: Organization) -> dict[str, Any]:
    return {"path": {"event_id": make_event(org).pk},
            "json": {"title": "Penyerahan cendera mata", "time": "10:15"}}


@api_sample("PUT", f"{API}/events/{{event_id}}/rundown/{{item_id}}", "protocol.change")
def _api_rundown_put(org: Organization) -> dict[str, Any]:
    event = make_event(org)
    item = rundown_generate(event=event)[0]
    return {"path": {"event_id": event.pk, "item_id": item.pk},
            "json": {"title": "Pembukaan", "time": "09:00", "minutes": 5}}


@api_sample("DELETE", f"{API}/events/{{event_id}}/rundown/{{item_id}}", "protocol.change",
            ok=204)
def _api_rundown_delete(org: Organization) -> dict[str, Any]:
    event = make_event(org)
    return {"path": {"event_id": event.pk, "item_id": rundown_generate(event=event)[0].pk}}
