from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from humpro.core.dashboard import Card, NavItem, register_card, register_nav
from humpro.officials.models import Office, Official


def _context(request: HttpRequest) -> dict[str, Any]:
    return {
        "total": Official.objects.for_org(request.org).count(),
        "unplaced": Office.objects.filter(organization=request.org, tier="").current().count(),
    }


register_card(Card(key="officials", permission="officials.view", template="orgs/_card_officials.html",
                   context=_context, order=20))
register_nav(NavItem(_("Pejabat"), "officials:list", "officials.view", order=20))
