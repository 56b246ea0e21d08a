"""Registry import: every column type is validated, duplicates are found, all-or-nothing writes."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest

from humpro.core.models import AuditEntry
from humpro.press.cli import import_main
from humpro.press.models import Outlet
from humpro.press.registry import IMPORT_COLUMNS, outlets_export, outlets_import
from humpro.press.tests.factories import make_outlet
from humpro.testing import make_org

pytestmark = pytest.mark.django_db

GOOD = {
    "nama": "Harian Pagi Nusa Makmur",
    "jenis": "cetak",
    "badan_hukum": "PT Pagi Nusa Media",
    "nomor_akta": "17",
    "tanggal_akta": "2015-04-21",
    "sk_kemenkumham": "AHU-0012345.AH.01.01.TAHUN 2015",
    "nib": "9120 0012 3456 7",
    "npwp": "01.234.567.8-901.000",
    "status_dewan_pers": "faktual",
    "tanggal_dewan_pers": "12/08/2021",
    "pemimpin_redaksi": "Hendra Gunawan",
    "ukw_pemimpin_redaksi": "Utama",
    "alamat": "Jl. Pelabuhan 12, Kota Bandar Makmur",
    "kota": "Kota Bandar Makmur",
    "telepon": "0411-555123",
    "email": "redaksi@pagi-nusa.test",
    "situs_web": "https://www.pagi-nusa.test/",
    "rss": "https://www.pagi-nusa.test/rss; https://www.pagi-nusa.test/rss/daerah",
    "sitemap": "https://www.pagi-nusa.test/sitemap.xml",
    "media_sosial": "instagram:@paginusa; https://www.youtube.com/@paginusa",
    "jangkauan": "12.500",
    "satuan_jangkauan": "eksemplar",
}


def _csv(rows: list[dict[str, str]], headers: list[str] | None = None) -> bytes:
    headers = headers or list(IMPORT_COLUMNS)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=headers, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buf.getvalue().encode()


def _xlsx(rows: list[dict[str, object]]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    headers = list(IMPORT_COLUMNS)
    ws.append(headers)
    for row in rows:
        ws.append([row.get(h) for h in headers])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _row(**changes: str) -> dict[str, str]:
    return {**GOOD, **changes}


def test_a_good_row_imports_every_field() -> None:
    org = make_org()
    report = outlets_import(organization=org, content=_csv([GOOD]), filename="media.csv", dry_run=False)
    assert report.ok, report.errors
    assert report.created == 1
    outlet = Outlet.objects.get(organization=org)
    assert outlet.media_type == "cetak" and outlet.nib == "9120001234567"
    assert outlet.npwp == "012345678901000"
    assert outlet.dewan_pers_status == "faktual" and outlet.dewan_pers_date.isoformat() == "2021-08-12"
    assert outlet.chief_editor_ukw == "utama" and outlet.domain == "pagi-nusa.test"
    assert outlet.feed_urls == ["https://www.pagi-nusa.test/rss", "https://www.pagi-nusa.test/rss/daerah"]
    assert outlet.sitemap_urls == ["https://www.pagi-nusa.test/sitemap.xml"]
    assert outlet.social_accounts == [
        {"platform": "instagram", "handle": "@paginusa", "url": ""},
        {"platform": "youtube", "handle": "", "url": "https://www.youtube.com/@paginusa"},
    ]
    assert outlet.reach == 12500 and outlet.reach_unit == "eksemplar"
    assert AuditEntry.objects.filter(organization=org, action="import").count() == 1


@pytest.mark.parametrize(
    "column,value,message",
    [
        ("situs_web", "www.pagi-nusa", "URL tidak valid"),
        ("rss", "https://ok.test/rss; ftp://pagi.test/feed", "URL tidak valid"),
        ("sitemap", "sitemap.xml", "URL tidak valid"),
        ("email", "redaksi(at)pagi.test", "Alamat email tidak valid"),
        ("jenis", "majalah dinding", "Jenis media tidak dikenal"),
        ("tanggal_akta", "31/02/2015", "Tanggal tidak valid"),
        ("tanggal_dewan_pers", "kemarin", "Tanggal tidak valid"),
        ("status_dewan_pers", "lulus", "Status Dewan Pers tidak dikenal"),
        ("ukw_pemimpin_redaksi", "senior", "Jenjang UKW tidak dikenal"),
        ("nib", "12345", "NIB harus 13 angka"),
        ("npwp", "01.234", "NPWP harus 15 atau 16 angka"),
        ("media_sosial", "myspace:paginusa", "Akun media sosial tidak dikenali"),
        ("jangkauan", "banyak", "Jangkauan harus berupa angka"),
        ("satuan_jangkauan", "lembar", "Satuan jangkauan tidak dikenal"),
        ("nama", "", "Nama media wajib diisi"),
    ],
)
def test_each_bad_cell_is_reported_with_row_and_column(column: str, value: str, message: str) -> None:
    org = make_org()
    other = {"nama": "Radio Suara Teluk", "jenis": "radio", "situs_web": "https://suarateluk.test"}
    content = _csv([other, _row(**{column: value})])
    report = outlets_import(organization=org, content=content, filename="media.csv", dry_run=False)
    assert not report.ok
    assert [(e["row"], e["column"]) for e in report.errors] == [(3, column)]
    assert message in report.errors[0]["message"]
    assert Outlet.objects.count() == 0  # all or nothing: the good row is not saved either


def test_bad_rows_in_xlsx_with_native_cells() -> None:
    import datetime as dt

    org = make_org()
    rows = [
        _row(tanggal_akta=dt.datetime(2015, 4, 21), jangkauan=12500.0),
        _row(nama="Tabloid Wisata", situs_web="https://wisata.test", email="x@", jenis="tv"),
    ]
    report = outlets_import(organization=org, content=_xlsx(rows), filename="media.xlsx", dry_run=True)
    assert [(e["row"], e["column"]) for e in report.errors] == [(3, "email")]
    assert report.rows == 2 and report.created == 0


def test_missing_required_header_and_unreadable_file() -> None:
    org = make_org()
    report = outlets_import(organization=org, content=b"nama,kota\nA,B\n", filename="m.csv", dry_run=True)
    assert report.errors == [{"row": 1, "column": "jenis", "message": "Kolom wajib 'jenis' tidak ada di baris judul."}]
    report = outlets_import(organization=org, content=b"not a zip", filename="m.xlsx", dry_run=True)
    assert "bukan XLSX" in report.errors[0]["message"]
    report = outlets_import(organization=org, content=b"nama,jenis\n", filename="m.csv", dry_run=True)
    assert report.errors[0]["message"] == "Berkas tidak berisi baris data."


def test_duplicates_by_fuzzy_name_and_by_domain() -> None:
    org = make_org()
    make_outlet(org, name="PT. Harian Pagi Nusa-Makmur", website="https://lama.test")
    make_outlet(org, name="Suara Teluk FM", website="https://www.suarateluk.test/")
    rows = [
        GOOD,  # similar name to the first existing outlet
        {"nama": "Radio Teluk Raya", "jenis": "radio", "situs_web": "https://suarateluk.test/profil"},
        {"nama": "Kabar Timur", "jenis": "siber", "situs_web": "https://kabartimur.test"},
        {"nama": "Kabar  Timur!", "jenis": "siber"},  # same as the previous row of the file
        {"nama": "Nusa Televisi", "jenis": "tv"},  # unique
    ]
    report = outlets_import(organization=org, content=_csv(rows), filename="m.csv", dry_run=True)
    assert report.duplicates == [
        {"row": 2, "existing": "PT. Harian Pagi Nusa-Makmur (nama mirip)"},
        {"row": 3, "existing": "Suara Teluk FM (domain suarateluk.test sama)"},
        {"row": 5, "existing": "baris 4: Kabar Timur (nama mirip)"},
    ]
    assert [e["row"] for e in report.errors] == [2, 3, 5]
    assert all("Kemungkinan duplikat" in e["message"] for e in report.errors)


def test_a_confirmed_duplicate_is_listed_but_imported() -> None:
    org = make_org()
    make_outlet(org, name="Harian Pagi Nusa Makmur", website="https://lama.test")
    report = outlets_import(
        organization=org,
        content=_csv([_row(abaikan_duplikat="ya")], [*IMPORT_COLUMNS]),
        filename="m.csv",
        dry_run=False,
    )
    assert report.ok and report.created == 1
    assert len(report.duplicates) == 1


def test_export_reimports_into_another_organization_unchanged() -> None:
    org, other = make_org(), make_org()
    outlets_import(organization=org, content=_csv([GOOD]), filename="m.csv", dry_run=False)
    for fmt in ("xlsx", "csv"):
        content, _, name = outlets_export(organization=org, fmt=fmt)
        target = make_org()
        report = outlets_import(organization=target, content=content, filename=name, dry_run=False)
        assert report.ok, report.errors
        a = Outlet.objects.get(organization=org)
        b = Outlet.objects.get(organization=target)
        for field in (
            "name",
            "media_type",
            "nib",
            "npwp",
            "dewan_pers_date",
            "feed_urls",
            "social_accounts",
            "reach",
            "chief_editor_ukw",
            "domain",
        ):
            assert getattr(a, field) == getattr(b, field), field
    assert Outlet.objects.filter(organization=other).count() == 0


# --- CLI ---------------------------------------------------------------------------------------


def _run(argv: list[str]) -> tuple[int, dict]:
    out = io.StringIO()
    code = import_main(argv, out)
    return code, json.loads(out.getvalue())


def test_cli_dry_run_then_import(tmp_path) -> None:  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-makmur")
    path = tmp_path / "media.xlsx"
    path.write_bytes(_xlsx([GOOD, {"nama": "Nusa TV", "jenis": "tv"}]))
    code, report = _run([str(path), "--dry-run", "--org", "nusa-makmur"])
    assert code == 0
    assert report == {"ok": True, "rows": 2, "created": 0, "errors": [], "duplicates": []}
    assert Outlet.objects.count() == 0
    code, report = _run([str(path), "--org", "nusa-makmur"])
    assert code == 0 and report["created"] == 2
    assert Outlet.objects.filter(organization=org).count() == 2
    # the same file again: every row is a duplicate, nothing is created
    code, report = _run([str(path)])  # one organization only: --org may be omitted
    assert code == 1 and report["ok"] is False and report["created"] == 0
    assert [d["row"] for d in report["duplicates"]] == [2, 3]
    assert Outlet.objects.count() == 2


def test_cli_is_all_or_nothing_and_reports_every_problem(tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_org(slug="nusa-makmur")
    path = tmp_path / "media.csv"
    path.write_bytes(
        _csv([GOOD, _row(nama="Radio Teluk", jenis="radio", situs_web="teluk", email="a@", tanggal_akta="2015-13-01")])
    )
    code, report = _run([str(path)])
    assert code == 1 and set(report) == {"ok", "rows", "created", "errors", "duplicates"}
    assert [(e["row"], e["column"]) for e in report["errors"]] == [(3, "email"), (3, "situs_web"), (3, "tanggal_akta")]
    assert Outlet.objects.count() == 0


def test_cli_org_selection_errors(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "media.csv"
    path.write_bytes(_csv([GOOD]))
    code, report = _run([str(path)])
    assert code == 2 and "Belum ada organisasi" in report["errors"][0]["message"]
    make_org(), make_org()
    code, report = _run([str(path)])
    assert code == 2 and "--org" in report["errors"][0]["message"]
    code, report = _run([str(path), "--org", "tidak-ada"])
    assert code == 2 and "tidak ditemukan" in report["errors"][0]["message"]
    code, report = _run([str(tmp_path / "hilang.csv"), "--org", "tidak-ada"])
    assert code == 2
