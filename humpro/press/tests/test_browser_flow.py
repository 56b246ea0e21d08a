"""Browser: import the registry from an XLSX, create a contract, submit a proof as the outlet,
verify it as media relations, see the realisation."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest

from humpro.press.models import Outlet, Proof
from humpro.press.tests.factories import make_budget_line, png_bytes
from humpro.testing import browser_login, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADER = [
    "nama",
    "jenis",
    "badan_hukum",
    "nomor_akta",
    "sk_kemenkumham",
    "nib",
    "npwp",
    "status_dewan_pers",
    "tanggal_dewan_pers",
    "pemimpin_redaksi",
    "ukw_pemimpin_redaksi",
    "situs_web",
    "rss",
    "email",
]
ROWS = [
    [
        "Harian Pagi Nusa",
        "cetak",
        "PT Pagi Nusa Media",
        "17",
        "AHU-0012.AH.01.01.TAHUN 2015",
        "9120001234567",
        "012345678901000",
        "faktual",
        "2021-08-12",
        "Hendra Gunawan",
        "utama",
        "https://paginusa.test",
        "https://paginusa.test/rss",
        "redaksi@paginusa.test",
    ],
    [
        "Radio Suara Teluk",
        "radio",
        "PT Suara Teluk",
        "3",
        "AHU-0099.AH.01.01.TAHUN 2018",
        "9120001234568",
        "012345678901001",
        "administratif",
        "2022-02-01",
        "Maria Ulfa",
        "madya",
        "https://suarateluk.test",
        "",
        "studio@suarateluk.test",
    ],
]


def _xlsx(path) -> None:  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())


def test_registry_contract_proof_verification_realisation(page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-uji", name="Pemerintah Provinsi Nusa Uji")
    make_user(org=org, roles=["media_relations"], username="humas")
    line = make_budget_line(org, code="5.1.02.01.01.0025", name="Belanja jasa iklan/reklame")
    registry, screenshot = tmp_path / "media-mitra.xlsx", tmp_path / "tangkapan.png"
    _xlsx(registry)
    screenshot.write_bytes(png_bytes((320, 200)))

    # 1. media relations import the registry from an XLSX (checked first, then imported)
    browser_login(page, "humas")
    page.goto("/o/nusa-uji/media/impor/")
    page.set_input_files("#id_file", str(registry))
    page.click("button[value=check]")
    assert "2 baris siap diimpor" in page.get_by_test_id("import-report").inner_text()
    page.set_input_files("#id_file", str(registry))
    page.click("button[value=import]")
    page.wait_for_url("**/o/nusa-uji/media/")
    assert "2 media mitra berhasil diimpor" in page.content()
    assert Outlet.objects.filter(organization=org).count() == 2

    # 2. give the newspaper a portal account
    page.click("text=Harian Pagi Nusa")
    page.click("text=Akun portal")
    page.fill("#id_username", "redaksi-pagi")
    page.fill("#id_full_name", "Sekretariat Redaksi Pagi Nusa")
    page.fill("#id_password", "kata-sandi-redaksi-2026")
    page.click("main button[type=submit]")
    assert "redaksi-pagi kini dapat masuk ke portal" in page.inner_text("main")

    # 3. create a contract; the eligibility checks are shown for the chosen outlet
    page.click("text=Buat kontrak")
    page.wait_for_selector("#eligibility li[data-check=ukw_utama]")
    assert "Hendra Gunawan bersertifikat UKW Utama" in page.inner_text("#eligibility")
    page.select_option("#id_budget_line", str(line.pk))
    page.fill("#id_number", "027/SPK/HUMAS/2026")
    page.fill("#id_title", "Publikasi kegiatan Pemerintah Provinsi Nusa Uji")
    page.fill("#id_value", "12000000")
    page.fill("#id_start_date", "2026-01-01")
    page.fill("#id_end_date", "2026-03-31")
    page.fill("#id_qty_artikel", "2")
    page.select_option("#id_period_artikel", "month")
    page.fill("#id_price_artikel", "1500000")
    page.click("text=Simpan kontrak")
    page.wait_for_url(re.compile(r".*/media/kontrak/\d+/$"))
    assert "0 dari 6 keluaran terverifikasi" in page.get_by_test_id("realisation").inner_text()
    contract_url = page.url

    # 4. the outlet logs in to its portal and submits a proof of publication
    page.context.clear_cookies()
    browser_login(page, "redaksi-pagi", "kata-sandi-redaksi-2026")
    page.goto("/o/nusa-uji/media/portal/")
    assert "Radio Suara Teluk" not in page.inner_text("main")
    page.get_by_test_id("portal-open").locator("text=kirim bukti").first.click()
    page.select_option("#id_kind", "online")
    page.fill("#id_url", "https://paginusa.test/2026/01/10/gubernur-resmikan-pelabuhan")
    page.fill("#id_published_on", "2026-01-10")
    page.set_input_files("#id_file", str(screenshot))
    page.click("main button[type=submit]")
    page.wait_for_url("**/media/portal/")
    assert "Bukti tayang terkirim" in page.inner_text("main")
    assert "Diajukan" in page.get_by_test_id("portal-proofs").inner_text()
    assert Proof.objects.get().status == "submitted"

    # 5. media relations verify it; the realisation and the evaluation show it
    page.context.clear_cookies()
    browser_login(page, "humas")
    page.goto("/o/nusa-uji/media/bukti/")
    assert "Harian Pagi Nusa" in page.inner_text("main")
    page.click("button:has-text('Verifikasi')")
    assert "terverifikasi" in page.inner_text(".messages")
    page.goto(contract_url)
    assert "1 dari 6 keluaran terverifikasi (17%), 1 tepat waktu." in page.get_by_test_id("realisation").inner_text()
    assert "Rp1.500.000" in page.get_by_test_id("realisation").inner_text()
    page.goto("/o/nusa-uji/media/evaluasi/?tahun=2026")
    row = page.get_by_test_id("evaluation").locator("tbody tr").first.inner_text()
    assert "Harian Pagi Nusa" in row and "1 (17%)" in row and "1 (100%)" in row
