"""Invitations, public requests, attachments and dispositions."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.urls import reverse

from humpro.agenda.invitations import invitation_dispose
from humpro.agenda.models import (
    AgendaItem,
    AgendaStatus,
    ClashRule,
    Disposition,
    Invitation,
    InvitationAttachment,
    InvitationStatus,
)
from humpro.agenda.services import ClashBlocked
from humpro.agenda.tests.factories import PDF_BYTES, future, make_invitation, make_item, png_bytes
from humpro.agenda.validation import AgendaError
from humpro.core.models import OutboxMessage
from humpro.testing import PASSWORD

pytestmark = pytest.mark.django_db


def test_register_with_pdf_and_image(nusa) -> None:
    inv = make_invitation(
        nusa.org,
        letter_number="005/123/LH/2026",
        letter_date=dt.date(2026, 3, 1),
        venue_address="Jl. Merdeka 1, Lembah Hijau",
        latitude=-3.43,
        longitude=104.38,
        dress_code="PSL",
        contact_name="Rudi",
        contact_phone="0812000111",
        files=[("undangan.pdf", PDF_BYTES), ("denah.png", png_bytes())],
    )
    assert inv.tracking_number.startswith("UND-") and len(inv.tracking_number) == 15
    assert inv.status == InvitationStatus.AWAITING and not inv.urgent
    kinds = sorted(inv.attachments.values_list("mimetype", flat=True))
    assert kinds == ["application/pdf", "image/png"]
    assert inv.attachments.get(mimetype="application/pdf").file.read() == PDF_BYTES


@pytest.mark.parametrize(
    "files,message",
    [
        ([("undangan.pdf", b"MZ\x90\x00 this is an exe" * 10)], "bukan PDF yang sah"),
        ([("undangan.pdf", png_bytes())], "bukan PDF yang sah"),
        ([("skrip.exe", b"MZ\x90\x00")], "hanya PDF atau gambar"),
        ([("ok.pdf", PDF_BYTES), ("kosong.png", b"")], "kosong"),
    ],
)
def test_bad_attachments_refuse_everything(nusa, files, message) -> None:
    with pytest.raises(AgendaError, match=message):
        make_invitation(nusa.org, files=files)
    assert Invitation.objects.count() == 0 and InvitationAttachment.objects.count() == 0


def test_oversized_attachment(nusa, settings) -> None:
    settings.HUMPRO_AGENDA_MAX_ATTACHMENT_BYTES = 1024
    big = PDF_BYTES[:-7] + b" " * 2000 + b"\n%%EOF\n"
    with pytest.raises(AgendaError, match=r"terlalu besar .* maksimal"):
        make_invitation(nusa.org, files=[("besar.pdf", big)])
    assert Invitation.objects.count() == 0


def test_bad_period_and_time_zone(nusa) -> None:
    start = future()
    with pytest.raises(AgendaError, match="Waktu selesai tidak boleh sebelum waktu mulai"):
        make_invitation(nusa.org, start=start, end=start - dt.timedelta(hours=1))
    with pytest.raises(AgendaError, match="Zona waktu tidak dikenal"):
        make_invitation(nusa.org, timezone_name="Asia/Atlantis")
    assert Invitation.objects.count() == 0


def test_urgent_when_shorter_than_lead_time(nusa) -> None:
    assert make_invitation(nusa.org, start=future(days=1)).urgent
    assert not make_invitation(nusa.org, start=future(days=4)).urgent
    ClashRule.objects.create(organization=nusa.org, lead_time_days=7)
    assert make_invitation(nusa.org, start=future(days=5)).urgent


def test_dispose_represented_creates_item_history_and_notifies(nusa) -> None:
    inv = make_invitation(nusa.org, invited_leader=nusa.gub, sender_email="panitia@lembahhijau.test")
    d = invitation_dispose(invitation=inv, by=nusa.head, decision="diwakili", representative=nusa.sekda_)
    item = AgendaItem.objects.get(invitation=inv)
    assert item.status == AgendaStatus.REPRESENTED and item.representative == nusa.sekda_
    assert item.leader == nusa.gub
    assert list(item.status_changes.values_list("from_status", "to_status")) == [("", "diwakilkan")]
    inv.refresh_from_db()
    assert inv.status == InvitationStatus.SCHEDULED
    assert d.decided_by == nusa.head and d.decided_at is not None
    recipients = set(OutboxMessage.objects.filter(purpose="agenda.disposition").values_list("recipient", flat=True))
    assert recipients == {"sekda@nusamakmur.test", "panitia@lembahhijau.test"}
    body = OutboxMessage.objects.get(recipient="sekda@nusamakmur.test").body
    assert "Diwakili oleh: Hendra Saputra" in body


def test_disposition_history_and_change_of_mind(nusa) -> None:
    inv = make_invitation(nusa.org, invited_leader=nusa.gub)
    invitation_dispose(invitation=inv, by=nusa.head, decision="koordinasi", coordinate_with="Dinas PU")
    invitation_dispose(invitation=inv, by=nusa.head, decision="hadir")
    item = AgendaItem.objects.get(invitation=inv)
    assert item.status == AgendaStatus.CONFIRMED
    invitation_dispose(invitation=inv, by=nusa.head, decision="tidak_hadir", reason="Tugas ke Jakarta")
    item.refresh_from_db()
    assert item.status == AgendaStatus.CANCELLED
    assert [d.decision for d in Disposition.objects.filter(invitation=inv).order_by("id")] == [
        "koordinasi",
        "hadir",
        "tidak_hadir",
    ]
    assert inv.current_disposition().decision == "tidak_hadir"
    assert list(item.status_changes.values_list("to_status", flat=True)) == [
        "tentatif",
        "terkonfirmasi",
        "dibatalkan",
    ]
    assert AgendaItem.objects.filter(invitation=inv).count() == 1


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"decision": "diwakili"}, "Pilih pejabat yang mewakili"),
        ({"decision": "tidak_hadir"}, "Alasan tidak hadir wajib diisi"),
        ({"decision": "koordinasi"}, "koordinasikan"),
        ({"decision": "arsip"}, "Disposisi tidak dikenal"),
    ],
)
def test_disposition_validation(nusa, kwargs, message) -> None:
    inv = make_invitation(nusa.org, invited_leader=nusa.gub)
    with pytest.raises(AgendaError, match=message):
        invitation_dispose(invitation=inv, by=nusa.head, **kwargs)
    assert Disposition.objects.count() == 0 and AgendaItem.objects.count() == 0


def test_blocking_clash_rolls_back_the_disposition(nusa) -> None:
    ClashRule.objects.create(organization=nusa.org, person_overlap="block")
    inv = make_invitation(nusa.org, invited_leader=nusa.gub)
    make_item(nusa.org, leader=nusa.gub, start=inv.start, title="Sidang Paripurna")
    with pytest.raises(ClashBlocked, match="Sidang Paripurna"):
        invitation_dispose(invitation=inv, by=nusa.head, decision="hadir")
    assert Disposition.objects.count() == 0
    assert AgendaItem.objects.filter(invitation=inv).count() == 0
    inv.refresh_from_db()
    assert inv.status == InvitationStatus.AWAITING


def test_web_register_and_dispose(client, nusa) -> None:
    client.login(username=nusa.protocol.username, password=PASSWORD)
    start = future(days=2)
    url = reverse("agenda:invitation_create", kwargs={"org": nusa.org.slug})
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {
        "sender_name": "Rektor Universitas Nusa",
        "event_title": "Wisuda",
        "start": start.strftime("%Y-%m-%dT%H:%M"),
        "end": (start + dt.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M"),
        "timezone": "Asia/Jakarta",
        "invited_leader": nusa.gub.pk,
        "level": "provinsi",
    }
    bad = client.post(url, {**data, "attachments": SimpleUploadedFile("surat.pdf", b"GIF89a bukan pdf")})
    assert bad.status_code == 400 and "bukan PDF yang sah" in bad.content.decode()
    assert Invitation.objects.count() == 0
    response = client.post(url, {**data, "attachments": SimpleUploadedFile("surat.pdf", PDF_BYTES)})
    inv = Invitation.objects.get()
    assert response.status_code == 302 and inv.urgent and inv.attachments.count() == 1
    # protocol staff cannot dispose; the head can
    dispose_url = reverse("agenda:invitation_dispose", kwargs={"org": nusa.org.slug, "pk": inv.pk})
    assert client.post(dispose_url, {"decision": "hadir"}).status_code == 403
    client.login(username=nusa.head.username, password=PASSWORD)
    response = client.post(
        dispose_url,
        {"decision": "diwakili", "representative": nusa.wagub.pk, "visibility": "publik"},
    )
    assert response.status_code == 302
    item = AgendaItem.objects.get(invitation=inv)
    assert item.visibility == "publik" and item.representative == nusa.wagub
    page = client.get(reverse("agenda:invitation_detail", kwargs={"org": nusa.org.slug, "pk": inv.pk}))
    assert "Diwakili" in page.content.decode() and "Dewi Lestari" in page.content.decode()


class TestPublicRequest:
    def url(self, org) -> str:  # type: ignore[no-untyped-def]
        return reverse("agenda_public:request", kwargs={"org": org.slug})

    def data(self, days: int = 10) -> dict:
        start = future(days=days)
        return {
            "sender_name": "Ketua RT 05",
            "sender_email": "rt05@warga.test",
            "event_title": "Peresmian Balai Warga",
            "start": start.strftime("%Y-%m-%dT%H:%M"),
            "end": (start + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "timezone": "Asia/Jakarta",
        }

    def test_tracking_number_and_urgency(self, client, nusa) -> None:
        cache.clear()
        response = client.post(self.url(nusa.org), self.data(days=1))
        assert response.status_code == 201
        inv = Invitation.objects.get()
        assert inv.source == "formulir" and inv.urgent
        assert inv.tracking_number in response.content.decode()
        assert "mendesak" in response.content.decode()
        track = client.get(
            reverse("agenda_public:track", kwargs={"org": nusa.org.slug}),
            {"nomor": inv.tracking_number.lower()},
        )
        assert track.status_code == 200 and "Menunggu disposisi" in track.content.decode()
        missing = client.get(
            reverse("agenda_public:track", kwargs={"org": nusa.org.slug}),
            {"nomor": "UND-0000-XXXXXX"},
        )
        assert missing.status_code == 404

    def test_honeypot_stores_nothing(self, client, nusa) -> None:
        cache.clear()
        response = client.post(self.url(nusa.org), {**self.data(), "website": "http://spam.test"})
        assert response.status_code == 200 and Invitation.objects.count() == 0

    def test_rate_limit(self, client, nusa) -> None:
        cache.clear()
        for _ in range(5):
            assert client.post(self.url(nusa.org), self.data()).status_code == 201
        response = client.post(self.url(nusa.org), self.data())
        assert response.status_code == 429 and "Terlalu banyak permohonan" in response.content.decode()
        assert Invitation.objects.count() == 5

    def test_bad_input_is_explained(self, client, nusa) -> None:
        cache.clear()
        data = self.data()
        response = client.post(self.url(nusa.org), {**data, "end": "2020-01-01T00:00"})
        assert response.status_code == 400
        assert "Waktu selesai tidak boleh sebelum waktu mulai" in response.content.decode()
        response = client.post(self.url(nusa.org), {**data, "timezone": "Eropa/Tidak-Ada"})
        assert "Zona waktu tidak dikenal" in response.content.decode()
        assert Invitation.objects.count() == 0
