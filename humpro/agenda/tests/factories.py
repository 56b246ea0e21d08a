"""Agenda test data (fictional province "Nusa Makmur") and permission-walk registrations."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from humpro.agenda.invitations import invitation_register
from humpro.agenda.models import (
    AgendaAssignment,
    AgendaItem,
    AgendaStatus,
    CalendarFeed,
    Invitation,
    InvitationAttachment,
)
from humpro.officials.models import Official
from humpro.orgs.models import Organization
from humpro.testing import api_sample, make_official, sample

WIB = zoneinfo.ZoneInfo("Asia/Jakarta")
# A tiny valid PDF (header, one empty page, trailer).
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
KANTOR = {"venue_name": "Kantor Gubernur Nusa Makmur", "latitude": -2.9761, "longitude": 104.7754}
PENDOPO = {"venue_name": "Pendopo Lembah Hijau", "latitude": -3.4300, "longitude": 104.3800}


def png_bytes() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buf, "PNG")
    return buf.getvalue()


def governor(org: Organization) -> Official:
    return make_official(
        org,
        name="Arief Prasetya",
        title="Gubernur Nusa Makmur",
        tier="10.1.a",
        email="gubernur@nusamakmur.test",
    )


def vice_governor(org: Organization) -> Official:
    return make_official(
        org,
        name="Dewi Lestari",
        title="Wakil Gubernur Nusa Makmur",
        tier="10.1.b",
        email="wagub@nusamakmur.test",
    )


def sekda(org: Organization) -> Official:
    return make_official(
        org,
        name="Hendra Saputra",
        title="Sekretaris Daerah Provinsi Nusa Makmur",
        tier="10.1.g",
        email="sekda@nusamakmur.test",
    )


def future(days: int = 10, hour: int = 9, minute: int = 0) -> dt.datetime:
    base = dt.datetime.now(WIB).date() + dt.timedelta(days=days)
    return dt.datetime.combine(base, dt.time(hour, minute), tzinfo=WIB)


def make_item(org: Organization, leader: Official | None = None, **overrides: Any) -> AgendaItem:
    start = overrides.pop("start", future())
    data = {
        "title": "Rapat Koordinasi",
        "start": start,
        "end": start + dt.timedelta(hours=2),
        "timezone": org.timezone,
        "status": AgendaStatus.CONFIRMED,
    }
    data.update(overrides)
    return AgendaItem.objects.create(organization=org, leader=leader or governor(org), **data)


def make_invitation(org: Organization, **overrides: Any) -> Invitation:
    start = overrides.pop("start", future(days=12))
    data: dict[str, Any] = {
        "sender_name": "Ketua Panitia HUT Lembah Hijau",
        "sender_institution": "Pemkab Lembah Hijau",
        "event_title": "Peringatan HUT Kabupaten Lembah Hijau",
        "start": start,
        "end": start + dt.timedelta(hours=3),
        "venue_name": "Alun-alun Lembah Hijau",
    }
    data.update(overrides)
    return invitation_register(organization=org, **data)


@sample("agenda:item_detail")
@sample("agenda:item_edit")
@sample("agenda:item_status")
@sample("agenda:assignment_add")
@sample("agenda:item_ics")
def _item_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_item(org).pk}


@sample("agenda:assignment_remove")
def _assignment_kwargs(org: Organization) -> dict[str, Any]:
    item = make_item(org)
    a = AgendaAssignment.objects.create(organization=org, item=item, official=sekda(org), role="protokol")
    return {"pk": a.pk}


@sample("agenda:invitation_detail")
@sample("agenda:invitation_dispose")
def _invitation_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_invitation(org).pk}


@sample("agenda:attachment")
def _attachment_kwargs(org: Organization) -> dict[str, Any]:
    inv = make_invitation(org, files=[("undangan.pdf", PDF_BYTES)])
    return {"pk": InvitationAttachment.objects.get(invitation=inv).pk}


@sample("agenda:feed_revoke")
def _feed_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": CalendarFeed.objects.create(organization=org, name="Semua", kind="audiens").pk}


# --- API walk --------------------------------------------------------------------------------


@api_sample("GET", "/api/v1/orgs/{org}/agenda/invitations", "agenda.view")
@api_sample("GET", "/api/v1/orgs/{org}/agenda/items", "agenda.view")
def _api_plain(org: Organization) -> dict[str, Any]:
    return {}


@api_sample("POST", "/api/v1/orgs/{org}/agenda/invitations", "agenda.change", ok=201)
def _api_invitation_create(org: Organization) -> dict[str, Any]:
    start = future(days=20)
    return {
        "json": {
            "sender_name": "Dinas Pendidikan",
            "event_title": "Pembukaan O2SN",
            "start": start.isoformat(),
            "end": (start + dt.timedelta(hours=2)).isoformat(),
        }
    }


@api_sample("GET", "/api/v1/orgs/{org}/agenda/invitations/{invitation_id}", "agenda.view")
def _api_invitation(org: Organization) -> dict[str, Any]:
    return {"path": {"invitation_id": make_invitation(org).pk}}


@api_sample(
    "POST",
    "/api/v1/orgs/{org}/agenda/invitations/{invitation_id}/attachments",
    "agenda.change",
    201,
)
def _api_attach(org: Organization) -> dict[str, Any]:
    return {
        "path": {"invitation_id": make_invitation(org).pk},
        "files": {"file": ("surat.pdf", PDF_BYTES)},
    }


@api_sample(
    "POST",
    "/api/v1/orgs/{org}/agenda/invitations/{invitation_id}/dispositions",
    "agenda.dispose",
    201,
)
def _api_dispose(org: Organization) -> dict[str, Any]:
    inv = make_invitation(org, invited_leader=governor(org))
    return {
        "path": {"invitation_id": inv.pk},
        "json": {"decision": "diwakili", "representative_id": sekda(org).pk},
    }


@api_sample("POST", "/api/v1/orgs/{org}/agenda/items", "agenda.change", ok=201)
def _api_item_create(org: Organization) -> dict[str, Any]:
    start = future(days=30)
    return {
        "json": {
            "title": "Audiensi",
            "leader_id": governor(org).pk,
            "start": start.isoformat(),
            "end": (start + dt.timedelta(hours=1)).isoformat(),
        }
    }


@api_sample("GET", "/api/v1/orgs/{org}/agenda/items/{item_id}", "agenda.view")
def _api_item(org: Organization) -> dict[str, Any]:
    return {"path": {"item_id": make_item(org).pk}}


@api_sample("PUT", "/api/v1/orgs/{org}/agenda/items/{item_id}", "agenda.change")
def _api_item_update(org: Organization) -> dict[str, Any]:
    item = make_item(org)
    return {
        "path": {"item_id": item.pk},
        "json": {
            "title": "Rapat Koordinasi (diubah)",
            "leader_id": item.leader_id,
            "start": item.start.isoformat(),
            "end": item.end.isoformat(),
        },
    }


@api_sample("POST", "/api/v1/orgs/{org}/agenda/items/{item_id}/status", "agenda.change")
def _api_item_status(org: Organization) -> dict[str, Any]:
    return {"path": {"item_id": make_item(org).pk}, "json": {"status": "dibatalkan"}}


@api_sample("POST", "/api/v1/orgs/{org}/agenda/items/{item_id}/assignments", "agenda.change", 201)
def _api_assignment(org: Organization) -> dict[str, Any]:
    return {
        "path": {"item_id": make_item(org).pk},
        "json": {"role": "protokol", "official_id": sekda(org).pk},
    }


@api_sample("POST", "/api/v1/orgs/{org}/agenda/clash-check", "agenda.view")
def _api_clash_check(org: Organization) -> dict[str, Any]:
    start = future(days=40)
    return {
        "json": {
            "leader_id": governor(org).pk,
            "start": start.isoformat(),
            "end": (start + dt.timedelta(hours=1)).isoformat(),
        }
    }
