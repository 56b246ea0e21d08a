"""Turning one document (HTML page, text, clip) into a stored, analysed, indexed `Article`.

Idempotent: the same URL, canonical URL or body content (hash of the normalised words) is stored
once per organization; seeing it again only bumps `seen_count`. A document the extractor cannot
handle (exception, no text) is quarantined with its reason instead of crashing the caller.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.core.files.base import ContentFile, File
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from rapidfuzz import fuzz, process

from humpro.monitoring import dedupe, search
from humpro.monitoring.extract import ToneModel, default_taxonomy, extract_document
from humpro.monitoring.extract.text import read_source
from humpro.monitoring.models import (
    Article,
    ArticlePerson,
    MonitoringSettings,
    Quarantine,
    Quote,
    Source,
    SourceType,
    Tone,
)
from humpro.monitoring.outlets import outlet_for_article
from humpro.monitoring.tone_training import active_tone_model
from humpro.officials.models import Official
from humpro.orgs.models import Organization

logger = logging.getLogger(__name__)
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
CANONICAL_RE = re.compile(r"<link\b[^>]*rel=[\"']?canonical[\"']?[^>]*>", re.I)
HREF_RE = re.compile(r"href=[\"']([^\"']+)[\"']", re.I)
TRACKING = ("utm_", "fbclid", "gclid", "amp")
MATCH_CUTOFF = 88  # rapidfuzz token_sort_ratio for linking a person to the officials directory
MAX_RAW = 5 * 1024 * 1024
TONES = {t.value for t in Tone}


@dataclass
class IngestResult:
    article: Article | None
    created: bool
    quarantined: Quarantine | None = None

    @property
    def reason(self) -> str:
        return self.quarantined.reason if self.quarantined else ""


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters."""
    url = (url or "").strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "http://[::1" — not a URL at all
        return ""
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(TRACKING)
    ]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), "")
    )[:1000]


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(WORD_RE.findall(text.lower())).encode("utf-8")).hexdigest()


def canonical_of(raw: str, base: str = "") -> str:
    match = CANONICAL_RE.search(raw[:200_000])
    if not match:
        return ""
    href = HREF_RE.search(match.group(0))
    if not href or not href.group(1).startswith(("http://", "https://")):
        return ""
    return normalize_url(href.group(1))  # "" for a malformed URL such as "http://[::1"


def taxonomy_for(organization: Organization) -> dict[str, list[str]]:
    conf = MonitoringSettings.objects.filter(organization=organization).only("topics").first()
    return conf.topics if conf and conf.topics else default_taxonomy()


def find_existing(organization: Organization, *, urls: list[str], chash: str) -> Article | None:
    cond = Q(content_hash=chash) if chash else Q(pk__in=[])
    urls = [u for u in urls if u]
    if urls:
        cond |= Q(url__in=urls) | Q(canonical_url__in=urls)
    return Article.objects.filter(organization=organization).filter(cond).first()


def _seen_again(article: Article) -> IngestResult:
    Article.objects.filter(pk=article.pk).update(seen_count=F("seen_count") + 1)
    return IngestResult(article=article, created=False)


def quarantine(
    *,
    organization: Organization,
    reason: str,
    url: str = "",
    source: Source | None = None,
    excerpt: str = "",
) -> Quarantine:
    return Quarantine.objects.create(
        organization=organization,
        source=source,
        url=url.replace("\x00", "")[:1000],
        reason=reason.replace("\x00", "")[:500],
        excerpt=excerpt.replace("\x00", "")[:20_000],
    )


class _Officials:
    """Name matcher over the organization's officials directory (rapidfuzz)."""

    def __init__(self, organization: Organization) -> None:
        self.rows = list(
            Official.objects.filter(organization=organization).values_list("pk", "name")
        )
        self.names = [name.lower() for _, name in self.rows]

    def match(self, name: str) -> tuple[int | None, float]:
        if not self.rows or not name:
            return None, 0.0
        best = process.extractOne(
            name.lower(), self.names, scorer=fuzz.token_sort_ratio, score_cutoff=MATCH_CUTOFF
        )
        if best is None:
            return None, 0.0
        return self.rows[best[2]][0], float(best[1])


def analyse(
    raw: str,
    *,
    filename: str = "",
    fmt: str | None = None,
    topics: dict[str, list[str]] | None = None,
    tone_model: ToneModel | None = None,
) -> dict[str, Any]:
    """The extractor's result plus the main text (`text`) used for storage, search and dedupe."""
    result = extract_document(raw, filename=filename, fmt=fmt, topics=topics, tone_model=tone_model)
    if not result.get("text"):
        src = read_source(raw, fmt=fmt, filename=filename)
        result["text"] = "\n\n".join(p for p in src.paragraphs if p)
    return result


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def ingest_document(
    *,
    organization: Organization,
    raw: str | bytes,
    url: str = "",
    source: Source | None = None,
    source_type: str = SourceType.UPLOAD,
    filename: str = "",
    fmt: str | None = None,
    is_own_release: bool = False,
    release_ref: str = "",
    media_file: File | None = None,
    fallback: dict[str, Any] | None = None,
    officials: _Officials | None = None,
) -> IngestResult:
    """Store one document as an article (or find it already stored, or quarantine it). Never raises
    for bad input; `fallback` gives title/date/outlet known from the feed or the clip form."""
    fallback = fallback or {}
    url = normalize_url(url)
    if isinstance(raw, bytes):
        raw = raw[:MAX_RAW].decode("utf-8", errors="replace")
    raw = raw.replace("\x00", "")  # PostgreSQL text cannot hold NUL; it is never meaningful in news
    if url and (existing := find_existing(organization, urls=[url], chash="")):
        return _seen_again(existing)
    try:
        result = analyse(
            raw,
            filename=filename or url,
            fmt=fmt,
            topics=taxonomy_for(organization),
            tone_model=active_tone_model(organization),
        )
    except Exception as exc:  # the extractor must never take the worker down
        logger.warning("extraction failed for %s: %s", url or filename, exc)
        return IngestResult(
            None,
            False,
            quarantine(
                organization=organization,
                source=source,
                url=url,
                excerpt=raw,
                reason=f"Gagal dianalisis: {type(exc).__name__}: {exc}",
            ),
        )
    text = (result.get("text") or "").strip() or (fallback.get("text") or "").strip()
    title = (result.get("title") or fallback.get("title") or "").strip()
    if len(WORD_RE.findall(text)) < 5:
        return IngestResult(
            None,
            False,
            quarantine(
                organization=organization,
                source=source,
                url=url,
                excerpt=raw,
                reason="Isi berita tidak ditemukan (teks kosong atau terlalu pendek).",
            ),
        )
    canonical = canonical_of(raw) if raw.lstrip()[:1] == "<" else ""
    chash = content_hash(text)
    if existing := find_existing(organization, urls=[url, canonical], chash=chash):
        return _seen_again(existing)
    try:
        with transaction.atomic():
            article = _store(
                organization,
                result,
                text=text,
                title=title or text[:120],
                url=url,
                canonical=canonical,
                chash=chash,
                source=source,
                source_type=source_type,
                raw=raw,
                is_own_release=is_own_release,
                release_ref=release_ref,
                media_file=media_file,
                fallback=fallback,
                officials=officials,
            )
    except IntegrityError:  # a concurrent worker stored the same article first
        existing = find_existing(organization, urls=[url, canonical], chash=chash)
        if existing is None:
            raise
        return _seen_again(existing)
    return IngestResult(article, True)


def _store(
    organization: Organization,
    result: dict[str, Any],
    *,
    text: str,
    title: str,
    url: str,
    canonical: str,
    chash: str,
    source: Source | None,
    source_type: str,
    raw: str,
    is_own_release: bool,
    release_ref: str,
    media_file: File | None,
    fallback: dict[str, Any],
    officials: _Officials | None,
) -> Article:
    tone = result.get("tone") if result.get("tone") in TONES else Tone.NEUTRAL
    headline = result.get("headline_tone") if result.get("headline_tone") in TONES else Tone.NEUTRAL
    outlet = (
        fallback.get("outlet")
        or (source.outlet_name if source else "")
        or result.get("outlet")
        or ""
    )
    article = Article(
        organization=organization,
        source=source,
        source_type=source_type,
        is_own_release=is_own_release,
        release_ref=release_ref[:100],
        url=url,
        canonical_url=canonical if canonical != url else "",
        content_hash=chash,
        title=title[:500],
        outlet=str(outlet)[:200],
        press_outlet_id=outlet_for_article(
            organization.pk, source=source, url=url, canonical=canonical
        ),
        dateline=str(result.get("dateline") or "")[:100],
        published_on=_parse_date(result.get("date")) or _parse_date(fallback.get("date")),
        reporter=str(result.get("reporter") or "")[:200],
        editor=str(result.get("editor") or "")[:200],
        text=text,
        captions=list(result.get("captions") or []),
        organizations=list(result.get("organizations") or []),
        topics=list(result.get("topics") or []),
        places=list(result.get("places") or []),
        tone=tone,
        headline_tone=headline,
        tone_auto=tone,
        headline_tone_auto=headline,
        explain=result.get("explain") or {},
        raw_format=str(result.get("format") or "")[:10],
        fetched_at=timezone.now(),
    )
    article.raw_file.save(
        f"{organization.pk}/{timezone.now():%Y/%m}/{chash[:32]}.raw",
        ContentFile(raw.encode("utf-8")),
        save=False,
    )
    if media_file is not None:
        article.media_file.save(media_file.name or "klip", media_file, save=False)
    article.save()
    matcher = officials or _Officials(organization)
    people, by_name = [], {}
    for p in result.get("people") or []:
        name = str(p.get("name") or "").strip()[:200]
        if not name:
            continue
        official_id, score = matcher.match(name)
        by_name[name] = official_id
        people.append(
            ArticlePerson(
                article=article,
                name=name,
                position=str(p.get("position") or "")[:300],
                degrees=list(p.get("degrees") or []),
                official_id=official_id,
                match_score=score,
            )
        )
    ArticlePerson.objects.bulk_create(people)
    quotes = []
    for q in result.get("quotes") or []:
        speaker = str(q.get("speaker") or "").strip()[:200]
        official_id = by_name.get(speaker) if speaker in by_name else matcher.match(speaker)[0]
        quotes.append(
            Quote(
                article=article,
                text=str(q.get("text") or ""),
                speaker=speaker,
                official_id=official_id,
            )
        )
    Quote.objects.bulk_create(quotes)
    protected = frozenset(w.lower() for n in by_name for w in WORD_RE.findall(n))
    search.index_article(article, names=list(by_name), protected=protected)
    dedupe.register_article(article)
    from humpro.monitoring.alerts import crisis_check

    if Tone.NEGATIVE in (tone, headline):  # only negative articles can be a crisis
        transaction.on_commit(lambda: crisis_check(article_id=article.pk))
    return article


def article_reprocess(*, article: Article) -> Article:
    """Run the extractor again on the stored raw capture (after an extractor or taxonomy update)."""
    with article.raw_file.open("rb") as fh:
        raw = fh.read().decode("utf-8", errors="replace")
    result = analyse(
        raw,
        filename=article.url,
        topics=taxonomy_for(article.organization),
        tone_model=active_tone_model(article.organization),
    )
    corrected = set(article.tone_corrections.values_list("field", flat=True))
    with transaction.atomic():
        article.topics = list(result.get("topics") or [])
        article.places = list(result.get("places") or [])
        article.explain = result.get("explain") or {}
        article.tone_auto = result.get("tone") if result.get("tone") in TONES else Tone.NEUTRAL
        article.headline_tone_auto = (
            result.get("headline_tone") if result.get("headline_tone") in TONES else Tone.NEUTRAL
        )
        if "body" not in corrected:
            article.tone = article.tone_auto
        if "headline" not in corrected:
            article.headline_tone = article.headline_tone_auto
        article.save()
        matcher = _Officials(article.organization)
        article.people.all().delete()
        ArticlePerson.objects.bulk_create(
            [
                ArticlePerson(
                    article=article,
                    name=p["name"][:200],
                    position=(p.get("position") or "")[:300],
                    degrees=p.get("degrees") or [],
                    official_id=matcher.match(p["name"])[0],
                )
                for p in result.get("people") or []
                if p.get("name")
            ]
        )
        article.quotes.all().delete()
        Quote.objects.bulk_create(
            [
                Quote(
                    article=article,
                    text=q.get("text") or "",
                    speaker=(q.get("speaker") or "")[:200],
                    official_id=matcher.match(q.get("speaker") or "")[0],
                )
                for q in result.get("quotes") or []
            ]
        )
        search.index_article(article)
    return article
