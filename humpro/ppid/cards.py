"""Dashboard card and menu entry of PPID."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from humpro.core.dashboard import Card, NavItem, register_card, register_nav


def _context(request: HttpRequest) -> dict[str, Any]:
    from humpro.ppid.access import visible_requests
    from humpro.ppid.selectors import dashboard_figures

    return dashboard_figures(request.org, visible_requests(request.user, request.org))


register_card(
    Card(key="ppid", permission="ppid.view", template="ppid/_card.html", context=_context, order=70)
)
register_nav(NavItem(_("PPID"), "ppid:list", "ppid.view", order=70))
