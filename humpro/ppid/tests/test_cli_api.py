"""`humpro ppid deadline` (deadline_main), the REST API and the staff pages' error handling."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from humpro.accounts.models import ApiToken
from humpro.core.models import CalendarAdjustment
from humpro.orgs.roles import Role
from humpro.ppid.cli import deadline_main
from humpro.ppid.models import InformationRequest, PublicInformation
from humpro.ppid.tests.factories import make_request, make_unit, person_data
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db


def _run(*argv: str) -> tuple[int, dict | None, str]:
    out, err = io.StringIO(), io.StringIO()
    code = deadline_main(list(argv), out, err)
    return code, json.loads(out.getvalue()) if out.getvalue() else None, err.getvalue()


def test_cli_deadline_national_and_extended() -> None:
    assert _run("--received", "2026-03-16") == (
        0,
        {"received": "2026-03-16", "due": "2026-04-07", "extended_due": None, "working_days": 10},
        "",
    )
    code, data, _ = _run("--received", "2026-12-18", "--extended")
    assert data == {"received": "2026-12-18", "due": "2027-01-07", "extended_due": "2027-01-18", "working_days": 17}
    code, data, _ = _run("--received", "2026-03-02", "--objection")
    assert data["due"] == "2026-04-21" and data["working_days"] == 30 and data["extended_due"] is None


def test_cli_deadline_with_organization_calendar() -> None:
    org = make_org(slug="nusa-makmur", cuti_bersama_is_workday=True)
    CalendarAdjustment.objects.create(
        organization=org, date=dt.date(2026, 3, 25), kind="closed", reason="HUT Provinsi Nusa Makmur"
    )
    code, data, _ = _run("--received", "2026-03-16", "--org", "nusa-makmur")
    assert code == 0 and data["due"] == "2026-04-01"  # cuti bersama counts, 25 Mar closed


def test_cli_deadline_errors() -> None:
    code, data, err = _run("--received", "16-03-2026")
    assert code == 2 and data is None and "YYYY-MM-DD" in err
    code, _, err = _run("--received", "2026-03-16", "--org", "tidak-ada")
    assert code == 2 and "tidak ditemukan" in err
    assert _run()[0] == 2
    assert _run("--received", "2026-03-16", "--extended", "--objection")[0] == 2


def test_api_full_flow_and_validation(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    user = make_user(org=org, roles=[Role.PPID])
    auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(user=user, name='uji')[1]}"}
    base = f"/api/v1/orgs/{org.slug}/ppid"

    def post(path: str, body: dict):  # type: ignore[no-untyped-def]
        return client.post(base + path, data=json.dumps(body), content_type="application/json", **auth)

    bad = post("/requests", {**person_data(nik="123"), "channel": "surat"})
    assert bad.status_code == 422 and "NIK harus 16 digit" in bad.json()["detail"]
    created = post("/requests", {**person_data(), "channel": "surat", "received_at": "2026-03-16T09:00:00+07:00"})
    assert created.status_code == 201
    body = created.json()
    assert body["due_on"] == "2026-04-07" and len(body["tracking_code"]) == 11
    rid = body["id"]
    a, b = make_unit(org, "Biro Humas"), make_unit(org, "Dinas Kominfo")
    assert post(f"/requests/{rid}/dispose", {"unit_ids": [999999]}).status_code == 422
    disposed = post(f"/requests/{rid}/dispose", {"unit_ids": [a.pk, b.pk]}).json()
    assert disposed["status"] == "didisposisi" and len(disposed["dispositions"]) == 2
    for d in disposed["dispositions"]:
        assert post(f"/dispositions/{d['id']}/answer", {"answer": f"Bagian {d['unit']}"}).status_code == 200
    assert post(f"/requests/{rid}/decide", {"decision": "ditolak"}).status_code == 422
    decided = post(f"/requests/{rid}/decide", {"decision": "dikabulkan", "response": "Terlampir"}).json()
    assert decided["status"] == "diputuskan" and decided["decision"] == "dikabulkan"
    assert client.get(f"{base}/deadline?received=2026-03-16&objection=true", **auth).json()["due"] == "2026-05-06"
    kpis = client.get(f"{base}/kpis?start=2026-01-01&end=2026-12-31", **auth)
    assert kpis.status_code == 200 and kpis.json()["total"] == 1 and kpis.json()["granted"] == 1
    assert {u["unit"] for u in kpis.json()["units"]} == {"Biro Humas", "Dinas Kominfo"}


def test_public_api_creates_and_rate_limits(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    url = f"/api/v1/public/{org.slug}/ppid/requests"
    created = client.post(url, data=json.dumps(person_data()), content_type="application/json")
    assert created.status_code == 201 and created.json()["number"].startswith("PPID-")
    assert InformationRequest.objects.get().channel == "web"
    assert client.post(url, data=json.dumps(person_data(nik="1")), content_type="application/json").status_code == 422
    for _ in range(3):
        client.post(url, data=json.dumps(person_data()), content_type="application/json")
    assert client.post(url, data=json.dumps(person_data()), content_type="application/json").status_code == 429


def test_staff_pages_report_and_dip(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    make_user(org=org, roles=[Role.PPID], username="ppid1")
    client.login(username="ppid1", password=PASSWORD)
    base = f"/o/{org.slug}/ppid"
    bad = client.post(f"{base}/baru/", {**person_data(nik="abc"), "channel": "langsung"})
    assert bad.status_code == 400 and "NIK harus 16 digit angka." in bad.content.decode()
    ok = client.post(f"{base}/baru/", {**person_data(), "channel": "langsung"})
    assert ok.status_code == 302
    req = InformationRequest.objects.get()
    assert req.channel == "langsung" and req.handler.username == "ppid1"
    page = client.get(ok["Location"]).content.decode()
    assert "Kode lacak untuk pemohon" in page and 'data-testid="countdown"' in page
    decide = client.post(f"{base}/{req.pk}/putusan/", {"decision": "ditolak"})
    assert decide.status_code == 400 and "uji konsekuensi" in decide.content.decode()
    req, _ = make_request(org)
    assert client.post(f"{base}/{req.pk}/perpanjang/", {"reason": ""}).status_code == 302
    req.refresh_from_db()
    assert req.extended_due_on is None
    report = client.get(f"{base}/laporan/?tahun=2026")
    assert report.status_code == 200 and "Jumlah permohonan" in report.content.decode()
    assert client.get(f"{base}/laporan.pdf?tahun=2026&semester=2").content.startswith(b"%PDF")
    assert client.get(f"{base}/laporan.xlsx?tahun=2026").content.startswith(b"PK")
    assert client.get(f"{base}/laporan/?tahun=abc").status_code == 200
    bad_dip = client.post(
        f"{base}/dip/baru/", {"title": "Berkas penyidikan", "category": "dikecualikan", "form": "softcopy"}
    )
    assert bad_dip.status_code == 400 and "dasar hukum" in bad_dip.content.decode()
    assert PublicInformation.objects.count() == 0
