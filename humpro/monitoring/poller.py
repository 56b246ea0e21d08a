"""The poller run by the worker: feeds and news sitemaps → new item URLs → fetched, stored articles.

Every failure is recorded on the source (feed health) or the item is quarantined with its reason;
nothing here raises for bad remote content.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import xml.etree.ElementTree as ET  # noqa: S405 (expat in Python 3.11 limits entity expansion)
from dataclasses import dataclass
from typing import Any

import feedparser
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from humpro.monitoring.fetch import FetchError, polite_get
from humpro.monitoring.ingest import ingest_document, normalize_url, quarantine
from humpro.monitoring.models import Article, FetchLog, Quarantine, Source, SourceKind, SourceType

logger = logging.getLogger(__name__)
MAX_ITEMS_PER_POLL = 200
MAX_BACKOFF = dt.timedelta(hours=24)
MIN_SUMMARY_WORDS = 30


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


def parse_sitemap(body: bytes) -> list[FeedItem]:
    """A (news) sitemap: <url><loc> with optional <news:title> and <news:publication_date>."""
    try:
        root = ET.fromstring(body)  # noqa: S314
    except ET.ParseError as exc:
        raise FeedError(f"Peta situs tidak valid: {exc}") from None
    if _local(root.tag) not in ("urlset", "sitemapindex"):
        raise FeedError("Bukan peta situs (urlset) yang dikenali.")
    items = []
    for node in root:
        if _local(node.tag) not in ("url", "sitemap"):
            continue
        fields: dict[str, str] = {}
        for el in node.iter():
            name = _local(el.tag)
            if name in ("loc", "title", "publication_date", "lastmod") and el.text:
                fields.setdefault(name, el.text.strip())
        loc = fields.get("loc", "")
        if loc.startswith(("http://", "https://")):
            date = (fields.get("publication_date") or fields.get("lastmod") or "")[:10]
            items.append(FeedItem(url=loc, title=fields.get("title", "")[:500], date=date))
        if len(items) >= MAX_ITEMS_PER_POLL:
            break
    return items


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
    try:
        items = (
            parse_sitemap(response.body)
            if source.kind == SourceKind.SITEMAP
            else parse_feed(response.body)
        )
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
        etag=response.headers.get("etag", "")[:300],
        last_modified=response.headers.get("last-modified", "")[:100],
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
    """Items per day over the last 7 days and in the last 24 hours, per source."""
    now = now or timezone.now()
    rows = (
        Article.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(
            week=Count("id", filter=Q(fetched_at__gte=now - dt.timedelta(days=7))),
            day=Count("id", filter=Q(fetched_at__gte=now - dt.timedelta(days=1))),
        )
    )
    out = {pk: {"per_day": 0.0, "last_24h": 0} for pk in source_ids}
    for row in rows:
        out[row["source_id"]] = {"per_day": round(row["week"] / 7, 1), "last_24h": row["day"]}
    return out
