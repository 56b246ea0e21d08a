"""Dashboard card and menu items of the press module."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from humpro.core.dashboard import Card, NavItem, register_card, register_nav
from humpro.orgs.permissions import has_perm
from humpro.press.models import Contract, Outlet, ProfileUpdate, Proof


def _context(request: HttpRequest) -> dict[str, Any]:
    org = request.org
    outlets = Outlet.objects.for_org(org).filter(is_active=True)
    year = timezone.localdate().year
    return {
        "outlets": outlets.count(),
        "verified": outlets.exclude(dewan_pers_status="none").count(),
        "contracts": Contract.objects.for_org(org).filter(fiscal_year=year, status="active").count()
        if has_perm(request.user, org, "press.contracts_view")
        else None,
        "proofs_waiting": Proof.objects.for_org(org).filter(status="submitted").count()
        if has_perm(request.user, org, "press.verify")
        else None,
        "updates_waiting": ProfileUpdate.objects.for_org(org).filter(status="pending").count()
        if has_perm(request.user, org, "press.change")
        else None,
        "year": year,
    }


register_card(Card(key="press", permission="press.view", template="press/_card.html", context=_context, order=50))
register_nav(NavItem(_("Media mitra"), "press:outlet_list", "press.view", order=50))
register_nav(NavItem(_("Portal media"), "press:portal_home", "press.portal", order=51))
