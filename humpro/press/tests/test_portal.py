"""Partner-media portal: an outlet's user sees and acts only on its own outlet's data."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from humpro.accounts.models import ApiToken
from humpro.press import hooks
from humpro.press.models import Outlet, ProfileUpdate, Proof
from humpro.press.services import outlet_user_link, profile_update_review
from humpro.press.tests.factories import make_contract, make_outlet, png_bytes
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-makmur")
    mine, theirs = make_outlet(org, name="Warta Teluk"), make_outlet(org, name="Kabar Pulau")
    c_mine = make_contract(org, outlet=mine, number="SPK/MINE/2026")
    c_theirs = make_contract(org, outlet=theirs, number="SPK/THEIRS/2026")
    user = make_user(username="redaksi-teluk")
    outlet_user_link(outlet=mine, user=user)
    return {"org": org, "mine": mine, "theirs": theirs, "c_mine": c_mine, "c_theirs": c_theirs, "user": user}


def _login(client, user) -> None:  # type: ignore[no-untyped-def]
    assert client.login(username=user.username, password=PASSWORD)


def test_portal_home_lists_only_own_deliverables(client, world) -> None:  # type: ignore[no-untyped-def]
    _login(client, world["user"])
    page = client.get("/o/nusa-makmur/media/portal/").content.decode()
    assert "Warta Teluk" in page and "SPK/MINE/2026" in page
    assert "SPK/THEIRS/2026" not in page and "Kabar Pulau" not in page


def test_staff_pages_are_closed_to_the_outlet_user(client, world) -> None:  # type: ignore[no-untyped-def]
    _login(client, world["user"])
    for url in (
        "/o/nusa-makmur/media/",
        f"/o/nusa-makmur/media/{world['mine'].pk}/",
        f"/o/nusa-makmur/media/kontrak/{world['c_mine'].pk}/",
        "/o/nusa-makmur/media/bukti/",
    ):
        assert client.get(url).status_code == 403, url


def test_proof_for_another_outlets_deliverable_is_not_found(client, world) -> None:  # type: ignore[no-untyped-def]
    _login(client, world["user"])
    foreign = world["c_theirs"].deliverables.first()
    assert client.get(f"/o/nusa-makmur/media/portal/bukti/?keluaran={foreign.pk}").status_code == 404
    response = client.post(
        "/o/nusa-makmur/media/portal/bukti/",
        {
            "deliverable": foreign.pk,
            "kind": "online",
            "url": "https://teluk.test/a",
            "published_on": "2026-01-05",
            "file": SimpleUploadedFile("a.png", png_bytes()),
        },
    )
    assert response.status_code == 404
    assert not Proof.objects.exists()


def test_outlet_user_submits_a_proof_and_sees_the_return_reason(client, world) -> None:  # type: ignore[no-untyped-def]
    _login(client, world["user"])
    own = world["c_mine"].deliverables.first()
    page = client.get(f"/o/nusa-makmur/media/portal/bukti/?keluaran={own.pk}").content.decode()
    assert f'value="{own.pk}" selected' in page
    response = client.post(
        "/o/nusa-makmur/media/portal/bukti/",
        {
            "deliverable": own.pk,
            "kind": "online",
            "url": "https://teluk.test/berita/1",
            "published_on": "2026-01-05",
            "file": SimpleUploadedFile("a.png", png_bytes()),
        },
    )
    assert response.status_code == 302
    proof = Proof.objects.get()
    assert proof.deliverable_id == own.pk and proof.submitted_by == world["user"]
    # a wrong file is refused with a message, nothing saved
    second = world["c_mine"].deliverables.exclude(pk=own.pk).first()
    response = client.post(
        "/o/nusa-makmur/media/portal/bukti/",
        {
            "deliverable": second.pk,
            "kind": "online",
            "url": "https://teluk.test/berita/2",
            "published_on": "2026-01-06",
            "file": SimpleUploadedFile("b.png", b"GIF89a..."),
        },
    )
    assert response.status_code == 200 and "Isi berkas tidak sesuai" in response.content.decode()
    assert Proof.objects.count() == 1
    from humpro.press.proofs import proof_return

    proof_return(proof=proof, reason="Tanggal tayang tidak terlihat pada tangkapan layar.")
    page = client.get("/o/nusa-makmur/media/portal/").content.decode()
    assert "Tanggal tayang tidak terlihat pada tangkapan layar." in page


def test_profile_update_is_proposed_then_reviewed(client, world) -> None:  # type: ignore[no-untyped-def]
    _login(client, world["user"])
    outlet = world["mine"]
    form = client.get("/o/nusa-makmur/media/portal/profil/")
    assert form.status_code == 200
    data = dict.fromkeys(
        (
            "legal_name",
            "deed_number",
            "sk_kemenkumham",
            "nib",
            "npwp",
            "dewan_pers_evidence",
            "chief_editor_ukw_number",
            "address",
            "city",
            "email",
            "feed_urls",
            "sitemap_urls",
            "reach",
            "reach_unit",
            "deed_date",
        ),
        "",
    )
    data.update(
        {
            "name": outlet.name,
            "legal_name": outlet.legal_name,
            "deed_number": outlet.deed_number,
            "sk_kemenkumham": outlet.sk_kemenkumham,
            "nib": outlet.nib,
            "npwp": outlet.npwp,
            "dewan_pers_status": outlet.dewan_pers_status,
            "dewan_pers_date": "2023-05-02",
            "chief_editor": outlet.chief_editor,
            "chief_editor_ukw": "utama",
            "website": outlet.website,
            "phone": "0411-777888",
            "feed_urls": "https://warta.test/rss",
        }
    )
    response = client.post("/o/nusa-makmur/media/portal/profil/", data)
    assert response.status_code == 302, re.findall(r"errorlist.*?</ul>", response.content.decode())
    update = ProfileUpdate.objects.get()
    assert update.changes == {"phone": "0411-777888", "feed_urls": ["https://warta.test/rss"]}
    outlet.refresh_from_db()
    assert outlet.phone == "" and outlet.feed_urls == []  # not applied before review
    staff = make_user(org=world["org"], roles=["media_relations"])
    profile_update_review(update=update, approve=True, user=staff, note="Sesuai surat redaksi.")
    outlet.refresh_from_db()
    assert outlet.phone == "0411-777888" and outlet.feed_urls == ["https://warta.test/rss"]
    assert list(update.transitions.values_list("from_status", "to_status")) == [
        ("", "pending"),
        ("pending", "approved"),
    ]


def test_unlinked_partner_user_sees_an_explanation(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org(slug="pulau-timur")
    user = make_user(org=org, roles=["partner_media"])
    _login(client, user)
    response = client.get("/o/pulau-timur/media/portal/")
    assert response.status_code == 200 and "belum ditautkan" in response.content.decode()


def test_releases_come_from_the_registered_provider(client, world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(hooks, "_PROVIDERS", [])  # without the newsroom's provider

    def provider(outlet: Outlet, limit: int) -> list[hooks.ReleaseRef]:
        sent = dt.datetime(2026, 2, 1, 2, 0, tzinfo=dt.UTC)
        return [hooks.ReleaseRef(title=f"Siaran pers untuk {outlet.name}", sent_at=sent)]

    _login(client, world["user"])
    assert "Daftar siaran pers belum tersedia" in client.get("/o/nusa-makmur/media/portal/").content.decode()
    hooks.register_release_provider(provider)
    try:
        page = client.get("/o/nusa-makmur/media/portal/").content.decode()
    finally:
        hooks.unregister_release_provider(provider)
    assert "Siaran pers untuk Warta Teluk" in page and "Kabar Pulau" not in page


def test_api_scopes_the_outlet_user(client, world) -> None:  # type: ignore[no-untyped-def]
    token = ApiToken.issue(user=world["user"], name="uji")[1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    body = client.get("/api/v1/orgs/nusa-makmur/press/portal", **auth).json()
    assert body["outlet"]["name"] == "Warta Teluk"
    assert {d["id"] for d in body["open_deliverables"]} == set(
        world["c_mine"].deliverables.values_list("pk", flat=True)
    )
    foreign = world["c_theirs"].deliverables.first()
    own = world["c_mine"].deliverables.first()
    query = "kind=online&published_on=2026-01-05&url=https://teluk.test/x"
    url = "/api/v1/orgs/nusa-makmur/press/deliverables/{}/proofs?" + query
    response = client.post(url.format(foreign.pk), {"file": SimpleUploadedFile("a.png", png_bytes())}, **auth)
    assert response.status_code == 404
    response = client.post(url.format(own.pk), {"file": SimpleUploadedFile("a.png", png_bytes())}, **auth)
    assert response.status_code == 201 and response.json()["deliverable_id"] == own.pk
    # staff-only endpoints stay closed
    assert client.get("/api/v1/orgs/nusa-makmur/press/contracts", **auth).status_code == 403
    assert client.get(f"/api/v1/orgs/nusa-makmur/press/outlets/{world['theirs'].pk}", **auth).status_code == 403
    response = client.post(
        "/api/v1/orgs/nusa-makmur/press/portal/profile-updates",
        data=json.dumps({"changes": {"phone": "0411-1"}}),
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 201
    assert ProfileUpdate.objects.get().outlet == world["mine"]
