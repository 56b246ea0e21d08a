"""Browser, issue 3 end to end (real chromium, real UI only after the data setup):

invitation → disposition "diwakili" → calendar (week) → public agenda page → clash warning for a
second overlapping item → iCalendar feed → the event's protocol page → rundown from a template
→ MC script DOCX greeting the represented Gubernur through the Sekda.
"""

from __future__ import annotations

import datetime as dt
import io
import zoneinfo

import pytest
from docx import Document
from icalendar import Calendar

from humpro.agenda.models import AgendaItem, Invitation
from humpro.core.dates import long_date
from humpro.orgs.roles import Role
from humpro.testing import browser_login, make_official, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIB = zoneinfo.ZoneInfo("Asia/Jakarta")
FMT = "%Y-%m-%dT%H:%M"
EVENT = "Peresmian Bendungan Sungai Lestari"
VENUE = "Bendungan Sungai Lestari"
SECOND = "Rapat Evaluasi Anggaran Daerah"
GOV_NAME, GOV_TITLE = "Bima Aryasatya", "Gubernur Nusa Makmur"
SEK_NAME, SEK_TITLE = "Ratna Kusumawardani", "Sekretaris Daerah Provinsi Nusa Makmur"


def field(page, label: str):  # type: ignore[no-untyped-def]
    """A Django form control by its label (Django renders "Label:")."""
    return page.get_by_label(f"{label}:", exact=True)


def _start() -> dt.datetime:
    """09:00 WIB five days ahead: inside the public page's 14 days and the protocol index."""
    day = dt.datetime.now(WIB).date() + dt.timedelta(days=5)
    return dt.datetime.combine(day, dt.time(9, 0), tzinfo=WIB)


def test_invitation_to_mc_script(page, live_server, tmp_path):  # type: ignore[no-untyped-def]
    # --- data setup (the only non-UI writes): organization, user, officials directory ---------
    org = make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur",
                   timezone="Asia/Jakarta")
    gub = make_official(org, name=GOV_NAME, title=GOV_TITLE, tier="10.1.a",
                        email="gubernur@nusamakmur.test")
    sek = make_official(org, name=SEK_NAME, title=SEK_TITLE, tier="10.1.g",
                        email="sekda@nusamakmur.test")
    user = make_user(org=org, roles=[Role.PROTOCOL, Role.HEAD])
    start = _start()
    end = start + dt.timedelta(hours=2)
    browser_login(page, user.username)

    # --- 1. register the invitation through the form ----------------------------------------
    page.goto(f"/o/{org.slug}/agenda/")
    page.get_by_role("link", name="Catat undangan").click()
    field(page, "Pengirim").fill("Kepala Balai Wilayah Sungai Nusa Makmur")
    field(page, "Nomor surat").fill("UM.01.03/BWS-NM/417")
    field(page, "Acara").fill(EVENT)
    field(page, "Pimpinan yang diundang").select_option(label=f"{GOV_NAME} — {GOV_TITLE}")
    field(page, "Mulai").fill(start.strftime(FMT))
    field(page, "Selesai").fill(end.strftime(FMT))
    field(page, "Tempat").fill(VENUE)
    field(page, "Alamat").fill("Desa Lestari, Kecamatan Hulu Makmur")
    field(page, "Lintang").fill("-3.12")
    field(page, "Bujur").fill("104.51")
    field(page, "Pakaian").fill("PDH")
    page.get_by_role("button", name="Simpan", exact=True).click()
    page.get_by_text("Undangan tercatat dengan nomor").wait_for()
    invitation = Invitation.objects.get(organization=org)
    assert invitation.tracking_number in page.locator("main").inner_text()
    assert page.locator("h1").inner_text() == EVENT

    # --- 2. disposition "diwakili" by the Sekda, public -----------------------------------------
    page.get_by_role("link", name="Beri disposisi").click()
    page.get_by_label("Diwakili", exact=True).check()
    field(page, "Diwakili oleh").select_option(label=f"{SEK_NAME} — {SEK_TITLE}")
    field(page, "Visibilitas agenda").select_option("publik")
    page.get_by_role("button", name="Simpan disposisi").click()
    page.get_by_text("Disposisi “Diwakili” tersimpan.").wait_for()
    main = page.locator("main").inner_text()
    assert f"Diwakili: {SEK_NAME}" in main  # the history row
    assert f"(diwakili {SEK_NAME})" in main  # the agenda item it produced
    item = AgendaItem.objects.get(invitation=invitation)
    assert (item.status, item.representative_id, item.leader_id) == ("diwakilkan", sek.pk, gub.pk)

    # --- 3. the calendar's week view shows it with the representative --------------------------
    page.goto(f"/o/{org.slug}/agenda/?tanggal={start.date().isoformat()}")
    page.get_by_role("link", name="Minggu", exact=True).click()
    page.wait_for_url("**tampilan=minggu**")
    assert page.locator(".cal-grid.week").count() == 1
    cal_item = page.locator(".cal-item", has_text=EVENT)
    cal_item.wait_for()
    text = cal_item.inner_text()
    assert "09:00" in text and f"{GOV_NAME} → {SEK_NAME}" in text and "Diwakilkan" in text
    assert "publik" in text
    assert page.locator(".cal-item.clash").count() == 0

    # --- 4. the public page shows it to an anonymous visitor ------------------------------------
    anonymous = page.context.browser.new_context(base_url=live_server.url, locale="id-ID")
    public = anonymous.new_page()
    public.goto(f"/publik/{org.slug}/agenda/")
    public_text = public.locator("main").inner_text()
    assert long_date(start.date()) in public_text
    assert f"09.00–11.00 WIB — {EVENT}, {VENUE}" in public_text
    assert f"{GOV_NAME} · diwakili oleh {SEK_NAME} · Pakaian: PDH" in public_text

    # --- 5. a second, overlapping item for the Sekda at the same venue: clash warning ----------
    page.goto(f"/o/{org.slug}/agenda/")
    page.get_by_role("link", name="Tambah agenda").click()
    field(page, "Acara").fill(SECOND)
    field(page, "Pimpinan").select_option(label=f"{SEK_NAME} — {SEK_TITLE}")
    field(page, "Mulai").fill((start + dt.timedelta(hours=1)).strftime(FMT))
    field(page, "Selesai").fill((start + dt.timedelta(hours=3)).strftime(FMT))
    field(page, "Tempat").fill(VENUE)
    field(page, "Tempat").blur()
    warning = page.locator("#clashes .clash-list")
    warning.wait_for()
    page.wait_for_function(  # the htmx check ran with every field filled (venue included)
        "() => document.querySelector('#clashes').innerText.includes('dipakai ganda')")
    warning_text = warning.inner_text()
    assert "Bentrok terdeteksi" in warning_text
    assert (f"{SEK_TITLE}: 10:00–12:00 {SECOND} di {VENUE} tumpang tindih dengan "
            f"09:00–11:00 {EVENT} di {VENUE}") in warning_text
    assert f"Tempat {VENUE} dipakai ganda: 10:00–12:00 {SECOND} tumpang tindih dengan" in warning_text
    page.get_by_role("button", name="Simpan", exact=True).click()
    page.get_by_text(f"Agenda {SECOND} tersimpan.").wait_for()
    assert page.locator(".messages", has_text="Peringatan bentrok:").count() == 1
    second = AgendaItem.objects.get(organization=org, title=SECOND)
    assert second.visibility == "internal"
    # the calendar now marks both items, with the explanation
    page.goto(f"/o/{org.slug}/agenda/?tampilan=minggu&tanggal={start.date().isoformat()}")
    clashing = page.locator(".cal-item.clash")
    assert clashing.count() == 2
    first_note = page.locator(f".cal-item.clash[href$='/agenda/{item.pk}/'] .clash-note").inner_text()
    assert f"{EVENT} di {VENUE} tumpang tindih dengan 10:00–12:00 {SECOND}" in first_note
    # the internal item stays off the public page
    public.reload()
    assert SECOND not in public.locator("main").inner_text()
    anonymous.close()

    # --- 6. an iCalendar feed for the Gubernur: create it, download it, parse it ---------------
    page.get_by_role("link", name="Feed kalender").click()
    field(page, "Nama feed").fill("Agenda Gubernur (publik)")
    field(page, "Jenis").select_option(label="Per pimpinan")
    field(page, "Pimpinan").select_option(label=f"{GOV_NAME} — {GOV_TITLE}")
    field(page, "Audiens").select_option(label="Publik")
    page.get_by_role("button", name="Buat", exact=True).click()
    page.get_by_text("Feed Agenda Gubernur (publik) dibuat.").wait_for()
    row = page.locator("tr", has_text="Agenda Gubernur (publik)")
    assert row.get_by_role("link", name="webcal").get_attribute("href").startswith("webcal://")
    feed_url = row.get_by_role("link", name="https").get_attribute("href")
    response = page.request.get(feed_url)  # the subscribed calendar's request (no login)
    assert response.ok and response.headers["content-type"].startswith("text/calendar")
    ics_path = tmp_path / "feed.ics"
    ics_path.write_bytes(response.body())
    cal = Calendar.from_ical(ics_path.read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == 1  # the Sekda's own item is not in the Gubernur's feed
    [event] = events
    assert str(event["uid"]) == f"{item.uid}@humpro"
    assert str(event["summary"]) == f"{EVENT} (diwakili {SEK_NAME})"
    assert f"Diwakili oleh: {SEK_NAME}" in str(event["description"])
    assert str(event["status"]) == "CONFIRMED" and str(event["class"]) == "PUBLIC"
    assert event.decoded("dtstart") == start and event.decoded("dtend") == end
    assert VENUE in str(event["location"])
    # the item's own download carries the same stable UID
    page.goto(f"/o/{org.slug}/agenda/{item.pk}/")
    with page.expect_download() as info:
        page.locator("#download-ics").click()
    [single] = Calendar.from_ical(info.value.path().read_bytes()).walk("VEVENT")
    assert str(single["uid"]) == str(event["uid"])

    # --- 7. the event's protocol page: the Sekda sits by own position, "mewakili" the Gubernur --
    page.get_by_role("link", name="Protokol", exact=True).first.click()
    page.locator("tr", has_text=EVENT).get_by_role("button", name="Siapkan protokol").click()
    page.locator("#precedence").wait_for()
    assert page.locator("h1").inner_text() == EVENT
    rows = page.locator("#precedence tbody tr")
    assert rows.count() == 1
    rep = rows.first.inner_text()
    assert SEK_NAME in rep and f"mewakili {GOV_TITLE}" in rep
    assert "10.1.g" in rep and "Pasal 15" in rep

    # --- 8. rundown from the "acara resmi" template ------------------------------------------
    page.get_by_role("link", name="Susunan acara", exact=True).click()
    page.get_by_label("Templat", exact=True).select_option("acara_resmi")
    page.locator("#rundown-generate").get_by_role("button").click()
    page.get_by_text("Susunan acara dibuat dari templat").wait_for()
    rundown = page.locator("#rundown tbody tr")
    assert rundown.count() >= 8
    speech = page.locator("#rundown tbody tr[data-kind=sambutan]")
    assert speech.count() == 1
    assert f"pembicara: {SEK_NAME}" in speech.inner_text()
    assert speech.locator("input[name$='-title']").input_value() == (
        f"Sambutan {GOV_TITLE}, dibacakan oleh {SEK_TITLE} {SEK_NAME} "
        "sekaligus membuka acara secara resmi")

    # --- 9. MC script: preview and DOCX -------------------------------------------------------
    greeting = (f"Yang kami hormati {GOV_TITLE}, yang dalam hal ini diwakili oleh "
                f"{SEK_TITLE}, {SEK_NAME}")
    page.get_by_role("link", name="Naskah pembawa acara").click()
    assert greeting in page.locator("article.mc-script").inner_text()
    with page.expect_download() as info:
        page.locator("#mc-docx").click()
    download = info.value
    assert download.suggested_filename.endswith("naskah-mc.docx")
    paragraphs = [p.text for p in Document(io.BytesIO(download.path().read_bytes())).paragraphs]
    greetings = [p for p in paragraphs if "yang dalam hal ini diwakili oleh" in p]
    assert greetings and greetings[0].startswith(greeting)
    assert any(EVENT in p for p in paragraphs)
