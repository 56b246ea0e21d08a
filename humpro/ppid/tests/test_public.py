"""Public form (validation, honeypot, rate limit), tracking by number + code (nobody else's data),
public objection, public DIP listing."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from humpro.ppid.models import InformationRequest, Objection, PublicFormHit
from humpro.ppid.services import disposition_answer, request_decide, request_dispose
from humpro.ppid.tests.factories import PNG, make_dip, make_dip_document, make_request, make_unit, person_data
from humpro.testing import make_org

pytestmark = pytest.mark.django_db


def _form(**overrides):  # type: ignore[no-untyped-def]
    data = person_data(**overrides)
    data.update(agree="on", website="")
    return data


def _submit(client, org, ip="10.0.0.1", **overrides):  # type: ignore[no-untyped-def]
    data = _form(**overrides)
    data["ktp"] = SimpleUploadedFile("ktp.png", PNG, content_type="image/png")
    return client.post(f"/publik/{org.slug}/ppid/permohonan/", data, REMOTE_ADDR=ip)


def test_submit_shows_number_and_code_once(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-makmur")
    assert client.get("/publik/nusa-makmur/ppid/permohonan/").status_code == 200
    response = _submit(client, org, requester_name="Siti Aminah")
    assert response.status_code == 302
    req = InformationRequest.objects.get()
    assert req.channel == "web" and req.documents.get().kind == "ktp"
    page = client.get(response["Location"]).content.decode()
    assert req.number in page and "Kode lacak rahasia" in page
    code = page.split('data-testid="code">')[1].split("<")[0]
    assert req.check_code(code)
    again = client.get(response["Location"]).content.decode()
    assert code not in again  # the code is shown once
    pdf = client.get(f"/publik/nusa-makmur/ppid/lacak/{req.pk}/tanda-terima.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_validation_messages_and_nothing_saved(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    response = _submit(client, org, nik="12345", email="salah@", information="")
    assert response.status_code == 400
    html = response.content.decode()
    assert "NIK harus 16 digit angka." in html and "Alamat email tidak valid" in html
    assert "Informasi yang diminta wajib diisi." in html
    no_agree = _form()
    no_agree.pop("agree")
    assert client.post(f"/publik/{org.slug}/ppid/permohonan/", no_agree).status_code == 400
    assert InformationRequest.objects.count() == 0


def test_honeypot_rejects_without_saving(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    data = _form()
    data["website"] = "http://spam.example"
    response = client.post(f"/publik/{org.slug}/ppid/permohonan/", data)
    assert response.status_code == 400 and "tidak dapat diproses" in response.content.decode()
    assert InformationRequest.objects.count() == 0


def test_rate_limit_per_ip(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    for _ in range(5):
        assert _submit(client, org, ip="10.0.0.7", nik="x").status_code == 400
    blocked = _submit(client, org, ip="10.0.0.7")
    assert blocked.status_code == 429 and "Terlalu banyak percobaan" in blocked.content.decode()
    assert InformationRequest.objects.count() == 0
    assert _submit(client, org, ip="10.0.0.8").status_code == 302  # another address is served
    assert not PublicFormHit.objects.filter(ip_hash__contains="10.0.0").exists()  # IP stored hashed


def test_tracking_needs_number_and_code_and_shows_only_own_request(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    mine, code = make_request(org, requester_name="Budi Pemohon")
    other, _ = make_request(org, requester_name="Orang Lain", information="Rahasia orang lain")
    url = f"/publik/{org.slug}/ppid/lacak/"
    assert client.get(f"{url}{mine.pk}/").status_code == 404  # no code proven yet
    wrong = client.post(url, {"number": mine.number, "code": "AAAAA-BBBBB"})
    assert wrong.status_code == 400 and "tidak cocok" in wrong.content.decode()
    unknown = client.post(url, {"number": "PPID-2026-9999", "code": code})
    assert "tidak cocok" in unknown.content.decode()  # same message: no hint which part was wrong
    ok = client.post(url, {"number": mine.number.lower(), "code": code.lower()})
    assert ok.status_code == 302 and ok["Location"].endswith(f"/lacak/{mine.pk}/")
    page = client.get(ok["Location"]).content.decode()
    assert "Budi Pemohon" in page and "Orang Lain" not in page
    assert mine.nik not in page and "Jl. Cempaka" not in page  # identity details stay internal
    assert client.get(f"{url}{other.pk}/").status_code == 404
    assert client.get(f"{url}{other.pk}/tanda-terima.pdf").status_code == 404
    assert client.get(f"{url}{other.pk}/keberatan/").status_code == 404
    other_org = make_org()
    assert client.get(f"/publik/{other_org.slug}/ppid/lacak/{mine.pk}/").status_code == 404


def test_tracking_attempts_are_rate_limited(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    req, code = make_request(org)
    url = f"/publik/{org.slug}/ppid/lacak/"
    for _ in range(20):
        client.post(url, {"number": req.number, "code": "SALAH-KODE0"}, REMOTE_ADDR="10.1.1.1")
    assert client.post(url, {"number": req.number, "code": code}, REMOTE_ADDR="10.1.1.1").status_code == 429


def test_public_page_hides_internal_notes_and_accepts_objection(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    req, code = make_request(org)
    unit = make_unit(org, "Biro Hukum")
    request_dispose(request=req, units=[unit])
    disposition_answer(disposition=req.dispositions.get(), answer="Catatan internal: draf belum final")
    request_decide(request=req, decision="dikabulkan", response="Salinan SK terlampir.")
    client.post(f"/publik/{org.slug}/ppid/lacak/", {"number": req.number, "code": code})
    page = client.get(f"/publik/{org.slug}/ppid/lacak/{req.pk}/").content.decode()
    assert "Salinan SK terlampir." in page and "draf belum final" not in page and "Biro Hukum" not in page
    assert client.get(f"/publik/{org.slug}/ppid/lacak/{req.pk}/pemberitahuan.pdf").content.startswith(b"%PDF")
    url = f"/publik/{org.slug}/ppid/lacak/{req.pk}/keberatan/"
    assert client.post(url, {"description": "x"}).status_code == 400  # no reason chosen
    response = client.post(url, {"reasons": ["d", "e"], "description": "Lampiran tidak lengkap."})
    assert response.status_code == 302
    objection = Objection.objects.get()
    assert objection.reasons == ["d", "e"] and objection.request == req


def test_public_dip_listing_and_documents(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    doc = make_dip_document(org)
    make_dip(org, title="Profil pimpinan daerah", category="setiap_saat")
    make_dip(org, title="Draf naskah internal", published=False)
    secret = make_dip(
        org,
        title="Dokumen penyelidikan",
        category="dikecualikan",
        legal_basis="Pasal 17 huruf a UU 14/2008",
        consequence_test="Menghambat penyidikan.",
    )
    page = client.get(f"/publik/{org.slug}/ppid/dip/").content.decode()
    assert "Profil pimpinan daerah" in page and "Draf naskah internal" not in page
    assert "Dokumen penyelidikan" in page and "Pasal 17 huruf a" in page
    found = client.get(f"/publik/{org.slug}/ppid/dip/?q=profil").content.decode()
    assert "Profil pimpinan daerah" in found and doc.info.title not in found
    assert client.get(f"/publik/{org.slug}/ppid/dip/dokumen/{doc.pk}/").status_code == 200
    from humpro.ppid.services_dip import dip_add_document

    hidden = dip_add_document(info=secret, title="BAP", name="bap.pdf", content=b"%PDF rahasia")
    assert client.get(f"/publik/{org.slug}/ppid/dip/dokumen/{hidden.pk}/").status_code == 404
    assert "BAP" not in client.get(f"/publik/{org.slug}/ppid/dip/{secret.pk}/").content.decode()
