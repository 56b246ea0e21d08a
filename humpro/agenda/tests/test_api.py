"""REST API: invitations, dispositions, items, clash check; change notices through real SMTP."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from humpro.accounts.models import ApiToken
from humpro.agenda.models import AgendaItem, ClashRule, Invitation
from humpro.agenda.tests.factories import KANTOR, PDF_BYTES, PENDOPO, future
from humpro.core.models import OutboxMessage
from humpro.core.tests.smtp import SmtpServer

pytestmark = pytest.mark.django_db


class Api:
    def __init__(self, client, user, org) -> None:  # type: ignore[no-untyped-def]
        self.client = client
        self.base = f"/api/v1/orgs/{org.slug}/agenda"
        self.auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(user=user, name='uji')[1]}"}

    def post(self, path: str, body: dict):  # type: ignore[no-untyped-def]
        return self.client.post(self.base + path, json.dumps(body), content_type="application/json", **self.auth)

    def put(self, path: str, body: dict):  # type: ignore[no-untyped-def]
        return self.client.put(self.base + path, json.dumps(body), content_type="application/json", **self.auth)

    def get(self, path: str, **query):  # type: ignore[no-untyped-def]
        return self.client.get(self.base + path, query, **self.auth)


def test_invitation_to_agenda_through_the_api(client, nusa) -> None:
    staff, head = Api(client, nusa.protocol, nusa.org), Api(client, nusa.head, nusa.org)
    start = future(days=8).replace(tzinfo=None)  # naive: read in the given zone
    response = staff.post(
        "/invitations",
        {
            "sender_name": "Kapolda Nusa Makmur",
            "event_title": "HUT Bhayangkara",
            "start": start.isoformat(),
            "end": (start + dt.timedelta(hours=2)).isoformat(),
            "timezone": "Asia/Makassar",
            "invited_leader_id": nusa.gub.pk,
            **KANTOR,
        },
    )
    assert response.status_code == 201, response.content
    inv = response.json()
    wita = zoneinfo.ZoneInfo("Asia/Makassar")
    assert inv["timezone"] == "Asia/Makassar"
    assert dt.datetime.fromisoformat(inv["start"]) == start.replace(tzinfo=wita)
    upload = client.post(
        f"{staff.base}/invitations/{inv['id']}/attachments",
        {"file": SimpleUploadedFile("palsu.pdf", b"<html>bukan pdf</html>")},
        **staff.auth,
    )
    assert upload.status_code == 422 and "bukan PDF yang sah" in upload.json()["detail"]
    upload = client.post(
        f"{staff.base}/invitations/{inv['id']}/attachments",
        {"file": SimpleUploadedFile("surat.pdf", PDF_BYTES)},
        **staff.auth,
    )
    assert upload.status_code == 201 and upload.json()[0]["mimetype"] == "application/pdf"
    # the protocol role may not dispose
    assert staff.post(f"/invitations/{inv['id']}/dispositions", {"decision": "hadir"}).status_code == 403
    bad = head.post(f"/invitations/{inv['id']}/dispositions", {"decision": "diwakili"})
    assert bad.status_code == 422 and bad.json()["detail"] == "Pilih pejabat yang mewakili."
    ok = head.post(
        f"/invitations/{inv['id']}/dispositions",
        {"decision": "diwakili", "representative_id": nusa.sekda_.pk},
    )
    assert ok.status_code == 201 and ok.json()["decision"] == "diwakili"
    detail = staff.get(f"/invitations/{inv['id']}").json()
    assert detail["status"] == "terjadwal" and len(detail["dispositions"]) == 1
    [item_id] = detail["agenda_item_ids"]
    item = staff.get(f"/items/{item_id}").json()["item"]
    assert item["status"] == "diwakilkan" and item["representative_id"] == nusa.sekda_.pk


def test_items_clash_check_block_and_bad_input(client, nusa) -> None:
    api = Api(client, nusa.protocol, nusa.org)
    start = future(days=6)
    body = {
        "title": "Rakor",
        "leader_id": nusa.gub.pk,
        "start": start.isoformat(),
        "end": (start + dt.timedelta(hours=2)).isoformat(),
        **KANTOR,
    }
    created = api.post("/items", body)
    assert created.status_code == 201 and created.json()["clashes"] == []
    item_id = created.json()["item"]["id"]
    check = api.post(
        "/clash-check",
        {
            "leader_id": nusa.gub.pk,
            "start": (start + dt.timedelta(hours=2, minutes=20)).isoformat(),
            "end": (start + dt.timedelta(hours=3)).isoformat(),
            **PENDOPO,
        },
    ).json()
    assert [c["kind"] for c in check] == ["tempuh"] and "jeda hanya 20 menit" in check[0]["message"]
    ClashRule.objects.create(organization=nusa.org, person_overlap="block")
    blocked = api.post("/items", {**body, "title": "Audiensi"})
    assert blocked.status_code == 409 and "tumpang tindih" in blocked.json()["detail"]
    assert AgendaItem.objects.count() == 1
    assert api.post("/items", {**body, "end": (start - dt.timedelta(hours=1)).isoformat()}).json() == {
        "detail": "Waktu selesai tidak boleh sebelum waktu mulai."
    }
    assert api.post("/items", {**body, "timezone": "WIB"}).status_code == 422
    listed = api.get("/items", start=start.isoformat(), end=(start + dt.timedelta(days=1)).isoformat())
    assert [i["id"] for i in listed.json()] == [item_id]
    status = api.post(f"/items/{item_id}/status", {"status": "dibatalkan", "note": "ditunda"})
    assert status.status_code == 200 and status.json()["sequence"] == 1
    assert Invitation.objects.count() == 0


def test_change_notice_reaches_smtp_through_the_worker(
    client, nusa, settings, django_capture_on_commit_callbacks
) -> None:
    from humpro.core.worker import run_pending_tasks

    server = SmtpServer()
    server.start()
    try:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        api = Api(client, nusa.protocol, nusa.org)
        start = future(days=6)
        body = {
            "title": "Rakor",
            "leader_id": nusa.gub.pk,
            "start": start.isoformat(),
            "end": (start + dt.timedelta(hours=2)).isoformat(),
            **KANTOR,
        }
        item_id = api.post("/items", body).json()["item"]["id"]
        with django_capture_on_commit_callbacks(execute=True):
            response = api.put(f"/items/{item_id}", {**body, **PENDOPO, "representative_id": nusa.wagub.pk})
        assert response.status_code == 200 and response.json()["item"]["sequence"] == 1
        queued = OutboxMessage.objects.filter(purpose="agenda.change")
        assert set(queued.values_list("recipient", flat=True)) == {
            "gubernur@nusamakmur.test",
            "wagub@nusamakmur.test",
        }
        run_pending_tasks()
        assert set(queued.values_list("status", flat=True)) == {"sent"}
        texts = {m["To"]: m.get_payload(decode=True).decode() for m in server.messages}
        assert "Tempat: Kantor Gubernur Nusa Makmur → Pendopo Lembah Hijau" in texts["wagub@nusamakmur.test"]
        assert "Diwakili oleh: — → Dewi Lestari" in texts["gubernur@nusamakmur.test"]
    finally:
        server.stop()
