"""Dashboard cards: each module registers what it shows on an organization's home page.

A card is shown only to users holding its permission, so nobody sees a link to a
module they cannot use (and modules that do not exist register nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest


@dataclass(frozen=True)
class Card:
    key: str
    permission: str
    template: str
    context: Callable[[HttpRequest], dict[str, Any]]
    order: int = 100


CARDS: dict[str, Card] = {}


def register_card(card: Card) -> None:
    CARDS[card.key] = card


def cards_for(request: HttpRequest) -> list[tuple[Card, dict[str, Any]]]:
    from humpro.orgs.permissions import has_perm

    shown = []
    for card in sorted(CARDS.values(), key=lambda c: c.order):
        if has_perm(request.user, request.org, card.permission):
            shown.append((card, card.context(request)))
    return shown


@dataclass(frozen=True)
class NavItem:
    """A link in the organization menu, shown only to holders of `permission`."""

    label: str
    url_name: str
    permission: str
    order: int = 100


NAV: dict[str, NavItem] = {}


def register_nav(item: NavItem) -> None:
    NAV[item.url_name] = item


def nav_for(request: HttpRequest) -> list[tuple[NavItem, str]]:
    from django.urls import reverse

    from humpro.orgs.permissions import has_perm

    org = getattr(request, "org", None)
    if org is None:
        return []
    return [
        (item, reverse(item.url_name, kwargs={"org": org.slug}))
        for item in sorted(NAV.values(), key=lambda i: i.order)
        if has_perm(request.user, org, item.permission)
    ]
