"""Extension point: releases sent to an outlet, shown in the media portal.

The newsroom app (built separately) owns press releases and their distribution; press must not
import it. Instead the newsroom registers a provider from its `AppConfig.ready()`:

    from humpro.press.hooks import ReleaseRef, register_release_provider

    def releases_for_outlet(outlet, limit):
        return [ReleaseRef(title=r.title, sent_at=d.sent_at, url=r.public_url)
                for d in Distribution.objects.filter(outlet=outlet, ...)[:limit]]

    register_release_provider(releases_for_outlet)

The portal calls `releases_for(outlet)` and shows whatever the providers return, newest first;
without a provider the portal says that no releases are available yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class ReleaseRef:
    title: str
    sent_at: dt.datetime
    url: str = ""
    summary: str = ""


ReleaseProvider = Callable[[Any, int], list[ReleaseRef]]
_PROVIDERS: list[ReleaseProvider] = []


def register_release_provider(provider: ReleaseProvider) -> None:
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)


def unregister_release_provider(provider: ReleaseProvider) -> None:
    if provider in _PROVIDERS:
        _PROVIDERS.remove(provider)


def releases_for(outlet: Any, limit: int = 50) -> list[ReleaseRef]:
    """Releases sent to `outlet` by every registered provider, newest first."""
    found: list[ReleaseRef] = []
    for provider in _PROVIDERS:
        found.extend(provider(outlet, limit))
    return sorted(found, key=lambda r: r.sent_at, reverse=True)[:limit]


def has_release_provider() -> bool:
    return bool(_PROVIDERS)


# --- coverage of partner media, provided by the monitoring module -------------------------------
# Dependency direction: monitoring depends on press (its `Source.outlet`/`Article.press_outlet`
# foreign keys point at `press.Outlet`) and registers ONE provider here from its
# `AppConfig.ready()` (`humpro.monitoring.press_link.MonitoringCoverage`). Press never imports
# monitoring: the evaluation and the proof suggestions ask `coverage_provider()` and show
# zeros / no suggestions when none is registered.


@dataclass(frozen=True)
class Coverage:
    """What monitoring saw of one outlet in a period (its own articles, our releases it ran)."""

    articles: int = 0
    pickups: int = 0  # distinct releases of ours republished by the outlet
    positive: int = 0
    neutral: int = 0
    negative: int = 0

    def percent(self, tone: str) -> int | None:
        """Share of the outlet's articles with this body tone, None without articles."""
        if not self.articles:
            return None
        return round(100 * getattr(self, tone) / self.articles)


@dataclass(frozen=True)
class Publication:
    """An article monitoring attributes to an outlet: a candidate proof of publication."""

    key: str  # the provider's stable id (monitoring: the article id)
    url: str
    published_on: dt.date
    title: str
    outlet_name: str = ""
    pickup_of: str = ""  # title of our release it republished ("" = any article of the outlet)
    excerpt: str = ""
    captured_at: dt.datetime | None = None


class CoverageProvider(Protocol):
    """Interface of the provider (every method is read-only)."""

    def coverage(
        self, organization: Any, outlet_ids: list[int], start: dt.date, end: dt.date
    ) -> dict[int, Coverage]:
        """Coverage figures (pickups, tone counts) per outlet id for the period."""
        ...

    def publications(
        self, organization: Any, outlet_id: int, start: dt.date, end: dt.date
    ) -> list[Publication]:
        """The outlet's articles published in [start, end] that have a URL, pickups first."""
        ...

    def publication(self, organization: Any, outlet_id: int, key: str) -> Publication | None:
        """One publication by key, only when it is the outlet's (None otherwise)."""
        ...


_COVERAGE: list[CoverageProvider] = []


def register_coverage_provider(provider: CoverageProvider) -> None:
    _COVERAGE[:] = [provider]


def unregister_coverage_provider() -> None:
    _COVERAGE.clear()


def coverage_provider() -> CoverageProvider | None:
    return _COVERAGE[0] if _COVERAGE else None
