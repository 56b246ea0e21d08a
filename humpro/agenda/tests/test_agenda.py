"""Agenda items: validation, statuses, clash rules in the services, notifications, web views."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from humpro.agenda import services
from humpro.agenda.models import AgendaAssignment, AgendaItem, AgendaStatus, ClashRule
from humpro.agenda.services import ClashBlocked, agenda_item_save, agenda_item_set_status
from humpro.agenda.sharing import daily_agenda
from humpro.agenda.tests.factories import KANTOR, PENDOPO, WIB, future, make_item
from humpro.agenda.validation import AgendaError
from humpro.core.models import OutboxMessage
from humpro.orgs.roles import Role
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db


def save(nusa, **kw):  # type: ignore[no-untyped-def]
    start = kw.pop("start", future())
    data = {
        "title": "Rakor Inflasi",
        "leader": nusa.gub,
        "start": start,
        "end": start + dt.timedelta(hours=2),
    }
    data.update(kw)
    return agenda_item_save(organization=nusa.org, by=nusa.protocol, **data)


def test_create_records_history_and_defaults(nusa) -> None:
    result = save(nusa, **KANTOR)
    item = result.item
    assert item.timezone == "Asia/Jakarta" and item.status == AgendaStatus.TENTATIVE
    assert item.sequence == 0 and result.clashes == []
    assert list(item.status_changes.values_list("to_status", "by")) == [("tentatif", nusa.protocol.pk)]


@pytest.mark.parametrize(
    "kw,message",
    [
        (
            {"end": future() - dt.timedelta(hours=1)},
            "Waktu selesai tidak boleh sebelum waktu mulai",
        ),
        ({"timezone_name": "Asia/Bandung"}, "Zona waktu tidak dikenal"),
        ({"latitude": -3.0}, "lintang dan bujur sekaligus"),
        ({"latitude": 95.0, "longitude": 100.0}, "Lintang harus antara"),
        ({"title": "  "}, "Nama acara wajib diisi"),
        ({"visibility": "rahasia"}, "Visibilitas tidak dikenal"),
    ],
)
def test_bad_input_saves_nothing(nusa, kw, message) -> None:
    with pytest.raises(AgendaError, match=message):
        save(nusa, **kw)
    assert AgendaItem.objects.count() == 0


def test_leader_and_representative_must_belong_to_the_org(nusa) -> None:
    other = make_org()
    from humpro.agenda.tests.factories import governor

    with pytest.raises(AgendaError, match="tidak ditemukan di direktori"):
        save(nusa, leader=governor(other))
    with pytest.raises(AgendaError, match="mewakili dirinya sendiri"):
        save(nusa, representative=nusa.gub)


def test_naive_times_are_read_in_the_items_zone(nusa) -> None:
    item = save(
        nusa,
        start=dt.datetime(2026, 8, 17, 8, 0),
        end=dt.datetime(2026, 8, 17, 10, 0),
        timezone_name="Asia/Makassar",
    ).item
    assert item.start == dt.datetime(2026, 8, 17, 0, 0, tzinfo=dt.UTC)


def test_all_day_multi_day_normalised(nusa) -> None:
    item = save(nusa, start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 3), all_day=True).item
    local_start, local_end = item.start.astimezone(WIB), item.end.astimezone(WIB)
    assert (local_start.date(), local_start.time()) == (dt.date(2026, 9, 1), dt.time(0, 0))
    assert (local_end.date(), local_end.time()) == (dt.date(2026, 9, 3), dt.time(23, 59))


def test_warn_rule_saves_with_warning_block_rule_refuses(nusa) -> None:
    first = save(nusa, title="Sidang Paripurna DPRD", **KANTOR).item
    result = save(nusa, title="Audiensi", start=first.start + dt.timedelta(hours=1))
    [warning] = result.clashes
    assert warning.message.startswith("Gubernur Nusa Makmur: ") and "Sidang Paripurna DPRD" in warning.message
    services.clash_rule_save(
        organization=nusa.org,
        person_overlap="block",
        venue_overlap="warn",
        travel_time="warn",
        travel_speed_kmh=40,
        min_buffer_minutes=15,
        lead_time_days=3,
    )
    with pytest.raises(ClashBlocked, match="tumpang tindih"):
        save(nusa, title="Peresmian", start=first.start)
    assert AgendaItem.objects.filter(title="Peresmian").count() == 0


def test_represented_leader_is_free_but_representative_is_busy(nusa) -> None:
    represented = save(nusa, title="HUT Bhayangkara", representative=nusa.sekda_).item
    assert represented.status == AgendaStatus.REPRESENTED
    assert save(nusa, title="Rapat Gubernur", start=represented.start).clashes == []
    clashes = save(nusa, title="Rapat Sekda", leader=nusa.sekda_, start=represented.start).clashes
    assert [c.kind for c in clashes] == ["orang"]
    assert clashes[0].message == (
        "Sekretaris Daerah Provinsi Nusa Makmur: 09:00–11:00 Rapat Sekda tumpang tindih dengan "
        "09:00–11:00 HUT Bhayangkara (sebagai wakil)."
    )


def test_travel_rule_in_service(nusa) -> None:
    ClashRule.objects.create(organization=nusa.org, travel_time="block", travel_speed_kmh=40)
    first = save(nusa, title="Rapat", **KANTOR).item
    with pytest.raises(ClashBlocked, match="waktu tempuh 101 menit, jeda hanya 30 menit"):
        save(nusa, title="Peresmian", start=first.end + dt.timedelta(minutes=30), **PENDOPO)
    assert save(nusa, title="Peresmian", start=first.end + dt.timedelta(minutes=110), **PENDOPO).item.pk


def test_assigned_crew_clash(nusa) -> None:
    a = save(nusa, title="Kunjungan A", assignments=[("ajudan", nusa.aide)]).item
    b = save(nusa, title="Kunjungan B", leader=nusa.wagub, start=a.start + dt.timedelta(days=1)).item
    ClashRule.objects.create(organization=nusa.org, person_overlap="block")
    services.assignment_add(item=b, role="peliput", user=nusa.protocol)  # free: fine
    b.start, b.end = a.start, a.end
    b.save()
    with pytest.raises(ClashBlocked, match="Ajudan"):
        services.assignment_add(item=b, role="ajudan", user=nusa.aide)
    assert AgendaAssignment.objects.filter(user=nusa.aide).count() == 1
    outsider = make_user(org=make_org(), roles=[Role.PROTOCOL])
    with pytest.raises(AgendaError, match="bukan anggota"):
        services.assignment_add(item=b, role="protokol", user=outsider)


def test_cancelled_items_are_ignored_and_restoring_checks_again(nusa) -> None:
    ClashRule.objects.create(organization=nusa.org, person_overlap="block")
    first = save(nusa, title="Rakor").item
    agenda_item_set_status(item=first, to_status=AgendaStatus.CANCELLED, by=nusa.head, note="Ditunda")
    second = save(nusa, title="Audiensi", start=first.start).item
    assert second.pk
    with pytest.raises(ClashBlocked):
        agenda_item_set_status(item=first, to_status=AgendaStatus.CONFIRMED, by=nusa.head)
    first.refresh_from_db()
    assert first.status == AgendaStatus.CANCELLED
    assert list(first.status_changes.values_list("to_status", flat=True)) == [
        "tentatif",
        "dibatalkan",
    ]


def test_change_notifies_with_difference_and_bumps_sequence(nusa) -> None:
    item = save(
        nusa,
        title="Rakor",
        representative=nusa.sekda_,
        **KANTOR,
        assignments=[("ajudan", nusa.aide)],
    ).item
    assert not OutboxMessage.objects.exists()
    start = item.start + dt.timedelta(hours=1)
    result = agenda_item_save(
        organization=nusa.org,
        by=nusa.protocol,
        item=item,
        title="Rakor",
        leader=nusa.gub,
        start=start,
        end=start + dt.timedelta(hours=2),
        representative=nusa.wagub,
        **PENDOPO,
    )
    assert result.item.sequence == 1 and result.notified == 4
    recipients = set(OutboxMessage.objects.values_list("recipient", flat=True))
    assert recipients == {
        "gubernur@nusamakmur.test",
        "wagub@nusamakmur.test",
        "sekda@nusamakmur.test",
        "ajudan@nusamakmur.test",
    }
    body = OutboxMessage.objects.get(recipient="ajudan@nusamakmur.test").body
    day = item.start.astimezone(WIB).strftime("%d/%m/%Y")
    assert f"Waktu: {day} 09:00–11:00 → {day} 10:00–12:00" in body
    assert "Tempat: Kantor Gubernur Nusa Makmur → Pendopo Lembah Hijau" in body
    assert "Diwakili oleh: Hendra Saputra → Dewi Lestari" in body
    # saving without change: no new notification, no SEQUENCE bump
    again = agenda_item_save(
        organization=nusa.org,
        by=nusa.protocol,
        item=result.item,
        title="Rakor",
        leader=nusa.gub,
        start=start,
        end=start + dt.timedelta(hours=2),
        representative=nusa.wagub,
        **PENDOPO,
    )
    assert again.item.sequence == 1 and OutboxMessage.objects.count() == 4


def test_status_change_to_cancelled_notifies(nusa) -> None:
    item = save(nusa, title="Rakor").item
    agenda_item_set_status(item=item, to_status=AgendaStatus.CANCELLED, by=nusa.head, note="Hujan")
    message = OutboxMessage.objects.get(recipient="gubernur@nusamakmur.test")
    assert message.subject.startswith("Agenda dibatalkan")
    assert "Status: Tentatif → Dibatalkan" in message.body and "Catatan: Hujan" in message.body
    with pytest.raises(AgendaError, match="Status tidak dikenal"):
        agenda_item_set_status(item=item, to_status="ditunda")


# --- web views --------------------------------------------------------------------------------


def login(client, user) -> None:  # type: ignore[no-untyped-def]
    client.login(username=user.username, password=PASSWORD)


def test_calendar_views_show_items_and_clashes(client, nusa) -> None:
    a = make_item(nusa.org, leader=nusa.gub, title="Rakor Inflasi", start=future(days=3))
    make_item(nusa.org, leader=nusa.gub, title="Audiensi KNPI", start=a.start + dt.timedelta(hours=1))
    make_item(nusa.org, leader=nusa.gub, title="Acara Batal", start=a.start, status="dibatalkan")
    login(client, nusa.protocol)
    url = reverse("agenda:calendar", kwargs={"org": nusa.org.slug})
    day = a.start.astimezone(WIB).date().isoformat()
    for mode in ("hari", "minggu", "bulan"):
        html = client.get(url, {"tampilan": mode, "tanggal": day}).content.decode()
        assert "Rakor Inflasi" in html and "Audiensi KNPI" in html
        assert "2 bentrok terdeteksi" in html
        assert "tumpang tindih dengan" in html
        assert "status-dibatalkan" in html
    fragment = client.get(url, {"tampilan": "hari", "tanggal": day}, HTTP_HX_REQUEST="true")
    assert "<html" not in fragment.content.decode() and "Rakor Inflasi" in fragment.content.decode()


def test_entry_time_clash_check_fragment(client, nusa) -> None:
    a = make_item(nusa.org, leader=nusa.gub, title="Sidang Paripurna", start=future(days=3))
    login(client, nusa.protocol)
    url = reverse("agenda:clash_check", kwargs={"org": nusa.org.slug})
    start = a.start.astimezone(WIB) + dt.timedelta(minutes=30)
    data = {
        "title": "Audiensi",
        "leader": nusa.gub.pk,
        "start": start.strftime("%Y-%m-%dT%H:%M"),
        "end": (start + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
    }
    html = client.post(url, data, HTTP_HX_REQUEST="true").content.decode()
    assert "Bentrok terdeteksi" in html and "Sidang Paripurna" in html
    html = client.post(url, {**data, "item_id": a.pk, "title": "Sidang Paripurna"}).content.decode()
    assert "Tidak ada bentrok" in html
    html = client.post(url, {**data, "timezone": "Mars/Base"}).content.decode()
    assert "Zona waktu tidak dikenal" in html


def test_item_form_and_quick_path(client, nusa) -> None:
    login(client, nusa.protocol)
    start = future(days=4).replace(tzinfo=None)
    bad = client.post(
        reverse("agenda:item_create", kwargs={"org": nusa.org.slug}),
        {
            "title": "Rakor",
            "leader": nusa.gub.pk,
            "start": start.strftime("%Y-%m-%dT%H:%M"),
            "end": (start - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "status": "tentatif",
            "visibility": "internal",
            "level": "provinsi",
        },
    )
    assert bad.status_code == 400 and "Waktu selesai tidak boleh sebelum waktu mulai" in bad.content.decode()
    response = client.post(
        reverse("agenda:item_quick", kwargs={"org": nusa.org.slug}),
        {
            "title": "Tinjau banjir",
            "leader": nusa.gub.pk,
            "start": start.strftime("%Y-%m-%dT%H:%M"),
            "end": (start + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "venue_name": "Desa Sungai Ara",
            "visibility": "publik",
        },
    )
    item = AgendaItem.objects.get()
    assert response.status_code == 302 and item.unscheduled and item.status == AgendaStatus.CONFIRMED
    assert item.start.astimezone(WIB).replace(tzinfo=None) == start
    detail = client.get(reverse("agenda:item_detail", kwargs={"org": nusa.org.slug, "pk": item.pk}))
    assert "mendadak" in detail.content.decode()
    client.post(
        reverse("agenda:item_status", kwargs={"org": nusa.org.slug, "pk": item.pk}),
        {"status": "terlaksana", "note": "Selesai"},
    )
    item.refresh_from_db()
    assert item.status == AgendaStatus.DONE


def test_daily_text_pdf_and_public_page(client, nusa) -> None:
    day = future(days=2)
    make_item(
        nusa.org,
        leader=nusa.gub,
        title="Upacara HUT Provinsi",
        start=day,
        visibility="publik",
        venue_name="Lapangan Merdeka",
        dress_code="PDU",
        representative=nusa.wagub,
        status="diwakilkan",
    )
    make_item(nusa.org, leader=nusa.gub, title="Rapat tertutup", start=day + dt.timedelta(hours=3))
    make_item(
        nusa.org,
        leader=nusa.sekda_,
        title="Acara batal",
        start=day,
        status="dibatalkan",
        visibility="publik",
    )
    login(client, nusa.protocol)
    q = {"tanggal": day.date().isoformat()}
    text = client.get(reverse("agenda:daily_text", kwargs={"org": nusa.org.slug}), q).content.decode()
    assert text.startswith("*AGENDA PIMPINAN*\n*Pemerintah Provinsi Nusa Makmur*\n")
    assert "1. 09.00–11.00 WIB — Upacara HUT Provinsi" in text
    assert "_Diwakili oleh Dewi Lestari_" in text and "Pakaian: PDU" in text
    assert "2. 12.00–14.00 WIB — Rapat tertutup" in text and "Acara batal" not in text
    public_text = client.get(
        reverse("agenda:daily_text", kwargs={"org": nusa.org.slug}), {**q, "publik": "1"}
    ).content.decode()
    assert "Rapat tertutup" not in public_text
    pdf = client.get(reverse("agenda:daily_pdf", kwargs={"org": nusa.org.slug}), q)
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF-")
    assert pdf.content.rstrip().endswith(b"%%EOF") and len(pdf.content) > 2000
    html = render_to_string(
        "agenda/daily_pdf.html",
        {
            "org": nusa.org,
            "day_text": "x",
            "groups": [(g, [(i, "") for i in g.items]) for g in daily_agenda(organization=nusa.org, day=day.date())],
        },
    )
    assert "Upacara HUT Provinsi" in html and "Diwakili oleh Dewi Lestari" in html
    client.logout()
    public = client.get(reverse("agenda_public:index", kwargs={"org": nusa.org.slug})).content.decode()
    assert "Upacara HUT Provinsi" in public and "diwakili oleh" in public
    assert "Rapat tertutup" not in public and "Acara batal" not in public


def test_dashboard_card_shows_today(client, nusa) -> None:
    now = dt.datetime.now(WIB)
    start = now.replace(hour=10, minute=0, second=0, microsecond=0)
    make_item(nusa.org, leader=nusa.gub, title="Agenda hari ini", start=start)
    login(client, nusa.protocol)
    html = client.get(reverse("orgs:dashboard", kwargs={"org": nusa.org.slug})).content.decode()
    assert "Agenda hari ini" in html and "10.00–12.00 WIB" in html
    assert reverse("agenda:calendar", kwargs={"org": nusa.org.slug}) in html
