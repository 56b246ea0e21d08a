"""Browser: a member of the public submits a request and tracks it; PPID Utama disposes it to two
units; each PPID Pelaksana answers its part; the notice is issued; the requester files an
objection; the Atasan PPID answers it; the annual report counts them."""

from __future__ import annotations

import pytest
from django.utils import timezone

from humpro.orgs.models import Membership, Unit
from humpro.orgs.roles import Role
from humpro.ppid.models import InformationRequest, Objection
from humpro.testing import browser_login, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _pelaksana(org, unit, username):  # type: ignore[no-untyped-def]
    user = make_user(org=org, roles=[Role.PPID], username=username)
    Membership.objects.filter(user=user).update(unit=unit)
    return user


def _fresh(page) -> None:  # type: ignore[no-untyped-def]
    page.context.clear_cookies()


def test_public_request_to_objection_and_report(page) -> None:  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")
    humas = Unit.objects.create(organization=org, name="Biro Humas")
    kominfo = Unit.objects.create(organization=org, name="Dinas Kominfo")
    make_user(org=org, roles=[Role.PPID], username="ppid_utama")
    _pelaksana(org, humas, "pel_humas")
    _pelaksana(org, kominfo, "pel_kominfo")
    make_user(org=org, roles=[Role.LEADER], username="sekda")

    # 1. the public submits a request (validation first)
    page.goto("/publik/nusa-makmur/ppid/permohonan/")
    page.fill("#id_requester_name", "Laras Wijayanti")
    page.fill("#id_nik", "12345")
    page.click("text=Kirim permohonan")
    assert "NIK harus 16 digit angka." in page.inner_text("main")
    page.fill("#id_nik", "7371034607920002")
    page.fill("#id_address", "Jl. Kenari 12, Kota Makmur")
    page.fill("#id_phone", "0812 3456 7890")
    page.fill("#id_email", "laras@contoh.test")
    page.fill("#id_occupation", "Peneliti")
    page.fill("#id_information", "Daftar kerja sama media dan nilai kontraknya tahun 2026")
    page.fill("#id_purpose", "Penelitian tata kelola anggaran publikasi")
    page.check("#id_agree")
    page.click("text=Kirim permohonan")
    number = page.get_by_test_id("number").inner_text()
    code = page.get_by_test_id("code").inner_text()
    assert number.startswith("PPID-") and len(code) == 11

    # 2. tracking from a new session with number + code
    _fresh(page)
    page.goto("/publik/nusa-makmur/ppid/lacak/")
    page.fill("#id_number", number)
    page.fill("#id_code", "SALAH-KODE9")
    page.click("button[type=submit]")
    assert "tidak cocok" in page.get_by_test_id("track-error").inner_text()
    page.fill("#id_number", number)
    page.fill("#id_code", code)
    page.click("button[type=submit]")
    assert "Diterima" in page.get_by_test_id("public-status").inner_text()
    assert "sisa" in page.inner_text("main") or "jatuh tempo" in page.inner_text("main")

    # 3. PPID Utama disposes it to two units
    _fresh(page)
    browser_login(page, "ppid_utama")
    req = InformationRequest.objects.get(number=number)
    page.goto(f"/o/nusa-makmur/ppid/{req.pk}/")
    assert "hari kerja" in page.get_by_test_id("countdown").inner_text()
    page.get_by_label("Biro Humas").check()
    page.get_by_label("Dinas Kominfo").check()
    page.fill("#id_instruction", "Siapkan bagian masing-masing")
    page.click("text=Disposisikan >> nth=-1")
    assert page.get_by_test_id("disposition").count() == 2

    # 4. each PPID Pelaksana answers its part (and sees only its own disposition)
    for username, unit_name, answer in (
        ("pel_humas", "Biro Humas", "Daftar 12 media mitra terlampir."),
        ("pel_kominfo", "Dinas Kominfo", "Nilai kontrak total Rp480 juta."),
    ):
        _fresh(page)
        browser_login(page, username)
        page.goto("/o/nusa-makmur/ppid/")
        page.click(f"text={number}")
        assert page.get_by_test_id("disposition").count() == 1
        assert unit_name in page.get_by_test_id("disposition").inner_text()
        page.locator("textarea[name$='-answer']").fill(answer)
        page.click("text=Simpan jawaban unit")
        assert answer in page.get_by_test_id("answer").inner_text()

    # 5. PPID Utama decides on the merged answer and issues the notice
    _fresh(page)
    browser_login(page, "ppid_utama")
    page.goto(f"/o/nusa-makmur/ppid/{req.pk}/")
    page.click("text=Putuskan dan terbitkan pemberitahuan tertulis")
    merged = page.input_value("#id_response")
    assert "Biro Humas:" in merged and "Dinas Kominfo:" in merged
    page.get_by_label("Diterima seluruhnya").check()
    page.click("text=Simpan dan terbitkan pemberitahuan")
    assert "Pemberitahuan tertulis terbit" in page.get_by_test_id("status").inner_text()
    pdf = page.request.get(page.get_by_test_id("notice-link").get_attribute("href"))
    assert pdf.ok and pdf.body().startswith(b"%PDF")

    # 6. the requester tracks the answer and files an objection
    _fresh(page)
    page.goto("/publik/nusa-makmur/ppid/lacak/")
    page.fill("#id_number", number)
    page.fill("#id_code", code)
    page.click("button[type=submit]")
    assert "Nilai kontrak total Rp480 juta." in page.get_by_test_id("public-response").inner_text()
    page.click("text=Ajukan keberatan kepada Atasan PPID")
    page.get_by_label("d. permintaan ditanggapi tidak sebagaimana yang diminta").check()
    page.fill("#id_description", "Nilai per kontrak tidak dirinci.")
    page.click("text=Kirim keberatan")
    assert "Keberatan KEB-" in page.inner_text("main")

    # 7. the Atasan PPID answers it
    _fresh(page)
    browser_login(page, "sekda")
    page.goto("/o/nusa-makmur/ppid/keberatan/")
    objection = Objection.objects.get()
    page.click(f"text={objection.number}")
    page.select_option("#id_decision", "diterima")
    page.fill("#id_response", "PPID diminta memberikan rincian nilai per kontrak dalam 5 hari kerja.")
    page.fill("#id_responder_name", "Sekretaris Daerah Provinsi Nusa Makmur")
    page.click("text=Simpan tanggapan")
    assert "Ditanggapi Atasan PPID" in page.get_by_test_id("objection-status").inner_text()

    # 8. the annual report shows them
    page.goto(f"/o/nusa-makmur/ppid/laporan/?tahun={timezone.localdate().year}")
    summary = page.get_by_test_id("report-summary").inner_text()
    assert "Jumlah permohonan\t1" in summary and "Diterima seluruhnya\t1" in summary
    objections = page.get_by_test_id("report-objections").inner_text()
    assert "Jumlah keberatan\t1" in objections and "Keberatan ditanggapi\t1" in objections
