"""Browser: invitation → disposition "diwakili" → calendar, public page, clash warning, ICS."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from humpro.agenda.models import AgendaItem, Invitation
from humpro.agenda.tests.factories import future, governor, sekda
from humpro.orgs.roles import Role
from humpro.testing import browser_login, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_invitation_to_public_agenda_with_clash_and_ics(page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")
    gub, sek = governor(org), sekda(org)
    user = make_user(org=org, roles=[Role.HEAD])
    browser_login(page, user.username)
    start = future(days=5, hour=9)
    fmt = "%Y-%m-%dT%H:%M"

    # 1. register the invitation
    page.goto(f"/o/{org.slug}/agenda/undangan/baru/")
    page.fill("#id_sender_name", "Bupati Lembah Hijau")
    page.fill("#id_letter_number", "005/77/LH/2026")
    page.fill("#id_event_title", "Peresmian Pasar Rakyat Lembah Hijau")
    page.select_option("#id_invited_leader", str(gub.pk))
    page.fill("#id_start", start.strftime(fmt))
    page.fill("#id_end", (start + dt.timedelta(hours=2)).strftime(fmt))
    page.fill("#id_venue_name", "Pasar Rakyat Lembah Hijau")
    page.fill("#id_latitude", "-3.43")
    page.fill("#id_longitude", "104.38")
    page.fill("#id_dress_code", "PSL")
    page.click("main form.stack button[type=submit]")
    page.wait_for_selector("text=Undangan tercatat dengan nomor")
    invitation = Invitation.objects.get()

    # 2. dispose "diwakili" by the Sekda, published
    page.click("text=Beri disposisi")
    page.check("input[name=decision][value=diwakili]")
    page.select_option("#id_representative", str(sek.pk))
    page.select_option("#id_visibility", "publik")
    page.click("main form.stack button[type=submit]")
    page.wait_for_selector("text=tersimpan")
    item = AgendaItem.objects.get(invitation=invitation)
    assert item.status == "diwakilkan" and item.representative_id == sek.pk

    # 3. the calendar shows it
    page.goto(f"/o/{org.slug}/agenda/?tampilan=minggu&tanggal={start.date().isoformat()}")
    calendar_item = page.locator(".cal-item", has_text="Peresmian Pasar Rakyat Lembah Hijau")
    assert calendar_item.count() == 1
    assert "Hendra Saputra" in calendar_item.inner_text()

    # 4. the public page shows it to anyone
    page.goto(f"/publik/{org.slug}/agenda/")
    assert page.locator("text=Peresmian Pasar Rakyat Lembah Hijau").count() == 1
    assert "diwakili oleh Hendra Saputra" in page.inner_text("main")

    # 5. a second item for the Sekda at an overlapping time: warned while typing
    page.goto(f"/o/{org.slug}/agenda/baru/")
    page.fill("#id_title", "Rapat Anggaran TAPD")
    page.select_option("#id_leader", str(sek.pk))
    page.fill("#id_start", (start + dt.timedelta(hours=1)).strftime(fmt))
    page.fill("#id_end", (start + dt.timedelta(hours=3)).strftime(fmt))
    page.fill("#id_venue_name", "Kantor Gubernur")
    page.locator("#id_venue_name").blur()
    warning = page.wait_for_selector("#clashes .clash-list")
    assert "tumpang tindih dengan" in warning.inner_text()
    assert "Peresmian Pasar Rakyat Lembah Hijau" in warning.inner_text()
    page.click("main form.stack button[type=submit]")
    page.wait_for_selector("text=Peringatan bentrok")
    second = AgendaItem.objects.get(title="Rapat Anggaran TAPD")

    # the calendar marks both items as clashing
    page.goto(f"/o/{org.slug}/agenda/?tampilan=hari&tanggal={start.date().isoformat()}")
    assert page.locator(".cal-item.clash").count() == 2

    # 6. download the ICS of the represented event and parse it
    page.goto(f"/o/{org.slug}/agenda/{item.pk}/")
    with page.expect_download() as info:
        page.click("#download-ics")
    path = tmp_path / "agenda.ics"
    info.value.save_as(path)
    [event] = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["uid"]) == f"{item.uid}@humpro"
    assert "diwakili Hendra Saputra" in str(event["summary"])
    assert event.decoded("dtstart") == start
    assert second.pk != item.pk
