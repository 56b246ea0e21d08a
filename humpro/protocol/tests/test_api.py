"""REST API of the protocol app, and the `humpro protocol` commands it mirrors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from humpro.accounts.models import ApiToken
from humpro.protocol.tests.factories import make_event, make_guest, make_province
from humpro.testing import make_user

pytestmark = pytest.mark.django_db

ATTENDEES = [
    {"name": "Drs. Asep", "position": "Asisten I Setda Provinsi Nusa Makmur",
     "represents": "Gubernur Nusa Makmur"},
    {"name": "Irjen Budi", "position": "Kapolda Sumatera Selatan"},
    {"name": "Ny. Budi", "position": "", "spouse_of": "Irjen Budi"},
    {"name": "H. Candra", "position": "Wakil Gubernur Sumatera Selatan"},
    {"name": "Tuan X", "position": "Juru Kunci Makam"},
]


@pytest.fixture
def org():
    return make_province()


@pytest.fixture
def api(client, org):
    token = ApiToken.issue(user=make_user(org=org, roles=["protocol"]), name="uji")[1]
    base = f"/api/v1/orgs/{org.slug}/protocol"

    def call(method: str, path: str, body: object = None, raw: str | None = None):
        data = raw if raw is not None else json.dumps(body) if body is not None else ""
        return client.generic(method, base + path, data=data, content_type="application/json",
                              HTTP_AUTHORIZATION=f"Bearer {token}")

    return call


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "humpro", "protocol", *args],
                          capture_output=True, text=True, timeout=60, check=False)


def test_order_api_equals_the_cli(api, tmp_path: Path):
    response = api("POST", "/order?level=provinsi", ATTENDEES)
    assert response.status_code == 200
    body = response.json()
    assert [p["name"] for p in body] == ["H. Candra", "Irjen Budi", "Ny. Budi", "Drs. Asep",
                                         "Tuan X"]
    assert body[1]["tier"] == "10.1.g" and body[1]["basis"].endswith("Pasal 10 ayat (1) huruf g")
    assert body[-1]["unmapped"] is True and body[-1]["tier"] is None
    source = tmp_path / "peserta.json"
    source.write_text(json.dumps(ATTENDEES), encoding="utf-8")
    cli = _cli("order", "--level", "provinsi", str(source))
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout) == body


def test_row_api_equals_the_cli(api):
    assert api("GET", "/row/5").json() == {"n": 5, "order": [5, 3, 1, 2, 4],
                                           "text": "5-3-1-2-4"}
    assert api("GET", "/row/6").json()["text"] == "6-4-2-1-3-5"
    assert _cli("row", "5").stdout.strip() == "5-3-1-2-4"
    response = api("GET", "/row/0")
    assert response.status_code == 422 and "Jumlah kursi" in response.json()["detail"]


@pytest.mark.parametrize("raw,expected", [
    ('[{"name": "A", "position": ', "bukan JSON yang sah"),
    ('{"name": "A"}', "harus berupa daftar"),
    ('[{"name": "A"}]', "'position' wajib diisi"),
    ("", "Isi permintaan kosong"),
])
def test_order_api_bad_input_is_422_in_indonesian(api, raw, expected):
    response = api("POST", "/order?level=provinsi", raw=raw)
    assert response.status_code == 422
    assert expected in response.json()["detail"]


def test_order_api_unknown_level(api):
    response = api("POST", "/order?level=desa", ATTENDEES)
    assert response.status_code == 422
    assert "Tingkat acara tidak dikenal" in response.json()["detail"]


def test_event_attendees_precedence_seating_rundown(api, org):
    event = make_event(org)
    added = api("POST", f"/events/{event.pk}/attendees",
                {"name": "Ir. Sutrisno", "position": "Direktur PT Sinar Makmur"})
    assert added.status_code == 201 and added.json()["unmapped"] is True
    guest_id = added.json()["id"]
    kapolda = api("POST", f"/events/{event.pk}/attendees",
                  {"name": "Irjen Budi", "position": "Kapolda Nusa Makmur", "speaks": True}).json()
    assert kapolda["tier"] == "10.1.g"
    bad = api("POST", f"/events/{event.pk}/attendees", {"name": 5})
    assert bad.status_code == 422 and "'name' harus berupa teks" in bad.json()["detail"]
    assert api("POST", f"/events/{event.pk}/attendees", raw="{oops").status_code == 422
    tier = api("POST", f"/events/{event.pk}/attendees/{guest_id}/tier",
               {"tier": "10.1.q", "reason": "setara eselon III"})
    assert tier.status_code == 200 and tier.json()["unmapped"] is False
    listing = api("GET", f"/events/{event.pk}/attendees").json()
    assert [a["name"] for a in listing] == ["H. Arif Wicaksana", "Irjen Budi", "Ir. Sutrisno"]
    precedence = api("GET", f"/events/{event.pk}/precedence").json()
    assert [p["attendee_id"] for p in precedence] == [a["id"] for a in listing]
    seating = api("GET", f"/events/{event.pk}/seating").json()
    front = {s["number"]: s["person"]["name"] for s in seating["rows"][0] if s["person"]}
    assert front[1] == "H. Arif Wicaksana" and front[2] == "Irjen Budi"
    override = api("POST", f"/events/{event.pk}/seating/overrides",
                   {"attendee_id": guest_id, "row": 1, "seat_number": 99, "reason": "x"})
    assert override.status_code == 422
    assert api("PATCH", f"/events/{event.pk}", {"seats_per_row": "lima"}).status_code == 422
    assert api("PATCH", f"/events/{event.pk}", {"host_id": kapolda["id"]}).json()["host_id"] \
        == kapolda["id"]
    items = api("POST", f"/events/{event.pk}/rundown/generate", {}).json()
    speeches = [i["title"] for i in items if i["kind"] == "sambutan"]
    assert speeches == ["Sambutan Kapolda Nusa Makmur",
                        "Sambutan Gubernur Nusa Makmur sekaligus membuka acara secara resmi"]
    script = api("GET", f"/events/{event.pk}/mc-script").json()
    assert script["greetings"][0] == "Yang kami hormati Gubernur Nusa Makmur;"
    other = make_event(make_province())
    assert api("GET", f"/events/{other.pk}/attendees").status_code == 404
    removed = api("DELETE", f"/events/{event.pk}/attendees/{guest_id}")
    assert removed.status_code == 204
    assert len(api("GET", f"/events/{event.pk}/attendees").json()) == 2


def test_open_event_by_api(api, org):
    from humpro.protocol.tests.factories import make_item

    item = make_item(org)
    first = api("POST", "/events", {"agenda_item_id": item.pk})
    again = api("POST", "/events", {"agenda_item_id": item.pk})
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    assert api("POST", "/events", {"agenda_item_id": "x"}).status_code == 422
    event = make_event(org)
    make_guest(event)
    assert api("GET", f"/events/{event.pk}").json()["level"] == "provinsi"
