"""Reads: the article search with its filters, and lookups for the filter menus."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from humpro.monitoring.models import Article, Pickup
from humpro.monitoring.search import search_filter
from humpro.officials.models import Official
from humpro.orgs.models import Organization


@dataclass
class ArticleFilters:
    q: str = ""
    outlet: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    tone: str = ""
    official: int | None = None
    topic: str = ""
    place: str = ""
    source_type: str = ""

    @classmethod
    def from_params(cls, params: dict[str, str]) -> ArticleFilters:
        def date(key: str) -> dt.date | None:
            try:
                return dt.date.fromisoformat(params.get(key, "")) if params.get(key) else None
            except ValueError:
                return None

        official = params.get("pejabat", "")
        return cls(
            q=params.get("q", "").strip()[:200],
            outlet=params.get("media", "").strip(),
            date_from=date("dari"),
            date_to=date("sampai"),
            tone=params.get("nada", ""),
            official=int(official) if official.isdigit() else None,
            topic=params.get("topik", ""),
            place=params.get("wilayah", "").strip()[:100],
            source_type=params.get("jenis", ""),
        )

    def querystring(self) -> str:
        from urllib.parse import urlencode

        return urlencode(
            {
                "q": self.q,
                "media": self.outlet,
                "dari": self.date_from or "",
                "sampai": self.date_to or "",
                "nada": self.tone,
                "pejabat": self.official or "",
                "topik": self.topic,
                "wilayah": self.place,
                "jenis": self.source_type,
            }
        )


def articles_search(*, organization: Organization, filters: ArticleFilters) -> QuerySet[Article]:
    qs = Article.objects.for_org(organization)
    if filters.q:
        qs = search_filter(qs, filters.q)
    if filters.outlet:
        qs = qs.filter(outlet__iexact=filters.outlet)
    if filters.date_from:
        qs = qs.filter(published_on__gte=filters.date_from)
    if filters.date_to:
        qs = qs.filter(published_on__lte=filters.date_to)
    if filters.tone:
        qs = qs.filter(Q(tone=filters.tone) | Q(headline_tone=filters.tone))
    if filters.official:
        qs = qs.filter(
            Q(people__official_id=filters.official) | Q(quotes__official_id=filters.official)
        ).distinct()
    if filters.topic:
        qs = (
            qs.filter(topics__contains=[filters.topic])
            if _json_contains_ok()
            else qs.filter(topics__icontains=f'"{filters.topic}"')
        )
    if filters.place:
        qs = (
            qs.filter(places__contains=[{"name": filters.place}])
            if _json_contains_ok()
            else qs.filter(places__icontains=json.dumps({"name": filters.place})[1:-1])
        )
    if filters.source_type:
        qs = qs.filter(source_type=filters.source_type)
    return qs.defer("text", "explain", "minhash", "captions")


def _json_contains_ok() -> bool:
    from django.db import connection

    return connection.vendor == "postgresql"


def outlets(organization: Organization) -> list[str]:
    return list(
        Article.objects.for_org(organization)
        .exclude(outlet="")
        .order_by("outlet")
        .values_list("outlet", flat=True)
        .distinct()[:300]
    )


def officials(organization: Organization) -> QuerySet[Official]:
    return Official.objects.for_org(organization).only("id", "name").order_by("name")


def places(organization: Organization, recent: int = 2000) -> list[str]:
    """Place names found in the organization's most recent articles (for the filter menu)."""
    names: set[str] = set()
    rows = Article.objects.for_org(organization).values_list("places", flat=True)[:recent]
    for row in rows:
        names.update(p["name"] for p in row or [] if isinstance(p, dict) and p.get("name"))
    return sorted(names)


def topics(organization: Organization) -> list[str]:
    from humpro.monitoring.ingest import taxonomy_for

    return sorted(taxonomy_for(organization))


def pickups(organization: Organization) -> QuerySet[Pickup]:
    return (
        Pickup.objects.for_org(organization)
        .select_related("release", "article")
        .order_by("-release__published_on", "-release_id", "-containment")
    )
