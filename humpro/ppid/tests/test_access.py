"""PPID Pelaksana (role ppid + Membership.unit) sees and answers only its own dispositions."""

from __future__ import annotations

import json

import pytest

from humpro.accounts.models import ApiToken
from humpro.orgs.models import Membership
from humpro.orgs.roles import Role
from humpro.ppid.access import pelaksana_unit_ids
from humpro.ppid.services import request_dispose
from humpro.ppid.tests.factories import make_request, make_unit
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():  # type: ignore[no-untyped-def]
    org = make_org()
    humas, bkad = make_unit(org, "Biro Humas"), make_unit(org, "Badan Keuangan Daerah")
    both, _ = make_request(org, requester_name="Pemohon Dua Unit", documents=True)
    only_bkad, _ = make_request(org, requester_name="Pemohon Keuangan")
    undisposed, _ = make_request(org, requester_name="Pemohon Belum Disposisi")
    request_dispose(request=both, units=[humas, bkad])
    request_dispose(request=only_bkad, units=[bkad])
    pelaksana = make_user(org=org, roles=[Role.PPID], username="pelaksana_humas")
    Membership.objects.filter(user=pelaksana).update(unit=humas)
    utama = make_user(org=org, roles=[Role.PPID], username="ppid_utama")
    return {
        "org": org,
        "humas": humas,
        "bkad": bkad,
        "both": both,
        "only_bkad": only_bkad,
        "undisposed": undisposed,
        "pelaksana": pelaksana,
        "utama": utama,
    }


def test_unit_scope_rule(setup) -> None:  # type: ignore[no-untyped-def]
    org = setup["org"]
    assert pelaksana_unit_ids(setup["pelaksana"], org) == {setup["humas"].pk}
    assert pelaksana_unit_ids(setup["utama"], org) is None
    head_with_unit = make_user(org=org, roles=[Role.HEAD, Role.PPID])
    Membership.objects.filter(user=head_with_unit, role=Role.PPID).update(unit=setup["bkad"])
    assert pelaksana_unit_ids(head_with_unit, org) is None  # the head always sees the register


def test_pelaksana_sees_only_their_dispositions(client, setup) -> None:  # type: ignore[no-untyped-def]
    org, both = setup["org"], setup["both"]
    client.login(username="pelaksana_humas", password=PASSWORD)
    page = client.get(f"/o/{org.slug}/ppid/").content.decode()
    assert "Pemohon Dua Unit" in page
    assert "Pemohon Keuangan" not in page and "Pemohon Belum Disposisi" not in page
    assert client.get(f"/o/{org.slug}/ppid/{setup['only_bkad'].pk}/").status_code == 404
    assert client.get(f"/o/{org.slug}/ppid/{setup['undisposed'].pk}/").status_code == 404
    detail = client.get(f"/o/{org.slug}/ppid/{both.pk}/").content.decode()
    assert "Biro Humas" in detail and "Badan Keuangan Daerah" not in detail
    assert both.nik not in detail and "dokumen-identitas" not in detail
    mine = both.dispositions.get(unit=setup["humas"])
    theirs = both.dispositions.get(unit=setup["bkad"])
    ok = client.post(
        f"/o/{org.slug}/ppid/disposisi/{mine.pk}/jawab/",
        {f"d{mine.pk}-answer": "Data humas.", f"d{mine.pk}-held": "on"},
    )
    assert ok.status_code == 302
    mine.refresh_from_db()
    assert mine.answer == "Data humas."
    refused = client.post(f"/o/{org.slug}/ppid/disposisi/{theirs.pk}/jawab/", {f"d{theirs.pk}-answer": "x"})
    assert refused.status_code == 403
    theirs.refresh_from_db()
    assert theirs.answer == ""
    # PPID Utama actions are refused
    assert client.post(f"/o/{org.slug}/ppid/{both.pk}/disposisi/", {"units": [setup["bkad"].pk]}).status_code == 403
    assert client.get(f"/o/{org.slug}/ppid/{both.pk}/putusan/").status_code == 403
    assert client.get(f"/o/{org.slug}/ppid/baru/").status_code == 403
    doc = both.documents.get()
    assert client.get(f"/o/{org.slug}/ppid/dokumen-identitas/{doc.pk}/").status_code == 403


def test_utama_sees_everything_and_identity_documents(client, setup) -> None:  # type: ignore[no-untyped-def]
    org, both = setup["org"], setup["both"]
    client.login(username="ppid_utama", password=PASSWORD)
    page = client.get(f"/o/{org.slug}/ppid/").content.decode()
    assert all(n in page for n in ("Pemohon Dua Unit", "Pemohon Keuangan", "Pemohon Belum Disposisi"))
    detail = client.get(f"/o/{org.slug}/ppid/{both.pk}/").content.decode()
    assert "Biro Humas" in detail and "Badan Keuangan Daerah" in detail and both.nik in detail
    doc = both.documents.get()
    response = client.get(f"/o/{org.slug}/ppid/dokumen-identitas/{doc.pk}/")
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"\x89PNG")
    assert response["Cache-Control"] == "private, no-store"


def test_api_applies_the_same_rule(client, setup) -> None:  # type: ignore[no-untyped-def]
    org = setup["org"]
    token = ApiToken.issue(user=setup["pelaksana"], name="uji")[1]
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    rows = client.get(f"/api/v1/orgs/{org.slug}/ppid/requests", **headers).json()
    assert [r["requester_name"] for r in rows] == ["Pemohon Dua Unit"]
    assert [d["unit"] for d in rows[0]["dispositions"]] == ["Biro Humas"]
    assert client.get(f"/api/v1/orgs/{org.slug}/ppid/requests/{setup['only_bkad'].pk}", **headers).status_code == 404
    theirs = setup["both"].dispositions.get(unit=setup["bkad"])
    response = client.post(
        f"/api/v1/orgs/{org.slug}/ppid/dispositions/{theirs.pk}/answer",
        data=json.dumps({"answer": "x"}),
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 403
    response = client.post(
        f"/api/v1/orgs/{org.slug}/ppid/requests/{setup['both'].pk}/decide",
        data=json.dumps({"decision": "dikabulkan", "response": "x"}),
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 403


def test_dashboard_card_and_nav(client, setup) -> None:  # type: ignore[no-untyped-def]
    org = setup["org"]
    client.login(username="ppid_utama", password=PASSWORD)
    page = client.get(f"/o/{org.slug}/").content.decode()
    assert "Layanan informasi (PPID)" in page and f'href="/o/{org.slug}/ppid/"' in page
    assert '<span class="big">3</span> permohonan berjalan' in page
    client.login(username="pelaksana_humas", password=PASSWORD)
    page = client.get(f"/o/{org.slug}/").content.decode()
    assert '<span class="big">1</span> permohonan berjalan' in page  # only its unit's request
