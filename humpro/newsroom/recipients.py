"""Where the recipients of a distribution list come from.

Each `ListEntry.source` names a resolver here. The newsroom registers "contact"; the
partner-media registry registers its own (e.g. "press.outlet") from its AppConfig.ready()
with `register_recipient_source`, without this app importing it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from humpro.newsroom.models import DistributionList, ListEntry


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str
    source: str


Resolver = Callable[[list[ListEntry]], Iterable[Recipient]]
RECIPIENT_SOURCES: dict[str, Resolver] = {}


def register_recipient_source(source: str, resolver: Resolver) -> None:
    RECIPIENT_SOURCES[source] = resolver


def _contacts(entries: list[ListEntry]) -> Iterable[Recipient]:
    for entry in entries:
        c = entry.contact
        if c is not None and c.active and c.bounced_at is None:
            yield Recipient(c.email, f"{c.name} ({c.outlet_name})" if c.outlet_name else c.name, "contact")


register_recipient_source("contact", _contacts)


def recipients_of(lists: Iterable[DistributionList]) -> list[Recipient]:
    """Every active recipient of `lists`, each email once (case-insensitive), sorted."""
    entries = list(ListEntry.objects.filter(distribution_list__in=list(lists)).select_related("contact"))
    by_source: dict[str, list[ListEntry]] = {}
    for e in entries:
        by_source.setdefault(e.source, []).append(e)
    seen: dict[str, Recipient] = {}
    for source, group in by_source.items():
        resolver = RECIPIENT_SOURCES.get(source)
        if resolver is None:
            continue
        for r in resolver(group):
            seen.setdefault(r.email.strip().lower(), r)
    return [seen[k] for k in sorted(seen)]
