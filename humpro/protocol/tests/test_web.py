"""Web views and exports of the protocol app (Django test client, real DB, real DOCX/PDF)."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

from humpro.protocol import services
from humpro.protocol.models import SeatOverride, TierChange
from humpro.protocol.tests.factories import make_event, make_guest, make_item, make_province
from humpro.testing import PASSWORD, make_official, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def org():
    return make_province()


@pytest.fixture
def staff(client, org):
    user = make_user(org=org, roles=["protocol"])
    client.login(username=user.username, password=PASSWORD)
    return user


def url(name: str, org, **kw) -> str:
    return reverse(f"protocol:{name}", kwargs={"org": org.slug, **kw})


def test_index_lists_upcoming_items_and_opens_a_file(client, org, staff):
    item = make_item(org, title="Rapat Koordinasi Penanganan Banjir")
    page = client.get(url("index", org))
    assert page.status_code == 200 and "Rapat Koordinasi Penanganan Banjir" in page.text
    assert "Siapkan protokol" in page.text
    response = client.post(url("event_open", org, item_pk=item.pk))
    item.refresh_from_db()
    assert response.status_code == 302 and response["Location"].endswith(
        url("event", org, pk=item.protocol.pk))


def test_event_page_adds_attendees_shows_articles_and_flags(client, org, staff):
    event = make_event(org)
    response = client.post(url("attendee_add", org, pk=event.pk),
                           {"name": "Irjen Pol. Bagus", "position": "Kapolda Nusa Makmur"})
    assert response.status_code == 302
    client.post(url("attendee_add", org, pk=event.pk),
                {"name": "Ir. Sutrisno", "position": "Direktur PT Sinar Makmur"})
    page = client.get(url("event", org, pk=event.pk))
    assert "UU 9/2010 Pasal 10 ayat (1) huruf g" in page.text
    assert "perlu penempatan manual" in page.text
    assert [m.message for m in page.context["messages"]][-1].startswith("Ir. Sutrisno: Jabatan")
    # htmx asks for the fragment only
    fragment = client.get(url("event", org, pk=event.pk), HTTP_HX_REQUEST="true")
    assert "<html" not in fragment.text and 'id="precedence"' in fragment.text


def test_bad_attendee_form_saves_nothing(client, org, staff):
    event = make_event(org)
    before = event.attendees.count()
    response = client.post(url("attendee_add", org, pk=event.pk), {"name": "Tanpa jabatan"},
                           follow=True)
    assert "Jabatan wajib diisi" in response.text
    assert event.attendees.count() == before


def test_manual_tier_page(client, org, staff):
    event = make_event(org)
    guest = make_guest(event, name="Dr. Wulan", position="Direktur RSUD Makmur Sehat")
    target = url("attendee_tier", org, pk=event.pk, attendee_pk=guest.pk)
    assert client.post(target, {"tier": "10.1.q", "reason": ""}).status_code == 400
    assert client.post(target, {"tier": "10.1.q", "reason": "SK Gubernur"}).status_code == 302
    change = TierChange.objects.get(attendee=guest)
    assert (change.to_tier, change.reason, change.by) == ("10.1.q", "SK Gubernur", staff)
    assert "SK Gubernur" in client.get(target).text


def test_seating_page_diagram_override_and_pdf(client, org, staff):
    event = make_event(org)
    kapolda = make_guest(event)
    page = client.get(url("seating", org, pk=event.pk))
    assert page.status_code == 200
    assert page.text.count("<svg") == 2 and "Tampak dari panggung" in page.text
    response = client.post(url("seat_override", org, pk=event.pk),
                           {"attendee": kapolda.pk, "row": 1, "seat_number": 1,
                            "reason": "permintaan ajudan"})
    assert response.status_code == 302
    assert SeatOverride.objects.get(event=event).reason == "permintaan ajudan"
    client.post(url("seat_overrides_clear", org, pk=event.pk))
    assert not SeatOverride.objects.get(event=event).active
    pdf = client.get(url("seating_pdf", org, pk=event.pk))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_rundown_edit_and_mc_script_exports(client, org, staff):
    governor = make_official(org, name="H. Arif", title="Gubernur Nusa Makmur", tier="10.1.a")
    asisten = make_official(org, name="Drs. Asep", title="Asisten I Setda Provinsi Nusa Makmur",
                            tier="10.1.p")
    item = make_item(org, leader=governor, representative=asisten, status="diwakilkan")
    event = services.event_protocol_open(organization=org, agenda_item=item)
    make_guest(event, speaks=True)
    assert client.post(url("rundown_generate", org, pk=event.pk),
                       {"template": "acara_resmi"}).status_code == 302
    first = event.rundown.order_by("seq").first()
    client.post(url("rundown_item", org, pk=event.pk, item_pk=first.pk),
                {f"i{first.pk}-title": "Pembukaan", f"i{first.pk}-time": "09:00",
                 "action": "save"})
    first.refresh_from_db()
    assert first.title == "Pembukaan" and first.time.hour == 9
    client.post(url("rundown_item", org, pk=event.pk, item_pk=first.pk), {"action": "down"})
    first.refresh_from_db()
    assert first.seq == 2
    page = client.get(url("rundown", org, pk=event.pk))
    speeches = [i.title for i in page.context["items"] and
                [x for x, _ in page.context["items"] if x.kind == "sambutan"]]
    assert speeches[0] == "Sambutan Kapolda Nusa Makmur"
    assert speeches[-1].startswith("Sambutan Gubernur Nusa Makmur, dibacakan oleh Asisten I")

    docx_response = client.get(url("mc_script_docx", org, pk=event.pk))
    assert docx_response["Content-Disposition"].endswith('naskah-mc.docx"')
    from docx import Document

    text = [p.text for p in Document(io.BytesIO(docx_response.content)).paragraphs]
    assert ("Yang kami hormati Gubernur Nusa Makmur, yang dalam hal ini diwakili oleh Asisten I "
            "Setda Provinsi Nusa Makmur, Drs. Asep;") in text
    assert "Yang kami hormati Kapolda Nusa Makmur;" in text
    assert "09.00 Pembukaan" in " ".join(text)
    pdf = client.get(url("mc_script_pdf", org, pk=event.pk))
    assert pdf.content.startswith(b"%PDF")
    assert "yang dalam hal ini diwakili oleh" in client.get(url("mc_script", org,
                                                                pk=event.pk)).text


def test_tier_order_settings_page(client, org):
    head = make_user(org=org, roles=["head"])
    client.login(username=head.username, password=PASSWORD)
    target = url("tier_orders", org)
    assert client.post(target, {"tier": "99.z", "keywords": "a"}).status_code == 400
    assert client.post(target, {"tier": "10.1.g", "keywords": "sekda\nkapolda"}
                       ).status_code == 302
    assert "kapolda" in client.get(target).text


def test_dashboard_card_and_nav(client, org, staff):
    make_item(org, title="Upacara HUT Provinsi")
    event = make_event(org, title="Pelantikan Pejabat Eselon II")
    make_guest(event, name="Ir. Sutrisno", position="Direktur PT Sinar Makmur")
    page = client.get(reverse("orgs:dashboard", kwargs={"org": org.slug}))
    assert "Protokol acara" in page.text
    assert "belum disiapkan protokolnya" in page.text and "Upacara HUT Provinsi" in page.text
    assert "perlu penempatan manual" in page.text
    assert url("index", org) in page.text
