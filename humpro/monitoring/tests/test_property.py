"""Property-based: malformed HTML, feeds and sitemap indexes never crash the worker; a bad item is
quarantined with its reason.
"""

from __future__ import annotations

import gzip

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from humpro.monitoring import services
from humpro.monitoring.ingest import ingest_document
from humpro.monitoring.models import Article, Quarantine, Source
from humpro.monitoring.poller import (
    FeedError,
    item_fetch,
    newest_children,
    parse_feed,
    parse_sitemap,
    parse_sitemap_doc,
    source_poll,
)
from humpro.monitoring.tests.httpserver import Route
from humpro.monitoring.tests.newsdata import HEALTH_PARAGRAPHS, rss, sitemap_index
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


INDEX_PARTS = st.sampled_from(
    [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "<sitemapindex>",
        "</sitemapindex>",
        "<sitemap>",
        "</sitemap>",
        "<loc>",
        "</loc>",
        "<lastmod>",
        "</lastmod>",
        "https://n.test/s1.xml",
        "http://[::1",
        "https://n.test/a b\x01.xml",
        "2025-03-03",
        "2025-13-45T99:99:99+25:00",
        "2025-03-03T08:00:00Z",
        "kemarin",
        "<urlset>",
        "<url>",
        "<news:title>",
        "&amp;",
        "&bogus;",
        '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
        "&a;",
        "<![CDATA[",
        "]]>",
        "\x00",
        "\ufeff",
    ]
)
MESSY_INDEX = st.lists(st.one_of(INDEX_PARTS, st.text(max_size=20)), max_size=60).map("".join)


@SLOW
@given(
    text=MESSY_INDEX,
    wrap=st.sampled_from(["plain", "gzip", "truncated-gzip", "garbage-after-magic"]),
    cap=st.integers(min_value=-1, max_value=5),
)
@example(
    text=sitemap_index([("https://n.test/1.xml", "2025-03-03"), ("https://n.test/1.xml", "x")]),
    wrap="gzip",
    cap=2,
)
def test_malformed_sitemap_index_never_raises_out_of_the_parser(text: str, wrap: str, cap: int) -> None:
    raw = text.encode("utf-8", errors="surrogatepass")
    body = {
        "plain": raw,
        "gzip": gzip.compress(raw),
        "truncated-gzip": gzip.compress(raw)[: max(len(raw) // 2, 3)],
        "garbage-after-magic": b"\x1f\x8b" + raw,
    }[wrap]
    try:
        doc = parse_sitemap_doc(body)
    except FeedError as exc:
        assert str(exc)
        return
    assert all(c.url.startswith(("http://", "https://")) for c in doc.children)
    assert all(i.url.startswith(("http://", "https://")) for i in doc.items)
    assert not (doc.is_index and doc.items)
    chosen = newest_children(doc.children, cap)
    assert len(chosen) <= max(cap, 0) and len({c.url for c in chosen}) == len(chosen)


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
