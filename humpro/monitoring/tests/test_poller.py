"""The poller against a real HTTP server on 127.0.0.1: feeds, sitemaps, 304s, 500s, timeouts,
malformed XML, robots.txt, per-host rate limit and a feed that goes silent."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from django.utils import timezone

from humpro.core.models import OutboxMessage
from humpro.monitoring import services
from humpro.monitoring.alerts import silent_zero_check
from humpro.monitoring.fetch import FetchError, polite_get, wait_for_host
from humpro.monitoring.models import (
    Alert,
    Article,
    FetchLog,
    MonitoringSettings,
    Quarantine,
)
from humpro.monitoring.poller import item_fetch, source_poll
from humpro.monitoring.tests.httpserver import Route
from humpro.monitoring.tests.newsdata import (
    HEALTH_PARAGRAPHS,
    HEALTH_TITLE,
    NEGATIVE_PARAGRAPHS,
    NEGATIVE_TITLE,
    html_page,
    news_sitemap,
    rss,
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
