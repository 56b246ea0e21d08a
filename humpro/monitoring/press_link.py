"""Read side of monitoring for the partner-media module (press), registered in press's hook.

`MonitoringCoverage` is registered with `humpro.press.hooks.register_coverage_provider` from
`MonitoringConfig.ready()`; press calls it for the evaluation per outlet (pickups, tone share)
and for proof-of-publication suggestions. All reads, scoped to the organization.

Dates: an article counts on its publication date, or on the (local) day it was fetched when the
extractor found no date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from humpro.monitoring.models import Article, Pickup
from humpro.press.hooks import Coverage, CoverageProvider, Publication

EXCERPT_WORDS = 400


def _in_period(start: dt.date, end: dt.date, prefix: str = "") -> Q:
    tz = timezone.get_current_timezone()
    lo = dt.datetime.combine(start, dt.time.min, tzinfo=tz)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    return Q(**{f"{prefix}published_on__range": (start, end)}) | Q(
        **{
            f"{prefix}published_on__isnull": True,
            f"{prefix}fetched_at__gte": lo,
            f"{prefix}fetched_at__lt": hi,
        }
    )


def outlet_articles(
    organization: Any, outlet_ids: list[int], start: dt.date, end: dt.date
) -> QuerySet[Article]:
    """The outlets' own articles (not our releases) dated in [start, end]."""
    return (
        Article.objects.for_org(organization)
        .filter(press_outlet_id__in=outlet_ids, is_own_release=False)
        .filter(_in_period(start, end))
    )


def _date_of(article: Article) -> dt.date:
    return article.published_on or timezone.localdate(article.fetched_at)


def released_from(organization: Any, article_ids: list[int]) -> dict[int, tuple[int, str]]:
    """Article id → (release id, release title) of the release it republished: a `Pickup`, or
    else the same near-duplicate cluster as one of our releases."""
    found: dict[int, tuple[int, str]] = {}
    pickups = (
        Pickup.objects.for_org(organization)
        .filter(article_id__in=article_ids)
        .order_by("-containment")
        .values_list("article_id", "release_id", "release__title")
    )
    for article_id, release_id, title in pickups:
        found.setdefault(article_id, (release_id, title))
    rest = (
        Article.objects.for_org(organization)
        .filter(pk__in=article_ids, cluster__isnull=False)
        .exclude(pk__in=list(found))
        .values_list("pk", "cluster_id")
    )
    by_cluster: dict[int, list[int]] = defaultdict(list)
    for pk, cluster_id in rest:
        by_cluster[cluster_id].append(pk)
    if by_cluster:
        releases = (
            Article.objects.for_org(organization)
            .filter(cluster_id__in=list(by_cluster), is_own_release=True)
            .order_by("published_on", "pk")
            .values_list("cluster_id", "pk", "title")
        )
        for cluster_id, release_id, title in releases:
            for pk in by_cluster.pop(cluster_id, []):
                found[pk] = (release_id, title)
    return found


class MonitoringCoverage(CoverageProvider):
    def coverage(
        self, organization: Any, outlet_ids: list[int], start: dt.date, end: dt.date
    ) -> dict[int, Coverage]:
        if not outlet_ids:
            return {}
        articles = outlet_articles(organization, outlet_ids, start, end)
        rows = articles.values("press_outlet_id").annotate(
            n=Count("id"),
            positive=Count("id", filter=Q(tone="positive")),
            neutral=Count("id", filter=Q(tone="neutral")),
            negative=Count("id", filter=Q(tone="negative")),
        )
        counts = {r["press_outlet_id"]: r for r in rows}
        outlet_of = dict(articles.values_list("pk", "press_outlet_id"))
        releases: dict[int, set[int]] = defaultdict(set)
        for article_id, (release_id, _) in released_from(organization, list(outlet_of)).items():
            releases[outlet_of[article_id]].add(release_id)
        return {
            pk: Coverage(
                articles=counts[pk]["n"],
                pickups=len(releases.get(pk, ())),
                positive=counts[pk]["positive"],
                neutral=counts[pk]["neutral"],
                negative=counts[pk]["negative"],
            )
            for pk in counts
        }

    def publications(
        self, organization: Any, outlet_id: int, start: dt.date, end: dt.date
    ) -> list[Publication]:
        articles = list(
            outlet_articles(organization, [outlet_id], start, end)
            .exclude(url="", canonical_url="")
            .only("id", "url", "canonical_url", "title", "outlet", "published_on", "fetched_at")
            .order_by("published_on", "id")[:200]
        )
        picked = released_from(organization, [a.pk for a in articles])
        found = [self._publication(a, picked.get(a.pk), excerpt=False) for a in articles]
        return sorted(found, key=lambda p: (not p.pickup_of, p.published_on, int(p.key)))

    def publication(self, organization: Any, outlet_id: int, key: str) -> Publication | None:
        if not key.isdigit():
            return None
        article = (
            Article.objects.for_org(organization)
            .filter(pk=int(key), press_outlet_id=outlet_id, is_own_release=False)
            .exclude(url="", canonical_url="")
            .first()
        )
        if article is None:
            return None
        return self._publication(article, released_from(organization, [article.pk]).get(article.pk))

    @staticmethod
    def _publication(
        article: Article, release: tuple[int, str] | None, excerpt: bool = True
    ) -> Publication:
        text = ""
        if excerpt:
            words = article.text.split(" ")
            text = " ".join(words[:EXCERPT_WORDS]) + (" …" if len(words) > EXCERPT_WORDS else "")
        return Publication(
            key=str(article.pk),
            url=article.url or article.canonical_url,
            published_on=_date_of(article),
            title=article.title,
            outlet_name=article.outlet,
            pickup_of=release[1] if release else "",
            excerpt=text,
            captured_at=article.fetched_at,
        )
