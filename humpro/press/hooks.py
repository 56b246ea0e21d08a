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
from typing import Any


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
