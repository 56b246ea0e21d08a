"""Link monitoring to the partner-media registry (`press.Outlet`), by domain.

An outlet is known by the domains of its website, its RSS/Atom feeds and its news sitemaps
(`Outlet.monitoring_sources()`). A URL belongs to an outlet when its host is one of those
domains or a subdomain of one (`m.warta.test` → `warta.test`); the longest matching domain wins.
A domain claimed by two outlets of the same organization (a shared feed host such as a
feed-burning service, or a duplicate registry entry) is ambiguous and matches nobody, unless
it is the website domain of exactly one of them.

- Sources: `Source.outlet` is set explicitly on the form/API or, when left empty, matched from
  the feed URL and the outlet's site URL; articles of a linked source inherit its outlet.
- Articles without a linked source (single URLs, uploads) are matched by URL/canonical URL.
- `outlets_relink` fills what is still empty (hourly job `monitoring.link_outlets` and a button
  on the sources page), so outlets registered after articles were stored are picked up too.
- `sources_from_registry` creates one monitoring source per feed/sitemap URL of the registry.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from humpro.monitoring.models import Article, Source, SourceKind
from humpro.orgs.models import Organization
from humpro.press.models import Outlet, domain_of

CACHE_SECONDS = 60.0
_CACHE: dict[int, tuple[float, OutletMatcher]] = {}


class OutletMatcher:
    """Domain → outlet id for one organization's registry."""

    def __init__(self, organization_id: int) -> None:
        primary: dict[str, set[int]] = defaultdict(set)  # website domains
        secondary: dict[str, set[int]] = defaultdict(set)  # feed and sitemap hosts
        self.names: dict[int, str] = {}
        rows = Outlet.objects.filter(organization_id=organization_id).values_list(
            "pk", "name", "website", "feed_urls", "sitemap_urls"
        )
        for pk, name, website, feeds, sitemaps in rows:
            self.names[pk] = name
            if d := _host(website):
                primary[d].add(pk)
            for url in [*(feeds or []), *(sitemaps or [])]:
                if isinstance(url, str) and (d := _host(url)):
                    secondary[d].add(pk)
        self.domains: dict[str, int] = {}
        for d in set(primary) | set(secondary):
            owners = primary.get(d) or secondary.get(d, set())
            if len(owners) == 1:
                self.domains[d] = next(iter(owners))

    def match_host(self, host: str) -> int | None:
        parts = host.split(".")
        for i in range(len(parts) - 1):  # longest suffix first, never a bare TLD
            if (pk := self.domains.get(".".join(parts[i:]))) is not None:
                return pk
        return None

    def match(self, *urls: str) -> int | None:
        """The outlet of the first URL that belongs to one."""
        for url in urls:
            if url and (host := _host(url)) and (pk := self.match_host(host)) is not None:
                return pk
        return None


def _host(url: str) -> str:
    try:
        return domain_of(url)
    except ValueError:  # malformed URL (e.g. "http://[::1"): belongs to no outlet
        return ""


def matcher_for(organization_id: int) -> OutletMatcher:
    """A cached matcher (60 s; dropped at once when an outlet is saved or deleted here)."""
    now = time.monotonic()
    hit = _CACHE.get(organization_id)
    if hit and now - hit[0] < CACHE_SECONDS:
        return hit[1]
    matcher = OutletMatcher(organization_id)
    _CACHE[organization_id] = (now, matcher)
    return matcher


def forget(organization_id: int | None = None) -> None:
    if organization_id is None:
        _CACHE.clear()
    else:
        _CACHE.pop(organization_id, None)


def outlet_for_source(source: Source) -> int | None:
    return matcher_for(source.organization_id).match(source.outlet_url, source.url)


def outlet_for_article(
    organization_id: int, *, source: Source | None, url: str = "", canonical: str = ""
) -> int | None:
    """Through the source when it is linked, else by the article's (canonical) URL domain."""
    if source is not None and source.outlet_id:
        return source.outlet_id
    if not (url or canonical):
        return None
    return matcher_for(organization_id).match(canonical, url)


def articles_follow_source(source: Source) -> int:
    """The articles of a linked source take its outlet."""
    if not source.outlet_id:
        return 0
    return (
        Article.objects.filter(source_id=source.pk)
        .exclude(press_outlet_id=source.outlet_id)
        .update(press_outlet_id=source.outlet_id)
    )


def source_link(source: Source, outlet_id: int) -> None:
    """Link an existing source to an outlet (audited save) and pass it to its articles."""
    source.outlet_id = outlet_id
    source.save(update_fields=["outlet", "updated_at"])
    articles_follow_source(source)


@dataclass
class LinkReport:
    sources: int = 0
    articles: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"sources": self.sources, "articles": self.articles}


@transaction.atomic
def outlets_relink(*, organization: Organization) -> LinkReport:
    """Fill every empty link of the organization's sources and articles (never overwrites)."""
    forget(organization.pk)
    matcher = matcher_for(organization.pk)
    report = LinkReport()
    for source in Source.objects.for_org(organization).filter(outlet__isnull=True):
        if (pk := matcher.match(source.outlet_url, source.url)) is not None:
            source_link(source, pk)
            report.sources += 1
    report.articles += (
        Article.objects.for_org(organization)
        .filter(press_outlet__isnull=True, source__outlet__isnull=False)
        .update(press_outlet_id=_source_outlet())
    )
    by_outlet: dict[int, list[int]] = defaultdict(list)
    unlinked = (
        Article.objects.for_org(organization)
        .filter(press_outlet__isnull=True, source__outlet__isnull=True)
        .exclude(url="", canonical_url="")
        .values_list("pk", "url", "canonical_url")
    )
    for pk, url, canonical in unlinked.iterator(chunk_size=2000):
        if (outlet_id := matcher.match(canonical, url)) is not None:
            by_outlet[outlet_id].append(pk)
    for outlet_id, ids in by_outlet.items():
        for i in range(0, len(ids), 500):
            report.articles += Article.objects.filter(pk__in=ids[i : i + 500]).update(
                press_outlet_id=outlet_id
            )
    return report


def _source_outlet() -> Any:
    from django.db.models import OuterRef, Subquery

    return Subquery(Source.objects.filter(pk=OuterRef("source_id")).values("outlet_id")[:1])


# --- sources from the registry ------------------------------------------------------------------


@dataclass
class RegistryReport:
    created: list[Source] = field(default_factory=list)
    existing: list[Source] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)

    def as_dict(self) -> dict[str, Any]:
        return {
            "created": [s.pk for s in self.created],
            "existing": [s.pk for s in self.existing],
            "skipped": [{"url": u, "reason": r} for u, r in self.skipped],
        }


def registry_outlets(organization: Organization) -> list[Outlet]:
    """Active outlets that list at least one feed or sitemap URL."""
    return [
        o
        for o in Outlet.objects.for_org(organization).filter(is_active=True)
        if o.monitoring_sources()["feeds"] or o.monitoring_sources()["sitemaps"]
    ]


@transaction.atomic
def sources_from_registry(
    *, organization: Organization, outlets: list[Outlet] | None = None
) -> RegistryReport:
    """One source per feed/sitemap URL of the outlets (default: all active outlets with any).

    Idempotent: a URL that already is a source is linked to the outlet (if still unlinked) and
    reported as existing.
    """
    report = RegistryReport()
    outlets = registry_outlets(organization) if outlets is None else outlets
    existing = {s.url: s for s in Source.objects.for_org(organization)}
    for outlet in outlets:
        if outlet.organization_id != organization.pk:
            continue
        wanted = outlet.monitoring_sources()
        for kind, urls in ((SourceKind.FEED, wanted["feeds"]), (SourceKind.SITEMAP, wanted["sitemaps"])):
            for url in urls:
                url = str(url or "").strip()
                if not url.startswith(("http://", "https://")) or len(url) > 1000:
                    report.skipped.append((url, f"{outlet.name}: alamat tidak valid."))
                    continue
                if source := existing.get(url):
                    if source.outlet_id is None:
                        source_link(source, outlet.pk)
                    report.existing.append(source)
                    continue
                label = "RSS/Atom" if kind == SourceKind.FEED else "peta situs"
                source = Source.objects.create(
                    organization=organization,
                    name=f"{outlet.name} — {label}"[:200],
                    kind=kind,
                    url=url,
                    outlet_name=outlet.name[:200],
                    outlet_url=outlet.website[:500],
                    outlet=outlet,
                    next_poll_at=timezone.now(),
                )
                existing[url] = source
                report.created.append(source)
    if report.created:
        from humpro.monitoring.tasks import source_poll_task

        ids = [s.pk for s in report.created]
        transaction.on_commit(lambda: [source_poll_task.enqueue(pk) for pk in ids])
    return report
