"""Monitoring × partner-media registry: linking sources and articles to `press.Outlet` by domain,
sources created from the registry's feeds/sitemaps, and the coverage read by press."""

from __future__ import annotations

import datetime as dt

import pytest

from humpro.accounts.models import ApiToken
from humpro.monitoring import services
from humpro.monitoring.ingest import ingest_document
from humpro.monitoring.models import Article, Source
from humpro.monitoring.outlets import OutletMatcher, outlets_relink, sources_from_registry
from humpro.monitoring.poller import item_fetch, source_poll
from humpro.monitoring.press_link import MonitoringCoverage
from humpro.monitoring.tests.httpserver import Route
from humpro.monitoring.tests.newsdata import (
    HEALTH_PARAGRAPHS,
    HEALTH_TITLE,
    NEGATIVE_PARAGRAPHS,
    NEGATIVE_TITLE,
    RELEASE_PARAGRAPHS,
    RELEASE_TITLE,
    html_page,
    rss,
    text_doc,
)
from humpro.press import hooks
from humpro.press.tests.factories import make_outlet
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db
YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


@pytest.fixture
def registry():  # type: ignore[no-untyped-def]
    org = make_org()
    kabar = make_outlet(
        org,
        name="Kabar Nusa",
        website="https://www.kabarnusa.test/",
        feed_urls=["https://rss.kabarnusa.test/terbaru.xml", "https://feeds.bersama.test/kabarnusa"],
    )
    lintas = make_outlet(
        org,
        name="Lintas Teluk",
        website="https://lintasteluk.test",
        sitemap_urls=["https://lintasteluk.test/sitemap-news.xml"],
        feed_urls=["https://feeds.bersama.test/lintas"],  # the same feed host as Kabar Nusa
    )
    foreign = make_outlet(make_org(), name="Kabar Seberang", website="https://kabarseberang.test")
    return {"org": org, "kabar": kabar, "lintas": lintas, "foreign": foreign}


def test_matcher_uses_website_feed_and_sitemap_domains(registry) -> None:  # type: ignore[no-untyped-def]
    kabar, lintas = registry["kabar"], registry["lintas"]
    matcher = OutletMatcher(registry["org"].pk)
    assert matcher.match("https://kabarnusa.test/berita/1") == kabar.pk
    assert matcher.match("https://m.kabarnusa.test/berita/1") == kabar.pk  # subdomain
    assert matcher.match("https://rss.kabarnusa.test/terbaru.xml") == kabar.pk
    assert matcher.match("http://LINTASTELUK.test/a?utm_source=x") == lintas.pk
    # a feed host shared by two outlets is ambiguous; look-alike hosts are not subdomains
    assert matcher.match("https://feeds.bersama.test/kabarnusa") is None
    assert matcher.match("https://kabarnusa.test.tiruan.test/x") is None
    assert matcher.match("https://bukankabarnusa.test/x") is None
    # another organization's registry, malformed and empty URLs
    assert matcher.match("https://kabarseberang.test/x") is None
    assert matcher.match("http://[::1", "", "https://www.kabarnusa.test/x") == kabar.pk


def test_source_is_linked_by_domain_or_explicitly_and_articles_follow(registry) -> None:  # type: ignore[no-untyped-def]
    org, kabar, lintas = registry["org"], registry["kabar"], registry["lintas"]
    auto = services.source_save(
        organization=org, name="RSS", url="https://rss.kabarnusa.test/terbaru.xml", kind="feed", outlet_name="Kabar"
    )
    assert auto.outlet == kabar
    unknown = services.source_save(
        organization=org, name="Lain", url="https://lain.test/rss", kind="feed", outlet_name="Lain"
    )
    assert unknown.outlet is None
    # an article stored from the unknown source, then the source is linked by hand
    article = ingest_document(
        organization=org, raw=text_doc(HEALTH_TITLE, HEALTH_PARAGRAPHS), filename="a.txt", source=unknown
    ).article
    assert article.press_outlet is None
    services.source_save(
        organization=org, source=unknown, name="Lain", url="https://lain.test/rss", kind="feed",
        outlet_name="Lain", outlet=lintas,
    )
    article.refresh_from_db()
    assert article.press_outlet == lintas
    with pytest.raises(services.MonitoringError, match="Media mitra tidak ditemukan"):
        services.source_save(
            organization=org, name="X", url="https://x.test/rss", kind="feed", outlet_name="X",
            outlet=registry["foreign"],
        )
    assert not Source.objects.filter(url="https://x.test/rss").exists()


def test_articles_are_linked_by_url_and_relinked_for_outlets_registered_later(registry) -> None:  # type: ignore[no-untyped-def]
    org = registry["org"]
    linked = ingest_document(
        organization=org,
        raw=html_page(NEGATIVE_TITLE, NEGATIVE_PARAGRAPHS),
        url="https://www.kabarnusa.test/daerah/123",
    ).article
    assert linked.press_outlet == registry["kabar"]
    later = ingest_document(
        organization=org, raw=html_page(HEALTH_TITLE, HEALTH_PARAGRAPHS), url="https://suarabaru.test/kesehatan/9"
    ).article
    assert later.press_outlet is None
    source = services.source_save(
        organization=org, name="Suara", url="https://suarabaru.test/rss", kind="feed", outlet_name="Suara Baru"
    )
    assert source.outlet is None
    suara = make_outlet(org, name="Suara Baru", website="https://suarabaru.test")
    report = outlets_relink(organization=org)
    assert report.as_dict() == {"sources": 1, "articles": 1}
    later.refresh_from_db()
    source.refresh_from_db()
    assert later.press_outlet == suara and source.outlet == suara
    assert outlets_relink(organization=org).as_dict() == {"sources": 0, "articles": 0}  # idempotent


def test_sources_from_registry_are_created_once_and_linked(registry) -> None:  # type: ignore[no-untyped-def]
    org, kabar, lintas = registry["org"], registry["kabar"], registry["lintas"]
    make_outlet(org, name="Tanpa Umpan", website="https://tanpaumpan.test")
    make_outlet(org, name="Umpan Rusak", feed_urls=["ftp://rusak.test/rss"])
    existing = services.source_save(
        organization=org, name="Lama", url="https://lintasteluk.test/sitemap-news.xml", kind="sitemap",
        outlet_name="Lintas", outlet_url="",
    )
    Source.objects.filter(pk=existing.pk).update(outlet=None)
    report = sources_from_registry(organization=org)
    created = {(s.url, s.kind, s.outlet_id) for s in report.created}
    assert created == {
        ("https://rss.kabarnusa.test/terbaru.xml", "feed", kabar.pk),
        ("https://feeds.bersama.test/kabarnusa", "feed", kabar.pk),
        ("https://feeds.bersama.test/lintas", "feed", lintas.pk),
    }
    assert [s.pk for s in report.existing] == [existing.pk]
    existing.refresh_from_db()
    assert existing.outlet == lintas  # the unlinked existing source got its outlet
    assert report.skipped == [("ftp://rusak.test/rss", "Umpan Rusak: alamat tidak valid.")]
    again = sources_from_registry(organization=org)
    assert again.created == [] and len(again.existing) == 4
    assert Source.objects.for_org(org).count() == 4


def test_registry_feed_polled_by_the_worker_gives_linked_articles_and_coverage(news_server) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    srv.routes["/berita/1"] = Route(html_page(NEGATIVE_TITLE, NEGATIVE_PARAGRAPHS))
    srv.routes["/berita/2"] = Route(html_page(RELEASE_TITLE, RELEASE_PARAGRAPHS[:4], outlet="Warta Loop"))
    date = "Mon, 03 Mar 2025 08:00:00 +0700"
    srv.routes["/rss"] = Route(
        rss([(srv.url("/berita/1"), NEGATIVE_TITLE, date), (srv.url("/berita/2"), RELEASE_TITLE, date)]),
        content_type="application/rss+xml",
    )
    org = make_org()
    outlet = make_outlet(org, name="Warta Loop", website=srv.url("/"), feed_urls=[srv.url("/rss")])
    services.release_register(
        organization=org, title=RELEASE_TITLE, text="\n\n".join(RELEASE_PARAGRAPHS),
        published_on=dt.date(2025, 3, 3),
    )
    (source,) = sources_from_registry(organization=org, outlets=[outlet]).created
    items = source_poll(source_id=source.pk)
    assert [item_fetch(source_id=source.pk, **i.as_kwargs()) for i in items] == ["created", "created"]
    articles = Article.objects.filter(source=source)
    assert articles.count() == 2 and set(articles.values_list("press_outlet_id", flat=True)) == {outlet.pk}

    coverage = MonitoringCoverage().coverage(org, [outlet.pk], *YEAR)[outlet.pk]
    assert (coverage.articles, coverage.pickups) == (2, 1)
    assert coverage.negative >= 1 and coverage.positive + coverage.neutral + coverage.negative == 2
    assert MonitoringCoverage().coverage(org, [outlet.pk], dt.date(2024, 1, 1), dt.date(2024, 12, 31)) == {}
    publications = MonitoringCoverage().publications(org, outlet.pk, *YEAR)
    assert [p.title for p in publications][0] == RELEASE_TITLE  # the pickup first
    assert publications[0].pickup_of == RELEASE_TITLE and publications[1].pickup_of == ""
    assert MonitoringCoverage().publication(make_org(), outlet.pk, publications[0].key) is None
    assert hooks.coverage_provider().__class__ is MonitoringCoverage  # registered by ready()


def test_registry_view_relink_and_api(client, registry) -> None:  # type: ignore[no-untyped-def]
    org = registry["org"]
    analyst = make_user(org=org, roles=["analyst"])
    assert client.login(username=analyst.username, password=PASSWORD)
    base = f"/o/{org.slug}/pemantauan/sumber/"
    page = client.get(f"{base}media-mitra/").content.decode()
    assert "Kabar Nusa" in page and "Lintas Teluk" in page and "Tambahkan 4 sumber dari semua media" in page
    client.post(f"{base}media-mitra/", {"outlet": registry["kabar"].pk})
    assert set(Source.objects.for_org(org).values_list("outlet__name", flat=True)) == {"Kabar Nusa"}
    foreign = client.post(f"{base}media-mitra/", {"outlet": registry["foreign"].pk}, follow=True)
    assert "Media mitra tidak ditemukan" in foreign.content.decode()
    client.post(f"{base}media-mitra/", {"semua": "1"})
    assert Source.objects.for_org(org).count() == 4
    listing = client.get(base).content.decode()
    assert "media mitra: Lintas Teluk" in listing

    ingest_document(organization=org, raw=text_doc(HEALTH_TITLE, HEALTH_PARAGRAPHS), filename="x.txt")
    Article.objects.update(url="https://lintasteluk.test/x")  # stored before its URL was known
    assert "1 berita" in client.post(f"{base}cocokkan-media/", follow=True).content.decode()
    assert Article.objects.get().press_outlet == registry["lintas"]

    token = ApiToken.issue(user=analyst, name="uji")[1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    api = f"/api/v1/orgs/{org.slug}/monitoring"
    bad = client.post(
        f"{api}/registry-sources", {"outlet_ids": [registry["foreign"].pk]}, content_type="application/json", **auth
    )
    assert bad.status_code == 422
    again = client.post(f"{api}/registry-sources", {}, content_type="application/json", **auth).json()
    assert again["created"] == [] and len(again["existing"]) == 4
    sources = client.get(f"{api}/sources", **auth).json()
    assert {s["outlet_id"] for s in sources} == {registry["kabar"].pk, registry["lintas"].pk}
    assert client.post(f"{api}/outlet-links", **auth).json() == {"sources": 0, "articles": 0}
    body = client.get(f"{api}/articles", **auth).json()
    assert body[0]["press_outlet_id"] == registry["lintas"].pk
