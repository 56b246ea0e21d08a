"""The poller against a real HTTP server on 127.0.0.1: feeds, sitemaps, 304s, 500s, timeouts,
malformed XML, robots.txt, per-host rate limit and a feed that goes silent."""

from __future__ import annotations

import datetime as dt
import gzip
import time

import pytest
from django.test import override_settings
from django.utils import timezone

from humpro.core.models import OutboxMessage
from humpro.monitoring import services
from humpro.monitoring.alerts import silent_zero_check
from humpro.monitoring.fetch import (
    FetchError,
    crawl_delay,
    host_interval,
    polite_get,
    robots_allows,
    wait_for_host,
)
from humpro.monitoring.models import (
    Alert,
    Article,
    FetchLog,
    HostState,
    MonitoringSettings,
    Quarantine,
)
from humpro.monitoring.poller import (
    FeedError,
    SitemapRef,
    item_fetch,
    newest_children,
    parse_sitemap,
    parse_sitemap_doc,
    source_health,
    source_poll,
)
from humpro.monitoring.tests.httpserver import Route
from humpro.monitoring.tests.newsdata import (
    HEALTH_PARAGRAPHS,
    HEALTH_TITLE,
    NEGATIVE_PARAGRAPHS,
    NEGATIVE_TITLE,
    html_page,
    news_sitemap,
    rss,
    sitemap_index,
)
from humpro.testing import make_org

pytestmark = pytest.mark.django_db
DATE = "Mon, 03 Mar 2025 08:00:00 +0700"


def _source(org, url, kind="feed", **kw):  # type: ignore[no-untyped-def]
    return services.source_save(
        organization=org,
        name="Umpan utama",
        url=url,
        kind=kind,
        outlet_name=kw.pop("outlet", "Warta Makmur"),
        **kw,
    )


def _run(source):  # type: ignore[no-untyped-def]
    """What the worker does: poll, then fetch every new item."""
    items = source_poll(source_id=source.pk)
    return [item_fetch(source_id=source.pk, **i.as_kwargs()) for i in items]


def _serve_two_articles(srv):  # type: ignore[no-untyped-def]
    srv.routes["/berita/1"] = Route(html_page(NEGATIVE_TITLE, NEGATIVE_PARAGRAPHS))
    srv.routes["/berita/2"] = Route(html_page(HEALTH_TITLE, HEALTH_PARAGRAPHS, outlet="Nusa Pos"))
    srv.routes["/rss"] = Route(
        rss(
            [
                (srv.url("/berita/1"), NEGATIVE_TITLE, DATE),
                (srv.url("/berita/2"), HEALTH_TITLE, DATE),
            ]
        ),
        content_type="application/rss+xml",
        etag='"v1"',
        last_modified="Mon, 03 Mar 2025 01:00:00 GMT",
    )


def test_feed_items_are_fetched_once_and_conditional_get_gives_304(news_server) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    _serve_two_articles(srv)
    org = make_org()
    source = _source(org, srv.url("/rss"))
    assert _run(source) == ["created", "created"]
    source.refresh_from_db()
    assert source.etag == '"v1"' and source.last_success_at and source.items_seen == 2
    assert Article.objects.filter(source=source, source_type="online").count() == 2
    assert srv.hits["/robots.txt"] == 1 and any(
        ua.startswith("humpro-monitor/") for ua in srv.user_agents
    )

    assert _run(source) == []  # second poll: If-None-Match → 304, nothing refetched
    assert srv.conditional[-1] == ("/rss", '"v1"', "Mon, 03 Mar 2025 01:00:00 GMT")
    assert FetchLog.objects.filter(source=source, status=304).count() == 1
    assert srv.hits["/berita/1"] == 1 and srv.hits["/robots.txt"] == 1  # robots.txt cached

    srv.routes["/rss"].etag = '"v2"'  # feed changed but lists the same items: none fetched again
    assert _run(source) == []
    assert srv.hits["/berita/1"] == 1 and Article.objects.count() == 2


def test_server_error_is_retried_then_recorded_with_backoff(news_server) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    _serve_two_articles(srv)
    srv.routes["/rss"].fail_times = 1  # one 500, then fine: the retry inside the fetch succeeds
    org = make_org()
    source = _source(org, srv.url("/rss"))
    assert len(_run(source)) == 2 and srv.hits["/rss"] == 2

    srv.routes["/rss"].fail_times = 10
    before = timezone.now()
    assert _run(source) == []
    source.refresh_from_db()
    assert source.consecutive_failures == 1 and "HTTP 500" in source.last_error
    assert "setelah 2 percobaan" in source.last_error
    assert source.next_poll_at >= before + dt.timedelta(minutes=59)  # 30 min × 2
    _run(source)
    source.refresh_from_db()
    assert source.consecutive_failures == 2 and source.next_poll_at >= before + dt.timedelta(
        minutes=119
    )
    assert source.last_success_at < source.last_error_at


def test_timeout_is_an_error_not_a_hang(news_server) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    srv.routes["/lambat"] = Route(rss([]), delay=1.5)
    source = _source(make_org(), srv.url("/lambat"))
    started = time.monotonic()
    assert _run(source) == []
    assert time.monotonic() - started < 6
    source.refresh_from_db()
    assert "Batas waktu habis" in source.last_error


def test_malformed_feed_is_quarantined_with_reason(news_server) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    srv.routes["/rusak"] = Route(
        "<rss><channel><item><title>Tanpa penutup", content_type="application/xml"
    )
    org = make_org()
    source = _source(org, srv.url("/rusak"))
    assert _run(source) == []
    source.refresh_from_db()
    item = Quarantine.objects.get(source=source)
    assert (
        item.reason.startswith(("Umpan tidak valid", "Bukan umpan"))
        and "Tanpa penutup" in item.excerpt
    )
    assert source.consecutive_failures == 1 and source.last_error == item.reason


def test_robots_txt_is_honoured(news_server) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    srv.routes["/rahasia/1"] = Route(html_page(HEALTH_TITLE, HEALTH_PARAGRAPHS))
    srv.routes["/rss"] = Route(
        rss([(srv.url("/rahasia/1"), HEALTH_TITLE, DATE)]), content_type="application/rss+xml"
    )
    org = make_org()
    source = _source(org, srv.url("/rss"))
    assert _run(source) == ["quarantined"]
    assert srv.hits["/rahasia/1"] == 0
    assert "robots.txt" in Quarantine.objects.get(source=source).reason
    with pytest.raises(FetchError, match="robots.txt"):
        polite_get(srv.url("/rahasia/2"))


def test_news_sitemap_and_missing_pages(news_server) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    srv.routes["/berita/2"] = Route(html_page(HEALTH_TITLE, HEALTH_PARAGRAPHS, outlet="Nusa Pos"))
    srv.routes["/sitemap-news.xml"] = Route(
        news_sitemap(
            [
                (srv.url("/berita/2"), HEALTH_TITLE, "2025-03-03"),
                (srv.url("/hilang"), "Hilang", "2025-03-03"),
            ]
        ),
        content_type="application/xml",
    )
    org = make_org()
    source = _source(org, srv.url("/sitemap-news.xml"), kind="sitemap", outlet="Nusa Pos")
    assert sorted(_run(source)) == ["created", "quarantined"]
    assert "HTTP 404" in Quarantine.objects.get(source=source).reason
    article = Article.objects.get(source=source)
    assert article.outlet == "Nusa Pos" and article.title == HEALTH_TITLE
    assert _run(source) == []  # the quarantined URL is not fetched again on every poll
    assert srv.hits["/hilang"] == 1


def test_per_host_rate_limit_spaces_requests(settings) -> None:  # type: ignore[no-untyped-def]
    settings.MONITORING_HOST_INTERVAL = 0.3
    started = time.monotonic()
    waits = [wait_for_host("127.0.0.1:9") for _ in range(3)]
    assert time.monotonic() - started >= 0.55
    assert waits[0] == 0 and waits[1] > 0.2 and waits[2] > 0.2
    assert wait_for_host("127.0.0.2:9") == 0  # another host is not slowed down


def test_feed_that_goes_silent_raises_one_health_alert(news_server) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    srv.routes["/rss"] = Route(rss([]), content_type="application/rss+xml")
    org = make_org()
    MonitoringSettings.objects.create(organization=org, digest_emails="analis@nusamakmur.go.id")
    source = _source(org, srv.url("/rss"))
    now = timezone.now()
    for day in range(2, 14):  # it used to publish one or two items a day
        for n in range(1 + day % 2):
            a = Article.objects.create(
                organization=org,
                source=source,
                source_type="online",
                title=f"lama {day}-{n}",
                text="teks",
                content_hash=f"h{day}-{n}",
            )
            Article.objects.filter(pk=a.pk).update(fetched_at=now - dt.timedelta(days=day, hours=n))
    assert _run(source) == []
    source.refresh_from_db()
    assert source.last_error == ""  # fetching works: the feed is just silent
    alerted = silent_zero_check()
    assert alerted == [source]
    alert = Alert.objects.get(source=source)
    assert alert.tier == "health" and "tidak ada berita baru" in alert.body
    assert (
        OutboxMessage.objects.filter(
            recipient="analis@nusamakmur.go.id", purpose="monitoring.health"
        ).count()
        == 1
    )
    assert silent_zero_check() == []  # one alert per silence, not one per hour
    Article.objects.create(
        organization=org,
        source=source,
        source_type="online",
        title="baru",
        text="t",
        content_hash="baru",
    )
    silent_zero_check()
    source.refresh_from_db()
    assert source.silent_since is None


@pytest.mark.django_db(transaction=True)
def test_the_worker_polls_due_sources(news_server) -> None:  # type: ignore[no-untyped-def]
    from humpro.core.worker import run_pending_tasks
    from humpro.monitoring.tasks import poll_due_task

    srv = news_server
    _serve_two_articles(srv)
    org = make_org()
    source = _source(org, srv.url("/rss"))
    poll_due_task.enqueue()
    run_pending_tasks()
    assert Article.objects.filter(source=source).count() == 2
    source.refresh_from_db()
    assert source.next_poll_at > timezone.now() + dt.timedelta(minutes=25)


# --- sitemap indexes -----------------------------------------------------------------------


def _xml(body: str | bytes, **kw):  # type: ignore[no-untyped-def]
    return Route(body, content_type="application/xml", **kw)


def _gz(text: str) -> bytes:
    return gzip.compress(text.encode("utf-8"))


@pytest.mark.django_db(transaction=True)
def test_the_worker_follows_a_sitemap_index_with_a_gzip_child(news_server) -> None:  # type: ignore[no-untyped-def]
    from humpro.core.worker import run_pending_tasks
    from humpro.monitoring.tasks import poll_due_task

    srv = news_server
    srv.routes["/berita/1"] = Route(html_page(NEGATIVE_TITLE, NEGATIVE_PARAGRAPHS))
    srv.routes["/berita/2"] = Route(html_page(HEALTH_TITLE, HEALTH_PARAGRAPHS, outlet="Nusa Pos"))
    srv.routes["/sitemap-a.xml"] = _xml(
        news_sitemap([(srv.url("/berita/1"), NEGATIVE_TITLE, "2025-03-03")]), etag='"a1"'
    )
    srv.routes["/sitemap-b.xml.gz"] = Route(
        _gz(news_sitemap([(srv.url("/berita/2"), HEALTH_TITLE, "2025-03-04")])),
        content_type="application/x-gzip",
        last_modified="Tue, 04 Mar 2025 01:00:00 GMT",
    )
    srv.routes["/sitemap.xml"] = _xml(
        sitemap_index(
            [
                (srv.url("/sitemap-a.xml"), "2025-03-03T08:00:00+07:00"),
                (srv.url("/sitemap-b.xml.gz"), "2025-03-04"),
            ]
        ),
        etag='"idx"',
    )
    org = make_org()
    source = _source(org, srv.url("/sitemap.xml"), kind="sitemap", outlet="Nusa Pos")
    poll_due_task.enqueue()
    run_pending_tasks()
    articles = Article.objects.filter(source=source)
    assert sorted(articles.values_list("title", flat=True)) == sorted([NEGATIVE_TITLE, HEALTH_TITLE])
    assert srv.hits["/sitemap-a.xml"] == 1 and srv.hits["/sitemap-b.xml.gz"] == 1
    source.refresh_from_db()
    assert source.items_seen == 2 and source.consecutive_failures == 0 and source.last_error == ""
    assert source.etag == ""  # the index itself is always read again: children change under it
    logs = FetchLog.objects.filter(source=source, ok=True)
    assert set(logs.values_list("url", flat=True)) == {
        srv.url("/sitemap.xml"),
        srv.url("/sitemap-a.xml"),
        srv.url("/sitemap-b.xml.gz"),
    }

    # next poll: the index again, each child with its own conditional GET → 304, nothing new
    assert _run(source) == []
    assert srv.hits["/sitemap.xml"] == 2 and all(c[0] != "/sitemap.xml" for c in srv.conditional)
    assert ("/sitemap-a.xml", '"a1"', "") in srv.conditional
    assert ("/sitemap-b.xml.gz", "", "Tue, 04 Mar 2025 01:00:00 GMT") in srv.conditional
    assert FetchLog.objects.filter(source=source, status=304).count() == 2
    assert srv.hits["/berita/1"] == 1 and srv.hits["/berita/2"] == 1


def test_a_malformed_child_is_reported_and_the_others_are_read(news_server, settings) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    srv.routes["/berita/2"] = Route(html_page(HEALTH_TITLE, HEALTH_PARAGRAPHS, outlet="Nusa Pos"))
    srv.routes["/rusak.xml"] = _xml("<urlset><url><loc>http://x.test/a</loc>tanpa penutup")
    srv.routes["/rusak.xml.gz"] = Route(b"\x1f\x8bbukan gzip", content_type="application/x-gzip")
    srv.routes["/baik.xml"] = _xml(news_sitemap([(srv.url("/berita/2"), HEALTH_TITLE, "2025-03-03")]))
    srv.routes["/indeks.xml"] = _xml(
        sitemap_index(
            [
                (srv.url("/rusak.xml"), "2025-03-05"),
                (srv.url("/rusak.xml.gz"), "2025-03-04"),
                (srv.url("/hilang.xml"), "2025-03-03"),
                (srv.url("/baik.xml"), "2025-03-02"),
            ]
        )
    )
    settings.MONITORING_SITEMAP_CHILDREN = 4
    org = make_org()
    source = _source(org, srv.url("/indeks.xml"), kind="sitemap", outlet="Nusa Pos")
    assert _run(source) == ["created"]
    assert Article.objects.get(source=source).title == HEALTH_TITLE
    source.refresh_from_db()
    assert source.consecutive_failures == 0 and source.last_error == ""

    reasons = list(Quarantine.objects.filter(source=source).values_list("reason", flat=True))
    assert len(reasons) == 2
    xml_reason = f"Peta situs anak {srv.url('/rusak.xml')}: Peta situs tidak valid"
    gz_reason = f"Peta situs anak {srv.url('/rusak.xml.gz')}: Berkas gzip peta situs rusak"
    assert any(r.startswith(xml_reason) for r in reasons)
    assert any(r.startswith(gz_reason) for r in reasons), reasons
    bad = Quarantine.objects.get(reason__startswith=xml_reason)
    assert bad.url == source.url and "tanpa penutup" in bad.excerpt  # "coba lagi" polls the source
    failed = dict(FetchLog.objects.filter(source=source, ok=False).values_list("url", "error"))
    assert set(failed) == {srv.url("/rusak.xml"), srv.url("/rusak.xml.gz"), srv.url("/hilang.xml")}
    assert "HTTP 404" in failed[srv.url("/hilang.xml")]

    assert _run(source) == []  # still broken: read again, but reported once
    assert srv.hits["/rusak.xml"] == 2 and Quarantine.objects.filter(source=source).count() == 2


def test_an_index_listing_itself_or_nesting_too_deep_does_not_loop(news_server, settings) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    srv.routes["/berita/2"] = Route(html_page(HEALTH_TITLE, HEALTH_PARAGRAPHS, outlet="Nusa Pos"))
    srv.routes["/anak.xml"] = _xml(news_sitemap([(srv.url("/berita/2"), HEALTH_TITLE, "2025-03-03")]))
    srv.routes["/indeks.xml"] = _xml(
        sitemap_index(
            [
                (srv.url("/indeks.xml"), "2025-03-09"),  # itself
                (srv.url("/indeks.xml?utm_source=peta#atas"), "2025-03-08"),  # itself again
                (srv.url("/tingkat1.xml"), "2025-03-07"),
                (srv.url("/anak.xml"), "2025-03-01"),
            ]
        )
    )
    srv.routes["/tingkat1.xml"] = _xml(
        sitemap_index([(srv.url("/indeks.xml"), ""), (srv.url("/tingkat2.xml"), "")])
    )
    srv.routes["/tingkat2.xml"] = _xml(
        sitemap_index([(srv.url("/tingkat1.xml"), ""), (srv.url("/tingkat3.xml"), "")])
    )
    srv.routes["/tingkat3.xml"] = _xml(news_sitemap([(srv.url("/dalam"), "Dalam", "2025-03-03")]))
    settings.MONITORING_SITEMAP_CHILDREN = 10
    source = _source(make_org(), srv.url("/indeks.xml"), kind="sitemap", outlet="Nusa Pos")
    assert _run(source) == ["created"]
    assert srv.hits["/indeks.xml"] == 1 and srv.hits["/tingkat1.xml"] == 1
    assert srv.hits["/tingkat2.xml"] == 1 and srv.hits["/tingkat3.xml"] == 0
    assert srv.hits["/anak.xml"] == 1 and srv.hits["/dalam"] == 0
    too_deep = Quarantine.objects.get(source=source)
    assert srv.url("/tingkat2.xml") in too_deep.reason and "bersarang" in too_deep.reason


def test_children_newest_first_and_capped(news_server, settings) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    children = []
    for name, lastmod in [
        ("lama", "2025-01-01"),
        ("tanpa-tanggal", ""),
        ("terbaru", "2025-03-05T10:00:00Z"),
        ("kedua", "2025-03-05T09:00:00+07:00"),  # 02:00 UTC: older than "terbaru"
        ("ketiga", "2025-02-01"),
        ("rusak-tanggal", "kemarin"),
    ]:
        srv.routes[f"/{name}.xml"] = _xml(news_sitemap([(srv.url(f"/b/{name}"), name, "2025-03-03")]))
        children.append((srv.url(f"/{name}.xml"), lastmod))
    srv.routes["/indeks.xml"] = _xml(sitemap_index(children))
    source = _source(make_org(), srv.url("/indeks.xml"), kind="sitemap")

    items = source_poll(source_id=source.pk)  # default: the 3 newest
    assert [i.title for i in items] == ["terbaru", "kedua", "ketiga"]
    assert [srv.hits[f"/{n}.xml"] for n in ("lama", "tanpa-tanggal", "rusak-tanggal")] == [0, 0, 0]

    settings.MONITORING_SITEMAP_CHILDREN = 5  # undated children come after dated ones, in order
    items = source_poll(source_id=source.pk)
    assert [i.title for i in items] == ["terbaru", "kedua", "ketiga", "lama", "tanpa-tanggal"]

    refs = [SitemapRef("http://a.test/1"), SitemapRef("http://a.test/1"), SitemapRef("http://a.test/2")]
    assert [r.url for r in newest_children(refs, 5)] == ["http://a.test/1", "http://a.test/2"]
    assert newest_children(refs, 0) == []


def test_a_gzip_sitemap_source_and_index_parsing() -> None:
    body = _gz(news_sitemap([("https://n.test/a", "Judul", "2025-03-03")]))
    assert [(i.url, i.title, i.date) for i in parse_sitemap(body)] == [
        ("https://n.test/a", "Judul", "2025-03-03")
    ]
    index = sitemap_index([("https://n.test/s1.xml", "2025-03-03"), ("ftp://n.test/x", "")])
    doc = parse_sitemap_doc(index.encode())
    assert doc.is_index and [c.url for c in doc.children] == ["https://n.test/s1.xml"]
    assert parse_sitemap(index.encode()) == []  # children are sitemaps, not articles
    bomb = gzip.compress(b"<urlset>" + b" " * 3000 + b"</urlset>")
    with override_settings(MONITORING_MAX_BYTES=1000), pytest.raises(FeedError, match="terlalu besar"):
        parse_sitemap_doc(bomb)


# --- robots.txt Crawl-delay ------------------------------------------------------------------


def _state(host: str, robots: str) -> HostState:
    return HostState.objects.create(
        host=host, robots_txt=robots, robots_status=200, robots_fetched_at=timezone.now()
    )


def test_crawl_delay_widens_the_host_interval(news_server, settings) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    srv.routes["/robots.txt"] = Route("User-agent: *\nCrawl-delay: 5\nDisallow: /rahasia/\n")
    host = srv.base.split("//", 1)[1]
    before = timezone.now()
    assert robots_allows(srv.url("/berita/1")) and not robots_allows(srv.url("/rahasia/1"))
    state = HostState.objects.get(host=host)
    assert crawl_delay(state) == 5.0 and host_interval(state) == 5.0
    # the next request to the host may start 5 s after the robots.txt request, not earlier
    wait = (state.next_allowed_at - before).total_seconds()
    assert 4.9 <= wait <= 5.0 + (timezone.now() - before).total_seconds()

    # a slot reserved for a host with a crawl delay is 5 s after the previous one
    fresh = _state("warta.example", "User-agent: humpro-monitor\nCrawl-delay: 5\n\nUser-agent: *\nCrawl-delay: 1\n")
    now = timezone.now()
    assert wait_for_host("warta.example") == 0
    fresh.refresh_from_db()
    assert 4.9 <= (fresh.next_allowed_at - now).total_seconds() <= 5.5

    settings.MONITORING_HOST_INTERVAL = 8.0  # the configured interval wins when it is longer
    assert host_interval(fresh) == 8.0
    settings.MONITORING_HOST_INTERVAL = 0.0

    source = _source(make_org(), srv.url("/rss"))
    assert source_health([source.pk])[source.pk]["crawl_delay"] == 5.0
    other = _state("tanpa.example", "User-agent: *\nDisallow:\n")
    assert crawl_delay(other) == 0.0 and host_interval(other) == 0.0


def test_hostile_crawl_delay_is_capped(settings) -> None:  # type: ignore[no-untyped-def]
    state = _state("lambat.example", "User-agent: *\nCrawl-delay: 100000\n")
    assert crawl_delay(state) == 60.0 and host_interval(state) == 60.0
    now = timezone.now()
    assert wait_for_host("lambat.example") == 0
    state.refresh_from_db()
    assert 59.9 <= (state.next_allowed_at - now).total_seconds() <= 60.5
    settings.MONITORING_MAX_CRAWL_DELAY = 10
    assert host_interval(state) == 10.0
    # a delay the stdlib parser cannot convert does not break robots.txt handling
    odd = _state("aneh.example", "User-agent: *\nCrawl-delay: \u00b2\nDisallow: /x/\n")
    assert crawl_delay(odd) == 0.0
    assert not robots_allows("http://aneh.example/x/1") and robots_allows("http://aneh.example/y")


def test_sources_page_shows_the_crawl_delay(client, news_server) -> None:  # type: ignore[no-untyped-def]
    from humpro.orgs.roles import Role
    from humpro.testing import PASSWORD, make_user

    srv = news_server
    org = make_org(slug="nusa-makmur")
    make_user(org=org, roles=[Role.ANALYST], username="analis")
    _source(org, srv.url("/rss"))
    _state(srv.base.split("//", 1)[1], "User-agent: *\nCrawl-delay: 7\n")
    client.login(username="analis", password=PASSWORD)
    body = client.get("/o/nusa-makmur/pemantauan/sumber/").content.decode()
    assert "robots.txt meminta jeda 7 detik antarpermintaan" in body
