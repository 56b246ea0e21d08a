"""Menu entry and dashboard card: upcoming events that still need protocol work."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from humpro.core.dashboard import Card, NavItem, register_card, register_nav


def _context(request: HttpRequest) -> dict[str, Any]:
    from humpro.protocol.selectors import needing_protocol

    return needing_protocol(organization=request.org, days=14)


register_card(Card(key="protocol", permission="protocol.view", template="protocol/_card.html",
                   context=_context, order=35))
register_nav(NavItem(_("Protokol"), "protocol:index", "protocol.view", order=35))
