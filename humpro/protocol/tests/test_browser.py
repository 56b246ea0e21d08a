"""Browser test (real chromium): an event's protocol page, attendees, order, MC script DOCX."""

from __future__ import annotations

import pytest

from humpro.protocol.tests.factories import make_event, make_province
from humpro.testing import browser_login, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_protocol_page_attendees_order_and_mc_script(page):
    org = make_province()
    event = make_event(org, title="Peresmian Jembatan Sungai Makmur")
    user = make_user(org=org, roles=["protocol"])
    browser_login(page, user.username)

    page.goto(f"/o/{org.slug}/protokol/")
    page.get_by_role("link", name="1 peserta").click()
    assert page.locator("h1").inner_text() == "Peresmian Jembatan Sungai Makmur"

    form = page.locator("#add-attendee")
    form.locator("#id_name").fill("Drs. Asep Sunandar")
    form.locator("#id_position").fill("Asisten I Setda Provinsi Nusa Makmur")
    form.get_by_label("Mewakili (jabatan yang diwakili)").fill("Ketua DPRD Provinsi Nusa Makmur")
    form.get_by_role("button", name="Tambah").click()
    page.wait_for_load_state("networkidle")
    form = page.locator("#add-attendee")
    form.locator("#id_name").fill("Ir. Sutrisno")
    form.locator("#id_position").fill("Direktur PT Sinar Makmur")
    form.get_by_role("button", name="Tambah").click()
    page.wait_for_load_state("networkidle")

    rows = page.locator("#precedence tbody tr")
    assert rows.count() == 3
    assert "Gubernur Nusa Makmur" in rows.nth(0).inner_text()
    rep = rows.nth(1).inner_text()
    assert "mewakili Ketua DPRD Provinsi Nusa Makmur" in rep
    assert "10.1.p" in rep and "Pasal 15" in rep
    unmapped = page.locator("#precedence tr.unmapped")
    assert unmapped.count() == 1
    assert "Ir. Sutrisno" in unmapped.inner_text()
    assert "perlu penempatan manual" in unmapped.inner_text()
    assert "Pasal 10 ayat (1) huruf a" in rows.nth(0).inner_text()

    page.get_by_role("link", name="Naskah pembawa acara").click()
    assert "yang dalam hal ini diwakili oleh" in page.locator("article.mc-script").inner_text()
    with page.expect_download() as info:
        page.locator("#mc-docx").click()
    download = info.value
    assert download.suggested_filename.endswith("naskah-mc.docx")
    from docx import Document

    text = [p.text for p in Document(download.path()).paragraphs]
    assert ("Yang kami hormati Ketua DPRD Provinsi Nusa Makmur, yang dalam hal ini diwakili oleh "
            "Asisten I Setda Provinsi Nusa Makmur, Drs. Asep Sunandar;") in text
    assert event.attendees.filter(unmapped=True).count() == 1
