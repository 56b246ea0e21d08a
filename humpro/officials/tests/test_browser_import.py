"""Browser: log in, import officials from an XLSX with one bad row (error shown, nothing
imported), fix it, import, see the officials and the audit entry."""

from __future__ import annotations

import io

import openpyxl
import pytest

from humpro.officials.models import Official
from humpro.orgs.roles import Role
from humpro.testing import browser_login, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADER = ["nama", "gelar_depan", "gelar_belakang", "jabatan", "instansi", "tingkat", "mulai", "email"]


def _xlsx(path, rows) -> None:  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())


def test_import_officials_fix_and_audit(page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-uji", name="Pemerintah Provinsi Nusa Uji")
    user = make_user(org=org, roles=[Role.PROTOCOL, Role.ADMIN], username="sinta")
    good = ["Darmawan Saleh", "Ir. H.", "M.T.", "Sekretaris Daerah Provinsi Nusa Uji", "Setda", "provinsi",
            "2025-02-20", "sekda@nusauji.go.id"]
    bad = ["Agus Setiawan", "", "", "Kapolda Nusa Uji", "Polda", "provinsi", "31/02/2025", "bukan-email"]
    broken, fixed = tmp_path / "pejabat-salah.xlsx", tmp_path / "pejabat.xlsx"
    _xlsx(broken, [good, bad])
    _xlsx(fixed, [good, [*bad[:6], "2025-02-03", "kapolda@nusauji.go.id"]])

    browser_login(page, user.username)
    page.goto("/o/nusa-uji/pejabat/impor/")
    page.set_input_files("#id_file", str(broken))
    page.click("button[value=import]")
    report = page.get_by_test_id("import-report")
    assert "Tidak ada data yang disimpan" in report.inner_text()
    assert "Tanggal tidak valid" in report.inner_text() and "email tidak valid" in report.inner_text()
    rows = report.locator("tbody tr")
    assert rows.count() == 2 and rows.nth(0).locator("td").first.inner_text() == "3"
    assert Official.objects.count() == 0

    page.set_input_files("#id_file", str(fixed))
    page.click("button[value=import]")
    page.wait_for_url("**/o/nusa-uji/pejabat/")
    assert "2 pejabat berhasil diimpor" in page.content()
    page.fill("#q", "Kapolda")
    page.wait_for_function("document.querySelectorAll('#rows tbody tr').length === 1")
    assert "10.1.g" in page.inner_text("#rows")
    page.click("text=Agus Setiawan")
    assert "Kapolda Nusa Uji" in page.inner_text("main")
    assert "sinta" in page.inner_text(".audit") and "dibuat" in page.inner_text(".audit")
    page.goto("/o/nusa-uji/audit/")
    assert "Impor 2 pejabat dari pejabat.xlsx" in page.inner_text("main")
