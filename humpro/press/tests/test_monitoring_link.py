"""Press × monitoring: pickup and tone in the evaluation (page, API, XLSX) and proof suggestions
(suggestion → accepted proof of kind URL → verify) through the coverage hook."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from humpro.accounts.models import ApiToken
from humpro.monitoring.models import Article, Cluster, Pickup
from humpro.press import hooks
from humpro.press.models import Deliverable, Proof
from humpro.press.proofs import proof_return
from humpro.press.suggestions import contract_suggestions
from humpro.press.tests.factories import make_contract, make_monitored_article, make_outlet
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db
D = dt.date


@pytest.fixture
def world(client):  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-makmur")
    user = make_user(org=org, roles=["media_relations"])
    assert client.login(username=user.username, password=PASSWORD)
    outlet = make_outlet(org, name="Kabar Seruni", website="https://www.kabarseruni.test/")
    contract = make_contract(org, outlet=outlet)  # 2 articles a month, Jan–Mar 2026
    token = ApiToken.issue(user=user, name="uji")[1]
    return {
        "org": org,
        "user": user,
        "outlet": outlet,
        "contract": contract,
        "auth": {"HTTP_AUTHORIZATION": f"Bearer {token}"},
    }


def _release(org, title: str = "Siaran pers: jembatan Sungai Seruni dibuka") -> Article:  # type: ignore[no-untyped-def]
    return Article.objects.create(
        organization=org,
        title=title,
        text="Teks siaran pers.",
        content_hash=f"rilis-{title}",
        source_type="release",
        is_own_release=True,
        published_on=D(2026, 1, 9),
    )


def _evaluation_row(client, world) -> dict:  # type: ignore[no-untyped-def]
    body = client.get("/api/v1/orgs/nusa-makmur/press/evaluation?fiscal_year=2026", **world["auth"]).json()
    return next(r for r in body if r["outlet_id"] == world["outlet"].pk)


def _xlsx_row(client, world) -> tuple:  # type: ignore[no-untyped-def]
    export = client.get("/o/nusa-makmur/media/kontrak/ekspor/?tahun=2026")
    sheet = openpyxl.load_workbook(io.BytesIO(export.content))["Evaluasi"]
    assert [c.value for c in sheet[1]][-5:] == [
        "Rilis dimuat",
        "Berita terpantau",
        "Nada positif (%)",
        "Nada netral (%)",
        "Nada negatif (%)",
    ]
    return next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "Kabar Seruni")


# --- evaluation ---------------------------------------------------------------------------------


def test_evaluation_without_monitoring_data_shows_zero_and_dash(client, world) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/o/nusa-makmur/media/evaluasi/?tahun=2026").content.decode()
    pk = world["outlet"].pk
    assert f'data-testid="pickups-{pk}">0<' in page and f'data-testid="tone-{pk}">—<' in page
    row = _evaluation_row(client, world)
    assert row["pickups"] == 0 and row["coverage_articles"] == 0
    assert row["tone_positive_percent"] is None and row["tone_negative_percent"] is None
    assert _xlsx_row(client, world)[-5:] == (0, 0, "—", "—", "—")


def test_evaluation_counts_pickups_and_tone_share_of_the_year(client, world) -> None:  # type: ignore[no-untyped-def]
    org, outlet = world["org"], world["outlet"]
    release_a, release_b = _release(org), _release(org, "Siaran pers: vaksinasi ternak")
    a1 = make_monitored_article(org, outlet, tone="positive", published_on=D(2026, 1, 10))
    make_monitored_article(org, outlet, tone="positive", published_on=D(2026, 2, 2))
    make_monitored_article(org, outlet, tone="negative", published_on=D(2026, 3, 3))
    # no publication date: counted on the day it was fetched
    a4 = make_monitored_article(org, outlet, tone="neutral", published_on=None)
    Article.objects.filter(pk=a4.pk).update(fetched_at=dt.datetime(2026, 4, 1, 3, tzinfo=dt.UTC))
    Pickup.objects.create(organization=org, release=release_a, article=a1, kind="reprint", containment=0.9, jaccard=0.6)
    cluster = Cluster.objects.create(organization=org, label="vaksinasi")
    Article.objects.filter(pk__in=[release_b.pk, a4.pk]).update(cluster=cluster)  # pickup via cluster
    # not counted: another year, another outlet, our own release itself
    make_monitored_article(org, outlet, tone="negative", published_on=D(2025, 12, 31))
    make_monitored_article(org, make_outlet(org), tone="negative", published_on=D(2026, 1, 5))

    row = _evaluation_row(client, world)
    assert (row["pickups"], row["coverage_articles"]) == (2, 4)
    assert (row["tone_positive_percent"], row["tone_neutral_percent"], row["tone_negative_percent"]) == (50, 25, 25)
    page = client.get("/o/nusa-makmur/media/evaluasi/?tahun=2026").content.decode()
    assert f'data-testid="pickups-{outlet.pk}">2<' in page and "50% / 25% / 25%" in page
    assert _xlsx_row(client, world)[-5:] == (2, 4, 50, 25, 25)


def test_evaluation_without_a_provider_stays_zero(client, world) -> None:  # type: ignore[no-untyped-def]
    make_monitored_article(world["org"], world["outlet"], tone="positive")
    provider = hooks.coverage_provider()
    hooks.unregister_coverage_provider()
    try:
        row = _evaluation_row(client, world)
        assert row["pickups"] == 0 and row["tone_positive_percent"] is None
        assert contract_suggestions(world["contract"]) == []
    finally:
        hooks.register_coverage_provider(provider)
    assert _evaluation_row(client, world)["tone_positive_percent"] == 100


# --- proof suggestions --------------------------------------------------------------------------


def _slots(contract, month: int) -> list[Deliverable]:  # type: ignore[no-untyped-def]
    return list(contract.deliverables.filter(period_start__month=month).order_by("sequence"))


def test_suggestions_per_deliverable_period_pickups_first(world) -> None:  # type: ignore[no-untyped-def]
    org, outlet, contract = world["org"], world["outlet"], world["contract"]
    plain = make_monitored_article(org, outlet, title="Bupati tinjau pasar", published_on=D(2026, 1, 8))
    picked = make_monitored_article(org, outlet, title="Jembatan Seruni dibuka", published_on=D(2026, 1, 20))
    Pickup.objects.create(
        organization=org, release=_release(org), article=picked, kind="verbatim", containment=1, jaccard=0.95
    )
    february = make_monitored_article(org, outlet, published_on=D(2026, 2, 11))
    make_monitored_article(org, make_outlet(org), published_on=D(2026, 1, 9))  # another outlet
    make_monitored_article(org, outlet, published_on=D(2026, 1, 12), url="")  # no URL: cannot prove
    make_monitored_article(org, outlet, published_on=D(2025, 12, 20))  # before the contract

    found = {d.pk: [p.key for p in pubs] for d, pubs in contract_suggestions(contract)}
    jan1, jan2 = _slots(contract, 1)
    assert found[jan1.pk] == found[jan2.pk] == [str(picked.pk), str(plain.pk)]
    assert all(found[d.pk] == [str(february.pk)] for d in _slots(contract, 2))
    assert not any(d.pk in found for d in _slots(contract, 3))
    pubs = dict(contract_suggestions(contract))[jan1]
    assert pubs[0].pickup_of.startswith("Siaran pers") and pubs[1].pickup_of == ""


def test_accept_suggestion_then_verify_then_return_flow(client, world) -> None:  # type: ignore[no-untyped-def]
    org, outlet, contract = world["org"], world["outlet"], world["contract"]
    article = make_monitored_article(org, outlet, title="Jalan lintas Seruni mulus", published_on=D(2026, 1, 14))
    jan1, jan2 = _slots(contract, 1)
    page = client.get(f"/o/nusa-makmur/media/kontrak/{contract.pk}/").content.decode()
    assert f'data-testid="suggestion-{jan1.pk}-{article.pk}"' in page and "Terima sebagai bukti" in page

    response = client.post(f"/o/nusa-makmur/media/keluaran/{jan1.pk}/usulan-bukti/", {"key": str(article.pk)})
    assert response.status_code == 302 and response["Location"].endswith(f"#keluaran-{jan1.pk}")
    proof = Proof.objects.get(deliverable=jan1)
    assert (proof.kind, proof.url, proof.published_on) == ("online", article.url, D(2026, 1, 14))
    assert proof.content_type == "application/pdf" and proof.submitted_by == world["user"]
    assert proof.status == "submitted" and "Jalan lintas Seruni mulus" in proof.note
    with proof.file.open("rb") as fh:
        assert fh.read(5) == b"%PDF-"
    jan1.refresh_from_db()
    assert jan1.status == "submitted" and jan1.transitions.last().actor == world["user"]
    # the same article is no longer offered for the other January slot
    assert jan2.pk not in {d.pk for d, _ in contract_suggestions(contract)}

    # still verified through the normal flow
    client.post(f"/o/nusa-makmur/media/bukti/{proof.pk}/verifikasi/", {"note": "URL dibuka, sesuai."})
    jan1.refresh_from_db()
    assert jan1.status == "verified" and jan1.on_time is True

    # a returned proof frees the article again
    article2 = make_monitored_article(org, outlet, published_on=D(2026, 1, 22))
    client.post(f"/o/nusa-makmur/media/keluaran/{jan2.pk}/usulan-bukti/", {"key": str(article2.pk)})
    proof_return(proof=Proof.objects.get(deliverable=jan2), reason="Berita tidak menyebut kegiatan kontrak.")
    offered = {d.pk: [p.key for p in pubs] for d, pubs in contract_suggestions(contract)}
    assert offered[jan2.pk] == [str(article2.pk)]


def test_accept_refuses_foreign_late_or_used_publications(client, world) -> None:  # type: ignore[no-untyped-def]
    org, outlet, contract = world["org"], world["outlet"], world["contract"]
    jan1, jan2 = _slots(contract, 1)
    other_outlet = make_monitored_article(org, make_outlet(org), published_on=D(2026, 1, 9))
    other_org = make_monitored_article(make_org(), outlet, published_on=D(2026, 1, 9))
    february = make_monitored_article(org, outlet, published_on=D(2026, 2, 9))
    url = f"/o/nusa-makmur/media/keluaran/{jan1.pk}/usulan-bukti/"
    for key, message in [
        (str(other_outlet.pk), "tidak tercatat sebagai terbitan Kabar Seruni"),
        (str(other_org.pk), "tidak tercatat sebagai terbitan Kabar Seruni"),
        ("bukan-angka", "tidak tercatat sebagai terbitan Kabar Seruni"),
        (str(february.pk), "di luar periode keluaran ini"),
    ]:
        page = client.post(url, {"key": key}, follow=True).content.decode()
        assert message in page, key
    assert not Proof.objects.exists()

    ok = make_monitored_article(org, outlet, published_on=D(2026, 1, 9))
    client.post(url, {"key": str(ok.pk)})
    page = client.post(
        f"/o/nusa-makmur/media/keluaran/{jan2.pk}/usulan-bukti/", {"key": str(ok.pk)}, follow=True
    ).content.decode()
    assert "sudah menjadi bukti tayang keluaran lain" in page
    assert Proof.objects.count() == 1


def test_only_verifiers_accept_suggestions(client, world) -> None:  # type: ignore[no-untyped-def]
    article = make_monitored_article(world["org"], world["outlet"], published_on=D(2026, 1, 9))
    leader = make_user(org=world["org"], roles=["leader"])
    client.logout()
    assert client.login(username=leader.username, password=PASSWORD)
    jan1 = _slots(world["contract"], 1)[0]
    page = client.get(f"/o/nusa-makmur/media/kontrak/{world['contract'].pk}/").content.decode()
    assert "proof-suggestions" in page and "Terima sebagai bukti" not in page  # sees, cannot accept
    response = client.post(f"/o/nusa-makmur/media/keluaran/{jan1.pk}/usulan-bukti/", {"key": str(article.pk)})
    assert response.status_code == 403 and not Proof.objects.exists()


def test_suggestions_api_list_and_accept(client, world) -> None:  # type: ignore[no-untyped-def]
    org, outlet, contract, auth = world["org"], world["outlet"], world["contract"], world["auth"]
    article = make_monitored_article(org, outlet, published_on=D(2026, 3, 2))
    body = client.get(f"/api/v1/orgs/nusa-makmur/press/contracts/{contract.pk}/proof-suggestions", **auth).json()
    march = _slots(contract, 3)
    assert {(r["deliverable_id"], r["key"]) for r in body} == {(d.pk, str(article.pk)) for d in march}
    assert body[0]["url"] == article.url and body[0]["published_on"] == "2026-03-02"
    url = f"/api/v1/orgs/nusa-makmur/press/deliverables/{march[0].pk}/proof-suggestions"
    bad = client.post(url, {"key": "999999"}, content_type="application/json", **auth)
    assert bad.status_code == 422 and "tidak tercatat" in bad.json()["detail"]
    created = client.post(url, {"key": str(article.pk)}, content_type="application/json", **auth)
    assert created.status_code == 201
    assert created.json()["kind"] == "online" and created.json()["status"] == "submitted"
    verify = client.post(
        f"/api/v1/orgs/nusa-makmur/press/proofs/{created.json()['id']}/verify",
        {"note": ""},
        content_type="application/json",
        **auth,
    )
    assert verify.status_code == 200
    march[0].refresh_from_db()
    assert march[0].status == "verified"
