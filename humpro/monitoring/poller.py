"""The poller run by the worker: feeds and news sitemaps → new item URLs → fetched, stored articles.

Every failure is recorded on the source (feed health) or the item is quarantined with its reason;
nothing here raises for bad remote content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
import xml.etree.ElementTree as ET  # noqa: S405 (expat in Python 3.11 limits entity expansion)
import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import feedparser
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from humpro.monitoring.fetch import FetchError, crawl_delays, polite_get
from humpro.monitoring.ingest import ingest_document, normalize_url, quarantine
from humpro.monitoring.models import Article, FetchLog, Quarantine, Source, SourceKind, SourceType

logger = logging.getLogger(__name__)
MAX_ITEMS_PER_POLL = 200
MAX_BACKOFF = dt.timedelta(hours=24)
MIN_SUMMARY_WORDS = 30
SITEMAP_CHILDREN = 3  # default of MONITORING_SITEMAP_CHILDREN: children followed per index
SITEMAP_MAX_DEPTH = 2  # index → index → urlset is followed; a third index level is not
MAX_SITEMAP_REFS = 50_000  # the protocol's own limit of entries per index
CHILD_STATE_TTL = 60 * 60 * 24 * 7  # seconds the ETag/Last-Modified of a child sitemap is kept


@dataclass
class FeedItem:
    url: str
    title: str = ""
    date: str = ""
    summary: str = ""

    def as_kwargs(self) -> dict[str, str]:
        return {"url": self.url, "title": self.title, "date": self.date, "summary": self.summary}


class FeedError(ValueError):
    pass


def _iso(struct: Any) -> str:
    try:
        return dt.date(struct.tm_year, struct.tm_mon, struct.tm_mday).isoformat() if struct else ""
    except (AttributeError, ValueError, TypeError):
        return ""


def parse_feed(body: bytes) -> list[FeedItem]:
    """RSS/Atom entries with a http(s) link. Raises FeedError when nothing usable is there."""
    parsed = feedparser.parse(body)
    items = []
    for entry in parsed.entries[:MAX_ITEMS_PER_POLL]:
        link = str(entry.get("link") or "").strip()
        if not link.startswith(("http://", "https://")):
            continue
        content = entry.get("content") or []
        summary = content[0].get("value", "") if content else entry.get("summary", "")
        items.append(
            FeedItem(
                url=link,
                title=str(entry.get("title") or "")[:500],
                date=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
                summary=str(summary or "")[:100_000],
            )
        )
    if not items and parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        raise FeedError(f"Umpan tidak valid: {type(exc).__name__}: {str(exc)[:200]}")
    if not items and not parsed.get("version") and not parsed.feed:
        raise FeedError("Bukan umpan RSS/Atom yang dikenali.")
    return items


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


@dataclass
class SitemapRef:
    """A child sitemap listed by a sitemap index (`<sitemap><loc>`, optional `<lastmod>`)."""

    url: str
    lastmod: dt.datetime | None = None


@dataclass
class SitemapDoc:
    """A parsed sitemap: a `urlset` (items) or a `sitemapindex` (children)."""

    is_index: bool = False
    items: list[FeedItem] = field(default_factory=list)
    children: list[SitemapRef] = field(default_factory=list)


def _max_bytes() -> int:
    return int(getattr(settings, "MONITORING_MAX_BYTES", 5 * 1024 * 1024))


def _gunzip(body: bytes) -> bytes:
    """A gzip-compressed sitemap (`.xml.gz`, gzip magic bytes) opened, size-limited like a
    download (a gzip bomb stops at MONITORING_MAX_BYTES); anything else is returned unchanged."""
    if body[:2] != b"\x1f\x8b":
        return body
    limit = _max_bytes()
    try:
        out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, limit + 1)
    except zlib.error as exc:
        raise FeedError(f"Berkas gzip peta situs rusak: {exc}") from None
    if len(out) > limit:
        raise FeedError(f"Peta situs terlalu besar setelah dibuka (lebih dari {limit // 1024} KB).")
    return out


def _lastmod(text: str) -> dt.datetime | None:
    """A W3C datetime (`2025-03-03`, `2025-03-03T08:00:00+07:00`, `…Z`) as an aware datetime."""
    try:
        value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def parse_sitemap_doc(body: bytes) -> SitemapDoc:
    """A (news) sitemap or sitemap index, gzip-compressed or not. Raises FeedError only.

    urlset: <url><loc> with optional <news:title> and <news:publication_date> (else <lastmod>);
    sitemapindex: <sitemap><loc> children with their optional <lastmod>.
    """
    body = _gunzip(body)
    try:
        root = ET.fromstring(body)  # noqa: S314
    except ET.ParseError as exc:
        raise FeedError(f"Peta situs tidak valid: {exc}") from None
    except (ValueError, RecursionError, MemoryError) as exc:
        raise FeedError(f"Peta situs tidak valid: {type(exc).__name__}") from None
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise FeedError("Bukan peta situs (urlset) yang dikenali.")
    doc = SitemapDoc(is_index=kind == "sitemapindex")
    for node in root:
        if _local(node.tag) != ("sitemap" if doc.is_index else "url"):
            continue
        fields: dict[str, str] = {}
        for el in node.iter():
            name = _local(el.tag)
            if name in ("loc", "title", "publication_date", "lastmod") and el.text:
                fields.setdefault(name, el.text.strip())
        loc = fields.get("loc", "")
        if not loc.startswith(("http://", "https://")):
            continue
        if doc.is_index:
            doc.children.append(SitemapRef(url=loc, lastmod=_lastmod(fields.get("lastmod", ""))))
            if len(doc.children) >= MAX_SITEMAP_REFS:
                break
        else:
            date = (fields.get("publication_date") or fields.get("lastmod") or "")[:10]
            doc.items.append(FeedItem(url=loc, title=fields.get("title", "")[:500], date=date))
            if len(doc.items) >= MAX_ITEMS_PER_POLL:
                break
    return doc


def parse_sitemap(body: bytes) -> list[FeedItem]:
    """The items of a (news) sitemap; a sitemap index has none (its children are sitemaps)."""
    return parse_sitemap_doc(body).items


def newest_children(refs: list[SitemapRef], cap: int) -> list[SitemapRef]:
    """The `cap` newest children: by <lastmod> descending, those without one after, in document
    order (duplicates dropped)."""
    unique: dict[str, SitemapRef] = {}
    for ref in refs:
        unique.setdefault(ref.url, ref)
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    dated = sorted(
        (r for r in unique.values() if r.lastmod), key=lambda r: r.lastmod or epoch, reverse=True
    )
    return (dated + [r for r in unique.values() if r.lastmod is None])[: max(cap, 0)]


def _url_key(url: str) -> str:
    return normalize_url(url).rstrip("/")


def _child_state_key(source: Source, url: str) -> str:
    digest = hashlib.sha1(url.encode(), usedforsecurity=False).hexdigest()
    return f"monitoring:sitemap-child:{source.pk}:{digest}"


def _cache_get(key: str) -> Any:
    try:
        return cache.get(key)
    except Exception:  # conditional GET is an optimisation: a cache outage only costs a refetch
        logger.warning("cache unavailable for %s", key, exc_info=True)
        return None


def _cache_set(key: str, value: Any) -> None:
    try:
        cache.set(key, value, CHILD_STATE_TTL)
    except Exception:
        logger.warning("cache unavailable for %s", key, exc_info=True)


class _SitemapWalk:
    """Follows the children of a sitemap index for one poll: newest first, at most
    MONITORING_SITEMAP_CHILDREN per index, SITEMAP_MAX_DEPTH levels, each URL once (an index
    listing itself or an ancestor is not fetched again). Every child request goes through
    `polite_get` (robots.txt, per-host slot) with its own conditional GET (ETag/Last-Modified
    kept in the cache per source and URL). A child that fails or is malformed is recorded
    (FetchLog; malformed or too deep also quarantined under the source URL, so "coba lagi"
    polls the source again) and the other children are still read."""

    def __init__(self, source: Source, visited: set[str]) -> None:
        self.source = source
        self.visited = visited
        self.cap = int(getattr(settings, "MONITORING_SITEMAP_CHILDREN", SITEMAP_CHILDREN))
        self.items: list[FeedItem] = []

    def follow(self, index: SitemapDoc, depth: int = 1) -> list[FeedItem]:
        fresh = [r for r in index.children if _url_key(r.url) not in self.visited | {""}]
        for ref in newest_children(fresh, self.cap):
            if len(self.items) >= MAX_ITEMS_PER_POLL:
                break
            key = _url_key(ref.url)
            if key in self.visited:  # listed twice under two spellings, or by a sibling index
                continue
            self.visited.add(key)
            doc = self._fetch(ref.url)
            if doc is None:
                continue
            if not doc.is_index:
                self.items.extend(doc.items[: MAX_ITEMS_PER_POLL - len(self.items)])
            elif depth >= SITEMAP_MAX_DEPTH:
                self._report(
                    ref.url,
                    f"indeks bersarang lebih dari {SITEMAP_MAX_DEPTH} tingkat tidak diikuti",
                )
            else:
                self.follow(doc, depth + 1)
        return self.items

    def _fetch(self, url: str) -> SitemapDoc | None:
        state_key = _child_state_key(self.source, url)
        etag, last_modified = _cache_get(state_key) or ("", "")
        try:
            response = polite_get(url, etag=etag, last_modified=last_modified)
        except FetchError as exc:
            self._log(url, status=exc.status, error=f"Peta situs anak: {exc.message}")
            return None
        except ValueError as exc:  # a URL urllib refuses (control characters, bad port …)
            self._log(url, status=0, error=f"Peta situs anak: alamat tidak valid ({exc})")
            return None
        if response.not_modified:
            self._log(url, status=304, ok=True, duration_ms=response.duration_ms)
            return None
        self.visited.add(_url_key(response.url))
        try:
            doc = parse_sitemap_doc(response.body)
        except FeedError as exc:
            try:
                excerpt = _gunzip(response.body)[:20_000].decode("utf-8", errors="replace")
            except FeedError:
                excerpt = ""
            self._report(url, str(exc), status=response.status, excerpt=excerpt)
            return None
        _cache_set(
            state_key,
            (
                response.headers.get("etag", "")[:300],
                response.headers.get("last-modified", "")[:100],
            ),
        )
        self._log(
            url,
            status=response.status,
            ok=True,
            items=len(doc.items),
            duration_ms=response.duration_ms,
        )
        return doc

    def _log(self, url: str, *, status: int, ok: bool = False, **kw: Any) -> None:
        FetchLog.objects.create(
            source=self.source,
            url=url[:1000],
            status=status,
            ok=ok,
            error=str(kw.pop("error", ""))[:500],
            **kw,
        )

    def _report(self, url: str, problem: str, *, status: int = 0, excerpt: str = "") -> None:
        reason = f"Peta situs anak {url}: {problem}"[:500]
        self._log(url, status=status, error=reason)
        already = Quarantine.objects.filter(
            organization_id=self.source.organization_id,
            source=self.source,
            reason=reason.replace("\x00", ""),
            resolved=False,
        ).exists()
        if not already:  # a child that stays broken is reported once, not on every poll
            quarantine(
                organization=self.source.organization,
                source=self.source,
                url=self.source.url,
                reason=reason,
                excerpt=excerpt,
            )


def _backoff(source: Source, failures: int) -> dt.timedelta:
    base = dt.timedelta(minutes=max(source.poll_minutes, 1))
    return min(base * 2 ** min(failures, 10), MAX_BACKOFF)


def _record_failure(source: Source, message: str, status: int = 0, started: float = 0.0) -> None:
    now = timezone.now()
    failures = source.consecutive_failures + 1
    Source.objects.filter(pk=source.pk).update(
        last_polled_at=now,
        last_error_at=now,
        last_error=message[:500],
        consecutive_failures=failures,
        next_poll_at=now + _backoff(source, failures),
    )
    FetchLog.objects.create(
        source=source,
        url=source.url,
        status=status,
        ok=False,
        error=message[:500],
        duration_ms=int((time.monotonic() - started) * 1000) if started else 0,
    )


def known_urls(source: Source, urls: list[str]) -> set[str]:
    """URLs already stored (as URL or canonical URL) or quarantined for this organization."""
    stored = (
        Article.objects.filter(organization_id=source.organization_id)
        .filter(Q(url__in=urls) | Q(canonical_url__in=urls))
        .values_list("url", "canonical_url")
    )
    known = {u for pair in stored for u in pair if u}
    known |= set(
        Quarantine.objects.filter(
            organization_id=source.organization_id, url__in=urls, resolved=False
        ).values_list("url", flat=True)
    )
    return known


def source_poll(*, source_id: int) -> list[FeedItem]:
    """Fetch one source (conditional GET) and return the new items (the caller enqueues them)."""
    source = Source.objects.filter(pk=source_id, active=True).first()
    if source is None:
        return []
    started = time.monotonic()
    try:
        response = polite_get(source.url, etag=source.etag, last_modified=source.last_modified)
    except FetchError as exc:
        _record_failure(source, exc.message, exc.status, started)
        return []
    now = timezone.now()
    if response.not_modified:
        FetchLog.objects.create(
            source=source, url=source.url, status=304, ok=True, duration_ms=response.duration_ms
        )
        Source.objects.filter(pk=source.pk).update(
            last_polled_at=now,
            last_success_at=now,
            consecutive_failures=0,
            last_error="",
            next_poll_at=now + dt.timedelta(minutes=source.poll_minutes),
        )
        return []
    is_index = False
    try:
        if source.kind == SourceKind.SITEMAP:
            doc = parse_sitemap_doc(response.body)
            items, is_index = doc.items, doc.is_index
        else:
            items = parse_feed(response.body)
    except FeedError as exc:
        quarantine(
            organization=source.organization,
            source=source,
            url=source.url,
            reason=str(exc),
            excerpt=response.body[:20_000].decode("utf-8", errors="replace"),
        )
        _record_failure(source, str(exc), response.status, started)
        return []
    if is_index:
        visited = {_url_key(source.url), _url_key(response.url)}
        items = _SitemapWalk(source, visited).follow(doc)
    for item in items:
        item.url = normalize_url(item.url)
    known = known_urls(source, [i.url for i in items])
    seen: set[str] = set()
    new = []
    for item in items:
        if item.url not in known and item.url not in seen:
            seen.add(item.url)
            new.append(item)
    Source.objects.filter(pk=source.pk).update(
        # an index is always read again (it is small): its children may change while it does not,
        # and each child has its own conditional GET
        etag="" if is_index else response.headers.get("etag", "")[:300],
        last_modified="" if is_index else response.headers.get("last-modified", "")[:100],
        last_polled_at=now,
        last_success_at=now,
        consecutive_failures=0,
        last_error="",
        items_seen=F("items_seen") + len(new),
        next_poll_at=now + dt.timedelta(minutes=source.poll_minutes),
    )
    FetchLog.objects.create(
        source=source,
        url=source.url,
        status=response.status,
        ok=True,
        items=len(new),
        duration_ms=response.duration_ms,
    )
    return new


def item_fetch(
    *, source_id: int, url: str, title: str = "", date: str = "", summary: str = ""
) -> str:
    """Fetch one item page and store it. Returns "created", "seen", "quarantined" or "skipped"."""
    source = Source.objects.select_related("organization").filter(pk=source_id).first()
    if source is None:
        return "skipped"
    fallback = {"title": title, "date": date, "outlet": source.outlet_name}
    if known_urls(source, [url]):
        return "seen"
    try:
        response = polite_get(url)
        raw: bytes | str = response.body
        fmt = None
    except FetchError as exc:
        if exc.robots and len(_plain(summary).split()) >= MIN_SUMMARY_WORDS:
            raw, fmt = (
                summary,
                None,
            )  # the publisher's own feed text, when the page may not be fetched
        else:
            quarantine(
                organization=source.organization,
                source=source,
                url=url,
                reason=f"Gagal mengambil halaman: {exc.message}",
            )
            return "quarantined"
    try:
        result = ingest_document(
            organization=source.organization,
            raw=raw,
            url=url,
            source=source,
            source_type=SourceType.ONLINE,
            fmt=fmt,
            fallback={**fallback, "text": _plain(summary)},
        )
    except Exception as exc:  # a storage/DB error on one item must not stop the batch
        logger.exception("storing %s failed", url)
        quarantine(
            organization=source.organization,
            source=source,
            url=url,
            reason=f"Gagal disimpan: {type(exc).__name__}: {exc}",
        )
        return "quarantined"
    if result.quarantined:
        return "quarantined"
    if result.created and source.silent_since:
        Source.objects.filter(pk=source.pk).update(silent_since=None)
    return "created" if result.created else "seen"


def _plain(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", " ", html or "")


def due_sources(now: dt.datetime | None = None) -> list[int]:
    """Claim every active source whose poll is due (conditional update: one worker per source)."""
    now = now or timezone.now()
    claimed = []
    for source in Source.objects.filter(active=True, next_poll_at__lte=now).only(
        "pk", "poll_minutes"
    ):
        with transaction.atomic():
            n = Source.objects.filter(pk=source.pk, next_poll_at__lte=now).update(
                next_poll_at=now + dt.timedelta(minutes=max(source.poll_minutes, 1))
            )
        if n:
            claimed.append(source.pk)
    return claimed


def source_health(
    source_ids: list[int], now: dt.datetime | None = None
) -> dict[int, dict[str, float]]:
    """Items per day over the last 7 days and in the last 24 hours, per source, and the
    robots.txt Crawl-delay of its host (seconds, capped; 0 when none)."""
    now = now or timezone.now()
    rows = (
        Article.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(
            week=Count("id", filter=Q(fetched_at__gte=now - dt.timedelta(days=7))),
            day=Count("id", filter=Q(fetched_at__gte=now - dt.timedelta(days=1))),
        )
    )
    out: dict[int, dict[str, float]] = {
        pk: {"per_day": 0.0, "last_24h": 0, "crawl_delay": 0.0} for pk in source_ids
    }
    for row in rows:
        out[row["source_id"]].update(per_day=round(row["week"] / 7, 1), last_24h=row["day"])
    hosts = {
        pk: urlsplit(url).netloc.lower()
        for pk, url in Source.objects.filter(pk__in=source_ids).values_list("pk", "url")
    }
    delays = crawl_delays(list(set(hosts.values())))
    for pk, host in hosts.items():
        out[pk]["crawl_delay"] = delays.get(host, 0.0)
    return out
