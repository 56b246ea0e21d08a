"""Places are stored on the article, shown on its page and filter the search (web UI and API)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from humpro.accounts.models import ApiToken
from humpro.monitoring import selectors
from humpro.monitoring.ingest import article_reprocess, ingest_document
from humpro.monitoring.models import Article
from humpro.monitoring.tests.newsdata import html_page
from humpro.orgs.roles import Role
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db

ROAD_TITLE = "Jalan rusak di Muara Enim mulai diperbaiki"
ROAD = [
    "Dinas Pekerjaan Umum Provinsi Sumatera Selatan mulai memperbaiki ruas jalan di Kecamatan "
    "Tanjung Agung, Kabupaten Muara Enim, sepanjang dua kilometer.",
    "Pekerjaan ditargetkan rampung sebelum musim hujan, kata kepala bidang jalan.",
]
RICE_TITLE = "Panen raya padi di Ogan Ilir melimpah"
RICE = [
    "Petani di Kabupaten Ogan Ilir memanen padi di lahan seluas tiga ratus hektare.",
    "Harga gabah di tingkat petani dinilai masih wajar.",
]


@pytest.fixture
def world():  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")
    make_user(org=org, roles=[Role.ANALYST], username="analis")
    other = make_org(slug="lain", name="Pemerintah Kota Lain")
    road = ingest_document(
        organization=org, raw=html_page(ROAD_TITLE, ROAD), url="https://m.example/jalan"
    ).article
    rice = ingest_document(
        organization=org, raw=html_page(RICE_TITLE, RICE), url="https://m.example/padi"
    ).article
    ingest_document(
        organization=other, raw=html_page(RICE_TITLE, RICE), url="https://m.example/padi"
    )
    return org, road, rice


def test_ingestion_stores_places(world) -> None:  # type: ignore[no-untyped-def]
    _, road, rice = world
    road.refresh_from_db()
    assert [p["name"] for p in road.places] == ["Muara Enim", "Sumatera Selatan", "Tanjung Agung"]
    assert {p["level"] for p in road.places} == {"regency", "province", "district"}
    assert rice.places == [{"name": "Ogan Ilir", "level": "regency"}]


def test_reprocess_refills_places(world) -> None:  # type: ignore[no-untyped-def]
    _, road, _ = world
    Article.objects.filter(pk=road.pk).update(places=[])
    road.refresh_from_db()
    article_reprocess(article=road)
    road.refresh_from_db()
    assert road.places[0] == {"name": "Muara Enim", "level": "regency"}


def test_selector_filters_by_place_within_the_org(world) -> None:  # type: ignore[no-untyped-def]
    org, road, rice = world
    found = selectors.articles_search(
        organization=org, filters=selectors.ArticleFilters(place="Ogan Ilir")
    )
    assert list(found) == [rice]
    found = selectors.articles_search(
        organization=org, filters=selectors.ArticleFilters(place="Sumatera Selatan")
    )
    assert list(found) == [road]
    # a name that is only a prefix of a stored place does not match
    found = selectors.articles_search(
        organization=org, filters=selectors.ArticleFilters(place="Muara")
    )
    assert list(found) == []
    assert selectors.places(org) == ["Muara Enim", "Ogan Ilir", "Sumatera Selatan", "Tanjung Agung"]


def test_web_ui_filter_and_detail(client, world) -> None:  # type: ignore[no-untyped-def]
    org, road, rice = world
    client.login(username="analis", password=PASSWORD)
    url = "/o/nusa-makmur/pemantauan/"
    page = client.get(url).content.decode()
    assert 'name="wilayah"' in page and "<option>Ogan Ilir</option>" in page
    body = client.get(url, {"wilayah": "Muara Enim"}).content.decode()
    assert ROAD_TITLE in body and RICE_TITLE not in body
    detail = client.get(f"{url}artikel/{road.pk}/").content.decode()
    assert "?wilayah=Muara%20Enim" in detail and "Tanjung Agung" in detail


def test_api_place_param_and_detail(client, world) -> None:  # type: ignore[no-untyped-def]
    org, road, rice = world
    analyst = get_user_model().objects.get(username="analis")
    token = ApiToken.issue(user=analyst, name="uji")[1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    base = "/api/v1/orgs/nusa-makmur/monitoring/articles"
    rows = client.get(base, {"place": "Ogan Ilir"}, **auth).json()
    assert [r["id"] for r in rows] == [rice.pk]
    detail = client.get(f"{base}/{road.pk}", **auth).json()
    assert detail["places"][0] == {"name": "Muara Enim", "level": "regency"}
