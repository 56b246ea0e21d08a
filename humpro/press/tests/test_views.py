"""Staff web views: import, cards with QR and public check, contract creation, proofs, exports."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from humpro.press.models import AccreditationCard, Contract, Deliverable, Outlet, PaymentRequest
from humpro.press.tests.factories import (
    make_budget_line,
    make_card,
    make_contract,
    make_outlet,
    make_proof,
    set_policy,
)
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-makmur")
    user = make_user(org=org, roles=["media_relations"])
    client.login(username=user.username, password=PASSWORD)
    return org


def test_web_import_checks_then_imports(client, staff) -> None:  # type: ignore[no-untyped-def]
    content = b"nama,jenis,situs_web\nKoran Nusa,cetak,https://korannusa.test\nRadio Teluk,radio,teluk\n"
    response = client.post(
        "/o/nusa-makmur/media/impor/", {"file": SimpleUploadedFile("media.csv", content), "mode": "import"}
    )
    assert response.status_code == 400
    assert "URL tidak valid" in response.content.decode() and Outlet.objects.count() == 0
    fixed = content.replace(b",teluk\n", b",https://teluk.test\n")
    response = client.post(
        "/o/nusa-makmur/media/impor/", {"file": SimpleUploadedFile("media.csv", fixed), "mode": "check"}
    )
    assert response.status_code == 200 and "2 baris siap diimpor" in response.content.decode()
    assert Outlet.objects.count() == 0
    response = client.post(
        "/o/nusa-makmur/media/impor/", {"file": SimpleUploadedFile("media.csv", fixed), "mode": "import"}
    )
    assert response.status_code == 302 and Outlet.objects.filter(organization=staff).count() == 2
    export = client.get("/o/nusa-makmur/media/ekspor/?format=csv")
    assert export["Content-Type"].startswith("text/csv")
    assert "Koran Nusa,cetak" in export.content.decode("utf-8-sig")


def test_card_qr_and_public_verification(client, staff) -> None:  # type: ignore[no-untyped-def]
    card = make_card(staff)
    page = client.get(f"/o/nusa-makmur/media/kartu/{card.pk}/").content.decode()
    assert "<svg" in page and f"/publik/nusa-makmur/media/kartu/{card.code}/" in page
    client.logout()
    public = client.get(f"/publik/nusa-makmur/media/kartu/{card.code}/")
    text = public.content.decode()
    assert public.status_code == 200
    expected = "KARTU BERLAKU" if card.is_valid_on(dt.date.today()) else "KARTU TIDAK BERLAKU"  # noqa: DTZ011
    assert expected in text and "Dewi Lestari" in text and card.journalist.outlet.name in text
    assert card.journalist.outlet.nib not in text  # only validity, name and outlet are public
    AccreditationCard.objects.filter(pk=card.pk).update(status="revoked", revoked_reason="rahasia internal")
    text = client.get(f"/publik/nusa-makmur/media/kartu/{card.code}/").content.decode()
    assert "KARTU DICABUT" in text and "rahasia internal" not in text
    assert client.get("/publik/nusa-makmur/media/kartu/tidak-ada/").status_code == 404
    other = make_org(slug="pulau-timur")
    assert client.get(f"/publik/{other.slug}/media/kartu/{card.code}/").status_code == 404


def test_contract_form_explains_eligibility_and_creates_deliverables(client, staff) -> None:  # type: ignore[no-untyped-def]
    set_policy(staff, require_ukw_utama=True)
    outlet = make_outlet(staff, name="Kabar Pulau", chief_editor_ukw="madya")
    line = make_budget_line(staff)
    fragment = client.get(f"/o/nusa-makmur/media/kontrak/syarat/?outlet={outlet.pk}").content.decode()
    assert "UKW Madya; syarat: UKW jenjang Utama" in fragment
    data = {
        "outlet": outlet.pk,
        "budget_line": line.pk,
        "number": "SPK/77/2026",
        "title": "Publikasi",
        "value": "12000000",
        "start_date": "2026-01-01",
        "end_date": "2026-06-30",
        "qty_artikel": "2",
        "period_artikel": "month",
        "price_artikel": "500000",
        "qty_spot": "",
        "period_spot": "month",
        "price_spot": "",
    }
    response = client.post("/o/nusa-makmur/media/kontrak/baru/", data)
    assert (
        response.status_code == 200
        and "Kontrak hanya dapat dibuat dengan alasan pengecualian" in response.content.decode()
    )
    assert not Contract.objects.exists()
    response = client.post(
        "/o/nusa-makmur/media/kontrak/baru/", {**data, "override_reason": "Pemred sedang mengikuti UKW Utama."}
    )
    contract = Contract.objects.get()
    assert response.status_code == 302 and contract.deliverables.count() == 12
    page = client.get(f"/o/nusa-makmur/media/kontrak/{contract.pk}/").content.decode()
    assert "Dibuat dengan pengecualian syarat" in page and "0 dari 12 keluaran terverifikasi" in page


def test_verify_return_and_payment_through_views(client, staff) -> None:  # type: ignore[no-untyped-def]
    proof = make_proof(staff)
    contract = proof.deliverable.contract
    response = client.post(f"/o/nusa-makmur/media/bukti/{proof.pk}/kembalikan/", {"reason": ""}, follow=True)
    assert "Alasan pengembalian wajib diisi" in response.content.decode()
    client.post(f"/o/nusa-makmur/media/bukti/{proof.pk}/verifikasi/")
    item = Deliverable.objects.get(pk=proof.deliverable_id)
    assert item.status == "verified"
    file = client.get(f"/o/nusa-makmur/media/bukti/{proof.pk}/berkas/")
    assert file["Content-Type"] == "image/png"
    other = contract.deliverables.exclude(pk=item.pk).first()
    response = client.post(
        f"/o/nusa-makmur/media/kontrak/{contract.pk}/termin/", {"deliverable": [item.pk, other.pk]}, follow=True
    )
    assert "belum terverifikasi" in response.content.decode() and not PaymentRequest.objects.exists()
    client.post(f"/o/nusa-makmur/media/kontrak/{contract.pk}/termin/", {"deliverable": [item.pk]})
    payment = PaymentRequest.objects.get()
    client.post(f"/o/nusa-makmur/media/termin/{payment.pk}/status/", {"status": "approved"})
    client.post(
        f"/o/nusa-makmur/media/termin/{payment.pk}/status/",
        {"status": "paid", "reference": "SP2D-9", "paid_on": "2026-03-03"},
    )
    payment.refresh_from_db()
    assert payment.status == "paid"
    export = client.get("/o/nusa-makmur/media/kontrak/ekspor/?tahun=2026")
    wb = openpyxl.load_workbook(io.BytesIO(export.content))
    assert wb.sheetnames == ["Kontrak", "Keluaran", "Realisasi", "Evaluasi"]
    realisation = list(wb["Realisasi"].iter_rows(min_row=2, values_only=True))
    assert realisation[0][:7] == (contract.number, contract.outlet.name, 24000000, 6, 1, 1, 17)
    assert realisation[0][9] == 1000000  # paid


def test_other_organizations_contract_cannot_be_used(client, staff) -> None:  # type: ignore[no-untyped-def]
    foreign = make_contract(make_org())
    assert client.get(f"/o/nusa-makmur/media/kontrak/{foreign.pk}/").status_code == 404
    outlet = make_outlet(make_org())
    line = make_budget_line(staff)
    response = client.post(
        "/o/nusa-makmur/media/kontrak/baru/",
        {
            "outlet": outlet.pk,
            "budget_line": line.pk,
            "number": "X",
            "title": "X",
            "value": "1000",
            "start_date": "2026-01-01",
            "end_date": "2026-01-31",
            "qty_artikel": "1",
            "period_artikel": "month",
            "price_artikel": "1000",
        },
    )
    assert response.status_code == 200 and "Masukkan pilihan yang valid" in response.content.decode()
