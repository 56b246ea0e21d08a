"""Property-based: malformed HTML and feeds never crash the worker; a bad item is quarantined with
its reason.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humpro.monitoring import services
from humpro.monitoring.ingest import ingest_document
from humpro.monitoring.models import Article, Quarantine, Source
from humpro.monitoring.poller import FeedError, item_fetch, parse_feed, parse_sitemap, source_poll
from humpro.monitoring.tests.httpserver import Route
from humpro.monitoring.tests.newsdata import HEALTH_PARAGRAPHS, rss
from humpro.testing import make_org

pytestmark = pytest.mark.django_db
SLOW = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<![CDATA[",
        "<html>",
        "<body",
        ">",
        "&amp;",
        "&#0;",
        "&#xFFFF;",
        "<table><tr><td>",
        "\x00",
        "\ufeff",
        "<meta charset='x-unknown'>",
        "<link rel=canonical href='http://[::1'>",
        '"',
        "'",
    ]
)
WORDS = st.sampled_from(
    [
        "Gubernur",
        "Andi",
        "Wiratama",
        "mengatakan",
        "jalan",
        "rusak",
        '"',
        "ujar",
        "(3/3/2025)",
        "Kota Makmur -",
        "Baca juga:",
        "Rabu, 7 Desember 2022 14:30 WIB",
        "(rio/01)",
        "Pewarta:",
    ]
)
MESSY_HTML = st.lists(st.one_of(TAGS, WORDS, st.text(max_size=30)), max_size=80).map("".join)


@SLOW
@given(raw=MESSY_HTML)
def test_ingesting_messy_html_never_raises(raw: str) -> None:
    org = make_org()
    result = ingest_document(organization=org, raw=raw, url="https://acak.example/berita")
    if result.article is None:
        item = Quarantine.objects.get(pk=result.quarantined.pk)
        assert item.reason and item.organization == org
    else:
        assert Article.objects.filter(pk=result.article.pk, organization=org).exists()


@SLOW
@given(
    body=st.one_of(
        st.binary(max_size=400), MESSY_HTML.map(lambda s: ("<rss><channel>" + s).encode())
    )
)
def test_parsers_only_raise_feed_error(body: bytes) -> None:
    for parse in (parse_feed, parse_sitemap):
        try:
            items = parse(body)
        except FeedError as exc:
            assert str(exc)
        else:
            assert all(i.url.startswith(("http://", "https://")) for i in items)


@SLOW
@given(feed=st.one_of(st.binary(max_size=300), MESSY_HTML), page=MESSY_HTML)
def test_polling_garbage_never_crashes_and_quarantines(news_server, feed, page) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    org = make_org()
    srv.routes["/acak"] = Route(feed, content_type="application/xml")
    srv.routes["/halaman"] = Route(page)
    source = services.source_save(
        organization=org, name="Acak", url=srv.url("/acak"), kind="feed", outlet_name="Media Acak"
    )
    source_poll(source_id=source.pk)
    source.refresh_from_db()
    assert source.last_polled_at is not None
    if source.consecutive_failures:
        assert source.last_error
    outcome = item_fetch(
        source_id=source.pk, url=srv.url("/halaman"), title="Judul acak", summary=page
    )
    assert outcome in ("created", "seen", "quarantined")
    if outcome == "quarantined":
        assert (
            Quarantine.objects.filter(source=source, url=srv.url("/halaman"))
            .exclude(reason="")
            .exists()
        )
    assert Source.objects.filter(pk=source.pk).exists()


def test_a_good_feed_still_works_after_garbage(news_server) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    srv.routes["/ok"] = Route(
        rss([(srv.url("/p"), "Puskesmas keliling", "Mon, 03 Mar 2025 08:00:00 +0700")])
    )
    srv.routes["/p"] = Route(
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in HEALTH_PARAGRAPHS)
        + "</article></body></html>"
    )
    org = make_org()
    source = services.source_save(
        organization=org, name="Ok", url=srv.url("/ok"), kind="feed", outlet_name="Nusa Pos"
    )
    items = source_poll(source_id=source.pk)
    assert [item_fetch(source_id=source.pk, **i.as_kwargs()) for i in items] == ["created"]
